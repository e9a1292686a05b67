"""The base of every generated model: strict, extensions kept, and Sitrep's compact JSON form."""

from __future__ import annotations

import json
from typing import Any, Optional, get_args

from pydantic import BaseModel, ConfigDict


def known(value: Any, codes: Any) -> Any:
    """The value as a known code of a vocabulary (a Literal type), or None; element-wise for a list."""
    allowed = get_args(codes)
    if isinstance(value, list):
        return [v if v in allowed else None for v in value]
    return value if value in allowed else None


class SitrepModel(BaseModel):
    """A Sitrep wire type: strict (no coercion: "5" is not 5), unknown properties kept as extensions."""

    model_config = ConfigDict(strict=True, extra="allow", regex_engine="python-re", frozen=False)

    def to_wire(self) -> dict[str, Any]:
        """The JSON value as Sitrep writes it: properties in wire order, absent and empty ones left
        out, defaulted booleans always written, then the extensions."""
        out: dict[str, Any] = {}
        for name in type(self).model_fields:
            value = getattr(self, name)
            if value is None or (isinstance(value, list) and not value):
                continue
            out[name] = _wire(value)
        for name, value in (self.model_extra or {}).items():
            out[name] = value
        return out

    def to_json(self) -> str:
        """Sitrep's compact form: no insignificant white space, UTF-8 text unescaped."""
        return json.dumps(self.to_wire(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _wire(value: Any) -> Any:
    if isinstance(value, SitrepModel):
        return value.to_wire()
    if isinstance(value, list):
        return [_wire(v) for v in value]
    return value


