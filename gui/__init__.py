"""ShopLens desktop window (PySide6): widgets that call core functions through one task runner.

No analysis logic lives here: every figure shown comes from core/, so the window, the headless
commands and the report always agree.
"""
