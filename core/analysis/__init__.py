"""Analyses: each a plain function with frozen parameters and a result dataclass."""
