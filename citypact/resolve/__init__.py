"""Resolve: across documents — partnerships (one record per set of parties), reprints."""
