// The standard library modules implemented in this folder, one file per
// Python module (as CPython's Lib/). Each file exports only its module object,
// named after the module; --standalone includes a file only when the program
// uses its module.
export { string } from "./string";
export { collections } from "./collections";
