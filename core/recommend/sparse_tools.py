"""Keep the k largest entries of each row of a big product × product score, a block at a time.

Why: a full product × product matrix (co-purchase counts, name similarities) grows with the
square of the catalogue; computing it in row blocks and keeping only each row's best k bounds the
memory to one block plus the k-per-row result, whatever the shop's size.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import numpy as np
import scipy.sparse as sp

from core.progress import Progress, report

log = logging.getLogger(__name__)

#: About this many cells per dense block (8 bytes each: ~160 MB at most).
BLOCK_CELLS = 20_000_000


def rows_per_block(n_columns: int) -> int:
    return max(1, min(4096, BLOCK_CELLS // max(n_columns, 1)))


Block = Callable[[int, int], tuple[np.ndarray, np.ndarray]]


def top_k_rows(
    block: Block,
    n_rows: int,
    n_columns: int,
    k: int,
    progress: Progress | None = None,
    message: str = "",
) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """For each row, its k largest positive entries of the scores `block(start, stop)` returns
    (dense rows × columns; the diagonal is left out), and the companion values (e.g. the counts
    the scores came from) at the same places: two CSR matrices of one pattern."""
    step = rows_per_block(n_columns)
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    vals: list[np.ndarray] = []
    extra: list[np.ndarray] = []
    k = max(0, min(k, n_columns - 1))
    for start in range(0, n_rows, step):
        stop = min(start + step, n_rows)
        scores, companion = block(start, stop)
        dense = np.asarray(scores, dtype="float64")
        local = np.arange(stop - start)
        diagonal = local + start
        inside = diagonal < n_columns
        dense[local[inside], diagonal[inside]] = 0.0
        if k == 0:
            continue
        best = np.argpartition(-dense, k - 1, axis=1)[:, :k] if k < n_columns else None
        if best is None:
            best = np.tile(np.arange(n_columns), (stop - start, 1))
        picked = np.take_along_axis(dense, best, axis=1)
        keep = picked > 0
        row_index = np.repeat(np.arange(start, stop), best.shape[1]).reshape(best.shape)
        rows.append(row_index[keep])
        cols.append(best[keep])
        vals.append(picked[keep])
        extra.append(np.take_along_axis(np.asarray(companion), best, axis=1)[keep])
        report(progress, stop / max(n_rows, 1), message)
    if not rows:
        empty = sp.csr_matrix((n_rows, n_columns), dtype="float64")
        return empty, empty.copy()
    where = (np.concatenate(rows), np.concatenate(cols))
    shape = (n_rows, n_columns)
    return (
        sp.csr_matrix((np.concatenate(vals), where), shape=shape),
        sp.csr_matrix((np.concatenate(extra).astype("float64"), where), shape=shape),
    )


def dense_rows(matrix: sp.spmatrix, start: int, stop: int) -> np.ndarray:
    """Rows start..stop of a sparse matrix as a dense array."""
    return np.asarray(sp.csr_matrix(matrix)[start:stop].toarray())
