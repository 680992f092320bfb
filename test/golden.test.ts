// One test per fixture directory: the emitted TypeScript must equal
// expected.ts, and running it must print CPython's output (expected.out,
// written by test/scripts/make-expected.js from python3) and, for an uncaught
// exception, end like CPython (expected.exc). Fixtures with expected.err
// must fail to transpile with exactly those diagnostics.
// UPDATE_GOLDEN=1 (npm run golden:update) rewrites expected.ts/expected.err.

import * as fs from "fs";
import * as path from "path";
import { transpile } from "../src/index";
import { runCaptured } from "../src/run/runInProcess";
import {
  discoverFixtures,
  expectGolden,
  hasPython,
  lastLine,
  normalizeAddresses,
  readIfExists,
  runPython,
} from "./helpers/fixtures";

const fixtures = discoverFixtures();

describe.each(fixtures.map((f) => [f.name, f] as const))("%s", (_name, fixture) => {
  const source = fs.readFileSync(fixture.input, "utf8");
  const errFile = path.join(fixture.dir, "expected.err");
  const expectsErrors = fs.existsSync(errFile);
  let code = "";

  test(expectsErrors ? "reports diagnostics (expected.err)" : "emits expected.ts", async () => {
    const result = await transpile(source, { fileName: `${fixture.name}/input.py` });
    if (expectsErrors) {
      expect(result.ok).toBe(false);
      expectGolden(errFile, result.messages.join("\n") + "\n");
      return;
    }
    if (!result.ok) throw new Error(result.messages.join("\n"));
    code = result.code;
    expectGolden(path.join(fixture.dir, "expected.ts"), code);
  });

  if (expectsErrors) return;

  test("prints what CPython prints (expected.out)", async () => {
    if (!code) code = (await transpile(source, { fileName: `${fixture.name}/input.py` })).code;
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
    if (!code) code = (await transpile(source, { fileName: `${fixture.name}/input.py` })).code;
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
