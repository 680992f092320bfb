/**
 * fixtures/notebook/coroutines.ipynb must not drift from the seed text it was
 * built from (../shared/seed/000_2d96de8d44fecc2b.txt, read in place, never
 * copied): every source and output line appears in the seed, in order, and
 * test/scripts/seed-to-ipynb.js still rebuilds the committed file byte for byte.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync } from "child_process";
import { describe, expect, it } from "@jest/globals";
import { readNotebook } from "../src/notebook/readNotebook";

const root = path.resolve(__dirname, "..");
const notebookPath = path.join(root, "fixtures/notebook/coroutines.ipynb");
const seedPath = path.resolve(root, "../shared/seed/000_2d96de8d44fecc2b.txt");
const haveSeed = fs.existsSync(seedPath);
if (!haveSeed) console.log("skipped: no ../shared");
const seedIt = haveSeed ? it : it.skip;

const notebookJson = fs.readFileSync(notebookPath, "utf8");
const nb = readNotebook(notebookJson, notebookPath);
const code = nb.cells.filter((c) => c.kind === "code");
const markdown = nb.cells.filter((c) => c.kind === "markdown");

function lines(text: string): string[] {
  return text.replace(/\n$/, "").split("\n");
}

describe("fixtures/notebook/coroutines.ipynb", () => {
  it("has the seed's 13 code cells and 5 markdown cells, in seed order", () => {
    expect(code.map((c) => c.executionCount)).toEqual([10, 11, 12, 13, 17, 19, 1, 27, 28, 32, 33, 34, 3]);
    expect(markdown).toHaveLength(5);
    expect(nb.cells.map((c) => (c.kind === "code" ? c.executionCount : "md"))).toEqual([
      "md", 10, 11, 12, 13, "md", 17, 19, "md", 1, 27, 28, "md", 32, 33, 34, "md", 3,
    ]);
  });

  it("records stdout as stream outputs and exceptions as error outputs", () => {
    const raw = JSON.parse(notebookJson);
    expect(raw.nbformat).toBe(4);
    for (const cell of raw.cells.filter((c: { cell_type: string }) => c.cell_type === "code")) {
      for (const out of cell.outputs) {
        if (out.output_type === "stream") expect(out.name).toBe("stdout");
        else {
          expect(out.output_type).toBe("error");
          expect(out.traceback[out.traceback.length - 1]).toBe(`${out.ename}: ${out.evalue}`);
        }
      }
    }
    const errors = code.map((c) => c.outputs.filter((o) => o.type === "error").map((o) => (o.type === "error" ? o.ename : "")));
    expect(errors).toEqual([
      [], ["StopIteration"], ["StopIteration"], ["TypeError"], [], ["StopIteration"], ["TypeError"],
      ["StopIteration"], [], [], [], ["StopIteration"], [],
    ]);
  });

  seedIt("every source and output line appears in the seed, in order", () => {
    const seed = fs.readFileSync(seedPath, "utf8").replace(/\r\n?/g, "\n").split("\n");
    let pos = 0;
    const expectNext = (line: string, what: string) => {
      const found = seed.indexOf(line, pos);
      if (found < 0) throw new Error(`${what}: line not found in the seed after seed line ${pos}: ${JSON.stringify(line)}`);
      pos = found + 1;
    };
    for (const cell of nb.cells) {
      const what = cell.kind === "code" ? `In [${cell.executionCount}]` : `markdown cell ${cell.index + 1}`;
      if (cell.kind === "code") {
        expectNext(`In [${cell.executionCount}]:`, what);
        // The source is exactly the lines right after the marker.
        const src = lines(cell.source);
        expect(seed.slice(pos, pos + src.length)).toEqual(src);
        pos += src.length;
        for (const out of cell.outputs) {
          if (out.type === "stream") for (const l of lines(out.text)) expectNext(l, `${what} stdout`);
          else if (out.type === "error") expectNext(out.traceback[out.traceback.length - 1], `${what} error`);
          else for (const l of lines(out.text)) expectNext(l, `${what} result`);
        }
      } else {
        for (const l of lines(cell.source)) expectNext(l, what);
      }
    }
  });

  seedIt("is what test/scripts/seed-to-ipynb.js builds from the seed", () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "seed-to-ipynb-")), "nb.ipynb");
    execFileSync(process.execPath, [path.join(root, "test/scripts/seed-to-ipynb.js"), seedPath, out]);
    expect(fs.readFileSync(out, "utf8")).toBe(notebookJson);
  });
});
