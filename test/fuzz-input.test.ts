// Input fuzzing: 100 mutated programs (fixed seed; test/fuzz/input-fuzz.js,
// `npm run fuzz:input -- --count N --seed S` for larger runs) go through
// `py2ts-coro FILE --run` (the build in dist/, in-process) and CPython. None may
// crash us (internal error, JavaScript stack trace or message), hang, or be run
// by us while CPython rejects it at compile time. Output divergences and false
// rejections are printed, not failed on here (the differential fuzzer and the
// golden fixtures guard behaviour). No python3 at all is a visible skip; a
// python that does not work or is not 3.11 fails.

export {}; // a module: its constants are not shared with the other test files

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { runInputFuzz, formatReport } = require("./fuzz/input-fuzz.js");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { pythonStatus } = require("./fuzz/fuzz.js");

const SEED = 20261203;
const COUNT = 100;
const python: { missing?: boolean; error?: string; version?: string } = pythonStatus();

if (python.missing) {
  test("input fuzzing against CPython", () => {
    console.log("skipped: python3 not found; input fuzzing did not run");
  });
} else {
  test(`${COUNT} mutated programs (seed ${SEED}): no crash, hang or false accept`, async () => {
    expect(python.error ?? python.version).toMatch(/^Python 3\.11\./);
    const report = await runInputFuzz({ count: COUNT, seed: SEED, jobs: 2, timeoutSeconds: 20 });
    const text = formatReport(report);
    console.log(text);
    const c = report.counts;
    const judged = Object.values(c as Record<string, number>).reduce((s, n) => s + n, 0);
    expect(judged).toBe(COUNT);
    expect({ crash: c.crash, hang: c.hang, falseAccept: c["false-accept"] }).toEqual({ crash: 0, hang: 0, falseAccept: 0 });
  }, 300000);
}
