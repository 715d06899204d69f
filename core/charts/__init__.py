"""Charts built once as matplotlib Figures (object API), shown by the GUI and the report."""
