// A def's parameter list as the runtime's signature spec (src/runtime/calls.ts):
// "a, b=, /, *args, c, d=, **kw", where "=" marks a parameter with a default.
// Short and close to the Python it came from, so emitted code stays readable.

import type { Arguments } from "../ast/nodes";

export function signatureSpec(a: Arguments): string {
  const parts: string[] = [];
  const firstDefault = a.args.length - a.defaults.length;
  a.args.forEach((p, i) => {
    parts.push(i >= firstDefault ? `${p.name}=` : p.name);
    if (a.posonlyCount > 0 && i === a.posonlyCount - 1) parts.push("/");
  });
  if (a.vararg) parts.push(`*${a.vararg.name}`);
  else if (a.kwonlyargs.length) parts.push("*");
  a.kwonlyargs.forEach((k, i) => parts.push(a.kwDefaults[i] ? `${k.name}=` : k.name));
  if (a.kwarg) parts.push(`**${a.kwarg.name}`);
  return parts.join(", ");
}
