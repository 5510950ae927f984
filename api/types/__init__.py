"""GraphQL types, one per module."""
