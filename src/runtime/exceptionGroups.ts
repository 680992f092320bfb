// PEP 654 (3.11): BaseExceptionGroup / ExceptionGroup and the run-time side of `except*`,
// with CPython's construction rules, messages, subgroup/split/derive and re-raise rules.
import { BaseException, Exception, TypeError, ValueError, chainContext, registerBuiltinExceptions, toPyException, tracebackOf } from "./exceptions";
import { PyTuple, PyRange, tupleOf } from "./values";
import { typeName } from "./repr";
import { truthy } from "./ops";

const isExceptionClass = (x: any): boolean =>
  typeof x === "function" && (x === BaseException || x.prototype instanceof BaseException);

/** The exceptions of BaseExceptionGroup(message, exceptions), checked as CPython's __new__ does. */
function checkedExceptions(cls: any, args: any[]): BaseException[] {
  if (args.length !== 2) throw new TypeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [message, excs] = args;
  if (typeof message !== "string") throw new TypeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(message)}`);
  let items: any[];
  if (Array.isArray(excs)) items = excs;
  else if (typeof excs === "string") items = Array.from(excs);
  else if (excs instanceof PyRange) items = excs.length > 0n ? [excs.start] : [];
  else throw new TypeError("second argument (exceptions) must be a sequence");
  if (items.length === 0) throw new ValueError("second argument (exceptions) must be a non-empty sequence");
  items.forEach((e, i) => {
    if (!(e instanceof BaseException)) throw new ValueError(`Item ${i} of second argument (exceptions) is not an exception`);
  });
  const nestsBase = items.some((e) => !(e instanceof Exception));
  if (nestsBase && cls !== BaseExceptionGroup) {
    if (cls === ExceptionGroup) throw new TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
    if (cls.prototype instanceof Exception) throw new TypeError(`Cannot nest BaseExceptions in '${cls.__name__}'`);
  }
  return items.slice();
}

/** The fields BaseExceptionGroup and ExceptionGroup share (ExceptionGroup is an Exception in JS's single chain). */
interface GroupFields {
  _message: string;
  _exceptions: PyTuple;
}

export class BaseExceptionGroup extends BaseException {
  _message!: string;
  _exceptions!: PyTuple;
  constructor(...args: any[]) {
    // BaseExceptionGroup(msg, excs) of Exceptions only is an ExceptionGroup, as in CPython.
    if (new.target === BaseExceptionGroup && checkedExceptions(BaseExceptionGroup, args).every((e) => e instanceof Exception)) {
      return new ExceptionGroup(...args) as any;
    }
    const items = checkedExceptions(new.target, args);
    super(...args);
    this._message = args[0];
    this._exceptions = tupleOf(...items);
  }
  // ExceptionGroup (an Exception in the JS chain) counts as a BaseExceptionGroup, as in Python.
  static [Symbol.hasInstance](x: any): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, x)) return true;
    return this === BaseExceptionGroup && x !== null && (x instanceof ExceptionGroup || x === ExceptionGroup.prototype);
  }
  /** Python's `message` (kept under `$message`: `message` is JavaScript's Error member). */
  get $message(): any { return this._message; }
  get exceptions(): PyTuple { return this._exceptions; }
  __str__(): string { return groupStr(this); }
  derive(excs: any): any { return new BaseExceptionGroup(this._message, excs); }
  subgroup(condition: any): any { return splitGroup(this, matcherOf(condition), false)[0]; }
  split(condition: any): PyTuple { return tupleOf(...splitGroup(this, matcherOf(condition), true)); }
}

export class ExceptionGroup extends Exception {
  _message!: string;
  _exceptions!: PyTuple;
  constructor(...args: any[]) {
    const items = checkedExceptions(new.target, args);
    super(...args);
    this._message = args[0];
    this._exceptions = tupleOf(...items);
  }
  /** Python's `message` (kept under `$message`: `message` is JavaScript's Error member). */
  get $message(): any { return this._message; }
  get exceptions(): PyTuple { return this._exceptions; }
  __str__(): string { return groupStr(this); }
  derive(excs: any): any { return new BaseExceptionGroup(this._message, excs); }
  subgroup(condition: any): any { return splitGroup(this, matcherOf(condition), false)[0]; }
  split(condition: any): PyTuple { return tupleOf(...splitGroup(this, matcherOf(condition), true)); }
}
registerBuiltinExceptions([BaseExceptionGroup, ExceptionGroup]);

export function isExceptionGroup(x: any): boolean {
  return x instanceof BaseExceptionGroup || x instanceof ExceptionGroup;
}

function groupStr(g: GroupFields): string {
  const n = g._exceptions.length;
  return `${g._message} (${n} sub-exception${n === 1 ? "" : "s"})`;
}

type Matcher = (e: BaseException) => boolean;

/** subgroup()/split()'s condition: an exception type, a tuple of them, or a predicate. */
function matcherOf(condition: any): Matcher {
  if (isExceptionClass(condition)) return (e) => e instanceof condition;
  if (condition instanceof PyTuple && Array.from(condition).every(isExceptionClass)) {
    return (e) => Array.from(condition).some((c: any) => e instanceof c);
  }
  if (typeof condition === "function") return (e) => truthy(condition(e));
  throw new TypeError("expected a function, exception type or tuple of exception types");
}

/** A derived group keeps the original's traceback, cause, context and notes (CPython copies them). */
function derivedFrom(orig: any, excs: BaseException[]): any {
  const g = orig.derive(excs);
  if (!isExceptionGroup(g)) throw new TypeError("derive must return an instance of BaseExceptionGroup");
  g.__traceback__ = orig.__traceback__;
  g.__cause__ = orig.__cause__;
  g.__context__ = orig.__context__;
  if (Array.isArray(orig.__notes__)) g.__notes__ = orig.__notes__.slice();
  return g;
}

/** [match, rest] of exc by the matcher, recursively through nested groups (None where empty). */
function splitGroup(exc: any, matches: Matcher, wantRest: boolean): [any, any] {
  if (matches(exc)) return [exc, null];
  if (!isExceptionGroup(exc)) return [null, wantRest ? exc : null];
  const matched: BaseException[] = [];
  const rest: BaseException[] = [];
  for (const e of exc._exceptions) {
    const [m, r] = splitGroup(e, matches, wantRest);
    if (m !== null) matched.push(m);
    if (r !== null) rest.push(r);
  }
  return [matched.length ? derivedFrom(exc, matched) : null, wantRest && rest.length ? derivedFrom(exc, rest) : null];
}

// ------------------------------------------------------------ except*

/**
 * One `try ... except*` statement handling an exception: the part not handled yet, and
 * what its handlers raised. Emitted code calls match() per handler, raised() when a
 * handler raises, and finish() after the last handler (it throws what remains).
 */
export class ExceptStar {
  private readonly orig: BaseException;
  private rest: any;
  private readonly results: any[] = [];
  constructor(caught: unknown) {
    this.orig = toPyException(caught);
    tracebackOf(this.orig);
    this.rest = this.orig;
  }

  /** The part of the exception `except* type` handles (a group), or null. */
  match(type: any): any {
    if (this.rest === null) return null;
    try {
      checkStarType(type);
    } catch (e) {
      // raised while the exception is being matched: it is the context, as in CPython
      chainContext(e as BaseException, this.orig);
      throw e;
    }
    const matches: Matcher = (e) => (type instanceof PyTuple ? Array.from(type).some((c: any) => e instanceof c) : e instanceof type);
    if (!isExceptionGroup(this.rest)) {
      if (!matches(this.rest)) return null;
      // A naked exception is handled wrapped in a group, as CPython does.
      const wrapped = new ExceptionGroup("", tupleOf(this.rest));
      wrapped.__traceback__ = this.rest.__traceback__;
      wrapped.__context__ = undefined;
      this.rest = null;
      return wrapped;
    }
    const [m, r] = splitGroup(this.rest, matches, true);
    if (m !== null) this.rest = r;
    return m;
  }

  /** A handler raised (a new exception, or its match again with a bare `raise`). */
  raised(error: unknown): void {
    this.results.push(toPyException(error));
  }

  /** After the handlers: throws what they raised combined with what no handler matched. */
  finish(): void {
    const excs = this.rest === null ? this.results : [...this.results, this.rest];
    const e = prepareReraise(this.orig, excs);
    if (e !== null) throw e;
  }
}

function checkStarType(type: any): void {
  const types = type instanceof PyTuple ? Array.from(type) : [type];
  for (const t of types) {
    if (!isExceptionClass(t)) throw new TypeError("catching classes that do not inherit from BaseException is not allowed");
    if (t === BaseExceptionGroup || t === ExceptionGroup || t.prototype instanceof BaseExceptionGroup || t.prototype instanceof ExceptionGroup) {
      throw new TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }
  }
}

const sameMetadata = (a: any, b: any): boolean =>
  a.__notes__ === b.__notes__ && a.__traceback__ === b.__traceback__ && a.__cause__ === b.__cause__ && a.__context__ === b.__context__;

/** CPython's _PyExc_PrepReraiseStar: what a try/except* statement finally raises. */
function prepareReraise(orig: any, excs: any[]): any {
  if (excs.length === 0) return null;
  if (!isExceptionGroup(orig)) return excs[0];
  const raised: any[] = [];
  const reraised: any[] = [];
  for (const e of excs) (sameMetadata(e, orig) ? reraised : raised).push(e);
  // The re-raised parts keep the original group's shape: its leaves that are still raised.
  const leaves = new Set<any>();
  const collect = (e: any): void => {
    if (isExceptionGroup(e)) for (const x of e._exceptions) collect(x);
    else leaves.add(e);
  };
  reraised.forEach(collect);
  const reraisedGroup = leaves.size ? splitGroup(orig, (e) => leaves.has(e), false)[0] : null;
  if (raised.length === 0) return reraisedGroup;
  if (reraisedGroup !== null) raised.push(reraisedGroup);
  return raised.length > 1 ? new ExceptionGroup("", raised) : raised[0];
}
