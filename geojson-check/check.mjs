// Checks the GeoJSON that sitrep-datasets writes with a validator that is not ours: Placemark's
// check-geojson (the successor of Mapbox's geojsonhint), which parses each file and reports what
// breaks RFC 7946's structure (types, positions, members, ids, duplicate keys).
//
//   npm ci && node check.mjs
//
// It validates every *.geojson file under datasets/target/geojson/, written by the Java build
// (GeoJsonTest.writesTheFilesTheCiValidatorChecks: the ACLED sample, the seed article, a fixture
// report, 300 reports sitrep-testing generates, an empty collection). It fails if any file is
// invalid, if there is no file, or if the validator does not refuse the known-bad documents below
// (a check that cannot fail proves nothing). Beyond the validator it checks, for every Point, that
// the file is UTF-8 and the position is [longitude, latitude] within their ranges.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getIssues } from "@placemarkio/check-geojson";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "datasets/target/geojson");

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

// 1. The validator refuses what RFC 7946 refuses.
const bad = {
  "a position of one number": '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[30.5]},"properties":{}}]}',
  "a position of strings": '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":["30.5","50.4"]},"properties":{}}]}',
  "a Feature without properties": '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null}]}',
  "a Feature without geometry": '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{}}]}',
  "an id that is an array": '{"type":"FeatureCollection","features":[{"type":"Feature","id":["a"],"geometry":null,"properties":{}}]}',
  "an unknown geometry type": '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Spot","coordinates":[1,2]},"properties":{}}]}',
  // check-geojson looks for repeated keys in the collection and the geometries, not in features or
  // their properties; GeoJsonTest parses every file with Jackson's duplicate detection for those.
  "a repeated key": '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2],"coordinates":[3,4]},"properties":{}}]}',
  "a collection without features": '{"type":"FeatureCollection"}',
  "text that is not JSON": '{"type":"FeatureCollection","features":[',
};
for (const [what, json] of Object.entries(bad)) {
  check(`the validator refuses ${what}`, getIssues(json).length > 0);
}
check("the validator accepts a Feature with null geometry",
  getIssues('{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":null}]}').length === 0);

// 2. Every file the Java build wrote.
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".geojson")).sort() : [];
check(`GeoJSON files in ${dir} (run mvn -B verify first)`, files.length > 0);
const utf8 = new TextDecoder("utf-8", { fatal: true });
let features = 0;
let points = 0;
for (const file of files) {
  const bytes = readFileSync(join(dir, file));
  let text;
  try {
    text = utf8.decode(bytes);
  } catch (e) {
    check(`${file} is UTF-8`, false, e.message);
    continue;
  }
  const issues = getIssues(text);
  check(`${file} is valid GeoJSON`, issues.length === 0,
    issues.slice(0, 5).map((i) => `${i.message} (at ${i.from}-${i.to}): ${text.slice(i.from, Math.min(i.to, i.from + 120))}`).join("\n  "));
  if (issues.length) continue;
  const doc = JSON.parse(text);
  check(`${file} is a FeatureCollection`, doc.type === "FeatureCollection" && Array.isArray(doc.features));
  let bad = 0;
  for (const f of doc.features) {
    features++;
    if (f.geometry === null) continue;
    points++;
    const [lon, lat, ...rest] = f.geometry.coordinates;
    if (f.geometry.type !== "Point" || rest.length || !(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
      if (bad++ < 5) console.log(`  ${file}: feature ${f.id}: ${JSON.stringify(f.geometry)}`);
    }
  }
  check(`${file}: every geometry is a Point [longitude, latitude] within range`, bad === 0, `${bad} features`);
  console.log(`${file}: ${doc.features.length} features`);
}

console.log(`${files.length} files, ${features} features, ${points} points`);
console.log(`geojson-check: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
