#!/usr/bin/env node
/*
 * fuzz.js — differential fuzzer: random generator-heavy Python programs
 * (test/fuzz/generate.js) run by CPython and by py2ts-coro; stdout, exit
 * status and (for an uncaught exception) the last stderr line must agree.
 *
 *   node test/fuzz/fuzz.js --count N --seed S [--jobs J] [--keep DIR]
 *                          [--all] [--max-minimize M] [--quiet]
 *   npm run fuzz -- --count N --seed S
 *
 *   --jobs J        worker processes (default: number of CPUs)
 *   --keep DIR      write each divergent program (original, minimised, both outputs) to DIR
 *   --all           do not stop at the first divergence: run all N, group the
 *                   divergences by their first differing line, minimise the first
 *                   of each group (at most --max-minimize, default 10)
 *   --minimize-seconds T   time budget of one minimisation (default: none)
 *   --program I     only print program I of the seed (no running)
 *   --avoid F,G     leave features out of the generated programs, to look past
 *                   known divergences (see AVOIDABLE in generate.js)
 *
 * Exit 0 when no divergence ("fuzz: N programs, seed S, 0 divergences (Xs)"),
 * 1 after reporting the first (lowest index) divergence with a minimised
 * program, 0 with "fuzz: skipped: python3 not found" when there is no python3,
 * 2 when the python there does not work.
 *
 * CPython side: each program runs as `python3 prog.py` (so interpreter exit,
 * where suspended generators are finalized, is CPython's own); a
 * sitecustomize records an uncaught exception's last traceback line
 * ("ExcName: message", or "ExcName" when the message is empty) and caps memory.
 * py2ts side: transpile (format: false) and run in the worker process with
 * dist/run/runInProcess.js (which calls the runtime's finishProgram after a
 * clean run; after an uncaught exception the worker calls it too, since
 * CPython also finalizes at exit). Memory addresses (0x…) are normalised.
 *
 * Library: require("./fuzz").runFuzz({ count, seed, jobs, log }) → Promise<Report>.
 * PY2TS_DIST=dir uses another build than ./dist; PY2TS_PYTHON another python.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn, spawnSync, fork } = require("child_process");
const { generateProgram, programSeed, AVOIDABLE } = require("./generate");

const ROOT = path.resolve(__dirname, "..", "..");
const PYTHON = process.env.PY2TS_PYTHON || "python3";
const BATCH = 20;
const JS_TIMEOUT_MS = 30000; // generous: a loaded machine must not look like a hang
const PY_TIMEOUT_MS = 20000; // one program

// ---------------------------------------------------------------- CPython side

// Each program runs as `python3 prog.py`, so that what happens at interpreter
// exit (generators finalized with the module's globals still in place) is
// CPython's own. A sitecustomize on PYTHONPATH records the last traceback line
// of an uncaught exception in a file, since "Exception ignored" reports may
// follow it on stderr, and caps the memory a runaway program can take.
const SITECUSTOMIZE = String.raw`
import os, sys, traceback
try:
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
except Exception:
    pass
def _record_last_line(t, e, tb, _default=sys.excepthook):
    try:
        lines = traceback.format_exception_only(t, e)
        last = lines[-1].rstrip("\n") if lines else t.__name__
    except BaseException:
        last = t.__name__
    with open(os.environ["PY2TS_FUZZ_LAST"], "w", encoding="utf-8") as f:
        f.write(last)
    _default(t, e, tb)
sys.excepthook = _record_last_line
`;

/**
 * { version } of the reference interpreter, { missing: true } when there is none
 * (a visible skip), or { error } when it is there but does not work (a failure).
 */
function pythonStatus() {
  const r = spawnSync(PYTHON, ["--version"], { encoding: "utf8" });
  if (r.error && r.error.code === "ENOENT") return { missing: true };
  const out = ((r.stdout || "") + (r.stderr || "")).trim();
  if (r.error || r.status !== 0 || !/^Python \d/.test(out)) {
    return { error: `${PYTHON} --version failed (${r.error ? r.error.message : `exit ${r.status}`}${out ? `: ${out}` : ""})` };
  }
  return { version: out };
}

/** Runs programs with python3, one process each; run(srcs) → Promise<results[]>, in order. */
class PythonRunner {
  /** maxOutput: stdout+stderr characters after which the program is stopped ({ tooMuchOutput: true }) */
  constructor({ maxOutput = Infinity } = {}) {
    this.maxOutput = maxOutput;
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), "py2ts-fuzz-"));
    fs.writeFileSync(path.join(this.dir, "sitecustomize.py"), SITECUSTOMIZE);
  }
  runOne(src, timeoutMs) {
    const file = path.join(this.dir, "prog.py");
    const lastFile = path.join(this.dir, "last.txt");
    fs.writeFileSync(file, src);
    fs.rmSync(lastFile, { force: true });
    return new Promise((resolve) => {
      const proc = spawn(PYTHON, ["-X", "utf8", file], {
        cwd: this.dir,
        stdio: ["ignore", "pipe", "pipe"],
        env: {
          ...process.env, PYTHONPATH: this.dir, PY2TS_FUZZ_LAST: lastFile, PYTHONHASHSEED: "0",
          PYTHONIOENCODING: "utf-8", PYTHONDONTWRITEBYTECODE: "1", PYTHONWARNINGS: "ignore",
        },
      });
      let stdout = "", stderr = "", timedOut = false, tooMuch = false;
      const limit = () => { if (stdout.length + stderr.length > this.maxOutput && !tooMuch) { tooMuch = true; proc.kill("SIGKILL"); } };
      proc.stdout.setEncoding("utf8").on("data", (d) => { stdout += d; limit(); });
      proc.stderr.setEncoding("utf8").on("data", (d) => { stderr += d; limit(); });
      const timer = setTimeout(() => { timedOut = true; proc.kill("SIGKILL"); }, timeoutMs);
      proc.on("close", (code, sig) => {
        clearTimeout(timer);
        if (timedOut) return resolve({ timeout: true });
        if (tooMuch) return resolve({ tooMuchOutput: true });
        // rejected at compile time: a SyntaxError (or subclass), or a source decoding error, with no traceback (sys.excepthook does see it)
        if (code !== 0 && /^(SyntaxError|IndentationError|TabError|UnicodeDecodeError)\b/.test(lastLine(stderr)) && !/^Traceback \(most recent call last\):/m.test(stderr)) {
          return resolve({ syntax: lastLine(stderr) });
        }
        const last = fs.existsSync(lastFile) ? fs.readFileSync(lastFile, "utf8") : null;
        resolve({ stdout, status: code === null ? 128 + (sig === "SIGKILL" ? 9 : 15) : code, last, stderr: stderr.slice(-2000) });
      });
    });
  }
  async run(srcs, timeoutMs) {
    const out = [];
    for (const src of srcs) out.push(await this.runOne(src, Math.min(timeoutMs, 20000)));
    return out;
  }
  kill() {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- py2ts side (in the worker)

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

async function runOurs(src) {
  const { transpile, runCaptured, runtime } = loadLib();
  let r;
  try {
    r = await transpile(src, { fileName: "fuzz.py", format: false });
  } catch (e) {
    return { crash: "transpile threw: " + (e && e.stack ? e.stack : String(e)) };
  }
  if (!r.ok) return { unsupported: r.messages.join("\n") };
  let out;
  try {
    out = runCaptured(r.code);
  } catch (e) {
    return { crash: "run threw: " + (e && e.stack ? e.stack : String(e)), code: r.code };
  }
  let stdout = out.stdout;
  if (out.exitCode !== 0) {
    // CPython finalizes still-suspended generators at exit even after an uncaught exception.
    let extra = "";
    const restore = runtime.redirectOutput((s) => (extra += s), () => {});
    try { runtime.finishProgram(); } catch (e) { /* ignored like CPython's "Exception ignored in" */ }
    runtime.flushOutput();
    restore();
    stdout += extra;
  }
  return { stdout, stderr: out.stderr, status: out.exitCode, last: out.exitCode ? out.uncaught ?? lastLine(out.stderr) : null, code: r.code };
}

function lastLine(text) {
  const lines = text.replace(/\s+$/, "").split("\n");
  return lines[lines.length - 1];
}
// only the addresses in reprs (`<generator object f at 0x7f…>`): hex numbers a program prints are compared
const norm = (s) => s.replace(/\bat 0x[0-9a-fA-F]+/g, "at 0x…");

/** Compare one CPython result with ours; returns { verdict, kind, ... }. */
function compare(py, ours) {
  if (py.timeout) return { verdict: "pyhang" };
  if (py.syntax || py.driver || py.died) return { verdict: "invalid", detail: py.syntax || py.driver || "python died" };
  if (ours.unsupported) return { verdict: "unsupported", detail: ours.unsupported };
  if (ours.hang) return { verdict: "diverge", kind: "hang", py, ours };
  if (ours.crash) return { verdict: "diverge", kind: "crash", py, ours };
  const kinds = [];
  if (norm(py.stdout) !== norm(ours.stdout)) kinds.push("stdout");
  if ((py.status === 0) !== (ours.status === 0)) kinds.push("status");
  else if (py.status !== 0 && py.last !== ours.last) kinds.push("exception");
  if (!kinds.length) return { verdict: "ok" };
  return { verdict: "diverge", kind: kinds.join("+"), py, ours };
}

/** The first differing stdout line pair, normalised: groups divergences that probably share a cause. */
function signature(res) {
  if (res.kind === "hang" || res.kind === "crash") return res.kind;
  const a = norm(res.py.stdout).split("\n");
  const b = norm(res.ours.stdout).split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const clean = (s) => (s === undefined ? "<end>" : s.replace(/\bL\d+\b/g, "L").replace(/\b(gen|g|v|r|a|e|i|k|x)\d+\b/g, "$1").replace(/-?\d+(\.\d+)?/g, "N"));
  if (!res.kind.includes("stdout")) return `${res.kind}: ${res.py.last} | ${res.ours.last}`;
  return `${clean(a[i])} | ${clean(b[i])}`;
}

// ---------------------------------------------------------------- worker process

function workerMain() {
  const py = new PythonRunner();
  const send = (m) => process.send(m);
  process.on("message", async (m) => {
    if (m.type === "batch") {
      const srcs = m.items.map((it) => generateProgram(it.seed, { avoid: m.avoid }));
      const pyRes = await py.run(srcs, PY_TIMEOUT_MS);
      for (let i = 0; i < srcs.length; i++) {
        send({ type: "start", index: m.items[i].index });
        const ours = pyRes[i].timeout || pyRes[i].syntax ? {} : await runOurs(srcs[i]);
        const c = compare(pyRes[i], ours);
        send({ type: "result", index: m.items[i].index, verdict: c.verdict, kind: c.kind, detail: c.detail, py: c.py, ours: c.ours && { ...c.ours, code: undefined } });
      }
      send({ type: "done" });
    } else if (m.type === "check") {
      const pyRes = (await py.run([m.src], 15000))[0];
      send({ type: "start", index: -1 });
      const ours = pyRes.timeout || pyRes.syntax ? {} : await runOurs(m.src);
      const c = compare(pyRes, ours);
      send({ type: "checked", verdict: c.verdict, kind: c.kind, py: c.py, ours: c.ours && { ...c.ours, code: undefined }, code: ours.code });
    } else if (m.type === "exit") {
      py.kill();
      process.exit(0);
    }
  });
  process.on("disconnect", () => { py.kill(); process.exit(0); });
}

// ---------------------------------------------------------------- parent

class Worker {
  constructor(onMessage, onDeath) {
    this.proc = fork(__filename, ["--worker"], { stdio: ["ignore", "inherit", "inherit", "ipc"], execArgv: [] });
    this.timer = null;
    this.current = null;
    this.dead = false;
    this.proc.on("message", (m) => {
      if (m.type === "start") {
        this.current = m.index;
        this.arm();
      } else if (m.type === "result" || m.type === "checked") this.disarm();
      onMessage(this, m);
    });
    this.proc.on("exit", () => {
      this.disarm();
      if (!this.dead) { this.dead = true; onDeath(this); }
    });
  }
  arm() { this.disarm(); this.timer = setTimeout(() => { this.hung = true; this.proc.kill("SIGKILL"); }, JS_TIMEOUT_MS); }
  disarm() { if (this.timer) clearTimeout(this.timer); this.timer = null; }
  send(m) { this.proc.send(m); }
  stop() { this.dead = true; this.disarm(); try { this.proc.send({ type: "exit" }); } catch (e) { /* gone */ } setTimeout(() => { try { this.proc.kill("SIGKILL"); } catch (e) { /* gone */ } }, 2000).unref(); }
}

/** A single worker used for checking candidate programs (minimisation). */
class Checker {
  constructor() { this.w = null; this.pending = null; }
  ensure() {
    if (this.w && !this.w.dead) return;
    this.w = new Worker(
      (_w, m) => { if (m.type === "checked" && this.pending) { const p = this.pending; this.pending = null; p(m); } },
      (w) => { if (this.pending) { const p = this.pending; this.pending = null; p(w.hung ? { verdict: "diverge", kind: "hang", py: null, ours: { hang: true } } : { verdict: "invalid" }); } },
    );
  }
  check(src) {
    this.ensure();
    return new Promise((resolve) => { this.pending = resolve; this.w.send({ type: "check", src }); });
  }
  stop() { if (this.w) this.w.stop(); }
}

// ---- minimisation: greedy deletion of statement blocks while the divergence (same kind) persists

function indentOf(line) { return line.length - line.trimStart().length; }
function blankOrComment(line) { const t = line.trim(); return t === "" || t.startsWith("#"); }
/** [start, end) of the statement at line i with its indented block (and clause siblings are separate). */
function blockEnd(lines, i) {
  const ind = indentOf(lines[i]);
  let end = i + 1;
  while (end < lines.length && (blankOrComment(lines[end]) || indentOf(lines[end]) > ind)) end++;
  return end;
}

async function minimize(src, checker, sig, log, budgetSeconds = Infinity) {
  let lines = src.split("\n").filter((l) => !blankOrComment(l));
  let attempts = 0;
  const deadline = Date.now() + budgetSeconds * 1000;
  const stillDiverges = async (cand) => {
    if (Date.now() > deadline) return null; // out of time: keep what we have
    attempts++;
    const r = await checker.check(cand.join("\n") + "\n");
    return r.verdict === "diverge" && signature(r) === sig ? r : null;
  };
  // 1. chunks of top-level statements, halving the chunk size
  const topLevel = () => { const s = []; for (let i = 0; i < lines.length; i = blockEnd(lines, i)) s.push(i); return s; };
  for (let size = Math.max(1, Math.floor(topLevel().length / 2)); size >= 1; size = Math.floor(size / 2)) {
    let starts = topLevel();
    for (let k = starts.length - size; k >= 0; k -= size) {
      starts = topLevel();
      if (k + size > starts.length) continue;
      const from = starts[k];
      const to = k + size < starts.length ? starts[k + size] : lines.length;
      const cand = [...lines.slice(0, from), ...lines.slice(to)];
      if (cand.length && (await stillDiverges(cand))) lines = cand;
    }
    if (size === 1) break;
  }
  // 2. any block at any depth, last first, repeated until nothing more goes; an emptied body becomes `pass`
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = lines.length - 1; i >= 0; i--) {
      if (i >= lines.length) continue;
      const end = blockEnd(lines, i);
      const cand = [...lines.slice(0, i), ...lines.slice(end)];
      if (await stillDiverges(cand)) { lines = cand; changed = true; continue; }
      if (end - i > 1 || lines[i].trim() !== "pass") {
        const withPass = [...lines.slice(0, i), " ".repeat(indentOf(lines[i])) + "pass", ...lines.slice(end)];
        if (await stillDiverges(withPass)) { lines = withPass; changed = true; continue; }
      }
      // unwrap a compound statement: keep its body, dedented (e.g. `if c:` / `try:` around the culprit)
      if (end - i > 1 && /:$/.test(lines[i].trim()) && !/^(def|class|else|except|finally|elif)\b/.test(lines[i].trim())) {
        const ind = indentOf(lines[i]);
        const bodyEnd = blockEnd(lines, i);
        const body = lines.slice(i + 1, bodyEnd);
        const delta = indentOf(body[0]) - ind;
        let j = bodyEnd; // drop the clauses that follow a try/if/for/while (except/else/finally/elif)
        while (j < lines.length && indentOf(lines[j]) === ind && /^(except|else|finally|elif)\b/.test(lines[j].trim())) j = blockEnd(lines, j);
        const cand = [...lines.slice(0, i), ...body.map((l) => l.slice(delta)), ...lines.slice(j)];
        if (await stillDiverges(cand)) { lines = cand; changed = true; continue; }
      }
    }
  }
  const text = lines.join("\n") + "\n";
  const final = await checker.check(text);
  if (log) log(`fuzz: minimised in ${attempts} attempts to ${lines.length} lines`);
  return { text, result: final };
}

function describe(res) {
  if (!res) return "(none)";
  const parts = [];
  const py = res.py, ours = res.ours;
  parts.push("--- CPython stdout" + (py ? ` (exit ${py.status}${py.last ? ", " + py.last : ""})` : ""));
  parts.push(py ? py.stdout.replace(/\n$/, "") : "(not run)");
  parts.push("--- py2ts-coro stdout" + (ours ? (ours.hang ? " (hung)" : ours.crash ? " (crashed)" : ` (exit ${ours.status}${ours.last ? ", " + ours.last : ""})`) : ""));
  parts.push(ours ? (ours.crash || (ours.stdout || "").replace(/\n$/, "")) : "(not run)");
  if (ours && ours.status && ours.stderr) parts.push("--- py2ts-coro stderr\n" + ours.stderr.replace(/\n$/, ""));
  return parts.join("\n");
}

/**
 * Runs the fuzzer. Options: count, seed, jobs, keep (dir), all (keep going), maxMinimize,
 * minimizeSeconds (time budget per minimisation), avoid (feature names), log (fn).
 * Resolves to { skipped (no python3), python (its version), ran, count, seed, seconds, ok, divergences: [{index, programSeed, kind, signature,
 * source, minimized, report}], unsupported, unsupportedReasons, invalid, pyhang }.
 */
async function runFuzz(opts = {}) {
  const count = opts.count ?? 100;
  const seed = opts.seed ?? 1;
  const jobs = Math.max(1, Math.min(opts.jobs ?? os.cpus().length, Math.ceil(count / BATCH)));
  const log = opts.log || (() => {});
  const t0 = Date.now();
  const report = { skipped: false, count, seed, seconds: 0, ok: 0, divergences: [], unsupported: 0, unsupportedReasons: {}, invalid: 0, invalidSamples: [], pyhang: 0 };
  const py = pythonStatus();
  if (py.missing) return { ...report, skipped: true };
  if (py.error) throw new Error(`fuzz: the reference python does not work: ${py.error}`);
  report.python = py.version;
  if (!/^Python 3\.11\./.test(py.version)) log(`fuzz: warning: the reference is CPython 3.11, found ${py.version}`);

  const raw = []; // divergences as reported by workers
  let nextStart = 0;
  let stopAt = Infinity; // no new batch starting at or after this index
  let done = 0;
  const progressEvery = Math.max(100, Math.floor(count / 20));

  await new Promise((resolveAll) => {
    const workers = new Set();
    const inflight = new Map(); // worker → remaining indices of its batch
    const finishIfDone = () => {
      if ([...inflight.values()].every((s) => s.size === 0) && (nextStart >= count || nextStart >= stopAt)) {
        for (const w of workers) w.stop();
        workers.clear();
        resolveAll();
        return true;
      }
      return false;
    };
    const dispatch = (w) => {
      if (nextStart >= count || nextStart >= stopAt) { inflight.set(w, new Set()); finishIfDone(); return; }
      const items = [];
      for (let i = nextStart; i < Math.min(count, nextStart + BATCH); i++) items.push({ index: i, seed: programSeed(seed, i) });
      nextStart += items.length;
      inflight.set(w, new Set(items.map((it) => it.index)));
      w.send({ type: "batch", items, avoid: opts.avoid });
    };
    const record = (m) => {
      done++;
      if (done % progressEvery === 0) log(`fuzz: ${done}/${count} (${((Date.now() - t0) / 1000).toFixed(1)}s, ${raw.length} divergences)`);
      if (m.verdict === "ok") report.ok++;
      else if (m.verdict === "unsupported") {
        report.unsupported++;
        const reason = (m.detail || "").split("\n")[0].replace(/^[^:]*:\d+:\d+: /, "");
        report.unsupportedReasons[reason] = (report.unsupportedReasons[reason] || 0) + 1;
      } else if (m.verdict === "invalid") { report.invalid++; if (report.invalidSamples.length < 5) report.invalidSamples.push(`${m.index}: ${m.detail}`); }
      else if (m.verdict === "pyhang") report.pyhang++;
      else if (m.verdict === "diverge") {
        raw.push(m);
        if (!opts.all) stopAt = Math.min(stopAt, m.index);
      }
    };
    const onMessage = (w, m) => {
      if (m.type === "result") { inflight.get(w).delete(m.index); record(m); }
      else if (m.type === "done") dispatch(w);
    };
    let deaths = 0;
    const onDeath = (w) => {
      workers.delete(w);
      if (++deaths > 50 + count / 50) throw new Error("fuzz: too many worker deaths (is dist/ built?)");
      const left = inflight.get(w) || new Set();
      inflight.delete(w);
      // the program being run hung (or crashed the process); the rest of its batch goes back to the queue
      const rest = [...left].filter((i) => i !== w.current).sort((a, b) => a - b);
      if (left.has(w.current)) record({ index: w.current, verdict: "diverge", kind: "hang", py: null, ours: { hang: true } });
      const nw = new Worker(onMessage, onDeath);
      workers.add(nw);
      if (rest.length) {
        inflight.set(nw, new Set(rest));
        nw.send({ type: "batch", items: rest.map((i) => ({ index: i, seed: programSeed(seed, i) })), avoid: opts.avoid });
      } else dispatch(nw);
    };
    for (let j = 0; j < jobs; j++) { const w = new Worker(onMessage, onDeath); workers.add(w); dispatch(w); }
  });
  report.seconds = (Date.now() - t0) / 1000;
  report.ran = done;

  // group, then minimise the first of each group (only the lowest index without --all)
  raw.sort((a, b) => a.index - b.index);
  const groups = new Map();
  for (const m of raw) {
    const sig = signature(m);
    if (!groups.has(sig)) groups.set(sig, []);
    groups.get(sig).push(m);
  }
  const checker = new Checker();
  const maxMin = opts.all ? opts.maxMinimize ?? 10 : 1;
  let minimized = 0;
  try {
    for (const [sig, ms] of [...groups.entries()].sort((a, b) => a[1][0].index - b[1][0].index)) {
      const m = ms[0];
      const source = generateProgram(programSeed(seed, m.index), { avoid: opts.avoid });
      const d = { index: m.index, programSeed: programSeed(seed, m.index), kind: m.kind, signature: sig, count: ms.length, indices: ms.map((x) => x.index), source, minimized: null, original: m, final: null };
      if (minimized < maxMin && !opts.noMinimize) {
        minimized++;
        log(`fuzz: minimising program ${m.index} (${m.kind}: ${sig})`);
        const r = await minimize(source, checker, sig, log, opts.minimizeSeconds);
        d.minimized = r.text;
        d.final = r.result;
      }
      report.divergences.push(d);
      if (opts.keep) {
        const dir = path.resolve(opts.keep);
        fs.mkdirSync(dir, { recursive: true });
        const base = path.join(dir, `seed${seed}-${m.index}`);
        fs.writeFileSync(base + ".py", source);
        fs.writeFileSync(base + ".txt", `${sig}\n${ms.length} program(s): ${d.indices.slice(0, 50).join(" ")}\n${describe(m)}\n`);
        if (d.minimized) {
          fs.writeFileSync(base + ".min.py", d.minimized);
          fs.writeFileSync(base + ".min.txt", describe(d.final) + "\n");
        }
      }
    }
  } finally {
    checker.stop();
  }
  return report;
}

function formatDivergence(report, d) {
  return [
    `fuzz: DIVERGENCE (${d.kind}) at seed ${report.seed}, program ${d.index} (program seed ${d.programSeed}; node test/fuzz/fuzz.js --seed ${report.seed} --program ${d.index})`,
    `fuzz: ${d.count} of ${report.ran} programs diverge like this: ${d.signature}`,
    "--- minimised program",
    (d.minimized || d.source).replace(/\n$/, ""),
    describe(d.final || d.original),
  ].join("\n");
}

function parseArgs(argv) {
  const o = { count: 100, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { const v = argv[++i]; if (v === undefined) throw new Error(`${a} needs a value`); return v; };
    if (a === "--count" || a === "-n") o.count = Number(val());
    else if (a === "--seed" || a === "-s") o.seed = Number(val());
    else if (a === "--jobs" || a === "-j") o.jobs = Number(val());
    else if (a === "--keep") o.keep = val();
    else if (a === "--all") o.all = true;
    else if (a === "--max-minimize") o.maxMinimize = Number(val());
    else if (a === "--no-minimize") o.noMinimize = true;
    else if (a === "--minimize-seconds") o.minimizeSeconds = Number(val());
    else if (a === "--program") o.program = Number(val());
    else if (a === "--avoid") {
      o.avoid = val().split(",").filter(Boolean);
      for (const f of o.avoid) if (!AVOIDABLE[f]) throw new Error(`--avoid: unknown feature '${f}' (known: ${Object.keys(AVOIDABLE).join(", ")})`);
    }
    else if (a === "--quiet" || a === "-q") o.quiet = true;
    else throw new Error(`unknown argument ${a}`);
  }
  for (const k of ["count", "seed", "jobs", "maxMinimize", "program"]) if (o[k] !== undefined && !Number.isInteger(o[k])) throw new Error(`--${k} must be an integer`);
  return o;
}

async function main(argv) {
  let o;
  try { o = parseArgs(argv); } catch (e) {
    process.stderr.write(`fuzz: ${e.message}\nusage: node test/fuzz/fuzz.js --count N --seed S [--jobs J] [--keep DIR] [--all] [--max-minimize M] [--program I] [--avoid F,...]\n`);
    return 2;
  }
  if (o.program !== undefined) { process.stdout.write(generateProgram(programSeed(o.seed, o.program), { avoid: o.avoid })); return 0; }
  const log = o.quiet ? () => {} : (s) => process.stderr.write(s + "\n");
  const report = await runFuzz({ ...o, log });
  if (report.skipped) { process.stdout.write("fuzz: skipped: python3 not found\n"); return 0; }
  const extra = [];
  if (report.unsupported) {
    extra.push(`${report.unsupported} program(s) not transpiled (diagnostics, not divergences)`);
    for (const [r, n] of Object.entries(report.unsupportedReasons).sort((a, b) => b[1] - a[1]).slice(0, 5)) extra.push(`  ${n}× ${r}`);
  }
  if (report.invalid) extra.push(`${report.invalid} invalid program(s) (generator bug): ${report.invalidSamples.join("; ")}`);
  if (report.pyhang) extra.push(`${report.pyhang} program(s) too slow in CPython (skipped)`);
  for (const l of extra) process.stdout.write(`fuzz: ${l}\n`);
  const n = report.divergences.reduce((s, d) => s + d.count, 0);
  if (!report.divergences.length) {
    process.stdout.write(`fuzz: ${report.count} programs, seed ${report.seed}, 0 divergences (${report.seconds.toFixed(1)}s)\n`);
    return 0;
  }
  if (o.all) {
    process.stdout.write(`fuzz: ${report.count} programs, seed ${report.seed}, ${n} divergences in ${report.divergences.length} group(s) (${report.seconds.toFixed(1)}s)\n`);
    for (const d of report.divergences) {
      process.stdout.write(`\n${d.count}× ${d.kind}: ${d.signature}  [first: program ${d.index}]\n`);
      if (d.minimized) process.stdout.write(formatDivergence(report, d) + "\n");
    }
  } else {
    process.stdout.write(formatDivergence(report, report.divergences[0]) + "\n");
  }
  return 1;
}

module.exports = { runFuzz, formatDivergence, minimize, signature, Checker, describe, generateProgram, programSeed, pythonStatus, PythonRunner };

if (require.main === module) {
  if (process.argv[2] === "--worker") workerMain();
  else main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => { process.stderr.write(`fuzz: ${e && e.stack ? e.stack : e}\n`); process.exitCode = 2; });
}
