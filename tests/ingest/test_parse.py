"""ingest.parse: the corpus markdown format → Clause, pinned on small texts written for each rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.types import SourceDocument
from ingest.errors import CorpusError
from ingest.parse import decode_utf8, footnote_markers, parse_document, parse_text, slugify

DOC = SourceDocument(
    id="testshire/code",
    council="testshire",
    council_name="Testshire District Council",
    title="Code",
    citation_title="Testshire Code of Conduct",
    audience="members",
    path="testshire/code.md",
    source="tests",
)


def parse(text: str) -> dict:
    return {c.id.split(":", 1)[1]: c for c in parse_text(text, DOC, path="testshire/code.md")}


def test_a_trailing_dot_after_a_dotted_number_is_not_part_of_the_number():
    clauses = parse("# Code\n1.1. First.\n1.2 Second.\n")
    assert [c.number for c in clauses.values()] == ["1.1", "1.2"]


def test_each_clause_number_form_starts_a_clause():
    clauses = parse("# Code\n\n7. Seven.\n- 1.1 One one.\n2.4.2 Deep.\n2.10.1 Ten.\n- 117-(1) Section.\n")
    assert list(clauses) == ["7", "1.1", "2.4.2", "2.10.1", "117"]
    assert clauses["1.1"].text == "1.1 One one."  # the clause line's bullet is dropped, the number kept
    assert clauses["117"].text == "117-(1) Section."


def test_numbers_without_a_dot_or_inside_sentences_do_not_start_clauses():
    clauses = parse("# Code\n\n1. Start.\n12 month period applies.\n2010 was a year.\nSee para 2.4 above.\n")
    assert list(clauses) == ["1"]
    assert clauses["1"].text.splitlines() == [
        "1. Start.",
        "12 month period applies.",
        "2010 was a year.",
        "See para 2.4 above.",
    ]


def test_lettered_roman_and_bracketed_sub_items_continue_the_clause():
    clauses = parse(
        "# Code\n\n18. You may not:\n - (a) participate,\n - (b) vote, or\n - (c) remain.\n"
        "19. Next.\n- 117-(1) First.\n\nMore text.\n\n- (2) Second.\n- (3) Third.\n"
    )
    assert clauses["18"].text == "18. You may not:\n - (a) participate,\n - (b) vote, or\n - (c) remain."
    assert clauses["117"].text.splitlines() == [
        "117-(1) First.",
        "More text.",
        "- (2) Second.",
        "- (3) Third.",
    ]
    assert "2" not in clauses and "3" not in clauses


def test_bullets_and_text_after_a_page_break_continue_the_clause():
    clauses = parse(
        "# Code\n\n2.4.1 Would I be\n\nembarrassed? If yes.\n\n- a bullet\n- another\n\n2.4.2 Next.\n"
    )
    assert clauses["2.4.1"].text == "2.4.1 Would I be\nembarrassed? If yes.\n- a bullet\n- another"


def test_line_start_and_end_are_the_clause_lines_in_the_file():
    clauses = parse("# Code\n\n## Part\n\n7. Seven\n(a) sub\n\n8. Eight\n\ncontinued\n\n## Next\n")
    assert (clauses["7"].line_start, clauses["7"].line_end) == (5, 6)
    assert (clauses["8"].line_start, clauses["8"].line_end) == (8, 10)


def test_heading_path_lists_enclosing_headings_outermost_first_without_emphasis():
    clauses = parse("# Code\n## **Part Two**\n### Registration\n7. Seven.\n## Part Three\n8. Eight.\n")
    assert clauses["7"].heading_path == ["Code", "Part Two", "Registration"]
    assert clauses["8"].heading_path == ["Code", "Part Three"]  # a same-level heading replaces its sibling
    assert clauses["8"].heading == "Code › Part Three"


def test_numbered_heading_with_body_is_a_clause_titled_by_the_heading():
    clauses = parse(
        "# Code\n## Part One\n### 1. Selflessness\n\nYou should serve.\n\nMore.\n"
        "### 3. **EXPECTATIONS**\nList:\n- a\n"
    )
    assert clauses["1"].title == "Selflessness"
    assert clauses["1"].text == "You should serve.\nMore."
    assert clauses["1"].heading_path == ["Code", "Part One"]
    assert clauses["1"].line_start == 3  # the clause begins at its heading
    assert clauses["3"].title == "EXPECTATIONS"
    assert clauses["3"].text == "List:\n- a"


def test_numbered_heading_followed_by_clauses_or_headings_is_a_heading_only():
    clauses = parse(
        "# Code\n## 2. GUIDELINES\n### 2.4 Acceptance of Gifts\n\n2.4.1 Gifts.\n"
        "## 1.0 Introduction\n- 1.1 Intro.\n"
    )
    assert list(clauses) == ["2.4.1", "1.1"]
    assert clauses["2.4.1"].heading_path == ["Code", "2. GUIDELINES", "2.4 Acceptance of Gifts"]


def test_unnumbered_text_under_a_heading_is_an_at_slug_clause():
    clauses = parse(
        "# Code\n## Part One - Standards of Conduct\nAs a member you must:\n### 1. Selflessness\nServe.\n"
    )
    preamble = clauses["@part-one-standards-of-conduct"]
    assert preamble.number == ""
    assert preamble.text == "As a member you must:"
    assert preamble.label == "Testshire Code of Conduct, Part One - Standards of Conduct"


def test_text_before_any_heading_is_the_preamble():
    clauses = parse("Introductory words.\n\n# Code\n1. One.\n")
    assert clauses["@preamble"].text == "Introductory words."


def test_footnote_lines_attach_to_the_clause_carrying_the_marker_and_are_not_its_text():
    clauses = parse(
        "# Code\n12. Gifts of £50.⁶ which you receive.⁷ Register them.⁸\n\n"
        "⁶Six.\n\n⁷Seven.\n\n⁸Eight.\n\n13. Sensitive.^{9 10}\n\n⁹Nine.\n\n¹⁰Ten.\n\n"
        "14. At a meeting of any committee¹¹, you must.\n¹¹This includes meetings of the Cabinet.\n"
    )
    assert [(f.marker, f.text) for f in clauses["12"].footnotes] == [
        ("6", "Six."),
        ("7", "Seven."),
        ("8", "Eight."),
    ]
    assert [f.marker for f in clauses["13"].footnotes] == ["9", "10"]
    assert [(f.marker, f.text) for f in clauses["14"].footnotes] == [
        ("11", "This includes meetings of the Cabinet.")
    ]
    assert "Six." not in clauses["12"].text and "Nine" not in clauses["13"].text
    assert clauses["12"].text.endswith("Register them.⁸")  # the marker itself stays in the verbatim text


def test_footnote_printed_before_its_clause_or_inside_another_still_attaches_correctly():
    clauses = parse(
        "# Code\n6. Leadership.⁴\n10. Described as:-\n\n⁴Four.\n\n⁵Five.\n\nSubject\tDescription\n"
        "Land\tAny land.\n\n*Securities means shares.\n11. Next.⁵\n"
    )
    assert (
        clauses["10"].text
        == "10. Described as:-\nSubject\tDescription\nLand\tAny land.\n*Securities means shares."
    )
    assert clauses["10"].footnotes == []
    assert [f.text for f in clauses["6"].footnotes] == ["Four."]
    assert [f.text for f in clauses["11"].footnotes] == ["Five."]


def test_a_footnote_marker_on_two_clauses_attaches_to_both():
    clauses = parse("# Code\n1. One.¹\n2. Two.¹\n\n¹Shared.\n")
    assert clauses["1"].footnotes == clauses["2"].footnotes
    assert clauses["1"].verbatim() == "1. One.¹\n\n[1] Shared."


def test_footnote_markers_reads_superscript_runs_and_braced_lists():
    assert footnote_markers("a¹¹, b.⁶ c^{9 10} d²") == ["11", "6", "9", "10", "2"]


def test_a_number_printed_twice_gets_the_nearest_heading_slug_on_every_occurrence():
    clauses = parse(
        "# Protocol\n## 10. ACCESS\n### General\n10.1 First.\n10.2 Rights.\n## 11. WHEN THINGS GO WRONG\n"
        "### Procedure for officers\n- 11.1 Officers.\n### Procedure for Councillors\n10.2 Concern.\n"
        "## 11. REVIEW\n11.1 Review.\n"
    )
    assert set(clauses) == {
        "10.1",
        "10.2@general",
        "11.1@procedure-for-officers",
        "10.2@procedure-for-councillors",
        "11.1@review",
    }
    assert clauses["10.2@general"].number == "10.2"
    assert clauses["10.2@procedure-for-councillors"].label == (
        "Testshire Code of Conduct, para 10.2 (Procedure for Councillors)"
    )
    assert clauses["10.1"].label == "Testshire Code of Conduct, para 10.1"


def test_clause_ids_are_unique_and_a_collision_is_an_error_naming_the_line():
    with pytest.raises(CorpusError) as caught:
        parse("# Code\n## Part\n1. One.\n1. One again.\n")
    assert caught.value.line == 4
    assert "duplicate clause id 'testshire/code:1@part'" in str(caught.value)
    assert str(caught.value).startswith("testshire/code.md:4: ")


def test_unnumbered_text_under_two_headings_with_the_same_slug_is_an_error():
    with pytest.raises(CorpusError, match="duplicate clause id 'testshire/code:@notes'"):
        parse("# Code\n## Notes\nSome.\n## Notes\nMore.\n")


def test_empty_file_is_an_error():
    with pytest.raises(CorpusError) as caught:
        parse_text("  \n\n", DOC, path="x.md")
    assert (caught.value.path, caught.value.line, caught.value.message) == ("x.md", 1, "empty file")


def test_a_file_of_headings_only_has_no_clauses_and_is_an_error():
    with pytest.raises(CorpusError, match=r"^x\.md:1: no clauses found$"):
        parse_text("# Title\n\n## 1. Heading\n", DOC, path="x.md")


def test_a_footnote_defined_twice_is_an_error():
    with pytest.raises(CorpusError, match=r"code\.md:4: footnote 1 defined twice \(first at line 3\)"):
        parse("# Code\n1. One.¹\n¹First.\n¹Second.\n")


def test_undecodable_bytes_are_an_error_naming_the_line(tmp_path: Path):
    file = tmp_path / "testshire" / "code.md"
    file.parent.mkdir()
    file.write_bytes("# Code\n\n1. Gifts of £50.\n".encode() + b"2. Bad \xff byte.\n")
    with pytest.raises(CorpusError) as caught:
        parse_document(tmp_path, DOC)
    assert caught.value.line == 4
    assert "not valid UTF-8" in caught.value.message and "ff" in caught.value.message
    assert caught.value.path == str(file)


def test_decode_accepts_a_byte_order_mark():
    assert decode_utf8(b"\xef\xbb\xbf# Code\n", path="x") == "# Code\n"


def test_clauses_carry_the_documents_council_audience_and_citation_title():
    clause = parse("# Code\n1. One.\n")["1"]
    assert (clause.council, clause.document, clause.audience) == ("testshire", "testshire/code", "members")
    assert clause.citation_title == "Testshire Code of Conduct"
    assert clause.label == "Testshire Code of Conduct, para 1"


def test_slugify_lowercases_and_collapses_non_alphanumerics():
    assert slugify("Access to Other Documents/Information – “The Need to Know”") == (
        "access-to-other-documents-information-the-need-to-know"
    )
    assert slugify("  Members' Services ") == "members-services"
