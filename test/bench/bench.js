#!/usr/bin/env node
// npm run bench: the generator hot path (next/send on a suspended generator)
// of transpiled Python, against a hand-written JavaScript baseline doing the
// same work, measured in the same run. Prints ratios (ours / baseline).
"use strict";
const path = require("path");
const { transpile } = require(path.join(__dirname, "..", "..", "dist", "index.js"));
const { compileToJavaScript } = require(path.join(__dirname, "..", "..", "dist", "run", "runInProcess.js"));
const runtime = require(path.join(__dirname, "..", "..", "dist", "runtime", "index.js"));

const N = Number(process.env.BENCH_N || 300000);

const workloads = [
  {
    name: "for-loop over a generator (next)",
    python: `
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

def run(n):
    total = 0
    for x in count(n):
        total += x
    return total
`,
    baseline(n) {
      function* count(k) {
        for (let i = 0n; i < k; i++) yield i;
      }
      let total = 0n;
      for (const x of count(BigInt(n))) total += x;
      return total;
    },
  },
  {
    name: "coroutine driven by send",
    python: `
def averager():
    total = 0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count

def run(n):
    a = averager()
    next(a)
    last = None
    for i in range(n):
        last = a.send(i)
    return last
`,
    baseline(n) {
      function* averager() {
        let total = 0n;
        let count = 0n;
        let average = null;
        while (true) {
          const term = yield average;
          total += term;
          count += 1n;
          average = Number(total) / Number(count);
        }
      }
      const a = averager();
      a.next();
      let last = null;
      for (let i = 0n; i < BigInt(n); i++) last = a.next(i).value;
      return last;
    },
  },
  {
    name: "yield from delegation, 3 levels",
    python: `
def leaf(n):
    for i in range(n):
        yield i

def middle(n):
    yield from leaf(n)

def top(n):
    yield from middle(n)

def run(n):
    total = 0
    for x in top(n):
        total += x
    return total
`,
    baseline(n) {
      function* leaf(k) {
        for (let i = 0n; i < k; i++) yield i;
      }
      function* middle(k) {
        yield* leaf(k);
      }
      function* top(k) {
        yield* middle(k);
      }
      let total = 0n;
      for (const x of top(BigInt(n))) total += x;
      return total;
    },
  },
];

function time(fn, repeats = 5) {
  let best = Infinity;
  let result;
  for (let r = 0; r < repeats; r++) {
    const t0 = process.hrtime.bigint();
    result = fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    best = Math.min(best, ms);
  }
  return { ms: best, result };
}

async function main() {
  console.log(`bench: N = ${N}, best of 5 runs each`);
  for (const w of workloads) {
    const t = await transpile(w.python, { fileName: "bench.py", format: false });
    if (!t.ok) throw new Error(t.messages.join("\n"));
    const js = compileToJavaScript(t.code.replace(/^startProgram\(\);$/m, "") + "\nexports.run = run;");
    const module = { exports: {} };
    new Function("require", "module", "exports", js)(() => runtime, module, module.exports);
    const ours = time(() => module.exports.run(BigInt(N)));
    const base = time(() => w.baseline(N));
    if (String(runtime.str(ours.result)) !== String(runtime.str(base.result))) {
      throw new Error(`${w.name}: results differ (${runtime.str(ours.result)} vs ${runtime.str(base.result)})`);
    }
    const ratio = ours.ms / base.ms;
    console.log(`${w.name.padEnd(40)} py2ts-coro ${ours.ms.toFixed(1).padStart(8)} ms   JS baseline ${base.ms.toFixed(1).padStart(8)} ms   ratio ${ratio.toFixed(2)}x`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
