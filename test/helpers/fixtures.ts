// Fixture discovery and output normalisation shared by the golden tests.

import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";

export const ROOT = path.resolve(__dirname, "..", "..");
export const FIXTURES = path.join(ROOT, "fixtures");
export const CORPUS = path.resolve(ROOT, "..", "shared", "corpus", "public");

export interface Fixture {
  /** e.g. "close/except-generator-exit-runs-handler" */
  name: string;
  dir: string;
  input: string;
}

export function discoverFixtures(dir = FIXTURES): Fixture[] {
  const out: Fixture[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === "input.py") out.push({ name: path.relative(FIXTURES, d), dir: d, input: p });
    }
  };
  walk(dir);
  return out;
}

export interface CorpusCase {
  name: string;
  input: string;
  expected: string;
}

/** The shared real-world corpus, read in place; empty when ../shared is absent. */
export function discoverCorpus(): CorpusCase[] {
  if (!fs.existsSync(CORPUS)) return [];
  return fs
    .readdirSync(CORPUS)
    .filter((f) => f.endsWith(".py"))
    .sort()
    .map((f) => ({
      name: f.replace(/\.py$/, ""),
      input: path.join(CORPUS, f),
      expected: path.join(CORPUS, f.replace(/\.py$/, ".expected")),
    }))
    .filter((c) => fs.existsSync(c.expected));
}

/** Memory addresses differ from run to run (and between CPython and us). */
export function normalizeAddresses(text: string): string {
  return text.replace(/0x[0-9a-fA-F]+/g, "0x…");
}

export function readIfExists(file: string): string | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
}

export const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === "1";

/** Compare with a golden file; with UPDATE_GOLDEN=1 rewrite it, otherwise write actual.* beside it on mismatch. */
export function expectGolden(file: string, actual: string): void {
  const expected = readIfExists(file);
  if (UPDATE_GOLDEN) {
    if (expected !== actual) fs.writeFileSync(file, actual);
    return;
  }
  const actualFile = path.join(path.dirname(file), path.basename(file).replace(/^expected/, "actual"));
  if (expected !== actual) fs.writeFileSync(actualFile, actual);
  else if (fs.existsSync(actualFile)) fs.unlinkSync(actualFile);
  if (expected === undefined) throw new Error(`missing golden ${path.relative(ROOT, file)}: run npm run golden:update`);
  expect(actual).toBe(expected);
}

let pythonAvailable: boolean | undefined;
export function hasPython(): boolean {
  if (pythonAvailable === undefined) {
    pythonAvailable = !spawnSync("python3", ["--version"]).error;
  }
  return pythonAvailable;
}

/** Runs CPython on a file (differential tests only). */
export function runPython(file: string): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync("python3", [path.basename(file)], {
    cwd: path.dirname(file),
    encoding: "utf8",
    env: { ...process.env, PYTHONIOENCODING: "utf-8", PYTHONHASHSEED: "0" },
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

export function lastLine(text: string): string {
  const lines = text.trimEnd().split("\n");
  return lines[lines.length - 1] ?? "";
}
