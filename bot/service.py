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
            from bot.clause_topics import clauses_by_topic
            from bot.conversation_store import ConversationStore
            from bot.corpus import load_corpus
            from bot.coverage import coverage_for
            from bot.phrasing import build_phraser
            from bot.retrieve import Retriever
            from bot.route import Router
            from bot.rules import registry
            from bot.scope import ScopeJudge

            self.corpus = load_corpus(self.settings.CORPUS_DIR)
            self.coverage = coverage_for(self.settings.CORPUS_DIR)
            self.retriever = Retriever(self.settings)
            self.retriever.warm_up()
            self.scope = ScopeJudge(self.retriever.embedder)
            self.scope.warm_up()
            self.audit = AuditLog(self.settings)
            self.conversations = ConversationStore(self.settings)
            self.phraser = build_phraser(self.settings)
            self.router = Router(
                coverage=self.coverage,
                councils=self.corpus.council_names,
                search=self.retriever.search,
                run_check=registry.run_check,
                rule_params=lambda rule: registry.get_rule(rule).params,
                min_similarity=self.settings.MIN_SIMILARITY,
                top_k=self.settings.RETRIEVAL_TOP_K,
                scope=self.scope.judge,
                topic_clauses=clauses_by_topic(self.corpus.clauses),
            )
            self._settings_hash = settings_hash(self.settings)
            self._ready = True

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
        answer, new_state = answer_question(
            self, text, council=council, role=role, asked_at=asked_at, state=state
        )
        answer = answer.model_copy(
            update={
                "conversation_id": conversation_id,
                "corpus_version": self.corpus.corpus_version,
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
        self._load_corpus()
        return list(self.corpus.documents.values())

    def clauses(self, document_id: str, number: str) -> list[Clause]:
        """The clause(s) printed with this number; two where a document prints it twice."""
        self._load_corpus()
        return self.corpus.by_number(document_id, number)

    def clause_numbers(self, document_id: str) -> list[str]:
        """The numbers printed in a document, in order, once each ("" for unnumbered text)."""
        self._load_corpus()
        return list(dict.fromkeys(c.number for c in self.corpus.document_clauses(document_id)))

    def clause(self, clause_id: str) -> Clause | None:
        self._load_corpus()
        return self.corpus.clause(clause_id) if self.corpus.has_clause(clause_id) else None

    def feedback(self, answer_id: str, helpful: bool, asker: Asker | None = None) -> None:
        self.warm_up()
        self.audit.feedback(answer_id, helpful, asker)

    def _load_corpus(self) -> None:
        if not hasattr(self, "corpus"):
            from bot.corpus import load_corpus

            self.corpus = load_corpus(self.settings.CORPUS_DIR)


_service: ConductService | None = None
_service_lock = Lock()


def get_service() -> ConductService:
    """The process-wide service; the model and index load once per process."""
    global _service
    with _service_lock:
        if _service is None:
            _service = ConductService()
        return _service
