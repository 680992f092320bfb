// Helpers for shapes of emitted code that have no single builtin behind
// them: loops over temporaries, generator expressions, class attributes and
// keyword-argument objects.

import { PyDict, dictOf, isKwargs, tupleOf } from "./values";
import { BaseException, NotImplementedError, NameError, RuntimeError, StopAsyncIteration, TypeError, UnboundLocalError, toPyException, topmostHandled, tracebackOf, onExceptionReleased, GeneratorExit, beginHandling, endHandling, endFinally } from "./exceptions";
import { isIterable, iterate, pyIter } from "./iter";
import { callDynamic, quotedList } from "./calls";
import { getattr } from "./attributes";
import { asyncGenerator, awaitValue, generator, PyAsyncGenerator, PyCoroutine, PyGenBase, PyGenerator, finalizeGenerator } from "./generator";
import { BUILTIN_FUNCTIONS, BUILTIN_TYPES, isTypeObject, registerBuiltinType, repr, str, typeName } from "./repr";
import { contains, truthy } from "./ops";
import { type } from "./builtins";

/** Python's Ellipsis (`...`). */
// A class instance, not a plain object: a plain object would pass for a keyword-argument bag.
class PyEllipsis {
  __repr__(): string { return "Ellipsis"; }
  __str__(): string { return "Ellipsis"; }
  get __typename__(): string { return "ellipsis"; }
}
export const Ellipsis: any = Object.freeze(new PyEllipsis());

/**
 * `for x in make_gen(): ... break`: CPython drops the temporary generator
 * when the loop ends and so closes it at once (GeneratorExit inside). The
 * JS for-of calls `return()` when the loop is left early; we close there.
 */
export function iterateTemporary(x: any): Iterable<any> {
  const inner = iterate(x);
  return {
    [Symbol.iterator]() {
      const it = inner[Symbol.iterator]();
      return {
        next: () => it.next(),
        return: (value?: any) => {
          // As a finalizer: an error while closing is reported, not raised.
          if (x instanceof PyGenBase) finalizeGenerator(x);
          else if (typeof it.return === "function") it.return(value);
          return { value, done: true };
        },
      };
    },
  };
}

/**
 * `(elt for x in xs)`: the first iterable is turned into an iterator at
 * once (so errors surface where the expression is), the rest runs lazily.
 */
export function generatorExpression(qualname: string, iterable: any, body: (iterator: any) => Generator<any, any, any>): PyGenerator {
  const it = pyIter(iterable);
  return generator(qualname, () => body(it));
}

/**
 * `(f(x) for x in make())`: the generator expression holds the only
 * reference to its source generator, so CPython finalizes the source as
 * soon as the generator expression ends (closed, dropped or exhausted).
 */
export function generatorExpressionOverTemporary(qualname: string, source: any, body: (iterator: any) => Generator<any, any, any>): PyGenerator {
  const it = pyIter(source);
  return generator(qualname, function* () {
    let failed: any = undefined;
    try {
      return yield* body(it);
    } catch (e) {
      // The exception's traceback keeps the genexp's frame, and so the source, until it is handled.
      if (!(e instanceof GeneratorExit)) failed = e;
      throw e;
    } finally {
      if (failed === undefined) finalizeGenerator(source);
      else onExceptionReleased(failed, () => finalizeGenerator(source));
    }
  });
}

/** `(x async for x in it)`, or a genexp that awaits: an async generator. */
export function asyncGeneratorExpression(qualname: string, iterable: any, body: (iterable: any) => Generator<any, any, any>): PyAsyncGenerator {
  return asyncGenerator(qualname, () => body(iterable));
}

/** `**kwargs` of an emitted function: the rest of its keyword object as a dict. */
export function kwargsDict(rest: any): PyDict {
  const d = dictOf();
  if (rest) for (const k of Object.keys(rest)) d.__setitem__(k, rest[k]);
  return d;
}

/**
 * How CPython names a callee in call errors (`_PyObject_FunctionStr`):
 * `module.qualname()`, `qualname()` for builtins, else str() of the value.
 */
export function functionStr(f: any): string {
  const qualname = getattr(f, "__qualname__", undefined);
  if (typeof qualname !== "string") return str(f);
  const module = getattr(f, "__module__", undefined);
  return typeof module === "string" && module !== "builtins" ? module + "." + qualname + "()" : qualname + "()";
}

/** The callee of a call, for its error messages: a value, or a receiver and a method name read only on error. */
function calleeStr(callee: any, method?: string): string {
  return functionStr(method === undefined ? callee : getattr(callee, method));
}

/** `f(*x)`: x's items; when x is not iterable, CPython's TypeError naming the callee. */
export function starArguments(x: any, callee: any, method?: string): Iterable<any> {
  if (!isIterable(x)) throw new TypeError(calleeStr(callee, method) + " argument after * must be an iterable, not " + typeName(x));
  return iterate(x);
}

/** `f(**d)`: the dict's items as a keyword object; errors name the callee as CPython does. */
export function unpackKeywords(d: any, callee?: any, method?: string): Record<string, any> {
  if (isKwargs(d)) return d;
  if (!(d instanceof PyDict)) {
    const who = callee === undefined && method === undefined ? "" : calleeStr(callee, method) + " ";
    throw new TypeError(who + "argument after ** must be a mapping, not " + typeName(d));
  }
  const out: Record<string, any> = {};
  for (const k of d.keys()) {
    if (typeof k !== "string") throw new TypeError("keywords must be strings");
    out[k] = d.__getitem__(k);
  }
  return out;
}

/** `{**d}` in a dict display: its items as [key, value] pairs. */
export function dictItems(d: any): [any, any][] {
  if (!(d instanceof PyDict)) throw new TypeError("'" + typeName(d) + "' object is not a mapping");
  const out: [any, any][] = [];
  for (const k of d.keys()) out.push([k, d.__getitem__(k)]);
  return out;
}

/** The trailing keyword object of a call to a function with `*args` and keyword parameters. */
export function keywordArguments(args: any[]): Record<string, any> {
  return args.length > 0 && isKwargs(args[args.length - 1]) ? args.pop() : {};
}

/** A read of a local before any assignment to it (decided at compile time). */
export function unboundLocal(name: string): any {
  throw new UnboundLocalError(`cannot access local variable '${name}' where it is not associated with a value`);
}

/** `super()` where CPython finds no class to start from (module level, a class body, a plain function). */
export function superWithoutClass(message: string): any {
  throw new RuntimeError(`super(): ${message}`);
}

/** A read of a module-level name before it is assigned. */
export function nameNotDefined(name: string): any {
  throw new NameError(`name '${name}' is not defined`);
}

/**
 * `with EXPR as x:` — the context manager protocol. The emitted code is
 *   const context = enterContext(EXPR);
 *   try { x = context.value; ... }
 *   catch (error) { if (!context.exitWith(error)) throw error; }
 *   finally { context.exit(); }
 * so `__exit__` sees the exception (and may suppress it) or, on a normal
 * exit (return, break, end of block), is called with three Nones.
 */
export class ContextGuard {
  private exited = false;
  constructor(
    private readonly manager: any,
    private readonly exitMethod: (...args: any[]) => any,
    readonly value: any,
  ) {}

  /** The block raised: returns true when __exit__ suppresses the exception. */
  exitWith(error: unknown): boolean {
    this.exited = true;
    const e = toPyException(error);
    // __exit__ runs while the exception is being handled (it is the __context__ of one raised there).
    const before = beginHandling(e);
    let suppressed = false;
    try {
      suppressed = truthy(this.exitMethod.call(this.manager, type(e), e, tracebackOf(e)));
    } finally {
      if (suppressed) endHandling(before);
      else endFinally(before);
    }
    return suppressed;
  }

  exit(): void {
    if (this.exited) return;
    this.exited = true;
    this.exitMethod.call(this.manager, null, null, null);
  }
}

export function enterContext(manager: any): ContextGuard {
  const enter = manager?.__enter__;
  const exit = manager?.__exit__;
  if (typeof enter !== "function") {
    throw new TypeError(`'${typeName(manager)}' object does not support the context manager protocol`);
  }
  if (typeof exit !== "function") {
    throw new TypeError(`'${typeName(manager)}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  return new ContextGuard(manager, exit, enter.call(manager));
}

/** x when it can be awaited; else the TypeError `async with`/`async for` raise in CPython 3.11. */
function awaitableFrom(x: any, message: string): any {
  const awaitable =
    x instanceof PyCoroutine ||
    (x instanceof PyGenerator && x._iterableCoroutine) ||
    (x !== null && typeof x === "object" && typeof x.__await__ === "function");
  if (!awaitable) throw new TypeError(`${message}: ${typeName(x)}`);
  return x;
}

/** `async with`: the same protocol with awaited __aenter__/__aexit__ (used with `yield*`). */
export class AsyncContextGuard {
  private exited = false;
  constructor(
    private readonly manager: any,
    private readonly exitMethod: (...args: any[]) => any,
    readonly value: any,
  ) {}

  *exitWith(error: unknown): Generator<any, boolean, any> {
    this.exited = true;
    const e = toPyException(error);
    const before = beginHandling(e);
    let suppressed = false;
    try {
      suppressed = truthy(yield* awaitValue(awaitableFrom(this.exitMethod.call(this.manager, type(e), e, tracebackOf(e)), "'async with' received an object from __aexit__ that does not implement __await__")));
    } finally {
      if (suppressed) endHandling(before);
      else endFinally(before);
    }
    return suppressed;
  }

  *exit(): Generator<any, void, any> {
    if (this.exited) return;
    this.exited = true;
    yield* awaitValue(awaitableFrom(this.exitMethod.call(this.manager, null, null, null), "'async with' received an object from __aexit__ that does not implement __await__"));
  }
}

export function* enterAsyncContext(manager: any): Generator<any, AsyncContextGuard, any> {
  const enter = manager?.__aenter__;
  const exit = manager?.__aexit__;
  if (typeof enter !== "function") {
    throw new TypeError(`'${typeName(manager)}' object does not support the asynchronous context manager protocol`);
  }
  if (typeof exit !== "function") {
    throw new TypeError(
      `'${typeName(manager)}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`,
    );
  }
  const value = yield* awaitValue(awaitableFrom(enter.call(manager), "'async with' received an object from __aenter__ that does not implement __await__"));
  return new AsyncContextGuard(manager, exit, value);
}

/** Returned by `awaitNext` when an `async for` loop's iterator is exhausted. */
export const ASYNC_DONE: unique symbol = Symbol("StopAsyncIteration");

/** `async for x in obj`: the async iterator (`obj.__aiter__()`). */
export function asyncIterator(obj: any): any {
  const f = obj?.__aiter__;
  if (typeof f !== "function") {
    throw new TypeError(`'async for' requires an object with __aiter__ method, got ${typeName(obj)}`);
  }
  const it = f.call(obj);
  if (typeof it?.__anext__ !== "function") {
    throw new TypeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`);
  }
  return it;
}

/** One step of `async for`: awaits `__anext__()`, or gives ASYNC_DONE on StopAsyncIteration. */
export function* awaitNext(iterator: any): Generator<any, any, any> {
  try {
    return yield* awaitValue(awaitableFrom(iterator.__anext__(), "'async for' received an invalid object from __anext__"));
  } catch (e) {
    if (e instanceof StopAsyncIteration) return ASYNC_DONE;
    throw e;
  }
}

/** `g = new_value` where `g` held the only reference to a generator: CPython closes the old one. */
export function rebind<T>(old: any, value: T): T {
  finalizeGenerator(old);
  return value;
}

/** `del g`, or the end of the scope owning these generators. */
export function release(...generators: any[]): undefined {
  for (const g of generators) finalizeGenerator(g);
  return undefined;
}

/**
 * The module's globals cleared at interpreter shutdown: like release(), but no Python frame is
 * running, so close()'s own "generator ignored GeneratorExit" is reported without a Traceback header.
 */
export function releaseAtExit(...generators: any[]): undefined {
  for (const g of generators) finalizeGenerator(g, false);
  return undefined;
}

/** `return value` from a function whose locals own generators: they are closed after the value is computed. */
export function releasing<T>(value: T, ...generators: any[]): T {
  for (const g of generators) finalizeGenerator(g);
  return value;
}

/** `next(gen())`: the temporary generator is dropped, so closed, as soon as the call returns. */
export function closingAfter<T>(generator: any, use: (generator: any) => T): T {
  try {
    return use(generator);
  } finally {
    finalizeGenerator(generator);
  }
}

/** A bare `raise` outside any `except` block of its function: whatever is being handled now. */
export function reraise(): BaseException {
  const e = topmostHandled();
  return e === null ? new RuntimeError("No active exception to reraise") : e;
}


/** `item in container`: Python evaluates the item first, then the container. */
export function isIn(item: any, container: any): boolean {
  return contains(container, item);
}

/** A required parameter left out (a default-parameter initializer): CPython's TypeError. */
export function missingArguments(qualname: string, names: string[]): never {
  throw new TypeError(`${qualname}() missing ${names.length} required positional argument${names.length === 1 ? "" : "s"}: ${quotedList(names)}`);
}

/** A def or class whose TypeScript name is an escaped spelling (`Object_`) keeps its Python name. */
export function pythonName<T extends Function>(value: T, name: string, qualname?: string): T {
  Object.defineProperty(value, "name", { value: name, configurable: true });
  if (qualname !== undefined) Object.defineProperty(value, "__qualname__", { value: qualname, writable: true, configurable: true });
  return value;
}
