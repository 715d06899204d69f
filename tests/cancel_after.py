"""A progress callback for the cancel tests of every analysis (issue 13 §1)."""

from __future__ import annotations

from core.errors import Cancelled


class CancelAfter:
    """A progress callback that lets `calls` reports through, then cancels (None: never);
    `messages` holds every message it was given, the one it cancelled on included."""

    def __init__(self, calls: int | None) -> None:
        self.calls = calls
        self.messages: list[str] = []

    def __call__(self, fraction: float, message: str) -> None:
        self.messages.append(message)
        if self.calls is not None and len(self.messages) > self.calls:
            raise Cancelled
