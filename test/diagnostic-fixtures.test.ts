// Every diagnostic code in the README's table is exercised by a fixture whose
// expected.err records it, and the CLI prints exactly those expected.err files
// (`py2ts-coro <area>/<case>/input.py` run in fixtures/) with the right exit code.
// The fixtures themselves are compared in-process by test/golden.test.ts.

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { DiagnosticCodes } from "../src/diagnostics";
import { discoverFixtures, FIXTURES, ROOT, withoutFixturesPath } from "./helpers/fixtures";

const withErr = discoverFixtures().filter((f) => fs.existsSync(path.join(f.dir, "expected.err")));
const readErr = (dir: string) => fs.readFileSync(path.join(dir, "expected.err"), "utf8");

/** The codes listed in the README's diagnostics table (`| PY2TS1000 | ... |`). */
function readmeCodes(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  return [...readme.matchAll(/^\|\s*(PY2TS\d{4})\s*\|/gm)].map((m) => m[1]);
}

test("the README's diagnostics table lists codes that exist", () => {
  const codes = readmeCodes();
  expect(codes.length).toBeGreaterThan(10);
  const known = new Set<string>(Object.values(DiagnosticCodes));
  expect(codes.filter((c) => !known.has(c))).toEqual([]);
});

test("every code in the README's diagnostics table appears in some fixture's expected.err", () => {
  const seen = new Set<string>();
  for (const f of withErr) for (const m of readErr(f.dir).matchAll(/ (?:error|warning) (PY2TS\d{4}):/g)) seen.add(m[1]);
  expect(readmeCodes().filter((c) => !seen.has(c))).toEqual([]);
});

const cli = path.join(ROOT, "dist", "cli.js");
test.each(withErr.map((f) => [f.name, f] as const))("%s: the CLI prints expected.err", (_n, f) => {
  const r = spawnSync(process.execPath, [cli, path.relative(FIXTURES, f.input)], { cwd: FIXTURES, encoding: "utf8" });
  const expected = readErr(f.dir);
  expect(withoutFixturesPath(r.stderr)).toBe(expected);
  expect(r.status).toBe(/^\S+: error PY2TS/m.test(expected) ? 1 : 0);
});
