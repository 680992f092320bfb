/**
 * Notebook reader: Jupyter nbformat 4 JSON → a small, normalised cell list.
 *
 * Only `.ipynb` input is handled here (a `.py` file is one cell; that is the
 * caller's business). Raw cells are skipped; code and markdown cells keep
 * their position in `index` (0-based among all cells of the file).
 *
 * Recorded outputs are normalised to three shapes:
 *   - `stream`  (`name` is "stdout" or "stderr", `text` joined to one string)
 *   - `error`   (`ename`, `evalue`, `traceback` lines; ANSI colour codes kept)
 *   - `result`  (`execute_result` / `display_data` with a `text/plain`
 *                representation; `executionCount` is null for display_data)
 * Outputs without a text form (images, HTML only) are dropped.
 */

export type RecordedOutput =
  | { type: "stream"; name: string; text: string }
  | { type: "error"; ename: string; evalue: string; traceback: string[] }
  | { type: "result"; text: string; executionCount: number | null };

export interface NotebookCell {
  kind: "code" | "markdown";
  source: string;
  executionCount: number | null;
  outputs: RecordedOutput[];
  /** Position among all cells of the file (0-based), raw cells included. */
  index: number;
}

export interface Notebook {
  cells: NotebookCell[];
}

/** nbformat "multiline string": a string or a list of strings to concatenate. */
function multiline(value: unknown, where: string, fileName: string): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.join("");
  throw new Error(`${fileName}: ${where} must be a string or a list of strings`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readOutput(raw: unknown, where: string, fileName: string): RecordedOutput | null {
  if (!isObject(raw)) throw new Error(`${fileName}: ${where} is not an object`);
  switch (raw.output_type) {
    case "stream":
      return {
        type: "stream",
        name: typeof raw.name === "string" ? raw.name : "stdout",
        text: multiline(raw.text ?? "", `${where}.text`, fileName),
      };
    case "error":
      return {
        type: "error",
        ename: String(raw.ename ?? ""),
        evalue: String(raw.evalue ?? ""),
        traceback: Array.isArray(raw.traceback) ? raw.traceback.map(String) : [],
      };
    case "execute_result":
    case "display_data": {
      const data = isObject(raw.data) ? raw.data : {};
      if (data["text/plain"] === undefined) return null;
      return {
        type: "result",
        text: multiline(data["text/plain"], `${where}.data["text/plain"]`, fileName),
        executionCount:
          raw.output_type === "execute_result" && typeof raw.execution_count === "number"
            ? raw.execution_count
            : null,
      };
    }
    default:
      return null;
  }
}

export function readNotebook(json: string, fileName: string): Notebook {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new Error(`${fileName}: not a valid Jupyter notebook: malformed JSON (${reason})`);
  }
  if (!isObject(doc) || !Array.isArray(doc.cells)) {
    throw new Error(`${fileName}: not a valid Jupyter notebook: no "cells" list at the top level`);
  }
  if (typeof doc.nbformat === "number" && doc.nbformat !== 4) {
    throw new Error(`${fileName}: unsupported notebook format ${doc.nbformat} (only nbformat 4 is read)`);
  }
  const cells: NotebookCell[] = [];
  doc.cells.forEach((raw: unknown, index: number) => {
    const where = `cell ${index + 1}`;
    if (!isObject(raw)) throw new Error(`${fileName}: ${where} is not an object`);
    const kind = raw.cell_type;
    if (kind !== "code" && kind !== "markdown") return; // raw cells carry nothing to run or check
    const source = multiline(raw.source ?? "", `${where}.source`, fileName);
    const outputs: RecordedOutput[] = [];
    if (kind === "code" && Array.isArray(raw.outputs)) {
      raw.outputs.forEach((o: unknown, j: number) => {
        const out = readOutput(o, `${where}.outputs[${j}]`, fileName);
        if (out) outputs.push(out);
      });
    }
    const count = raw.execution_count;
    cells.push({
      kind,
      source,
      executionCount: kind === "code" && typeof count === "number" ? count : null,
      outputs,
      index,
    });
  });
  return { cells };
}
