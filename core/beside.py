"""Running one long native call beside the job's thread, so that a Cancel is noticed meanwhile.

Some steps are a single call that takes seconds on a large shop and cannot report progress on
its own: calamine parsing a whole sheet, pandas' parser reading a plain CSV (which it does
fastest, in parallel, when given the path), numpy inverting the recommendations' Gram matrix.
Each lets go of the interpreter while it works, so the job's thread can poll the progress
callback during the call. When the callback raises `Cancelled`, the call is abandoned: it
finishes in the background and its result is dropped, so nothing it computed is kept.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from core.progress import Progress, report

__all__ = ["POLL_SECONDS", "run_beside"]

T = TypeVar("T")

#: How often the job's thread checks for a Cancel while the call runs.
POLL_SECONDS = 0.1


def run_beside(
    work: Callable[[], T],
    progress: Progress | None,
    message: str,
    expected_seconds: float,
    span: tuple[float, float] = (0.0, 1.0),
) -> T:
    """`work()`, run in a helper thread while `progress` is called every POLL_SECONDS.

    The progress moves across `span` by the time spent against `expected_seconds` (an estimate
    from the file's size; it stops short of the end until the call returns). Without `progress`
    the call runs directly. An exception of `work` is raised here, in the caller's thread.
    """
    if progress is None:
        return work()
    results: list[T] = []
    errors: list[BaseException] = []

    def target() -> None:
        try:
            results.append(work())
        except BaseException as exc:  # handed to the caller's thread below
            errors.append(exc)

    began = time.perf_counter()
    low, high = span

    def tick() -> None:
        share = min(0.95, (time.perf_counter() - began) / max(expected_seconds, 1e-3))
        report(progress, low + (high - low) * share, message)

    tick()
    helper = threading.Thread(target=target, name="shoplens-beside", daemon=True)
    helper.start()
    helper.join(POLL_SECONDS)
    while helper.is_alive():
        tick()
        helper.join(POLL_SECONDS)
    if errors:
        raise errors[0]
    return results[0]
