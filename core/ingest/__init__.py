"""From a file on disk to a clean canonical frame: sniff, read, map, clean."""
