// The rules of the Java model that the JSON Schema cannot express but that one document shows:
// comparisons of two values, ids and references across the report, currencies that exist, counts
// written as JSON integers within 64 bits. Hand-written (each has a document in the invalid corpus,
// see java-only.tsv); the walk interprets the generated wire definition (WIRE), so a new property
// or type needs no edit here unless it brings a new rule.
import { SitrepError } from "./errors.js";
import { step } from "./errors.js";
import { CURRENCIES, WIRE } from "./generated/model.js";

type Json = Record<string, unknown>;
/** A refusal and where Java would meet it: the offset of the value, or the end of the object it is checked at. */
export interface Found {
  readonly error: SitrepError;
  readonly at: number;
}
type Spans = ReadonlyMap<string, readonly [number, number]>;

const ID_KINDS = new Set(["IncidentId", "CasualtyId", "ClaimId", "AidPackageId", "PostId"]);
const INT64_MAX = 9223372036854775807n;
const INT64_MIN = -9223372036854775808n;

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Every object of the document with its wire type, innermost first (the order Java builds them). */
function walk(type: string, v: unknown, path: string, out: [string, Json, string][]): void {
  const props = WIRE[type];
  if (!props || !isObject(v)) return;
  for (const [name, [card, kind, schema]] of Object.entries(props)) {
    if (kind !== "OBJECT" || !(name in v)) continue;
    const p = path + step(name);
    if (card === "LIST") {
      const list = v[name];
      if (Array.isArray(list)) list.forEach((item, i) => walk(schema, item, `${p}[${i}]`, out));
    } else {
      walk(schema, v[name], p, out);
    }
  }
  out.push([type, v, path]);
}

function least(e: unknown): bigint | undefined {
  if (!isObject(e) || typeof e.low !== "number") return undefined;
  const low = BigInt(e.low);
  return e.qualifier === "more_than" ? low + 1n : low;
}
function most(e: unknown): bigint | undefined {
  if (!isObject(e) || typeof e.high !== "number") return undefined;
  const high = BigInt(e.high);
  return e.qualifier === "fewer_than" ? high - 1n : high;
}

/**
 * @param type the wire type of the document
 * @param doc the document, already valid against the schema but for these rules
 * @param spans where each value is (from parseJson)
 * @param numbers each number's text as written
 * @returns every rule the document breaks, with where Java meets it
 */
export function javaOnlyRules(type: string, doc: unknown, spans: Spans, numbers: ReadonlyMap<string, string>): Found[] {
  const found: Found[] = [];
  const end = (path: string) => spans.get(path)?.[1] ?? 0;
  const start = (path: string) => spans.get(path)?.[0] ?? 0;
  const objects: [string, Json, string][] = [];
  walk(type, doc, "$", objects);
  for (const [t, o, path] of objects) {
    const rule = (p: string, why: string) => found.push({ error: new SitrepError("RULE_VIOLATION", path + p, why), at: end(path) });
    // counts: JSON integers within a signed 64-bit integer, as Java reads them
    for (const [name, [card, kind]] of Object.entries(WIRE[t]!)) {
      if (kind !== "INTEGER" || !(name in o)) continue;
      const paths = card === "LIST" && Array.isArray(o[name]) ? (o[name] as unknown[]).map((_, i) => `${path}${step(name)}[${i}]`) : [path + step(name)];
      for (const p of paths) {
        const text = numbers.get(p);
        if (text === undefined) continue;
        if (!/^-?(0|[1-9][0-9]*)$/.test(text)) {
          found.push({ error: new SitrepError("WRONG_TYPE", p, `expected a JSON integer, found ${text}`), at: start(p) });
        } else if (BigInt(text) > INT64_MAX || BigInt(text) < INT64_MIN) {
          found.push({ error: new SitrepError("INVALID_VALUE", p, `${text} does not fit a signed 64-bit integer`), at: start(p) });
        }
      }
    }
    switch (t) {
      case "Estimate": {
        const [low, best, high] = [o.low, o.best, o.high].map((x) => (typeof x === "number" ? x : undefined));
        if (low !== undefined && best !== undefined && low > best) rule(".best", `low (${low}) must not be greater than best (${best})`);
        if (best !== undefined && high !== undefined && best > high) rule(".high", `best (${best}) must not be greater than high (${high})`);
        if (low !== undefined && high !== undefined && low > high) rule(".high", `low (${low}) must not be greater than high (${high})`);
        break;
      }
      case "UcdpCoding": {
        const [low, high] = [o.deaths_low, o.deaths_high].map((x) => (typeof x === "number" ? x : undefined));
        if (low !== undefined && high !== undefined && low > high) rule(".deaths_low", `must be at most deaths_high (${high}), was ${low}`);
        break;
      }
      case "Money": {
        if (typeof o.currency === "string" && !CURRENCIES.has(o.currency)) {
          found.push({ error: new SitrepError("INVALID_VALUE", `${path}.currency`, `${o.currency} is not an ISO 4217 currency`), at: start(`${path}.currency`) });
        }
        break;
      }
      case "Location":
        for (const level of ["admin1", "admin2", "admin3"]) {
          const area = o[level];
          if (isObject(area) && typeof area.iso_code === "string" && typeof o.country === "string" && !area.iso_code.startsWith(`${o.country}-`)) {
            rule(`.${level}.iso_code`, `is not a subdivision of the location's country ${o.country}`);
          }
        }
        break;
      case "Engagement": {
        const launched = most(o.launched);
        const stopped = least(o.stopped) ?? 0n;
        const hit = least(o.hit) ?? 0n;
        if (launched !== undefined) {
          if (stopped > launched) rule(".stopped", `is at least ${stopped}, more than the ${launched} launched`);
          if (hit > launched) rule(".hit", `is at least ${hit}, more than the ${launched} launched`);
          if (stopped <= launched && hit <= launched && stopped > launched - hit) rule(".hit", `stopped and hit are more than the ${launched} launched`);
        }
        break;
      }
      case "Casualty": {
        const whole = most(o.count);
        const seen = new Set<unknown>();
        (Array.isArray(o.breakdown) ? o.breakdown : []).forEach((g: unknown, i: number) => {
          if (!isObject(g)) return;
          if (seen.has(g.group)) rule(`.breakdown[${i}].group`, `repeats '${String(g.group)}', listed earlier`);
          seen.add(g.group);
          const part = least(g.count);
          if (whole !== undefined && part !== undefined && part > whole) rule(`.breakdown[${i}].count`, "a part of the figure cannot be larger than the figure");
        });
        if (o.supersedes !== undefined && o.supersedes === o.id) rule(".supersedes", "a figure does not supersede itself");
        break;
      }
      case "Incident": {
        const acled = o.acled;
        if (isObject(acled) && typeof acled.event_date === "string") {
          const time = o.time;
          if (!isObject(time)) rule(".acled.event_date", "needs the incident's time");
          else if (typeof time.start === "string" && typeof time.end === "string" && (acled.event_date < time.start || acled.event_date > time.end)) {
            rule(".acled.event_date", `must lie within the incident's time (${time.start} to ${time.end}), was ${acled.event_date}`);
          }
        }
        const links = Array.isArray(o.links) ? o.links : [];
        links.forEach((l: unknown, i: number) => {
          if (isObject(l) && ((l.incident !== undefined && l.incident === o.id) || (l.global_id !== undefined && l.global_id === o.global_id))) {
            rule(`.links[${i}]`, "an incident does not link to itself");
          }
        });
        const figures = (Array.isArray(o.casualties) ? o.casualties : []).filter(isObject);
        const index = new Map<unknown, number>();
        figures.forEach((c, i) => {
          if (index.has(c.id)) rule(`.casualties[${i}].id`, `repeats the id '${String(c.id)}'`);
          else index.set(c.id, i);
        });
        const revisedBy = new Map<unknown, number>();
        figures.forEach((c, i) => {
          if (c.supersedes === undefined) return;
          if (!index.has(c.supersedes)) rule(`.casualties[${i}].supersedes`, `refers to casualty figure '${String(c.supersedes)}', which is not a figure of this incident`);
          else if (revisedBy.has(c.supersedes)) rule(`.casualties[${i}].supersedes`, "a figure is revised by one figure at most");
          else revisedBy.set(c.supersedes, i);
        });
        figures.forEach((c, i) => {
          let next = c.supersedes;
          for (let steps = 0; next !== undefined && steps < figures.length; steps++) {
            if (next === c.id) {
              rule(`.casualties[${i}].supersedes`, `the figures' supersessions form a cycle through '${String(c.id)}'`);
              break;
            }
            const k = index.get(next);
            next = k === undefined ? undefined : figures[k]!.supersedes;
          }
        });
        break;
      }
      case "AidPackage":
        (Array.isArray(o.related) ? o.related : []).forEach((r: unknown, i: number) => {
          if (r === o.id) rule(`.related[${i}]`, "a package cannot relate to itself");
        });
        break;
      case "Claim":
        if (Array.isArray(o.about_claims) && o.about_claims.includes(o.id)) rule(".about_claims", "a claim does not answer itself");
        break;
      case "Withdrawal":
        if (o.replaced_by !== undefined && o.replaced_by === o.withdraws) rule(".replaced_by", "a report is not replaced by itself");
        break;
      case "Report":
        reportRules(o, path, rule);
        break;
    }
  }
  return found;
}

function reportRules(o: Json, path: string, rule: (p: string, why: string) => void): void {
  if (typeof o.published_at === "string" && typeof o.modified_at === "string" && instant(o.modified_at) < instant(o.published_at)) {
    rule(".modified_at", `must not be before published_at (${o.published_at})`);
  }
  if (typeof o.published_at === "string" && typeof o.retrieved_at === "string" && instant(o.retrieved_at) < instant(o.published_at)) {
    rule(".retrieved_at", `must not be before published_at (${o.published_at})`);
  }
  // ids: unique across all kinds; every reference names one of them
  const ids: [string, unknown][] = [];
  const refs: [string, unknown][] = [];
  const collect = (type: string, v: unknown, p: string) => {
    if (!isObject(v)) return;
    for (const [name, [card, kind, schema]] of Object.entries(WIRE[type] ?? {})) {
      if (!(name in v)) continue;
      const at = p + step(name);
      const values: [string, unknown][] = card === "LIST" && Array.isArray(v[name]) ? (v[name] as unknown[]).map((x, i) => [`${at}[${i}]`, x]) : [[at, v[name]]];
      for (const [q, x] of values) {
        if (kind === "OBJECT") collect(schema, x, q);
        else if (ID_KINDS.has(schema)) (name === "id" ? ids : refs).push([q.slice(path.length), x]);
      }
    }
  };
  collect("Report", o, path);
  const seen = new Set<unknown>();
  for (const [p, id] of ids) {
    if (seen.has(id)) rule(p, `repeats the id '${String(id)}'`);
    seen.add(id);
  }
  for (const [p, ref] of refs) {
    if (!seen.has(ref) && !p.endsWith(".supersedes")) rule(p, `refers to '${String(ref)}', which is not in this report`);
  }
}

function instant(dateTime: string): number {
  return Date.parse(dateTime.replace(/^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?/, (_, s: string, f?: string) => s + (f ? f.slice(0, 4) : "")));
}
