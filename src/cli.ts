#!/usr/bin/env node
// The command line: py2ts-coro FILE [-o OUT] [--run] [--standalone] [--check [--strict]]
// Exit codes: 0 success, 1 diagnostics / uncaught Python exception / failed
// check / unreadable input, 2 wrong usage.

import * as fs from "fs";
import * as path from "path";
import { Command, CommanderError } from "commander";
import { formatDiagnostic, limitDiagnostics } from "./diagnostics";
import { transpile } from "./index";
import { FileError } from "./io/fileErrors";
import { readInputFile } from "./io/readInputFile";
import { OutputIsInputError, checkOutputFile, writeOutputFile } from "./io/writeOutputFile";
import { NotebookFormatError, notebookText } from "./notebook/readNotebook";
import { isNotebookFile } from "./program";
import { decodeSource } from "./source/decodeSource";
import { escapeForTerminal } from "./terminalText";
import { checkNotebookFile } from "./run/checkNotebookFile";
import { runTypeScript } from "./run/runInProcess";

interface CliOptions {
  output?: string;
  run?: boolean;
  standalone?: boolean;
  check?: boolean;
  strict?: boolean;
  format?: boolean;
}

function version(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

class UsageError extends Error {}

/** The program text of FILE: notebooks are UTF-8 JSON, Python files are decoded as CPython does. */
function sourceText(bytes: Uint8Array, file: string, fileName: string): { text: string } | { failure: string } {
  if (isNotebookFile(fileName)) return { text: notebookText(bytes, fileName) };
  const decoded = decodeSource(bytes, { messageFileName: file === "-" ? "<stdin>" : path.resolve(file) });
  if (decoded.ok) return { text: decoded.text };
  return { failure: formatDiagnostic(decoded.diagnostic, decoded.displaySource, fileName) };
}

async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name("py2ts-coro")
    .description("Translate Python generator and coroutine code into TypeScript that behaves like CPython 3.11")
    .version(version(), "-V, --version")
    .argument("<file>", "a .py file, a .ipynb notebook, or - for standard input")
    .option("-o, --output <out.ts>", "write the TypeScript to a file instead of standard output")
    .option("--run", "transpile and execute at once (no Python involved)")
    .option("--standalone", "inline the runtime so the output needs nothing installed")
    .option("--check", "notebooks: run the cells and compare with the recorded outputs")
    .option("--strict", "with --check: stale cells fail too")
    .option("--no-format", "skip prettier formatting")
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(s.split("\n")[0] + "\n"),
    })
    .showHelpAfterError(false);

  try {
    program.parse(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
      return 2;
    }
    throw e;
  }
  const opts = program.opts<CliOptions>();
  const file = program.args[0];
  try {
    if (opts.strict && !opts.check) throw new UsageError("--strict only applies to --check");
    if (opts.check && !file.toLowerCase().endsWith(".ipynb")) throw new UsageError("--check needs a .ipynb notebook");
    if (opts.check && (opts.run || opts.output)) throw new UsageError("--check cannot be combined with --run or -o");
    const bytes = readInputFile(file);
    const inputPath = file === "-" ? null : file;
    if (opts.output) checkOutputFile(opts.output, inputPath);
    const fileName = file === "-" ? "<stdin>.py" : file;
    const decoded = sourceText(bytes, file, fileName);
    if ("failure" in decoded) {
      process.stderr.write(decoded.failure + "\n");
      return 1;
    }
    const source = decoded.text;
    if (opts.check) {
      const report = await checkNotebookFile(source, fileName, { strict: !!opts.strict });
      if (report.messages.length) process.stderr.write(limitDiagnostics(report.messages).join("\n") + "\n");
      process.stdout.write(report.lines.join("\n") + "\n");
      return report.exitCode;
    }
    const result = await transpile(source, {
      fileName,
      standalone: !!opts.standalone,
      format: opts.format !== false,
    });
    if (!result.ok) {
      process.stderr.write(limitDiagnostics(result.messages).join("\n") + "\n");
      return 1;
    }
    if (result.messages.length) process.stderr.write(limitDiagnostics(result.messages).join("\n") + "\n");
    if (opts.run) {
      const runnable = opts.standalone ? (await transpile(source, { fileName, format: false })).code : result.code;
      return runTypeScript(runnable);
    }
    if (opts.output) writeOutputFile(opts.output, result.code, inputPath);
    else process.stdout.write(result.code);
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof OutputIsInputError) {
      process.stderr.write(`error: ${e.message}\n`);
      return 2;
    }
    if (e instanceof FileError || e instanceof NotebookFormatError) {
      // file names come from the user: shown escaped like source lines
      process.stderr.write(`${escapeForTerminal(e.message)}\n`);
      return 1;
    }
    // An internal failure is our bug: one line, not a stack trace.
    process.stderr.write(`py2ts-coro: internal error: ${(e as Error).message}\n`);
    return 1;
  }
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`py2ts-coro: internal error: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
