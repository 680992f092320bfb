// Differential fuzzing: 200 random generator-heavy programs (fixed seed) run by
// CPython and by py2ts-coro must print the same thing and end the same way.
// The fuzzer lives in test/fuzz/ (plain JS, `npm run fuzz -- --count N --seed S`
// for larger runs); it runs the build in dist/ (npm test builds it first).

import { spawnSync } from "child_process";

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { runFuzz, formatDivergence } = require("./fuzz/fuzz.js");

const SEED = 20240611;
const COUNT = 200;
// Features with known divergences (pinned by cases in test/conformance-pending/) would be
// left out here so that this test guards everything else; there are none at present.
const AVOID: string[] = [];
const hasPython = !spawnSync(process.env.PY2TS_PYTHON || "python3", ["--version"]).error;

if (hasPython) {
  test(`${COUNT} random programs (seed ${SEED}) behave as in CPython`, async () => {
    const report = await runFuzz({ count: COUNT, seed: SEED, jobs: 2, minimizeSeconds: 25, avoid: AVOID });
    // the first (lowest index) divergence, minimised; the others are in report.divergences
    const message = report.divergences.length ? formatDivergence(report, report.divergences[0]) : "";
    if (message) console.log(message);
    expect(message).toBe("");
    if (report.unsupported) console.log(`fuzz: ${report.unsupported} of ${COUNT} programs not transpiled (diagnostics)`);
    expect(report.invalid).toBe(0);
  }, 240000);
} else {
  test("differential fuzzing against CPython", () => {
    console.log("skipped: python3 not found; differential fuzzing did not run");
  });
}
