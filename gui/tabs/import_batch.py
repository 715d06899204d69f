"""Several files at once (dropped together, or picked together): imported one after the other.

The batch drives the Import tab the way an operator would: show a file's preview, and when
every needed column is found, press Import, so each file gets the mapping its preview shows and
its own report. A file that cannot be read, lacks a needed column, or fails to import is
skipped and named with the reason; the others go on. A Cancel stops the whole batch.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, SignalInstance

from core.importer import FilePreview, ImportReport
from gui.labels import plain_words
from gui.shop import moved_to_own_shop_text, shop_name

logger = logging.getLogger(__name__)
translate = QCoreApplication.translate


@dataclass
class BatchResult:
    """How a batch ended: the reports of the files imported, and the files refused (why)."""

    total: int
    reports: list[ImportReport] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)
    skipped: list[str] = field(default_factory=list)  # not tried: the user cancelled
    shop: Path | None = None  # where the lines went
    moved_to_own_shop: bool = False  # from the demo shop into the user's own shop

    def summary(self, detailed: bool) -> str:
        """One sentence for the status bar, or (`detailed`) every refused file with its reason
        for the Import tab."""
        shop = shop_name(self.shop) if self.shop is not None else ""
        done = len(self.reports)
        if done == self.total:
            text = translate("ImportBatch", "{count} files imported into {shop}.").format(
                count=done, shop=shop
            )
        else:
            text = translate("ImportBatch", "{done} of {total} files imported into {shop}.")
            text = text.format(done=done, total=self.total, shop=shop)
        if self.moved_to_own_shop and self.shop is not None:
            text = moved_to_own_shop_text(self.shop, files=done) + " " + text
        if self.refused:
            if detailed:
                reasons = " ".join(
                    translate("ImportBatch", "{file} was not imported: {reason}").format(
                        file=name, reason=reason
                    )
                    for name, reason in self.refused
                )
                text += " " + reasons
            else:
                text += " " + translate(
                    "ImportBatch", "Not imported: {files} (the Import tab says why)."
                ).format(files=", ".join(name for name, _ in self.refused))
        if self.skipped:
            text += " " + translate(
                "ImportBatch", "Import cancelled; not imported: {files}."
            ).format(files=", ".join(self.skipped))
        return text


class ImportTarget(Protocol):
    """What a batch needs of the Import tab (which owns batches): its signals and four verbs.
    A protocol, so this module never imports the tab that imports it."""

    @property
    def preview_shown(self) -> SignalInstance: ...
    @property
    def preview_failed(self) -> SignalInstance: ...
    @property
    def imported(self) -> SignalInstance: ...
    @property
    def import_failed(self) -> SignalInstance: ...
    @property
    def import_cancelled(self) -> SignalInstance: ...

    def load_file(self, path: Path) -> None: ...
    def start_import(self) -> Any: ...
    def last_import_shop(self) -> Path | None: ...
    def last_import_moved(self) -> bool: ...
    def import_target(self) -> Path | None: ...


class ImportBatch(QObject):
    """Runs through `paths` on `tab`; `finished(BatchResult)` once all are done or cancelled."""

    finished = Signal(object)

    def __init__(self, tab: ImportTarget, paths: list[Path]) -> None:
        super().__init__(tab)  # type: ignore[arg-type]  # the tab is a QObject
        self._tab = tab
        self._queue = [Path(p) for p in paths]
        self._current: Path | None = None
        self.result = BatchResult(total=len(self._queue))

    def add(self, paths: list[Path]) -> None:
        """More files joined while the batch runs."""
        self._queue.extend(Path(p) for p in paths)
        self.result.total += len(paths)

    def start(self) -> None:
        tab = self._tab
        tab.preview_shown.connect(self._on_preview)
        tab.preview_failed.connect(self._on_refused)
        tab.imported.connect(self._on_imported)
        tab.import_failed.connect(self._on_refused)
        tab.import_cancelled.connect(self._on_cancelled)
        self._next()

    def _next(self) -> None:
        if not self._queue:
            self._finish()
            return
        self._current = self._queue.pop(0)
        logger.info("batch: %s (%d left)", self._current.name, len(self._queue))
        self._tab.load_file(self._current)

    def _later(self) -> None:
        """Go on once the tab and the window have handled the current file's signals."""
        self._current = None
        QTimer.singleShot(0, self, self._next)

    def _on_preview(self, preview: FilePreview) -> None:
        if self._current is None:
            return
        if preview.missing:
            fields = ", ".join(plain_words(m) for m in preview.missing)
            self._on_refused(
                translate("ImportBatch", "no column was found for {fields}.").format(fields=fields)
            )
            return
        if self._tab.start_import() is None:
            self._on_refused(translate("ImportBatch", "the import could not start."))

    def _on_imported(self, report: ImportReport) -> None:
        if self._current is None:
            return
        self.result.reports.append(report)
        self.result.shop = self._tab.last_import_shop()
        if self._tab.last_import_moved():
            self.result.moved_to_own_shop = True
        self._later()

    def _on_refused(self, reason: str) -> None:
        if self._current is None:
            return
        logger.info("batch: %s not imported: %s", self._current.name, reason)
        self.result.refused.append((self._current.name, reason))
        self._later()

    def _on_cancelled(self) -> None:
        if self._current is None:
            return
        self.result.skipped = [self._current.name, *(p.name for p in self._queue)]
        self._queue.clear()
        self._later()

    def _finish(self) -> None:
        tab = self._tab
        tab.preview_shown.disconnect(self._on_preview)
        tab.preview_failed.disconnect(self._on_refused)
        tab.imported.disconnect(self._on_imported)
        tab.import_failed.disconnect(self._on_refused)
        tab.import_cancelled.disconnect(self._on_cancelled)
        if self.result.shop is None:
            self.result.shop = tab.import_target()
        self.finished.emit(self.result)
        self.deleteLater()
