"""Read a PDF into the corpus markdown lines (see docs/architecture.md), for `ingest.parse`.

PDFs carry no structure, only positioned text, so this is a heuristic; check the output with
`conduct show` (or convert once to markdown and commit that) before relying on a new source.

The heuristic, per page in reading order (pypdf's text visitor gives each run of text with
its font, size and position):

1. Lines are the runs between pypdf's line breaks. The body size is the font size that
   carries the most characters.
2. A run of digits set noticeably smaller (≤ 85%) than the rest of its line is a footnote
   marker and becomes superscript digits ("£50.⁶"); a line that then starts with one is a
   footnote definition, as in the markdown format.
3. A line set at least 15% larger than the body is a heading; the distinct heading sizes,
   largest first, give levels `#`, `##`, .... A short line set wholly in bold at body size is
   a heading one level below those.
4. Consecutive body lines of the same size and normal leading are one paragraph wrapped by
   the layout: they are joined with a space, unless the next line starts a clause, a
   lettered/roman sub-item or a bullet. A larger gap, a size change or a new page starts a
   new paragraph (a blank line).
5. A line that is only a number (a page number) is dropped; "•" bullets become "- ".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ingest.errors import CorpusError

_TO_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_STARTS_ITEM = re.compile(r"^(?:[-•▪●*]\s|\(?[a-z]{1,4}\)|\(\d+\)|\d+(?:\.\d+)+\.?\s|\d+\.\s|\d+-\(\d+\))")
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_SUPER_RATIO = 0.85
_HEADING_RATIO = 1.15
_PARAGRAPH_GAP = 1.45  # baseline gap, in line font sizes, above which a new paragraph starts


@dataclass
class _Run:
    text: str
    size: float
    bold: bool


@dataclass
class _Line:
    page: int
    y: float
    runs: list[_Run] = field(default_factory=list)
    text: str = ""
    size: float = 0.0
    bold: bool = False


def pdf_to_markdown(path: Path) -> str:
    """The PDF's text as corpus markdown; an unreadable PDF is a CorpusError naming the file."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        lines = _lines(reader)
    except (PdfReadError, OSError, ValueError) as exc:
        raise CorpusError(str(path), None, f"cannot read PDF: {exc}") from None
    return "\n".join(_markdown(lines)) + "\n"


def _lines(reader) -> list[_Line]:  # reader: pypdf.PdfReader
    lines: list[_Line] = []
    for number, page in enumerate(reader.pages, start=1):
        current: _Line | None = None

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            font: dict | None,
            font_size: float,
            page_no: int = number,
        ) -> None:
            nonlocal current
            if not text:
                return
            # Position and size in page space: the text matrix times the current transformation.
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]) or 1.0
            size = round(font_size * scale, 2)
            bold = bool(font and _BOLD.search(str(font.get("/BaseFont", ""))))
            parts = text.split("\n")
            for i, part in enumerate(parts):
                if part:
                    if current is None:
                        current = _Line(page=page_no, y=y)
                        lines.append(current)
                    current.runs.append(_Run(part, size, bold))
                if i < len(parts) - 1:
                    current = None

        page.extract_text(visitor_text=visit)
    return [line for line in lines if _finish(line)]


def _finish(line: _Line) -> bool:
    """Fill text/size/bold from the runs, turning small digit runs into superscripts."""
    sizes = [r.size for r in line.runs if r.text.strip() and not r.text.strip().isdigit()]
    reference = max(sizes) if sizes else 0.0
    parts, main = [], []
    for run in line.runs:
        digits = run.text.strip()
        if digits.isdigit() and reference and run.size <= reference * _SUPER_RATIO:
            parts.append(digits.translate(_TO_SUPERSCRIPT))
        else:
            parts.append(run.text)
            if run.text.strip():
                main.append(run)
    line.text = re.sub(r"\s+", " ", "".join(parts)).strip()
    if not line.text or line.text.isdigit():  # empty, or a page number
        return False
    line.size = max((r.size for r in main), default=max(r.size for r in line.runs))
    line.bold = bool(main) and all(r.bold for r in main)
    return True


def _markdown(lines: list[_Line]) -> list[str]:
    if not lines:
        return []
    weight: Counter[float] = Counter()
    for line in lines:
        weight[line.size] += len(line.text)
    body = weight.most_common(1)[0][0]
    heading_sizes = sorted({ln.size for ln in lines if ln.size >= body * _HEADING_RATIO}, reverse=True)
    level = {size: i for i, size in enumerate(heading_sizes, start=1)}

    out: list[str] = []
    previous: _Line | None = None
    for line in lines:
        text = re.sub(r"^[•▪●]\s*", "- ", line.text)
        heading = level.get(line.size) or (len(heading_sizes) + 1 if _bold_heading(line, body) else None)
        if heading:
            out += ["", "#" * min(heading, 6) + " " + text, ""]
            previous = None
            continue
        if previous is not None and _continues(previous, line, text) and out and out[-1]:
            joiner = "" if out[-1].endswith("-") and text[:1].islower() else " "
            out[-1] = out[-1] + joiner + text
        else:
            if previous is None or _new_paragraph(previous, line):
                out.append("")
            out.append(text)
        previous = line
    # Collapse runs of blank lines left by headings.
    tidy: list[str] = []
    for row in out:
        if row or (tidy and tidy[-1]):
            tidy.append(row)
    while tidy and not tidy[-1]:
        tidy.pop()
    return tidy


def _bold_heading(line: _Line, body: float) -> bool:
    words = line.text.split()
    return (
        line.bold
        and abs(line.size - body) < 0.5
        and len(words) <= 12
        and not line.text.endswith((".", ":", ";"))
    )


def _new_paragraph(previous: _Line, line: _Line) -> bool:
    gap = previous.y - line.y
    return (
        line.page != previous.page
        or abs(line.size - previous.size) > 0.5
        or gap > line.size * _PARAGRAPH_GAP
        or gap <= 0
    )


def _continues(previous: _Line, line: _Line, text: str) -> bool:
    """A wrapped line: same paragraph, and not the start of a clause, item or footnote."""
    if _new_paragraph(previous, line) or _STARTS_ITEM.match(text):
        return False
    return not text[:1].translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "##########")) == "#"
