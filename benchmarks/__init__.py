"""Benchmarks: medians and ratios against a baseline run in the same process.

Run one with `.venv/bin/python -m benchmarks.<name>`; `make bench` runs them all.
"""
