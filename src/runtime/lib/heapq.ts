// Python's `heapq` module: a binary min-heap kept in a plain list, with
// CPython's exact sift order (so ties between equal keys come out as in
// CPython) and `<` as the only comparison, as heapq.py uses.

import { pyModule } from "../module";
import { IndexError, TypeError } from "../exceptions";
import { typeName } from "../repr";
import { iterate } from "../iter";
import { lt } from "../ops";
import { callValue } from "../calls";
import { PyTuple, isKwargs, pyIterOf } from "../values";

function heapList(heap: any, fname: string): any[] {
  if (!Array.isArray(heap) || heap instanceof PyTuple) throw new TypeError(`${fname}() argument 1 must be list, not ${typeName(heap)}`);
  return heap;
}

// heapq.py's _siftdown / _siftup, verbatim in their order of comparisons.
function siftdown(heap: any[], startpos: number, pos: number): void {
  const newitem = heap[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos];
    if (lt(newitem, parent)) {
      heap[pos] = parent;
      pos = parentpos;
      continue;
    }
    break;
  }
  heap[pos] = newitem;
}

function siftup(heap: any[], pos: number): void {
  const endpos = heap.length;
  const startpos = pos;
  const newitem = heap[pos];
  let childpos = 2 * pos + 1;
  while (childpos < endpos) {
    const rightpos = childpos + 1;
    if (rightpos < endpos && !lt(heap[childpos], heap[rightpos])) childpos = rightpos;
    heap[pos] = heap[childpos];
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = newitem;
  siftdown(heap, startpos, pos);
}

function heappush(heap: any, item: any): null {
  const h = heapList(heap, "heappush");
  h.push(item);
  siftdown(h, 0, h.length - 1);
  return null;
}

function heappop(heap: any): any {
  const h = heapList(heap, "heappop");
  if (h.length === 0) throw new IndexError("index out of range");
  const lastelt = h.pop();
  if (h.length > 0) {
    const returnitem = h[0];
    h[0] = lastelt;
    siftup(h, 0);
    return returnitem;
  }
  return lastelt;
}

function heapreplace(heap: any, item: any): any {
  const h = heapList(heap, "heapreplace");
  if (h.length === 0) throw new IndexError("index out of range");
  const returnitem = h[0];
  h[0] = item;
  siftup(h, 0);
  return returnitem;
}

function heappushpop(heap: any, item: any): any {
  const h = heapList(heap, "heappushpop");
  if (h.length > 0 && lt(h[0], item)) {
    const top = h[0];
    h[0] = item;
    siftup(h, 0);
    return top;
  }
  return item;
}

function heapify(x: any): null {
  const h = heapList(x, "heapify");
  for (let i = (h.length >> 1) - 1; i >= 0; i--) siftup(h, i);
  return null;
}

/** Keyword arguments arrive as a trailing plain object: `key=` and `reverse=`. */
function keywordsOf(args: any[]): { key: any; reverse: boolean } {
  const last = args[args.length - 1];
  if (args.length > 0 && isKwargs(last)) {
    args.pop();
    return { key: last.key ?? null, reverse: !!last.reverse };
  }
  return { key: null, reverse: false };
}

/** nsmallest/nlargest: the same result as heapq.py (sorted, stable on ties). */
function nBest(name: string, largest: boolean) {
  return (...args: any[]): any[] => {
    const { key } = keywordsOf(args);
    if (args.length !== 2) throw new TypeError(`${name}() missing required argument`);
    const n = Number(args[0]);
    const items = [...iterate(args[1])].map((item, i) => ({ item, i, k: key === null ? item : callValue(key, item) }));
    if (n <= 0) return [];
    // decorate with the index so equal keys keep their input order, as heapq.py does
    items.sort((a, b) => {
      if (largest ? lt(b.k, a.k) : lt(a.k, b.k)) return -1;
      if (largest ? lt(a.k, b.k) : lt(b.k, a.k)) return 1;
      return a.i - b.i;
    });
    return items.slice(0, n).map((x) => x.item);
  };
}

/** merge(*iterables, key=None, reverse=False): lazily, stable across inputs. */
function* mergeGen(iterables: any[], key: any, reverse: boolean): Generator<any> {
  const its = iterables.map((x) => iterate(x)[Symbol.iterator]());
  const heads: { v: any; k: any; order: number; it: Iterator<any> }[] = [];
  const better = (a: { k: any; order: number }, b: { k: any; order: number }) =>
    (reverse ? lt(b.k, a.k) : lt(a.k, b.k)) || (!(reverse ? lt(a.k, b.k) : lt(b.k, a.k)) && a.order < b.order);
  its.forEach((it, order) => {
    const r = it.next();
    if (!r.done) heads.push({ v: r.value, k: key === null ? r.value : callValue(key, r.value), order, it });
  });
  while (heads.length > 0) {
    let best = 0;
    for (let i = 1; i < heads.length; i++) if (better(heads[i], heads[best])) best = i;
    const h = heads[best];
    yield h.v;
    const r = h.it.next();
    if (r.done) heads.splice(best, 1);
    else {
      h.v = r.value;
      h.k = key === null ? r.value : callValue(key, r.value);
    }
  }
}

function merge(...args: any[]): any {
  const { key, reverse } = keywordsOf(args);
  return pyIterOf(mergeGen(args, key, reverse), "generator");
}

export const heapq = pyModule("heapq", { heappush, heappop, heapify, heapreplace, heappushpop, nsmallest: nBest("nsmallest", false), nlargest: nBest("nlargest", true), merge });
