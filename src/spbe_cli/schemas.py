"""Building blocks for the pydantic-core schemas of the YAML files spbe reads.

Core schemas are used directly instead of BaseModel classes: they validate the same way at a
fraction of the start-up cost of building model classes on every run.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction

from pydantic_core import ErrorDetails, PydanticCustomError, ValidationError
from pydantic_core import core_schema as cs

from spbe_cli.errors import Problem
from spbe_cli.i18n import t
from spbe_cli.vocabulary import ENTRY_KEYS as ENTRY_KEYS  # re-exported
from spbe_cli.vocabulary import describe as describe  # re-exported
from spbe_cli.yamlsafe import Document


def record(fields: Mapping[str, cs.TypedDictField]) -> cs.TypedDictSchema:
    """A mapping with exactly these keys (unknown keys are errors)."""
    return cs.typed_dict_schema(dict(fields), extra_behavior="forbid")


def required(schema: cs.CoreSchema) -> cs.TypedDictField:
    return cs.typed_dict_field(schema, required=True)


def optional(schema: cs.CoreSchema) -> cs.TypedDictField:
    return cs.typed_dict_field(schema, required=False)


def _number(value: object) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, int | Decimal | Fraction):
        raise PydanticCustomError("number", "must be a number such as 13 or 1.30")
    return Fraction(value)


NUMBER = cs.no_info_plain_validator_function(_number)
"""A number read exactly (an int or a Decimal from the YAML text), as a Fraction."""
NAME = cs.str_schema(strict=True, min_length=1)
TEXT = cs.str_schema(strict=True)


def schema_problems(document: Document, error: ValidationError) -> list[Problem]:
    """A schema's errors, each at its place in the file: "level.min: ..."."""
    return [
        document.problem(
            [p for p in e["loc"] if isinstance(p, str | int)],
            f"{'.'.join(str(p) for p in e['loc']) or t('table.whole')}: {pydantic_message(e)}",
            key=e["type"] == "extra_forbidden",
        )
        for e in error.errors(include_url=False)
    ]


_PYDANTIC = {
    "missing": "schema.missing",
    "extra_forbidden": "schema.extra",
    "string_type": "schema.text",
    "string_too_short": "schema.text_empty",
    "int_type": "schema.integer",
    "int_parsing": "schema.integer",
    "bool_type": "schema.boolean",
    "list_type": "schema.list",
    "dict_type": "schema.mapping",
    "model_type": "schema.mapping",
    "tuple_type": "schema.list",
    "literal_error": "schema.literal",
    "string_pattern_mismatch": "schema.pattern",
    "greater_than_equal": "schema.at_least",
    "less_than_equal": "schema.at_most",
    "too_short": "schema.too_short",
    "too_long": "schema.too_long",
    "number": "schema.number",
}


def pydantic_message(error: ErrorDetails) -> str:
    """A pydantic-core error in the language of the run (its own English text for a kind not
    listed here)."""
    key = _PYDANTIC.get(error["type"])
    if key is None:
        return error["msg"]
    ctx = {k: str(v) for k, v in (error.get("ctx") or {}).items()}
    if key == "schema.literal" and "expected" in ctx:
        ctx["expected"] = _choices(ctx["expected"])
    return t(key, **ctx)


def _choices(expected: str) -> str:
    """pydantic's list of allowed values ("'a', 'b' or 'c'") with its "or" in the run's
    language ("'a', 'b' atau 'c'")."""
    head, joint, last = expected.rpartition("' or '")
    return f"{head}' {t('word.or')} '{last}" if joint else expected
