import { test, expect, describe } from "@jest/globals";
import * as R from "../src/runtime";
const { generator, yieldFrom, repr, getgeneratorstate, StopIteration } = R;

test("smoke", () => {
  function f(x: any) {
    return generator("f", function* () {
      const y = yield x;
      const r = yield* yieldFrom([1n, 2n]);
      return y;
    });
  }
  const g = f(1n);
  expect(getgeneratorstate(g)).toBe("GEN_CREATED");
  expect(g.send(undefined)).toBe(1n);
  expect(g.send("a")).toBe(1n);
  expect(repr(g)).toMatch(/^<generator object f at 0x[0-9a-f]{12}>$/);
  expect(g.__next__()).toBe(2n);
  let e: any;
  try { g.__next__(); } catch (x) { e = x; }
  expect(e).toBeInstanceOf(StopIteration);
  expect(e.value).toBe("a");
});
