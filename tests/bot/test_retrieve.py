"""Hybrid retrieval: RRF fusion of dense and BM25, filters, concurrency, generation refresh."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.retrieve import Retriever, audiences_for, chroma_where, rrf_fuse
from ingest.index import build_index


@pytest.fixture
def retriever(index_settings, clause_corpus, fake_embedder):
    build_index(clause_corpus(), index_settings, embedder=fake_embedder)
    r = Retriever(index_settings, embedder=fake_embedder)
    r.warm_up()
    return r


def ids(evidence):
    return [e.clause.id for e in evidence]


def test_rrf_fusion_order_on_controlled_lists():
    fused = rrf_fuse([["a", "b", "c"], ["c", "a", "d"]], k=60)

    assert [item for item, _, _ in fused] == ["a", "c", "b", "d"]
    scores = {item: score for item, score, _ in fused}
    assert scores["a"] == pytest.approx(1 / 61 + 1 / 62)
    assert scores["c"] == pytest.approx(1 / 63 + 1 / 61)
    assert scores["d"] == pytest.approx(1 / 63)
    assert {item: ranks for item, _, ranks in fused}["d"] == [None, 3]


def test_rrf_prefers_agreement_over_a_single_first_place():
    # "y" is second in both lists; "x" and "w" are each first in only one.
    fused = rrf_fuse([["x", "y"], ["w", "y"]], k=60)

    assert fused[0][0] == "y"
    assert [item for item, _, _ in fused[1:]] == ["x", "w"]  # a tie: the dense list's first wins


def test_a_weighted_list_counts_its_ranks_that_many_times():
    fused = rrf_fuse([["x", "y"], ["w", "z", "x"]], k=60, weights=[2.0, 1.0])
    scores = {item: score for item, score, _ in fused}
    assert scores["x"] == pytest.approx(2 / 61 + 1 / 63)
    assert scores["y"] == pytest.approx(2 / 62)
    # The second list's first place now comes after the first list's second place.
    assert [item for item, _, _ in fused] == ["x", "y", "w", "z"]


def test_search_scores_are_the_rrf_of_dense_and_bm25_ranks(retriever, index_settings):
    evidence = retriever.search("register a gift", k=6)

    assert evidence, "a query sharing words with the corpus finds clauses"
    for e in evidence:
        weighted = [
            (w, r) for w, r in ((index_settings.RRF_DENSE_WEIGHT, e.dense_rank), (1.0, e.bm25_rank)) if r
        ]
        assert e.score == pytest.approx(sum(w / (index_settings.RRF_K + r) for w, r in weighted))
    assert [e.score for e in evidence] == sorted((e.score for e in evidence), reverse=True)
    assert all(e.similarity is not None for e in evidence if e.dense_rank is not None)


def test_k_limits_the_number_of_results(retriever):
    assert len(retriever.search("gift", k=2)) == 2
    assert len(retriever.search("gift")) <= retriever.settings.RETRIEVAL_TOP_K


def test_council_filter_returns_only_that_council(retriever):
    evidence = retriever.search("gift hospitality register", council="beta", k=10)

    assert set(ids(evidence)) == {"beta/employee-code:1", "beta/members-code:1"}


def test_document_filter_returns_only_that_document(retriever):
    evidence = retriever.search("gift hospitality register", document="alpha/officers-code", k=10)

    assert ids(evidence) == ["alpha/officers-code:1"]


def test_members_audience_matches_members_and_both(retriever):
    evidence = retriever.search("gift hospitality register", audience="members", k=10)

    assert {e.clause.audience for e in evidence} == {"members", "both"}
    assert "alpha/protocol:1" in ids(evidence)


def test_officers_audience_matches_officers_and_both(retriever):
    evidence = retriever.search("gift hospitality register", council="alpha", audience="officers", k=10)

    assert set(ids(evidence)) == {"alpha/officers-code:1", "alpha/protocol:1"}


def test_filters_combine(retriever):
    evidence = retriever.search(
        "gift", council="alpha", document="alpha/members-code", audience="members", k=10
    )

    assert ids(evidence) and all(i.startswith("alpha/members-code:") for i in ids(evidence))


def test_unknown_audience_is_refused(retriever):
    with pytest.raises(ValueError, match="unknown audience 'everyone'"):
        retriever.search("gift", audience="everyone")


def test_chroma_where_shapes():
    assert chroma_where() is None
    assert chroma_where(council="alpha") == {"council": "alpha"}
    assert chroma_where(council="alpha", audience="officers") == {
        "$and": [{"council": "alpha"}, {"audience": {"$in": ["officers", "both"]}}]
    }
    assert audiences_for("members") == ("members", "both")


def test_concurrent_searches_return_the_same_results(retriever):
    queries = ["gift hospitality", "bully harass", "register gifts", "private"] * 8
    expected = {q: ids(retriever.search(q)) for q in set(queries)}

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda q: (q, ids(retriever.search(q))), queries))

    assert all(found == expected[q] for q, found in results)


def test_searches_do_not_rebuild_or_reembed_the_index(retriever, fake_embedder, monkeypatch):
    fake_embedder.calls = 0
    monkeypatch.setattr("ingest.index.build_bm25", lambda *a: pytest.fail("BM25 rebuilt per query"))

    for _ in range(3):
        retriever.search("gift")

    assert fake_embedder.calls == 0  # queries go through embed_query only


def test_refresh_serves_a_newer_generation(retriever, index_settings, clause_corpus, fake_embedder):
    old = retriever.generation.id
    assert retriever.refresh() is False

    build_index(
        clause_corpus("v2", replace={"alpha/members-code:2": "Zebra crossings are out of scope."}),
        index_settings,
        embedder=fake_embedder,
    )
    assert retriever.generation.id == old  # still serving the old one until asked
    assert retriever.refresh() is True

    assert retriever.generation.id != old
    assert ids(retriever.search("zebra", k=1)) == ["alpha/members-code:2"]


def test_search_without_an_index_says_to_ingest(index_settings, fake_embedder):
    from ingest.index import NoIndexError

    with pytest.raises(NoIndexError, match="conduct ingest"):
        Retriever(index_settings, embedder=fake_embedder).search("gift")


@pytest.mark.slow
def test_real_index_search_respects_council_filter(built_index):
    retriever = Retriever(built_index)
    retriever.warm_up()

    evidence = retriever.search("gifts and hospitality", council="lichfield", audience="members")

    assert evidence
    assert {e.clause.council for e in evidence} == {"lichfield"}
    assert {e.clause.audience for e in evidence} <= {"members", "both"}
    assert any("gift" in e.clause.text.lower() for e in evidence)
