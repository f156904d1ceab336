"""Everyday questions beside each clause: loaded strictly, versioned, embedded, never quoted."""

from __future__ import annotations

import pytest

from ingest.commands import load_corpus_fresh
from ingest.errors import CorpusError

GOOD = """\
document: alpha/members-code
questions:
  alpha/members-code:1:
    - a developer sent me a bottle of wine, do i need to tell anyone
    - is there a limit of £50 on presents
  alpha/members-code:3:
    - when do i say i have a conflict at committee
"""


def with_questions(tiny_corpus, text: str, path: str = "questions/alpha/members-code.yaml"):
    return load_corpus_fresh(tiny_corpus(files={path: text}))


def test_questions_load_by_clause_id(tiny_corpus):
    corpus = with_questions(tiny_corpus, GOOD)
    assert corpus.questions["alpha/members-code:1"] == (
        "a developer sent me a bottle of wine, do i need to tell anyone",
        "is there a limit of £50 on presents",
    )
    assert "alpha/members-code:2" not in corpus.questions


def test_a_corpus_without_questions_has_none(tiny_corpus):
    assert load_corpus_fresh(tiny_corpus()).questions == {}


def test_editing_a_question_changes_the_corpus_version(tiny_corpus):
    before = with_questions(tiny_corpus, GOOD).corpus_version
    after = with_questions(tiny_corpus, GOOD.replace("bottle of wine", "hamper")).corpus_version
    assert before != after


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (
            GOOD.replace("alpha/members-code:3:", "alpha/members-code:9:"),
            6,
            "is not a clause of alpha/members-code",
        ),
        (
            GOOD.replace("alpha/members-code:3:", "beta/employee-code:1:"),
            6,
            "is not a clause of alpha/members-code",
        ),
        (GOOD.replace("limit of £50", "limit of £40"), 5, "£40, which the clause does not state"),
        (GOOD.replace("    - when do i say", "    - ''\n    - when do i say"), 7, "one non-empty line"),
        (GOOD + "  alpha/members-code:1:\n    - again\n", 8, "duplicate key"),
        (GOOD.replace("questions:", "answers:"), 2, "unknown key 'answers'"),
    ],
)
def test_a_malformed_questions_file_names_file_and_line(tiny_corpus, text, line, message):
    with pytest.raises(CorpusError) as caught:
        with_questions(tiny_corpus, text)
    assert caught.value.path.endswith("questions/alpha/members-code.yaml")
    assert caught.value.line == line
    assert message in caught.value.message


def test_a_questions_file_must_sit_at_its_documents_path(tiny_corpus):
    with pytest.raises(CorpusError, match="does not match the file's path"):
        with_questions(tiny_corpus, GOOD, path="questions/beta/employee-code.yaml")


def test_questions_are_embedded_beside_their_clause_and_find_it(tiny_corpus, index_settings, fake_embedder):
    from bot.retrieve import Retriever
    from ingest.index import build_index, open_live

    corpus = with_questions(tiny_corpus, GOOD)
    build_index(corpus, index_settings, embedder=fake_embedder)
    stored = open_live(index_settings).collection.get(ids=["alpha/members-code:1#q1"], include=["documents"])
    assert stored["documents"] == ["a developer sent me a bottle of wine, do i need to tell anyone"]

    # No word of this question is in clause 1's text; it is in clause 1's everyday question.
    found = Retriever(index_settings, embedder=fake_embedder).search("developer bottle wine", council="alpha")
    assert found[0].clause.id == "alpha/members-code:1"
    assert found[0].bm25_rank == 1  # BM25 reads the questions too
    # What is cited is the clause itself, never the question; and the similarity the relevance
    # and scope thresholds see is that of the clause's own words (none shared here).
    assert found[0].clause.text.startswith("1. You must register any gift")
    assert found[0].similarity == pytest.approx(0.0, abs=1e-6)
