"""Thin evidence on real data: a product sold once, a customer with one order, a one-product
shop, charges that must never be recommended, and names without spaces (Chinese)."""

from __future__ import annotations

import pandas as pd
import pytest

from core.recommend.build import RecommendationsParams, build_recommendations
from core.recommend.content import ContentParams, content_similarity
from core.recommend.matrix import NotEnoughProductsError
from core.recommend.top_n import Recommender, customer_lists, similar_products
from core.sections.base import SectionContext
from core.sections.run import compute_sections


def test_a_product_sold_once_gets_similar_products_by_name(retail_model: Recommender) -> None:
    products = retail_model.purchases.products
    once = products[(products["orders"] == 1) & products["merchandise"]]
    assert len(once) == 156
    similar = similar_products(retail_model)
    wrap = similar[similar["product_key"] == "16161M"]  # WRAP  PINK FLOCK, one order
    assert len(wrap) == 10
    assert set(wrap["reason_kind"]) == {"similar_name"}
    assert wrap["similar_name"].iloc[0] == "PINK POLKADOT WRAP"
    assert all({"WRAP", "PINK", "FLOCK"} & set(name.split()) for name in wrap["similar_name"])
    # A product with plenty of sales is explained by co-purchases.
    heart = similar[similar["product_key"] == "85123A"]
    assert heart["reason_kind"].iloc[0] == "bought_with"
    assert heart["customers_both"].iloc[0] > 50


def test_a_customer_with_one_order_gets_ten_explained_products(
    retail_model: Recommender, online_retail_lines: pd.DataFrame
) -> None:
    sold = online_retail_lines[~online_retail_lines["is_return"]]
    orders = sold.groupby("customer_id")["order_id"].nunique()
    known = set(retail_model.purchases.customers)
    customer = sorted(c for c in orders[orders == 1].index if c in known)[0]
    bought = set(sold.loc[sold["customer_id"] == customer, "sku"])
    listed = customer_lists(retail_model, [customer])
    assert len(listed) == 10
    assert listed["rank"].tolist() == list(range(1, 11))
    assert not bought & set(listed["product_key"])
    personal = listed[listed["reason_kind"] == "bought_with"]
    assert len(personal) > 0
    assert set(personal["because_key"]) <= bought
    first = personal.iloc[0]
    assert first["reason"] == (
        f"bought with {first['because_name']} by {first['customers_both']:,} customers"
    )


def test_a_customer_who_returned_everything_gets_the_best_sellers(
    retail_model: Recommender,
) -> None:
    # 12346 bought 74,215 storage jars and returned them all: nothing kept, nothing to go on.
    listed = customer_lists(retail_model, ["12346"])
    assert set(listed["reason_kind"]) == {"best_seller"}
    assert listed["product_name"].iloc[0] == "REGENCY CAKESTAND 3 TIER"
    assert listed["reason"].iloc[0] == "one of the best sellers (870 customers)"


def test_charges_are_never_recommended(retail_model: Recommender) -> None:
    excluded = retail_model.purchases.excluded
    for charge in (
        "POSTAGE",
        "DOTCOM POSTAGE",
        "CARRIAGE",
        "Manual",
        "Bank Charges",
        "AMAZON FEE",
        "CRUK Commission",
        "Discount",
    ):
        assert charge in excluded
    # Product names that merely contain such a word are products.
    assert "BLACK BAROQUE CARRIAGE CLOCK" not in excluded
    lists = customer_lists(retail_model, list(retail_model.purchases.customers[:300]))
    assert not set(lists["product_name"]) & set(excluded)
    similar = similar_products(retail_model)
    assert not set(similar["similar_name"]) & set(excluded)


def test_a_shop_with_one_product_is_skipped_with_a_reason(
    online_retail_lines: pd.DataFrame,
) -> None:
    one = online_retail_lines[online_retail_lines["sku"] == "85123A"].reset_index(drop=True)
    with pytest.raises(NotEnoughProductsError, match="at least two different products"):
        build_recommendations(one, RecommendationsParams())
    out = compute_sections(SectionContext.of_lines(one), ["recommendations"])[
        "recommendations"
    ].summary
    assert out["status"] == "skipped"
    assert "at least two different products" in out["reason"]


def test_chinese_names_find_their_neighbours() -> None:
    """Names without spaces: character n-grams see what a word tokenizer cannot."""
    products = pd.DataFrame(
        {
            "name": ["纯棉短袖T恤男", "纯棉长袖T恤男", "不锈钢保温杯", "不锈钢保温壶", "蓝牙耳机"],
            "category": ["服装", "服装", "厨具", "厨具", "数码"],
        }
    )
    scores = content_similarity(products, ContentParams(min_similarity=0.1)).toarray()
    assert scores[0].argmax() == 1
    assert scores[2].argmax() == 3
    assert scores[4].max() == 0.0  # nothing like the earphones
