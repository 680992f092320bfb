// The last stage: prettier lays out the emitted TypeScript, so the lowering
// only has to produce correct text, not pretty text.

import * as prettier from "prettier";

export async function formatTypeScript(code: string): Promise<string> {
  return prettier.format(code, { parser: "typescript", printWidth: 100 });
}
