"""ingest.manifest: sources.yaml is loaded strictly, and every error names the file and line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ingest.errors import CorpusError
from ingest.manifest import load_manifest

GOOD = """\
councils:
  testshire:
    name: Testshire District Council
    contacts:
      monitoring_officer: {name: the Monitoring Officer, email: "", phone: ""}
documents:
  - id: testshire/members-code
    council: testshire
    title: Members Code of Conduct
    citation_title: Testshire Members' Code of Conduct
    audience: members
    path: testshire/members-code.md
    source: test
    adopted: 2018-05-15
    complete: false
    gaps: ["para 3 is missing"]
"""


def write(tmp_path: Path, manifest: str, *, with_file: bool = True) -> Path:
    if with_file:
        (tmp_path / "testshire").mkdir(exist_ok=True)
        (tmp_path / "testshire" / "members-code.md").write_text("# Code\n1. One.\n", encoding="utf-8")
    path = tmp_path / "sources.yaml"
    path.write_text(manifest, encoding="utf-8")
    return path


def error(tmp_path: Path, manifest: str, **kwargs) -> CorpusError:
    path = write(tmp_path, manifest, **kwargs)
    with pytest.raises(CorpusError) as caught:
        load_manifest(path)
    assert caught.value.path == str(path)
    return caught.value


def test_a_good_manifest_loads_documents_and_council_contacts(tmp_path: Path):
    manifest = load_manifest(write(tmp_path, GOOD))
    document = manifest.document("testshire/members-code")
    assert document.council_name == "Testshire District Council"  # derived from the councils map
    assert document.adopted == dt.date(2018, 5, 15)
    assert (document.complete, document.gaps, document.version) == (False, ["para 3 is missing"], "1")
    contact = manifest.councils["testshire"].contacts["monitoring_officer"]
    assert (contact.name, contact.email, contact.phone) == ("the Monitoring Officer", "", "")
    assert manifest.lines["testshire/members-code"] == 7


def test_unknown_key_is_an_error_naming_its_line(tmp_path: Path):
    err = error(
        tmp_path, GOOD.replace("    complete: false\n", "    complete: false\n    adoptd: 2019-01-01\n")
    )
    assert err.line == 16
    assert "unknown key 'adoptd'" in err.message


def test_unknown_key_in_a_council_is_an_error(tmp_path: Path):
    err = error(
        tmp_path, GOOD.replace("    name: Testshire District Council\n", "    name: T\n    mayor: x\n")
    )
    assert (err.line, "unknown key 'mayor'" in err.message) == (4, True)


def test_duplicate_key_is_an_error_naming_both_lines(tmp_path: Path):
    err = error(
        tmp_path, GOOD.replace("    audience: members\n", "    audience: members\n    audience: officers\n")
    )
    assert err.line == 12
    assert err.message == "duplicate key 'audience' (first at line 11)"


@pytest.mark.parametrize("bad", ["2018-13-01", "15 May 2018", "2018/05/15", "20180515"])
def test_malformed_date_is_an_error(tmp_path: Path, bad: str):
    err = error(tmp_path, GOOD.replace("2018-05-15", bad))
    assert err.line == 14
    assert "malformed date" in err.message and bad in err.message


def test_unknown_council_is_an_error_listing_known_ones(tmp_path: Path):
    err = error(tmp_path, GOOD.replace("    council: testshire\n", "    council: testshir\n"))
    assert err.line == 8
    assert "unknown council 'testshir'; known: testshire" in err.message


def test_missing_file_is_an_error_naming_the_document(tmp_path: Path):
    err = error(tmp_path, GOOD, with_file=False)
    assert err.line == 7
    assert "file not found: testshire/members-code.md" in err.message
    assert str(err).startswith(f"{tmp_path / 'sources.yaml'}:7: ")


def test_id_and_path_must_agree(tmp_path: Path):
    err = error(tmp_path, GOOD.replace("path: testshire/members-code.md", "path: testshire/officers-code.md"))
    assert "does not match id 'testshire/members-code'" in err.message
    err = error(tmp_path, GOOD.replace("  - id: testshire/members-code", "  - id: other/members-code"))
    assert "must be 'testshire/<slug>'" in err.message


def test_unsupported_extension_is_an_error(tmp_path: Path):
    err = error(tmp_path, GOOD.replace("members-code.md", "members-code.rtf"))
    assert "unsupported extension" in err.message


def test_missing_required_key_is_an_error(tmp_path: Path):
    err = error(tmp_path, GOOD.replace("    citation_title: Testshire Members' Code of Conduct\n", ""))
    assert (err.line, err.message) == (7, "document is missing required key 'citation_title'")


def test_bad_audience_is_an_error_naming_its_line(tmp_path: Path):
    err = error(tmp_path, GOOD.replace("audience: members", "audience: everyone"))
    assert err.line == 11
    assert "audience" in err.message


def test_duplicate_document_id_is_an_error(tmp_path: Path):
    entry = GOOD[GOOD.index("  - id:") :]
    err = error(tmp_path, GOOD + entry)
    assert "duplicate document id 'testshire/members-code'" in err.message


def test_invalid_yaml_is_an_error_with_a_line(tmp_path: Path):
    err = error(tmp_path, GOOD.replace("    audience: members\n", "    audience: [members\n"))
    assert err.line is not None and "invalid YAML" in err.message


def test_missing_manifest_is_an_error(tmp_path: Path):
    with pytest.raises(CorpusError, match="manifest not found"):
        load_manifest(tmp_path / "sources.yaml")


def test_corpus_error_formats_as_path_line_message():
    assert str(CorpusError("corpus/sources.yaml", 12, "bad")) == "corpus/sources.yaml:12: bad"
    assert str(CorpusError("corpus/x.md", None, "gone")) == "corpus/x.md: gone"


def test_a_councils_places_load_as_a_list(tmp_path: Path):
    with_places = GOOD.replace(
        "    name: Testshire District Council\n",
        "    name: Testshire District Council\n    places: [Testby, Little Test]\n",
    )
    assert load_manifest(write(tmp_path, with_places)).councils["testshire"].places == (
        "Testby",
        "Little Test",
    )


@pytest.mark.parametrize("bad", ["Testby", "[Testby, '']", "{a: b}"])
def test_places_that_are_not_a_list_of_names_are_an_error_naming_the_line(tmp_path: Path, bad: str):
    err = error(
        tmp_path, GOOD.replace("    name: Testshire District Council\n", f"    name: T\n    places: {bad}\n")
    )
    assert err.line == 4 and "`places`" in err.message


def test_a_councils_bodies_load_as_a_list(tmp_path: Path):
    with_bodies = GOOD.replace(
        "    name: Testshire District Council\n",
        "    name: Testshire District Council\n    bodies: [Testshire Standards Panel]\n",
    )
    council = load_manifest(write(tmp_path, with_bodies)).councils["testshire"]
    assert council.bodies == ("Testshire Standards Panel",)


def test_bodies_that_are_not_a_list_of_names_are_an_error_naming_the_line(tmp_path: Path):
    err = error(
        tmp_path, GOOD.replace("    name: Testshire District Council\n", "    name: T\n    bodies: [a, '']\n")
    )
    assert err.line == 4 and "`bodies`" in err.message
