// The emitted TypeScript is real TypeScript: every fixture's golden
// expected.ts (importing py2ts-coro/runtime) and every --standalone output
// type-check with `tsc --strict`, and the standalone outputs, compiled by
// tsc and run by plain node, print what CPython prints and end as it ends
// (exit status, last traceback line; fixtures: expected.exc/expected.stderr,
// corpus: a live CPython run).

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { transpile } from "../src/index";
import {
  corpusEnding,
  discoverCorpus,
  discoverFixtures,
  type Ending,
  expectEnding,
  fixtureEnding,
  normalizeAddresses,
  readIfExists,
  ROOT,
} from "./helpers/fixtures";

interface Case {
  name: string;
  input: string;
  expectedOut: string;
  ending: () => Ending | undefined;
}

const hasErrors = (dir: string) => / error PY2TS\d+:/.test(readIfExists(path.join(dir, "expected.err")) ?? "");
const cases: Case[] = [
  ...discoverFixtures()
    .filter((f) => !hasErrors(f.dir))
    .map((f) => ({ name: f.name, input: f.input, expectedOut: path.join(f.dir, "expected.out"), ending: () => fixtureEnding(f.dir) })),
  ...discoverCorpus().map((c) => ({ name: `corpus/${c.name}`, input: c.input, expectedOut: c.expected, ending: () => corpusEnding(c.input) })),
];

/** standalone files per tsc run */
const BATCH = 40;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "py2ts-emitted-"));
const fileOf = (c: Case) => c.name.replace(/[^\w-]+/g, "__");
let tscOutput = "";
let tscStatus: number | null = null;

beforeAll(async () => {
  fs.mkdirSync(path.join(work, "standalone"));
  fs.mkdirSync(path.join(work, "golden"));
  for (const c of cases) {
    const result = await transpile(fs.readFileSync(c.input, "utf8"), { fileName: `${c.name}.py`, standalone: true });
    if (!result.ok) throw new Error(`${c.name}: ${result.messages.join("\n")}`);
    fs.writeFileSync(path.join(work, "standalone", `${fileOf(c)}.ts`), result.code);
    const golden = readIfExists(path.join(path.dirname(c.input), "expected.ts"));
    if (golden) fs.writeFileSync(path.join(work, "golden", `${fileOf(c)}.ts`), golden);
  }
  const base = { strict: true, target: "ES2022", module: "commonjs", lib: ["ES2022"], types: [], skipLibCheck: true };
  const configs: string[] = [];
  // The standalone files need nothing but themselves; they are compiled for node. Each one
  // carries the whole runtime, so they are checked in batches to keep tsc's memory small.
  const standalone = fs.readdirSync(path.join(work, "standalone")).sort();
  for (let i = 0; i < standalone.length; i += BATCH) {
    const config = `tsconfig.standalone${i / BATCH}.json`;
    fs.writeFileSync(
      path.join(work, config),
      JSON.stringify({
        compilerOptions: { ...base, outDir: "js", rootDir: "standalone" },
        files: standalone.slice(i, i + BATCH).map((f) => `standalone/${f}`),
      }),
    );
    configs.push(config);
  }
  // The golden files import py2ts-coro/runtime: type-check them against our runtime sources.
  fs.writeFileSync(
    path.join(work, "tsconfig.golden.json"),
    JSON.stringify({
      compilerOptions: { ...base, noEmit: true, baseUrl: ".", paths: { "py2ts-coro/runtime": [path.join(ROOT, "src", "runtime", "index.ts")] } },
      include: ["golden/*.ts"],
    }),
  );
  configs.push("tsconfig.golden.json");
  const tscBin = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
  for (const config of configs) {
    const tsc = spawnSync(process.execPath, [tscBin, "-p", path.join(work, config)], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    tscOutput += tsc.stdout + tsc.stderr;
    if (tsc.status === null) tscOutput += `tsc ${config} ended by ${tsc.signal ?? tsc.error?.message}\n`;
    tscStatus = Math.max(tscStatus ?? 0, tsc.status ?? 1);
  }
}, 300_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test("tsc --strict accepts every emitted file (golden and --standalone)", () => {
  expect(tscOutput).toBe("");
  expect(tscStatus).toBe(0);
});

test.each(cases.map((c) => [c.name, c] as const))("%s: --standalone + tsc + node prints CPython's output and ends as it does", (_n, c) => {
  const js = path.join(work, "js", `${fileOf(c)}.js`);
  const run = spawnSync(process.execPath, [js], { encoding: "utf8" });
  expect(normalizeAddresses(run.stdout)).toBe(normalizeAddresses(fs.readFileSync(c.expectedOut, "utf8")));
  const ending = c.ending();
  if (ending) expectEnding(run, ending);
  else {
    console.log(`${c.name}: python3 not found; a clean exit is assumed (the corpus records stdout only)`);
    expectEnding(run, { status: 0 });
  }
});
