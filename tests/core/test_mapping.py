"""Column mapping on real exports: presets, synonyms, value sniffing, user specs, refusals."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from core.errors import MappingError, MissingFieldsError
from core.ingest.mapping import (
    auto_map,
    check_required,
    header_signature,
    mapping_from_spec,
    normalise_header,
)
from core.ingest.presets import PRESETS, detect_preset
from core.ingest.readers import read_table
from core.ingest.types import Mapping, RawTable
from core.schema import CANONICAL_FIELDS
from tests import fixtures_gen
from tests.conftest import shared_file

UCI = "uci-online-retail/online_retail.csv.gz"
SUPERSTORE_XLS = "superstore/Sample - Superstore.xls"
SUPERSTORE_CSV = "superstore/variant-2019-2022/Sample - Superstore.csv"
SUPERSTORE_VARIANT_XLS = "superstore/variant-2019-2022/Sample - Superstore.xls"
CDNOW_MASTER = "cdnow/CDNOW_master.txt.gz"
CDNOW_SAMPLE = "cdnow/CDNOW_sample.txt"
GROCERIES = "groceries/Groceries_dataset.csv"
WALMART = "walmart-sales-weekly/walmart_sales_weekly.csv"
OLIST = "olist-classified-sample/olist_classified_public_dataset.csv"


def _preview(relative: str) -> RawTable:
    """The first rows of a real file, as the GUI's mapping preview reads them."""
    return read_table(shared_file(relative), nrows=2000)


def _methods(mapping: Mapping) -> dict[str, str]:
    return {m.field: m.method for m in mapping.matches}


# --- headers ----------------------------------------------------------------------------------


def test_normalise_header_ignores_case_spaces_punctuation_and_full_width() -> None:
    spellings = [
        "Customer ID",
        "CustomerID",
        "customer_id",
        " CUSTOMER-ID ",
        "ＣｕｓｔｏｍｅｒＩＤ",
    ]
    assert {normalise_header(s) for s in spellings} == {"customerid"}
    assert normalise_header("订单编号（必填）") == "订单编号必填"
    assert normalise_header("Prix (€)") == "prix"
    assert normalise_header("Lineitem quantity") == normalise_header("lineitem_quantity")


def test_header_signature_identifies_a_layout_not_its_spelling() -> None:
    a = header_signature(["InvoiceNo", "StockCode", "Quantity"])
    assert a == header_signature(["Quantity", "invoice_no", "Stock Code "])
    assert a != header_signature(["InvoiceNo", "StockCode", "Quantity", "Country"])
    assert len(a) == 16 and int(a, 16) >= 0


# --- presets ----------------------------------------------------------------------------------


def test_every_preset_recognises_its_own_headers() -> None:
    for preset in PRESETS:
        headers = [alternatives[0] for alternatives in preset.identifying]
        assert detect_preset(headers) is preset, preset.name


def test_presets_of_real_and_generated_headers(tmp_path: Path) -> None:
    cases = {
        "Shopify orders": fixtures_gen.SHOPIFY_HEADER,
        "Taobao/Tmall orders": fixtures_gen.TAOBAO_HEADER,
        "Amazon order report": fixtures_gen.AMAZON_HEADER,
        "WooCommerce orders": fixtures_gen.WOO_HEADER,
        "JD orders": [
            "订单号",
            "下单时间",
            "下单帐号",
            "商品名称",
            "商品编号",
            "订购数量",
            "京东价",
            "应付金额",
            "订单状态",
            "省",
        ],
        "Online Retail II": [
            "Invoice",
            "StockCode",
            "Description",
            "Quantity",
            "InvoiceDate",
            "Price",
            "Customer ID",
            "Country",
        ],
    }
    for name, headers in cases.items():
        preset = detect_preset(headers)
        assert preset is not None and preset.name == name
    assert detect_preset(["Member_number", "Date", "itemDescription"]) is None
    assert detect_preset(fixtures_gen.GERMAN_HEADER) is None
    assert detect_preset(["Order", "Date", "Customer", "Amount"]) is None


def test_uci_online_retail_maps_exactly() -> None:
    raw = _preview(UCI)
    mapping = auto_map(raw)
    assert mapping.preset == "UCI Online Retail"
    assert mapping.as_dict() == {
        "order_id": "InvoiceNo",
        "order_date": "InvoiceDate",
        "customer_id": "CustomerID",
        "sku": "StockCode",
        "product_name": "Description",
        "quantity": "Quantity",
        "unit_price": "UnitPrice",
        "country": "Country",
    }
    assert set(_methods(mapping).values()) == {"preset"}
    assert all(m.confidence == 1.0 for m in mapping.matches)
    check_required(mapping, raw)


@pytest.mark.parametrize(
    ("relative", "country"),
    [
        (SUPERSTORE_XLS, "Country"),
        (SUPERSTORE_VARIANT_XLS, "Country/Region"),
        (SUPERSTORE_CSV, "Country/Region"),
    ],
)
def test_superstore_maps_sales_as_amount_and_leaves_the_discount_rate_out(
    relative: str, country: str
) -> None:
    raw = _preview(relative)
    mapping = auto_map(raw)
    assert mapping.preset == "Superstore"
    assert mapping.as_dict() == {
        "order_id": "Order ID",
        "order_date": "Order Date",
        "customer_id": "Customer ID",
        "sku": "Product ID",
        "product_name": "Product Name",
        "category": "Category",
        "quantity": "Quantity",
        "amount": "Sales",
        "country": country,
    }
    assert mapping.source_of("discount") is None  # a rate 0..0.8, not money
    assert "Segment" not in mapping.as_dict().values()


# --- synonyms and values ----------------------------------------------------------------------


def test_cdnow_master_by_synonyms() -> None:
    raw = _preview(CDNOW_MASTER)
    mapping = auto_map(raw)
    assert mapping.preset is None
    assert mapping.as_dict() == {
        "order_date": "date",
        "customer_id": "customer_id",
        "quantity": "number_of_cds",
        "amount": "dollar_value",
    }
    assert {m.field: m.confidence for m in mapping.matches} == {
        "order_date": 0.9,
        "customer_id": 0.9,
        "quantity": 0.7,
        "amount": 0.7,
    }


def test_cdnow_sample_without_header_is_mapped_from_its_values() -> None:
    raw = _preview(CDNOW_SAMPLE)
    assert raw.header_row is None
    mapping = auto_map(raw)
    found = mapping.as_dict()
    assert found["order_date"] == "Column 3"
    assert found["amount"] == "Column 5"
    assert found["quantity"] == "Column 4"
    assert found["customer_id"] in ("Column 1", "Column 2")
    assert "order_id" not in found  # no column is one order per row
    assert set(_methods(mapping).values()) == {"values"}
    assert all(0.3 <= m.confidence <= 0.6 for m in mapping.matches)


def test_groceries_has_no_money_and_is_refused_naming_amount() -> None:
    raw = _preview(GROCERIES)
    mapping = auto_map(raw)
    assert mapping.as_dict() == {
        "order_date": "Date",
        "customer_id": "Member_number",
        "product_name": "itemDescription",
    }
    with pytest.raises(MissingFieldsError) as caught:
        check_required(mapping, raw)
    message = str(caught.value)
    assert "amount" in message
    for column in ("Member_number", "Date", "itemDescription"):
        assert repr(column) in message
    assert caught.value.columns_seen == ["Member_number", "Date", "itemDescription"]
    assert "order date" not in caught.value.missing


def test_walmart_weekly_sales() -> None:
    mapping = auto_map(_preview(WALMART))
    found = mapping.as_dict()
    assert found["order_date"] == "Date"
    assert found["amount"] == "Weekly_Sales"
    assert found["category"] == "Dept"
    # "id" (store_department, e.g. "1_1") repeats every week: the series sold, not an order
    assert found["sku"] == "id"
    assert "order_id" not in found
    # Fuel_Price, MarkDown1..5, Temperature and Size must not pass for money or quantities
    for column in ("Fuel_Price", "MarkDown1", "Temperature", "Size", "CPI", "IsHoliday"):
        assert column not in found.values()


def test_olist_order_sample() -> None:
    mapping = auto_map(_preview(OLIST))
    assert mapping.as_dict() == {
        "order_id": "id",
        "order_date": "order_purchase_timestamp",
        "category": "product_category_name",
        "quantity": "order_items_qty",
        "amount": "order_products_value",
        "country": "customer_state",
        "status": "order_status",
    }  # no customer id: the zip prefix, city and state are not customers


def test_generated_exports(tmp_path: Path) -> None:
    expected = {
        fixtures_gen.taobao_gbk: {
            "order_id": "订单编号",
            "order_date": "订单创建时间",
            "customer_id": "买家会员名",
            "product_name": "宝贝标题",
            "quantity": "购买数量",
            "unit_price": "单价",
            "amount": "买家实际支付金额",
            "refund_amount": "退款金额",
            "country": "收货地址",
            "status": "订单状态",
        },
        fixtures_gen.german_semicolon: {
            "order_id": "Bestellnummer",
            "order_date": "Bestelldatum",
            "customer_id": "Kundennummer",
            "sku": "Artikelnummer",
            "product_name": "Artikel",
            "quantity": "Menge",
            "unit_price": "Einzelpreis",
            "amount": "Gesamtbetrag",
            "currency": "Währung",
            "status": "Status",
        },
        fixtures_gen.amazon_utf16_tsv: {
            "order_id": "amazon-order-id",
            "order_date": "purchase-date",
            "customer_id": "buyer-email",
            "sku": "sku",
            "product_name": "product-name",
            "quantity": "quantity",
            "amount": "item-price",
            "currency": "currency",
            "country": "ship-country",
        },
        fixtures_gen.till_cp1252: {
            "order_id": "Ticket",
            "order_date": "Date",
            "customer_id": "Client",
            "product_name": "Article",
            "quantity": "Qté",
            "unit_price": "Prix (€)",
            "amount": "Total (€)",
        },
        fixtures_gen.titled_workbook: {
            "order_id": "Order ID",
            "order_date": "Order Date",
            "customer_id": "Customer",
            "product_name": "Product",
            "quantity": "Quantity",
            "unit_price": "Unit Price",
            "amount": "Total",
            "status": "Status",
        },
        fixtures_gen.tiny_csv: {
            "order_id": "Order",
            "order_date": "Date",
            "customer_id": "Customer",
            "amount": "Amount",
        },
    }
    for make, mapping in expected.items():
        raw = read_table(make(tmp_path))
        assert auto_map(raw).as_dict() == mapping, make.__name__


def test_shopify_and_woocommerce_presets(tmp_path: Path) -> None:
    shopify = auto_map(read_table(fixtures_gen.shopify_orders(tmp_path)))
    assert shopify.preset == "Shopify orders"
    assert shopify.as_dict() == {
        "order_id": "Name",
        "order_date": "Created at",
        "customer_id": "Email",
        "sku": "Lineitem sku",
        "product_name": "Lineitem name",
        "quantity": "Lineitem quantity",
        "unit_price": "Lineitem price",
        "discount": "Lineitem discount",
        "refund_amount": "Refunded Amount",
        "currency": "Currency",
        "country": "Billing Country",
        "status": "Financial Status",
    }  # "Total" and "Discount Amount" are order-level: never a line's amount
    woo = auto_map(read_table(fixtures_gen.woo_utf8_bom(tmp_path)))
    assert woo.preset == "WooCommerce orders"
    assert woo.as_dict() == {
        "order_id": "Order Number",
        "order_date": "Order Date",
        "customer_id": "Customer Email",
        "product_name": "Item Name",
        "quantity": "Quantity",
        "unit_price": "Item Cost",
        "status": "Order Status",
    }  # Order Total is not a line amount while quantity and item cost are there


def test_each_column_serves_one_field_and_each_field_one_column(tmp_path: Path) -> None:
    for relative in (UCI, SUPERSTORE_CSV, CDNOW_MASTER, WALMART, OLIST):
        mapping = auto_map(_preview(relative))
        sources = [m.source for m in mapping.matches]
        fields = [m.field for m in mapping.matches]
        assert len(sources) == len(set(sources)) and len(fields) == len(set(fields))
        assert all(f in CANONICAL_FIELDS for f in fields)


# --- the user's own mapping -------------------------------------------------------------------


def test_mapping_from_spec_by_name_and_number() -> None:
    raw = _preview(CDNOW_SAMPLE)
    mapping = mapping_from_spec(
        raw, {"customer_id": 2, "order_date": "Column 3", "quantity": "column_4", "amount": 5}
    )
    assert mapping.as_dict() == {
        "order_date": "Column 3",
        "customer_id": "Column 2",
        "quantity": "Column 4",
        "amount": "Column 5",
    }
    assert {(m.method, m.confidence) for m in mapping.matches} == {("user", 1.0)}
    assert mapping.preset is None
    # the user's mapping is the whole mapping: nothing else is filled in by guessing
    only_date = mapping_from_spec(raw, {"order_date": 3, "amount": "5"})
    assert only_date.as_dict() == {"order_date": "Column 3", "amount": "Column 5"}
    check_required(only_date, raw)


def test_mapping_from_spec_errors_name_the_problem() -> None:
    raw = _preview(GROCERIES)
    with pytest.raises(MappingError) as caught:
        mapping_from_spec(raw, {"revenue": "Date"})
    assert "'revenue'" in str(caught.value)
    assert "order_date" in str(caught.value) and "refund_amount" in str(caught.value)

    with pytest.raises(MappingError) as caught:
        mapping_from_spec(raw, {"amount": "Price"})
    message = str(caught.value)
    assert "'Price'" in message
    assert "'Member_number', 'Date', 'itemDescription'" in message

    with pytest.raises(MappingError) as caught:
        mapping_from_spec(raw, {"order_date": 4})
    assert "number 4" in str(caught.value) and "only 3 columns" in str(caught.value)


def test_check_required_names_what_is_missing() -> None:
    raw = RawTable(
        frame=pd.DataFrame({"Wann": ["2024-01-01"], "Menge": ["2"], "Notiz": ["x"]}),
        path=Path("hand_sheet.csv"),
        format="csv",
    )
    with pytest.raises(MissingFieldsError) as caught:
        check_required(mapping_from_spec(raw, {"quantity": "Menge"}), raw)
    error = caught.value
    assert error.missing == ["order date", "line amount (or unit price to compute it)"]
    assert "'Wann', 'Menge', 'Notiz'" in str(error)
    # quantity and unit price together are enough
    raw2 = RawTable(
        frame=pd.DataFrame({"d": ["2024-01-01"], "q": ["2"], "p": ["3.5"]}),
        path=Path("x.csv"),
        format="csv",
    )
    check_required(
        mapping_from_spec(raw2, {"order_date": "d", "quantity": "q", "unit_price": "p"}), raw2
    )


def test_a_plain_sheet_with_a_customer_name_beside_the_id_and_a_marketing_consent() -> None:
    """A hand-kept sheet (no preset) with the columns a shop's CRM export carries: the id is the
    customer, not the name next to it, and "Accepts Marketing" is a consent, not a country."""
    raw = RawTable(
        frame=pd.DataFrame(
            {
                "Order ID": ["A1", "A2", "A3"],
                "Order Date": ["2024-03-01", "2024-03-02", "2024-03-02"],
                "Customer Name": ["Ann Lee", "Bo Chen", "Ann Lee"],
                "Customer ID": ["C-17", "C-22", "C-17"],
                "Accepts Marketing": ["yes", "no", "yes"],
                "Ship Country": ["GB", "CN", "GB"],
                "Amount": ["12.50", "8.00", "3.25"],
            }
        ),
        path=Path("crm_orders.csv"),
        format="csv",
    )
    fields = {m.field: m.source for m in auto_map(raw).matches}
    assert fields["customer_id"] == "Customer ID"
    assert fields["country"] == "Ship Country"
    assert "Accepts Marketing" not in fields.values()
    # a sheet with only the name still uses it as the customer
    named_only = RawTable(
        frame=raw.frame.drop(columns=["Customer ID"]), path=Path("names.csv"), format="csv"
    )
    assert {m.field: m.source for m in auto_map(named_only).matches}["customer_id"] == (
        "Customer Name"
    )
