"""The one error a bad corpus raises: it names the file and the line so an editor can fix it."""

from __future__ import annotations


class CorpusError(Exception):
    """A problem in a corpus file or the manifest, reported as `path:line: message`.

    `line` is 1-based; it is None when the problem belongs to the whole file (a missing file,
    say), and then the message reads `path: message`.
    """

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"
