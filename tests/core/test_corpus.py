"""The hostile corpus (tests/hostile_corpus.py): every file refused in a plain sentence with the
shop's data unchanged, or imported with the figures computed from the rows written."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from core.errors import ShopLensError
from core.importer import ImportParams, import_file
from core.store import data_checksum, open_shop
from tests.hostile_corpus import Imported, Refused, base_lines, corpus, net

CASES = corpus(date.today())


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 60
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A shop holding orders of another month, copied for each case."""
    folder = tmp_path_factory.mktemp("seed")
    lines = base_lines(5)
    path = folder / "april.csv"
    path.write_text(
        "Order ID,Order Date,Customer,Product,Quantity,Unit Price\n"
        + "".join(f"B{i},2024-04-0{i + 1},D{i},Mug,1,{x.price:.2f}\n" for i, x in enumerate(lines)),
        encoding="utf-8",
    )
    db = folder / "seed.sqlite"
    import_file(db, path)
    return db


def _copy(seed: Path, to: Path) -> Path:
    source = sqlite3.connect(seed)
    target = sqlite3.connect(to)
    source.backup(target)
    source.close()
    target.close()
    return to


def _checksum(db: Path) -> str:
    conn = open_shop(db)
    try:
        return data_checksum(conn)
    finally:
        conn.close()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_file_is_refused_in_words_or_imported_right(
    case: object, seeded: Path, tmp_path: Path
) -> None:
    from tests.hostile_corpus import Case

    assert isinstance(case, Case)
    db = _copy(seeded, tmp_path / "shop.sqlite")
    before = _checksum(db)
    path = case.build(tmp_path)
    params = ImportParams(mapping=case.mapping)
    expect = case.expect
    if isinstance(expect, Refused):
        with pytest.raises(ShopLensError, match=expect.pattern) as caught:
            import_file(db, path, params)
        message = str(caught.value)
        assert "Traceback" not in message and message.rstrip().endswith((".", "?"))
        assert _checksum(db) == before
        return
    assert isinstance(expect, Imported)
    report = import_file(db, path, params)
    assert report.rows_imported == expect.lines
    assert report.net_sales == pytest.approx(expect.net_sales, abs=0.005)
    assert report.rows_excluded == expect.excluded
    if expect.note:
        assert any(__import__("re").search(expect.note, n) for n in report.notes), report.notes
    if expect.products:
        conn = open_shop(db)
        try:
            stored = {
                r[0]
                for r in conn.execute(
                    "SELECT product_name FROM order_lines WHERE import_id=?", (report.import_id,)
                )
            }
        finally:
            conn.close()
        assert stored == set(expect.products)


def test_base_figures_are_what_the_rows_say() -> None:
    lines = base_lines()
    assert len(lines) == 8
    # 1x3.50 + 2x12.00 + 3x8.25 + 1x5.00 + 2x3.50 + 3x12.00 + 1x8.25 + 2x5.00
    assert net(lines) == 3.5 + 24.0 + 24.75 + 5.0 + 7.0 + 36.0 + 8.25 + 10.0 == 118.5
