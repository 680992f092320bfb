// Expressions: Python expression → TypeScript expression text.
//
// | Python                         | TypeScript                                  |
// |--------------------------------|---------------------------------------------|
// | 10, 2.5, 'a', True, None       | 10n, 2.5, "a", true, None                   |
// | a + b, a / b, a // b, a % b    | add(a, b), truediv(a, b), floordiv(a, b) …  |
// | a < b < c                      | lt(a, b) && lt(b, c) (b evaluated once)      |
// | a and b (as a value)           | !truthy((t = a)) ? t : b                    |
// | x is None                      | x == None (None is null; JS may give undefined) |
// | f(a, k=1) for a known def f    | f(a, 1n) (keywords resolved at compile time) |
// | print(a, end='')               | print(a, { end: "" })                       |
// | s.join(xs) / "".join(xs)       | callMethod(s, "join", xs) / str.join("", xs) |
// | g.send(x)                      | g.send(x)                                   |
// | a[i], a[i:j]                   | getitem(a, i), getitem(a, slice(i, j, None)) |
// | (1,), [1], {1: 2}, {1}         | tupleOf(1n), [1n], dictOf([1n, 2n]), setOf(1n) |
// | f"{x!r:>5}"                    | `${fstr(x, ">5", "r")}`                     |
// | yield x / yield from it        | (yield x) / (yield* yieldFrom(it))          |
// | await x                        | (yield* awaitValue(x))                      |
// | (x for x in xs)                | generatorExpression("<genexpr>", xs, function* (it) {…}) |

import type {
  Arguments,
  Await,
  ClassDef,
  BinOpName,
  Call,
  CmpOpName,
  Comprehension,
  Constant,
  Expr,
  FunctionDef,
  JoinedStr,
  Lambda,
  Loc,
  Yield,
  YieldFrom,
} from "../ast/nodes";
import type { Scope, ScopeInfo } from "../analyze/scopes";
import {
  BOOLEAN_BUILTINS,
  BUILTIN_EXCEPTIONS,
  STR_METHODS,
  SUPPORTED_MODULES,
  moduleProvides,
} from "./builtins";
import { FunctionContext } from "./FunctionContext";
import { escapeName } from "./names";
import { stringLiteral, templateText } from "../emit/escape";
import { attributeKey } from "../runtime/attributeKeys";
import type { SelfAttributes } from "./selfAttributes";
import { GENERATOR_METHODS, type KnownGenerators } from "./knownGenerators";
import { signatureSpec } from "./signatureSpec";
import * as runtimeExports from "../runtime";
import { fitsStatically } from "../analyze/runtimeSignatures";
import { collectUses } from "./declarations";
import { children } from "../analyze/walk";
import { isFreshGeneratorWithFinalizer } from "../analyze/finalization";
import { LONG_CHAIN, accumulate, decidingOperand, firstMatch, joinLogical } from "./longChains";

export interface LowerHost {
  readonly info: ScopeInfo;
  fn: FunctionContext;
  /** A runtime export, imported once (aliased if a Python name collides). */
  rt(name: string): string;
  unsupported(message: string, loc: Loc): void;
  /** Lower a nested function body into statements (for lambdas with yield, genexps). */
  lowerNestedBody(scope: Scope, body: () => void): string[];
  /** The name under which a Python name is visible in the emitted code. */
  nameRef(id: string, loc: Loc): string;
  /** the variable a store to `id` writes (never a checked read) */
  nameRefForStore(id: string): string;
  /** A fresh generator used once by a call and dropped right after it (closed then, as in CPython). */
  isTemporaryGenerator(call: Expr): boolean;
  /** generator functions are marked for inspect.isgeneratorfunction */
  readonly marksFunctions: boolean;
  readonly hasCallableInstances: boolean;
  /** where `self.x` may stay a plain `this.x` */
  readonly selfAttributes: SelfAttributes;
  /** variables that always hold a generator (`g.send(v)` stays a plain call) */
  readonly knownGenerators: KnownGenerators;
  /** defs and lambdas that register their Python signature when created (analyze/runtimeSignatures) */
  readonly runtimeSignatures: ReadonlySet<FunctionDef | Lambda>;
  /** `super().name` looked up at run time along the instance's C3 order (programs with multiple inheritance) */
  dynamicSuper(name: string): string | undefined;
}

const BINOP_HELPER: Record<BinOpName, string> = {
  Add: "add",
  Sub: "sub",
  Mult: "mul",
  MatMult: "matmul",
  Div: "truediv",
  FloorDiv: "floordiv",
  Mod: "mod",
  Pow: "pow",
  LShift: "lshift",
  RShift: "rshift",
  BitOr: "bitor",
  BitXor: "bitxor",
  BitAnd: "bitand",
};

export function inplaceHelper(op: BinOpName): string {
  const h = BINOP_HELPER[op];
  return "i" + h;
}

const CMP_HELPER: Partial<Record<CmpOpName, string>> = {
  Eq: "eq",
  NotEq: "ne",
  Lt: "lt",
  LtE: "le",
  Gt: "gt",
  GtE: "ge",
};

export { stringLiteral };

function floatLiteral(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "Infinity";
  if (v === -Infinity) return "-Infinity";
  const s = String(v);
  // Keep a visible fraction so readers see a Python float, not an int.
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/** Operators on the left spine of a binary operator chain (`a + b - c` has 2). */
function leftChainLength(e: Expr): number {
  let n = 0;
  for (let x = e; x.kind === "BinOp"; x = x.left) n++;
  return n;
}

/**
 * The receiver of a postfix operation (`x.a`, `x[i]`, `x(...)`, `x.m(...)`),
 * the next link of a chain like `a.b(c).d[0]`; a `super()` call ends the
 * chain (its lowering needs the call and the attribute together).
 */
function postfixReceiver(e: Expr): Expr | undefined {
  if (e.kind === "Attribute" || e.kind === "Subscript") return isSuperCall(e.value) ? undefined : e.value;
  if (e.kind !== "Call") return undefined;
  if (e.func.kind === "Attribute") return isSuperCall(e.func.value) ? undefined : e.func.value;
  return e.func;
}

/** Operators in a chain `a ** b ** c ...` (right-associative). */
function powerChainLength(e: Expr): number {
  let n = 0;
  for (let x = e; x.kind === "BinOp" && x.op === "Pow"; x = x.right) n++;
  return n;
}

/** Operators in a chain `- - not ~x`. */
function unaryChainLength(e: Expr): number {
  let n = 0;
  for (let x = e; x.kind === "UnaryOp"; x = x.operand) n++;
  return n;
}

/** Conditions in a chain `a if c else b if d else ...`. */
function conditionalChainLength(e: Expr): number {
  let n = 0;
  for (let x = e; x.kind === "IfExp"; x = x.orelse) n++;
  return n;
}

/** Expressions that can be evaluated twice without a temporary. */
function isSimple(e: Expr): boolean {
  return e.kind === "Name" || e.kind === "Constant";
}

export class ExprLowering {
  constructor(private readonly host: LowerHost) {}

  private get rt() {
    return (name: string) => this.host.rt(name);
  }

  // ------------------------------------------------------------ entry points

  /** `yield x`, `yield from it`, `await x`, without the parentheses an operand position needs. */
  yieldExpression(e: Yield | YieldFrom | Await): string {
    if (e.kind === "Yield") return `yield ${e.value ? this.expr(e.value) : this.rt("None")}`;
    if (e.kind === "Await") return `yield* ${this.rt("awaitValue")}(${this.expr(e.value)})`;
    // `yield from make()`: only the delegation references the subgenerator, so it is finalized with it.
    const temporary = isFreshGeneratorWithFinalizer(e.value, this.host.info, this.host.fn.scope);
    return `yield* ${this.rt(temporary ? "yieldFromTemporary" : "yieldFrom")}(${this.expr(e.value)})`;
  }

  expr(e: Expr): string {
    const substitute = this.substitutions.get(e);
    if (substitute) return substitute;
    switch (e.kind) {
      case "Constant":
        return this.constant(e);
      case "Name":
        return this.host.nameRef(e.id, e.loc);
      case "BinOp":
        if (leftChainLength(e) > LONG_CHAIN) return this.longBinOpChain(e);
        if (powerChainLength(e) > LONG_CHAIN) return this.longPowerChain(e);
        return `${this.rt(BINOP_HELPER[e.op])}(${this.expr(e.left)}, ${this.expr(e.right)})`;
      case "UnaryOp":
        if (unaryChainLength(e) > LONG_CHAIN) return this.longUnaryChain(e);
        return this.unary(e.op, e.operand);
      case "BoolOp":
        return this.boolOpValue(e.op, e.values);
      case "Compare":
        return this.compare(e.left, e.ops, e.comparators);
      case "IfExp":
        if (conditionalChainLength(e) > LONG_CHAIN) return this.longConditionalChain(e);
        return `(${this.test(e.test)} ? ${this.expr(e.body)} : ${this.expr(e.orelse)})`;
      case "Call":
      case "Attribute":
      case "Subscript":
        if (this.postfixChainLength(e) > LONG_CHAIN) return this.longPostfixChain(e);
        return this.shallowPostfix(e);
      case "Slice":
        return this.slice(e.lower, e.upper, e.step);
      case "List":
        return `[${this.elements(e.elts)}]`;
      case "Tuple":
        return `${this.rt("tupleOf")}(${this.elements(e.elts)})`;
      case "Set":
        return `${this.rt("setOf")}(${this.elements(e.elts, "iterate")})`;
      case "Dict":
        return this.dict(e.keys, e.values);
      case "JoinedStr":
        return this.joinedStr(e);
      case "Yield":
      case "YieldFrom":
      case "Await":
        return `(${this.yieldExpression(e)})`;
      case "NamedExpr":
        return `(${this.host.nameRefForStore(e.target.id)} = ${this.boundValue(e.value)})`;
      case "Lambda":
        return this.lambda(e);
      case "GeneratorExp":
        return this.generatorExp(e.elt, e.generators, e);
      case "ListComp":
        return this.listComp(e, e.generators, () => this.expr(e.elt), "[]", "push");
      case "SetComp":
        return this.listComp(e, e.generators, () => this.expr(e.elt), `${this.rt("setOf")}()`, "add");
      case "DictComp":
        return this.listComp(
          e,
          e.generators,
          () => `${this.expr(e.key)}, ${this.expr(e.value)}`,
          `${this.rt("dictOf")}()`,
          "__setitem__",
        );
      case "Starred":
        this.host.unsupported("can't use starred expression here", e.loc);
        return "undefined";
    }
  }

  /** An expression used as a condition: a JS boolean. */
  test(e: Expr): string {
    switch (e.kind) {
      case "Compare":
        return this.compare(e.left, e.ops, e.comparators);
      case "UnaryOp":
        if (e.op === "Not") return `!${this.parenthesized(this.test(e.operand))}`;
        break;
      case "BoolOp":
        return joinLogical(
          e.values.map((v) => this.parenthesized(this.test(v))),
          e.op === "And" ? "&&" : "||",
        );
      case "Constant":
        if (e.value.type === "bool") return String(e.value.value);
        break;
      case "Call":
        if (e.func.kind === "Name" && BOOLEAN_BUILTINS.has(e.func.id) && this.isBuiltin(e.func.id, e.func.loc)) {
          return this.call(e);
        }
        break;
    }
    return `${this.rt("truthy")}(${this.expr(e)})`;
  }

  private parenthesized(s: string): string {
    return /^[\w$.]+$/.test(s) || /^[\w$.]+\([^()]*\)$/.test(s) ? s : `(${s})`;
  }

  // ------------------------------------------------------------ constants

  constant(e: Constant): string {
    const v = e.value;
    switch (v.type) {
      case "int":
        return `${v.value}n`;
      case "float":
        return floatLiteral(v.value);
      case "str":
        return stringLiteral(v.value);
      case "bool":
        return String(v.value);
      case "None":
        return this.rt("None");
      case "Ellipsis":
        return this.rt("Ellipsis");
      case "bytes":
        // The bytes as the char codes (0..255) of a string literal.
        return `${this.rt("bytesLiteral")}(${stringLiteral(v.value)})`;
      case "complex":
        this.host.unsupported(`${v.type} literals are not supported yet`, e.loc);
        return "undefined";
    }
  }

  // ------------------------------------------------------------ operators

  private unary(op: "Invert" | "Not" | "UAdd" | "USub", operand: Expr): string {
    if (op === "Not") return `!${this.parenthesized(this.test(operand))}`;
    if (op === "USub" && operand.kind === "Constant") {
      if (operand.value.type === "int") return `-${operand.value.value}n`;
      if (operand.value.type === "float") return `-${floatLiteral(operand.value.value)}`;
    }
    const helper = op === "USub" ? "neg" : op === "UAdd" ? "pos" : "invert";
    return `${this.rt(helper)}(${this.expr(operand)})`;
  }

  /** `a or b` as a value: Python returns the deciding operand itself. */
  private boolOpValue(op: "And" | "Or", values: Expr[]): string {
    if (values.length > LONG_CHAIN) {
      return decidingOperand(this.host.fn.temp("value"), this.rt("truthy"), values.map((v) => this.expr(v)), op);
    }
    let result = this.expr(values[values.length - 1]);
    for (let i = values.length - 2; i >= 0; i--) {
      const v = values[i];
      let ref: string;
      let first: string;
      if (isSimple(v)) {
        ref = first = this.expr(v);
      } else {
        ref = this.host.fn.temp("value");
        first = `(${ref} = ${this.expr(v)})`;
      }
      const t = `${this.rt("truthy")}(${first})`;
      result = op === "Or" ? `(${t} ? ${ref} : ${result})` : `(!${t} ? ${ref} : ${result})`;
    }
    return result;
  }

  private compareOne(left: string, op: CmpOpName, right: string, rightExpr: Expr, leftExpr?: Expr): string {
    switch (op) {
      case "Is":
      case "IsNot": {
        const none = isNone(rightExpr) || (leftExpr !== undefined && isNone(leftExpr));
        const eq = none ? (op === "Is" ? "==" : "!=") : op === "Is" ? "===" : "!==";
        return `${left} ${eq} ${right}`;
      }
      case "In":
        return `${this.rt("isIn")}(${left}, ${right})`;
      case "NotIn":
        return `!${this.rt("isIn")}(${left}, ${right})`;
      default:
        return `${this.rt(CMP_HELPER[op]!)}(${left}, ${right})`;
    }
  }

  private compare(left: Expr, ops: CmpOpName[], comparators: Expr[]): string {
    if (ops.length === 1) return this.compareOne(this.expr(left), ops[0], this.expr(comparators[0]), comparators[0], left);
    const parts: string[] = [];
    let leftText = this.expr(left);
    let leftExpr: Expr = left;
    ops.forEach((op, i) => {
      const right = comparators[i];
      let rightText = this.expr(right);
      let nextLeft = rightText;
      if (i < ops.length - 1 && !isSimple(right)) {
        const t = this.host.fn.temp("operand");
        rightText = `(${t} = ${rightText})`;
        nextLeft = t;
      }
      parts.push(this.compareOne(leftText, op, rightText, right, leftExpr));
      leftText = nextLeft;
      leftExpr = right;
    });
    return `(${joinLogical(parts, "&&")})`;
  }

  /** `a + b - c ...` with more than LONG_CHAIN operators, flat (see longChains.ts). */
  /** Links in a postfix chain `a.b(c).d[0]...` (up to a part already substituted). */
  private postfixChainLength(e: Expr): number {
    let n = 0;
    for (let x = postfixReceiver(e); x && !this.substitutions.has(x); x = postfixReceiver(x)) n++;
    return n;
  }

  /** A postfix chain longer than LONG_CHAIN, flat: each link applied to the value of the one before. */
  private longPostfixChain(e: Expr): string {
    const links: Expr[] = [];
    let base: Expr = e;
    for (let r = postfixReceiver(base); r && !this.substitutions.has(r); r = postfixReceiver(base)) {
      links.push(base);
      base = r;
    }
    const acc = this.host.fn.temp("value");
    const first = this.shallowPostfix(base);
    const steps = links.reverse().map((link) => {
      const receiver = postfixReceiver(link)!;
      this.substitutions.set(receiver, acc);
      try {
        return this.shallowPostfix(link);
      } finally {
        this.substitutions.delete(receiver);
      }
    });
    return accumulate(acc, first, steps);
  }

  /** One link of a postfix chain (its receiver already substituted). */
  /** The `raise` operand being lowered: its exception is raised, not just created. */
  raiseOperand: Expr | undefined;
  /** exceptions created as the argument of gen.throw(): their creation context is dropped there */
  private readonly thrownIn = new Set<Expr>();

  /**
   * `ValueError(...)` outside `raise`: CPython gives an exception its __context__ only when
   * raising it, while the runtime's builtin exceptions take it when created.
   */
  private unraisedIfException(e: Call, code: string): string {
    if (e === this.raiseOperand || this.thrownIn.has(e) || e.func.kind !== "Name" || !BUILTIN_EXCEPTIONS.has(e.func.id)) return code;
    if (this.host.info.resolve(e.func.id, this.host.fn.scope).kind !== "builtin") return code;
    // Module-level code outside except/finally runs with no exception being handled.
    if (this.host.fn.scope.kind === "module" && !this.host.fn.inHandler()) return code;
    return `${this.rt("unraised")}(${code})`;
  }

  private shallowPostfix(e: Expr): string {
    if (e.kind === "Call") {
      // gen.throw(E(...)) never chains E with the caller's handled exception (the runtime drops it)
      if (e.func.kind === "Attribute" && (e.func.attr === "throw" || e.func.attr === "athrow") && e.args.length) {
        for (const a of e.args) this.thrownIn.add(a);
      }
      return this.unraisedIfException(e, this.call(e));
    }
    if (e.kind === "Attribute") return this.attribute(e.value, e.attr);
    if (e.kind === "Subscript") return `${this.rt("getitem")}(${this.expr(e.value)}, ${this.subscriptKey(e.slice)})`;
    return this.expr(e);
  }

  private longBinOpChain(e: Extract<Expr, { kind: "BinOp" }>): string {
    const spine: Extract<Expr, { kind: "BinOp" }>[] = [];
    let first: Expr = e;
    while (first.kind === "BinOp" && !this.substitutions.has(first)) {
      spine.push(first);
      first = first.left;
    }
    const acc = this.host.fn.temp("acc");
    const steps = spine.reverse().map((b) => `${this.rt(BINOP_HELPER[b.op])}(${acc}, ${this.expr(b.right)})`);
    return accumulate(acc, this.expr(first), steps);
  }

  /** `a ** b ** c ...` with more than LONG_CHAIN operators, flat: operands first, then powers from the right. */
  private longPowerChain(e: Extract<Expr, { kind: "BinOp" }>): string {
    const operands: Expr[] = [];
    let rest: Expr = e;
    while (rest.kind === "BinOp" && rest.op === "Pow" && !this.substitutions.has(rest)) {
      operands.push(rest.left);
      rest = rest.right;
    }
    const values = this.host.fn.temp("operands");
    const acc = this.host.fn.temp("acc");
    const steps = operands.map((_, i) => `${this.rt(BINOP_HELPER.Pow)}(${values}[${operands.length - 1 - i}], ${acc})`);
    const all = [...operands, rest].map((x) => this.expr(x));
    return accumulate(acc, `(${values} = [${all.join(", ")}])[${operands.length}]`, steps);
  }

  /** `- - not ~x` with more than LONG_CHAIN operators, flat: innermost operator first. */
  private longUnaryChain(e: Extract<Expr, { kind: "UnaryOp" }>): string {
    const ops: ("Invert" | "Not" | "UAdd" | "USub")[] = [];
    let operand: Expr = e;
    while (operand.kind === "UnaryOp" && !this.substitutions.has(operand)) {
      ops.push(operand.op);
      operand = operand.operand;
    }
    const acc = this.host.fn.temp("acc");
    const steps = ops.reverse().map((op) =>
      op === "Not" ? `!${this.rt("truthy")}(${acc})` : `${this.rt(op === "USub" ? "neg" : op === "UAdd" ? "pos" : "invert")}(${acc})`,
    );
    return accumulate(acc, this.expr(operand), steps);
  }

  /** `a if c else b if d else ...` with more than LONG_CHAIN conditions, flat (see longChains.ts). */
  private longConditionalChain(e: Extract<Expr, { kind: "IfExp" }>): string {
    const cases: { test: string; value: string }[] = [];
    let rest: Expr = e;
    while (rest.kind === "IfExp" && !this.substitutions.has(rest)) {
      cases.push({ test: this.test(rest.test), value: this.expr(rest.body) });
      rest = rest.orelse;
    }
    return firstMatch(this.host.fn.temp("value"), cases, this.expr(rest));
  }

  // ------------------------------------------------------------ containers

  /** Elements of a list/tuple/set display, `*x` spread ("Value after *" errors as CPython's list building gives). */
  elements(elts: Expr[], spread = "starredValues"): string {
    return elts.map((e) => (e.kind === "Starred" ? `...${this.rt(spread)}(${this.expr(e.value)})` : this.expr(e))).join(", ");
  }

  /**
   * The callee of each call being lowered, as a JS expression that is cheap
   * to read again (a name, or a temporary holding it), for the errors of
   * `f(*x)` and `f(**d)`, which name the callee as CPython does.
   */
  private readonly callees = new Map<Call, { ref: string; method?: string }>();

  /** A call's positional arguments: a lone `*x` is CPython's CALL_FUNCTION_EX, whose error names the callee. */
  private positional(e: Call): string {
    const callee = this.callees.get(e);
    if (callee && e.args.length === 1 && e.args[0].kind === "Starred") {
      return `...${this.rt("starArguments")}(${this.expr(e.args[0].value)}, ${this.calleeArguments(callee)})`;
    }
    return this.elements(e.args);
  }

  /** `**d` in a call: its items as keywords; errors name the callee. */
  private keywordUnpack(e: Call, value: Expr): string {
    const callee = this.callees.get(e);
    return `...${this.rt("unpackKeywords")}(${this.expr(value)}${callee ? `, ${this.calleeArguments(callee)}` : ""})`;
  }

  private calleeArguments(callee: { ref: string; method?: string }): string {
    return callee.method === undefined ? callee.ref : `${callee.ref}, ${stringLiteral(callee.method)}`;
  }

  /** Whether the call unpacks arguments (and so may need to name its callee in an error). */
  private unpacks(e: Call): boolean {
    return (e.args.length === 1 && e.args[0].kind === "Starred") || e.keywords.some((k) => k.arg === undefined);
  }

  /**
   * `text`, an expression for the callee (or receiver) of `e`, made cheap to
   * read again: when the call unpacks arguments and `text` is not a plain
   * name, it is stored in a temporary as it is evaluated.
   */
  private rememberCallee(e: Call, text: string, method?: string): string {
    if (!this.unpacks(e)) return text;
    if (/^[\w$]+(\.[\w$]+)*$/.test(text)) {
      this.callees.set(e, { ref: text, method });
      return text;
    }
    const t = this.host.fn.temp(method === undefined ? "callee" : "receiver");
    this.callees.set(e, { ref: t, method });
    return `(${t} = ${text})`;
  }

  private dict(keys: (Expr | undefined)[], values: Expr[]): string {
    const entries = keys.map((k, i) =>
      k ? `[${this.expr(k)}, ${this.expr(values[i])}]` : `...${this.rt("dictItems")}(${this.expr(values[i])})`,
    );
    return `${this.rt("dictOf")}(${entries.join(", ")})`;
  }

  private subscriptKey(slice: Expr): string {
    return this.expr(slice);
  }

  private slice(lower?: Expr, upper?: Expr, step?: Expr): string {
    const part = (e?: Expr) => (e ? this.expr(e) : this.rt("None"));
    return `${this.rt("slice")}(${part(lower)}, ${part(upper)}, ${part(step)})`;
  }

  private joinedStr(e: JoinedStr): string {
    let out = "`";
    for (const part of e.values) {
      if (part.kind === "Constant") {
        out += part.value.type === "str" ? templateText(part.value.value) : "";
        continue;
      }
      const conv = part.conversion === -1 ? undefined : String.fromCharCode(part.conversion);
      const spec = part.formatSpec ? this.formatSpecText(part.formatSpec) : undefined;
      const value = this.expr(part.value);
      if (!conv && !spec) out += `\${${this.rt("str")}(${value})}`;
      else out += `\${${this.rt("fstr")}(${value}, ${spec ?? '""'}${conv ? `, ${stringLiteral(conv)}` : ""})}`;
    }
    return out + "`";
  }

  private formatSpecText(spec: JoinedStr): string {
    if (spec.values.every((v) => v.kind === "Constant")) {
      return stringLiteral(spec.values.map((v) => (v.kind === "Constant" && v.value.type === "str" ? v.value.value : "")).join(""));
    }
    return this.joinedStr(spec);
  }

  // ------------------------------------------------------------ names, attributes, calls

  private isBuiltin(id: string, loc: Loc): boolean {
    return this.host.info.resolve(id, this.host.fn.scope).kind === "builtin" && loc !== undefined;
  }

  /** The module an expression names, when it is an imported supported module. */
  private moduleOf(e: Expr): string | undefined {
    if (e.kind !== "Name") return undefined;
    const r = this.host.info.resolve(e.id, this.host.fn.scope);
    if (r.kind === "builtin" || r.kind === "unbound") return undefined;
    const imp = r.binding.imported;
    return imp && !imp.member && SUPPORTED_MODULES[imp.module] ? imp.module : undefined;
  }

  /**
   * When e is `self` of a method (emitted as `this`, or as the `const self = this`
   * alias of a generator body or closure), never rebound: that method's scope.
   */
  private selfOf(e: Expr): Scope | undefined {
    if (e.kind !== "Name") return undefined;
    if (this.host.fn.selfAsThis === e.id) return this.host.fn.scope;
    const r = this.host.info.resolve(e.id, this.host.fn.scope);
    if (r.kind !== "local" && r.kind !== "closure") return undefined;
    const method = r.scope.node as FunctionDef;
    const b = r.binding;
    if (method.kind !== "FunctionDef" || method.args.args[0]?.name !== e.id || !b.isParam || b.count !== 1 || b.rebound) return undefined;
    return r.scope;
  }

  /**
   * `obj.attr` read as a value: the runtime's getattr (Python's lookup:
   * AttributeError when missing, methods bound, never a JavaScript
   * internal), except module members and `this.attr` where SelfAttributes
   * proves the plain read means the same.
   */
  /**
   * Where a zero-argument `super()` is: in a method (JS `super` works), or
   * where CPython raises RuntimeError (module level, a class body, a function
   * outside any class); a function or lambda nested in a method is a diagnostic.
   */
  private superOutsideMethod(e: Expr): string | undefined {
    const scope = this.host.fn.scope;
    if (scope.kind === "function" && scope.parent?.kind === "class") return undefined;
    let inClass = false;
    for (let s = scope.parent; s; s = s.parent) if (s.kind === "class") inClass = true;
    if (inClass && scope.kind !== "class") {
      this.host.unsupported("super() in a function nested inside a method", e.loc);
      return "undefined";
    }
    const node = scope.node;
    const hasArgs = (node.kind === "FunctionDef" || node.kind === "Lambda") && node.args.args.length > 0;
    return `${this.rt("superWithoutClass")}(${JSON.stringify(hasArgs ? "__class__ cell not found" : "no arguments")})`;
  }

  attribute(value: Expr, attr: string): string {
    if (isSuperCall(value) && this.host.info.resolve("super", this.host.fn.scope).kind === "builtin") {
      const outside = this.superOutsideMethod(value);
      if (outside) return outside;
    }
    if (isSuperCall(value) && this.host.info.resolve("super", this.host.fn.scope).kind === "builtin" && !this.host.fn.superCaptures) {
      // `super().x` read (a property or class attribute of the next class): JS `super.x` in a method.
      return this.host.dynamicSuper(attr) ?? `super.${attributeKey(attr)}`;
    }
    const mod = this.moduleOf(value);
    if (mod) {
      if (!SUPPORTED_MODULES[mod].has(attr)) {
        this.host.unsupported(`'${mod}.${attr}' is not supported${moduleProvides(mod)}`, value.loc);
      }
      return `${this.host.nameRef((value as { id: string }).id, value.loc)}.${attr}`;
    }
    const method = this.selfOf(value);
    if (method && this.host.selfAttributes.canRead(method, attr)) return `${this.expr(value)}.${attributeKey(attr)}`;
    return `${this.rt("getattr")}(${this.expr(value)}, ${stringLiteral(attr)})`;
  }

  /** The statement `obj.attr = value` (obj already lowered, evaluated once): setattr, or a plain store on `this`. */
  attributeStore(target: Expr, obj: string, attr: string, value: string): string {
    const method = this.selfOf(target);
    if (method && this.host.selfAttributes.canStore(method, attr)) return `${obj}.${attributeKey(attr)} = ${value};`;
    return `${this.rt("setattr")}(${obj}, ${stringLiteral(attr)}, ${value});`;
  }

  /** `obj.attr` read where obj is already lowered (augmented assignment). */
  attributeReadOf(target: Expr, obj: string, attr: string): string {
    const method = this.selfOf(target);
    if (method && this.host.selfAttributes.canRead(method, attr)) return `${obj}.${attributeKey(attr)}`;
    return `${this.rt("getattr")}(${obj}, ${stringLiteral(attr)})`;
  }

  /** Keyword arguments as a trailing plain object, for runtime callees. */
  private kwargsObject(call: Call): string | undefined {
    if (call.keywords.length === 0) return undefined;
    const parts = call.keywords.map((k) =>
      k.arg === undefined ? this.keywordUnpack(call, k.value) : `${propertyName(k.arg)}: ${this.expr(k.value)}`,
    );
    return `{ ${parts.join(", ")} }`;
  }

  private withKwargs(args: string, call: Call): string {
    const kw = this.kwargsObject(call);
    if (!kw) return args;
    return args ? `${args}, ${kw}` : kw;
  }

  /** Expressions replaced by a name while lowering (a temporary generator inside closingAfter). */
  private readonly substitutions = new Map<Expr, string>();

  call(e: Call): string {
    const temporary = [e.args[0], e.func.kind === "Attribute" ? e.func.value : undefined].find(
      (x): x is Expr => !!x && !this.substitutions.has(x) && this.host.isTemporaryGenerator(x),
    );
    if (temporary) {
      // `next(gen())`: CPython drops (so closes) the temporary right after the call returns.
      const created = this.expr(temporary);
      const name = this.host.fn.names.claimFreeName("temporary");
      this.substitutions.set(temporary, name);
      try {
        return `${this.rt("closingAfter")}(${created}, (${name}: any) => ${this.callDirect(e)})`;
      } finally {
        this.substitutions.delete(temporary);
      }
    }
    return this.callDirect(e);
  }

  private callDirect(e: Call): string {
    const f = e.func;
    if (f.kind === "Name") {
      const r = this.host.info.resolve(f.id, this.host.fn.scope);
      // Reading the name again (only on error) has no effect of its own.
      if (this.unpacks(e)) this.callees.set(e, { ref: this.host.nameRef(f.id, f.loc) });
      if (r.kind === "builtin") {
        const args = this.positional(e);
        if (BUILTIN_EXCEPTIONS.has(f.id) || isRuntimeClass(f.id)) {
          if (e.keywords.length) return this.dynamicCall(this.rt(f.id), e); // CPython's TypeError: no keywords
          return `new ${this.rt(f.id)}(${args})`;
        }
        // A builtin that is not a function (`__name__`) is called as any value: CPython's TypeError.
        if (typeof (runtimeExports as Record<string, unknown>)[f.id] !== "function") return `${this.rt("callValue")}(${this.host.nameRef(f.id, f.loc)}${args ? `, ${args}` : ""})`;
        // Another argument count than a one-argument builtin takes: its TypeError comes at run time
        // (a direct call would not type-check).
        if (runtimeExports.ONE_ARGUMENT_BUILTINS.has(f.id) && e.args.length !== 1 && !e.keywords.length) {
          return `${this.rt("callValue")}(${this.host.nameRef(f.id, f.loc)}${args ? `, ${args}` : ""})`;
        }
        // `*x` into a fixed parameter list: TypeScript takes a spread only into a rest parameter.
        if (e.args.some((a) => a.kind === "Starred")) return this.dynamicCall(this.host.nameRef(f.id, f.loc), e);
        return `${this.host.nameRef(f.id, f.loc)}(${this.withKwargs(args, e)})`;
      }
      if (r.kind !== "unbound" && r.binding.def && !r.binding.rebound && r.binding.def.decorators.length === 0) {
        return this.callKnown(e, r.binding.def, this.host.nameRef(f.id, f.loc), false);
      }
      if (r.kind !== "unbound" && r.binding.classDef && !r.binding.rebound) {
        // Instantiation: the constructor calls __init__ with these arguments.
        const init = r.binding.classDef.body.find(
          (s): s is FunctionDef => s.kind === "FunctionDef" && s.name === "__init__" && s.decorators.length === 0,
        );
        const callee = this.host.nameRef(f.id, f.loc);
        if (init) {
          return this.callKnown(e, { ...init, name: f.id, args: { ...init.args, args: init.args.args.slice(1) } }, callee, true);
        }
        // An inherited __init__ (or object's): bound at run time.
        if (e.keywords.length) return this.dynamicCall(callee, e);
        return `new ${callee}(${this.positional(e)})`;
      }
      if (r.kind !== "unbound" && r.binding.imported?.member) {
        if (e.args.some((a) => a.kind === "Starred")) return this.dynamicCall(this.host.nameRef(f.id, f.loc), e);
        return `${this.host.nameRef(f.id, f.loc)}(${this.withKwargs(this.positional(e), e)})`;
      }
      if (e.keywords.length) return this.dynamicCall(this.host.nameRef(f.id, f.loc), e);
      // The variable may hold anything: a class, an instance with __call__, or a value
      // that is not callable (CPython's TypeError, never JavaScript's).
      const args = this.positional(e);
      return `${this.rt("callValue")}(${this.host.nameRef(f.id, f.loc)}${args ? `, ${args}` : ""})`;
    }
    if (f.kind === "Attribute") {
      if (isSuperCall(f.value) && this.host.info.resolve("super", this.host.fn.scope).kind === "builtin") {
        const outside = this.superOutsideMethod(f.value);
        if (outside) return outside;
        const dynamicSuper = this.host.dynamicSuper(f.attr);
        if (dynamicSuper && e.keywords.length) return `${this.rt("callDynamic")}(${dynamicSuper}, [${this.positional(e)}], ${this.keywordObject(e)})`;
        if (dynamicSuper) return `${dynamicSuper}(${this.positional(e)})`;
        const captures = this.host.fn.superCaptures;
        if (e.keywords.length && captures) this.host.unsupported("keyword arguments in a super() call inside a generator method", e.loc);
        if (e.keywords.length && !captures) {
          return `${this.rt("callDynamic")}(${this.rt("boundMethod")}(super.${attributeKey(f.attr)}, this), [${this.positional(e)}], ${this.keywordObject(e)})`;
        }
        if (captures) {
          let arrow = captures.get(f.attr);
          if (!arrow) captures.set(f.attr, (arrow = this.host.fn.names.claimFreeName(`super_${f.attr}`)));
          return `${arrow}(${this.positional(e)})`;
        }
        return `super.${attributeKey(f.attr)}(${this.positional(e)})`;
      }
      const mod = this.moduleOf(f.value);
      if (mod === "sys" && (f.attr === "exc_info" || f.attr === "exception") && e.args.length === 0) {
        return `${this.rt(f.attr === "exc_info" ? "excInfo" : "handledException")}()`;
      }
      if (mod) {
        const callee = this.rememberCallee(e, this.attribute(f.value, f.attr));
        return `${callee}(${this.withKwargs(this.positional(e), e)})`;
      }
      if (f.value.kind === "Constant" && f.value.value.type === "str" && STR_METHODS.has(f.attr)) {
        const self = this.expr(f.value);
        this.callees.set(e, { ref: self, method: f.attr });
        const args = this.withKwargs(this.positional(e), e);
        return `${this.rt("str")}.${f.attr}(${args ? `${self}, ${args}` : self})`;
      }
      const obj = this.rememberCallee(e, this.expr(f.value), f.attr);
      const getter = `${this.rt("getattr")}(${obj}, ${stringLiteral(f.attr)})`;
      if (GENERATOR_METHODS.has(f.attr) && !e.keywords.length && this.host.knownGenerators.isGenerator(f.value, this.host.fn.scope)) {
        // `g.send(v)` on a variable that always holds a generator: the generator's own method.
        return `${obj}.${f.attr}(${this.positional(e)})`;
      }
      const selfMethod = this.selfOf(f.value);
      // A method of this class called on self, when every method of that name in the program has the
      // same signature (so an override in a subclass binds alike): a plain JavaScript method call,
      // its arguments matched here (or at run time, when they do not fit: CPython's TypeError).
      const method = selfMethod && this.host.selfAttributes.canCall(selfMethod, f.attr) && !RUNTIME_METHODS.includes(f.attr) ? this.methodSignature(f.attr) : undefined;
      if (method) return this.callKnown(e, method, `${obj}.${attributeKey(f.attr)}`, false, getter);
      if (e.keywords.length) {
        // Bound at run time by the signature of whatever method the receiver has.
        return `${this.rt("callMethodDynamic")}(${obj}, ${stringLiteral(f.attr)}, [${this.positional(e)}], ${this.keywordObject(e)})`;
      }
      const args = this.positional(e);
      return `${this.rt("callMethod")}(${obj}, ${stringLiteral(f.attr)}${args ? `, ${args}` : ""})`;
    }
    if (f.kind === "Lambda") {
      // Named when kept in a temporary (for error messages): JavaScript would name it after the temporary.
      const lambda = this.expr(f);
      const named = this.isNestedLambda(f) || this.host.runtimeSignatures.has(f) ? lambda : `${this.rt("pythonName")}(${lambda}, "<lambda>")`;
      const callee = this.unpacks(e) ? this.rememberCallee(e, named) : `(${lambda})`;
      return this.callKnown(e, { name: "<lambda>", args: f.args } as FunctionDef, callee, false);
    }
    const callee = this.rememberCallee(e, this.expr(f));
    if (e.keywords.length) return this.dynamicCall(/^[\w$.]+$/.test(callee) ? callee : `(${callee})`, e);
    const args = this.positional(e);
    return `${this.rt("callValue")}(${callee}${args ? `, ${args}` : ""})`;
  }

  /**
   * Arguments for a call to a `def` known at compile time: keywords are put
   * in parameter order, so the emitted function takes plain positional
   * parameters (keyword-only ones and **kwargs in one trailing object).
   * Python evaluates arguments in source order; when moving keyword values
   * into parameter order would change the order of two expressions with
   * side effects, temporaries keep CPython's order.
   */
  /** The one signature (without self) of the program's methods with this name, if they all agree. */
  private methodSignature(name: string): FunctionDef | undefined {
    if (!this.methodSignatures.has(name)) this.methodSignatures.set(name, this.findMethodSignature(name));
    return this.methodSignatures.get(name);
  }

  private readonly methodSignatures = new Map<string, FunctionDef | undefined>();

  private findMethodSignature(name: string): FunctionDef | undefined {
    let found: FunctionDef | undefined;
    let key: string | undefined;
    for (const scope of this.host.info.scopeOf.values()) {
      if (scope.kind !== "class") continue;
      const cls = scope.node as { body: { kind: string }[] };
      for (const m of cls.body) {
        if (m.kind !== "FunctionDef") continue;
        const def = m as FunctionDef;
        if (def.name !== name) continue;
        const isStatic = def.decorators.some((d) => d.kind === "Name" && d.id === "staticmethod");
        const args = isStatic ? def.args : { ...def.args, args: def.args.args.slice(1) };
        const signature = JSON.stringify([args.args.map((a) => a.name), args.defaults.length, !!args.vararg, args.kwonlyargs.map((a) => a.name), !!args.kwarg]);
        if (key !== undefined && key !== signature) return undefined;
        key = signature;
        found = { ...def, args };
      }
    }
    return found;
  }

  /** Keywords to a callee known only at run time: matched there (see the runtime's callDynamic). */
  private dynamicCall(callee: string, e: Call): string {
    return `${this.rt("callDynamic")}(${callee}, [${this.positional(e)}], ${this.keywordObject(e)})`;
  }

  /** A call to a def (or class, lambda) whose signature is known at compile time. */
  /** boundCallee: for a method, the bound method that arguments matched at run time are passed to. */
  private callKnown(e: Call, def: FunctionDef, callee: string, construct: boolean, boundCallee = callee): string {
    const { args, pre, matched } = this.staticArguments(e, def);
    // Bound at run time by the callee's registered signature (a class: by its __init__'s).
    if (matched) return `${this.rt("callDynamic")}(${boundCallee}, ${args})`;
    const call = `${construct ? "new " : ""}${callee}(${args})`;
    return pre.length ? `(${pre.join(", ")}, ${call})` : call;
  }

  private staticArguments(e: Call, def: FunctionDef): { args: string; pre: string[]; matched?: boolean } {
    const a = def.args;
    const hasStar = e.args.some((x) => x.kind === "Starred") || e.keywords.some((k) => k.arg === undefined);
    if (hasStar) {
      // Only a bare `*args` parameter list takes a spread as is (TypeScript rest parameter).
      if (!e.keywords.length && !a.kwarg && !a.kwonlyargs.length && a.args.length === 0 && a.vararg) {
        return { args: this.positional(e), pre: [] };
      }
      return this.runtimeMatchedArguments(e);
    }
    // A call that does not fit the signature raises TypeError at run time, with CPython's message.
    if (!fitsStatically(e, a)) return this.runtimeMatchedArguments(e);
    let mismatch = false;
    const params = a.args.map((p) => p.name);
    const kwonly = a.kwonlyargs.map((k) => k.name);
    // Each argument value with its position in the source.
    type Value = { text: string; order: number; simple: boolean };
    const slots = new Map<string, Value>();
    const extraPositional: Value[] = [];
    const extraKeywords: { name: string; value: Value }[] = [];
    let order = 0;
    const value = (x: Expr): Value => ({ text: this.expr(x), order: order++, simple: isSimple(x) || x.kind === "Lambda" });
    e.args.forEach((x, i) => {
      if (i < params.length) slots.set(params[i], value(x));
      else extraPositional.push(value(x));
    });
    if (extraPositional.length && !a.vararg) mismatch = true;
    for (const k of e.keywords) {
      const name = k.arg!;
      if (slots.has(name)) mismatch = true;
      if (params.includes(name) || kwonly.includes(name)) slots.set(name, value(k.value));
      else if (a.kwarg) extraKeywords.push({ name, value: value(k.value) });
      else mismatch = true;
    }
    const emitted: (Value | string)[] = [];
    const firstDefault = params.length - a.defaults.length;
    let lastFilled = -1;
    params.forEach((p, i) => {
      if (slots.has(p)) lastFilled = i;
    });
    const needsTrailing = extraPositional.length > 0 || kwonly.length > 0 || !!a.kwarg;
    params.forEach((p, i) => {
      const v = slots.get(p);
      if (v) emitted.push(v);
      else if (i >= firstDefault) {
        // `undefined` lets the JS default parameter apply (None is null).
        if (i < lastFilled || needsTrailing) emitted.push("undefined");
      } else {
        mismatch = true;
      }
    });
    if (a.vararg) emitted.push(...extraPositional);
    const trailing: { key: string; value: Value }[] = [];
    if (kwonly.length || a.kwarg) {
      for (const k of kwonly) {
        const v = slots.get(k);
        if (v) trailing.push({ key: propertyName(k), value: v });
        else if (a.kwDefaults[kwonly.indexOf(k)] === undefined) {
          mismatch = true;
        }
      }
    }
    if (mismatch) return this.runtimeMatchedArguments(e);
    // Keep side effects in source order.
    const effectful = [...emitted, ...trailing.map((t) => t.value), ...extraKeywords.map((k) => k.value)].filter(
      (v): v is Value => typeof v !== "string" && !v.simple,
    );
    const pre: string[] = [];
    const inOrder = effectful.every((v, i) => i === 0 || effectful[i - 1].order < v.order);
    if (!inOrder) {
      for (const v of [...effectful].sort((x, y) => x.order - y.order)) {
        const t = this.host.fn.temp("arg");
        pre.push(`${t} = ${v.text}`);
        v.text = t;
      }
    }
    const out = emitted.map((v) => (typeof v === "string" ? v : v.text));
    if (trailing.length || extraKeywords.length) {
      const fields = trailing.map((t) => `${t.key}: ${t.value.text}`);
      for (const k of extraKeywords) fields.push(`${propertyName(k.name)}: ${k.value.text}`);
      out.push(`{ ${fields.join(", ")} }`);
    }
    return { args: out.join(", "), pre };
  }

  /** Arguments matched to the parameters at run time (unpacking, or a call that raises TypeError). */
  private runtimeMatchedArguments(e: Call): { args: string; pre: string[]; matched: boolean } {
    return { args: `[${this.positional(e)}], ${this.keywordObject(e)}`, pre: [], matched: true };
  }

  /** A call's keyword arguments as one object (`**d` spread into it), in source order. */
  private keywordObject(e: Call): string {
    const keywords = e.keywords.map((k) =>
      k.arg === undefined ? this.keywordUnpack(e, k.value) : `${propertyName(k.arg)}: ${this.expr(k.value)}`,
    );
    return keywords.length ? `{ ${keywords.join(", ")} }` : "{}";
  }

  // ------------------------------------------------------------ functions in expressions

  private lambda(e: Lambda): string {
    const scope = this.host.info.scopeOf.get(e)!;
    const { params, prologue } = this.parameters(e.args);
    const defaults = this.pendingDefaults.splice(0);
    let body = "";
    const decls = this.host.lowerNestedBody(scope, () => {
      body = this.expr(e.body);
    });
    // A lambda with `yield` is a generator function; its body's value is the generator's return value.
    const marked = scope.isGenerator && this.host.marksFunctions;
    const arrow = scope.isGenerator
      ? `(${params}): any => {\n${prologue.join("\n")}\nreturn ${this.rt("generator")}(${stringLiteral(scope.qualname)}, function* () {\n${decls.join("\n")}\nreturn ${body};\n});\n}`
      : decls.length || prologue.length
        ? `(${params}): any => {\n${[...decls, ...prologue].join("\n")}\nreturn ${body};\n}`
        : `(${params}): any => ${e.body.kind === "Dict" ? `(${body})` : body}`;
    const named = this.host.runtimeSignatures.has(e) ? this.lambdaWithSignature(e, arrow) : this.lambdaNamed(e, arrow);
    return this.withLambdaDefaults(marked ? `${this.rt("markGeneratorFunction")}(${named})` : named, defaults);
  }

  /** `lambda(arrow, "x, y=")`: named, and bound by its signature when called with keywords. */
  private lambdaWithSignature(e: Lambda, arrow: string): string {
    const spec = stringLiteral(signatureSpec(e.args));
    const qualname = this.isNestedLambda(e) ? `, ${stringLiteral(this.host.info.scopeOf.get(e)!.qualname)}` : "";
    return `${this.rt("lambda")}(${arrow}, ${spec}${qualname})`;
  }

  /** A lambda inside a def or class has a qualname of its own (`f.<locals>.<lambda>`), which JavaScript cannot infer. */
  private isNestedLambda(e: Lambda): boolean {
    return this.host.info.scopeOf.get(e)!.qualname !== "<lambda>";
  }

  private lambdaNamed(e: Lambda, arrow: string): string {
    if (!this.isNestedLambda(e)) return arrow;
    return `${this.rt("pythonName")}(${arrow}, "<lambda>", ${stringLiteral(this.host.info.scopeOf.get(e)!.qualname)})`;
  }

  private withLambdaDefaults(arrow: string, defaults: string[]): string {
    if (!defaults.length) return arrow;
    // Defaults are evaluated once, when the lambda is created: parameters of an enclosing call.
    const names = defaults.map((d) => d.slice(0, d.indexOf(" = ")));
    const values = defaults.map((d) => d.slice(d.indexOf(" = ") + 3));
    return `((${names.map((n) => `${n}: any`).join(", ")}) => ${arrow})(${values.join(", ")})`;
  }

  /**
   * Python evaluates a default once, when the def runs, in the enclosing
   * scope; a JS default is evaluated at every call. Constants are the same
   * either way; anything else is evaluated once into a temporary.
   */
  readonly pendingDefaults: string[] = [];

  /**
   * A value JavaScript names after its variable, property or parameter (`f = () => 0` is named
   * `f`): a lambda keeps Python's name `<lambda>`.
   */
  boundValue(e: Expr): string {
    const text = this.expr(e);
    const named = e.kind === "Lambda" && (this.isNestedLambda(e) || this.host.runtimeSignatures.has(e));
    return e.kind === "Lambda" && !named ? `${this.rt("pythonName")}(${text}, ${stringLiteral("<lambda>")})` : text;
  }

  private defaultValue(param: string, e: Expr): string {
    const text = this.boundValue(e);
    if (isConstantExpr(e)) return text;
    const t = this.host.fn.names.claimFreeName(`${param}Default`);
    this.pendingDefaults.push(`${t} = ${text}`);
    return t;
  }

  /**
   * Parameter list text for a def or lambda: `a: any, b: any = 1n,
   * ...args: any[]`. Keyword-only parameters and `**kwargs` arrive in one
   * trailing keyword object; after `*args` (a rest parameter must be last)
   * the prologue takes that object off the end of `args`.
   */
  parameters(a: Arguments, checkedAs?: string): { params: string; prologue: string[] } {
    const parts: string[] = [];
    const prologue: string[] = [];
    const firstDefault = a.args.length - a.defaults.length;
    const required = a.args.slice(0, firstDefault).map((p) => p.name);
    a.args.forEach((p, i) => {
      const name = escapeName(p.name);
      if (i >= firstDefault) parts.push(`${name}: any = ${this.defaultValue(p.name, a.defaults[i - firstDefault])}`);
      else if (checkedAs) {
        // Called by the runtime (instantiation inside throw(), raise): a missing argument is
        // CPython's TypeError, not undefined.
        parts.push(`${name}: any = ${this.rt("missingArguments")}(${stringLiteral(checkedAs)}, ${JSON.stringify(required.slice(i))})`);
      } else parts.push(`${name}: any`);
    });
    let keywordPattern: string | undefined;
    if (a.kwonlyargs.length || a.kwarg) {
      const fields = a.kwonlyargs.map((k, i) => {
        const d = a.kwDefaults[i];
        // Keywords arrive under their Python names; the local may be an escaped spelling.
        const local = escapeName(k.name);
        const binding = local === k.name ? local : `${propertyName(k.name)}: ${local}`;
        return d ? `${binding} = ${this.defaultValue(k.name, d)}` : binding;
      });
      if (a.kwarg) fields.push(`...${escapeName(a.kwarg.name)}`);
      keywordPattern = `{ ${fields.join(", ")} }`;
    }
    if (a.vararg) {
      const v = escapeName(a.vararg.name);
      parts.push(`...${v}: any[]`);
      if (keywordPattern) prologue.push(`let ${keywordPattern}: any = ${this.rt("keywordArguments")}(${v});`);
      prologue.push(`${v} = ${this.rt("tupleOf")}(...${v});`);
    } else if (keywordPattern) {
      parts.push(`${keywordPattern}: any = {}`);
    }
    if (a.kwarg) {
      const k = escapeName(a.kwarg.name);
      prologue.push(`${k} = ${this.rt("kwargsDict")}(${k});`);
    }
    return { params: parts.join(", "), prologue };
  }

  /**
   * A comprehension is its own scope whose first iterable is evaluated in
   * the enclosing scope first: it is passed in as a parameter.
   */
  private comprehensionBody(
    node: Expr,
    gens: Comprehension[],
    innermost: (out: string[]) => void,
    prologue: (out: string[]) => void,
    epilogue: (out: string[]) => void,
  ): { param: string; lines: string[] } {
    const scope = this.host.info.scopeOf.get(node)!;
    const lines: string[] = [];
    let param = "";
    const decls = this.host.lowerNestedBody(scope, () => {
      param = this.host.fn.names.claimFreeName("iterable");
      prologue(lines);
      this.comprehensionLoops(gens, 0, param, innermost, lines);
      epilogue(lines);
    });
    return { param, lines: [...decls, ...lines] };
  }

  private generatorExp(elt: Expr, gens: Comprehension[], node: Expr): string {
    const scope = this.host.info.scopeOf.get(node)!;
    const first = this.expr(gens[0].iter);
    const { param, lines } = this.comprehensionBody(
      node,
      gens,
      (out) => out.push(`yield ${this.expr(elt)};`),
      () => {},
      () => {},
    );
    // Over a fresh generator whose closing runs code: the genexp owns it and finalizes it when done.
    const owning = isFreshGeneratorWithFinalizer(gens[0].iter, this.host.info, this.host.fn.scope);
    const helper = scope.isAsync ? "asyncGeneratorExpression" : owning ? "generatorExpressionOverTemporary" : "generatorExpression";
    return `${this.rt(helper)}(${stringLiteral(scope.qualname)}, ${first}, function* (${param}: any) {\n${lines.join("\n")}\n})`;
  }

  private listComp(node: Expr, gens: Comprehension[], element: () => string, init: string, method: string): string {
    const first = this.expr(gens[0].iter);
    let result = "";
    const { param, lines } = this.comprehensionBody(
      node,
      gens,
      (out) => out.push(`${result}.${method}(${element()});`),
      (out) => {
        result = this.host.fn.names.claimFreeName("result");
        out.push(`const ${result}: any = ${init};`);
      },
      (out) => out.push(`return ${result};`),
    );
    // An asynchronous comprehension awaits: a generator function delegated to, not an arrow.
    if (this.host.info.scopeOf.get(node)!.isAsync) return `(yield* (function* (${param}: any): any {\n${lines.join("\n")}\n})(${first}))`;
    return `((${param}: any): any => {\n${lines.join("\n")}\n})(${first})`;
  }

  /** Names of the comprehension being lowered that a nested scope refers to. */
  private capturedInComprehension(): Set<string> {
    const scope = this.host.fn.scope;
    const node = scope.node as Expr;
    return collectUses(children(node), scope, this.host.info).captured;
  }

  /** Nested `for`/`if` of a comprehension as statement lines. */
  private comprehensionLoops(
    gens: Comprehension[],
    i: number,
    firstIter: string,
    innermost: (out: string[]) => void,
    out: string[],
  ): void {
    if (i === gens.length) {
      innermost(out);
      return;
    }
    const g = gens[i];
    const iterable = i === 0 ? firstIter : this.expr(g.iter);
    // A lambda in the comprehension sees the variable, not one value per
    // iteration (Python's late binding): captured names are declared once.
    const captured = this.capturedInComprehension();
    const names = targetNameList(g.target);
    const shared = names.some((n) => captured.has(n));
    if (shared) this.host.fn.hoisted.push(...names.map(escapeName));
    const decl = shared ? "" : "const ";
    if (g.isAsync) {
      // `async for` clause: __aiter__ once, then await __anext__() until StopAsyncIteration.
      const iterator = this.host.fn.names.claimFreeName("iterator");
      const item = this.host.fn.names.claimFreeName("item");
      out.push(`const ${iterator} = ${this.rt("asyncIterator")}(${iterable});`);
      out.push("while (true) {");
      out.push(`const ${item} = yield* ${this.rt("awaitNext")}(${iterator});`);
      out.push(`if (${item} === ${this.rt("ASYNC_DONE")}) break;`);
      if (g.target.kind === "Name") out.push(`${decl}${this.host.nameRef(g.target.id, g.target.loc)} = ${item};`);
      else out.push(`${decl}${this.targetNames(g.target)} = ${this.rt("unpack")}(${item}, ${targetArity(g.target)});`);
    } else {
      const item = g.target.kind === "Name" ? this.host.nameRef(g.target.id, g.target.loc) : this.host.fn.names.claimFreeName("item");
      out.push(`for (${g.target.kind === "Name" ? decl : "const "}${item} of ${this.rt("iterate")}(${iterable})) {`);
      if (g.target.kind !== "Name") out.push(`${decl}${this.targetNames(g.target)} = ${this.rt("unpack")}(${item}, ${targetArity(g.target)});`);
    }
    let closers = 1;
    for (const cond of g.ifs) {
      out.push(`if (${this.test(cond)}) {`);
      closers++;
    }
    this.comprehensionLoops(gens, i + 1, firstIter, innermost, out);
    for (let k = 0; k < closers; k++) out.push("}");
  }

  private targetNames(target: Expr): string {
    if (target.kind === "Name") return this.host.nameRefForStore(target.id);
    if ((target.kind === "Tuple" || target.kind === "List") && target.elts.every((x) => x.kind === "Name")) {
      return `[${target.elts.map((x) => this.targetNames(x)).join(", ")}]`;
    }
    this.host.unsupported("nested or starred targets in a comprehension are not supported yet", target.loc);
    return "[]";
  }
}

function targetNameList(target: Expr): string[] {
  if (target.kind === "Name") return [target.id];
  if (target.kind === "Tuple" || target.kind === "List") return target.elts.flatMap(targetNameList);
  return [];
}

function targetArity(target: Expr): number {
  return target.kind === "Tuple" || target.kind === "List" ? target.elts.length : 1;
}

/** Literals whose value cannot change between calls (so a JS default parameter is exact). */
function isConstantExpr(e: Expr): boolean {
  if (e.kind === "Constant") return true;
  if (e.kind === "UnaryOp" && (e.op === "USub" || e.op === "UAdd")) return isConstantExpr(e.operand);
  if (e.kind === "Tuple") return e.elts.every(isConstantExpr);
  return false;
}

/** Methods of the runtime's generator, coroutine and async generator objects. */
const RUNTIME_METHODS = ["send", "throw", "close", "asend", "athrow", "aclose", "with_traceback", "add_note"];

function isSuperCall(e: Expr): boolean {
  return e.kind === "Call" && e.func.kind === "Name" && e.func.id === "super" && e.args.length === 0 && e.keywords.length === 0;
}

function isNone(e: Expr): boolean {
  return e.kind === "Constant" && e.value.type === "None";
}


/** A builtin the runtime implements as a JavaScript class (`object`): constructed with `new`. */
function isRuntimeClass(name: string): boolean {
  const value = (runtimeExports as Record<string, unknown>)[name];
  return typeof value === "function" && /^class\b/.test(Function.prototype.toString.call(value));
}

export function propertyName(name: string): string {
  // `{ __proto__: v }` would set the object's prototype: a computed key is an ordinary property.
  if (name === "__proto__") return `["__proto__"]`;
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : stringLiteral(name);
}
