// The Python names the runtime provides, and what the lowering needs to know
// about them. Names not listed here are not builtins we support: using one
// is a diagnostic, never a silent `undefined`.

import { STDLIB } from "../runtime/stdlib";
import { moduleMembers } from "../runtime/module";

/** Builtin functions and type objects exported by the runtime under their Python name. */
export const BUILTIN_FUNCTIONS = new Set([
  "print", "next", "iter", "list", "tuple", "dict", "set", "frozenset", "range", "len", "type",
  "str", "repr", "int", "float", "bool", "isinstance", "issubclass", "sum", "enumerate", "zip",
  "sorted", "reversed", "min", "max", "abs", "any", "all", "map", "filter", "round", "divmod",
  "hash", "id", "ord", "chr", "hex", "oct", "bin", "callable", "format", "getattr", "setattr",
  "hasattr", "delattr", "object", "ascii", "pow", "NotImplemented", "Ellipsis", "aiter", "anext", "dir",
  "staticmethod", "classmethod", "property",
  "slice", "vars", "bytes", "bytearray",
]);

/** Exception classes exported by the runtime: calling one emits `new`. */
export const BUILTIN_EXCEPTIONS = new Set([
  "BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception",
  "StopIteration", "StopAsyncIteration", "ArithmeticError", "ZeroDivisionError", "OverflowError",
  "FloatingPointError", "AssertionError", "AttributeError", "LookupError", "IndexError",
  "KeyError", "NameError", "UnboundLocalError", "RuntimeError", "RecursionError",
  "NotImplementedError", "TypeError", "ValueError", "UnicodeError", "UnicodeEncodeError", "UnicodeDecodeError", "ImportError",
  "ModuleNotFoundError", "OSError", "EOFError",
  // the rest of CPython 3.11's hierarchy
  "EnvironmentError", "IOError", "BlockingIOError", "ChildProcessError", "ConnectionError", "BrokenPipeError",
  "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError",
  "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError",
  "ReferenceError", "UnicodeTranslateError", "BufferError", "MemoryError", "SyntaxError", "IndentationError", "TabError",
  "SystemError", "Warning", "UserWarning", "DeprecationWarning", "PendingDeprecationWarning", "SyntaxWarning",
  "RuntimeWarning", "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning",
  "EncodingWarning", "BaseExceptionGroup", "ExceptionGroup",
]);

/**
 * Modules the runtime provides (`import inspect` → the runtime's `inspect`),
 * and what each offers: read from the runtime's module objects themselves.
 */
export const SUPPORTED_MODULES: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(STDLIB).map(([name, m]) => [name, new Set(moduleMembers(m))]),
);

/** `(module 'm' provides: a, b, c)`: the members a diagnostic about a missing name lists. */
export function moduleProvides(module: string): string {
  const names = [...(SUPPORTED_MODULES[module] ?? [])].sort();
  return ` (module '${module}' provides: ${names.join(", ")})`;
}

/** Modules the runtime provides, for the diagnostic about one it does not. */
export function supportedModulesList(): string {
  return ` (supported modules: ${Object.keys(SUPPORTED_MODULES).sort().join(", ")})`;
}

/** The identifier a module object has among the runtime's exports (`collections.abc` → `collections_abc`). */
export function moduleExportName(module: string): string {
  return module.replace(/\./g, "_");
}

/** The str methods that exist as `str.name(self, ...)` in the runtime. */
export const STR_METHODS = new Set([
  "join", "split", "rsplit", "strip", "lstrip", "rstrip", "upper", "lower", "title", "capitalize",
  "replace", "startswith", "endswith", "find", "rfind", "index", "count", "format", "isdigit",
  "isalpha", "isspace", "center", "ljust", "rjust", "zfill", "splitlines",
]);

/** Builtins whose result is already a JS boolean (no `truthy()` needed in a test). */
export const BOOLEAN_BUILTINS = new Set(["isinstance", "issubclass", "callable", "hasattr", "bool", "any", "all"]);

/**
 * Every name CPython 3.11's builtins module defines. A name that is neither
 * bound by the program nor one of these is simply undefined: reading it
 * raises NameError when (and only if) that code runs, as in CPython.
 */
export const PYTHON_BUILTIN_NAMES = new Set([
  "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup",
  "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
  "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
  "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning", "EnvironmentError", "Exception",
  "ExceptionGroup", "False", "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning",
  "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError",
  "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError",
  "ModuleNotFoundError", "NameError", "None", "NotADirectoryError", "NotImplemented", "NotImplementedError",
  "OSError", "OverflowError", "PendingDeprecationWarning", "PermissionError", "ProcessLookupError",
  "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning",
  "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit",
  "TabError", "TimeoutError", "True", "TypeError", "UnboundLocalError", "UnicodeDecodeError",
  "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning",
  "ValueError", "Warning", "ZeroDivisionError", "abs", "aiter", "all", "anext", "any", "ascii", "bin",
  "bool", "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex",
  "copyright", "credits", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "exit", "filter",
  "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input",
  "int", "isinstance", "issubclass", "iter", "len", "license", "list", "locals", "map", "max", "memoryview",
  "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "quit", "range", "repr",
  "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple",
  "type", "vars", "zip", "__import__", "__build_class__", "__debug__", "__doc__", "__spec__", "__loader__",
  "__package__",
]);
