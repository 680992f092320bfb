// Differential fuzzing: 200 random generator-heavy programs (fixed seed) run by
// CPython and by py2ts-coro must print the same thing and end the same way.
// The fuzzer lives in test/fuzz/ (plain JS, `npm run fuzz -- --count N --seed S`
// for larger runs); it runs the build in dist/ (npm test builds it first).
// Every program must be compared: no python3 at all is a visible skip, a python
// that does not work or is not 3.11 is a failure, and so is a program that did
// not transpile, ran too long in CPython, or that CPython rejected.

export {}; // a module: its constants are not shared with the other test files

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { runFuzz, formatDivergence, pythonStatus } = require("./fuzz/fuzz.js");

const SEED = 20240611;
const COUNT = 200;
// Features with known divergences (pinned by cases in test/conformance-pending/) would be
// left out here so that this test guards everything else; there are none at present.
const AVOID: string[] = [];
const python: { missing?: boolean; error?: string; version?: string } = pythonStatus();

if (python.missing) {
  test("differential fuzzing against CPython", () => {
    console.log("skipped: python3 not found; differential fuzzing did not run");
  });
} else {
  test(`${COUNT} random programs (seed ${SEED}) behave as in CPython`, async () => {
    expect(python.error ?? python.version).toMatch(/^Python 3\.11\./);
    const report = await runFuzz({ count: COUNT, seed: SEED, jobs: 2, minimizeSeconds: 25, avoid: AVOID });
    // the first (lowest index) divergence, minimised; the others are in report.divergences
    const message = report.divergences.length ? formatDivergence(report, report.divergences[0]) : "";
    if (message) console.log(message);
    expect(message).toBe("");
    if (report.unsupported) console.log(`fuzz: not transpiled: ${JSON.stringify(report.unsupportedReasons)}`);
    if (report.invalid) console.log(`fuzz: rejected by CPython: ${report.invalidSamples.join("; ")}`);
    // every program asked for was run by both sides and compared
    expect({ compared: report.ok, notTranspiled: report.unsupported, rejectedByCPython: report.invalid, tooSlowInCPython: report.pyhang }).toEqual({
      compared: COUNT,
      notTranspiled: 0,
      rejectedByCPython: 0,
      tooSlowInCPython: 0,
    });
  }, 240000);
}
