"""Which topics each clause is about, by the same detector that reads questions.

Used to prefer, among retrieved candidates, clauses on the question's topic. Derived from the
clause text at start-up, so a new council's codes are tagged without anyone writing tags.
"""

from __future__ import annotations

from collections import defaultdict

from bot.types import Clause
from bot.understand.topic import find_topics

# Every clause sits under some "Code of Conduct" heading: this tag would prefer everything.
_TOO_BROAD = {"conduct_general"}


def clauses_by_topic(clauses: list[Clause]) -> dict[str, frozenset[str]]:
    """Topic id -> the ids of the clauses whose title, headings or text are on that topic."""
    by_topic: dict[str, set[str]] = defaultdict(set)
    for clause in clauses:
        text = " ".join([clause.title, *clause.heading_path, clause.text]).lower()
        topics, _off_topic = find_topics(text)
        for topic in topics:
            if topic not in _TOO_BROAD:
                by_topic[topic].add(clause.id)
    return {topic: frozenset(ids) for topic, ids in by_topic.items()}
