"""The shipped JSON schema made strict, so tests also catch fields the schema does not document."""

from __future__ import annotations

from typing import Any


def strict_schema(schema: Any) -> Any:
    """A copy of ``schema`` that also rejects undocumented fields (the shipped one allows them)."""
    if isinstance(schema, dict):
        schema = {key: strict_schema(value) for key, value in schema.items()}
        if "properties" in schema:
            schema["additionalProperties"] = False
        return schema
    if isinstance(schema, list):
        return [strict_schema(item) for item in schema]
    return schema
