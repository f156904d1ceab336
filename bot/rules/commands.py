"""`conduct check RULE-ID key=value ... [--json]` and `conduct rules [--json]`.

Instant: nothing here imports torch or chromadb, only the rules, the parsed corpus and typer.
Bad input (unknown rule, unknown parameter, `value=fifty`, a negative amount, 2026-02-30) and
a malformed rules file print one clear line to stderr and exit 2.
"""

from __future__ import annotations

import json
import textwrap
from typing import Annotated

import typer

from bot.types import CheckResult

EXIT_BAD_INPUT = 2


def format_result(result: CheckResult) -> str:
    """A CheckResult as readable text: outcome, deadline, actions, explanation, quoted clauses."""
    lines = [f"{result.rule}: {result.outcome.replace('_', ' ').upper()}"]
    if result.deadline:
        lines.append(f"Deadline: {result.deadline.isoformat()} ({result.deadline.strftime('%A')})")
    if result.deadline_rule:
        lines += textwrap.wrap(f"How counted: {result.deadline_rule}", 100, subsequent_indent="  ")
    if result.actions:
        lines.append("Actions:")
        for action in result.actions:
            head = f"  - {action.do.replace('_', ' ')}"
            if action.to:
                head += f" → {action.to}"
            if action.by:
                head += f" by {action.by.isoformat()}"
            if action.citation:
                head += f" [{action.citation.label}]"
            lines.append(head)
            if action.detail:
                lines += textwrap.wrap(
                    action.detail, 100, initial_indent="      ", subsequent_indent="      "
                )
    if result.missing:
        lines.append("Missing facts: " + ", ".join(result.missing))
    if result.explanation:
        lines += [""] + textwrap.wrap(result.explanation, 100)
    if result.citations:
        lines += ["", "Citations:"]
        for c in result.citations:
            lines.append(f"  {c.label} ({c.id})")
            for para in c.quote.splitlines():
                lines += textwrap.wrap(para, 96, initial_indent="    > ", subsequent_indent="    > ") or [
                    "    >"
                ]
            for f in c.footnotes:
                lines += textwrap.wrap(
                    f"[{f.marker}] {f.text}", 96, initial_indent="    > ", subsequent_indent="    > "
                )
    return "\n".join(lines)


def register(app: typer.Typer) -> None:
    """Add `check` and `rules` to the `conduct` CLI."""

    @app.command("check")
    def check_command(
        rule_id: Annotated[
            str, typer.Argument(metavar="RULE-ID", help="e.g. lichfield.member.gifts_hospitality")
        ],
        assignments: Annotated[
            list[str] | None, typer.Argument(metavar="KEY=VALUE...", help="value=50.01 received=2026-03-01")
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print the CheckResult as JSON.")] = False,
    ) -> None:
        """Run one deterministic checker: amounts in pounds, dates ISO, flags true/false."""
        from bot.rules.loader import RuleError
        from bot.rules.params import RuleInputError, parse_assignments
        from bot.rules.registry import run_check
        from ingest.errors import CorpusError

        try:
            result = run_check(rule_id, parse_assignments(assignments or []))
        except (RuleInputError, RuleError, CorpusError) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(EXIT_BAD_INPUT) from None
        typer.echo(result.model_dump_json(indent=2) if as_json else format_result(result))

    @app.command("rules")
    def rules_command(
        as_json: Annotated[bool, typer.Option("--json", help="Print every rule as JSON.")] = False,
    ) -> None:
        """List every rule with its parameters, values (wording, clause, date in force) and citations."""
        from bot.rules.loader import RuleError
        from bot.rules.registry import list_rules
        from ingest.errors import CorpusError

        try:
            rules = list_rules()
        except (RuleError, CorpusError) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(EXIT_BAD_INPUT) from None
        if as_json:
            typer.echo(json.dumps([r.model_dump(mode="json") for r in rules], indent=2, ensure_ascii=False))
            return
        for r in rules:
            typer.echo(f"{r.id}  ({r.council}) — {r.title}")
            params = ", ".join(
                p.name
                + ("*" if p.required else "")
                + (f"({'|'.join(p.choices)})" if p.choices else f":{p.type}")
                for p in r.params
            )
            typer.echo(f"  parameters: {params}")
            for v in r.values:
                number = (
                    f"£{v.amount:,.2f}"
                    if v.unit == "GBP"
                    else (v.amount if v.amount is not None else v.period)
                )
                how = v.comparison or v.counting or ""
                unit = "" if v.unit == "GBP" else f" {v.unit}"
                typer.echo(f"  {v.key}: {how} {number}{unit} (since {v.since}) [{v.clause}]")
                typer.echo(f'      "{v.wording}"')
            for c in r.conditions:
                typer.echo(f'  condition {c.name} [{c.clause}]: "{c.wording}"')
            typer.echo("  cites: " + ", ".join(c.label for c in r.citations))
            typer.echo("")
