// Reads the input into program units: a `.py` file is one unit; a notebook
// gives one unit per cell. Each code unit is parsed on its own (positions
// are relative to its cell) and the units share one module scope, as the
// cells of a Jupyter kernel do.

import type { Module } from "./ast/nodes";
import { buildAst } from "./ast/buildAst";
import type { Diagnostic } from "./diagnostics";
import type { ProgramUnit } from "./lower/lower";
import { readNotebook } from "./notebook/readNotebook";

export interface SourceUnit {
  unit: ProgramUnit;
  /** the text diagnostics of this unit point into */
  source: string;
  /** how diagnostics name this unit: `file.py` or `file.ipynb, In [3]` */
  label: string;
}

export interface ReadProgramResult {
  units: SourceUnit[];
  module: Module;
  diagnostics: { diagnostic: Diagnostic; source: string; label: string }[];
  notebook: boolean;
}

export function isNotebookFile(fileName: string): boolean {
  return fileName.toLowerCase().endsWith(".ipynb");
}

export function readProgram(text: string, fileName: string): ReadProgramResult {
  const notebook = isNotebookFile(fileName);
  const raw: { kind: "code" | "markdown"; source: string; executionCount?: number | null; label: string }[] = [];
  if (notebook) {
    readNotebook(text, fileName).cells.forEach((c, i) =>
      raw.push({
        kind: c.kind,
        source: c.source,
        executionCount: c.executionCount,
        label: `${fileName} (cell ${i + 1}${c.executionCount !== null ? `, In [${c.executionCount}]` : ""})`,
      }),
    );
  } else {
    raw.push({ kind: "code", source: text, label: fileName });
  }
  const units: SourceUnit[] = [];
  const diagnostics: ReadProgramResult["diagnostics"] = [];
  const body: Module["body"] = [];
  for (const r of raw) {
    if (r.kind === "markdown") {
      units.push({ unit: { kind: "markdown", body: [], comments: [], markdown: r.source }, source: r.source, label: r.label });
      continue;
    }
    const built = buildAst(r.source, r.label);
    for (const d of built.diagnostics) diagnostics.push({ diagnostic: d, source: r.source, label: r.label });
    const module = built.module;
    const unit: ProgramUnit = {
      kind: "code",
      body: module?.body ?? [],
      comments: module?.comments ?? [],
      executionCount: r.executionCount,
    };
    body.push(...unit.body);
    units.push({ unit, source: r.source, label: r.label });
  }
  const loc = { line: 1, col: 1, endLine: 1, endCol: 1 };
  return { units, module: { kind: "Module", body, comments: [], loc }, diagnostics, notebook };
}
