"""Is a question about conduct at all? A nearest-description judge over the embedding model.

Keyword topics miss paraphrases and catch stray words ("book a meeting room" is not about
meetings in the code's sense), and raw similarity to clauses does not separate "who won the
election" from a real question about elections. So the question is compared with two sets of
short descriptions: what the codes cover (understanding's TOPICS) and kinds of request a
council's staff also ask but the codes do not answer. The descriptions are data, written from
the codes' scope, not from any test question.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from bot.understand.topic import TOPICS

OUT_OF_SCOPE: dict[str, str] = {
    "it_support": "IT help: passwords, logins, laptops, printers not working, email accounts, software",
    "hr_policy": "HR procedures: recruitment, probation, pay, pensions, sick leave, holidays, dress code,"
    " working from home, training courses",
    "finance": "finance and procurement: budgets, council tax, purchasing, quotes, invoices, suppliers",
    "admin": "office admin: booking rooms, diaries, scheduling, stationery orders, parking permits",
    "general_knowledge": "news, election results, facts and figures, history, sport and general knowledge",
    "writing_help": "writing help: translate, draft a letter, summarise a document, tell a joke",
    "resident_services": "services for residents: bins, potholes, housing repairs, an application's status",
}
_IN_SCOPE_EXTRA = [
    "what the code of conduct says councillors must or must not do",
    "what the officers' code says staff must or must not do",
    "how councillors and council officers should work together",
]


@dataclass(frozen=True)
class ScopeVerdict:
    in_scope: bool
    nearest: str  # a TOPICS id, "code", or an OUT_OF_SCOPE id
    margin: float  # best in-scope similarity minus best out-of-scope similarity


class ScopeJudge:
    """Cheap to build; `warm_up()` embeds the descriptions once with the shared embedder."""

    def __init__(self, embedder: Any, *, margin: float = 0.08, topic_margin: float = 0.25) -> None:
        self.embedder = embedder
        self.margin = margin  # out-of-scope must beat in-scope by more than this
        self.topic_margin = topic_margin  # ...and by more than this when a keyword topic was found
        self._labels: list[str] = []
        self._inside: np.ndarray | None = None
        self._outside: np.ndarray | None = None

    def warm_up(self) -> None:
        if self._inside is not None:
            return
        inside = list(TOPICS.items()) + [("code", text) for text in _IN_SCOPE_EXTRA]
        self._labels = [label for label, _ in inside] + list(OUT_OF_SCOPE)
        self._inside = np.array(self.embedder.embed_documents([text for _, text in inside]))
        self._outside = np.array(self.embedder.embed_documents(list(OUT_OF_SCOPE.values())))

    def judge(self, question: str, *, clause_similarity: float, has_topic: bool) -> ScopeVerdict:
        """In scope unless an out-of-scope description is clearly nearer than anything we cover.

        `clause_similarity` (the best retrieved clause) counts as in-scope evidence too, so a
        question the codes answer in their own words is never turned away by a description.
        """
        self.warm_up()
        assert self._inside is not None and self._outside is not None
        q = np.array(self.embedder.embed_query(question))
        inside = self._inside @ q
        outside = self._outside @ q
        best_in = max(float(inside.max()), clause_similarity)
        best_out = float(outside.max())
        margin = best_in - best_out
        needed = self.topic_margin if has_topic else self.margin
        if -margin > needed:
            return ScopeVerdict(False, list(OUT_OF_SCOPE)[int(outside.argmax())], margin)
        return ScopeVerdict(True, self._labels[int(inside.argmax())], margin)
