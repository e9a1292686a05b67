"""The conformance corpus of the Java side, read by this package: every golden file parses in both
modes and writes back byte-equal to Sitrep's compact form; every invalid document is refused at the
JSON path the Java reader gives; the reports generated and written by Java are read."""

import json
import re
from pathlib import Path

import pytest

from sitrep_model import MODELS, SitrepError, check, parse_report, read

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "conformance/src/main/resources/org/sitrep/conformance/1.0"
GOLDEN = sorted((CORPUS / "golden").glob("*.json"))
EXPECTATIONS = [
    line.split("\t")
    for line in (CORPUS / "invalid/expectations.tsv").read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]
GENERATED = ROOT / "jackson-module/target/client-fixtures/reports.ndjson"


def type_of(name: str) -> str:
    if name == "seed-report":
        return "Report"
    parts = name.split("-")
    for n in range(len(parts), 0, -1):
        candidate = "".join(p[:1].upper() + p[1:] for p in parts[:n])
        if candidate in MODELS:
            return candidate
    raise AssertionError(f"no type for {name}")


def compact(text: str) -> str:
    """The golden text without insignificant white space, as GoldenFilesTest derives it."""
    return json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":"))


def test_every_wire_type_has_a_golden_file():
    assert {type_of(f.stem) for f in GOLDEN} == set(MODELS)


@pytest.mark.parametrize("golden", GOLDEN, ids=lambda p: p.name)
def test_golden_file_parses_and_writes_back_byte_equal(golden):
    text = golden.read_text("utf-8")
    for strict in (False, True):
        model = read(type_of(golden.stem), text, strict)
        assert model.to_json() == compact(text)


@pytest.mark.parametrize("row", EXPECTATIONS, ids=lambda r: r[0])
def test_invalid_document_is_refused_with_the_java_kind_at_the_java_path(row):
    file, type_, mode, kind, path = row
    text = (CORPUS / "invalid" / file).read_bytes().decode("utf-8", "surrogatepass")
    error = check(type_, text, mode == "strict")
    assert error is not None, "accepted"
    assert (error.kind, error.path) == (kind, path), str(error)


def test_nan_and_infinity_are_refused():
    for token in ("NaN", "Infinity", "-Infinity"):
        with pytest.raises(SitrepError) as e:
            read("GeoPoint", '{"latitude": %s, "longitude": 1}' % token)
        assert (e.value.kind, e.value.path) == ("SYNTAX", "$.latitude")


def test_strict_models_do_not_coerce():
    with pytest.raises(Exception):
        MODELS["Estimate"].model_validate({"qualifier": "at_least", "low": "5"})


def test_open_vocabulary_known_code_accessor():
    report = parse_report((CORPUS / "golden/seed-report.json").read_text("utf-8"))
    incident = report.incidents[0]
    assert incident.known_type() == incident.type
    unknown = read("Incident", json.dumps({**json.loads(incident.to_json()), "type": "new_kind_of_thing"}))
    assert unknown.type == "new_kind_of_thing" and unknown.known_type() is None


def test_dates_and_urls_are_kept_as_written():
    text = (CORPUS / "golden/report.json").read_text("utf-8")
    report, raw = parse_report(text), json.loads(text)
    strings = [k for k, v in raw.items() if isinstance(v, str)]
    assert "url" in strings
    for key in strings:
        assert getattr(report, key) == raw[key], key


@pytest.mark.skipif(not GENERATED.exists(), reason="run the Java build first (ClientFixturesTest)")
def test_the_reports_generated_and_written_by_java_are_read():
    lines = [l for l in GENERATED.read_text("utf-8").splitlines() if l]
    assert len(lines) == 1000
    for i, line in enumerate(lines):
        report = parse_report(line)
        assert json.loads(report.to_json()) == json.loads(line), f"report {i + 1}"


def test_date_times_are_compared_to_the_nanosecond_in_year_0000_too():
    """Python's datetime has neither year 0000 nor nanoseconds; the Java reader has both."""
    def report(published, modified):
        return json.dumps({"id": "r1", "schema_version": "1.0", "published_at": published, "modified_at": modified})
    assert check("Report", report("0000-02-29T00:00:00Z", "0000-02-29T00:00:00.000000001Z")) is None
    error = check("Report", report("2023-09-07T06:30:00.000000002+03:00", "2023-09-07T03:30:00.000000001Z"))
    assert (error.kind, error.path) == ("RULE_VIOLATION", "$.modified_at")
    assert check("ReportedTime", json.dumps({"start": "0000-02-28", "end": "0000-02-29", "precision": "few_days"})) is None


def test_documents_strings_and_names_over_the_readers_limits_are_refused_where_java_refuses_them():
    """As LimitsTest of sitrep-jackson pins them in Java (org.sitrep.wire.Limits)."""
    def estimate(name, value):
        return '{"qualifier":"range","low":1,"high":17,"%s":%s}' % (name, value)

    def refusal(text):
        error = check("Estimate", text)
        return error and (error.kind, error.path)

    fits = estimate("x", "1")
    padded = fits + " " * (8 * 1024 * 1024 - len(fits))
    assert check("Estimate", padded) is None
    assert refusal(padded + " ") == ("LIMIT_EXCEEDED", "$")
    assert check("Estimate", estimate("note", '"%s"' % ("x" * 1024 * 1024))) is None
    assert refusal(estimate("note", '"%s"' % ("x" * (1024 * 1024 + 1)))) == ("LIMIT_EXCEEDED", "$.note")
    assert refusal(estimate("note", '"%s"' % ("\U0001F525" * (512 * 1024 + 1)))) == ("LIMIT_EXCEEDED", "$.note")
    assert check("Estimate", estimate("n" * 256, "1")) is None
    assert refusal(estimate("n" * 257, "1")) == ("LIMIT_EXCEEDED", "$")
