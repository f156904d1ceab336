"""The real corpus under corpus/: it parses, ids are unique and the clauses others cite exist."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from bot.corpus import Corpus, load_corpus
from bot.settings import REPO_ROOT

CORPUS_DIR = REPO_ROOT / "corpus"

KEY_CLAUSES = [
    *(f"lichfield/members-code:{n}" for n in ["7", "9", "10", "12", "13", *map(str, range(14, 20))]),
    *(
        f"lichfield/officers-code:{n}"
        for n in [
            "1",
            "2.3.1",
            "2.3.2",
            "2.4.2",
            "2.4.3",
            "2.4.4",
            "2.4.5",
            "2.5.2",
            "2.5.3",
            "2.5.4",
            "2.6.1",
            "117",
        ]
    ),
    "lichfield/member-officer-protocol:3",
    "lichfield/member-officer-protocol:4.1",
    "tower-hamlets/member-officer-protocol:8.1",
    "tower-hamlets/member-officer-protocol:10.2@general",
    "tower-hamlets/member-officer-protocol:10.2@procedure-for-councillors",
    "tower-hamlets/member-officer-protocol:11.1@procedure-for-officers",
    "tower-hamlets/member-officer-protocol:11.1@review",
    *(f"tower-hamlets/employee-code:{n}" for n in range(1, 7)),
]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus(CORPUS_DIR)


def test_the_whole_corpus_parses_with_unique_clause_ids(corpus: Corpus):
    ids = Counter(c.id for c in corpus.clauses)
    assert [i for i, n in ids.items() if n > 1] == []
    assert set(corpus.documents) == {
        "lichfield/members-code",
        "lichfield/officers-code",
        "lichfield/member-officer-protocol",
        "tower-hamlets/member-officer-protocol",
        "tower-hamlets/employee-code",
    }
    assert {c.document for c in corpus.clauses} == set(corpus.documents)


@pytest.mark.parametrize("clause_id", KEY_CLAUSES)
def test_key_clause_exists(corpus: Corpus, clause_id: str):
    assert corpus.clause(clause_id).id == clause_id


def test_ids_follow_the_scheme(corpus: Corpus):
    pattern = re.compile(r"^[a-z0-9-]+/[a-z0-9-]+:(\d+(\.\d+)*(@[a-z0-9-]+)?|@[a-z0-9-]+)$")
    assert [c.id for c in corpus.clauses if not pattern.match(c.id)] == []


def test_members_code_para_1_is_selflessness_with_its_paragraph(corpus: Corpus):
    clause = corpus.clause("lichfield/members-code:1")
    assert clause.title == "Selflessness"
    assert clause.text.startswith("You should serve only in the public interest")
    assert [f.marker for f in clause.footnotes] == ["3"]


def test_members_code_footnotes_attach_to_paras_12_13_and_14(corpus: Corpus):
    markers = {
        n: [f.marker for f in corpus.clause(f"lichfield/members-code:{n}").footnotes] for n in (12, 13, 14)
    }
    assert markers == {12: ["6", "7", "8"], 13: ["9", "10"], 14: ["11"]}
    assert (
        corpus.clause("lichfield/members-code:14").footnotes[0].text
        == "This includes meetings of the Cabinet."
    )


def test_members_code_para_10_holds_the_whole_dpi_table_without_footnotes_4_and_5(corpus: Corpus):
    text = corpus.clause("lichfield/members-code:10").text
    rows = [line.split("\t")[0] for line in text.splitlines()[2:]]
    assert rows == [
        "Employment, office, trade, profession or vocation",
        "Sponsorship",
        "Contracts",
        "Land",
        "Licences",
        "Corporate tenancies",
        "Securities",
        "*Securities' means shares, debentures, debenture stock, loan stock, bonds, units of a collective "
        "investment scheme within the meaning of the Financial Services and Markets Act 2000 and other "
        "securities of any description, other than money deposited with a building society.",
    ]
    assert "Members may express themselves robustly" not in text  # footnote 4
    assert "Register of Interests, which will be made available" not in text  # footnote 5
    assert "exceeds £25,000" in text


def test_members_code_para_20_keeps_its_items_across_footnote_11(corpus: Corpus):
    text = corpus.clause("lichfield/members-code:20").text
    assert "This includes meetings of the Cabinet" not in text
    assert text.endswith(
        "of which the member of the Council is a member or in a position of general control or management."
    )
    assert "- (ii) any body-" in text


def test_source_typos_are_kept_verbatim(corpus: Corpus):
    assert "and the you are aware" in corpus.clause("lichfield/members-code:11").text
    assert (
        "Where consent of a member of the Leadership Team is, the officer"
        in corpus.clause("lichfield/officers-code:2.3.4").text
    )
    assert "Tower Hamlet's code" in corpus.clause("tower-hamlets/member-officer-protocol:1.4").text


def test_section_117_is_one_clause_with_its_subsections(corpus: Corpus):
    clause = corpus.clause("lichfield/officers-code:117")
    assert clause.number == "117"
    assert clause.text.startswith("117-(1) If it comes to the knowledge of an officer")
    assert "- (2) An officer of a local authority shall not" in clause.text
    assert "(Level 4 on the standard scale)" in clause.text
    assert clause.heading_path[-1] == "Section 117"


def test_officers_code_para_1_is_titled_by_its_heading(corpus: Corpus):
    clause = corpus.clause("lichfield/officers-code:1")
    assert clause.title == "BUSINESS, PRIVATE WORK AND GIFTS"
    assert clause.text.endswith(
        "For confirmation on a particular matter please read the following guidelines."
    )


def test_officers_code_2_4_1_runs_across_its_page_break(corpus: Corpus):
    text = corpus.clause("lichfield/officers-code:2.4.1").text
    assert "would I be\nembarrassed? If yes" in text


def test_lichfield_protocol_expectations_is_clause_3_with_both_lists(corpus: Corpus):
    clause = corpus.clause("lichfield/member-officer-protocol:3")
    assert clause.title == "EXPECTATIONS"
    assert clause.text.startswith("Councillors can expect from officers:")
    assert "Officers can expect from councillors:" in clause.text
    assert clause.text.endswith(
        "- That councillors will at all times comply with the relevant Code of Conduct"
    )


def test_tower_hamlets_duplicates_are_labelled_with_their_section(corpus: Corpus):
    both = corpus.by_number("tower-hamlets/member-officer-protocol", "10.2")
    assert [c.label for c in both] == [
        "Tower Hamlets Member/Officer Relations Protocol, para 10.2 (General)",
        "Tower Hamlets Member/Officer Relations Protocol, para 10.2 (Procedure for Councillors)",
    ]
    review = corpus.clause("tower-hamlets/member-officer-protocol:11.1@review")
    assert review.text.startswith("11.1 The Standards Advisory Committee")


def test_tower_hamlets_employee_code_is_marked_incomplete(corpus: Corpus):
    document = corpus.documents["tower-hamlets/employee-code"]
    assert document.complete is False
    assert any("Incomplete" in gap for gap in document.gaps)
    assert [c.number for c in corpus.document_clauses(document.id)] == ["1", "2", "3", "4", "5", "6"]


def test_only_the_members_code_states_an_adoption_date(corpus: Corpus):
    adopted = {d.id: d.adopted for d in corpus.documents.values() if d.adopted}
    assert {k: v.isoformat() for k, v in adopted.items()} == {"lichfield/members-code": "2018-05-15"}


def test_clause_line_numbers_point_at_the_clause_in_its_file(corpus: Corpus):
    for clause in corpus.clauses:
        lines = (CORPUS_DIR / corpus.documents[clause.document].path).read_text(encoding="utf-8").splitlines()
        first = lines[clause.line_start - 1]
        if clause.number and not clause.title:
            assert clause.number in first, clause.id
        assert lines[clause.line_end - 1].strip(), clause.id
        assert lines[clause.line_end - 1].strip().endswith(clause.text.splitlines()[-1].strip()), clause.id


def test_corpus_files_match_the_seed_line_for_line_apart_from_heading_markers(corpus: Corpus):
    seeds = REPO_ROOT.parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("seed files not available")
    for document in corpus.documents.values():
        match = re.match(r"seed (\S+) lines (\d+)-(\d+)", document.source)
        assert match, document.source
        seed = (seeds / match[1]).read_text(encoding="utf-8").split("\n")[int(match[2]) - 1 : int(match[3])]
        ours = (CORPUS_DIR / document.path).read_text(encoding="utf-8").rstrip("\n").split("\n")
        assert len(ours) == len(seed), document.id
        for n, (mine, theirs) in enumerate(zip(ours, seed, strict=True), start=1):
            if mine.startswith("#"):
                assert mine.lstrip("#").strip() == theirs.lstrip("#").strip(), (document.id, n)
            else:
                assert mine == theirs, (document.id, n)
