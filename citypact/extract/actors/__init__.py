"""Organisations and people: rules over tokens, places and rule files (``rules/actors/``)."""
