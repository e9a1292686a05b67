"""The reader: refuses what Sitrep's Java reader refuses, with the same JSON path, then builds the
strict pydantic models. Three parts, each saying where the Java reader meets the problem: the JSON
reader (_json.py), the shipped JSON Schema (generated; jsonschema, draft 2020-12, with format
checkers that follow Java: dates of years 0000-9999, checked), and the rules only the Java model
checks (_rules.py). The first refusal in document order is the one raised."""

from __future__ import annotations

import calendar
import json
import re
import unicodedata
from importlib import resources
from typing import Any, Optional

from jsonschema import Draft202012Validator, FormatChecker, validators
from jsonschema.exceptions import ValidationError

from ._errors import SitrepError, step
from ._generated import CHECKS, MODELS, WIRE
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
    # RFC 3986's characters only, a % before two hex digits; the patterns of HttpUrl check the rest
    return not isinstance(value, str) or re.fullmatch(
        r"[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*", value) is not None


def ecma_pattern(pattern: str) -> "re.Pattern[str]":
    """A pattern of the schema (ECMA-262) as Python's re reads it the same: every $ outside a
    character class becomes \\Z, since Python's $ also matches before a final line feed (so that
    "a\\n" would pass the pattern of trimmed text). As ClientGenerator.pythonPattern does for the
    models."""
    out, in_class, i = [], False, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "$":
            c = "\\Z"
        out.append(c)
        i += 1
    return re.compile("".join(out))


_compiled: dict = {}


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Any:
    if validator.is_type(instance, "string"):
        compiled = _compiled.get(pattern)
        if compiled is None:
            compiled = _compiled[pattern] = ecma_pattern(pattern)
        if not compiled.search(instance):
            yield ValidationError(f"{instance!r} does not match {pattern!r}")


#: Draft 2020-12, with ECMA-262's $ in patterns (the schema's dialect), not Python's.
_Validator = validators.extend(Draft202012Validator, {"pattern": _pattern})


_validators: dict = {}

#: Where the Java model reports a rule that the schema states in a conditional (if/then) of a type
#: on another property: for these, at the property the condition names (the first of the if's
#: required), not where the schema finds it. As AT_CONDITION in the TypeScript package.
AT_CONDITION = {"Confidence.score", "Claim.kind", "Claim.about_casualties", "Incident.records"}

_CODE = re.compile(r"[a-z][a-z0-9_]{0,63}")
_VERSION = re.compile(r"(0|[1-9][0-9]{0,3})\.(0|[1-9][0-9]{0,3})")
_DECIMAL = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?")
_INT64_MAX = 2**63 - 1


def _validator(type_: str, strict: bool) -> Any:
    key = (type_, strict)
    if key not in _validators:
        if type_ not in WIRE:
            raise ValueError(f"no Sitrep type {type_}")
        schema = dict(_SCHEMAS[strict])
        schema["$ref"] = f"#/$defs/{type_}"
        _validators[key] = _Validator(schema, format_checker=_formats)
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


def _value_at(doc: Any, steps: list) -> Any:
    node = doc
    for s in steps:
        node = node[s]
    return node


def _owner(doc: Any, steps: list) -> list:
    """The steps of the object that holds the value at steps: its parent, or, for an element of a
    list, the list's parent. The Java model checks a property's value when it builds that object."""
    for n in range(len(steps) - 1, -1, -1):
        if isinstance(_value_at(doc, steps[:n]), dict):
            return steps[:n]
    return []


def _property_at(type_: str, steps: list) -> Optional[tuple]:
    """The wire property (cardinality, kind, schema name) that steps name, from the document's type."""
    t: Optional[str] = type_
    p = None
    in_list = False
    for s in steps:
        if in_list:
            in_list = False
            continue
        if t is None or not isinstance(s, str):
            return None
        p = WIRE.get(t, {}).get(s)
        if p is None:
            return None
        t = p[2] if p[1] == "OBJECT" else None
        in_list = p[0] == "LIST"
    return p


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


def java_parses_uri(s: str) -> bool:
    """Whether java.net.URI parses a text: as javaParsesUri in the TypeScript package."""
    for i, ch in enumerate(s):
        c = ord(ch)
        if c <= 0x20 or c == 0x7F or 0x80 <= c <= 0x9F or ch in '"<>\\^`{|}':
            return False
        if c >= 0x80 and (ch.isspace() or ch in "\u2028\u2029" or unicodedata.category(ch) == "Zs"):
            return False
        if ch == "%" and not re.fullmatch(r"[0-9A-Fa-f]{2}", s[i + 1:i + 3]):
            return False
    if s.count("#") > 1:
        return False
    scheme = re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", s)
    rest = s[scheme.end():] if scheme else s
    if scheme and rest == "":
        return False
    if not scheme and re.match(r"[^/?#]*:", s):
        return False
    path = rest
    if rest.startswith("//"):
        authority = re.match(r"//([^/?#]*)", rest).group(1)
        path = rest[2 + len(authority):]
        if authority == "" and path == "":
            return False
        host = re.sub(r":[0-9]*$", "", re.sub(r"^[^@]*@", "", authority))
        if ("[" in host or "]" in host) and not re.fullmatch(r"\[[0-9A-Fa-f:.]+\]", host):
            return False
    return not re.search(r"[\[\]]", path)


def _scalar_kind(definition: Optional[str], value: Any) -> tuple:
    """The kind the Java reader gives a value of a definition that the schema refuses, and whether
    the reader meets it as it reads the value (0) or the model when it builds the object (1)."""
    if value is None:
        return "WRONG_TYPE", 0
    check = CHECKS.get(definition or "")
    text = value if isinstance(value, str) else None
    if check == "OPEN_CODE":
        return ("UNKNOWN_VALUE" if text is not None and _CODE.fullmatch(text) else "INVALID_VALUE"), 0
    if check == "CLOSED_CODE":
        return "UNKNOWN_VALUE", 0
    if check == "SCHEMA_VERSION":
        return ("UNSUPPORTED_VERSION" if text is not None and _VERSION.fullmatch(text) else "INVALID_VALUE"), 0
    if check == "PARSED":
        # what the reader's parse lets through, the model checks
        if definition == "HttpUrl" and text is not None and java_parses_uri(text):
            return "RULE_VIOLATION", 1
        if definition == "DecimalAmount" and text is not None and len(text) <= 100 and _DECIMAL.fullmatch(text):
            return "RULE_VIOLATION", 1
        return "INVALID_VALUE", 0
    return "RULE_VIOLATION", 1  # MODEL, INTEGER, NUMBER


def _within_definition(e: ValidationError, strict: bool, type_: str) -> tuple:
    """The schema path of an error within the definition it is in, and that definition: jsonschema's
    paths step through a $ref as if it were not there, so the walk follows each $ref it meets."""
    defs = _SCHEMAS[strict]["$defs"]
    base: Any = defs[type_]
    node: Any = base
    within: list = []
    for k in e.absolute_schema_path:
        while isinstance(node, dict) and k not in node and "$ref" in node:
            base = node = defs[node["$ref"].rsplit("/", 1)[-1]]
            within = []
        node = node[k]
        within.append(k)
    return within, base


def _conditional(e: ValidationError, strict: bool, type_: str, obj: list, prop: Any) -> Optional[str]:
    """The Java property of a conditional's refusal of a property, where it is not the property itself."""
    definition = _type_at(type_, obj)
    within, base = _within_definition(e, strict, type_)
    if "then" not in within or definition is None or f"{definition}.{prop}" not in AT_CONDITION:
        return None
    node: Any = base
    for k in within[:within.index("then")]:
        node = node[k]
    required = node.get("if", {}).get("required", [])
    return required[0] if required else None


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


def _refusals(type_: str, strict: bool, validator: Any, doc: Any, spans: dict) -> list:
    """The refusals of the schema, each (error, offset, rank) where the Java reader meets it."""
    found = []
    errors = [x for top in validator.iter_errors(doc) for x in
              ([top] if not isinstance(top.instance, (dict, list)) else _leaves(top))]
    # a conditional's refusal after the others: the model checks a value's own range before it
    # compares it with another property (Confidence: the score's range, then its level)
    errors.sort(key=lambda e: "then" in list(e.absolute_schema_path))
    wrong_type = {tuple(e.absolute_path) for e in errors if e.validator == "type"}
    done: set = set()

    def start(steps: list) -> int:
        return spans.get(_path(steps, doc), (0, 0))[0]

    def end(steps: list) -> int:
        return spans.get(_path(steps, doc), (0, 0))[1]

    for e in errors:
        steps = list(e.absolute_path)
        key = tuple(steps)
        at = _path(steps, doc)
        kw, inst = e.validator, e.instance
        if key in wrong_type:
            if key not in done:
                done.add(key)
                found.append((SitrepError("WRONG_TYPE", at, e.message if kw == "type" else "wrong type"), start(steps), 0))
            continue
        if kw in ("anyOf", "oneOf", "allOf", "if") and isinstance(inst, (dict, list)):
            continue
        if kw == "required" and isinstance(inst, dict):
            own = _within_definition(e, strict, type_)[0] == ["required"]
            for name in e.validator_value:
                if name not in inst:
                    java = name if own else (_conditional(e, strict, type_, steps, name) or name)
                    found.append((SitrepError("MISSING_PROPERTY" if own else "RULE_VIOLATION", at + step(java),
                                              f"{name} is required"), end(steps), 0 if own else 1))
                    break
        elif kw == "dependentRequired" and isinstance(inst, dict):
            # Java reports the property that needs another, not the one missing
            for name, needed in e.validator_value.items():
                if name in inst and any(n not in inst for n in needed):
                    missing = next(n for n in needed if n not in inst)
                    found.append((SitrepError("RULE_VIOLATION", at + step(name), f"needs {missing}"), end(steps), 1))
                    break
        elif kw == "additionalProperties" and isinstance(inst, dict):
            known = set(e.schema.get("properties", {}))
            for name in inst:
                if name not in known:
                    p = at + step(name)
                    found.append((SitrepError("UNKNOWN_PROPERTY", p, f"{name} is not a property of this type"),
                                  spans.get(p, (end(steps), 0))[0], 0))
                    break
        elif kw == "uniqueItems" and isinstance(inst, list):
            seen = []
            for i, x in enumerate(inst):
                if x in seen:
                    found.append((SitrepError("RULE_VIOLATION", f"{at}[{i}]", "repeats an earlier element"),
                                  end(_owner(doc, steps)), 1))
                    break
                seen.append(x)
        elif kw == "maxItems":
            found.append((SitrepError("LIMIT_EXCEEDED", f"{at}[{e.validator_value}]",
                                      f"a list of more than {e.validator_value} elements"), start(steps), 0))
        elif kw == "not" and isinstance(inst, dict) and _required_names(e.validator_value):
            names = _required_names(e.validator_value)
            present = next((n for n in names if n in inst), names[0])
            java = _conditional(e, strict, type_, steps, present) or present
            found.append((SitrepError("RULE_VIOLATION", at + step(java), f"{present} must be absent here"), end(steps), 1))
        elif kw == "contains":
            parent, prop = steps[:-1], steps[-1] if steps else None
            java = _conditional(e, strict, type_, parent, prop) or prop
            found.append((SitrepError("RULE_VIOLATION", _path(parent, doc) + step(str(java)), e.message), end(parent), 1))
        else:
            if key in done:
                continue  # one refusal per value
            if kw == "maximum" and e.validator_value >= _INT64_MAX:
                continue  # _rules: INVALID_VALUE
            done.add(key)
            parent = steps[:-1]
            java = _conditional(e, strict, type_, parent, steps[-1]) if steps else None
            prop = _property_at(type_, steps)
            kind, rank = _scalar_kind(prop[2] if prop else None, inst)
            if java:
                found.append((SitrepError(kind, _path(parent, doc) + step(java), e.message), end(_owner(doc, steps)), rank))
            else:
                found.append((SitrepError(kind, at, e.message), end(_owner(doc, steps)) if rank == 1 else start(steps), rank))
    return found


def read_value(type_: str, text: str, strict: bool = False) -> Any:
    """The JSON value of a document of a Sitrep type, checked as the Java reader checks it.

    Raises SitrepError with the kind, JSON path and reason of the first problem."""
    parsed = parse_json(text)
    found = _refusals(type_, strict, _validator(type_, strict), parsed.value, parsed.spans)
    found += java_only_rules(type_, parsed.value, parsed.spans, parsed.numbers)
    if found:
        # in document order; at one place, what the reader meets before what the model checks;
        # then (the sort is stable) the first found
        found.sort(key=lambda f: (f[1], f[2]))
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
