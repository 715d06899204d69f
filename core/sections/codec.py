"""A section's typed result as JSON plus binary parts, and back, for keeping it in the shop file.

Why not pickle: a shop file can come from someone else (a partner, an accountant), and loading a
pickle runs whatever code it names. This codec rebuilds only frozen dataclasses defined inside
`core`, and stores data as data: tables as Parquet (exact dtypes, index and names), arrays with
`numpy.save(allow_pickle=False)`, sparse matrices as `.npz`. Everything else is JSON with small
markers for the types JSON lacks (dates, tuples, non-text keys, NaN).
"""

from __future__ import annotations

import dataclasses
import importlib
import io
import math
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd

from core.errors import StoreError

#: Dataclasses are rebuilt only from these packages (the product's own result types).
_ALLOWED_PREFIX = "core."
_MARK = "$"


class Encoder:
    """Turns one value into a JSON tree; binary parts collect in `blobs` (key -> bytes)."""

    def __init__(self) -> None:
        self.blobs: dict[str, bytes] = {}

    def _blob(self, kind: str, data: bytes) -> dict[str, Any]:
        key = f"b{len(self.blobs)}"
        self.blobs[key] = data
        return {_MARK: kind, "blob": key}

    def encode(self, value: Any) -> Any:
        if value is None or isinstance(value, (bool, str)):
            return value
        if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
            return int(value)
        if isinstance(value, (float, np.floating)):
            number = float(value)
            return number if math.isfinite(number) else {_MARK: "float", "v": repr(number)}
        if isinstance(value, np.bool_):
            return bool(value)
        if isinstance(value, pd.Timestamp):
            return {_MARK: "ts", "v": None if pd.isna(value) else value.isoformat()}
        if isinstance(value, datetime):
            return {_MARK: "datetime", "v": value.isoformat()}
        if isinstance(value, date):
            return {_MARK: "date", "v": value.isoformat()}
        if isinstance(value, pd.DataFrame):
            return self._frame(value)
        if isinstance(value, pd.Series):
            name = value.name
            return {
                _MARK: "series",
                "name": self.encode(name),
                "frame": self._frame(value.to_frame(name="values")),
            }
        if isinstance(value, pd.Index):
            return {_MARK: "index", "frame": self._frame(pd.DataFrame(index=value))}
        if isinstance(value, np.ndarray):
            if value.dtype == object:
                return {_MARK: "objarray", "v": [self.encode(v) for v in value.tolist()]}
            buffer = io.BytesIO()
            np.save(buffer, value, allow_pickle=False)
            return self._blob("ndarray", buffer.getvalue())
        if _is_sparse(value):
            import scipy.sparse as sp

            buffer = io.BytesIO()
            sp.save_npz(buffer, value.tocsr(), compressed=False)
            return self._blob("csr", buffer.getvalue())
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            cls = type(value)
            fields = {
                f.name: self.encode(getattr(value, f.name)) for f in dataclasses.fields(value)
            }
            return {_MARK: "dc", "cls": f"{cls.__module__}:{cls.__qualname__}", "fields": fields}
        if isinstance(value, tuple):
            return {_MARK: "tuple", "v": [self.encode(v) for v in value]}
        if isinstance(value, list):
            return [self.encode(v) for v in value]
        if isinstance(value, dict):
            if all(isinstance(k, str) and k != _MARK for k in value):
                return {k: self.encode(v) for k, v in value.items()}
            return {
                _MARK: "dict",
                "items": [[self.encode(k), self.encode(v)] for k, v in value.items()],
            }
        raise StoreError(f"A result holds a {type(value).__name__}, which cannot be kept.")

    def _frame(self, frame: pd.DataFrame) -> dict[str, Any]:
        """Parquet needs text column names: they go by position, the real ones into JSON."""
        columns = (
            self.encode(list(frame.columns))
            if not isinstance(frame.columns, pd.MultiIndex)
            else None
        )
        if columns is None:
            raise StoreError("A result table with several header rows cannot be kept.")
        plain = frame.copy(deep=False)
        plain.columns = [f"c{i}" for i in range(frame.shape[1])]
        plain.attrs = {}
        buffer = io.BytesIO()
        plain.to_parquet(buffer, engine="pyarrow", compression=None)
        return {
            **self._blob("frame", buffer.getvalue()),
            "columns": columns,
            "dtypes": [str(t) for t in frame.dtypes],
            "attrs": self.encode(dict(frame.attrs)),
        }


def _is_sparse(value: Any) -> bool:
    module = type(value).__module__
    return module.startswith("scipy.sparse")


class Decoder:
    """The inverse of `Encoder`, given the blobs it produced."""

    def __init__(self, blobs: dict[str, bytes]) -> None:
        self.blobs = blobs

    def decode(self, tree: Any) -> Any:
        if isinstance(tree, list):
            return [self.decode(v) for v in tree]
        if not isinstance(tree, dict):
            return tree
        kind = tree.get(_MARK)
        if kind is None:
            return {k: self.decode(v) for k, v in tree.items()}
        if kind == "float":
            return float(tree["v"])
        if kind == "ts":
            return pd.NaT if tree["v"] is None else pd.Timestamp(tree["v"])
        if kind == "datetime":
            return datetime.fromisoformat(tree["v"])
        if kind == "date":
            return date.fromisoformat(tree["v"])
        if kind == "tuple":
            return tuple(self.decode(v) for v in tree["v"])
        if kind == "dict":
            return {self.decode(k): self.decode(v) for k, v in tree["items"]}
        if kind == "objarray":
            values = [self.decode(v) for v in tree["v"]]
            out = np.empty(len(values), dtype=object)
            out[:] = values
            return out
        if kind == "ndarray":
            return np.load(io.BytesIO(self.blobs[tree["blob"]]), allow_pickle=False)
        if kind == "csr":
            import scipy.sparse as sp

            return sp.load_npz(io.BytesIO(self.blobs[tree["blob"]])).tocsr()
        if kind == "frame":
            return self._frame(tree)
        if kind == "series":
            series = self._frame(tree["frame"])["values"]
            series.name = self.decode(tree["name"])
            return series
        if kind == "index":
            return self._frame(tree["frame"]).index
        if kind == "dc":
            return self._dataclass(tree)
        raise StoreError(f"A kept result holds an unknown part ({kind}); compute it again.")

    def _frame(self, tree: dict[str, Any]) -> pd.DataFrame:
        frame = pd.read_parquet(io.BytesIO(self.blobs[tree["blob"]]), engine="pyarrow")
        for i, dtype in enumerate(tree["dtypes"]):
            column = f"c{i}"
            if dtype.startswith("datetime64") and str(frame[column].dtype) != dtype:
                frame[column] = frame[column].astype(dtype)
        index = frame.index  # parquet may narrow nanoseconds to microseconds
        if isinstance(index, pd.DatetimeIndex) and index.dtype != "datetime64[ns]":
            frame.index = index.astype("datetime64[ns]")
        frame.columns = pd.Index(self.decode(tree["columns"]))
        frame.attrs = self.decode(tree["attrs"])
        return frame

    def _dataclass(self, tree: dict[str, Any]) -> Any:
        module_name, _, qualname = str(tree["cls"]).partition(":")
        if not module_name.startswith(_ALLOWED_PREFIX):
            raise StoreError(f"A kept result names {module_name}, which ShopLens does not trust.")
        target: Any = importlib.import_module(module_name)
        for part in qualname.split("."):
            target = getattr(target, part)
        if not (isinstance(target, type) and dataclasses.is_dataclass(target)):
            raise StoreError(f"A kept result names {qualname}, which is not a result type.")
        known = {f.name for f in dataclasses.fields(target) if f.init}
        values = {k: self.decode(v) for k, v in tree["fields"].items() if k in known}
        build: Any = target
        return build(**values)


def encode(value: Any) -> tuple[Any, dict[str, bytes]]:
    """(JSON tree, binary parts) of a result."""
    encoder = Encoder()
    return encoder.encode(value), encoder.blobs


def decode(tree: Any, blobs: dict[str, bytes]) -> Any:
    return Decoder(blobs).decode(tree)
