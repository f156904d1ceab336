"""Hybrid retrieval: dense (Chroma) and BM25 candidates, fused by reciprocal rank fusion.

Filters (council, document, audience) are applied inside both searches, not after fusion, so
a filtered search still gets its full quota of candidates from each list.

Why not `langchain_classic.retrievers.EnsembleRetriever`: it fuses the same way (weighted RRF
with `c=60`) but returns bare Documents without the per-list ranks that `Evidence` carries, its
BM25 partner (`BM25Retriever`) has no metadata filter (filtering after retrieval would starve a
council's results), and filters would have to be baked into fresh sub-retrievers per query.
RRF itself is a few lines, so it is written out here.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any, Literal

import numpy as np

from bot.settings import Settings, get_settings
from bot.types import Evidence

# Who is asking → which clause audiences apply to them. "both" clauses apply to everyone.
_AUDIENCES: dict[str, tuple[str, ...]] = {
    "members": ("members", "both"),
    "councillor": ("members", "both"),
    "officers": ("officers", "both"),
    "officer": ("officers", "both"),
    "both": ("both",),
}


# Enough nearest passages that `n` distinct clauses survive folding: a clause has up to a few
# windows of text and a few everyday questions.
PASSAGES_PER_CLAUSE = 8


def audiences_for(audience: str) -> tuple[str, ...]:
    """Clause audiences that match a filter: "members" → members + both, and so on."""
    try:
        return _AUDIENCES[audience]
    except KeyError:
        raise ValueError(f"unknown audience {audience!r}; expected one of {sorted(_AUDIENCES)}") from None


def chroma_where(
    council: str | None = None, document: str | None = None, audience: str | None = None
) -> dict[str, Any] | None:
    """The Chroma `where` filter for these constraints, or None for no filter."""
    terms: list[dict[str, Any]] = []
    if council:
        terms.append({"council": council})
    if document:
        terms.append({"document": document})
    if audience:
        terms.append({"audience": {"$in": list(audiences_for(audience))}})
    if not terms:
        return None
    return terms[0] if len(terms) == 1 else {"$and": terms}


def rrf_fuse(
    rankings: Sequence[Sequence[str]], k: int, weights: Sequence[float] | None = None
) -> list[tuple[str, float, list[int | None]]]:
    """Reciprocal rank fusion of ranked id lists: score(id) = Σ w / (k + rank), ranks 1-based.

    `weights` (default 1 each) lets one list count for more than another.

    Returns (id, score, [rank in each list or None]) best first. Ties go to the id with the
    better best rank, then to the earlier list (dense first), then by id, so order is stable.
    """
    ranks: dict[str, list[int | None]] = {}
    for i, ranking in enumerate(rankings):
        for rank, item in enumerate(ranking, start=1):
            slot = ranks.setdefault(item, [None] * len(rankings))
            if slot[i] is None:
                slot[i] = rank
    w = list(weights) if weights is not None else [1.0] * len(rankings)
    fused = [
        (item, sum(w[i] / (k + r) for i, r in enumerate(rs) if r is not None), rs)
        for item, rs in ranks.items()
    ]

    def order(entry: tuple[str, float, list[int | None]]) -> tuple[float, int, tuple[int, ...], str]:
        item, score, rs = entry
        present = [r for r in rs if r is not None]
        by_list = tuple(r if r is not None else 1 << 30 for r in rs)
        return (-score, min(present), by_list, item)

    return sorted(fused, key=order)


class Retriever:
    """Searches the live index generation; one instance serves concurrent requests.

    `warm_up()` opens the generation CURRENT names and loads the embedder once; `refresh()`
    switches to a newer generation after an ingest without dropping in-flight searches.
    """

    def __init__(self, settings: Settings | None = None, embedder: Any | None = None) -> None:
        self.settings = settings or get_settings()
        self._embedder = embedder
        self._generation: Any | None = None  # ingest.index.Generation
        self._lock = threading.Lock()

    @property
    def embedder(self) -> Any:
        """The embedding model searches use (loaded by `warm_up()`); shared with the scope judge."""
        if self._embedder is None:
            self.warm_up()
        return self._embedder

    @property
    def generation(self) -> Any:
        """The generation being served (warming up if needed)."""
        if self._generation is None:
            self.warm_up()
        return self._generation

    def warm_up(self) -> None:
        """Open the live generation and load the embedding model. Safe to call more than once."""
        from ingest.index import open_live

        with self._lock:
            if self._embedder is None:
                from ingest.embed import Embedder

                self._embedder = Embedder(self.settings)
            if self._generation is None:
                generation = open_live(self.settings)
                self._check_model(generation)
                self._generation = generation
            warm = getattr(self._embedder, "warm_up", None)
            if warm is not None:
                warm()

    def refresh(self) -> bool:
        """Serve the generation CURRENT names now, if it changed; True when it did."""
        from ingest.index import live_generation_id, open_generation

        live = live_generation_id(self.settings)
        current = self._generation
        if live is None or (current is not None and current.id == live):
            return False
        generation = open_generation(self.settings, live)
        self._check_model(generation)
        with self._lock:
            self._generation = generation  # one reference swap: searches hold their own
        return True

    def _check_model(self, generation: Any) -> None:
        digest = getattr(self._embedder, "digest", None)
        if digest is not None and digest != generation.manifest.model_sha256:
            raise RuntimeError(
                f"index generation {generation.id} was built with model sha256 "
                f"{generation.manifest.model_sha256}, but the embedder is {digest}; run `conduct ingest`"
            )

    def search(
        self,
        query: str,
        *,
        council: str | None = None,
        document: str | None = None,
        audience: str | None = None,
        k: int | None = None,
    ) -> list[Evidence]:
        """The `k` best clauses for `query` under the filters, best first.

        Each list contributes up to RETRIEVAL_CANDIDATES before fusion; `Evidence.score` is the
        fused RRF score and `dense_rank` / `bm25_rank` say where each list placed the clause.
        """
        k = self.settings.RETRIEVAL_TOP_K if k is None else k
        generation = self.generation  # a stable reference for the whole search
        if k <= 0 or not query.strip():
            return []
        allowed = audiences_for(audience) if audience else None  # validates early
        n = self.settings.RETRIEVAL_CANDIDATES
        where = chroma_where(council, document, audience)
        similarity = self._dense(generation, query, where, n, passage="text")
        # A clause is also found through the everyday questions beside it: the dense ranking
        # takes each clause's nearest of the two. `Evidence.similarity` stays the clause's own
        # words' similarity, which the relevance and scope thresholds were measured on.
        through_questions = self._dense(generation, query, where, n, passage="question")
        nearest = {
            c: max(similarity.get(c, -1.0), through_questions.get(c, -1.0))
            for c in {**similarity, **through_questions}
        }
        dense = sorted(nearest, key=lambda c: (-nearest[c], c))[:n]
        lexical = self._bm25(generation, query, council, document, allowed, n)
        fused = rrf_fuse([dense, lexical], self.settings.RRF_K, [self.settings.RRF_DENSE_WEIGHT, 1.0])[:k]
        return [
            Evidence(
                clause=generation.by_id[item],
                score=score,
                dense_rank=ranks[0],
                bm25_rank=ranks[1],
                similarity=similarity.get(item),
                nearest_similarity=nearest.get(item),
            )
            for item, score, ranks in fused
        ]

    def _dense(
        self,
        generation: Any,
        query: str,
        where: dict[str, Any] | None,
        n: int,
        *,
        passage: Literal["text", "question"] = "text",
    ) -> dict[str, float]:
        """Clause id → cosine similarity for the nearest `n` clauses, nearest first, through
        the clauses' own words (`passage="text"`) or the everyday questions beside them."""
        assert self._embedder is not None
        from ingest.index import clause_id_of

        vector = self._embedder.embed_query(query)  # cached: the second call costs nothing
        kind = {"passage": passage}
        where = kind if where is None else {"$and": [*where.get("$and", [where]), kind]}
        # A clause is stored as several passages (long text in windows, everyday questions):
        # ask for more, keep each clause's best.
        result = generation.collection.query(
            query_embeddings=[vector], n_results=n * PASSAGES_PER_CLAUSE, where=where, include=["distances"]
        )
        distances = result["distances"][0] if result["distances"] else []
        # The collection uses cosine distance (1 - cosine similarity) over normalised vectors.
        best: dict[str, float] = {}
        for passage_id, distance in zip(result["ids"][0], distances, strict=True):
            clause_id = clause_id_of(passage_id)
            if clause_id in generation.by_id:
                best[clause_id] = max(best.get(clause_id, -1.0), 1.0 - float(distance))
        # Equal distances come back from the HNSW index in no fixed order (concurrent queries
        # differ): the clause id breaks ties, so the same question always gets the same ranking.
        return dict(sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:n])

    def _bm25(
        self,
        generation: Any,
        query: str,
        council: str | None,
        document: str | None,
        allowed: tuple[str, ...] | None,
        n: int,
    ) -> list[str]:
        from ingest.index import tokenize

        tokens = tokenize(query)
        if not tokens:
            return []
        scores = np.asarray(generation.bm25.get_scores(tokens), dtype=float)
        mask = np.array(
            [
                (council is None or c.council == council)
                and (document is None or c.document == document)
                and (allowed is None or c.audience in allowed)
                for c in generation.clauses
            ],
            dtype=bool,
        )
        # Only clauses sharing a term with the query rank; stable sort keeps corpus order on ties.
        candidates = np.flatnonzero(mask & (scores > 0))
        best = candidates[np.argsort(-scores[candidates], kind="stable")][:n]
        return [generation.clauses[i].id for i in best]
