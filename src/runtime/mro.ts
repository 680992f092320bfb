// Multiple inheritance. An emitted class `class C(A, B)` is a JavaScript
// class extending its first base, A; `multipleBases(C, [A, B])` records the
// other bases and CPython's C3 method resolution order, which the attribute
// lookup (attributes.ts), `super()` (superMethod), isinstance/issubclass and
// `C.__mro__` follow instead of the JavaScript prototype chain.

import { AttributeError, TypeError } from "./exceptions";
import { BUILTIN_TYPES, isTypeObject, typeObjectName } from "./repr";
import { PyObject } from "./builtins";

/** Marks the prototypes of classes with more than one base (their subclasses inherit the mark). */
export const HAS_MRO: unique symbol = Symbol("py2ts multiple inheritance");
const MRO = new WeakMap<any, any[]>();
const BASES = new WeakMap<any, any[]>();

/** `C.__bases__`. */
export function basesOf(cls: any): any[] {
  const known = BASES.get(cls);
  if (known !== undefined) return known;
  const order = mroOf(cls);
  return order.length > 1 ? [order[1]] : [];
}

function isChainEnd(k: any): boolean {
  return typeof k !== "function" || k === Function.prototype || k === Object || k === Error || k === Array;
}

/** The method resolution order of a class: C3 for multiple bases, else the class and its base's order. */
export function mroOf(cls: any): any[] {
  const known = MRO.get(cls);
  if (known !== undefined) return known;
  const out: any[] = [cls];
  if (cls !== PyObject && !BUILTIN_TYPES.has(cls)) {
    const parent = Object.getPrototypeOf(cls);
    if (!isChainEnd(parent)) out.push(...mroOf(parent));
  }
  // Exceptions' chain ends at JavaScript's Error: Python's ends at object.
  if (out[out.length - 1] !== PyObject) out.push(PyObject);
  MRO.set(cls, out);
  return out;
}

/** CPython's C3 merge of the bases' orders and the bases themselves. */
function c3(bases: any[]): any[] | undefined {
  const seqs = [...bases.map((b) => [...mroOf(b)]), [...bases]];
  const out: any[] = [];
  for (;;) {
    const rest = seqs.filter((s) => s.length > 0);
    if (rest.length === 0) return out;
    const head = rest.map((s) => s[0]).find((h) => !rest.some((s) => s.indexOf(h) > 0));
    if (head === undefined) return undefined;
    out.push(head);
    for (const s of rest) if (s[0] === head) s.shift();
  }
}

/** After `class C(A, B, ...)`: C's other bases and its C3 order (CPython's TypeErrors when there is none). */
export function multipleBases(cls: any, bases: any[]): void {
  for (const b of bases) {
    if (!isTypeObject(b)) throw new TypeError("bases must be types");
  }
  for (let i = 0; i < bases.length; i++) {
    if (bases.indexOf(bases[i]) !== i) throw new TypeError("duplicate base class " + typeObjectName(bases[i]));
  }
  const merged = c3(bases);
  if (merged === undefined) {
    throw new TypeError("Cannot create a consistent method resolution\norder (MRO) for bases " + bases.map(typeObjectName).join(", "));
  }
  MRO.set(cls, [cls, ...merged]);
  BASES.set(cls, [...bases]);
  Object.defineProperty(cls.prototype, HAS_MRO, { value: true });
  // The runtime's operators and builtins reach data-model methods as JS members (`x.__repr__`,
  // `x.__add__`): those the C3 order finds off the JavaScript chain are put between C and its
  // first base, so that the chain answers as the order does.
  const between = Object.create(Object.getPrototypeOf(cls.prototype));
  const chainFinds = (key: string): PropertyDescriptor | undefined => {
    for (let p = Object.getPrototypeOf(cls.prototype); p !== null; p = Object.getPrototypeOf(p)) {
      const d = Object.getOwnPropertyDescriptor(p, key);
      if (d !== undefined) return d;
    }
    return undefined;
  };
  const seen = new Set<string>();
  for (const k of merged) {
    for (const key of Object.getOwnPropertyNames(k.prototype)) {
      if (seen.has(key) || !(key.startsWith("__") && key.endsWith("__")) || key === "__proto__") continue;
      seen.add(key);
      const d = Object.getOwnPropertyDescriptor(k.prototype, key)!;
      const c = chainFinds(key);
      if (c === undefined || c.value !== d.value || c.get !== d.get || c.set !== d.set) Object.defineProperty(between, key, d);
    }
  }
  Object.setPrototypeOf(cls.prototype, between);
  // isinstance/issubclass use instanceof: a class off C's JavaScript chain answers through the orders.
  for (const k of merged) {
    if (k === PyObject || Object.prototype.hasOwnProperty.call(k, Symbol.hasInstance)) continue;
    Object.defineProperty(k, Symbol.hasInstance, {
      value(this: any, x: any): boolean {
        if (Function.prototype[Symbol.hasInstance].call(this, x)) return true;
        if (x === null || typeof x !== "object" || x[HAS_MRO] !== true) return false;
        return mroOf(x.constructor).includes(this);
      },
      configurable: true,
    });
  }
}

/** The prototypes holding the attributes of an instance of cls, in lookup order (when C3 applies). */
export function mroPrototypes(obj: any): any[] | undefined {
  return obj !== null && typeof obj === "object" && obj[HAS_MRO] === true ? mroOf(obj.constructor).map((k) => k.prototype) : undefined;
}

/**
 * `super().name` in a method of cls, called on self (an instance, or a class
 * in a class method): the attribute of the next class after cls in self's
 * order, bound to self.
 */
export function superMethod(cls: any, self: any, name: string, key: string): any {
  const ofClass = isTypeObject(self);
  const order = mroOf(ofClass ? self : self.constructor);
  for (const k of order.slice(order.indexOf(cls) + 1)) {
    if (!ofClass) {
      const d = Object.getOwnPropertyDescriptor(k.prototype, key);
      if (d !== undefined) {
        if (d.get !== undefined) return d.get.call(self);
        return typeof d.value === "function" && !isTypeObject(d.value) ? d.value.bind(self) : d.value;
      }
    }
    const s = Object.getOwnPropertyDescriptor(k, key);
    if (s !== undefined && s.value !== undefined && key !== "prototype") return typeof s.value === "function" && !isTypeObject(s.value) ? s.value.bind(self) : s.value;
    if (ofClass) {
      const d = Object.getOwnPropertyDescriptor(k.prototype, key);
      if (d !== undefined && d.get === undefined) return d.value;
    }
  }
  throw new AttributeError("'super' object has no attribute '" + name + "'");
}
