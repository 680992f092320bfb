// Generated file, do not edit: run `npm run antlr` (grammar/PythonLexer.g4, grammar/PythonParser.g4).
// Generated from grammar/PythonParser.g4 by ANTLR 4.9.0-SNAPSHOT


import { ParseTreeVisitor } from "antlr4ts/tree/ParseTreeVisitor";

import { SliceSubscriptContext } from "./PythonParser";
import { IndexSubscriptContext } from "./PythonParser";
import { StarSubscriptContext } from "./PythonParser";
import { LiteralPatternContext } from "./PythonParser";
import { NameOrClassPatternContext } from "./PythonParser";
import { GroupOrTuplePatternContext } from "./PythonParser";
import { ListPatternContext } from "./PythonParser";
import { MappingPatternContext } from "./PythonParser";
import { PrimaryExprContext } from "./PythonParser";
import { BinaryExprContext } from "./PythonParser";
import { UnaryExprContext } from "./PythonParser";
import { ParenAtomContext } from "./PythonParser";
import { ListAtomContext } from "./PythonParser";
import { BraceAtomContext } from "./PythonParser";
import { NameAtomContext } from "./PythonParser";
import { NumberAtomContext } from "./PythonParser";
import { StringAtomContext } from "./PythonParser";
import { EllipsisAtomContext } from "./PythonParser";
import { NoneAtomContext } from "./PythonParser";
import { TrueAtomContext } from "./PythonParser";
import { FalseAtomContext } from "./PythonParser";
import { File_inputContext } from "./PythonParser";
import { Fstring_expr_inputContext } from "./PythonParser";
import { StmtContext } from "./PythonParser";
import { Simple_stmtsContext } from "./PythonParser";
import { Simple_stmtContext } from "./PythonParser";
import { Expr_stmtContext } from "./PythonParser";
import { AnnassignContext } from "./PythonParser";
import { AugassignContext } from "./PythonParser";
import { Del_stmtContext } from "./PythonParser";
import { Pass_stmtContext } from "./PythonParser";
import { Break_stmtContext } from "./PythonParser";
import { Continue_stmtContext } from "./PythonParser";
import { Return_stmtContext } from "./PythonParser";
import { Raise_stmtContext } from "./PythonParser";
import { Yield_stmtContext } from "./PythonParser";
import { Import_stmtContext } from "./PythonParser";
import { Import_nameContext } from "./PythonParser";
import { Import_fromContext } from "./PythonParser";
import { Import_as_nameContext } from "./PythonParser";
import { Dotted_as_nameContext } from "./PythonParser";
import { Import_as_namesContext } from "./PythonParser";
import { Dotted_as_namesContext } from "./PythonParser";
import { Dotted_nameContext } from "./PythonParser";
import { Global_stmtContext } from "./PythonParser";
import { Nonlocal_stmtContext } from "./PythonParser";
import { Assert_stmtContext } from "./PythonParser";
import { Compound_stmtContext } from "./PythonParser";
import { Async_stmtContext } from "./PythonParser";
import { If_stmtContext } from "./PythonParser";
import { Elif_clauseContext } from "./PythonParser";
import { Else_clauseContext } from "./PythonParser";
import { While_stmtContext } from "./PythonParser";
import { For_stmtContext } from "./PythonParser";
import { Try_stmtContext } from "./PythonParser";
import { Except_clauseContext } from "./PythonParser";
import { Finally_clauseContext } from "./PythonParser";
import { With_stmtContext } from "./PythonParser";
import { With_itemContext } from "./PythonParser";
import { BlockContext } from "./PythonParser";
import { DecoratedContext } from "./PythonParser";
import { DecoratorContext } from "./PythonParser";
import { Async_funcdefContext } from "./PythonParser";
import { FuncdefContext } from "./PythonParser";
import { TypedargslistContext } from "./PythonParser";
import { TparamContext } from "./PythonParser";
import { TfpdefContext } from "./PythonParser";
import { VarargslistContext } from "./PythonParser";
import { VparamContext } from "./PythonParser";
import { ClassdefContext } from "./PythonParser";
import { Match_stmtContext } from "./PythonParser";
import { Subject_exprContext } from "./PythonParser";
import { Case_blockContext } from "./PythonParser";
import { Pattern_itemsContext } from "./PythonParser";
import { Pattern_itemContext } from "./PythonParser";
import { PatternContext } from "./PythonParser";
import { Or_patternContext } from "./PythonParser";
import { Closed_patternContext } from "./PythonParser";
import { Literal_patternContext } from "./PythonParser";
import { Pattern_argsContext } from "./PythonParser";
import { Pattern_argContext } from "./PythonParser";
import { Mapping_itemContext } from "./PythonParser";
import { Testlist_star_exprContext } from "./PythonParser";
import { TestlistContext } from "./PythonParser";
import { ExprlistContext } from "./PythonParser";
import { Namedexpr_testContext } from "./PythonParser";
import { TestContext } from "./PythonParser";
import { LambdefContext } from "./PythonParser";
import { Or_testContext } from "./PythonParser";
import { And_testContext } from "./PythonParser";
import { Not_testContext } from "./PythonParser";
import { ComparisonContext } from "./PythonParser";
import { Comp_opContext } from "./PythonParser";
import { Star_exprContext } from "./PythonParser";
import { ExprContext } from "./PythonParser";
import { Await_primaryContext } from "./PythonParser";
import { PrimaryContext } from "./PythonParser";
import { TrailerContext } from "./PythonParser";
import { AtomContext } from "./PythonParser";
import { NameContext } from "./PythonParser";
import { Testlist_compContext } from "./PythonParser";
import { SubscriptlistContext } from "./PythonParser";
import { SubscriptContext } from "./PythonParser";
import { DictorsetmakerContext } from "./PythonParser";
import { Dict_itemContext } from "./PythonParser";
import { Set_itemContext } from "./PythonParser";
import { ArglistContext } from "./PythonParser";
import { ArgumentContext } from "./PythonParser";
import { Comp_forContext } from "./PythonParser";
import { Comp_iterContext } from "./PythonParser";
import { Comp_ifContext } from "./PythonParser";
import { Yield_exprContext } from "./PythonParser";


/**
 * This interface defines a complete generic visitor for a parse tree produced
 * by `PythonParser`.
 *
 * @param <Result> The return type of the visit operation. Use `void` for
 * operations with no return type.
 */
export interface PythonParserVisitor<Result> extends ParseTreeVisitor<Result> {
	/**
	 * Visit a parse tree produced by the `sliceSubscript`
	 * labeled alternative in `PythonParser.subscript`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitSliceSubscript?: (ctx: SliceSubscriptContext) => Result;

	/**
	 * Visit a parse tree produced by the `indexSubscript`
	 * labeled alternative in `PythonParser.subscript`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitIndexSubscript?: (ctx: IndexSubscriptContext) => Result;

	/**
	 * Visit a parse tree produced by the `starSubscript`
	 * labeled alternative in `PythonParser.subscript`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitStarSubscript?: (ctx: StarSubscriptContext) => Result;

	/**
	 * Visit a parse tree produced by the `literalPattern`
	 * labeled alternative in `PythonParser.closed_pattern`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitLiteralPattern?: (ctx: LiteralPatternContext) => Result;

	/**
	 * Visit a parse tree produced by the `nameOrClassPattern`
	 * labeled alternative in `PythonParser.closed_pattern`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitNameOrClassPattern?: (ctx: NameOrClassPatternContext) => Result;

	/**
	 * Visit a parse tree produced by the `groupOrTuplePattern`
	 * labeled alternative in `PythonParser.closed_pattern`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitGroupOrTuplePattern?: (ctx: GroupOrTuplePatternContext) => Result;

	/**
	 * Visit a parse tree produced by the `listPattern`
	 * labeled alternative in `PythonParser.closed_pattern`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitListPattern?: (ctx: ListPatternContext) => Result;

	/**
	 * Visit a parse tree produced by the `mappingPattern`
	 * labeled alternative in `PythonParser.closed_pattern`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitMappingPattern?: (ctx: MappingPatternContext) => Result;

	/**
	 * Visit a parse tree produced by the `primaryExpr`
	 * labeled alternative in `PythonParser.expr`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitPrimaryExpr?: (ctx: PrimaryExprContext) => Result;

	/**
	 * Visit a parse tree produced by the `binaryExpr`
	 * labeled alternative in `PythonParser.expr`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitBinaryExpr?: (ctx: BinaryExprContext) => Result;

	/**
	 * Visit a parse tree produced by the `unaryExpr`
	 * labeled alternative in `PythonParser.expr`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitUnaryExpr?: (ctx: UnaryExprContext) => Result;

	/**
	 * Visit a parse tree produced by the `parenAtom`
	 * labeled alternative in `PythonParser.atom`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitParenAtom?: (ctx: ParenAtomContext) => Result;

	/**
	 * Visit a parse tree produced by the `listAtom`
	 * labeled alternative in `PythonParser.atom`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitListAtom?: (ctx: ListAtomContext) => Result;

	/**
	 * Visit a parse tree produced by the `braceAtom`
	 * labeled alternative in `PythonParser.atom`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitBraceAtom?: (ctx: BraceAtomContext) => Result;

	/**
	 * Visit a parse tree produced by the `nameAtom`
	 * labeled alternative in `PythonParser.atom`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitNameAtom?: (ctx: NameAtomContext) => Result;

	/**
	 * Visit a parse tree produced by the `numberAtom`
	 * labeled alternative in `PythonParser.atom`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitNumberAtom?: (ctx: NumberAtomContext) => Result;

	/**
	 * Visit a parse tree produced by the `stringAtom`
	 * labeled alternative in `PythonParser.atom`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitStringAtom?: (ctx: StringAtomContext) => Result;

	/**
	 * Visit a parse tree produced by the `ellipsisAtom`
	 * labeled alternative in `PythonParser.atom`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitEllipsisAtom?: (ctx: EllipsisAtomContext) => Result;

	/**
	 * Visit a parse tree produced by the `noneAtom`
	 * labeled alternative in `PythonParser.atom`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitNoneAtom?: (ctx: NoneAtomContext) => Result;

	/**
	 * Visit a parse tree produced by the `trueAtom`
	 * labeled alternative in `PythonParser.atom`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitTrueAtom?: (ctx: TrueAtomContext) => Result;

	/**
	 * Visit a parse tree produced by the `falseAtom`
	 * labeled alternative in `PythonParser.atom`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitFalseAtom?: (ctx: FalseAtomContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.file_input`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitFile_input?: (ctx: File_inputContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.fstring_expr_input`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitFstring_expr_input?: (ctx: Fstring_expr_inputContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitStmt?: (ctx: StmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.simple_stmts`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitSimple_stmts?: (ctx: Simple_stmtsContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.simple_stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitSimple_stmt?: (ctx: Simple_stmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.expr_stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitExpr_stmt?: (ctx: Expr_stmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.annassign`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitAnnassign?: (ctx: AnnassignContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.augassign`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitAugassign?: (ctx: AugassignContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.del_stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitDel_stmt?: (ctx: Del_stmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.pass_stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitPass_stmt?: (ctx: Pass_stmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.break_stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitBreak_stmt?: (ctx: Break_stmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.continue_stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitContinue_stmt?: (ctx: Continue_stmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.return_stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitReturn_stmt?: (ctx: Return_stmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.raise_stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitRaise_stmt?: (ctx: Raise_stmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.yield_stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitYield_stmt?: (ctx: Yield_stmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.import_stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitImport_stmt?: (ctx: Import_stmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.import_name`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitImport_name?: (ctx: Import_nameContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.import_from`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitImport_from?: (ctx: Import_fromContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.import_as_name`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitImport_as_name?: (ctx: Import_as_nameContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.dotted_as_name`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitDotted_as_name?: (ctx: Dotted_as_nameContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.import_as_names`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitImport_as_names?: (ctx: Import_as_namesContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.dotted_as_names`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitDotted_as_names?: (ctx: Dotted_as_namesContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.dotted_name`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitDotted_name?: (ctx: Dotted_nameContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.global_stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitGlobal_stmt?: (ctx: Global_stmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.nonlocal_stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitNonlocal_stmt?: (ctx: Nonlocal_stmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.assert_stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitAssert_stmt?: (ctx: Assert_stmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.compound_stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitCompound_stmt?: (ctx: Compound_stmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.async_stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitAsync_stmt?: (ctx: Async_stmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.if_stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitIf_stmt?: (ctx: If_stmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.elif_clause`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitElif_clause?: (ctx: Elif_clauseContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.else_clause`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitElse_clause?: (ctx: Else_clauseContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.while_stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitWhile_stmt?: (ctx: While_stmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.for_stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitFor_stmt?: (ctx: For_stmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.try_stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitTry_stmt?: (ctx: Try_stmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.except_clause`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitExcept_clause?: (ctx: Except_clauseContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.finally_clause`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitFinally_clause?: (ctx: Finally_clauseContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.with_stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitWith_stmt?: (ctx: With_stmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.with_item`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitWith_item?: (ctx: With_itemContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.block`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitBlock?: (ctx: BlockContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.decorated`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitDecorated?: (ctx: DecoratedContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.decorator`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitDecorator?: (ctx: DecoratorContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.async_funcdef`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitAsync_funcdef?: (ctx: Async_funcdefContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.funcdef`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitFuncdef?: (ctx: FuncdefContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.typedargslist`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitTypedargslist?: (ctx: TypedargslistContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.tparam`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitTparam?: (ctx: TparamContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.tfpdef`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitTfpdef?: (ctx: TfpdefContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.varargslist`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitVarargslist?: (ctx: VarargslistContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.vparam`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitVparam?: (ctx: VparamContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.classdef`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitClassdef?: (ctx: ClassdefContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.match_stmt`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitMatch_stmt?: (ctx: Match_stmtContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.subject_expr`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitSubject_expr?: (ctx: Subject_exprContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.case_block`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitCase_block?: (ctx: Case_blockContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.pattern_items`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitPattern_items?: (ctx: Pattern_itemsContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.pattern_item`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitPattern_item?: (ctx: Pattern_itemContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.pattern`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitPattern?: (ctx: PatternContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.or_pattern`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitOr_pattern?: (ctx: Or_patternContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.closed_pattern`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitClosed_pattern?: (ctx: Closed_patternContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.literal_pattern`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitLiteral_pattern?: (ctx: Literal_patternContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.pattern_args`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitPattern_args?: (ctx: Pattern_argsContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.pattern_arg`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitPattern_arg?: (ctx: Pattern_argContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.mapping_item`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitMapping_item?: (ctx: Mapping_itemContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.testlist_star_expr`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitTestlist_star_expr?: (ctx: Testlist_star_exprContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.testlist`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitTestlist?: (ctx: TestlistContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.exprlist`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitExprlist?: (ctx: ExprlistContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.namedexpr_test`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitNamedexpr_test?: (ctx: Namedexpr_testContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.test`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitTest?: (ctx: TestContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.lambdef`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitLambdef?: (ctx: LambdefContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.or_test`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitOr_test?: (ctx: Or_testContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.and_test`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitAnd_test?: (ctx: And_testContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.not_test`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitNot_test?: (ctx: Not_testContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.comparison`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitComparison?: (ctx: ComparisonContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.comp_op`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitComp_op?: (ctx: Comp_opContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.star_expr`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitStar_expr?: (ctx: Star_exprContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.expr`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitExpr?: (ctx: ExprContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.await_primary`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitAwait_primary?: (ctx: Await_primaryContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.primary`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitPrimary?: (ctx: PrimaryContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.trailer`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitTrailer?: (ctx: TrailerContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.atom`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitAtom?: (ctx: AtomContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.name`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitName?: (ctx: NameContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.testlist_comp`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitTestlist_comp?: (ctx: Testlist_compContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.subscriptlist`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitSubscriptlist?: (ctx: SubscriptlistContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.subscript`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitSubscript?: (ctx: SubscriptContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.dictorsetmaker`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitDictorsetmaker?: (ctx: DictorsetmakerContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.dict_item`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitDict_item?: (ctx: Dict_itemContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.set_item`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitSet_item?: (ctx: Set_itemContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.arglist`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitArglist?: (ctx: ArglistContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.argument`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitArgument?: (ctx: ArgumentContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.comp_for`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitComp_for?: (ctx: Comp_forContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.comp_iter`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitComp_iter?: (ctx: Comp_iterContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.comp_if`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitComp_if?: (ctx: Comp_ifContext) => Result;

	/**
	 * Visit a parse tree produced by `PythonParser.yield_expr`.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	visitYield_expr?: (ctx: Yield_exprContext) => Result;
}

