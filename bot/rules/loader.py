"""Load `corpus/rules/*.yaml`: thresholds and periods as data, each with its clause and wording.

OpenFisca style: every parameter carries the clause it comes from, the words the text uses
("at least", "exceeds", ...), its unit and its values keyed by the date each took effect; code
asks for the value in force on a date. A source that states no date of adoption keys its one
value `undated` (in force on any date) rather than inventing one.

The loader is strict. Unknown keys, duplicate keys, malformed dates, unknown units, comparisons
or counting words, and a citation to a clause the corpus doesn't have are `RuleError`s naming
the file, the line and the key path. Where the clause texts are known, each `wording` must also
appear verbatim in its clause.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

UNDATED = "undated"

UNITS = {"GBP", "days", "working_days", "months", "fraction"}
AMOUNT_UNITS = {"GBP", "fraction"}  # values given as `amount`; the others as `period`

# The comparison as the text words it → the test a value must pass to meet the threshold.
COMPARISONS: dict[str, tuple[str, Callable[[Any, Any], bool]]] = {
    "at least": ("≥", operator.ge),
    "or longer": ("≥", operator.ge),
    "exceeds": (">", operator.gt),
    "over": (">", operator.gt),
    "greater than": (">", operator.gt),
    "higher than": (">", operator.gt),
    "not exceed": ("≤", operator.le),
    "maximum": ("≤", operator.le),
}

# How a period is counted from its event, as the text words it.
COUNTING = {
    "within": "the day of the event is not counted: the deadline is the event plus the period",
    "beginning with": "the day of the event is day 1: the deadline is the event plus the period less one day",
    "ending on": "the period ends on, and includes, the date it is measured back from",
    "not stated": "the text does not say when counting starts",
}

_FILE_KEYS = {"council", "topic", "document", "description", "parameters", "conditions"}
_FILE_REQUIRED = {"council", "topic", "document", "description"}
_PARAM_KEYS = {"description", "clause", "wording", "comparison", "counting", "unit", "values"}
_PARAM_REQUIRED = {"description", "clause", "wording", "unit", "values"}
_VALUE_KEYS = {"amount", "period", "note"}
_CONDITION_KEYS = {"description", "clause", "wording"}
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class RuleError(ValueError):
    """A rules file is malformed; the message names the file, line and key path."""

    def __init__(self, file: Path | str, key_path: str, message: str, line: int | None = None) -> None:
        self.file = str(file)
        self.key_path = key_path
        self.line = line
        self.reason = message
        where = f"{self.file}:{line}" if line else self.file
        super().__init__(f"{where}: {key_path or '(top level)'}: {message}")


class NoValueInForce(LookupError):
    """A parameter has no value in force on the date asked (before its first value took effect)."""

    def __init__(self, parameter: Parameter, on: dt.date) -> None:
        self.parameter = parameter
        self.on = on
        first = parameter.values[0].since
        super().__init__(
            f"{parameter.key} has no value in force on {on.isoformat()}: "
            f"its first value took effect on {first.isoformat() if first else 'an unstated date'}"
        )


@dataclass(frozen=True)
class Value:
    since: dt.date | None  # None: `undated`, the source states no date
    amount: Decimal | None = None
    period: Decimal | None = None
    note: str = ""

    @property
    def number(self) -> Decimal:
        return self.amount if self.amount is not None else self.period  # type: ignore[return-value]


@dataclass(frozen=True)
class Parameter:
    """One threshold or period, with the clause and words it comes from."""

    key: str  # "<file stem>.<name>": "lichfield-member-gifts.notify_threshold"
    name: str
    file: str
    description: str
    clause: str
    wording: str
    unit: str
    values: tuple[Value, ...]  # oldest first
    comparison: str | None = None
    counting: str | None = None

    def at(self, on: dt.date) -> Value:
        """The value in force on `on`: the latest that took effect on or before it."""
        in_force = [v for v in self.values if v.since is None or v.since <= on]
        if not in_force:
            raise NoValueInForce(self, on)
        return in_force[-1]

    def meets(self, quantity: Decimal, on: dt.date) -> bool:
        """Whether `quantity` meets the threshold in force on `on`, compared as the text words it."""
        if self.comparison is None:
            raise TypeError(f"{self.key} has no comparison")
        return COMPARISONS[self.comparison][1](quantity, self.at(on).number)

    @property
    def symbol(self) -> str:
        return COMPARISONS[self.comparison][0] if self.comparison else ""


@dataclass(frozen=True)
class Condition:
    """A named condition quoted from a clause (2.3.2's tests, 2.5.2's acceptable kinds)."""

    key: str
    name: str
    file: str
    description: str
    clause: str
    wording: str


@dataclass(frozen=True)
class RuleFile:
    path: str
    council: str
    topic: str
    document: str
    description: str
    parameters: dict[str, Parameter] = field(default_factory=dict)
    conditions: dict[str, Condition] = field(default_factory=dict)


@dataclass(frozen=True)
class RuleSet:
    """Every rules file, addressable by `<file stem>.<name>`."""

    files: tuple[RuleFile, ...]

    def parameter(self, key: str) -> Parameter:
        stem, _, name = key.partition(".")
        for f in self.files:
            if Path(f.path).stem == stem and name in f.parameters:
                return f.parameters[name]
        raise KeyError(f"no rule parameter {key!r}")

    def condition(self, key: str) -> Condition:
        stem, _, name = key.partition(".")
        for f in self.files:
            if Path(f.path).stem == stem and name in f.conditions:
                return f.conditions[name]
        raise KeyError(f"no rule condition {key!r}")

    def conditions(self, stem: str) -> dict[str, Condition]:
        for f in self.files:
            if Path(f.path).stem == stem:
                return dict(f.conditions)
        raise KeyError(f"no rules file {stem!r}")

    def parameters(self) -> list[Parameter]:
        return [p for f in self.files for p in f.parameters.values()]


# --- YAML ------------------------------------------------------------------------------------


class StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys and leaves dates and decimals for us to check.

    Timestamps stay strings (so `2026-02-30` is our error, with our message, not PyYAML's) and
    floats become `Decimal` (so £50.01 is exactly 50.01).
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            line = key_node.start_mark.line + 1
            if key in seen:
                raise _DuplicateKey(str(key), line, seen[key])
            seen[key] = line
        return super().construct_mapping(node, deep=deep)


class _DuplicateKey(Exception):
    def __init__(self, key: str, line: int, first: int) -> None:
        self.key, self.line, self.first = key, line, first


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Decimal:
    text = str(loader.construct_scalar(node)).replace("_", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        return Decimal("NaN")  # rejected below with the key path


StrictLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)
# Drop the implicit timestamp resolver so date-like scalars arrive as plain strings.
StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _lines(node: yaml.Node, path: tuple[str, ...] = (), out: dict[tuple[str, ...], int] | None = None):
    """Map each key path to the line it starts on, for error messages."""
    out = {} if out is None else out
    out.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            sub = (*path, str(k.value))
            out[sub] = k.start_mark.line + 1
            _lines(v, sub, out)
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            _lines(v, (*path, str(i)), out)
    return out


# --- validation ------------------------------------------------------------------------------


class _File:
    """Error helper for one file: every error carries the file, key path and line."""

    def __init__(self, path: Path, lines: dict[tuple[str, ...], int]) -> None:
        self.path = path
        self.lines = lines

    def error(self, path: tuple[str, ...], message: str) -> RuleError:
        line = self.lines.get(path)
        while line is None and path:
            path = path[:-1]
            line = self.lines.get(path)
        return RuleError(self.path, ".".join(path), message, line)

    def mapping(self, value: Any, path: tuple[str, ...], allowed: set[str], required: set[str]) -> dict:
        if not isinstance(value, dict):
            raise self.error(path, f"expected a mapping, got {type(value).__name__}")
        for key in value:
            if not isinstance(key, str):
                raise self.error((*path, str(key)), f"key {key!r} is not text")
            if key not in allowed:
                raise self.error((*path, key), f"unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")
        for key in sorted(required - value.keys()):
            raise self.error(path, f"missing required key {key!r}")
        return value

    def text(self, value: Any, path: tuple[str, ...]) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.error(path, f"expected non-empty text, got {value!r}")
        return value.strip()


def _parse_since(f: _File, raw: Any, path: tuple[str, ...]) -> dt.date | None:
    if raw == UNDATED:
        return None
    if isinstance(raw, str) and _ISO_DATE.match(raw):
        try:
            return dt.date.fromisoformat(raw)
        except ValueError as exc:
            raise f.error(path, f"malformed date {raw!r}: {exc}") from None
    raise f.error(path, f"malformed date {raw!r}: expected YYYY-MM-DD or {UNDATED!r}")


def _parse_number(f: _File, raw: Any, path: tuple[str, ...]) -> Decimal:
    if isinstance(raw, bool) or not isinstance(raw, int | Decimal):
        raise f.error(path, f"expected a number, got {raw!r}")
    number = Decimal(raw)
    if not number.is_finite() or number < 0:
        raise f.error(path, f"expected a finite, non-negative number, got {raw!r}")
    return number


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("*", "")).strip()


def _check_clause(
    f: _File, clause: str, wording: str, path: tuple[str, ...], clauses: Mapping[str, str] | Collection[str]
) -> None:
    if clause not in clauses:
        raise f.error((*path, "clause"), f"cites clause {clause!r}, which the corpus does not have")
    if isinstance(clauses, Mapping):
        # Compare without emphasis asterisks and with whitespace collapsed: the corpus keeps
        # line breaks of the source, the wording here is one line.
        if _normalise(wording) not in _normalise(clauses[clause]):
            raise f.error((*path, "wording"), f"wording {wording!r} is not in the text of {clause}")


def _parse_parameter(
    f: _File, stem: str, name: str, raw: Any, clauses: Mapping[str, str] | Collection[str]
) -> Parameter:
    path = ("parameters", name)
    if not _NAME.match(name):
        raise f.error(path, f"parameter name {name!r} must be lower_snake_case")
    data = f.mapping(raw, path, _PARAM_KEYS, _PARAM_REQUIRED)
    unit = data["unit"]
    if unit not in UNITS:
        raise f.error((*path, "unit"), f"unknown unit {unit!r} (allowed: {', '.join(sorted(UNITS))})")
    comparison = data.get("comparison")
    if comparison is not None and comparison not in COMPARISONS:
        raise f.error(
            (*path, "comparison"), f"unknown comparison {comparison!r} (allowed: {', '.join(COMPARISONS)})"
        )
    counting = data.get("counting")
    if counting is not None and counting not in COUNTING:
        raise f.error((*path, "counting"), f"unknown counting {counting!r} (allowed: {', '.join(COUNTING)})")
    if comparison is None and counting is None:
        raise f.error(path, "needs a comparison (for a threshold) or a counting (for a period)")
    if unit in ("days", "working_days") and counting is None:
        raise f.error(path, f"a period in {unit} needs a counting ({', '.join(COUNTING)})")
    clause = f.text(data["clause"], (*path, "clause"))
    wording = f.text(data["wording"], (*path, "wording"))
    _check_clause(f, clause, wording, path, clauses)

    raw_values = data["values"]
    if not isinstance(raw_values, dict) or not raw_values:
        raise f.error((*path, "values"), "expected a mapping of dates to values")
    values: list[Value] = []
    value_key = "amount" if unit in AMOUNT_UNITS else "period"
    for since_raw, value_raw in raw_values.items():
        vpath = (*path, "values", str(since_raw))
        since = _parse_since(f, since_raw, vpath)
        vdata = f.mapping(value_raw, vpath, _VALUE_KEYS, set())
        if set(vdata) & {"amount", "period"} != {value_key}:
            raise f.error(vpath, f"a value in {unit} has exactly one {value_key!r} (and optionally 'note')")
        number = _parse_number(f, vdata[value_key], (*vpath, value_key))
        note = f.text(vdata["note"], (*vpath, "note")) if "note" in vdata else ""
        values.append(Value(since=since, note=note, **{value_key: number}))
    if any(v.since is None for v in values) and len(values) > 1:
        raise f.error((*path, "values"), f"{UNDATED!r} must be the only value")
    values.sort(key=lambda v: v.since or dt.date.min)
    return Parameter(
        key=f"{stem}.{name}",
        name=name,
        file=str(f.path),
        description=f.text(data["description"], (*path, "description")),
        clause=clause,
        wording=wording,
        unit=unit,
        values=tuple(values),
        comparison=comparison,
        counting=counting,
    )


def load_rules_file(path: Path, clauses: Mapping[str, str] | Collection[str]) -> RuleFile:
    """Parse and validate one rules file; `clauses` are the corpus's clause ids (or id → text)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(path, "", f"cannot read: {exc}") from None
    loader = StrictLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise RuleError(path, "", "empty file")
        data = loader.construct_document(node)
    except _DuplicateKey as dup:
        raise RuleError(
            path, dup.key, f"duplicate key {dup.key!r} (first on line {dup.first})", dup.line
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RuleError(path, "", f"not valid YAML: {exc}", mark.line + 1 if mark else None) from None
    finally:
        loader.dispose()

    f = _File(path, _lines(node))
    data = f.mapping(data, (), _FILE_KEYS, _FILE_REQUIRED)
    for key in ("council", "topic"):
        if not isinstance(data[key], str) or not _SLUG.match(data[key]):
            raise f.error((key,), f"expected a lowercase slug, got {data[key]!r}")
    document = f.text(data["document"], ("document",))
    if not document.startswith(f"{data['council']}/"):
        raise f.error(("document",), f"document {document!r} is not one of council {data['council']!r}")
    stem = path.stem
    if stem != f"{data['council']}-{data['topic']}":
        raise f.error(("topic",), f"file name {path.name!r} must be '<council>-<topic>.yaml'")

    parameters: dict[str, Parameter] = {}
    raw_params = data.get("parameters") or {}
    if not isinstance(raw_params, dict):
        raise f.error(("parameters",), "expected a mapping of parameter names")
    for name, raw in raw_params.items():
        parameters[name] = _parse_parameter(f, stem, str(name), raw, clauses)

    conditions: dict[str, Condition] = {}
    raw_conditions = data.get("conditions") or {}
    if not isinstance(raw_conditions, dict):
        raise f.error(("conditions",), "expected a mapping of condition names")
    for name, raw in raw_conditions.items():
        cpath = ("conditions", str(name))
        if not _NAME.match(str(name)):
            raise f.error(cpath, f"condition name {name!r} must be lower_snake_case")
        cdata = f.mapping(raw, cpath, _CONDITION_KEYS, _CONDITION_KEYS)
        clause = f.text(cdata["clause"], (*cpath, "clause"))
        wording = f.text(cdata["wording"], (*cpath, "wording"))
        _check_clause(f, clause, wording, cpath, clauses)
        conditions[name] = Condition(
            key=f"{stem}.{name}",
            name=name,
            file=str(path),
            description=f.text(cdata["description"], (*cpath, "description")),
            clause=clause,
            wording=wording,
        )
    if not parameters and not conditions:
        raise f.error((), "has neither parameters nor conditions")
    return RuleFile(
        path=str(path),
        council=data["council"],
        topic=data["topic"],
        document=document,
        description=f.text(data["description"], ("description",)),
        parameters=parameters,
        conditions=conditions,
    )


def load_rules(rules_dir: Path, clauses: Mapping[str, str] | Collection[str] | None = None) -> RuleSet:
    """Load every `*.yaml` under `rules_dir`.

    `clauses` are the clause ids the corpus has (a mapping id → text also checks each wording
    verbatim). By default they come from `bot.corpus.load_corpus` on the corpus directory that
    holds `rules_dir`.
    """
    if clauses is None:
        clauses = corpus_clause_texts(rules_dir.parent)
    paths = sorted(rules_dir.glob("*.yaml"))
    if not paths:
        raise RuleError(rules_dir, "", "no rules files (*.yaml) found")
    return RuleSet(files=tuple(load_rules_file(p, clauses) for p in paths))


def corpus_clause_texts(corpus_dir: Path) -> dict[str, str]:
    """Clause id → text for every clause in the corpus, from `bot.corpus.load_corpus`."""
    from bot.corpus import load_corpus  # the corpus module is another area's; imported late

    return {c.id: c.text for c in load_corpus(corpus_dir).clauses}


def iter_citations(rules: RuleSet) -> Iterable[str]:
    """Every clause id the rules cite, once each, in file order."""
    seen: dict[str, None] = {}
    for f in rules.files:
        items: list[Parameter | Condition] = [*f.parameters.values(), *f.conditions.values()]
        for item in items:
            seen.setdefault(item.clause)
    return list(seen)
