"""The headless commands behind `main.py import|imports|restore|analyze|audience|report`.

Each takes the parsed arguments, calls the same core functions the window calls, prints plain
sentences (errors on stderr, with what to do) and returns the exit code. Qt-free.
"""
