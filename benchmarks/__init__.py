"""Benchmarks: a deterministic corpus (corpus.py), the floor (floor.py) and one runner for every row (run.py).

Nothing here imports `gates`: gates is driven through its command line only, whose interface is stable while
its internal modules move.
"""
