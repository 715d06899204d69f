"""ShopLens core: plain-Python analysis library (no Qt, no GUI).

Every job is a function with frozen parameters and a result dataclass, so the GUI, the headless
commands and the report call the very same code.
"""

__version__ = "0.3.0"
