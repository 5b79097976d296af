"""Helpers several test modules share (imported as ``helpers.*``: ``tests/`` is on the path)."""
