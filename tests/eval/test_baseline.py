"""The naive baseline: 1,000/200 chunks mapped to clauses, top-4 search, always "answered"."""

from __future__ import annotations

import re

from langchain_core.embeddings import Embeddings

from bot.types import Clause
from eval.baseline import TOP_K, NaiveBaseline, chunks_with_clauses


class WordEmbeddings(Embeddings):
    """Deterministic bag-of-words vectors over a fixed vocabulary: enough to rank by topic."""

    VOCAB = ["gift", "hospitality", "interest", "register", "meeting", "enquiry", "photocopier", "leave"]

    def _vector(self, text: str) -> list[float]:
        words = re.findall(r"[a-z]+", text.lower())
        return [float(sum(w.startswith(v) for w in words)) + 0.01 for v in self.VOCAB]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


def _clause(number: str, text: str, document: str = "lichfield/members-code") -> Clause:
    return Clause(
        id=f"{document}:{number}",
        council=document.split("/")[0],
        document=document,
        number=number,
        text=text,
        line_start=1,
        line_end=1,
        audience="members",
        citation_title="Code",
    )


def _corpus():
    filler = "Members must behave well in all their dealings with the public and officers. " * 14
    clauses = [
        _clause("1", "Gifts and hospitality worth at least fifty pounds go on the gift register. " + filler),
        _clause(
            "2", "Interests must be registered within 28 days; the register of interest is public. " + filler
        ),
        _clause("3", "At a meeting with an interest you must leave the meeting room. " + filler),
        _clause(
            "4",
            "Photocopier use is for council work only; the photocopier is not for leave requests. " + filler,
        ),
        _clause("5", "Enquiry answers within ten working days; an enquiry is chased. " + filler),
        _clause("6", "General conduct. " + filler),
    ]
    text = "\n\n".join(f"{c.number}. {c.text}" for c in clauses)
    return clauses, [("lichfield/members-code", "lichfield", text)]


def test_chunks_are_at_most_1000_characters_and_every_clause_is_reachable():
    clauses, documents = _corpus()
    chunks = chunks_with_clauses(documents, clauses)
    assert len(chunks) > 4 and all(len(c.text) <= 1000 for c in chunks)
    assert {cid for c in chunks for cid in c.clause_ids} == {c.id for c in clauses}


def test_the_baseline_always_answers_with_the_top_four_chunks_clauses():
    clauses, documents = _corpus()
    baseline = NaiveBaseline(
        chunks_with_clauses(documents, clauses), {c.id: c for c in clauses}, WordEmbeddings()
    )
    found = baseline.search("gift gift hospitality")
    result = baseline.ask("do i register a gift of hospitality?", council="tower-hamlets")
    assert len(found) == TOP_K
    assert "lichfield/members-code:1" in found[0].clause_ids
    assert result.outcome == "answered" and result.checks == []
    assert result.citations[0].id == "lichfield/members-code:1"
    assert result.answer.startswith(found[0].text[:50])
