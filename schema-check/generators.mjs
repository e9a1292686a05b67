// The published schema read by a code generator, as a TypeScript service not using @sitrep/model
// would read it: json-schema-to-typescript (pinned in package.json) turns docs/schema/ into types,
// and the TypeScript compiler then checks, with strict type checking:
//   1. the schema folder holds nothing but *.schema.json files (generators that read a whole folder
//      take every file in it for a schema);
//   2. both variants compile, and every definition is exported under its own name (its title):
//      Report, Withdrawal, HttpUrl, IncidentType, ...;
//   3. every golden file of the conformance corpus is assignable to the generated type of its
//      schema file (named by that file's title), in both variants; a URL string is assignable to
//      HttpUrl (it was an object type before HttpUrl's branches had a type); a code this version
//      does not know is an IncidentType in the tolerant variant only;
//   4. what must not compile does not: a number as an HttpUrl, a report without schema_version, an
//      unknown code of a closed vocabulary, an unknown incident type in the strict variant.
//
//   npm ci && node generators.mjs
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { compileFromFile } from "json-schema-to-typescript";
import ts from "typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const schemaDir = join(root, "docs/schema");
const golden = join(root, "conformance/src/main/resources/org/sitrep/conformance/1.0/golden");
const out = mkdtempSync(join(tmpdir(), "sitrep-generators-"));

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

// 1. Nothing in the folder but schemas.
function filesUnder(dir) {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)]));
}
const all = filesUnder(schemaDir).map((f) => relative(schemaDir, f));
const others = all.filter((f) => !f.endsWith(".schema.json"));
check(`docs/schema holds only *.schema.json files (${all.length})`, others.length === 0 && all.length > 2, `also: ${others.join(", ")}`);

// 2. Both variants, generated.
const variants = [
  { name: "tolerant", dir: schemaDir, module: "tolerant" },
  { name: "strict", dir: join(schemaDir, "strict"), module: "strict" },
];
const started = Date.now();
for (const v of variants) {
  const bundle = JSON.parse(readFileSync(join(v.dir, "report.schema.json"), "utf8"));
  const source = await compileFromFile(join(v.dir, "report.schema.json"), {
    cwd: v.dir,
    bannerComment: "",
    unreachableDefinitions: true, // Withdrawal is a feed record, not part of a report
  });
  writeFileSync(join(out, `${v.module}.ts`), source);
  const exported = new Set([...source.matchAll(/^export (?:type|interface) (\w+)/gm)].map((m) => m[1]));
  const missing = Object.keys(bundle.$defs).filter((name) => !exported.has(name));
  check(`${v.name}: json-schema-to-typescript exports every definition under its name (${Object.keys(bundle.$defs).length})`, missing.length === 0, `missing: ${missing.join(", ")}`);
  check(`${v.name}: the root is exported as Report`, bundle.title === "Report" && exported.has("Report"));
}
const generatedIn = Date.now() - started;

// 3 and 4. Probes, compiled against the generated types: each file with its expectation.
const probes = []; // [file, must compile, what]
function probe(file, compiles, what, text) {
  writeFileSync(join(out, file), text);
  probes.push([file, compiles, what]);
}
const goldens = readdirSync(golden).filter((f) => f.endsWith(".json")).sort();
/** The type of a golden file: the title of the schema file it is named after. */
function typeOf(file) {
  const name = file.replace(/\.json$/, "");
  if (name === "seed-report") return "Report";
  const parts = name.split("-");
  for (let n = parts.length; n > 0; n--) {
    const candidate = join(schemaDir, `${parts.slice(0, n).join("-")}.schema.json`);
    if (all.includes(relative(schemaDir, candidate))) return JSON.parse(readFileSync(candidate, "utf8")).title;
  }
  throw new Error(`no schema for ${file}`);
}
for (const v of variants) {
  const lines = [`import type * as S from "./${v.module}";`];
  goldens.forEach((f, i) => lines.push(`export const golden${i}: S.${typeOf(f)} = ${readFileSync(join(golden, f), "utf8").trim()};`));
  probe(`golden-${v.module}.ts`, true, `${v.name}: the ${goldens.length} golden files are assignable to the generated types of their schema files`, lines.join("\n") + "\n");
  probe(`url-${v.module}.ts`, true, `${v.name}: URL strings are assignable to HttpUrl, and a minimal Report with one to Report`, [
    `import type { HttpUrl, Report } from "./${v.module}";`,
    `export const url: HttpUrl = "https://example.org/x";`,
    `export const iri: HttpUrl = "https://uk.wikipedia.org/wiki/Київ";`,
    `export const report: Report = { id: "r1", schema_version: "1.0", url, published_at: "2023-09-07T06:30:00+03:00" };`,
  ].join("\n") + "\n");
}
probe("new-code-tolerant.ts", true, "tolerant: a code this version does not know is an IncidentType (an open vocabulary)",
  `import type { IncidentType } from "./tolerant";\nexport const t: IncidentType = "new_kind_of_thing";\n`);
probe("new-code-strict.ts", false, "strict: a code this version does not know is not an IncidentType",
  `import type { IncidentType } from "./strict";\nexport const t: IncidentType = "new_kind_of_thing";\n`);
probe("url-number.ts", false, "a number is not an HttpUrl",
  `import type { HttpUrl } from "./tolerant";\nexport const u: HttpUrl = 5;\n`);
probe("report-without-version.ts", false, "a Report without schema_version does not compile",
  `import type { Report } from "./tolerant";\nexport const r: Report = { id: "r1" };\n`);
probe("closed-code.ts", false, "an unknown code of a closed vocabulary (EstimateQualifier) is refused",
  `import type { EstimateQualifier } from "./tolerant";\nexport const q: EstimateQualifier = "sometimes";\n`);

const compiling = Date.now();
const program = ts.createProgram(
  probes.map(([f]) => join(out, f)),
  {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
  },
);
for (const v of variants) {
  const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(join(out, `${v.module}.ts`)));
  check(`${v.name}: the generated types compile`, diagnostics.length === 0, explain(diagnostics));
}
for (const [file, compiles, what] of probes) {
  const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(join(out, file)));
  check(what, compiles ? diagnostics.length === 0 : diagnostics.length > 0,
    compiles ? explain(diagnostics) : "it compiled");
}
function explain(diagnostics) {
  return diagnostics.slice(0, 3).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n").slice(0, 300)).join("; ");
}

console.log(`json-schema-to-typescript: 2 variants in ${generatedIn} ms; tsc: ${probes.length} probe files in ${Date.now() - compiling} ms`);
rmSync(out, { recursive: true, force: true });
console.log(`schema-check generators: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
