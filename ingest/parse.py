"""Turn a corpus document (markdown lines, see docs/architecture.md) into `Clause`s.

The format, line by line:

* `#…` lines are headings (level = number of `#`); `*` emphasis is stripped from their text.
  A numbered heading ("1. Selflessness", "3. **EXPECTATIONS**") with body text below it is a
  clause titled by the heading; followed directly by a clause or another heading it is a
  heading only ("2.4 Acceptance of Gifts").
* A line whose text, after an optional `- ` bullet, starts with a clause number (`7.`, `1.1`,
  `2.4.2`, `117-(1)`) starts a clause. `(a)`, `(i)`, `(2)` and bullets continue it.
* A line starting with superscript digits (`¹`, `¹¹`) defines a footnote. It is one line long,
  and it does not end the clause it interrupts (footnotes land where the page broke).
  Markers in clause text are superscript digits or `^{9 10}`; a footnote attaches to every
  clause whose text carries its marker, wherever the definition is printed.
* Any other line continues the current clause; with no clause open it starts an unnumbered
  clause `<doc>:@<slug of the heading above>` ("@preamble" before any heading).

Ids are `<doc>:<number>`; a number printed twice gets `@<slug of nearest heading>` on every
occurrence. Clause text keeps the printed lines (blank lines dropped, the clause line's
bullet dropped), so a quote is verbatim.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bot.types import Clause, Footnote, SourceDocument
from ingest.errors import CorpusError

_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_DIGIT = str.maketrans(_SUPERSCRIPT, "0123456789")

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = r"(?:[-*+•]\s+)?"
# "1.1", "2.4.2" (optionally "1.1."), "7." and "117-(1)": the number as printed.
_CLAUSE = re.compile(
    rf"^\s*{_BULLET}(?:(?P<dotted>\d+(?:\.\d+)+)\.?(?=\s)|(?P<single>\d+)\.(?=\s)|(?P<section>\d+)-\(\d+\))"
)
_NUMBERED_HEADING = re.compile(r"^(?:(?P<dotted>\d+(?:\.\d+)+)\.?|(?P<single>\d+)\.)\s+(?P<title>\S.*)$")
_FOOTNOTE_DEF = re.compile(rf"^\s*(?P<marker>[{_SUPERSCRIPT}]+)\s*(?P<text>.*?)\s*$")
_MARKER = re.compile(rf"(?P<super>[{_SUPERSCRIPT}]+)|\^\{{(?P<braced>[\d\s,]+)\}}")
_LEADING_BULLET = re.compile(rf"^\s*{_BULLET}")


def slugify(text: str) -> str:
    """Lowercase, runs of non-alphanumerics → `-`, trimmed: "Procedure for Councillors" → ..."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def heading_slug(heading: str) -> str:
    """The slug of a heading without its printed number: "11. REVIEW" → "review"."""
    match = _NUMBERED_HEADING.match(heading)
    return slugify(match["title"] if match else heading)


def footnote_markers(text: str) -> list[str]:
    """Footnote markers in order of first appearance: "£50.⁶ ... ^{9 10}" → ["6", "9", "10"]."""
    markers: list[str] = []
    for match in _MARKER.finditer(text):
        found = (
            [match["super"].translate(_SUPER_TO_DIGIT)]
            if match["super"]
            else re.findall(r"\d+", match["braced"])
        )
        markers += [m for m in found if m not in markers]
    return markers


@dataclass
class _Heading:
    level: int
    text: str  # emphasis stripped, number kept: "11. REVIEW"
    line: int


@dataclass
class _Draft:
    number: str
    title: str
    heading_path: list[str]
    line_start: int
    lines: list[tuple[int, str]] = field(default_factory=list)


def parse_text(text: str, document: SourceDocument, *, path: str) -> list[Clause]:
    """Parse one document's text into clauses; `path` is only used to name errors."""
    if not text.strip():
        raise CorpusError(path, 1, "empty file")
    drafts: list[_Draft] = []
    footnotes: dict[str, tuple[str, int]] = {}
    headings: list[_Heading] = []
    pending: _Heading | None = None  # a numbered heading whose fate waits on the next line
    current: _Draft | None = None

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if not line.strip():
            continue
        if heading := _HEADING.match(line):
            current = pending = None
            level, title = len(heading[1]), heading[2].replace("*", "").strip()
            while headings and headings[-1].level >= level:
                headings.pop()
            headings.append(_Heading(level, title, number))
            if _NUMBERED_HEADING.match(title):
                pending = headings[-1]
            continue
        if footnote := _FOOTNOTE_DEF.match(line):
            marker = footnote["marker"].translate(_SUPER_TO_DIGIT)
            if marker in footnotes:
                raise CorpusError(
                    path, number, f"footnote {marker} defined twice (first at line {footnotes[marker][1]})"
                )
            footnotes[marker] = (footnote["text"], number)
            continue
        if clause := _CLAUSE.match(line):
            pending = None
            printed = clause["dotted"] or clause["single"] or clause["section"]
            current = _Draft(printed, "", [h.text for h in headings], number)
            drafts.append(current)
            current.lines.append((number, _LEADING_BULLET.sub("", line, count=1)))
            continue
        if current is None:
            if pending is not None:
                # A numbered heading with body text: the heading is the clause's number and title.
                match = _NUMBERED_HEADING.match(pending.text)
                assert match is not None
                number_printed = match["dotted"] or match["single"]
                current = _Draft(
                    number_printed, match["title"], [h.text for h in headings[:-1]], pending.line
                )
                pending = None
            else:
                current = _Draft("", "", [h.text for h in headings], number)
            drafts.append(current)
        current.lines.append((number, line))

    clauses = _clauses(drafts, footnotes, document, path)
    if not clauses:
        raise CorpusError(path, 1, "no clauses found")
    return clauses


def _clauses(
    drafts: list[_Draft], footnotes: dict[str, tuple[str, int]], document: SourceDocument, path: str
) -> list[Clause]:
    printed_twice = {n for n, count in Counter(d.number for d in drafts if d.number).items() if count > 1}
    seen: dict[str, int] = {}
    clauses: list[Clause] = []
    for draft in drafts:
        nearest = heading_slug(draft.heading_path[-1]) if draft.heading_path else "preamble"
        if not draft.number:
            clause_id = f"{document.id}:@{nearest}"
        elif draft.number in printed_twice:
            clause_id = f"{document.id}:{draft.number}@{nearest}"
        else:
            clause_id = f"{document.id}:{draft.number}"
        if clause_id in seen:
            raise CorpusError(
                path, draft.line_start, f"duplicate clause id {clause_id!r} (first at line {seen[clause_id]})"
            )
        seen[clause_id] = draft.line_start
        text = "\n".join(line for _, line in draft.lines)
        clauses.append(
            Clause(
                id=clause_id,
                council=document.council,
                document=document.id,
                number=draft.number,
                title=draft.title,
                heading_path=draft.heading_path,
                text=text,
                footnotes=[
                    Footnote(marker=m, text=footnotes[m][0]) for m in footnote_markers(text) if m in footnotes
                ],
                line_start=draft.line_start,
                line_end=draft.lines[-1][0],
                audience=document.audience,
                citation_title=document.citation_title,
            )
        )
    return clauses


def read_document(corpus_dir: Path, document: SourceDocument) -> str:
    """The document's markdown text; the extension of its `path` picks the reader."""
    file = Path(corpus_dir) / document.path
    suffix = file.suffix.lower()
    if suffix == ".pdf":
        from ingest.pdf import pdf_to_markdown

        return pdf_to_markdown(file)
    if suffix == ".docx":
        from ingest.docx import docx_to_markdown

        return docx_to_markdown(file)
    if suffix in (".md", ".txt"):
        return decode_utf8(file.read_bytes(), path=str(file))
    raise CorpusError(str(file), None, f"unsupported file type {suffix!r}; use .md, .txt, .pdf or .docx")


def parse_document(corpus_dir: Path, document: SourceDocument) -> list[Clause]:
    """Read and parse one manifest document; errors name the file under `corpus_dir`."""
    file = Path(corpus_dir) / document.path
    return parse_text(read_document(corpus_dir, document), document, path=str(file))


def decode_utf8(data: bytes, *, path: str) -> str:
    """Strict UTF-8 (a leading BOM is allowed); a bad byte is an error naming its line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        bad = data[exc.start : exc.end].hex(" ")
        raise CorpusError(path, line, f"not valid UTF-8: byte(s) {bad} at column {column}") from None
