"""How the window shares the one Python interpreter with its workers and drawing thread.

Every Qt call the GUI thread makes into Python code (a table model's `data()` per cell while
painting, a slot, a timer) first takes the interpreter lock; a worker computing in Python
holds it meanwhile. Two settings keep the window's share of it prompt (measured with the
event-loop gap test while another process kept the second core busy):

- Switch interval 1 ms (Python's default 5 ms): a GUI thread that asks for the lock gets it
  after at most that long, and painting a table asks hundreds of times. Longest gap when the
  tabs receive their results 72–123 ms → 65–71 ms (four runs each, same hour; over eleven
  runs on a noisier machine later 65–218 ms, median 81 ms); a worker's time unchanged
  (0.87–0.91 s against 0.88–0.98 s for reading and preparing the demo shop's lines beside a
  ticking thread).
- Long-lived objects set aside from the garbage collector (`gc.freeze()`): a full collection
  walks every tracked object holding the lock, in whichever thread happened to allocate.
  With pandas, matplotlib, scikit-learn and Qt's wrappers loaded that is ~200,000 objects,
  130 ms idle and 230–300 ms on a busy machine, and the window froze that long (the gap test's
  worst gaps lined up with these passes: 287–446 ms before, the passes after it 20–27 ms).
  These objects live as long as the program, so after a collection the survivors go to the
  permanent generation, which later passes skip. Done after each job that imported modules
  (the analysis libraries load lazily, when a tab first computes), in the job's own worker:
  the one-off collection falls in the job's time, not in the user's next click. What is alive
  then (the job's result among it) is freed by reference counting alone afterwards: a cycle
  among those objects would stay, once per library load, a few times a session.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
import time

logger = logging.getLogger(__name__)

#: Seconds a thread waits for the interpreter before asking its holder to let go.
SWITCH_INTERVAL_S = 0.001

_lock = threading.Lock()
_modules_settled = 0


def share_promptly() -> None:
    """Set the switch interval for a process with a window (idempotent)."""
    if sys.getswitchinterval() != SWITCH_INTERVAL_S:
        sys.setswitchinterval(SWITCH_INTERVAL_S)


def set_aside_long_lived() -> bool:
    """Collect, then freeze the survivors, if modules were imported since the last time.

    Returns whether it did. Garbage is collected first so that nothing unreachable is frozen
    with the survivors (frozen objects are never collected)."""
    global _modules_settled
    if len(sys.modules) <= _modules_settled:
        return False
    with _lock:
        if len(sys.modules) <= _modules_settled:
            return False
        started = time.perf_counter()
        gc.collect()
        gc.freeze()
        _modules_settled = len(sys.modules)
    logger.debug(
        "set aside %d long-lived objects in %.0f ms (%d modules)",
        gc.get_freeze_count(),
        (time.perf_counter() - started) * 1000,
        _modules_settled,
    )
    return True
