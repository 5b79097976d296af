"""Annotators: add dates, quotes, entities (or a plugin's own kinds) to documents."""
