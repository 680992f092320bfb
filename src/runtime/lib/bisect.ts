// Python's `bisect` module: binary search and insertion in sorted sequences,
// with `<` as the only comparison and `key=` applied to the elements only, as bisect.py.

import { pyModule } from "../module";
import { ValueError } from "../exceptions";
import { isKwargs } from "../values";
import { lt, getitem } from "../ops";
import { len } from "../builtins";
import { callValue, callMethodDynamic } from "../calls";

interface Search {
  a: any;
  x: any;
  lo: number;
  hi: number;
  key: any;
}

/** bisect_left(a, x, lo=0, hi=len(a), *, key=None), keywords as a trailing object. */
function searchArguments(args: any[]): Search {
  const kw = args.length > 0 && isKwargs(args[args.length - 1]) ? args.pop() : {};
  const [a, x] = args;
  const lo = Number(args[2] ?? kw.lo ?? 0n);
  const hiArg = args[3] ?? kw.hi ?? null;
  if (lo < 0) throw new ValueError("lo must be non-negative");
  const hi = hiArg === null ? Number(len(a)) : Number(hiArg);
  return { a, x, lo, hi, key: kw.key ?? null };
}

function element(s: Search, i: number): any {
  const v = getitem(s.a, BigInt(i));
  return s.key === null ? v : callValue(s.key, v);
}

function left(s: Search): number {
  let { lo, hi } = s;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lt(element(s, mid), s.x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function right(s: Search): number {
  let { lo, hi } = s;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lt(s.x, element(s, mid))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function bisect_left(...args: any[]): bigint {
  return BigInt(left(searchArguments(args)));
}

function bisect_right(...args: any[]): bigint {
  return BigInt(right(searchArguments(args)));
}

/** insort_*: the key is applied to x too when searching, and x itself is inserted. */
function insort(find: (s: Search) => number) {
  return (...args: any[]): null => {
    const s = searchArguments(args);
    const at = find({ ...s, x: s.key === null ? s.x : callValue(s.key, s.x) });
    callMethodDynamic(s.a, "insert", [BigInt(at), s.x], {});
    return null;
  };
}

export const bisect = pyModule("bisect", {
  bisect_left,
  bisect_right,
  bisect: bisect_right,
  insort_left: insort(left),
  insort_right: insort(right),
  insort: insort(right),
});
