"""Bought-together rules: counts checked against a plain count of the real baskets."""

from __future__ import annotations

import pandas as pd
import pytest
import scipy.sparse as sp

from core.recommend.basket import BasketParams, basket_rules
from core.recommend.top_n import Recommender
from tests.conftest import shared_file


def _arules_groceries() -> tuple[sp.csr_matrix, pd.DataFrame, list[set[str]]]:
    """groceries.csv (arules' Groceries): one basket per line, items comma-separated."""
    path = shared_file("groceries/groceries.csv")
    baskets = [
        {item.strip() for item in line.split(",") if item.strip()}
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    items = sorted(set().union(*baskets))
    column = {item: i for i, item in enumerate(items)}
    rows = [r for r, basket in enumerate(baskets) for _ in basket]
    cols = [column[item] for basket in baskets for item in basket]
    matrix = sp.csr_matrix(([1.0] * len(rows), (rows, cols)), shape=(len(baskets), len(items)))
    products = pd.DataFrame({"key": items, "name": items, "merchandise": True})
    return matrix, products, baskets


def test_groceries_pair_rules_match_the_published_counts() -> None:
    matrix, products, baskets = _arules_groceries()
    result = basket_rules(matrix, products, BasketParams(min_support=0.01, triples=True))
    assert result.orders == 9835
    pairs = result.pairs.set_index(["antecedent_name", "consequent_name"])
    # arules' Groceries: {other vegetables, whole milk} in 736 baskets, support 0.0748;
    # whole milk in 2,513 baskets, other vegetables in 1,903.
    rule = pairs.loc[("other vegetables", "whole milk")]
    assert rule["orders"] == 736
    assert rule["support"] == pytest.approx(736 / 9835)
    assert rule["confidence"] == pytest.approx(736 / 1903)
    assert rule["lift"] == pytest.approx((736 / 1903) / (2513 / 9835))
    # Every rule's count is what a plain count of the baskets gives.
    for row in result.pairs.head(20).itertuples():
        together = sum(row.antecedent_name in b and row.consequent_name in b for b in baskets)
        assert row.orders == together
    # The best rule by lift at 1 % support, as in the arules literature on this data.
    top = result.pairs.iloc[0]
    assert {top["antecedent_name"], top["consequent_name"]} == {"beef", "root vegetables"}
    assert top["lift"] == pytest.approx(3.04, abs=0.01)
    # Triples extend frequent pairs: {whole milk, other vegetables} -> root vegetables.
    triple = result.triples.set_index(["antecedent_name", "consequent_name"])
    found = triple.loc[("other vegetables + whole milk", "root vegetables")]
    expected = sum({"other vegetables", "whole milk", "root vegetables"} <= b for b in baskets)
    assert found["orders"] == expected == 228


def test_online_retail_rules_stay_sparse_and_skip_charges(retail_model: Recommender) -> None:
    """Orders of up to 1,114 lines: counted block by block, only frequent pairs kept."""
    purchases = retail_model.purchases
    result = basket_rules(purchases.order_item, purchases.products, BasketParams())
    assert result.orders == 19_776
    assert result.min_count == 40  # 0.2 % of the orders
    names = set(result.pairs["antecedent_name"]) | set(result.pairs["consequent_name"])
    assert "POSTAGE" not in names and "DOTCOM POSTAGE" not in names
    top = result.pairs.iloc[0]
    assert top["lift"] == pytest.approx(261.85, abs=0.01)
    # The counts agree with the orders themselves.
    order_item = sp.csc_matrix(purchases.order_item)
    keys = list(purchases.products["key"])
    a, b = keys.index(top["antecedent_key"]), keys.index(top["consequent_key"])
    both = int(order_item[:, a].multiply(order_item[:, b]).sum())
    assert top["orders"] == both == 40
