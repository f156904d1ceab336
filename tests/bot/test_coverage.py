"""topics.yaml is data the answers rest on: it must name real clauses and real checkers."""

from pathlib import Path

import pytest

from bot.corpus import load_corpus
from bot.coverage import CoverageError, load_coverage
from bot.rules import registry
from bot.settings import REPO_ROOT

TOPICS = REPO_ROOT / "corpus" / "topics.yaml"


def test_the_shipped_topics_name_only_real_clauses_and_checkers():
    coverage = load_coverage(TOPICS)
    corpus = load_corpus(REPO_ROOT / "corpus")
    coverage.check_against({c.id for c in corpus.clauses}, {r.id for r in registry.list_rules()}, TOPICS)


def test_tower_hamlets_is_silent_on_gifts_and_no_checker_of_another_council_is_routed_there():
    coverage = load_coverage(TOPICS)
    assert coverage.silent_on("tower-hamlets", "gifts")
    assert all(rule.startswith("tower-hamlets.") for rule in _rules_of(coverage, "tower-hamlets"))
    assert all(rule.startswith("lichfield.") for rule in _rules_of(coverage, "lichfield"))


def _rules_of(coverage, council):
    return {
        r
        for by_role in coverage.councils[council].topics.values()
        for route in by_role.values()
        for r in route.rules
    }


def test_an_adviser_clause_the_corpus_lacks_is_refused(tmp_path: Path):
    bad = tmp_path / "topics.yaml"
    bad.write_text(
        TOPICS.read_text(encoding="utf-8").replace("lichfield/members-code:12", "lichfield/members-code:99"),
        encoding="utf-8",
    )
    with pytest.raises(CoverageError, match="members-code:99"):
        load_coverage(bad).check_against(
            {"lichfield/members-code:12"}, {r.id for r in registry.list_rules()}, bad
        )


def test_an_unknown_key_is_refused_with_the_file_and_key(tmp_path: Path):
    bad = tmp_path / "topics.yaml"
    bad.write_text("lichfield:\n  advisers: {}\n  topics: {}\n  silnet_on: [gifts]\n", encoding="utf-8")
    with pytest.raises(CoverageError, match="silnet_on"):
        load_coverage(bad)
