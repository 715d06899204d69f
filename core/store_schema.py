"""Schema of the shop file, as numbered migrations (PRAGMA user_version holds the version).

A shop file written by an older ShopLens is brought up to date by running the migrations it
has not seen yet, each in its own transaction. Never edit a released migration: add one.
"""

from __future__ import annotations

from typing import Final

_V1: Final[tuple[str, ...]] = (
    """CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        file_size INTEGER,
        sha256 TEXT,
        format TEXT,
        encoding TEXT,
        delimiter TEXT,
        sheet TEXT,
        header_row INTEGER,
        preset TEXT,
        mapping_json TEXT NOT NULL,
        rows_read INTEGER NOT NULL,
        rows_imported INTEGER,
        rows_already_present INTEGER,
        rows_excluded INTEGER NOT NULL,
        excluded_json TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL
    )""",
    """CREATE TABLE order_lines (
        line_key INTEGER PRIMARY KEY,
        order_id TEXT NOT NULL,
        line_no INTEGER NOT NULL,
        order_date TEXT NOT NULL,
        customer_id TEXT,
        sku TEXT,
        product_name TEXT,
        category TEXT,
        quantity REAL,
        unit_price REAL,
        amount REAL NOT NULL,
        discount REAL,
        refund_amount REAL,
        currency TEXT,
        country TEXT,
        channel TEXT,
        status TEXT,
        is_return INTEGER NOT NULL,
        import_id INTEGER NOT NULL REFERENCES imports(id)
    )""",
    "CREATE INDEX order_lines_import ON order_lines(import_id)",
    """CREATE TABLE saved_mappings (
        signature TEXT PRIMARY KEY,
        mapping_json TEXT NOT NULL,
        columns_json TEXT NOT NULL,
        saved_at TEXT NOT NULL
    )""",
    # Derived data as views: always in step with the lines, free at import time.
    """CREATE VIEW daily_sales AS
        SELECT substr(order_date, 1, 10) AS day,
               count(DISTINCT order_id) AS orders,
               count(*) AS lines,
               sum(CASE WHEN is_return THEN 0 ELSE coalesce(quantity, 0) END) AS units,
               sum(CASE WHEN is_return THEN 0 ELSE amount END) AS gross_sales,
               -sum(CASE WHEN is_return THEN amount ELSE 0 END)
                   + sum(coalesce(refund_amount, 0)) AS returns,
               sum(amount) - sum(coalesce(refund_amount, 0)) AS net_sales,
               count(DISTINCT customer_id) AS customers
        FROM order_lines GROUP BY day""",
    """CREATE VIEW customers AS
        SELECT customer_id,
               min(order_date) AS first_order,
               max(order_date) AS last_order,
               count(DISTINCT CASE WHEN is_return THEN NULL ELSE order_id END) AS orders,
               sum(amount) - sum(coalesce(refund_amount, 0)) AS net_sales,
               max(country) AS country
        FROM order_lines WHERE customer_id IS NOT NULL GROUP BY customer_id""",
    """CREATE VIEW products AS
        SELECT coalesce(sku, product_name) AS product,
               max(sku) AS sku,
               max(product_name) AS product_name,
               max(category) AS category,
               sum(CASE WHEN is_return THEN 0 ELSE coalesce(quantity, 0) END) AS units_sold,
               -sum(CASE WHEN is_return THEN coalesce(quantity, 0) ELSE 0 END) AS units_returned,
               sum(amount) - sum(coalesce(refund_amount, 0)) AS net_sales,
               count(DISTINCT order_id) AS orders,
               min(order_date) AS first_sold,
               max(order_date) AS last_sold
        FROM order_lines WHERE coalesce(sku, product_name) IS NOT NULL GROUP BY product""",
)

# Results of analyses (per-customer scores, forecasts, recommendations) live in tables named
# result_<name>, rewritten whole by each run; this table says which run wrote each of them.
_V2: Final[tuple[str, ...]] = (
    """CREATE TABLE analysis_results (
        name TEXT PRIMARY KEY,
        table_name TEXT NOT NULL,
        rows INTEGER NOT NULL,
        as_of TEXT,
        saved_at TEXT NOT NULL
    )""",
)

# Sections (core.sections) keep their whole typed result: one row per section with its summary,
# chart data, parameters and the data version it was computed from, and its binary parts
# (tables as Parquet, arrays) beside it. shop_meta holds the data version counter.
_V3: Final[tuple[str, ...]] = (
    "CREATE TABLE shop_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "INSERT INTO shop_meta (key, value) SELECT 'data_version', "
    "CASE WHEN EXISTS (SELECT 1 FROM order_lines) THEN '1' ELSE '0' END",
    """CREATE TABLE section_results (
        name TEXT PRIMARY KEY,
        params_json TEXT NOT NULL,
        as_of TEXT,
        data_version INTEGER NOT NULL,
        app_version TEXT NOT NULL,
        computed_at TEXT NOT NULL,
        lines INTEGER NOT NULL,
        status TEXT NOT NULL,
        reason TEXT,
        summary_json TEXT NOT NULL,
        charts_json TEXT NOT NULL,
        result_json TEXT NOT NULL,
        tables_json TEXT NOT NULL
    )""",
    """CREATE TABLE section_blobs (
        name TEXT NOT NULL REFERENCES section_results(name) ON DELETE CASCADE,
        key TEXT NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (name, key)
    )""",
)

# Undoing an import needs what it changed: the earlier values of the lines it brought up to
# date and the whole lines it took out (orders it showed as cancelled), kept per import.
_V4: Final[tuple[str, ...]] = (
    "ALTER TABLE imports ADD COLUMN rows_updated INTEGER",
    "ALTER TABLE imports ADD COLUMN rows_withdrawn INTEGER",
    "ALTER TABLE imports ADD COLUMN currency TEXT",
    """CREATE TABLE import_changes (
        import_id INTEGER NOT NULL REFERENCES imports(id),
        line_key INTEGER NOT NULL,
        kind TEXT NOT NULL,
        before_json TEXT NOT NULL
    )""",
    "CREATE INDEX import_changes_import ON import_changes(import_id)",
    "CREATE INDEX import_changes_line ON import_changes(line_key)",
)

# Campaigns (core.campaigns.records): each exported audience with its assumptions, the contacted
# customers and the random holdout kept back, so a later import can read the campaign out.
# Contacts (core.contacts): the latest e-mail, phone, name and consent per customer from imports.
_V5: Final[tuple[str, ...]] = (
    """CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        rule TEXT NOT NULL,
        offer TEXT NOT NULL,
        params_json TEXT NOT NULL,
        as_of TEXT NOT NULL,
        sent_on TEXT NOT NULL,
        window_days INTEGER NOT NULL,
        holdout_share REAL NOT NULL,
        seed INTEGER NOT NULL,
        audience_key TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE campaign_members (
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        customer_id TEXT NOT NULL,
        holdout INTEGER NOT NULL,
        baseline_revenue REAL,
        expected_net REAL,
        PRIMARY KEY (campaign_id, customer_id)
    )""",
    """CREATE TABLE customer_contacts (
        customer_id TEXT PRIMARY KEY,
        email TEXT,
        phone TEXT,
        customer_name TEXT,
        accepts_marketing INTEGER,
        import_id INTEGER
    )""",
)

#: version -> statements that bring a file from version-1 to version.
MIGRATIONS: Final[dict[int, tuple[str, ...]]] = {1: _V1, 2: _V2, 3: _V3, 4: _V4, 5: _V5}
SCHEMA_VERSION: Final[int] = max(MIGRATIONS)
