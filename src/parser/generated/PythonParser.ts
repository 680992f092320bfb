// Generated file, do not edit: run `npm run antlr` (grammar/PythonLexer.g4, grammar/PythonParser.g4).
// Generated from grammar/PythonParser.g4 by ANTLR 4.9.0-SNAPSHOT


import { ATN } from "antlr4ts/atn/ATN";
import { ATNDeserializer } from "antlr4ts/atn/ATNDeserializer";
import { FailedPredicateException } from "antlr4ts/FailedPredicateException";
import { NotNull } from "antlr4ts/Decorators";
import { NoViableAltException } from "antlr4ts/NoViableAltException";
import { Override } from "antlr4ts/Decorators";
import { Parser } from "antlr4ts/Parser";
import { ParserRuleContext } from "antlr4ts/ParserRuleContext";
import { ParserATNSimulator } from "antlr4ts/atn/ParserATNSimulator";
import { ParseTreeListener } from "antlr4ts/tree/ParseTreeListener";
import { ParseTreeVisitor } from "antlr4ts/tree/ParseTreeVisitor";
import { RecognitionException } from "antlr4ts/RecognitionException";
import { RuleContext } from "antlr4ts/RuleContext";
//import { RuleVersion } from "antlr4ts/RuleVersion";
import { TerminalNode } from "antlr4ts/tree/TerminalNode";
import { Token } from "antlr4ts/Token";
import { TokenStream } from "antlr4ts/TokenStream";
import { Vocabulary } from "antlr4ts/Vocabulary";
import { VocabularyImpl } from "antlr4ts/VocabularyImpl";

import * as Utils from "antlr4ts/misc/Utils";

import { PythonParserVisitor } from "./PythonParserVisitor";


export class PythonParser extends Parser {
	public static readonly INDENT = 1;
	public static readonly DEDENT = 2;
	public static readonly MATCH = 3;
	public static readonly CASE = 4;
	public static readonly STRING = 5;
	public static readonly UNTERMINATED_STRING = 6;
	public static readonly NUMBER = 7;
	public static readonly FALSE = 8;
	public static readonly NONE = 9;
	public static readonly TRUE = 10;
	public static readonly AND = 11;
	public static readonly AS = 12;
	public static readonly ASSERT = 13;
	public static readonly ASYNC = 14;
	public static readonly AWAIT = 15;
	public static readonly BREAK = 16;
	public static readonly CLASS = 17;
	public static readonly CONTINUE = 18;
	public static readonly DEF = 19;
	public static readonly DEL = 20;
	public static readonly ELIF = 21;
	public static readonly ELSE = 22;
	public static readonly EXCEPT = 23;
	public static readonly FINALLY = 24;
	public static readonly FOR = 25;
	public static readonly FROM = 26;
	public static readonly GLOBAL = 27;
	public static readonly IF = 28;
	public static readonly IMPORT = 29;
	public static readonly IN = 30;
	public static readonly IS = 31;
	public static readonly LAMBDA = 32;
	public static readonly NONLOCAL = 33;
	public static readonly NOT = 34;
	public static readonly OR = 35;
	public static readonly PASS = 36;
	public static readonly RAISE = 37;
	public static readonly RETURN = 38;
	public static readonly TRY = 39;
	public static readonly WHILE = 40;
	public static readonly WITH = 41;
	public static readonly YIELD = 42;
	public static readonly NEWLINE = 43;
	public static readonly NAME = 44;
	public static readonly LPAR = 45;
	public static readonly RPAR = 46;
	public static readonly LSQB = 47;
	public static readonly RSQB = 48;
	public static readonly LBRACE = 49;
	public static readonly RBRACE = 50;
	public static readonly ELLIPSIS = 51;
	public static readonly DOT = 52;
	public static readonly COMMA = 53;
	public static readonly COLON = 54;
	public static readonly SEMI = 55;
	public static readonly ARROW = 56;
	public static readonly WALRUS = 57;
	public static readonly POWER = 58;
	public static readonly STAR = 59;
	public static readonly ASSIGN = 60;
	public static readonly OR_OP = 61;
	public static readonly XOR = 62;
	public static readonly AND_OP = 63;
	public static readonly LEFT_SHIFT = 64;
	public static readonly RIGHT_SHIFT = 65;
	public static readonly ADD = 66;
	public static readonly MINUS = 67;
	public static readonly DIV = 68;
	public static readonly MOD = 69;
	public static readonly IDIV = 70;
	public static readonly NOT_OP = 71;
	public static readonly AT = 72;
	public static readonly LESS_THAN = 73;
	public static readonly GREATER_THAN = 74;
	public static readonly EQUALS = 75;
	public static readonly GT_EQ = 76;
	public static readonly LT_EQ = 77;
	public static readonly NOT_EQ = 78;
	public static readonly ADD_ASSIGN = 79;
	public static readonly SUB_ASSIGN = 80;
	public static readonly MULT_ASSIGN = 81;
	public static readonly AT_ASSIGN = 82;
	public static readonly DIV_ASSIGN = 83;
	public static readonly MOD_ASSIGN = 84;
	public static readonly AND_ASSIGN = 85;
	public static readonly OR_ASSIGN = 86;
	public static readonly XOR_ASSIGN = 87;
	public static readonly LEFT_SHIFT_ASSIGN = 88;
	public static readonly RIGHT_SHIFT_ASSIGN = 89;
	public static readonly POWER_ASSIGN = 90;
	public static readonly IDIV_ASSIGN = 91;
	public static readonly COMMENT = 92;
	public static readonly WS = 93;
	public static readonly LINE_JOIN = 94;
	public static readonly ERRORCHAR = 95;
	public static readonly RULE_file_input = 0;
	public static readonly RULE_fstring_expr_input = 1;
	public static readonly RULE_stmt = 2;
	public static readonly RULE_simple_stmts = 3;
	public static readonly RULE_simple_stmt = 4;
	public static readonly RULE_expr_stmt = 5;
	public static readonly RULE_annassign = 6;
	public static readonly RULE_augassign = 7;
	public static readonly RULE_del_stmt = 8;
	public static readonly RULE_pass_stmt = 9;
	public static readonly RULE_break_stmt = 10;
	public static readonly RULE_continue_stmt = 11;
	public static readonly RULE_return_stmt = 12;
	public static readonly RULE_raise_stmt = 13;
	public static readonly RULE_yield_stmt = 14;
	public static readonly RULE_import_stmt = 15;
	public static readonly RULE_import_name = 16;
	public static readonly RULE_import_from = 17;
	public static readonly RULE_import_as_name = 18;
	public static readonly RULE_dotted_as_name = 19;
	public static readonly RULE_import_as_names = 20;
	public static readonly RULE_dotted_as_names = 21;
	public static readonly RULE_dotted_name = 22;
	public static readonly RULE_global_stmt = 23;
	public static readonly RULE_nonlocal_stmt = 24;
	public static readonly RULE_assert_stmt = 25;
	public static readonly RULE_compound_stmt = 26;
	public static readonly RULE_async_stmt = 27;
	public static readonly RULE_if_stmt = 28;
	public static readonly RULE_elif_clause = 29;
	public static readonly RULE_else_clause = 30;
	public static readonly RULE_while_stmt = 31;
	public static readonly RULE_for_stmt = 32;
	public static readonly RULE_try_stmt = 33;
	public static readonly RULE_except_clause = 34;
	public static readonly RULE_finally_clause = 35;
	public static readonly RULE_with_stmt = 36;
	public static readonly RULE_with_item = 37;
	public static readonly RULE_block = 38;
	public static readonly RULE_decorated = 39;
	public static readonly RULE_decorator = 40;
	public static readonly RULE_async_funcdef = 41;
	public static readonly RULE_funcdef = 42;
	public static readonly RULE_typedargslist = 43;
	public static readonly RULE_tparam = 44;
	public static readonly RULE_tfpdef = 45;
	public static readonly RULE_varargslist = 46;
	public static readonly RULE_vparam = 47;
	public static readonly RULE_classdef = 48;
	public static readonly RULE_match_stmt = 49;
	public static readonly RULE_subject_expr = 50;
	public static readonly RULE_case_block = 51;
	public static readonly RULE_pattern_items = 52;
	public static readonly RULE_pattern_item = 53;
	public static readonly RULE_pattern = 54;
	public static readonly RULE_or_pattern = 55;
	public static readonly RULE_closed_pattern = 56;
	public static readonly RULE_literal_pattern = 57;
	public static readonly RULE_pattern_args = 58;
	public static readonly RULE_pattern_arg = 59;
	public static readonly RULE_mapping_item = 60;
	public static readonly RULE_testlist_star_expr = 61;
	public static readonly RULE_testlist = 62;
	public static readonly RULE_exprlist = 63;
	public static readonly RULE_namedexpr_test = 64;
	public static readonly RULE_test = 65;
	public static readonly RULE_lambdef = 66;
	public static readonly RULE_or_test = 67;
	public static readonly RULE_and_test = 68;
	public static readonly RULE_not_test = 69;
	public static readonly RULE_comparison = 70;
	public static readonly RULE_comp_op = 71;
	public static readonly RULE_star_expr = 72;
	public static readonly RULE_expr = 73;
	public static readonly RULE_await_primary = 74;
	public static readonly RULE_primary = 75;
	public static readonly RULE_trailer = 76;
	public static readonly RULE_atom = 77;
	public static readonly RULE_name = 78;
	public static readonly RULE_testlist_comp = 79;
	public static readonly RULE_subscriptlist = 80;
	public static readonly RULE_subscript = 81;
	public static readonly RULE_dictorsetmaker = 82;
	public static readonly RULE_dict_item = 83;
	public static readonly RULE_set_item = 84;
	public static readonly RULE_arglist = 85;
	public static readonly RULE_argument = 86;
	public static readonly RULE_comp_for = 87;
	public static readonly RULE_comp_iter = 88;
	public static readonly RULE_comp_if = 89;
	public static readonly RULE_yield_expr = 90;
	// tslint:disable:no-trailing-whitespace
	public static readonly ruleNames: string[] = [
		"file_input", "fstring_expr_input", "stmt", "simple_stmts", "simple_stmt", 
		"expr_stmt", "annassign", "augassign", "del_stmt", "pass_stmt", "break_stmt", 
		"continue_stmt", "return_stmt", "raise_stmt", "yield_stmt", "import_stmt", 
		"import_name", "import_from", "import_as_name", "dotted_as_name", "import_as_names", 
		"dotted_as_names", "dotted_name", "global_stmt", "nonlocal_stmt", "assert_stmt", 
		"compound_stmt", "async_stmt", "if_stmt", "elif_clause", "else_clause", 
		"while_stmt", "for_stmt", "try_stmt", "except_clause", "finally_clause", 
		"with_stmt", "with_item", "block", "decorated", "decorator", "async_funcdef", 
		"funcdef", "typedargslist", "tparam", "tfpdef", "varargslist", "vparam", 
		"classdef", "match_stmt", "subject_expr", "case_block", "pattern_items", 
		"pattern_item", "pattern", "or_pattern", "closed_pattern", "literal_pattern", 
		"pattern_args", "pattern_arg", "mapping_item", "testlist_star_expr", "testlist", 
		"exprlist", "namedexpr_test", "test", "lambdef", "or_test", "and_test", 
		"not_test", "comparison", "comp_op", "star_expr", "expr", "await_primary", 
		"primary", "trailer", "atom", "name", "testlist_comp", "subscriptlist", 
		"subscript", "dictorsetmaker", "dict_item", "set_item", "arglist", "argument", 
		"comp_for", "comp_iter", "comp_if", "yield_expr",
	];

	private static readonly _LITERAL_NAMES: Array<string | undefined> = [
		undefined, undefined, undefined, undefined, undefined, undefined, undefined, 
		undefined, "'False'", "'None'", "'True'", "'and'", "'as'", "'assert'", 
		"'async'", "'await'", "'break'", "'class'", "'continue'", "'def'", "'del'", 
		"'elif'", "'else'", "'except'", "'finally'", "'for'", "'from'", "'global'", 
		"'if'", "'import'", "'in'", "'is'", "'lambda'", "'nonlocal'", "'not'", 
		"'or'", "'pass'", "'raise'", "'return'", "'try'", "'while'", "'with'", 
		"'yield'", undefined, undefined, "'('", "')'", "'['", "']'", "'{'", "'}'", 
		"'...'", "'.'", "','", "':'", "';'", "'->'", "':='", "'**'", "'*'", "'='", 
		"'|'", "'^'", "'&'", "'<<'", "'>>'", "'+'", "'-'", "'/'", "'%'", "'//'", 
		"'~'", "'@'", "'<'", "'>'", "'=='", "'>='", "'<='", "'!='", "'+='", "'-='", 
		"'*='", "'@='", "'/='", "'%='", "'&='", "'|='", "'^='", "'<<='", "'>>='", 
		"'**='", "'//='",
	];
	private static readonly _SYMBOLIC_NAMES: Array<string | undefined> = [
		undefined, "INDENT", "DEDENT", "MATCH", "CASE", "STRING", "UNTERMINATED_STRING", 
		"NUMBER", "FALSE", "NONE", "TRUE", "AND", "AS", "ASSERT", "ASYNC", "AWAIT", 
		"BREAK", "CLASS", "CONTINUE", "DEF", "DEL", "ELIF", "ELSE", "EXCEPT", 
		"FINALLY", "FOR", "FROM", "GLOBAL", "IF", "IMPORT", "IN", "IS", "LAMBDA", 
		"NONLOCAL", "NOT", "OR", "PASS", "RAISE", "RETURN", "TRY", "WHILE", "WITH", 
		"YIELD", "NEWLINE", "NAME", "LPAR", "RPAR", "LSQB", "RSQB", "LBRACE", 
		"RBRACE", "ELLIPSIS", "DOT", "COMMA", "COLON", "SEMI", "ARROW", "WALRUS", 
		"POWER", "STAR", "ASSIGN", "OR_OP", "XOR", "AND_OP", "LEFT_SHIFT", "RIGHT_SHIFT", 
		"ADD", "MINUS", "DIV", "MOD", "IDIV", "NOT_OP", "AT", "LESS_THAN", "GREATER_THAN", 
		"EQUALS", "GT_EQ", "LT_EQ", "NOT_EQ", "ADD_ASSIGN", "SUB_ASSIGN", "MULT_ASSIGN", 
		"AT_ASSIGN", "DIV_ASSIGN", "MOD_ASSIGN", "AND_ASSIGN", "OR_ASSIGN", "XOR_ASSIGN", 
		"LEFT_SHIFT_ASSIGN", "RIGHT_SHIFT_ASSIGN", "POWER_ASSIGN", "IDIV_ASSIGN", 
		"COMMENT", "WS", "LINE_JOIN", "ERRORCHAR",
	];
	public static readonly VOCABULARY: Vocabulary = new VocabularyImpl(PythonParser._LITERAL_NAMES, PythonParser._SYMBOLIC_NAMES, []);

	// @Override
	// @NotNull
	public get vocabulary(): Vocabulary {
		return PythonParser.VOCABULARY;
	}
	// tslint:enable:no-trailing-whitespace

	// @Override
	public get grammarFileName(): string { return "PythonParser.g4"; }

	// @Override
	public get ruleNames(): string[] { return PythonParser.ruleNames; }

	// @Override
	public get serializedATN(): string { return PythonParser._serializedATN; }

	protected createFailedPredicateException(predicate?: string, message?: string): FailedPredicateException {
		return new FailedPredicateException(this, predicate, message);
	}

	constructor(input: TokenStream) {
		super(input);
		this._interp = new ParserATNSimulator(PythonParser._ATN, this);
	}
	// @RuleVersion(0)
	public file_input(): File_inputContext {
		let _localctx: File_inputContext = new File_inputContext(this._ctx, this.state);
		this.enterRule(_localctx, 0, PythonParser.RULE_file_input);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 186;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			while ((((_la) & ~0x1F) === 0 && ((1 << _la) & ((1 << PythonParser.MATCH) | (1 << PythonParser.STRING) | (1 << PythonParser.NUMBER) | (1 << PythonParser.FALSE) | (1 << PythonParser.NONE) | (1 << PythonParser.TRUE) | (1 << PythonParser.ASSERT) | (1 << PythonParser.ASYNC) | (1 << PythonParser.AWAIT) | (1 << PythonParser.BREAK) | (1 << PythonParser.CLASS) | (1 << PythonParser.CONTINUE) | (1 << PythonParser.DEF) | (1 << PythonParser.DEL) | (1 << PythonParser.FOR) | (1 << PythonParser.FROM) | (1 << PythonParser.GLOBAL) | (1 << PythonParser.IF) | (1 << PythonParser.IMPORT))) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & ((1 << (PythonParser.LAMBDA - 32)) | (1 << (PythonParser.NONLOCAL - 32)) | (1 << (PythonParser.NOT - 32)) | (1 << (PythonParser.PASS - 32)) | (1 << (PythonParser.RAISE - 32)) | (1 << (PythonParser.RETURN - 32)) | (1 << (PythonParser.TRY - 32)) | (1 << (PythonParser.WHILE - 32)) | (1 << (PythonParser.WITH - 32)) | (1 << (PythonParser.YIELD - 32)) | (1 << (PythonParser.NEWLINE - 32)) | (1 << (PythonParser.NAME - 32)) | (1 << (PythonParser.LPAR - 32)) | (1 << (PythonParser.LSQB - 32)) | (1 << (PythonParser.LBRACE - 32)) | (1 << (PythonParser.ELLIPSIS - 32)) | (1 << (PythonParser.STAR - 32)))) !== 0) || ((((_la - 66)) & ~0x1F) === 0 && ((1 << (_la - 66)) & ((1 << (PythonParser.ADD - 66)) | (1 << (PythonParser.MINUS - 66)) | (1 << (PythonParser.NOT_OP - 66)) | (1 << (PythonParser.AT - 66)))) !== 0)) {
				{
				this.state = 184;
				this._errHandler.sync(this);
				switch (this._input.LA(1)) {
				case PythonParser.NEWLINE:
					{
					this.state = 182;
					this.match(PythonParser.NEWLINE);
					}
					break;
				case PythonParser.MATCH:
				case PythonParser.STRING:
				case PythonParser.NUMBER:
				case PythonParser.FALSE:
				case PythonParser.NONE:
				case PythonParser.TRUE:
				case PythonParser.ASSERT:
				case PythonParser.ASYNC:
				case PythonParser.AWAIT:
				case PythonParser.BREAK:
				case PythonParser.CLASS:
				case PythonParser.CONTINUE:
				case PythonParser.DEF:
				case PythonParser.DEL:
				case PythonParser.FOR:
				case PythonParser.FROM:
				case PythonParser.GLOBAL:
				case PythonParser.IF:
				case PythonParser.IMPORT:
				case PythonParser.LAMBDA:
				case PythonParser.NONLOCAL:
				case PythonParser.NOT:
				case PythonParser.PASS:
				case PythonParser.RAISE:
				case PythonParser.RETURN:
				case PythonParser.TRY:
				case PythonParser.WHILE:
				case PythonParser.WITH:
				case PythonParser.YIELD:
				case PythonParser.NAME:
				case PythonParser.LPAR:
				case PythonParser.LSQB:
				case PythonParser.LBRACE:
				case PythonParser.ELLIPSIS:
				case PythonParser.STAR:
				case PythonParser.ADD:
				case PythonParser.MINUS:
				case PythonParser.NOT_OP:
				case PythonParser.AT:
					{
					this.state = 183;
					this.stmt();
					}
					break;
				default:
					throw new NoViableAltException(this);
				}
				}
				this.state = 188;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
			}
			this.state = 189;
			this.match(PythonParser.EOF);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public fstring_expr_input(): Fstring_expr_inputContext {
		let _localctx: Fstring_expr_inputContext = new Fstring_expr_inputContext(this._ctx, this.state);
		this.enterRule(_localctx, 2, PythonParser.RULE_fstring_expr_input);
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 193;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.YIELD:
				{
				this.state = 191;
				this.yield_expr();
				}
				break;
			case PythonParser.STRING:
			case PythonParser.NUMBER:
			case PythonParser.FALSE:
			case PythonParser.NONE:
			case PythonParser.TRUE:
			case PythonParser.AWAIT:
			case PythonParser.LAMBDA:
			case PythonParser.NOT:
			case PythonParser.NAME:
			case PythonParser.LPAR:
			case PythonParser.LSQB:
			case PythonParser.LBRACE:
			case PythonParser.ELLIPSIS:
			case PythonParser.STAR:
			case PythonParser.ADD:
			case PythonParser.MINUS:
			case PythonParser.NOT_OP:
				{
				this.state = 192;
				this.testlist_star_expr();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
			this.state = 195;
			this.match(PythonParser.EOF);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public stmt(): StmtContext {
		let _localctx: StmtContext = new StmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 4, PythonParser.RULE_stmt);
		try {
			this.state = 199;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.STRING:
			case PythonParser.NUMBER:
			case PythonParser.FALSE:
			case PythonParser.NONE:
			case PythonParser.TRUE:
			case PythonParser.ASSERT:
			case PythonParser.AWAIT:
			case PythonParser.BREAK:
			case PythonParser.CONTINUE:
			case PythonParser.DEL:
			case PythonParser.FROM:
			case PythonParser.GLOBAL:
			case PythonParser.IMPORT:
			case PythonParser.LAMBDA:
			case PythonParser.NONLOCAL:
			case PythonParser.NOT:
			case PythonParser.PASS:
			case PythonParser.RAISE:
			case PythonParser.RETURN:
			case PythonParser.YIELD:
			case PythonParser.NAME:
			case PythonParser.LPAR:
			case PythonParser.LSQB:
			case PythonParser.LBRACE:
			case PythonParser.ELLIPSIS:
			case PythonParser.STAR:
			case PythonParser.ADD:
			case PythonParser.MINUS:
			case PythonParser.NOT_OP:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 197;
				this.simple_stmts();
				}
				break;
			case PythonParser.MATCH:
			case PythonParser.ASYNC:
			case PythonParser.CLASS:
			case PythonParser.DEF:
			case PythonParser.FOR:
			case PythonParser.IF:
			case PythonParser.TRY:
			case PythonParser.WHILE:
			case PythonParser.WITH:
			case PythonParser.AT:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 198;
				this.compound_stmt();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public simple_stmts(): Simple_stmtsContext {
		let _localctx: Simple_stmtsContext = new Simple_stmtsContext(this._ctx, this.state);
		this.enterRule(_localctx, 6, PythonParser.RULE_simple_stmts);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 201;
			this.simple_stmt();
			this.state = 206;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 4, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 202;
					this.match(PythonParser.SEMI);
					this.state = 203;
					this.simple_stmt();
					}
					}
				}
				this.state = 208;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 4, this._ctx);
			}
			this.state = 210;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.SEMI) {
				{
				this.state = 209;
				this.match(PythonParser.SEMI);
				}
			}

			this.state = 212;
			this.match(PythonParser.NEWLINE);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public simple_stmt(): Simple_stmtContext {
		let _localctx: Simple_stmtContext = new Simple_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 8, PythonParser.RULE_simple_stmt);
		try {
			this.state = 226;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.STRING:
			case PythonParser.NUMBER:
			case PythonParser.FALSE:
			case PythonParser.NONE:
			case PythonParser.TRUE:
			case PythonParser.AWAIT:
			case PythonParser.LAMBDA:
			case PythonParser.NOT:
			case PythonParser.NAME:
			case PythonParser.LPAR:
			case PythonParser.LSQB:
			case PythonParser.LBRACE:
			case PythonParser.ELLIPSIS:
			case PythonParser.STAR:
			case PythonParser.ADD:
			case PythonParser.MINUS:
			case PythonParser.NOT_OP:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 214;
				this.expr_stmt();
				}
				break;
			case PythonParser.DEL:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 215;
				this.del_stmt();
				}
				break;
			case PythonParser.PASS:
				this.enterOuterAlt(_localctx, 3);
				{
				this.state = 216;
				this.pass_stmt();
				}
				break;
			case PythonParser.BREAK:
				this.enterOuterAlt(_localctx, 4);
				{
				this.state = 217;
				this.break_stmt();
				}
				break;
			case PythonParser.CONTINUE:
				this.enterOuterAlt(_localctx, 5);
				{
				this.state = 218;
				this.continue_stmt();
				}
				break;
			case PythonParser.RETURN:
				this.enterOuterAlt(_localctx, 6);
				{
				this.state = 219;
				this.return_stmt();
				}
				break;
			case PythonParser.RAISE:
				this.enterOuterAlt(_localctx, 7);
				{
				this.state = 220;
				this.raise_stmt();
				}
				break;
			case PythonParser.YIELD:
				this.enterOuterAlt(_localctx, 8);
				{
				this.state = 221;
				this.yield_stmt();
				}
				break;
			case PythonParser.FROM:
			case PythonParser.IMPORT:
				this.enterOuterAlt(_localctx, 9);
				{
				this.state = 222;
				this.import_stmt();
				}
				break;
			case PythonParser.GLOBAL:
				this.enterOuterAlt(_localctx, 10);
				{
				this.state = 223;
				this.global_stmt();
				}
				break;
			case PythonParser.NONLOCAL:
				this.enterOuterAlt(_localctx, 11);
				{
				this.state = 224;
				this.nonlocal_stmt();
				}
				break;
			case PythonParser.ASSERT:
				this.enterOuterAlt(_localctx, 12);
				{
				this.state = 225;
				this.assert_stmt();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public expr_stmt(): Expr_stmtContext {
		let _localctx: Expr_stmtContext = new Expr_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 10, PythonParser.RULE_expr_stmt);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 228;
			this.testlist_star_expr();
			this.state = 245;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.COLON:
				{
				this.state = 229;
				this.annassign();
				}
				break;
			case PythonParser.ADD_ASSIGN:
			case PythonParser.SUB_ASSIGN:
			case PythonParser.MULT_ASSIGN:
			case PythonParser.AT_ASSIGN:
			case PythonParser.DIV_ASSIGN:
			case PythonParser.MOD_ASSIGN:
			case PythonParser.AND_ASSIGN:
			case PythonParser.OR_ASSIGN:
			case PythonParser.XOR_ASSIGN:
			case PythonParser.LEFT_SHIFT_ASSIGN:
			case PythonParser.RIGHT_SHIFT_ASSIGN:
			case PythonParser.POWER_ASSIGN:
			case PythonParser.IDIV_ASSIGN:
				{
				this.state = 230;
				this.augassign();
				this.state = 233;
				this._errHandler.sync(this);
				switch (this._input.LA(1)) {
				case PythonParser.YIELD:
					{
					this.state = 231;
					this.yield_expr();
					}
					break;
				case PythonParser.STRING:
				case PythonParser.NUMBER:
				case PythonParser.FALSE:
				case PythonParser.NONE:
				case PythonParser.TRUE:
				case PythonParser.AWAIT:
				case PythonParser.LAMBDA:
				case PythonParser.NOT:
				case PythonParser.NAME:
				case PythonParser.LPAR:
				case PythonParser.LSQB:
				case PythonParser.LBRACE:
				case PythonParser.ELLIPSIS:
				case PythonParser.STAR:
				case PythonParser.ADD:
				case PythonParser.MINUS:
				case PythonParser.NOT_OP:
					{
					this.state = 232;
					this.testlist_star_expr();
					}
					break;
				default:
					throw new NoViableAltException(this);
				}
				}
				break;
			case PythonParser.NEWLINE:
			case PythonParser.SEMI:
			case PythonParser.ASSIGN:
				{
				this.state = 242;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				while (_la === PythonParser.ASSIGN) {
					{
					{
					this.state = 235;
					this.match(PythonParser.ASSIGN);
					this.state = 238;
					this._errHandler.sync(this);
					switch (this._input.LA(1)) {
					case PythonParser.YIELD:
						{
						this.state = 236;
						this.yield_expr();
						}
						break;
					case PythonParser.STRING:
					case PythonParser.NUMBER:
					case PythonParser.FALSE:
					case PythonParser.NONE:
					case PythonParser.TRUE:
					case PythonParser.AWAIT:
					case PythonParser.LAMBDA:
					case PythonParser.NOT:
					case PythonParser.NAME:
					case PythonParser.LPAR:
					case PythonParser.LSQB:
					case PythonParser.LBRACE:
					case PythonParser.ELLIPSIS:
					case PythonParser.STAR:
					case PythonParser.ADD:
					case PythonParser.MINUS:
					case PythonParser.NOT_OP:
						{
						this.state = 237;
						this.testlist_star_expr();
						}
						break;
					default:
						throw new NoViableAltException(this);
					}
					}
					}
					this.state = 244;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
				}
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public annassign(): AnnassignContext {
		let _localctx: AnnassignContext = new AnnassignContext(this._ctx, this.state);
		this.enterRule(_localctx, 12, PythonParser.RULE_annassign);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 247;
			this.match(PythonParser.COLON);
			this.state = 248;
			this.test();
			this.state = 254;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.ASSIGN) {
				{
				this.state = 249;
				this.match(PythonParser.ASSIGN);
				this.state = 252;
				this._errHandler.sync(this);
				switch (this._input.LA(1)) {
				case PythonParser.YIELD:
					{
					this.state = 250;
					this.yield_expr();
					}
					break;
				case PythonParser.STRING:
				case PythonParser.NUMBER:
				case PythonParser.FALSE:
				case PythonParser.NONE:
				case PythonParser.TRUE:
				case PythonParser.AWAIT:
				case PythonParser.LAMBDA:
				case PythonParser.NOT:
				case PythonParser.NAME:
				case PythonParser.LPAR:
				case PythonParser.LSQB:
				case PythonParser.LBRACE:
				case PythonParser.ELLIPSIS:
				case PythonParser.STAR:
				case PythonParser.ADD:
				case PythonParser.MINUS:
				case PythonParser.NOT_OP:
					{
					this.state = 251;
					this.testlist_star_expr();
					}
					break;
				default:
					throw new NoViableAltException(this);
				}
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public augassign(): AugassignContext {
		let _localctx: AugassignContext = new AugassignContext(this._ctx, this.state);
		this.enterRule(_localctx, 14, PythonParser.RULE_augassign);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 256;
			_la = this._input.LA(1);
			if (!(((((_la - 79)) & ~0x1F) === 0 && ((1 << (_la - 79)) & ((1 << (PythonParser.ADD_ASSIGN - 79)) | (1 << (PythonParser.SUB_ASSIGN - 79)) | (1 << (PythonParser.MULT_ASSIGN - 79)) | (1 << (PythonParser.AT_ASSIGN - 79)) | (1 << (PythonParser.DIV_ASSIGN - 79)) | (1 << (PythonParser.MOD_ASSIGN - 79)) | (1 << (PythonParser.AND_ASSIGN - 79)) | (1 << (PythonParser.OR_ASSIGN - 79)) | (1 << (PythonParser.XOR_ASSIGN - 79)) | (1 << (PythonParser.LEFT_SHIFT_ASSIGN - 79)) | (1 << (PythonParser.RIGHT_SHIFT_ASSIGN - 79)) | (1 << (PythonParser.POWER_ASSIGN - 79)) | (1 << (PythonParser.IDIV_ASSIGN - 79)))) !== 0))) {
			this._errHandler.recoverInline(this);
			} else {
				if (this._input.LA(1) === Token.EOF) {
					this.matchedEOF = true;
				}

				this._errHandler.reportMatch(this);
				this.consume();
			}
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public del_stmt(): Del_stmtContext {
		let _localctx: Del_stmtContext = new Del_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 16, PythonParser.RULE_del_stmt);
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 258;
			this.match(PythonParser.DEL);
			this.state = 259;
			this.exprlist();
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public pass_stmt(): Pass_stmtContext {
		let _localctx: Pass_stmtContext = new Pass_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 18, PythonParser.RULE_pass_stmt);
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 261;
			this.match(PythonParser.PASS);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public break_stmt(): Break_stmtContext {
		let _localctx: Break_stmtContext = new Break_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 20, PythonParser.RULE_break_stmt);
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 263;
			this.match(PythonParser.BREAK);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public continue_stmt(): Continue_stmtContext {
		let _localctx: Continue_stmtContext = new Continue_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 22, PythonParser.RULE_continue_stmt);
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 265;
			this.match(PythonParser.CONTINUE);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public return_stmt(): Return_stmtContext {
		let _localctx: Return_stmtContext = new Return_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 24, PythonParser.RULE_return_stmt);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 267;
			this.match(PythonParser.RETURN);
			this.state = 269;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (((((_la - 5)) & ~0x1F) === 0 && ((1 << (_la - 5)) & ((1 << (PythonParser.STRING - 5)) | (1 << (PythonParser.NUMBER - 5)) | (1 << (PythonParser.FALSE - 5)) | (1 << (PythonParser.NONE - 5)) | (1 << (PythonParser.TRUE - 5)) | (1 << (PythonParser.AWAIT - 5)) | (1 << (PythonParser.LAMBDA - 5)) | (1 << (PythonParser.NOT - 5)))) !== 0) || ((((_la - 44)) & ~0x1F) === 0 && ((1 << (_la - 44)) & ((1 << (PythonParser.NAME - 44)) | (1 << (PythonParser.LPAR - 44)) | (1 << (PythonParser.LSQB - 44)) | (1 << (PythonParser.LBRACE - 44)) | (1 << (PythonParser.ELLIPSIS - 44)) | (1 << (PythonParser.STAR - 44)) | (1 << (PythonParser.ADD - 44)) | (1 << (PythonParser.MINUS - 44)) | (1 << (PythonParser.NOT_OP - 44)))) !== 0)) {
				{
				this.state = 268;
				this.testlist_star_expr();
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public raise_stmt(): Raise_stmtContext {
		let _localctx: Raise_stmtContext = new Raise_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 26, PythonParser.RULE_raise_stmt);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 271;
			this.match(PythonParser.RAISE);
			this.state = 277;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (((((_la - 5)) & ~0x1F) === 0 && ((1 << (_la - 5)) & ((1 << (PythonParser.STRING - 5)) | (1 << (PythonParser.NUMBER - 5)) | (1 << (PythonParser.FALSE - 5)) | (1 << (PythonParser.NONE - 5)) | (1 << (PythonParser.TRUE - 5)) | (1 << (PythonParser.AWAIT - 5)) | (1 << (PythonParser.LAMBDA - 5)) | (1 << (PythonParser.NOT - 5)))) !== 0) || ((((_la - 44)) & ~0x1F) === 0 && ((1 << (_la - 44)) & ((1 << (PythonParser.NAME - 44)) | (1 << (PythonParser.LPAR - 44)) | (1 << (PythonParser.LSQB - 44)) | (1 << (PythonParser.LBRACE - 44)) | (1 << (PythonParser.ELLIPSIS - 44)) | (1 << (PythonParser.ADD - 44)) | (1 << (PythonParser.MINUS - 44)) | (1 << (PythonParser.NOT_OP - 44)))) !== 0)) {
				{
				this.state = 272;
				this.test();
				this.state = 275;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.FROM) {
					{
					this.state = 273;
					this.match(PythonParser.FROM);
					this.state = 274;
					this.test();
					}
				}

				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public yield_stmt(): Yield_stmtContext {
		let _localctx: Yield_stmtContext = new Yield_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 28, PythonParser.RULE_yield_stmt);
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 279;
			this.yield_expr();
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public import_stmt(): Import_stmtContext {
		let _localctx: Import_stmtContext = new Import_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 30, PythonParser.RULE_import_stmt);
		try {
			this.state = 283;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.IMPORT:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 281;
				this.import_name();
				}
				break;
			case PythonParser.FROM:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 282;
				this.import_from();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public import_name(): Import_nameContext {
		let _localctx: Import_nameContext = new Import_nameContext(this._ctx, this.state);
		this.enterRule(_localctx, 32, PythonParser.RULE_import_name);
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 285;
			this.match(PythonParser.IMPORT);
			this.state = 286;
			this.dotted_as_names();
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public import_from(): Import_fromContext {
		let _localctx: Import_fromContext = new Import_fromContext(this._ctx, this.state);
		this.enterRule(_localctx, 34, PythonParser.RULE_import_from);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 288;
			this.match(PythonParser.FROM);
			this.state = 301;
			this._errHandler.sync(this);
			switch ( this.interpreter.adaptivePredict(this._input, 19, this._ctx) ) {
			case 1:
				{
				this.state = 292;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				while (_la === PythonParser.ELLIPSIS || _la === PythonParser.DOT) {
					{
					{
					this.state = 289;
					_la = this._input.LA(1);
					if (!(_la === PythonParser.ELLIPSIS || _la === PythonParser.DOT)) {
					this._errHandler.recoverInline(this);
					} else {
						if (this._input.LA(1) === Token.EOF) {
							this.matchedEOF = true;
						}

						this._errHandler.reportMatch(this);
						this.consume();
					}
					}
					}
					this.state = 294;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
				}
				this.state = 295;
				this.dotted_name();
				}
				break;

			case 2:
				{
				this.state = 297;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				do {
					{
					{
					this.state = 296;
					_la = this._input.LA(1);
					if (!(_la === PythonParser.ELLIPSIS || _la === PythonParser.DOT)) {
					this._errHandler.recoverInline(this);
					} else {
						if (this._input.LA(1) === Token.EOF) {
							this.matchedEOF = true;
						}

						this._errHandler.reportMatch(this);
						this.consume();
					}
					}
					}
					this.state = 299;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
				} while (_la === PythonParser.ELLIPSIS || _la === PythonParser.DOT);
				}
				break;
			}
			this.state = 303;
			this.match(PythonParser.IMPORT);
			this.state = 310;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.STAR:
				{
				this.state = 304;
				this.match(PythonParser.STAR);
				}
				break;
			case PythonParser.LPAR:
				{
				this.state = 305;
				this.match(PythonParser.LPAR);
				this.state = 306;
				this.import_as_names();
				this.state = 307;
				this.match(PythonParser.RPAR);
				}
				break;
			case PythonParser.NAME:
				{
				this.state = 309;
				this.import_as_names();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public import_as_name(): Import_as_nameContext {
		let _localctx: Import_as_nameContext = new Import_as_nameContext(this._ctx, this.state);
		this.enterRule(_localctx, 36, PythonParser.RULE_import_as_name);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 312;
			this.name();
			this.state = 315;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.AS) {
				{
				this.state = 313;
				this.match(PythonParser.AS);
				this.state = 314;
				this.name();
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public dotted_as_name(): Dotted_as_nameContext {
		let _localctx: Dotted_as_nameContext = new Dotted_as_nameContext(this._ctx, this.state);
		this.enterRule(_localctx, 38, PythonParser.RULE_dotted_as_name);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 317;
			this.dotted_name();
			this.state = 320;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.AS) {
				{
				this.state = 318;
				this.match(PythonParser.AS);
				this.state = 319;
				this.name();
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public import_as_names(): Import_as_namesContext {
		let _localctx: Import_as_namesContext = new Import_as_namesContext(this._ctx, this.state);
		this.enterRule(_localctx, 40, PythonParser.RULE_import_as_names);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 322;
			this.import_as_name();
			this.state = 327;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 23, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 323;
					this.match(PythonParser.COMMA);
					this.state = 324;
					this.import_as_name();
					}
					}
				}
				this.state = 329;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 23, this._ctx);
			}
			this.state = 331;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COMMA) {
				{
				this.state = 330;
				this.match(PythonParser.COMMA);
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public dotted_as_names(): Dotted_as_namesContext {
		let _localctx: Dotted_as_namesContext = new Dotted_as_namesContext(this._ctx, this.state);
		this.enterRule(_localctx, 42, PythonParser.RULE_dotted_as_names);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 333;
			this.dotted_as_name();
			this.state = 338;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			while (_la === PythonParser.COMMA) {
				{
				{
				this.state = 334;
				this.match(PythonParser.COMMA);
				this.state = 335;
				this.dotted_as_name();
				}
				}
				this.state = 340;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
			}
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public dotted_name(): Dotted_nameContext {
		let _localctx: Dotted_nameContext = new Dotted_nameContext(this._ctx, this.state);
		this.enterRule(_localctx, 44, PythonParser.RULE_dotted_name);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 341;
			this.name();
			this.state = 346;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			while (_la === PythonParser.DOT) {
				{
				{
				this.state = 342;
				this.match(PythonParser.DOT);
				this.state = 343;
				this.name();
				}
				}
				this.state = 348;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
			}
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public global_stmt(): Global_stmtContext {
		let _localctx: Global_stmtContext = new Global_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 46, PythonParser.RULE_global_stmt);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 349;
			this.match(PythonParser.GLOBAL);
			this.state = 350;
			this.name();
			this.state = 355;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			while (_la === PythonParser.COMMA) {
				{
				{
				this.state = 351;
				this.match(PythonParser.COMMA);
				this.state = 352;
				this.name();
				}
				}
				this.state = 357;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
			}
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public nonlocal_stmt(): Nonlocal_stmtContext {
		let _localctx: Nonlocal_stmtContext = new Nonlocal_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 48, PythonParser.RULE_nonlocal_stmt);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 358;
			this.match(PythonParser.NONLOCAL);
			this.state = 359;
			this.name();
			this.state = 364;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			while (_la === PythonParser.COMMA) {
				{
				{
				this.state = 360;
				this.match(PythonParser.COMMA);
				this.state = 361;
				this.name();
				}
				}
				this.state = 366;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
			}
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public assert_stmt(): Assert_stmtContext {
		let _localctx: Assert_stmtContext = new Assert_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 50, PythonParser.RULE_assert_stmt);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 367;
			this.match(PythonParser.ASSERT);
			this.state = 368;
			this.test();
			this.state = 371;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COMMA) {
				{
				this.state = 369;
				this.match(PythonParser.COMMA);
				this.state = 370;
				this.test();
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public compound_stmt(): Compound_stmtContext {
		let _localctx: Compound_stmtContext = new Compound_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 52, PythonParser.RULE_compound_stmt);
		try {
			this.state = 383;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.IF:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 373;
				this.if_stmt();
				}
				break;
			case PythonParser.WHILE:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 374;
				this.while_stmt();
				}
				break;
			case PythonParser.FOR:
				this.enterOuterAlt(_localctx, 3);
				{
				this.state = 375;
				this.for_stmt();
				}
				break;
			case PythonParser.TRY:
				this.enterOuterAlt(_localctx, 4);
				{
				this.state = 376;
				this.try_stmt();
				}
				break;
			case PythonParser.WITH:
				this.enterOuterAlt(_localctx, 5);
				{
				this.state = 377;
				this.with_stmt();
				}
				break;
			case PythonParser.DEF:
				this.enterOuterAlt(_localctx, 6);
				{
				this.state = 378;
				this.funcdef();
				}
				break;
			case PythonParser.CLASS:
				this.enterOuterAlt(_localctx, 7);
				{
				this.state = 379;
				this.classdef();
				}
				break;
			case PythonParser.AT:
				this.enterOuterAlt(_localctx, 8);
				{
				this.state = 380;
				this.decorated();
				}
				break;
			case PythonParser.ASYNC:
				this.enterOuterAlt(_localctx, 9);
				{
				this.state = 381;
				this.async_stmt();
				}
				break;
			case PythonParser.MATCH:
				this.enterOuterAlt(_localctx, 10);
				{
				this.state = 382;
				this.match_stmt();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public async_stmt(): Async_stmtContext {
		let _localctx: Async_stmtContext = new Async_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 54, PythonParser.RULE_async_stmt);
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 385;
			this.match(PythonParser.ASYNC);
			this.state = 389;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.DEF:
				{
				this.state = 386;
				this.funcdef();
				}
				break;
			case PythonParser.WITH:
				{
				this.state = 387;
				this.with_stmt();
				}
				break;
			case PythonParser.FOR:
				{
				this.state = 388;
				this.for_stmt();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public if_stmt(): If_stmtContext {
		let _localctx: If_stmtContext = new If_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 56, PythonParser.RULE_if_stmt);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 391;
			this.match(PythonParser.IF);
			this.state = 392;
			this.namedexpr_test();
			this.state = 393;
			this.match(PythonParser.COLON);
			this.state = 394;
			this.block();
			this.state = 398;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			while (_la === PythonParser.ELIF) {
				{
				{
				this.state = 395;
				this.elif_clause();
				}
				}
				this.state = 400;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
			}
			this.state = 402;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.ELSE) {
				{
				this.state = 401;
				this.else_clause();
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public elif_clause(): Elif_clauseContext {
		let _localctx: Elif_clauseContext = new Elif_clauseContext(this._ctx, this.state);
		this.enterRule(_localctx, 58, PythonParser.RULE_elif_clause);
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 404;
			this.match(PythonParser.ELIF);
			this.state = 405;
			this.namedexpr_test();
			this.state = 406;
			this.match(PythonParser.COLON);
			this.state = 407;
			this.block();
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public else_clause(): Else_clauseContext {
		let _localctx: Else_clauseContext = new Else_clauseContext(this._ctx, this.state);
		this.enterRule(_localctx, 60, PythonParser.RULE_else_clause);
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 409;
			this.match(PythonParser.ELSE);
			this.state = 410;
			this.match(PythonParser.COLON);
			this.state = 411;
			this.block();
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public while_stmt(): While_stmtContext {
		let _localctx: While_stmtContext = new While_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 62, PythonParser.RULE_while_stmt);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 413;
			this.match(PythonParser.WHILE);
			this.state = 414;
			this.namedexpr_test();
			this.state = 415;
			this.match(PythonParser.COLON);
			this.state = 416;
			this.block();
			this.state = 418;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.ELSE) {
				{
				this.state = 417;
				this.else_clause();
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public for_stmt(): For_stmtContext {
		let _localctx: For_stmtContext = new For_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 64, PythonParser.RULE_for_stmt);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 420;
			this.match(PythonParser.FOR);
			this.state = 421;
			this.exprlist();
			this.state = 422;
			this.match(PythonParser.IN);
			this.state = 423;
			this.testlist_star_expr();
			this.state = 424;
			this.match(PythonParser.COLON);
			this.state = 425;
			this.block();
			this.state = 427;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.ELSE) {
				{
				this.state = 426;
				this.else_clause();
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public try_stmt(): Try_stmtContext {
		let _localctx: Try_stmtContext = new Try_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 66, PythonParser.RULE_try_stmt);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 429;
			this.match(PythonParser.TRY);
			this.state = 430;
			this.match(PythonParser.COLON);
			this.state = 431;
			this.block();
			this.state = 444;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.EXCEPT:
				{
				this.state = 433;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				do {
					{
					{
					this.state = 432;
					this.except_clause();
					}
					}
					this.state = 435;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
				} while (_la === PythonParser.EXCEPT);
				this.state = 438;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.ELSE) {
					{
					this.state = 437;
					this.else_clause();
					}
				}

				this.state = 441;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.FINALLY) {
					{
					this.state = 440;
					this.finally_clause();
					}
				}

				}
				break;
			case PythonParser.FINALLY:
				{
				this.state = 443;
				this.finally_clause();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public except_clause(): Except_clauseContext {
		let _localctx: Except_clauseContext = new Except_clauseContext(this._ctx, this.state);
		this.enterRule(_localctx, 68, PythonParser.RULE_except_clause);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 446;
			this.match(PythonParser.EXCEPT);
			this.state = 448;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.STAR) {
				{
				this.state = 447;
				this.match(PythonParser.STAR);
				}
			}

			this.state = 455;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (((((_la - 5)) & ~0x1F) === 0 && ((1 << (_la - 5)) & ((1 << (PythonParser.STRING - 5)) | (1 << (PythonParser.NUMBER - 5)) | (1 << (PythonParser.FALSE - 5)) | (1 << (PythonParser.NONE - 5)) | (1 << (PythonParser.TRUE - 5)) | (1 << (PythonParser.AWAIT - 5)) | (1 << (PythonParser.LAMBDA - 5)) | (1 << (PythonParser.NOT - 5)))) !== 0) || ((((_la - 44)) & ~0x1F) === 0 && ((1 << (_la - 44)) & ((1 << (PythonParser.NAME - 44)) | (1 << (PythonParser.LPAR - 44)) | (1 << (PythonParser.LSQB - 44)) | (1 << (PythonParser.LBRACE - 44)) | (1 << (PythonParser.ELLIPSIS - 44)) | (1 << (PythonParser.ADD - 44)) | (1 << (PythonParser.MINUS - 44)) | (1 << (PythonParser.NOT_OP - 44)))) !== 0)) {
				{
				this.state = 450;
				this.test();
				this.state = 453;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.AS) {
					{
					this.state = 451;
					this.match(PythonParser.AS);
					this.state = 452;
					this.name();
					}
				}

				}
			}

			this.state = 457;
			this.match(PythonParser.COLON);
			this.state = 458;
			this.block();
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public finally_clause(): Finally_clauseContext {
		let _localctx: Finally_clauseContext = new Finally_clauseContext(this._ctx, this.state);
		this.enterRule(_localctx, 70, PythonParser.RULE_finally_clause);
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 460;
			this.match(PythonParser.FINALLY);
			this.state = 461;
			this.match(PythonParser.COLON);
			this.state = 462;
			this.block();
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public with_stmt(): With_stmtContext {
		let _localctx: With_stmtContext = new With_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 72, PythonParser.RULE_with_stmt);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 464;
			this.match(PythonParser.WITH);
			this.state = 487;
			this._errHandler.sync(this);
			switch ( this.interpreter.adaptivePredict(this._input, 46, this._ctx) ) {
			case 1:
				{
				this.state = 465;
				this.match(PythonParser.LPAR);
				this.state = 466;
				this.with_item();
				this.state = 471;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 43, this._ctx);
				while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
					if (_alt === 1) {
						{
						{
						this.state = 467;
						this.match(PythonParser.COMMA);
						this.state = 468;
						this.with_item();
						}
						}
					}
					this.state = 473;
					this._errHandler.sync(this);
					_alt = this.interpreter.adaptivePredict(this._input, 43, this._ctx);
				}
				this.state = 475;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.COMMA) {
					{
					this.state = 474;
					this.match(PythonParser.COMMA);
					}
				}

				this.state = 477;
				this.match(PythonParser.RPAR);
				}
				break;

			case 2:
				{
				this.state = 479;
				this.with_item();
				this.state = 484;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				while (_la === PythonParser.COMMA) {
					{
					{
					this.state = 480;
					this.match(PythonParser.COMMA);
					this.state = 481;
					this.with_item();
					}
					}
					this.state = 486;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
				}
				}
				break;
			}
			this.state = 489;
			this.match(PythonParser.COLON);
			this.state = 490;
			this.block();
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public with_item(): With_itemContext {
		let _localctx: With_itemContext = new With_itemContext(this._ctx, this.state);
		this.enterRule(_localctx, 74, PythonParser.RULE_with_item);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 492;
			this.test();
			this.state = 495;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.AS) {
				{
				this.state = 493;
				this.match(PythonParser.AS);
				this.state = 494;
				this.expr(0);
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public block(): BlockContext {
		let _localctx: BlockContext = new BlockContext(this._ctx, this.state);
		this.enterRule(_localctx, 76, PythonParser.RULE_block);
		let _la: number;
		try {
			this.state = 507;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.STRING:
			case PythonParser.NUMBER:
			case PythonParser.FALSE:
			case PythonParser.NONE:
			case PythonParser.TRUE:
			case PythonParser.ASSERT:
			case PythonParser.AWAIT:
			case PythonParser.BREAK:
			case PythonParser.CONTINUE:
			case PythonParser.DEL:
			case PythonParser.FROM:
			case PythonParser.GLOBAL:
			case PythonParser.IMPORT:
			case PythonParser.LAMBDA:
			case PythonParser.NONLOCAL:
			case PythonParser.NOT:
			case PythonParser.PASS:
			case PythonParser.RAISE:
			case PythonParser.RETURN:
			case PythonParser.YIELD:
			case PythonParser.NAME:
			case PythonParser.LPAR:
			case PythonParser.LSQB:
			case PythonParser.LBRACE:
			case PythonParser.ELLIPSIS:
			case PythonParser.STAR:
			case PythonParser.ADD:
			case PythonParser.MINUS:
			case PythonParser.NOT_OP:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 497;
				this.simple_stmts();
				}
				break;
			case PythonParser.NEWLINE:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 498;
				this.match(PythonParser.NEWLINE);
				this.state = 499;
				this.match(PythonParser.INDENT);
				this.state = 501;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				do {
					{
					{
					this.state = 500;
					this.stmt();
					}
					}
					this.state = 503;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
				} while ((((_la) & ~0x1F) === 0 && ((1 << _la) & ((1 << PythonParser.MATCH) | (1 << PythonParser.STRING) | (1 << PythonParser.NUMBER) | (1 << PythonParser.FALSE) | (1 << PythonParser.NONE) | (1 << PythonParser.TRUE) | (1 << PythonParser.ASSERT) | (1 << PythonParser.ASYNC) | (1 << PythonParser.AWAIT) | (1 << PythonParser.BREAK) | (1 << PythonParser.CLASS) | (1 << PythonParser.CONTINUE) | (1 << PythonParser.DEF) | (1 << PythonParser.DEL) | (1 << PythonParser.FOR) | (1 << PythonParser.FROM) | (1 << PythonParser.GLOBAL) | (1 << PythonParser.IF) | (1 << PythonParser.IMPORT))) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & ((1 << (PythonParser.LAMBDA - 32)) | (1 << (PythonParser.NONLOCAL - 32)) | (1 << (PythonParser.NOT - 32)) | (1 << (PythonParser.PASS - 32)) | (1 << (PythonParser.RAISE - 32)) | (1 << (PythonParser.RETURN - 32)) | (1 << (PythonParser.TRY - 32)) | (1 << (PythonParser.WHILE - 32)) | (1 << (PythonParser.WITH - 32)) | (1 << (PythonParser.YIELD - 32)) | (1 << (PythonParser.NAME - 32)) | (1 << (PythonParser.LPAR - 32)) | (1 << (PythonParser.LSQB - 32)) | (1 << (PythonParser.LBRACE - 32)) | (1 << (PythonParser.ELLIPSIS - 32)) | (1 << (PythonParser.STAR - 32)))) !== 0) || ((((_la - 66)) & ~0x1F) === 0 && ((1 << (_la - 66)) & ((1 << (PythonParser.ADD - 66)) | (1 << (PythonParser.MINUS - 66)) | (1 << (PythonParser.NOT_OP - 66)) | (1 << (PythonParser.AT - 66)))) !== 0));
				this.state = 505;
				this.match(PythonParser.DEDENT);
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public decorated(): DecoratedContext {
		let _localctx: DecoratedContext = new DecoratedContext(this._ctx, this.state);
		this.enterRule(_localctx, 78, PythonParser.RULE_decorated);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 510;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			do {
				{
				{
				this.state = 509;
				this.decorator();
				}
				}
				this.state = 512;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
			} while (_la === PythonParser.AT);
			this.state = 517;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.CLASS:
				{
				this.state = 514;
				this.classdef();
				}
				break;
			case PythonParser.DEF:
				{
				this.state = 515;
				this.funcdef();
				}
				break;
			case PythonParser.ASYNC:
				{
				this.state = 516;
				this.async_funcdef();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public decorator(): DecoratorContext {
		let _localctx: DecoratorContext = new DecoratorContext(this._ctx, this.state);
		this.enterRule(_localctx, 80, PythonParser.RULE_decorator);
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 519;
			this.match(PythonParser.AT);
			this.state = 520;
			this.namedexpr_test();
			this.state = 521;
			this.match(PythonParser.NEWLINE);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public async_funcdef(): Async_funcdefContext {
		let _localctx: Async_funcdefContext = new Async_funcdefContext(this._ctx, this.state);
		this.enterRule(_localctx, 82, PythonParser.RULE_async_funcdef);
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 523;
			this.match(PythonParser.ASYNC);
			this.state = 524;
			this.funcdef();
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public funcdef(): FuncdefContext {
		let _localctx: FuncdefContext = new FuncdefContext(this._ctx, this.state);
		this.enterRule(_localctx, 84, PythonParser.RULE_funcdef);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 526;
			this.match(PythonParser.DEF);
			this.state = 527;
			this.name();
			this.state = 528;
			this.match(PythonParser.LPAR);
			this.state = 530;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (((((_la - 44)) & ~0x1F) === 0 && ((1 << (_la - 44)) & ((1 << (PythonParser.NAME - 44)) | (1 << (PythonParser.POWER - 44)) | (1 << (PythonParser.STAR - 44)) | (1 << (PythonParser.DIV - 44)))) !== 0)) {
				{
				this.state = 529;
				this.typedargslist();
				}
			}

			this.state = 532;
			this.match(PythonParser.RPAR);
			this.state = 535;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.ARROW) {
				{
				this.state = 533;
				this.match(PythonParser.ARROW);
				this.state = 534;
				this.test();
				}
			}

			this.state = 537;
			this.match(PythonParser.COLON);
			this.state = 538;
			this.block();
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public typedargslist(): TypedargslistContext {
		let _localctx: TypedargslistContext = new TypedargslistContext(this._ctx, this.state);
		this.enterRule(_localctx, 86, PythonParser.RULE_typedargslist);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 540;
			this.tparam();
			this.state = 545;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 54, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 541;
					this.match(PythonParser.COMMA);
					this.state = 542;
					this.tparam();
					}
					}
				}
				this.state = 547;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 54, this._ctx);
			}
			this.state = 549;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COMMA) {
				{
				this.state = 548;
				this.match(PythonParser.COMMA);
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public tparam(): TparamContext {
		let _localctx: TparamContext = new TparamContext(this._ctx, this.state);
		this.enterRule(_localctx, 88, PythonParser.RULE_tparam);
		let _la: number;
		try {
			this.state = 563;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.NAME:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 551;
				this.tfpdef();
				this.state = 554;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.ASSIGN) {
					{
					this.state = 552;
					this.match(PythonParser.ASSIGN);
					this.state = 553;
					this.test();
					}
				}

				}
				break;
			case PythonParser.STAR:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 556;
				this.match(PythonParser.STAR);
				this.state = 558;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.NAME) {
					{
					this.state = 557;
					this.tfpdef();
					}
				}

				}
				break;
			case PythonParser.POWER:
				this.enterOuterAlt(_localctx, 3);
				{
				this.state = 560;
				this.match(PythonParser.POWER);
				this.state = 561;
				this.tfpdef();
				}
				break;
			case PythonParser.DIV:
				this.enterOuterAlt(_localctx, 4);
				{
				this.state = 562;
				this.match(PythonParser.DIV);
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public tfpdef(): TfpdefContext {
		let _localctx: TfpdefContext = new TfpdefContext(this._ctx, this.state);
		this.enterRule(_localctx, 90, PythonParser.RULE_tfpdef);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 565;
			this.name();
			this.state = 568;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COLON) {
				{
				this.state = 566;
				this.match(PythonParser.COLON);
				this.state = 567;
				this.test();
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public varargslist(): VarargslistContext {
		let _localctx: VarargslistContext = new VarargslistContext(this._ctx, this.state);
		this.enterRule(_localctx, 92, PythonParser.RULE_varargslist);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 570;
			this.vparam();
			this.state = 575;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 60, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 571;
					this.match(PythonParser.COMMA);
					this.state = 572;
					this.vparam();
					}
					}
				}
				this.state = 577;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 60, this._ctx);
			}
			this.state = 579;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COMMA) {
				{
				this.state = 578;
				this.match(PythonParser.COMMA);
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public vparam(): VparamContext {
		let _localctx: VparamContext = new VparamContext(this._ctx, this.state);
		this.enterRule(_localctx, 94, PythonParser.RULE_vparam);
		let _la: number;
		try {
			this.state = 593;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.NAME:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 581;
				this.name();
				this.state = 584;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.ASSIGN) {
					{
					this.state = 582;
					this.match(PythonParser.ASSIGN);
					this.state = 583;
					this.test();
					}
				}

				}
				break;
			case PythonParser.STAR:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 586;
				this.match(PythonParser.STAR);
				this.state = 588;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.NAME) {
					{
					this.state = 587;
					this.name();
					}
				}

				}
				break;
			case PythonParser.POWER:
				this.enterOuterAlt(_localctx, 3);
				{
				this.state = 590;
				this.match(PythonParser.POWER);
				this.state = 591;
				this.name();
				}
				break;
			case PythonParser.DIV:
				this.enterOuterAlt(_localctx, 4);
				{
				this.state = 592;
				this.match(PythonParser.DIV);
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public classdef(): ClassdefContext {
		let _localctx: ClassdefContext = new ClassdefContext(this._ctx, this.state);
		this.enterRule(_localctx, 96, PythonParser.RULE_classdef);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 595;
			this.match(PythonParser.CLASS);
			this.state = 596;
			this.name();
			this.state = 602;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.LPAR) {
				{
				this.state = 597;
				this.match(PythonParser.LPAR);
				this.state = 599;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (((((_la - 5)) & ~0x1F) === 0 && ((1 << (_la - 5)) & ((1 << (PythonParser.STRING - 5)) | (1 << (PythonParser.NUMBER - 5)) | (1 << (PythonParser.FALSE - 5)) | (1 << (PythonParser.NONE - 5)) | (1 << (PythonParser.TRUE - 5)) | (1 << (PythonParser.AWAIT - 5)) | (1 << (PythonParser.LAMBDA - 5)) | (1 << (PythonParser.NOT - 5)))) !== 0) || ((((_la - 44)) & ~0x1F) === 0 && ((1 << (_la - 44)) & ((1 << (PythonParser.NAME - 44)) | (1 << (PythonParser.LPAR - 44)) | (1 << (PythonParser.LSQB - 44)) | (1 << (PythonParser.LBRACE - 44)) | (1 << (PythonParser.ELLIPSIS - 44)) | (1 << (PythonParser.POWER - 44)) | (1 << (PythonParser.STAR - 44)) | (1 << (PythonParser.ADD - 44)) | (1 << (PythonParser.MINUS - 44)) | (1 << (PythonParser.NOT_OP - 44)))) !== 0)) {
					{
					this.state = 598;
					this.arglist();
					}
				}

				this.state = 601;
				this.match(PythonParser.RPAR);
				}
			}

			this.state = 604;
			this.match(PythonParser.COLON);
			this.state = 605;
			this.block();
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public match_stmt(): Match_stmtContext {
		let _localctx: Match_stmtContext = new Match_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 98, PythonParser.RULE_match_stmt);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 607;
			this.match(PythonParser.MATCH);
			this.state = 608;
			this.subject_expr();
			this.state = 609;
			this.match(PythonParser.COLON);
			this.state = 610;
			this.match(PythonParser.NEWLINE);
			this.state = 611;
			this.match(PythonParser.INDENT);
			this.state = 613;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			do {
				{
				{
				this.state = 612;
				this.case_block();
				}
				}
				this.state = 615;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
			} while (_la === PythonParser.CASE);
			this.state = 617;
			this.match(PythonParser.DEDENT);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public subject_expr(): Subject_exprContext {
		let _localctx: Subject_exprContext = new Subject_exprContext(this._ctx, this.state);
		this.enterRule(_localctx, 100, PythonParser.RULE_subject_expr);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 621;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.STRING:
			case PythonParser.NUMBER:
			case PythonParser.FALSE:
			case PythonParser.NONE:
			case PythonParser.TRUE:
			case PythonParser.AWAIT:
			case PythonParser.LAMBDA:
			case PythonParser.NOT:
			case PythonParser.NAME:
			case PythonParser.LPAR:
			case PythonParser.LSQB:
			case PythonParser.LBRACE:
			case PythonParser.ELLIPSIS:
			case PythonParser.ADD:
			case PythonParser.MINUS:
			case PythonParser.NOT_OP:
				{
				this.state = 619;
				this.namedexpr_test();
				}
				break;
			case PythonParser.STAR:
				{
				this.state = 620;
				this.star_expr();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
			this.state = 630;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 70, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 623;
					this.match(PythonParser.COMMA);
					this.state = 626;
					this._errHandler.sync(this);
					switch (this._input.LA(1)) {
					case PythonParser.STRING:
					case PythonParser.NUMBER:
					case PythonParser.FALSE:
					case PythonParser.NONE:
					case PythonParser.TRUE:
					case PythonParser.AWAIT:
					case PythonParser.LAMBDA:
					case PythonParser.NOT:
					case PythonParser.NAME:
					case PythonParser.LPAR:
					case PythonParser.LSQB:
					case PythonParser.LBRACE:
					case PythonParser.ELLIPSIS:
					case PythonParser.ADD:
					case PythonParser.MINUS:
					case PythonParser.NOT_OP:
						{
						this.state = 624;
						this.namedexpr_test();
						}
						break;
					case PythonParser.STAR:
						{
						this.state = 625;
						this.star_expr();
						}
						break;
					default:
						throw new NoViableAltException(this);
					}
					}
					}
				}
				this.state = 632;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 70, this._ctx);
			}
			this.state = 634;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COMMA) {
				{
				this.state = 633;
				this.match(PythonParser.COMMA);
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public case_block(): Case_blockContext {
		let _localctx: Case_blockContext = new Case_blockContext(this._ctx, this.state);
		this.enterRule(_localctx, 102, PythonParser.RULE_case_block);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 636;
			this.match(PythonParser.CASE);
			this.state = 637;
			this.pattern_items();
			this.state = 640;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.IF) {
				{
				this.state = 638;
				this.match(PythonParser.IF);
				this.state = 639;
				this.namedexpr_test();
				}
			}

			this.state = 642;
			this.match(PythonParser.COLON);
			this.state = 643;
			this.block();
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public pattern_items(): Pattern_itemsContext {
		let _localctx: Pattern_itemsContext = new Pattern_itemsContext(this._ctx, this.state);
		this.enterRule(_localctx, 104, PythonParser.RULE_pattern_items);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 645;
			this.pattern_item();
			this.state = 650;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 73, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 646;
					this.match(PythonParser.COMMA);
					this.state = 647;
					this.pattern_item();
					}
					}
				}
				this.state = 652;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 73, this._ctx);
			}
			this.state = 654;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COMMA) {
				{
				this.state = 653;
				this.match(PythonParser.COMMA);
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public pattern_item(): Pattern_itemContext {
		let _localctx: Pattern_itemContext = new Pattern_itemContext(this._ctx, this.state);
		this.enterRule(_localctx, 106, PythonParser.RULE_pattern_item);
		try {
			this.state = 659;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.STAR:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 656;
				this.match(PythonParser.STAR);
				this.state = 657;
				this.name();
				}
				break;
			case PythonParser.STRING:
			case PythonParser.NUMBER:
			case PythonParser.FALSE:
			case PythonParser.NONE:
			case PythonParser.TRUE:
			case PythonParser.NAME:
			case PythonParser.LPAR:
			case PythonParser.LSQB:
			case PythonParser.LBRACE:
			case PythonParser.MINUS:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 658;
				this.pattern();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public pattern(): PatternContext {
		let _localctx: PatternContext = new PatternContext(this._ctx, this.state);
		this.enterRule(_localctx, 108, PythonParser.RULE_pattern);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 661;
			this.or_pattern();
			this.state = 664;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.AS) {
				{
				this.state = 662;
				this.match(PythonParser.AS);
				this.state = 663;
				this.name();
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public or_pattern(): Or_patternContext {
		let _localctx: Or_patternContext = new Or_patternContext(this._ctx, this.state);
		this.enterRule(_localctx, 110, PythonParser.RULE_or_pattern);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 666;
			this.closed_pattern();
			this.state = 671;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			while (_la === PythonParser.OR_OP) {
				{
				{
				this.state = 667;
				this.match(PythonParser.OR_OP);
				this.state = 668;
				this.closed_pattern();
				}
				}
				this.state = 673;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
			}
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public closed_pattern(): Closed_patternContext {
		let _localctx: Closed_patternContext = new Closed_patternContext(this._ctx, this.state);
		this.enterRule(_localctx, 112, PythonParser.RULE_closed_pattern);
		let _la: number;
		try {
			let _alt: number;
			this.state = 715;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.STRING:
			case PythonParser.NUMBER:
			case PythonParser.FALSE:
			case PythonParser.NONE:
			case PythonParser.TRUE:
			case PythonParser.MINUS:
				_localctx = new LiteralPatternContext(_localctx);
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 674;
				this.literal_pattern();
				}
				break;
			case PythonParser.NAME:
				_localctx = new NameOrClassPatternContext(_localctx);
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 675;
				this.name();
				this.state = 680;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				while (_la === PythonParser.DOT) {
					{
					{
					this.state = 676;
					this.match(PythonParser.DOT);
					this.state = 677;
					this.name();
					}
					}
					this.state = 682;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
				}
				this.state = 688;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.LPAR) {
					{
					this.state = 683;
					this.match(PythonParser.LPAR);
					this.state = 685;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
					if ((((_la) & ~0x1F) === 0 && ((1 << _la) & ((1 << PythonParser.STRING) | (1 << PythonParser.NUMBER) | (1 << PythonParser.FALSE) | (1 << PythonParser.NONE) | (1 << PythonParser.TRUE))) !== 0) || ((((_la - 44)) & ~0x1F) === 0 && ((1 << (_la - 44)) & ((1 << (PythonParser.NAME - 44)) | (1 << (PythonParser.LPAR - 44)) | (1 << (PythonParser.LSQB - 44)) | (1 << (PythonParser.LBRACE - 44)) | (1 << (PythonParser.MINUS - 44)))) !== 0)) {
						{
						this.state = 684;
						this.pattern_args();
						}
					}

					this.state = 687;
					this.match(PythonParser.RPAR);
					}
				}

				}
				break;
			case PythonParser.LPAR:
				_localctx = new GroupOrTuplePatternContext(_localctx);
				this.enterOuterAlt(_localctx, 3);
				{
				this.state = 690;
				this.match(PythonParser.LPAR);
				this.state = 692;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if ((((_la) & ~0x1F) === 0 && ((1 << _la) & ((1 << PythonParser.STRING) | (1 << PythonParser.NUMBER) | (1 << PythonParser.FALSE) | (1 << PythonParser.NONE) | (1 << PythonParser.TRUE))) !== 0) || ((((_la - 44)) & ~0x1F) === 0 && ((1 << (_la - 44)) & ((1 << (PythonParser.NAME - 44)) | (1 << (PythonParser.LPAR - 44)) | (1 << (PythonParser.LSQB - 44)) | (1 << (PythonParser.LBRACE - 44)) | (1 << (PythonParser.STAR - 44)) | (1 << (PythonParser.MINUS - 44)))) !== 0)) {
					{
					this.state = 691;
					this.pattern_items();
					}
				}

				this.state = 694;
				this.match(PythonParser.RPAR);
				}
				break;
			case PythonParser.LSQB:
				_localctx = new ListPatternContext(_localctx);
				this.enterOuterAlt(_localctx, 4);
				{
				this.state = 695;
				this.match(PythonParser.LSQB);
				this.state = 697;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if ((((_la) & ~0x1F) === 0 && ((1 << _la) & ((1 << PythonParser.STRING) | (1 << PythonParser.NUMBER) | (1 << PythonParser.FALSE) | (1 << PythonParser.NONE) | (1 << PythonParser.TRUE))) !== 0) || ((((_la - 44)) & ~0x1F) === 0 && ((1 << (_la - 44)) & ((1 << (PythonParser.NAME - 44)) | (1 << (PythonParser.LPAR - 44)) | (1 << (PythonParser.LSQB - 44)) | (1 << (PythonParser.LBRACE - 44)) | (1 << (PythonParser.STAR - 44)) | (1 << (PythonParser.MINUS - 44)))) !== 0)) {
					{
					this.state = 696;
					this.pattern_items();
					}
				}

				this.state = 699;
				this.match(PythonParser.RSQB);
				}
				break;
			case PythonParser.LBRACE:
				_localctx = new MappingPatternContext(_localctx);
				this.enterOuterAlt(_localctx, 5);
				{
				this.state = 700;
				this.match(PythonParser.LBRACE);
				this.state = 712;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if ((((_la) & ~0x1F) === 0 && ((1 << _la) & ((1 << PythonParser.STRING) | (1 << PythonParser.NUMBER) | (1 << PythonParser.FALSE) | (1 << PythonParser.NONE) | (1 << PythonParser.TRUE))) !== 0) || ((((_la - 44)) & ~0x1F) === 0 && ((1 << (_la - 44)) & ((1 << (PythonParser.NAME - 44)) | (1 << (PythonParser.POWER - 44)) | (1 << (PythonParser.MINUS - 44)))) !== 0)) {
					{
					this.state = 701;
					this.mapping_item();
					this.state = 706;
					this._errHandler.sync(this);
					_alt = this.interpreter.adaptivePredict(this._input, 83, this._ctx);
					while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
						if (_alt === 1) {
							{
							{
							this.state = 702;
							this.match(PythonParser.COMMA);
							this.state = 703;
							this.mapping_item();
							}
							}
						}
						this.state = 708;
						this._errHandler.sync(this);
						_alt = this.interpreter.adaptivePredict(this._input, 83, this._ctx);
					}
					this.state = 710;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
					if (_la === PythonParser.COMMA) {
						{
						this.state = 709;
						this.match(PythonParser.COMMA);
						}
					}

					}
				}

				this.state = 714;
				this.match(PythonParser.RBRACE);
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public literal_pattern(): Literal_patternContext {
		let _localctx: Literal_patternContext = new Literal_patternContext(this._ctx, this.state);
		this.enterRule(_localctx, 114, PythonParser.RULE_literal_pattern);
		let _la: number;
		try {
			this.state = 733;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.NUMBER:
			case PythonParser.MINUS:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 718;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.MINUS) {
					{
					this.state = 717;
					this.match(PythonParser.MINUS);
					}
				}

				this.state = 720;
				this.match(PythonParser.NUMBER);
				this.state = 723;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.ADD || _la === PythonParser.MINUS) {
					{
					this.state = 721;
					_la = this._input.LA(1);
					if (!(_la === PythonParser.ADD || _la === PythonParser.MINUS)) {
					this._errHandler.recoverInline(this);
					} else {
						if (this._input.LA(1) === Token.EOF) {
							this.matchedEOF = true;
						}

						this._errHandler.reportMatch(this);
						this.consume();
					}
					this.state = 722;
					this.match(PythonParser.NUMBER);
					}
				}

				}
				break;
			case PythonParser.STRING:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 726;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				do {
					{
					{
					this.state = 725;
					this.match(PythonParser.STRING);
					}
					}
					this.state = 728;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
				} while (_la === PythonParser.STRING);
				}
				break;
			case PythonParser.NONE:
				this.enterOuterAlt(_localctx, 3);
				{
				this.state = 730;
				this.match(PythonParser.NONE);
				}
				break;
			case PythonParser.TRUE:
				this.enterOuterAlt(_localctx, 4);
				{
				this.state = 731;
				this.match(PythonParser.TRUE);
				}
				break;
			case PythonParser.FALSE:
				this.enterOuterAlt(_localctx, 5);
				{
				this.state = 732;
				this.match(PythonParser.FALSE);
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public pattern_args(): Pattern_argsContext {
		let _localctx: Pattern_argsContext = new Pattern_argsContext(this._ctx, this.state);
		this.enterRule(_localctx, 116, PythonParser.RULE_pattern_args);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 735;
			this.pattern_arg();
			this.state = 740;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 91, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 736;
					this.match(PythonParser.COMMA);
					this.state = 737;
					this.pattern_arg();
					}
					}
				}
				this.state = 742;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 91, this._ctx);
			}
			this.state = 744;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COMMA) {
				{
				this.state = 743;
				this.match(PythonParser.COMMA);
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public pattern_arg(): Pattern_argContext {
		let _localctx: Pattern_argContext = new Pattern_argContext(this._ctx, this.state);
		this.enterRule(_localctx, 118, PythonParser.RULE_pattern_arg);
		try {
			this.state = 751;
			this._errHandler.sync(this);
			switch ( this.interpreter.adaptivePredict(this._input, 93, this._ctx) ) {
			case 1:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 746;
				this.name();
				this.state = 747;
				this.match(PythonParser.ASSIGN);
				this.state = 748;
				this.pattern();
				}
				break;

			case 2:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 750;
				this.pattern();
				}
				break;
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public mapping_item(): Mapping_itemContext {
		let _localctx: Mapping_itemContext = new Mapping_itemContext(this._ctx, this.state);
		this.enterRule(_localctx, 120, PythonParser.RULE_mapping_item);
		let _la: number;
		try {
			this.state = 769;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.STRING:
			case PythonParser.NUMBER:
			case PythonParser.FALSE:
			case PythonParser.NONE:
			case PythonParser.TRUE:
			case PythonParser.NAME:
			case PythonParser.MINUS:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 762;
				this._errHandler.sync(this);
				switch (this._input.LA(1)) {
				case PythonParser.STRING:
				case PythonParser.NUMBER:
				case PythonParser.FALSE:
				case PythonParser.NONE:
				case PythonParser.TRUE:
				case PythonParser.MINUS:
					{
					this.state = 753;
					this.literal_pattern();
					}
					break;
				case PythonParser.NAME:
					{
					this.state = 754;
					this.name();
					this.state = 759;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
					while (_la === PythonParser.DOT) {
						{
						{
						this.state = 755;
						this.match(PythonParser.DOT);
						this.state = 756;
						this.name();
						}
						}
						this.state = 761;
						this._errHandler.sync(this);
						_la = this._input.LA(1);
					}
					}
					break;
				default:
					throw new NoViableAltException(this);
				}
				this.state = 764;
				this.match(PythonParser.COLON);
				this.state = 765;
				this.pattern();
				}
				break;
			case PythonParser.POWER:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 767;
				this.match(PythonParser.POWER);
				this.state = 768;
				this.name();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public testlist_star_expr(): Testlist_star_exprContext {
		let _localctx: Testlist_star_exprContext = new Testlist_star_exprContext(this._ctx, this.state);
		this.enterRule(_localctx, 122, PythonParser.RULE_testlist_star_expr);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 773;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.STRING:
			case PythonParser.NUMBER:
			case PythonParser.FALSE:
			case PythonParser.NONE:
			case PythonParser.TRUE:
			case PythonParser.AWAIT:
			case PythonParser.LAMBDA:
			case PythonParser.NOT:
			case PythonParser.NAME:
			case PythonParser.LPAR:
			case PythonParser.LSQB:
			case PythonParser.LBRACE:
			case PythonParser.ELLIPSIS:
			case PythonParser.ADD:
			case PythonParser.MINUS:
			case PythonParser.NOT_OP:
				{
				this.state = 771;
				this.test();
				}
				break;
			case PythonParser.STAR:
				{
				this.state = 772;
				this.star_expr();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
			this.state = 782;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 99, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 775;
					this.match(PythonParser.COMMA);
					this.state = 778;
					this._errHandler.sync(this);
					switch (this._input.LA(1)) {
					case PythonParser.STRING:
					case PythonParser.NUMBER:
					case PythonParser.FALSE:
					case PythonParser.NONE:
					case PythonParser.TRUE:
					case PythonParser.AWAIT:
					case PythonParser.LAMBDA:
					case PythonParser.NOT:
					case PythonParser.NAME:
					case PythonParser.LPAR:
					case PythonParser.LSQB:
					case PythonParser.LBRACE:
					case PythonParser.ELLIPSIS:
					case PythonParser.ADD:
					case PythonParser.MINUS:
					case PythonParser.NOT_OP:
						{
						this.state = 776;
						this.test();
						}
						break;
					case PythonParser.STAR:
						{
						this.state = 777;
						this.star_expr();
						}
						break;
					default:
						throw new NoViableAltException(this);
					}
					}
					}
				}
				this.state = 784;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 99, this._ctx);
			}
			this.state = 786;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COMMA) {
				{
				this.state = 785;
				this.match(PythonParser.COMMA);
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public testlist(): TestlistContext {
		let _localctx: TestlistContext = new TestlistContext(this._ctx, this.state);
		this.enterRule(_localctx, 124, PythonParser.RULE_testlist);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 788;
			this.test();
			this.state = 793;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 101, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 789;
					this.match(PythonParser.COMMA);
					this.state = 790;
					this.test();
					}
					}
				}
				this.state = 795;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 101, this._ctx);
			}
			this.state = 797;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COMMA) {
				{
				this.state = 796;
				this.match(PythonParser.COMMA);
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public exprlist(): ExprlistContext {
		let _localctx: ExprlistContext = new ExprlistContext(this._ctx, this.state);
		this.enterRule(_localctx, 126, PythonParser.RULE_exprlist);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 801;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.STRING:
			case PythonParser.NUMBER:
			case PythonParser.FALSE:
			case PythonParser.NONE:
			case PythonParser.TRUE:
			case PythonParser.AWAIT:
			case PythonParser.NAME:
			case PythonParser.LPAR:
			case PythonParser.LSQB:
			case PythonParser.LBRACE:
			case PythonParser.ELLIPSIS:
			case PythonParser.ADD:
			case PythonParser.MINUS:
			case PythonParser.NOT_OP:
				{
				this.state = 799;
				this.expr(0);
				}
				break;
			case PythonParser.STAR:
				{
				this.state = 800;
				this.star_expr();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
			this.state = 810;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 105, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 803;
					this.match(PythonParser.COMMA);
					this.state = 806;
					this._errHandler.sync(this);
					switch (this._input.LA(1)) {
					case PythonParser.STRING:
					case PythonParser.NUMBER:
					case PythonParser.FALSE:
					case PythonParser.NONE:
					case PythonParser.TRUE:
					case PythonParser.AWAIT:
					case PythonParser.NAME:
					case PythonParser.LPAR:
					case PythonParser.LSQB:
					case PythonParser.LBRACE:
					case PythonParser.ELLIPSIS:
					case PythonParser.ADD:
					case PythonParser.MINUS:
					case PythonParser.NOT_OP:
						{
						this.state = 804;
						this.expr(0);
						}
						break;
					case PythonParser.STAR:
						{
						this.state = 805;
						this.star_expr();
						}
						break;
					default:
						throw new NoViableAltException(this);
					}
					}
					}
				}
				this.state = 812;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 105, this._ctx);
			}
			this.state = 814;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COMMA) {
				{
				this.state = 813;
				this.match(PythonParser.COMMA);
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public namedexpr_test(): Namedexpr_testContext {
		let _localctx: Namedexpr_testContext = new Namedexpr_testContext(this._ctx, this.state);
		this.enterRule(_localctx, 128, PythonParser.RULE_namedexpr_test);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 816;
			this.test();
			this.state = 819;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.WALRUS) {
				{
				this.state = 817;
				this.match(PythonParser.WALRUS);
				this.state = 818;
				this.test();
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public test(): TestContext {
		let _localctx: TestContext = new TestContext(this._ctx, this.state);
		this.enterRule(_localctx, 130, PythonParser.RULE_test);
		let _la: number;
		try {
			this.state = 830;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.STRING:
			case PythonParser.NUMBER:
			case PythonParser.FALSE:
			case PythonParser.NONE:
			case PythonParser.TRUE:
			case PythonParser.AWAIT:
			case PythonParser.NOT:
			case PythonParser.NAME:
			case PythonParser.LPAR:
			case PythonParser.LSQB:
			case PythonParser.LBRACE:
			case PythonParser.ELLIPSIS:
			case PythonParser.ADD:
			case PythonParser.MINUS:
			case PythonParser.NOT_OP:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 821;
				this.or_test();
				this.state = 827;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.IF) {
					{
					this.state = 822;
					this.match(PythonParser.IF);
					this.state = 823;
					this.or_test();
					this.state = 824;
					this.match(PythonParser.ELSE);
					this.state = 825;
					this.test();
					}
				}

				}
				break;
			case PythonParser.LAMBDA:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 829;
				this.lambdef();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public lambdef(): LambdefContext {
		let _localctx: LambdefContext = new LambdefContext(this._ctx, this.state);
		this.enterRule(_localctx, 132, PythonParser.RULE_lambdef);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 832;
			this.match(PythonParser.LAMBDA);
			this.state = 834;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (((((_la - 44)) & ~0x1F) === 0 && ((1 << (_la - 44)) & ((1 << (PythonParser.NAME - 44)) | (1 << (PythonParser.POWER - 44)) | (1 << (PythonParser.STAR - 44)) | (1 << (PythonParser.DIV - 44)))) !== 0)) {
				{
				this.state = 833;
				this.varargslist();
				}
			}

			this.state = 836;
			this.match(PythonParser.COLON);
			this.state = 837;
			this.test();
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public or_test(): Or_testContext {
		let _localctx: Or_testContext = new Or_testContext(this._ctx, this.state);
		this.enterRule(_localctx, 134, PythonParser.RULE_or_test);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 839;
			this.and_test();
			this.state = 844;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			while (_la === PythonParser.OR) {
				{
				{
				this.state = 840;
				this.match(PythonParser.OR);
				this.state = 841;
				this.and_test();
				}
				}
				this.state = 846;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
			}
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public and_test(): And_testContext {
		let _localctx: And_testContext = new And_testContext(this._ctx, this.state);
		this.enterRule(_localctx, 136, PythonParser.RULE_and_test);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 847;
			this.not_test();
			this.state = 852;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			while (_la === PythonParser.AND) {
				{
				{
				this.state = 848;
				this.match(PythonParser.AND);
				this.state = 849;
				this.not_test();
				}
				}
				this.state = 854;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
			}
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public not_test(): Not_testContext {
		let _localctx: Not_testContext = new Not_testContext(this._ctx, this.state);
		this.enterRule(_localctx, 138, PythonParser.RULE_not_test);
		try {
			this.state = 858;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.NOT:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 855;
				this.match(PythonParser.NOT);
				this.state = 856;
				this.not_test();
				}
				break;
			case PythonParser.STRING:
			case PythonParser.NUMBER:
			case PythonParser.FALSE:
			case PythonParser.NONE:
			case PythonParser.TRUE:
			case PythonParser.AWAIT:
			case PythonParser.NAME:
			case PythonParser.LPAR:
			case PythonParser.LSQB:
			case PythonParser.LBRACE:
			case PythonParser.ELLIPSIS:
			case PythonParser.ADD:
			case PythonParser.MINUS:
			case PythonParser.NOT_OP:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 857;
				this.comparison();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public comparison(): ComparisonContext {
		let _localctx: ComparisonContext = new ComparisonContext(this._ctx, this.state);
		this.enterRule(_localctx, 140, PythonParser.RULE_comparison);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 860;
			this.expr(0);
			this.state = 866;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			while (((((_la - 30)) & ~0x1F) === 0 && ((1 << (_la - 30)) & ((1 << (PythonParser.IN - 30)) | (1 << (PythonParser.IS - 30)) | (1 << (PythonParser.NOT - 30)))) !== 0) || ((((_la - 73)) & ~0x1F) === 0 && ((1 << (_la - 73)) & ((1 << (PythonParser.LESS_THAN - 73)) | (1 << (PythonParser.GREATER_THAN - 73)) | (1 << (PythonParser.EQUALS - 73)) | (1 << (PythonParser.GT_EQ - 73)) | (1 << (PythonParser.LT_EQ - 73)) | (1 << (PythonParser.NOT_EQ - 73)))) !== 0)) {
				{
				{
				this.state = 861;
				this.comp_op();
				this.state = 862;
				this.expr(0);
				}
				}
				this.state = 868;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
			}
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public comp_op(): Comp_opContext {
		let _localctx: Comp_opContext = new Comp_opContext(this._ctx, this.state);
		this.enterRule(_localctx, 142, PythonParser.RULE_comp_op);
		try {
			this.state = 881;
			this._errHandler.sync(this);
			switch ( this.interpreter.adaptivePredict(this._input, 115, this._ctx) ) {
			case 1:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 869;
				this.match(PythonParser.LESS_THAN);
				}
				break;

			case 2:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 870;
				this.match(PythonParser.GREATER_THAN);
				}
				break;

			case 3:
				this.enterOuterAlt(_localctx, 3);
				{
				this.state = 871;
				this.match(PythonParser.EQUALS);
				}
				break;

			case 4:
				this.enterOuterAlt(_localctx, 4);
				{
				this.state = 872;
				this.match(PythonParser.GT_EQ);
				}
				break;

			case 5:
				this.enterOuterAlt(_localctx, 5);
				{
				this.state = 873;
				this.match(PythonParser.LT_EQ);
				}
				break;

			case 6:
				this.enterOuterAlt(_localctx, 6);
				{
				this.state = 874;
				this.match(PythonParser.NOT_EQ);
				}
				break;

			case 7:
				this.enterOuterAlt(_localctx, 7);
				{
				this.state = 875;
				this.match(PythonParser.IN);
				}
				break;

			case 8:
				this.enterOuterAlt(_localctx, 8);
				{
				this.state = 876;
				this.match(PythonParser.NOT);
				this.state = 877;
				this.match(PythonParser.IN);
				}
				break;

			case 9:
				this.enterOuterAlt(_localctx, 9);
				{
				this.state = 878;
				this.match(PythonParser.IS);
				}
				break;

			case 10:
				this.enterOuterAlt(_localctx, 10);
				{
				this.state = 879;
				this.match(PythonParser.IS);
				this.state = 880;
				this.match(PythonParser.NOT);
				}
				break;
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public star_expr(): Star_exprContext {
		let _localctx: Star_exprContext = new Star_exprContext(this._ctx, this.state);
		this.enterRule(_localctx, 144, PythonParser.RULE_star_expr);
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 883;
			this.match(PythonParser.STAR);
			this.state = 884;
			this.expr(0);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}

	public expr(): ExprContext;
	public expr(_p: number): ExprContext;
	// @RuleVersion(0)
	public expr(_p?: number): ExprContext {
		if (_p === undefined) {
			_p = 0;
		}

		let _parentctx: ParserRuleContext = this._ctx;
		let _parentState: number = this.state;
		let _localctx: ExprContext = new ExprContext(this._ctx, _parentState);
		let _prevctx: ExprContext = _localctx;
		let _startState: number = 146;
		this.enterRecursionRule(_localctx, 146, PythonParser.RULE_expr, _p);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 890;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.STRING:
			case PythonParser.NUMBER:
			case PythonParser.FALSE:
			case PythonParser.NONE:
			case PythonParser.TRUE:
			case PythonParser.AWAIT:
			case PythonParser.NAME:
			case PythonParser.LPAR:
			case PythonParser.LSQB:
			case PythonParser.LBRACE:
			case PythonParser.ELLIPSIS:
				{
				_localctx = new PrimaryExprContext(_localctx);
				this._ctx = _localctx;
				_prevctx = _localctx;

				this.state = 887;
				this.await_primary();
				}
				break;
			case PythonParser.ADD:
			case PythonParser.MINUS:
			case PythonParser.NOT_OP:
				{
				_localctx = new UnaryExprContext(_localctx);
				this._ctx = _localctx;
				_prevctx = _localctx;
				this.state = 888;
				(_localctx as UnaryExprContext)._op = this._input.LT(1);
				_la = this._input.LA(1);
				if (!(((((_la - 66)) & ~0x1F) === 0 && ((1 << (_la - 66)) & ((1 << (PythonParser.ADD - 66)) | (1 << (PythonParser.MINUS - 66)) | (1 << (PythonParser.NOT_OP - 66)))) !== 0))) {
					(_localctx as UnaryExprContext)._op = this._errHandler.recoverInline(this);
				} else {
					if (this._input.LA(1) === Token.EOF) {
						this.matchedEOF = true;
					}

					this._errHandler.reportMatch(this);
					this.consume();
				}
				this.state = 889;
				this.expr(7);
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
			this._ctx._stop = this._input.tryLT(-1);
			this.state = 915;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 118, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					if (this._parseListeners != null) {
						this.triggerExitRuleEvent();
					}
					_prevctx = _localctx;
					{
					this.state = 913;
					this._errHandler.sync(this);
					switch ( this.interpreter.adaptivePredict(this._input, 117, this._ctx) ) {
					case 1:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						this.pushNewRecursionContext(_localctx, _startState, PythonParser.RULE_expr);
						this.state = 892;
						if (!(this.precpred(this._ctx, 8))) {
							throw this.createFailedPredicateException("this.precpred(this._ctx, 8)");
						}
						this.state = 893;
						(_localctx as BinaryExprContext)._op = this.match(PythonParser.POWER);
						this.state = 894;
						this.expr(8);
						}
						break;

					case 2:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						this.pushNewRecursionContext(_localctx, _startState, PythonParser.RULE_expr);
						this.state = 895;
						if (!(this.precpred(this._ctx, 6))) {
							throw this.createFailedPredicateException("this.precpred(this._ctx, 6)");
						}
						this.state = 896;
						(_localctx as BinaryExprContext)._op = this._input.LT(1);
						_la = this._input.LA(1);
						if (!(((((_la - 59)) & ~0x1F) === 0 && ((1 << (_la - 59)) & ((1 << (PythonParser.STAR - 59)) | (1 << (PythonParser.DIV - 59)) | (1 << (PythonParser.MOD - 59)) | (1 << (PythonParser.IDIV - 59)) | (1 << (PythonParser.AT - 59)))) !== 0))) {
							(_localctx as BinaryExprContext)._op = this._errHandler.recoverInline(this);
						} else {
							if (this._input.LA(1) === Token.EOF) {
								this.matchedEOF = true;
							}

							this._errHandler.reportMatch(this);
							this.consume();
						}
						this.state = 897;
						this.expr(7);
						}
						break;

					case 3:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						this.pushNewRecursionContext(_localctx, _startState, PythonParser.RULE_expr);
						this.state = 898;
						if (!(this.precpred(this._ctx, 5))) {
							throw this.createFailedPredicateException("this.precpred(this._ctx, 5)");
						}
						this.state = 899;
						(_localctx as BinaryExprContext)._op = this._input.LT(1);
						_la = this._input.LA(1);
						if (!(_la === PythonParser.ADD || _la === PythonParser.MINUS)) {
							(_localctx as BinaryExprContext)._op = this._errHandler.recoverInline(this);
						} else {
							if (this._input.LA(1) === Token.EOF) {
								this.matchedEOF = true;
							}

							this._errHandler.reportMatch(this);
							this.consume();
						}
						this.state = 900;
						this.expr(6);
						}
						break;

					case 4:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						this.pushNewRecursionContext(_localctx, _startState, PythonParser.RULE_expr);
						this.state = 901;
						if (!(this.precpred(this._ctx, 4))) {
							throw this.createFailedPredicateException("this.precpred(this._ctx, 4)");
						}
						this.state = 902;
						(_localctx as BinaryExprContext)._op = this._input.LT(1);
						_la = this._input.LA(1);
						if (!(_la === PythonParser.LEFT_SHIFT || _la === PythonParser.RIGHT_SHIFT)) {
							(_localctx as BinaryExprContext)._op = this._errHandler.recoverInline(this);
						} else {
							if (this._input.LA(1) === Token.EOF) {
								this.matchedEOF = true;
							}

							this._errHandler.reportMatch(this);
							this.consume();
						}
						this.state = 903;
						this.expr(5);
						}
						break;

					case 5:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						this.pushNewRecursionContext(_localctx, _startState, PythonParser.RULE_expr);
						this.state = 904;
						if (!(this.precpred(this._ctx, 3))) {
							throw this.createFailedPredicateException("this.precpred(this._ctx, 3)");
						}
						this.state = 905;
						(_localctx as BinaryExprContext)._op = this.match(PythonParser.AND_OP);
						this.state = 906;
						this.expr(4);
						}
						break;

					case 6:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						this.pushNewRecursionContext(_localctx, _startState, PythonParser.RULE_expr);
						this.state = 907;
						if (!(this.precpred(this._ctx, 2))) {
							throw this.createFailedPredicateException("this.precpred(this._ctx, 2)");
						}
						this.state = 908;
						(_localctx as BinaryExprContext)._op = this.match(PythonParser.XOR);
						this.state = 909;
						this.expr(3);
						}
						break;

					case 7:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						this.pushNewRecursionContext(_localctx, _startState, PythonParser.RULE_expr);
						this.state = 910;
						if (!(this.precpred(this._ctx, 1))) {
							throw this.createFailedPredicateException("this.precpred(this._ctx, 1)");
						}
						this.state = 911;
						(_localctx as BinaryExprContext)._op = this.match(PythonParser.OR_OP);
						this.state = 912;
						this.expr(2);
						}
						break;
					}
					}
				}
				this.state = 917;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 118, this._ctx);
			}
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.unrollRecursionContexts(_parentctx);
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public await_primary(): Await_primaryContext {
		let _localctx: Await_primaryContext = new Await_primaryContext(this._ctx, this.state);
		this.enterRule(_localctx, 148, PythonParser.RULE_await_primary);
		try {
			this.state = 921;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.AWAIT:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 918;
				this.match(PythonParser.AWAIT);
				this.state = 919;
				this.primary();
				}
				break;
			case PythonParser.STRING:
			case PythonParser.NUMBER:
			case PythonParser.FALSE:
			case PythonParser.NONE:
			case PythonParser.TRUE:
			case PythonParser.NAME:
			case PythonParser.LPAR:
			case PythonParser.LSQB:
			case PythonParser.LBRACE:
			case PythonParser.ELLIPSIS:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 920;
				this.primary();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public primary(): PrimaryContext {
		let _localctx: PrimaryContext = new PrimaryContext(this._ctx, this.state);
		this.enterRule(_localctx, 150, PythonParser.RULE_primary);
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 923;
			this.atom();
			this.state = 927;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 120, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 924;
					this.trailer();
					}
					}
				}
				this.state = 929;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 120, this._ctx);
			}
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public trailer(): TrailerContext {
		let _localctx: TrailerContext = new TrailerContext(this._ctx, this.state);
		this.enterRule(_localctx, 152, PythonParser.RULE_trailer);
		let _la: number;
		try {
			this.state = 941;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.LPAR:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 930;
				this.match(PythonParser.LPAR);
				this.state = 932;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (((((_la - 5)) & ~0x1F) === 0 && ((1 << (_la - 5)) & ((1 << (PythonParser.STRING - 5)) | (1 << (PythonParser.NUMBER - 5)) | (1 << (PythonParser.FALSE - 5)) | (1 << (PythonParser.NONE - 5)) | (1 << (PythonParser.TRUE - 5)) | (1 << (PythonParser.AWAIT - 5)) | (1 << (PythonParser.LAMBDA - 5)) | (1 << (PythonParser.NOT - 5)))) !== 0) || ((((_la - 44)) & ~0x1F) === 0 && ((1 << (_la - 44)) & ((1 << (PythonParser.NAME - 44)) | (1 << (PythonParser.LPAR - 44)) | (1 << (PythonParser.LSQB - 44)) | (1 << (PythonParser.LBRACE - 44)) | (1 << (PythonParser.ELLIPSIS - 44)) | (1 << (PythonParser.POWER - 44)) | (1 << (PythonParser.STAR - 44)) | (1 << (PythonParser.ADD - 44)) | (1 << (PythonParser.MINUS - 44)) | (1 << (PythonParser.NOT_OP - 44)))) !== 0)) {
					{
					this.state = 931;
					this.arglist();
					}
				}

				this.state = 934;
				this.match(PythonParser.RPAR);
				}
				break;
			case PythonParser.LSQB:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 935;
				this.match(PythonParser.LSQB);
				this.state = 936;
				this.subscriptlist();
				this.state = 937;
				this.match(PythonParser.RSQB);
				}
				break;
			case PythonParser.DOT:
				this.enterOuterAlt(_localctx, 3);
				{
				this.state = 939;
				this.match(PythonParser.DOT);
				this.state = 940;
				this.name();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public atom(): AtomContext {
		let _localctx: AtomContext = new AtomContext(this._ctx, this.state);
		this.enterRule(_localctx, 154, PythonParser.RULE_atom);
		let _la: number;
		try {
			let _alt: number;
			this.state = 970;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.LPAR:
				_localctx = new ParenAtomContext(_localctx);
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 943;
				this.match(PythonParser.LPAR);
				this.state = 946;
				this._errHandler.sync(this);
				switch (this._input.LA(1)) {
				case PythonParser.YIELD:
					{
					this.state = 944;
					this.yield_expr();
					}
					break;
				case PythonParser.STRING:
				case PythonParser.NUMBER:
				case PythonParser.FALSE:
				case PythonParser.NONE:
				case PythonParser.TRUE:
				case PythonParser.AWAIT:
				case PythonParser.LAMBDA:
				case PythonParser.NOT:
				case PythonParser.NAME:
				case PythonParser.LPAR:
				case PythonParser.LSQB:
				case PythonParser.LBRACE:
				case PythonParser.ELLIPSIS:
				case PythonParser.STAR:
				case PythonParser.ADD:
				case PythonParser.MINUS:
				case PythonParser.NOT_OP:
					{
					this.state = 945;
					this.testlist_comp();
					}
					break;
				case PythonParser.RPAR:
					break;
				default:
					break;
				}
				this.state = 948;
				this.match(PythonParser.RPAR);
				}
				break;
			case PythonParser.LSQB:
				_localctx = new ListAtomContext(_localctx);
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 949;
				this.match(PythonParser.LSQB);
				this.state = 951;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (((((_la - 5)) & ~0x1F) === 0 && ((1 << (_la - 5)) & ((1 << (PythonParser.STRING - 5)) | (1 << (PythonParser.NUMBER - 5)) | (1 << (PythonParser.FALSE - 5)) | (1 << (PythonParser.NONE - 5)) | (1 << (PythonParser.TRUE - 5)) | (1 << (PythonParser.AWAIT - 5)) | (1 << (PythonParser.LAMBDA - 5)) | (1 << (PythonParser.NOT - 5)))) !== 0) || ((((_la - 44)) & ~0x1F) === 0 && ((1 << (_la - 44)) & ((1 << (PythonParser.NAME - 44)) | (1 << (PythonParser.LPAR - 44)) | (1 << (PythonParser.LSQB - 44)) | (1 << (PythonParser.LBRACE - 44)) | (1 << (PythonParser.ELLIPSIS - 44)) | (1 << (PythonParser.STAR - 44)) | (1 << (PythonParser.ADD - 44)) | (1 << (PythonParser.MINUS - 44)) | (1 << (PythonParser.NOT_OP - 44)))) !== 0)) {
					{
					this.state = 950;
					this.testlist_comp();
					}
				}

				this.state = 953;
				this.match(PythonParser.RSQB);
				}
				break;
			case PythonParser.LBRACE:
				_localctx = new BraceAtomContext(_localctx);
				this.enterOuterAlt(_localctx, 3);
				{
				this.state = 954;
				this.match(PythonParser.LBRACE);
				this.state = 956;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (((((_la - 5)) & ~0x1F) === 0 && ((1 << (_la - 5)) & ((1 << (PythonParser.STRING - 5)) | (1 << (PythonParser.NUMBER - 5)) | (1 << (PythonParser.FALSE - 5)) | (1 << (PythonParser.NONE - 5)) | (1 << (PythonParser.TRUE - 5)) | (1 << (PythonParser.AWAIT - 5)) | (1 << (PythonParser.LAMBDA - 5)) | (1 << (PythonParser.NOT - 5)))) !== 0) || ((((_la - 44)) & ~0x1F) === 0 && ((1 << (_la - 44)) & ((1 << (PythonParser.NAME - 44)) | (1 << (PythonParser.LPAR - 44)) | (1 << (PythonParser.LSQB - 44)) | (1 << (PythonParser.LBRACE - 44)) | (1 << (PythonParser.ELLIPSIS - 44)) | (1 << (PythonParser.POWER - 44)) | (1 << (PythonParser.STAR - 44)) | (1 << (PythonParser.ADD - 44)) | (1 << (PythonParser.MINUS - 44)) | (1 << (PythonParser.NOT_OP - 44)))) !== 0)) {
					{
					this.state = 955;
					this.dictorsetmaker();
					}
				}

				this.state = 958;
				this.match(PythonParser.RBRACE);
				}
				break;
			case PythonParser.NAME:
				_localctx = new NameAtomContext(_localctx);
				this.enterOuterAlt(_localctx, 4);
				{
				this.state = 959;
				this.name();
				}
				break;
			case PythonParser.NUMBER:
				_localctx = new NumberAtomContext(_localctx);
				this.enterOuterAlt(_localctx, 5);
				{
				this.state = 960;
				this.match(PythonParser.NUMBER);
				}
				break;
			case PythonParser.STRING:
				_localctx = new StringAtomContext(_localctx);
				this.enterOuterAlt(_localctx, 6);
				{
				this.state = 962;
				this._errHandler.sync(this);
				_alt = 1;
				do {
					switch (_alt) {
					case 1:
						{
						{
						this.state = 961;
						this.match(PythonParser.STRING);
						}
						}
						break;
					default:
						throw new NoViableAltException(this);
					}
					this.state = 964;
					this._errHandler.sync(this);
					_alt = this.interpreter.adaptivePredict(this._input, 126, this._ctx);
				} while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER);
				}
				break;
			case PythonParser.ELLIPSIS:
				_localctx = new EllipsisAtomContext(_localctx);
				this.enterOuterAlt(_localctx, 7);
				{
				this.state = 966;
				this.match(PythonParser.ELLIPSIS);
				}
				break;
			case PythonParser.NONE:
				_localctx = new NoneAtomContext(_localctx);
				this.enterOuterAlt(_localctx, 8);
				{
				this.state = 967;
				this.match(PythonParser.NONE);
				}
				break;
			case PythonParser.TRUE:
				_localctx = new TrueAtomContext(_localctx);
				this.enterOuterAlt(_localctx, 9);
				{
				this.state = 968;
				this.match(PythonParser.TRUE);
				}
				break;
			case PythonParser.FALSE:
				_localctx = new FalseAtomContext(_localctx);
				this.enterOuterAlt(_localctx, 10);
				{
				this.state = 969;
				this.match(PythonParser.FALSE);
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public name(): NameContext {
		let _localctx: NameContext = new NameContext(this._ctx, this.state);
		this.enterRule(_localctx, 156, PythonParser.RULE_name);
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 972;
			this.match(PythonParser.NAME);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public testlist_comp(): Testlist_compContext {
		let _localctx: Testlist_compContext = new Testlist_compContext(this._ctx, this.state);
		this.enterRule(_localctx, 158, PythonParser.RULE_testlist_comp);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 976;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.STRING:
			case PythonParser.NUMBER:
			case PythonParser.FALSE:
			case PythonParser.NONE:
			case PythonParser.TRUE:
			case PythonParser.AWAIT:
			case PythonParser.LAMBDA:
			case PythonParser.NOT:
			case PythonParser.NAME:
			case PythonParser.LPAR:
			case PythonParser.LSQB:
			case PythonParser.LBRACE:
			case PythonParser.ELLIPSIS:
			case PythonParser.ADD:
			case PythonParser.MINUS:
			case PythonParser.NOT_OP:
				{
				this.state = 974;
				this.namedexpr_test();
				}
				break;
			case PythonParser.STAR:
				{
				this.state = 975;
				this.star_expr();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
			this.state = 992;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.ASYNC:
			case PythonParser.FOR:
				{
				this.state = 978;
				this.comp_for();
				}
				break;
			case PythonParser.RPAR:
			case PythonParser.RSQB:
			case PythonParser.COMMA:
				{
				this.state = 986;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 130, this._ctx);
				while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
					if (_alt === 1) {
						{
						{
						this.state = 979;
						this.match(PythonParser.COMMA);
						this.state = 982;
						this._errHandler.sync(this);
						switch (this._input.LA(1)) {
						case PythonParser.STRING:
						case PythonParser.NUMBER:
						case PythonParser.FALSE:
						case PythonParser.NONE:
						case PythonParser.TRUE:
						case PythonParser.AWAIT:
						case PythonParser.LAMBDA:
						case PythonParser.NOT:
						case PythonParser.NAME:
						case PythonParser.LPAR:
						case PythonParser.LSQB:
						case PythonParser.LBRACE:
						case PythonParser.ELLIPSIS:
						case PythonParser.ADD:
						case PythonParser.MINUS:
						case PythonParser.NOT_OP:
							{
							this.state = 980;
							this.namedexpr_test();
							}
							break;
						case PythonParser.STAR:
							{
							this.state = 981;
							this.star_expr();
							}
							break;
						default:
							throw new NoViableAltException(this);
						}
						}
						}
					}
					this.state = 988;
					this._errHandler.sync(this);
					_alt = this.interpreter.adaptivePredict(this._input, 130, this._ctx);
				}
				this.state = 990;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.COMMA) {
					{
					this.state = 989;
					this.match(PythonParser.COMMA);
					}
				}

				}
				break;
			default:
				throw new NoViableAltException(this);
			}
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public subscriptlist(): SubscriptlistContext {
		let _localctx: SubscriptlistContext = new SubscriptlistContext(this._ctx, this.state);
		this.enterRule(_localctx, 160, PythonParser.RULE_subscriptlist);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 994;
			this.subscript();
			this.state = 999;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 133, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 995;
					this.match(PythonParser.COMMA);
					this.state = 996;
					this.subscript();
					}
					}
				}
				this.state = 1001;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 133, this._ctx);
			}
			this.state = 1003;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COMMA) {
				{
				this.state = 1002;
				this.match(PythonParser.COMMA);
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public subscript(): SubscriptContext {
		let _localctx: SubscriptContext = new SubscriptContext(this._ctx, this.state);
		this.enterRule(_localctx, 162, PythonParser.RULE_subscript);
		let _la: number;
		try {
			this.state = 1020;
			this._errHandler.sync(this);
			switch ( this.interpreter.adaptivePredict(this._input, 139, this._ctx) ) {
			case 1:
				_localctx = new SliceSubscriptContext(_localctx);
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 1006;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (((((_la - 5)) & ~0x1F) === 0 && ((1 << (_la - 5)) & ((1 << (PythonParser.STRING - 5)) | (1 << (PythonParser.NUMBER - 5)) | (1 << (PythonParser.FALSE - 5)) | (1 << (PythonParser.NONE - 5)) | (1 << (PythonParser.TRUE - 5)) | (1 << (PythonParser.AWAIT - 5)) | (1 << (PythonParser.LAMBDA - 5)) | (1 << (PythonParser.NOT - 5)))) !== 0) || ((((_la - 44)) & ~0x1F) === 0 && ((1 << (_la - 44)) & ((1 << (PythonParser.NAME - 44)) | (1 << (PythonParser.LPAR - 44)) | (1 << (PythonParser.LSQB - 44)) | (1 << (PythonParser.LBRACE - 44)) | (1 << (PythonParser.ELLIPSIS - 44)) | (1 << (PythonParser.ADD - 44)) | (1 << (PythonParser.MINUS - 44)) | (1 << (PythonParser.NOT_OP - 44)))) !== 0)) {
					{
					this.state = 1005;
					this.test();
					}
				}

				this.state = 1008;
				this.match(PythonParser.COLON);
				this.state = 1010;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (((((_la - 5)) & ~0x1F) === 0 && ((1 << (_la - 5)) & ((1 << (PythonParser.STRING - 5)) | (1 << (PythonParser.NUMBER - 5)) | (1 << (PythonParser.FALSE - 5)) | (1 << (PythonParser.NONE - 5)) | (1 << (PythonParser.TRUE - 5)) | (1 << (PythonParser.AWAIT - 5)) | (1 << (PythonParser.LAMBDA - 5)) | (1 << (PythonParser.NOT - 5)))) !== 0) || ((((_la - 44)) & ~0x1F) === 0 && ((1 << (_la - 44)) & ((1 << (PythonParser.NAME - 44)) | (1 << (PythonParser.LPAR - 44)) | (1 << (PythonParser.LSQB - 44)) | (1 << (PythonParser.LBRACE - 44)) | (1 << (PythonParser.ELLIPSIS - 44)) | (1 << (PythonParser.ADD - 44)) | (1 << (PythonParser.MINUS - 44)) | (1 << (PythonParser.NOT_OP - 44)))) !== 0)) {
					{
					this.state = 1009;
					this.test();
					}
				}

				this.state = 1016;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.COLON) {
					{
					this.state = 1012;
					this.match(PythonParser.COLON);
					this.state = 1014;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
					if (((((_la - 5)) & ~0x1F) === 0 && ((1 << (_la - 5)) & ((1 << (PythonParser.STRING - 5)) | (1 << (PythonParser.NUMBER - 5)) | (1 << (PythonParser.FALSE - 5)) | (1 << (PythonParser.NONE - 5)) | (1 << (PythonParser.TRUE - 5)) | (1 << (PythonParser.AWAIT - 5)) | (1 << (PythonParser.LAMBDA - 5)) | (1 << (PythonParser.NOT - 5)))) !== 0) || ((((_la - 44)) & ~0x1F) === 0 && ((1 << (_la - 44)) & ((1 << (PythonParser.NAME - 44)) | (1 << (PythonParser.LPAR - 44)) | (1 << (PythonParser.LSQB - 44)) | (1 << (PythonParser.LBRACE - 44)) | (1 << (PythonParser.ELLIPSIS - 44)) | (1 << (PythonParser.ADD - 44)) | (1 << (PythonParser.MINUS - 44)) | (1 << (PythonParser.NOT_OP - 44)))) !== 0)) {
						{
						this.state = 1013;
						this.test();
						}
					}

					}
				}

				}
				break;

			case 2:
				_localctx = new IndexSubscriptContext(_localctx);
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 1018;
				this.namedexpr_test();
				}
				break;

			case 3:
				_localctx = new StarSubscriptContext(_localctx);
				this.enterOuterAlt(_localctx, 3);
				{
				this.state = 1019;
				this.star_expr();
				}
				break;
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public dictorsetmaker(): DictorsetmakerContext {
		let _localctx: DictorsetmakerContext = new DictorsetmakerContext(this._ctx, this.state);
		this.enterRule(_localctx, 164, PythonParser.RULE_dictorsetmaker);
		let _la: number;
		try {
			let _alt: number;
			this.state = 1050;
			this._errHandler.sync(this);
			switch ( this.interpreter.adaptivePredict(this._input, 146, this._ctx) ) {
			case 1:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 1022;
				this.dict_item();
				this.state = 1034;
				this._errHandler.sync(this);
				switch (this._input.LA(1)) {
				case PythonParser.ASYNC:
				case PythonParser.FOR:
					{
					this.state = 1023;
					this.comp_for();
					}
					break;
				case PythonParser.RBRACE:
				case PythonParser.COMMA:
					{
					this.state = 1028;
					this._errHandler.sync(this);
					_alt = this.interpreter.adaptivePredict(this._input, 140, this._ctx);
					while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
						if (_alt === 1) {
							{
							{
							this.state = 1024;
							this.match(PythonParser.COMMA);
							this.state = 1025;
							this.dict_item();
							}
							}
						}
						this.state = 1030;
						this._errHandler.sync(this);
						_alt = this.interpreter.adaptivePredict(this._input, 140, this._ctx);
					}
					this.state = 1032;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
					if (_la === PythonParser.COMMA) {
						{
						this.state = 1031;
						this.match(PythonParser.COMMA);
						}
					}

					}
					break;
				default:
					throw new NoViableAltException(this);
				}
				}
				break;

			case 2:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 1036;
				this.set_item();
				this.state = 1048;
				this._errHandler.sync(this);
				switch (this._input.LA(1)) {
				case PythonParser.ASYNC:
				case PythonParser.FOR:
					{
					this.state = 1037;
					this.comp_for();
					}
					break;
				case PythonParser.RBRACE:
				case PythonParser.COMMA:
					{
					this.state = 1042;
					this._errHandler.sync(this);
					_alt = this.interpreter.adaptivePredict(this._input, 143, this._ctx);
					while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
						if (_alt === 1) {
							{
							{
							this.state = 1038;
							this.match(PythonParser.COMMA);
							this.state = 1039;
							this.set_item();
							}
							}
						}
						this.state = 1044;
						this._errHandler.sync(this);
						_alt = this.interpreter.adaptivePredict(this._input, 143, this._ctx);
					}
					this.state = 1046;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
					if (_la === PythonParser.COMMA) {
						{
						this.state = 1045;
						this.match(PythonParser.COMMA);
						}
					}

					}
					break;
				default:
					throw new NoViableAltException(this);
				}
				}
				break;
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public dict_item(): Dict_itemContext {
		let _localctx: Dict_itemContext = new Dict_itemContext(this._ctx, this.state);
		this.enterRule(_localctx, 166, PythonParser.RULE_dict_item);
		try {
			this.state = 1058;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.STRING:
			case PythonParser.NUMBER:
			case PythonParser.FALSE:
			case PythonParser.NONE:
			case PythonParser.TRUE:
			case PythonParser.AWAIT:
			case PythonParser.LAMBDA:
			case PythonParser.NOT:
			case PythonParser.NAME:
			case PythonParser.LPAR:
			case PythonParser.LSQB:
			case PythonParser.LBRACE:
			case PythonParser.ELLIPSIS:
			case PythonParser.ADD:
			case PythonParser.MINUS:
			case PythonParser.NOT_OP:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 1052;
				this.test();
				this.state = 1053;
				this.match(PythonParser.COLON);
				this.state = 1054;
				this.test();
				}
				break;
			case PythonParser.POWER:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 1056;
				this.match(PythonParser.POWER);
				this.state = 1057;
				this.expr(0);
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public set_item(): Set_itemContext {
		let _localctx: Set_itemContext = new Set_itemContext(this._ctx, this.state);
		this.enterRule(_localctx, 168, PythonParser.RULE_set_item);
		try {
			this.state = 1062;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.STRING:
			case PythonParser.NUMBER:
			case PythonParser.FALSE:
			case PythonParser.NONE:
			case PythonParser.TRUE:
			case PythonParser.AWAIT:
			case PythonParser.LAMBDA:
			case PythonParser.NOT:
			case PythonParser.NAME:
			case PythonParser.LPAR:
			case PythonParser.LSQB:
			case PythonParser.LBRACE:
			case PythonParser.ELLIPSIS:
			case PythonParser.ADD:
			case PythonParser.MINUS:
			case PythonParser.NOT_OP:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 1060;
				this.namedexpr_test();
				}
				break;
			case PythonParser.STAR:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 1061;
				this.star_expr();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public arglist(): ArglistContext {
		let _localctx: ArglistContext = new ArglistContext(this._ctx, this.state);
		this.enterRule(_localctx, 170, PythonParser.RULE_arglist);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 1064;
			this.argument();
			this.state = 1069;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 149, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 1065;
					this.match(PythonParser.COMMA);
					this.state = 1066;
					this.argument();
					}
					}
				}
				this.state = 1071;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 149, this._ctx);
			}
			this.state = 1073;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COMMA) {
				{
				this.state = 1072;
				this.match(PythonParser.COMMA);
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public argument(): ArgumentContext {
		let _localctx: ArgumentContext = new ArgumentContext(this._ctx, this.state);
		this.enterRule(_localctx, 172, PythonParser.RULE_argument);
		let _la: number;
		try {
			this.state = 1087;
			this._errHandler.sync(this);
			switch ( this.interpreter.adaptivePredict(this._input, 152, this._ctx) ) {
			case 1:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 1075;
				this.name();
				this.state = 1076;
				this.match(PythonParser.ASSIGN);
				this.state = 1077;
				this.test();
				}
				break;

			case 2:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 1079;
				this.namedexpr_test();
				this.state = 1081;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.ASYNC || _la === PythonParser.FOR) {
					{
					this.state = 1080;
					this.comp_for();
					}
				}

				}
				break;

			case 3:
				this.enterOuterAlt(_localctx, 3);
				{
				this.state = 1083;
				this.match(PythonParser.STAR);
				this.state = 1084;
				this.test();
				}
				break;

			case 4:
				this.enterOuterAlt(_localctx, 4);
				{
				this.state = 1085;
				this.match(PythonParser.POWER);
				this.state = 1086;
				this.test();
				}
				break;
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public comp_for(): Comp_forContext {
		let _localctx: Comp_forContext = new Comp_forContext(this._ctx, this.state);
		this.enterRule(_localctx, 174, PythonParser.RULE_comp_for);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 1090;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.ASYNC) {
				{
				this.state = 1089;
				this.match(PythonParser.ASYNC);
				}
			}

			this.state = 1092;
			this.match(PythonParser.FOR);
			this.state = 1093;
			this.exprlist();
			this.state = 1094;
			this.match(PythonParser.IN);
			this.state = 1095;
			this.or_test();
			this.state = 1097;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if ((((_la) & ~0x1F) === 0 && ((1 << _la) & ((1 << PythonParser.ASYNC) | (1 << PythonParser.FOR) | (1 << PythonParser.IF))) !== 0)) {
				{
				this.state = 1096;
				this.comp_iter();
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public comp_iter(): Comp_iterContext {
		let _localctx: Comp_iterContext = new Comp_iterContext(this._ctx, this.state);
		this.enterRule(_localctx, 176, PythonParser.RULE_comp_iter);
		try {
			this.state = 1101;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.ASYNC:
			case PythonParser.FOR:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 1099;
				this.comp_for();
				}
				break;
			case PythonParser.IF:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 1100;
				this.comp_if();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public comp_if(): Comp_ifContext {
		let _localctx: Comp_ifContext = new Comp_ifContext(this._ctx, this.state);
		this.enterRule(_localctx, 178, PythonParser.RULE_comp_if);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 1103;
			this.match(PythonParser.IF);
			this.state = 1104;
			this.or_test();
			this.state = 1106;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if ((((_la) & ~0x1F) === 0 && ((1 << _la) & ((1 << PythonParser.ASYNC) | (1 << PythonParser.FOR) | (1 << PythonParser.IF))) !== 0)) {
				{
				this.state = 1105;
				this.comp_iter();
				}
			}

			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}
	// @RuleVersion(0)
	public yield_expr(): Yield_exprContext {
		let _localctx: Yield_exprContext = new Yield_exprContext(this._ctx, this.state);
		this.enterRule(_localctx, 180, PythonParser.RULE_yield_expr);
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 1108;
			this.match(PythonParser.YIELD);
			this.state = 1112;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.FROM:
				{
				this.state = 1109;
				this.match(PythonParser.FROM);
				this.state = 1110;
				this.test();
				}
				break;
			case PythonParser.STRING:
			case PythonParser.NUMBER:
			case PythonParser.FALSE:
			case PythonParser.NONE:
			case PythonParser.TRUE:
			case PythonParser.AWAIT:
			case PythonParser.LAMBDA:
			case PythonParser.NOT:
			case PythonParser.NAME:
			case PythonParser.LPAR:
			case PythonParser.LSQB:
			case PythonParser.LBRACE:
			case PythonParser.ELLIPSIS:
			case PythonParser.STAR:
			case PythonParser.ADD:
			case PythonParser.MINUS:
			case PythonParser.NOT_OP:
				{
				this.state = 1111;
				this.testlist_star_expr();
				}
				break;
			case PythonParser.EOF:
			case PythonParser.NEWLINE:
			case PythonParser.RPAR:
			case PythonParser.SEMI:
			case PythonParser.ASSIGN:
				break;
			default:
				break;
			}
			}
		}
		catch (re) {
			if (re instanceof RecognitionException) {
				_localctx.exception = re;
				this._errHandler.reportError(this, re);
				this._errHandler.recover(this, re);
			} else {
				throw re;
			}
		}
		finally {
			this.exitRule();
		}
		return _localctx;
	}

	public sempred(_localctx: RuleContext, ruleIndex: number, predIndex: number): boolean {
		switch (ruleIndex) {
		case 73:
			return this.expr_sempred(_localctx as ExprContext, predIndex);
		}
		return true;
	}
	private expr_sempred(_localctx: ExprContext, predIndex: number): boolean {
		switch (predIndex) {
		case 0:
			return this.precpred(this._ctx, 8);

		case 1:
			return this.precpred(this._ctx, 6);

		case 2:
			return this.precpred(this._ctx, 5);

		case 3:
			return this.precpred(this._ctx, 4);

		case 4:
			return this.precpred(this._ctx, 3);

		case 5:
			return this.precpred(this._ctx, 2);

		case 6:
			return this.precpred(this._ctx, 1);
		}
		return true;
	}

	private static readonly _serializedATNSegments: number = 3;
	private static readonly _serializedATNSegment0: string =
		"\x03\uC91D\uCABA\u058D\uAFBA\u4F53\u0607\uEA8B\uC241\x03a\u045D\x04\x02" +
		"\t\x02\x04\x03\t\x03\x04\x04\t\x04\x04\x05\t\x05\x04\x06\t\x06\x04\x07" +
		"\t\x07\x04\b\t\b\x04\t\t\t\x04\n\t\n\x04\v\t\v\x04\f\t\f\x04\r\t\r\x04" +
		"\x0E\t\x0E\x04\x0F\t\x0F\x04\x10\t\x10\x04\x11\t\x11\x04\x12\t\x12\x04" +
		"\x13\t\x13\x04\x14\t\x14\x04\x15\t\x15\x04\x16\t\x16\x04\x17\t\x17\x04" +
		"\x18\t\x18\x04\x19\t\x19\x04\x1A\t\x1A\x04\x1B\t\x1B\x04\x1C\t\x1C\x04" +
		"\x1D\t\x1D\x04\x1E\t\x1E\x04\x1F\t\x1F\x04 \t \x04!\t!\x04\"\t\"\x04#" +
		"\t#\x04$\t$\x04%\t%\x04&\t&\x04\'\t\'\x04(\t(\x04)\t)\x04*\t*\x04+\t+" +
		"\x04,\t,\x04-\t-\x04.\t.\x04/\t/\x040\t0\x041\t1\x042\t2\x043\t3\x044" +
		"\t4\x045\t5\x046\t6\x047\t7\x048\t8\x049\t9\x04:\t:\x04;\t;\x04<\t<\x04" +
		"=\t=\x04>\t>\x04?\t?\x04@\t@\x04A\tA\x04B\tB\x04C\tC\x04D\tD\x04E\tE\x04" +
		"F\tF\x04G\tG\x04H\tH\x04I\tI\x04J\tJ\x04K\tK\x04L\tL\x04M\tM\x04N\tN\x04" +
		"O\tO\x04P\tP\x04Q\tQ\x04R\tR\x04S\tS\x04T\tT\x04U\tU\x04V\tV\x04W\tW\x04" +
		"X\tX\x04Y\tY\x04Z\tZ\x04[\t[\x04\\\t\\\x03\x02\x03\x02\x07\x02\xBB\n\x02" +
		"\f\x02\x0E\x02\xBE\v\x02\x03\x02\x03\x02\x03\x03\x03\x03\x05\x03\xC4\n" +
		"\x03\x03\x03\x03\x03\x03\x04\x03\x04\x05\x04\xCA\n\x04\x03\x05\x03\x05" +
		"\x03\x05\x07\x05\xCF\n\x05\f\x05\x0E\x05\xD2\v\x05\x03\x05\x05\x05\xD5" +
		"\n\x05\x03\x05\x03\x05\x03\x06\x03\x06\x03\x06\x03\x06\x03\x06\x03\x06" +
		"\x03\x06\x03\x06\x03\x06\x03\x06\x03\x06\x03\x06\x05\x06\xE5\n\x06\x03" +
		"\x07\x03\x07\x03\x07\x03\x07\x03\x07\x05\x07\xEC\n\x07\x03\x07\x03\x07" +
		"\x03\x07\x05\x07\xF1\n\x07\x07\x07\xF3\n\x07\f\x07\x0E\x07\xF6\v\x07\x05" +
		"\x07\xF8\n\x07\x03\b\x03\b\x03\b\x03\b\x03\b\x05\b\xFF\n\b\x05\b\u0101" +
		"\n\b\x03\t\x03\t\x03\n\x03\n\x03\n\x03\v\x03\v\x03\f\x03\f\x03\r\x03\r" +
		"\x03\x0E\x03\x0E\x05\x0E\u0110\n\x0E\x03\x0F\x03\x0F\x03\x0F\x03\x0F\x05" +
		"\x0F\u0116\n\x0F\x05\x0F\u0118\n\x0F\x03\x10\x03\x10\x03\x11\x03\x11\x05" +
		"\x11\u011E\n\x11\x03\x12\x03\x12\x03\x12\x03\x13\x03\x13\x07\x13\u0125" +
		"\n\x13\f\x13\x0E\x13\u0128\v\x13\x03\x13\x03\x13\x06\x13\u012C\n\x13\r" +
		"\x13\x0E\x13\u012D\x05\x13\u0130\n\x13\x03\x13\x03\x13\x03\x13\x03\x13" +
		"\x03\x13\x03\x13\x03\x13\x05\x13\u0139\n\x13\x03\x14\x03\x14\x03\x14\x05" +
		"\x14\u013E\n\x14\x03\x15\x03\x15\x03\x15\x05\x15\u0143\n\x15\x03\x16\x03" +
		"\x16\x03\x16\x07\x16\u0148\n\x16\f\x16\x0E\x16\u014B\v\x16\x03\x16\x05" +
		"\x16\u014E\n\x16\x03\x17\x03\x17\x03\x17\x07\x17\u0153\n\x17\f\x17\x0E" +
		"\x17\u0156\v\x17\x03\x18\x03\x18\x03\x18\x07\x18\u015B\n\x18\f\x18\x0E" +
		"\x18\u015E\v\x18\x03\x19\x03\x19\x03\x19\x03\x19\x07\x19\u0164\n\x19\f" +
		"\x19\x0E\x19\u0167\v\x19\x03\x1A\x03\x1A\x03\x1A\x03\x1A\x07\x1A\u016D" +
		"\n\x1A\f\x1A\x0E\x1A\u0170\v\x1A\x03\x1B\x03\x1B\x03\x1B\x03\x1B\x05\x1B" +
		"\u0176\n\x1B\x03\x1C\x03\x1C\x03\x1C\x03\x1C\x03\x1C\x03\x1C\x03\x1C\x03" +
		"\x1C\x03\x1C\x03\x1C\x05\x1C\u0182\n\x1C\x03\x1D\x03\x1D\x03\x1D\x03\x1D" +
		"\x05\x1D\u0188\n\x1D\x03\x1E\x03\x1E\x03\x1E\x03\x1E\x03\x1E\x07\x1E\u018F" +
		"\n\x1E\f\x1E\x0E\x1E\u0192\v\x1E\x03\x1E\x05\x1E\u0195\n\x1E\x03\x1F\x03" +
		"\x1F\x03\x1F\x03\x1F\x03\x1F\x03 \x03 \x03 \x03 \x03!\x03!\x03!\x03!\x03" +
		"!\x05!\u01A5\n!\x03\"\x03\"\x03\"\x03\"\x03\"\x03\"\x03\"\x05\"\u01AE" +
		"\n\"\x03#\x03#\x03#\x03#\x06#\u01B4\n#\r#\x0E#\u01B5\x03#\x05#\u01B9\n" +
		"#\x03#\x05#\u01BC\n#\x03#\x05#\u01BF\n#\x03$\x03$\x05$\u01C3\n$\x03$\x03" +
		"$\x03$\x05$\u01C8\n$\x05$\u01CA\n$\x03$\x03$\x03$\x03%\x03%\x03%\x03%" +
		"\x03&\x03&\x03&\x03&\x03&\x07&\u01D8\n&\f&\x0E&\u01DB\v&\x03&\x05&\u01DE" +
		"\n&\x03&\x03&\x03&\x03&\x03&\x07&\u01E5\n&\f&\x0E&\u01E8\v&\x05&\u01EA" +
		"\n&\x03&\x03&\x03&\x03\'\x03\'\x03\'\x05\'\u01F2\n\'\x03(\x03(\x03(\x03" +
		"(\x06(\u01F8\n(\r(\x0E(\u01F9\x03(\x03(\x05(\u01FE\n(\x03)\x06)\u0201" +
		"\n)\r)\x0E)\u0202\x03)\x03)\x03)\x05)\u0208\n)\x03*\x03*\x03*\x03*\x03" +
		"+\x03+\x03+\x03,\x03,\x03,\x03,\x05,\u0215\n,\x03,\x03,\x03,\x05,\u021A" +
		"\n,\x03,\x03,\x03,\x03-\x03-\x03-\x07-\u0222\n-\f-\x0E-\u0225\v-\x03-" +
		"\x05-\u0228\n-\x03.\x03.\x03.\x05.\u022D\n.\x03.\x03.\x05.\u0231\n.\x03" +
		".\x03.\x03.\x05.\u0236\n.\x03/\x03/\x03/\x05/\u023B\n/\x030\x030\x030" +
		"\x070\u0240\n0\f0\x0E0\u0243\v0\x030\x050\u0246\n0\x031\x031\x031\x05" +
		"1\u024B\n1\x031\x031\x051\u024F\n1\x031\x031\x031\x051\u0254\n1\x032\x03" +
		"2\x032\x032\x052\u025A\n2\x032\x052\u025D\n2\x032\x032\x032\x033\x033" +
		"\x033\x033\x033\x033\x063\u0268\n3\r3\x0E3\u0269\x033\x033\x034\x034\x05" +
		"4\u0270\n4\x034\x034\x034\x054\u0275\n4\x074\u0277\n4\f4\x0E4\u027A\v" +
		"4\x034\x054\u027D\n4\x035\x035\x035\x035\x055\u0283\n5\x035\x035\x035" +
		"\x036\x036\x036\x076\u028B\n6\f6\x0E6\u028E\v6\x036\x056\u0291\n6\x03" +
		"7\x037\x037\x057\u0296\n7\x038\x038\x038\x058\u029B\n8\x039\x039\x039" +
		"\x079\u02A0\n9\f9\x0E9\u02A3\v9\x03:\x03:\x03:\x03:\x07:\u02A9\n:\f:\x0E" +
		":\u02AC\v:\x03:\x03:\x05:\u02B0\n:\x03:\x05:\u02B3\n:\x03:\x03:\x05:\u02B7" +
		"\n:\x03:\x03:\x03:\x05:\u02BC\n:\x03:\x03:\x03:\x03:\x03:\x07:\u02C3\n" +
		":\f:\x0E:\u02C6\v:\x03:\x05:\u02C9\n:\x05:\u02CB\n:\x03:\x05:\u02CE\n" +
		":\x03;\x05;\u02D1\n;\x03;\x03;\x03;\x05;\u02D6\n;\x03;\x06;\u02D9\n;\r" +
		";\x0E;\u02DA\x03;\x03;\x03;\x05;\u02E0\n;\x03<\x03<\x03<\x07<\u02E5\n" +
		"<\f<\x0E<\u02E8\v<\x03<\x05<\u02EB\n<\x03=\x03=\x03=\x03=\x03=\x05=\u02F2" +
		"\n=\x03>\x03>\x03>\x03>\x07>\u02F8\n>\f>\x0E>\u02FB\v>\x05>\u02FD\n>\x03" +
		">\x03>\x03>\x03>\x03>\x05>\u0304\n>\x03?\x03?\x05?\u0308\n?\x03?\x03?" +
		"\x03?\x05?\u030D\n?\x07?\u030F\n?\f?\x0E?\u0312\v?\x03?\x05?\u0315\n?" +
		"\x03@\x03@\x03@\x07@\u031A\n@\f@\x0E@\u031D\v@\x03@\x05@\u0320\n@\x03" +
		"A\x03A\x05A\u0324\nA\x03A\x03A\x03A\x05A\u0329\nA\x07A\u032B\nA\fA\x0E" +
		"A\u032E\vA\x03A\x05A\u0331\nA\x03B\x03B\x03B\x05B\u0336\nB\x03C\x03C\x03" +
		"C\x03C\x03C\x03C\x05C\u033E\nC\x03C\x05C\u0341\nC\x03D\x03D\x05D\u0345" +
		"\nD\x03D\x03D\x03D\x03E\x03E\x03E\x07E\u034D\nE\fE\x0EE\u0350\vE\x03F" +
		"\x03F\x03F\x07F\u0355\nF\fF\x0EF\u0358\vF\x03G\x03G\x03G\x05G\u035D\n" +
		"G\x03H\x03H\x03H\x03H\x07H\u0363\nH\fH\x0EH\u0366\vH\x03I\x03I\x03I\x03" +
		"I\x03I\x03I\x03I\x03I\x03I\x03I\x03I\x03I\x05I\u0374\nI\x03J\x03J\x03" +
		"J\x03K\x03K\x03K\x03K\x05K\u037D\nK\x03K\x03K\x03K\x03K\x03K\x03K\x03" +
		"K\x03K\x03K\x03K\x03K\x03K\x03K\x03K\x03K\x03K\x03K\x03K\x03K\x03K\x03" +
		"K\x07K\u0394\nK\fK\x0EK\u0397\vK\x03L\x03L\x03L\x05L\u039C\nL\x03M\x03" +
		"M\x07M\u03A0\nM\fM\x0EM\u03A3\vM\x03N\x03N\x05N\u03A7\nN\x03N\x03N\x03" +
		"N\x03N\x03N\x03N\x03N\x05N\u03B0\nN\x03O\x03O\x03O\x05O\u03B5\nO\x03O" +
		"\x03O\x03O\x05O\u03BA\nO\x03O\x03O\x03O\x05O\u03BF\nO\x03O\x03O\x03O\x03" +
		"O\x06O\u03C5\nO\rO\x0EO\u03C6\x03O\x03O\x03O\x03O\x05O\u03CD\nO\x03P\x03" +
		"P\x03Q\x03Q\x05Q\u03D3\nQ\x03Q\x03Q\x03Q\x03Q\x05Q\u03D9\nQ\x07Q\u03DB" +
		"\nQ\fQ\x0EQ\u03DE\vQ\x03Q\x05Q\u03E1\nQ\x05Q\u03E3\nQ\x03R\x03R\x03R\x07" +
		"R\u03E8\nR\fR\x0ER\u03EB\vR\x03R\x05R\u03EE\nR\x03S\x05S\u03F1\nS\x03" +
		"S\x03S\x05S\u03F5\nS\x03S\x03S\x05S\u03F9\nS\x05S\u03FB\nS\x03S\x03S\x05" +
		"S\u03FF\nS\x03T\x03T\x03T\x03T\x07T\u0405\nT\fT\x0ET\u0408\vT\x03T\x05" +
		"T\u040B\nT\x05T\u040D\nT\x03T\x03T\x03T\x03T\x07T\u0413\nT\fT\x0ET\u0416" +
		"\vT\x03T\x05T\u0419\nT\x05T\u041B\nT\x05T\u041D\nT\x03U\x03U\x03U\x03" +
		"U\x03U\x03U\x05U\u0425\nU\x03V\x03V\x05V\u0429\nV\x03W\x03W\x03W\x07W" +
		"\u042E\nW\fW\x0EW\u0431\vW\x03W\x05W\u0434\nW\x03X\x03X\x03X\x03X\x03" +
		"X\x03X\x05X\u043C\nX\x03X\x03X\x03X\x03X\x05X\u0442\nX\x03Y\x05Y\u0445" +
		"\nY\x03Y\x03Y\x03Y\x03Y\x03Y\x05Y\u044C\nY\x03Z\x03Z\x05Z\u0450\nZ\x03" +
		"[\x03[\x03[\x05[\u0455\n[\x03\\\x03\\\x03\\\x03\\\x05\\\u045B\n\\\x03" +
		"\\\x02\x02\x03\x94]\x02\x02\x04\x02\x06\x02\b\x02\n\x02\f\x02\x0E\x02" +
		"\x10\x02\x12\x02\x14\x02\x16\x02\x18\x02\x1A\x02\x1C\x02\x1E\x02 \x02" +
		"\"\x02$\x02&\x02(\x02*\x02,\x02.\x020\x022\x024\x026\x028\x02:\x02<\x02" +
		">\x02@\x02B\x02D\x02F\x02H\x02J\x02L\x02N\x02P\x02R\x02T\x02V\x02X\x02" +
		"Z\x02\\\x02^\x02`\x02b\x02d\x02f\x02h\x02j\x02l\x02n\x02p\x02r\x02t\x02" +
		"v\x02x\x02z\x02|\x02~\x02\x80\x02\x82\x02\x84\x02\x86\x02\x88\x02\x8A" +
		"\x02\x8C\x02\x8E\x02\x90\x02\x92\x02\x94\x02\x96\x02\x98\x02\x9A\x02\x9C" +
		"\x02\x9E\x02\xA0\x02\xA2\x02\xA4\x02\xA6\x02\xA8\x02\xAA\x02\xAC\x02\xAE" +
		"\x02\xB0\x02\xB2\x02\xB4\x02\xB6\x02\x02\b\x03\x02Q]\x03\x0256\x03\x02" +
		"DE\x04\x02DEII\x05\x02==FHJJ\x03\x02BC\x02\u04DA\x02\xBC\x03\x02\x02\x02" +
		"\x04\xC3\x03\x02\x02\x02\x06\xC9\x03\x02\x02\x02\b\xCB\x03\x02\x02\x02" +
		"\n\xE4\x03\x02\x02\x02\f\xE6\x03\x02\x02\x02\x0E\xF9\x03\x02\x02\x02\x10" +
		"\u0102\x03\x02\x02\x02\x12\u0104\x03\x02\x02\x02\x14\u0107\x03\x02\x02" +
		"\x02\x16\u0109\x03\x02\x02\x02\x18\u010B\x03\x02\x02\x02\x1A\u010D\x03" +
		"\x02\x02\x02\x1C\u0111\x03\x02\x02\x02\x1E\u0119\x03\x02\x02\x02 \u011D" +
		"\x03\x02\x02\x02\"\u011F\x03\x02\x02\x02$\u0122\x03\x02\x02\x02&\u013A" +
		"\x03\x02\x02\x02(\u013F\x03\x02\x02\x02*\u0144\x03\x02\x02\x02,\u014F" +
		"\x03\x02\x02\x02.\u0157\x03\x02\x02\x020\u015F\x03\x02\x02\x022\u0168" +
		"\x03\x02\x02\x024\u0171\x03\x02\x02\x026\u0181\x03\x02\x02\x028\u0183" +
		"\x03\x02\x02\x02:\u0189\x03\x02\x02\x02<\u0196\x03\x02\x02\x02>\u019B" +
		"\x03\x02\x02\x02@\u019F\x03\x02\x02\x02B\u01A6\x03\x02\x02\x02D\u01AF" +
		"\x03\x02\x02\x02F\u01C0\x03\x02\x02\x02H\u01CE\x03\x02\x02\x02J\u01D2" +
		"\x03\x02\x02\x02L\u01EE\x03\x02\x02\x02N\u01FD\x03\x02\x02\x02P\u0200" +
		"\x03\x02\x02\x02R\u0209\x03\x02\x02\x02T\u020D\x03\x02\x02\x02V\u0210" +
		"\x03\x02\x02\x02X\u021E\x03\x02\x02\x02Z\u0235\x03\x02\x02\x02\\\u0237" +
		"\x03\x02\x02\x02^\u023C\x03\x02\x02\x02`\u0253\x03\x02\x02\x02b\u0255" +
		"\x03\x02\x02\x02d\u0261\x03\x02\x02\x02f\u026F\x03\x02\x02\x02h\u027E" +
		"\x03\x02\x02\x02j\u0287\x03\x02\x02\x02l\u0295\x03\x02\x02\x02n\u0297" +
		"\x03\x02\x02\x02p\u029C\x03\x02\x02\x02r\u02CD\x03\x02\x02\x02t\u02DF" +
		"\x03\x02\x02\x02v\u02E1\x03\x02\x02\x02x\u02F1\x03\x02\x02\x02z\u0303" +
		"\x03\x02\x02\x02|\u0307\x03\x02\x02\x02~\u0316\x03\x02\x02\x02\x80\u0323" +
		"\x03\x02\x02\x02\x82\u0332\x03\x02\x02\x02\x84\u0340\x03\x02\x02\x02\x86" +
		"\u0342\x03\x02\x02\x02\x88\u0349\x03\x02\x02\x02\x8A\u0351\x03\x02\x02" +
		"\x02\x8C\u035C\x03\x02\x02\x02\x8E\u035E\x03\x02\x02\x02\x90\u0373\x03" +
		"\x02\x02\x02\x92\u0375\x03\x02\x02\x02\x94\u037C\x03\x02\x02\x02\x96\u039B" +
		"\x03\x02\x02\x02\x98\u039D\x03\x02\x02\x02\x9A\u03AF\x03\x02\x02\x02\x9C" +
		"\u03CC\x03\x02\x02\x02\x9E\u03CE\x03\x02\x02\x02\xA0\u03D2\x03\x02\x02" +
		"\x02\xA2\u03E4\x03\x02\x02\x02\xA4\u03FE\x03\x02\x02\x02\xA6\u041C\x03" +
		"\x02\x02\x02\xA8\u0424\x03\x02\x02\x02\xAA\u0428\x03\x02\x02\x02\xAC\u042A" +
		"\x03\x02\x02\x02\xAE\u0441\x03\x02\x02\x02\xB0\u0444\x03\x02\x02\x02\xB2" +
		"\u044F\x03\x02\x02\x02\xB4\u0451\x03\x02\x02\x02\xB6\u0456\x03\x02\x02" +
		"\x02\xB8\xBB\x07-\x02\x02\xB9\xBB\x05\x06\x04\x02\xBA\xB8\x03\x02\x02" +
		"\x02\xBA\xB9\x03\x02\x02\x02\xBB\xBE\x03\x02\x02\x02\xBC\xBA\x03\x02\x02" +
		"\x02\xBC\xBD\x03\x02\x02\x02\xBD\xBF\x03\x02\x02\x02\xBE\xBC\x03\x02\x02" +
		"\x02\xBF\xC0\x07\x02\x02\x03\xC0\x03\x03\x02\x02\x02\xC1\xC4\x05\xB6\\" +
		"\x02\xC2\xC4\x05|?\x02\xC3\xC1\x03\x02\x02\x02\xC3\xC2\x03\x02\x02\x02" +
		"\xC4\xC5\x03\x02\x02\x02\xC5\xC6\x07\x02\x02\x03\xC6\x05\x03\x02\x02\x02" +
		"\xC7\xCA\x05\b\x05\x02\xC8\xCA\x056\x1C\x02\xC9\xC7\x03\x02\x02\x02\xC9" +
		"\xC8\x03\x02\x02\x02\xCA\x07\x03\x02\x02\x02\xCB\xD0\x05\n\x06\x02\xCC" +
		"\xCD\x079\x02\x02\xCD\xCF\x05\n\x06\x02\xCE\xCC\x03\x02\x02\x02\xCF\xD2" +
		"\x03\x02\x02\x02\xD0\xCE\x03\x02\x02\x02\xD0\xD1\x03\x02\x02\x02\xD1\xD4" +
		"\x03\x02\x02\x02\xD2\xD0\x03\x02\x02\x02\xD3\xD5\x079\x02\x02\xD4\xD3" +
		"\x03\x02\x02\x02\xD4\xD5\x03\x02\x02\x02\xD5\xD6\x03\x02\x02\x02\xD6\xD7" +
		"\x07-\x02\x02\xD7\t\x03\x02\x02\x02\xD8\xE5\x05\f\x07\x02\xD9\xE5\x05" +
		"\x12\n\x02\xDA\xE5\x05\x14\v\x02\xDB\xE5\x05\x16\f\x02\xDC\xE5\x05\x18" +
		"\r\x02\xDD\xE5\x05\x1A\x0E\x02\xDE\xE5\x05\x1C\x0F\x02\xDF\xE5\x05\x1E" +
		"\x10\x02\xE0\xE5\x05 \x11\x02\xE1\xE5\x050\x19\x02\xE2\xE5\x052\x1A\x02" +
		"\xE3\xE5\x054\x1B\x02\xE4\xD8\x03\x02\x02\x02\xE4\xD9\x03\x02\x02\x02" +
		"\xE4\xDA\x03\x02\x02\x02\xE4\xDB\x03\x02\x02\x02\xE4\xDC\x03\x02\x02\x02" +
		"\xE4\xDD\x03\x02\x02\x02\xE4\xDE\x03\x02\x02\x02\xE4\xDF\x03\x02\x02\x02" +
		"\xE4\xE0\x03\x02\x02\x02\xE4\xE1\x03\x02\x02\x02\xE4\xE2\x03\x02\x02\x02" +
		"\xE4\xE3\x03\x02\x02\x02\xE5\v\x03\x02\x02\x02\xE6\xF7\x05|?\x02\xE7\xF8" +
		"\x05\x0E\b\x02\xE8\xEB\x05\x10\t\x02\xE9\xEC\x05\xB6\\\x02\xEA\xEC\x05" +
		"|?\x02\xEB\xE9\x03\x02\x02\x02\xEB\xEA\x03\x02\x02\x02\xEC\xF8\x03\x02" +
		"\x02\x02\xED\xF0\x07>\x02\x02\xEE\xF1\x05\xB6\\\x02\xEF\xF1\x05|?\x02" +
		"\xF0\xEE\x03\x02\x02\x02\xF0\xEF\x03\x02\x02\x02\xF1\xF3\x03\x02\x02\x02" +
		"\xF2\xED\x03\x02\x02\x02\xF3\xF6\x03\x02\x02\x02\xF4\xF2\x03\x02\x02\x02" +
		"\xF4\xF5\x03\x02\x02\x02\xF5\xF8\x03\x02\x02\x02\xF6\xF4\x03\x02\x02\x02" +
		"\xF7\xE7\x03\x02\x02\x02\xF7\xE8\x03\x02\x02\x02\xF7\xF4\x03\x02\x02\x02" +
		"\xF8\r\x03\x02\x02\x02\xF9\xFA\x078\x02\x02\xFA\u0100\x05\x84C\x02\xFB" +
		"\xFE\x07>\x02\x02\xFC\xFF\x05\xB6\\\x02\xFD\xFF\x05|?\x02\xFE\xFC\x03" +
		"\x02\x02\x02\xFE\xFD\x03\x02\x02\x02\xFF\u0101\x03\x02\x02\x02\u0100\xFB" +
		"\x03\x02\x02\x02\u0100\u0101\x03\x02\x02\x02\u0101\x0F\x03\x02\x02\x02" +
		"\u0102\u0103\t\x02\x02\x02\u0103\x11\x03\x02\x02\x02\u0104\u0105\x07\x16" +
		"\x02\x02\u0105\u0106\x05\x80A\x02\u0106\x13\x03\x02\x02\x02\u0107\u0108" +
		"\x07&\x02\x02\u0108\x15\x03\x02\x02\x02\u0109\u010A\x07\x12\x02\x02\u010A" +
		"\x17\x03\x02\x02\x02\u010B\u010C\x07\x14\x02\x02\u010C\x19\x03\x02\x02" +
		"\x02\u010D\u010F\x07(\x02\x02\u010E\u0110\x05|?\x02\u010F\u010E\x03\x02" +
		"\x02\x02\u010F\u0110\x03\x02\x02\x02\u0110\x1B\x03\x02\x02\x02\u0111\u0117" +
		"\x07\'\x02\x02\u0112\u0115\x05\x84C\x02\u0113\u0114\x07\x1C\x02\x02\u0114" +
		"\u0116\x05\x84C\x02\u0115\u0113\x03\x02\x02\x02\u0115\u0116\x03\x02\x02" +
		"\x02\u0116\u0118\x03\x02\x02\x02\u0117\u0112\x03\x02\x02\x02\u0117\u0118" +
		"\x03\x02\x02\x02\u0118\x1D\x03\x02\x02\x02\u0119\u011A\x05\xB6\\\x02\u011A" +
		"\x1F\x03\x02\x02\x02\u011B\u011E\x05\"\x12\x02\u011C\u011E\x05$\x13\x02" +
		"\u011D\u011B\x03\x02\x02\x02\u011D\u011C\x03\x02\x02\x02\u011E!\x03\x02" +
		"\x02\x02\u011F\u0120\x07\x1F\x02\x02\u0120\u0121\x05,\x17\x02\u0121#\x03" +
		"\x02\x02\x02\u0122\u012F\x07\x1C\x02\x02\u0123\u0125\t\x03\x02\x02\u0124" +
		"\u0123\x03\x02\x02\x02\u0125\u0128\x03\x02\x02\x02\u0126\u0124\x03\x02" +
		"\x02\x02\u0126\u0127\x03\x02\x02\x02\u0127\u0129\x03\x02\x02\x02\u0128" +
		"\u0126\x03\x02\x02\x02\u0129\u0130\x05.\x18\x02\u012A\u012C\t\x03\x02" +
		"\x02\u012B\u012A\x03\x02\x02\x02\u012C\u012D\x03\x02\x02\x02\u012D\u012B" +
		"\x03\x02\x02\x02\u012D\u012E\x03\x02\x02\x02\u012E\u0130\x03\x02\x02\x02" +
		"\u012F\u0126\x03\x02\x02\x02\u012F\u012B\x03\x02\x02\x02\u0130\u0131\x03" +
		"\x02\x02\x02\u0131\u0138\x07\x1F\x02\x02\u0132\u0139\x07=\x02\x02\u0133" +
		"\u0134\x07/\x02\x02\u0134\u0135\x05*\x16\x02\u0135\u0136\x070\x02\x02" +
		"\u0136\u0139\x03\x02\x02\x02\u0137\u0139\x05*\x16\x02\u0138\u0132\x03" +
		"\x02\x02\x02\u0138\u0133\x03\x02\x02\x02\u0138\u0137\x03\x02\x02\x02\u0139" +
		"%\x03\x02\x02\x02\u013A\u013D\x05\x9EP\x02\u013B\u013C\x07\x0E\x02\x02" +
		"\u013C\u013E\x05\x9EP\x02\u013D\u013B\x03\x02\x02\x02\u013D\u013E\x03" +
		"\x02\x02\x02\u013E\'\x03\x02\x02\x02\u013F\u0142\x05.\x18\x02\u0140\u0141" +
		"\x07\x0E\x02\x02\u0141\u0143\x05\x9EP\x02\u0142\u0140\x03\x02\x02\x02" +
		"\u0142\u0143\x03\x02\x02\x02\u0143)\x03\x02\x02\x02\u0144\u0149\x05&\x14" +
		"\x02\u0145\u0146\x077\x02\x02\u0146\u0148\x05&\x14\x02\u0147\u0145\x03" +
		"\x02\x02\x02\u0148\u014B\x03\x02\x02\x02\u0149\u0147\x03\x02\x02\x02\u0149" +
		"\u014A\x03\x02\x02\x02\u014A\u014D\x03\x02\x02\x02\u014B\u0149\x03\x02" +
		"\x02\x02\u014C\u014E\x077\x02\x02\u014D\u014C\x03\x02\x02\x02\u014D\u014E" +
		"\x03\x02\x02\x02\u014E+\x03\x02\x02\x02\u014F\u0154\x05(\x15\x02\u0150" +
		"\u0151\x077\x02\x02\u0151\u0153\x05(\x15\x02\u0152\u0150\x03\x02\x02\x02" +
		"\u0153\u0156\x03\x02\x02\x02\u0154\u0152\x03\x02\x02\x02\u0154\u0155\x03" +
		"\x02\x02\x02\u0155-\x03\x02\x02\x02\u0156\u0154\x03\x02\x02\x02\u0157" +
		"\u015C\x05\x9EP\x02\u0158\u0159\x076\x02\x02\u0159\u015B\x05\x9EP\x02" +
		"\u015A\u0158\x03\x02\x02\x02\u015B\u015E\x03\x02\x02\x02\u015C\u015A\x03" +
		"\x02\x02\x02\u015C\u015D\x03\x02\x02\x02\u015D/\x03\x02\x02\x02\u015E" +
		"\u015C\x03\x02\x02\x02\u015F\u0160\x07\x1D\x02\x02\u0160\u0165\x05\x9E" +
		"P\x02\u0161\u0162\x077\x02\x02\u0162\u0164\x05\x9EP\x02\u0163\u0161\x03" +
		"\x02\x02\x02\u0164\u0167\x03\x02\x02\x02\u0165\u0163\x03\x02\x02\x02\u0165" +
		"\u0166\x03\x02\x02\x02\u01661\x03\x02\x02\x02\u0167\u0165\x03\x02\x02" +
		"\x02\u0168\u0169\x07#\x02\x02\u0169\u016E\x05\x9EP\x02\u016A\u016B\x07" +
		"7\x02\x02\u016B\u016D\x05\x9EP\x02\u016C\u016A\x03\x02\x02\x02\u016D\u0170" +
		"\x03\x02\x02\x02\u016E\u016C\x03\x02\x02\x02\u016E\u016F\x03\x02\x02\x02" +
		"\u016F3\x03\x02\x02\x02\u0170\u016E\x03\x02\x02\x02\u0171\u0172\x07\x0F" +
		"\x02\x02\u0172\u0175\x05\x84C\x02\u0173\u0174\x077\x02\x02\u0174\u0176" +
		"\x05\x84C\x02\u0175\u0173\x03\x02\x02\x02\u0175\u0176\x03\x02\x02\x02" +
		"\u01765\x03\x02\x02\x02\u0177\u0182\x05:\x1E\x02\u0178\u0182\x05@!\x02" +
		"\u0179\u0182\x05B\"\x02\u017A\u0182\x05D#\x02\u017B\u0182\x05J&\x02\u017C" +
		"\u0182\x05V,\x02\u017D\u0182\x05b2\x02\u017E\u0182\x05P)\x02\u017F\u0182" +
		"\x058\x1D\x02\u0180\u0182\x05d3\x02\u0181\u0177\x03\x02\x02\x02\u0181" +
		"\u0178\x03\x02\x02\x02\u0181\u0179\x03\x02\x02\x02\u0181\u017A\x03\x02" +
		"\x02\x02\u0181\u017B\x03\x02\x02\x02\u0181\u017C\x03\x02\x02\x02\u0181" +
		"\u017D\x03\x02\x02\x02\u0181\u017E\x03\x02\x02\x02\u0181\u017F\x03\x02" +
		"\x02\x02\u0181\u0180\x03\x02\x02\x02\u01827\x03\x02\x02\x02\u0183\u0187" +
		"\x07\x10\x02\x02\u0184\u0188\x05V,\x02\u0185\u0188\x05J&\x02\u0186\u0188" +
		"\x05B\"\x02\u0187\u0184\x03\x02\x02\x02\u0187\u0185\x03\x02\x02\x02\u0187" +
		"\u0186\x03\x02\x02\x02\u01889\x03\x02\x02\x02\u0189\u018A\x07\x1E\x02" +
		"\x02\u018A\u018B\x05\x82B\x02\u018B\u018C\x078\x02\x02\u018C\u0190\x05" +
		"N(\x02\u018D\u018F\x05<\x1F\x02\u018E\u018D\x03\x02\x02\x02\u018F\u0192" +
		"\x03\x02\x02\x02\u0190\u018E\x03\x02\x02\x02\u0190\u0191\x03\x02\x02\x02" +
		"\u0191\u0194\x03\x02\x02\x02\u0192\u0190\x03\x02\x02\x02\u0193\u0195\x05" +
		"> \x02\u0194\u0193\x03\x02\x02\x02\u0194\u0195\x03\x02\x02\x02\u0195;" +
		"\x03\x02\x02\x02\u0196\u0197\x07\x17\x02\x02\u0197\u0198\x05\x82B\x02" +
		"\u0198\u0199\x078\x02\x02\u0199\u019A\x05N(\x02\u019A=\x03\x02\x02\x02" +
		"\u019B\u019C\x07\x18\x02\x02\u019C\u019D\x078\x02\x02\u019D\u019E\x05" +
		"N(\x02\u019E?\x03\x02\x02\x02\u019F\u01A0\x07*\x02\x02\u01A0\u01A1\x05" +
		"\x82B\x02\u01A1\u01A2\x078\x02\x02\u01A2\u01A4\x05N(\x02\u01A3\u01A5\x05" +
		"> \x02\u01A4\u01A3\x03\x02\x02\x02\u01A4\u01A5\x03\x02\x02\x02\u01A5A" +
		"\x03\x02\x02\x02\u01A6\u01A7\x07\x1B\x02\x02\u01A7\u01A8\x05\x80A\x02" +
		"\u01A8\u01A9\x07 \x02\x02\u01A9\u01AA\x05|?\x02\u01AA\u01AB\x078\x02\x02";
	private static readonly _serializedATNSegment1: string =
		"\u01AB\u01AD\x05N(\x02\u01AC\u01AE\x05> \x02\u01AD\u01AC\x03\x02\x02\x02" +
		"\u01AD\u01AE\x03\x02\x02\x02\u01AEC\x03\x02\x02\x02\u01AF\u01B0\x07)\x02" +
		"\x02\u01B0\u01B1\x078\x02\x02\u01B1\u01BE\x05N(\x02\u01B2\u01B4\x05F$" +
		"\x02\u01B3\u01B2\x03\x02\x02\x02\u01B4\u01B5\x03\x02\x02\x02\u01B5\u01B3" +
		"\x03\x02\x02\x02\u01B5\u01B6\x03\x02\x02\x02\u01B6\u01B8\x03\x02\x02\x02" +
		"\u01B7\u01B9\x05> \x02\u01B8\u01B7\x03\x02\x02\x02\u01B8\u01B9\x03\x02" +
		"\x02\x02\u01B9\u01BB\x03\x02\x02\x02\u01BA\u01BC\x05H%\x02\u01BB\u01BA" +
		"\x03\x02\x02\x02\u01BB\u01BC\x03\x02\x02\x02\u01BC\u01BF\x03\x02\x02\x02" +
		"\u01BD\u01BF\x05H%\x02\u01BE\u01B3\x03\x02\x02\x02\u01BE\u01BD\x03\x02" +
		"\x02\x02\u01BFE\x03\x02\x02\x02\u01C0\u01C2\x07\x19\x02\x02\u01C1\u01C3" +
		"\x07=\x02\x02\u01C2\u01C1\x03\x02\x02\x02\u01C2\u01C3\x03\x02\x02\x02" +
		"\u01C3\u01C9\x03\x02\x02\x02\u01C4\u01C7\x05\x84C\x02\u01C5\u01C6\x07" +
		"\x0E\x02\x02\u01C6\u01C8\x05\x9EP\x02\u01C7\u01C5\x03\x02\x02\x02\u01C7" +
		"\u01C8\x03\x02\x02\x02\u01C8\u01CA\x03\x02\x02\x02\u01C9\u01C4\x03\x02" +
		"\x02\x02\u01C9\u01CA\x03\x02\x02\x02\u01CA\u01CB\x03\x02\x02\x02\u01CB" +
		"\u01CC\x078\x02\x02\u01CC\u01CD\x05N(\x02\u01CDG\x03\x02\x02\x02\u01CE" +
		"\u01CF\x07\x1A\x02\x02\u01CF\u01D0\x078\x02\x02\u01D0\u01D1\x05N(\x02" +
		"\u01D1I\x03\x02\x02\x02\u01D2\u01E9\x07+\x02\x02\u01D3\u01D4\x07/\x02" +
		"\x02\u01D4\u01D9\x05L\'\x02\u01D5\u01D6\x077\x02\x02\u01D6\u01D8\x05L" +
		"\'\x02\u01D7\u01D5\x03\x02\x02\x02\u01D8\u01DB\x03\x02\x02\x02\u01D9\u01D7" +
		"\x03\x02\x02\x02\u01D9\u01DA\x03\x02\x02\x02\u01DA\u01DD\x03\x02\x02\x02" +
		"\u01DB\u01D9\x03\x02\x02\x02\u01DC\u01DE\x077\x02\x02\u01DD\u01DC\x03" +
		"\x02\x02\x02\u01DD\u01DE\x03\x02\x02\x02\u01DE\u01DF\x03\x02\x02\x02\u01DF" +
		"\u01E0\x070\x02\x02\u01E0\u01EA\x03\x02\x02\x02\u01E1\u01E6\x05L\'\x02" +
		"\u01E2\u01E3\x077\x02\x02\u01E3\u01E5\x05L\'\x02\u01E4\u01E2\x03\x02\x02" +
		"\x02\u01E5\u01E8\x03\x02\x02\x02\u01E6\u01E4\x03\x02\x02\x02\u01E6\u01E7" +
		"\x03\x02\x02\x02\u01E7\u01EA\x03\x02\x02\x02\u01E8\u01E6\x03\x02\x02\x02" +
		"\u01E9\u01D3\x03\x02\x02\x02\u01E9\u01E1\x03\x02\x02\x02\u01EA\u01EB\x03" +
		"\x02\x02\x02\u01EB\u01EC\x078\x02\x02\u01EC\u01ED\x05N(\x02\u01EDK\x03" +
		"\x02\x02\x02\u01EE\u01F1\x05\x84C\x02\u01EF\u01F0\x07\x0E\x02\x02\u01F0" +
		"\u01F2\x05\x94K\x02\u01F1\u01EF\x03\x02\x02\x02\u01F1\u01F2\x03\x02\x02" +
		"\x02\u01F2M\x03\x02\x02\x02\u01F3\u01FE\x05\b\x05\x02\u01F4\u01F5\x07" +
		"-\x02\x02\u01F5\u01F7\x07\x03\x02\x02\u01F6\u01F8\x05\x06\x04\x02\u01F7" +
		"\u01F6\x03\x02\x02\x02\u01F8\u01F9\x03\x02\x02\x02\u01F9\u01F7\x03\x02" +
		"\x02\x02\u01F9\u01FA\x03\x02\x02\x02\u01FA\u01FB\x03\x02\x02\x02\u01FB" +
		"\u01FC\x07\x04\x02\x02\u01FC\u01FE\x03\x02\x02\x02\u01FD\u01F3\x03\x02" +
		"\x02\x02\u01FD\u01F4\x03\x02\x02\x02\u01FEO\x03\x02\x02\x02\u01FF\u0201" +
		"\x05R*\x02\u0200\u01FF\x03\x02\x02\x02\u0201\u0202\x03\x02\x02\x02\u0202" +
		"\u0200\x03\x02\x02\x02\u0202\u0203\x03\x02\x02\x02\u0203\u0207\x03\x02" +
		"\x02\x02\u0204\u0208\x05b2\x02\u0205\u0208\x05V,\x02\u0206\u0208\x05T" +
		"+\x02\u0207\u0204\x03\x02\x02\x02\u0207\u0205\x03\x02\x02\x02\u0207\u0206" +
		"\x03\x02\x02\x02\u0208Q\x03\x02\x02\x02\u0209\u020A\x07J\x02\x02\u020A" +
		"\u020B\x05\x82B\x02\u020B\u020C\x07-\x02\x02\u020CS\x03\x02\x02\x02\u020D" +
		"\u020E\x07\x10\x02\x02\u020E\u020F\x05V,\x02\u020FU\x03\x02\x02\x02\u0210" +
		"\u0211\x07\x15\x02\x02\u0211\u0212\x05\x9EP\x02\u0212\u0214\x07/\x02\x02" +
		"\u0213\u0215\x05X-\x02\u0214\u0213\x03\x02\x02\x02\u0214\u0215\x03\x02" +
		"\x02\x02\u0215\u0216\x03\x02\x02\x02\u0216\u0219\x070\x02\x02\u0217\u0218" +
		"\x07:\x02\x02\u0218\u021A\x05\x84C\x02\u0219\u0217\x03\x02\x02\x02\u0219" +
		"\u021A\x03\x02\x02\x02\u021A\u021B\x03\x02\x02\x02\u021B\u021C\x078\x02" +
		"\x02\u021C\u021D\x05N(\x02\u021DW\x03\x02\x02\x02\u021E\u0223\x05Z.\x02" +
		"\u021F\u0220\x077\x02\x02\u0220\u0222\x05Z.\x02\u0221\u021F\x03\x02\x02" +
		"\x02\u0222\u0225\x03\x02\x02\x02\u0223\u0221\x03\x02\x02\x02\u0223\u0224" +
		"\x03\x02\x02\x02\u0224\u0227\x03\x02\x02\x02\u0225\u0223\x03\x02\x02\x02" +
		"\u0226\u0228\x077\x02\x02\u0227\u0226\x03\x02\x02\x02\u0227\u0228\x03" +
		"\x02\x02\x02\u0228Y\x03\x02\x02\x02\u0229\u022C\x05\\/\x02\u022A\u022B" +
		"\x07>\x02\x02\u022B\u022D\x05\x84C\x02\u022C\u022A\x03\x02\x02\x02\u022C" +
		"\u022D\x03\x02\x02\x02\u022D\u0236\x03\x02\x02\x02\u022E\u0230\x07=\x02" +
		"\x02\u022F\u0231\x05\\/\x02\u0230\u022F\x03\x02\x02\x02\u0230\u0231\x03" +
		"\x02\x02\x02\u0231\u0236\x03\x02\x02\x02\u0232\u0233\x07<\x02\x02\u0233" +
		"\u0236\x05\\/\x02\u0234\u0236\x07F\x02\x02\u0235\u0229\x03\x02\x02\x02" +
		"\u0235\u022E\x03\x02\x02\x02\u0235\u0232\x03\x02\x02\x02\u0235\u0234\x03" +
		"\x02\x02\x02\u0236[\x03\x02\x02\x02\u0237\u023A\x05\x9EP\x02\u0238\u0239" +
		"\x078\x02\x02\u0239\u023B\x05\x84C\x02\u023A\u0238\x03\x02\x02\x02\u023A" +
		"\u023B\x03\x02\x02\x02\u023B]\x03\x02\x02\x02\u023C\u0241\x05`1\x02\u023D" +
		"\u023E\x077\x02\x02\u023E\u0240\x05`1\x02\u023F\u023D\x03\x02\x02\x02" +
		"\u0240\u0243\x03\x02\x02\x02\u0241\u023F\x03\x02\x02\x02\u0241\u0242\x03" +
		"\x02\x02\x02\u0242\u0245\x03\x02\x02\x02\u0243\u0241\x03\x02\x02\x02\u0244" +
		"\u0246\x077\x02\x02\u0245\u0244\x03\x02\x02\x02\u0245\u0246\x03\x02\x02" +
		"\x02\u0246_\x03\x02\x02\x02\u0247\u024A\x05\x9EP\x02\u0248\u0249\x07>" +
		"\x02\x02\u0249\u024B\x05\x84C\x02\u024A\u0248\x03\x02\x02\x02\u024A\u024B" +
		"\x03\x02\x02\x02\u024B\u0254\x03\x02\x02\x02\u024C\u024E\x07=\x02\x02" +
		"\u024D\u024F\x05\x9EP\x02\u024E\u024D\x03\x02\x02\x02\u024E\u024F\x03" +
		"\x02\x02\x02\u024F\u0254\x03\x02\x02\x02\u0250\u0251\x07<\x02\x02\u0251" +
		"\u0254\x05\x9EP\x02\u0252\u0254\x07F\x02\x02\u0253\u0247\x03\x02\x02\x02" +
		"\u0253\u024C\x03\x02\x02\x02\u0253\u0250\x03\x02\x02\x02\u0253\u0252\x03" +
		"\x02\x02\x02\u0254a\x03\x02\x02\x02\u0255\u0256\x07\x13\x02\x02\u0256" +
		"\u025C\x05\x9EP\x02\u0257\u0259\x07/\x02\x02\u0258\u025A\x05\xACW\x02" +
		"\u0259\u0258\x03\x02\x02\x02\u0259\u025A\x03\x02\x02\x02\u025A\u025B\x03" +
		"\x02\x02\x02\u025B\u025D\x070\x02\x02\u025C\u0257\x03\x02\x02\x02\u025C" +
		"\u025D\x03\x02\x02\x02\u025D\u025E\x03\x02\x02\x02\u025E\u025F\x078\x02" +
		"\x02\u025F\u0260\x05N(\x02\u0260c\x03\x02\x02\x02\u0261\u0262\x07\x05" +
		"\x02\x02\u0262\u0263\x05f4\x02\u0263\u0264\x078\x02\x02\u0264\u0265\x07" +
		"-\x02\x02\u0265\u0267\x07\x03\x02\x02\u0266\u0268\x05h5\x02\u0267\u0266" +
		"\x03\x02\x02\x02\u0268\u0269\x03\x02\x02\x02\u0269\u0267\x03\x02\x02\x02" +
		"\u0269\u026A\x03\x02\x02\x02\u026A\u026B\x03\x02\x02\x02\u026B\u026C\x07" +
		"\x04\x02\x02\u026Ce\x03\x02\x02\x02\u026D\u0270\x05\x82B\x02\u026E\u0270" +
		"\x05\x92J\x02\u026F\u026D\x03\x02\x02\x02\u026F\u026E\x03\x02\x02\x02" +
		"\u0270\u0278\x03\x02\x02\x02\u0271\u0274\x077\x02\x02\u0272\u0275\x05" +
		"\x82B\x02\u0273\u0275\x05\x92J\x02\u0274\u0272\x03\x02\x02\x02\u0274\u0273" +
		"\x03\x02\x02\x02\u0275\u0277\x03\x02\x02\x02\u0276\u0271\x03\x02\x02\x02" +
		"\u0277\u027A\x03\x02\x02\x02\u0278\u0276\x03\x02\x02\x02\u0278\u0279\x03" +
		"\x02\x02\x02\u0279\u027C\x03\x02\x02\x02\u027A\u0278\x03\x02\x02\x02\u027B" +
		"\u027D\x077\x02\x02\u027C\u027B\x03\x02\x02\x02\u027C\u027D\x03\x02\x02" +
		"\x02\u027Dg\x03\x02\x02\x02\u027E\u027F\x07\x06\x02\x02\u027F\u0282\x05" +
		"j6\x02\u0280\u0281\x07\x1E\x02\x02\u0281\u0283\x05\x82B\x02\u0282\u0280" +
		"\x03\x02\x02\x02\u0282\u0283\x03\x02\x02\x02\u0283\u0284\x03\x02\x02\x02" +
		"\u0284\u0285\x078\x02\x02\u0285\u0286\x05N(\x02\u0286i\x03\x02\x02\x02" +
		"\u0287\u028C\x05l7\x02\u0288\u0289\x077\x02\x02\u0289\u028B\x05l7\x02" +
		"\u028A\u0288\x03\x02\x02\x02\u028B\u028E\x03\x02\x02\x02\u028C\u028A\x03" +
		"\x02\x02\x02\u028C\u028D\x03\x02\x02\x02\u028D\u0290\x03\x02\x02\x02\u028E" +
		"\u028C\x03\x02\x02\x02\u028F\u0291\x077\x02\x02\u0290\u028F\x03\x02\x02" +
		"\x02\u0290\u0291\x03\x02\x02\x02\u0291k\x03\x02\x02\x02\u0292\u0293\x07" +
		"=\x02\x02\u0293\u0296\x05\x9EP\x02\u0294\u0296\x05n8\x02\u0295\u0292\x03" +
		"\x02\x02\x02\u0295\u0294\x03\x02\x02\x02\u0296m\x03\x02\x02\x02\u0297" +
		"\u029A\x05p9\x02\u0298\u0299\x07\x0E\x02\x02\u0299\u029B\x05\x9EP\x02" +
		"\u029A\u0298\x03\x02\x02\x02\u029A\u029B\x03\x02\x02\x02\u029Bo\x03\x02" +
		"\x02\x02\u029C\u02A1\x05r:\x02\u029D\u029E\x07?\x02\x02\u029E\u02A0\x05" +
		"r:\x02\u029F\u029D\x03\x02\x02\x02\u02A0\u02A3\x03\x02\x02\x02\u02A1\u029F" +
		"\x03\x02\x02\x02\u02A1\u02A2\x03\x02\x02\x02\u02A2q\x03\x02\x02\x02\u02A3" +
		"\u02A1\x03\x02\x02\x02\u02A4\u02CE\x05t;\x02\u02A5\u02AA\x05\x9EP\x02" +
		"\u02A6\u02A7\x076\x02\x02\u02A7\u02A9\x05\x9EP\x02\u02A8\u02A6\x03\x02" +
		"\x02\x02\u02A9\u02AC\x03\x02\x02\x02\u02AA\u02A8\x03\x02\x02\x02\u02AA" +
		"\u02AB\x03\x02\x02\x02\u02AB\u02B2\x03\x02\x02\x02\u02AC\u02AA\x03\x02" +
		"\x02\x02\u02AD\u02AF\x07/\x02\x02\u02AE\u02B0\x05v<\x02\u02AF\u02AE\x03" +
		"\x02\x02\x02\u02AF\u02B0\x03\x02\x02\x02\u02B0\u02B1\x03\x02\x02\x02\u02B1" +
		"\u02B3\x070\x02\x02\u02B2\u02AD\x03\x02\x02\x02\u02B2\u02B3\x03\x02\x02" +
		"\x02\u02B3\u02CE\x03\x02\x02\x02\u02B4\u02B6\x07/\x02\x02\u02B5\u02B7" +
		"\x05j6\x02\u02B6\u02B5\x03\x02\x02\x02\u02B6\u02B7\x03\x02\x02\x02\u02B7" +
		"\u02B8\x03\x02\x02\x02\u02B8\u02CE\x070\x02\x02\u02B9\u02BB\x071\x02\x02" +
		"\u02BA\u02BC\x05j6\x02\u02BB\u02BA\x03\x02\x02\x02\u02BB\u02BC\x03\x02" +
		"\x02\x02\u02BC\u02BD\x03\x02\x02\x02\u02BD\u02CE\x072\x02\x02\u02BE\u02CA" +
		"\x073\x02\x02\u02BF\u02C4\x05z>\x02\u02C0\u02C1\x077\x02\x02\u02C1\u02C3" +
		"\x05z>\x02\u02C2\u02C0\x03\x02\x02\x02\u02C3\u02C6\x03\x02\x02\x02\u02C4" +
		"\u02C2\x03\x02\x02\x02\u02C4\u02C5\x03\x02\x02\x02\u02C5\u02C8\x03\x02" +
		"\x02\x02\u02C6\u02C4\x03\x02\x02\x02\u02C7\u02C9\x077\x02\x02\u02C8\u02C7" +
		"\x03\x02\x02\x02\u02C8\u02C9\x03\x02\x02\x02\u02C9\u02CB\x03\x02\x02\x02" +
		"\u02CA\u02BF\x03\x02\x02\x02\u02CA\u02CB\x03\x02\x02\x02\u02CB\u02CC\x03" +
		"\x02\x02\x02\u02CC\u02CE\x074\x02\x02\u02CD\u02A4\x03\x02\x02\x02\u02CD" +
		"\u02A5\x03\x02\x02\x02\u02CD\u02B4\x03\x02\x02\x02\u02CD\u02B9\x03\x02" +
		"\x02\x02\u02CD\u02BE\x03\x02\x02\x02\u02CEs\x03\x02\x02\x02\u02CF\u02D1" +
		"\x07E\x02\x02\u02D0\u02CF\x03\x02\x02\x02\u02D0\u02D1\x03\x02\x02\x02" +
		"\u02D1\u02D2\x03\x02\x02\x02\u02D2\u02D5\x07\t\x02\x02\u02D3\u02D4\t\x04" +
		"\x02\x02\u02D4\u02D6\x07\t\x02\x02\u02D5\u02D3\x03\x02\x02\x02\u02D5\u02D6" +
		"\x03\x02\x02\x02\u02D6\u02E0\x03\x02\x02\x02\u02D7\u02D9\x07\x07\x02\x02" +
		"\u02D8\u02D7\x03\x02\x02\x02\u02D9\u02DA\x03\x02\x02\x02\u02DA\u02D8\x03" +
		"\x02\x02\x02\u02DA\u02DB\x03\x02\x02\x02\u02DB\u02E0\x03\x02\x02\x02\u02DC" +
		"\u02E0\x07\v\x02\x02\u02DD\u02E0\x07\f\x02\x02\u02DE\u02E0\x07\n\x02\x02" +
		"\u02DF\u02D0\x03\x02\x02\x02\u02DF\u02D8\x03\x02\x02\x02\u02DF\u02DC\x03" +
		"\x02\x02\x02\u02DF\u02DD\x03\x02\x02\x02\u02DF\u02DE\x03\x02\x02\x02\u02E0" +
		"u\x03\x02\x02\x02\u02E1\u02E6\x05x=\x02\u02E2\u02E3\x077\x02\x02\u02E3" +
		"\u02E5\x05x=\x02\u02E4\u02E2\x03\x02\x02\x02\u02E5\u02E8\x03\x02\x02\x02" +
		"\u02E6\u02E4\x03\x02\x02\x02\u02E6\u02E7\x03\x02\x02\x02\u02E7\u02EA\x03" +
		"\x02\x02\x02\u02E8\u02E6\x03\x02\x02\x02\u02E9\u02EB\x077\x02\x02\u02EA" +
		"\u02E9\x03\x02\x02\x02\u02EA\u02EB\x03\x02\x02\x02\u02EBw\x03\x02\x02" +
		"\x02\u02EC\u02ED\x05\x9EP\x02\u02ED\u02EE\x07>\x02\x02\u02EE\u02EF\x05" +
		"n8\x02\u02EF\u02F2\x03\x02\x02\x02\u02F0\u02F2\x05n8\x02\u02F1\u02EC\x03" +
		"\x02\x02\x02\u02F1\u02F0\x03\x02\x02\x02\u02F2y\x03\x02\x02\x02\u02F3" +
		"\u02FD\x05t;\x02\u02F4\u02F9\x05\x9EP\x02\u02F5\u02F6\x076\x02\x02\u02F6" +
		"\u02F8\x05\x9EP\x02\u02F7\u02F5\x03\x02\x02\x02\u02F8\u02FB\x03\x02\x02" +
		"\x02\u02F9\u02F7\x03\x02\x02\x02\u02F9\u02FA\x03\x02\x02\x02\u02FA\u02FD" +
		"\x03\x02\x02\x02\u02FB\u02F9\x03\x02\x02\x02\u02FC\u02F3\x03\x02\x02\x02" +
		"\u02FC\u02F4\x03\x02\x02\x02\u02FD\u02FE\x03\x02\x02\x02\u02FE\u02FF\x07" +
		"8\x02\x02\u02FF\u0300\x05n8\x02\u0300\u0304\x03\x02\x02\x02\u0301\u0302" +
		"\x07<\x02\x02\u0302\u0304\x05\x9EP\x02\u0303\u02FC\x03\x02\x02\x02\u0303" +
		"\u0301\x03\x02\x02\x02\u0304{\x03\x02\x02\x02\u0305\u0308\x05\x84C\x02" +
		"\u0306\u0308\x05\x92J\x02\u0307\u0305\x03\x02\x02\x02\u0307\u0306\x03" +
		"\x02\x02\x02\u0308\u0310\x03\x02\x02\x02\u0309\u030C\x077\x02\x02\u030A" +
		"\u030D\x05\x84C\x02\u030B\u030D\x05\x92J\x02\u030C\u030A\x03\x02\x02\x02" +
		"\u030C\u030B\x03\x02\x02\x02\u030D\u030F\x03\x02\x02\x02\u030E\u0309\x03" +
		"\x02\x02\x02\u030F\u0312\x03\x02\x02\x02\u0310\u030E\x03\x02\x02\x02\u0310" +
		"\u0311\x03\x02\x02\x02\u0311\u0314\x03\x02\x02\x02\u0312\u0310\x03\x02" +
		"\x02\x02\u0313\u0315\x077\x02\x02\u0314\u0313\x03\x02\x02\x02\u0314\u0315" +
		"\x03\x02\x02\x02\u0315}\x03\x02\x02\x02\u0316\u031B\x05\x84C\x02\u0317" +
		"\u0318\x077\x02\x02\u0318\u031A\x05\x84C\x02\u0319\u0317\x03\x02\x02\x02" +
		"\u031A\u031D\x03\x02\x02\x02\u031B\u0319\x03\x02\x02\x02\u031B\u031C\x03" +
		"\x02\x02\x02\u031C\u031F\x03\x02\x02\x02\u031D\u031B\x03\x02\x02\x02\u031E" +
		"\u0320\x077\x02\x02\u031F\u031E\x03\x02\x02\x02\u031F\u0320\x03\x02\x02" +
		"\x02\u0320\x7F\x03\x02\x02\x02\u0321\u0324\x05\x94K\x02\u0322\u0324\x05" +
		"\x92J\x02\u0323\u0321\x03\x02\x02\x02\u0323\u0322\x03\x02\x02\x02\u0324" +
		"\u032C\x03\x02\x02\x02\u0325\u0328\x077\x02\x02\u0326\u0329\x05\x94K\x02" +
		"\u0327\u0329\x05\x92J\x02\u0328\u0326\x03\x02\x02\x02\u0328\u0327\x03" +
		"\x02\x02\x02\u0329\u032B\x03\x02\x02\x02\u032A\u0325\x03\x02\x02\x02\u032B" +
		"\u032E\x03\x02\x02\x02\u032C\u032A\x03\x02\x02\x02\u032C\u032D\x03\x02" +
		"\x02\x02\u032D\u0330\x03\x02\x02\x02\u032E\u032C\x03\x02\x02\x02\u032F" +
		"\u0331\x077\x02\x02\u0330\u032F\x03\x02\x02\x02\u0330\u0331\x03\x02\x02" +
		"\x02\u0331\x81\x03\x02\x02\x02\u0332\u0335\x05\x84C\x02\u0333\u0334\x07" +
		";\x02\x02\u0334\u0336\x05\x84C\x02\u0335\u0333\x03\x02\x02\x02\u0335\u0336" +
		"\x03\x02\x02\x02\u0336\x83\x03\x02\x02\x02\u0337\u033D\x05\x88E\x02\u0338" +
		"\u0339\x07\x1E\x02\x02\u0339\u033A\x05\x88E\x02\u033A\u033B\x07\x18\x02" +
		"\x02\u033B\u033C\x05\x84C\x02\u033C\u033E\x03\x02\x02\x02\u033D\u0338" +
		"\x03\x02\x02\x02\u033D\u033E\x03\x02\x02\x02\u033E\u0341\x03\x02\x02\x02" +
		"\u033F\u0341\x05\x86D\x02\u0340\u0337\x03\x02\x02\x02\u0340\u033F\x03" +
		"\x02\x02\x02\u0341\x85\x03\x02\x02\x02\u0342\u0344\x07\"\x02\x02\u0343" +
		"\u0345\x05^0\x02\u0344\u0343\x03\x02\x02\x02\u0344\u0345\x03\x02\x02\x02" +
		"\u0345\u0346\x03\x02\x02\x02\u0346\u0347\x078\x02\x02\u0347\u0348\x05" +
		"\x84C\x02\u0348\x87\x03\x02\x02\x02\u0349\u034E\x05\x8AF\x02\u034A\u034B" +
		"\x07%\x02\x02\u034B\u034D\x05\x8AF\x02\u034C\u034A\x03\x02\x02\x02\u034D" +
		"\u0350\x03\x02\x02\x02\u034E\u034C\x03\x02\x02\x02\u034E\u034F\x03\x02" +
		"\x02\x02\u034F\x89\x03\x02\x02\x02\u0350\u034E\x03\x02\x02\x02\u0351\u0356" +
		"\x05\x8CG\x02\u0352\u0353\x07\r\x02\x02\u0353\u0355\x05\x8CG\x02\u0354" +
		"\u0352\x03\x02\x02\x02\u0355\u0358\x03\x02\x02\x02\u0356\u0354\x03\x02" +
		"\x02\x02\u0356\u0357\x03\x02\x02\x02\u0357\x8B\x03\x02\x02\x02\u0358\u0356" +
		"\x03\x02\x02\x02\u0359\u035A\x07$\x02\x02\u035A\u035D\x05\x8CG\x02\u035B" +
		"\u035D\x05\x8EH\x02\u035C\u0359\x03\x02\x02\x02\u035C\u035B\x03\x02\x02" +
		"\x02\u035D\x8D\x03\x02\x02\x02\u035E\u0364\x05\x94K\x02\u035F\u0360\x05" +
		"\x90I\x02\u0360\u0361\x05\x94K\x02\u0361\u0363\x03\x02\x02\x02\u0362\u035F" +
		"\x03\x02\x02\x02\u0363\u0366\x03\x02\x02\x02\u0364\u0362\x03\x02\x02\x02" +
		"\u0364\u0365\x03\x02\x02\x02\u0365\x8F\x03\x02\x02\x02\u0366\u0364\x03" +
		"\x02\x02\x02\u0367\u0374\x07K\x02\x02\u0368\u0374\x07L\x02\x02\u0369\u0374" +
		"\x07M\x02\x02\u036A\u0374\x07N\x02\x02\u036B\u0374\x07O\x02\x02\u036C" +
		"\u0374\x07P\x02\x02\u036D\u0374\x07 \x02\x02\u036E\u036F\x07$\x02\x02" +
		"\u036F\u0374\x07 \x02\x02\u0370\u0374\x07!\x02\x02\u0371\u0372\x07!\x02" +
		"\x02\u0372\u0374\x07$\x02\x02\u0373\u0367\x03\x02\x02\x02\u0373\u0368" +
		"\x03\x02\x02\x02\u0373\u0369\x03\x02\x02\x02\u0373\u036A\x03\x02\x02\x02" +
		"\u0373\u036B\x03\x02\x02\x02\u0373\u036C\x03\x02\x02\x02\u0373\u036D\x03" +
		"\x02\x02\x02\u0373\u036E\x03\x02\x02\x02\u0373\u0370\x03\x02\x02\x02\u0373" +
		"\u0371\x03\x02\x02\x02\u0374\x91\x03\x02\x02\x02\u0375\u0376\x07=\x02" +
		"\x02\u0376\u0377\x05\x94K\x02\u0377\x93\x03\x02\x02\x02\u0378\u0379\b" +
		"K\x01\x02\u0379\u037D\x05\x96L\x02\u037A\u037B\t\x05\x02\x02\u037B\u037D" +
		"\x05\x94K\t\u037C\u0378\x03\x02\x02\x02\u037C\u037A\x03\x02\x02\x02\u037D" +
		"\u0395\x03\x02\x02\x02\u037E\u037F\f\n\x02\x02\u037F\u0380\x07<\x02\x02" +
		"\u0380\u0394\x05\x94K\n\u0381\u0382\f\b\x02\x02\u0382\u0383\t\x06\x02" +
		"\x02\u0383\u0394\x05\x94K\t\u0384\u0385\f\x07\x02\x02\u0385\u0386\t\x04" +
		"\x02\x02\u0386\u0394\x05\x94K\b\u0387\u0388\f\x06\x02\x02\u0388\u0389" +
		"\t\x07\x02\x02\u0389\u0394\x05\x94K\x07\u038A\u038B\f\x05\x02\x02\u038B" +
		"\u038C\x07A\x02\x02\u038C\u0394\x05\x94K\x06\u038D\u038E\f\x04\x02\x02" +
		"\u038E\u038F\x07@\x02\x02\u038F\u0394\x05\x94K\x05\u0390\u0391\f\x03\x02" +
		"\x02\u0391\u0392\x07?\x02\x02\u0392\u0394\x05\x94K\x04\u0393\u037E\x03" +
		"\x02\x02\x02\u0393\u0381\x03\x02\x02\x02\u0393\u0384\x03\x02\x02\x02\u0393" +
		"\u0387\x03\x02\x02\x02\u0393\u038A\x03\x02\x02\x02\u0393\u038D\x03\x02" +
		"\x02\x02\u0393\u0390\x03\x02\x02\x02\u0394\u0397\x03\x02\x02\x02\u0395" +
		"\u0393\x03\x02\x02\x02\u0395\u0396\x03\x02\x02\x02\u0396\x95\x03\x02\x02" +
		"\x02\u0397\u0395\x03\x02\x02\x02\u0398\u0399\x07\x11\x02\x02\u0399\u039C" +
		"\x05\x98M\x02\u039A\u039C\x05\x98M\x02\u039B\u0398\x03\x02\x02\x02\u039B" +
		"\u039A\x03\x02\x02\x02\u039C\x97\x03\x02\x02\x02\u039D\u03A1\x05\x9CO" +
		"\x02\u039E\u03A0\x05\x9AN\x02\u039F\u039E\x03\x02\x02\x02\u03A0\u03A3" +
		"\x03\x02\x02\x02\u03A1\u039F\x03\x02\x02\x02\u03A1\u03A2\x03\x02\x02\x02" +
		"\u03A2\x99\x03\x02\x02\x02\u03A3\u03A1\x03\x02\x02\x02\u03A4\u03A6\x07" +
		"/\x02\x02\u03A5\u03A7\x05\xACW\x02\u03A6\u03A5\x03\x02\x02\x02\u03A6\u03A7" +
		"\x03\x02\x02\x02\u03A7\u03A8\x03\x02\x02\x02\u03A8\u03B0\x070\x02\x02" +
		"\u03A9\u03AA\x071\x02\x02\u03AA\u03AB\x05\xA2R\x02\u03AB\u03AC\x072\x02" +
		"\x02\u03AC\u03B0\x03\x02\x02\x02\u03AD\u03AE\x076\x02\x02\u03AE\u03B0" +
		"\x05\x9EP\x02\u03AF\u03A4\x03\x02\x02\x02\u03AF\u03A9\x03\x02\x02\x02" +
		"\u03AF\u03AD\x03\x02\x02\x02\u03B0\x9B\x03\x02\x02\x02\u03B1\u03B4\x07" +
		"/\x02\x02\u03B2\u03B5\x05\xB6\\\x02\u03B3\u03B5\x05\xA0Q\x02\u03B4\u03B2" +
		"\x03\x02\x02\x02\u03B4\u03B3\x03\x02\x02\x02\u03B4\u03B5\x03\x02\x02\x02" +
		"\u03B5\u03B6\x03\x02\x02\x02\u03B6\u03CD\x070\x02\x02\u03B7\u03B9\x07" +
		"1\x02\x02\u03B8\u03BA\x05\xA0Q\x02\u03B9\u03B8\x03\x02\x02\x02\u03B9\u03BA" +
		"\x03\x02\x02\x02\u03BA\u03BB\x03\x02\x02\x02\u03BB\u03CD\x072\x02\x02" +
		"\u03BC\u03BE\x073\x02\x02\u03BD\u03BF\x05\xA6T\x02\u03BE\u03BD\x03\x02" +
		"\x02\x02\u03BE\u03BF\x03\x02\x02\x02\u03BF\u03C0\x03\x02\x02\x02\u03C0" +
		"\u03CD\x074\x02\x02\u03C1\u03CD\x05\x9EP\x02\u03C2\u03CD\x07\t\x02\x02" +
		"\u03C3\u03C5\x07\x07\x02\x02\u03C4\u03C3\x03\x02\x02\x02\u03C5\u03C6\x03" +
		"\x02\x02\x02\u03C6\u03C4\x03\x02\x02\x02\u03C6\u03C7\x03\x02\x02\x02\u03C7" +
		"\u03CD\x03\x02\x02\x02\u03C8\u03CD\x075\x02\x02\u03C9\u03CD\x07\v\x02" +
		"\x02\u03CA\u03CD\x07\f\x02\x02\u03CB\u03CD\x07\n\x02\x02\u03CC\u03B1\x03" +
		"\x02\x02\x02\u03CC\u03B7\x03\x02\x02\x02\u03CC\u03BC\x03\x02\x02\x02\u03CC" +
		"\u03C1\x03\x02\x02\x02\u03CC\u03C2\x03\x02\x02\x02\u03CC\u03C4\x03\x02" +
		"\x02\x02\u03CC\u03C8\x03\x02\x02\x02\u03CC\u03C9\x03\x02\x02\x02\u03CC" +
		"\u03CA\x03\x02\x02\x02\u03CC\u03CB\x03\x02\x02\x02\u03CD\x9D\x03\x02\x02" +
		"\x02\u03CE\u03CF\x07.\x02\x02\u03CF\x9F\x03\x02\x02\x02\u03D0\u03D3\x05" +
		"\x82B\x02\u03D1\u03D3\x05\x92J\x02\u03D2\u03D0\x03\x02\x02\x02\u03D2\u03D1" +
		"\x03\x02\x02\x02\u03D3\u03E2\x03\x02\x02\x02\u03D4\u03E3\x05\xB0Y\x02" +
		"\u03D5\u03D8\x077\x02\x02\u03D6\u03D9\x05\x82B\x02\u03D7\u03D9\x05\x92" +
		"J\x02\u03D8\u03D6\x03\x02\x02\x02\u03D8\u03D7\x03\x02\x02\x02\u03D9\u03DB" +
		"\x03\x02\x02\x02\u03DA\u03D5\x03\x02\x02\x02\u03DB\u03DE\x03\x02\x02\x02" +
		"\u03DC\u03DA\x03\x02\x02\x02\u03DC\u03DD\x03\x02\x02\x02\u03DD\u03E0\x03" +
		"\x02\x02\x02\u03DE\u03DC\x03\x02\x02\x02\u03DF\u03E1\x077\x02\x02\u03E0" +
		"\u03DF\x03\x02\x02\x02\u03E0\u03E1\x03\x02\x02\x02\u03E1\u03E3\x03\x02" +
		"\x02\x02\u03E2\u03D4\x03\x02\x02\x02\u03E2\u03DC\x03\x02\x02\x02\u03E3" +
		"\xA1\x03\x02\x02\x02\u03E4\u03E9\x05\xA4S\x02\u03E5\u03E6\x077\x02\x02" +
		"\u03E6\u03E8\x05\xA4S\x02\u03E7\u03E5\x03\x02\x02\x02\u03E8\u03EB\x03" +
		"\x02\x02\x02\u03E9\u03E7\x03\x02\x02\x02\u03E9\u03EA\x03\x02\x02\x02\u03EA" +
		"\u03ED\x03\x02\x02\x02\u03EB\u03E9\x03\x02\x02\x02\u03EC\u03EE\x077\x02" +
		"\x02\u03ED\u03EC\x03\x02\x02\x02\u03ED\u03EE\x03\x02\x02\x02\u03EE\xA3" +
		"\x03\x02\x02\x02\u03EF\u03F1\x05\x84C\x02\u03F0\u03EF\x03\x02\x02\x02" +
		"\u03F0\u03F1\x03\x02\x02\x02\u03F1\u03F2\x03\x02\x02\x02\u03F2\u03F4\x07" +
		"8\x02\x02\u03F3\u03F5\x05\x84C\x02\u03F4\u03F3\x03\x02\x02\x02\u03F4\u03F5" +
		"\x03\x02\x02\x02\u03F5\u03FA\x03\x02\x02\x02\u03F6\u03F8\x078\x02\x02" +
		"\u03F7\u03F9\x05\x84C\x02\u03F8\u03F7\x03\x02\x02\x02\u03F8\u03F9\x03" +
		"\x02\x02\x02\u03F9\u03FB\x03\x02\x02\x02\u03FA\u03F6\x03\x02\x02\x02\u03FA" +
		"\u03FB\x03\x02\x02\x02\u03FB\u03FF\x03\x02\x02\x02\u03FC\u03FF\x05\x82" +
		"B\x02\u03FD\u03FF\x05\x92J\x02\u03FE\u03F0\x03\x02\x02\x02\u03FE\u03FC" +
		"\x03\x02\x02\x02\u03FE\u03FD\x03\x02\x02\x02\u03FF\xA5\x03\x02\x02\x02" +
		"\u0400\u040C\x05\xA8U\x02\u0401\u040D\x05\xB0Y\x02\u0402\u0403\x077\x02" +
		"\x02\u0403\u0405\x05\xA8U\x02\u0404\u0402\x03\x02\x02\x02\u0405\u0408" +
		"\x03\x02\x02\x02\u0406\u0404\x03\x02\x02\x02\u0406\u0407\x03\x02\x02\x02" +
		"\u0407\u040A\x03\x02\x02\x02\u0408\u0406\x03\x02\x02\x02\u0409\u040B\x07" +
		"7\x02\x02\u040A\u0409\x03\x02\x02\x02\u040A\u040B\x03\x02\x02\x02\u040B" +
		"\u040D\x03\x02\x02\x02\u040C\u0401\x03\x02\x02\x02\u040C\u0406\x03\x02" +
		"\x02\x02\u040D\u041D\x03\x02\x02\x02\u040E\u041A\x05\xAAV\x02\u040F\u041B" +
		"\x05\xB0Y\x02\u0410\u0411\x077\x02\x02\u0411\u0413\x05\xAAV\x02\u0412" +
		"\u0410\x03\x02\x02\x02\u0413\u0416\x03\x02\x02\x02\u0414\u0412\x03\x02" +
		"\x02\x02\u0414\u0415\x03\x02\x02\x02\u0415\u0418\x03\x02\x02\x02\u0416" +
		"\u0414\x03\x02\x02\x02\u0417\u0419\x077\x02\x02\u0418\u0417\x03\x02\x02" +
		"\x02\u0418\u0419\x03\x02\x02\x02\u0419\u041B\x03\x02\x02\x02\u041A\u040F" +
		"\x03\x02\x02\x02\u041A\u0414\x03\x02\x02\x02\u041B\u041D\x03\x02\x02\x02" +
		"\u041C\u0400\x03\x02\x02\x02\u041C\u040E\x03\x02\x02\x02\u041D\xA7\x03" +
		"\x02\x02\x02\u041E\u041F\x05\x84C\x02\u041F\u0420\x078\x02\x02\u0420\u0421" +
		"\x05\x84C\x02\u0421\u0425\x03\x02\x02\x02\u0422\u0423\x07<\x02\x02\u0423" +
		"\u0425\x05\x94K\x02\u0424\u041E\x03\x02\x02\x02\u0424\u0422\x03\x02\x02" +
		"\x02\u0425\xA9\x03\x02\x02\x02\u0426\u0429\x05\x82B\x02\u0427\u0429\x05" +
		"\x92J\x02\u0428\u0426\x03\x02\x02\x02\u0428\u0427\x03\x02\x02\x02\u0429" +
		"\xAB\x03\x02\x02\x02\u042A\u042F\x05\xAEX\x02\u042B\u042C\x077\x02\x02" +
		"\u042C\u042E\x05\xAEX\x02\u042D\u042B\x03\x02\x02\x02\u042E\u0431\x03" +
		"\x02\x02\x02\u042F\u042D\x03\x02\x02\x02\u042F\u0430\x03\x02\x02\x02\u0430" +
		"\u0433\x03\x02\x02\x02\u0431\u042F\x03\x02\x02\x02\u0432\u0434\x077\x02" +
		"\x02\u0433\u0432\x03\x02\x02\x02\u0433\u0434\x03\x02\x02\x02\u0434\xAD" +
		"\x03\x02\x02\x02\u0435\u0436\x05\x9EP\x02\u0436\u0437\x07>\x02\x02\u0437" +
		"\u0438\x05\x84C\x02\u0438\u0442\x03\x02\x02\x02\u0439\u043B\x05\x82B\x02" +
		"\u043A\u043C\x05\xB0Y\x02\u043B\u043A\x03\x02\x02\x02\u043B\u043C\x03" +
		"\x02\x02\x02\u043C\u0442\x03\x02\x02\x02\u043D\u043E\x07=\x02\x02\u043E" +
		"\u0442\x05\x84C\x02\u043F\u0440\x07<\x02\x02\u0440\u0442\x05\x84C\x02" +
		"\u0441\u0435\x03\x02\x02\x02\u0441\u0439\x03\x02\x02\x02\u0441\u043D\x03" +
		"\x02\x02\x02\u0441\u043F\x03\x02\x02\x02\u0442\xAF\x03\x02\x02\x02\u0443" +
		"\u0445\x07\x10\x02\x02\u0444\u0443\x03\x02\x02\x02\u0444\u0445\x03\x02" +
		"\x02\x02\u0445\u0446\x03\x02\x02\x02\u0446\u0447\x07\x1B\x02\x02\u0447" +
		"\u0448\x05\x80A\x02\u0448\u0449\x07 \x02\x02\u0449\u044B\x05\x88E\x02" +
		"\u044A\u044C\x05\xB2Z\x02\u044B\u044A\x03\x02\x02\x02\u044B\u044C\x03" +
		"\x02\x02\x02\u044C\xB1\x03\x02\x02\x02\u044D\u0450\x05\xB0Y\x02\u044E" +
		"\u0450\x05\xB4[\x02\u044F\u044D";
	private static readonly _serializedATNSegment2: string =
		"\x03\x02\x02\x02\u044F\u044E\x03\x02\x02\x02\u0450\xB3\x03\x02\x02\x02" +
		"\u0451\u0452\x07\x1E\x02\x02\u0452\u0454\x05\x88E\x02\u0453\u0455\x05" +
		"\xB2Z\x02\u0454\u0453\x03\x02\x02\x02\u0454\u0455\x03\x02\x02\x02\u0455" +
		"\xB5\x03\x02\x02\x02\u0456\u045A\x07,\x02\x02\u0457\u0458\x07\x1C\x02" +
		"\x02\u0458\u045B\x05\x84C\x02\u0459\u045B\x05|?\x02\u045A\u0457\x03\x02" +
		"\x02\x02\u045A\u0459\x03\x02\x02\x02\u045A\u045B\x03\x02\x02\x02\u045B" +
		"\xB7\x03\x02\x02\x02\xA0\xBA\xBC\xC3\xC9\xD0\xD4\xE4\xEB\xF0\xF4\xF7\xFE" +
		"\u0100\u010F\u0115\u0117\u011D\u0126\u012D\u012F\u0138\u013D\u0142\u0149" +
		"\u014D\u0154\u015C\u0165\u016E\u0175\u0181\u0187\u0190\u0194\u01A4\u01AD" +
		"\u01B5\u01B8\u01BB\u01BE\u01C2\u01C7\u01C9\u01D9\u01DD\u01E6\u01E9\u01F1" +
		"\u01F9\u01FD\u0202\u0207\u0214\u0219\u0223\u0227\u022C\u0230\u0235\u023A" +
		"\u0241\u0245\u024A\u024E\u0253\u0259\u025C\u0269\u026F\u0274\u0278\u027C" +
		"\u0282\u028C\u0290\u0295\u029A\u02A1\u02AA\u02AF\u02B2\u02B6\u02BB\u02C4" +
		"\u02C8\u02CA\u02CD\u02D0\u02D5\u02DA\u02DF\u02E6\u02EA\u02F1\u02F9\u02FC" +
		"\u0303\u0307\u030C\u0310\u0314\u031B\u031F\u0323\u0328\u032C\u0330\u0335" +
		"\u033D\u0340\u0344\u034E\u0356\u035C\u0364\u0373\u037C\u0393\u0395\u039B" +
		"\u03A1\u03A6\u03AF\u03B4\u03B9\u03BE\u03C6\u03CC\u03D2\u03D8\u03DC\u03E0" +
		"\u03E2\u03E9\u03ED\u03F0\u03F4\u03F8\u03FA\u03FE\u0406\u040A\u040C\u0414" +
		"\u0418\u041A\u041C\u0424\u0428\u042F\u0433\u043B\u0441\u0444\u044B\u044F" +
		"\u0454\u045A";
	public static readonly _serializedATN: string = Utils.join(
		[
			PythonParser._serializedATNSegment0,
			PythonParser._serializedATNSegment1,
			PythonParser._serializedATNSegment2,
		],
		"",
	);
	public static __ATN: ATN;
	public static get _ATN(): ATN {
		if (!PythonParser.__ATN) {
			PythonParser.__ATN = new ATNDeserializer().deserialize(Utils.toCharArray(PythonParser._serializedATN));
		}

		return PythonParser.__ATN;
	}

}

export class File_inputContext extends ParserRuleContext {
	public EOF(): TerminalNode { return this.getToken(PythonParser.EOF, 0); }
	public NEWLINE(): TerminalNode[];
	public NEWLINE(i: number): TerminalNode;
	public NEWLINE(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.NEWLINE);
		} else {
			return this.getToken(PythonParser.NEWLINE, i);
		}
	}
	public stmt(): StmtContext[];
	public stmt(i: number): StmtContext;
	public stmt(i?: number): StmtContext | StmtContext[] {
		if (i === undefined) {
			return this.getRuleContexts(StmtContext);
		} else {
			return this.getRuleContext(i, StmtContext);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_file_input; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitFile_input) {
			return visitor.visitFile_input(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Fstring_expr_inputContext extends ParserRuleContext {
	public EOF(): TerminalNode { return this.getToken(PythonParser.EOF, 0); }
	public yield_expr(): Yield_exprContext | undefined {
		return this.tryGetRuleContext(0, Yield_exprContext);
	}
	public testlist_star_expr(): Testlist_star_exprContext | undefined {
		return this.tryGetRuleContext(0, Testlist_star_exprContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_fstring_expr_input; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitFstring_expr_input) {
			return visitor.visitFstring_expr_input(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class StmtContext extends ParserRuleContext {
	public simple_stmts(): Simple_stmtsContext | undefined {
		return this.tryGetRuleContext(0, Simple_stmtsContext);
	}
	public compound_stmt(): Compound_stmtContext | undefined {
		return this.tryGetRuleContext(0, Compound_stmtContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitStmt) {
			return visitor.visitStmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Simple_stmtsContext extends ParserRuleContext {
	public simple_stmt(): Simple_stmtContext[];
	public simple_stmt(i: number): Simple_stmtContext;
	public simple_stmt(i?: number): Simple_stmtContext | Simple_stmtContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Simple_stmtContext);
		} else {
			return this.getRuleContext(i, Simple_stmtContext);
		}
	}
	public NEWLINE(): TerminalNode { return this.getToken(PythonParser.NEWLINE, 0); }
	public SEMI(): TerminalNode[];
	public SEMI(i: number): TerminalNode;
	public SEMI(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.SEMI);
		} else {
			return this.getToken(PythonParser.SEMI, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_simple_stmts; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitSimple_stmts) {
			return visitor.visitSimple_stmts(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Simple_stmtContext extends ParserRuleContext {
	public expr_stmt(): Expr_stmtContext | undefined {
		return this.tryGetRuleContext(0, Expr_stmtContext);
	}
	public del_stmt(): Del_stmtContext | undefined {
		return this.tryGetRuleContext(0, Del_stmtContext);
	}
	public pass_stmt(): Pass_stmtContext | undefined {
		return this.tryGetRuleContext(0, Pass_stmtContext);
	}
	public break_stmt(): Break_stmtContext | undefined {
		return this.tryGetRuleContext(0, Break_stmtContext);
	}
	public continue_stmt(): Continue_stmtContext | undefined {
		return this.tryGetRuleContext(0, Continue_stmtContext);
	}
	public return_stmt(): Return_stmtContext | undefined {
		return this.tryGetRuleContext(0, Return_stmtContext);
	}
	public raise_stmt(): Raise_stmtContext | undefined {
		return this.tryGetRuleContext(0, Raise_stmtContext);
	}
	public yield_stmt(): Yield_stmtContext | undefined {
		return this.tryGetRuleContext(0, Yield_stmtContext);
	}
	public import_stmt(): Import_stmtContext | undefined {
		return this.tryGetRuleContext(0, Import_stmtContext);
	}
	public global_stmt(): Global_stmtContext | undefined {
		return this.tryGetRuleContext(0, Global_stmtContext);
	}
	public nonlocal_stmt(): Nonlocal_stmtContext | undefined {
		return this.tryGetRuleContext(0, Nonlocal_stmtContext);
	}
	public assert_stmt(): Assert_stmtContext | undefined {
		return this.tryGetRuleContext(0, Assert_stmtContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_simple_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitSimple_stmt) {
			return visitor.visitSimple_stmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Expr_stmtContext extends ParserRuleContext {
	public testlist_star_expr(): Testlist_star_exprContext[];
	public testlist_star_expr(i: number): Testlist_star_exprContext;
	public testlist_star_expr(i?: number): Testlist_star_exprContext | Testlist_star_exprContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Testlist_star_exprContext);
		} else {
			return this.getRuleContext(i, Testlist_star_exprContext);
		}
	}
	public annassign(): AnnassignContext | undefined {
		return this.tryGetRuleContext(0, AnnassignContext);
	}
	public augassign(): AugassignContext | undefined {
		return this.tryGetRuleContext(0, AugassignContext);
	}
	public yield_expr(): Yield_exprContext[];
	public yield_expr(i: number): Yield_exprContext;
	public yield_expr(i?: number): Yield_exprContext | Yield_exprContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Yield_exprContext);
		} else {
			return this.getRuleContext(i, Yield_exprContext);
		}
	}
	public ASSIGN(): TerminalNode[];
	public ASSIGN(i: number): TerminalNode;
	public ASSIGN(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.ASSIGN);
		} else {
			return this.getToken(PythonParser.ASSIGN, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_expr_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitExpr_stmt) {
			return visitor.visitExpr_stmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class AnnassignContext extends ParserRuleContext {
	public COLON(): TerminalNode { return this.getToken(PythonParser.COLON, 0); }
	public test(): TestContext {
		return this.getRuleContext(0, TestContext);
	}
	public ASSIGN(): TerminalNode | undefined { return this.tryGetToken(PythonParser.ASSIGN, 0); }
	public yield_expr(): Yield_exprContext | undefined {
		return this.tryGetRuleContext(0, Yield_exprContext);
	}
	public testlist_star_expr(): Testlist_star_exprContext | undefined {
		return this.tryGetRuleContext(0, Testlist_star_exprContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_annassign; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitAnnassign) {
			return visitor.visitAnnassign(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class AugassignContext extends ParserRuleContext {
	public ADD_ASSIGN(): TerminalNode | undefined { return this.tryGetToken(PythonParser.ADD_ASSIGN, 0); }
	public SUB_ASSIGN(): TerminalNode | undefined { return this.tryGetToken(PythonParser.SUB_ASSIGN, 0); }
	public MULT_ASSIGN(): TerminalNode | undefined { return this.tryGetToken(PythonParser.MULT_ASSIGN, 0); }
	public AT_ASSIGN(): TerminalNode | undefined { return this.tryGetToken(PythonParser.AT_ASSIGN, 0); }
	public DIV_ASSIGN(): TerminalNode | undefined { return this.tryGetToken(PythonParser.DIV_ASSIGN, 0); }
	public MOD_ASSIGN(): TerminalNode | undefined { return this.tryGetToken(PythonParser.MOD_ASSIGN, 0); }
	public AND_ASSIGN(): TerminalNode | undefined { return this.tryGetToken(PythonParser.AND_ASSIGN, 0); }
	public OR_ASSIGN(): TerminalNode | undefined { return this.tryGetToken(PythonParser.OR_ASSIGN, 0); }
	public XOR_ASSIGN(): TerminalNode | undefined { return this.tryGetToken(PythonParser.XOR_ASSIGN, 0); }
	public LEFT_SHIFT_ASSIGN(): TerminalNode | undefined { return this.tryGetToken(PythonParser.LEFT_SHIFT_ASSIGN, 0); }
	public RIGHT_SHIFT_ASSIGN(): TerminalNode | undefined { return this.tryGetToken(PythonParser.RIGHT_SHIFT_ASSIGN, 0); }
	public POWER_ASSIGN(): TerminalNode | undefined { return this.tryGetToken(PythonParser.POWER_ASSIGN, 0); }
	public IDIV_ASSIGN(): TerminalNode | undefined { return this.tryGetToken(PythonParser.IDIV_ASSIGN, 0); }
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_augassign; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitAugassign) {
			return visitor.visitAugassign(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Del_stmtContext extends ParserRuleContext {
	public DEL(): TerminalNode { return this.getToken(PythonParser.DEL, 0); }
	public exprlist(): ExprlistContext {
		return this.getRuleContext(0, ExprlistContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_del_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitDel_stmt) {
			return visitor.visitDel_stmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Pass_stmtContext extends ParserRuleContext {
	public PASS(): TerminalNode { return this.getToken(PythonParser.PASS, 0); }
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_pass_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitPass_stmt) {
			return visitor.visitPass_stmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Break_stmtContext extends ParserRuleContext {
	public BREAK(): TerminalNode { return this.getToken(PythonParser.BREAK, 0); }
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_break_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitBreak_stmt) {
			return visitor.visitBreak_stmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Continue_stmtContext extends ParserRuleContext {
	public CONTINUE(): TerminalNode { return this.getToken(PythonParser.CONTINUE, 0); }
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_continue_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitContinue_stmt) {
			return visitor.visitContinue_stmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Return_stmtContext extends ParserRuleContext {
	public RETURN(): TerminalNode { return this.getToken(PythonParser.RETURN, 0); }
	public testlist_star_expr(): Testlist_star_exprContext | undefined {
		return this.tryGetRuleContext(0, Testlist_star_exprContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_return_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitReturn_stmt) {
			return visitor.visitReturn_stmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Raise_stmtContext extends ParserRuleContext {
	public RAISE(): TerminalNode { return this.getToken(PythonParser.RAISE, 0); }
	public test(): TestContext[];
	public test(i: number): TestContext;
	public test(i?: number): TestContext | TestContext[] {
		if (i === undefined) {
			return this.getRuleContexts(TestContext);
		} else {
			return this.getRuleContext(i, TestContext);
		}
	}
	public FROM(): TerminalNode | undefined { return this.tryGetToken(PythonParser.FROM, 0); }
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_raise_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitRaise_stmt) {
			return visitor.visitRaise_stmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Yield_stmtContext extends ParserRuleContext {
	public yield_expr(): Yield_exprContext {
		return this.getRuleContext(0, Yield_exprContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_yield_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitYield_stmt) {
			return visitor.visitYield_stmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Import_stmtContext extends ParserRuleContext {
	public import_name(): Import_nameContext | undefined {
		return this.tryGetRuleContext(0, Import_nameContext);
	}
	public import_from(): Import_fromContext | undefined {
		return this.tryGetRuleContext(0, Import_fromContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_import_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitImport_stmt) {
			return visitor.visitImport_stmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Import_nameContext extends ParserRuleContext {
	public IMPORT(): TerminalNode { return this.getToken(PythonParser.IMPORT, 0); }
	public dotted_as_names(): Dotted_as_namesContext {
		return this.getRuleContext(0, Dotted_as_namesContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_import_name; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitImport_name) {
			return visitor.visitImport_name(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Import_fromContext extends ParserRuleContext {
	public FROM(): TerminalNode { return this.getToken(PythonParser.FROM, 0); }
	public IMPORT(): TerminalNode { return this.getToken(PythonParser.IMPORT, 0); }
	public dotted_name(): Dotted_nameContext | undefined {
		return this.tryGetRuleContext(0, Dotted_nameContext);
	}
	public STAR(): TerminalNode | undefined { return this.tryGetToken(PythonParser.STAR, 0); }
	public LPAR(): TerminalNode | undefined { return this.tryGetToken(PythonParser.LPAR, 0); }
	public import_as_names(): Import_as_namesContext | undefined {
		return this.tryGetRuleContext(0, Import_as_namesContext);
	}
	public RPAR(): TerminalNode | undefined { return this.tryGetToken(PythonParser.RPAR, 0); }
	public DOT(): TerminalNode[];
	public DOT(i: number): TerminalNode;
	public DOT(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.DOT);
		} else {
			return this.getToken(PythonParser.DOT, i);
		}
	}
	public ELLIPSIS(): TerminalNode[];
	public ELLIPSIS(i: number): TerminalNode;
	public ELLIPSIS(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.ELLIPSIS);
		} else {
			return this.getToken(PythonParser.ELLIPSIS, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_import_from; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitImport_from) {
			return visitor.visitImport_from(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Import_as_nameContext extends ParserRuleContext {
	public name(): NameContext[];
	public name(i: number): NameContext;
	public name(i?: number): NameContext | NameContext[] {
		if (i === undefined) {
			return this.getRuleContexts(NameContext);
		} else {
			return this.getRuleContext(i, NameContext);
		}
	}
	public AS(): TerminalNode | undefined { return this.tryGetToken(PythonParser.AS, 0); }
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_import_as_name; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitImport_as_name) {
			return visitor.visitImport_as_name(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Dotted_as_nameContext extends ParserRuleContext {
	public dotted_name(): Dotted_nameContext {
		return this.getRuleContext(0, Dotted_nameContext);
	}
	public AS(): TerminalNode | undefined { return this.tryGetToken(PythonParser.AS, 0); }
	public name(): NameContext | undefined {
		return this.tryGetRuleContext(0, NameContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_dotted_as_name; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitDotted_as_name) {
			return visitor.visitDotted_as_name(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Import_as_namesContext extends ParserRuleContext {
	public import_as_name(): Import_as_nameContext[];
	public import_as_name(i: number): Import_as_nameContext;
	public import_as_name(i?: number): Import_as_nameContext | Import_as_nameContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Import_as_nameContext);
		} else {
			return this.getRuleContext(i, Import_as_nameContext);
		}
	}
	public COMMA(): TerminalNode[];
	public COMMA(i: number): TerminalNode;
	public COMMA(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.COMMA);
		} else {
			return this.getToken(PythonParser.COMMA, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_import_as_names; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitImport_as_names) {
			return visitor.visitImport_as_names(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Dotted_as_namesContext extends ParserRuleContext {
	public dotted_as_name(): Dotted_as_nameContext[];
	public dotted_as_name(i: number): Dotted_as_nameContext;
	public dotted_as_name(i?: number): Dotted_as_nameContext | Dotted_as_nameContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Dotted_as_nameContext);
		} else {
			return this.getRuleContext(i, Dotted_as_nameContext);
		}
	}
	public COMMA(): TerminalNode[];
	public COMMA(i: number): TerminalNode;
	public COMMA(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.COMMA);
		} else {
			return this.getToken(PythonParser.COMMA, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_dotted_as_names; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitDotted_as_names) {
			return visitor.visitDotted_as_names(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Dotted_nameContext extends ParserRuleContext {
	public name(): NameContext[];
	public name(i: number): NameContext;
	public name(i?: number): NameContext | NameContext[] {
		if (i === undefined) {
			return this.getRuleContexts(NameContext);
		} else {
			return this.getRuleContext(i, NameContext);
		}
	}
	public DOT(): TerminalNode[];
	public DOT(i: number): TerminalNode;
	public DOT(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.DOT);
		} else {
			return this.getToken(PythonParser.DOT, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_dotted_name; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitDotted_name) {
			return visitor.visitDotted_name(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Global_stmtContext extends ParserRuleContext {
	public GLOBAL(): TerminalNode { return this.getToken(PythonParser.GLOBAL, 0); }
	public name(): NameContext[];
	public name(i: number): NameContext;
	public name(i?: number): NameContext | NameContext[] {
		if (i === undefined) {
			return this.getRuleContexts(NameContext);
		} else {
			return this.getRuleContext(i, NameContext);
		}
	}
	public COMMA(): TerminalNode[];
	public COMMA(i: number): TerminalNode;
	public COMMA(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.COMMA);
		} else {
			return this.getToken(PythonParser.COMMA, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_global_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitGlobal_stmt) {
			return visitor.visitGlobal_stmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Nonlocal_stmtContext extends ParserRuleContext {
	public NONLOCAL(): TerminalNode { return this.getToken(PythonParser.NONLOCAL, 0); }
	public name(): NameContext[];
	public name(i: number): NameContext;
	public name(i?: number): NameContext | NameContext[] {
		if (i === undefined) {
			return this.getRuleContexts(NameContext);
		} else {
			return this.getRuleContext(i, NameContext);
		}
	}
	public COMMA(): TerminalNode[];
	public COMMA(i: number): TerminalNode;
	public COMMA(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.COMMA);
		} else {
			return this.getToken(PythonParser.COMMA, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_nonlocal_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitNonlocal_stmt) {
			return visitor.visitNonlocal_stmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Assert_stmtContext extends ParserRuleContext {
	public ASSERT(): TerminalNode { return this.getToken(PythonParser.ASSERT, 0); }
	public test(): TestContext[];
	public test(i: number): TestContext;
	public test(i?: number): TestContext | TestContext[] {
		if (i === undefined) {
			return this.getRuleContexts(TestContext);
		} else {
			return this.getRuleContext(i, TestContext);
		}
	}
	public COMMA(): TerminalNode | undefined { return this.tryGetToken(PythonParser.COMMA, 0); }
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_assert_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitAssert_stmt) {
			return visitor.visitAssert_stmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Compound_stmtContext extends ParserRuleContext {
	public if_stmt(): If_stmtContext | undefined {
		return this.tryGetRuleContext(0, If_stmtContext);
	}
	public while_stmt(): While_stmtContext | undefined {
		return this.tryGetRuleContext(0, While_stmtContext);
	}
	public for_stmt(): For_stmtContext | undefined {
		return this.tryGetRuleContext(0, For_stmtContext);
	}
	public try_stmt(): Try_stmtContext | undefined {
		return this.tryGetRuleContext(0, Try_stmtContext);
	}
	public with_stmt(): With_stmtContext | undefined {
		return this.tryGetRuleContext(0, With_stmtContext);
	}
	public funcdef(): FuncdefContext | undefined {
		return this.tryGetRuleContext(0, FuncdefContext);
	}
	public classdef(): ClassdefContext | undefined {
		return this.tryGetRuleContext(0, ClassdefContext);
	}
	public decorated(): DecoratedContext | undefined {
		return this.tryGetRuleContext(0, DecoratedContext);
	}
	public async_stmt(): Async_stmtContext | undefined {
		return this.tryGetRuleContext(0, Async_stmtContext);
	}
	public match_stmt(): Match_stmtContext | undefined {
		return this.tryGetRuleContext(0, Match_stmtContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_compound_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitCompound_stmt) {
			return visitor.visitCompound_stmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Async_stmtContext extends ParserRuleContext {
	public ASYNC(): TerminalNode { return this.getToken(PythonParser.ASYNC, 0); }
	public funcdef(): FuncdefContext | undefined {
		return this.tryGetRuleContext(0, FuncdefContext);
	}
	public with_stmt(): With_stmtContext | undefined {
		return this.tryGetRuleContext(0, With_stmtContext);
	}
	public for_stmt(): For_stmtContext | undefined {
		return this.tryGetRuleContext(0, For_stmtContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_async_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitAsync_stmt) {
			return visitor.visitAsync_stmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class If_stmtContext extends ParserRuleContext {
	public IF(): TerminalNode { return this.getToken(PythonParser.IF, 0); }
	public namedexpr_test(): Namedexpr_testContext {
		return this.getRuleContext(0, Namedexpr_testContext);
	}
	public COLON(): TerminalNode { return this.getToken(PythonParser.COLON, 0); }
	public block(): BlockContext {
		return this.getRuleContext(0, BlockContext);
	}
	public elif_clause(): Elif_clauseContext[];
	public elif_clause(i: number): Elif_clauseContext;
	public elif_clause(i?: number): Elif_clauseContext | Elif_clauseContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Elif_clauseContext);
		} else {
			return this.getRuleContext(i, Elif_clauseContext);
		}
	}
	public else_clause(): Else_clauseContext | undefined {
		return this.tryGetRuleContext(0, Else_clauseContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_if_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitIf_stmt) {
			return visitor.visitIf_stmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Elif_clauseContext extends ParserRuleContext {
	public ELIF(): TerminalNode { return this.getToken(PythonParser.ELIF, 0); }
	public namedexpr_test(): Namedexpr_testContext {
		return this.getRuleContext(0, Namedexpr_testContext);
	}
	public COLON(): TerminalNode { return this.getToken(PythonParser.COLON, 0); }
	public block(): BlockContext {
		return this.getRuleContext(0, BlockContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_elif_clause; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitElif_clause) {
			return visitor.visitElif_clause(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Else_clauseContext extends ParserRuleContext {
	public ELSE(): TerminalNode { return this.getToken(PythonParser.ELSE, 0); }
	public COLON(): TerminalNode { return this.getToken(PythonParser.COLON, 0); }
	public block(): BlockContext {
		return this.getRuleContext(0, BlockContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_else_clause; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitElse_clause) {
			return visitor.visitElse_clause(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class While_stmtContext extends ParserRuleContext {
	public WHILE(): TerminalNode { return this.getToken(PythonParser.WHILE, 0); }
	public namedexpr_test(): Namedexpr_testContext {
		return this.getRuleContext(0, Namedexpr_testContext);
	}
	public COLON(): TerminalNode { return this.getToken(PythonParser.COLON, 0); }
	public block(): BlockContext {
		return this.getRuleContext(0, BlockContext);
	}
	public else_clause(): Else_clauseContext | undefined {
		return this.tryGetRuleContext(0, Else_clauseContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_while_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitWhile_stmt) {
			return visitor.visitWhile_stmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class For_stmtContext extends ParserRuleContext {
	public FOR(): TerminalNode { return this.getToken(PythonParser.FOR, 0); }
	public exprlist(): ExprlistContext {
		return this.getRuleContext(0, ExprlistContext);
	}
	public IN(): TerminalNode { return this.getToken(PythonParser.IN, 0); }
	public testlist_star_expr(): Testlist_star_exprContext {
		return this.getRuleContext(0, Testlist_star_exprContext);
	}
	public COLON(): TerminalNode { return this.getToken(PythonParser.COLON, 0); }
	public block(): BlockContext {
		return this.getRuleContext(0, BlockContext);
	}
	public else_clause(): Else_clauseContext | undefined {
		return this.tryGetRuleContext(0, Else_clauseContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_for_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitFor_stmt) {
			return visitor.visitFor_stmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Try_stmtContext extends ParserRuleContext {
	public TRY(): TerminalNode { return this.getToken(PythonParser.TRY, 0); }
	public COLON(): TerminalNode { return this.getToken(PythonParser.COLON, 0); }
	public block(): BlockContext {
		return this.getRuleContext(0, BlockContext);
	}
	public finally_clause(): Finally_clauseContext | undefined {
		return this.tryGetRuleContext(0, Finally_clauseContext);
	}
	public except_clause(): Except_clauseContext[];
	public except_clause(i: number): Except_clauseContext;
	public except_clause(i?: number): Except_clauseContext | Except_clauseContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Except_clauseContext);
		} else {
			return this.getRuleContext(i, Except_clauseContext);
		}
	}
	public else_clause(): Else_clauseContext | undefined {
		return this.tryGetRuleContext(0, Else_clauseContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_try_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitTry_stmt) {
			return visitor.visitTry_stmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Except_clauseContext extends ParserRuleContext {
	public EXCEPT(): TerminalNode { return this.getToken(PythonParser.EXCEPT, 0); }
	public COLON(): TerminalNode { return this.getToken(PythonParser.COLON, 0); }
	public block(): BlockContext {
		return this.getRuleContext(0, BlockContext);
	}
	public STAR(): TerminalNode | undefined { return this.tryGetToken(PythonParser.STAR, 0); }
	public test(): TestContext | undefined {
		return this.tryGetRuleContext(0, TestContext);
	}
	public AS(): TerminalNode | undefined { return this.tryGetToken(PythonParser.AS, 0); }
	public name(): NameContext | undefined {
		return this.tryGetRuleContext(0, NameContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_except_clause; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitExcept_clause) {
			return visitor.visitExcept_clause(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Finally_clauseContext extends ParserRuleContext {
	public FINALLY(): TerminalNode { return this.getToken(PythonParser.FINALLY, 0); }
	public COLON(): TerminalNode { return this.getToken(PythonParser.COLON, 0); }
	public block(): BlockContext {
		return this.getRuleContext(0, BlockContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_finally_clause; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitFinally_clause) {
			return visitor.visitFinally_clause(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class With_stmtContext extends ParserRuleContext {
	public WITH(): TerminalNode { return this.getToken(PythonParser.WITH, 0); }
	public COLON(): TerminalNode { return this.getToken(PythonParser.COLON, 0); }
	public block(): BlockContext {
		return this.getRuleContext(0, BlockContext);
	}
	public LPAR(): TerminalNode | undefined { return this.tryGetToken(PythonParser.LPAR, 0); }
	public with_item(): With_itemContext[];
	public with_item(i: number): With_itemContext;
	public with_item(i?: number): With_itemContext | With_itemContext[] {
		if (i === undefined) {
			return this.getRuleContexts(With_itemContext);
		} else {
			return this.getRuleContext(i, With_itemContext);
		}
	}
	public RPAR(): TerminalNode | undefined { return this.tryGetToken(PythonParser.RPAR, 0); }
	public COMMA(): TerminalNode[];
	public COMMA(i: number): TerminalNode;
	public COMMA(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.COMMA);
		} else {
			return this.getToken(PythonParser.COMMA, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_with_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitWith_stmt) {
			return visitor.visitWith_stmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class With_itemContext extends ParserRuleContext {
	public test(): TestContext {
		return this.getRuleContext(0, TestContext);
	}
	public AS(): TerminalNode | undefined { return this.tryGetToken(PythonParser.AS, 0); }
	public expr(): ExprContext | undefined {
		return this.tryGetRuleContext(0, ExprContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_with_item; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitWith_item) {
			return visitor.visitWith_item(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class BlockContext extends ParserRuleContext {
	public simple_stmts(): Simple_stmtsContext | undefined {
		return this.tryGetRuleContext(0, Simple_stmtsContext);
	}
	public NEWLINE(): TerminalNode | undefined { return this.tryGetToken(PythonParser.NEWLINE, 0); }
	public INDENT(): TerminalNode | undefined { return this.tryGetToken(PythonParser.INDENT, 0); }
	public DEDENT(): TerminalNode | undefined { return this.tryGetToken(PythonParser.DEDENT, 0); }
	public stmt(): StmtContext[];
	public stmt(i: number): StmtContext;
	public stmt(i?: number): StmtContext | StmtContext[] {
		if (i === undefined) {
			return this.getRuleContexts(StmtContext);
		} else {
			return this.getRuleContext(i, StmtContext);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_block; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitBlock) {
			return visitor.visitBlock(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class DecoratedContext extends ParserRuleContext {
	public classdef(): ClassdefContext | undefined {
		return this.tryGetRuleContext(0, ClassdefContext);
	}
	public funcdef(): FuncdefContext | undefined {
		return this.tryGetRuleContext(0, FuncdefContext);
	}
	public async_funcdef(): Async_funcdefContext | undefined {
		return this.tryGetRuleContext(0, Async_funcdefContext);
	}
	public decorator(): DecoratorContext[];
	public decorator(i: number): DecoratorContext;
	public decorator(i?: number): DecoratorContext | DecoratorContext[] {
		if (i === undefined) {
			return this.getRuleContexts(DecoratorContext);
		} else {
			return this.getRuleContext(i, DecoratorContext);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_decorated; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitDecorated) {
			return visitor.visitDecorated(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class DecoratorContext extends ParserRuleContext {
	public AT(): TerminalNode { return this.getToken(PythonParser.AT, 0); }
	public namedexpr_test(): Namedexpr_testContext {
		return this.getRuleContext(0, Namedexpr_testContext);
	}
	public NEWLINE(): TerminalNode { return this.getToken(PythonParser.NEWLINE, 0); }
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_decorator; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitDecorator) {
			return visitor.visitDecorator(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Async_funcdefContext extends ParserRuleContext {
	public ASYNC(): TerminalNode { return this.getToken(PythonParser.ASYNC, 0); }
	public funcdef(): FuncdefContext {
		return this.getRuleContext(0, FuncdefContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_async_funcdef; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitAsync_funcdef) {
			return visitor.visitAsync_funcdef(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class FuncdefContext extends ParserRuleContext {
	public DEF(): TerminalNode { return this.getToken(PythonParser.DEF, 0); }
	public name(): NameContext {
		return this.getRuleContext(0, NameContext);
	}
	public LPAR(): TerminalNode { return this.getToken(PythonParser.LPAR, 0); }
	public RPAR(): TerminalNode { return this.getToken(PythonParser.RPAR, 0); }
	public COLON(): TerminalNode { return this.getToken(PythonParser.COLON, 0); }
	public block(): BlockContext {
		return this.getRuleContext(0, BlockContext);
	}
	public typedargslist(): TypedargslistContext | undefined {
		return this.tryGetRuleContext(0, TypedargslistContext);
	}
	public ARROW(): TerminalNode | undefined { return this.tryGetToken(PythonParser.ARROW, 0); }
	public test(): TestContext | undefined {
		return this.tryGetRuleContext(0, TestContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_funcdef; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitFuncdef) {
			return visitor.visitFuncdef(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class TypedargslistContext extends ParserRuleContext {
	public tparam(): TparamContext[];
	public tparam(i: number): TparamContext;
	public tparam(i?: number): TparamContext | TparamContext[] {
		if (i === undefined) {
			return this.getRuleContexts(TparamContext);
		} else {
			return this.getRuleContext(i, TparamContext);
		}
	}
	public COMMA(): TerminalNode[];
	public COMMA(i: number): TerminalNode;
	public COMMA(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.COMMA);
		} else {
			return this.getToken(PythonParser.COMMA, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_typedargslist; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitTypedargslist) {
			return visitor.visitTypedargslist(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class TparamContext extends ParserRuleContext {
	public tfpdef(): TfpdefContext | undefined {
		return this.tryGetRuleContext(0, TfpdefContext);
	}
	public ASSIGN(): TerminalNode | undefined { return this.tryGetToken(PythonParser.ASSIGN, 0); }
	public test(): TestContext | undefined {
		return this.tryGetRuleContext(0, TestContext);
	}
	public STAR(): TerminalNode | undefined { return this.tryGetToken(PythonParser.STAR, 0); }
	public POWER(): TerminalNode | undefined { return this.tryGetToken(PythonParser.POWER, 0); }
	public DIV(): TerminalNode | undefined { return this.tryGetToken(PythonParser.DIV, 0); }
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_tparam; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitTparam) {
			return visitor.visitTparam(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class TfpdefContext extends ParserRuleContext {
	public name(): NameContext {
		return this.getRuleContext(0, NameContext);
	}
	public COLON(): TerminalNode | undefined { return this.tryGetToken(PythonParser.COLON, 0); }
	public test(): TestContext | undefined {
		return this.tryGetRuleContext(0, TestContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_tfpdef; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitTfpdef) {
			return visitor.visitTfpdef(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class VarargslistContext extends ParserRuleContext {
	public vparam(): VparamContext[];
	public vparam(i: number): VparamContext;
	public vparam(i?: number): VparamContext | VparamContext[] {
		if (i === undefined) {
			return this.getRuleContexts(VparamContext);
		} else {
			return this.getRuleContext(i, VparamContext);
		}
	}
	public COMMA(): TerminalNode[];
	public COMMA(i: number): TerminalNode;
	public COMMA(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.COMMA);
		} else {
			return this.getToken(PythonParser.COMMA, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_varargslist; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitVarargslist) {
			return visitor.visitVarargslist(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class VparamContext extends ParserRuleContext {
	public name(): NameContext | undefined {
		return this.tryGetRuleContext(0, NameContext);
	}
	public ASSIGN(): TerminalNode | undefined { return this.tryGetToken(PythonParser.ASSIGN, 0); }
	public test(): TestContext | undefined {
		return this.tryGetRuleContext(0, TestContext);
	}
	public STAR(): TerminalNode | undefined { return this.tryGetToken(PythonParser.STAR, 0); }
	public POWER(): TerminalNode | undefined { return this.tryGetToken(PythonParser.POWER, 0); }
	public DIV(): TerminalNode | undefined { return this.tryGetToken(PythonParser.DIV, 0); }
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_vparam; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitVparam) {
			return visitor.visitVparam(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class ClassdefContext extends ParserRuleContext {
	public CLASS(): TerminalNode { return this.getToken(PythonParser.CLASS, 0); }
	public name(): NameContext {
		return this.getRuleContext(0, NameContext);
	}
	public COLON(): TerminalNode { return this.getToken(PythonParser.COLON, 0); }
	public block(): BlockContext {
		return this.getRuleContext(0, BlockContext);
	}
	public LPAR(): TerminalNode | undefined { return this.tryGetToken(PythonParser.LPAR, 0); }
	public RPAR(): TerminalNode | undefined { return this.tryGetToken(PythonParser.RPAR, 0); }
	public arglist(): ArglistContext | undefined {
		return this.tryGetRuleContext(0, ArglistContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_classdef; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitClassdef) {
			return visitor.visitClassdef(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Match_stmtContext extends ParserRuleContext {
	public MATCH(): TerminalNode { return this.getToken(PythonParser.MATCH, 0); }
	public subject_expr(): Subject_exprContext {
		return this.getRuleContext(0, Subject_exprContext);
	}
	public COLON(): TerminalNode { return this.getToken(PythonParser.COLON, 0); }
	public NEWLINE(): TerminalNode { return this.getToken(PythonParser.NEWLINE, 0); }
	public INDENT(): TerminalNode { return this.getToken(PythonParser.INDENT, 0); }
	public DEDENT(): TerminalNode { return this.getToken(PythonParser.DEDENT, 0); }
	public case_block(): Case_blockContext[];
	public case_block(i: number): Case_blockContext;
	public case_block(i?: number): Case_blockContext | Case_blockContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Case_blockContext);
		} else {
			return this.getRuleContext(i, Case_blockContext);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_match_stmt; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitMatch_stmt) {
			return visitor.visitMatch_stmt(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Subject_exprContext extends ParserRuleContext {
	public namedexpr_test(): Namedexpr_testContext[];
	public namedexpr_test(i: number): Namedexpr_testContext;
	public namedexpr_test(i?: number): Namedexpr_testContext | Namedexpr_testContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Namedexpr_testContext);
		} else {
			return this.getRuleContext(i, Namedexpr_testContext);
		}
	}
	public star_expr(): Star_exprContext[];
	public star_expr(i: number): Star_exprContext;
	public star_expr(i?: number): Star_exprContext | Star_exprContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Star_exprContext);
		} else {
			return this.getRuleContext(i, Star_exprContext);
		}
	}
	public COMMA(): TerminalNode[];
	public COMMA(i: number): TerminalNode;
	public COMMA(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.COMMA);
		} else {
			return this.getToken(PythonParser.COMMA, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_subject_expr; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitSubject_expr) {
			return visitor.visitSubject_expr(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Case_blockContext extends ParserRuleContext {
	public CASE(): TerminalNode { return this.getToken(PythonParser.CASE, 0); }
	public pattern_items(): Pattern_itemsContext {
		return this.getRuleContext(0, Pattern_itemsContext);
	}
	public COLON(): TerminalNode { return this.getToken(PythonParser.COLON, 0); }
	public block(): BlockContext {
		return this.getRuleContext(0, BlockContext);
	}
	public IF(): TerminalNode | undefined { return this.tryGetToken(PythonParser.IF, 0); }
	public namedexpr_test(): Namedexpr_testContext | undefined {
		return this.tryGetRuleContext(0, Namedexpr_testContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_case_block; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitCase_block) {
			return visitor.visitCase_block(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Pattern_itemsContext extends ParserRuleContext {
	public pattern_item(): Pattern_itemContext[];
	public pattern_item(i: number): Pattern_itemContext;
	public pattern_item(i?: number): Pattern_itemContext | Pattern_itemContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Pattern_itemContext);
		} else {
			return this.getRuleContext(i, Pattern_itemContext);
		}
	}
	public COMMA(): TerminalNode[];
	public COMMA(i: number): TerminalNode;
	public COMMA(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.COMMA);
		} else {
			return this.getToken(PythonParser.COMMA, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_pattern_items; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitPattern_items) {
			return visitor.visitPattern_items(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Pattern_itemContext extends ParserRuleContext {
	public STAR(): TerminalNode | undefined { return this.tryGetToken(PythonParser.STAR, 0); }
	public name(): NameContext | undefined {
		return this.tryGetRuleContext(0, NameContext);
	}
	public pattern(): PatternContext | undefined {
		return this.tryGetRuleContext(0, PatternContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_pattern_item; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitPattern_item) {
			return visitor.visitPattern_item(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class PatternContext extends ParserRuleContext {
	public or_pattern(): Or_patternContext {
		return this.getRuleContext(0, Or_patternContext);
	}
	public AS(): TerminalNode | undefined { return this.tryGetToken(PythonParser.AS, 0); }
	public name(): NameContext | undefined {
		return this.tryGetRuleContext(0, NameContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_pattern; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitPattern) {
			return visitor.visitPattern(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Or_patternContext extends ParserRuleContext {
	public closed_pattern(): Closed_patternContext[];
	public closed_pattern(i: number): Closed_patternContext;
	public closed_pattern(i?: number): Closed_patternContext | Closed_patternContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Closed_patternContext);
		} else {
			return this.getRuleContext(i, Closed_patternContext);
		}
	}
	public OR_OP(): TerminalNode[];
	public OR_OP(i: number): TerminalNode;
	public OR_OP(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.OR_OP);
		} else {
			return this.getToken(PythonParser.OR_OP, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_or_pattern; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitOr_pattern) {
			return visitor.visitOr_pattern(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Closed_patternContext extends ParserRuleContext {
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_closed_pattern; }
	public copyFrom(ctx: Closed_patternContext): void {
		super.copyFrom(ctx);
	}
}
export class LiteralPatternContext extends Closed_patternContext {
	public literal_pattern(): Literal_patternContext {
		return this.getRuleContext(0, Literal_patternContext);
	}
	constructor(ctx: Closed_patternContext) {
		super(ctx.parent, ctx.invokingState);
		this.copyFrom(ctx);
	}
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitLiteralPattern) {
			return visitor.visitLiteralPattern(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}
export class NameOrClassPatternContext extends Closed_patternContext {
	public name(): NameContext[];
	public name(i: number): NameContext;
	public name(i?: number): NameContext | NameContext[] {
		if (i === undefined) {
			return this.getRuleContexts(NameContext);
		} else {
			return this.getRuleContext(i, NameContext);
		}
	}
	public DOT(): TerminalNode[];
	public DOT(i: number): TerminalNode;
	public DOT(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.DOT);
		} else {
			return this.getToken(PythonParser.DOT, i);
		}
	}
	public LPAR(): TerminalNode | undefined { return this.tryGetToken(PythonParser.LPAR, 0); }
	public RPAR(): TerminalNode | undefined { return this.tryGetToken(PythonParser.RPAR, 0); }
	public pattern_args(): Pattern_argsContext | undefined {
		return this.tryGetRuleContext(0, Pattern_argsContext);
	}
	constructor(ctx: Closed_patternContext) {
		super(ctx.parent, ctx.invokingState);
		this.copyFrom(ctx);
	}
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitNameOrClassPattern) {
			return visitor.visitNameOrClassPattern(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}
export class GroupOrTuplePatternContext extends Closed_patternContext {
	public LPAR(): TerminalNode { return this.getToken(PythonParser.LPAR, 0); }
	public RPAR(): TerminalNode { return this.getToken(PythonParser.RPAR, 0); }
	public pattern_items(): Pattern_itemsContext | undefined {
		return this.tryGetRuleContext(0, Pattern_itemsContext);
	}
	constructor(ctx: Closed_patternContext) {
		super(ctx.parent, ctx.invokingState);
		this.copyFrom(ctx);
	}
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitGroupOrTuplePattern) {
			return visitor.visitGroupOrTuplePattern(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}
export class ListPatternContext extends Closed_patternContext {
	public LSQB(): TerminalNode { return this.getToken(PythonParser.LSQB, 0); }
	public RSQB(): TerminalNode { return this.getToken(PythonParser.RSQB, 0); }
	public pattern_items(): Pattern_itemsContext | undefined {
		return this.tryGetRuleContext(0, Pattern_itemsContext);
	}
	constructor(ctx: Closed_patternContext) {
		super(ctx.parent, ctx.invokingState);
		this.copyFrom(ctx);
	}
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitListPattern) {
			return visitor.visitListPattern(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}
export class MappingPatternContext extends Closed_patternContext {
	public LBRACE(): TerminalNode { return this.getToken(PythonParser.LBRACE, 0); }
	public RBRACE(): TerminalNode { return this.getToken(PythonParser.RBRACE, 0); }
	public mapping_item(): Mapping_itemContext[];
	public mapping_item(i: number): Mapping_itemContext;
	public mapping_item(i?: number): Mapping_itemContext | Mapping_itemContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Mapping_itemContext);
		} else {
			return this.getRuleContext(i, Mapping_itemContext);
		}
	}
	public COMMA(): TerminalNode[];
	public COMMA(i: number): TerminalNode;
	public COMMA(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.COMMA);
		} else {
			return this.getToken(PythonParser.COMMA, i);
		}
	}
	constructor(ctx: Closed_patternContext) {
		super(ctx.parent, ctx.invokingState);
		this.copyFrom(ctx);
	}
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitMappingPattern) {
			return visitor.visitMappingPattern(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Literal_patternContext extends ParserRuleContext {
	public NUMBER(): TerminalNode[];
	public NUMBER(i: number): TerminalNode;
	public NUMBER(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.NUMBER);
		} else {
			return this.getToken(PythonParser.NUMBER, i);
		}
	}
	public MINUS(): TerminalNode[];
	public MINUS(i: number): TerminalNode;
	public MINUS(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.MINUS);
		} else {
			return this.getToken(PythonParser.MINUS, i);
		}
	}
	public ADD(): TerminalNode | undefined { return this.tryGetToken(PythonParser.ADD, 0); }
	public STRING(): TerminalNode[];
	public STRING(i: number): TerminalNode;
	public STRING(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.STRING);
		} else {
			return this.getToken(PythonParser.STRING, i);
		}
	}
	public NONE(): TerminalNode | undefined { return this.tryGetToken(PythonParser.NONE, 0); }
	public TRUE(): TerminalNode | undefined { return this.tryGetToken(PythonParser.TRUE, 0); }
	public FALSE(): TerminalNode | undefined { return this.tryGetToken(PythonParser.FALSE, 0); }
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_literal_pattern; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitLiteral_pattern) {
			return visitor.visitLiteral_pattern(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Pattern_argsContext extends ParserRuleContext {
	public pattern_arg(): Pattern_argContext[];
	public pattern_arg(i: number): Pattern_argContext;
	public pattern_arg(i?: number): Pattern_argContext | Pattern_argContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Pattern_argContext);
		} else {
			return this.getRuleContext(i, Pattern_argContext);
		}
	}
	public COMMA(): TerminalNode[];
	public COMMA(i: number): TerminalNode;
	public COMMA(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.COMMA);
		} else {
			return this.getToken(PythonParser.COMMA, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_pattern_args; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitPattern_args) {
			return visitor.visitPattern_args(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Pattern_argContext extends ParserRuleContext {
	public name(): NameContext | undefined {
		return this.tryGetRuleContext(0, NameContext);
	}
	public ASSIGN(): TerminalNode | undefined { return this.tryGetToken(PythonParser.ASSIGN, 0); }
	public pattern(): PatternContext {
		return this.getRuleContext(0, PatternContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_pattern_arg; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitPattern_arg) {
			return visitor.visitPattern_arg(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Mapping_itemContext extends ParserRuleContext {
	public COLON(): TerminalNode | undefined { return this.tryGetToken(PythonParser.COLON, 0); }
	public pattern(): PatternContext | undefined {
		return this.tryGetRuleContext(0, PatternContext);
	}
	public literal_pattern(): Literal_patternContext | undefined {
		return this.tryGetRuleContext(0, Literal_patternContext);
	}
	public name(): NameContext[];
	public name(i: number): NameContext;
	public name(i?: number): NameContext | NameContext[] {
		if (i === undefined) {
			return this.getRuleContexts(NameContext);
		} else {
			return this.getRuleContext(i, NameContext);
		}
	}
	public DOT(): TerminalNode[];
	public DOT(i: number): TerminalNode;
	public DOT(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.DOT);
		} else {
			return this.getToken(PythonParser.DOT, i);
		}
	}
	public POWER(): TerminalNode | undefined { return this.tryGetToken(PythonParser.POWER, 0); }
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_mapping_item; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitMapping_item) {
			return visitor.visitMapping_item(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Testlist_star_exprContext extends ParserRuleContext {
	public test(): TestContext[];
	public test(i: number): TestContext;
	public test(i?: number): TestContext | TestContext[] {
		if (i === undefined) {
			return this.getRuleContexts(TestContext);
		} else {
			return this.getRuleContext(i, TestContext);
		}
	}
	public star_expr(): Star_exprContext[];
	public star_expr(i: number): Star_exprContext;
	public star_expr(i?: number): Star_exprContext | Star_exprContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Star_exprContext);
		} else {
			return this.getRuleContext(i, Star_exprContext);
		}
	}
	public COMMA(): TerminalNode[];
	public COMMA(i: number): TerminalNode;
	public COMMA(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.COMMA);
		} else {
			return this.getToken(PythonParser.COMMA, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_testlist_star_expr; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitTestlist_star_expr) {
			return visitor.visitTestlist_star_expr(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class TestlistContext extends ParserRuleContext {
	public test(): TestContext[];
	public test(i: number): TestContext;
	public test(i?: number): TestContext | TestContext[] {
		if (i === undefined) {
			return this.getRuleContexts(TestContext);
		} else {
			return this.getRuleContext(i, TestContext);
		}
	}
	public COMMA(): TerminalNode[];
	public COMMA(i: number): TerminalNode;
	public COMMA(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.COMMA);
		} else {
			return this.getToken(PythonParser.COMMA, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_testlist; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitTestlist) {
			return visitor.visitTestlist(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class ExprlistContext extends ParserRuleContext {
	public expr(): ExprContext[];
	public expr(i: number): ExprContext;
	public expr(i?: number): ExprContext | ExprContext[] {
		if (i === undefined) {
			return this.getRuleContexts(ExprContext);
		} else {
			return this.getRuleContext(i, ExprContext);
		}
	}
	public star_expr(): Star_exprContext[];
	public star_expr(i: number): Star_exprContext;
	public star_expr(i?: number): Star_exprContext | Star_exprContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Star_exprContext);
		} else {
			return this.getRuleContext(i, Star_exprContext);
		}
	}
	public COMMA(): TerminalNode[];
	public COMMA(i: number): TerminalNode;
	public COMMA(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.COMMA);
		} else {
			return this.getToken(PythonParser.COMMA, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_exprlist; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitExprlist) {
			return visitor.visitExprlist(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Namedexpr_testContext extends ParserRuleContext {
	public test(): TestContext[];
	public test(i: number): TestContext;
	public test(i?: number): TestContext | TestContext[] {
		if (i === undefined) {
			return this.getRuleContexts(TestContext);
		} else {
			return this.getRuleContext(i, TestContext);
		}
	}
	public WALRUS(): TerminalNode | undefined { return this.tryGetToken(PythonParser.WALRUS, 0); }
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_namedexpr_test; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitNamedexpr_test) {
			return visitor.visitNamedexpr_test(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class TestContext extends ParserRuleContext {
	public or_test(): Or_testContext[];
	public or_test(i: number): Or_testContext;
	public or_test(i?: number): Or_testContext | Or_testContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Or_testContext);
		} else {
			return this.getRuleContext(i, Or_testContext);
		}
	}
	public IF(): TerminalNode | undefined { return this.tryGetToken(PythonParser.IF, 0); }
	public ELSE(): TerminalNode | undefined { return this.tryGetToken(PythonParser.ELSE, 0); }
	public test(): TestContext | undefined {
		return this.tryGetRuleContext(0, TestContext);
	}
	public lambdef(): LambdefContext | undefined {
		return this.tryGetRuleContext(0, LambdefContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_test; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitTest) {
			return visitor.visitTest(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class LambdefContext extends ParserRuleContext {
	public LAMBDA(): TerminalNode { return this.getToken(PythonParser.LAMBDA, 0); }
	public COLON(): TerminalNode { return this.getToken(PythonParser.COLON, 0); }
	public test(): TestContext {
		return this.getRuleContext(0, TestContext);
	}
	public varargslist(): VarargslistContext | undefined {
		return this.tryGetRuleContext(0, VarargslistContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_lambdef; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitLambdef) {
			return visitor.visitLambdef(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Or_testContext extends ParserRuleContext {
	public and_test(): And_testContext[];
	public and_test(i: number): And_testContext;
	public and_test(i?: number): And_testContext | And_testContext[] {
		if (i === undefined) {
			return this.getRuleContexts(And_testContext);
		} else {
			return this.getRuleContext(i, And_testContext);
		}
	}
	public OR(): TerminalNode[];
	public OR(i: number): TerminalNode;
	public OR(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.OR);
		} else {
			return this.getToken(PythonParser.OR, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_or_test; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitOr_test) {
			return visitor.visitOr_test(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class And_testContext extends ParserRuleContext {
	public not_test(): Not_testContext[];
	public not_test(i: number): Not_testContext;
	public not_test(i?: number): Not_testContext | Not_testContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Not_testContext);
		} else {
			return this.getRuleContext(i, Not_testContext);
		}
	}
	public AND(): TerminalNode[];
	public AND(i: number): TerminalNode;
	public AND(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.AND);
		} else {
			return this.getToken(PythonParser.AND, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_and_test; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitAnd_test) {
			return visitor.visitAnd_test(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Not_testContext extends ParserRuleContext {
	public NOT(): TerminalNode | undefined { return this.tryGetToken(PythonParser.NOT, 0); }
	public not_test(): Not_testContext | undefined {
		return this.tryGetRuleContext(0, Not_testContext);
	}
	public comparison(): ComparisonContext | undefined {
		return this.tryGetRuleContext(0, ComparisonContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_not_test; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitNot_test) {
			return visitor.visitNot_test(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class ComparisonContext extends ParserRuleContext {
	public expr(): ExprContext[];
	public expr(i: number): ExprContext;
	public expr(i?: number): ExprContext | ExprContext[] {
		if (i === undefined) {
			return this.getRuleContexts(ExprContext);
		} else {
			return this.getRuleContext(i, ExprContext);
		}
	}
	public comp_op(): Comp_opContext[];
	public comp_op(i: number): Comp_opContext;
	public comp_op(i?: number): Comp_opContext | Comp_opContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Comp_opContext);
		} else {
			return this.getRuleContext(i, Comp_opContext);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_comparison; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitComparison) {
			return visitor.visitComparison(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Comp_opContext extends ParserRuleContext {
	public LESS_THAN(): TerminalNode | undefined { return this.tryGetToken(PythonParser.LESS_THAN, 0); }
	public GREATER_THAN(): TerminalNode | undefined { return this.tryGetToken(PythonParser.GREATER_THAN, 0); }
	public EQUALS(): TerminalNode | undefined { return this.tryGetToken(PythonParser.EQUALS, 0); }
	public GT_EQ(): TerminalNode | undefined { return this.tryGetToken(PythonParser.GT_EQ, 0); }
	public LT_EQ(): TerminalNode | undefined { return this.tryGetToken(PythonParser.LT_EQ, 0); }
	public NOT_EQ(): TerminalNode | undefined { return this.tryGetToken(PythonParser.NOT_EQ, 0); }
	public IN(): TerminalNode | undefined { return this.tryGetToken(PythonParser.IN, 0); }
	public NOT(): TerminalNode | undefined { return this.tryGetToken(PythonParser.NOT, 0); }
	public IS(): TerminalNode | undefined { return this.tryGetToken(PythonParser.IS, 0); }
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_comp_op; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitComp_op) {
			return visitor.visitComp_op(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Star_exprContext extends ParserRuleContext {
	public STAR(): TerminalNode { return this.getToken(PythonParser.STAR, 0); }
	public expr(): ExprContext {
		return this.getRuleContext(0, ExprContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_star_expr; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitStar_expr) {
			return visitor.visitStar_expr(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class ExprContext extends ParserRuleContext {
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_expr; }
	public copyFrom(ctx: ExprContext): void {
		super.copyFrom(ctx);
	}
}
export class PrimaryExprContext extends ExprContext {
	public await_primary(): Await_primaryContext {
		return this.getRuleContext(0, Await_primaryContext);
	}
	constructor(ctx: ExprContext) {
		super(ctx.parent, ctx.invokingState);
		this.copyFrom(ctx);
	}
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitPrimaryExpr) {
			return visitor.visitPrimaryExpr(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}
export class BinaryExprContext extends ExprContext {
	public _op!: Token;
	public expr(): ExprContext[];
	public expr(i: number): ExprContext;
	public expr(i?: number): ExprContext | ExprContext[] {
		if (i === undefined) {
			return this.getRuleContexts(ExprContext);
		} else {
			return this.getRuleContext(i, ExprContext);
		}
	}
	public POWER(): TerminalNode | undefined { return this.tryGetToken(PythonParser.POWER, 0); }
	public STAR(): TerminalNode | undefined { return this.tryGetToken(PythonParser.STAR, 0); }
	public AT(): TerminalNode | undefined { return this.tryGetToken(PythonParser.AT, 0); }
	public DIV(): TerminalNode | undefined { return this.tryGetToken(PythonParser.DIV, 0); }
	public MOD(): TerminalNode | undefined { return this.tryGetToken(PythonParser.MOD, 0); }
	public IDIV(): TerminalNode | undefined { return this.tryGetToken(PythonParser.IDIV, 0); }
	public ADD(): TerminalNode | undefined { return this.tryGetToken(PythonParser.ADD, 0); }
	public MINUS(): TerminalNode | undefined { return this.tryGetToken(PythonParser.MINUS, 0); }
	public LEFT_SHIFT(): TerminalNode | undefined { return this.tryGetToken(PythonParser.LEFT_SHIFT, 0); }
	public RIGHT_SHIFT(): TerminalNode | undefined { return this.tryGetToken(PythonParser.RIGHT_SHIFT, 0); }
	public AND_OP(): TerminalNode | undefined { return this.tryGetToken(PythonParser.AND_OP, 0); }
	public XOR(): TerminalNode | undefined { return this.tryGetToken(PythonParser.XOR, 0); }
	public OR_OP(): TerminalNode | undefined { return this.tryGetToken(PythonParser.OR_OP, 0); }
	constructor(ctx: ExprContext) {
		super(ctx.parent, ctx.invokingState);
		this.copyFrom(ctx);
	}
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitBinaryExpr) {
			return visitor.visitBinaryExpr(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}
export class UnaryExprContext extends ExprContext {
	public _op!: Token;
	public expr(): ExprContext {
		return this.getRuleContext(0, ExprContext);
	}
	public ADD(): TerminalNode | undefined { return this.tryGetToken(PythonParser.ADD, 0); }
	public MINUS(): TerminalNode | undefined { return this.tryGetToken(PythonParser.MINUS, 0); }
	public NOT_OP(): TerminalNode | undefined { return this.tryGetToken(PythonParser.NOT_OP, 0); }
	constructor(ctx: ExprContext) {
		super(ctx.parent, ctx.invokingState);
		this.copyFrom(ctx);
	}
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitUnaryExpr) {
			return visitor.visitUnaryExpr(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Await_primaryContext extends ParserRuleContext {
	public AWAIT(): TerminalNode | undefined { return this.tryGetToken(PythonParser.AWAIT, 0); }
	public primary(): PrimaryContext {
		return this.getRuleContext(0, PrimaryContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_await_primary; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitAwait_primary) {
			return visitor.visitAwait_primary(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class PrimaryContext extends ParserRuleContext {
	public atom(): AtomContext {
		return this.getRuleContext(0, AtomContext);
	}
	public trailer(): TrailerContext[];
	public trailer(i: number): TrailerContext;
	public trailer(i?: number): TrailerContext | TrailerContext[] {
		if (i === undefined) {
			return this.getRuleContexts(TrailerContext);
		} else {
			return this.getRuleContext(i, TrailerContext);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_primary; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitPrimary) {
			return visitor.visitPrimary(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class TrailerContext extends ParserRuleContext {
	public LPAR(): TerminalNode | undefined { return this.tryGetToken(PythonParser.LPAR, 0); }
	public RPAR(): TerminalNode | undefined { return this.tryGetToken(PythonParser.RPAR, 0); }
	public arglist(): ArglistContext | undefined {
		return this.tryGetRuleContext(0, ArglistContext);
	}
	public LSQB(): TerminalNode | undefined { return this.tryGetToken(PythonParser.LSQB, 0); }
	public subscriptlist(): SubscriptlistContext | undefined {
		return this.tryGetRuleContext(0, SubscriptlistContext);
	}
	public RSQB(): TerminalNode | undefined { return this.tryGetToken(PythonParser.RSQB, 0); }
	public DOT(): TerminalNode | undefined { return this.tryGetToken(PythonParser.DOT, 0); }
	public name(): NameContext | undefined {
		return this.tryGetRuleContext(0, NameContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_trailer; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitTrailer) {
			return visitor.visitTrailer(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class AtomContext extends ParserRuleContext {
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_atom; }
	public copyFrom(ctx: AtomContext): void {
		super.copyFrom(ctx);
	}
}
export class ParenAtomContext extends AtomContext {
	public LPAR(): TerminalNode { return this.getToken(PythonParser.LPAR, 0); }
	public RPAR(): TerminalNode { return this.getToken(PythonParser.RPAR, 0); }
	public yield_expr(): Yield_exprContext | undefined {
		return this.tryGetRuleContext(0, Yield_exprContext);
	}
	public testlist_comp(): Testlist_compContext | undefined {
		return this.tryGetRuleContext(0, Testlist_compContext);
	}
	constructor(ctx: AtomContext) {
		super(ctx.parent, ctx.invokingState);
		this.copyFrom(ctx);
	}
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitParenAtom) {
			return visitor.visitParenAtom(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}
export class ListAtomContext extends AtomContext {
	public LSQB(): TerminalNode { return this.getToken(PythonParser.LSQB, 0); }
	public RSQB(): TerminalNode { return this.getToken(PythonParser.RSQB, 0); }
	public testlist_comp(): Testlist_compContext | undefined {
		return this.tryGetRuleContext(0, Testlist_compContext);
	}
	constructor(ctx: AtomContext) {
		super(ctx.parent, ctx.invokingState);
		this.copyFrom(ctx);
	}
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitListAtom) {
			return visitor.visitListAtom(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}
export class BraceAtomContext extends AtomContext {
	public LBRACE(): TerminalNode { return this.getToken(PythonParser.LBRACE, 0); }
	public RBRACE(): TerminalNode { return this.getToken(PythonParser.RBRACE, 0); }
	public dictorsetmaker(): DictorsetmakerContext | undefined {
		return this.tryGetRuleContext(0, DictorsetmakerContext);
	}
	constructor(ctx: AtomContext) {
		super(ctx.parent, ctx.invokingState);
		this.copyFrom(ctx);
	}
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitBraceAtom) {
			return visitor.visitBraceAtom(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}
export class NameAtomContext extends AtomContext {
	public name(): NameContext {
		return this.getRuleContext(0, NameContext);
	}
	constructor(ctx: AtomContext) {
		super(ctx.parent, ctx.invokingState);
		this.copyFrom(ctx);
	}
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitNameAtom) {
			return visitor.visitNameAtom(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}
export class NumberAtomContext extends AtomContext {
	public NUMBER(): TerminalNode { return this.getToken(PythonParser.NUMBER, 0); }
	constructor(ctx: AtomContext) {
		super(ctx.parent, ctx.invokingState);
		this.copyFrom(ctx);
	}
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitNumberAtom) {
			return visitor.visitNumberAtom(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}
export class StringAtomContext extends AtomContext {
	public STRING(): TerminalNode[];
	public STRING(i: number): TerminalNode;
	public STRING(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.STRING);
		} else {
			return this.getToken(PythonParser.STRING, i);
		}
	}
	constructor(ctx: AtomContext) {
		super(ctx.parent, ctx.invokingState);
		this.copyFrom(ctx);
	}
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitStringAtom) {
			return visitor.visitStringAtom(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}
export class EllipsisAtomContext extends AtomContext {
	public ELLIPSIS(): TerminalNode { return this.getToken(PythonParser.ELLIPSIS, 0); }
	constructor(ctx: AtomContext) {
		super(ctx.parent, ctx.invokingState);
		this.copyFrom(ctx);
	}
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitEllipsisAtom) {
			return visitor.visitEllipsisAtom(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}
export class NoneAtomContext extends AtomContext {
	public NONE(): TerminalNode { return this.getToken(PythonParser.NONE, 0); }
	constructor(ctx: AtomContext) {
		super(ctx.parent, ctx.invokingState);
		this.copyFrom(ctx);
	}
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitNoneAtom) {
			return visitor.visitNoneAtom(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}
export class TrueAtomContext extends AtomContext {
	public TRUE(): TerminalNode { return this.getToken(PythonParser.TRUE, 0); }
	constructor(ctx: AtomContext) {
		super(ctx.parent, ctx.invokingState);
		this.copyFrom(ctx);
	}
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitTrueAtom) {
			return visitor.visitTrueAtom(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}
export class FalseAtomContext extends AtomContext {
	public FALSE(): TerminalNode { return this.getToken(PythonParser.FALSE, 0); }
	constructor(ctx: AtomContext) {
		super(ctx.parent, ctx.invokingState);
		this.copyFrom(ctx);
	}
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitFalseAtom) {
			return visitor.visitFalseAtom(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class NameContext extends ParserRuleContext {
	public NAME(): TerminalNode { return this.getToken(PythonParser.NAME, 0); }
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_name; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitName) {
			return visitor.visitName(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Testlist_compContext extends ParserRuleContext {
	public namedexpr_test(): Namedexpr_testContext[];
	public namedexpr_test(i: number): Namedexpr_testContext;
	public namedexpr_test(i?: number): Namedexpr_testContext | Namedexpr_testContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Namedexpr_testContext);
		} else {
			return this.getRuleContext(i, Namedexpr_testContext);
		}
	}
	public star_expr(): Star_exprContext[];
	public star_expr(i: number): Star_exprContext;
	public star_expr(i?: number): Star_exprContext | Star_exprContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Star_exprContext);
		} else {
			return this.getRuleContext(i, Star_exprContext);
		}
	}
	public comp_for(): Comp_forContext | undefined {
		return this.tryGetRuleContext(0, Comp_forContext);
	}
	public COMMA(): TerminalNode[];
	public COMMA(i: number): TerminalNode;
	public COMMA(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.COMMA);
		} else {
			return this.getToken(PythonParser.COMMA, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_testlist_comp; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitTestlist_comp) {
			return visitor.visitTestlist_comp(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class SubscriptlistContext extends ParserRuleContext {
	public subscript(): SubscriptContext[];
	public subscript(i: number): SubscriptContext;
	public subscript(i?: number): SubscriptContext | SubscriptContext[] {
		if (i === undefined) {
			return this.getRuleContexts(SubscriptContext);
		} else {
			return this.getRuleContext(i, SubscriptContext);
		}
	}
	public COMMA(): TerminalNode[];
	public COMMA(i: number): TerminalNode;
	public COMMA(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.COMMA);
		} else {
			return this.getToken(PythonParser.COMMA, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_subscriptlist; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitSubscriptlist) {
			return visitor.visitSubscriptlist(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class SubscriptContext extends ParserRuleContext {
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_subscript; }
	public copyFrom(ctx: SubscriptContext): void {
		super.copyFrom(ctx);
	}
}
export class SliceSubscriptContext extends SubscriptContext {
	public COLON(): TerminalNode[];
	public COLON(i: number): TerminalNode;
	public COLON(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.COLON);
		} else {
			return this.getToken(PythonParser.COLON, i);
		}
	}
	public test(): TestContext[];
	public test(i: number): TestContext;
	public test(i?: number): TestContext | TestContext[] {
		if (i === undefined) {
			return this.getRuleContexts(TestContext);
		} else {
			return this.getRuleContext(i, TestContext);
		}
	}
	constructor(ctx: SubscriptContext) {
		super(ctx.parent, ctx.invokingState);
		this.copyFrom(ctx);
	}
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitSliceSubscript) {
			return visitor.visitSliceSubscript(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}
export class IndexSubscriptContext extends SubscriptContext {
	public namedexpr_test(): Namedexpr_testContext {
		return this.getRuleContext(0, Namedexpr_testContext);
	}
	constructor(ctx: SubscriptContext) {
		super(ctx.parent, ctx.invokingState);
		this.copyFrom(ctx);
	}
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitIndexSubscript) {
			return visitor.visitIndexSubscript(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}
export class StarSubscriptContext extends SubscriptContext {
	public star_expr(): Star_exprContext {
		return this.getRuleContext(0, Star_exprContext);
	}
	constructor(ctx: SubscriptContext) {
		super(ctx.parent, ctx.invokingState);
		this.copyFrom(ctx);
	}
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitStarSubscript) {
			return visitor.visitStarSubscript(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class DictorsetmakerContext extends ParserRuleContext {
	public dict_item(): Dict_itemContext[];
	public dict_item(i: number): Dict_itemContext;
	public dict_item(i?: number): Dict_itemContext | Dict_itemContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Dict_itemContext);
		} else {
			return this.getRuleContext(i, Dict_itemContext);
		}
	}
	public comp_for(): Comp_forContext | undefined {
		return this.tryGetRuleContext(0, Comp_forContext);
	}
	public COMMA(): TerminalNode[];
	public COMMA(i: number): TerminalNode;
	public COMMA(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.COMMA);
		} else {
			return this.getToken(PythonParser.COMMA, i);
		}
	}
	public set_item(): Set_itemContext[];
	public set_item(i: number): Set_itemContext;
	public set_item(i?: number): Set_itemContext | Set_itemContext[] {
		if (i === undefined) {
			return this.getRuleContexts(Set_itemContext);
		} else {
			return this.getRuleContext(i, Set_itemContext);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_dictorsetmaker; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitDictorsetmaker) {
			return visitor.visitDictorsetmaker(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Dict_itemContext extends ParserRuleContext {
	public test(): TestContext[];
	public test(i: number): TestContext;
	public test(i?: number): TestContext | TestContext[] {
		if (i === undefined) {
			return this.getRuleContexts(TestContext);
		} else {
			return this.getRuleContext(i, TestContext);
		}
	}
	public COLON(): TerminalNode | undefined { return this.tryGetToken(PythonParser.COLON, 0); }
	public POWER(): TerminalNode | undefined { return this.tryGetToken(PythonParser.POWER, 0); }
	public expr(): ExprContext | undefined {
		return this.tryGetRuleContext(0, ExprContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_dict_item; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitDict_item) {
			return visitor.visitDict_item(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Set_itemContext extends ParserRuleContext {
	public namedexpr_test(): Namedexpr_testContext | undefined {
		return this.tryGetRuleContext(0, Namedexpr_testContext);
	}
	public star_expr(): Star_exprContext | undefined {
		return this.tryGetRuleContext(0, Star_exprContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_set_item; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitSet_item) {
			return visitor.visitSet_item(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class ArglistContext extends ParserRuleContext {
	public argument(): ArgumentContext[];
	public argument(i: number): ArgumentContext;
	public argument(i?: number): ArgumentContext | ArgumentContext[] {
		if (i === undefined) {
			return this.getRuleContexts(ArgumentContext);
		} else {
			return this.getRuleContext(i, ArgumentContext);
		}
	}
	public COMMA(): TerminalNode[];
	public COMMA(i: number): TerminalNode;
	public COMMA(i?: number): TerminalNode | TerminalNode[] {
		if (i === undefined) {
			return this.getTokens(PythonParser.COMMA);
		} else {
			return this.getToken(PythonParser.COMMA, i);
		}
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_arglist; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitArglist) {
			return visitor.visitArglist(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class ArgumentContext extends ParserRuleContext {
	public name(): NameContext | undefined {
		return this.tryGetRuleContext(0, NameContext);
	}
	public ASSIGN(): TerminalNode | undefined { return this.tryGetToken(PythonParser.ASSIGN, 0); }
	public test(): TestContext | undefined {
		return this.tryGetRuleContext(0, TestContext);
	}
	public namedexpr_test(): Namedexpr_testContext | undefined {
		return this.tryGetRuleContext(0, Namedexpr_testContext);
	}
	public comp_for(): Comp_forContext | undefined {
		return this.tryGetRuleContext(0, Comp_forContext);
	}
	public STAR(): TerminalNode | undefined { return this.tryGetToken(PythonParser.STAR, 0); }
	public POWER(): TerminalNode | undefined { return this.tryGetToken(PythonParser.POWER, 0); }
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_argument; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitArgument) {
			return visitor.visitArgument(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Comp_forContext extends ParserRuleContext {
	public FOR(): TerminalNode { return this.getToken(PythonParser.FOR, 0); }
	public exprlist(): ExprlistContext {
		return this.getRuleContext(0, ExprlistContext);
	}
	public IN(): TerminalNode { return this.getToken(PythonParser.IN, 0); }
	public or_test(): Or_testContext {
		return this.getRuleContext(0, Or_testContext);
	}
	public ASYNC(): TerminalNode | undefined { return this.tryGetToken(PythonParser.ASYNC, 0); }
	public comp_iter(): Comp_iterContext | undefined {
		return this.tryGetRuleContext(0, Comp_iterContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_comp_for; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitComp_for) {
			return visitor.visitComp_for(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Comp_iterContext extends ParserRuleContext {
	public comp_for(): Comp_forContext | undefined {
		return this.tryGetRuleContext(0, Comp_forContext);
	}
	public comp_if(): Comp_ifContext | undefined {
		return this.tryGetRuleContext(0, Comp_ifContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_comp_iter; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitComp_iter) {
			return visitor.visitComp_iter(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Comp_ifContext extends ParserRuleContext {
	public IF(): TerminalNode { return this.getToken(PythonParser.IF, 0); }
	public or_test(): Or_testContext {
		return this.getRuleContext(0, Or_testContext);
	}
	public comp_iter(): Comp_iterContext | undefined {
		return this.tryGetRuleContext(0, Comp_iterContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_comp_if; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitComp_if) {
			return visitor.visitComp_if(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


export class Yield_exprContext extends ParserRuleContext {
	public YIELD(): TerminalNode { return this.getToken(PythonParser.YIELD, 0); }
	public FROM(): TerminalNode | undefined { return this.tryGetToken(PythonParser.FROM, 0); }
	public test(): TestContext | undefined {
		return this.tryGetRuleContext(0, TestContext);
	}
	public testlist_star_expr(): Testlist_star_exprContext | undefined {
		return this.tryGetRuleContext(0, Testlist_star_exprContext);
	}
	constructor(parent: ParserRuleContext | undefined, invokingState: number) {
		super(parent, invokingState);
	}
	// @Override
	public get ruleIndex(): number { return PythonParser.RULE_yield_expr; }
	// @Override
	public accept<Result>(visitor: PythonParserVisitor<Result>): Result {
		if (visitor.visitYield_expr) {
			return visitor.visitYield_expr(this);
		} else {
			return visitor.visitChildren(this);
		}
	}
}


