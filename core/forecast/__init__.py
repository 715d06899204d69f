"""Sales forecasts per total / category / product, chosen and scored by a rolling-origin
backtest on the shop's own history, with intervals and reorder suggestions."""
