// `py2ts-coro FILE.ipynb --check`: run the notebook's cells (transpiled, in
// this process) and compare each cell's output with the recorded one.
// CPython is started only when some cell differs, as the arbiter that tells
// a stale recording from a bug of ours.

import * as runtime from "../runtime";
import { transpile } from "../index";
import { CellOutput, cellText, checkNotebook } from "../notebook/checkNotebook";
import { readNotebook } from "../notebook/readNotebook";
import { runCellsInCpython } from "../notebook/runCpython";
import { runTypeScript } from "./runInProcess";

export interface NotebookCheckReport {
  lines: string[];
  exitCode: number;
  /** diagnostics, when the notebook does not transpile */
  messages: string[];
}

/** Runs the notebook's code cells in order; one CellOutput per code cell. */
export async function runNotebookCells(source: string, fileName: string): Promise<{ outputs: CellOutput[]; messages: string[] }> {
  const result = await transpile(source, { fileName, format: false });
  if (!result.ok) return { outputs: [], messages: result.messages };
  const outputs: CellOutput[] = [];
  let buffer = "";
  const restoreListener = runtime.setCellListener((executionCount, tail) => {
    outputs.push({ executionCount, text: cellText(buffer, tail) });
    buffer = "";
  });
  try {
    runTypeScript(result.code, { stdout: (s) => (buffer += s), stderr: () => {} });
  } finally {
    restoreListener();
  }
  return { outputs, messages: result.messages };
}

export async function checkNotebookFile(
  source: string,
  fileName: string,
  options: { strict: boolean },
): Promise<NotebookCheckReport> {
  const nb = readNotebook(source, fileName);
  const { outputs, messages } = await runNotebookCells(source, fileName);
  if (messages.length && outputs.length === 0) return { lines: ["notebook does not transpile"], exitCode: 1, messages };
  const first = checkNotebook(nb, outputs, { strict: options.strict });
  const anyDifference = first.lines.some((l) => /^In \[.*\]: (mismatch|stale)/.test(l));
  if (!anyDifference) return { ...first, messages };
  const codeCells = nb.cells.filter((c) => c.kind === "code");
  const cpython = runCellsInCpython(
    codeCells.map((c) => c.source),
    // PY2TS_PYTHON names another interpreter (or a missing one, to check without CPython).
    { executionCounts: codeCells.map((c) => c.executionCount), python: process.env.PY2TS_PYTHON || undefined },
  );
  return { ...checkNotebook(nb, outputs, { strict: options.strict, cpython }), messages };
}
