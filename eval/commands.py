"""`conduct eval`: run the cases, print and save the results, gate on thresholds, draft cases.

Heavy imports (the service, the embedding model) happen inside the command.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from eval.cases import CASES_DIR
from eval.gate import DEFAULT_THRESHOLDS

if TYPE_CHECKING:
    from collections.abc import Callable

    from eval.cases import Case


def register(app: typer.Typer) -> None:
    """Add `conduct eval` to the CLI."""
    app.command("eval")(eval_command)


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"conduct eval: {message}", err=True)
    return typer.Exit(code)


def eval_command(
    cases: Annotated[Path, typer.Option("--cases", help="Directory of case files (*.yaml).")] = CASES_DIR,
    url: Annotated[str | None, typer.Option(help="Evaluate a running deployment (POST URL/v1/ask).")] = None,
    api_key: Annotated[
        str | None, typer.Option("--api-key", envvar="CONDUCT_API_KEY", help="X-API-Key for --url.")
    ] = None,
    report: Annotated[Path | None, typer.Option("--report", help="Write the HTML report here.")] = None,
    json_path: Annotated[Path | None, typer.Option("--json", help="Write the JSON results here.")] = None,
    compare: Annotated[
        Path | None, typer.Option("--compare", help="A previous --json file: list the cases that flipped.")
    ] = None,
    gate: Annotated[bool, typer.Option("--gate", help="Exit 1 when below eval/thresholds.yaml.")] = False,
    thresholds: Annotated[
        Path, typer.Option("--thresholds", help="Gate thresholds file.")
    ] = DEFAULT_THRESHOLDS,
    no_baseline: Annotated[bool, typer.Option("--no-baseline", help="Skip the naive baseline.")] = False,
    from_audit: Annotated[
        bool, typer.Option("--from-audit", help="Draft cases from answers marked 👎.")
    ] = False,
    since: Annotated[str | None, typer.Option(help="With --from-audit: feedback on or after DATE.")] = None,
    out: Annotated[Path, typer.Option(help="With --from-audit: where the drafts go.")] = Path("eval/drafts"),
) -> None:
    """Measure the assistant against the evaluation cases (and a naive baseline)."""
    if from_audit:
        _drafts_from_audit(since, out)
        return

    from eval.cases import CaseError, load_cases, load_corpus_index
    from eval.gate import load_thresholds
    from eval.report import compare as compare_results
    from eval.report import load_results, print_console, write_html, write_json
    from eval.suite import cases_dir_label, run_suite

    try:
        corpus = load_corpus_index()
        case_list = load_cases(cases, corpus)
        limits = load_thresholds(thresholds) if gate else None
        previous = load_results(compare) if compare else None
    except (CaseError, ValueError) as exc:
        raise _fail(str(exc)) from None

    from eval.run import http_asker, local_asker

    try:
        ask = http_asker(url, api_key=api_key) if url else local_asker()
    except Exception as exc:  # noqa: BLE001 - say what failed instead of a traceback
        raise _fail(f"could not start the local pipeline: {type(exc).__name__}: {exc}") from None
    target = url or "the local pipeline"

    baseline_ask = None
    if not no_baseline:
        from eval.baseline import NaiveBaseline

        try:
            baseline = NaiveBaseline.from_corpus()
            baseline.warm_up()
        except Exception as exc:  # noqa: BLE001
            raise _fail(
                f"could not build the baseline (try --no-baseline): {type(exc).__name__}: {exc}"
            ) from None
        baseline_ask = baseline.ask

    document = run_suite(
        case_list,
        ask,
        corpus,
        baseline_ask=baseline_ask,
        thresholds=limits,
        meta={"target": target, "cases_dir": cases_dir_label(cases)},
        progress=_progress(),
    )
    flips = compare_results(previous, document) if previous is not None else None
    if flips is not None:
        document["compare"] = {"previous": str(compare), **flips}

    print_console(document)
    if flips is not None:
        for key, label in (("pass_to_fail", "pass → fail"), ("fail_to_pass", "fail → pass")):
            ids = ", ".join(c["id"] for c in flips[key]) or "none"
            typer.echo(f"{label} since {compare}: {ids}")
    try:
        if json_path:
            write_json(document, json_path)
            typer.echo(f"results: {json_path}")
        if report:
            write_html(document, report, flips)
            typer.echo(f"report: {report}")
    except OSError as exc:
        raise _fail(f"could not write {exc.filename}: {exc.strerror}") from None
    if gate:
        failures = document["gate"]["failures"]
        if failures:
            typer.echo("gate FAILED:", err=True)
            for failure in failures:
                typer.echo(f"  {failure}", err=True)
            raise typer.Exit(1)
        typer.echo("gate passed")


def _progress() -> Callable[[str, int, int, Case], None] | None:
    """A one-line counter on a terminal; nothing when output is piped (CI logs stay short)."""
    if not sys.stderr.isatty():
        return None

    def show(label: str, number: int, total: int, case: Case) -> None:
        end = "\n" if number == total else ""
        sys.stderr.write(f"\r{label}: {number}/{total} {case.id:<14}{end}")
        sys.stderr.flush()

    return show


def _drafts_from_audit(since: str | None, out: Path) -> None:
    from eval.drafts import write_drafts

    try:
        start = dt.date.fromisoformat(since) if since else dt.date.today() - dt.timedelta(days=30)
    except ValueError:
        raise _fail(f"--since: expected a date YYYY-MM-DD, got {since!r}") from None
    try:
        from bot.audit.store import AuditLog
    except ImportError:
        raise _fail("the audit trail is not available in this installation (bot.audit.store)", 1) from None
    from bot.settings import get_settings

    flagged = AuditLog(get_settings()).thumbs_down(start)
    path = write_drafts(flagged, start, out)
    if path is None:
        typer.echo(f"no answers marked 👎 since {start}")
    else:
        typer.echo(f"{len(flagged)} draft case(s) for review: {path}")
