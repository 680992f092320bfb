#!/usr/bin/env node
/*
 * no-javascript-text.js — no JavaScript error text may reach a user: runs
 * programs in-process (dist/) and reports every stdout/stderr that holds a
 * JavaScript-only phrase ("is not a function", "Cannot read properties of",
 * "undefined", ...), unless CPython printed that phrase as often.
 *
 *   node test/scripts/no-javascript-text.js [--fixtures] [--fuzz N] [--seed S] [--start I]
 *   (--start I: fuzz programs I .. I+N-1 of the seed, to split a large run over processes)
 *
 * Fixtures (fixtures/**\/input.py, diagnostics excluded) are compared with
 * their recorded CPython output (expected.out, expected.exc, expected.stderr).
 * Fuzz programs (test/fuzz/generate.js) have no recorded output: a program
 * whose output holds a phrase is run by python3 once to see whether CPython
 * printed it too. Exit 1 when any program leaks JavaScript text.
 *
 * Library: require(".../no-javascript-text.js") → { JS_PHRASES, scanFixtures, scanFuzz, jsPhrasesIn }.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..", "..");
const PYTHON = process.env.PY2TS_PYTHON || "python3";

/** Phrases only JavaScript prints (CPython's wording of the same errors differs). */
const JS_PHRASES = [
  ["is not a function", /is not a function/g],
  ["Cannot read properties of", /Cannot read propert(y|ies) of/g],
  ["Cannot set properties of", /Cannot set propert(y|ies) of/g],
  ["Class constructor", /Class constructor/g],
  ["undefined", /\bundefined\b/g],
  ["[object Object]", /\[object \w+\]/g],
  // CPython says "'int' object is not iterable"; JavaScript "x is not iterable"
  ["is not iterable (JavaScript wording)", /(?<!object )is not iterable/g],
  ["Maximum call stack", /Maximum call stack/g],
  ["BigInt", /\bBigInt\b/g],
  ["is not a constructor", /is not a constructor/g],
  ["before initialization", /before initialization/g],
  // a JavaScript error we did not anticipate (our bug), reported as SystemError
  ["py2ts-coro internal error", /py2ts-coro internal error/g],
];

/** The JavaScript-only phrases of `text` and how often each occurs. */
function jsPhrasesIn(text) {
  const found = new Map();
  for (const [name, re] of JS_PHRASES) {
    const n = (text.match(re) || []).length;
    if (n > 0) found.set(name, n);
  }
  return found;
}

/** Phrases `ours` holds more often than `cpython`'s output does. */
function leaked(ours, cpython) {
  const theirs = jsPhrasesIn(cpython);
  const out = [];
  for (const [name, n] of jsPhrasesIn(ours)) if (n > (theirs.get(name) || 0)) out.push(name);
  return out;
}

let lib = null;
function loadLib() {
  if (lib) return lib;
  const dist = path.resolve(process.env.PY2TS_DIST || path.join(ROOT, "dist"));
  lib = {
    transpile: require(path.join(dist, "index.js")).transpile,
    runCaptured: require(path.join(dist, "run", "runInProcess.js")).runCaptured,
    runtime: require(path.join(dist, "runtime", "index.js")),
  };
  return lib;
}

/** Transpile and run in this process: everything the program printed, finalization included. */
async function runOurs(source, fileName) {
  const { transpile, runCaptured, runtime } = loadLib();
  const r = await transpile(source, { fileName, format: false });
  if (!r.ok) return { text: r.messages.join("\n"), transpiled: false };
  const out = runCaptured(r.code);
  let extra = "";
  if (out.exitCode !== 0) {
    const restore = runtime.redirectOutput((s) => (extra += s), (s) => (extra += s));
    try { runtime.finishProgram(); } catch (_e) { /* reported like CPython's "Exception ignored in" */ }
    runtime.flushOutput();
    restore();
  }
  return { text: out.stdout + out.stderr + extra, transpiled: true };
}

function listFixtures(dir = path.join(ROOT, "fixtures")) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === "input.py") out.push(d);
    }
  };
  walk(dir);
  return out;
}
const readIf = (f) => (fs.existsSync(f) ? fs.readFileSync(f, "utf8") : "");

/** Every fixture run: [{ name, phrases, text }] for those leaking JavaScript text. */
async function scanFixtures() {
  const failures = [];
  let count = 0;
  for (const dir of listFixtures()) {
    if (/ error PY2TS\d+:/.test(readIf(path.join(dir, "expected.err")))) continue;
    const name = path.relative(path.join(ROOT, "fixtures"), dir);
    const ours = await runOurs(fs.readFileSync(path.join(dir, "input.py"), "utf8"), name + ".py");
    count++;
    const cpython = ["expected.out", "expected.exc", "expected.stderr"].map((f) => readIf(path.join(dir, f))).join("");
    const phrases = leaked(ours.text, cpython);
    if (phrases.length) failures.push({ name, phrases, text: ours.text });
  }
  return { count, failures };
}

function runPython(source) {
  const file = path.join(os.tmpdir(), `py2ts-nojs-${process.pid}.py`);
  fs.writeFileSync(file, source);
  try {
    const r = spawnSync(PYTHON, [file], { encoding: "utf8", timeout: 20000 });
    if (r.error) return null;
    return (r.stdout || "") + (r.stderr || "");
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** `count` fuzz programs of `seed`: [{ name, phrases, text }] for those leaking JavaScript text. */
async function scanFuzz(count, seed, log = () => {}, start = 0) {
  const { generateProgram, programSeed } = require(path.join(ROOT, "test", "fuzz", "generate.js"));
  const failures = [];
  let transpiled = 0;
  for (let i = start; i < start + count; i++) {
    const source = generateProgram(programSeed(seed, i));
    const ours = await runOurs(source, "fuzz.py");
    if (ours.transpiled) transpiled++;
    if (jsPhrasesIn(ours.text).size > 0) {
      // only now ask CPython: a phrase it printed as well is no leak
      const cpython = runPython(source);
      const phrases = leaked(ours.text, cpython ?? "");
      if (phrases.length) failures.push({ name: `program ${i} of seed ${seed}`, phrases, text: ours.text, source });
    }
    if ((i + 1 - start) % 1000 === 0) log(`${i + 1 - start} programs, ${failures.length} leaking`);
  }
  return { count, transpiled, failures };
}

function describe(f) {
  return `${f.name}: ${f.phrases.join(", ")}\n` + f.text.split("\n").filter((l) => jsPhrasesIn(l).size).slice(0, 3).map((l) => "    " + l).join("\n");
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
  const wantFixtures = args.includes("--fixtures") || !args.includes("--fuzz");
  const fuzzCount = Number(opt("--fuzz", args.includes("--fixtures") ? 0 : 10000));
  const seed = Number(opt("--seed", 20240611));
  const start = Number(opt("--start", 0));
  let bad = 0;
  const t0 = Date.now();
  if (wantFixtures) {
    const r = await scanFixtures();
    for (const f of r.failures) console.log(describe(f));
    console.log(`fixtures: ${r.count} run, ${r.failures.length} leaking JavaScript text`);
    bad += r.failures.length;
  }
  if (fuzzCount > 0) {
    const r = await scanFuzz(fuzzCount, seed, (s) => console.error(s), start);
    for (const f of r.failures) console.log(describe(f));
    const range = start ? `, programs ${start}..${start + fuzzCount - 1}` : "";
    console.log(`fuzz: ${r.count} programs (seed ${seed}${range}, ${r.transpiled} transpiled), ${r.failures.length} leaking JavaScript text`);
    bad += r.failures.length;
  }
  console.log(`(${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  process.exitCode = bad ? 1 : 0;
}

if (require.main === module) main().catch((e) => { console.error(e); process.exitCode = 2; });

module.exports = { JS_PHRASES, jsPhrasesIn, leaked, scanFixtures, scanFuzz };
