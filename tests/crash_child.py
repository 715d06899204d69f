"""A child process that imports a file and kills itself (SIGKILL) once the import's progress
reaches a given fraction: a power cut or a killed process at a chosen moment, with no timing.

    python -m tests.crash_child SHOP FILE FRACTION

Used by tests/core/test_crash_safety.py (a few moments) and bench/crash_bench.py (many).
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path


def main() -> None:
    from core.importer import import_file

    shop, source, fraction = Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3])

    def progress(done: float, message: str) -> None:
        if done >= fraction:
            print(f"killed at {done:.3f}: {message}", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

    import_file(shop, source, progress=progress)
    print("finished before the kill", flush=True)


if __name__ == "__main__":
    main()
