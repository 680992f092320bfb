#!/usr/bin/env node
// Regenerates the antlr4ts parser from grammar/*.g4 (needs Java).
//   node grammar/antlr.js [outDir]      (default: src/parser/generated)
// Runs antlr4ts-cli into a scratch directory, keeps only the .ts files,
// prefixes each with a "generated, do not edit" line and replaces outDir's
// .ts files with them, so that a rerun is byte-identical (test/grammar-sync).
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const outDir = path.resolve(root, process.argv[2] || "src/parser/generated");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "py2ts-antlr-"));
const HEADER = "// Generated file, do not edit: run `npm run antlr` (grammar/PythonLexer.g4, grammar/PythonParser.g4).\n";

try {
  const jar = path.join(
    path.dirname(require.resolve("antlr4ts-cli/package.json", { paths: [root] })),
    "target/antlr4-typescript-4.9.0-SNAPSHOT-complete.jar",
  );
  execFileSync(
    "java",
    ["-jar", jar, "-Werror", "-visitor", "-no-listener", "-o", scratch, "-Xexact-output-dir", "grammar/PythonLexer.g4", "grammar/PythonParser.g4"],
    { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
  );
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of fs.readdirSync(outDir)) {
    if (f.endsWith(".ts")) fs.unlinkSync(path.join(outDir, f));
  }
  for (const f of fs.readdirSync(scratch).sort()) {
    if (!f.endsWith(".ts")) continue;
    const text = fs.readFileSync(path.join(scratch, f), "utf8");
    fs.writeFileSync(path.join(outDir, f), HEADER + text.replace(/\r\n/g, "\n"));
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
