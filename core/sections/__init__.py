"""Every analysis of a shop as a section: declared once, run by one runner, kept in the shop
file and reused by the window, `analyze`, the report and campaigns (see base.py)."""
