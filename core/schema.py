"""The canonical order-line table every import is turned into.

Whatever the source (Shopify, Taobao, a till), an import becomes rows of these columns; the
store keeps them in `order_lines` and every analysis reads them back in this shape.
"""

from __future__ import annotations

from typing import Final

#: Fields a file column can be mapped onto, in the order the mapping table shows them.
CANONICAL_FIELDS: Final[tuple[str, ...]] = (
    "order_id",
    "order_date",
    "customer_id",
    "sku",
    "product_name",
    "category",
    "quantity",
    "unit_price",
    "amount",
    "discount",
    "refund_amount",
    "currency",
    "country",
    "channel",
    "status",
)

#: Plain-words label of each field, for messages and the mapping table.
FIELD_LABELS: Final[dict[str, str]] = {
    "order_id": "order number",
    "order_date": "order date",
    "customer_id": "customer",
    "sku": "product code (SKU)",
    "product_name": "product name",
    "category": "category",
    "quantity": "quantity",
    "unit_price": "unit price",
    "amount": "line amount",
    "discount": "discount",
    "refund_amount": "refund amount",
    "currency": "currency",
    "country": "country / region",
    "channel": "sales channel",
    "status": "order status",
}

#: Customer contacts an import may carry (core.ingest.contacts): kept per customer in the shop
#: file's customer_contacts table for campaign exports, never on the order lines. A masked phone
#: stays as given; consent is unknown unless the file says yes or no.
CONTACT_FIELDS: Final[tuple[str, ...]] = ("email", "phone", "customer_name", "accepts_marketing")
CONTACT_LABELS: Final[dict[str, str]] = {
    "email": "customer e-mail",
    "phone": "customer phone",
    "customer_name": "customer name",
    "accepts_marketing": "accepts marketing",
}

TEXT_FIELDS: Final[tuple[str, ...]] = (
    "order_id",
    "customer_id",
    "sku",
    "product_name",
    "category",
    "currency",
    "country",
    "channel",
    "status",
)
MONEY_FIELDS: Final[tuple[str, ...]] = ("unit_price", "amount", "discount", "refund_amount")
NUMBER_FIELDS: Final[tuple[str, ...]] = ("quantity", *MONEY_FIELDS)

#: Order-level fields: exports with one row per line item (Shopify) often fill them only on the
#: first row of an order, so cleaning carries them down within the same order number.
ORDER_LEVEL_FIELDS: Final[tuple[str, ...]] = (
    "order_date",
    "customer_id",
    "currency",
    "country",
    "channel",
    "status",
)

#: Columns of a cleaned canonical frame (and of the `order_lines` table, less store bookkeeping).
#: dtypes: order_id/customer_id/sku/... object (str or None) as cleaning makes them, pandas'
#: str (NaN when missing) as core.store.load_lines reads them back; order_date datetime64[ns];
#: line_no int64 (1-based position of the line within its order in the file);
#: quantity/unit_price/amount/discount/refund_amount float64 (amount signed: returns negative;
#: refund_amount >= 0 is money given back on a sold line); is_return bool.
LINE_COLUMNS: Final[tuple[str, ...]] = (
    "order_id",
    "line_no",
    "order_date",
    "customer_id",
    "sku",
    "product_name",
    "category",
    "quantity",
    "unit_price",
    "amount",
    "discount",
    "refund_amount",
    "currency",
    "country",
    "channel",
    "status",
    "is_return",
)
