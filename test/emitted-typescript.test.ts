// The emitted TypeScript is real TypeScript: every fixture's golden
// expected.ts (importing py2ts-coro/runtime) and every --standalone output
// type-check with `tsc --strict`, and the standalone outputs, compiled by
// tsc and run by plain node, print what CPython prints.

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { transpile } from "../src/index";
import { discoverCorpus, discoverFixtures, normalizeAddresses, readIfExists, ROOT } from "./helpers/fixtures";

interface Case {
  name: string;
  input: string;
  expectedOut: string;
}

const cases: Case[] = [
  ...discoverFixtures()
    .filter((f) => !fs.existsSync(path.join(f.dir, "expected.err")))
    .map((f) => ({ name: f.name, input: f.input, expectedOut: path.join(f.dir, "expected.out") })),
  ...discoverCorpus().map((c) => ({ name: `corpus/${c.name}`, input: c.input, expectedOut: c.expected })),
];

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
  fs.writeFileSync(
    path.join(work, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: "ES2022",
        module: "commonjs",
        lib: ["ES2022"],
        types: [],
        outDir: "js",
        rootDir: ".",
        baseUrl: ".",
        paths: { "py2ts-coro/runtime": [path.join(ROOT, "src", "runtime", "index.ts")] },
        skipLibCheck: true,
      },
      include: ["standalone/*.ts", "golden/*.ts"],
    }),
  );
  const tsc = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", work], {
    encoding: "utf8",
  });
  tscOutput = tsc.stdout + tsc.stderr;
  tscStatus = tsc.status;
}, 300_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test("tsc --strict accepts every emitted file (golden and --standalone)", () => {
  expect(tscOutput).toBe("");
  expect(tscStatus).toBe(0);
});

test.each(cases.map((c) => [c.name, c] as const))("%s: --standalone + tsc + node prints CPython's output", (_n, c) => {
  const js = path.join(work, "js", "standalone", `${fileOf(c)}.js`);
  const run = spawnSync(process.execPath, [js], { encoding: "utf8" });
  expect(normalizeAddresses(run.stdout)).toBe(normalizeAddresses(fs.readFileSync(c.expectedOut, "utf8")));
});
