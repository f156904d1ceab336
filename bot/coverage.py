"""What each council's codes cover, for whom, and who to ask: `corpus/topics.yaml`.

The answer to "is this covered?" is decided here, from data, before anything is phrased.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

RoleKey = Literal["councillor", "officer"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TopicRoute(_Strict):
    rules: list[str] = []
    # Run for a bare situation ("planning cttee tomorrow...") only when the question also names
    # one of these topics; a checker the question gives facts to runs regardless.
    situation_needs: list[str] = []

    def runs_beside(self, topics: Sequence[str]) -> bool:
        """A bare situation may run this route's checkers beside these question topics."""
        return not self.situation_needs or any(t in topics for t in self.situation_needs)


class Adviser(_Strict):
    who: str
    clause: str


class CouncilCoverage(_Strict):
    silent_on: list[str] = []
    advisers: dict[RoleKey, Adviser]
    topics: dict[str, dict[RoleKey, TopicRoute]]


class CoverageError(ValueError):
    pass


class Coverage:
    def __init__(self, councils: dict[str, CouncilCoverage]) -> None:
        self.councils = councils

    def route(self, council: str, topic: str, role: RoleKey) -> TopicRoute | None:
        """The route for this topic, or None when this council's codes are silent on it for this role."""
        entry = self.councils.get(council)
        if entry is None:
            return None
        return entry.topics.get(topic, {}).get(role)

    def silent_on(self, council: str, topic: str) -> bool:
        """True where this council's codes do not deal with the topic at all (`silent_on`).

        A topic whose checker serves one role only (Lichfield's private-work rule is for
        officers) is not thereby silent for the other: the clauses may still speak to it.
        """
        entry = self.councils.get(council)
        return entry is None or topic in entry.silent_on

    def roles_for(self, council: str, topic: str) -> list[RoleKey]:
        entry = self.councils.get(council)
        return list(entry.topics.get(topic, {})) if entry else []

    def adviser(self, council: str, role: RoleKey | None) -> Adviser | None:
        entry = self.councils.get(council)
        if entry is None:
            return None
        return entry.advisers.get(role or "councillor") or next(iter(entry.advisers.values()), None)

    def rule_ids(self) -> set[str]:
        return {
            rule
            for c in self.councils.values()
            for by_role in c.topics.values()
            for route in by_role.values()
            for rule in route.rules
        }

    def check_against(self, clause_ids: set[str], rule_ids: set[str], path: Path) -> None:
        """Refuse a topics file that names a clause the corpus lacks or a checker that doesn't exist."""
        unknown_clauses = sorted(self.clause_ids() - clause_ids)
        unknown_rules = sorted(self.rule_ids() - rule_ids)
        if unknown_clauses:
            raise CoverageError(
                f"{path}: advisers cite clauses the corpus lacks: {', '.join(unknown_clauses)}"
            )
        if unknown_rules:
            raise CoverageError(f"{path}: topics name checkers that don't exist: {', '.join(unknown_rules)}")

    def clause_ids(self) -> set[str]:
        return {a.clause for c in self.councils.values() for a in c.advisers.values()}


def load_coverage(path: Path) -> Coverage:
    """Load and validate topics.yaml; errors name the file and the offending key."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise CoverageError(f"{path}: {exc}") from exc
    councils: dict[str, CouncilCoverage] = {}
    for council, body in raw.items():
        try:
            councils[council] = CouncilCoverage.model_validate(body)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in (council, *first["loc"]))
            raise CoverageError(f"{path}: {where}: {first['msg']}") from exc
    return Coverage(councils)


@lru_cache(maxsize=4)
def coverage_for(corpus_dir: Path) -> Coverage:
    return load_coverage(corpus_dir / "topics.yaml")
