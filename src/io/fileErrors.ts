// User mistakes with files are one line naming the problem, never a stack trace.

/** A file the command cannot read or write; the message is shown as is, exit code 1. */
export class FileError extends Error {}

/** Why an fs call failed, in words. */
export function describeErrno(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case "ENOENT":
      return "no such file or directory";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a component of the path is not a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on device";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "ENAMETOOLONG":
      return "file name too long";
    default:
      return err?.code ? `${err.code}` : String((e as Error)?.message ?? e).split("\n")[0];
  }
}
