"""Print and save as PDF (normal mode only): a reader page laid out for paper."""
