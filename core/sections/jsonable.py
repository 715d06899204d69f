"""The one frame -> JSON serializer of the sections: plain values, NaN as null, dates as text.

JSON output must always be valid JSON (no NaN or Infinity tokens), so every non-finite number
becomes null here, once, for every section.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

TOP_ROWS = 10


def json_value(value: Any, digits: int | None = 4) -> Any:
    """One cell as a JSON-ready value (floats rounded to `digits`, unless None)."""
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.strftime("%Y-%m-%d")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, (float, np.floating)):
        number = float(value)
        if not math.isfinite(number):
            return None
        return number if digits is None else round(number, digits)
    if value is pd.NaT or value is None:
        return None
    if not isinstance(value, (str, list, dict, tuple)) and pd.isna(value):
        return None
    return value


def records(
    frame: pd.DataFrame, limit: int | None = TOP_ROWS, digits: int = 4
) -> list[dict[str, Any]]:
    """The first `limit` rows (all when None) as JSON-ready dicts."""
    rows = frame if limit is None else frame.head(limit)
    return [
        {str(k): json_value(v, digits) for k, v in row.items()}
        for row in rows.to_dict(orient="records")
    ]


def plain_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """The index as a column and plain lower-case column names (T -> t_total) for the store."""
    out = frame.reset_index()
    out.columns = [("t_total" if c == "T" else str(c).lower()) for c in out.columns]
    return out


def clean(tree: Any) -> Any:
    """A nested structure with every value made JSON-ready (for summaries built by hand)."""
    if isinstance(tree, dict):
        return {str(k): clean(v) for k, v in tree.items()}
    if isinstance(tree, (list, tuple)):
        return [clean(v) for v in tree]
    return json_value(tree, digits=None)
