// Python generators, coroutines and async generators on top of JS generators.
import { BaseException, StopIteration, StopAsyncIteration, GeneratorExit, RuntimeError, TypeError, ValueError, AttributeError, NotImplementedError, makeThrown, toPyException, formatException, chainContext, forgetCreationContext, HANDLED, HandledSlot, PyTraceback, excInfo, handledException } from "./exceptions";
import { addressOf, tupleOf } from "./values";
import { pyModule } from "./module";
import { registerBuiltinType, typeName, repr } from "./repr";
import { pyIter } from "./iter";
import { flushOutput, writeStderr } from "./io";

const GS_CREATED = 0, GS_RUNNING = 1, GS_SUSPENDED = 2, GS_CLOSED = 3;
type JsGen = Generator<any, any, any>;

/** The innermost Python generator/coroutine whose body is executing (or null). */
let currentGen: PyGenBase | null = null;
export function currentGenerator(): any { return currentGen; }

/** Frame stand-in (gi_frame / cr_frame). */
export class PyFrame {
  constructor(public _owner: any) {}
  get f_code(): any { return this._owner.gi_code; }
  get f_lineno(): bigint { return 1n; }
  get f_locals(): any { return undefined; }
  __repr__(): string { return "<frame at " + addressOf(this) + ", file '<string>', line 1, code " + this._owner.__name__ + ">"; }
  get __typename__(): string { return "frame"; }
}
/** Code object stand-in (gi_code / cr_code). */
export class PyCode {
  constructor(public co_name: string, public co_qualname: string) {}
  __repr__(): string { return "<code object " + this.co_name + " at " + addressOf(this) + ", file \"<string>\", line 1>"; }
  get __typename__(): string { return "code"; }
}

/** One code object per function (by qualified name): `gen.gi_code is f.__code__`. */
const CODE_OBJECTS = new Map<string, PyCode>();
export function codeFor(name: string, qualname: string): PyCode {
  let code = CODE_OBJECTS.get(qualname);
  if (code === undefined) CODE_OBJECTS.set(qualname, (code = new PyCode(name, qualname)));
  return code;
}

/** Started, not yet finished generators/coroutines (closed at program end like CPython's shutdown). */
const PENDING_GENERATORS = new Set<PyGenBase>();
/** Generators whose finalizer already ran (dropped by the program): never closed again at exit. */
const FINALIZED = new WeakSet<PyGenBase>();
/**
 * PEP 442: an object's finalizer runs at most once. Call before closing a generator because its
 * last reference went away; false when g is not a generator or was already finalized.
 */
export function claimFinalizer(g: any): boolean {
  if (!(g instanceof PyGenBase) || FINALIZED.has(g)) return false;
  FINALIZED.add(g);
  PENDING_GENERATORS.delete(g);
  return true;
}
/** Close every still-suspended generator in start order; errors go to onError. */
export function closePendingGenerators(onError: (g: any, e: any) => void): void {
  for (const g of Array.from(PENDING_GENERATORS)) {
    PENDING_GENERATORS.delete(g);
    if (g._state !== GS_SUSPENDED || FINALIZED.has(g)) continue;
    FINALIZED.add(g);
    try { g.close(); } catch (e) { onError(g, e); }
  }
}

/**
 * What CPython does when the last reference to a generator goes away:
 * close it; an exception from close() is printed as "Exception ignored"
 * and never propagates.
 */
export function finalizeGenerator(g: any, inFrame = true): void {
  if (!claimFinalizer(g)) return; // not a generator, or its finalizer already ran (PEP 442: once)
  closeReportingErrors(g, inFrame);
}

/** close(), with a failure reported as "Exception ignored in: ..." instead of raised. */
function closeReportingErrors(g: PyGenBase, inFrame: boolean): void {
  try {
    g.close();
  } catch (e) {
    flushOutput();
    writeStderr(formatUnraisable(g, e, inFrame));
  }
}

/** The Python-level throw() being delivered to a generator suspended in `yield from` (read once by delegate). */
let thrownExc: any = null, thrownArgc = 0, thrownTyp: any, thrownVal: any, thrownTb: any;

/** Exceptions raised by the generator machinery itself, outside any Python frame (empty traceback). */
const FRAMELESS = new WeakSet<object>();
function frameless<E extends object>(e: E): E { FRAMELESS.add(e); return e; }
/**
 * CPython's report of an exception raised while finalizing g ("Exception ignored in: ..."), without
 * frame lines. The Traceback header appears when the traceback has frames: the exception came from
 * Python code, or the finalization ran while Python code was executing (`del g`, rebinding: inFrame);
 * not for close()'s own RuntimeError at interpreter shutdown.
 */
export function formatUnraisable(g: any, e: any, inFrame = false): string {
  const pe = toPyException(e);
  const header = inFrame || !FRAMELESS.has(pe) ? "Traceback (most recent call last):\n" : "";
  return "Exception ignored in: " + repr(g) + "\n" + header + formatException(pe) + "\n";
}

function checkedName(v: any, attribute: string): string {
  if (typeof v !== "string") throw new TypeError(attribute + " must be set to a string object");
  return v;
}

/** Shared machinery of generators, coroutines and async generators. */
export class PyGenBase implements HandledSlot {
  /** the exception its body is handling while suspended (CPython's gi_exc_state) */
  excValue: any = null;
  excPrevious: HandledSlot | null = null;
  _body: (() => JsGen) | null;
  _js: JsGen | null = null;
  _state = GS_CREATED;
  _yf: any = undefined;
  _frame: PyFrame | null = null;
  _code: PyCode | null = null;
  _res: { value: any; done: boolean } = { value: undefined, done: false };
  _name: string;
  _qualname: string;
  constructor(qualname: string, body: () => JsGen) {
    this._body = body;
    this._qualname = qualname;
    const dot = qualname.lastIndexOf(".");
    this._name = dot >= 0 ? qualname.slice(dot + 1) : qualname;
  }
  get __name__(): string { return this._name; }
  set __name__(v: string) { this._name = checkedName(v, "__name__"); }
  get __qualname__(): string { return this._qualname; }
  set __qualname__(v: string) { this._qualname = checkedName(v, "__qualname__"); }
  // per-kind strings (overridden)
  get _kindName(): string { return "generator"; }

  /** Resume the body with a sent value (isThrow=false) or a thrown exception. */
  _resume(isThrow: boolean, v: any): any {
    const js = this._js!;
    const prev = currentGen;
    currentGen = this;
    this._state = GS_RUNNING;
    // An exception thrown in takes the exception the body was handling as __context__.
    if (isThrow && this.excValue !== null && v instanceof BaseException) chainContext(v, this.excValue);
    // Its handled-exception slot goes on top of the caller's while the body runs.
    const handled = HANDLED;
    const below = handled.top;
    this.excPrevious = below;
    handled.top = this;
    let r: IteratorResult<any, any>;
    try {
      r = isThrow ? js.throw(v) : js.next(v);
    } catch (e) {
      // A JS error (a name read too early, a stack overflow) becomes its Python exception here,
      // while the body's handled exception is still on top: that is its __context__.
      const error = e instanceof BaseException ? e : toPyException(e);
      handled.top = below;
      this.excPrevious = null;
      currentGen = prev;
      this._finish();
      throw this._pep479(error);
    }
    handled.top = below;
    this.excPrevious = null;
    currentGen = prev;
    if (r.done === true) {
      this._finish();
      const rv = r.value;
      throw rv === undefined || rv === null ? new StopIteration() : new StopIteration(rv);
    }
    this._state = GS_SUSPENDED;
    return r.value;
  }
  _finish(): void {
    if (this._js !== null) PENDING_GENERATORS.delete(this);
    this._state = GS_CLOSED;
    this._js = null;
    this._body = null;
    this._frame = null;
    this._yf = undefined;
    this.excValue = null;
  }
  _pep479(e: any): any {
    if (e instanceof StopIteration) {
      const r = new RuntimeError(this._kindName + " raised StopIteration");
      r.__cause__ = e; r.__context__ = e; r.__suppress_context__ = true;
      return r;
    }
    return e;
  }
  _start(v: any): void {
    if (v !== undefined && v !== null) {
      throw new TypeError("can't send non-None value to a just-started " + this._kindName);
    }
    this._js = this._body!();
    if (!(this instanceof PyAsyncGenerator)) PENDING_GENERATORS.add(this);
  }
  _alreadyExecuting(): any { return new ValueError(this._kindName + " already executing"); }
  _sendClosed(): any { return new StopIteration(); }

  send(v: any): any {
    if (arguments.length !== 1) throw new TypeError(this._kindName + ".send() takes exactly one argument (" + arguments.length + " given)");
    const st = this._state;
    if (st === GS_SUSPENDED) return this._resume(false, v);
    if (st === GS_CREATED) { this._start(v); return this._resume(false, undefined); }
    if (st === GS_RUNNING) throw this._alreadyExecuting();
    throw this._sendClosed();
  }
  throw(typ: any, val?: any, tb?: any): any {
    const argc = arguments.length;
    if (argc === 0 || argc > 3) throw new TypeError("throw expected " + (argc === 0 ? "at least 1 argument, got 0" : "at most 3 arguments, got " + argc));
    if (tb !== undefined && tb !== null && !(tb instanceof PyTraceback)) throw new TypeError("throw() third argument must be a traceback object");
    let exc: any;
    if (typeof typ === "function" && (typ === BaseException || typ.prototype instanceof BaseException)) {
      // CPython instantiates the class first; if that fails, the failure is what gets thrown in.
      try { exc = makeThrown(typ, val); } catch (e) { exc = toPyException(e); }
    } else exc = makeThrown(typ, val);
    forgetCreationContext(exc);
    const st = this._state;
    if (st === GS_SUSPENDED) {
      if (this._yf !== undefined) {
        // Suspended in `yield from`: the subiterator's throw() gets these arguments as given (PEP 380).
        thrownExc = exc; thrownArgc = arguments.length; thrownTyp = typ; thrownVal = val; thrownTb = tb;
      }
      return this._resume(true, exc);
    }
    if (st === GS_RUNNING) throw this._alreadyExecuting();
    if (st === GS_CREATED) { this._finish(); throw this._pep479(exc); }
    throw this._throwClosed(exc);
  }
  _throwClosed(exc: any): any { return exc; }
  close(): any {
    if (arguments.length !== 0) throw new TypeError(this._kindName + ".close() takes no arguments (" + arguments.length + " given)");
    const st = this._state;
    if (st === GS_CREATED) { this._finish(); return undefined; }
    if (st === GS_CLOSED) return undefined;
    if (st === GS_RUNNING) throw this._alreadyExecuting();
    try {
      this._resume(true, new GeneratorExit());
    } catch (e) {
      if (e instanceof GeneratorExit || e instanceof StopIteration) return undefined;
      throw e;
    }
    throw frameless(new RuntimeError(this._kindName + " ignored GeneratorExit"));
  }
  /** The finalizer CPython runs when the last reference goes (also callable directly). */
  __del__(): any {
    if (this._state === GS_SUSPENDED) closeReportingErrors(this, true);
    return undefined;
  }
  _getFrame(): any {
    if (this._state === GS_CLOSED) return undefined;
    return this._frame || (this._frame = new PyFrame(this));
  }
  _getCode(): PyCode { return this._code || (this._code = codeFor(this.__name__, this.__qualname__)); }
  __repr__(): string { return "<" + this._kindName + " object " + this.__qualname__ + " at " + addressOf(this) + ">"; }
}

/** Python generator object. */
export class PyGenerator extends PyGenBase {
  _iterableCoroutine = false;
  __next__(): any {
    if (this._state === GS_SUSPENDED) return this._resume(false, undefined);
    return this.send(undefined);
  }
  __iter__(): this { return this; }
  [Symbol.iterator](): this { return this; }
  /** JS iterator protocol (no return(): breaking a for-of never closes the generator). */
  next(v?: any): IteratorResult<any> {
    const res = this._res;
    try {
      res.value = this._state === GS_SUSPENDED ? this._resume(false, v) : this.send(v);
      res.done = false;
    } catch (e) {
      if (!(e instanceof StopIteration)) throw e;
      res.value = e.value;
      res.done = true;
    }
    return res as IteratorResult<any>;
  }
  get gi_running(): boolean { return this._state === GS_RUNNING; }
  get gi_frame(): any { return this._getFrame(); }
  get gi_yieldfrom(): any { return this._state === GS_RUNNING ? null : this._yf; }
  get gi_code(): PyCode { return this._getCode(); }
  get gi_suspended(): boolean { return this._state === GS_SUSPENDED; }
  get __class__(): any { return PyGenerator; }
}
registerBuiltinType(PyGenerator, "generator");
export const GeneratorType: any = PyGenerator;

/** The iterator returned by coroutine.__await__(). */
export class PyCoroutineWrapper {
  constructor(public _coro: PyCoroutine) {}
  __next__(): any { return this._coro.send(undefined); }
  send(v: any): any { return this._coro.send(v); }
  throw(t: any, v?: any, tb?: any): any { return this._coro.throw(t, v, tb); }
  close(): any { return this._coro.close(); }
  __iter__(): this { return this; }
  get __typename__(): string { return "coroutine_wrapper"; }
}
registerBuiltinType(PyCoroutineWrapper, "coroutine_wrapper");

/** Python coroutine object (async def without yield). */
export class PyCoroutine extends PyGenBase {
  get _kindName(): string { return "coroutine"; }
  _sendClosed(): any { return new RuntimeError("cannot reuse already awaited coroutine"); }
  _throwClosed(_exc: any): any { return new RuntimeError("cannot reuse already awaited coroutine"); }
  __await__(): PyCoroutineWrapper { return new PyCoroutineWrapper(this); }
  get cr_running(): boolean { return this._state === GS_RUNNING; }
  get cr_frame(): any { return this._getFrame(); }
  get cr_await(): any { return this._yf; }
  get cr_code(): PyCode { return this._getCode(); }
  get cr_suspended(): boolean { return this._state === GS_SUSPENDED; }
  get __class__(): any { return PyCoroutine; }
}
registerBuiltinType(PyCoroutine, "coroutine");
export const CoroutineType: any = PyCoroutine;

/** Marker for values passed through to the event loop by `await` inside an async generator body. */
class AwaitPassthrough {
  constructor(public value: any) {}
}

/** Python async generator object (async def with yield). */
export class PyAsyncGenerator extends PyGenBase {
  _hooksInit = false;
  /** an asend/athrow/aclose awaitable is in progress (CPython's ag_running_async) */
  _runningAsync = false;
  get _kindName(): string { return "async generator"; }
  _pep479(e: any): any {
    if (e instanceof StopIteration || e instanceof StopAsyncIteration) {
      const r = new RuntimeError("async generator raised " + (e instanceof StopIteration ? "StopIteration" : "StopAsyncIteration"));
      r.__cause__ = e; r.__context__ = e; r.__suppress_context__ = true;
      return r;
    }
    return e;
  }
  __repr__(): string { return "<async_generator object " + this.__qualname__ + " at " + addressOf(this) + ">"; }
  __aiter__(): this { return this; }
  __anext__(): PyAsyncGenAwaitable { return new PyAsyncGenAwaitable(this, 0, undefined, undefined); }
  asend(v: any): PyAsyncGenAwaitable { return new PyAsyncGenAwaitable(this, 0, v, undefined); }
  athrow(typ: any, val?: any, _tb?: any): PyAsyncGenAwaitable {
    const exc = makeThrown(typ, val);
    forgetCreationContext(exc);
    return new PyAsyncGenAwaitable(this, 1, exc, undefined);
  }
  aclose(): PyAsyncGenAwaitable { return new PyAsyncGenAwaitable(this, 2, undefined, undefined); }
  get ag_running(): boolean { return this._runningAsync; }
  get ag_frame(): any { return this._getFrame(); }
  get ag_await(): any { return this._yf; }
  get ag_code(): PyCode { return this._getCode(); }
  get __class__(): any { return PyAsyncGenerator; }
}
registerBuiltinType(PyAsyncGenerator, "async_generator");
export const AsyncGeneratorType: any = PyAsyncGenerator;

/**
 * Awaitable returned by __anext__/asend (mode 0), athrow (1), aclose (2).
 * Driven with send(None): values awaited inside the body pass through; a Python `yield v`
 * in the body finishes this awaitable with StopIteration(v).
 */
export class PyAsyncGenAwaitable {
  _started = false;
  _done = false;
  constructor(public _ag: PyAsyncGenerator, public _mode: number, public _arg: any, _unused: any) {}
  get __typename__(): string { return this._mode === 0 ? "async_generator_asend" : "async_generator_athrow"; }
  __await__(): this { return this; }
  __iter__(): this { return this; }
  __next__(): any { return this.send(undefined); }
  _step(isThrow: boolean, v: any): any {
    const ag = this._ag;
    // athrow() on a finished async generator completes at once (CPython 3.11); on a new one it raises.
    if (isThrow && ag._state === GS_CLOSED) { this._done = true; throw new StopIteration(); }
    let r: any;
    ag._runningAsync = true;
    try {
      if (!isThrow) r = ag.send(v);
      else if (ag._state === GS_CREATED) { ag._finish(); throw v; }
      else r = ag._resume(true, v);
    } catch (e) {
      ag._runningAsync = false;
      this._done = true;
      if (e instanceof StopIteration) {
        if (this._mode === 2) throw new StopIteration();
        throw new StopAsyncIteration();
      }
      if (this._mode === 2 && (e instanceof GeneratorExit || e instanceof StopAsyncIteration)) throw new StopIteration();
      throw e;
    }
    // Suspended in an `await` of the body, the async generator is still running (ag_running).
    if (r instanceof AwaitPassthrough) return r.value;
    ag._runningAsync = false;
    this._done = true;
    if (this._mode === 2) throw frameless(new RuntimeError("async generator ignored GeneratorExit"));
    throw r === undefined || r === null ? new StopIteration() : new StopIteration(r);
  }
  send(v: any): any {
    if (this._done) throw new RuntimeError("cannot reuse already awaited " + (this._mode === 0 ? "__anext__()/asend()" : this._mode === 1 ? "athrow()" : "aclose()"));
    if (!this._started) {
      if (this._ag._runningAsync) {
        throw new RuntimeError(["anext", "athrow", "aclose"][this._mode] + "(): asynchronous generator is already running");
      }
      this._started = true;
      if (this._mode === 0) return this._step(false, this._arg);
      if (this._mode === 2) {
        if (this._ag._state === GS_CREATED || this._ag._state === GS_CLOSED) { this._ag._finish(); this._done = true; throw new StopIteration(); }
        return this._step(true, new GeneratorExit());
      }
      return this._step(true, this._arg);
    }
    return this._step(false, v);
  }
  throw(typ: any, val?: any, _tb?: any): any {
    if (this._done) throw new RuntimeError("cannot reuse already awaited " + (this._mode === 0 ? "__anext__()/asend()" : "athrow()"));
    this._started = true;
    return this._step(true, makeThrown(typ, val));
  }
  close(): any { this._done = true; return undefined; }
}

// ---- factories used by emitted code ----
/** `def f(): ... yield ...` → `return generator("f", function* () {...})` */
export function generator(qualname: string, body: () => JsGen): PyGenerator {
  return new PyGenerator(qualname, body);
}
/** `async def f(): ...` (no yield) → `return coroutine("f", function* () {...})` */
export function coroutine(qualname: string, body: () => JsGen): PyCoroutine {
  return new PyCoroutine(qualname, body);
}
/** `async def f(): ... yield ...` → `return asyncGenerator("f", function* () {...})` */
export function asyncGenerator(qualname: string, body: () => JsGen): PyAsyncGenerator {
  return new PyAsyncGenerator(qualname, body);
}

function sendTo(it: any, v: any): any {
  if (it instanceof PyGenBase) return it.send(v);
  const f = methodOf(it, "send");
  if (f === undefined) throw new AttributeError("'" + typeName(it) + "' object has no attribute 'send'");
  return callAttribute(it, f, v);
}

/**
 * A subiterator's send/throw/close as `yield from` looks them up: an
 * attribute (possibly from __getattr__), or undefined when it has none
 * (AttributeError). It need not be callable: calling it then fails.
 */
function methodOf(it: any, name: string): any {
  if (it === null || (typeof it !== "object" && typeof it !== "function")) return undefined;
  if (name in it) return it[name];
  if (typeof it.__getattr__ !== "function") return undefined;
  try {
    return it.__getattr__(name);
  } catch (e) {
    if (e instanceof AttributeError) return undefined;
    throw e;
  }
}

function callAttribute(it: any, f: any, ...args: any[]): any {
  if (typeof f !== "function") throw new TypeError("'" + typeName(f) + "' object is not callable");
  return f.call(it, ...args);
}

function* delegate(it: any, g: PyGenBase | null, wrap: boolean, temporary = false): JsGen {
  let y: any;
  const prevYf = g !== null ? g._yf : undefined;
  if (g !== null) g._yf = it;
  try {
    try { y = advance(it); } catch (e) {
      if (e instanceof StopIteration) return e.value;
      throw e;
    }
    for (;;) {
      let s: any;
      try {
        s = yield (wrap ? new AwaitPassthrough(y) : y);
      } catch (e) {
        if (e instanceof GeneratorExit) {
          const cl = it instanceof PyGenBase ? it.close : methodOf(it, "close");
          if (cl !== undefined) callAttribute(it, cl);
          throw e;
        }
        const th = it instanceof PyGenBase ? it.throw : methodOf(it, "throw");
        if (th === undefined) throw e;
        try {
          if (e !== thrownExc) y = callAttribute(it, th, e);
          else {
            thrownExc = null;
            y = thrownArgc <= 1 ? callAttribute(it, th, thrownTyp) : thrownArgc === 2 ? callAttribute(it, th, thrownTyp, thrownVal) : callAttribute(it, th, thrownTyp, thrownVal, thrownTb);
          }
        } catch (e2) {
          if (e2 instanceof StopIteration) return e2.value;
          // Re-entering the delegator's frame, it takes what the delegator is handling as context.
          if (g !== null && g.excValue !== null && e2 instanceof BaseException) chainContext(e2, g.excValue);
          throw e2;
        }
        continue;
      }
      try {
        y = s === undefined || s === null ? advance(it) : sendTo(it, s);
      } catch (e) {
        if (e instanceof StopIteration) return e.value;
        throw e;
      }
    }
  } finally {
    if (g !== null) g._yf = prevYf;
    // `yield from make()` left by an exception while the subgenerator is still suspended
    // (its close() failed): the delegator's frame held the only reference, so CPython
    // finalizes it as the frame is cleared.
    if (temporary && it instanceof PyGenBase && it._state === GS_SUSPENDED) finalizeGenerator(it);
  }
}

/** The next value of a delegated-to iterator; a coroutine (awaited) has send but no __next__. */
function advance(it: any): any {
  return it instanceof PyCoroutine ? it.send(null) : it.__next__();
}

/** `x = yield from it` → `x = yield* yieldFrom(it)` (PEP 380 semantics). */
export function yieldFrom(iterable: any): JsGen {
  let it: any;
  if (iterable instanceof PyCoroutine) {
    // Only a generator-based coroutine (@types.coroutine) may delegate to a coroutine.
    if (!(currentGen instanceof PyGenerator && currentGen._iterableCoroutine)) {
      throw new TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    it = iterable;
  } else it = iterable instanceof PyGenerator ? iterable : pyIter(iterable);
  return delegate(it, currentGen, false);
}

/** `yield from make()`: the subgenerator is referenced by the delegation only (finalized when it ends). */
export function yieldFromTemporary(iterable: any): JsGen {
  if (!(iterable instanceof PyGenerator)) return yieldFrom(iterable);
  return delegate(iterable, currentGen, false, true);
}

/** Generator functions decorated with types.coroutine produce awaitable generators. */
const ITERABLE_COROUTINE_FNS = new WeakSet<any>();

/** `await x` → `yield* awaitValue(x)` */
export function awaitValue(x: any): JsGen {
  const g = currentGen;
  let it: any;
  if (x instanceof PyCoroutine) it = x;
  else if (x instanceof PyGenerator && x._iterableCoroutine) it = x;
  else if (x !== null && x !== undefined && typeof x === "object" && typeof x.__await__ === "function") {
    it = x.__await__();
    if (it instanceof PyCoroutine) throw new TypeError("__await__() returned a coroutine");
    if (it === null || typeof it !== "object" || typeof it.__next__ !== "function") {
      throw new TypeError("__await__() returned non-iterator of type '" + typeName(it) + "'");
    }
  } else throw new TypeError("object " + typeName(x) + " can't be used in 'await' expression");
  if (it instanceof PyCoroutine && it._state === GS_CLOSED) throw new RuntimeError("cannot reuse already awaited coroutine");
  return delegate(it, g, g instanceof PyAsyncGenerator);
}

/** aiter(x): x.__aiter__(), which must give an async iterator. */
export function aiter(x: any): any {
  const f = x?.__aiter__;
  if (typeof f !== "function") throw new TypeError("'" + typeName(x) + "' object is not an async iterable");
  const it = f.call(x);
  if (typeof it?.__anext__ !== "function") throw new TypeError("aiter() returned not an async iterator of type '" + typeName(it) + "'");
  return it;
}

/** anext(it[, default]): the awaitable of it.__anext__(), giving default at StopAsyncIteration. */
export function anext(it: any, dflt?: any): any {
  if (typeof it?.__anext__ !== "function") throw new TypeError("'" + typeName(it) + "' object is not an async iterator");
  const awaitable = it.__anext__();
  return arguments.length < 2 ? awaitable : new PyAnextAwaitable(awaitable, dflt);
}

/** What anext(it, default) returns: awaits __anext__() and turns StopAsyncIteration into the default. */
class PyAnextAwaitable {
  _it: any = null;
  constructor(public _awaitable: any, public _default: any) {}
  get __typename__(): string { return "anext_awaitable"; }
  __await__(): this { return this; }
  __iter__(): this { return this; }
  __next__(): any { return this.send(null); }
  _inner(): any {
    if (this._it === null) {
      const a = this._awaitable;
      this._it = a instanceof PyCoroutine || typeof a.send === "function" ? a : a.__await__();
    }
    return this._it;
  }
  _step(f: () => any): any {
    try {
      return f();
    } catch (e) {
      if (e instanceof StopAsyncIteration) throw new StopIteration(this._default);
      throw e;
    }
  }
  send(v: any): any { return this._step(() => this._inner().send(v)); }
  throw(t: any, v?: any, tb?: any): any { return this._step(() => this._inner().throw(t, v, tb)); }
  close(): any { return this._inner().close(); }
}

/** The attributes CPython 3.11's dir() lists for generator-like objects (those all three share, then each kind's own). */
const SHARED_ATTRIBUTES = ["__class__", "__del__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__name__", "__ne__", "__new__", "__qualname__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__"];
const OWN_ATTRIBUTES: [any, string[]][] = [
  [PyGenerator, ["__iter__", "__next__", "close", "gi_code", "gi_frame", "gi_running", "gi_suspended", "gi_yieldfrom", "send", "throw"]],
  [PyCoroutine, ["__await__", "close", "cr_await", "cr_code", "cr_frame", "cr_origin", "cr_running", "cr_suspended", "send", "throw"]],
  [PyAsyncGenerator, ["__aiter__", "__anext__", "__class_getitem__", "aclose", "ag_await", "ag_code", "ag_frame", "ag_running", "asend", "athrow"]],
];

/** dir(obj), for the runtime's generator, coroutine and async generator objects. */
export function dir(...args: any[]): any {
  const own = args.length === 1 ? OWN_ATTRIBUTES.find(([cls]) => args[0] instanceof cls) : undefined;
  if (!own) throw new NotImplementedError("dir() is supported for generator, coroutine and async generator objects only");
  return [...SHARED_ATTRIBUTES, ...own[1]].sort();
}

// ---- inspect / types / sys ----
/** inspect's get*state: the state names of one kind of object, read from the attribute CPython reads. */
function stateOf(fn: string, param: string, kind: any, attribute: string, names: string[], args: any[]): string {
  if (args.length !== 1) {
    throw new TypeError(args.length === 0
      ? `${fn}() missing 1 required positional argument: '${param}'`
      : `${fn}() takes 1 positional argument but ${args.length} were given`);
  }
  const x = args[0];
  if (!(x instanceof kind)) throw new AttributeError(`'${typeName(x)}' object has no attribute '${attribute}'`);
  return names[(x as PyGenBase)._state];
}
export function getgeneratorstate(...args: any[]): string {
  return stateOf("getgeneratorstate", "generator", PyGenerator, "gi_running", ["GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED"], args);
}
export function getcoroutinestate(...args: any[]): string {
  return stateOf("getcoroutinestate", "coroutine", PyCoroutine, "cr_running", ["CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED", "CORO_CLOSED"], args);
}
export function getasyncgenstate(...args: any[]): string {
  return stateOf("getasyncgenstate", "agen", PyAsyncGenerator, "ag_running", ["AGEN_CREATED", "AGEN_RUNNING", "AGEN_SUSPENDED", "AGEN_CLOSED"], args);
}

const GENERATOR_FNS = new WeakSet<any>();
const COROUTINE_FNS = new WeakSet<any>();
const ASYNCGEN_FNS = new WeakSet<any>();
/** Compiler marker: fn is a generator function (def with yield). Returns fn. */
export function markGeneratorFunction<T>(fn: T): T { GENERATOR_FNS.add(fn); return fn; }
/** Compiler marker: fn is an `async def` coroutine function. Returns fn. */
export function markCoroutineFunction<T>(fn: T): T { COROUTINE_FNS.add(fn); return fn; }
/** Compiler marker: fn is an async generator function. Returns fn. */
export function markAsyncGeneratorFunction<T>(fn: T): T { ASYNCGEN_FNS.add(fn); return fn; }

/** types.coroutine(fn) */
function typesCoroutine(fn: any): any {
  if (typeof fn !== "function") throw new TypeError("types.coroutine() expects a callable");
  if (COROUTINE_FNS.has(fn)) return fn;
  const wrapped = function (this: any, ...args: any[]): any {
    const r = fn.apply(this, args);
    if (r instanceof PyGenerator) r._iterableCoroutine = true;
    return r;
  };
  Object.defineProperty(wrapped, "name", { value: fn.name });
  (wrapped as any).__name__ = fn.__name__ || fn.name;
  (wrapped as any).__qualname__ = fn.__qualname__ || fn.__name__ || fn.name;
  ITERABLE_COROUTINE_FNS.add(wrapped);
  GENERATOR_FNS.add(wrapped);
  return wrapped;
}

/** Type object for plain functions. */
export function FunctionType(): never { throw new TypeError("cannot create 'function' instances"); }
registerBuiltinType(FunctionType, "function");

export const types: any = pyModule("types", {
  GeneratorType: PyGenerator,
  CoroutineType: PyCoroutine,
  AsyncGeneratorType: PyAsyncGenerator,
  FunctionType,
  coroutine: typesCoroutine,
});

function isAwaitable(x: any): boolean {
  if (x instanceof PyCoroutine) return true;
  if (x instanceof PyGenerator) return x._iterableCoroutine;
  return x !== null && typeof x === "object" && typeof x.__await__ === "function";
}

export const inspect: any = pyModule("inspect", {
  getgeneratorstate, getcoroutinestate, getasyncgenstate,
  GEN_CREATED: "GEN_CREATED", GEN_RUNNING: "GEN_RUNNING", GEN_SUSPENDED: "GEN_SUSPENDED", GEN_CLOSED: "GEN_CLOSED",
  CORO_CREATED: "CORO_CREATED", CORO_RUNNING: "CORO_RUNNING", CORO_SUSPENDED: "CORO_SUSPENDED", CORO_CLOSED: "CORO_CLOSED",
  isgenerator: (x: any) => x instanceof PyGenerator,
  iscoroutine: (x: any) => x instanceof PyCoroutine,
  isasyncgen: (x: any) => x instanceof PyAsyncGenerator,
  isawaitable: isAwaitable,
  // A bound method counts as its function.
  isgeneratorfunction: (f: any) => GENERATOR_FNS.has(f?.__func__ ?? f),
  iscoroutinefunction: (f: any) => COROUTINE_FNS.has(f?.__func__ ?? f),
  isasyncgenfunction: (f: any) => ASYNCGEN_FNS.has(f?.__func__ ?? f),
  isfunction: (f: any) => typeof f === "function",
});

export const sys: any = pyModule("sys", {
  exc_info: excInfo,
  exception: handledException,
  maxsize: 9223372036854775807n,
  version_info: tupleOf(3n, 11n, 7n, "final", 0n),
  version: "3.11.7",
  getrecursionlimit: () => 1000n,
});
// keep BaseException referenced for declaration emit consistency
export type PyException = BaseException;
