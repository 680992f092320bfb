import { describe, expect, test } from "@jest/globals";
import { buildAst } from "../src/ast/buildAst";

const strip = (x: unknown): unknown =>
  JSON.parse(JSON.stringify(x, (k, v) => (k === "loc" || k === "nameLoc" ? undefined : typeof v === "bigint" ? `${v}n` : v)));

test("smoke", () => {
  const r = buildAst(`# 코루틴
def coroutine2(x):  # trailing
    print(f'>> coroutine started : {x!r:>{w}} {x=}')
    y = yield x
    z = yield x + y
    i = yield
    print((yield))
    x = yield a, b
    yield from range(1, 4)
    a[1:2, ::3] = 0x1F, 1e16, .5, 5., 1j, 1_000
    return "a" 'b' f"{y}" r"\\n"
`);
  console.log(JSON.stringify(strip(r), null, 1));
});
