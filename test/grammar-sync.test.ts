// The committed parser (src/parser/generated) must be what `npm run antlr`
// produces from grammar/*.g4. Needs Java; skipped with a note without it.
import { describe, expect, test } from "@jest/globals";
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const root = path.resolve(__dirname, "..");
const committed = path.join(root, "src/parser/generated");
const hasJava = spawnSync("java", ["-version"], { stdio: "ignore" }).status === 0;

describe("generated parser", () => {
  test("is in sync with grammar/*.g4", () => {
    if (!hasJava) {
      console.log("skipped: java not found");
      return;
    }
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "py2ts-grammar-sync-"));
    try {
      execFileSync(process.execPath, [path.join(root, "grammar/antlr.js"), out], { cwd: root, stdio: "pipe" });
      const fresh = fs.readdirSync(out).sort();
      const current = fs.readdirSync(committed).sort();
      expect(current).toEqual(fresh);
      for (const f of fresh) {
        const a = fs.readFileSync(path.join(out, f), "utf8");
        const b = fs.readFileSync(path.join(committed, f), "utf8");
        if (a !== b) throw new Error(`${f} differs from the grammar: run \`npm run antlr\` and commit`);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  test("every generated file says it is generated", () => {
    for (const f of fs.readdirSync(committed)) {
      const first = fs.readFileSync(path.join(committed, f), "utf8").split("\n")[0];
      expect(first).toMatch(/^\/\/ Generated file, do not edit: run `npm run antlr`/);
    }
  });
});
