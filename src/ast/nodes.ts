// Our own AST: a discriminated union on `kind`, named after CPython's `ast`
// module so that anyone who knows Python's AST can read it. Every node carries
// `loc` (1-based line, 1-based column) so that diagnostics have positions
// from the first stage on. The ANTLR parse tree never leaks past AstBuilder.

export interface Loc {
  line: number; // 1-based
  col: number; // 1-based
  endLine: number;
  endCol: number; // 1-based, exclusive
}

interface NodeBase {
  loc: Loc;
}

// ---------------------------------------------------------------- module

/** A comment in the source, carried over to the output. */
export interface Comment {
  text: string; // without the leading '#'
  loc: Loc;
  /** true when the comment follows code on the same line */
  trailing: boolean;
}

export interface Module extends NodeBase {
  kind: "Module";
  body: Stmt[];
  comments: Comment[];
}

// ---------------------------------------------------------------- statements

export type Stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | With
  | Match
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue;

export interface Arg extends NodeBase {
  kind: "arg";
  name: string;
  annotation?: Expr;
}

export interface Arguments {
  /** positional-or-keyword parameters (and positional-only ones before `/`) */
  args: Arg[];
  posonlyCount: number;
  /** defaults for the last `defaults.length` entries of `args` */
  defaults: Expr[];
  vararg?: Arg;
  kwonlyargs: Arg[];
  /** one entry per kwonly arg; undefined when it has no default */
  kwDefaults: (Expr | undefined)[];
  kwarg?: Arg;
}

export interface FunctionDef extends NodeBase {
  kind: "FunctionDef";
  name: string;
  nameLoc: Loc;
  args: Arguments;
  body: Stmt[];
  decorators: Expr[];
  isAsync: boolean;
  returns?: Expr;
}

export interface ClassDef extends NodeBase {
  kind: "ClassDef";
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorators: Expr[];
}

export interface Return extends NodeBase {
  kind: "Return";
  value?: Expr;
}

export interface Delete extends NodeBase {
  kind: "Delete";
  targets: Expr[];
}

/** `a = b = value`: targets in source order. */
export interface Assign extends NodeBase {
  kind: "Assign";
  targets: Expr[];
  value: Expr;
}

export type BinOpName =
  | "Add"
  | "Sub"
  | "Mult"
  | "MatMult"
  | "Div"
  | "FloorDiv"
  | "Mod"
  | "Pow"
  | "LShift"
  | "RShift"
  | "BitOr"
  | "BitXor"
  | "BitAnd";

export interface AugAssign extends NodeBase {
  kind: "AugAssign";
  target: Expr;
  op: BinOpName;
  value: Expr;
}

export interface AnnAssign extends NodeBase {
  kind: "AnnAssign";
  target: Expr;
  annotation: Expr;
  value?: Expr;
}

export interface For extends NodeBase {
  kind: "For";
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  isAsync: boolean;
}

export interface While extends NodeBase {
  kind: "While";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

/**
 * `if`, its `elif` clauses and `else`, flat as in the grammar (CPython's AST
 * nests each elif in the orelse of the one before; a ladder of thousands of
 * elifs would make every pass recurse that deep).
 */
export interface If extends NodeBase {
  kind: "If";
  test: Expr;
  body: Stmt[];
  elifs: ElifClause[];
  orelse: Stmt[];
}

export interface ElifClause {
  test: Expr;
  body: Stmt[];
  /** from `elif` to the end of its block */
  loc: Loc;
}

export interface WithItem {
  contextExpr: Expr;
  optionalVars?: Expr;
}

export interface With extends NodeBase {
  kind: "With";
  items: WithItem[];
  body: Stmt[];
  isAsync: boolean;
}

/**
 * `match subject:` and its case blocks, flat as in the grammar. Patterns
 * follow CPython's `ast` (MatchValue, MatchAs, ...); the names they bind are
 * Name nodes, so analyses that walk names see them as bindings.
 */
export interface Match extends NodeBase {
  kind: "Match";
  subject: Expr;
  cases: MatchCase[];
}

export interface MatchCase {
  pattern: Pattern;
  guard?: Expr;
  body: Stmt[];
  /** from `case` to the end of its block */
  loc: Loc;
}

export type Pattern =
  | MatchValue
  | MatchSingleton
  | MatchSequence
  | MatchMapping
  | MatchClass
  | MatchStar
  | MatchAs
  | MatchOr;

/** A literal (compared with ==) or a dotted name `Color.RED`. */
export interface MatchValue extends NodeBase {
  kind: "MatchValue";
  value: Expr;
}

/** None, True, False: compared with `is`. */
export interface MatchSingleton extends NodeBase {
  kind: "MatchSingleton";
  value: Constant;
}

export interface MatchSequence extends NodeBase {
  kind: "MatchSequence";
  patterns: Pattern[];
}

export interface MatchMapping extends NodeBase {
  kind: "MatchMapping";
  keys: Expr[];
  patterns: Pattern[];
  /** `**rest` */
  rest?: Name;
}

export interface MatchClass extends NodeBase {
  kind: "MatchClass";
  cls: Expr;
  patterns: Pattern[];
  kwdAttrs: string[];
  kwdPatterns: Pattern[];
}

/** `*name` / `*_` inside a sequence pattern. */
export interface MatchStar extends NodeBase {
  kind: "MatchStar";
  name?: Name;
}

/** `_` (no pattern, no name), a capture `x` (name only) or `p as x`. */
export interface MatchAs extends NodeBase {
  kind: "MatchAs";
  pattern?: Pattern;
  name?: Name;
}

export interface MatchOr extends NodeBase {
  kind: "MatchOr";
  patterns: Pattern[];
}

export interface Raise extends NodeBase {
  kind: "Raise";
  exc?: Expr;
  cause?: Expr;
}

export interface ExceptHandler extends NodeBase {
  kind: "ExceptHandler";
  /** undefined for a bare `except:` */
  type?: Expr;
  name?: string;
  body: Stmt[];
}

export interface Try extends NodeBase {
  kind: "Try";
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
  /** `except*` handlers (PEP 654): CPython's TryStar */
  star?: boolean;
}

export interface Assert extends NodeBase {
  kind: "Assert";
  test: Expr;
  msg?: Expr;
}

export interface Alias {
  name: string; // dotted name for `import a.b`
  asname?: string;
  loc: Loc;
}

export interface Import extends NodeBase {
  kind: "Import";
  names: Alias[];
}

export interface ImportFrom extends NodeBase {
  kind: "ImportFrom";
  module: string; // dotted, without leading dots
  level: number; // number of leading dots
  names: Alias[]; // `*` is a single alias named "*"
}

export interface Global extends NodeBase {
  kind: "Global";
  names: string[];
}

export interface Nonlocal extends NodeBase {
  kind: "Nonlocal";
  names: string[];
}

export interface ExprStmt extends NodeBase {
  kind: "Expr";
  value: Expr;
}

export interface Pass extends NodeBase {
  kind: "Pass";
}

export interface Break extends NodeBase {
  kind: "Break";
}

export interface Continue extends NodeBase {
  kind: "Continue";
}

// ---------------------------------------------------------------- expressions

export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | SetExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Await
  | Yield
  | YieldFrom
  | Compare
  | Call
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice;

export interface BoolOp extends NodeBase {
  kind: "BoolOp";
  op: "And" | "Or";
  values: Expr[];
}

export interface NamedExpr extends NodeBase {
  kind: "NamedExpr";
  target: Name;
  value: Expr;
}

export interface BinOp extends NodeBase {
  kind: "BinOp";
  left: Expr;
  op: BinOpName;
  right: Expr;
}

export interface UnaryOp extends NodeBase {
  kind: "UnaryOp";
  op: "Invert" | "Not" | "UAdd" | "USub";
  operand: Expr;
}

export interface Lambda extends NodeBase {
  kind: "Lambda";
  args: Arguments;
  body: Expr;
}

export interface IfExp extends NodeBase {
  kind: "IfExp";
  test: Expr;
  body: Expr;
  orelse: Expr;
}

/** `{k: v, **d}`: a `**d` entry has key undefined. */
export interface Dict extends NodeBase {
  kind: "Dict";
  keys: (Expr | undefined)[];
  values: Expr[];
}

export interface SetExpr extends NodeBase {
  kind: "Set";
  elts: Expr[];
}

export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  isAsync: boolean;
}

export interface ListComp extends NodeBase {
  kind: "ListComp";
  elt: Expr;
  generators: Comprehension[];
}

export interface SetComp extends NodeBase {
  kind: "SetComp";
  elt: Expr;
  generators: Comprehension[];
}

export interface DictComp extends NodeBase {
  kind: "DictComp";
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}

export interface GeneratorExp extends NodeBase {
  kind: "GeneratorExp";
  elt: Expr;
  generators: Comprehension[];
}

export interface Await extends NodeBase {
  kind: "Await";
  value: Expr;
}

export interface Yield extends NodeBase {
  kind: "Yield";
  value?: Expr;
}

export interface YieldFrom extends NodeBase {
  kind: "YieldFrom";
  value: Expr;
}

export type CmpOpName =
  | "Eq"
  | "NotEq"
  | "Lt"
  | "LtE"
  | "Gt"
  | "GtE"
  | "Is"
  | "IsNot"
  | "In"
  | "NotIn";

export interface Compare extends NodeBase {
  kind: "Compare";
  left: Expr;
  ops: CmpOpName[];
  comparators: Expr[];
}

export interface Keyword extends NodeBase {
  kind: "keyword";
  /** undefined for `**kwargs` */
  arg?: string;
  value: Expr;
}

/** Positional args may include Starred for `*args`. */
export interface Call extends NodeBase {
  kind: "Call";
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}

export interface FormattedValue extends NodeBase {
  kind: "FormattedValue";
  value: Expr;
  /** -1 none, or the char code of 's', 'r', 'a' */
  conversion: -1 | 115 | 114 | 97;
  /** the format spec, itself a JoinedStr (it may hold nested fields) */
  formatSpec?: JoinedStr;
  /** f"{x=}": the literal text "x=" is in the preceding Constant */
}

/** An f-string: literal parts are Constant strings. */
export interface JoinedStr extends NodeBase {
  kind: "JoinedStr";
  values: (Constant | FormattedValue)[];
}

/**
 * A literal. Ints keep their exact value as a bigint (Python ints are
 * unbounded); floats are numbers; strings are already unescaped.
 */
export type ConstantValue =
  | { type: "int"; value: bigint }
  | { type: "float"; value: number }
  | { type: "complex"; imag: number }
  | { type: "str"; value: string }
  | { type: "bytes"; value: string }
  | { type: "bool"; value: boolean }
  | { type: "None" }
  | { type: "Ellipsis" };

export interface Constant extends NodeBase {
  kind: "Constant";
  value: ConstantValue;
}

export interface Attribute extends NodeBase {
  kind: "Attribute";
  value: Expr;
  attr: string;
}

export interface Subscript extends NodeBase {
  kind: "Subscript";
  value: Expr;
  /** a Tuple for `a[i, j]`, a Slice for `a[i:j]` */
  slice: Expr;
}

export interface Starred extends NodeBase {
  kind: "Starred";
  value: Expr;
}

export interface Name extends NodeBase {
  kind: "Name";
  id: string;
}

export interface List extends NodeBase {
  kind: "List";
  elts: Expr[];
}

export interface Tuple extends NodeBase {
  kind: "Tuple";
  elts: Expr[];
  /** true when written with parentheses (kept for readable output) */
  parenthesized: boolean;
}

export interface Slice extends NodeBase {
  kind: "Slice";
  lower?: Expr;
  upper?: Expr;
  step?: Expr;
}

export type Node = Module | Stmt | Expr | ExceptHandler | Keyword | Arg | FormattedValue;
