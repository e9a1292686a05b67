"""A JSON reader that refuses what Sitrep's Java reader refuses before any type is involved, at the
same JSON path: anything but strict RFC 8259 (NaN, Infinity, comments, single quotes, leading zeros,
trailing commas, a second document), a property twice in one object, nesting deeper than 64 levels,
numbers longer than 100 characters, unpaired surrogates. (json.loads accepts NaN, Infinity and
duplicates.) It records where each value is, so that the first problem in document order is the one
reported, as in Java."""

from __future__ import annotations

import re
from typing import Any

from ._errors import SitrepError, step

MAX_NESTING_DEPTH = 64
MAX_NUMBER_LENGTH = 100
#: The reader's other limits (org.sitrep.wire.Limits), in UTF-16 units as Java counts a String.
MAX_DOCUMENT_LENGTH = 8 * 1024 * 1024
MAX_STRING_LENGTH = 1024 * 1024
MAX_NAME_LENGTH = 256


def _java_length(s: str, limit: int) -> bool:
    """Whether a text is longer than a limit counted in UTF-16 units (a character beyond U+FFFF is
    two), as Java counts a String; only a text of more than half the limit is counted."""
    return len(s) > limit or (2 * len(s) > limit and len(s.encode("utf-16-le")) // 2 > limit)
_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class Parsed:
    """A parsed document: the value, spans (path -> (start, end)), numbers (path -> text)."""

    def __init__(self, value: Any, spans: dict[str, tuple[int, int]], numbers: dict[str, str]):
        self.value = value
        self.spans = spans
        self.numbers = numbers


def parse_json(text: str) -> Parsed:
    if _java_length(text, MAX_DOCUMENT_LENGTH):
        raise SitrepError("LIMIT_EXCEEDED", "$", f"a document of more than {MAX_DOCUMENT_LENGTH} characters")
    spans: dict[str, tuple[int, int]] = {}
    numbers: dict[str, str] = {}
    n = len(text)
    pos = [0]

    def ws() -> None:
        i = pos[0]
        while i < n and text[i] in " \n\r\t":
            i += 1
        pos[0] = i

    def syntax(path: str, why: str) -> SitrepError:
        return SitrepError("SYNTAX", path, why)

    def string(path: str) -> str:
        i = pos[0] + 1
        out = []
        while True:
            if i >= n:
                raise syntax(path, "unterminated string")
            c = text[i]
            if c == '"':
                i += 1
                break
            if ord(c) < 0x20:
                raise syntax(path, "a control character in a string")
            if c == "\\":
                e = text[i + 1] if i + 1 < n else ""
                if e in _ESCAPES:
                    out.append(_ESCAPES[e])
                    i += 2
                elif e == "u" and re.fullmatch(r"[0-9A-Fa-f]{4}", text[i + 2 : i + 6]):
                    out.append(chr(int(text[i + 2 : i + 6], 16)))
                    i += 6
                else:
                    raise syntax(path, "a bad escape")
            else:
                out.append(c)
                i += 1
        pos[0] = i
        s = "".join(out)
        # join escaped surrogate pairs; any surrogate left is unpaired
        s = s.encode("utf-16", "surrogatepass").decode("utf-16", "surrogatepass")
        if any(0xD800 <= ord(ch) <= 0xDFFF for ch in s):
            raise SitrepError("INVALID_VALUE", path, "an unpaired surrogate, which is not Unicode text")
        return s

    def value(path: str, depth: int) -> Any:
        ws()
        start = pos[0]
        if start >= n:
            raise syntax(path, "unexpected end of input")
        c = text[start]
        if c in "{[" and depth + 1 > MAX_NESTING_DEPTH:
            raise SitrepError("LIMIT_EXCEEDED", path, f"nesting deeper than {MAX_NESTING_DEPTH} levels")
        if c == "{":
            pos[0] += 1
            obj: dict[str, Any] = {}
            current = path
            ws()
            if pos[0] < n and text[pos[0]] == "}":
                pos[0] += 1
            else:
                while True:
                    ws()
                    if pos[0] >= n or text[pos[0]] != '"':
                        raise syntax(current, "expected a property name in double quotes")
                    name = string(current)
                    if _java_length(name, MAX_NAME_LENGTH):
                        raise SitrepError("LIMIT_EXCEEDED", path, f"a property name of more than {MAX_NAME_LENGTH} characters")
                    p = path + step(name)
                    current = p
                    if name in obj:
                        raise SitrepError("DUPLICATE_PROPERTY", p, f"property {name} twice")
                    ws()
                    if pos[0] >= n or text[pos[0]] != ":":
                        raise syntax(p, "expected ':'")
                    pos[0] += 1
                    obj[name] = value(p, depth + 1)
                    ws()
                    if pos[0] < n and text[pos[0]] == ",":
                        pos[0] += 1
                        continue
                    if pos[0] < n and text[pos[0]] == "}":
                        pos[0] += 1
                        break
                    raise syntax(current, "expected ',' or '}'")
            v: Any = obj
        elif c == "[":
            pos[0] += 1
            arr: list[Any] = []
            ws()
            if pos[0] < n and text[pos[0]] == "]":
                pos[0] += 1
            else:
                while True:
                    arr.append(value(f"{path}[{len(arr)}]", depth + 1))
                    ws()
                    if pos[0] < n and text[pos[0]] == ",":
                        pos[0] += 1
                        continue
                    if pos[0] < n and text[pos[0]] == "]":
                        pos[0] += 1
                        break
                    raise syntax(f"{path}[{len(arr) - 1}]", "expected ',' or ']'")
            v = arr
        elif c == '"':
            v = string(path)
            if _java_length(v, MAX_STRING_LENGTH):
                raise SitrepError("LIMIT_EXCEEDED", path, f"a string of more than {MAX_STRING_LENGTH} characters")
        elif c == "-" or c.isdigit():
            m = _NUMBER.match(text, start, min(n, start + MAX_NUMBER_LENGTH + 2))
            if not m:
                raise syntax(path, "not a JSON number")
            token = m.group(0)
            if len(token) > MAX_NUMBER_LENGTH:
                raise SitrepError("LIMIT_EXCEEDED", path, f"a number of more than {MAX_NUMBER_LENGTH} characters")
            pos[0] = start + len(token)
            if pos[0] < n and (text[pos[0]].isalnum() or text[pos[0]] in ".+-"):
                raise syntax(path, "not a JSON number")
            numbers[path] = token
            v = int(token) if m.group(2) is None and m.group(3) is None else float(token)
        elif text.startswith("true", start):
            pos[0] += 4
            v = True
        elif text.startswith("false", start):
            pos[0] += 5
            v = False
        elif text.startswith("null", start):
            pos[0] += 4
            v = None
        else:
            raise syntax(path, f"unexpected character {c!r}")
        spans[path] = (start, pos[0])
        return v

    root = value("$", 0)
    ws()
    if pos[0] < n:
        raise syntax("$", "more after the document")
    return Parsed(root, spans, numbers)
