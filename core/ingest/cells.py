"""What a single cell holds, for the column readers of dates and of money alike.

Text columns arrive in three storages (pyarrow-backed text from `read_csv`, pandas' own string
storage, object columns of Excel cells); these helpers answer "is this cell blank?", "is it a
number?" and "can the whole column be cast in C?" the same way for all of them, so dates and
numbers agree on which cells hold nothing.
"""

from __future__ import annotations

import numbers
from typing import Any, Final

import numpy as np
import pandas as pd
from pandas.api.types import is_object_dtype, is_string_dtype

try:  # pyarrow is optional: with it, clean text columns are cast in C without Python objects
    import pyarrow as _pa
    import pyarrow.compute as _pc

    HAVE_ARROW = True
except ImportError:  # pragma: no cover - exercised only where pyarrow is absent
    HAVE_ARROW = False

__all__ = [
    "BLANK_WORDS",
    "HAVE_ARROW",
    "arrow_cast",
    "as_text",
    "blank_cells",
    "blank_text",
    "even_sample",
    "is_number_cell",
]

#: Cell texts that mean "nothing here" in exports (besides empty and whitespace).
BLANK_WORDS: Final[frozenset[str]] = frozenset(
    {"nan", "null", "none", "n/a", "na", "#n/a", "nat", "-", "--", "—", "–"}
)


def as_text(cells: pd.Series) -> pd.Series:
    """The cells as pandas' `str` dtype (missing stays missing), without copying when already so."""
    if is_string_dtype(cells.dtype) and not is_object_dtype(cells.dtype):
        return cells
    return cells.astype("str")


def blank_text(texts: pd.Series) -> pd.Series:
    """True where a text cell holds nothing: missing, whitespace, or a word like 'N/A' or '-'."""
    stripped = texts.str.strip()
    blank = stripped.isna() | (stripped == "") | stripped.str.lower().isin(BLANK_WORDS)
    return blank.astype(bool)


def blank_cells(cells: pd.Series) -> pd.Series:
    """True where a cell of any kind holds nothing (missing, or a blank text).

    Excel columns hold native objects: only their text cells are looked at as text, so a
    column of 500,000 dates or numbers is never turned into strings first.
    """
    if is_string_dtype(cells.dtype) and not is_object_dtype(cells.dtype):
        return blank_text(cells)
    if not is_object_dtype(cells.dtype):
        return pd.Series(cells.isna().to_numpy(), index=cells.index, dtype=bool)
    values = cells.to_numpy()
    blank = pd.isna(values)
    is_text = np.fromiter((type(v) is str for v in values), dtype=bool, count=len(values))
    if is_text.any():
        texts = pd.Series(values[is_text], dtype="str")
        blank[is_text] = blank_text(texts).to_numpy()
    return pd.Series(blank, index=cells.index, dtype=bool)


def is_number_cell(value: object) -> bool:
    """A native number cell (int, float, Decimal, numpy); Excel's TRUE/FALSE are not numbers."""
    return isinstance(value, numbers.Number) and not isinstance(value, bool | np.bool_ | complex)


def arrow_cast(texts: pd.Series, target: Any) -> np.ndarray | None:
    """Cast a pyarrow-backed text column in C, all or nothing; None when any cell does not fit.

    Arrow's casts are strict (no spaces, no thousands marks, real calendar dates), so a success
    means every cell was clean and the slow per-value path is not needed at all.
    """
    if not HAVE_ARROW or getattr(texts.dtype, "storage", None) != "pyarrow":
        return None
    try:
        cast = _pc.cast(_pa.array(texts), target)
    except (_pa.ArrowInvalid, _pa.ArrowNotImplementedError):
        return None
    return np.array(cast.to_numpy(zero_copy_only=False))  # writable: callers fill in gaps


def even_sample(values: pd.Series, size: int) -> pd.Series:
    """Up to `size` non-missing values spread evenly over the column (a file sorted by date
    shows its whole range); picks positions first so a long column is never filtered whole."""
    if len(values) > 2 * size:
        positions = np.unique(np.linspace(0, len(values) - 1, size).astype(np.int64))
        picked = values.iloc[positions].dropna()
        if len(picked) >= size // 2:
            return picked
    present = values.dropna()
    if len(present) <= size:
        return present
    positions = np.unique(np.linspace(0, len(present) - 1, size).astype(np.int64))
    return present.iloc[positions]
