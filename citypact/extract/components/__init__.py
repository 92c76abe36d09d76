"""Extraction components: one a file, each declaring what it requires and assigns."""
