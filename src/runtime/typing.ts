// The `typing` module, as far as programs use it at run time: annotations are never evaluated
// here (see README), so its names only need to exist, show CPython's repr, subscript
// (`Generator[int, None, None]`) and answer isinstance() where CPython's alias does.

import { TypeError } from "./exceptions";
import { pyModule } from "./module";
import { PyTuple } from "./values";
import { isTypeObject, repr, typeObjectName } from "./repr";
import { isIterable } from "./iter";
import { PyGenerator, PyCoroutine, PyAsyncGenerator } from "./generator";

/**
 * A typing alias or special form (`typing.Generator`, `typing.Optional[int]`): a function, so that
 * calling one (`Generator()`) raises CPython's TypeError wherever the call is emitted, carrying
 * its repr, its subscript (`__class_getitem__`, read by getitem for functions) and isinstance hook.
 */
function alias(name: string, check: ((x: any) => boolean) | null, cannotCall: string, args: any[] | null = null): any {
  const f: any = function () {
    throw new TypeError(cannotCall);
  };
  const own = (key: string, value: any) => Object.defineProperty(f, key, { value, writable: true, configurable: true });
  own("__repr__", () => "typing." + name + (args ? "[" + args.map(typeRepr).join(", ") + "]" : ""));
  own("__class_getitem__", (key: any) => alias(name, check, cannotCall, key instanceof PyTuple ? Array.from(key) : [key]));
  own("__instancecheck__", (x: any): boolean => {
    if (args) throw new TypeError("Subscripted generics cannot be used with class and instance checks");
    if (!check) throw new TypeError("typing." + name + " cannot be used with isinstance()");
    return check(x);
  });
  return f;
}
/** An abstract collection (collections.abc): CPython's message for instantiating it. */
const abstract = (name: string, methods: string[]) =>
  "Can't instantiate abstract class " + name + " with abstract method" + (methods.length > 1 ? "s " : " ") + methods.join(", ");
const concrete = (name: string, builtin: string) => "Type " + name + " cannot be instantiated; use " + builtin + "() instead";

/** How typing shows an argument: classes by name, None as NoneType (typing._type_repr). */
function typeRepr(t: any): string {
  if (t === undefined || t === null) return "NoneType";
  if (isTypeObject(t)) return typeObjectName(t);
  if (t instanceof PyTuple || Array.isArray(t)) return "[" + Array.from(t as any[]).map(typeRepr).join(", ") + "]";
  return repr(t);
}

const hasMethod = (x: any, m: string) => x !== null && typeof x === "object" && typeof x[m] === "function";
const iterator = (x: any) => hasMethod(x, "__next__") && hasMethod(x, "__iter__");

export const typing: any = pyModule("typing", {
  Any: alias("Any", null, "Any cannot be instantiated"),
  Callable: alias("Callable", (x) => typeof x === "function" || hasMethod(x, "__call__"), abstract("Callable", ["__call__"])),
  Generator: alias("Generator", (x) => x instanceof PyGenerator, abstract("Generator", ["send", "throw"])),
  AsyncGenerator: alias("AsyncGenerator", (x) => x instanceof PyAsyncGenerator, abstract("AsyncGenerator", ["asend", "athrow"])),
  Coroutine: alias("Coroutine", (x) => x instanceof PyCoroutine, abstract("Coroutine", ["__await__", "send", "throw"])),
  Awaitable: alias("Awaitable", (x) => x instanceof PyCoroutine || hasMethod(x, "__await__"), abstract("Awaitable", ["__await__"])),
  Iterator: alias("Iterator", iterator, abstract("Iterator", ["__next__"])),
  Iterable: alias("Iterable", (x) => typeof x === "string" || Array.isArray(x) || hasMethod(x, "__iter__") || (isIterable(x) && typeof x[Symbol.iterator] === "function"), abstract("Iterable", ["__iter__"])),
  AsyncIterator: alias("AsyncIterator", (x) => hasMethod(x, "__anext__") && hasMethod(x, "__aiter__"), abstract("AsyncIterator", ["__anext__"])),
  AsyncIterable: alias("AsyncIterable", (x) => hasMethod(x, "__aiter__"), abstract("AsyncIterable", ["__aiter__"])),
  List: alias("List", null, concrete("List", "list")),
  Dict: alias("Dict", null, concrete("Dict", "dict")),
  Tuple: alias("Tuple", null, concrete("Tuple", "tuple")),
  Set: alias("Set", null, concrete("Set", "set")),
  FrozenSet: alias("FrozenSet", null, concrete("FrozenSet", "frozenset")),
  Optional: alias("Optional", null, "Cannot instantiate typing.Optional"),
  Union: alias("Union", null, "Cannot instantiate typing.Union"),
  Sequence: alias("Sequence", null, abstract("Sequence", ["__getitem__", "__len__"])),
  Mapping: alias("Mapping", null, abstract("Mapping", ["__getitem__", "__iter__", "__len__"])),
  Type: alias("Type", null, concrete("Type", "type")),
  NoReturn: alias("NoReturn", null, "Cannot instantiate typing.NoReturn"),
  TYPE_CHECKING: false,
  cast: (_t: any, value: any) => value,
});

/** The names of `typing` the compiler accepts in imports. */
export const TYPING_NAMES = Object.keys(typing).filter((n) => n !== "__name__");
