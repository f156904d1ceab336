"""Index generations: build, reuse, atomic switch, pruning and the `conduct ingest` command."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from ingest.index import (
    PASSAGE_WORDS,
    IndexBuildError,
    build_index,
    embedding_text,
    generations_dir,
    live_generation_id,
    open_live,
    passage_ids,
    passages,
    read_manifest,
    tokenize,
)


def test_build_makes_a_complete_generation_and_points_current_at_it(
    index_settings, clause_corpus, fake_embedder
):
    corpus = clause_corpus()
    report = build_index(corpus, index_settings, embedder=fake_embedder)

    assert report.status == "built"
    assert live_generation_id(index_settings) == report.generation
    manifest = read_manifest(index_settings, report.generation)
    assert manifest is not None
    assert manifest.corpus_version == "v1"
    assert manifest.clause_count == len(corpus.clauses)
    assert manifest.model_sha256 == fake_embedder.digest
    assert manifest.dimensions == 384
    generation = open_live(index_settings)
    assert generation.collection.count() == len(corpus.clauses)
    assert [c.id for c in generation.clauses] == [c.id for c in corpus.clauses]


def test_chroma_stores_our_embeddings_and_clause_metadata(index_settings, clause_corpus, fake_embedder):
    corpus = clause_corpus()
    build_index(corpus, index_settings, embedder=fake_embedder)
    clause = corpus.clauses[0]

    stored = open_live(index_settings).collection.get(ids=[clause.id], include=["embeddings", "metadatas"])

    expected = fake_embedder.embed_query(embedding_text(clause))
    assert list(stored["embeddings"][0]) == pytest.approx(expected, abs=1e-6)
    metadata = stored["metadatas"][0]
    assert metadata["council"] == "alpha"
    assert metadata["document"] == "alpha/members-code"
    assert metadata["number"] == "1"
    assert metadata["audience"] == "members"
    assert metadata["content_hash"] == clause.content_hash


def test_reingest_of_unchanged_corpus_does_no_embedding_work(index_settings, clause_corpus, fake_embedder):
    first = build_index(clause_corpus(), index_settings, embedder=fake_embedder)
    fake_embedder.calls = 0

    second = build_index(clause_corpus(), index_settings, embedder=fake_embedder)

    assert fake_embedder.calls == 0
    assert second.status == "unchanged"
    assert second.embedded == 0
    assert live_generation_id(index_settings) == first.generation
    assert sorted(p.name for p in generations_dir(index_settings).iterdir()) == [first.generation]


def test_new_corpus_version_reuses_embeddings_of_unchanged_clauses(
    index_settings, clause_corpus, fake_embedder
):
    build_index(clause_corpus("v1"), index_settings, embedder=fake_embedder)
    fake_embedder.calls = fake_embedder.texts = 0

    changed = clause_corpus("v2", replace={"alpha/members-code:2": "You must not bully anyone."})
    report = build_index(changed, index_settings, embedder=fake_embedder)

    assert report.status == "built"
    assert (report.embedded, report.reused) == (1, len(changed.clauses) - 1)
    assert fake_embedder.texts == 1
    stored = open_live(index_settings).collection.get(ids=["alpha/members-code:2"], include=["documents"])
    assert "bully anyone" in stored["documents"][0]


def test_forced_rebuild_of_unchanged_corpus_reuses_every_embedding(
    index_settings, clause_corpus, fake_embedder
):
    first = build_index(clause_corpus(), index_settings, embedder=fake_embedder)
    fake_embedder.texts = 0

    forced = build_index(clause_corpus(), index_settings, embedder=fake_embedder, force=True)

    assert forced.status == "built"
    assert forced.generation != first.generation
    assert (forced.embedded, fake_embedder.texts) == (0, 0)
    assert live_generation_id(index_settings) == forced.generation


def test_same_corpus_version_with_a_different_model_is_rebuilt(index_settings, clause_corpus, fake_embedder):
    from tests.conftest import FakeEmbedder

    build_index(clause_corpus(), index_settings, embedder=fake_embedder)
    other = FakeEmbedder(digest="another-model")

    report = build_index(clause_corpus(), index_settings, embedder=other)

    assert report.status == "built"
    assert other.texts == len(clause_corpus().clauses)  # vectors of another model are not reused
    assert open_live(index_settings).manifest.model_sha256 == "another-model"


def test_failed_build_leaves_previous_generation_live(
    index_settings, clause_corpus, fake_embedder, monkeypatch
):
    first = build_index(clause_corpus("v1"), index_settings, embedder=fake_embedder)

    def broken_validation(*args, **kwargs):
        raise IndexBuildError("probe query returned nothing")

    monkeypatch.setattr("ingest.index._validate", broken_validation)
    with pytest.raises(IndexBuildError):
        build_index(clause_corpus("v2"), index_settings, embedder=fake_embedder)

    assert live_generation_id(index_settings) == first.generation
    assert [p.name for p in generations_dir(index_settings).iterdir()] == [first.generation]
    assert open_live(index_settings).collection.count() == len(clause_corpus().clauses)


def test_duplicate_clause_ids_are_refused(index_settings, clause_corpus, fake_embedder):
    corpus = clause_corpus()
    corpus.clauses.append(corpus.clauses[0])

    with pytest.raises(IndexBuildError, match="duplicate clause id 'alpha/members-code:1'"):
        build_index(corpus, index_settings, embedder=fake_embedder)
    assert live_generation_id(index_settings) is None


def test_old_generations_are_pruned_to_the_last_two(index_settings, clause_corpus, fake_embedder):
    reports = [build_index(clause_corpus(f"v{i}"), index_settings, embedder=fake_embedder) for i in range(4)]

    remaining = sorted(p.name for p in generations_dir(index_settings).iterdir())
    assert remaining == sorted(r.generation for r in reports[-2:])
    assert live_generation_id(index_settings) == reports[-1].generation


def test_tokenize_stems_folds_case_and_drops_stop_words():
    assert tokenize("The Gifts and Hospitality of Authorities") == tokenize("gift hospitality authority")
    assert tokenize("declared") == tokenize("declaring") == tokenize("declare")
    assert "the" not in tokenize("the register")


def test_embedding_text_carries_label_and_headings():
    from tests.conftest import make_clause

    clause = make_clause("alpha/members-code:7", "Body text.", title="Selflessness", heading="General")

    text = embedding_text(clause)

    assert text.splitlines() == ["alpha/members-code, para 7", "General", "Selflessness", "Body text."]


# --- the `conduct ingest` command -----------------------------------------------------------------


@pytest.fixture
def cli(index_settings, fake_embedder, monkeypatch):
    """Invoke `conduct ingest` against index_settings, with the fake embedder standing in for the model."""
    import bot.settings
    from ingest import commands, embed

    fake_embedder.digest = embed.DEFAULT_SHA256  # what the real model's manifest would record
    monkeypatch.setattr(embed, "Embedder", lambda settings=None: fake_embedder)
    monkeypatch.setattr(bot.settings, "get_settings", lambda: index_settings)

    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """Test root, so `ingest` stays a subcommand."""

    commands.register(app)
    runner = CliRunner()
    return lambda *args: runner.invoke(app, ["ingest", *args])


def test_ingest_builds_then_reports_unchanged(cli, tiny_corpus, index_settings, fake_embedder):
    corpus_dir = tiny_corpus()

    first = cli("--corpus", str(corpus_dir))
    assert first.exit_code == 0, first.output
    assert "2 documents" in first.output
    assert "embedded" in first.output
    live = live_generation_id(index_settings)
    fake_embedder.calls = 0

    second = cli("--corpus", str(corpus_dir))

    assert second.exit_code == 0, second.output
    assert "unchanged" in second.output
    assert fake_embedder.calls == 0
    assert live_generation_id(index_settings) == live


def test_ingest_check_writes_nothing(cli, tiny_corpus, index_settings):
    result = cli("--check", "--corpus", str(tiny_corpus()))

    assert result.exit_code == 0, result.output
    assert "corpus OK" in result.output
    assert not index_settings.DATA_DIR.exists()


def _duplicate_council_key(corpus_dir):
    (corpus_dir / "sources.yaml").write_text(
        "councils:\n  alpha:\n    name: Alpha\n  alpha:\n    name: Again\ndocuments: []\n", encoding="utf-8"
    )
    return corpus_dir / "sources.yaml", 4


def _bad_bytes_in_a_document(corpus_dir):
    path = corpus_dir / "alpha" / "members-code.md"
    lines = path.read_bytes().splitlines(keepends=True)
    lines[4] = b"1. You must register any gift \xff\xfe worth over 50.\n"
    path.write_bytes(b"".join(lines))
    return path, 5


@pytest.mark.parametrize("break_it", [_duplicate_council_key, _bad_bytes_in_a_document])
def test_ingest_of_malformed_corpus_exits_1_naming_file_and_line_and_old_index_serves(
    cli, tiny_corpus, index_settings, break_it
):
    good = cli("--corpus", str(tiny_corpus()))
    assert good.exit_code == 0, good.output
    live = live_generation_id(index_settings)
    count = open_live(index_settings).collection.count()
    broken = tiny_corpus("broken")
    path, line = break_it(broken)

    result = cli("--corpus", str(broken))

    assert result.exit_code == 1
    assert f"{path}:{line}:" in result.output
    assert "Traceback" not in result.output
    assert live_generation_id(index_settings) == live
    assert open_live(index_settings).collection.count() == count > 0


def test_ingest_check_of_malformed_corpus_exits_1(cli, tiny_corpus, index_settings):
    broken = tiny_corpus("broken", files={"sources.yaml": "councils: [\n"})

    result = cli("--check", "--corpus", str(broken))

    assert result.exit_code == 1
    assert str(broken / "sources.yaml") + ":" in result.output
    assert not index_settings.DATA_DIR.exists()


@pytest.mark.slow
def test_real_corpus_index_holds_every_clause(built_index):
    from ingest.commands import load_corpus_fresh

    corpus = load_corpus_fresh(built_index.CORPUS_DIR)
    generation = open_live(built_index)
    manifest = json.loads((generations_dir(built_index) / generation.id / "manifest.json").read_text())

    assert manifest["corpus_version"] == corpus.corpus_version
    expected = sum(len(passages(c)) + len(corpus.questions.get(c.id, ())) for c in corpus.clauses)
    assert corpus.questions and generation.collection.count() == expected
    stored = generation.collection.get(include=["metadatas"])["metadatas"]
    assert {m["clause_id"] for m in stored} == {c.id for c in corpus.clauses}
    assert set(generation.by_id) == {c.id for c in corpus.clauses}


def test_a_long_clause_is_embedded_in_windows_that_fit_the_model_and_keep_its_headings():
    from tests.conftest import make_clause

    rows = "\n".join(f"Row {i}: " + "word " * 40 for i in range(12))
    clause = make_clause("alpha/members-code:10", rows, heading="Registration of Interests")
    windows = passages(clause)
    assert len(windows) > 1
    assert all(w.startswith(clause.label) and "Registration of Interests" in w for w in windows)
    assert all(len(w.split()) <= PASSAGE_WORDS for w in windows)
    assert "Row 11:" in windows[-1]  # nothing past the model's window is lost
    assert passage_ids(clause, len(windows))[0] == "alpha/members-code:10#1"


def test_a_short_clause_is_one_passage_under_its_own_id():
    from tests.conftest import make_clause

    clause = make_clause("alpha/members-code:7", "Short text.")
    assert passages(clause) == [embedding_text(clause)]
    assert passage_ids(clause, 1) == ["alpha/members-code:7"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "row",
    [
        "a licence to occupy land in the area for a month or longer",
        "a tenancy where the council is the landlord and the tenant is a company I have shares in",
    ],
)
def test_the_later_rows_of_the_interests_table_are_found_by_dense_search(built_index, row):
    # Embedded whole, para 10 is cut at the model's 256 word-pieces: these rows ranked 11th
    # and 21st. Embedded as passages, para 10 comes first.
    from bot.retrieve import Retriever

    retriever = Retriever(built_index)
    similarity = retriever._dense(retriever.generation, row, None, 5)
    assert next(iter(similarity)) == "lichfield/members-code:10"


@pytest.fixture
def chroma_server(tmp_path):
    """A real `chroma run` server on a free loopback port, stopped after the test."""
    import socket
    import subprocess
    import sys
    import time
    from pathlib import Path

    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    chroma = Path(sys.executable).parent / "chroma"
    process = subprocess.Popen(
        [str(chroma), "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail("chroma server did not start")
                time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.slow
def test_chroma_server_mode_keeps_a_collection_per_generation(
    chroma_server, index_settings, clause_corpus, fake_embedder
):
    import chromadb

    from bot.retrieve import Retriever

    settings = index_settings.model_copy(update={"CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": chroma_server})
    reports = [build_index(clause_corpus(f"v{i}"), settings, embedder=fake_embedder) for i in range(3)]

    server = chromadb.HttpClient(host="127.0.0.1", port=chroma_server)
    names = sorted(c.name for c in server.list_collections())
    assert names == sorted(f"conduct-{r.generation}" for r in reports[-2:])  # the oldest was pruned
    assert reports[-1].reused == len(clause_corpus().clauses)  # vectors read back from the server
    evidence = Retriever(settings, embedder=fake_embedder).search("gift", council="beta", k=10)
    assert {e.clause.council for e in evidence} == {"beta"}


def test_ingest_of_malformed_rules_file_exits_1_naming_file_and_line(cli, tiny_corpus, index_settings):
    pytest.importorskip("bot.rules.loader")
    broken = tiny_corpus("broken", files={"rules/alpha-gifts.yaml": "council: alpha\ncouncil: beta\n"})

    result = cli("--corpus", str(broken))

    assert result.exit_code == 1
    assert f"{broken / 'rules' / 'alpha-gifts.yaml'}:2:" in result.output
    assert "Traceback" not in result.output
    assert live_generation_id(index_settings) is None


def test_ingest_of_a_topics_file_naming_a_missing_checker_exits_1_naming_the_file(
    cli, tiny_corpus, index_settings
):
    topics = (
        "alpha:\n  advisers: {}\n  topics:\n    gifts:\n"
        "      councillor: {rules: [alpha.member.no_such_rule]}\n"
    )
    broken = tiny_corpus("broken-topics", files={"topics.yaml": topics})

    result = cli("--corpus", str(broken), "--check")

    assert result.exit_code == 1
    assert f"{broken / 'topics.yaml'}" in result.output and "alpha.member.no_such_rule" in result.output
    assert "Traceback" not in result.output
    assert live_generation_id(index_settings) is None
