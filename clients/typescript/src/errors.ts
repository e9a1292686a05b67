/** What went wrong, as the Java reader's ReadFailure.Kind names it. */
export type FailureKind =
  | "SYNTAX"
  | "WRONG_TYPE"
  | "MISSING_PROPERTY"
  | "DUPLICATE_PROPERTY"
  | "UNKNOWN_PROPERTY"
  | "UNKNOWN_VALUE"
  | "INVALID_VALUE"
  | "RULE_VIOLATION"
  | "UNSUPPORTED_VERSION"
  | "LIMIT_EXCEEDED";

/** A refused document: the kind of failure, the JSON path where it is ($.incidents[0].type) and why. */
export class SitrepError extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${kind} at ${path}: ${reason}`);
    this.name = "SitrepError";
  }
}

/** A path step as the Java side writes it: .name, or ['odd name']. */
export function step(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `.${name}` : `['${name.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}']`;
}
