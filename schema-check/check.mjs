// Validates Sitrep documents with the published JSON Schema, without the JVM: the proof that a
// service written in JavaScript (or anything with a draft 2020-12 validator) can use the contract.
//
//   npm ci && node check.mjs
//
// It reads the schema files from docs/schema/ (what a non-Java user fetches), registers every one
// of them with Ajv under its $id (nothing is fetched from the network), and checks:
//   1. every golden file of the wire format, and the seed report, against the schema of its type,
//      tolerant and strict;
//   2. every document of the invalid corpus that is JSON: the schema of the document's mode refuses
//      it, unless java-only.tsv lists it as breaking a rule only the Java reader checks, in which
//      case the schema accepts it (the list is shared with the Java test, so both agree on it);
//   3. value-cases.json: values of every kind the schema checks by format or pattern (dates, URLs,
//      language tags, white space, codes, amounts, ...), each in a minimal document, with the
//      verdicts of networknt's validator (which the Java test has compared with the Java reader):
//      Ajv gives the same verdicts, in both modes.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const schemaDir = join(root, "docs/schema");
// The conformance corpus of schema version 1.0 (the sitrep-conformance module).
const resources = join(root, "conformance/src/main/resources/org/sitrep/conformance/1.0");

const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
addFormats(ajv);

const ids = new Map(); // "strict/incident.schema.json" -> $id
for (const dir of ["", "strict"]) {
  for (const file of readdirSync(join(schemaDir, dir)).filter((f) => f.endsWith(".schema.json")).sort()) {
    const schema = JSON.parse(readFileSync(join(schemaDir, dir, file), "utf8"));
    ajv.addSchema(schema);
    ids.set(dir ? `${dir}/${file}` : file, schema.$id);
  }
}

let passed = 0;
let failed = 0;
function check(name, ok, detail) {
  if (ok) {
    passed++;
  } else {
    failed++;
    console.log(`FAIL ${name}${detail ? `\n  ${detail}` : ""}`);
  }
}
function validator(type, strict) {
  const file = `${strict ? "strict/" : ""}${type}.schema.json`;
  if (!ids.has(file)) throw new Error(`no schema file ${file}`);
  return ajv.getSchema(ids.get(file));
}
function explain(validate) {
  return (validate.errors || []).slice(0, 3).map((e) => `${e.instancePath || "$"} ${e.message}`).join("; ");
}
/** The schema file of a golden file or invalid document: "estimate-exact-zero" -> "estimate". */
function typeOf(name) {
  if (name === "seed-report") return "report";
  const parts = name.split("-");
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join("-");
    if (ids.has(`${candidate}.schema.json`)) return candidate;
  }
  throw new Error(`no schema for ${name}`);
}

// 1. Golden files and the seed report: valid, in both modes.
const goldenDir = join(resources, "golden");
const goldens = readdirSync(goldenDir).filter((f) => f.endsWith(".json")).sort();
for (const file of goldens) {
  const doc = JSON.parse(readFileSync(join(goldenDir, file), "utf8"));
  const type = typeOf(file.replace(/\.json$/, ""));
  for (const strict of [false, true]) {
    const validate = validator(type, strict);
    check(`golden ${file} is a valid ${type} (${strict ? "strict" : "tolerant"})`, validate(doc), explain(validate));
  }
}
check("the seed report is among the golden files", goldens.includes("seed-report.json"));

// 2. The invalid corpus.
const javaOnly = new Map(
  readFileSync(join(resources, "schema/java-only.tsv"), "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => l.split("\t"))
    .map(([file, reason]) => [file, reason]),
);
/** The schema file of a Java type: "AidPackage" -> "aid-package", as SitrepSchema names them. */
const fileOf = (type) => type.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
const invalidDir = join(resources, "invalid");
const expectations = readFileSync(join(invalidDir, "expectations.tsv"), "utf8")
  .split("\n")
  .filter((l) => l.trim() && !l.startsWith("#"))
  .map((l) => l.split("\t"));
let notJson = 0;
for (const [file, type, mode] of expectations) {
  let doc;
  try {
    doc = JSON.parse(readFileSync(join(invalidDir, file), "utf8"));
  } catch {
    notJson++; // refused by any JSON parser, before a schema is involved
    continue;
  }
  const validate = validator(fileOf(type), mode === "strict");
  const valid = validate(doc);
  if (javaOnly.has(file)) {
    check(`${file}: only Java catches it (${javaOnly.get(file)}), the ${mode} schema accepts it`, valid);
  } else {
    check(`${file}: the ${mode} schema refuses it`, !valid);
  }
}
check("the invalid corpus has documents that are not JSON", notJson > 0);

// 3. Value by value, the same verdicts as networknt (and so as the Java reader, but for the
// differences the Java test lists). JavaScript numbers are doubles: 2^63 is the same number as
// 2^63 - 1, the schema's maximum, so Ajv cannot refuse it; the Java reader and networknt can.
const jsNumbers = new Set(['estimate.schema.json {"qualifier":"at_least","low":9223372036854776000}']);
const cases = JSON.parse(readFileSync(join(resources, "schema/value-cases.json"), "utf8"));
let replayed = 0;
for (const c of cases) {
  const label = `${c.schema} ${JSON.stringify(c.document)}`;
  for (const strict of [false, true]) {
    const validate = validator(c.schema.replace(".schema.json", ""), strict);
    const expected = strict ? c.strict : c.tolerant;
    const actual = validate(c.document);
    replayed++;
    if (jsNumbers.has(label)) {
      check(`${label}: Ajv cannot tell 2^63 from the maximum 2^63 - 1`, actual === true);
    } else {
      check(`${label} is ${expected ? "valid" : "invalid"} (${strict ? "strict" : "tolerant"}), as networknt says`, actual === expected, explain(validate));
    }
  }
}
check("value cases were replayed", replayed > 500);

console.log(`${goldens.length} golden files, ${expectations.length} invalid documents (${notJson} not JSON), ${cases.length} value cases, schemas: ${ids.size} files`);
console.log(`schema-check: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
