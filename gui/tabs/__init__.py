"""One tab per job the shop operator does (import, overview, ...)."""
