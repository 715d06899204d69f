"""The import report: what was read, kept, already there, left out (with reasons) and totals.

Nothing is dropped silently: every excluded row is counted under its reason, so the operator
can see at a glance whether the file was understood and what to fix in it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from core.importer import ImportReport
from gui.labels import (
    delimiter_label,
    encoding_label,
    field_label,
    format_label,
    plain_words,
    preset_label,
)
from gui.models.dataframe_model import format_number

translate = QCoreApplication.translate


def money(value: float, currency: str | None = None) -> str:
    """2326534.354 -> "2,326,534.35" (with its currency code when known)."""
    text = format_number(value, 2)
    return f"{text} {currency}" if currency else text


def report_rows(report: ImportReport) -> list[tuple[str, str]]:
    """(label, value) lines of the report, in the order shown."""
    excluded = sum(report.rows_excluded.values())
    rows = [
        (translate("ImportReportView", "Rows read"), format_number(report.rows_read, 0)),
        (
            translate("ImportReportView", "New lines imported"),
            format_number(report.rows_imported, 0),
        ),
        (
            translate("ImportReportView", "Brought up to date"),
            format_number(report.rows_updated, 0),
        ),
        (
            translate("ImportReportView", "Already in this shop"),
            format_number(report.rows_already_present, 0),
        ),
        (translate("ImportReportView", "Left out"), format_number(excluded, 0)),
    ]
    if report.rows_withdrawn:
        rows.append(
            (
                translate("ImportReportView", "Taken out (orders cancelled since)"),
                format_number(report.rows_withdrawn, 0),
            )
        )
    return rows


def totals_rows(report: ImportReport) -> list[tuple[str, str]]:
    dates = ""
    if report.date_min and report.date_max:
        dates = translate("ImportReportView", "{start} to {end}").format(
            start=report.date_min, end=report.date_max
        )
    rows = [
        # Orders with at least one sold line, as on the Overview.
        (translate("ImportReportView", "Orders"), format_number(report.orders, 0)),
        (
            translate("ImportReportView", "Customers"),
            translate("ImportReportView", "unknown")
            if report.customers is None
            else format_number(report.customers, 0),
        ),
        (translate("ImportReportView", "Products"), format_number(report.products, 0)),
        (translate("ImportReportView", "Order dates"), dates),
        (translate("ImportReportView", "Gross sales"), money(report.gross_sales, report.currency)),
        (translate("ImportReportView", "Returns"), money(report.returns, report.currency)),
    ]
    if report.fees:  # marketplace fees, manual credits...: apart from returns, only when any
        rows.append(
            (
                translate("ImportReportView", "Fees and adjustments"),
                money(report.fees, report.currency),
            )
        )
    rows.append(
        (translate("ImportReportView", "Net sales"), money(report.net_sales, report.currency))
    )
    return rows


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td class='label'>{escape(label)}</td><td class='num'>{escape(value)}</td></tr>"
        for label, value in rows
    )
    return f"<table cellspacing='0' cellpadding='3'>{cells}</table>"


def report_html(report: ImportReport, note: str | None = None) -> str:
    """The whole report as HTML for a QTextBrowser; `note` is said first (where the lines
    went, when that is not the shop the user was looking at)."""
    parts = [
        "<style>td.label{color:#4b5563;padding-right:18px} td.num{text-align:right;"
        "font-weight:600} h3{margin:4px 0} h4{margin:10px 0 4px 0;color:#334155} "
        ".reason{color:#92400e} .note{color:#4b5563} .moved{color:#1e3a8a;"
        "background:#dbeafe;font-weight:600}</style>",
        "<h3>"
        + escape(translate("ImportReportView", "Imported {file}").format(file=report.file))
        + "</h3>",
    ]
    if note:
        parts.append(
            "<table width='100%' cellpadding='6'><tr><td class='moved'>"
            f"{escape(note)}</td></tr></table>"
        )
    detected = [format_label(report.format)]
    if report.encoding:
        detected.append(encoding_label(report.encoding))
    if report.delimiter:
        detected.append(
            translate("ImportReportView", "separated by {delimiter}").format(
                delimiter=delimiter_label(report.delimiter)
            )
        )
    if report.sheet:
        detected.append(translate("ImportReportView", "sheet “{sheet}”").format(sheet=report.sheet))
    if report.preset:
        detected.append(
            translate("ImportReportView", "recognised as {layout}").format(
                layout=preset_label(report.preset)
            )
        )
    parts.append(f"<p class='note'>{escape(' · '.join(d for d in detected if d))}</p>")
    parts.append("<table width='100%'><tr><td valign='top' width='50%'>")
    rows_heading = translate("ImportReportView", "Rows")
    parts.append(f"<h4>{escape(rows_heading)}</h4>")
    parts.append(_table(report_rows(report)))
    if report.rows_excluded:
        parts.append(
            "<p><b>"
            + escape(translate("ImportReportView", "Why rows were left out"))
            + "</b></p><ul>"
        )
        for reason, count in sorted(report.rows_excluded.items(), key=lambda kv: -kv[1]):
            parts.append(
                f"<li class='reason'>{escape(format_number(count, 0))} — "
                f"{escape(plain_words(reason))}</li>"
            )
        parts.append("</ul>")
    parts.append("</td><td valign='top'>")
    file_heading = translate("ImportReportView", "In this file")
    parts.append(f"<h4>{escape(file_heading)}</h4>")
    parts.append(_table(totals_rows(report)))
    parts.append("</td></tr></table>")
    if report.mapping:
        mapped = ", ".join(
            f"{field_label(field)} ← {source}" for field, source in report.mapping.items()
        )
        parts.append(
            "<p class='note'><b>"
            + escape(translate("ImportReportView", "Columns used:"))
            + f"</b> {escape(mapped)}</p>"
        )
    if report.notes:
        parts.append("<ul>")
        parts.extend(f"<li class='note'>{escape(plain_words(note))}</li>" for note in report.notes)
        parts.append("</ul>")
    return "".join(parts)


class ImportReportView(QTextBrowser):
    """Read-only, selectable report of the last import."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setOpenLinks(False)
        self._report: ImportReport | None = None

    def report(self) -> ImportReport | None:
        return self._report

    def show_report(self, report: ImportReport, note: str | None = None) -> None:
        self._report = report
        self.setHtml(report_html(report, note))
