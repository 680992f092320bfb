/** readNotebook / checkNotebook / runCellsInCpython, without the compiler. */
import * as fs from "fs";
import * as path from "path";
import { describe, expect, it } from "@jest/globals";
import { readNotebook } from "../src/notebook/readNotebook";
import { cellText, checkNotebook, lineDiff, normalizeOutput, recordedText, CellOutput } from "../src/notebook/checkNotebook";
import { runCellsInCpython } from "../src/notebook/runCpython";

const root = path.resolve(__dirname, "..");
const nb = readNotebook(fs.readFileSync(path.join(root, "fixtures/notebook/coroutines.ipynb"), "utf8"), "coroutines.ipynb");
const code = nb.cells.filter((c) => c.kind === "code");

/** What CPython prints for the seed's cells run in order (In [1] prints "A", not the recorded TypeError). */
function cpythonLike(): CellOutput[] {
  return code.map((c) => ({
    executionCount: c.executionCount,
    text: c.executionCount === 1 ? "A\n" : recordedText(c.outputs).replace(/0x[0-9A-F]+/, "0x7f00dead"),
  }));
}

describe("readNotebook", () => {
  it("normalises stream, error and execute_result outputs", () => {
    const doc = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [
        { cell_type: "raw", source: "x", metadata: {} },
        {
          cell_type: "code",
          execution_count: 2,
          source: ["1 + 1\n", "print(3)"],
          metadata: {},
          outputs: [
            { output_type: "stream", name: "stdout", text: ["3\n"] },
            { output_type: "execute_result", execution_count: 2, data: { "text/plain": ["2"] }, metadata: {} },
            { output_type: "display_data", data: { "image/png": "..." }, metadata: {} },
            { output_type: "error", ename: "E", evalue: "m", traceback: ["E: m"] },
          ],
        },
        { cell_type: "markdown", source: "# t", metadata: {} },
        { cell_type: "code", execution_count: null, source: "", metadata: {}, outputs: [] },
      ],
    };
    const got = readNotebook(JSON.stringify(doc), "t.ipynb");
    expect(got.cells.map((c) => [c.kind, c.index, c.executionCount])).toEqual([
      ["code", 1, 2],
      ["markdown", 2, null],
      ["code", 3, null],
    ]);
    expect(got.cells[0].source).toBe("1 + 1\nprint(3)");
    expect(got.cells[0].outputs).toEqual([
      { type: "stream", name: "stdout", text: "3\n" },
      { type: "result", text: "2", executionCount: 2 },
      { type: "error", ename: "E", evalue: "m", traceback: ["E: m"] },
    ]);
    expect(recordedText(got.cells[0].outputs)).toBe("3\n2\nE: m\n");
  });

  it("rejects malformed JSON with a clear message", () => {
    expect(() => readNotebook("{ not json", "bad.ipynb")).toThrow(/bad\.ipynb: not a valid Jupyter notebook: malformed JSON/);
    expect(() => readNotebook("[]", "bad.ipynb")).toThrow(/no "cells" list/);
  });
});

describe("checkNotebook", () => {
  it("normalises addresses, line-end whitespace and trailing blank lines", () => {
    expect(normalizeOutput("<g at 0x7F00ab>  \nStopIteration: \n\n\n")).toBe("<g at 0x…>\nStopIteration:");
    expect(cellText("a", "E: m")).toBe("a\nE: m\n");
    expect(cellText("", null)).toBe("");
    expect(lineDiff(["a", "b", "c"], ["a", "x", "c"])).toEqual([" a", "-b", "+x", " c"]);
  });

  it("without CPython: the out-of-order In [1] is stale, all else matches", () => {
    const r = checkNotebook(nb, cpythonLike(), {});
    expect(r.lines.filter((l) => l.startsWith("In ["))).toEqual([
      "In [10]: match", "In [11]: match", "In [12]: match", "In [13]: match", "In [17]: match", "In [19]: match",
      "In [1]: stale: run out of order, after In [19] (not verified: python3 not found)",
      "In [27]: match", "In [28]: match", "In [32]: match", "In [33]: match", "In [34]: match", "In [3]: match",
    ]);
    expect(r.lines).toContain("    -TypeError: 'async_generator' object is not an iterator");
    expect(r.lines).toContain("    +A");
    expect(r.lines[r.lines.length - 1]).toBe("12 match, 0 mismatch, 1 stale (13 cells)");
    expect(r.exitCode).toBe(0);
    expect(checkNotebook(nb, cpythonLike(), { strict: true }).exitCode).toBe(1);
  });

  it("with CPython: stale only where CPython agrees with us", () => {
    const ours = cpythonLike();
    const r = checkNotebook(nb, ours, { cpython: cpythonLike() });
    expect(r.lines).toContain("In [1]: stale: CPython agrees with py2ts-coro");
    expect(r.exitCode).toBe(0);

    // Our In [28] differs from CPython, which agrees with the recording: our bug.
    ours[8] = { executionCount: 28, text: "['A', 'B']\n" };
    const bad = checkNotebook(nb, ours, { cpython: cpythonLike() });
    expect(bad.lines).toContain("In [28]: mismatch");
    expect(bad.lines).toContain("    -['A', 'B', 1, 2, 3]");
    expect(bad.lines).toContain("    +['A', 'B']");
    expect(bad.lines[bad.lines.length - 1]).toBe("11 match, 1 mismatch, 1 stale (13 cells)");
    expect(bad.exitCode).toBe(1);
  });

  it("an in-order mismatch is never stale without CPython", () => {
    const ours = cpythonLike();
    ours[1] = { executionCount: 11, text: ">> coroutine started.\n" };
    const r = checkNotebook(nb, ours, {});
    expect(r.lines).toContain("In [11]: mismatch");
    expect(r.exitCode).toBe(1);
  });
});

describe("runCellsInCpython", () => {
  const probe = runCellsInCpython(["print(1)"]);
  const pyIt = probe === null ? it.skip : it;
  if (probe === null) console.log("skipped: python3 not found");

  pyIt("runs cells in one namespace, Jupyter-style, and reproduces the seed except In [1]", () => {
    const out = runCellsInCpython(["x = 1\nx + 1", "print(x)\nNone", "def g():\n    yield 1\ng()", "next(iter([]))", "1/0"])!;
    expect(out.map((o) => o.text)).toEqual([
      "2\n",
      "1\n",
      expect.stringMatching(/^<generator object g at 0x[0-9a-f]+>\n$/),
      "StopIteration: \n",
      "ZeroDivisionError: division by zero\n",
    ]);
    const cp = runCellsInCpython(code.map((c) => c.source), { executionCounts: code.map((c) => c.executionCount) })!;
    const r = checkNotebook(nb, cp, { cpython: cp });
    expect(r.lines[r.lines.length - 1]).toBe("12 match, 0 mismatch, 1 stale (13 cells)");
  });

  it("returns null when the interpreter is missing", () => {
    expect(runCellsInCpython(["print(1)"], { python: "/nonexistent/python3" })).toBeNull();
  });
});
