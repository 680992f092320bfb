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

/**
 * Memory addresses differ from run to run (and between CPython and us): only
 * those of reprs (`<generator object f at 0x7f…>`) are masked, so that numbers
 * a program prints in hex (`f"{n:#x}"`) are still compared.
 */
export function normalizeAddresses(text: string): string {
  return text.replace(/\bat 0x[0-9a-fA-F]+/g, "at 0x…");
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

/** How a program ends: exit status, the last traceback line when it fails, finalizer reports otherwise. */
export interface Ending {
  status: number;
  /** the last line of stderr ("ExcName: message") when status is not 0 */
  lastLine?: string;
  /** stderr without frame lines when status is 0 ("Exception ignored in: ..."), "" when none */
  stderr?: string;
}

/** A fixture's ending as make-expected.js recorded it from CPython (expected.exc, expected.stderr). */
export function fixtureEnding(dir: string): Ending {
  const exc = readIfExists(path.join(dir, "expected.exc"));
  if (exc !== undefined) {
    const [exitLine, excLine] = exc.trimEnd().split("\n");
    return { status: Number(exitLine.replace(/^exit /, "")), lastLine: excLine };
  }
  return { status: 0, stderr: readIfExists(path.join(dir, "expected.stderr")) ?? "" };
}

/**
 * A corpus snippet's ending: the corpus records only stdout (.expected), so it
 * comes from a live CPython run; without python3, a clean exit (what every
 * corpus snippet does) is assumed and the caller says so.
 */
export function corpusEnding(file: string): Ending | undefined {
  if (!hasPython()) return undefined;
  const r = runPython(file);
  return r.status === 0 ? { status: 0 } : { status: r.status ?? 1, lastLine: lastLine(r.stderr) };
}

/** Checks a run's exit status and stderr against a recorded ending. */
export function expectEnding(run: { status: number | null; stderr: string }, ending: Ending): void {
  if (ending.status !== 0) {
    expect(`exit ${run.status}: ${lastLine(run.stderr)}`).toBe(`exit ${ending.status}: ${ending.lastLine}`);
  } else {
    expect(`exit ${run.status}`).toBe("exit 0");
    if (ending.stderr !== undefined) expect(normalizeAddresses(run.stderr)).toBe(normalizeAddresses(ending.stderr));
  }
}

/** Messages that name a fixture by absolute path (CPython's encoding errors) with that path made relative. */
export function withoutFixturesPath(text: string): string {
  return text.split(FIXTURES + path.sep).join("");
}
