"""The regression gate: thresholds as configuration (`eval/thresholds.yaml`), checked per run."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DEFAULT_THRESHOLDS = Path(__file__).resolve().parent / "thresholds.yaml"


@dataclass(frozen=True)
class Thresholds:
    minimum: dict[str, float] = field(default_factory=dict)  # metric must be >= this
    maximum: dict[str, float] = field(default_factory=dict)  # metric must be <= this


def load_thresholds(path: Path = DEFAULT_THRESHOLDS, known: set[str] | None = None) -> Thresholds:
    """Read `min:`/`max:` maps of metric -> number; anything else is an error naming the file."""
    name = str(path)
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise ValueError(f"{name}: no such file") from None
    except yaml.YAMLError as exc:
        raise ValueError(f"{name}: invalid YAML: {exc}") from None
    if not isinstance(data, dict) or set(data) - {"min", "max"}:
        raise ValueError(f"{name}: expected only `min:` and `max:` mappings, got {sorted(data)}")
    result: dict[str, dict[str, float]] = {}
    for bound in ("min", "max"):
        values = data.get(bound) or {}
        if not isinstance(values, dict):
            raise ValueError(f"{name}: `{bound}:` must map metric names to numbers")
        for metric, value in values.items():
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"{name}: {bound}.{metric}: expected a number, got {value!r}")
            if known is not None and metric not in known:
                raise ValueError(f"{name}: {bound}.{metric}: unknown metric; use one of {sorted(known)}")
        result[bound] = {str(k): float(v) for k, v in values.items()}
    return Thresholds(minimum=result["min"], maximum=result["max"])


def evaluate(overall: dict[str, Any], thresholds: Thresholds) -> list[str]:
    """Every breached threshold, in words; empty when the run passes."""
    failures = []
    for metric, bound in thresholds.minimum.items():
        value = overall.get(metric)
        if value is None:
            failures.append(f"{metric}: not measured by any case (needs >= {bound:g})")
        elif value < bound:
            failures.append(f"{metric} = {value:.3f}, below the minimum {bound:g}")
    for metric, bound in thresholds.maximum.items():
        value = overall.get(metric)
        if value is None:
            failures.append(f"{metric}: not measured by any case (needs <= {bound:g})")
        elif value > bound:
            failures.append(f"{metric} = {value:g}, above the maximum {bound:g}")
    return failures
