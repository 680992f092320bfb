// Python exception hierarchy (CPython 3.11 names and messages).
import { repr, str, typeName } from "./repr";
import { PyTuple, addressOf, tupleOf } from "./values";
import { pythonCodePoint } from "./codepoints";

const NOSTACK_TYPES: any[] = [];

// ------------------------------------------------------------ exceptions being handled
// CPython keeps a chain of "exception being handled" slots (sys.exc_info):
// one for the program and one per running generator, linked while the
// generator runs. A raised exception's __context__ is the topmost handled
// exception at that moment.

/** One slot of the chain: the program's, or a generator's while it runs. */
export interface HandledSlot {
  excValue: any;
  excPrevious: HandledSlot | null;
}
const PROGRAM_SLOT: HandledSlot = { excValue: null, excPrevious: null };
/** The top of the chain; generators link themselves in on resume (hot path: no call). */
export const HANDLED: { top: HandledSlot } = { top: PROGRAM_SLOT };

/** The exception being handled (sys.exception()), or null. */
export function topmostHandled(): any {
  for (let s: HandledSlot | null = HANDLED.top; s !== null; s = s.excPrevious) if (s.excValue !== null) return s.excValue;
  return null;
}
/** sys.exc_info(): the exception being handled, as (type, value, traceback). */
export function excInfo(): PyTuple {
  const e = topmostHandled();
  return e === null ? tupleOf(null, null, null) : tupleOf(e.constructor, e, tracebackOf(e));
}

/** sys.exception() (3.11): the exception being handled, or None. */
export function handledException(): any {
  return topmostHandled();
}

/** Traceback stand-in: frames are not tracked, but a raised exception has one, as in CPython. */
export class PyTraceback {
  get tb_next(): any { return null; }
  get tb_lineno(): bigint { return 1n; }
  __repr__(): string { return "<traceback object at " + addressOf(this) + ">"; }
  get __typename__(): string { return "traceback"; }
}
/** The traceback of a caught exception (created on first request). */
export function tracebackOf(e: BaseException): PyTraceback {
  if (!(e.__traceback__ instanceof PyTraceback)) e.__traceback__ = new PyTraceback();
  return e.__traceback__;
}
/** An `except` (or a `finally` reached by an exception) starts: returns what to restore after it. */
export function beginHandling(error: any): any {
  const previous = HANDLED.top.excValue;
  const e = error instanceof BaseException ? error : toPyException(error);
  CONTEXT_AT_CREATION.delete(e);
  tracebackOf(e);
  HANDLED.top.excValue = e;
  return previous;
}
/** The handler is left (normally or by an exception): the previous handled exception is back. */
export function endHandling(previous: any): void {
  const ending = HANDLED.top.excValue;
  HANDLED.top.excValue = previous;
  // Its handler done, the exception is dropped, and with it the frames its traceback kept.
  if (ending !== null && ending !== previous) {
    const release = RELEASED_WITH.get(ending);
    if (release !== undefined) {
      RELEASED_WITH.delete(ending);
      for (const f of release) f();
    }
  }
}
const UNCHANGED = Symbol("unchanged");
/** A `finally` block starts: the escaping exception, if any, is handled while it runs. */
export function beginFinally(escaping: any): any {
  return escaping === undefined ? UNCHANGED : beginHandling(escaping);
}
/** The `finally` block is left; an escaping exception goes on (it is not dropped here). */
export function endFinally(previous: any): void {
  if (previous !== UNCHANGED) HANDLED.top.excValue = previous;
}
/** What CPython does when an exception's traceback goes away (frames it kept alive are cleared). */
const RELEASED_WITH = new WeakMap<object, (() => void)[]>();
/** Run `release` when the handler that catches e is done (or at program end if none does). */
export function onExceptionReleased(e: any, release: () => void): void {
  if (e === null || typeof e !== "object") return release();
  const list = RELEASED_WITH.get(e);
  if (list) list.push(release);
  else RELEASED_WITH.set(e, [release]);
}
/**
 * Exceptions take the handled exception as __context__ when created (the
 * common case: created where raised). One raised later, or thrown into a
 * generator, has that guess corrected: see raisedHere and forgetCreationContext.
 */
const CONTEXT_AT_CREATION = new WeakSet<object>();
/** PEP 3134: e's context becomes `handled`, cutting a cycle as CPython does. */
export function chainContext(e: BaseException, handled: any): void {
  if (handled === null || handled === e) return;
  for (let o = handled; ; ) {
    const c = o.__context__;
    if (c === undefined || c === null) break;
    if (c === e) { o.__context__ = null; break; }
    o = c;
  }
  e.__context__ = handled;
}
/** `raise e` of an existing exception: its context is the exception handled now, if any. */
export function raisedHere<E extends BaseException>(e: E): E {
  const handled = topmostHandled();
  if (handled !== null) chainContext(e, handled);
  else if (CONTEXT_AT_CREATION.has(e)) e.__context__ = undefined;
  CONTEXT_AT_CREATION.delete(e);
  return e;
}
/**
 * `ValueError(...)` called by Python code, not as the operand of `raise`: CPython sets
 * __context__ only when raising, so the context guessed at creation is dropped.
 */
export function unraised(e: any): any {
  forgetCreationContext(e);
  return e;
}
/** The builtin exception classes (their instances take the handled exception as context when created). */
const BUILTIN_CLASSES = new Set<any>();
export function registerBuiltinExceptions(classes: any[]): void {
  for (const c of classes) {
    BUILTIN_CLASSES.add(c);
    Object.defineProperty(c, "__module__", { value: "builtins", writable: true, configurable: true });
  }
}
/** gen.throw(exc): CPython does not chain exc with the caller's handled exception. */
export function forgetCreationContext(e: any): void {
  if (CONTEXT_AT_CREATION.has(e)) {
    e.__context__ = undefined;
    CONTEXT_AT_CREATION.delete(e);
  }
}

function makeArgsTuple(args: any[]): any {
  const t: any = new PyTuple(args.length);
  for (let i = 0; i < args.length; i++) t[i] = args[i];
  return t;
}

export class BaseException extends Error {
  args: any;
  __cause__: any = undefined;
  __context__: any = undefined;
  __suppress_context__: boolean = false;
  __traceback__: any = undefined;
  __notes__: any;
  constructor(...args: any[]) {
    // StopIteration & co are created on hot paths: skip the JS stack capture.
    const E: any = Error;
    const nostack = NOSTACK_TYPES.length > 0 && isNoStack(new.target);
    const lim = E.stackTraceLimit;
    if (nostack) E.stackTraceLimit = 0;
    super();
    if (nostack) E.stackTraceLimit = lim;
    this.args = makeArgsTuple(args);
    // A builtin exception is mostly created by the runtime where it is raised: the handled
    // exception is its context. One of a Python class gets its context when raised (raisedHere).
    if (BUILTIN_CLASSES.has(new.target)) {
      const handled = topmostHandled();
      if (handled !== null) {
        this.__context__ = handled;
        CONTEXT_AT_CREATION.add(this);
      }
    }
    // A Python subclass's __init__ runs on instantiation, as in CPython.
    if (this.__init__ !== BaseException.prototype.__init__) {
      const result = this.__init__(...args);
      if (result !== undefined && result !== null) throw new TypeError(`__init__() should return None, not '${typeName(result)}'`);
    }
  }
  [key: string]: any;
  __init__(...args: any[]): void {
    this.args = makeArgsTuple(args);
  }
  static get __name__(): string { return this.name; }
  static get __qualname__(): string { return (this as any).__name__; }
  with_traceback(_tb: any): this { return this; }
  /** PEP 678 (3.11): notes shown after the message in a traceback. */
  add_note(note: any): any {
    if (typeof note !== "string") throw new TypeError("note must be a str, not '" + typeName(note) + "'");
    if (this.__notes__ === undefined) this.__notes__ = [];
    this.__notes__.push(note);
    return null;
  }
  __str__(): string {
    const a = this.args;
    if (a.length === 0) return "";
    if (a.length === 1) return str(a[0]);
    return repr(a);
  }
  __repr__(): string {
    const a = this.args;
    const n = (this.constructor as any).__name__;
    if (a.length === 1) return n + "(" + repr(a[0]) + ")";
    return n + repr(a).replace(/,\)$/, ")");
  }
  toString(): string { return formatException(this); }
}
function isNoStack(t: any): boolean {
  for (let i = 0; i < NOSTACK_TYPES.length; i++) if (t === NOSTACK_TYPES[i] || t.prototype instanceof NOSTACK_TYPES[i]) return true;
  return false;
}
Object.defineProperty(BaseException.prototype, "message", {
  get(this: BaseException) { return this.__str__(); }, set(_v: any) { /* ignore */ }, configurable: true,
});
Object.defineProperty(BaseException.prototype, "name", {
  get(this: BaseException) { return (this.constructor as any).__name__; }, configurable: true,
});

export class SystemExit extends BaseException {
  get code(): any { return this.args.length === 0 ? undefined : this.args.length === 1 ? this.args[0] : this.args; }
}
export class KeyboardInterrupt extends BaseException {}
export class GeneratorExit extends BaseException {}
export class Exception extends BaseException {}
export class StopIteration extends Exception {
  value: any;
  constructor(...args: any[]) { super(...args); this.value = args.length > 0 ? args[0] : undefined; }
}
export class StopAsyncIteration extends Exception {}
export class ArithmeticError extends Exception {}
export class ZeroDivisionError extends ArithmeticError {}
export class OverflowError extends ArithmeticError {}
export class FloatingPointError extends ArithmeticError {}
export class AssertionError extends Exception {}
export class AttributeError extends Exception {}
export class LookupError extends Exception {}
export class IndexError extends LookupError {}
export class KeyError extends LookupError {
  __str__(): string { return this.args.length === 1 ? repr(this.args[0]) : super.__str__(); }
}
export class NameError extends Exception {}
export class UnboundLocalError extends NameError {}
export class RuntimeError extends Exception {}
export class RecursionError extends RuntimeError {}
export class NotImplementedError extends RuntimeError {}
export class TypeError extends Exception {}
export class ValueError extends Exception {}
export class UnicodeError extends ValueError {}
/** UnicodeEncodeError(encoding, object, start, end, reason), with CPython's message. */
export class UnicodeEncodeError extends UnicodeError {
  get encoding(): any { return this.args[0]; }
  get object(): any { return this.args[1]; }
  get start(): any { return this.args[2]; }
  get end(): any { return this.args[3]; }
  get reason(): any { return this.args[4]; }
  __str__(): string {
    if (this.args.length !== 5) return super.__str__();
    const [encoding, object, start, end, reason] = this.args;
    const points = Array.from(String(object));
    if (Number(end) === Number(start) + 1) {
      const c = pythonCodePoint(points[Number(start)].codePointAt(0)!);
      const hex = c <= 0xff ? "\\x" + c.toString(16).padStart(2, "0") : c <= 0xffff ? "\\u" + c.toString(16).padStart(4, "0") : "\\U" + c.toString(16).padStart(8, "0");
      return `'${encoding}' codec can't encode character '${hex}' in position ${start}: ${reason}`;
    }
    return `'${encoding}' codec can't encode characters in position ${start}-${Number(end) - 1}: ${reason}`;
  }
}
/** UnicodeDecodeError(encoding, object, start, end, reason), with CPython's message. */
export class UnicodeDecodeError extends UnicodeError {
  get encoding(): any { return this.args[0]; }
  get object(): any { return this.args[1]; }
  get start(): any { return this.args[2]; }
  get end(): any { return this.args[3]; }
  get reason(): any { return this.args[4]; }
  __str__(): string {
    if (this.args.length !== 5) return super.__str__();
    const [encoding, object, start, end, reason] = this.args;
    if (Number(end) === Number(start) + 1 && object && Array.isArray(object._b)) {
      const byte = object._b[Number(start)];
      return `'${encoding}' codec can't decode byte 0x${byte.toString(16).padStart(2, "0")} in position ${start}: ${reason}`;
    }
    return `'${encoding}' codec can't decode bytes in position ${start}-${Number(end) - 1}: ${reason}`;
  }
}
/** UnicodeTranslateError(object, start, end, reason), with CPython's message. */
export class UnicodeTranslateError extends UnicodeError {
  get object(): any { return this.args[0]; }
  get start(): any { return this.args[1]; }
  get end(): any { return this.args[2]; }
  get reason(): any { return this.args[3]; }
  __str__(): string {
    if (this.args.length !== 4) return super.__str__();
    const [object, start, end, reason] = this.args;
    const points = Array.from(String(object));
    if (Number(end) === Number(start) + 1 && points[Number(start)] !== undefined) {
      const c = pythonCodePoint(points[Number(start)].codePointAt(0)!);
      const hex = c <= 0xff ? "\\x" + c.toString(16).padStart(2, "0") : c <= 0xffff ? "\\u" + c.toString(16).padStart(4, "0") : "\\U" + c.toString(16).padStart(8, "0");
      return `can't translate character '${hex}' in position ${start}: ${reason}`;
    }
    return `can't translate characters in position ${start}-${Number(end) - 1}: ${reason}`;
  }
}
export class ImportError extends Exception {}
export class ModuleNotFoundError extends ImportError {}
/** errno values (Linux) for which OSError(errno, strerror) is an instance of a subclass, as in CPython. */
const ERRNO_SUBCLASS: Record<number, () => any> = {};
/**
 * OSError([errno, strerror[, filename[, winerror[, filename2]]]]): with 2 to 5 arguments
 * errno/strerror/filename are set and args keeps only (errno, strerror).
 */
export class OSError extends Exception {
  errno: any = null;
  strerror: any = null;
  filename: any = null;
  filename2: any = null;
  constructor(...args: any[]) {
    if (new.target === OSError && args.length >= 2 && args.length <= 5 && typeof args[0] === "bigint") {
      const sub = ERRNO_SUBCLASS[Number(args[0])];
      if (sub !== undefined) return new (sub())(...args);
    }
    super(...args);
    if (args.length >= 2 && args.length <= 5) {
      this.errno = args[0];
      this.strerror = args[1];
      if (args.length >= 3) this.filename = args[2];
      if (args.length >= 5) this.filename2 = args[4];
      if (args.length >= 3) this.args = tupleOf(args[0], args[1]);
    }
  }
  __init__(..._args: any[]): void { /* the constructor keeps CPython's args */ }
  __str__(): string {
    if (this.filename !== null && this.filename !== undefined) {
      const head = "[Errno " + str(this.errno) + "] " + str(this.strerror) + ": " + repr(this.filename);
      return this.filename2 !== null && this.filename2 !== undefined ? head + " -> " + repr(this.filename2) : head;
    }
    if (this.errno !== null && this.strerror !== null) return "[Errno " + str(this.errno) + "] " + str(this.strerror);
    return super.__str__();
  }
}
export const EnvironmentError = OSError;
export const IOError = OSError;
export class BlockingIOError extends OSError {
  characters_written: any;
  constructor(...args: any[]) {
    super(...args);
    if (args.length >= 3 && args.length <= 5) this.characters_written = args[2];
  }
}
export class ChildProcessError extends OSError {}
export class ConnectionError extends OSError {}
export class BrokenPipeError extends ConnectionError {}
export class ConnectionAbortedError extends ConnectionError {}
export class ConnectionRefusedError extends ConnectionError {}
export class ConnectionResetError extends ConnectionError {}
export class FileExistsError extends OSError {}
export class FileNotFoundError extends OSError {}
export class InterruptedError extends OSError {}
export class IsADirectoryError extends OSError {}
export class NotADirectoryError extends OSError {}
export class PermissionError extends OSError {}
export class ProcessLookupError extends OSError {}
export class TimeoutError extends OSError {}
Object.assign(ERRNO_SUBCLASS, {
  11: () => BlockingIOError, 114: () => BlockingIOError, 115: () => BlockingIOError,
  10: () => ChildProcessError, 32: () => BrokenPipeError, 108: () => BrokenPipeError,
  103: () => ConnectionAbortedError, 111: () => ConnectionRefusedError, 104: () => ConnectionResetError,
  17: () => FileExistsError, 2: () => FileNotFoundError, 4: () => InterruptedError, 21: () => IsADirectoryError,
  20: () => NotADirectoryError, 1: () => PermissionError, 13: () => PermissionError, 3: () => ProcessLookupError,
  110: () => TimeoutError,
});
export class ReferenceError extends Exception {}
export class EOFError extends Exception {}
export class BufferError extends Exception {}
export class MemoryError extends Exception {}
/** SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])). */
export class SyntaxError extends Exception {
  msg: any = null;
  filename: any = null;
  lineno: any = null;
  offset: any = null;
  text: any = null;
  end_lineno: any = null;
  end_offset: any = null;
  print_file_and_line: any = null;
  constructor(...args: any[]) {
    super(...args);
    if (args.length >= 1) this.msg = args[0];
    if (args.length === 2) {
      const info = args[1];
      if (!(info instanceof PyTuple) || info.length < 4 || info.length > 6) {
        throw new IndexError("tuple index out of range");
      }
      [this.filename, this.lineno, this.offset, this.text] = [info[0], info[1], info[2], info[3]];
      if (info.length > 4) [this.end_lineno, this.end_offset] = [info[4], info[5] ?? null];
    }
  }
  __init__(..._args: any[]): void { /* set by the constructor */ }
  __str__(): string {
    const m = this.msg === null ? super.__str__() : str(this.msg);
    const file = typeof this.filename === "string" ? this.filename.replace(/^.*\//, "") : null;
    const line = typeof this.lineno === "bigint" ? this.lineno : null;
    if (file !== null && line !== null) return `${m} (${file}, line ${line})`;
    if (file !== null) return `${m} (${file})`;
    if (line !== null) return `${m} (line ${line})`;
    return m;
  }
}
export class IndentationError extends SyntaxError {}
export class TabError extends IndentationError {}
export class SystemError extends Exception {}
export class Warning extends Exception {}
export class UserWarning extends Warning {}
export class DeprecationWarning extends Warning {}
export class RuntimeWarning extends Warning {}
export class PendingDeprecationWarning extends Warning {}
export class SyntaxWarning extends Warning {}
export class FutureWarning extends Warning {}
export class ImportWarning extends Warning {}
export class UnicodeWarning extends Warning {}
export class BytesWarning extends Warning {}
export class ResourceWarning extends Warning {}
export class EncodingWarning extends Warning {}

NOSTACK_TYPES.push(StopIteration, StopAsyncIteration, GeneratorExit);

export const BUILTIN_EXCEPTIONS: any[] = [
  BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, StopAsyncIteration,
  ArithmeticError, ZeroDivisionError, OverflowError, FloatingPointError, AssertionError, AttributeError,
  LookupError, IndexError, KeyError, NameError, UnboundLocalError, RuntimeError, RecursionError,
  NotImplementedError, TypeError, ValueError, UnicodeError, UnicodeEncodeError, UnicodeDecodeError, ImportError, ModuleNotFoundError, OSError,
  EOFError, BufferError, MemoryError, SyntaxError, SystemError, Warning, UserWarning, DeprecationWarning, RuntimeWarning,
  BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
  ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError,
  PermissionError, ProcessLookupError, TimeoutError, ReferenceError, UnicodeTranslateError, IndentationError, TabError,
  PendingDeprecationWarning, SyntaxWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning,
  EncodingWarning,
];
registerBuiltinExceptions(BUILTIN_EXCEPTIONS);

/** Convert anything thrown (Python exception or foreign JS error) to a Python exception. */
/** Python names of the runtime's classes, as JS error messages spell them (#<PyGenerator>). */
const RUNTIME_TYPE_NAMES: Record<string, string> = {
  PyGenerator: "generator", PyCoroutine: "coroutine", PyAsyncGenerator: "async_generator", PyFrame: "frame", PyCode: "code",
};

export function toPyException(e: unknown): BaseException {
  if (e instanceof BaseException) return e;
  // By name, not instanceof: the error may come from another realm (a vm context).
  const jsName = e !== null && typeof e === "object" ? (e as Error).name : undefined;
  const jsMessage = jsName ? String((e as Error).message) : "";
  // No regular expression here: V8 aborts the process (out of memory) when it compiles
  // one with the stack nearly exhausted, which is where a stack overflow is converted.
  if (jsName === "RangeError" && jsMessage.startsWith("Maximum call stack")) return new RecursionError("maximum recursion depth exceeded");
  if (jsName === "ReferenceError") {
    // A name read before its binding ran (JS's temporal dead zone): Python's NameError.
    const m = /^Cannot access '([^']+)' before initialization$/.exec(jsMessage) ?? /^([\w$]+) is not defined$/.exec(jsMessage);
    if (m) return new NameError(`name '${m[1]}' is not defined`);
  }
  const readonly = /^Cannot set property (\S+) of #<(\w+)> which has only a getter$/.exec(jsMessage);
  if (readonly) {
    // Assigning a read-only attribute (a getter of ours, or a Python property without setter).
    const runtimeType = RUNTIME_TYPE_NAMES[readonly[2]];
    // gi_code & co are read-only members in CPython, the others getters without setter.
    if (runtimeType && /^(gi|cr|ag)_code$/.test(readonly[1])) return new AttributeError("readonly attribute");
    return new AttributeError(
      runtimeType
        ? `attribute '${readonly[1]}' of '${runtimeType}' objects is not writable`
        : `property '${readonly[1]}' of '${readonly[2]}' object has no setter`,
    );
  }
  const known = pythonErrorForJavaScript(jsName, jsMessage);
  if (known !== null) {
    (known as any).__jsError__ = e;
    return known;
  }
  // A JavaScript error we did not anticipate is a bug of ours: never show its text as Python's.
  const r = new SystemError(
    "py2ts-coro internal error: " + (jsName ? jsName + ": " : "") + (jsName ? jsMessage : safeString(e)) +
      " (this is a bug of py2ts-coro, not of your program: please report it with the Python source)",
  );
  (r as any).__jsError__ = e;
  return r;
}

function safeString(x: unknown): string {
  try { return String(x); } catch (_e) { return typeof x; }
}

/**
 * JavaScript errors whose Python meaning is certain from the message alone (the
 * operand's type is in the message): the exception CPython raises for the same operation.
 */
function pythonErrorForJavaScript(jsName: string | undefined, jsMessage: string): BaseException | null {
  if (jsName === "RangeError") {
    if (/Invalid array length|Array buffer allocation failed|Invalid string length/.test(jsMessage)) return new MemoryError();
    if (/Maximum BigInt size exceeded/.test(jsMessage)) return new MemoryError();
    return null;
  }
  if (jsName !== "TypeError") return null;
  // obj.x on None: JavaScript reads a property of null/undefined (None has no attributes of its own).
  const read = /^Cannot (?:read|set) propert(?:y|ies) of (?:null|undefined) \((?:reading|setting) '([^']*)'\)$/.exec(jsMessage);
  if (read) return new AttributeError(`'NoneType' object has no attribute '${read[1]}'`);
  if (/^(?:null|undefined) is not a function$/.test(jsMessage)) return new TypeError("'NoneType' object is not callable");
  return null;
}

function isExcClass(x: any): boolean {
  return typeof x === "function" && (x === BaseException || x.prototype instanceof BaseException);
}

/** `raise X`: class → instance (no args), instance → itself, else TypeError. */
export function exceptionFrom(x: any): BaseException {
  if (x instanceof BaseException) return raisedHere(x);
  if (isExcClass(x)) {
    const r = new x();
    if (!(r instanceof BaseException)) {
      return new TypeError("calling " + repr(x) + " should have returned an instance of BaseException, not " + typeName(r));
    }
    return raisedHere(r);
  }
  return new TypeError("exceptions must derive from BaseException");
}

/** `raise exc from cause`: returns the exception to throw. */
export function raiseFrom(exc: any, cause: any): BaseException {
  const e = exceptionFrom(exc);
  if (cause === undefined || cause === null) {
    e.__cause__ = undefined;
  } else {
    const c = cause instanceof BaseException ? cause : exceptionFrom(cause);
    if (!(cause instanceof BaseException) && !isExcClass(cause)) {
      return new TypeError("exception causes must derive from BaseException");
    }
    e.__cause__ = c;
  }
  e.__suppress_context__ = true;
  return e;
}

/** Build the exception for gen.throw(typ, val). */
export function makeThrown(typ: any, val?: any): BaseException {
  if (typ instanceof BaseException) {
    if (val !== undefined && val !== null) throw new TypeError("instance exception may not have a separate value");
    return typ;
  }
  if (isExcClass(typ)) {
    if (val instanceof typ) return val;
    if (val === undefined || val === null) return new typ();
    if (val instanceof PyTuple) return new typ(...val);
    return new typ(val);
  }
  throw new TypeError("exceptions must be classes or instances deriving from BaseException, not " + typeName(typ));
}

function excTypeName(e: any): string {
  const c = e.constructor;
  const mod = Object.prototype.hasOwnProperty.call(c, "__module__") ? c.__module__ : "__main__";
  const q = c.__qualname__ || c.__name__ || c.name;
  // Tracebacks name classes of the main program without "__main__.".
  return mod === "builtins" || mod === "__main__" || mod === undefined ? q : mod + "." + q;
}

/** Last line of a CPython traceback: "ExcName: message" or "ExcName". */
export function formatException(e: unknown): string {
  const pe = toPyException(e);
  let s: string;
  try { s = str(pe); } catch (_x) { s = "<exception str() failed>"; }
  const n = excTypeName(pe);
  return s === "" ? n : n + ": " + s;
}

/**
 * CPython-like traceback text (no frames tracked), chained exceptions first; an exception
 * group is drawn as CPython's traceback module does (PEP 654 boxes, at most 15 sub-exceptions
 * per group and 10 levels deep).
 */
export function formatTraceback(e: unknown): string {
  const pe = toPyException(e);
  const out: string[] = [];
  const ctx = { seen: new Set<any>(), depth: 0, needClose: false };
  const indent = () => " ".repeat(2 * ctx.depth);
  const emit = (text: string, margin = "|"): void => {
    const prefix = indent() + (ctx.depth ? margin + " " : "");
    for (const line of text.split(/(?<=\n)/)) if (line !== "") out.push(prefix + line);
  };
  const subExceptions = (x: any): any[] | null =>
    x !== null && typeof x === "object" && x._exceptions instanceof PyTuple && typeof x.derive === "function" ? Array.from(x._exceptions) : null;
  const formatOne = (top: BaseException, raised: boolean): void => {
    // the chain, oldest first (cycles cut as CPython's traceback module does)
    const chain: [string | null, BaseException][] = [];
    for (let x: any = top; x instanceof BaseException && !ctx.seen.has(x); ) {
      ctx.seen.add(x);
      let msg: string | null = null;
      let next: any = null;
      if (x.__cause__ instanceof BaseException) {
        msg = "\nThe above exception was the direct cause of the following exception:\n\n";
        next = x.__cause__;
      } else if (x.__context__ instanceof BaseException && !x.__suppress_context__) {
        msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
        next = x.__context__;
      }
      // a link to an exception already shown is not printed
      if (next !== null && ctx.seen.has(next)) msg = null;
      chain.push([msg, x]);
      x = next;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const [msg, x] = chain[i];
      if (msg !== null && i < chain.length - 1) emit(msg);
      const hasStack = (i === 0 && raised) || i > 0 || x.__traceback__ !== undefined;
      const notes = Array.isArray(x.__notes__) ? x.__notes__.map((n: any) => str(n) + "\n").join("") : "";
      const only = formatException(x) + "\n" + notes;
      const subs = subExceptions(x);
      if (subs === null) {
        if (hasStack) emit("Traceback (most recent call last):\n");
        emit(only);
      } else if (ctx.depth > 10) {
        emit("... (max_group_depth is 10)\n");
      } else {
        const topLevel = ctx.depth === 0;
        if (topLevel) ctx.depth++;
        if (hasStack) emit("Exception Group Traceback (most recent call last):\n", topLevel ? "+" : "|");
        emit(only);
        const n = subs.length <= 15 ? subs.length : 16;
        ctx.needClose = false;
        for (let k = 0; k < n; k++) {
          const last = k === n - 1;
          if (last) ctx.needClose = true;
          const truncated = k >= 15;
          out.push(indent() + (k === 0 ? "+-" : "  ") + `+---------------- ${truncated ? "..." : k + 1} ----------------\n`);
          ctx.depth++;
          if (!truncated) formatOne(subs[k], false);
          else {
            const remaining = subs.length - 15;
            emit(`and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`);
          }
          if (last && ctx.needClose) {
            out.push(indent() + "+------------------------------------\n");
            ctx.needClose = false;
          }
          ctx.depth--;
        }
        if (topLevel) ctx.depth = 0;
      }
    }
  };
  formatOne(pe, true);
  return out.join("");
}

/** The builtins that take exactly one argument (the compiler calls them through callValue when a call passes another count). */
export const ONE_ARGUMENT_BUILTINS: ReadonlySet<string> = new Set(["len", "repr", "abs", "chr", "ord", "hash", "hex", "oct", "bin", "callable", "ascii"]);

/**
 * A one-argument builtin (`len`, `repr`, ...) called with another count, or
 * with keywords (a trailing plain object): CPython's TypeError for it.
 */
export function oneArgumentError(name: string, args: IArguments): TypeError {
  const last = args[args.length - 1];
  const proto = last !== null && typeof last === "object" && !Array.isArray(last) ? Object.getPrototypeOf(last) : undefined;
  if (args.length > 0 && (proto === null || proto === Object.prototype)) return new TypeError(`${name}() takes no keyword arguments`);
  return new TypeError(`${name}() takes exactly one argument (${args.length} given)`);
}
