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
import { WIRE } from "./generated/model.js";

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

/** The JSON path ($.a[0].b) of a JSON Pointer into the document. */
function pathOf(pointer: string, doc: unknown): string {
  let path = "$";
  let node: unknown = doc;
  for (const raw of pointer.split("/").slice(1)) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
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

function kindOf(e: ErrorObject): FailureKind {
  switch (e.keyword) {
    case "type":
      return "WRONG_TYPE";
    case "required":
      return "MISSING_PROPERTY";
    case "additionalProperties":
      return "UNKNOWN_PROPERTY";
    case "enum":
    case "const":
      return "UNKNOWN_VALUE";
    case "pattern":
    case "format":
    case "maxLength":
      return "INVALID_VALUE";
    default:
      return "RULE_VIOLATION";
  }
}

/**
 * Where the Java model reports a rule that the schema states on another property: the rule of a
 * conditional (if/then) of a type, at the property the Java check names. Hand-written; the corpus
 * tests pin each.
 */
const JAVA_PATHS: Readonly<Record<string, string>> = {
  "Confidence.score": "level", // the level disagrees with the score
  "Claim.kind": "silent_on", // silent on casualties, yet a casualty figure
  "Claim.about_casualties": "silent_on",
};

/** The wire type of the object at a JSON Pointer, from the document's type. */
function typeAt(type: string, pointer: string): string | undefined {
  let t: string | undefined = type;
  let inList = false;
  for (const raw of pointer.split("/").slice(1)) {
    if (t === undefined) return undefined;
    if (inList) {
      inList = false;
      continue;
    }
    const p: readonly [string, string, string] | undefined = WIRE[t]?.[raw];
    if (!p || p[1] !== "OBJECT") return undefined;
    t = p[2];
    inList = p[0] === "LIST";
  }
  return inList ? undefined : t;
}

/** The property where Java reports a refusal inside a conditional's then, if not the schema's. */
function conditional(e: ErrorObject, type: string, object: string, property: string): string | undefined {
  return e.schemaPath.includes("/then/") ? JAVA_PATHS[`${typeAt(type, object)}.${property}`] : undefined;
}

/** The refusals of the schema, each where the Java reader meets it. */
function schemaRefusals(type: string, validate: ValidateFunction, doc: unknown, spans: ReadonlyMap<string, readonly [number, number]>): Found[] {
  const found: Found[] = [];
  for (const e of validate.errors ?? []) {
    const at = pathOf(e.instancePath, doc);
    const span = spans.get(at) ?? [0, 0];
    if (e.keyword === "if" || e.keyword === "anyOf" || e.keyword === "allOf" || e.keyword === "oneOf") {
      continue; // their sub-errors say what is wrong
    }
    if (e.keyword === "required") {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      found.push({ error: new SitrepError("MISSING_PROPERTY", at + step(missing), `${missing} is required`), at: span[1] });
    } else if (e.keyword === "dependentRequired") {
      // Java reports the property that needs another, not the one missing
      const { property, missingProperty } = e.params as { property: string; missingProperty: string };
      found.push({ error: new SitrepError("RULE_VIOLATION", at + step(property), `needs ${missingProperty}`), at: span[1] });
    } else if (e.keyword === "additionalProperties") {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      const p = at + step(extra);
      found.push({ error: new SitrepError("UNKNOWN_PROPERTY", p, `${extra} is not a property of this type`), at: spans.get(p)?.[0] ?? span[1] });
    } else if (e.keyword === "uniqueItems") {
      const { i, j } = e.params as { i: number; j: number };
      found.push({ error: new SitrepError("RULE_VIOLATION", `${at}[${Math.max(i, j)}]`, "repeats an earlier element"), at: span[1] });
    } else if (e.keyword === "maxItems") {
      const limit = (e.params as { limit: number }).limit;
      found.push({ error: new SitrepError("LIMIT_EXCEEDED", `${at}[${limit}]`, `a list of more than ${limit} elements`), at: span[0] });
    } else if (e.keyword === "not" && isRequired(e.schema)) {
      // "must be absent": the first of the named properties that is present
      const names = requiredNames(e.schema);
      const obj = pathObject(doc, e.instancePath);
      const present = names.find((n) => obj && n in obj) ?? names[0]!;
      const java = conditional(e, type, e.instancePath, present) ?? present;
      found.push({ error: new SitrepError("RULE_VIOLATION", at + step(java), `${present} must be absent here`), at: span[1] });
    } else if (e.keyword === "not" && e.schema && typeof e.schema === "object" && (e.schema as { type?: string }).type === "null") {
      found.push({ error: new SitrepError("WRONG_TYPE", at, "null is not a value: omit the property"), at: span[0] });
    } else {
      const parent = e.instancePath.replace(/\/[^/]*$/, "");
      const property = e.instancePath.slice(parent.length + 1);
      const java = e.instancePath === "" ? undefined : conditional(e, type, parent, property);
      const p = java ? pathOf(parent, doc) + step(java) : at;
      found.push({ error: new SitrepError(kindOf(e), p, `${e.message ?? "is invalid"}`), at: java ? (spans.get(pathOf(parent, doc))?.[1] ?? 0) : span[0] });
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
function pathObject(doc: unknown, pointer: string): Record<string, unknown> | undefined {
  let node: unknown = doc;
  for (const raw of pointer.split("/").slice(1)) {
    node = (node as Record<string, unknown> | undefined)?.[raw.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return node && typeof node === "object" ? (node as Record<string, unknown>) : undefined;
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
  const validate = validator(type, options.strict ?? false);
  const found: Found[] = [];
  if (!validate(value)) found.push(...schemaRefusals(type, validate, value, spans));
  found.push(...javaOnlyRules(type, value, spans, numbers));
  if (found.length > 0) {
    // stable: of two at one place, the first found
    found.sort((a, b) => a.at - b.at);
    throw found[0]!.error;
  }
  return value;
}
