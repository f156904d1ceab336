"""Index generations: a Chroma store (dense) and a BM25 payload (lexical), switched atomically.

Layout under `settings.index_dir`:

    generations/<id>/chroma/         Chroma PersistentClient store, collection "clauses"
    generations/<id>/bm25.json       clause ids + tokenized texts and questions (BM25Okapi rebuilt on load)
    generations/<id>/clauses.json    the Clause objects indexed, so what is served is what was indexed
    generations/<id>/manifest.json   written last: a generation without one is incomplete
    CURRENT                          the live generation's id

A new generation is built beside the live one and validated (count, every id, a probe query)
before `CURRENT` is replaced with `os.replace`, so readers see the old index or the new one,
never half of either. With `CHROMA_HOST` set, the dense store is a collection named after the
generation on a `chroma run` server; BM25 and the clause payload stay local.

Embeddings are reused from the live generation for every clause whose embedded text (and
model) is unchanged, and an unchanged corpus version is not rebuilt at all.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import json
import os
import re
import shutil
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

import snowballstemmer

from bot.settings import Settings, get_settings
from bot.types import Clause

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection
    from rank_bm25 import BM25Okapi

INDEX_FORMAT = 6  # bump when the layout or embedded text changes: forces a rebuild
KEEP_GENERATIONS = 2
LOCAL_COLLECTION = "clauses"
EMBED_BATCH = 64
ADD_BATCH = 500


class IndexBuildError(RuntimeError):
    """A new generation failed validation; the live generation is untouched."""


class NoIndexError(RuntimeError):
    """There is no live generation to serve."""


class CorpusLike(Protocol):
    """What `build_index` needs of `bot.corpus.Corpus`."""

    @property
    def documents(self) -> Mapping[str, Any]: ...
    @property
    def clauses(self) -> Sequence[Clause]: ...
    @property
    def corpus_version(self) -> str: ...


class EmbedderLike(Protocol):
    """What the index needs of `ingest.embed.Embedder` (tests substitute a fake)."""

    digest: str

    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...
    def embed_query(self, text: str) -> list[float]: ...


# ---------------------------------------------------------------------------------------------
# What is indexed


def _header(clause: Clause) -> list[str]:
    lines = [clause.label]
    if clause.heading_path:
        lines.append(clause.heading)
    if clause.title and (not clause.heading_path or clause.title != clause.heading_path[-1]):
        lines.append(clause.title)
    return lines


def _body(clause: Clause) -> list[str]:
    return [*clause.text.split("\n"), *(f.text for f in clause.footnotes)]


def embedding_text(clause: Clause) -> str:
    """The text BM25-tokenized (and, when it fits, embedded) for a clause: label, headings, text.

    The label ("Lichfield Members' Code of Conduct, para 12") and heading path let a question
    that names a section or a paragraph find it even when the clause body never repeats them.
    """
    return "\n".join(_header(clause) + _body(clause))


def lexical_text(clause: Clause, questions: Sequence[str] = ()) -> str:
    """The text BM25 indexes for a clause: its embedding text and its everyday questions."""
    return "\n".join([embedding_text(clause), *questions])


# all-MiniLM-L6-v2 reads at most 256 word-pieces and silently drops the rest: para 10's table of
# interests runs to 660, so its later rows (land, licences, securities) would be invisible to
# dense search. A clause longer than this many words is embedded as several passages, each
# carrying the clause's label and headings; search folds them back into the clause.
PASSAGE_WORDS = 165  # 256 word-pieces at the corpus's worst 1.53 pieces a word


def passages(clause: Clause) -> list[str]:
    """The texts embedded for a clause: one, or several windows of whole lines when it is long."""
    whole = embedding_text(clause)
    if len(whole.split()) <= PASSAGE_WORDS:
        return [whole]
    header = _header(clause)
    room = max(PASSAGE_WORDS - len(" ".join(header).split()), 40)
    pieces: list[str] = []
    for line in _body(clause):
        words = line.split()
        # A single line longer than a window (a long paragraph) is cut by words.
        pieces += [" ".join(words[i : i + room]) for i in range(0, len(words), room)] or [line]
    windows: list[list[str]] = [[]]
    for piece in pieces:
        used = sum(len(p.split()) for p in windows[-1])
        if windows[-1] and used + len(piece.split()) > room:
            windows.append([])
        windows[-1].append(piece)
    return ["\n".join(header + window) for window in windows if window]


def passage_ids(clause: Clause, count: int) -> list[str]:
    """Chroma ids: the clause id for a one-passage clause, else `<clause id>#<n>` from 1."""
    return [clause.id] if count == 1 else [f"{clause.id}#{n}" for n in range(1, count + 1)]


QUESTION_ID = "#q"  # an everyday question's Chroma id is `<clause id>#q<n>`


def indexed_passages(clause: Clause, questions: Sequence[str] = ()) -> list[tuple[str, str]]:
    """(Chroma id, text) for everything embedded for a clause: its passages, then its questions.

    A question (`corpus/questions/`) is embedded alone, as `<clause id>#q<n>`: a question a
    person asks is nearest to a question, not to the clause's formal prose. Search keeps each
    clause's nearest passage, so a clause is found through its wording or through a question.
    """
    windows = passages(clause)
    rows = list(zip(passage_ids(clause, len(windows)), windows, strict=True))
    return rows + [(f"{clause.id}{QUESTION_ID}{n}", q) for n, q in enumerate(questions, start=1)]


def clause_id_of(passage_id: str) -> str:
    return passage_id.split("#", 1)[0]


def passage_kind(passage_id: str) -> Literal["text", "question"]:
    """Stored as metadata `passage`: the clause's own words, or an everyday question beside it."""
    return "question" if QUESTION_ID in passage_id else "text"


_TOKEN = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset(
    """a an and are as at be been but by can do does for from had has have he her his i if in
    into is it its me my of on or our s she should so t than that the their them then there
    these they this those to was we were what when where which who will with would you your""".split()
)


_STEMMER = snowballstemmer.stemmer("english")


def _stem(token: str) -> str:
    # Porter/Snowball English: "declared", "declaration" and "declare" meet; so do "registering"
    # and "register". The question and the clause go through the same function.
    return _STEMMER.stemWord(token)


def tokenize(text: str) -> list[str]:
    """Lowercase word tokens for BM25, stop words dropped, stemmed."""
    return [_stem(t) for t in _TOKEN.findall(text.lower()) if t not in _STOPWORDS]


def clause_metadata(clause: Clause, embed_key: str) -> dict[str, str]:
    """Chroma metadata for a clause; the filterable keys are council, document and audience."""
    return {
        "council": clause.council,
        "document": clause.document,
        "number": clause.number,
        "heading": clause.heading,
        "audience": clause.audience,
        "content_hash": clause.content_hash,
        "embed_key": embed_key,
    }


def embed_key(model_digest: str, text: str) -> str:
    """Identifies one embedding: same model and same embedded text give the same vector."""
    return hashlib.sha256(f"{model_digest}\x1f{text}".encode()).hexdigest()


def build_bm25(tokens: list[list[str]]) -> BM25Okapi:
    from rank_bm25 import BM25Okapi

    # BM25Okapi divides by the average document length: an all-stopword corpus must not crash it.
    return BM25Okapi([t or ["\x00"] for t in tokens])


# ---------------------------------------------------------------------------------------------
# Generations on disk


@dataclass(frozen=True)
class Manifest:
    generation: str
    corpus_version: str
    clause_count: int
    document_count: int
    created: str  # ISO 8601, UTC
    model_sha256: str
    dimensions: int
    chroma: Literal["persistent", "http"]
    collection: str
    format: int = INDEX_FORMAT

    @classmethod
    def read(cls, path: Path) -> Manifest:
        return cls(**json.loads(path.read_text(encoding="utf-8")))


def generations_dir(settings: Settings) -> Path:
    return settings.index_dir / "generations"


def live_generation_id(settings: Settings) -> str | None:
    """The id named by CURRENT, or None before the first ingest."""
    try:
        name = (settings.index_dir / "CURRENT").read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name or None


def read_manifest(settings: Settings, generation: str) -> Manifest | None:
    """The generation's manifest, or None when it is missing or incomplete."""
    path = generations_dir(settings) / generation / "manifest.json"
    try:
        return Manifest.read(path)
    except (FileNotFoundError, json.JSONDecodeError, TypeError):
        return None


def chroma_client(settings: Settings, gen_dir: Path) -> ClientAPI:
    """A Chroma client for one generation: embedded by default, a server when CHROMA_HOST is set."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.CHROMA_HOST:
        return chromadb.HttpClient(
            host=settings.CHROMA_HOST, port=settings.CHROMA_PORT, settings=chroma_settings
        )
    return chromadb.PersistentClient(path=str(gen_dir / "chroma"), settings=chroma_settings)


def _chroma_mode(settings: Settings) -> Literal["persistent", "http"]:
    return "http" if settings.CHROMA_HOST else "persistent"


def _collection_name(settings: Settings, generation: str) -> str:
    # One server holds every generation, so there each gets its own collection.
    return f"conduct-{generation}" if settings.CHROMA_HOST else LOCAL_COLLECTION


@dataclass
class Generation:
    """One complete generation, opened for reading: dense collection, BM25 and clauses.

    Read-only after construction, so one instance serves concurrent searches.
    """

    id: str
    manifest: Manifest
    clauses: list[Clause]  # in BM25 order
    bm25: BM25Okapi
    collection: Collection
    by_id: dict[str, Clause] = field(init=False)

    def __post_init__(self) -> None:
        self.by_id = {c.id: c for c in self.clauses}


def open_generation(settings: Settings, generation: str) -> Generation:
    """Open a complete generation; NoIndexError if it is missing or incomplete."""
    gen_dir = generations_dir(settings) / generation
    manifest = read_manifest(settings, generation)
    if manifest is None:
        raise NoIndexError(f"{gen_dir}: index generation is missing or incomplete; run `conduct ingest`")
    clauses = [
        Clause.model_validate(c) for c in json.loads((gen_dir / "clauses.json").read_text(encoding="utf-8"))
    ]
    payload = json.loads((gen_dir / "bm25.json").read_text(encoding="utf-8"))
    if payload["ids"] != [c.id for c in clauses]:
        raise NoIndexError(f"{gen_dir}: bm25.json and clauses.json disagree; run `conduct ingest`")
    client = chroma_client(settings, gen_dir)
    collection = client.get_collection(manifest.collection, embedding_function=None)
    return Generation(generation, manifest, clauses, build_bm25(payload["tokens"]), collection)


def open_live(settings: Settings | None = None) -> Generation:
    """Open the generation CURRENT names; NoIndexError before the first ingest."""
    settings = settings or get_settings()
    generation = live_generation_id(settings)
    if generation is None:
        raise NoIndexError(f"{settings.index_dir}: no index yet; run `conduct ingest`")
    return open_generation(settings, generation)


# ---------------------------------------------------------------------------------------------
# Building


@dataclass
class BuildReport:
    status: Literal["built", "unchanged"]
    generation: str
    corpus_version: str
    documents: int
    clauses: int
    embedded: int = 0
    reused: int = 0
    seconds: float = 0.0
    pruned: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


Progress = Callable[[int], None]  # called with the number of texts just embedded


@contextlib.contextmanager
def _build_lock(settings: Settings) -> Iterator[None]:
    """One ingest at a time per index directory (another waits rather than racing CURRENT)."""
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    with (settings.index_dir / ".lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def expected_model_digest(settings: Settings) -> str:
    from ingest.embed import DEFAULT_SHA256

    return (settings.EMBEDDING_SHA256 or DEFAULT_SHA256).lower()


def is_unchanged(settings: Settings, corpus_version: str, model_digest: str) -> Manifest | None:
    """The live manifest when it already indexes this corpus version with this model and layout."""
    generation = live_generation_id(settings)
    if generation is None:
        return None
    manifest = read_manifest(settings, generation)
    if (
        manifest is not None
        and manifest.corpus_version == corpus_version
        and manifest.model_sha256 == model_digest
        and manifest.format == INDEX_FORMAT
        and manifest.chroma == _chroma_mode(settings)
    ):
        return manifest
    return None


def build_index(
    corpus: CorpusLike,
    settings: Settings | None = None,
    *,
    embedder: EmbedderLike | None = None,
    progress: Progress | None = None,
    on_embed_start: Callable[[int], None] | None = None,
    force: bool = False,
) -> BuildReport:
    """Build, validate and switch to a new generation for `corpus`, unless it is already live.

    `embedder` defaults to `ingest.embed.Embedder(settings)` and is only warmed up when some
    clause needs embedding. `on_embed_start(n)` is told how many texts will be embedded (for a
    progress bar) and `progress(k)` after each batch. On any failure the new generation is
    removed and CURRENT is untouched. `force` rebuilds even an unchanged corpus (reusing what
    embeddings it can), e.g. when the live store is suspected damaged.
    """
    settings = settings or get_settings()
    started = time.perf_counter()
    clauses = list(corpus.clauses)
    digest = embedder.digest if embedder is not None else expected_model_digest(settings)

    with _build_lock(settings):
        live = None if force else is_unchanged(settings, corpus.corpus_version, digest)
        if live is not None:
            return BuildReport(
                status="unchanged",
                generation=live.generation,
                corpus_version=live.corpus_version,
                documents=len(corpus.documents),
                clauses=len(clauses),
                reused=len(clauses),
                seconds=time.perf_counter() - started,
            )
        _check_clauses(clauses)
        if embedder is None:
            from ingest.embed import Embedder

            embedder = Embedder(settings)

        questions: Mapping[str, Sequence[str]] = getattr(corpus, "questions", {})
        # BM25 reads each clause with its everyday questions, so a word people use ("freebie",
        # "side hustle") finds the clause as well as the codes' own words do.
        texts = [lexical_text(c, questions.get(c.id, ())) for c in clauses]
        # (Chroma id, clause, text) for every passage: computed once, used to embed and to store.
        embedded = [
            (passage_id, c, text)
            for c in clauses
            for passage_id, text in indexed_passages(c, questions.get(c.id, ()))
        ]
        keys = [embed_key(digest, t) for _, _, t in embedded]
        vectors: dict[str, list[float]] = _reusable_vectors(settings, digest, set(keys))
        reused = sum(1 for k in keys if k in vectors)
        todo = list(
            dict.fromkeys((k, t) for k, (_, _, t) in zip(keys, embedded, strict=True) if k not in vectors)
        )
        if on_embed_start is not None:
            on_embed_start(len(todo))
        for start in range(0, len(todo), EMBED_BATCH):
            batch = todo[start : start + EMBED_BATCH]
            for (key, _), vector in zip(batch, embedder.embed_documents([t for _, t in batch]), strict=True):
                vectors[key] = vector
            if progress is not None:
                progress(len(batch))

        generation = _new_generation_id(corpus.corpus_version)
        gen_dir = generations_dir(settings) / generation
        manifest = Manifest(
            generation=generation,
            corpus_version=corpus.corpus_version,
            clause_count=len(clauses),
            document_count=len(corpus.documents),
            created=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            model_sha256=digest,
            dimensions=len(next(iter(vectors.values()))),
            chroma=_chroma_mode(settings),
            collection=_collection_name(settings, generation),
        )
        try:
            _write_generation(settings, gen_dir, manifest, clauses, texts, embedded, keys, vectors)
            _validate(settings, gen_dir, manifest, clauses, vectors[keys[0]], len(keys))
            _write_atomic(gen_dir / "manifest.json", json.dumps(asdict(manifest), indent=2))
        except BaseException:
            _remove_generation(settings, generation, manifest.collection)
            raise
        # Outside the cleanup above: once CURRENT may name this generation it must not vanish.
        _switch(settings, generation)
        pruned = _prune(settings)

    return BuildReport(
        status="built",
        generation=generation,
        corpus_version=corpus.corpus_version,
        documents=len(corpus.documents),
        clauses=len(clauses),
        embedded=len(todo),
        reused=reused,
        seconds=time.perf_counter() - started,
        pruned=pruned,
    )


def _check_clauses(clauses: list[Clause]) -> None:
    if not clauses:
        raise IndexBuildError("the corpus has no clauses to index")
    seen: set[str] = set()
    for clause in clauses:
        if clause.id in seen:
            raise IndexBuildError(f"duplicate clause id {clause.id!r}")
        seen.add(clause.id)


def _new_generation_id(corpus_version: str) -> str:
    # Sortable by creation time; the suffix keeps two builds in one microsecond apart. Only
    # [A-Za-z0-9-] so it is also a valid Chroma collection name.
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
    version = re.sub(r"[^A-Za-z0-9]", "", corpus_version)[:12] or "v"
    return f"{stamp}-{version}-{uuid.uuid4().hex[:6]}"


def _reusable_vectors(settings: Settings, digest: str, wanted: set[str]) -> dict[str, list[float]]:
    """Embeddings of the live generation keyed by embed_key, for the keys still wanted."""
    generation = live_generation_id(settings)
    manifest = read_manifest(settings, generation) if generation else None
    if generation is None or manifest is None or manifest.model_sha256 != digest:
        return {}
    try:
        client = chroma_client(settings, generations_dir(settings) / generation)
        collection = client.get_collection(manifest.collection, embedding_function=None)
        stored = collection.get(include=["embeddings", "metadatas"])  # type: ignore[list-item]
    except Exception:
        # A damaged or unreachable live store only costs us the reuse, not the build.
        return {}
    reusable: dict[str, list[float]] = {}
    embeddings = stored["embeddings"] if stored["embeddings"] is not None else []
    for metadata, vector in zip(stored["metadatas"] or [], embeddings, strict=True):
        key = str(metadata.get("embed_key", ""))
        if key in wanted:
            reusable[key] = [float(x) for x in vector]
    return reusable


def _write_generation(
    settings: Settings,
    gen_dir: Path,
    manifest: Manifest,
    clauses: list[Clause],
    texts: list[str],
    rows: list[tuple[str, Clause, str]],
    keys: list[str],
    vectors: dict[str, list[float]],
) -> None:
    gen_dir.mkdir(parents=True)
    client = chroma_client(settings, gen_dir)
    collection = client.create_collection(
        manifest.collection,
        embedding_function=None,  # never Chroma's default: it would download a model
        configuration={"hnsw": {"space": "cosine"}},
        metadata={"corpus_version": manifest.corpus_version, "model_sha256": manifest.model_sha256},
    )
    for start in range(0, len(rows), ADD_BATCH):
        batch = rows[start : start + ADD_BATCH]
        batch_keys = keys[start : start + ADD_BATCH]
        collection.add(
            ids=[passage_id for passage_id, _, _ in batch],
            embeddings=[vectors[k] for k in batch_keys],  # type: ignore[arg-type]
            documents=[text for _, _, text in batch],
            metadatas=[
                {**clause_metadata(clause, k), "clause_id": clause.id, "passage": passage_kind(passage_id)}
                for (passage_id, clause, _), k in zip(batch, batch_keys, strict=True)
            ],
        )
    payload = {"ids": [c.id for c in clauses], "tokens": [tokenize(t) for t in texts]}
    _write_atomic(gen_dir / "bm25.json", json.dumps(payload))
    _write_atomic(
        gen_dir / "clauses.json",
        json.dumps([c.model_dump(mode="json") for c in clauses], ensure_ascii=False),
    )


def _validate(
    settings: Settings,
    gen_dir: Path,
    manifest: Manifest,
    clauses: list[Clause],
    probe: list[float],
    passage_count: int,
) -> None:
    """Read the new generation back through a fresh client before anyone is pointed at it."""
    client = chroma_client(settings, gen_dir)
    collection = client.get_collection(manifest.collection, embedding_function=None)
    count = collection.count()
    if count != passage_count:
        raise IndexBuildError(f"{gen_dir}: collection holds {count} passages, expected {passage_count}")
    ids = [c.id for c in clauses]
    stored_ids = collection.get(include=["metadatas"])["metadatas"] or []
    stored = {str(m.get("clause_id")) for m in stored_ids}
    missing = [i for i in ids if i not in stored]
    if missing:
        raise IndexBuildError(f"{gen_dir}: clauses missing from the collection: {', '.join(missing[:5])}")
    hits = collection.query(query_embeddings=[probe], n_results=1, include=[])  # type: ignore[arg-type]
    if not hits["ids"] or not hits["ids"][0]:
        raise IndexBuildError(f"{gen_dir}: probe query returned nothing")
    payload = json.loads((gen_dir / "bm25.json").read_text(encoding="utf-8"))
    if payload["ids"] != ids or len(build_bm25(payload["tokens"]).get_scores(["code"])) != len(ids):
        raise IndexBuildError(f"{gen_dir}: BM25 payload does not match the clauses")


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _switch(settings: Settings, generation: str) -> None:
    """Point CURRENT at `generation` in one atomic rename, then make the rename durable."""
    _write_atomic(settings.index_dir / "CURRENT", generation + "\n")
    with contextlib.suppress(OSError):  # durability only: the switch itself has happened
        fd = os.open(settings.index_dir, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_generation(settings: Settings, generation: str, collection: str) -> None:
    if settings.CHROMA_HOST:
        with contextlib.suppress(Exception):
            chroma_client(settings, generations_dir(settings) / generation).delete_collection(collection)
    shutil.rmtree(generations_dir(settings) / generation, ignore_errors=True)


def _prune(settings: Settings) -> list[str]:
    """Keep the live generation and the newest complete ones up to KEEP_GENERATIONS; drop the rest.

    Runs under the build lock, so a directory without a manifest is a failed build, not one
    in progress, and a complete one newer than the live one is a build whose switch failed:
    neither is kept in place of the previous live generation (the one to roll back to).
    """
    live = live_generation_id(settings)
    root = generations_dir(settings)
    complete = sorted(
        (
            p.name
            for p in root.iterdir()
            if p.is_dir() and read_manifest(settings, p.name) is not None and (live is None or p.name <= live)
        ),
        reverse=True,
    )
    keep = {live} if live else set()
    for name in complete:
        if len(keep) >= KEEP_GENERATIONS:
            break
        keep.add(name)
    pruned = []
    for path in sorted(root.iterdir()):
        if path.is_dir() and path.name not in keep:
            # A generation built against a server lives partly there: its manifest says where.
            manifest = read_manifest(settings, path.name)
            collection = manifest.collection if manifest else _collection_name(settings, path.name)
            _remove_generation(settings, path.name, collection)
            pruned.append(path.name)
    return pruned
