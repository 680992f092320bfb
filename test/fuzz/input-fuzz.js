#!/usr/bin/env node
/*
 * input-fuzz.js — input fuzzer: valid programs (fixtures' input.py files and
 * the differential fuzzer's generated programs) are mutated (test/fuzz/mutate.js:
 * tokens, lines, bytes, truncation) and fed to CPython and to
 * `py2ts-coro FILE --run`. Each result must be one of: both ran it alike, both
 * rejected it at compile time, or we said "not supported". Verdicts and what
 * counts as a failure: test/fuzz/classify.js.
 *
 *   node test/fuzz/input-fuzz.js --count N --seed S [--jobs J] [--timeout SEC]
 *                                [--keep DIR] [--minimize] [--quiet]
 *   npm run fuzz:input -- --count N --seed S
 *
 *   --jobs J       worker processes (default: number of CPUs)
 *   --timeout SEC  time allowed to our side for one program (default 10); CPython gets the same
 *   --keep DIR     where failing programs are written (default /tmp/py2ts-input-fuzz/seed<S>):
 *                  <verdict>-<index>.py (the exact bytes) and .txt (what both sides did),
 *                  at most 5 per group; with --minimize also .min.py for the first of a group
 *   --program I    write mutated program I to stdout (no running)
 *   --indices I,J  run only these programs of the seed (e.g. to re-check reproducers after a fix)
 *
 * Our side runs in worker processes, in-process: the worker loads dist/cli.js
 * with argv `FILE --run` and captures process.stdout/stderr, so the input goes
 * through the CLI's own reading and decoding of the file. CPython side:
 * `python3 FILE` (PythonRunner of fuzz.js); a compile-time rejection is a
 * SyntaxError/IndentationError/TabError with no traceback.
 *
 * Exit 0 when there is no failure (crash, hang, false accept, false reject),
 * 1 otherwise, 2 on wrong usage or a broken python; "skipped: python3 not found" exits 0.
 * Library: require("./input-fuzz").runInputFuzz({ count, seed, jobs, log }) → Promise<Report>.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { fork } = require("child_process");
const { PythonRunner, pythonStatus } = require("./fuzz");
const { generateProgram, programSeed, mulberry32 } = require("./generate");
const { mutateProgram } = require("./mutate");
const { classify, FAILURES } = require("./classify");

const ROOT = path.resolve(__dirname, "..", "..");
const MAX_OUTPUT = 1 << 20; // characters of output a program may print
const RECYCLE_AFTER = 200; // programs per worker process (a fresh runtime now and then)

// ---------------------------------------------------------------- the programs

let seedFiles = null;
/** fixtures/**\/input.py, sorted: the hand-written seed programs */
function fixtureInputs() {
  if (seedFiles) return seedFiles;
  const found = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === "input.py") found.push(p);
    }
  };
  walk(path.join(ROOT, "fixtures"));
  return (seedFiles = found);
}

/** Program `index` of a run: { bytes, origin, steps }; the same for the same seed and index. */
function mutatedProgram(seed, index) {
  const rnd = mulberry32(programSeed(seed, index));
  const files = fixtureInputs();
  let source, origin;
  if (rnd() < 0.5 && files.length) {
    const file = files[Math.floor(rnd() * files.length)];
    source = fs.readFileSync(file, "utf8");
    origin = path.relative(ROOT, file);
  } else {
    const s = programSeed(seed ^ 0x5bd1e995, index);
    source = generateProgram(s);
    origin = `generated program (program seed ${s})`;
  }
  const { bytes, steps } = mutateProgram(source, rnd);
  return { bytes, origin, steps };
}

// ---------------------------------------------------------------- worker: our side in-process

/** Runs `py2ts-coro file --run` in this process; resolves to { stdout, stderr, status, threw?, tooMuchOutput? }. */
function runCliInProcess(file) {
  const dist = path.resolve(process.env.PY2TS_DIST || path.join(ROOT, "dist"));
  const cli = path.join(dist, "cli.js");
  let stdout = "";
  let stderr = "";
  let tooMuchOutput = false;
  const capture = (append) => (chunk, encoding, cb) => {
    const s = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    if (stdout.length + stderr.length + s.length > MAX_OUTPUT) tooMuchOutput = true;
    else append(s);
    if (typeof encoding === "function") encoding();
    else if (typeof cb === "function") cb();
    return true;
  };
  const saved = { out: process.stdout.write, err: process.stderr.write, argv: process.argv };
  process.stdout.write = capture((s) => (stdout += s));
  process.stderr.write = capture((s) => (stderr += s));
  process.argv = [process.execPath, cli, file, "--run"];
  process.exitCode = undefined;
  const restore = () => {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    process.argv = saved.argv;
  };
  let threw = null;
  try {
    delete require.cache[require.resolve(cli)];
    require(cli); // runs main(process.argv), which sets process.exitCode when done
  } catch (e) {
    threw = e && e.stack ? e.stack : String(e);
  }
  return new Promise((resolve) => {
    const poll = () => {
      if (process.exitCode === undefined && !threw) return setImmediate(poll);
      const status = process.exitCode === undefined ? null : Number(process.exitCode);
      process.exitCode = undefined;
      restore();
      resolve({ stdout, stderr, status, threw, tooMuchOutput, file });
    };
    poll();
  });
}

function workerMain() {
  const py = new PythonRunner({ maxOutput: MAX_OUTPUT });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "py2ts-input-fuzz-"));
  const file = path.join(dir, "input.py");
  const cleanup = () => { py.kill(); fs.rmSync(dir, { recursive: true, force: true }); };
  process.on("message", async (m) => {
    if (m.type === "exit") { cleanup(); process.exit(0); }
    if (m.type !== "program") return;
    const bytes = Buffer.from(m.bytes, "base64");
    const pyRes = await py.runOne(bytes, m.timeoutMs);
    let ours = {};
    if (!pyRes.timeout && !pyRes.tooMuchOutput) {
      fs.writeFileSync(file, bytes);
      process.send({ type: "start", index: m.index });
      ours = await runCliInProcess(file);
    }
    const c = classify(pyRes, ours);
    process.send({ type: "result", index: m.index, ...c, py: pyRes, ours });
  });
  process.on("disconnect", () => { cleanup(); process.exit(0); });
}

// ---------------------------------------------------------------- parent

class Worker {
  constructor(onMessage, onExit) {
    this.proc = fork(__filename, ["--worker"], { stdio: ["ignore", "inherit", "inherit", "ipc"], execArgv: ["--max-old-space-size=1536"] });
    this.done = 0;
    this.current = null;
    this.timer = null;
    this.proc.on("message", (m) => onMessage(this, m));
    this.proc.on("exit", () => { this.disarm(); onExit(this); });
  }
  arm(ms) { this.disarm(); this.timer = setTimeout(() => { this.hung = true; this.proc.kill("SIGKILL"); }, ms); }
  disarm() { if (this.timer) clearTimeout(this.timer); this.timer = null; }
  stop() { this.stopped = true; this.disarm(); try { this.proc.send({ type: "exit" }); } catch (e) { /* gone */ } }
}

const VERDICTS = ["ran-same", "rejected-both", "unsupported", "divergence", "skipped", ...FAILURES];

function describeResult(r, program) {
  const lines = [`verdict: ${r.verdict}`, `signature: ${r.signature}`, `origin: ${program.origin}`, `mutations: ${program.steps.join(", ")}`];
  if (r.detail) lines.push(r.detail);
  const py = r.py || {};
  if (py.syntax) lines.push(`--- CPython: rejected at compile time: ${py.syntax}`);
  else if (py.timeout || py.tooMuchOutput) lines.push(`--- CPython: ${py.timeout ? "timeout" : "too much output"}`);
  else lines.push(`--- CPython: exit ${py.status}`, "--- CPython stdout", (py.stdout || "").slice(-3000), "--- CPython stderr", (py.stderr || "").slice(-2000));
  const ours = r.ours || {};
  if (ours.hang) lines.push("--- py2ts-coro: did not finish in time");
  else lines.push(`--- py2ts-coro: exit ${ours.status}`, "--- py2ts-coro stdout", (ours.stdout || "").slice(-3000), "--- py2ts-coro stderr", (ours.stderr || "").slice(-3000));
  if (ours.threw) lines.push("--- the CLI threw", ours.threw);
  return lines.join("\n") + "\n";
}

/** Greedy line deletion (halving chunks) while the verdict and signature stay; bounded by attempts. */
async function minimize(bytes, result, check, maxAttempts = 80) {
  let lines = bytes.toString("latin1").split("\n"); // latin1: bytes survive the split unchanged
  let attempts = 0;
  const same = async (cand) => {
    if (attempts++ >= maxAttempts) return false;
    const r = await check(Buffer.from(cand.join("\n"), "latin1"));
    return r.verdict === result.verdict && r.signature === result.signature;
  };
  for (let size = Math.max(1, Math.floor(lines.length / 2)); size >= 1 && attempts < maxAttempts; size = Math.floor(size / 2)) {
    for (let i = lines.length - size; i >= 0 && attempts < maxAttempts; i -= size) {
      const cand = [...lines.slice(0, i), ...lines.slice(i + size)];
      if (cand.length && (await same(cand))) lines = cand;
    }
    if (size === 1) break;
  }
  return Buffer.from(lines.join("\n"), "latin1");
}

/**
 * Options: count (programs 0..count-1) or indices (those programs), seed, jobs, timeoutSeconds, keep (dir; false: write nothing), minimize, log.
 * Resolves to { skipped, python, count, seed, seconds, counts: {verdict: n}, groups: [{verdict,
 * signature, count, indices, files}], failures (number) }.
 */
async function runInputFuzz(opts = {}) {
  const indices = opts.indices ?? Array.from({ length: opts.count ?? 100 }, (_, i) => i);
  const count = indices.length;
  const seed = opts.seed ?? 1;
  const jobs = Math.max(1, Math.min(opts.jobs ?? os.cpus().length, count));
  const timeoutMs = (opts.timeoutSeconds ?? 10) * 1000;
  const log = opts.log || (() => {});
  const keep = opts.keep === false ? null : path.resolve(opts.keep || path.join(os.tmpdir(), "py2ts-input-fuzz", `seed${seed}`));
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0]));
  const report = { skipped: false, count, seed, seconds: 0, counts, groups: [], failures: 0, keep };
  const py = pythonStatus();
  if (py.missing) return { ...report, skipped: true };
  if (py.error) throw new Error(`input-fuzz: the reference python does not work: ${py.error}`);
  report.python = py.version;
  if (!/^Python 3\.11\./.test(py.version)) log(`input-fuzz: warning: the reference is CPython 3.11, found ${py.version}`);
  if (keep) fs.mkdirSync(keep, { recursive: true });

  const t0 = Date.now();
  const groups = new Map(); // verdict + signature → group
  const results = []; // failures and divergences, for minimisation
  let next = 0;
  let done = 0;
  const progressEvery = Math.max(100, Math.floor(count / 20));

  const record = (index, r) => {
    done++;
    counts[r.verdict]++;
    if (done % progressEvery === 0) log(`input-fuzz: ${done}/${count} (${((Date.now() - t0) / 1000).toFixed(0)}s) ${JSON.stringify(counts)}`);
    if (!FAILURES.includes(r.verdict) && r.verdict !== "divergence") return;
    const key = `${r.verdict}\u0000${r.signature}`;
    if (!groups.has(key)) groups.set(key, { verdict: r.verdict, signature: r.signature, count: 0, indices: [], files: [] });
    const g = groups.get(key);
    g.count++;
    if (g.indices.length < 20) g.indices.push(index);
    if (keep && g.files.length < 5) {
      const program = mutatedProgram(seed, index);
      const base = path.join(keep, `${r.verdict}-${index}`);
      fs.writeFileSync(base + ".py", program.bytes);
      fs.writeFileSync(base + ".txt", describeResult(r, program));
      g.files.push(base + ".py");
      if (g.files.length === 1) results.push({ index, result: r, group: g });
    }
  };

  await new Promise((resolveAll) => {
    const workers = new Set();
    const finishIfDone = () => {
      if (done < count) return;
      for (const w of workers) w.stop();
      resolveAll();
    };
    const dispatch = (w) => {
      if (next >= count) { w.stop(); workers.delete(w); finishIfDone(); return; }
      if (w.done >= RECYCLE_AFTER) { w.stop(); workers.delete(w); spawn(); return; }
      const index = indices[next++];
      w.current = index;
      w.proc.send({ type: "program", index, bytes: mutatedProgram(seed, index).bytes.toString("base64"), timeoutMs });
    };
    const onMessage = (w, m) => {
      if (m.type === "start") w.arm(timeoutMs);
      else if (m.type === "result") {
        w.disarm();
        w.done++;
        w.current = null;
        record(m.index, m);
        dispatch(w);
      }
    };
    let deaths = 0;
    const onExit = (w) => {
      workers.delete(w);
      if (w.stopped) return;
      if (++deaths > 20 + count / 20) throw new Error("input-fuzz: too many worker deaths (is dist/ built?)");
      if (w.current !== null) record(w.current, { verdict: w.hung ? "hang" : "crash", signature: w.hung ? "hang" : "worker process died", ours: { hang: w.hung } });
      spawn();
      finishIfDone();
    };
    const spawn = () => {
      if (next >= count) return;
      const w = new Worker(onMessage, onExit);
      workers.add(w);
      dispatch(w);
    };
    for (let j = 0; j < jobs; j++) spawn();
  });

  if (opts.minimize && keep && results.length) {
    // one checking worker; each candidate is judged like a fuzzed program
    let pending = null;
    let w = null;
    const ensure = () => {
      if (w && !w.dead) return;
      w = new Worker(
        (_w, m) => { if (m.type === "start") _w.arm(timeoutMs); else if (m.type === "result") { _w.disarm(); const p = pending; pending = null; p(m); } },
        (dead) => { dead.dead = true; if (pending && !dead.stopped) { const p = pending; pending = null; p({ verdict: dead.hung ? "hang" : "crash", signature: dead.hung ? "hang" : "worker process died" }); } },
      );
    };
    const check = (bytes) => new Promise((resolve) => { ensure(); pending = resolve; w.proc.send({ type: "program", index: -1, bytes: bytes.toString("base64"), timeoutMs }); });
    try {
      for (const { index, result, group } of results.slice(0, opts.maxMinimize ?? 15)) {
        log(`input-fuzz: minimising program ${index} (${result.verdict}: ${result.signature})`);
        const small = await minimize(mutatedProgram(seed, index).bytes, result, check);
        const file = path.join(keep, `${result.verdict}-${index}.min.py`);
        fs.writeFileSync(file, small);
        group.minimized = file;
      }
    } finally {
      if (w) w.stop();
    }
  }

  report.seconds = (Date.now() - t0) / 1000;
  report.groups = [...groups.values()].sort((a, b) => FAILURES.indexOf(b.verdict) - FAILURES.indexOf(a.verdict) || b.count - a.count);
  report.failures = FAILURES.reduce((s, v) => s + counts[v], 0);
  return report;
}

function formatReport(report) {
  const c = report.counts;
  const out = [
    `input-fuzz: ${report.count} programs, seed ${report.seed}, ${report.seconds.toFixed(0)}s (${report.python})`,
    `  ran alike ${c["ran-same"]}, rejected by both ${c["rejected-both"]}, not supported ${c.unsupported}, skipped (CPython too slow/too much output) ${c.skipped}`,
    `  FAILURES ${report.failures}: crash ${c.crash}, hang ${c.hang}, false accept ${c["false-accept"]}, false reject ${c["false-reject"]}`,
    `  output divergences ${c.divergence}`,
  ];
  for (const g of report.groups) {
    out.push(`  ${g.count}× ${g.verdict}: ${g.signature}  [programs ${g.indices.slice(0, 8).join(" ")}${g.count > 8 ? " …" : ""}]${g.files.length ? ` e.g. ${g.minimized || g.files[0]}` : ""}`);
  }
  if (report.keep && report.groups.length) out.push(`  reproducers: ${report.keep}`);
  return out.join("\n");
}

function parseArgs(argv) {
  const o = { count: 100, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { const v = argv[++i]; if (v === undefined) throw new Error(`${a} needs a value`); return v; };
    if (a === "--count" || a === "-n") o.count = Number(val());
    else if (a === "--seed" || a === "-s") o.seed = Number(val());
    else if (a === "--jobs" || a === "-j") o.jobs = Number(val());
    else if (a === "--timeout") o.timeoutSeconds = Number(val());
    else if (a === "--keep") o.keep = val();
    else if (a === "--minimize") o.minimize = true;
    else if (a === "--program") o.program = Number(val());
    else if (a === "--indices") o.indices = val().split(",").map(Number);
    else if (a === "--quiet" || a === "-q") o.quiet = true;
    else throw new Error(`unknown argument ${a}`);
  }
  for (const k of ["count", "seed", "jobs", "program"]) if (o[k] !== undefined && !Number.isInteger(o[k])) throw new Error(`--${k} must be an integer`);
  if (o.indices && !o.indices.every((i) => Number.isInteger(i) && i >= 0)) throw new Error("--indices must be program numbers, e.g. 3,17");
  if (o.timeoutSeconds !== undefined && !(o.timeoutSeconds > 0)) throw new Error("--timeout must be a positive number of seconds");
  return o;
}

async function main(argv) {
  let o;
  try { o = parseArgs(argv); } catch (e) {
    process.stderr.write(`input-fuzz: ${e.message}\nusage: node test/fuzz/input-fuzz.js --count N --seed S [--jobs J] [--timeout SEC] [--keep DIR] [--minimize] [--program I]\n`);
    return 2;
  }
  if (o.program !== undefined) {
    const p = mutatedProgram(o.seed, o.program);
    process.stderr.write(`input-fuzz: ${p.origin}; ${p.steps.join(", ")}\n`);
    process.stdout.write(p.bytes);
    return 0;
  }
  const log = o.quiet ? () => {} : (s) => process.stderr.write(s + "\n");
  let report;
  try { report = await runInputFuzz({ ...o, log }); } catch (e) { process.stderr.write(`${e.message}\n`); return 2; }
  if (report.skipped) { process.stdout.write("input-fuzz: skipped: python3 not found\n"); return 0; }
  process.stdout.write(formatReport(report) + "\n");
  return report.failures ? 1 : 0;
}

module.exports = { runInputFuzz, formatReport, mutatedProgram, runCliInProcess };

if (require.main === module) {
  if (process.argv[2] === "--worker") workerMain();
  else main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => { process.stderr.write(`input-fuzz: ${e && e.stack ? e.stack : e}\n`); process.exitCode = 2; });
}
