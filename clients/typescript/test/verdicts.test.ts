// The Java reader's verdicts, written by the Java build (ClientFixturesTest in sitrep-jackson, to
// jackson-module/target/client-fixtures/verdicts.ndjson): every mutation of SchemaAgreementTest
// (each probe in each property of each type) and every value case, in both modes. This package
// gives the same verdict, with the same kind at the same JSON path, but for the differences listed
// with their reasons in clients/known-differences.tsv, each of which must still differ.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { check } from "../src/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../../..");
const verdicts = join(root, "jackson-module/target/client-fixtures/verdicts.ndjson");
const known = new Map(
  readFileSync(join(root, "clients/known-differences.tsv"), "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => l.split("\t"))
    .map(([source, mode, , reason]) => [`${source}\t${mode}`, reason]),
);

test("the Java reader's verdicts on every mutation and value case are this package's", { skip: !existsSync(verdicts) && "run the Java build first" }, () => {
  const lines = readFileSync(verdicts, "utf8").split("\n").filter((l) => l);
  assert.ok(lines.length > 2000, `${lines.length} verdicts`);
  const unexpected: string[] = [];
  const differing = new Set<string>();
  for (const line of lines) {
    const v = JSON.parse(line) as { source: string; type: string; strict: boolean; json: string; kind: string; path?: string };
    const e = check(v.type, v.json, { strict: v.strict });
    const ours = e ? `${e.kind} ${e.path}` : "valid";
    const java = v.kind === "valid" ? "valid" : `${v.kind} ${v.path}`;
    const key = `${v.source}\t${v.strict ? "strict" : "tolerant"}`;
    if (ours === java) continue;
    differing.add(key);
    if (!known.has(key)) unexpected.push(`${key}: Java ${java}, here ${ours}${e ? ` (${e.reason})` : ""}`);
  }
  assert.deepEqual(unexpected, [], `${unexpected.length} verdicts differ from Java's:\n${unexpected.slice(0, 80).join("\n")}`);
  const stale = [...known.keys()].filter((k) => !differing.has(k));
  assert.deepEqual(stale, [], "listed in known-differences.tsv, but the verdicts agree now");
});
