"""Resolvers: turn arguments into warehouse reads and rows into types."""
