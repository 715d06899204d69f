"""Run sections on a shop: reuse what the shop file keeps while it is current, compute the rest
once (dependencies first, the lines loaded once), keep every new result, and hand back typed
outcomes. The window's results service, `main.py analyze`, the report and campaigns call this.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import time
from collections.abc import Collection, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from core import __version__
from core.errors import Cancelled, ShopLensError
from core.progress import Progress, report, scaled
from core.results_store import StoredSection, save_section, section_blobs, stored_sections
from core.sections import codec
from core.sections.base import ChartData, Section, SectionContext, SectionOutcome, Status
from core.sections.jsonable import clean
from core.sections.registry import BY_NAME, REGISTRY, with_dependencies
from core.store import data_version, shop_connection

log = logging.getLogger(__name__)

__all__ = ["SectionOutcome", "analyze_shop", "compute_sections", "params_key", "run_sections"]

def params_key(params: Any, inputs: str = "") -> str:
    """Parameters (and the section's other inputs) as canonical text: a stored result is
    current only for equal text."""
    tree, _blobs = codec.encode(params)
    text = json.dumps(tree, sort_keys=True, ensure_ascii=False)
    return f"{text}|{inputs}" if inputs else text


def _is_current(
    stored: StoredSection | None, params: str, as_of: date | None, version: int
) -> bool:
    return (
        stored is not None
        and stored.status != "error"
        and stored.data_version == version
        and stored.as_of == as_of
        and stored.app_version == __version__
        and stored.params_json == params
    )


def _inputs(conn: Any, section: Section[Any, Any]) -> str:
    return section.inputs(conn) if section.inputs is not None else ""


def _from_store(conn: Any, stored: StoredSection) -> SectionOutcome:
    started = time.perf_counter()
    result = None
    if stored.status == "ok":
        result = codec.decode(json.loads(stored.result_json), section_blobs(conn, stored.name))
    charts = codec.decode(json.loads(stored.charts_json), {})
    return SectionOutcome(
        name=stored.name,
        status=stored.status,  # type: ignore[arg-type]
        result=result,
        reason=stored.reason,
        summary=stored.summary,
        charts=list(charts),
        as_of=stored.as_of,
        data_version=stored.data_version,
        computed_at=stored.computed_at,
        lines=stored.lines,
        from_store=True,
        tables=stored.tables,
        seconds=time.perf_counter() - started,
    )


def _compute_one(
    section: Section[Any, Any],
    ctx: SectionContext,
    params: Any,
    version: int,
    progress: Progress | None,
) -> SectionOutcome:
    status: Status = "ok"
    result: Any = None
    reason: str | None = None
    summary: dict[str, Any]
    charts: list[ChartData] = []
    started = time.perf_counter()
    try:
        result = section.compute(ctx, params, progress)
        summary = clean(section.summary(result))
        charts = section.charts(result)
    except Cancelled:
        raise
    except ShopLensError as exc:
        status, reason = "skipped", str(exc)
    except Exception as exc:  # one failing analysis must not take the others down
        log.exception("analysis %s failed", section.name)
        status, reason = "error", f"This analysis failed unexpectedly: {exc}"
    if status != "ok":
        result, charts = None, []
        summary = {"status": status, "reason": reason}
        ctx.skipped[section.name] = reason or ""
    else:
        ctx.results[section.name] = result
    return SectionOutcome(
        name=section.name,
        status=status,
        result=result,
        reason=reason,
        summary=summary,
        charts=charts,
        as_of=ctx.as_of,
        data_version=version,
        computed_at=datetime.now().replace(microsecond=0),
        lines=len(ctx.lines),
        from_store=False,
        seconds=time.perf_counter() - started,
    )


def _save(
    db_path: Path, section: Section[Any, Any], key: str, outcome: SectionOutcome
) -> SectionOutcome:
    """Keep a computed outcome in the shop file (errors are not kept: they are tried again)."""
    if outcome.status == "error":
        return outcome
    tree, blobs = codec.encode(outcome.result)
    charts_tree, _ = codec.encode(outcome.charts)
    tables = section.tables(outcome.result) if outcome.ok else {}
    names = [f"result_{name}" for name in tables]
    record = StoredSection(
        name=outcome.name,
        params_json=key,
        as_of=outcome.as_of,
        data_version=outcome.data_version,
        app_version=__version__,
        computed_at=outcome.computed_at,
        lines=outcome.lines,
        status=outcome.status,
        reason=outcome.reason,
        summary=outcome.summary,
        charts_json=json.dumps(charts_tree, ensure_ascii=False),
        result_json=json.dumps(tree, ensure_ascii=False),
        tables=names,
    )
    with shop_connection(db_path) as conn:
        save_section(conn, record, blobs, tables)
    return dataclasses.replace(outcome, tables=names)


def run_sections(
    db_path: Path,
    names: Collection[str] | None = None,
    as_of: date | None = None,
    params: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
    reuse: bool = True,
) -> dict[str, SectionOutcome]:
    """Outcomes of `names` (every section when None) and of the sections they depend on.

    A section whose stored result is current (same data version, parameters, as-of date and app
    version) is read back instead of computed, unless `reuse` is False.
    """
    chosen = with_dependencies(names if names is not None else [s.name for s in REGISTRY])
    given = dict(params or {})
    wanted_params = {n: given.get(n, BY_NAME[n].params) for n in chosen}
    with shop_connection(db_path) as conn:
        version = data_version(conn)
        stored = stored_sections(conn) if reuse else {}
        keys = {n: params_key(wanted_params[n], _inputs(conn, BY_NAME[n])) for n in chosen}
        outcomes: dict[str, SectionOutcome] = {}
        for name in chosen:  # dependencies come first: a section computed again makes the
            # sections built on it out of date too
            record = stored.get(name)
            section = BY_NAME[name]
            if (
                record is not None
                and _is_current(record, keys[name], as_of, version)
                and all(dep in outcomes for dep in section.depends)
            ):
                outcomes[name] = _from_store(conn, record)
    to_compute = [n for n in chosen if n not in outcomes]
    if not to_compute:
        report(progress, 1.0, "Analyses read back from the shop file")
        return outcomes
    columns = sorted({c for n in to_compute for c in BY_NAME[n].columns})
    ctx = SectionContext.load(Path(db_path), as_of, columns, progress)
    for name, outcome in outcomes.items():  # stored dependencies of what is computed now
        if outcome.ok:
            ctx.results[name] = outcome.result
        else:
            ctx.skipped[name] = outcome.reason or ""
    total = sum(BY_NAME[n].weight for n in to_compute)
    done = 0.0
    for name in to_compute:
        section = BY_NAME[name]
        step = scaled(
            progress, 0.05 + 0.95 * done / total, 0.05 + 0.95 * (done + section.weight) / total
        )
        report(step, 0.0, section.title)
        outcome = _compute_one(section, ctx, wanted_params[name], version, step)
        outcomes[name] = _save(Path(db_path), section, keys[name], outcome)
        done += section.weight
    report(progress, 1.0, "Analyses done")
    return {n: outcomes[n] for n in chosen}


def compute_sections(
    ctx: SectionContext,
    names: Collection[str] | None = None,
    params: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
) -> dict[str, SectionOutcome]:
    """Compute sections on lines given directly (tests, the bench); the results are kept in
    `ctx.db_path` when the context names a shop file."""
    chosen = with_dependencies(names if names is not None else [s.name for s in REGISTRY])
    given = dict(params or {})
    outcomes: dict[str, SectionOutcome] = {}
    total = sum(BY_NAME[n].weight for n in chosen)
    done = 0.0
    for name in chosen:
        section = BY_NAME[name]
        step = scaled(progress, done / total, (done + section.weight) / total)
        wanted = given.get(name, section.params)
        outcome = _compute_one(section, ctx, wanted, 0, step)
        if ctx.db_path is not None:
            with shop_connection(ctx.db_path) as conn:
                key = params_key(wanted, _inputs(conn, section))
            outcome = _save(ctx.db_path, section, key, outcome)
        outcomes[name] = outcome
        done += section.weight
    return outcomes


def analyze_shop(
    db_path: Path,
    as_of: date | None = None,
    progress: Progress | None = None,
    only: Collection[str] | None = None,
    reuse: bool = True,
    params: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Every registered analysis (or those named in `only`) as one JSON-ready document."""
    outcomes = run_sections(db_path, only, as_of, params, progress, reuse)
    names = [n for n in outcomes if only is None or n in only]
    lines = max((o.lines for o in outcomes.values()), default=0)
    out: dict[str, Any] = {
        "shoplens_version": __version__,
        "shop": Path(db_path).name,
        "as_of": as_of.isoformat() if as_of else None,
        "lines": lines,
    }
    for name in names:
        outcome = outcomes[name]
        summary = dict(outcome.summary)
        if outcome.ok and outcome.tables:
            summary["saved_tables"] = outcome.tables
        summary["computed_at"] = outcome.computed_at.isoformat()
        out[name] = summary
    return out
