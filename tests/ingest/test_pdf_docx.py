"""PDF and DOCX sources give the same clauses as the equivalent markdown.

The PDF (reportlab) and DOCX (python-docx) files are generated here from one list of blocks,
so each reader is tested against what a real layout does: wrapped lines, heading sizes and
styles, superscript footnote markers, a footnote in a smaller font, a table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.corpus import clear_cache, load_corpus
from bot.types import SourceDocument
from ingest.docx import docx_to_markdown
from ingest.errors import CorpusError
from ingest.parse import parse_text
from ingest.pdf import pdf_to_markdown

# (kind, text): kind is h1/h2/h3, p (body) or fn (footnote). "^6" marks a superscript 6.
BLOCKS = [
    ("h1", "Testshire Code of Conduct"),
    ("h2", "Part One - Standards of Conduct"),
    ("p", "As a member of the Council you must have regard to the following standards.^2"),
    ("h3", "1. Selflessness"),
    (
        "p",
        "You should serve only in the public interest and should never improperly confer an advantage or "
        "disadvantage on any person, organisation or group, or any other third party, whether directly or "
        "through others.^3",
    ),
    ("fn", "^2And in accordance with any supplementary guidance."),
    ("fn", "^3This does not mean that Members must support all requests for assistance."),
    ("h2", "Part Two – Registration"),
    ("h3", "Registration of Interests"),
    (
        "p",
        "7. Within 28 days of this Code being adopted by the Council or within 28 days of your election or "
        "co-option (whichever is the later), you must notify the Monitoring Officer of any interests.",
    ),
    ("p", "11. A pecuniary interest is a disclosable pecuniary interest in relation to you if either:"),
    ("p", "(a) it is an interest of yourself, or"),
    ("p", "(b) it is an interest of your spouse or civil partner."),
    (
        "p",
        "12. You must notify the Monitoring Officer of any gifts or hospitality with an estimated value of "
        "at least £50.^6 which you receive in your role as a Councillor.^7",
    ),
    ("fn", "^6This financial limit will be maintained in line with the definition of a donation."),
    ("fn", "^7This does not include civic gifts."),
    ("h3", "Sensitive interests"),
    ("p", "13. If disclosure could lead to violence or intimidation, the interest must not be published."),
]

SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

DOC = SourceDocument(
    id="testshire/members-code",
    council="testshire",
    council_name="Testshire District Council",
    title="Code",
    citation_title="Testshire Members' Code of Conduct",
    audience="members",
    path="testshire/members-code.md",
    source="tests",
)


def _plain(text: str) -> str:
    """'^6' → '⁶' as the markdown prints it."""
    import re

    return re.sub(r"\^(\d+)", lambda m: m[1].translate(SUPER), text)


def markdown(blocks=BLOCKS) -> str:
    prefix = {"h1": "# ", "h2": "## ", "h3": "### ", "p": "", "fn": ""}
    return "\n\n".join(prefix[kind] + _plain(text) for kind, text in blocks) + "\n"


def write_pdf(path: Path, blocks=BLOCKS) -> Path:
    import re

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    style = {
        "h1": styles["Heading1"],
        "h2": styles["Heading2"],
        "h3": styles["Heading3"],
        "p": styles["BodyText"],
        "fn": styles["Normal"].clone("footnote", fontSize=8, leading=10),
    }
    story = [Paragraph(re.sub(r"\^(\d+)", r"<super>\1</super>", text), style[kind]) for kind, text in blocks]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def write_docx(path: Path, blocks=BLOCKS, table: list[list[str]] | None = None) -> Path:
    import re

    import docx

    document = docx.Document()
    for kind, text in blocks:
        if kind.startswith("h"):
            document.add_heading(text, level=int(kind[1]))
            continue
        paragraph = document.add_paragraph()
        for piece in re.split(r"(\^\d+)", text):
            if piece.startswith("^"):
                paragraph.add_run(piece[1:]).font.superscript = True
            elif piece:
                paragraph.add_run(piece)
        if table and text.startswith("11."):
            grid = document.add_table(rows=0, cols=len(table[0]))
            for row in table:
                cells = grid.add_row().cells
                for cell, value in zip(cells, row, strict=True):
                    cell.text = value
    document.save(str(path))
    return path


def clauses_of(text: str) -> list[tuple]:
    return [
        (c.id, c.number, c.title, c.heading_path, c.text, [(f.marker, f.text) for f in c.footnotes])
        for c in parse_text(text, DOC, path="x")
    ]


def test_markdown_reference_has_the_expected_clauses():
    ids = [row[0] for row in clauses_of(markdown())]
    assert ids == [
        "testshire/members-code:@part-one-standards-of-conduct",
        "testshire/members-code:1",
        "testshire/members-code:7",
        "testshire/members-code:11",
        "testshire/members-code:12",
        "testshire/members-code:13",
    ]


def test_pdf_gives_the_same_clauses_as_the_markdown(tmp_path: Path):
    from_pdf = clauses_of(pdf_to_markdown(write_pdf(tmp_path / "code.pdf")))
    assert from_pdf == clauses_of(markdown())


def test_pdf_joins_wrapped_lines_and_reads_small_digits_as_footnote_markers(tmp_path: Path):
    text = pdf_to_markdown(write_pdf(tmp_path / "code.pdf"))
    assert (
        "7. Within 28 days of this Code being adopted by the Council or within 28 days of your election or "
        "co-option (whichever is the later)" in text
    )
    assert "at least £50.⁶ which you receive" in text
    assert "\n⁶This financial limit" in text
    assert "\n# Testshire Code of Conduct\n" in "\n" + text
    assert "\n### 1. Selflessness\n" in text


def test_pdf_drops_page_numbers(tmp_path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "numbered.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 700, "7. You must register interests.")
    pdf.drawString(300, 40, "12")
    pdf.save()
    assert pdf_to_markdown(path) == "7. You must register interests.\n"


def test_docx_gives_the_same_clauses_as_the_markdown(tmp_path: Path):
    from_docx = clauses_of(docx_to_markdown(write_docx(tmp_path / "code.docx")))
    assert from_docx == clauses_of(markdown())


def test_docx_headings_become_hashes_and_tables_become_tab_separated_rows(tmp_path: Path):
    table = [["Subject", "Description"], ["Land", "Any beneficial interest in land."]]
    text = docx_to_markdown(write_docx(tmp_path / "code.docx", table=table))
    assert "## Part Two – Registration" in text.splitlines()
    [clause] = [c for c in parse_text(text, DOC, path="x") if c.number == "11"]
    assert clause.text.splitlines()[1:3] == ["Subject\tDescription", "Land\tAny beneficial interest in land."]


def test_a_list_styled_docx_paragraph_is_a_bullet(tmp_path: Path):
    import docx

    document = docx.Document()
    document.add_paragraph("18. You may not:")
    document.add_paragraph("(a) participate in any discussion,", style="List Bullet")
    document.save(str(tmp_path / "list.docx"))
    assert (
        docx_to_markdown(tmp_path / "list.docx") == "18. You may not:\n- (a) participate in any discussion,\n"
    )


def test_the_manifest_path_extension_picks_the_reader(tmp_path: Path):
    (tmp_path / "testshire").mkdir()
    write_pdf(tmp_path / "testshire" / "members-code.pdf")
    write_docx(tmp_path / "testshire" / "employee-code.docx")
    (tmp_path / "testshire" / "protocol.md").write_text(markdown(), encoding="utf-8")
    entry = (
        "  - id: testshire/{slug}\n    council: testshire\n    title: T\n    citation_title: T\n"
        "    audience: both\n    path: testshire/{slug}.{ext}\n    source: test\n"
    )
    (tmp_path / "sources.yaml").write_text(
        "councils:\n  testshire:\n    name: Testshire District Council\ndocuments:\n"
        + entry.format(slug="members-code", ext="pdf")
        + entry.format(slug="employee-code", ext="docx")
        + entry.format(slug="protocol", ext="md"),
        encoding="utf-8",
    )
    clear_cache()
    try:
        corpus = load_corpus(tmp_path)
    finally:
        clear_cache()
    texts = {doc: [c.text for c in corpus.document_clauses(doc)] for doc in corpus.documents}
    assert texts["testshire/members-code"] == texts["testshire/protocol"]
    assert texts["testshire/employee-code"] == texts["testshire/protocol"]
    assert corpus.clause("testshire/members-code:12").footnotes[0].marker == "6"


@pytest.mark.parametrize(("name", "reader"), [("bad.pdf", pdf_to_markdown), ("bad.docx", docx_to_markdown)])
def test_an_unreadable_file_is_a_corpus_error_naming_it(tmp_path: Path, name: str, reader):
    path = tmp_path / name
    path.write_bytes(b"this is not a real file")
    with pytest.raises(CorpusError) as caught:
        reader(path)
    assert caught.value.path == str(path)
