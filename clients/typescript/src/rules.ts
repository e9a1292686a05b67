// The rules of the Java model that the JSON Schema cannot express but that one document shows:
// comparisons of two values (bounds, dates, date-times, spans), ids and references across the
// report, codes that are assigned (currencies, countries), counts
// written as JSON integers within 64 bits. Hand-written (each has a document in the invalid corpus,
// see java-only.tsv, or a mutation of the Java build's verdicts, see verdicts.test.ts); the walk
// interprets the generated wire definition (WIRE), so a new property or type needs no edit here
// unless it brings a new rule. Date-times are compared exactly (to the nanosecond, years 0000 to
// 9999), never through Date.
import { SitrepError } from "./errors.js";
import { step } from "./errors.js";
import { COUNTRIES, CURRENCIES, WIRE } from "./generated/model.js";

type Json = Record<string, unknown>;
/**
 * A refusal and where Java would meet it: the offset of the value (rank 0: the reader meets it as
 * it reads the value), or the end of the object it is checked at (rank 1: the model checks it when
 * it builds the object, after the reader has read it all).
 */
export interface Found {
  readonly error: SitrepError;
  readonly at: number;
  readonly rank: 0 | 1;
}
type Spans = ReadonlyMap<string, readonly [number, number]>;

const ID_KINDS = new Set(["IncidentId", "CasualtyId", "ClaimId", "AidPackageId", "PostId"]);
const INT64_MAX = 9223372036854775807n;
const INT64_MIN = -9223372036854775808n;

/** The widest span, in days counting both ends, of a reported time of each precision. */
const MAX_DAYS: Readonly<Record<string, number>> = {
  exact_time: 1, approximate_time: 1, day: 1, part_of_day: 2, few_days: 6, week: 7, month: 31, season: 92, year: 366,
};

/**
 * The order in which the Java model (Report.checkReferences) checks the references of a type, where
 * it is not the wire order: the first unresolved one is the one reported.
 */
const REFERENCE_ORDER: Readonly<Record<string, readonly string[]>> = {
  Report: ["posts", "incidents", "claims", "aid_packages"],
  Incident: ["claims", "links", "parties", "engagements", "casualties", "location"],
};

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

const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const DATE_TIME = /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,9}))?(Z|([+-])([0-9]{2}):([0-9]{2}))$/;
const CLOCK_TIME = /^([0-9]{2}):([0-9]{2}):([0-9]{2})(Z|[+-][0-9]{2}:[0-9]{2})$/;

/** Days from 0000-03-01 of the proleptic Gregorian calendar, which has a year 0000 (a leap year). */
function epochDay(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
}
function day(date: unknown): number | undefined {
  const m = typeof date === "string" ? DATE.exec(date) : null;
  return m ? epochDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}
/** A date-time as [seconds since the epoch of epochDay, nanoseconds], or undefined if not one. */
function instant(dateTime: unknown): [number, number] | undefined {
  const m = typeof dateTime === "string" ? DATE_TIME.exec(dateTime) : null;
  if (!m) return undefined;
  const offset = m[8] === "Z" ? 0 : (m[9] === "-" ? -1 : 1) * (Number(m[10]) * 3600 + Number(m[11]) * 60);
  const seconds = epochDay(Number(m[1]), Number(m[2]), Number(m[3])) * 86400 + Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6]) - offset;
  return [seconds, Number((m[7] ?? "").padEnd(9, "0"))];
}
function compareInstants(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}
/** A date-time's local date, hour, minute and offset, as OffsetDateTime.equals compares them. */
function localForm(dateTime: string): string {
  const m = DATE_TIME.exec(dateTime)!;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${(m[7] ?? "").padEnd(9, "0")}${m[8] === "Z" ? "+00:00" : m[8]}`;
}

/** Blank as Java's String.isBlank says: empty, or white space (Character.isWhitespace) only. */
function isBlank(name: string): boolean {
  return /^[\t\n\u000B\f\r\u001C-\u001F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]*$/.test(name);
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
    const rule = (p: string, why: string) => found.push({ error: new SitrepError("RULE_VIOLATION", path + p, why), at: end(path), rank: 1 });
    for (const [name, [card, kind, schema]] of Object.entries(WIRE[t]!)) {
      if (!(name in o)) continue;
      const values: [string, unknown][] = card === "LIST" && Array.isArray(o[name])
        ? (o[name] as unknown[]).map((x, i) => [`${path}${step(name)}[${i}]`, x])
        : [[path + step(name), o[name]]];
      for (const [p, x] of values) {
        // counts: JSON integers within a signed 64-bit integer, as Java reads them
        const text = kind === "INTEGER" ? numbers.get(p) : undefined;
        if (text !== undefined) {
          if (!/^-?(0|[1-9][0-9]*)$/.test(text)) {
            found.push({ error: new SitrepError("WRONG_TYPE", p, `expected a JSON integer, found ${text}`), at: start(p), rank: 0 });
          } else if (BigInt(text) > INT64_MAX || BigInt(text) < INT64_MIN) {
            found.push({ error: new SitrepError("INVALID_VALUE", p, `${text} does not fit a signed 64-bit integer`), at: start(p), rank: 0 });
          }
        }
        if (typeof x !== "string") continue;
        // codes that have the right shape (the schema checks it) but are not assigned
        if (schema === "CountryCode" && /^[A-Z]{2}$/.test(x) && !COUNTRIES.has(x)) {
          found.push({ error: new SitrepError("RULE_VIOLATION", p, `'${x}' is not an ISO 3166-1 alpha-2 country code`), at: end(path), rank: 1 });
        } else if (schema === "SubdivisionCode" && /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(x) && !COUNTRIES.has(x.slice(0, 2))) {
          found.push({ error: new SitrepError("RULE_VIOLATION", p, `'${x}' is not an ISO 3166-2 subdivision code of a country`), at: end(path), rank: 1 });
        } else if (schema === "CurrencyCode" && /^[A-Z]{3}$/.test(x) && !CURRENCIES.has(x)) {
          found.push({ error: new SitrepError("INVALID_VALUE", p, `${x} is not an ISO 4217 currency`), at: start(p), rank: 0 });
        } else if (schema === "DatasetRecordId" && (x.length > 128 || /[\uD800-\uDFFF]/.test(x))) {
          // Java counts UTF-16 units and refuses any surrogate, paired or not
          found.push({ error: new SitrepError("RULE_VIOLATION", p, "must be 1 to 128 characters without white space or control characters"), at: end(path), rank: 1 });
        }
      }
    }
    for (const name of Object.keys(o)) {
      if (!(name in WIRE[t]!) && isBlank(name)) rule("", "an extension needs a name");
    }
    switch (t) {
      case "Estimate": {
        const [low, best, high] = [o.low, o.best, o.high].map((x) => (typeof x === "number" ? x : undefined));
        if (low !== undefined && best !== undefined && low > best) rule(".best", `low (${low}) must not be greater than best (${best})`);
        if (best !== undefined && high !== undefined && best > high) rule(".high", `best (${best}) must not be greater than high (${high})`);
        if (best === undefined && low !== undefined && high !== undefined && low > high) rule(".high", `low (${low}) must not be greater than high (${high})`);
        if (o.qualifier === "exact" && low !== undefined && best !== undefined && high !== undefined && !(low === best && best === high)) {
          rule("", "an exact estimate needs low = best = high");
        }
        if (o.qualifier === "more_than" && low !== undefined && best !== undefined && best <= low) rule(".best", `must be above low (${low}) for a 'more than' estimate`);
        if (o.qualifier === "fewer_than" && high !== undefined && best !== undefined && best >= high) rule(".best", `must be below high (${high}) for a 'fewer than' estimate`);
        break;
      }
      case "ReportedTime": {
        const [from, to] = [day(o.start), day(o.end)];
        if (from !== undefined && to !== undefined) {
          const max = typeof o.precision === "string" ? MAX_DAYS[o.precision] : undefined;
          if (to < from) rule(".end", `must not be before start (${String(o.start)})`);
          else if (max !== undefined && to - from + 1 > max) rule(".end", `spans ${to - from + 1} days, more than a time of precision ${String(o.precision)} may (${max})`);
        }
        const at = instant(o.instant);
        if (at && typeof o.start === "string" && (o.instant as string).slice(0, 10) !== o.start) {
          rule(".instant", `falls on ${(o.instant as string).slice(0, 10)}, not on start (${o.start})`);
        }
        const clock = typeof o.clock_time === "string" ? CLOCK_TIME.exec(o.clock_time) : null;
        if (clock && at) {
          const m = DATE_TIME.exec(o.instant as string)!;
          const offset = (z: string) => (z === "Z" ? "+00:00" : z);
          if (clock[1] !== m[4] || clock[2] !== m[5] || offset(clock[4]!) !== offset(m[8]!)) rule(".clock_time", `must be the instant's hour, minute and offset (${String(o.instant)})`);
        }
        const equivalents = Array.isArray(o.equivalents) ? o.equivalents : [];
        if (at) {
          equivalents.forEach((e: unknown, k: number) => {
            const other = instant(e);
            if (other && compareInstants(other, at) !== 0) rule(`.equivalents[${k}]`, `is not the same moment as the instant (${String(o.instant)})`);
          });
        }
        const seen = new Set<string>();
        equivalents.forEach((e: unknown, k: number) => {
          if (typeof e !== "string" || !DATE_TIME.test(e)) return;
          if (seen.has(localForm(e))) rule(`.equivalents[${k}]`, `repeats '${e}', listed earlier`);
          seen.add(localForm(e));
        });
        break;
      }
      case "MonetaryValue": {
        const currencies = new Set<unknown>([isObject(o.amount) ? o.amount.currency : undefined]);
        (Array.isArray(o.equivalents) ? o.equivalents : []).forEach((m: unknown, i: number) => {
          if (!isObject(m)) return;
          if (currencies.has(m.currency)) rule(`.equivalents[${i}]`, `repeats the currency ${String(m.currency)}; each equivalent needs its own`);
          currencies.add(m.currency);
        });
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
        if (o.stopped_share === "none" && stopped > 0n) rule(".stopped_share", `is none, but at least ${stopped} were stopped`);
        if (o.stopped_share === "all" && hit > 0n) rule(".stopped_share", `is all, but at least ${hit} hit`);
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
      case "UcdpCoding": {
        const [low, high] = [o.deaths_low, o.deaths_high].map((x) => (typeof x === "number" ? x : undefined));
        if (low !== undefined && high !== undefined && low > high) rule(".deaths_low", `must be at most deaths_high (${high}), was ${low}`);
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
        const rows = new Set<string>();
        (Array.isArray(o.records) ? o.records : []).forEach((r: unknown, i: number) => {
          if (!isObject(r)) return;
          const row = JSON.stringify([r.scheme, r.id]);
          if (rows.has(row)) rule(`.records[${i}]`, `names the same row as an earlier record (${String(r.scheme)} ${String(r.id)})`);
          rows.add(row);
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
  const published = instant(o.published_at);
  const retrieved = instant(o.retrieved_at);
  const modified = instant(o.modified_at);
  if (published && retrieved && compareInstants(retrieved, published) < 0) rule(".retrieved_at", `must not be before published_at (${String(o.published_at)})`);
  if (published && typeof o.published_on === "string" && (o.published_at as string).slice(0, 10) !== o.published_on) {
    rule(".published_on", `must be the date of published_at (${(o.published_at as string).slice(0, 10)})`);
  }
  if (published && modified && compareInstants(modified, published) < 0) rule(".modified_at", `must not be before published_at (${String(o.published_at)})`);
  if (Array.isArray(o.supersedes) && o.supersedes.includes(o.id)) rule(".supersedes", `a report does not supersede itself ('${String(o.id)}')`);
  // ids: unique across all kinds, by their text; every reference names an id of its own kind;
  // both in Java's order (an incident's id, then its figures')
  const ids: [string, unknown][] = [];
  const known = new Set<string>();
  const refs: [string, string, unknown][] = [];
  const incidents = new Map<unknown, Json>();
  const agreement: [string, Json][] = [];
  const collect = (type: string, v: unknown, p: string) => {
    if (!isObject(v)) return;
    if (type === "Incident" && !incidents.has(v.id)) incidents.set(v.id, v);
    const props = WIRE[type] ?? {};
    for (const name of new Set(["id", ...(REFERENCE_ORDER[type] ?? []), ...Object.keys(props)])) {
      if (!(name in v) || !props[name]) continue;
      const [card, kind, schema] = props[name]!;
      const at = p + step(name);
      const values: [string, unknown][] = card === "LIST" && Array.isArray(v[name]) ? (v[name] as unknown[]).map((x, i) => [`${at}[${i}]`, x]) : [[at, v[name]]];
      for (const [q, x] of values) {
        if (kind === "OBJECT") collect(schema, x, q);
        else if (ID_KINDS.has(schema) && name === "id") {
          ids.push([q.slice(path.length), x]);
          known.add(`${schema}:${String(x)}`);
        } else if (ID_KINDS.has(schema)) {
          refs.push([q.slice(path.length), schema, x]);
          if (type === "IncidentLink" && name === "incident") agreement.push([p.slice(path.length), v]);
        }
      }
    }
  };
  collect("Report", o, path);
  const seen = new Set<unknown>();
  for (const [p, id] of ids) {
    if (seen.has(id)) rule(p, `repeats the id '${String(id)}'`);
    seen.add(id);
  }
  const links = new Map(agreement);
  for (const [p, kind, ref] of refs) {
    if (p.endsWith(".supersedes")) continue; // the incident checks its figures' supersessions
    if (!known.has(`${kind}:${String(ref)}`)) rule(p, `refers to '${String(ref)}', which is not in this report`);
    const link = p.endsWith(".incident") ? links.get(p.slice(0, -".incident".length)) : undefined;
    if (link && link.global_id !== undefined) {
      const theirs = incidents.get(link.incident)?.global_id;
      if (theirs !== undefined && theirs !== link.global_id) {
        rule(`${p.slice(0, -".incident".length)}.global_id`, `is '${String(link.global_id)}', but incident '${String(link.incident)}' has the global id '${String(theirs)}'`);
      }
    }
  }
}
