"""Reusable widgets: tables, charts, KPI cards, the mapping editor."""
