// Flat TypeScript for long operator chains.
//
// CPython compiles `1 + 1 + ... + 1` (2,000 terms), `a < b < ... < z`
// (any length), `x or y or ...` and `a if c else b if d else ...` (2,000
// deep). Their natural translation nests one JS node per operator
// (`add(add(add(...)))`, `c ? a : (d ? b : ...)`, `p && q && ...`), and
// TypeScript's parser and binder, prettier and V8 recurse on that nesting:
// they overflow the stack near a thousand levels. Past LONG_CHAIN operators
// the lowering writes these forms instead, which nest only a few levels:
//
//   left-deep binary chain   (acc = a, acc = add(acc, b), acc = sub(acc, c), acc)
//   `a ** b ** ... ** z`     (acc = (operands = [a, b, ..., z])[n], acc = pow(operands[n-1], acc), ..., acc)
//   `- - not ~x`             (acc = x, acc = invert(acc), acc = !truthy(acc), acc = neg(acc), ..., acc)
//   `&&` / `||` of many      ((p1 && ... && p32) && (p33 && ... && p64) && ...)
//   `x or y or z`            (truthy(v = x) || truthy(v = y) || ((v = z), true), v)
//   conditional chain        (((c) && ((v = a), true)) || ... || ((v = z), true), v)
//
// Each keeps CPython's order of evaluation: operands left to right, each
// operator applied as soon as its operands are known, short-circuits as in
// Python. Shorter chains keep the natural, more readable form.

/** Chains with more operators than this are written flat. */
export const LONG_CHAIN = 64;

/** Operands per parenthesized group of a long `&&`/`||` chain. */
const GROUP = 32;

/**
 * `parts` joined with `op`; a long chain is grouped in balanced
 * parentheses (`&&` and `||` are associative, short-circuits included).
 */
export function joinLogical(parts: string[], op: "&&" | "||"): string {
  if (parts.length <= LONG_CHAIN) return parts.join(` ${op} `);
  let level = parts;
  while (level.length > GROUP) {
    const grouped: string[] = [];
    for (let i = 0; i < level.length; i += GROUP) grouped.push(`(${level.slice(i, i + GROUP).join(` ${op}\n`)})`);
    level = grouped;
  }
  return level.join(` ${op}\n`);
}

/**
 * A sequence of assignments to `acc` as one expression whose value is
 * `acc`: `(acc = first, acc = step(acc, ...), ..., acc)`.
 */
export function accumulate(acc: string, first: string, steps: string[]): string {
  return `(${[`${acc} = ${first}`, ...steps.map((s) => `${acc} = ${s}`), acc].join(",\n")})`;
}

/**
 * The value of the first of `cases` whose test holds, else of `otherwise`,
 * through the temporary `v`: tests are evaluated in order and only the
 * chosen value is evaluated.
 */
export function firstMatch(v: string, cases: { test: string; value: string }[], otherwise: string): string {
  const parts = cases.map((c) => `((${c.test}) && ((${v} = ${c.value}), true))`);
  parts.push(`((${v} = ${otherwise}), true)`);
  return `(${joinLogical(parts, "||")}, ${v})`;
}

/**
 * `x or y or z` (`and`): the deciding operand through the temporary `v`;
 * `truthy` is the runtime's truth test.
 */
export function decidingOperand(v: string, truthy: string, values: string[], op: "And" | "Or"): string {
  const parts = values.slice(0, -1).map((x) => `${truthy}(${v} = ${x})`);
  parts.push(`((${v} = ${values[values.length - 1]}), true)`);
  return `(${joinLogical(parts, op === "And" ? "&&" : "||")}, ${v})`;
}
