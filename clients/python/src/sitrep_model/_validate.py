"""The reader: refuses what Sitrep's Java reader refuses, with the same JSON path, then builds the
strict pydantic models. Three parts, each saying where the Java reader meets the problem: the JSON
reader (_json.py), the shipped JSON Schema (generated; jsonschema, draft 2020-12, with format
checkers that follow Java: dates of years 0000-9999, checked), and the rules only the Java model
checks (_rules.py). The first refusal in document order is the one raised."""

from __future__ import annotations

import calendar
import json
import re
from importlib import resources
from typing import Any, Optional

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from ._errors import SitrepError, step
from ._generated import MODELS, WIRE
from ._json import parse_json
from ._rules import java_only_rules

_SCHEMAS = {
    strict: json.loads(resources.files(__package__).joinpath(
        "report.strict.schema.json" if strict else "report.schema.json").read_text("utf-8"))
    for strict in (False, True)
}
_formats = FormatChecker(formats=())


@_formats.checks("date")
def _date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    m = re.fullmatch(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", value)
    if not m:
        return False
    y, mo, d = (int(g) for g in m.groups())
    # year 0000 is a leap year in the proleptic Gregorian calendar, as in Java and RFC 3339
    return 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y if y else 2000, mo)[1]


@_formats.checks("date-time")
def _date_time(value: object) -> bool:
    return not isinstance(value, str) or _date(value[:10])


@_formats.checks("uri")
def _uri(value: object) -> bool:
    # RFC 3986's characters only; the patterns of HttpUrl check the rest
    return not isinstance(value, str) or re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*", value) is not None


_validators: dict = {}

#: Where the Java model reports a rule the schema states on another property (a conditional's then).
JAVA_PATHS = {
    "Confidence.score": "level",
    "Claim.kind": "silent_on",
    "Claim.about_casualties": "silent_on",
}


def _validator(type_: str, strict: bool) -> Draft202012Validator:
    key = (type_, strict)
    if key not in _validators:
        if type_ not in WIRE:
            raise ValueError(f"no Sitrep type {type_}")
        schema = dict(_SCHEMAS[strict])
        schema["$ref"] = f"#/$defs/{type_}"
        _validators[key] = Draft202012Validator(schema, format_checker=_formats)
    return _validators[key]


def _path(steps: Any, doc: Any) -> str:
    path, node = "$", doc
    for s in steps:
        if isinstance(node, list):
            path += f"[{s}]"
        else:
            path += step(s)
        node = node[s]
    return path


def _type_at(type_: str, steps: list) -> Optional[str]:
    t: Optional[str] = type_
    in_list = False
    for s in steps:
        if in_list:
            in_list = False
            continue
        p = WIRE.get(t or "", {}).get(s) if isinstance(s, str) else None
        if p is None or p[1] != "OBJECT":
            return None
        t, in_list = p[2], p[0] == "LIST"
    return None if in_list else t


def _required_names(schema: Any) -> list:
    if not isinstance(schema, dict):
        return []
    if isinstance(schema.get("required"), list):
        return schema["required"]
    return [n for s in schema.get("anyOf", []) for n in _required_names(s)]


def _leaves(e: ValidationError) -> list:
    if e.validator in ("anyOf", "oneOf", "allOf") and e.context:
        # the errors of the first alternative say what is wrong
        first = min(e.context, key=lambda c: list(c.relative_schema_path)[:1])
        branch = list(first.relative_schema_path)[:1]
        return [x for c in e.context if list(c.relative_schema_path)[:1] == branch for x in _leaves(c)]
    return [e]


def _refusals(type_: str, validator: Draft202012Validator, doc: Any, spans: dict) -> list:
    found = []
    for top in validator.iter_errors(doc):
        for e in _leaves(top):
            steps = list(e.absolute_path)
            at = _path(steps, doc)
            start, end = spans.get(at, (0, 0))
            kw, inst = e.validator, e.instance
            conditional = "then" in list(e.absolute_schema_path)
            if kw == "required":
                for name in e.validator_value:
                    if isinstance(inst, dict) and name not in inst:
                        found.append((SitrepError("MISSING_PROPERTY", at + step(name), f"{name} is required"), end))
                        break
            elif kw == "dependentRequired":
                # Java reports the property that needs another, not the one missing
                for name, needed in e.validator_value.items():
                    if isinstance(inst, dict) and name in inst and any(n not in inst for n in needed):
                        missing = next(n for n in needed if n not in inst)
                        found.append((SitrepError("RULE_VIOLATION", at + step(name), f"needs {missing}"), end))
                        break
            elif kw == "additionalProperties":
                known = set(e.schema.get("properties", {}))
                for name in inst:
                    if name not in known:
                        p = at + step(name)
                        found.append((SitrepError("UNKNOWN_PROPERTY", p, f"{name} is not a property of this type"), spans.get(p, (end, 0))[0]))
                        break
            elif kw == "uniqueItems":
                seen = []
                for i, x in enumerate(inst):
                    if x in seen:
                        found.append((SitrepError("RULE_VIOLATION", f"{at}[{i}]", "repeats an earlier element"), end))
                        break
                    seen.append(x)
            elif kw == "maxItems":
                found.append((SitrepError("LIMIT_EXCEEDED", f"{at}[{e.validator_value}]", f"a list of more than {e.validator_value} elements"), start))
            elif kw == "not" and _required_names(e.validator_value):
                names = _required_names(e.validator_value)
                present = next((n for n in names if isinstance(inst, dict) and n in inst), names[0])
                java = JAVA_PATHS.get(f"{_type_at(type_, steps)}.{present}") if conditional else None
                found.append((SitrepError("RULE_VIOLATION", at + step(java or present), f"{present} must be absent here"), end))
            elif kw == "not" and e.validator_value == {"type": "null"}:
                found.append((SitrepError("WRONG_TYPE", at, "null is not a value: omit the property"), start))
            else:
                kind = {"type": "WRONG_TYPE", "enum": "UNKNOWN_VALUE", "const": "UNKNOWN_VALUE", "pattern": "INVALID_VALUE",
                        "format": "INVALID_VALUE", "maxLength": "INVALID_VALUE"}.get(kw, "RULE_VIOLATION")
                java = JAVA_PATHS.get(f"{_type_at(type_, steps[:-1])}.{steps[-1]}") if conditional and steps else None
                if java:
                    parent = _path(steps[:-1], doc)
                    found.append((SitrepError(kind, parent + step(java), e.message), spans.get(parent, (0, 0))[1]))
                else:
                    found.append((SitrepError(kind, at, e.message), start))
    return found


def read_value(type_: str, text: str, strict: bool = False) -> Any:
    """The JSON value of a document of a Sitrep type, checked as the Java reader checks it.

    Raises SitrepError with the kind, JSON path and reason of the first problem."""
    parsed = parse_json(text)
    found = _refusals(type_, _validator(type_, strict), parsed.value, parsed.spans)
    found += java_only_rules(type_, parsed.value, parsed.spans, parsed.numbers)
    if found:
        found.sort(key=lambda f: f[1])  # stable: of two at one place, the first found
        raise found[0][0]
    return parsed.value


def read(type_: str, text: str, strict: bool = False) -> Any:
    """A document of a Sitrep type as its model, checked as the Java reader checks it."""
    return MODELS[type_].model_validate(read_value(type_, text, strict))


def check(type_: str, text: str, strict: bool = False) -> Optional[SitrepError]:
    """The first refusal of a document, as the Java reader reports it, or None if it is valid."""
    try:
        read(type_, text, strict)
        return None
    except SitrepError as e:
        return e
