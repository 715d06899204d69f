"""Known export layouts (Shopify, WooCommerce, Amazon, Taobao/Tmall, JD, UCI, Superstore).

A merchant who drops a platform's standard export should not have to map a single column: the
platform's header names are known, so a preset maps them outright. A preset is chosen when most
of its identifying headers are present; anything it does not cover falls back to the generic
matcher in `core.ingest.mapping`.

Header names here are compared after `normalise_header` (case, spaces, punctuation and
full-width forms ignored), so "Lineitem quantity", "lineitem_quantity" and "LINEITEM QUANTITY"
are the same header. `normalise_header` lives here rather than in mapping.py because both
modules need it and presets is the lower layer; mapping.py re-exports it.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

log = logging.getLogger(__name__)

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise_header(name: str) -> str:
    """The comparable form of a header: full-width folded, lower case, no spaces/punctuation.

    Exports of the same platform differ in exactly these details ("Customer ID", "CustomerID",
    "customer_id", "ＣｕｓｔｏｍｅｒＩＤ", "订单编号（必填）" vs "订单编号"), none of which changes
    what the column holds.
    """
    text = unicodedata.normalize("NFKC", str(name)).casefold()
    return _NOT_WORD.sub("", text)


@dataclass(frozen=True)
class Preset:
    """One platform's export layout.

    `fields` maps a canonical field to the header names (normalised) that hold it, best first:
    the first one present in the file is used. `identifying` lists the headers that recognise
    the layout, each entry a tuple of alternative spellings; the preset applies when most
    entries are present. `ignore_fields` are fields the generic matcher must NOT fill for this
    layout even when a header looks like them (Superstore's "Discount" is a rate, not money).
    `order_totals` are headers holding a whole order's total, used as the amount only when the
    file gives neither a line amount nor quantity and unit price (an order-level export);
    otherwise summing them per line would count each order several times.
    `payment_time` are headers of the time an order was paid: an empty cell there means the
    order was never paid (Taobao/Tmall). `paid_net_of_refunds` are amount headers that already
    have the refund taken out (Tmall's 买家实际支付金额 = 总金额 − 退款金额): when such a column is
    the amount, the sale is paid + refund, or the refund would be taken off twice.
    """

    name: str
    fields: dict[str, tuple[str, ...]]
    identifying: tuple[tuple[str, ...], ...]
    ignore_fields: frozenset[str] = frozenset()
    order_totals: tuple[str, ...] = ()
    currency: str | None = None  # the currency the platform's amounts are in, when it is fixed
    notes: tuple[str, ...] = ()
    payment_time: tuple[str, ...] = ()
    paid_net_of_refunds: tuple[str, ...] = ()

    def score(self, normalised: set[str]) -> float:
        """Share of identifying entries present among the normalised headers of a file."""
        if not self.identifying:
            return 0.0
        hits = sum(1 for alternatives in self.identifying if normalised & set(alternatives))
        return hits / len(self.identifying)


def _n(*names: str) -> tuple[str, ...]:
    """Normalise header names written the way the platform spells them."""
    return tuple(normalise_header(n) for n in names)


def _fields(**spec: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    return {name: _n(*headers) for name, headers in spec.items()}


def _ident(*entries: str | tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(_n(e) if isinstance(e, str) else _n(*e) for e in entries)


SHOPIFY = Preset(
    name="Shopify orders",
    fields=_fields(
        order_id=("Name",),
        order_date=("Created at", "Paid at"),
        customer_id=("Customer ID", "Email"),
        sku=("Lineitem sku",),
        product_name=("Lineitem name",),
        category=("Product Type", "Vendor"),
        quantity=("Lineitem quantity",),
        unit_price=("Lineitem price",),
        discount=("Lineitem discount",),
        refund_amount=("Refunded Amount",),
        currency=("Currency",),
        country=("Billing Country", "Shipping Country"),
        channel=("Source",),
        status=("Financial Status",),
    ),
    identifying=_ident(
        "Name",
        "Financial Status",
        "Fulfillment Status",
        ("Created at", "Paid at"),
        "Lineitem quantity",
        "Lineitem name",
        "Lineitem price",
        "Lineitem sku",
        ("Billing Country", "Billing Name"),
        ("Subtotal", "Total"),
    ),
    # "Discount Amount" and "Total" are order-level figures written on the first line only;
    # a line's amount is quantity x price - its own "Lineitem discount".
    ignore_fields=frozenset({"amount"}),
)

WOOCOMMERCE = Preset(
    name="WooCommerce orders",
    fields=_fields(
        order_id=("Order Number", "Order ID", "order_number", "order_id"),
        order_date=("Order Date", "Date", "order_date"),
        customer_id=(
            "Customer User",
            "Customer User ID",
            "customer_id",
            "Billing Email",
            "Email (Billing)",
            "Customer Email",
            "billing_email",
        ),
        sku=("SKU", "Item SKU"),
        product_name=("Item Name", "Product Name", "item_name"),
        category=("Product Categories", "Category", "Item Category"),
        quantity=("Quantity", "Item Quantity", "Quantity (- Refund)", "item_quantity"),
        unit_price=("Item Cost", "Item Price", "item_cost"),
        amount=("Line total", "Item Total", "Line Subtotal", "item_total"),
        discount=("Cart Discount", "Cart Discount Amount", "Discount Amount", "cart_discount"),
        refund_amount=("Order Refund Amount", "Refunded Total", "Order Refund", "refunded_total"),
        currency=("Order Currency", "Currency", "order_currency"),
        country=(
            "Billing Country",
            "Country Code (Billing)",
            "Shipping Country",
            "Country Code (Shipping)",
            "billing_country",
        ),
        channel=("Created Via", "Payment Method Title"),
        status=("Order Status", "Status", "status"),
    ),
    identifying=_ident(
        ("Order ID", "Order Number", "order_id", "order_number"),
        ("Order Date", "order_date"),
        ("Order Status", "status"),
        ("Customer User", "Customer User ID", "customer_id"),
        ("Item Name", "item_name"),
        ("Item Cost", "item_cost"),
        ("Order Total", "Order Total Amount", "order_total"),
        ("Cart Discount", "Cart Discount Amount", "cart_discount"),
        ("Order Currency", "order_currency"),
        ("Billing Email", "Email (Billing)", "Customer Email", "billing_email"),
    ),
    order_totals=_n("Order Total", "Order Total Amount", "order_total"),
)

AMAZON = Preset(
    name="Amazon order report",
    fields=_fields(
        order_id=("amazon-order-id", "order-id"),
        order_date=("purchase-date",),
        customer_id=("buyer-email", "buyer-name"),
        sku=("sku", "asin"),
        product_name=("product-name",),
        quantity=("quantity", "quantity-purchased"),
        # Amazon's item-price is the price of the whole line (all units), not a unit price.
        amount=("item-price",),
        discount=("item-promotion-discount",),
        currency=("currency",),
        country=("ship-country",),
        channel=("sales-channel",),
        status=("order-status", "item-status"),
    ),
    identifying=_ident(
        ("amazon-order-id", "order-id"),
        "purchase-date",
        ("order-status", "item-status"),
        "sales-channel",
        "product-name",
        "asin",
        "item-price",
        "ship-country",
        "sku",
        ("quantity", "quantity-purchased"),
    ),
)

#: Taobao/Tmall: the order total (总金额) is the sale; what the buyer actually paid already has
#: the refund taken out, so it is the amount only when the file has no total.
_TAOBAO_PAID = ("买家实际支付金额", "实付款", "实付金额", "买家实付金额")
_TAOBAO_FIELDS = _fields(
    order_id=("订单编号", "主订单编号", "子订单编号"),
    order_date=("订单创建时间", "订单付款时间", "创建时间", "付款时间"),
    customer_id=("买家会员名", "买家昵称", "买家账号", "买家支付宝账号"),
    sku=("商家编码", "商品编码", "外部系统编号", "宝贝编码"),
    product_name=("宝贝标题", "商品标题", "标题", "宝贝名称"),
    category=("宝贝种类", "商品类目", "类目"),
    quantity=("购买数量", "宝贝总数量", "商品数量"),
    unit_price=("单价", "价格", "商品价格"),
    amount=("总金额", *_TAOBAO_PAID),
    refund_amount=("退款金额",),
    country=("收货地址", "收货人地址"),
    channel=("店铺名称",),
    status=("订单状态",),
)
_TAOBAO_PAYMENT_TIME = _n("订单付款时间", "付款时间")

TAOBAO = Preset(
    name="Taobao/Tmall orders",
    fields=_TAOBAO_FIELDS,
    identifying=_ident(
        ("订单编号", "主订单编号"),
        ("买家会员名", "买家昵称"),
        ("订单创建时间", "订单付款时间"),
        ("宝贝标题", "商品标题", "标题"),
        ("购买数量", "宝贝总数量"),
        ("买家实际支付金额", "实付款"),
        "订单状态",
        ("收货地址", "收货人地址", "收货人姓名"),
        ("退款金额", "买家应付货款", "总金额"),
    ),
    currency="CNY",
    payment_time=_TAOBAO_PAYMENT_TIME,
    paid_net_of_refunds=_n(*_TAOBAO_PAID),
)

#: Tmall's order report: one row per order, no buyer and no products (订单编号, 总金额,
#: 买家实际支付金额, 收货地址, 订单创建时间, 订单付款时间, 退款金额; headers may end in spaces).
TMALL_REPORT = Preset(
    name="Tmall order report",
    fields=_TAOBAO_FIELDS,
    identifying=_ident(
        ("订单编号", "主订单编号"),
        "总金额",
        ("买家实际支付金额", "实付款"),
        ("收货地址", "收货人地址"),
        "订单创建时间",
        "订单付款时间",
        "退款金额",
    ),
    currency="CNY",
    payment_time=_TAOBAO_PAYMENT_TIME,
    paid_net_of_refunds=_n(*_TAOBAO_PAID),
)

JD = Preset(
    name="JD orders",
    fields=_fields(
        order_id=("订单号", "订单编号"),
        order_date=("下单时间", "付款时间", "订单时间"),
        customer_id=("下单帐号", "下单账号", "客户账号", "客户帐号", "客户姓名"),
        sku=("商品编号", "商品ID", "SKU", "商品编码"),
        product_name=("商品名称",),
        category=("商品类目", "类目"),
        quantity=("订购数量", "商品数量"),
        unit_price=("京东价", "单价"),
        amount=("应付金额", "订单金额", "结算金额"),
        discount=("优惠金额",),
        refund_amount=("退款金额",),
        country=("省", "省份", "地址", "客户地址"),
        channel=("店铺名称", "订单来源"),
        status=("订单状态",),
    ),
    identifying=_ident(
        "订单号",
        "下单时间",
        ("下单帐号", "下单账号", "客户账号", "客户帐号"),
        "商品名称",
        ("商品编号", "商品ID", "SKU"),
        ("订购数量", "商品数量"),
        ("京东价", "单价"),
        ("应付金额", "订单金额"),
        "订单状态",
    ),
    currency="CNY",
)

UCI_ONLINE_RETAIL = Preset(
    name="UCI Online Retail",
    fields=_fields(
        order_id=("InvoiceNo",),
        order_date=("InvoiceDate",),
        customer_id=("CustomerID",),
        sku=("StockCode",),
        product_name=("Description",),
        quantity=("Quantity",),
        unit_price=("UnitPrice",),
        country=("Country",),
    ),
    identifying=_ident("InvoiceNo", "StockCode", "InvoiceDate", "UnitPrice", "CustomerID"),
    currency="GBP",
)

ONLINE_RETAIL_II = Preset(
    name="Online Retail II",
    fields=_fields(
        order_id=("Invoice",),
        order_date=("InvoiceDate",),
        customer_id=("Customer ID",),
        sku=("StockCode",),
        product_name=("Description",),
        quantity=("Quantity",),
        unit_price=("Price",),
        country=("Country",),
    ),
    identifying=_ident("Invoice", "StockCode", "InvoiceDate", "Price", "Customer ID"),
    currency="GBP",
)

SUPERSTORE = Preset(
    name="Superstore",
    fields=_fields(
        order_id=("Order ID",),
        order_date=("Order Date",),
        customer_id=("Customer ID",),
        sku=("Product ID",),
        product_name=("Product Name",),
        category=("Category",),
        quantity=("Quantity",),
        amount=("Sales",),
        country=("Country", "Country/Region"),
    ),
    identifying=_ident(
        "Row ID",
        "Order ID",
        "Order Date",
        "Ship Date",
        "Ship Mode",
        "Customer Name",
        "Segment",
        "Sub-Category",
        "Sales",
        "Profit",
    ),
    # Superstore's "Discount" is a rate (0 to 0.8), not money taken off: mapping it as a money
    # discount would be wrong, and "Sales" is already the amount after it.
    ignore_fields=frozenset({"discount"}),
    currency="USD",
    notes=(
        "Superstore's Discount column is a rate (0 to 0.8), not an amount of money, so it was "
        "not used; Sales is already the amount after discount.",
    ),
)

PRESETS: tuple[Preset, ...] = (
    SHOPIFY,
    WOOCOMMERCE,
    AMAZON,
    TAOBAO,
    TMALL_REPORT,
    JD,
    UCI_ONLINE_RETAIL,
    ONLINE_RETAIL_II,
    SUPERSTORE,
)

#: A preset needs this share of its identifying headers ("most of them").
MIN_SCORE = 0.6
#: ... and at least this many, so that three generic headers never pass for a platform.
MIN_HITS = 3


def detect_preset(columns: Sequence[str]) -> Preset | None:
    """The preset whose identifying headers are most present, if most of them are.

    The best share wins; a tie goes to the preset with more identifying headers (the more
    specific layout), so a UCI file (all of its headers present) is never taken for Online
    Retail II (which shares most of them).
    """
    normalised = {normalise_header(c) for c in columns}
    best: Preset | None = None
    best_key = (0.0, 0)
    for preset in PRESETS:
        share = preset.score(normalised)
        hits = round(share * len(preset.identifying))
        if share < MIN_SCORE or hits < MIN_HITS:
            continue
        key = (share, len(preset.identifying))
        if key > best_key:
            best, best_key = preset, key
    if best is not None:
        log.info(
            "export layout recognised as %s (%.0f%% of its headers)", best.name, 100 * best_key[0]
        )
    return best


def preset_named(name: str | None) -> Preset | None:
    """The preset of this name (as stored in a Mapping), or None."""
    for preset in PRESETS:
        if preset.name == name:
            return preset
    return None
