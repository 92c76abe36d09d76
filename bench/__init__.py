"""Benchmarks: speed and memory, not tests."""
