// `-o OUT`: writes the output so that a reader never sees half a file and
// nothing but OUT changes.
//   - never over the input, however it is named: same device and inode
//     (through symbolic and hard links), not only the same path;
//   - a temporary file beside the target, created exclusively (O_EXCL,
//     O_NOFOLLOW) under an unpredictable name, so a planted file or symbolic
//     link is never written through; then one rename replaces the target
//     atomically; the temporary file is removed on any failure;
//   - OUT a symbolic link: the file it points to is replaced (the link stays
//     a link, as when a shell redirects `> OUT`); a dangling link is refused;
//   - an existing target keeps its permission bits.

import { randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { FileError, describeErrno } from "./fileErrors";

/** Thrown when OUT is the input: a usage error (exit 2). */
export class OutputIsInputError extends Error {}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

/** Where the output really goes: OUT, or the file OUT links to. */
function resolveTarget(output: string): string {
  let link: fs.Stats;
  try {
    link = fs.lstatSync(output);
  } catch {
    return output; // does not exist yet
  }
  if (!link.isSymbolicLink()) return output;
  try {
    return fs.realpathSync(output);
  } catch (e) {
    throw new FileError(`py2ts-coro: cannot write '${output}': it is a symbolic link to a missing file (${describeErrno(e)})`);
  }
}

/** Checks OUT before any work is done: not the input, not a directory, its folder exists. */
export function checkOutputFile(output: string, input: string | null): void {
  const target = resolveTarget(output);
  const out = statOrNull(target);
  if (out && input !== null) {
    const inp = statOrNull(input);
    if (inp && inp.dev === out.dev && inp.ino === out.ino) {
      throw new OutputIsInputError(`refusing to write the output over the input file ('${output}' is '${input}')`);
    }
  }
  if (out?.isDirectory()) throw new FileError(`py2ts-coro: cannot write '${output}': is a directory`);
  const dir = path.dirname(target);
  const folder = statOrNull(dir);
  if (!folder) throw new FileError(`py2ts-coro: cannot write '${output}': no such directory '${dir}'`);
  if (!folder.isDirectory()) throw new FileError(`py2ts-coro: cannot write '${output}': '${dir}' is not a directory`);
}

export function writeOutputFile(output: string, text: string, input: string | null): void {
  checkOutputFile(output, input);
  const target = resolveTarget(output);
  const existing = statOrNull(target);
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${randomBytes(12).toString("hex")}.tmp`);
  const { O_CREAT, O_EXCL, O_WRONLY, O_NOFOLLOW } = fs.constants;
  let fd: number | null = null;
  let created = false;
  let renamed = false;
  try {
    fd = fs.openSync(tmp, O_CREAT | O_EXCL | O_WRONLY | (O_NOFOLLOW ?? 0), existing ? existing.mode & 0o7777 : 0o666);
    created = true;
    fs.writeFileSync(fd, text);
    if (existing) fs.fchmodSync(fd, existing.mode & 0o7777);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(tmp, target);
    renamed = true;
  } catch (e) {
    throw new FileError(`py2ts-coro: cannot write '${output}': ${describeErrno(e)}`);
  } finally {
    if (fd !== null) fs.closeSync(fd);
    // Only a file this call created is removed (never one planted under the name).
    if (created && !renamed) fs.rmSync(tmp, { force: true });
  }
}
