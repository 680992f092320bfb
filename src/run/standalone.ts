// --standalone: the runtime's TypeScript sources are inlined into the
// emitted file inside a namespace, so that the output compiles and runs
// with nothing installed and no runtime name can clash with a Python name.

import * as fs from "fs";
import * as path from "path";
import { RUNTIME_FILES } from "../runtime/files";
import { STANDALONE_NAMESPACE } from "../lower/standaloneNamespace";
import { stringLiteral } from "../emit/escape";

/** The folder holding the runtime's .ts sources (src/runtime, also shipped in the package). */
function runtimeSourceDir(): string {
  const candidates = [
    path.resolve(__dirname, "../runtime"), // running from src/ (ts-jest)
    path.resolve(__dirname, "../../src/runtime"), // running from dist/
  ];
  for (const dir of candidates) if (fs.existsSync(path.join(dir, "generator.ts"))) return dir;
  throw new Error("py2ts-coro: cannot find the runtime sources for --standalone");
}

let cachedCore: string | undefined;

function withoutImports(text: string): string {
  return text
    .split("\n")
    .filter((line) => !/^import\s/.test(line))
    .join("\n");
}

/** The runtime's core as one namespace body: imports between its files removed. */
export function runtimeNamespaceSource(): string {
  if (cachedCore) return cachedCore;
  const dir = runtimeSourceDir();
  cachedCore = RUNTIME_FILES.map((f) => withoutImports(fs.readFileSync(path.join(dir, f), "utf8"))).join("\n");
  return cachedCore;
}

/**
 * The standard-library modules (src/runtime/lib/<module>.ts) among `names`,
 * with the library modules they import, dependencies first. Each is wrapped in
 * a namespace of its own, so its private names cannot clash with the core's
 * or another module's, and exports only its module object.
 */
export function libraryModulesSource(names: Set<string>): string {
  const dir = path.join(runtimeSourceDir(), "lib");
  const available = new Set(fs.readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "index.ts").map((f) => f.slice(0, -3)));
  const out: string[] = [];
  const done = new Set<string>();
  const include = (name: string): void => {
    if (done.has(name) || !available.has(name)) return;
    done.add(name);
    const text = fs.readFileSync(path.join(dir, `${name}.ts`), "utf8");
    for (const m of text.matchAll(/^import [^;]* from "\.\/([\w]+)";$/gm)) include(m[1]);
    // `import { pow as pyPow }` names a core function differently: keep the alias as a constant.
    const aliases: string[] = [];
    for (const m of text.matchAll(/^import \{([^}]*)\} from "[^"]*";$/gm)) {
      for (const spec of m[1].split(",")) {
        const alias = /^\s*(\w+)\s+as\s+(\w+)\s*$/.exec(spec);
        if (alias) aliases.push(`const ${alias[2]} = ${alias[1]};`);
      }
    }
    out.push(`namespace lib_${name} {`, ...aliases, withoutImports(text), "}", `export const ${name} = lib_${name}.${name};`);
  };
  for (const n of [...names].sort()) include(n);
  return out.join("\n");
}

export { STANDALONE_NAMESPACE };

/** Replace the runtime import of emitted code by the inlined runtime. */
export function bundleStandalone(code: string, runtimeModule: string): string {
  const importRe = new RegExp(`^import \\{([^}]*)\\} from ${stringLiteral(runtimeModule).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")};$`, "m");
  const m = importRe.exec(code);
  const specifiers = m ? m[1] : "";
  const bindings = specifiers
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => s.replace(/\s+as\s+/, ": "));
  const header = [
    "// The py2ts-coro runtime, inlined by --standalone.",
    `namespace ${STANDALONE_NAMESPACE} {`,
    runtimeNamespaceSource(),
    libraryModulesSource(new Set(bindings.map((b) => b.split(":")[0].trim()))),
    "}",
    "",
    `const { ${bindings.join(", ")} } = ${STANDALONE_NAMESPACE};`,
  ].join("\n");
  const body = m ? code.replace(importRe, () => header) : `${header}\n${code}`;
  // A file without imports/exports is a script to tsc; keep it a module so its names stay local.
  return `${body}\nexport {};\n`;
}
