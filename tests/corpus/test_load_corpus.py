"""bot.corpus.load_corpus: lookups, the corpus version and the manifest/file consistency checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.corpus import clear_cache, load_corpus
from ingest.errors import CorpusError


@pytest.fixture(autouse=True)
def _fresh_cache():
    clear_cache()
    yield
    clear_cache()


def test_loads_documents_and_clauses_with_lookups(tiny_corpus):
    corpus = load_corpus(tiny_corpus())
    assert list(corpus.documents) == ["alpha/members-code", "beta/employee-code"]
    assert corpus.documents["alpha/members-code"].council_name == "Alpha District Council"
    assert corpus.clause("alpha/members-code:3").heading_path[-1] == "Interests"
    assert [c.id for c in corpus.by_number("beta/employee-code", "2")] == ["beta/employee-code:2"]
    assert corpus.by_number("beta/employee-code", "9") == []
    assert corpus.clause("alpha/members-code:99") is None


def test_by_number_accepts_a_suffixed_number(tiny_corpus):
    files = {"alpha/members-code.md": "# Code\n## General\n1. A.\n## Review\n1. B.\n"}
    corpus = load_corpus(tiny_corpus(files=files))
    assert [c.text for c in corpus.by_number("alpha/members-code", "1")] == ["1. A.", "1. B."]
    assert [c.text for c in corpus.by_number("alpha/members-code", "1@review")] == ["1. B."]


def test_is_cached_per_directory(tiny_corpus):
    first = tiny_corpus("one")
    assert load_corpus(first) is load_corpus(first)
    assert load_corpus(first) is not load_corpus(tiny_corpus("two"))


def test_corpus_version_changes_with_any_document_manifest_or_rules_file(tiny_corpus):
    base = load_corpus(tiny_corpus("base")).corpus_version
    assert len(base) == 12
    assert load_corpus(tiny_corpus("same")).corpus_version == base
    edited = {"beta/employee-code.md": "# Beta\n\n1. Employees must obtain consent.\n"}
    assert load_corpus(tiny_corpus("doc", files=edited)).corpus_version != base
    manifest = {"sources.yaml": (Path(tiny_corpus("m")) / "sources.yaml").read_text() + "\n# note\n"}
    assert load_corpus(tiny_corpus("manifest", files=manifest)).corpus_version != base
    rules = {"rules/alpha-gifts.yaml": "rules: []\n"}
    assert load_corpus(tiny_corpus("rules", files=rules)).corpus_version != base


def test_a_document_file_missing_from_the_manifest_is_an_error(tiny_corpus):
    root = tiny_corpus(files={"alpha/officers-code.md": "# Officers\n1. One.\n"})
    with pytest.raises(CorpusError) as caught:
        load_corpus(root)
    assert caught.value.path == str(root / "alpha" / "officers-code.md")
    assert "not listed in" in caught.value.message


def test_a_parse_error_names_the_corpus_file(tiny_corpus):
    root = tiny_corpus(files={"beta/employee-code.md": "# Only a heading\n"})
    with pytest.raises(CorpusError, match=r"beta/employee-code\.md:1: no clauses found"):
        load_corpus(root)


def test_default_directory_is_the_settings_corpus_dir():
    from bot.settings import get_settings

    assert load_corpus() is load_corpus(get_settings().CORPUS_DIR)


def test_council_names_and_contact_lines_come_from_the_manifest(tiny_corpus):
    sources = (Path(tiny_corpus("base")) / "sources.yaml").read_text()
    sources = sources.replace(
        "    name: Alpha District Council\n",
        "    name: Alpha District Council\n    contacts:\n"
        "      monitoring_officer: {name: the Monitoring Officer, email: mo@alpha.example, phone: ''}\n",
    )
    corpus = load_corpus(tiny_corpus("contacts", files={"sources.yaml": sources}))
    assert corpus.council_names == {"alpha": "Alpha District Council", "beta": "Beta Borough Council"}
    assert corpus.contact_line("alpha") == "the Monitoring Officer (mo@alpha.example)"
    assert (
        corpus.contact_line("beta") == "your council's Monitoring Officer"
    )  # none configured: nothing borrowed
    assert corpus.contact_line("nowhere") == "your council's Monitoring Officer"


def test_real_corpus_contacts_name_the_monitoring_officer_without_details():
    corpus = load_corpus()
    assert corpus.contact_line("lichfield") == "the Monitoring Officer"
    assert corpus.contact_line("tower-hamlets") == "the Monitoring Officer"
