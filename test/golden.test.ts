// One test per fixture directory: the emitted TypeScript must equal
// expected.ts, and running it must print CPython's output (expected.out,
// written by test/scripts/make-expected.js from python3) and, for an uncaught
// exception, end like CPython (expected.exc).
// expected.err holds the diagnostics, exactly as `py2ts-coro <area>/<case>/input.py`
// run in fixtures/ prints them on stderr (absent when there are none). With
// errors nothing is emitted (no expected.ts), and when a code says the program
// is invalid Python (PY2TS1xxx), CPython must reject it too: make-expected
// recorded a SyntaxError in expected.exc. Warnings only: the program is also
// emitted and run. fixtures/diagnostics/ holds one case per code.
// UPDATE_GOLDEN=1 (npm run golden:update) rewrites expected.ts/expected.err.

import * as fs from "fs";
import * as path from "path";
import { transpile, type TranspileResult } from "../src/index";
import { runCaptured } from "../src/run/runInProcess";
import {
  discoverFixtures,
  expectGolden,
  hasPython,
  lastLine,
  normalizeAddresses,
  readIfExists,
  runPython,
  UPDATE_GOLDEN,
  withoutFixturesPath,
} from "./helpers/fixtures";

const fixtures = discoverFixtures();

describe.each(fixtures.map((f) => [f.name, f] as const))("%s", (_name, fixture) => {
  const source = fs.readFileSync(fixture.input);
  const errFile = path.join(fixture.dir, "expected.err");
  const tsFile = path.join(fixture.dir, "expected.ts");
  let transpiled: Promise<TranspileResult> | undefined;
  const result = () => (transpiled ??= transpile(source, { fileName: `${fixture.name}/input.py`, messageFileName: fixture.input }));
  /** the emitted code, or undefined when transpiling failed (then expected.err must record errors) */
  const emitted = async (): Promise<string | undefined> => {
    const r = await result();
    if (r.ok) return r.code;
    expect(readIfExists(errFile) ?? "").toMatch(/ error PY2TS\d+:/);
    return undefined;
  };

  test("emits expected.ts, or the diagnostics in expected.err", async () => {
    const r = await result();
    // CPython's encoding messages name the absolute path: recorded relative to the fixtures folder.
    const messages = r.messages.length ? withoutFixturesPath(r.messages.join("\n") + "\n") : "";
    if (messages || fs.existsSync(errFile)) {
      if (UPDATE_GOLDEN && !messages) fs.unlinkSync(errFile);
      else expectGolden(errFile, messages);
    }
    if (r.ok) {
      expectGolden(tsFile, r.code);
    } else if (UPDATE_GOLDEN) {
      fs.rmSync(tsFile, { force: true });
    } else {
      expect(fs.existsSync(tsFile)).toBe(false);
    }
  });

  const err = readIfExists(errFile);
  if (err !== undefined && / error PY2TS1\d{3}:/.test(err)) {
    test("CPython rejects it at compile time too (expected.exc)", () => {
      const exc = readIfExists(path.join(fixture.dir, "expected.exc"));
      if (exc === undefined) throw new Error("CPython ran it without error (no expected.exc): run npm run expected");
      expect(lastLine(exc)).toMatch(/^(SyntaxError|IndentationError|TabError)\b/);
    });
  }

  test("prints what CPython prints (expected.out)", async () => {
    const code = await emitted();
    if (code === undefined) return;
    const run = runCaptured(code);
    const expectedOut = readIfExists(path.join(fixture.dir, "expected.out"));
    if (expectedOut === undefined) throw new Error("missing expected.out: run npm run expected");
    // stderr is part of the comparison so that a failure shows our traceback.
    expect(normalizeAddresses(run.stdout) + (run.exitCode && !fs.existsSync(path.join(fixture.dir, "expected.exc")) ? run.stderr : "")).toBe(
      normalizeAddresses(expectedOut),
    );
    const exc = readIfExists(path.join(fixture.dir, "expected.exc"));
    if (exc) {
      const [exitLine, excLine] = exc.trimEnd().split("\n");
      expect(`exit ${run.exitCode}`).toBe(exitLine);
      expect(lastLine(run.stderr)).toBe(excLine);
    } else {
      const expectedErr = readIfExists(path.join(fixture.dir, "expected.stderr")) ?? "";
      expect(normalizeAddresses(run.stderr)).toBe(normalizeAddresses(expectedErr));
      expect(run.exitCode).toBe(0);
    }
  });

  const differential = hasPython() ? test : test.skip;
  differential("matches a live CPython run (differential)", async () => {
    const code = await emitted();
    if (code === undefined) return;
    const ours = runCaptured(code);
    const cpython = runPython(fixture.input);
    expect(normalizeAddresses(ours.stdout)).toBe(normalizeAddresses(cpython.stdout));
    expect(ours.exitCode === 0).toBe(cpython.status === 0);
    if (cpython.status !== 0) expect(lastLine(ours.stderr)).toBe(lastLine(cpython.stderr));
  });
});

if (!hasPython()) {
  test("differential checks against CPython", () => {
    console.log("skipped: python3 not found; differential checks against CPython did not run");
  });
}
