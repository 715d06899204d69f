"""Finding the lines of a text export that a stray quote merged into one row.

A quote opened in a cell and closed only lines later (`"Tea,2,3.5` with no closing quote)
makes every CSV parser read the lines between as the text of one cell: rows vanish without an
error (2 of 5 read). A legitimate quoted cell may hold a line break too (an address, a gift
note), so a cell is suspect only when the text after a break looks like a whole line of the
file (it holds about as many delimiters as a line has cells). The report then names the rows
and the file lines they swallowed, so nothing disappears silently.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pandas as pd

log = logging.getLogger(__name__)

#: Rows named one by one in the note; beyond, only their count.
_NAMED = 5


def merged_lines_note(
    frame: pd.DataFrame, path: Path, delimiter: str, first_line: int
) -> str | None:
    """A note naming the rows that swallowed whole lines through an unclosed quote, or None.

    `first_line`: the file line (1-based) of the frame's first row. Line numbers assume no
    blank lines between rows (pandas skips those), which holds for exports.
    """
    if frame.empty or delimiter == "whitespace":
        return None
    breaks = np.zeros(len(frame), dtype=np.int64)
    suspect = np.zeros(len(frame), dtype=bool)
    width = frame.shape[1]
    need = max(1, (width - 1) // 2)
    for column in frame.columns:
        cells = frame[column].astype("str")
        has_break = cells.str.contains("\n", regex=False).fillna(False).to_numpy(dtype=bool)
        if not has_break.any():
            continue
        texts = cells[has_break]
        breaks[has_break] += texts.str.count("\n").to_numpy(dtype=np.int64)
        after = texts.str.partition("\n")[2]
        suspect[has_break] |= (after.str.count(delimiter) >= need).to_numpy(dtype=bool)
    if not suspect.any():
        return None
    starts = first_line + np.arange(len(frame)) + np.concatenate(([0], np.cumsum(breaks)[:-1]))
    rows = np.flatnonzero(suspect)
    spans = [f"lines {int(starts[r]):,}–{int(starts[r] + breaks[r]):,}" for r in rows[:_NAMED]]
    more = f" and {len(rows) - _NAMED:,} more rows" if len(rows) > _NAMED else ""
    swallowed = int(breaks[rows].sum())
    log.info("%s: %d rows merged %d lines through an unclosed quote", path.name, len(rows),
             swallowed)  # fmt: skip
    return (
        f'A quote (") opened in a cell of {path.name} is not closed on its own line, so '
        f"{swallowed:,} following line(s) were read as text of that cell instead of as rows: "
        f"{', '.join(spans)}{more}. Check the quotes on those lines (or export the file again) "
        "and import it once more."
    )
