"""The embedding model: checked by sha256 before loading, normalised 384-dim vectors."""

from __future__ import annotations

import math

import pytest
from langchain_core.embeddings import Embeddings

from ingest import embed
from ingest.embed import DEFAULT_SHA256, Embedder, EmbeddingModelError, default_model_path, verify_weights


def test_bundled_weights_match_the_default_digest():
    verify_weights(default_model_path(), DEFAULT_SHA256)


def test_weights_with_another_digest_are_refused_before_loading(tmp_path, monkeypatch):
    model_dir = tmp_path / "model"
    model_dir.mkdir()
    (model_dir / "model.safetensors").write_bytes(b"not the model we expect")
    monkeypatch.setattr(embed, "_models", {})

    with pytest.raises(EmbeddingModelError, match="does not match the expected") as err:
        Embedder(model_path=model_dir).warm_up()

    assert str(model_dir / "model.safetensors") in str(err.value)
    assert DEFAULT_SHA256 in str(err.value)
    assert embed._models == {}  # nothing was loaded


def test_expected_digest_comes_from_settings(index_settings):
    settings = index_settings.model_copy(update={"EMBEDDING_SHA256": "AB" * 32})

    assert Embedder(settings).digest == "ab" * 32


def test_missing_weights_are_a_clear_error(tmp_path):
    with pytest.raises(EmbeddingModelError, match="weights not found"):
        Embedder(model_path=tmp_path).warm_up()


def test_construction_loads_nothing(monkeypatch):
    monkeypatch.setattr(embed, "_models", {})

    embedder = Embedder()

    assert isinstance(embedder, Embeddings)
    assert embed._models == {}


@pytest.mark.slow
def test_vectors_are_normalised_with_384_dimensions():
    embedder = Embedder()

    vectors = embedder.embed_documents(["Gifts and hospitality", "Declaring an interest"])
    query = embedder.embed_query("Gifts and hospitality")

    assert [len(v) for v in vectors] == [384, 384]
    assert all(math.isclose(math.sqrt(sum(x * x for x in v)), 1.0, rel_tol=1e-4) for v in [*vectors, query])
    assert query == pytest.approx(vectors[0], abs=1e-5)


@pytest.mark.slow
def test_model_loads_once_per_process():
    first, second = Embedder(), Embedder()
    first.warm_up()
    second.warm_up()

    assert first._model is not None
    assert first._model is second._model
