"""Checker parameters: their schema, and parsing `key=value` text into typed values.

Amounts are pounds (`50.01`, `£1,000`), held as `Decimal` so a boundary is exact; dates are
ISO (`2026-03-01`); flags are `true`/`false` (`yes`/`no` accepted). Anything else is a
`RuleInputError` that names the parameter and the bad value.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from pydantic import BaseModel

ParamType = Literal["money", "number", "date", "flag", "choice"]

_TRUE = {"true", "yes", "y", "1"}
_FALSE = {"false", "no", "n", "0"}
_MONEY = re.compile(r"^£?\s*(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
_NUMBER = re.compile(r"^(\d+)(\.\d+)?$")


class RuleInputError(ValueError):
    """Bad input to a checker: an unknown rule, or an unknown, missing or malformed parameter."""


@dataclass(frozen=True)
class ParamSpec:
    name: str
    type: ParamType
    help: str
    required: bool = False  # without it the outcome is always `refer`
    choices: tuple[str, ...] = ()
    # The choice this parameter belongs to ("nominal" is only for category=securities): a value
    # said in a question is never given to it for another choice.
    applies_when: tuple[str, tuple[str, ...]] | None = None


class ParamInfo(BaseModel):
    """A parameter as `conduct rules --json` lists it."""

    name: str
    type: ParamType
    required: bool
    choices: list[str] = []
    applies_when: dict[str, list[str]] = {}
    help: str


def info(spec: ParamSpec) -> ParamInfo:
    return ParamInfo(
        name=spec.name,
        type=spec.type,
        required=spec.required,
        choices=list(spec.choices),
        applies_when={spec.applies_when[0]: list(spec.applies_when[1])} if spec.applies_when else {},
        help=spec.help,
    )


def _fail(rule: str, spec: ParamSpec, raw: Any, expected: str) -> RuleInputError:
    return RuleInputError(f"{rule}: parameter {spec.name}={raw!r} is not {expected}")


def parse_value(rule: str, spec: ParamSpec, raw: Any) -> Any:
    """One parameter's value from text (or an already-typed value from Python)."""
    if spec.type == "flag":
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise _fail(rule, spec, raw, "true or false")
    if spec.type in ("money", "number"):
        expected = "an amount in pounds, e.g. 50.01" if spec.type == "money" else "a number, e.g. 1.5"
        if isinstance(raw, bool):
            raise _fail(rule, spec, raw, expected)
        if isinstance(raw, int | float | Decimal):
            text = str(raw)
        else:
            text = str(raw).strip().replace(" ", "")
            if text.startswith("-"):
                raise RuleInputError(
                    f"{rule}: parameter {spec.name}={raw!r} is negative; it must be 0 or more"
                )
            pattern = _MONEY if spec.type == "money" else _NUMBER
            if not pattern.match(text):
                raise _fail(rule, spec, raw, expected)
            text = text.lstrip("£").replace(",", "")
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise _fail(rule, spec, raw, expected) from None
        if not value.is_finite():
            raise _fail(rule, spec, raw, expected)
        if value < 0:
            raise RuleInputError(f"{rule}: parameter {spec.name}={raw!r} is negative; it must be 0 or more")
        return value
    if spec.type == "date":
        if isinstance(raw, dt.datetime):
            return raw.date()
        if isinstance(raw, dt.date):
            return raw
        text = str(raw).strip()
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", text):
            raise _fail(rule, spec, raw, "a date as YYYY-MM-DD")
        try:
            return dt.date.fromisoformat(text)
        except ValueError as exc:
            raise RuleInputError(
                f"{rule}: parameter {spec.name}={raw!r} is not a real date ({exc})"
            ) from None
    if spec.type == "choice":
        text = str(raw).strip().lower().replace("_", "-")
        for choice in spec.choices:
            if text == choice.replace("_", "-"):
                return choice
        raise _fail(rule, spec, raw, f"one of {', '.join(spec.choices)}")
    raise AssertionError(spec.type)


def parse_params(rule: str, specs: tuple[ParamSpec, ...], params: dict[str, Any]) -> dict[str, Any]:
    """Validate and type every parameter; an unknown name or a malformed value is an error.

    A parameter that is not given is not an error: the checker returns `refer` with it in
    `missing`, so a conversation can ask for it. `required` in the schema marks the facts
    without which no checker outcome is possible.

    A value of None counts as not given (a fact the checker may then ask for); an empty
    string is an error, since `value=` on the command line is almost always a slip.
    """
    by_name = {s.name: s for s in specs}
    unknown = sorted(set(params) - by_name.keys())
    if unknown:
        allowed = ", ".join(by_name) or "none"
        raise RuleInputError(f"{rule}: unknown parameter(s) {', '.join(unknown)} (allowed: {allowed})")
    out: dict[str, Any] = {}
    for name, raw in params.items():
        if raw is None:
            continue
        if isinstance(raw, str) and not raw.strip():
            raise RuleInputError(f"{rule}: parameter {name}= has no value")
        out[name] = parse_value(rule, by_name[name], raw)
    return out


def parse_assignments(items: list[str]) -> dict[str, str]:
    """`["value=50", "received=2026-03-01"]` → a dict; `key=value` with a key before the `=`."""
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise RuleInputError(f"expected key=value, got {item!r}")
        if key in out:
            raise RuleInputError(f"parameter {key} given twice")
        out[key] = value.strip()
    return out
