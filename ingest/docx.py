"""Read a Word (.docx) file into the corpus markdown lines (see docs/architecture.md).

Word keeps structure in styles, so the mapping is direct, body element by body element:

* a paragraph styled "Heading N" becomes `#`*N + text ("Title" becomes `#`);
* a paragraph styled as a list ("List Bullet", "List Paragraph", ...) becomes "- " + text;
* any other paragraph is its text; an empty paragraph is a blank line; a manual line break
  inside a paragraph starts a new line;
* superscript digit runs become superscript digits (footnote markers, "£50.⁶");
* a table becomes one line a row, cells joined by a tab (as the DPI table in the markdown).

Numbers that Word generates itself (automatic list numbering) are not part of the text, so
a document numbered that way loses its clause numbers: type them, or convert to markdown.
"""

from __future__ import annotations

import re
from pathlib import Path

from ingest.errors import CorpusError

_TO_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_HEADING_STYLE = re.compile(r"^Heading (\d)$")


def docx_to_markdown(path: Path) -> str:
    """The document's text as corpus markdown; an unreadable file is a CorpusError naming it."""
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise CorpusError(str(path), None, f"cannot read DOCX: {exc}") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):  # a Table
            for row in block.rows:
                lines.append("\t".join(cell.text.strip() for cell in row.cells))
            continue
        lines += _paragraph_lines(block)
    return "\n".join(lines).rstrip("\n") + "\n"


def _paragraph_lines(paragraph) -> list[str]:  # paragraph: docx.text.paragraph.Paragraph
    text = "".join(_run_text(item) for item in paragraph.iter_inner_content())
    style = paragraph.style.name if paragraph.style is not None else ""
    rows = [row.rstrip() for row in text.split("\n")]
    if not any(rows):
        return [""]
    if heading := _HEADING_STYLE.match(style):
        return ["#" * int(heading[1]) + " " + " ".join(r.strip() for r in rows if r.strip())]
    if style == "Title":
        return ["# " + " ".join(r.strip() for r in rows if r.strip())]
    if style.startswith("List"):
        rows[0] = "- " + rows[0].lstrip()
    return rows


def _run_text(item) -> str:  # a Run, or a Hyperlink (which has no font of its own)
    font = getattr(item, "font", None)
    if font is not None and font.superscript and item.text.strip().isdigit():
        return item.text.translate(_TO_SUPERSCRIPT)
    return item.text
