// The standard library modules implemented in this folder, one file per
// Python module (as CPython's Lib/). Each file exports only its module object,
// named after the module; --standalone includes a file only when the program
// uses its module.
export { bisect } from "./bisect";
export { collections } from "./collections";
export { contextlib } from "./contextlib";
export { functools } from "./functools";
export { heapq } from "./heapq";
export { itertools } from "./itertools";
export { math } from "./math";
export { operator } from "./operator";
export { random } from "./random";
export { string } from "./string";
