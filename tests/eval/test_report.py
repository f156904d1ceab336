"""Results document, console table, self-contained HTML, and flips between two runs."""

from __future__ import annotations

import io
import re

from eval.metrics import score_case
from eval.report import compare, print_console, render_html, results_document, side
from eval.run import CaseRun
from tests.eval.fakes import CLAUSES, answer, case

M12 = "lichfield/members-code:12"


def _document(pass_a: bool, pass_b: bool, *, with_baseline: bool = True) -> dict:
    a = case(
        id="a",
        council="lichfield",
        kind="retrieval",
        question="gift <b>rules</b>?",
        expect={"outcome": "answered", "clauses_any_of": [M12]},
    )
    b = case(id="b", kind="not_covered", question="weather?", expect={"outcome": "not_covered"})
    runs = [
        CaseRun(
            a,
            answer(
                cited=[M12] if pass_a else ["lichfield/members-code:7"], text="see https://evil.example/x"
            ),
            12.0,
        ),
        CaseRun(b, answer("not_covered" if pass_b else "answered"), 30.0),
    ]
    scored = side(runs, [score_case(r, frozenset(CLAUSES)) for r in runs])
    baseline = side(runs, [score_case(r, frozenset(CLAUSES)) for r in runs]) if with_baseline else None
    return results_document(scored, baseline, {"target": "test", "cases_dir": "cases", "cases": 2})


def test_compare_lists_cases_that_flipped_both_ways_and_new_and_removed():
    before = _document(pass_a=True, pass_b=False)
    after = _document(pass_a=False, pass_b=True)
    after["system"]["cases"].append({**after["system"]["cases"][0], "id": "c"})
    before["system"]["cases"].append({**before["system"]["cases"][0], "id": "gone"})
    flips = compare(before, after)
    assert [c["id"] for c in flips["pass_to_fail"]] == ["a"]
    assert [c["id"] for c in flips["fail_to_pass"]] == ["b"]
    assert [c["id"] for c in flips["new"]] == ["c"]
    assert [c["id"] for c in flips["removed"]] == ["gone"]


def test_html_report_is_self_contained_and_shows_failing_cases_with_cited_text():
    html = render_html(
        _document(pass_a=False, pass_b=True), compare(_document(True, True), _document(False, True))
    )
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.IGNORECASE)
    assert "<script" not in html.lower() and "<link" not in html.lower() and "@import" not in html
    assert html.count("<svg") == 3
    assert "gift &lt;b&gt;rules&lt;/b&gt;?" in html  # the question, escaped
    assert CLAUSES["lichfield/members-code:7"][1] in html  # the cited clause's text
    assert "Passed before, fail now" in html and "naive baseline" in html


def test_html_report_without_baseline_or_latencies_still_renders():
    document = _document(pass_a=True, pass_b=True, with_baseline=False)
    html = render_html(document)
    assert "Every case passed." in html and "naive baseline (" not in html


def test_console_table_prints_system_and_baseline_and_failing_ids():
    out = io.StringIO()
    print_console(_document(pass_a=False, pass_b=True), out, use_rich=False)
    text = out.getvalue()
    assert re.search(r"outcome accuracy\s+1\.000\s+1\.000", text)
    assert re.search(r"hit@3\s+0\.000", text)
    assert "kind retrieval" in text and "council lichfield" in text
    assert "failing (1): a" in text
