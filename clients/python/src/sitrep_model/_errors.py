"""SitrepError: a refused document, with the kind, JSON path and reason the Java reader gives."""

from __future__ import annotations

import re

_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class SitrepError(ValueError):
    """A refused document: kind (as Java's ReadFailure.Kind), JSON path ($.incidents[0].type), reason."""

    def __init__(self, kind: str, path: str, reason: str):
        super().__init__(f"{kind} at {path}: {reason}")
        self.kind = kind
        self.path = path
        self.reason = reason


def step(name: str) -> str:
    """A path step as the Java side writes it: .name, or ['odd name']."""
    if _PLAIN.fullmatch(name):
        return "." + name
    return "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']"
