"""Tabular data (feature tables, ``(N, F)`` arrays): duplicate rows across splits, conflicting targets, feature drift."""
