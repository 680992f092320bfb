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

/** A file that is not a notebook we can read: the message is one line naming the problem. */
export class NotebookFormatError extends Error {}

/**
 * A notebook file's bytes → its JSON text: UTF-8 (RFC 8259; nbformat writes
 * UTF-8), a byte order mark tolerated.
 */
export function notebookText(bytes: Uint8Array, fileName: string): string {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new NotebookFormatError(`${fileName}: not a valid Jupyter notebook: the file is not UTF-8 text`);
  }
}

/** nbformat "multiline string": a string or a list of strings to concatenate. */
function multiline(value: unknown, where: string, fileName: string): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.join("");
  throw new NotebookFormatError(`${fileName}: ${where} must be a string or a list of strings`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readOutput(raw: unknown, where: string, fileName: string): RecordedOutput | null {
  if (!isObject(raw)) throw new NotebookFormatError(`${fileName}: ${where} is not an object`);
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
    const reason = (e instanceof Error ? e.message : String(e)).split("\n")[0];
    throw new NotebookFormatError(`${fileName}: not a valid Jupyter notebook: malformed JSON (${reason})`);
  }
  if (!isObject(doc)) {
    throw new NotebookFormatError(`${fileName}: not a valid Jupyter notebook: no "cells" list at the top level (the top level is not a JSON object)`);
  }
  if (doc.nbformat !== undefined && doc.nbformat !== 4) {
    const version = typeof doc.nbformat === "number" ? String(doc.nbformat) : JSON.stringify(doc.nbformat);
    throw new NotebookFormatError(
      `${fileName}: unsupported notebook format ${version} (only nbformat 4 is read; convert it with \`jupyter nbconvert --to notebook\`)`,
    );
  }
  if (!Array.isArray(doc.cells)) {
    throw new NotebookFormatError(`${fileName}: not a valid Jupyter notebook: no "cells" list at the top level`);
  }
  const cells: NotebookCell[] = [];
  doc.cells.forEach((raw: unknown, index: number) => {
    const where = `cell ${index + 1}`;
    if (!isObject(raw)) throw new NotebookFormatError(`${fileName}: ${where} is not an object`);
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
