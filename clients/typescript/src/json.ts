// A JSON reader that refuses what Sitrep's Java reader refuses before any type is involved, at the
// same JSON path: anything but strict RFC 8259 (NaN, Infinity, comments, single quotes, leading
// zeros, trailing commas, a second document), a property twice in one object, nesting deeper than
// 64 levels, numbers longer than 100 characters, and unpaired surrogates. JSON.parse accepts
// duplicates silently and says nothing of where a document breaks, hence this reader.
import { SitrepError, step } from "./errors.js";

export const MAX_NESTING_DEPTH = 64;
export const MAX_NUMBER_LENGTH = 100;
/** The reader's other limits (org.sitrep.wire.Limits), in UTF-16 units as Java counts a String. */
export const MAX_DOCUMENT_LENGTH = 8 * 1024 * 1024;
export const MAX_STRING_LENGTH = 1024 * 1024;
export const MAX_NAME_LENGTH = 256;

/** A parsed document, with where each value is and how each number was written. */
export interface ParsedJson {
  readonly value: unknown;
  /** JSON path -> [offset of the value's start, offset after its end]. */
  readonly spans: ReadonlyMap<string, readonly [number, number]>;
  /** JSON path of a number -> its text as written. */
  readonly numbers: ReadonlyMap<string, string>;
}

export function parseJson(text: string): ParsedJson {
  if (text.length > MAX_DOCUMENT_LENGTH) throw new SitrepError("LIMIT_EXCEEDED", "$", `a document of more than ${MAX_DOCUMENT_LENGTH} characters`);
  const spans = new Map<string, readonly [number, number]>();
  const numbers = new Map<string, string>();
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const syntax = (path: string, why: string): never => {
    throw new SitrepError("SYNTAX", path, why);
  };
  const value = (path: string, depth: number): unknown => {
    ws();
    const start = i;
    if (i >= n) syntax(path, "unexpected end of input");
    const c = text[i]!;
    let v: unknown;
    if (c === "{") {
      if (depth + 1 > MAX_NESTING_DEPTH) throw new SitrepError("LIMIT_EXCEEDED", path, `nesting deeper than ${MAX_NESTING_DEPTH} levels`);
      i++;
      const o: Record<string, unknown> = {};
      const seen = new Set<string>();
      let current = path;
      ws();
      if (text[i] === "}") {
        i++;
      } else {
        for (;;) {
          ws();
          if (text[i] !== '"') syntax(current, "expected a property name in double quotes");
          const name = string(current);
          if (name.length > MAX_NAME_LENGTH) throw new SitrepError("LIMIT_EXCEEDED", path, `a property name of more than ${MAX_NAME_LENGTH} characters`);
          const p = path + step(name);
          current = p;
          if (seen.has(name)) throw new SitrepError("DUPLICATE_PROPERTY", p, `property ${name} twice`);
          seen.add(name);
          ws();
          if (text[i] !== ":") syntax(p, "expected ':'");
          i++;
          const item = value(p, depth + 1);
          Object.defineProperty(o, name, { value: item, enumerable: true, writable: true, configurable: true });
          ws();
          if (text[i] === ",") {
            i++;
            continue;
          }
          if (text[i] === "}") {
            i++;
            break;
          }
          syntax(current, i >= n ? "unexpected end of input" : "expected ',' or '}'");
        }
      }
      v = o;
    } else if (c === "[") {
      if (depth + 1 > MAX_NESTING_DEPTH) throw new SitrepError("LIMIT_EXCEEDED", path, `nesting deeper than ${MAX_NESTING_DEPTH} levels`);
      i++;
      const a: unknown[] = [];
      ws();
      if (text[i] === "]") {
        i++;
      } else {
        for (;;) {
          a.push(value(`${path}[${a.length}]`, depth + 1));
          ws();
          if (text[i] === ",") {
            i++;
            continue;
          }
          if (text[i] === "]") {
            i++;
            break;
          }
          syntax(`${path}[${a.length - 1}]`, i >= n ? "unexpected end of input" : "expected ',' or ']'");
        }
      }
      v = a;
    } else if (c === '"') {
      v = string(path);
      if ((v as string).length > MAX_STRING_LENGTH) throw new SitrepError("LIMIT_EXCEEDED", path, `a string of more than ${MAX_STRING_LENGTH} characters`);
    } else if (c === "-" || (c >= "0" && c <= "9")) {
      const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + MAX_NUMBER_LENGTH + 2));
      if (!m) syntax(path, "not a JSON number");
      const token = m![0];
      if (token.length > MAX_NUMBER_LENGTH) throw new SitrepError("LIMIT_EXCEEDED", path, `a number of more than ${MAX_NUMBER_LENGTH} characters`);
      i += token.length;
      if (i < n && /[0-9A-Za-z.+-]/.test(text[i]!)) syntax(path, "not a JSON number");
      numbers.set(path, token);
      v = Number(token);
    } else if (text.startsWith("true", i)) {
      i += 4;
      v = true;
    } else if (text.startsWith("false", i)) {
      i += 5;
      v = false;
    } else if (text.startsWith("null", i)) {
      i += 4;
      v = null;
    } else {
      syntax(path, `unexpected character '${c}'`);
    }
    if (i < n && /[A-Za-z0-9_]/.test(text[i]!) && typeof v === "boolean") syntax(path, "unexpected token");
    spans.set(path, [start, i]);
    return v;
  };
  const string = (path: string): string => {
    i++; // the opening quote
    let out = "";
    for (;;) {
      if (i >= n) syntax(path, "unterminated string");
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        break;
      }
      if (c < 0x20) syntax(path, "a control character in a string");
      if (c === 0x5c) {
        const e = text[i + 1];
        i += 2;
        switch (e) {
          case '"': out += '"'; break;
          case "\\": out += "\\"; break;
          case "/": out += "/"; break;
          case "b": out += "\b"; break;
          case "f": out += "\f"; break;
          case "n": out += "\n"; break;
          case "r": out += "\r"; break;
          case "t": out += "\t"; break;
          case "u": {
            const hex = text.slice(i, i + 4);
            if (!/^[0-9A-Fa-f]{4}$/.test(hex)) syntax(path, "a bad \\u escape");
            out += String.fromCharCode(parseInt(hex, 16));
            i += 4;
            break;
          }
          default:
            syntax(path, "a bad escape");
        }
      } else {
        out += text[i];
        i++;
      }
    }
    if (!isWellFormed(out)) throw new SitrepError("INVALID_VALUE", path, "an unpaired surrogate, which is not Unicode text");
    return out;
  };
  const root = value("$", 0);
  ws();
  if (i < n) syntax("$", "more after the document");
  return { value: root, spans, numbers };
}

function isWellFormed(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(k + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      k++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return false;
    }
  }
  return true;
}
