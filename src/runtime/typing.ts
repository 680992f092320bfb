// The `typing` module, as far as programs use it at run time: annotations are never evaluated
// here (see README), so its names only need to exist, show CPython's repr, subscript
// (`Generator[int, None, None]`) and answer isinstance() where CPython's alias does.

import { TypeError } from "./exceptions";
import { PyTuple } from "./values";
import { isTypeObject, repr, typeObjectName } from "./repr";
import { isIterable } from "./iter";
import { PyGenerator, PyCoroutine, PyAsyncGenerator } from "./generator";

/** A typing alias or special form (`typing.Generator`, `typing.Optional[int]`). */
export class PyTypingAlias {
  constructor(
    public _name: string,
    private _check: ((x: any) => boolean) | null,
    private _args: any[] | null = null,
  ) {}
  get __typename__(): string { return this._args ? "_GenericAlias" : "_SpecialGenericAlias"; }
  __repr__(): string {
    if (!this._args) return "typing." + this._name;
    return "typing." + this._name + "[" + this._args.map(typeRepr).join(", ") + "]";
  }
  __getitem__(key: any): PyTypingAlias {
    const args = key instanceof PyTuple ? Array.from(key) : [key];
    return new PyTypingAlias(this._name, this._check, args);
  }
  __instancecheck__(x: any): boolean {
    if (this._args) throw new TypeError("Subscripted generics cannot be used with class and instance checks");
    if (!this._check) throw new TypeError("typing." + this._name + " cannot be used with isinstance()");
    return this._check(x);
  }
  __call__(): never {
    throw new TypeError("Type " + this._name + " cannot be instantiated; use a concrete type instead");
  }
}

/** How typing shows an argument: classes by name, None as NoneType (typing._type_repr). */
function typeRepr(t: any): string {
  if (t === undefined || t === null) return "NoneType";
  if (isTypeObject(t)) return typeObjectName(t);
  if (t instanceof PyTuple || Array.isArray(t)) return "[" + Array.from(t as any[]).map(typeRepr).join(", ") + "]";
  return repr(t);
}

const hasMethod = (x: any, m: string) => x !== null && typeof x === "object" && typeof x[m] === "function";
const iterator = (x: any) => hasMethod(x, "__next__") && hasMethod(x, "__iter__");

export const typing: any = {
  Any: new PyTypingAlias("Any", null),
  Callable: new PyTypingAlias("Callable", (x) => typeof x === "function" || hasMethod(x, "__call__")),
  Generator: new PyTypingAlias("Generator", (x) => x instanceof PyGenerator),
  AsyncGenerator: new PyTypingAlias("AsyncGenerator", (x) => x instanceof PyAsyncGenerator),
  Coroutine: new PyTypingAlias("Coroutine", (x) => x instanceof PyCoroutine),
  Awaitable: new PyTypingAlias("Awaitable", (x) => x instanceof PyCoroutine || hasMethod(x, "__await__")),
  Iterator: new PyTypingAlias("Iterator", iterator),
  Iterable: new PyTypingAlias("Iterable", (x) => isIterable(x) && (typeof x === "string" || Array.isArray(x) || hasMethod(x, "__iter__") || x instanceof PyGenerator || typeof x[Symbol.iterator] === "function")),
  AsyncIterator: new PyTypingAlias("AsyncIterator", (x) => hasMethod(x, "__anext__") && hasMethod(x, "__aiter__")),
  AsyncIterable: new PyTypingAlias("AsyncIterable", (x) => hasMethod(x, "__aiter__")),
  List: new PyTypingAlias("List", null),
  Dict: new PyTypingAlias("Dict", null),
  Tuple: new PyTypingAlias("Tuple", null),
  Set: new PyTypingAlias("Set", null),
  FrozenSet: new PyTypingAlias("FrozenSet", null),
  Optional: new PyTypingAlias("Optional", null),
  Union: new PyTypingAlias("Union", null),
  Sequence: new PyTypingAlias("Sequence", null),
  Mapping: new PyTypingAlias("Mapping", null),
  Type: new PyTypingAlias("Type", null),
  NoReturn: new PyTypingAlias("NoReturn", null),
  TYPE_CHECKING: false,
  cast: (_t: any, value: any) => value,
  __name__: "typing",
};

/** The names of `typing` the compiler accepts in imports. */
export const TYPING_NAMES = Object.keys(typing).filter((n) => n !== "__name__");
