"""The JSON Schemas in `schemas/` are the contract of every topic's payload."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"


class SchemaError(ValueError):
    """A payload does not match its topic's schema."""


@lru_cache(maxsize=None)
def validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMA_DIR / name).read_text())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def errors(name: str, payload: object) -> list[str]:
    """Every violation, as 'path: message'; empty when the payload is valid."""
    return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
            for e in sorted(validator(name).iter_errors(payload), key=lambda e: list(map(str, e.path)))]


def validate(name: str, payload: object) -> None:
    if errs := errors(name, payload):
        raise SchemaError(f"{name}: " + "; ".join(errs[:5]))
