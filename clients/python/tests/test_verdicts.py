"""The Java reader's verdicts, written by the Java build (ClientFixturesTest in sitrep-jackson, to
jackson-module/target/client-fixtures/verdicts.ndjson): every mutation of SchemaAgreementTest (each
probe in each property of each type) and every value case, in both modes. This package gives the
same verdict, with the same kind at the same JSON path, but for the differences listed with their
reasons in clients/known-differences.tsv, each of which must still differ."""

import json
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from sitrep_model import check

ROOT = Path(__file__).resolve().parents[3]
VERDICTS = ROOT / "jackson-module/target/client-fixtures/verdicts.ndjson"
KNOWN = {
    f"{source}\t{mode}": reason
    for source, mode, _clients, reason in (
        line.split("\t") for line in (ROOT / "clients/known-differences.tsv").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#"))
}


def _differences(lines: list) -> list:
    """(key, Java's verdict, this package's) of each line on which the two differ."""
    out = []
    for line in lines:
        v = json.loads(line)
        error = check(v["type"], v["json"], v["strict"])
        ours = f"{error.kind} {error.path}" if error else "valid"
        java = "valid" if v["kind"] == "valid" else f"{v['kind']} {v['path']}"
        if ours != java:
            out.append((f"{v['source']}\t{'strict' if v['strict'] else 'tolerant'}", java,
                        ours + (f" ({error.reason})" if error else "")))
    return out


@pytest.mark.skipif(not VERDICTS.exists(), reason="run the Java build first (ClientFixturesTest)")
def test_the_java_readers_verdicts_on_every_mutation_and_value_case_are_this_packages():
    lines = [l for l in VERDICTS.read_text("utf-8").split("\n") if l]  # not splitlines: U+2028 is in a line
    assert len(lines) > 2000
    # pure-Python jsonschema takes some 4 ms a document: one process a core
    workers = max(1, min(4, os.cpu_count() or 1))
    chunks = [lines[i::workers] for i in range(workers)]
    with ProcessPoolExecutor(workers) as pool:
        differences = [d for part in pool.map(_differences, chunks) for d in part]
    differing = {key for key, _, _ in differences}
    unexpected = [f"{key}: Java {java}, here {ours}" for key, java, ours in differences if key not in KNOWN]
    assert unexpected == [], f"{len(unexpected)} verdicts differ from Java's:\n" + "\n".join(unexpected[:80])
    assert sorted(set(KNOWN) - differing) == [], "listed in known-differences.tsv, but the verdicts agree now"
