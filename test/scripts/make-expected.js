#!/usr/bin/env node
/*
 * make-expected.js — the only producer of fixtures' expected.out files.
 *
 *   node test/scripts/make-expected.js [FILTER]      (npm run expected)
 *
 * For every fixtures/**\/input.py (optionally only paths containing FILTER),
 * runs `python3 input.py` in that directory (CPython 3.11 is the reference)
 * and writes
 *   expected.out  its stdout, exactly as printed (memory addresses included:
 *                 tests normalise 0x… themselves; a file that differs only
 *                 in addresses is left as it is);
 *   expected.exc  only when python exits non-zero (an uncaught exception):
 *                 "exit N\n" + the last line of stderr + "\n", e.g.
 *                 "exit 1\nStopIteration\n". Removed when the exit code is 0.
 *   expected.stderr  when python exits 0 but writes to stderr ("Exception ignored in: ..."
 *                 from a failing finalizer): that text without the frame lines.
 * Plain node, no dependencies.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..", "..");
const fixtures = path.join(root, "fixtures");

function findInputs(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findInputs(p));
    else if (entry.name === "input.py") found.push(p);
  }
  return found;
}

/** Writes text unless the file already holds it up to memory addresses (no churn in the diff). */
function writeUnlessSame(file, text) {
  const norm = (t) => t.replace(/\bat 0x[0-9a-fA-F]+/g, "at 0x…"); // reprs' addresses only
  if (fs.existsSync(file) && norm(fs.readFileSync(file, "utf8")) === norm(text)) return;
  fs.writeFileSync(file, text);
}

function main(argv) {
  const filter = argv[0];
  const python = process.env.PYTHON || "python3";
  const version = spawnSync(python, ["--version"], { encoding: "utf8" });
  if (version.error) {
    process.stderr.write(`make-expected: cannot run ${python}: ${version.error.message}\n`);
    return 2;
  }
  const v = (version.stdout || version.stderr).trim();
  if (!/^Python 3\.11\./.test(v)) process.stderr.write(`make-expected: warning: reference is CPython 3.11, found ${v}\n`);

  let count = 0;
  for (const input of findInputs(fixtures)) {
    const rel = path.relative(root, input);
    if (filter && !rel.includes(filter)) continue;
    const dir = path.dirname(input);
    const r = spawnSync(python, ["input.py"], {
      cwd: dir,
      encoding: "utf8",
      timeout: 30000,
      env: { ...process.env, PYTHONIOENCODING: "utf-8", PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1" },
    });
    if (r.error) {
      process.stderr.write(`make-expected: ${rel}: ${r.error.message}\n`);
      return 1;
    }
    writeUnlessSame(path.join(dir, "expected.out"), r.stdout);
    const excPath = path.join(dir, "expected.exc");
    if (r.status !== 0) {
      const stderrLines = r.stderr.replace(/\s+$/, "").split("\n");
      fs.writeFileSync(excPath, `exit ${r.status}\n${stderrLines[stderrLines.length - 1]}\n`);
      process.stdout.write(`${rel}: exit ${r.status}: ${stderrLines[stderrLines.length - 1]}\n`);
    } else if (fs.existsSync(excPath)) {
      fs.unlinkSync(excPath);
    }
    // A program that exits normally may still print to stderr, e.g. "Exception ignored in: ..."
    // when a generator's finalization fails. py2ts-coro prints no frames, so the
    // frame lines ("  File ...", source lines) are left out.
    const stderrPath = path.join(dir, "expected.stderr");
    const stderrText = r.status === 0 ? r.stderr.split("\n").filter((l) => !l.startsWith("  ")).join("\n") : "";
    if (stderrText.trim()) writeUnlessSame(stderrPath, stderrText);
    else if (fs.existsSync(stderrPath)) fs.unlinkSync(stderrPath);
    count++;
  }
  process.stdout.write(`make-expected: ${count} fixture(s) with ${v}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
