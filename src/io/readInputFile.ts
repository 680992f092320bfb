// Reads the input as bytes (decoding is the source's business: PEP 263 for
// Python files, UTF-8 JSON for notebooks). `-` is standard input.

import * as fs from "fs";
import { FileError, describeErrno } from "./fileErrors";

export function readInputFile(file: string): Buffer {
  try {
    if (file === "-") return fs.readFileSync(0);
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new FileError(`py2ts-coro: cannot read '${file}': is a directory`);
    return fs.readFileSync(file);
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError(`py2ts-coro: cannot read '${file}': ${describeErrno(e)}`);
  }
}
