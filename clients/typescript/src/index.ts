/**
 * Sitrep's wire types for TypeScript, generated from the one wire definition (org.sitrep.wire.WireTypes),
 * and a reader that refuses what the Java reader refuses, with the same JSON path.
 *
 * ```ts
 * import { parseReport } from "@sitrep/model";
 * const report = parseReport(text);            // throws SitrepError { kind, path, reason }
 * console.log(report.headline, report.incidents?.[0]?.type);
 * ```
 */
export * from "./generated/model.js";
export { SitrepError, type FailureKind } from "./errors.js";
export { check, read, type ReadOptions } from "./validate.js";
import type { Report } from "./generated/model.js";
import { read, type ReadOptions } from "./validate.js";

/**
 * Reads a report: its JSON text, checked as Sitrep's Java reader checks it.
 *
 * @throws SitrepError where the document is refused
 */
export function parseReport(text: string, options: ReadOptions = {}): Report {
  return read("Report", text, options) as Report;
}

/** Writes a report as JSON (Sitrep's compact form for a report read by parseReport). */
export function writeReport(report: Report): string {
  return JSON.stringify(report);
}
