"""Qt item models that adapt core's pandas frames for the window's tables."""
