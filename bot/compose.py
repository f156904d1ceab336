"""Turn a routing `Plan` into the answer text and its ordered citations.

Nothing here decides an outcome or computes an amount or a date: those come from the plan
and the checker results. Every sentence written is either quoted from a clause, taken from a
checker result, or a fixed phrase, and each names the paragraph it rests on.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.route import Case, Plan
from bot.rules.dates import long_date
from bot.types import Action, CheckResult, Citation, Clause

_QUOTED_IN_FULL = 3  # the rest are one click away in `citations`
_STOP = set(
    "a an and are as at be been by can do does for from has have how i if in is it its me my of on or our "
    "should so that the their them there they this to was we what when where which who will with would you "
    "your am any not no yes".split()
)

# The explanation already names its paragraphs ("para 12", "(2.4.2)"): don't repeat them.
_CITES_PARA = re.compile(r"\bpara(?:graph)?s?\s+\d|\(\d+(?:\.\d+)+\)", re.IGNORECASE)

ContactFor = Callable[[str | None], str]  # council slug (or None) -> "the Monitoring Officer (mo@…)"


def _words(text: str) -> set[str]:
    return {w[:6] for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP and len(w) > 2}


def best_sentence(question: str, text: str) -> str:
    """The clause sentence that shares most content words with the question (ties: the first)."""
    # The DPI table's cells carry the source's paragraph marks ("<p>"): a cell's paragraphs are
    # sentences here, and the marks are not shown in the answer (the citation keeps them verbatim).
    text = re.sub(r"\s*</?p>\s*", "\n", text)
    sentences = [s.strip(" -") for s in re.split(r"(?<=[.;:!?])\s+|\n+", text) if len(s.strip(" -")) > 20]
    if not sentences:
        return text.strip()
    asked = _words(question)
    scored = max(enumerate(sentences), key=lambda p: (len(asked & _words(p[1])), -p[0]))
    return scored[1]


def _para(number: str, heading: str) -> str:
    """ "para 12", or the section's name for an unnumbered clause."""
    return f"para {number}" if number else heading.split(" › ")[-1]


def _refs(citations: list[Citation]) -> str:
    return "; ".join(f"{c.label}" for c in citations)


def _action_line(action: Action) -> str:
    who = f" {action.to}" if action.to else ""
    line = f"**{action.do.replace('_', ' ').capitalize()}**{' —' if who else ''}{who}"
    if action.by:
        line += f" by **{long_date(action.by)}**"
    if action.detail:
        line += f": {action.detail}"
    if action.citation:
        line += f" ({_para(action.citation.clause, action.citation.heading)})"
    return "- " + line


def _check_block(check: CheckResult) -> list[str]:
    lines = [check.explanation.strip()]
    if check.citations and not _CITES_PARA.search(lines[0]):
        lines[0] += f" ({_refs(check.citations)})"
    if check.actions:
        lines += ["", "**What to do**", *(_action_line(a) for a in check.actions)]
    if check.deadline and check.deadline_rule:
        lines += ["", f"Deadline: **{long_date(check.deadline)}** — {check.deadline_rule}"]
    return lines


def _case_block(question: str, case: Case, *, labelled: bool) -> list[str]:
    lines: list[str] = []
    if labelled:
        lines += [f"### {case.label}"]
    if not case.covered:
        who = case.adviser.who if case.adviser else "the Monitoring Officer"
        lines += [f"The codes I hold for this council don't deal with this. Ask {who}."]
        return lines
    for check in case.checks:
        lines += _check_block(check) + [""]
    if (extra := also_relevant(case)) is not None:
        sentence = best_sentence(question, extra.text)
        lines += [
            f"Also relevant — {extra.citation_title}, {_para(extra.number, extra.heading)}: “{sentence}”",
            "",
        ]
    if case.evidence and not case.checks:
        top = case.evidence[0].clause
        sentence = best_sentence(question, top.text)
        lines += [f"{top.citation_title}, {_para(top.number, top.heading)}: “{sentence}”"]
    return lines


def closest_clause(case: Case) -> Clause | None:
    """The clause both searches put first for a checked case, when they agree.

    A checker answers the rule it knows ("a DPI: leave the room"), but the question may turn on
    a clause it ranks low or does not apply ("may I still speak as an objector?", para 19). When
    the meaning and the words of the question both rank one clause first, it is cited early.
    """
    if not case.checks or not case.evidence:
        return None
    top = case.evidence[0]
    return top.clause if top.dense_rank == 1 and top.bm25_rank == 1 else None


def also_relevant(case: Case) -> Clause | None:
    """The `closest_clause`, when no checker's words name it: the answer quotes it too."""
    top = closest_clause(case)
    named = {c.id for check in case.checks for c in _named_in(check.explanation, check.citations)}
    named |= {a.citation.id for check in case.checks for a in check.actions if a.citation}
    return None if top is None or top.id in named else top


def _named_in(explanation: str, citations: list[Citation]) -> list[Citation]:
    """The cited clauses an explanation names ("para 16"), in the order it names them."""
    by_number = {c.clause: c for c in citations}
    # "para 16", or a dotted number in brackets as the officers' code is cited: "(2.5.2(a))".
    numbers = [a or b for a, b in re.findall(r"\bparas? (\d+(?:\.\d+)*)|\((\d+(?:\.\d+)+)", explanation)]
    return [by_number[n] for n in dict.fromkeys(numbers) if n in by_number]


def ordered_citations(plan: Plan, limit: int) -> list[Citation]:
    """Checker citations first, then retrieved clauses, case by case, without repeats.

    The `closest_clause` of a checked case comes soon after the clause the result rests on.
    """
    seen: dict[str, Citation] = {}
    for case in plan.cases:
        if not case.covered:
            continue
        extra = closest_clause(case)
        for check in case.checks:
            # The clause the result rests on, then the one its deadline comes from (asked
            # "by when?", that is the answer), then the clause closest to the question, then
            # those the explanation names, then the rest.
            dated = [a.citation for a in check.actions if a.by and a.citation]
            named = _named_in(check.explanation, check.citations)
            also = [Citation.of(extra)] if extra is not None else []
            undated = [a.citation for a in check.actions if a.citation and not a.by]
            for c in [*check.citations[:1], *dated, *also, *named, *check.citations[1:], *undated]:
                seen.setdefault(c.id, c)
    # A checker names the clauses its result rests on; retrieved clauses would only dilute them.
    per_case_evidence = [
        [e.clause for e in case.evidence] for case in plan.cases if case.covered and not case.checks
    ]
    for rank in range(max((len(e) for e in per_case_evidence), default=0)):
        for clauses in per_case_evidence:
            if rank < len(clauses) and len(seen) < limit:
                seen.setdefault(clauses[rank].id, Citation.of(clauses[rank]))
    return list(seen.values())


def compose(
    question: str,
    plan: Plan,
    *,
    contact: ContactFor,
    scope: str,
    advisers: list[tuple[str, Citation]],
    limit: int = 5,
) -> tuple[str, list[Citation]]:
    """The markdown answer and its citations (most relevant first).

    `advisers` are who the codes say to ask, each with the clause that says so; a not-covered
    answer names them next to their own citations.
    """
    closing = f"This is guidance, not a ruling: {contact(plan.council)} gives binding advice."
    if plan.outcome == "not_covered":
        refusal = [f"**{plan.reason}**", "", scope, ""]
        if advisers:
            refusal += [f"Ask {who} ({citation.label})." for who, citation in advisers]
        else:
            refusal += [
                "Ask your council's Monitoring Officer; officers can also ask their line manager or HR."
            ]
        return "\n".join(refusal + ["", closing]), [citation for _, citation in advisers]

    # Councils set side by side each get their three closest clauses: a comparison needs each
    # council's answering clause, and the second council's third is often it.
    councils = {case.council for case in plan.cases if case.covered}
    citations = ordered_citations(plan, max(limit, 3 * len(councils)) if len(councils) > 1 else limit)
    lines: list[str] = []
    if plan.clarify:
        asks = " ".join(c.question for c in plan.clarify)
        lines += [f"**To answer exactly I need to know: {asks}**", ""]
        if len(plan.cases) > 1:
            lines += ["Meanwhile, here is the answer for each case:", ""]
    # Several cases, or one case for a role the asker didn't give: say whose answer it is.
    labelled = len(plan.cases) > 1 or (plan.role is None and any(case.role for case in plan.cases))
    for case in plan.cases:
        lines += _case_block(question, case, labelled=labelled) + [""]
    quoted = citations[:_QUOTED_IN_FULL]
    if quoted:
        lines += ["**What the codes say**", ""]
        for c in quoted:
            lines += ["> " + c.quote.replace("\n", "\n> "), f"— {c.label}", ""]
        more = citations[_QUOTED_IN_FULL:]
        if more:
            lines += ["Also relevant: " + "; ".join(c.label for c in more), ""]
    lines.append(closing)
    return "\n".join(_squeeze(lines)), citations


def _squeeze(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    return out
