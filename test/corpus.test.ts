// The real-world corpus in ../shared/corpus/public (CPython tests, Python
// docs, Fluent Python), read in place: each snippet must transpile, print
// exactly its recorded CPython output (.expected) and end as CPython ends
// (exit status, last traceback line: the corpus records stdout only, so that
// comes from a live CPython run; without python3 a clean exit is assumed).

import * as fs from "fs";
import { transpile } from "../src/index";
import { runCaptured } from "../src/run/runInProcess";
import { corpusEnding, discoverCorpus, expectEnding, normalizeAddresses } from "./helpers/fixtures";

const cases = discoverCorpus();

if (cases.length === 0) {
  test("public corpus", () => {
    console.log("skipped: no ../shared (the public corpus is read in place from ../shared/corpus/public)");
  });
} else {
  test.each(cases.map((c) => [c.name, c] as const))("%s reproduces CPython's output", async (_name, c) => {
    const result = await transpile(fs.readFileSync(c.input, "utf8"), { fileName: `${c.name}.py` });
    if (!result.ok) throw new Error(result.messages.join("\n"));
    const run = runCaptured(result.code);
    expect(normalizeAddresses(run.stdout)).toBe(normalizeAddresses(fs.readFileSync(c.expected, "utf8")));
    const ending = corpusEnding(c.input);
    if (!ending) console.log(`${c.name}: python3 not found; a clean exit is assumed (the corpus records stdout only)`);
    expectEnding({ status: run.exitCode, stderr: run.stderr }, ending ?? { status: 0 });
  });
}
