"""Generators of realistic order-export files for tests.

Each function writes one file into the given folder and returns its path. The content is fixed
(seeded), so tests can compare what a reader returns with the rows written here: the header
constants and the `*_rows()` functions give the exact cells as text. The layouts follow what
the shops' own export buttons produce (Taobao's title line above the header, Shopify's order
fields only on the first line of each order, German decimal commas, ...).
"""

from __future__ import annotations

import codecs
import gzip
import random
from datetime import datetime, timedelta
from pathlib import Path

# --- Taobao (GBK, title row + blank row above the header) ------------------------------------

TAOBAO_TITLE = "订单报表 2024-01-01 至 2024-01-31"
TAOBAO_HEADER = [
    "订单编号",
    "买家会员名",
    "订单创建时间",
    "宝贝标题",
    "购买数量",
    "单价",
    "买家实际支付金额",
    "退款金额",
    "订单状态",
    "收货地址",
]
_TAOBAO_BUYERS = ["tb83017321", "小王爱购物", "lily_2008", "快乐的小猪", "zhangwei88", "阿花"]
_TAOBAO_ITEMS = [
    ("2024新款女装春季连衣裙 修身显瘦", "128.00"),
    ("儿童积木玩具,益智拼装 大颗粒", "59.90"),
    ("不锈钢保温杯 500ml", "39.00"),
    ("无线蓝牙耳机 降噪 长续航", "199.00"),
    ("纯棉四件套 1.8m床", "268.00"),
]
_TAOBAO_STATUSES = [
    "交易成功",
    "交易成功",
    "交易成功",
    "交易关闭",
    "已退款",
    "卖家已发货，等待买家确认",
]
_TAOBAO_ADDRESSES = [
    "浙江省 杭州市 西湖区 文三路100号",
    "广东省 深圳市 南山区 科技园南路8号",
    "北京 北京市 朝阳区 建国路88号",
    "上海 上海市 浦东新区 世纪大道1号",
]
TAOBAO_ROW_COUNT = 36


def taobao_rows() -> list[list[str]]:
    """The data rows of the Taobao export, as the text written to the file."""
    rng = random.Random(20240105)
    rows = []
    start = datetime(2024, 1, 5, 10, 12)
    for i in range(TAOBAO_ROW_COUNT):
        when = start + timedelta(hours=17 * i, minutes=7 * i)
        # Taobao writes ISO timestamps; sheets re-saved by hand often carry Chinese dates.
        date = (
            f"{when.year}年{when.month}月{when.day}日"
            if i % 3 == 1
            else f"{when:%Y-%m-%d %H:%M:%S}"
        )
        title, price = _TAOBAO_ITEMS[rng.randrange(len(_TAOBAO_ITEMS))]
        qty = rng.choice([1, 1, 1, 2, 3])
        total = f"{float(price) * qty:.2f}"
        status = _TAOBAO_STATUSES[rng.randrange(len(_TAOBAO_STATUSES))]
        # What the buyer paid has the refund taken out: a refunded order shows paid 0.00.
        refund = total if status == "已退款" else "0.00"
        paid = "0.00" if status == "已退款" else total
        order_id = str(3_567_891_234_567_890_123 + 1_000_003 * i)  # 19 digits, as Taobao's
        rows.append(
            [
                order_id,
                _TAOBAO_BUYERS[rng.randrange(len(_TAOBAO_BUYERS))],
                date,
                title,
                str(qty),
                price,
                paid,
                refund,
                status,
                _TAOBAO_ADDRESSES[rng.randrange(len(_TAOBAO_ADDRESSES))],
            ]
        )
    return rows


def _csv_line(cells: list[str], sep: str = ",") -> str:
    """One CSV line, quoting a cell only when it needs it (as spreadsheet programs do)."""
    out = []
    for cell in cells:
        if sep in cell or '"' in cell or "\n" in cell:
            cell = '"' + cell.replace('"', '""') + '"'
        out.append(cell)
    return sep.join(out)


def taobao_gbk(folder: Path) -> Path:
    """A Taobao seller-centre order export: GBK, CRLF, a title line and a blank line first."""
    lines = [TAOBAO_TITLE, "", _csv_line(TAOBAO_HEADER)]
    lines += [_csv_line(row) for row in taobao_rows()]
    path = Path(folder) / "ExportOrderList202401.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    return path


# --- Shopify (line items; order fields only on an order's first line) ------------------------

SHOPIFY_HEADER = [
    "Name",
    "Email",
    "Financial Status",
    "Paid at",
    "Currency",
    "Subtotal",
    "Total",
    "Discount Amount",
    "Created at",
    "Lineitem quantity",
    "Lineitem name",
    "Lineitem price",
    "Lineitem sku",
    "Lineitem discount",
    "Billing Country",
    "Refunded Amount",
]
_SHOPIFY_PRODUCTS = [
    ("Organic Cotton Tee - Navy / M", "18.00", "TEE-NVY-M"),
    ("Organic Cotton Tee - White / L", "18.00", "TEE-WHT-L"),
    ('Canvas Tote Bag 15"', "24.50", "TOTE-15"),
    ("Enamel Mug, 350 ml", "12.00", "MUG-350"),
    ("Gift Card", "25.00", ""),
]
_SHOPIFY_CUSTOMERS = [
    ("emma.clarke@example.co.uk", "GB"),
    ("j.mueller@example.de", "DE"),
    ("sam.oconnor@example.com", "US"),
    ("ndapewa@example.com.na", "NA"),  # Namibia's country code must stay text, not "missing"
    ("", "FR"),  # guest checkout without an e-mail
]
SHOPIFY_ORDER_COUNT = 14


def shopify_rows() -> list[list[str]]:
    """The rows of the Shopify export, as written (empty order fields on follow-up lines)."""
    rng = random.Random(1001)
    rows = []
    created = datetime(2024, 1, 5, 10, 12)
    for n in range(SHOPIFY_ORDER_COUNT):
        email, country = _SHOPIFY_CUSTOMERS[rng.randrange(len(_SHOPIFY_CUSTOMERS))]
        items = rng.sample(_SHOPIFY_PRODUCTS, rng.choice([1, 1, 2, 3]))
        qtys = [rng.choice([1, 1, 2]) for _ in items]
        subtotal = sum(float(price) * q for (_, price, _), q in zip(items, qtys, strict=True))
        discount = round(subtotal * 0.1, 2) if n % 4 == 2 else 0.0
        status = ["paid", "paid", "paid", "refunded", "partially_refunded", "pending"][n % 6]
        total = subtotal - discount
        refunded = {"refunded": total, "partially_refunded": round(total / 2, 2)}.get(status, 0)
        when = created + timedelta(days=2 * n, minutes=37 * n)
        stamp = f"{when:%Y-%m-%d %H:%M:%S} +0100"
        for k, ((product, price, sku), qty) in enumerate(zip(items, qtys, strict=True)):
            first = k == 0
            rows.append(
                [
                    f"#{1001 + n}",
                    email if first else "",
                    status if first else "",
                    stamp if first and status != "pending" else "",
                    "GBP" if first else "",
                    f"{subtotal:.2f}" if first else "",
                    f"{total:.2f}" if first else "",
                    f"{discount:.2f}" if first else "",
                    stamp if first else "",
                    str(qty),
                    product,
                    price,
                    sku,
                    "0.00",
                    country if first else "",
                    f"{refunded:.2f}" if first else "",
                ]
            )
    return rows


def shopify_orders(folder: Path) -> Path:
    """A Shopify "Export orders" CSV: UTF-8, LF, one line per line item."""
    lines = [_csv_line(SHOPIFY_HEADER)] + [_csv_line(row) for row in shopify_rows()]
    path = Path(folder) / "orders_export_1.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="")
    return path


def shopify_orders_gz(folder: Path) -> Path:
    """The Shopify export compressed with gzip, as kept by shops that archive their exports."""
    plain = shopify_orders(Path(folder)).read_bytes()
    path = Path(folder) / "orders_export_1.csv.gz"
    path.write_bytes(gzip.compress(plain, mtime=0))
    return path


# --- German shop: semicolons, decimal commas, thousands dots ---------------------------------

GERMAN_HEADER = [
    "Bestellnummer",
    "Bestelldatum",
    "Kundennummer",
    "Artikelnummer",
    "Artikel",
    "Menge",
    "Einzelpreis",
    "Gesamtbetrag",
    "Währung",
    "Status",
]
_GERMAN_ITEMS = [
    ("A-1001", "Espressomaschine Edelstahl", "1.234,50"),
    ("A-2040", "Kaffeemühle, elektrisch", "89,90"),
    ("A-3300", "Größe M Schürze (Baumwolle)", "19,95"),
    ("A-0007", "Entkalker 500 ml", "7,49"),
]


def german_rows() -> list[list[str]]:
    """The data rows of the German semicolon export, as written."""
    rng = random.Random(4910)
    rows = []
    for i in range(30):
        sku, name, price = _GERMAN_ITEMS[rng.randrange(len(_GERMAN_ITEMS))]
        qty = rng.choice([1, 1, 2, 3])
        cents = round(float(price.replace(".", "").replace(",", ".")) * qty * 100)
        euros, rest = divmod(cents, 100)
        total = f"{euros:,}".replace(",", ".") + f",{rest:02d}"
        day = datetime(2024, 1, 2, 9, 5) + timedelta(hours=21 * i)
        rows.append(
            [
                f"DE-{240001 + i}",
                f"{day:%d.%m.%Y %H:%M}",
                f"{rng.randrange(1, 400):06d}",  # customer numbers keep their leading zeros
                sku,
                name,
                str(qty),
                price,
                total,
                "EUR",
                rng.choice(["abgeschlossen", "abgeschlossen", "storniert", "retourniert"]),
            ]
        )
    return rows


def german_semicolon(folder: Path) -> Path:
    """A German shop export (e.g. from a shop system set to German): ';', '1.234,50', UTF-8."""
    lines = [_csv_line(GERMAN_HEADER, ";")] + [_csv_line(r, ";") for r in german_rows()]
    path = Path(folder) / "Bestellungen_Januar.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8", newline="")
    return path


# --- Amazon-style report: UTF-16 LE with BOM, tab-separated ----------------------------------

AMAZON_HEADER = [
    "amazon-order-id",
    "purchase-date",
    "buyer-email",
    "sku",
    "product-name",
    "quantity",
    "item-price",
    "currency",
    "ship-country",
]


def amazon_rows() -> list[list[str]]:
    """The data rows of the tab-separated UTF-16 report, as written."""
    products = [
        ("KF-CAPS-50", "Café Crème Kapseln, 50 Stück", "14.99"),
        ("TEA-MATCHA", "Matcha 抹茶 Pulver 100 g", "21.50"),
        ("MUG-BLK", "Mug noir « Bonjour »", "9.90"),
    ]
    rows = []
    for i in range(12):
        sku, name, price = products[i % 3]
        qty = 1 + i % 2
        rows.append(
            [
                f"302-{4419371 + 131 * i:07d}-{6621003 + 17 * i:07d}",
                f"2024-01-{5 + i:02d}T{8 + i % 9:02d}:15:00+00:00",
                f"buyer{i:02d}@marketplace.amazon.de",
                sku,
                name,
                str(qty),
                f"{float(price) * qty:.2f}",
                "EUR",
                ["DE", "FR", "AT"][i % 3],
            ]
        )
    return rows


def amazon_utf16_tsv(folder: Path) -> Path:
    """A marketplace report saved as "Unicode text": UTF-16 LE with BOM, tabs, CRLF."""
    lines = ["\t".join(AMAZON_HEADER)] + ["\t".join(r) for r in amazon_rows()]
    path = Path(folder) / "All_Orders_Report.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))
    return path


# --- WooCommerce-style export: UTF-8 with BOM -------------------------------------------------

WOO_HEADER = [
    "Order Number",
    "Order Status",
    "Order Date",
    "Customer Email",
    "Billing First Name",
    "Billing Last Name",
    "Item Name",
    "Quantity",
    "Item Cost",
    "Order Total",
]


def woo_rows() -> list[list[str]]:
    """The data rows of the WooCommerce export, as written."""
    people = [
        ("zoe@example.com", "Zoë", "Brontë"),
        ("jose@example.es", "José", "Núñez"),
        ("lukasz@example.pl", "Łukasz", "Wróbel"),
        ("ann@example.com", "Ann", "O'Neil"),
    ]
    items = [
        ("Handmade Soap – Lavender", "6.50"),
        ('Beeswax Candle 3" pillar', "11.00"),
        ("Gift Box (3 soaps)", "18.00"),
    ]
    rows = []
    for i in range(20):
        email, first, last = people[i % 4]
        name, cost = items[i % 3]
        qty = 1 + i % 3
        rows.append(
            [
                str(5120 + i),
                ["completed", "processing", "refunded"][i % 3],
                f"2024-02-{1 + i:02d} {9 + i % 10:02d}:{(7 * i) % 60:02d}",
                email,
                first,
                last,
                name,
                str(qty),
                cost,
                f"{float(cost) * qty:.2f}",
            ]
        )
    return rows


def woo_utf8_bom(folder: Path) -> Path:
    """A WooCommerce order export opened and re-saved in Excel ("CSV UTF-8"): BOM, CRLF."""
    lines = [_csv_line(WOO_HEADER)] + [_csv_line(r) for r in woo_rows()]
    path = Path(folder) / "woocommerce-orders.csv"
    path.write_bytes(codecs.BOM_UTF8 + ("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


# --- French till export: cp1252 ---------------------------------------------------------------

TILL_HEADER = ["Ticket", "Date", "Client", "Article", "Qté", "Prix (€)", "Total (€)"]


def till_rows() -> list[list[str]]:
    """The data rows of the cp1252 till export, as written."""
    clients = ["Hélène Dupré", "François Lefèvre", "", "Zoé Mérault"]
    articles = [
        ("Café moulu, 250 g", "6.90"),
        ("Crème brûlée", "4.50"),
        ("Thé à la menthe", "5.20"),
        ("Pâte à tartiner noisette", "7.80"),
    ]
    rows = []
    for i in range(24):
        art, price = articles[i % 4]
        qty = 1 + (i * 7) % 3
        rows.append(
            [
                f"T{3000 + i}",
                f"{3 + i // 6:02d}/03/2024",
                clients[i % 4],
                art,
                str(qty),
                price,
                f"{float(price) * qty:.2f}",
            ]
        )
    return rows


def till_cp1252(folder: Path) -> Path:
    """A till's CSV export written in Windows' Western code page (cp1252): '€', 'é', 'è'."""
    lines = [_csv_line(TILL_HEADER)] + [_csv_line(r) for r in till_rows()]
    path = Path(folder) / "ventes_mars.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


# --- Excel workbook with a title row, a blank row and a Notes sheet ---------------------------

WORKBOOK_HEADER = [
    "Order ID",
    "Order Date",
    "Customer",
    "Product",
    "Quantity",
    "Unit Price",
    "Total",
    "Status",
]
WORKBOOK_ROW_COUNT = 25


def workbook_rows() -> list[list[object]]:
    """The data rows of the workbook, as native cell values (datetime, int, float, str)."""
    products = [("Linen Napkins (set of 4)", 22.0), ("Stoneware Bowl", 14.5), ("Tea Towel", 8.25)]
    rows: list[list[object]] = []
    for i in range(WORKBOOK_ROW_COUNT):
        product, price = products[i % 3]
        qty = 1 + i % 4
        rows.append(
            [
                f"SO-{1001 + i}",
                datetime(2024, 1, 2 + i, 9 + i % 8, 30),
                f"C{200 + i % 7:04d}",
                product,
                qty,
                price,
                price * qty,
                "Returned" if i % 9 == 4 else "Shipped",
            ]
        )
    return rows


def titled_workbook(folder: Path, notes_first: bool = False) -> Path:
    """An .xlsx as a small shop keeps it by hand: a title, a blank row, the header, orders.

    A "Notes" sheet sits beside the orders (second, or first with `notes_first`) so that
    choosing the sheet that holds the orders is tested.
    """
    from openpyxl import Workbook

    wb = Workbook()
    orders = wb.active
    assert orders is not None
    orders.title = "Orders 2024"
    orders.append(["Sales report – January 2024"])
    orders.append([])
    orders.append(WORKBOOK_HEADER)
    for row in workbook_rows():
        orders.append(row)
    notes = wb.create_sheet("Notes", 0 if notes_first else 1)
    for line in [
        "Exported by hand from the till every month.",
        "Returns are marked in Status.",
        "Prices include VAT.",
    ]:
        notes.append([line])
    path = Path(folder) / ("orders_notes_first.xlsx" if notes_first else "orders_2024.xlsx")
    wb.save(path)
    return path


def truncated_xlsx(folder: Path) -> Path:
    """The titled workbook cut in half, as a broken download or a full disk leaves it."""
    sub = Path(folder) / "whole"
    sub.mkdir(exist_ok=True)
    data = titled_workbook(sub).read_bytes()
    path = Path(folder) / "orders_broken.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


# --- Bad and tiny inputs ----------------------------------------------------------------------


def empty_csv(folder: Path) -> Path:
    """A zero-byte file, as an export that failed half-way leaves it."""
    path = Path(folder) / "orders_empty.csv"
    path.write_bytes(b"")
    return path


def header_only_csv(folder: Path) -> Path:
    """A Shopify export of a period without orders: the header line and nothing else."""
    path = Path(folder) / "orders_none.csv"
    path.write_text(_csv_line(SHOPIFY_HEADER) + "\n", encoding="utf-8")
    return path


def binary_garbage(folder: Path) -> Path:
    """A picture saved with a .csv name: PNG signature then bytes that are not text."""
    rng = random.Random(7)
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(4000))
    path = Path(folder) / "orders.csv"
    path.write_bytes(data)
    return path


def tiny_csv(folder: Path) -> Path:
    """Two orders, the smallest real file a new shop exports."""
    path = Path(folder) / "first_orders.csv"
    path.write_text(
        "Order,Date,Customer,Amount\n1001,2024-03-01,00042,19.90\n1002,2024-03-02,00007,5.00\n",
        encoding="utf-8",
    )
    return path


# --- OpenDocument spreadsheet (LibreOffice Calc) ----------------------------------------------

_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _ods_cell(value: object) -> str:
    from xml.sax.saxutils import escape

    cell = "<table:table-cell office:value-type="
    if isinstance(value, datetime):
        return (
            f'{cell}"date" office:date-value="{value:%Y-%m-%dT%H:%M:%S}">'
            f"<text:p>{value:%Y-%m-%d %H:%M}</text:p></table:table-cell>"
        )
    if isinstance(value, int | float):
        return f'{cell}"float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
    return f'{cell}"string"><text:p>{escape(str(value))}</text:p></table:table-cell>'


def ods_orders(folder: Path) -> Path:
    """The workbook's orders saved from LibreOffice Calc as .ods (one sheet, header on row 1)."""
    import zipfile

    rows = [WORKBOOK_HEADER, *workbook_rows()]
    body = "".join(
        "<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>"
        for row in rows
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS} '
        'office:version="1.2"><office:body><office:spreadsheet>'
        f'<table:table table:name="Orders">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    path = Path(folder) / "orders.ods"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                    compress_type=zipfile.ZIP_STORED)  # fmt: skip
        zf.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


#: Columns of a small hand-made till export with a status (and optionally a refund) column,
#: and the mapping a user gives for it.
STATUS_TILL_HEADER = ("Order", "Date", "Customer", "Item", "Qty", "Price", "Status")
STATUS_TILL_SPEC: dict[str, str | int] = {
    "order_id": "Order",
    "order_date": "Date",
    "customer_id": "Customer",
    "product_name": "Item",
    "quantity": "Qty",
    "unit_price": "Price",
    "status": "Status",
}


def status_till_export(folder: Path, name: str, rows: list[str], refunds: bool = False) -> Path:
    """A till export of `rows` ("A1,2024-03-01,ann,Tea,2,4.50,paid" ...), UTF-8.

    With `refunds`, a last column "Refunded" holds the money given back."""
    header = ",".join(STATUS_TILL_HEADER) + (",Refunded" if refunds else "")
    path = folder / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


# --- Tmall order report (one row per order; paid already has the refund taken out) -----------

#: As Tmall writes them, two headers with a trailing space.
TMALL_HEADER = [
    "订单编号",
    "总金额",
    "买家实际支付金额",
    "收货地址 ",
    "订单创建时间",
    "订单付款时间 ",
    "退款金额",
]
TMALL_ORDER_COUNT = 40
_TMALL_ADDRESSES = ["浙江省", "广东省", "上海", "北京", "四川省", "新疆维吾尔自治区"]


def tmall_kind(i: int) -> str:
    """What happened to order i: two in ten never paid, one refunded in full, one in part."""
    return {0: "unpaid", 1: "unpaid", 2: "refunded", 3: "partly refunded"}.get(i % 10, "paid")


def tmall_rows() -> list[list[str]]:
    """The rows of the Tmall report: for every paid order paid + refund = total; a fully
    refunded order shows paid 0; an unpaid one has no payment time and paid 0."""
    rows = []
    start = datetime(2020, 2, 1, 0, 5)
    for i in range(TMALL_ORDER_COUNT):
        total = round(50 + 7.3 * i, 2)
        kind = tmall_kind(i)
        refund = {"refunded": total, "partly refunded": round(total * 0.25, 2)}.get(kind, 0.0)
        paid = 0.0 if kind == "unpaid" else round(total - refund, 2)
        created = start + timedelta(hours=17 * i, minutes=11 * i)
        paid_at = "" if kind == "unpaid" else f"{created + timedelta(minutes=3):%Y-%m-%d %H:%M:%S}"
        rows.append(
            [
                str(i + 1),
                f"{total:.2f}",
                f"{paid:.2f}" if paid else "0",
                _TMALL_ADDRESSES[i % len(_TMALL_ADDRESSES)],
                f"{created:%Y-%m-%d %H:%M:%S}",
                paid_at,
                f"{refund:.2f}" if refund else "0",
            ]
        )
    return rows


def tmall_report(folder: Path) -> Path:
    """Tmall's order report as a UTF-8 CSV (the layout of tmall_order_report.csv)."""
    lines = [_csv_line(TMALL_HEADER)] + [_csv_line(r) for r in tmall_rows()]
    path = Path(folder) / "tmall_order_report.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
