// Python's `string` module: the character-class constants and capwords.

import { pyModule } from "../module";
import { AttributeError } from "../exceptions";
import { typeName } from "../repr";

const whitespace = " \t\n\r\x0b\x0c";
const ascii_lowercase = "abcdefghijklmnopqrstuvwxyz";
const ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ascii_letters = ascii_lowercase + ascii_uppercase;
const digits = "0123456789";
const hexdigits = digits + "abcdef" + "ABCDEF";
const octdigits = "01234567";
const punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const printable = digits + ascii_letters + punctuation + whitespace;

/** string.capwords(s, sep=None): split, capitalize each word, join. */
function capwords(s: any, sep: any = null): string {
  if (typeof s !== "string") throw new AttributeError(`'${typeName(s)}' object has no attribute 'split'`);
  const words = sep === null ? s.split(/[ \t\n\r\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/).filter((w) => w !== "") : s.split(sep);
  const cap = (w: string) => (w ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w);
  return words.map(cap).join(sep === null ? " " : sep);
}

export const string = pyModule("string", {
  whitespace, ascii_lowercase, ascii_uppercase, ascii_letters, digits, hexdigits, octdigits, punctuation, printable, capwords,
});
