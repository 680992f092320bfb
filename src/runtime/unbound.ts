// Variables unbound by `del name`: the emitted code stores UNBOUND_NAME in them, and reads of
// such variables go through bound(), which raises what CPython raises for an unbound name.
import { NameError, UnboundLocalError } from "./exceptions";
import { release } from "./emitted";

/** The value of a variable after `del`: never a Python value. */
export const UNBOUND_NAME: any = Object.freeze({ __unbound__: true });

/** local: a function's own variable; free: a closure's; global: module (and class body) names. */
export type UnboundKind = "global" | "local" | "free";

function unboundError(name: string, kind: UnboundKind): Error {
  if (kind === "local") return new UnboundLocalError(`cannot access local variable '${name}' where it is not associated with a value`);
  if (kind === "free") return new NameError(`cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  return new NameError(`name '${name}' is not defined`);
}

/** A read of a variable some `del` unbinds. */
export function bound(value: any, name: string, kind: UnboundKind): any {
  if (value === UNBOUND_NAME) throw unboundError(name, kind);
  return value;
}

/** A global that shadows a builtin: where it is unbound, Python finds the builtin. */
export function boundOrBuiltin(value: any, builtin: any): any {
  return value === UNBOUND_NAME ? builtin : value;
}

/** `del name`: the variable must be bound; returns UNBOUND_NAME to store in it. */
export function unbind(value: any, name: string, kind: UnboundKind): any {
  if (value === UNBOUND_NAME) throw unboundError(name, kind);
  return UNBOUND_NAME;
}

/** `del name` of a variable owning a generator: it is closed (finalized) once unbound. */
export function unbindReleasing(value: any, name: string, kind: UnboundKind): any {
  if (value === UNBOUND_NAME) throw unboundError(name, kind);
  release(value);
  return UNBOUND_NAME;
}
