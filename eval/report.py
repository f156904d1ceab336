"""Turn scored runs into what the governance team reads: a results document, console, JSON, HTML.

The results document (a plain dict, written as the JSON file) is the single source for every
view: the console table, the HTML report and a later `--compare` all read it, so a report can
be rebuilt from an old JSON file. The HTML is self-contained: inline CSS and SVG charts drawn
here, no scripts, no fonts or images fetched from anywhere.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, TextIO

from eval.metrics import CaseScore, summarize
from eval.run import CaseRun

TEMPLATES = Path(__file__).resolve().parent / "templates"

# Metrics shown side by side for system and baseline, in this order, with their labels.
HEADLINE = [
    ("pass_rate", "cases passed"),
    ("outcome_accuracy", "outcome accuracy"),
    ("hit@1", "hit@1"),
    ("hit@3", "hit@3"),
    ("hit@5", "hit@5"),
    ("mrr", "MRR"),
    ("citation_precision", "citation precision"),
    ("citation_recall", "citation recall"),
    ("checker_exactness", "checker exactness"),
    ("check_deadline", "deadlines exact"),
    ("check_amount", "amounts exact"),
    ("abstention_precision", "abstention precision"),
    ("abstention_recall", "abstention recall"),
    ("must_include_rate", "must-include found"),
    ("must_not_rate", "must-not found (lower is better)"),
]
COUNTS = [
    ("invented_citations", "invented citations"),
    ("cross_council_violations", "cross-council violations"),
    ("errors", "errors"),
]
LATENCY = [("latency_p50_ms", "latency p50 (ms)"), ("latency_p95_ms", "latency p95 (ms)")]


# --- the results document ----------------------------------------------------------------------


def case_record(run: CaseRun, score: CaseScore) -> dict[str, Any]:
    """One case as recorded in the JSON: the case, what came back, and its score."""
    case, answer = run.case, run.answer
    return {
        "id": case.id,
        "kind": case.kind,
        "file": case.file,
        "question": case.question,
        "council": case.council,
        "role": case.role,
        "asked_at": case.asked_at.isoformat() if case.asked_at else None,
        "expect": case.expect.model_dump(mode="json", exclude_unset=True),
        "notes": case.notes,
        "passed": score.passed,
        "failures": score.failures,
        "got": None
        if answer is None
        else {
            "outcome": answer.outcome,
            "answer": answer.answer,
            "citations": [
                {"id": c.id, "council": c.council, "label": c.label, "quote": c.quote}
                for c in answer.citations
            ],
            "checks": [
                c.model_dump(mode="json", include={"rule", "outcome", "deadline", "facts"})
                for c in answer.checks
            ],
            "clarify": [c.question for c in answer.clarify],
        },
        "score": score.to_dict(),
    }


def side(runs: list[CaseRun], scores: list[CaseScore]) -> dict[str, Any]:
    """A scored run (system or baseline): summary plus every case."""
    return {
        "summary": summarize(scores),
        "cases": [case_record(r, s) for r, s in zip(runs, scores, strict=True)],
    }


def results_document(
    system: dict[str, Any], baseline: dict[str, Any] | None, meta: dict[str, Any]
) -> dict[str, Any]:
    return {
        "format": 1,
        "generated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "meta": meta,
        "system": system,
        "baseline": baseline,
    }


def compare(previous: dict[str, Any], current: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Cases that flipped between two results documents, and cases added or removed."""
    before = {c["id"]: c for c in previous.get("system", {}).get("cases", [])}
    after = {c["id"]: c for c in current["system"]["cases"]}
    flips: dict[str, list[dict[str, Any]]] = {
        "pass_to_fail": [],
        "fail_to_pass": [],
        "new": [],
        "removed": [],
    }
    for case_id, case in after.items():
        old = before.get(case_id)
        entry = {
            "id": case_id,
            "kind": case["kind"],
            "question": case["question"],
            "failures": case["failures"],
        }
        if old is None:
            flips["new"].append(entry)
        elif old["passed"] and not case["passed"]:
            flips["pass_to_fail"].append(entry)
        elif not old["passed"] and case["passed"]:
            flips["fail_to_pass"].append(entry)
    flips["removed"] = [
        {"id": i, "kind": c["kind"], "question": c["question"], "failures": []}
        for i, c in before.items()
        if i not in after
    ]
    return flips


def load_results(path: Path) -> dict[str, Any]:
    """Read a previous results JSON; a clear ValueError when it isn't one."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{path}: no such file") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict) or "system" not in data or "cases" not in data.get("system", {}):
        raise ValueError(f"{path}: not a `conduct eval --json` results file")
    return data


def write_json(document: dict[str, Any], path: Path) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")


# --- console -----------------------------------------------------------------------------------


def fmt(value: Any, name: str = "") -> str:
    if value is None:
        return "–"
    if name.startswith("latency"):
        return f"{value:.0f}"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _table_rows(document: dict[str, Any]) -> tuple[list[str], list[list[str]]]:
    system = document["system"]["summary"]
    baseline = document["baseline"]["summary"] if document.get("baseline") else None
    kinds = list(system["by_kind"])
    header = ["metric", "system", *kinds] + (["baseline"] if baseline else [])
    rows = []
    for name, label in [("n", "cases"), *HEADLINE, *COUNTS, *LATENCY]:
        row = [label, fmt(system["overall"].get(name), name)]
        row += [fmt(system["by_kind"][k].get(name), name) for k in kinds]
        if baseline:
            row.append(fmt(baseline["overall"].get(name), name))
        rows.append(row)
    return header, rows


GROUP_COLUMNS = [
    ("n", "cases"),
    ("pass_rate", "passed"),
    ("outcome_accuracy", "outcome"),
    ("hit@3", "hit@3"),
    ("mrr", "MRR"),
    ("checker_exactness", "checks"),
    ("abstention_recall", "abstain R"),
    ("cross_council_violations", "x-council"),
    ("latency_p95_ms", "p95 ms"),
]


def console_tables(document: dict[str, Any]) -> list[tuple[str, list[str], list[list[str]]]]:
    """Two narrow tables: system against baseline by metric, then each kind and council."""
    system = document["system"]["summary"]
    baseline = document["baseline"]["summary"] if document.get("baseline") else None
    header = ["metric", "system"] + (["baseline"] if baseline else [])
    rows = []
    for name, label in [("n", "cases"), *HEADLINE, *COUNTS, *LATENCY]:
        row = [label, fmt(system["overall"].get(name), name)]
        if baseline:
            row.append(fmt(baseline["overall"].get(name), name))
        rows.append(row)
    groups = [("kind " + k, m) for k, m in system["by_kind"].items()]
    groups += [("council " + k, m) for k, m in system["by_council"].items()]
    group_rows = [[label] + [fmt(m.get(name), name) for name, _ in GROUP_COLUMNS] for label, m in groups]
    return [
        ("conduct eval: overall", header, rows),
        ("system by kind and council", ["group"] + [label for _, label in GROUP_COLUMNS], group_rows),
    ]


def print_console(document: dict[str, Any], out: TextIO | None = None, *, use_rich: bool = True) -> None:
    """The summary tables (rich when installed, plain text otherwise), then failing case ids."""
    import sys

    tables = console_tables(document)
    failing = [c["id"] for c in document["system"]["cases"] if not c["passed"]]
    shown = ", ".join(failing[:40]) + (f", … ({len(failing) - 40} more)" if len(failing) > 40 else "")
    footer = f"failing ({len(failing)}): {shown}" if failing else "every case passed"
    try:
        if not use_rich:
            raise ImportError
        from rich.console import Console
        from rich.table import Table
    except ImportError:
        out = out or sys.stdout
        for title, header, rows in tables:
            widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
            out.write(f"{title}\n")
            for row in [header, *rows]:
                cells = zip(row, widths, strict=True)
                out.write("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(cells)))
                out.write("\n")
            out.write("\n")
        out.write(footer + "\n")
        return
    console = Console(file=out, highlight=False, width=max(120, Console(file=out).width))
    for title, header, rows in tables:
        table = Table(title=title, title_justify="left")
        for i, h in enumerate(header):
            table.add_column(h, justify="left" if i == 0 else "right", no_wrap=True)
        for row in rows:
            table.add_row(*row)
        console.print(table)
    console.print(footer)


# --- HTML ----------------------------------------------------------------------------------------

_SYSTEM_COLOUR = "#1f6f8b"
_BASELINE_COLOUR = "#c9a227"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def bar_chart(groups: list[tuple[str, list[tuple[str, float | None]]]], *, title: str) -> str:
    """Horizontal grouped bars for values in 0..1; one colour per series (system, baseline)."""
    colours = [_SYSTEM_COLOUR, _BASELINE_COLOUR]
    label_w, bar_w, bar_h, gap = 190, 360, 14, 10
    series = max((len(values) for _, values in groups), default=1)
    group_h = series * bar_h + gap
    height = 30 + len(groups) * group_h + 10
    width = label_w + bar_w + 60
    parts = [
        f'<svg role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-label="{_esc(title)}">',
        f'<text x="0" y="16" font-size="13" font-weight="bold">{_esc(title)}</text>',
    ]
    for tick in (0, 0.5, 1):
        x = label_w + tick * bar_w
        parts.append(f'<line x1="{x}" y1="24" x2="{x}" y2="{height - 8}" stroke="#ddd"/>')
    for g, (label, values) in enumerate(groups):
        y0 = 30 + g * group_h
        parts.append(
            f'<text x="{label_w - 6}" y="{y0 + series * bar_h / 2 + 4}" font-size="11" '
            f'text-anchor="end">{_esc(label)}</text>'
        )
        for s, (name, value) in enumerate(values):
            y = y0 + s * bar_h
            w = 0 if value is None else max(0.0, min(1.0, value)) * bar_w
            shown = "–" if value is None else f"{value:.2f}"
            parts.append(
                f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h - 2}" '
                f'fill="{colours[s % 2]}"><title>{_esc(name)}: {shown}</title></rect>'
            )
            parts.append(f'<text x="{label_w + w + 4:.1f}" y="{y + bar_h - 4}" font-size="10">{shown}</text>')
    parts.append("</svg>")
    return "".join(parts)


def histogram(values: list[float], *, title: str, bins: int = 12) -> str:
    """Latency histogram in milliseconds, equal-width bins from the minimum to the maximum."""
    width, height, left, bottom = 560, 220, 44, 36
    plot_w, plot_h = width - left - 10, height - bottom - 30
    parts = [
        f'<svg role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-label="{_esc(title)}">',
        f'<text x="0" y="16" font-size="13" font-weight="bold">{_esc(title)}</text>',
    ]
    if not values:
        parts.append('<text x="10" y="60" font-size="12">no latencies recorded</text></svg>')
        return "".join(parts)
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, int((v - low) / span * bins))] += 1
    top = max(counts)
    bar = plot_w / bins
    base = 30 + plot_h
    for i, count in enumerate(counts):
        h = count / top * plot_h
        lo, hi = low + span * i / bins, low + span * (i + 1) / bins
        parts.append(
            f'<rect x="{left + i * bar + 1:.1f}" y="{base - h:.1f}" width="{bar - 2:.1f}" height="{h:.1f}" '
            f'fill="{_SYSTEM_COLOUR}"><title>{lo:.0f}–{hi:.0f} ms: {count}</title></rect>'
        )
        if count:
            parts.append(
                f'<text x="{left + i * bar + bar / 2:.1f}" y="{base - h - 3:.1f}" font-size="10" '
                f'text-anchor="middle">{count}</text>'
            )
    parts.append(f'<line x1="{left}" y1="{base}" x2="{left + plot_w}" y2="{base}" stroke="#333"/>')
    for frac, anchor in ((0, "start"), (0.5, "middle"), (1, "end")):
        x = left + frac * plot_w
        parts.append(
            f'<text x="{x:.1f}" y="{base + 14}" font-size="10" text-anchor="{anchor}">'
            f"{low + span * frac:.0f}</text>"
        )
    parts.append(
        f'<text x="{left + plot_w / 2}" y="{height - 4}" font-size="11" text-anchor="middle">'
        "milliseconds per question</text></svg>"
    )
    return "".join(parts)


def render_html(document: dict[str, Any], flips: dict[str, list[dict[str, Any]]] | None = None) -> str:
    """The self-contained HTML report."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup

    system = document["system"]["summary"]
    baseline = document["baseline"]["summary"] if document.get("baseline") else None
    kinds = list(system["by_kind"])

    def pair(
        name: str, group_sys: dict[str, Any], group_base: dict[str, Any] | None
    ) -> list[tuple[str, Any]]:
        values = [("system", group_sys.get(name))]
        if baseline is not None:
            values.append(("baseline", (group_base or {}).get(name)))
        return values

    kind_chart = bar_chart(
        [
            (k, pair("pass_rate", system["by_kind"][k], (baseline or {}).get("by_kind", {}).get(k)))
            for k in kinds
        ],
        title="Cases passed, by kind",
    )
    compare_chart = bar_chart(
        [
            (label, pair(name, system["overall"], (baseline or {}).get("overall")))
            for name, label in HEADLINE[:11]
        ],
        title="System against the naive baseline" if baseline else "System",
    )
    latencies = [c["score"]["latency_ms"] for c in document["system"]["cases"] if not c["score"]["error"]]
    latency_chart = histogram(latencies, title="Latency per question (system)")
    header, rows = _table_rows(document)
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]))
    template = env.get_template("report.html.j2")
    return template.render(
        doc=document,
        header=header,
        rows=rows,
        councils=system["by_council"],
        kinds=kinds,
        kind_chart=Markup(kind_chart),
        compare_chart=Markup(compare_chart),
        latency_chart=Markup(latency_chart),
        failing=[c for c in document["system"]["cases"] if not c["passed"]],
        flips=flips,
        fmt=fmt,
        system_colour=_SYSTEM_COLOUR,
        baseline_colour=_BASELINE_COLOUR,
    )


def write_html(
    document: dict[str, Any], path: Path, flips: dict[str, list[dict[str, Any]]] | None = None
) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(document, flips), encoding="utf-8")
