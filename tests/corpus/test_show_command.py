"""`conduct show DOCUMENT CLAUSE`: verbatim clause, label, heading, footnotes; clear misses."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from bot.commands import EXIT_NOT_FOUND, register
from bot.settings import REPO_ROOT

CORPUS = str(REPO_ROOT / "corpus")


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:  # a group, so `show` is a subcommand as in `conduct`
        pass

    register(app)
    return app


def run(app: typer.Typer, *args: str):
    return CliRunner().invoke(app, ["show", *args, "--corpus", CORPUS])


def test_show_prints_the_clause_verbatim_with_label_heading_and_footnotes(app):
    result = run(app, "lichfield/members-code", "12")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Lichfield Members' Code of Conduct, para 12" in out
    assert "Registration of Interests" in out
    assert "estimated value of at least £50.⁶ which you receive" in out
    assert "[6] This financial limit will be maintained" in out
    assert "[8] The Monitoring Officer must enter the receipt" in out


def test_show_prints_a_numbered_heading_clause_with_its_title(app):
    result = run(app, "lichfield/members-code", "1")
    assert "para 1 — Selflessness" in result.output
    assert "You should serve only in the public interest" in result.output


def test_a_number_printed_twice_shows_both_labelled_by_section(app):
    result = run(app, "tower-hamlets/member-officer-protocol", "10.2")
    assert result.exit_code == 0
    out = result.output
    assert "printed 2 times" in out
    assert "para 10.2 (General)" in out and "para 10.2 (Procedure for Councillors)" in out
    assert out.index("ordinary rights of access") < out.index("concern about the conduct or capability")


def test_a_suffixed_number_shows_just_that_clause(app):
    result = run(app, "tower-hamlets/member-officer-protocol", "11.1@review")
    assert result.exit_code == 0
    assert "Standards Advisory Committee" in result.output
    assert "complaint about a Councillor" not in result.output


def test_unknown_clause_exits_2_and_names_near_matches(app):
    result = run(app, "lichfield/officers-code", "2.4.9")
    assert result.exit_code == EXIT_NOT_FOUND
    assert "No clause '2.4.9' in lichfield/officers-code" in result.output
    assert "2.4.2" in result.output


def test_unknown_document_exits_2_and_names_near_matches(app):
    result = run(app, "lichfield/members", "12")
    assert result.exit_code == EXIT_NOT_FOUND
    assert "No document 'lichfield/members'" in result.output
    assert "lichfield/members-code" in result.output


def test_json_output_is_the_clause_model(app):
    result = run(app, "lichfield/officers-code", "117", "--json")
    [clause] = json.loads(result.output)
    assert clause["id"] == "lichfield/officers-code:117"
    assert clause["text"].startswith("117-(1)")


def test_a_broken_corpus_is_a_one_line_error_not_a_traceback(app, tmp_path):
    result = CliRunner().invoke(app, ["show", "x/y", "1", "--corpus", str(tmp_path)])
    assert result.exit_code == 1
    assert "manifest not found" in result.output
    assert "Traceback" not in result.output


def test_show_does_not_import_torch_or_chromadb():
    code = (
        "import sys, typer\n"
        "from bot.commands import register\n"
        "app = typer.Typer()\n"
        "app.callback()(lambda: None)\n"
        "register(app)\n"
        "from typer.testing import CliRunner\n"
        f"r = CliRunner().invoke(app, ['show', 'lichfield/members-code', '7', '--corpus', {CORPUS!r}])\n"
        "assert r.exit_code == 0, r.output\n"
        "print(sorted(m for m in ('torch', 'chromadb', 'sentence_transformers') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT, check=True
    )
    assert out.stdout.strip() == "[]"
