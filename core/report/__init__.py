"""The Excel report: one workbook with every analysis of a shop and native charts (issue 11).

`write_report(db_path, ReportParams(out=...), progress)` is called by `main.py report` and by
the window's File → Export report…; nothing here imports Qt.
"""

from core.report.excel import ReportError, ReportParams, ReportResult, write_report

__all__ = ["ReportError", "ReportParams", "ReportResult", "write_report"]
