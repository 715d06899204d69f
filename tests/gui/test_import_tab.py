"""Importing through the window, like a user: preview, mapping, Import, report, Overview.

Figures asserted come from the data sets' READMEs (Superstore 2019-2022: 10,194 lines, 5,111
orders, 804 customers, sales 2,326,534.35) and from core on the same shop file.
"""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

import gui.tabs.import_currency as import_job_module
from core.analysis.kpis import KpiParams, compute_kpis
from core.demo import demo_file
from core.importer import ImportParams, ImportReport, import_file
from core.progress import Progress
from core.store import data_checksum, line_count, load_lines, open_shop
from gui.main_window import MainWindow
from gui.widgets.import_report_view import report_rows
from tests.conftest import shared_file

SUPERSTORE_CSV = "superstore/variant-2019-2022/Sample - Superstore.csv"
WAIT_MS = 120_000


@pytest.fixture
def window(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The window on a new, empty shop, its (empty) overview already computed."""
    with qtbot.waitSignal(window.overview_tab.updated, timeout=WAIT_MS):
        window.open_shop(tmp_path / "shop.sqlite")
    yield window


def _lines(db: Path) -> int:
    conn = open_shop(db)
    try:
        return line_count(conn)
    finally:
        conn.close()


def test_import_superstore_through_the_tab(qtbot: QtBot, window: MainWindow) -> None:
    csv = shared_file(SUPERSTORE_CSV)
    tab = window.import_tab
    assert window.tabs.currentWidget() is tab  # an empty shop opens on the Import tab
    with qtbot.waitSignal(tab.preview_shown, timeout=WAIT_MS) as shown:
        window.import_path(csv)
    preview = shown.args[0]
    model = tab.preview_view.frame_model()
    assert model.columnCount() == 21
    assert model.rowCount() == min(200, 10_194)
    assert (
        model.display_text(0, list(model.frame().columns).index("Order ID"))
        == (preview.raw.frame["Order ID"].iloc[0])
    )
    table = tab.mapping_table
    assert table.combo("order_date").currentData() == "Order Date"
    assert table.combo("amount").currentData() == "Sales"
    assert table.combo("order_id").currentData() == "Order ID"
    assert table.combo("customer_id").currentData() == "Customer ID"
    assert table.combo("order_date").count() == 1 + 21  # "(not in this file)" + every column
    assert preview.missing == []
    assert tab.import_button.isEnabled()

    # The operator decides the customer segment is their sales channel.
    assert table.combo("channel").currentData() != "Segment"
    with qtbot.waitSignal(tab.preview_shown, timeout=WAIT_MS) as shown:
        table.set_source("channel", "Segment")
    assert tab.current_params().mapping is not None
    assert tab.current_params().mapping["channel"] == "Segment"
    edited = shown.args[0].mapping
    assert edited.source_of("channel") == "Segment"
    # Only the field the operator changed is theirs; the Superstore layout still explains the
    # others (core keeps how an unchanged field was found, and the preset with it).
    methods = {m.field: m.method for m in edited.matches}
    assert methods.pop("channel") == "user"
    assert set(methods.values()) == {"preset"}
    assert edited.preset == "Superstore"
    assert table.found_by("channel") == "your choice"
    for field in ("order_id", "order_date", "customer_id", "amount"):
        assert table.found_by(field) == "known export layout"

    with qtbot.waitSignal(window.overview_tab.updated, timeout=WAIT_MS) as updated:  # noqa: SIM117
        with qtbot.waitSignal(tab.imported, timeout=WAIT_MS) as done:
            qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    report: ImportReport = done.args[0]
    assert report.preset == "Superstore"
    assert report.mapping == table.mapping()
    assert report.rows_read == 10_194
    assert report.rows_imported == 10_194
    assert report.rows_already_present == 0
    assert sum(report.rows_excluded.values()) == 0
    assert report.orders == 5_111
    assert report.customers == 804
    assert (report.date_min, report.date_max) == ("2019-01-03", "2022-12-30")
    assert report.net_sales == pytest.approx(2_326_534.35, abs=0.01)
    assert report.mapping["channel"] == "Segment"
    html = tab.report_view.toPlainText()
    assert "10,194" in html and "5,111" in html and "2,326,534.35" in html

    # The Overview shows what core computes on the same shop file.
    db = window.db_path
    assert db is not None
    assert _lines(db) == 10_194
    conn = open_shop(db)
    try:
        expected = compute_kpis(load_lines(conn), KpiParams(period="month"))
    finally:
        conn.close()
    shown_result = updated.args[0]
    assert shown_result.totals == expected.totals
    assert expected.totals["net_sales"] == pytest.approx(2_326_534.35, abs=0.01)
    card = window.overview_tab.cards["net_sales"]
    assert card.total_label.text() == "All orders: 2,326,534.35"
    assert card.value_label.text() == f"{expected.current['net_sales']:,.2f}"
    assert window.overview_tab.sales_chart.figure() is not None
    assert window.rows_label.text() == "10,194 order lines"


def test_the_import_uses_the_mapping_the_table_shows(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Unedited too: the whole file is imported with what the preview of its first rows
    showed, never with a mapping guessed again from all its rows."""
    sent: list[ImportParams] = []

    def spy(db_path: Path, path: Path, params: ImportParams, progress: Progress) -> ImportReport:
        sent.append(params)
        return import_file(db_path, path, params, progress=progress)

    monkeypatch.setattr(import_job_module, "import_file", spy)
    tab = window.import_tab
    with qtbot.waitSignal(tab.preview_shown, timeout=WAIT_MS) as shown:
        window.import_path(shared_file(SUPERSTORE_CSV))
    shown_mapping = tab.mapping_table.mapping()
    assert shown_mapping == shown.args[0].mapping.as_dict()
    assert shown_mapping["amount"] == "Sales"
    with qtbot.waitSignal(tab.imported, timeout=WAIT_MS) as done:
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    # the whole table goes to the import: the fields it shows, and None ("no column") for the
    # fields it leaves empty
    assert [{k: v for k, v in (p.mapping or {}).items() if v is not None} for p in sent] == [
        shown_mapping
    ]
    assert all(
        v is None for p in sent for k, v in (p.mapping or {}).items() if k not in shown_mapping
    )
    report: ImportReport = done.args[0]
    assert report.mapping == shown_mapping
    assert report.preset == "Superstore"  # nothing edited: the layout is still recognised
    assert report.rows_imported == 10_194


def test_cancel_mid_import_leaves_the_shop_unchanged(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.db_path
    assert db is not None
    import_file(db, shared_file(SUPERSTORE_CSV))  # the shop already holds orders
    before = (_lines(db), data_checksum_of(db))
    assert before[0] == 10_194

    # The real import of the demo file (137,646 lines, written in chunks); the worker pauses
    # after the first chunk is written, inside the transaction, until the user pressed Cancel.
    writing = threading.Event()
    go_on = threading.Event()

    def import_with_pause(
        db_path: Path, path: Path, params: ImportParams, progress: Progress
    ) -> ImportReport:
        def pausing(fraction: float, message: str) -> None:
            progress(fraction, message)
            if 0.55 < fraction < 0.98 and not writing.is_set():
                writing.set()
                go_on.wait(WAIT_MS / 1000)

        # the demo orders are in pounds, this shop's in dollars: the user said "import anyway"
        anyway = replace(params, allow_other_currency=True)
        return import_file(db_path, path, anyway, progress=pausing)

    monkeypatch.setattr(import_job_module, "import_file", import_with_pause)
    tab = window.import_tab
    with qtbot.waitSignal(tab.preview_shown, timeout=WAIT_MS):
        window.import_path(demo_file())
    with qtbot.waitSignal(tab.import_cancelled, timeout=WAIT_MS):
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(writing.is_set, timeout=WAIT_MS)
        assert tab.is_importing()
        cancel = tab.cancel_button
        assert cancel.isVisible()
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        go_on.set()
    assert (_lines(db), data_checksum_of(db)) == before
    assert "Nothing was changed" in tab.status_label.text()
    assert tab.import_button.isEnabled()


def data_checksum_of(db: Path) -> str:
    conn = open_shop(db)
    try:
        return data_checksum(conn)
    finally:
        conn.close()


def test_dropping_a_file_on_the_window_previews_it(qtbot: QtBot, window: MainWindow) -> None:
    csv = shared_file(SUPERSTORE_CSV)
    window.tabs.setCurrentWidget(window.overview_tab)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(csv))])
    event = QDropEvent(
        QPointF(QPoint(200, 200)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.import_tab.preview_shown, timeout=WAIT_MS):
        window.dropEvent(event)
    assert event.isAccepted()
    assert window.tabs.currentWidget() is window.import_tab
    assert window.import_tab.current_file() == csv


def test_a_missing_date_column_blocks_the_import(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.import_tab
    with qtbot.waitSignal(tab.preview_shown, timeout=WAIT_MS):
        window.import_path(shared_file(SUPERSTORE_CSV))
    with qtbot.waitSignal(tab.preview_shown, timeout=WAIT_MS) as shown:
        tab.mapping_table.set_source("order_date", None)
    assert shown.args[0].missing == ["order date"]
    assert not tab.import_button.isEnabled()
    assert "order date" in tab.status_label.text()
    assert tab.status_label.property("severity") == "error"


def test_workbook_sheets_and_the_no_header_choice(qtbot: QtBot, window: MainWindow) -> None:
    # README: the 2019-2022 workbook has sheets Orders (10,194 x 21), People and Returns (800 x 2).
    xls = shared_file("superstore/variant-2019-2022/Sample - Superstore.xls")
    tab = window.import_tab
    with qtbot.waitSignal(tab.preview_shown, timeout=WAIT_MS) as shown:
        window.import_path(xls)
    assert shown.args[0].raw.sheet == "Orders"
    combo = tab.sheet_combo
    assert combo.isVisibleTo(tab)
    assert sorted(combo.itemText(i) for i in range(combo.count())) == [
        "Orders",
        "People",
        "Returns",
    ]
    assert combo.currentText() == "Orders"
    assert tab.preview_view.frame_model().columnCount() == 21
    assert tab.import_button.isEnabled()

    with qtbot.waitSignal(tab.preview_shown, timeout=WAIT_MS) as shown:
        combo.setCurrentIndex(combo.findText("Returns"))
        combo.activated.emit(combo.currentIndex())
    assert tab.current_params().sheet == "Returns"
    returns = shown.args[0]
    assert returns.raw.columns == ["Returned", "Order ID"]
    assert tab.preview_view.frame_model().rowCount() == 200  # first rows of 800
    assert "order date" in returns.missing
    assert not tab.import_button.isEnabled()

    # Telling it the first row is data turns the header into a data row.
    with qtbot.waitSignal(tab.preview_shown, timeout=WAIT_MS) as shown:
        qtbot.mouseClick(tab.no_header_check, Qt.MouseButton.LeftButton)
    raw = shown.args[0].raw
    assert raw.header_row is None
    assert raw.columns == ["Column 1", "Column 2"]
    assert list(raw.frame.iloc[0]) == ["Returned", "Order ID"]
    assert tab.no_header_check.isChecked()


def test_a_cancel_that_comes_after_the_save_is_reported_honestly(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The user presses Cancel just as the import reports that it is done."""
    tab = window.import_tab

    def import_cancelled_at_the_end(
        db_path: Path, path: Path, params: ImportParams, progress: Progress
    ) -> ImportReport:
        def late(fraction: float, message: str) -> None:
            if fraction >= 1.0:
                task = tab._import_task
                assert task is not None
                task.cancel()  # what the Cancel button does
            progress(fraction, message)

        return import_file(db_path, path, params, progress=late)

    monkeypatch.setattr(import_job_module, "import_file", import_cancelled_at_the_end)
    with qtbot.waitSignal(tab.preview_shown, timeout=WAIT_MS):
        window.import_path(shared_file(SUPERSTORE_CSV))
    cancelled: list[bool] = []
    tab.import_cancelled.connect(lambda: cancelled.append(True))
    with qtbot.waitSignal(window.overview_tab.updated, timeout=WAIT_MS):  # noqa: SIM117
        with qtbot.waitSignal(tab.shop_changed, timeout=WAIT_MS):
            qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    db = window.db_path
    assert db is not None
    assert _lines(db) == 10_194  # the lines were saved before the Cancel arrived
    if cancelled:  # core raised Cancelled after its commit: the tab must not claim "nothing"
        assert tab.status_label.text() == (
            "Cancel came too late: the import had already been saved (10,194 new order lines)."
        )
    else:  # core ignored a Cancel after its commit and returned the report
        report = tab.report_view.report()
        assert report is not None and report.rows_imported == 10_194
    assert window.rows_label.text() == "10,194 order lines"
    result = window.overview_tab.result()
    assert result is not None
    assert result.totals["net_sales"] == pytest.approx(2_326_534.35, abs=0.01)


def test_a_later_export_brings_changed_lines_up_to_date(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Olist sample (README: 3,584 orders, 48 shipped, 25 canceled): the same export taken
    later, with three shipped orders delivered since, adds nothing and updates three lines."""
    first = shared_file("olist-classified-sample/olist_classified_public_dataset.csv")
    with open(first, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    status = rows[0].index("order_status")
    shipped = [row for row in rows[1:] if row[status] == "shipped"]
    assert len(shipped) == 48
    for row in shipped[:3]:
        row[status] = "delivered"
    later = tmp_path / "olist_later.csv"
    with open(later, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)

    tab = window.import_tab
    reports: list[ImportReport] = []
    for path in (first, later):
        with qtbot.waitSignal(tab.preview_shown, timeout=WAIT_MS):
            window.import_path(path)
        with qtbot.waitSignal(tab.imported, timeout=WAIT_MS) as done:
            qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
        reports.append(done.args[0])
    assert [r.rows_imported for r in reports] == [3_559, 0]  # 25 cancelled orders left out
    assert [r.rows_updated for r in reports] == [0, 3]
    assert reports[1].rows_already_present == 3_556
    shown = dict(report_rows(tab.report_view.report() or reports[0]))
    assert shown["Brought up to date"] == "3"
    assert shown["Already in this shop"] == "3,556"
    assert "Brought up to date" in tab.report_view.toPlainText()
    assert window.statusBar().currentMessage() == (
        "olist_later.csv: 0 new order lines imported into shop. "
        "3 lines already there were brought up to date."
    )
