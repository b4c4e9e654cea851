"""Timeline arithmetic: phase durations as ranges, and estimated calendar windows.

Pure Python, no Qt, so the month arithmetic is tested on its own.
"""
