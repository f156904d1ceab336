"""The one path from question to answer. CLI, HTTP, Slack and the web page all call this.

`ConductService` follows the warm-up pattern: a cheap `__init__`, a `warm_up()` that loads
the embedding model and index once, and plain methods per request.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from threading import Lock
from typing import Any

from bot.settings import Settings, get_settings, settings_hash
from bot.types import Answer, CheckResult, Clause, SourceDocument


@dataclass(frozen=True)
class Asker:
    """Who asked and through which door: recorded in the audit trail, never used to answer."""

    surface: str = "cli"  # cli | api | web | slack
    workspace: str | None = None
    channel: str | None = None
    user: str | None = None


class QuestionError(ValueError):
    """The question itself is unusable (empty, too long): the caller's 4xx, never a 500."""


class ConductService:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()
        self._ready = False
        self._lock = Lock()

    @property
    def ready(self) -> bool:
        return self._ready

    def warm_up(self) -> None:
        """Load the corpus, rules, model and index once. Safe to call more than once."""
        with self._lock:
            if self._ready:
                return
            from bot.audit.store import AuditLog
            from bot.conversation_store import ConversationStore

            self._snapshot = Snapshot.load(self.settings)
            self.audit = AuditLog(self.settings)
            self.conversations = ConversationStore(self.settings)
            self._settings_hash = settings_hash(self.settings)
            self._ready = True

    def _current(self) -> Snapshot:
        """The snapshot to answer with: a newer one if `conduct ingest` switched generations.

        A request keeps the snapshot it started with, so a switch never mixes old clauses
        with a new index; the old generation is kept on disk by ingest (the last two).
        """
        from ingest.index import live_generation_id

        snapshot = self._snapshot
        live = live_generation_id(self.settings)
        if live is None or live == snapshot.generation_id:
            return snapshot
        with self._lock:
            if self._snapshot.generation_id != live:
                self._snapshot = Snapshot.load(self.settings, fresh=True)
            return self._snapshot

    # The parts of the current snapshot, for callers that want one piece.
    @property
    def corpus(self) -> Any:
        self._load_corpus()
        return self._snapshot.corpus if self._ready else self._corpus

    @property
    def router(self) -> Any:
        return self._snapshot.router

    @property
    def retriever(self) -> Any:
        return self._snapshot.retriever

    @property
    def coverage(self) -> Any:
        return self._snapshot.coverage

    def ask(
        self,
        question: str,
        *,
        council: str | None = None,
        role: str | None = None,
        conversation_id: str | None = None,
        asked_at: dt.datetime | None = None,
        asker: Asker | None = None,
    ) -> Answer:
        """Answer one question; the answer is recorded in the audit trail before it is returned."""
        from bot.answering import answer_question

        self.warm_up()
        started = time.perf_counter()
        text = (question or "").strip()
        if not text:
            raise QuestionError("the question is empty")
        if len(text) > self.settings.MAX_QUESTION_CHARS:
            raise QuestionError(f"the question is longer than {self.settings.MAX_QUESTION_CHARS} characters")
        now = dt.datetime.now(dt.UTC)
        asked_at = asked_at or now
        if asked_at.tzinfo is None:
            asked_at = asked_at.replace(tzinfo=dt.UTC)
        conversation_id = conversation_id or self.conversations.new_id()
        state = self.conversations.load(conversation_id, now)
        snapshot = self._current()
        answer, new_state = answer_question(
            snapshot, text, council=council, role=role, asked_at=asked_at, state=state
        )
        answer = answer.model_copy(
            update={
                "conversation_id": conversation_id,
                "corpus_version": snapshot.corpus.corpus_version,
                "settings_hash": self._settings_hash,
            }
        )
        # Record before replying: if the process stops now, the advice given is on file.
        answer_id = self.audit.record(
            question=text,
            answer=answer,
            asker=asker or Asker(),
            council=council,
            role=role,
            latency_ms=(time.perf_counter() - started) * 1000,
            asked_at=asked_at,
        )
        self.conversations.save(conversation_id, new_state, now)
        return answer.model_copy(update={"answer_id": answer_id})

    def check(self, rule_id: str, params: dict[str, Any]) -> CheckResult:
        from bot.rules import registry

        return registry.run_check(rule_id, params)

    def rules(self) -> list[Any]:
        from bot.rules import registry

        return registry.list_rules()

    def documents(self) -> list[SourceDocument]:
        return list(self.corpus.documents.values())

    def clauses(self, document_id: str, number: str) -> list[Clause]:
        """The clause(s) printed with this number; two where a document prints it twice."""
        return self.corpus.by_number(document_id, number)

    def clause_numbers(self, document_id: str) -> list[str]:
        """The numbers printed in a document, in order, once each ("" for unnumbered text)."""
        return list(dict.fromkeys(c.number for c in self.corpus.document_clauses(document_id)))

    def clause(self, clause_id: str) -> Clause | None:
        return self.corpus.clause(clause_id) if self.corpus.has_clause(clause_id) else None

    def feedback(self, answer_id: str, helpful: bool, asker: Asker | None = None) -> None:
        self.warm_up()
        self.audit.feedback(answer_id, helpful, asker)

    def _load_corpus(self) -> None:
        # Before warm-up, clause look-ups (the API's clause endpoint) need only the corpus.
        if not self._ready and not hasattr(self, "_corpus"):
            from bot.corpus import load_corpus

            self._corpus = load_corpus(self.settings.CORPUS_DIR)


@dataclass(frozen=True)
class Snapshot:
    """Everything one answer is computed from, loaded together and replaced together."""

    settings: Settings
    corpus: Any  # bot.corpus.Corpus
    coverage: Any  # bot.coverage.Coverage
    retriever: Any  # bot.retrieve.Retriever
    router: Any  # bot.route.Router
    phraser: Any  # bot.phrasing.Phraser | None
    generation_id: str

    @classmethod
    def load(cls, settings: Settings, *, fresh: bool = False) -> Snapshot:
        from bot.corpus import clear_cache, load_corpus
        from bot.coverage import coverage_for
        from bot.lexicon import lexicon_for
        from bot.phrasing import build_phraser
        from bot.retrieve import Retriever
        from bot.route import Router
        from bot.rules import registry
        from bot.rules.book import clear_cache as clear_rule_books
        from bot.scope import ScopeJudge

        if fresh:  # a new generation: re-read the corpus, coverage and rules it was built from
            clear_cache()
            coverage_for.cache_clear()
            lexicon_for.cache_clear()
            clear_rule_books()
        corpus = load_corpus(settings.CORPUS_DIR)
        if settings.DEFAULT_COUNCIL and settings.DEFAULT_COUNCIL not in corpus.council_names:
            raise ValueError(
                f"DEFAULT_COUNCIL={settings.DEFAULT_COUNCIL!r} is not a council in the corpus "
                f"({', '.join(corpus.council_names)})"
            )
        coverage = coverage_for(settings.CORPUS_DIR)
        rules = registry.list_rules()  # each rule with the clauses it cites; read once
        coverage.check_against(
            {c.id for c in corpus.clauses},
            {rule.id for rule in rules},
            settings.CORPUS_DIR / "topics.yaml",
        )
        retriever = Retriever(settings)
        retriever.warm_up()
        scope = ScopeJudge(retriever.embedder)
        scope.warm_up()
        router = Router(
            coverage=coverage,
            councils=corpus.council_names,
            search=retriever.search,
            run_check=registry.run_check,
            rule_params=lambda rule: registry.get_rule(rule).params,
            min_similarity=settings.MIN_SIMILARITY,
            min_question_similarity=settings.MIN_QUESTION_SIMILARITY,
            top_k=settings.RETRIEVAL_TOP_K,
            scope=scope.judge,
            expand=lexicon_for(settings.CORPUS_DIR).expand,
            rule_clauses={rule.id: frozenset(c.id for c in rule.citations) for rule in rules},
        )
        return cls(
            settings=settings,
            corpus=corpus,
            coverage=coverage,
            retriever=retriever,
            router=router,
            phraser=build_phraser(settings),
            generation_id=retriever.generation.id,
        )


_service: ConductService | None = None
_service_lock = Lock()


def get_service() -> ConductService:
    """The process-wide service; the model and index load once per process."""
    global _service
    with _service_lock:
        if _service is None:
            _service = ConductService()
        return _service
