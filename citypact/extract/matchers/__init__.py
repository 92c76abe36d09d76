"""Engines with no domain knowledge: phrase automaton, date grammar."""
