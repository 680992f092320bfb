// No JavaScript error text reaches a user (issue 8 item 4): every fixture and the
// fuzz programs of a fixed seed run in-process, and their stdout/stderr must not hold a
// JavaScript-only phrase ("is not a function", "Cannot read properties of",
// "undefined", ...) that CPython did not print too. The scanner is
// test/scripts/no-javascript-text.js (`node test/scripts/no-javascript-text.js --fuzz 10000`
// for a large run); it uses the build in dist/.

export {};

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { jsPhrasesIn, leaked, scanFixtures, scanFuzz } = require("./scripts/no-javascript-text.js");

const SEED = 20240611;
const FUZZ_COUNT = 40;

const report = (failures: { name: string; phrases: string[]; text: string }[]) =>
  failures.map((f) => `${f.name}: ${f.phrases.join(", ")}\n${f.text.slice(0, 600)}`).join("\n\n");

test("the scanner recognises JavaScript wording and spares CPython's", () => {
  expect([...jsPhrasesIn("TypeError: _i.send is not a function").keys()]).toEqual(["is not a function"]);
  expect([...jsPhrasesIn("TypeError: Cannot read properties of null (reading 'x')").keys()]).toEqual(["Cannot read properties of"]);
  expect([...jsPhrasesIn("TypeError: x is not iterable").keys()]).toEqual(["is not iterable (JavaScript wording)"]);
  expect(jsPhrasesIn("TypeError: 'int' object is not iterable").size).toBe(0);
  expect(leaked("print: undefined\n", "")).toEqual(["undefined"]);
  expect(leaked("name 'undefined' is not defined\n", "name 'undefined' is not defined\n")).toEqual([]);
});

test("no fixture prints JavaScript error text", async () => {
  const r = await scanFixtures();
  expect(r.count).toBeGreaterThan(200);
  expect(report(r.failures)).toBe("");
}, 120000);

test(`no fuzz program (${FUZZ_COUNT}, seed ${SEED}) prints JavaScript error text`, async () => {
  const r = await scanFuzz(FUZZ_COUNT, SEED);
  expect(r.transpiled).toBe(FUZZ_COUNT);
  expect(report(r.failures)).toBe("");
}, 120000);
