"""The ordered list of every section: `analyze`, the window, the report and campaigns loop over
it. Adding an analysis = one module in core/sections (plus its tab and translations)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from core.errors import ShopLensError
from core.sections import campaigns, customers, forecast, overview, recommend
from core.sections.base import Section

_WEIGHTS = {"clusters": 2.0, "churn": 3.0, "forecast": 12.0, "recommendations": 5.0}

#: In the order they run and appear in `analyze`'s JSON and the report.
REGISTRY: tuple[Section[Any, Any], ...] = tuple(
    dataclasses.replace(s, weight=_WEIGHTS.get(s.name, 1.0))
    for s in (
        overview.SECTION,
        *customers.SECTIONS,
        *forecast.SECTIONS,
        recommend.SECTION,
        campaigns.SECTION,
    )
)
BY_NAME: dict[str, Section[Any, Any]] = {s.name: s for s in REGISTRY}


def section_names() -> list[str]:
    return [s.name for s in REGISTRY]


def get_section(name: str) -> Section[Any, Any]:
    try:
        return BY_NAME[name]
    except KeyError:
        raise ShopLensError(
            f"There is no analysis called {name}. Choose from: {', '.join(BY_NAME)}."
        ) from None


def with_dependencies(names: Iterable[str]) -> list[str]:
    """`names` and every section they depend on, in registry order."""
    wanted: set[str] = set()
    stack = list(names)
    unknown = sorted(n for n in stack if n not in BY_NAME)
    if unknown:
        raise ShopLensError(
            f"There is no analysis called {', '.join(unknown)}. Choose from: {', '.join(BY_NAME)}."
        )
    while stack:
        name = stack.pop()
        if name not in wanted:
            wanted.add(name)
            stack.extend(BY_NAME[name].depends)
    return [s.name for s in REGISTRY if s.name in wanted]
