"""A small constructed shop for the campaign tests: 300 first-time buyers of the last 14-60
days (the second-order audience), 300 regular repeat buyers, five products, and contacts with
the awkward cases (no e-mail, no contact at all, a masked phone, a name that reads as a
formula)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

AS_OF = date(2023, 12, 31)
PRODUCTS = [("P1", "Tea"), ("P2", "Cups"), ("P3", "Honey"), ("P4", "Spoon"), ("P5", "Kettle")]


def customer(i: int) -> str:
    return f"C{i:04d}"


def contact(i: int) -> dict[str, str]:
    """Contacts of customer i: every 7th has no e-mail (a phone only), every 11th nothing,
    every 13th a masked phone, every 17th a name starting with '='."""
    email = "" if i % 7 == 0 or i % 11 == 0 else f"c{i}@example.com"
    phone = "" if i % 11 == 0 else f"138{i:08d}"
    if i % 13 == 0 and phone:
        phone = "138****1234"
    name = f'=HYPERLINK("x") {i}' if i % 17 == 0 else f"Ann Lee{i}"
    return {
        "Email": email,
        "Phone": phone,
        "Customer Name": name,
        "Accepts Marketing": "yes" if i % 2 else "",
    }


def history() -> pd.DataFrame:
    rng = np.random.default_rng(7)
    rows = []
    for i in range(600):
        if i < 300:  # one order, 14-60 days before AS_OF
            days = [pd.Timestamp(AS_OF) - pd.Timedelta(days=int(rng.integers(15, 59)))]
        else:  # a regular buyer since September
            start = pd.Timestamp("2023-09-01") + pd.Timedelta(days=int(rng.integers(0, 20)))
            days = [start + pd.Timedelta(days=25 * k) for k in range(4)]
        for n, day in enumerate(days):
            for j in range(2):
                sku, name = PRODUCTS[(i + j + n) % len(PRODUCTS)]
                rows.append(
                    {
                        "Order ID": f"O{i:04d}-{n}",
                        "Order Date": f"{day:%Y-%m-%d}",
                        "Customer ID": customer(i),
                        **contact(i),
                        "SKU": sku,
                        "Product": name,
                        "Quantity": 1,
                        "Amount": 20.0 + 5 * j,
                    }
                )
    return pd.DataFrame(rows)


def later_orders(buyers: dict[str, float], day: str = "2024-01-10") -> pd.DataFrame:
    """One order on `day` for each customer id in `buyers`, for the given amount."""
    return pd.DataFrame(
        [
            {
                "Order ID": f"L-{cid}",
                "Order Date": day,
                "Customer ID": cid,
                "SKU": "P1",
                "Product": "Tea",
                "Quantity": 1,
                "Amount": amount,
            }
            for cid, amount in buyers.items()
        ]
    )


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    frame.to_csv(path, index=False)
    return path


#: The test files' columns, named outright (the generic matcher's guesses are tested elsewhere).
MAPPING: dict[str, str | int] = {
    "order_id": "Order ID",
    "order_date": "Order Date",
    "customer_id": "Customer ID",
    "sku": "SKU",
    "product_name": "Product",
    "quantity": "Quantity",
    "amount": "Amount",
}
