// Python's `contextlib` module: contextmanager (generator-based context
// managers with CPython's exact protocol), ContextDecorator, suppress,
// closing, nullcontext, ExitStack, redirect_stdout.

import { pyModule, type PyTypeObject } from "../module";
import { functools } from "./functools";
import { RuntimeError, StopAsyncIteration, StopIteration, TypeError, raiseFrom, topmostHandled, toPyException, tracebackOf } from "../exceptions";
import { isKwargs, tupleFromArray } from "../values";
import { typeObjectFullName } from "../repr";
import { pyNext } from "../iter";
import { PyObject, issubclass, type } from "../builtins";
import { awaitValue, coroutine, sys } from "../generator";
import { callDynamic, callValue, signature } from "../calls";
import { callMethod, getattr, hasattr } from "../attributes";
import { enterContext } from "../emitted";
import { truthy } from "../ops";
import { redirectOutput } from "../io";

/** The trailing keyword object of a runtime function's arguments (removed from args). */
function keywordsOf(args: any[]): Record<string, any> {
  return args.length && isKwargs(args[args.length - 1]) ? args.pop() : {};
}

/** Calls any Python callable with positional arguments and a keyword object. */
function call(func: any, args: any[], keywords: Record<string, any>): any {
  for (const _ in keywords) return callDynamic(func, args, keywords);
  return callValue(func, ...args);
}

function setAttribute(target: any, name: string, value: any): void {
  Object.defineProperty(target, name, { value, writable: true, configurable: true });
}

/** functools.update_wrapper onto a wrapper made here, which takes any arguments (keywords as a trailing object). */
function updateWrapper(wrapper: any, wrapped: any): any {
  return signature(functools.update_wrapper(wrapper, wrapped), "*args, **kwargs");
}

/**
 * The Python type object of a class of this module: callable without `new`
 * (emitted code calls it as a function), a base the program's classes may
 * extend (`class C(ContextDecorator)`), shown as `<class 'contextlib.name'>`.
 */
function typeObject(cls: new (...args: any[]) => any, name: string): PyTypeObject {
  const t: any = function (...args: any[]): any {
    return new.target ? Reflect.construct(cls, args, new.target) : new cls(...args);
  };
  Object.setPrototypeOf(t, cls); // object's statics (__new__, __init_subclass__)
  t.prototype = cls.prototype;
  cls.prototype.constructor = t;
  for (const [k, v] of [["__name__", name], ["__qualname__", name], ["__module__", "contextlib"], ["__isPyClass__", true]] as const) {
    setAttribute(t, k, v);
  }
  return t;
}

/** contextlib.ContextDecorator: a context manager usable as a decorator (each call runs inside `with`). */
class ContextDecorator extends PyObject {
  _recreate_cm(): any {
    return this;
  }
  __call__(func: any): any {
    const self = this;
    const inner = function (...args: any[]): any {
      const keywords = keywordsOf(args);
      const guard = enterContext(callMethod(self, "_recreate_cm"));
      try {
        return call(func, args, keywords);
      } catch (error) {
        if (!guard.exitWith(error)) throw error;
        return null;
      } finally {
        guard.exit();
      }
    };
    return updateWrapper(inner, func);
  }
}

/** What a @contextmanager function returns: the generator drives __enter__ and __exit__. */
class GeneratorContextManager extends ContextDecorator {
  // Fields are declared only: PyObject's constructor runs __init__ before any field initializer would.
  declare gen: any;
  declare func: any;
  declare args: any[];
  declare kwds: Record<string, any>;
  __init__(func: any, args: any[], kwds: Record<string, any>): void {
    this.gen = call(func, args, kwds);
    this.func = func;
    this.args = args;
    this.kwds = kwds;
  }
  _recreate_cm(): any {
    return new GeneratorContextManager(this.func, this.args, this.kwds);
  }
  __enter__(): any {
    try {
      return pyNext(this.gen);
    } catch (e) {
      if (e instanceof StopIteration) throw raiseFrom(new RuntimeError("generator didn't yield"), null);
      throw e;
    }
  }
  __exit__(typ: any, value: any, traceback: any): boolean {
    if (typ === null || typ === undefined) {
      try {
        pyNext(this.gen);
      } catch (e) {
        if (e instanceof StopIteration) return false;
        throw e;
      }
      throw new RuntimeError("generator didn't stop");
    }
    if (value === null || value === undefined) value = callValue(typ);
    try {
      callMethod(this.gen, "throw", value);
    } catch (error) {
      const exc = toPyException(error);
      // Suppressed: the generator caught the exception and returned.
      if (exc instanceof StopIteration) return exc !== value;
      if (exc instanceof RuntimeError) {
        // The generator let it through, or a StopIteration it let through became a RuntimeError (PEP 479).
        if (exc === value) return false;
        if (value instanceof StopIteration && exc.__cause__ === value) return false;
        throw exc;
      }
      if (exc !== value) throw exc;
      exc.__traceback__ = traceback;
      return false;
    }
    throw new RuntimeError("generator didn't stop after throw()");
  }
}

/** contextlib.contextmanager(func): func's generator becomes a context manager. */
function contextmanager(func: any): any {
  const helper = function (...args: any[]): any {
    const keywords = keywordsOf(args);
    return new GeneratorContextManager(func, args, keywords);
  };
  return updateWrapper(helper, func);
}

/** What an @asynccontextmanager function returns: the async generator drives __aenter__ and __aexit__. */
class AsyncGeneratorContextManager extends PyObject {
  declare gen: any;
  __init__(func: any, args: any[], kwds: Record<string, any>): void {
    this.gen = call(func, args, kwds);
  }
  __aenter__(): any {
    const gen = this.gen;
    return coroutine("_AsyncGeneratorContextManager.__aenter__", function* () {
      try {
        return yield* awaitValue(callMethod(gen, "__anext__"));
      } catch (e) {
        if (e instanceof StopAsyncIteration) throw raiseFrom(new RuntimeError("generator didn't yield"), null);
        throw e;
      }
    });
  }
  __aexit__(typ: any, value: any, traceback: any): any {
    const gen = this.gen;
    return coroutine("_AsyncGeneratorContextManager.__aexit__", function* () {
      if (typ === null || typ === undefined) {
        try {
          yield* awaitValue(callMethod(gen, "__anext__"));
        } catch (e) {
          if (e instanceof StopAsyncIteration) return false;
          throw e;
        }
        throw new RuntimeError("generator didn't stop");
      }
      if (value === null || value === undefined) value = callValue(typ);
      try {
        yield* awaitValue(callMethod(gen, "athrow", value));
      } catch (error) {
        const exc = toPyException(error);
        if (exc instanceof StopAsyncIteration) return exc !== value;
        if (exc instanceof RuntimeError) {
          if (exc === value) return false;
          if ((value instanceof StopIteration || value instanceof StopAsyncIteration) && exc.__cause__ === value) return false;
          throw exc;
        }
        if (exc !== value) throw exc;
        exc.__traceback__ = traceback;
        return false;
      }
      throw new RuntimeError("generator didn't stop after athrow()");
    });
  }
}

/** contextlib.asynccontextmanager(func): func's async generator becomes an async context manager. */
function asynccontextmanager(func: any): any {
  const helper = function (...args: any[]): any {
    const keywords = keywordsOf(args);
    return new AsyncGeneratorContextManager(func, args, keywords);
  };
  return updateWrapper(helper, func);
}

/** contextlib.aclosing(thing): awaits thing.aclose() on the way out of `async with`. */
class aclosing extends PyObject {
  declare thing: any;
  __init__(thing: any): void {
    this.thing = thing;
  }
  __aenter__(): any {
    const thing = this.thing;
    return coroutine("aclosing.__aenter__", function* () {
      return thing;
    });
  }
  __aexit__(..._exc: any[]): any {
    const thing = this.thing;
    return coroutine("aclosing.__aexit__", function* () {
      yield* awaitValue(callMethod(thing, "aclose"));
      return null;
    });
  }
}

/** contextlib.suppress(*exceptions): swallows the listed exceptions. */
class suppress extends PyObject {
  declare _exceptions: any;
  __init__(...exceptions: any[]): void {
    this._exceptions = tupleFromArray(exceptions);
  }
  __enter__(): null {
    return null;
  }
  __exit__(exctype: any, _excinst: any, _tb: any): boolean {
    return exctype !== null && exctype !== undefined && issubclass(exctype, this._exceptions);
  }
}

/** contextlib.closing(thing): calls thing.close() on the way out. */
class closing extends PyObject {
  declare thing: any;
  __init__(thing: any): void {
    this.thing = thing;
  }
  __enter__(): any {
    return this.thing;
  }
  __exit__(..._exc: any[]): null {
    callMethod(this.thing, "close");
    return null;
  }
}

/** contextlib.nullcontext(enter_result=None): does nothing. */
class nullcontext extends PyObject {
  declare enter_result: any;
  __init__(enter_result: any = null): void {
    this.enter_result = enter_result;
  }
  __enter__(): any {
    return this.enter_result;
  }
  __exit__(..._exc: any[]): null {
    return null;
  }
}

const ORIGINAL_STDOUT = sys.stdout;

/** contextlib.redirect_stdout(new_target): sys.stdout, and so print(), go to new_target.write. */
class redirect_stdout extends PyObject {
  declare _new_target: any;
  declare _old_targets: [any, () => void][];
  __init__(new_target: any): void {
    this._new_target = new_target;
    this._old_targets = [];
  }
  __enter__(): any {
    const target = this._new_target;
    const restore = target === ORIGINAL_STDOUT ? () => {} : redirectOutput((s: string) => { callMethod(target, "write", s); });
    this._old_targets.push([sys.stdout, restore]);
    sys.stdout = target;
    return target;
  }
  __exit__(..._exc: any[]): null {
    const [old, restore] = this._old_targets.pop()!;
    restore();
    sys.stdout = old;
    return null;
  }
}

type ExitCallback = (typ: any, value: any, tb: any) => any;

/** contextlib.ExitStack: a stack of exit callbacks run last-in first-out, chaining exceptions as CPython does. */
class ExitStack extends PyObject {
  declare _exit_callbacks: ExitCallback[];
  __init__(): void {
    this._exit_callbacks = [];
  }
  __enter__(): any {
    return this;
  }
  pop_all(): any {
    const stack = callValue(type(this));
    stack._exit_callbacks = this._exit_callbacks;
    this._exit_callbacks = [];
    return stack;
  }
  push(exit: any): any {
    if (hasattr(type(exit), "__exit__")) {
      const method = getattr(exit, "__exit__");
      this._exit_callbacks.push((t, v, tb) => callValue(method, t, v, tb));
    } else {
      this._exit_callbacks.push((t, v, tb) => callValue(exit, t, v, tb));
    }
    return exit;
  }
  enter_context(cm: any): any {
    const cls = type(cm);
    if (!hasattr(cls, "__enter__") || !hasattr(cls, "__exit__")) {
      throw raiseFrom(new TypeError(`'${fullName(cls)}' object does not support the context manager protocol`), null);
    }
    const result = callMethod(cm, "__enter__");
    const exit = getattr(cm, "__exit__");
    this._exit_callbacks.push((t, v, tb) => callValue(exit, t, v, tb));
    return result;
  }
  callback(callback: any, ...args: any[]): any {
    const keywords = keywordsOf(args);
    this._exit_callbacks.push(() => {
      call(callback, args, keywords);
      return null;
    });
    return callback;
  }
  close(): null {
    this.__exit__(null, null, null);
    return null;
  }
  __exit__(...excDetails: any[]): boolean {
    const receivedExc = excDetails[0] !== null && excDetails[0] !== undefined;
    const frameExc = topmostHandled();
    // The new exception's context chain ends at the exception the callback saw, as if raised there.
    const fixExceptionContext = (newExc: any, oldExc: any): void => {
      for (;;) {
        const ctx = newExc.__context__;
        if (ctx === null || ctx === undefined || ctx === oldExc) return;
        if (ctx === frameExc) break;
        newExc = ctx;
      }
      newExc.__context__ = oldExc;
    };
    let suppressedExc = false;
    let pendingRaise = false;
    while (this._exit_callbacks.length) {
      const cb = this._exit_callbacks.pop()!;
      try {
        if (truthy(cb(excDetails[0], excDetails[1], excDetails[2]))) {
          suppressedExc = true;
          pendingRaise = false;
          excDetails = [null, null, null];
        }
      } catch (error) {
        const exc = toPyException(error);
        fixExceptionContext(exc, excDetails[1] ?? undefined);
        pendingRaise = true;
        excDetails = [type(exc), exc, tracebackOf(exc)];
      }
    }
    if (pendingRaise) throw excDetails[1];
    return receivedExc && suppressedExc;
  }
}

/** `module.qualname` of a class, as ExitStack's TypeError names it (`builtins.int`). */
function fullName(cls: any): string {
  const name = typeObjectFullName(cls);
  return name.includes(".") ? name : `builtins.${name}`;
}

export const contextlib = pyModule("contextlib", {
  contextmanager,
  asynccontextmanager,
  aclosing: typeObject(aclosing, "aclosing"),
  ContextDecorator: typeObject(ContextDecorator, "ContextDecorator"),
  suppress: typeObject(suppress, "suppress"),
  closing: typeObject(closing, "closing"),
  nullcontext: typeObject(nullcontext, "nullcontext"),
  redirect_stdout: typeObject(redirect_stdout, "redirect_stdout"),
  ExitStack: typeObject(ExitStack, "ExitStack"),
});
typeObject(GeneratorContextManager, "_GeneratorContextManager");
typeObject(AsyncGeneratorContextManager, "_AsyncGeneratorContextManager");
