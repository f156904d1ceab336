"""Everyday words → the codes' words, for retrieval only (`corpus/lexicon.yaml`).

A councillor asks whether they can tell the press; the code speaks of communicating "to the
public" and of "confidential" sections. Expanding the search, and nothing else, lets the clause be
found without changing what the question is understood to say or what the answer claims.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml


class LexiconError(ValueError):
    pass


class Lexicon:
    def __init__(self, entries: list[tuple[re.Pattern[str], str]]) -> None:
        self.entries = entries

    def expand(self, text: str) -> str:
        """The text followed by the codes' words for every everyday phrase it contains."""
        low = text.lower()
        extra = [words for pattern, words in self.entries if pattern.search(low)]
        return text if not extra else f"{text} ({'; '.join(extra)})"


def load_lexicon(path: Path) -> Lexicon:
    """Load the lexicon; a malformed file or pattern is an error naming the file and key."""
    if not path.exists():
        return Lexicon([])
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise LexiconError(f"{path}: {exc}") from exc
    if not isinstance(raw, dict):
        raise LexiconError(f"{path}: expected a mapping of phrase -> words")
    entries = []
    for key, words in raw.items():
        if not isinstance(key, str) or not isinstance(words, str) or not words.strip():
            raise LexiconError(f"{path}: {key!r}: each phrase maps to a line of words")
        try:
            entries.append((re.compile(rf"\b{key}\b"), words.strip()))
        except re.error as exc:
            raise LexiconError(f"{path}: {key!r}: not a valid pattern ({exc})") from exc
    return Lexicon(entries)


@lru_cache(maxsize=4)
def lexicon_for(corpus_dir: Path) -> Lexicon:
    return load_lexicon(corpus_dir / "lexicon.yaml")
