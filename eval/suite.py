"""One evaluation run end to end: ask every case, score it, score the baseline, build the results."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from eval.cases import Case, CorpusIndex
from eval.gate import Thresholds, evaluate
from eval.metrics import score_case
from eval.report import results_document, side
from eval.run import AskFn, CaseRun, run_cases


def run_suite(
    cases: list[Case],
    ask: AskFn,
    corpus: CorpusIndex,
    *,
    baseline_ask: AskFn | None = None,
    thresholds: Thresholds | None = None,
    meta: dict[str, Any] | None = None,
    progress: Callable[[str, int, int, Case], None] | None = None,
) -> dict[str, Any]:
    """The results document for `cases` asked through `ask` (and the baseline, when given).

    The gate, when `thresholds` are given, is judged on the system's overall metrics only.
    """

    def tick(label: str) -> Callable[[int, int, Case], None] | None:
        return (lambda i, n, case: progress(label, i, n, case)) if progress else None

    system_runs = run_cases(cases, ask, progress=tick("system"))
    system = _scored(system_runs, corpus)
    baseline = None
    if baseline_ask is not None:
        baseline = _scored(run_cases(cases, baseline_ask, progress=tick("baseline")), corpus)
    meta = dict(meta or {})
    meta.setdefault("cases", len(cases))
    first = next((r.answer for r in system_runs if r.answer is not None), None)
    if first is not None:
        meta.setdefault("corpus_version", first.corpus_version)
        meta.setdefault("settings_hash", first.settings_hash)
    document = results_document(system, baseline, meta)
    if thresholds is not None:
        failures = evaluate(system["summary"]["overall"], thresholds)
        document["gate"] = {"passed": not failures, "failures": failures}
    return document


def _scored(runs: list[CaseRun], corpus: CorpusIndex) -> dict[str, Any]:
    return side(runs, [score_case(r, corpus.ids) for r in runs])


def cases_dir_label(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
