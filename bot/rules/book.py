"""What a checker works from: the rules as data and the corpus clauses it cites.

A `RuleBook` pairs the loaded `RuleSet` with the corpus clauses, so a checker asks for "the
value of this parameter in force on this date" and "a citation of this clause" and gets the
verbatim text with it. `default_book()` loads both once per process.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from bot.rules.loader import Condition, Parameter, RuleSet, Value, load_rules
from bot.types import Citation, Clause


@dataclass(frozen=True)
class RuleBook:
    rules: RuleSet
    clauses: Mapping[str, Clause]

    def parameter(self, key: str) -> Parameter:
        return self.rules.parameter(key)

    def value(self, key: str, on: dt.date) -> Value:
        """The value of parameter `key` in force on `on` (raises `NoValueInForce` before the first)."""
        return self.rules.parameter(key).at(on)

    def number(self, key: str, on: dt.date) -> Decimal:
        return self.value(key, on).number

    def period(self, key: str, on: dt.date) -> int:
        return int(self.value(key, on).number)

    def condition(self, key: str) -> Condition:
        return self.rules.condition(key)

    def clause(self, clause_id: str) -> Clause:
        try:
            return self.clauses[clause_id]
        except KeyError:
            raise KeyError(f"the corpus has no clause {clause_id!r}") from None

    def cite(self, clause_id: str) -> Citation:
        return Citation.of(self.clause(clause_id))


def book_from_corpus(corpus_dir: Path) -> RuleBook:
    """Load the corpus clauses and the rules under `corpus_dir/rules`, checked against each other."""
    from bot.corpus import load_corpus  # the corpus area's module; imported late to stay cheap

    clauses = {c.id: c for c in load_corpus(corpus_dir).clauses}
    rules = load_rules(corpus_dir / "rules", {cid: c.text for cid, c in clauses.items()})
    return RuleBook(rules=rules, clauses=clauses)


@lru_cache(maxsize=4)
def _cached_book(corpus_dir: str) -> RuleBook:
    return book_from_corpus(Path(corpus_dir))


def default_book() -> RuleBook:
    """The book for the configured corpus directory (settings.CORPUS_DIR), loaded once."""
    from bot.settings import get_settings

    return _cached_book(str(get_settings().CORPUS_DIR))


def clear_cache() -> None:
    """Forget loaded books: the next `default_book()` re-reads the rules (after a re-ingest)."""
    _cached_book.cache_clear()
