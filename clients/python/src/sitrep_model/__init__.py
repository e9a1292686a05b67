"""Sitrep's wire types for Python: pydantic v2 models (strict) generated from the one wire definition
(org.sitrep.wire.WireTypes), and a reader that refuses what the Java reader refuses, with the same
JSON path. Dates, date-times and URLs are the exact strings of the document; money amounts strings.

    from sitrep_model import parse_report
    report = parse_report(text)          # raises SitrepError(kind, path, reason)
    print(report.id, report.incidents[0].known_type())
    assert report.to_json() == compact   # Sitrep's compact form
"""

from ._errors import SitrepError
from ._generated import *  # noqa: F401,F403 - every model and vocabulary
from ._generated import MODELS, WIRE, Report
from ._validate import check, read, read_value

__all__ = ["SitrepError", "MODELS", "WIRE", "Report", "check", "read", "read_value", "parse_report"]


def parse_report(text: str, strict: bool = False) -> Report:
    """Reads a report from its JSON text, checked as Sitrep's Java reader checks it."""
    return read("Report", text, strict)
