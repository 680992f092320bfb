#!/usr/bin/env node
/*
 * seed-to-ipynb.js — rebuild a Jupyter notebook (nbformat 4) from a notebook
 * that was exported as plain text (the seed format used by py2ts-coro).
 *
 *   node test/scripts/seed-to-ipynb.js SEED.txt [OUT.ipynb]   (default OUT: stdout)
 *
 * Seed format, as observed in ../shared/seed/000_2d96de8d44fecc2b.txt:
 *   - markdown text, verbatim;
 *   - a code cell starts with a line `In [N]:` (or `In [ ]:`) followed by its
 *     source lines;
 *   - after the source, separated by blank lines, come the recorded outputs:
 *     first the printed text (one contiguous run of non-blank lines), then, if
 *     the cell raised, the last traceback line `ExcName: message` (the export
 *     keeps only that line, e.g. `StopIteration: ` with an empty message);
 *   - anything after the outputs and before the next `In [` line is a
 *     markdown cell.
 *
 * How a chunk (the lines between two `In [` markers) is split:
 *   1. source = the lines before the first non-blank line that is not
 *      "code-like" (indented, a comment, a keyword statement, an assignment
 *      or a call); printed output never looks like that in the seed
 *      (`>> ...`, `10`, `GEN_SUSPENDED`, `<generator object ...>`,
 *      `['A', ...]`, error lines). A cell whose source has a bare-expression
 *      line such as `x + 1` would be split wrongly: the fixture test catches
 *      that, and then this rule must be refined;
 *   2. outputs = the first run of non-blank lines after the source that does
 *      not start with an error line → `stream` (stdout; a blank line inside
 *      printed text would end it early, none occurs in the seed); then, if
 *      the next non-blank line is an error line → `error` output;
 *   3. the remaining lines (trimmed of blank lines at both ends) → markdown
 *      (markdown may well look like code: `yield from iterable_object`,
 *      `close() 함수를 ...`, so it is recognised by position only).
 * Trailing blank (or whitespace-only) lines of a code cell are trimmed; every
 * other character is kept as is (Korean comments included).
 *
 * Plain node, no dependencies; the output is deterministic so that
 * test/notebook-fixture.test.ts can rebuild it and compare.
 */
"use strict";
const fs = require("fs");

const CELL_MARKER = /^In \[( *|\d+)\]:\s*$/;
const ERROR_LINE = /^([A-Za-z_][\w.]*(?:Error|Exception|Iteration|Exit|Warning|Interrupt)): ?(.*)$/;
const CODE_KEYWORD =
  /^(def|class|async|await|from|import|for|while|if|elif|else|try|except|finally|with|return|yield|raise|pass|break|continue|global|nonlocal|del|assert|lambda)\b/;
const ASSIGN_OR_CALL = /^[A-Za-z_][\w.]*(\[[^\]]*\])?\s*(=|\+=|-=|\*=|\/=|\(|,)/;

function isBlank(line) {
  return line.trim() === "";
}

function isCodeLike(line) {
  if (isBlank(line)) return false;
  if (ERROR_LINE.test(line)) return false;
  if (/^\s/.test(line)) return true; // indented: inside a block
  if (line.startsWith("#")) return true;
  if (CODE_KEYWORD.test(line)) return true;
  return ASSIGN_OR_CALL.test(line);
}

function trimBlank(lines) {
  let a = 0;
  let b = lines.length;
  while (a < b && isBlank(lines[a])) a++;
  while (b > a && isBlank(lines[b - 1])) b--;
  return lines.slice(a, b);
}

/** nbformat multiline string: a list of lines, each but the last ending in "\n". */
function toMultiline(lines, finalNewline) {
  return lines.map((l, i) => (i < lines.length - 1 || finalNewline ? l + "\n" : l));
}

function markdownCell(lines) {
  return { cell_type: "markdown", metadata: {}, source: toMultiline(lines, false) };
}

function splitCodeChunk(chunk) {
  let i = 0;
  while (i < chunk.length && (isBlank(chunk[i]) || isCodeLike(chunk[i]))) i++;
  const source = chunk.slice(0, i);
  while (source.length && isBlank(source[source.length - 1])) source.pop();
  const outputs = [];
  const skipBlank = () => {
    while (i < chunk.length && isBlank(chunk[i])) i++;
  };
  skipBlank();
  if (i < chunk.length && !ERROR_LINE.test(chunk[i])) {
    const text = [];
    while (i < chunk.length && !isBlank(chunk[i]) && !ERROR_LINE.test(chunk[i])) text.push(chunk[i++]);
    outputs.push({ output_type: "stream", name: "stdout", text: toMultiline(text, true) });
    skipBlank();
  }
  if (i < chunk.length && ERROR_LINE.test(chunk[i])) {
    const line = chunk[i++];
    const m = ERROR_LINE.exec(line);
    outputs.push({
      output_type: "error",
      ename: m[1],
      evalue: m[2],
      // The export kept only the traceback's last line.
      traceback: [line],
    });
  }
  return { source, outputs, rest: trimBlank(chunk.slice(i)) };
}

function seedToNotebook(text) {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
  const cells = [];
  let i = 0;
  const leading = [];
  while (i < lines.length && !CELL_MARKER.test(lines[i])) leading.push(lines[i++]);
  if (trimBlank(leading).length) cells.push(markdownCell(trimBlank(leading)));
  while (i < lines.length) {
    const count = CELL_MARKER.exec(lines[i])[1].trim();
    i++;
    const chunk = [];
    while (i < lines.length && !CELL_MARKER.test(lines[i])) chunk.push(lines[i++]);
    const { source, outputs, rest } = splitCodeChunk(chunk);
    cells.push({
      cell_type: "code",
      execution_count: count === "" ? null : Number(count),
      metadata: {},
      outputs,
      source: toMultiline(source, false),
    });
    if (rest.length) cells.push(markdownCell(rest));
  }
  return {
    cells,
    metadata: {
      kernelspec: { display_name: "Python 3", language: "python", name: "python3" },
      language_info: { name: "python" },
    },
    nbformat: 4,
    nbformat_minor: 4,
  };
}

function main(argv) {
  const [seedPath, outPath] = argv;
  if (!seedPath) {
    process.stderr.write("usage: node test/scripts/seed-to-ipynb.js SEED.txt [OUT.ipynb]\n");
    return 2;
  }
  const nb = seedToNotebook(fs.readFileSync(seedPath, "utf8"));
  const json = JSON.stringify(nb, null, 1) + "\n";
  if (outPath) fs.writeFileSync(outPath, json);
  else process.stdout.write(json);
  return 0;
}

module.exports = { seedToNotebook };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
