"""Errors a shop operator can act on.

Each class carries a message written for the user (what is wrong and what to do); the GUI shows
that message, the log keeps the traceback. `Cancelled` is a BaseException so that no
`except Exception` in a library swallows a user's Cancel.
"""

from __future__ import annotations


class ShopLensError(Exception):
    """Base of every error whose message is meant for the user."""


class FileUnreadableError(ShopLensError):
    """The file cannot be opened or parsed as a table (empty, binary, truncated, unsupported)."""


class MissingFieldsError(ShopLensError):
    """The file lacks a column the import needs (an order date, or an amount / quantity x price)."""

    def __init__(self, missing: list[str], columns_seen: list[str]) -> None:
        self.missing = list(missing)
        self.columns_seen = list(columns_seen)
        seen = ", ".join(repr(c) for c in columns_seen[:40]) or "(none)"
        if len(columns_seen) > 40:
            seen += f" and {len(columns_seen) - 40} more"
        super().__init__(
            "This file cannot be imported because it has no column for "
            + " and no column for ".join(missing)
            + f". Columns seen: {seen}. Pick the right column for each in the mapping "
            "(or pass --mapping MAP.json) and import again."
        )


class MappingError(ShopLensError):
    """A user-given mapping names a column or field that does not exist."""


class StoreError(ShopLensError):
    """The shop file cannot be opened or is not a ShopLens shop."""


class NoOrdersError(ShopLensError):
    """The shop has no order lines yet."""


class NoCustomerDataError(ShopLensError):
    """The shop's lines cannot support a customer analysis (no ids, too few customers)."""


class ModelFitError(ShopLensError):
    """A model could not be fitted to the shop's customers."""


class NotEnoughHistoryError(ShopLensError):
    """The history is too short (or empty) for an analysis that can be checked: a forecast, or
    a measure of recommendations on either side of a cut-off."""


class NotEnoughProductsError(ShopLensError):
    """The shop's lines do not name products, or name too few to recommend anything."""


class StockFileError(ShopLensError):
    """A stock file without a SKU or an on-hand column."""


class Cancelled(BaseException):
    """Raised inside a job when the user pressed Cancel; everything done so far is rolled back."""


class ShopBusyError(StoreError):
    """Another program (or another ShopLens window) kept the shop file locked."""


class ShopReadOnlyError(StoreError):
    """The shop file or its folder cannot be written."""


class DiskFullError(StoreError):
    """The disk filled up; whatever was being saved was rolled back."""


class ShopDamagedError(StoreError):
    """The shop file failed SQLite's quick check: refused before anything is written into it."""


class ForeignDatabaseError(StoreError):
    """An SQLite database of another program: ShopLens leaves it untouched."""
