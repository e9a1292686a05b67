// The validator: refuses what Sitrep's Java reader refuses, with the same JSON path. Three parts,
// each reporting where the Java reader would meet the problem: the JSON reader (json.ts), the
// shipped JSON Schema with Ajv (generated, in both modes), and the rules only the Java model
// checks (rules.ts). Of all the refusals, the first in document order is the one reported, as the
// Java reader, which stops at the first.
import { createRequire } from "node:module";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { SitrepError, step, type FailureKind } from "./errors.js";
import { parseJson } from "./json.js";
import { javaOnlyRules, type Found } from "./rules.js";
import tolerantSchema from "./generated/report.schema.json" with { type: "json" };
import strictSchema from "./generated/report.strict.schema.json" with { type: "json" };
import { CHECKS, WIRE } from "./generated/model.js";

/** How to read: tolerant (the default, unknown properties and codes kept) or strict (refused). */
export interface ReadOptions {
  readonly strict?: boolean;
}

// ajv-formats is CommonJS with a default export
const addFormats = createRequire(import.meta.url)("ajv-formats") as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, verbose: true });
addFormats(ajv);
ajv.addSchema(tolerantSchema as object);
ajv.addSchema(strictSchema as object);
const compiled = new Map<string, ValidateFunction>();

function validator(type: string, strict: boolean): ValidateFunction {
  const key = `${strict}:${type}`;
  let v = compiled.get(key);
  if (v === undefined) {
    if (!WIRE[type]) throw new Error(`no Sitrep type ${type}`);
    const id = (strict ? strictSchema : tolerantSchema).$id;
    v = ajv.compile({ $ref: `${id}#/$defs/${type}` });
    compiled.set(key, v);
  }
  return v!;
}

/** The tokens of a JSON Pointer. */
function tokens(pointer: string): string[] {
  return pointer.split("/").slice(1).map((raw) => raw.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The JSON path ($.a[0].b) of a JSON Pointer into the document. */
function pathOf(pointer: string, doc: unknown): string {
  let path = "$";
  let node: unknown = doc;
  for (const token of tokens(pointer)) {
    if (Array.isArray(node)) {
      path += `[${token}]`;
      node = node[Number(token)];
    } else {
      path += step(token);
      node = (node as Record<string, unknown> | undefined)?.[token];
    }
  }
  return path;
}

/** The value at a JSON Pointer. */
function valueAt(doc: unknown, pointer: string): unknown {
  let node: unknown = doc;
  for (const token of tokens(pointer)) {
    node = Array.isArray(node) ? node[Number(token)] : (node as Record<string, unknown> | undefined)?.[token];
  }
  return node;
}

/**
 * The pointer of the object that holds the value at a pointer: its parent, or, for an element of
 * a list, the list's parent. The Java model checks a property's value when it builds that object.
 */
function owner(doc: unknown, pointer: string): string {
  const t = tokens(pointer);
  for (let n = t.length - 1; n >= 0; n--) {
    const prefix = t.slice(0, n).map((x) => "/" + x.replace(/~/g, "~0").replace(/\//g, "~1")).join("");
    const node = valueAt(doc, prefix);
    if (node !== null && typeof node === "object" && !Array.isArray(node)) return prefix;
  }
  return "";
}

/** The wire property ([cardinality, kind, schema name]) a JSON Pointer names, from the document's type. */
function propertyAt(type: string, pointer: string): readonly [string, string, string] | undefined {
  let t: string | undefined = type;
  let p: readonly [string, string, string] | undefined;
  let inList = false;
  for (const token of tokens(pointer)) {
    if (inList) {
      inList = false;
      continue;
    }
    if (t === undefined) return undefined;
    p = WIRE[t]?.[token];
    if (!p) return undefined;
    t = p[1] === "OBJECT" ? p[2] : undefined;
    inList = p[0] === "LIST";
  }
  return p;
}

/** The wire type of the object at a JSON Pointer, from the document's type. */
function typeAt(type: string, pointer: string): string | undefined {
  let t: string | undefined = type;
  let inList = false;
  for (const token of tokens(pointer)) {
    if (t === undefined) return undefined;
    if (inList) {
      inList = false;
      continue;
    }
    const p: readonly [string, string, string] | undefined = WIRE[t]?.[token];
    if (!p || p[1] !== "OBJECT") return undefined;
    t = p[2];
    inList = p[0] === "LIST";
  }
  return inList ? undefined : t;
}

const CODE = /^[a-z][a-z0-9_]{0,63}$/;
const VERSION = /^(0|[1-9][0-9]{0,3})\.(0|[1-9][0-9]{0,3})$/;
const DECIMAL = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;
const INT64_MAX = 9223372036854775807;

/**
 * Whether java.net.URI parses a text (the Java reader refuses one it does not parse as
 * INVALID_VALUE, and checks one it parses, but that is not an absolute http(s) URL with a host, in
 * the model: RULE_VIOLATION). Its grammar is RFC 2396's: no space, control or "<>\"{}|\\^`", a %
 * before two hex digits, "[" and "]" only around an IPv6 host, one "#", a scheme followed by
 * something, an authority after "//" unless a path follows; other non-ASCII characters are allowed.
 */
export function javaParsesUri(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0x7f || (c >= 0x80 && c <= 0x9f) || '"<>\\^`{|}'.includes(s[i]!)) return false;
    if (c >= 0x80 && /[\s\u2028\u2029]/u.test(s[i]!)) return false;
    if (s[i] === "%" && !/^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) return false;
  }
  if (s.indexOf("#") !== s.lastIndexOf("#")) return false;
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:/.exec(s);
  const rest = scheme ? s.slice(scheme[0].length) : s;
  if (scheme && rest === "") return false;
  // a ':' before any '/', '?' or '#' ends a scheme, which must be well formed
  if (!scheme && /^[^/?#]*:/.test(s)) return false;
  let path = rest;
  if (rest.startsWith("//")) {
    const authority = /^\/\/([^/?#]*)/.exec(rest)![1]!;
    path = rest.slice(2 + authority.length);
    if (authority === "" && path === "") return false;
    const host = authority.replace(/^[^@]*@/, "").replace(/:[0-9]*$/, "");
    if (host.includes("[") || host.includes("]")) {
      if (!/^\[[0-9A-Fa-f:.]+\]$/.test(host)) return false;
    }
  }
  return !/[[\]]/.test(path);
}

/**
 * The kind the Java reader gives a value of a definition that the schema refuses, and whether the
 * reader meets it as it reads the value (0) or the model when it builds the object (1).
 */
function scalarKind(definition: string | undefined, value: unknown): [FailureKind, 0 | 1] {
  if (value === null) return ["WRONG_TYPE", 0];
  switch (definition === undefined ? undefined : CHECKS[definition]) {
    case "OPEN_CODE":
      return [typeof value === "string" && CODE.test(value) ? "UNKNOWN_VALUE" : "INVALID_VALUE", 0];
    case "CLOSED_CODE":
      return ["UNKNOWN_VALUE", 0];
    case "SCHEMA_VERSION":
      return [typeof value === "string" && VERSION.test(value) ? "UNSUPPORTED_VERSION" : "INVALID_VALUE", 0];
    case "PARSED":
      // what the reader's parse lets through, the model checks
      if (definition === "HttpUrl" && typeof value === "string" && javaParsesUri(value)) return ["RULE_VIOLATION", 1];
      if (definition === "DecimalAmount" && typeof value === "string" && value.length <= 100 && DECIMAL.test(value)) return ["RULE_VIOLATION", 1];
      return ["INVALID_VALUE", 0];
    default: // MODEL, INTEGER, NUMBER
      return ["RULE_VIOLATION", 1];
  }
}

/**
 * Where the Java model reports a rule that the schema states in a conditional (if/then) of a type
 * on another property: for these, at the property the condition names (the first of the if's
 * required), not where the schema finds it. Hand-written; the corpus and the verdicts tests pin
 * each.
 */
const AT_CONDITION: ReadonlySet<string> = new Set([
  "Confidence.score", // the level disagrees with the score
  "Claim.kind", // silent on casualties, yet a casualty figure
  "Claim.about_casualties",
  "Incident.records", // ACLED or UCDP columns without a record of that dataset
]);

/**
 * The part of an Ajv schemaPath within the definition it is in: "/allOf/0/then/required" of
 * "#/$defs/Incident/allOf/0/then/required", or of "#/allOf/0/then/required" (Ajv starts a path
 * afresh in a definition it compiles on its own, and keeps the $defs step in one it inlines).
 */
function withinDefinition(schemaPath: string): string {
  return schemaPath.replace(/^[^#]*#/, "").replace(/^.*\/\$defs\/[A-Za-z0-9]+/, "");
}

/** The Java property of a conditional's refusal of a property, where it is not the property itself. */
function conditional(e: ErrorObject, bundle: { $defs: Record<string, unknown> }, type: string, object: string, property: string): string | undefined {
  const definition = typeAt(type, object);
  const within = withinDefinition(e.schemaPath);
  const at = within.indexOf("/then/");
  if (at < 0 || definition === undefined || !AT_CONDITION.has(`${definition}.${property}`)) return undefined;
  const condition = valueAt(bundle.$defs[definition], within.slice(0, at) + "/if") as { required?: string[] } | undefined;
  return condition?.required?.[0];
}

/** The refusals of the schema, each where the Java reader meets it. */
function schemaRefusals(type: string, bundle: { $defs: Record<string, unknown> }, validate: ValidateFunction, doc: unknown, spans: ReadonlyMap<string, readonly [number, number]>): Found[] {
  const found: Found[] = [];
  // a conditional's refusal after the others: the model checks a value's own range before it
  // compares it with another property (Confidence: the score's range, then its level)
  const errors = [...(validate.errors ?? [])].sort((a, b) => Number(a.schemaPath.includes("/then/")) - Number(b.schemaPath.includes("/then/")));
  const start = (pointer: string) => spans.get(pathOf(pointer, doc))?.[0] ?? 0;
  const end = (pointer: string) => spans.get(pathOf(pointer, doc))?.[1] ?? 0;
  // a value of the wrong JSON type is that, whatever else its definition says of it
  const wrongType = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  const done = new Set<string>();
  for (const e of errors) {
    const pointer = e.instancePath;
    const value = valueAt(doc, pointer);
    const isObject = value !== null && typeof value === "object" && !Array.isArray(value);
    if (e.keyword === "if" || e.keyword === "anyOf" || e.keyword === "allOf" || e.keyword === "oneOf") {
      continue; // their sub-errors say what is wrong
    }
    if (wrongType.has(pointer)) {
      if (!done.has(pointer)) {
        done.add(pointer);
        found.push({ error: new SitrepError("WRONG_TYPE", pathOf(pointer, doc), e.keyword === "type" ? (e.message ?? "wrong type") : "wrong type"), at: start(pointer), rank: 0 });
      }
      continue;
    }
    const at = pathOf(pointer, doc);
    if (e.keyword === "required") {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      // the type's own list of required properties: the reader's; any other (a conditional's,
      // one of an anyOf) is a rule of the model
      const own = withinDefinition(e.schemaPath) === "/required";
      const java = own ? missing : (conditional(e, bundle, type, pointer, missing) ?? missing);
      found.push({ error: new SitrepError(own ? "MISSING_PROPERTY" : "RULE_VIOLATION", at + step(java), `${missing} is required`), at: end(pointer), rank: own ? 0 : 1 });
    } else if (e.keyword === "dependentRequired") {
      // Java reports the property that needs another, not the one missing
      const { property, missingProperty } = e.params as { property: string; missingProperty: string };
      found.push({ error: new SitrepError("RULE_VIOLATION", at + step(property), `needs ${missingProperty}`), at: end(pointer), rank: 1 });
    } else if (e.keyword === "additionalProperties") {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      const p = at + step(extra);
      found.push({ error: new SitrepError("UNKNOWN_PROPERTY", p, `${extra} is not a property of this type`), at: spans.get(p)?.[0] ?? end(pointer), rank: 0 });
    } else if (e.keyword === "uniqueItems") {
      const { i, j } = e.params as { i: number; j: number };
      found.push({ error: new SitrepError("RULE_VIOLATION", `${at}[${Math.max(i, j)}]`, "repeats an earlier element"), at: end(owner(doc, pointer)), rank: 1 });
    } else if (e.keyword === "maxItems") {
      const limit = (e.params as { limit: number }).limit;
      found.push({ error: new SitrepError("LIMIT_EXCEEDED", `${at}[${limit}]`, `a list of more than ${limit} elements`), at: start(pointer), rank: 0 });
    } else if (e.keyword === "not" && isObject && isRequired(e.schema)) {
      // "must be absent": the first of the named properties that is present
      const names = requiredNames(e.schema);
      const present = names.find((n) => n in (value as object)) ?? names[0]!;
      const java = conditional(e, bundle, type, pointer, present) ?? present;
      found.push({ error: new SitrepError("RULE_VIOLATION", at + step(java), `${present} must be absent here`), at: end(pointer), rank: 1 });
    } else if (e.keyword === "contains") {
      const parent = pointer.replace(/\/[^/]*$/, "");
      const property = tokens(pointer).at(-1)!;
      const java = conditional(e, bundle, type, parent, property) ?? property;
      found.push({ error: new SitrepError("RULE_VIOLATION", pathOf(parent, doc) + step(java), e.message ?? "is invalid"), at: end(parent), rank: 1 });
    } else {
      if (done.has(pointer)) continue; // one refusal per value
      if (e.keyword === "maximum" && (e.params as { limit: number }).limit >= INT64_MAX) continue; // rules.ts: INVALID_VALUE
      done.add(pointer);
      const parent = pointer.replace(/\/[^/]*$/, "");
      const property = tokens(pointer).at(-1);
      const java = property === undefined ? undefined : conditional(e, bundle, type, parent, property);
      const [kind, rank] = scalarKind(propertyAt(type, pointer)?.[2], value);
      const p = java ? pathOf(parent, doc) + step(java) : at;
      found.push({ error: new SitrepError(kind, p, e.message ?? "is invalid"), at: java || rank === 1 ? end(owner(doc, pointer)) : start(pointer), rank });
    }
  }
  return found;
}

function isRequired(schema: unknown): boolean {
  return requiredNames(schema).length > 0;
}
function requiredNames(schema: unknown): string[] {
  if (!schema || typeof schema !== "object") return [];
  const s = schema as { required?: string[]; anyOf?: unknown[] };
  if (Array.isArray(s.required)) return s.required;
  if (Array.isArray(s.anyOf)) return s.anyOf.flatMap(requiredNames);
  return [];
}

/**
 * Checks a document of a Sitrep type.
 *
 * @param type the wire type's name: "Report", "Incident", ...
 * @param text the document's JSON text
 * @param options strict or tolerant (the default)
 * @returns the first refusal, as the Java reader reports it, or undefined if the document is valid
 */
export function check(type: string, text: string, options: ReadOptions = {}): SitrepError | undefined {
  try {
    read(type, text, options);
    return undefined;
  } catch (e) {
    if (e instanceof SitrepError) return e;
    throw e;
  }
}

/**
 * Reads a document of a Sitrep type, refusing what the Java reader refuses.
 *
 * @throws SitrepError with the kind, JSON path and reason of the first problem
 */
export function read(type: string, text: string, options: ReadOptions = {}): unknown {
  const { value, spans, numbers } = parseJson(text);
  const strict = options.strict ?? false;
  const validate = validator(type, strict);
  const found: Found[] = [];
  if (!validate(value)) found.push(...schemaRefusals(type, strict ? strictSchema : tolerantSchema, validate, value, spans));
  found.push(...javaOnlyRules(type, value, spans, numbers));
  if (found.length > 0) {
    // in document order; at one place, what the reader meets before what the model checks; then
    // (the sort is stable) the first found
    found.sort((a, b) => a.at - b.at || a.rank - b.rank);
    throw found[0]!.error;
  }
  return value;
}
