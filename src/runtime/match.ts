// Run-time checks of `match` statement patterns (PEP 634), as CPython 3.11's
// MATCH_SEQUENCE / MATCH_MAPPING / MATCH_KEYS / MATCH_CLASS do. Each helper
// either rejects the subject (undefined) or returns the values the
// sub-patterns are matched against; the emitted code binds names only once a
// whole pattern has matched, as CPython does.

import { TypeError, ValueError } from "./exceptions";
import { PyDict, PyRange, PyTuple } from "./values";
import { BUILTIN_TYPES, isTypeObject, repr, typeName, typeObjectName } from "./repr";
import { isinstance, len } from "./builtins";
import { getattr, callMethod } from "./attributes";
import { eq } from "./ops";
import { toArray } from "./iter";

/**
 * A sequence pattern with `length` sub-patterns, the one at `star` (or -1)
 * being `*rest`: the subject's items, `*rest` collected into a list; undefined
 * when the subject is not a sequence (str, bytes and bytearray are not) or
 * its length does not fit.
 */
export function matchSequence(subject: any, length: number, star = -1): any[] | undefined {
  let items: any[];
  if (Array.isArray(subject)) items = subject;
  else if (subject instanceof PyRange) items = toArray(subject);
  else return undefined;
  if (star < 0) return items.length === length ? items.slice() : undefined;
  const after = length - star - 1;
  if (items.length < length - 1) return undefined;
  return [...items.slice(0, star), items.slice(star, items.length - after), ...items.slice(items.length - after)];
}

const MISSING = Symbol("missing");

/**
 * A mapping pattern: the values under `keys` (looked up with the subject's
 * `get`, so nothing is consumed and `__missing__` is not called), then, when
 * `withRest`, a dict of the other items (`**rest`); undefined when the subject
 * is not a mapping or lacks a key.
 */
export function matchMapping(subject: any, keys: any[], withRest = false): any[] | undefined {
  if (!(subject instanceof PyDict)) return undefined;
  if (len(subject) < BigInt(keys.length)) return undefined;
  keys.forEach((k, i) => {
    for (let j = 0; j < i; j++) {
      if (eq(keys[j], k)) throw new ValueError("mapping pattern checks duplicate key (" + repr(k) + ")");
    }
  });
  const values: any[] = [];
  for (const k of keys) {
    const v = callMethod(subject, "get", k, MISSING);
    if (v === MISSING) return undefined;
    values.push(v);
  }
  if (withRest) {
    const rest = new PyDict();
    rest.update(subject);
    for (const k of keys) rest.__delitem__(k);
    values.push(rest);
  }
  return values;
}

/** Builtin types whose one positional sub-pattern matches the subject itself (`int(x)`, `str()`). */
const MATCH_SELF = new Set(["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"]);

/**
 * A class pattern `cls(p1, ..., k1=q1, ...)` with `positional` positional
 * sub-patterns: the attributes they match (named by `cls.__match_args__`),
 * then the keyword ones; undefined when the subject is not an instance or
 * lacks one of them. Raises CPython's TypeErrors for a bad class pattern.
 */
export function matchClass(subject: any, cls: any, positional: number, keywords: string[] = []): any[] | undefined {
  if (!isTypeObject(cls)) throw new TypeError("called match pattern must be a type");
  if (!isinstance(subject, cls)) return undefined;
  const name = typeObjectName(cls);
  const values: any[] = [];
  const seen: string[] = [];
  const attribute = (attr: string): boolean => {
    if (seen.includes(attr)) throw new TypeError(name + "() got multiple sub-patterns for attribute " + repr(attr));
    seen.push(attr);
    const v = getattr(subject, attr, MISSING);
    if (v === MISSING) return false;
    values.push(v);
    return true;
  };
  if (positional > 0) {
    let matchArgs: any = getattr(cls, "__match_args__", MISSING);
    let matchSelf = false;
    if (matchArgs === MISSING) {
      matchArgs = new PyTuple();
      matchSelf = BUILTIN_TYPES.has(cls) && MATCH_SELF.has(name);
    } else if (!(matchArgs instanceof PyTuple)) {
      throw new TypeError(name + ".__match_args__ must be a tuple (got " + typeName(matchArgs) + ")");
    }
    const allowed = matchSelf ? 1 : matchArgs.length;
    if (allowed < positional) {
      throw new TypeError(name + "() accepts " + allowed + " positional sub-pattern" + (allowed === 1 ? "" : "s") + " (" + positional + " given)");
    }
    if (matchSelf) {
      values.push(subject);
    } else {
      for (let i = 0; i < positional; i++) {
        const attr = matchArgs[i];
        if (typeof attr !== "string") throw new TypeError("__match_args__ elements must be strings (got " + typeName(attr) + ")");
        if (!attribute(attr)) return undefined;
      }
    }
  }
  for (const k of keywords) if (!attribute(k)) return undefined;
  return values;
}
