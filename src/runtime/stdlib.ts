// Every module the runtime provides, by Python name. The compiler derives what
// `import m` and `from m import x` accept from these objects (moduleMembers),
// so there is no second list to keep in step. Not part of the emitted code's API.

import { inspect, sys, types } from "./generator";
import { typing } from "./typing";
import * as lib from "./lib";

export const STDLIB: Record<string, Record<string, any>> = { inspect, sys, types, typing, ...lib };
