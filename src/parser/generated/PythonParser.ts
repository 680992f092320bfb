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
	public static readonly STRING = 3;
	public static readonly UNTERMINATED_STRING = 4;
	public static readonly NUMBER = 5;
	public static readonly FALSE = 6;
	public static readonly NONE = 7;
	public static readonly TRUE = 8;
	public static readonly AND = 9;
	public static readonly AS = 10;
	public static readonly ASSERT = 11;
	public static readonly ASYNC = 12;
	public static readonly AWAIT = 13;
	public static readonly BREAK = 14;
	public static readonly CLASS = 15;
	public static readonly CONTINUE = 16;
	public static readonly DEF = 17;
	public static readonly DEL = 18;
	public static readonly ELIF = 19;
	public static readonly ELSE = 20;
	public static readonly EXCEPT = 21;
	public static readonly FINALLY = 22;
	public static readonly FOR = 23;
	public static readonly FROM = 24;
	public static readonly GLOBAL = 25;
	public static readonly IF = 26;
	public static readonly IMPORT = 27;
	public static readonly IN = 28;
	public static readonly IS = 29;
	public static readonly LAMBDA = 30;
	public static readonly NONLOCAL = 31;
	public static readonly NOT = 32;
	public static readonly OR = 33;
	public static readonly PASS = 34;
	public static readonly RAISE = 35;
	public static readonly RETURN = 36;
	public static readonly TRY = 37;
	public static readonly WHILE = 38;
	public static readonly WITH = 39;
	public static readonly YIELD = 40;
	public static readonly NEWLINE = 41;
	public static readonly NAME = 42;
	public static readonly LPAR = 43;
	public static readonly RPAR = 44;
	public static readonly LSQB = 45;
	public static readonly RSQB = 46;
	public static readonly LBRACE = 47;
	public static readonly RBRACE = 48;
	public static readonly ELLIPSIS = 49;
	public static readonly DOT = 50;
	public static readonly COMMA = 51;
	public static readonly COLON = 52;
	public static readonly SEMI = 53;
	public static readonly ARROW = 54;
	public static readonly WALRUS = 55;
	public static readonly POWER = 56;
	public static readonly STAR = 57;
	public static readonly ASSIGN = 58;
	public static readonly OR_OP = 59;
	public static readonly XOR = 60;
	public static readonly AND_OP = 61;
	public static readonly LEFT_SHIFT = 62;
	public static readonly RIGHT_SHIFT = 63;
	public static readonly ADD = 64;
	public static readonly MINUS = 65;
	public static readonly DIV = 66;
	public static readonly MOD = 67;
	public static readonly IDIV = 68;
	public static readonly NOT_OP = 69;
	public static readonly AT = 70;
	public static readonly LESS_THAN = 71;
	public static readonly GREATER_THAN = 72;
	public static readonly EQUALS = 73;
	public static readonly GT_EQ = 74;
	public static readonly LT_EQ = 75;
	public static readonly NOT_EQ = 76;
	public static readonly ADD_ASSIGN = 77;
	public static readonly SUB_ASSIGN = 78;
	public static readonly MULT_ASSIGN = 79;
	public static readonly AT_ASSIGN = 80;
	public static readonly DIV_ASSIGN = 81;
	public static readonly MOD_ASSIGN = 82;
	public static readonly AND_ASSIGN = 83;
	public static readonly OR_ASSIGN = 84;
	public static readonly XOR_ASSIGN = 85;
	public static readonly LEFT_SHIFT_ASSIGN = 86;
	public static readonly RIGHT_SHIFT_ASSIGN = 87;
	public static readonly POWER_ASSIGN = 88;
	public static readonly IDIV_ASSIGN = 89;
	public static readonly COMMENT = 90;
	public static readonly WS = 91;
	public static readonly LINE_JOIN = 92;
	public static readonly ERRORCHAR = 93;
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
	public static readonly RULE_testlist_star_expr = 49;
	public static readonly RULE_testlist = 50;
	public static readonly RULE_exprlist = 51;
	public static readonly RULE_namedexpr_test = 52;
	public static readonly RULE_test = 53;
	public static readonly RULE_lambdef = 54;
	public static readonly RULE_or_test = 55;
	public static readonly RULE_and_test = 56;
	public static readonly RULE_not_test = 57;
	public static readonly RULE_comparison = 58;
	public static readonly RULE_comp_op = 59;
	public static readonly RULE_star_expr = 60;
	public static readonly RULE_expr = 61;
	public static readonly RULE_await_primary = 62;
	public static readonly RULE_primary = 63;
	public static readonly RULE_trailer = 64;
	public static readonly RULE_atom = 65;
	public static readonly RULE_name = 66;
	public static readonly RULE_testlist_comp = 67;
	public static readonly RULE_subscriptlist = 68;
	public static readonly RULE_subscript = 69;
	public static readonly RULE_dictorsetmaker = 70;
	public static readonly RULE_dict_item = 71;
	public static readonly RULE_set_item = 72;
	public static readonly RULE_arglist = 73;
	public static readonly RULE_argument = 74;
	public static readonly RULE_comp_for = 75;
	public static readonly RULE_comp_iter = 76;
	public static readonly RULE_comp_if = 77;
	public static readonly RULE_yield_expr = 78;
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
		"classdef", "testlist_star_expr", "testlist", "exprlist", "namedexpr_test", 
		"test", "lambdef", "or_test", "and_test", "not_test", "comparison", "comp_op", 
		"star_expr", "expr", "await_primary", "primary", "trailer", "atom", "name", 
		"testlist_comp", "subscriptlist", "subscript", "dictorsetmaker", "dict_item", 
		"set_item", "arglist", "argument", "comp_for", "comp_iter", "comp_if", 
		"yield_expr",
	];

	private static readonly _LITERAL_NAMES: Array<string | undefined> = [
		undefined, undefined, undefined, undefined, undefined, undefined, "'False'", 
		"'None'", "'True'", "'and'", "'as'", "'assert'", "'async'", "'await'", 
		"'break'", "'class'", "'continue'", "'def'", "'del'", "'elif'", "'else'", 
		"'except'", "'finally'", "'for'", "'from'", "'global'", "'if'", "'import'", 
		"'in'", "'is'", "'lambda'", "'nonlocal'", "'not'", "'or'", "'pass'", "'raise'", 
		"'return'", "'try'", "'while'", "'with'", "'yield'", undefined, undefined, 
		"'('", "')'", "'['", "']'", "'{'", "'}'", "'...'", "'.'", "','", "':'", 
		"';'", "'->'", "':='", "'**'", "'*'", "'='", "'|'", "'^'", "'&'", "'<<'", 
		"'>>'", "'+'", "'-'", "'/'", "'%'", "'//'", "'~'", "'@'", "'<'", "'>'", 
		"'=='", "'>='", "'<='", "'!='", "'+='", "'-='", "'*='", "'@='", "'/='", 
		"'%='", "'&='", "'|='", "'^='", "'<<='", "'>>='", "'**='", "'//='",
	];
	private static readonly _SYMBOLIC_NAMES: Array<string | undefined> = [
		undefined, "INDENT", "DEDENT", "STRING", "UNTERMINATED_STRING", "NUMBER", 
		"FALSE", "NONE", "TRUE", "AND", "AS", "ASSERT", "ASYNC", "AWAIT", "BREAK", 
		"CLASS", "CONTINUE", "DEF", "DEL", "ELIF", "ELSE", "EXCEPT", "FINALLY", 
		"FOR", "FROM", "GLOBAL", "IF", "IMPORT", "IN", "IS", "LAMBDA", "NONLOCAL", 
		"NOT", "OR", "PASS", "RAISE", "RETURN", "TRY", "WHILE", "WITH", "YIELD", 
		"NEWLINE", "NAME", "LPAR", "RPAR", "LSQB", "RSQB", "LBRACE", "RBRACE", 
		"ELLIPSIS", "DOT", "COMMA", "COLON", "SEMI", "ARROW", "WALRUS", "POWER", 
		"STAR", "ASSIGN", "OR_OP", "XOR", "AND_OP", "LEFT_SHIFT", "RIGHT_SHIFT", 
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
			this.state = 162;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			while ((((_la) & ~0x1F) === 0 && ((1 << _la) & ((1 << PythonParser.STRING) | (1 << PythonParser.NUMBER) | (1 << PythonParser.FALSE) | (1 << PythonParser.NONE) | (1 << PythonParser.TRUE) | (1 << PythonParser.ASSERT) | (1 << PythonParser.ASYNC) | (1 << PythonParser.AWAIT) | (1 << PythonParser.BREAK) | (1 << PythonParser.CLASS) | (1 << PythonParser.CONTINUE) | (1 << PythonParser.DEF) | (1 << PythonParser.DEL) | (1 << PythonParser.FOR) | (1 << PythonParser.FROM) | (1 << PythonParser.GLOBAL) | (1 << PythonParser.IF) | (1 << PythonParser.IMPORT) | (1 << PythonParser.LAMBDA) | (1 << PythonParser.NONLOCAL))) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & ((1 << (PythonParser.NOT - 32)) | (1 << (PythonParser.PASS - 32)) | (1 << (PythonParser.RAISE - 32)) | (1 << (PythonParser.RETURN - 32)) | (1 << (PythonParser.TRY - 32)) | (1 << (PythonParser.WHILE - 32)) | (1 << (PythonParser.WITH - 32)) | (1 << (PythonParser.YIELD - 32)) | (1 << (PythonParser.NEWLINE - 32)) | (1 << (PythonParser.NAME - 32)) | (1 << (PythonParser.LPAR - 32)) | (1 << (PythonParser.LSQB - 32)) | (1 << (PythonParser.LBRACE - 32)) | (1 << (PythonParser.ELLIPSIS - 32)) | (1 << (PythonParser.STAR - 32)))) !== 0) || ((((_la - 64)) & ~0x1F) === 0 && ((1 << (_la - 64)) & ((1 << (PythonParser.ADD - 64)) | (1 << (PythonParser.MINUS - 64)) | (1 << (PythonParser.NOT_OP - 64)) | (1 << (PythonParser.AT - 64)))) !== 0)) {
				{
				this.state = 160;
				this._errHandler.sync(this);
				switch (this._input.LA(1)) {
				case PythonParser.NEWLINE:
					{
					this.state = 158;
					this.match(PythonParser.NEWLINE);
					}
					break;
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
					this.state = 159;
					this.stmt();
					}
					break;
				default:
					throw new NoViableAltException(this);
				}
				}
				this.state = 164;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
			}
			this.state = 165;
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
			this.state = 169;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.YIELD:
				{
				this.state = 167;
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
				this.state = 168;
				this.testlist_star_expr();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
			this.state = 171;
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
			this.state = 175;
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
				this.state = 173;
				this.simple_stmts();
				}
				break;
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
				this.state = 174;
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
			this.state = 177;
			this.simple_stmt();
			this.state = 182;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 4, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 178;
					this.match(PythonParser.SEMI);
					this.state = 179;
					this.simple_stmt();
					}
					}
				}
				this.state = 184;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 4, this._ctx);
			}
			this.state = 186;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.SEMI) {
				{
				this.state = 185;
				this.match(PythonParser.SEMI);
				}
			}

			this.state = 188;
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
			this.state = 202;
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
				this.state = 190;
				this.expr_stmt();
				}
				break;
			case PythonParser.DEL:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 191;
				this.del_stmt();
				}
				break;
			case PythonParser.PASS:
				this.enterOuterAlt(_localctx, 3);
				{
				this.state = 192;
				this.pass_stmt();
				}
				break;
			case PythonParser.BREAK:
				this.enterOuterAlt(_localctx, 4);
				{
				this.state = 193;
				this.break_stmt();
				}
				break;
			case PythonParser.CONTINUE:
				this.enterOuterAlt(_localctx, 5);
				{
				this.state = 194;
				this.continue_stmt();
				}
				break;
			case PythonParser.RETURN:
				this.enterOuterAlt(_localctx, 6);
				{
				this.state = 195;
				this.return_stmt();
				}
				break;
			case PythonParser.RAISE:
				this.enterOuterAlt(_localctx, 7);
				{
				this.state = 196;
				this.raise_stmt();
				}
				break;
			case PythonParser.YIELD:
				this.enterOuterAlt(_localctx, 8);
				{
				this.state = 197;
				this.yield_stmt();
				}
				break;
			case PythonParser.FROM:
			case PythonParser.IMPORT:
				this.enterOuterAlt(_localctx, 9);
				{
				this.state = 198;
				this.import_stmt();
				}
				break;
			case PythonParser.GLOBAL:
				this.enterOuterAlt(_localctx, 10);
				{
				this.state = 199;
				this.global_stmt();
				}
				break;
			case PythonParser.NONLOCAL:
				this.enterOuterAlt(_localctx, 11);
				{
				this.state = 200;
				this.nonlocal_stmt();
				}
				break;
			case PythonParser.ASSERT:
				this.enterOuterAlt(_localctx, 12);
				{
				this.state = 201;
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
			this.state = 204;
			this.testlist_star_expr();
			this.state = 221;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.COLON:
				{
				this.state = 205;
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
				this.state = 206;
				this.augassign();
				this.state = 209;
				this._errHandler.sync(this);
				switch (this._input.LA(1)) {
				case PythonParser.YIELD:
					{
					this.state = 207;
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
					this.state = 208;
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
				this.state = 218;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				while (_la === PythonParser.ASSIGN) {
					{
					{
					this.state = 211;
					this.match(PythonParser.ASSIGN);
					this.state = 214;
					this._errHandler.sync(this);
					switch (this._input.LA(1)) {
					case PythonParser.YIELD:
						{
						this.state = 212;
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
						this.state = 213;
						this.testlist_star_expr();
						}
						break;
					default:
						throw new NoViableAltException(this);
					}
					}
					}
					this.state = 220;
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
			this.state = 223;
			this.match(PythonParser.COLON);
			this.state = 224;
			this.test();
			this.state = 230;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.ASSIGN) {
				{
				this.state = 225;
				this.match(PythonParser.ASSIGN);
				this.state = 228;
				this._errHandler.sync(this);
				switch (this._input.LA(1)) {
				case PythonParser.YIELD:
					{
					this.state = 226;
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
					this.state = 227;
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
			this.state = 232;
			_la = this._input.LA(1);
			if (!(((((_la - 77)) & ~0x1F) === 0 && ((1 << (_la - 77)) & ((1 << (PythonParser.ADD_ASSIGN - 77)) | (1 << (PythonParser.SUB_ASSIGN - 77)) | (1 << (PythonParser.MULT_ASSIGN - 77)) | (1 << (PythonParser.AT_ASSIGN - 77)) | (1 << (PythonParser.DIV_ASSIGN - 77)) | (1 << (PythonParser.MOD_ASSIGN - 77)) | (1 << (PythonParser.AND_ASSIGN - 77)) | (1 << (PythonParser.OR_ASSIGN - 77)) | (1 << (PythonParser.XOR_ASSIGN - 77)) | (1 << (PythonParser.LEFT_SHIFT_ASSIGN - 77)) | (1 << (PythonParser.RIGHT_SHIFT_ASSIGN - 77)) | (1 << (PythonParser.POWER_ASSIGN - 77)) | (1 << (PythonParser.IDIV_ASSIGN - 77)))) !== 0))) {
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
			this.state = 234;
			this.match(PythonParser.DEL);
			this.state = 235;
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
			this.state = 237;
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
			this.state = 239;
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
			this.state = 241;
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
			this.state = 243;
			this.match(PythonParser.RETURN);
			this.state = 245;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (((((_la - 3)) & ~0x1F) === 0 && ((1 << (_la - 3)) & ((1 << (PythonParser.STRING - 3)) | (1 << (PythonParser.NUMBER - 3)) | (1 << (PythonParser.FALSE - 3)) | (1 << (PythonParser.NONE - 3)) | (1 << (PythonParser.TRUE - 3)) | (1 << (PythonParser.AWAIT - 3)) | (1 << (PythonParser.LAMBDA - 3)) | (1 << (PythonParser.NOT - 3)))) !== 0) || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & ((1 << (PythonParser.NAME - 42)) | (1 << (PythonParser.LPAR - 42)) | (1 << (PythonParser.LSQB - 42)) | (1 << (PythonParser.LBRACE - 42)) | (1 << (PythonParser.ELLIPSIS - 42)) | (1 << (PythonParser.STAR - 42)) | (1 << (PythonParser.ADD - 42)) | (1 << (PythonParser.MINUS - 42)) | (1 << (PythonParser.NOT_OP - 42)))) !== 0)) {
				{
				this.state = 244;
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
			this.state = 247;
			this.match(PythonParser.RAISE);
			this.state = 253;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (((((_la - 3)) & ~0x1F) === 0 && ((1 << (_la - 3)) & ((1 << (PythonParser.STRING - 3)) | (1 << (PythonParser.NUMBER - 3)) | (1 << (PythonParser.FALSE - 3)) | (1 << (PythonParser.NONE - 3)) | (1 << (PythonParser.TRUE - 3)) | (1 << (PythonParser.AWAIT - 3)) | (1 << (PythonParser.LAMBDA - 3)) | (1 << (PythonParser.NOT - 3)))) !== 0) || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & ((1 << (PythonParser.NAME - 42)) | (1 << (PythonParser.LPAR - 42)) | (1 << (PythonParser.LSQB - 42)) | (1 << (PythonParser.LBRACE - 42)) | (1 << (PythonParser.ELLIPSIS - 42)) | (1 << (PythonParser.ADD - 42)) | (1 << (PythonParser.MINUS - 42)) | (1 << (PythonParser.NOT_OP - 42)))) !== 0)) {
				{
				this.state = 248;
				this.test();
				this.state = 251;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.FROM) {
					{
					this.state = 249;
					this.match(PythonParser.FROM);
					this.state = 250;
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
			this.state = 255;
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
			this.state = 259;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.IMPORT:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 257;
				this.import_name();
				}
				break;
			case PythonParser.FROM:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 258;
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
			this.state = 261;
			this.match(PythonParser.IMPORT);
			this.state = 262;
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
			this.state = 264;
			this.match(PythonParser.FROM);
			this.state = 277;
			this._errHandler.sync(this);
			switch ( this.interpreter.adaptivePredict(this._input, 19, this._ctx) ) {
			case 1:
				{
				this.state = 268;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				while (_la === PythonParser.ELLIPSIS || _la === PythonParser.DOT) {
					{
					{
					this.state = 265;
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
					this.state = 270;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
				}
				this.state = 271;
				this.dotted_name();
				}
				break;

			case 2:
				{
				this.state = 273;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				do {
					{
					{
					this.state = 272;
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
					this.state = 275;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
				} while (_la === PythonParser.ELLIPSIS || _la === PythonParser.DOT);
				}
				break;
			}
			this.state = 279;
			this.match(PythonParser.IMPORT);
			this.state = 286;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.STAR:
				{
				this.state = 280;
				this.match(PythonParser.STAR);
				}
				break;
			case PythonParser.LPAR:
				{
				this.state = 281;
				this.match(PythonParser.LPAR);
				this.state = 282;
				this.import_as_names();
				this.state = 283;
				this.match(PythonParser.RPAR);
				}
				break;
			case PythonParser.NAME:
				{
				this.state = 285;
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
			this.state = 288;
			this.name();
			this.state = 291;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.AS) {
				{
				this.state = 289;
				this.match(PythonParser.AS);
				this.state = 290;
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
			this.state = 293;
			this.dotted_name();
			this.state = 296;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.AS) {
				{
				this.state = 294;
				this.match(PythonParser.AS);
				this.state = 295;
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
			this.state = 298;
			this.import_as_name();
			this.state = 303;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 23, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 299;
					this.match(PythonParser.COMMA);
					this.state = 300;
					this.import_as_name();
					}
					}
				}
				this.state = 305;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 23, this._ctx);
			}
			this.state = 307;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COMMA) {
				{
				this.state = 306;
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
			this.state = 309;
			this.dotted_as_name();
			this.state = 314;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			while (_la === PythonParser.COMMA) {
				{
				{
				this.state = 310;
				this.match(PythonParser.COMMA);
				this.state = 311;
				this.dotted_as_name();
				}
				}
				this.state = 316;
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
			this.state = 317;
			this.name();
			this.state = 322;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			while (_la === PythonParser.DOT) {
				{
				{
				this.state = 318;
				this.match(PythonParser.DOT);
				this.state = 319;
				this.name();
				}
				}
				this.state = 324;
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
			this.state = 325;
			this.match(PythonParser.GLOBAL);
			this.state = 326;
			this.name();
			this.state = 331;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			while (_la === PythonParser.COMMA) {
				{
				{
				this.state = 327;
				this.match(PythonParser.COMMA);
				this.state = 328;
				this.name();
				}
				}
				this.state = 333;
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
			this.state = 334;
			this.match(PythonParser.NONLOCAL);
			this.state = 335;
			this.name();
			this.state = 340;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			while (_la === PythonParser.COMMA) {
				{
				{
				this.state = 336;
				this.match(PythonParser.COMMA);
				this.state = 337;
				this.name();
				}
				}
				this.state = 342;
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
			this.state = 343;
			this.match(PythonParser.ASSERT);
			this.state = 344;
			this.test();
			this.state = 347;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COMMA) {
				{
				this.state = 345;
				this.match(PythonParser.COMMA);
				this.state = 346;
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
			this.state = 358;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.IF:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 349;
				this.if_stmt();
				}
				break;
			case PythonParser.WHILE:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 350;
				this.while_stmt();
				}
				break;
			case PythonParser.FOR:
				this.enterOuterAlt(_localctx, 3);
				{
				this.state = 351;
				this.for_stmt();
				}
				break;
			case PythonParser.TRY:
				this.enterOuterAlt(_localctx, 4);
				{
				this.state = 352;
				this.try_stmt();
				}
				break;
			case PythonParser.WITH:
				this.enterOuterAlt(_localctx, 5);
				{
				this.state = 353;
				this.with_stmt();
				}
				break;
			case PythonParser.DEF:
				this.enterOuterAlt(_localctx, 6);
				{
				this.state = 354;
				this.funcdef();
				}
				break;
			case PythonParser.CLASS:
				this.enterOuterAlt(_localctx, 7);
				{
				this.state = 355;
				this.classdef();
				}
				break;
			case PythonParser.AT:
				this.enterOuterAlt(_localctx, 8);
				{
				this.state = 356;
				this.decorated();
				}
				break;
			case PythonParser.ASYNC:
				this.enterOuterAlt(_localctx, 9);
				{
				this.state = 357;
				this.async_stmt();
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
			this.state = 360;
			this.match(PythonParser.ASYNC);
			this.state = 364;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.DEF:
				{
				this.state = 361;
				this.funcdef();
				}
				break;
			case PythonParser.WITH:
				{
				this.state = 362;
				this.with_stmt();
				}
				break;
			case PythonParser.FOR:
				{
				this.state = 363;
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
			this.state = 366;
			this.match(PythonParser.IF);
			this.state = 367;
			this.namedexpr_test();
			this.state = 368;
			this.match(PythonParser.COLON);
			this.state = 369;
			this.block();
			this.state = 373;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			while (_la === PythonParser.ELIF) {
				{
				{
				this.state = 370;
				this.elif_clause();
				}
				}
				this.state = 375;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
			}
			this.state = 377;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.ELSE) {
				{
				this.state = 376;
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
			this.state = 379;
			this.match(PythonParser.ELIF);
			this.state = 380;
			this.namedexpr_test();
			this.state = 381;
			this.match(PythonParser.COLON);
			this.state = 382;
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
			this.state = 384;
			this.match(PythonParser.ELSE);
			this.state = 385;
			this.match(PythonParser.COLON);
			this.state = 386;
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
			this.state = 388;
			this.match(PythonParser.WHILE);
			this.state = 389;
			this.namedexpr_test();
			this.state = 390;
			this.match(PythonParser.COLON);
			this.state = 391;
			this.block();
			this.state = 393;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.ELSE) {
				{
				this.state = 392;
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
			this.state = 395;
			this.match(PythonParser.FOR);
			this.state = 396;
			this.exprlist();
			this.state = 397;
			this.match(PythonParser.IN);
			this.state = 398;
			this.testlist_star_expr();
			this.state = 399;
			this.match(PythonParser.COLON);
			this.state = 400;
			this.block();
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
	public try_stmt(): Try_stmtContext {
		let _localctx: Try_stmtContext = new Try_stmtContext(this._ctx, this.state);
		this.enterRule(_localctx, 66, PythonParser.RULE_try_stmt);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 404;
			this.match(PythonParser.TRY);
			this.state = 405;
			this.match(PythonParser.COLON);
			this.state = 406;
			this.block();
			this.state = 419;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.EXCEPT:
				{
				this.state = 408;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				do {
					{
					{
					this.state = 407;
					this.except_clause();
					}
					}
					this.state = 410;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
				} while (_la === PythonParser.EXCEPT);
				this.state = 413;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.ELSE) {
					{
					this.state = 412;
					this.else_clause();
					}
				}

				this.state = 416;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.FINALLY) {
					{
					this.state = 415;
					this.finally_clause();
					}
				}

				}
				break;
			case PythonParser.FINALLY:
				{
				this.state = 418;
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
			this.state = 421;
			this.match(PythonParser.EXCEPT);
			this.state = 423;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.STAR) {
				{
				this.state = 422;
				this.match(PythonParser.STAR);
				}
			}

			this.state = 430;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (((((_la - 3)) & ~0x1F) === 0 && ((1 << (_la - 3)) & ((1 << (PythonParser.STRING - 3)) | (1 << (PythonParser.NUMBER - 3)) | (1 << (PythonParser.FALSE - 3)) | (1 << (PythonParser.NONE - 3)) | (1 << (PythonParser.TRUE - 3)) | (1 << (PythonParser.AWAIT - 3)) | (1 << (PythonParser.LAMBDA - 3)) | (1 << (PythonParser.NOT - 3)))) !== 0) || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & ((1 << (PythonParser.NAME - 42)) | (1 << (PythonParser.LPAR - 42)) | (1 << (PythonParser.LSQB - 42)) | (1 << (PythonParser.LBRACE - 42)) | (1 << (PythonParser.ELLIPSIS - 42)) | (1 << (PythonParser.ADD - 42)) | (1 << (PythonParser.MINUS - 42)) | (1 << (PythonParser.NOT_OP - 42)))) !== 0)) {
				{
				this.state = 425;
				this.test();
				this.state = 428;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.AS) {
					{
					this.state = 426;
					this.match(PythonParser.AS);
					this.state = 427;
					this.name();
					}
				}

				}
			}

			this.state = 432;
			this.match(PythonParser.COLON);
			this.state = 433;
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
			this.state = 435;
			this.match(PythonParser.FINALLY);
			this.state = 436;
			this.match(PythonParser.COLON);
			this.state = 437;
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
			this.state = 439;
			this.match(PythonParser.WITH);
			this.state = 462;
			this._errHandler.sync(this);
			switch ( this.interpreter.adaptivePredict(this._input, 46, this._ctx) ) {
			case 1:
				{
				this.state = 440;
				this.match(PythonParser.LPAR);
				this.state = 441;
				this.with_item();
				this.state = 446;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 43, this._ctx);
				while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
					if (_alt === 1) {
						{
						{
						this.state = 442;
						this.match(PythonParser.COMMA);
						this.state = 443;
						this.with_item();
						}
						}
					}
					this.state = 448;
					this._errHandler.sync(this);
					_alt = this.interpreter.adaptivePredict(this._input, 43, this._ctx);
				}
				this.state = 450;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.COMMA) {
					{
					this.state = 449;
					this.match(PythonParser.COMMA);
					}
				}

				this.state = 452;
				this.match(PythonParser.RPAR);
				}
				break;

			case 2:
				{
				this.state = 454;
				this.with_item();
				this.state = 459;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				while (_la === PythonParser.COMMA) {
					{
					{
					this.state = 455;
					this.match(PythonParser.COMMA);
					this.state = 456;
					this.with_item();
					}
					}
					this.state = 461;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
				}
				}
				break;
			}
			this.state = 464;
			this.match(PythonParser.COLON);
			this.state = 465;
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
			this.state = 467;
			this.test();
			this.state = 470;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.AS) {
				{
				this.state = 468;
				this.match(PythonParser.AS);
				this.state = 469;
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
			this.state = 482;
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
				this.state = 472;
				this.simple_stmts();
				}
				break;
			case PythonParser.NEWLINE:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 473;
				this.match(PythonParser.NEWLINE);
				this.state = 474;
				this.match(PythonParser.INDENT);
				this.state = 476;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				do {
					{
					{
					this.state = 475;
					this.stmt();
					}
					}
					this.state = 478;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
				} while ((((_la) & ~0x1F) === 0 && ((1 << _la) & ((1 << PythonParser.STRING) | (1 << PythonParser.NUMBER) | (1 << PythonParser.FALSE) | (1 << PythonParser.NONE) | (1 << PythonParser.TRUE) | (1 << PythonParser.ASSERT) | (1 << PythonParser.ASYNC) | (1 << PythonParser.AWAIT) | (1 << PythonParser.BREAK) | (1 << PythonParser.CLASS) | (1 << PythonParser.CONTINUE) | (1 << PythonParser.DEF) | (1 << PythonParser.DEL) | (1 << PythonParser.FOR) | (1 << PythonParser.FROM) | (1 << PythonParser.GLOBAL) | (1 << PythonParser.IF) | (1 << PythonParser.IMPORT) | (1 << PythonParser.LAMBDA) | (1 << PythonParser.NONLOCAL))) !== 0) || ((((_la - 32)) & ~0x1F) === 0 && ((1 << (_la - 32)) & ((1 << (PythonParser.NOT - 32)) | (1 << (PythonParser.PASS - 32)) | (1 << (PythonParser.RAISE - 32)) | (1 << (PythonParser.RETURN - 32)) | (1 << (PythonParser.TRY - 32)) | (1 << (PythonParser.WHILE - 32)) | (1 << (PythonParser.WITH - 32)) | (1 << (PythonParser.YIELD - 32)) | (1 << (PythonParser.NAME - 32)) | (1 << (PythonParser.LPAR - 32)) | (1 << (PythonParser.LSQB - 32)) | (1 << (PythonParser.LBRACE - 32)) | (1 << (PythonParser.ELLIPSIS - 32)) | (1 << (PythonParser.STAR - 32)))) !== 0) || ((((_la - 64)) & ~0x1F) === 0 && ((1 << (_la - 64)) & ((1 << (PythonParser.ADD - 64)) | (1 << (PythonParser.MINUS - 64)) | (1 << (PythonParser.NOT_OP - 64)) | (1 << (PythonParser.AT - 64)))) !== 0));
				this.state = 480;
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
			this.state = 485;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			do {
				{
				{
				this.state = 484;
				this.decorator();
				}
				}
				this.state = 487;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
			} while (_la === PythonParser.AT);
			this.state = 492;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.CLASS:
				{
				this.state = 489;
				this.classdef();
				}
				break;
			case PythonParser.DEF:
				{
				this.state = 490;
				this.funcdef();
				}
				break;
			case PythonParser.ASYNC:
				{
				this.state = 491;
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
			this.state = 494;
			this.match(PythonParser.AT);
			this.state = 495;
			this.namedexpr_test();
			this.state = 496;
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
			this.state = 498;
			this.match(PythonParser.ASYNC);
			this.state = 499;
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
			this.state = 501;
			this.match(PythonParser.DEF);
			this.state = 502;
			this.name();
			this.state = 503;
			this.match(PythonParser.LPAR);
			this.state = 505;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & ((1 << (PythonParser.NAME - 42)) | (1 << (PythonParser.POWER - 42)) | (1 << (PythonParser.STAR - 42)) | (1 << (PythonParser.DIV - 42)))) !== 0)) {
				{
				this.state = 504;
				this.typedargslist();
				}
			}

			this.state = 507;
			this.match(PythonParser.RPAR);
			this.state = 510;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.ARROW) {
				{
				this.state = 508;
				this.match(PythonParser.ARROW);
				this.state = 509;
				this.test();
				}
			}

			this.state = 512;
			this.match(PythonParser.COLON);
			this.state = 513;
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
			this.state = 515;
			this.tparam();
			this.state = 520;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 54, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 516;
					this.match(PythonParser.COMMA);
					this.state = 517;
					this.tparam();
					}
					}
				}
				this.state = 522;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 54, this._ctx);
			}
			this.state = 524;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COMMA) {
				{
				this.state = 523;
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
			this.state = 538;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.NAME:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 526;
				this.tfpdef();
				this.state = 529;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.ASSIGN) {
					{
					this.state = 527;
					this.match(PythonParser.ASSIGN);
					this.state = 528;
					this.test();
					}
				}

				}
				break;
			case PythonParser.STAR:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 531;
				this.match(PythonParser.STAR);
				this.state = 533;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.NAME) {
					{
					this.state = 532;
					this.tfpdef();
					}
				}

				}
				break;
			case PythonParser.POWER:
				this.enterOuterAlt(_localctx, 3);
				{
				this.state = 535;
				this.match(PythonParser.POWER);
				this.state = 536;
				this.tfpdef();
				}
				break;
			case PythonParser.DIV:
				this.enterOuterAlt(_localctx, 4);
				{
				this.state = 537;
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
			this.state = 540;
			this.name();
			this.state = 543;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COLON) {
				{
				this.state = 541;
				this.match(PythonParser.COLON);
				this.state = 542;
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
			this.state = 545;
			this.vparam();
			this.state = 550;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 60, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 546;
					this.match(PythonParser.COMMA);
					this.state = 547;
					this.vparam();
					}
					}
				}
				this.state = 552;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 60, this._ctx);
			}
			this.state = 554;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COMMA) {
				{
				this.state = 553;
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
			this.state = 568;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.NAME:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 556;
				this.name();
				this.state = 559;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.ASSIGN) {
					{
					this.state = 557;
					this.match(PythonParser.ASSIGN);
					this.state = 558;
					this.test();
					}
				}

				}
				break;
			case PythonParser.STAR:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 561;
				this.match(PythonParser.STAR);
				this.state = 563;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.NAME) {
					{
					this.state = 562;
					this.name();
					}
				}

				}
				break;
			case PythonParser.POWER:
				this.enterOuterAlt(_localctx, 3);
				{
				this.state = 565;
				this.match(PythonParser.POWER);
				this.state = 566;
				this.name();
				}
				break;
			case PythonParser.DIV:
				this.enterOuterAlt(_localctx, 4);
				{
				this.state = 567;
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
			this.state = 570;
			this.match(PythonParser.CLASS);
			this.state = 571;
			this.name();
			this.state = 577;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.LPAR) {
				{
				this.state = 572;
				this.match(PythonParser.LPAR);
				this.state = 574;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (((((_la - 3)) & ~0x1F) === 0 && ((1 << (_la - 3)) & ((1 << (PythonParser.STRING - 3)) | (1 << (PythonParser.NUMBER - 3)) | (1 << (PythonParser.FALSE - 3)) | (1 << (PythonParser.NONE - 3)) | (1 << (PythonParser.TRUE - 3)) | (1 << (PythonParser.AWAIT - 3)) | (1 << (PythonParser.LAMBDA - 3)) | (1 << (PythonParser.NOT - 3)))) !== 0) || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & ((1 << (PythonParser.NAME - 42)) | (1 << (PythonParser.LPAR - 42)) | (1 << (PythonParser.LSQB - 42)) | (1 << (PythonParser.LBRACE - 42)) | (1 << (PythonParser.ELLIPSIS - 42)) | (1 << (PythonParser.POWER - 42)) | (1 << (PythonParser.STAR - 42)) | (1 << (PythonParser.ADD - 42)) | (1 << (PythonParser.MINUS - 42)) | (1 << (PythonParser.NOT_OP - 42)))) !== 0)) {
					{
					this.state = 573;
					this.arglist();
					}
				}

				this.state = 576;
				this.match(PythonParser.RPAR);
				}
			}

			this.state = 579;
			this.match(PythonParser.COLON);
			this.state = 580;
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
	public testlist_star_expr(): Testlist_star_exprContext {
		let _localctx: Testlist_star_exprContext = new Testlist_star_exprContext(this._ctx, this.state);
		this.enterRule(_localctx, 98, PythonParser.RULE_testlist_star_expr);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 584;
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
				this.state = 582;
				this.test();
				}
				break;
			case PythonParser.STAR:
				{
				this.state = 583;
				this.star_expr();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
			this.state = 593;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 69, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 586;
					this.match(PythonParser.COMMA);
					this.state = 589;
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
						this.state = 587;
						this.test();
						}
						break;
					case PythonParser.STAR:
						{
						this.state = 588;
						this.star_expr();
						}
						break;
					default:
						throw new NoViableAltException(this);
					}
					}
					}
				}
				this.state = 595;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 69, this._ctx);
			}
			this.state = 597;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COMMA) {
				{
				this.state = 596;
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
		this.enterRule(_localctx, 100, PythonParser.RULE_testlist);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 599;
			this.test();
			this.state = 604;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 71, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 600;
					this.match(PythonParser.COMMA);
					this.state = 601;
					this.test();
					}
					}
				}
				this.state = 606;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 71, this._ctx);
			}
			this.state = 608;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COMMA) {
				{
				this.state = 607;
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
		this.enterRule(_localctx, 102, PythonParser.RULE_exprlist);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 612;
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
				this.state = 610;
				this.expr(0);
				}
				break;
			case PythonParser.STAR:
				{
				this.state = 611;
				this.star_expr();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
			this.state = 621;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 75, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 614;
					this.match(PythonParser.COMMA);
					this.state = 617;
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
						this.state = 615;
						this.expr(0);
						}
						break;
					case PythonParser.STAR:
						{
						this.state = 616;
						this.star_expr();
						}
						break;
					default:
						throw new NoViableAltException(this);
					}
					}
					}
				}
				this.state = 623;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 75, this._ctx);
			}
			this.state = 625;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COMMA) {
				{
				this.state = 624;
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
		this.enterRule(_localctx, 104, PythonParser.RULE_namedexpr_test);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 627;
			this.test();
			this.state = 630;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.WALRUS) {
				{
				this.state = 628;
				this.match(PythonParser.WALRUS);
				this.state = 629;
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
		this.enterRule(_localctx, 106, PythonParser.RULE_test);
		let _la: number;
		try {
			this.state = 641;
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
				this.state = 632;
				this.or_test();
				this.state = 638;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.IF) {
					{
					this.state = 633;
					this.match(PythonParser.IF);
					this.state = 634;
					this.or_test();
					this.state = 635;
					this.match(PythonParser.ELSE);
					this.state = 636;
					this.test();
					}
				}

				}
				break;
			case PythonParser.LAMBDA:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 640;
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
		this.enterRule(_localctx, 108, PythonParser.RULE_lambdef);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 643;
			this.match(PythonParser.LAMBDA);
			this.state = 645;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & ((1 << (PythonParser.NAME - 42)) | (1 << (PythonParser.POWER - 42)) | (1 << (PythonParser.STAR - 42)) | (1 << (PythonParser.DIV - 42)))) !== 0)) {
				{
				this.state = 644;
				this.varargslist();
				}
			}

			this.state = 647;
			this.match(PythonParser.COLON);
			this.state = 648;
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
		this.enterRule(_localctx, 110, PythonParser.RULE_or_test);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 650;
			this.and_test();
			this.state = 655;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			while (_la === PythonParser.OR) {
				{
				{
				this.state = 651;
				this.match(PythonParser.OR);
				this.state = 652;
				this.and_test();
				}
				}
				this.state = 657;
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
		this.enterRule(_localctx, 112, PythonParser.RULE_and_test);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 658;
			this.not_test();
			this.state = 663;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			while (_la === PythonParser.AND) {
				{
				{
				this.state = 659;
				this.match(PythonParser.AND);
				this.state = 660;
				this.not_test();
				}
				}
				this.state = 665;
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
		this.enterRule(_localctx, 114, PythonParser.RULE_not_test);
		try {
			this.state = 669;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.NOT:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 666;
				this.match(PythonParser.NOT);
				this.state = 667;
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
				this.state = 668;
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
		this.enterRule(_localctx, 116, PythonParser.RULE_comparison);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 671;
			this.expr(0);
			this.state = 677;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			while (((((_la - 28)) & ~0x1F) === 0 && ((1 << (_la - 28)) & ((1 << (PythonParser.IN - 28)) | (1 << (PythonParser.IS - 28)) | (1 << (PythonParser.NOT - 28)))) !== 0) || ((((_la - 71)) & ~0x1F) === 0 && ((1 << (_la - 71)) & ((1 << (PythonParser.LESS_THAN - 71)) | (1 << (PythonParser.GREATER_THAN - 71)) | (1 << (PythonParser.EQUALS - 71)) | (1 << (PythonParser.GT_EQ - 71)) | (1 << (PythonParser.LT_EQ - 71)) | (1 << (PythonParser.NOT_EQ - 71)))) !== 0)) {
				{
				{
				this.state = 672;
				this.comp_op();
				this.state = 673;
				this.expr(0);
				}
				}
				this.state = 679;
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
		this.enterRule(_localctx, 118, PythonParser.RULE_comp_op);
		try {
			this.state = 692;
			this._errHandler.sync(this);
			switch ( this.interpreter.adaptivePredict(this._input, 85, this._ctx) ) {
			case 1:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 680;
				this.match(PythonParser.LESS_THAN);
				}
				break;

			case 2:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 681;
				this.match(PythonParser.GREATER_THAN);
				}
				break;

			case 3:
				this.enterOuterAlt(_localctx, 3);
				{
				this.state = 682;
				this.match(PythonParser.EQUALS);
				}
				break;

			case 4:
				this.enterOuterAlt(_localctx, 4);
				{
				this.state = 683;
				this.match(PythonParser.GT_EQ);
				}
				break;

			case 5:
				this.enterOuterAlt(_localctx, 5);
				{
				this.state = 684;
				this.match(PythonParser.LT_EQ);
				}
				break;

			case 6:
				this.enterOuterAlt(_localctx, 6);
				{
				this.state = 685;
				this.match(PythonParser.NOT_EQ);
				}
				break;

			case 7:
				this.enterOuterAlt(_localctx, 7);
				{
				this.state = 686;
				this.match(PythonParser.IN);
				}
				break;

			case 8:
				this.enterOuterAlt(_localctx, 8);
				{
				this.state = 687;
				this.match(PythonParser.NOT);
				this.state = 688;
				this.match(PythonParser.IN);
				}
				break;

			case 9:
				this.enterOuterAlt(_localctx, 9);
				{
				this.state = 689;
				this.match(PythonParser.IS);
				}
				break;

			case 10:
				this.enterOuterAlt(_localctx, 10);
				{
				this.state = 690;
				this.match(PythonParser.IS);
				this.state = 691;
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
		this.enterRule(_localctx, 120, PythonParser.RULE_star_expr);
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 694;
			this.match(PythonParser.STAR);
			this.state = 695;
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
		let _startState: number = 122;
		this.enterRecursionRule(_localctx, 122, PythonParser.RULE_expr, _p);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 701;
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

				this.state = 698;
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
				this.state = 699;
				(_localctx as UnaryExprContext)._op = this._input.LT(1);
				_la = this._input.LA(1);
				if (!(((((_la - 64)) & ~0x1F) === 0 && ((1 << (_la - 64)) & ((1 << (PythonParser.ADD - 64)) | (1 << (PythonParser.MINUS - 64)) | (1 << (PythonParser.NOT_OP - 64)))) !== 0))) {
					(_localctx as UnaryExprContext)._op = this._errHandler.recoverInline(this);
				} else {
					if (this._input.LA(1) === Token.EOF) {
						this.matchedEOF = true;
					}

					this._errHandler.reportMatch(this);
					this.consume();
				}
				this.state = 700;
				this.expr(7);
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
			this._ctx._stop = this._input.tryLT(-1);
			this.state = 726;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 88, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					if (this._parseListeners != null) {
						this.triggerExitRuleEvent();
					}
					_prevctx = _localctx;
					{
					this.state = 724;
					this._errHandler.sync(this);
					switch ( this.interpreter.adaptivePredict(this._input, 87, this._ctx) ) {
					case 1:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						this.pushNewRecursionContext(_localctx, _startState, PythonParser.RULE_expr);
						this.state = 703;
						if (!(this.precpred(this._ctx, 8))) {
							throw this.createFailedPredicateException("this.precpred(this._ctx, 8)");
						}
						this.state = 704;
						(_localctx as BinaryExprContext)._op = this.match(PythonParser.POWER);
						this.state = 705;
						this.expr(8);
						}
						break;

					case 2:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						this.pushNewRecursionContext(_localctx, _startState, PythonParser.RULE_expr);
						this.state = 706;
						if (!(this.precpred(this._ctx, 6))) {
							throw this.createFailedPredicateException("this.precpred(this._ctx, 6)");
						}
						this.state = 707;
						(_localctx as BinaryExprContext)._op = this._input.LT(1);
						_la = this._input.LA(1);
						if (!(((((_la - 57)) & ~0x1F) === 0 && ((1 << (_la - 57)) & ((1 << (PythonParser.STAR - 57)) | (1 << (PythonParser.DIV - 57)) | (1 << (PythonParser.MOD - 57)) | (1 << (PythonParser.IDIV - 57)) | (1 << (PythonParser.AT - 57)))) !== 0))) {
							(_localctx as BinaryExprContext)._op = this._errHandler.recoverInline(this);
						} else {
							if (this._input.LA(1) === Token.EOF) {
								this.matchedEOF = true;
							}

							this._errHandler.reportMatch(this);
							this.consume();
						}
						this.state = 708;
						this.expr(7);
						}
						break;

					case 3:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						this.pushNewRecursionContext(_localctx, _startState, PythonParser.RULE_expr);
						this.state = 709;
						if (!(this.precpred(this._ctx, 5))) {
							throw this.createFailedPredicateException("this.precpred(this._ctx, 5)");
						}
						this.state = 710;
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
						this.state = 711;
						this.expr(6);
						}
						break;

					case 4:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						this.pushNewRecursionContext(_localctx, _startState, PythonParser.RULE_expr);
						this.state = 712;
						if (!(this.precpred(this._ctx, 4))) {
							throw this.createFailedPredicateException("this.precpred(this._ctx, 4)");
						}
						this.state = 713;
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
						this.state = 714;
						this.expr(5);
						}
						break;

					case 5:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						this.pushNewRecursionContext(_localctx, _startState, PythonParser.RULE_expr);
						this.state = 715;
						if (!(this.precpred(this._ctx, 3))) {
							throw this.createFailedPredicateException("this.precpred(this._ctx, 3)");
						}
						this.state = 716;
						(_localctx as BinaryExprContext)._op = this.match(PythonParser.AND_OP);
						this.state = 717;
						this.expr(4);
						}
						break;

					case 6:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						this.pushNewRecursionContext(_localctx, _startState, PythonParser.RULE_expr);
						this.state = 718;
						if (!(this.precpred(this._ctx, 2))) {
							throw this.createFailedPredicateException("this.precpred(this._ctx, 2)");
						}
						this.state = 719;
						(_localctx as BinaryExprContext)._op = this.match(PythonParser.XOR);
						this.state = 720;
						this.expr(3);
						}
						break;

					case 7:
						{
						_localctx = new BinaryExprContext(new ExprContext(_parentctx, _parentState));
						this.pushNewRecursionContext(_localctx, _startState, PythonParser.RULE_expr);
						this.state = 721;
						if (!(this.precpred(this._ctx, 1))) {
							throw this.createFailedPredicateException("this.precpred(this._ctx, 1)");
						}
						this.state = 722;
						(_localctx as BinaryExprContext)._op = this.match(PythonParser.OR_OP);
						this.state = 723;
						this.expr(2);
						}
						break;
					}
					}
				}
				this.state = 728;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 88, this._ctx);
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
		this.enterRule(_localctx, 124, PythonParser.RULE_await_primary);
		try {
			this.state = 732;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.AWAIT:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 729;
				this.match(PythonParser.AWAIT);
				this.state = 730;
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
				this.state = 731;
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
		this.enterRule(_localctx, 126, PythonParser.RULE_primary);
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 734;
			this.atom();
			this.state = 738;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 90, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 735;
					this.trailer();
					}
					}
				}
				this.state = 740;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 90, this._ctx);
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
		this.enterRule(_localctx, 128, PythonParser.RULE_trailer);
		let _la: number;
		try {
			this.state = 752;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.LPAR:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 741;
				this.match(PythonParser.LPAR);
				this.state = 743;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (((((_la - 3)) & ~0x1F) === 0 && ((1 << (_la - 3)) & ((1 << (PythonParser.STRING - 3)) | (1 << (PythonParser.NUMBER - 3)) | (1 << (PythonParser.FALSE - 3)) | (1 << (PythonParser.NONE - 3)) | (1 << (PythonParser.TRUE - 3)) | (1 << (PythonParser.AWAIT - 3)) | (1 << (PythonParser.LAMBDA - 3)) | (1 << (PythonParser.NOT - 3)))) !== 0) || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & ((1 << (PythonParser.NAME - 42)) | (1 << (PythonParser.LPAR - 42)) | (1 << (PythonParser.LSQB - 42)) | (1 << (PythonParser.LBRACE - 42)) | (1 << (PythonParser.ELLIPSIS - 42)) | (1 << (PythonParser.POWER - 42)) | (1 << (PythonParser.STAR - 42)) | (1 << (PythonParser.ADD - 42)) | (1 << (PythonParser.MINUS - 42)) | (1 << (PythonParser.NOT_OP - 42)))) !== 0)) {
					{
					this.state = 742;
					this.arglist();
					}
				}

				this.state = 745;
				this.match(PythonParser.RPAR);
				}
				break;
			case PythonParser.LSQB:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 746;
				this.match(PythonParser.LSQB);
				this.state = 747;
				this.subscriptlist();
				this.state = 748;
				this.match(PythonParser.RSQB);
				}
				break;
			case PythonParser.DOT:
				this.enterOuterAlt(_localctx, 3);
				{
				this.state = 750;
				this.match(PythonParser.DOT);
				this.state = 751;
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
		this.enterRule(_localctx, 130, PythonParser.RULE_atom);
		let _la: number;
		try {
			let _alt: number;
			this.state = 781;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.LPAR:
				_localctx = new ParenAtomContext(_localctx);
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 754;
				this.match(PythonParser.LPAR);
				this.state = 757;
				this._errHandler.sync(this);
				switch (this._input.LA(1)) {
				case PythonParser.YIELD:
					{
					this.state = 755;
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
					this.state = 756;
					this.testlist_comp();
					}
					break;
				case PythonParser.RPAR:
					break;
				default:
					break;
				}
				this.state = 759;
				this.match(PythonParser.RPAR);
				}
				break;
			case PythonParser.LSQB:
				_localctx = new ListAtomContext(_localctx);
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 760;
				this.match(PythonParser.LSQB);
				this.state = 762;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (((((_la - 3)) & ~0x1F) === 0 && ((1 << (_la - 3)) & ((1 << (PythonParser.STRING - 3)) | (1 << (PythonParser.NUMBER - 3)) | (1 << (PythonParser.FALSE - 3)) | (1 << (PythonParser.NONE - 3)) | (1 << (PythonParser.TRUE - 3)) | (1 << (PythonParser.AWAIT - 3)) | (1 << (PythonParser.LAMBDA - 3)) | (1 << (PythonParser.NOT - 3)))) !== 0) || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & ((1 << (PythonParser.NAME - 42)) | (1 << (PythonParser.LPAR - 42)) | (1 << (PythonParser.LSQB - 42)) | (1 << (PythonParser.LBRACE - 42)) | (1 << (PythonParser.ELLIPSIS - 42)) | (1 << (PythonParser.STAR - 42)) | (1 << (PythonParser.ADD - 42)) | (1 << (PythonParser.MINUS - 42)) | (1 << (PythonParser.NOT_OP - 42)))) !== 0)) {
					{
					this.state = 761;
					this.testlist_comp();
					}
				}

				this.state = 764;
				this.match(PythonParser.RSQB);
				}
				break;
			case PythonParser.LBRACE:
				_localctx = new BraceAtomContext(_localctx);
				this.enterOuterAlt(_localctx, 3);
				{
				this.state = 765;
				this.match(PythonParser.LBRACE);
				this.state = 767;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (((((_la - 3)) & ~0x1F) === 0 && ((1 << (_la - 3)) & ((1 << (PythonParser.STRING - 3)) | (1 << (PythonParser.NUMBER - 3)) | (1 << (PythonParser.FALSE - 3)) | (1 << (PythonParser.NONE - 3)) | (1 << (PythonParser.TRUE - 3)) | (1 << (PythonParser.AWAIT - 3)) | (1 << (PythonParser.LAMBDA - 3)) | (1 << (PythonParser.NOT - 3)))) !== 0) || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & ((1 << (PythonParser.NAME - 42)) | (1 << (PythonParser.LPAR - 42)) | (1 << (PythonParser.LSQB - 42)) | (1 << (PythonParser.LBRACE - 42)) | (1 << (PythonParser.ELLIPSIS - 42)) | (1 << (PythonParser.POWER - 42)) | (1 << (PythonParser.STAR - 42)) | (1 << (PythonParser.ADD - 42)) | (1 << (PythonParser.MINUS - 42)) | (1 << (PythonParser.NOT_OP - 42)))) !== 0)) {
					{
					this.state = 766;
					this.dictorsetmaker();
					}
				}

				this.state = 769;
				this.match(PythonParser.RBRACE);
				}
				break;
			case PythonParser.NAME:
				_localctx = new NameAtomContext(_localctx);
				this.enterOuterAlt(_localctx, 4);
				{
				this.state = 770;
				this.name();
				}
				break;
			case PythonParser.NUMBER:
				_localctx = new NumberAtomContext(_localctx);
				this.enterOuterAlt(_localctx, 5);
				{
				this.state = 771;
				this.match(PythonParser.NUMBER);
				}
				break;
			case PythonParser.STRING:
				_localctx = new StringAtomContext(_localctx);
				this.enterOuterAlt(_localctx, 6);
				{
				this.state = 773;
				this._errHandler.sync(this);
				_alt = 1;
				do {
					switch (_alt) {
					case 1:
						{
						{
						this.state = 772;
						this.match(PythonParser.STRING);
						}
						}
						break;
					default:
						throw new NoViableAltException(this);
					}
					this.state = 775;
					this._errHandler.sync(this);
					_alt = this.interpreter.adaptivePredict(this._input, 96, this._ctx);
				} while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER);
				}
				break;
			case PythonParser.ELLIPSIS:
				_localctx = new EllipsisAtomContext(_localctx);
				this.enterOuterAlt(_localctx, 7);
				{
				this.state = 777;
				this.match(PythonParser.ELLIPSIS);
				}
				break;
			case PythonParser.NONE:
				_localctx = new NoneAtomContext(_localctx);
				this.enterOuterAlt(_localctx, 8);
				{
				this.state = 778;
				this.match(PythonParser.NONE);
				}
				break;
			case PythonParser.TRUE:
				_localctx = new TrueAtomContext(_localctx);
				this.enterOuterAlt(_localctx, 9);
				{
				this.state = 779;
				this.match(PythonParser.TRUE);
				}
				break;
			case PythonParser.FALSE:
				_localctx = new FalseAtomContext(_localctx);
				this.enterOuterAlt(_localctx, 10);
				{
				this.state = 780;
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
		this.enterRule(_localctx, 132, PythonParser.RULE_name);
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 783;
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
		this.enterRule(_localctx, 134, PythonParser.RULE_testlist_comp);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 787;
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
				this.state = 785;
				this.namedexpr_test();
				}
				break;
			case PythonParser.STAR:
				{
				this.state = 786;
				this.star_expr();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
			this.state = 803;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.ASYNC:
			case PythonParser.FOR:
				{
				this.state = 789;
				this.comp_for();
				}
				break;
			case PythonParser.RPAR:
			case PythonParser.RSQB:
			case PythonParser.COMMA:
				{
				this.state = 797;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 100, this._ctx);
				while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
					if (_alt === 1) {
						{
						{
						this.state = 790;
						this.match(PythonParser.COMMA);
						this.state = 793;
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
							this.state = 791;
							this.namedexpr_test();
							}
							break;
						case PythonParser.STAR:
							{
							this.state = 792;
							this.star_expr();
							}
							break;
						default:
							throw new NoViableAltException(this);
						}
						}
						}
					}
					this.state = 799;
					this._errHandler.sync(this);
					_alt = this.interpreter.adaptivePredict(this._input, 100, this._ctx);
				}
				this.state = 801;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.COMMA) {
					{
					this.state = 800;
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
		this.enterRule(_localctx, 136, PythonParser.RULE_subscriptlist);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 805;
			this.subscript();
			this.state = 810;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 103, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 806;
					this.match(PythonParser.COMMA);
					this.state = 807;
					this.subscript();
					}
					}
				}
				this.state = 812;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 103, this._ctx);
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
	public subscript(): SubscriptContext {
		let _localctx: SubscriptContext = new SubscriptContext(this._ctx, this.state);
		this.enterRule(_localctx, 138, PythonParser.RULE_subscript);
		let _la: number;
		try {
			this.state = 831;
			this._errHandler.sync(this);
			switch ( this.interpreter.adaptivePredict(this._input, 109, this._ctx) ) {
			case 1:
				_localctx = new SliceSubscriptContext(_localctx);
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 817;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (((((_la - 3)) & ~0x1F) === 0 && ((1 << (_la - 3)) & ((1 << (PythonParser.STRING - 3)) | (1 << (PythonParser.NUMBER - 3)) | (1 << (PythonParser.FALSE - 3)) | (1 << (PythonParser.NONE - 3)) | (1 << (PythonParser.TRUE - 3)) | (1 << (PythonParser.AWAIT - 3)) | (1 << (PythonParser.LAMBDA - 3)) | (1 << (PythonParser.NOT - 3)))) !== 0) || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & ((1 << (PythonParser.NAME - 42)) | (1 << (PythonParser.LPAR - 42)) | (1 << (PythonParser.LSQB - 42)) | (1 << (PythonParser.LBRACE - 42)) | (1 << (PythonParser.ELLIPSIS - 42)) | (1 << (PythonParser.ADD - 42)) | (1 << (PythonParser.MINUS - 42)) | (1 << (PythonParser.NOT_OP - 42)))) !== 0)) {
					{
					this.state = 816;
					this.test();
					}
				}

				this.state = 819;
				this.match(PythonParser.COLON);
				this.state = 821;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (((((_la - 3)) & ~0x1F) === 0 && ((1 << (_la - 3)) & ((1 << (PythonParser.STRING - 3)) | (1 << (PythonParser.NUMBER - 3)) | (1 << (PythonParser.FALSE - 3)) | (1 << (PythonParser.NONE - 3)) | (1 << (PythonParser.TRUE - 3)) | (1 << (PythonParser.AWAIT - 3)) | (1 << (PythonParser.LAMBDA - 3)) | (1 << (PythonParser.NOT - 3)))) !== 0) || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & ((1 << (PythonParser.NAME - 42)) | (1 << (PythonParser.LPAR - 42)) | (1 << (PythonParser.LSQB - 42)) | (1 << (PythonParser.LBRACE - 42)) | (1 << (PythonParser.ELLIPSIS - 42)) | (1 << (PythonParser.ADD - 42)) | (1 << (PythonParser.MINUS - 42)) | (1 << (PythonParser.NOT_OP - 42)))) !== 0)) {
					{
					this.state = 820;
					this.test();
					}
				}

				this.state = 827;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.COLON) {
					{
					this.state = 823;
					this.match(PythonParser.COLON);
					this.state = 825;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
					if (((((_la - 3)) & ~0x1F) === 0 && ((1 << (_la - 3)) & ((1 << (PythonParser.STRING - 3)) | (1 << (PythonParser.NUMBER - 3)) | (1 << (PythonParser.FALSE - 3)) | (1 << (PythonParser.NONE - 3)) | (1 << (PythonParser.TRUE - 3)) | (1 << (PythonParser.AWAIT - 3)) | (1 << (PythonParser.LAMBDA - 3)) | (1 << (PythonParser.NOT - 3)))) !== 0) || ((((_la - 42)) & ~0x1F) === 0 && ((1 << (_la - 42)) & ((1 << (PythonParser.NAME - 42)) | (1 << (PythonParser.LPAR - 42)) | (1 << (PythonParser.LSQB - 42)) | (1 << (PythonParser.LBRACE - 42)) | (1 << (PythonParser.ELLIPSIS - 42)) | (1 << (PythonParser.ADD - 42)) | (1 << (PythonParser.MINUS - 42)) | (1 << (PythonParser.NOT_OP - 42)))) !== 0)) {
						{
						this.state = 824;
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
				this.state = 829;
				this.namedexpr_test();
				}
				break;

			case 3:
				_localctx = new StarSubscriptContext(_localctx);
				this.enterOuterAlt(_localctx, 3);
				{
				this.state = 830;
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
		this.enterRule(_localctx, 140, PythonParser.RULE_dictorsetmaker);
		let _la: number;
		try {
			let _alt: number;
			this.state = 861;
			this._errHandler.sync(this);
			switch ( this.interpreter.adaptivePredict(this._input, 116, this._ctx) ) {
			case 1:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 833;
				this.dict_item();
				this.state = 845;
				this._errHandler.sync(this);
				switch (this._input.LA(1)) {
				case PythonParser.ASYNC:
				case PythonParser.FOR:
					{
					this.state = 834;
					this.comp_for();
					}
					break;
				case PythonParser.RBRACE:
				case PythonParser.COMMA:
					{
					this.state = 839;
					this._errHandler.sync(this);
					_alt = this.interpreter.adaptivePredict(this._input, 110, this._ctx);
					while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
						if (_alt === 1) {
							{
							{
							this.state = 835;
							this.match(PythonParser.COMMA);
							this.state = 836;
							this.dict_item();
							}
							}
						}
						this.state = 841;
						this._errHandler.sync(this);
						_alt = this.interpreter.adaptivePredict(this._input, 110, this._ctx);
					}
					this.state = 843;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
					if (_la === PythonParser.COMMA) {
						{
						this.state = 842;
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
				this.state = 847;
				this.set_item();
				this.state = 859;
				this._errHandler.sync(this);
				switch (this._input.LA(1)) {
				case PythonParser.ASYNC:
				case PythonParser.FOR:
					{
					this.state = 848;
					this.comp_for();
					}
					break;
				case PythonParser.RBRACE:
				case PythonParser.COMMA:
					{
					this.state = 853;
					this._errHandler.sync(this);
					_alt = this.interpreter.adaptivePredict(this._input, 113, this._ctx);
					while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
						if (_alt === 1) {
							{
							{
							this.state = 849;
							this.match(PythonParser.COMMA);
							this.state = 850;
							this.set_item();
							}
							}
						}
						this.state = 855;
						this._errHandler.sync(this);
						_alt = this.interpreter.adaptivePredict(this._input, 113, this._ctx);
					}
					this.state = 857;
					this._errHandler.sync(this);
					_la = this._input.LA(1);
					if (_la === PythonParser.COMMA) {
						{
						this.state = 856;
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
		this.enterRule(_localctx, 142, PythonParser.RULE_dict_item);
		try {
			this.state = 869;
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
				this.state = 863;
				this.test();
				this.state = 864;
				this.match(PythonParser.COLON);
				this.state = 865;
				this.test();
				}
				break;
			case PythonParser.POWER:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 867;
				this.match(PythonParser.POWER);
				this.state = 868;
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
		this.enterRule(_localctx, 144, PythonParser.RULE_set_item);
		try {
			this.state = 873;
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
				this.state = 871;
				this.namedexpr_test();
				}
				break;
			case PythonParser.STAR:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 872;
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
		this.enterRule(_localctx, 146, PythonParser.RULE_arglist);
		let _la: number;
		try {
			let _alt: number;
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 875;
			this.argument();
			this.state = 880;
			this._errHandler.sync(this);
			_alt = this.interpreter.adaptivePredict(this._input, 119, this._ctx);
			while (_alt !== 2 && _alt !== ATN.INVALID_ALT_NUMBER) {
				if (_alt === 1) {
					{
					{
					this.state = 876;
					this.match(PythonParser.COMMA);
					this.state = 877;
					this.argument();
					}
					}
				}
				this.state = 882;
				this._errHandler.sync(this);
				_alt = this.interpreter.adaptivePredict(this._input, 119, this._ctx);
			}
			this.state = 884;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.COMMA) {
				{
				this.state = 883;
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
		this.enterRule(_localctx, 148, PythonParser.RULE_argument);
		let _la: number;
		try {
			this.state = 898;
			this._errHandler.sync(this);
			switch ( this.interpreter.adaptivePredict(this._input, 122, this._ctx) ) {
			case 1:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 886;
				this.name();
				this.state = 887;
				this.match(PythonParser.ASSIGN);
				this.state = 888;
				this.test();
				}
				break;

			case 2:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 890;
				this.namedexpr_test();
				this.state = 892;
				this._errHandler.sync(this);
				_la = this._input.LA(1);
				if (_la === PythonParser.ASYNC || _la === PythonParser.FOR) {
					{
					this.state = 891;
					this.comp_for();
					}
				}

				}
				break;

			case 3:
				this.enterOuterAlt(_localctx, 3);
				{
				this.state = 894;
				this.match(PythonParser.STAR);
				this.state = 895;
				this.test();
				}
				break;

			case 4:
				this.enterOuterAlt(_localctx, 4);
				{
				this.state = 896;
				this.match(PythonParser.POWER);
				this.state = 897;
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
		this.enterRule(_localctx, 150, PythonParser.RULE_comp_for);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 901;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if (_la === PythonParser.ASYNC) {
				{
				this.state = 900;
				this.match(PythonParser.ASYNC);
				}
			}

			this.state = 903;
			this.match(PythonParser.FOR);
			this.state = 904;
			this.exprlist();
			this.state = 905;
			this.match(PythonParser.IN);
			this.state = 906;
			this.or_test();
			this.state = 908;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if ((((_la) & ~0x1F) === 0 && ((1 << _la) & ((1 << PythonParser.ASYNC) | (1 << PythonParser.FOR) | (1 << PythonParser.IF))) !== 0)) {
				{
				this.state = 907;
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
		this.enterRule(_localctx, 152, PythonParser.RULE_comp_iter);
		try {
			this.state = 912;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.ASYNC:
			case PythonParser.FOR:
				this.enterOuterAlt(_localctx, 1);
				{
				this.state = 910;
				this.comp_for();
				}
				break;
			case PythonParser.IF:
				this.enterOuterAlt(_localctx, 2);
				{
				this.state = 911;
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
		this.enterRule(_localctx, 154, PythonParser.RULE_comp_if);
		let _la: number;
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 914;
			this.match(PythonParser.IF);
			this.state = 915;
			this.or_test();
			this.state = 917;
			this._errHandler.sync(this);
			_la = this._input.LA(1);
			if ((((_la) & ~0x1F) === 0 && ((1 << _la) & ((1 << PythonParser.ASYNC) | (1 << PythonParser.FOR) | (1 << PythonParser.IF))) !== 0)) {
				{
				this.state = 916;
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
		this.enterRule(_localctx, 156, PythonParser.RULE_yield_expr);
		try {
			this.enterOuterAlt(_localctx, 1);
			{
			this.state = 919;
			this.match(PythonParser.YIELD);
			this.state = 923;
			this._errHandler.sync(this);
			switch (this._input.LA(1)) {
			case PythonParser.FROM:
				{
				this.state = 920;
				this.match(PythonParser.FROM);
				this.state = 921;
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
				this.state = 922;
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
		case 61:
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

	private static readonly _serializedATNSegments: number = 2;
	private static readonly _serializedATNSegment0: string =
		"\x03\uC91D\uCABA\u058D\uAFBA\u4F53\u0607\uEA8B\uC241\x03_\u03A0\x04\x02" +
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
		"O\tO\x04P\tP\x03\x02\x03\x02\x07\x02\xA3\n\x02\f\x02\x0E\x02\xA6\v\x02" +
		"\x03\x02\x03\x02\x03\x03\x03\x03\x05\x03\xAC\n\x03\x03\x03\x03\x03\x03" +
		"\x04\x03\x04\x05\x04\xB2\n\x04\x03\x05\x03\x05\x03\x05\x07\x05\xB7\n\x05" +
		"\f\x05\x0E\x05\xBA\v\x05\x03\x05\x05\x05\xBD\n\x05\x03\x05\x03\x05\x03" +
		"\x06\x03\x06\x03\x06\x03\x06\x03\x06\x03\x06\x03\x06\x03\x06\x03\x06\x03" +
		"\x06\x03\x06\x03\x06\x05\x06\xCD\n\x06\x03\x07\x03\x07\x03\x07\x03\x07" +
		"\x03\x07\x05\x07\xD4\n\x07\x03\x07\x03\x07\x03\x07\x05\x07\xD9\n\x07\x07" +
		"\x07\xDB\n\x07\f\x07\x0E\x07\xDE\v\x07\x05\x07\xE0\n\x07\x03\b\x03\b\x03" +
		"\b\x03\b\x03\b\x05\b\xE7\n\b\x05\b\xE9\n\b\x03\t\x03\t\x03\n\x03\n\x03" +
		"\n\x03\v\x03\v\x03\f\x03\f\x03\r\x03\r\x03\x0E\x03\x0E\x05\x0E\xF8\n\x0E" +
		"\x03\x0F\x03\x0F\x03\x0F\x03\x0F\x05\x0F\xFE\n\x0F\x05\x0F\u0100\n\x0F" +
		"\x03\x10\x03\x10\x03\x11\x03\x11\x05\x11\u0106\n\x11\x03\x12\x03\x12\x03" +
		"\x12\x03\x13\x03\x13\x07\x13\u010D\n\x13\f\x13\x0E\x13\u0110\v\x13\x03" +
		"\x13\x03\x13\x06\x13\u0114\n\x13\r\x13\x0E\x13\u0115\x05\x13\u0118\n\x13" +
		"\x03\x13\x03\x13\x03\x13\x03\x13\x03\x13\x03\x13\x03\x13\x05\x13\u0121" +
		"\n\x13\x03\x14\x03\x14\x03\x14\x05\x14\u0126\n\x14\x03\x15\x03\x15\x03" +
		"\x15\x05\x15\u012B\n\x15\x03\x16\x03\x16\x03\x16\x07\x16\u0130\n\x16\f" +
		"\x16\x0E\x16\u0133\v\x16\x03\x16\x05\x16\u0136\n\x16\x03\x17\x03\x17\x03" +
		"\x17\x07\x17\u013B\n\x17\f\x17\x0E\x17\u013E\v\x17\x03\x18\x03\x18\x03" +
		"\x18\x07\x18\u0143\n\x18\f\x18\x0E\x18\u0146\v\x18\x03\x19\x03\x19\x03" +
		"\x19\x03\x19\x07\x19\u014C\n\x19\f\x19\x0E\x19\u014F\v\x19\x03\x1A\x03" +
		"\x1A\x03\x1A\x03\x1A\x07\x1A\u0155\n\x1A\f\x1A\x0E\x1A\u0158\v\x1A\x03" +
		"\x1B\x03\x1B\x03\x1B\x03\x1B\x05\x1B\u015E\n\x1B\x03\x1C\x03\x1C\x03\x1C" +
		"\x03\x1C\x03\x1C\x03\x1C\x03\x1C\x03\x1C\x03\x1C\x05\x1C\u0169\n\x1C\x03" +
		"\x1D\x03\x1D\x03\x1D\x03\x1D\x05\x1D\u016F\n\x1D\x03\x1E\x03\x1E\x03\x1E" +
		"\x03\x1E\x03\x1E\x07\x1E\u0176\n\x1E\f\x1E\x0E\x1E\u0179\v\x1E\x03\x1E" +
		"\x05\x1E\u017C\n\x1E\x03\x1F\x03\x1F\x03\x1F\x03\x1F\x03\x1F\x03 \x03" +
		" \x03 \x03 \x03!\x03!\x03!\x03!\x03!\x05!\u018C\n!\x03\"\x03\"\x03\"\x03" +
		"\"\x03\"\x03\"\x03\"\x05\"\u0195\n\"\x03#\x03#\x03#\x03#\x06#\u019B\n" +
		"#\r#\x0E#\u019C\x03#\x05#\u01A0\n#\x03#\x05#\u01A3\n#\x03#\x05#\u01A6" +
		"\n#\x03$\x03$\x05$\u01AA\n$\x03$\x03$\x03$\x05$\u01AF\n$\x05$\u01B1\n" +
		"$\x03$\x03$\x03$\x03%\x03%\x03%\x03%\x03&\x03&\x03&\x03&\x03&\x07&\u01BF" +
		"\n&\f&\x0E&\u01C2\v&\x03&\x05&\u01C5\n&\x03&\x03&\x03&\x03&\x03&\x07&" +
		"\u01CC\n&\f&\x0E&\u01CF\v&\x05&\u01D1\n&\x03&\x03&\x03&\x03\'\x03\'\x03" +
		"\'\x05\'\u01D9\n\'\x03(\x03(\x03(\x03(\x06(\u01DF\n(\r(\x0E(\u01E0\x03" +
		"(\x03(\x05(\u01E5\n(\x03)\x06)\u01E8\n)\r)\x0E)\u01E9\x03)\x03)\x03)\x05" +
		")\u01EF\n)\x03*\x03*\x03*\x03*\x03+\x03+\x03+\x03,\x03,\x03,\x03,\x05" +
		",\u01FC\n,\x03,\x03,\x03,\x05,\u0201\n,\x03,\x03,\x03,\x03-\x03-\x03-" +
		"\x07-\u0209\n-\f-\x0E-\u020C\v-\x03-\x05-\u020F\n-\x03.\x03.\x03.\x05" +
		".\u0214\n.\x03.\x03.\x05.\u0218\n.\x03.\x03.\x03.\x05.\u021D\n.\x03/\x03" +
		"/\x03/\x05/\u0222\n/\x030\x030\x030\x070\u0227\n0\f0\x0E0\u022A\v0\x03" +
		"0\x050\u022D\n0\x031\x031\x031\x051\u0232\n1\x031\x031\x051\u0236\n1\x03" +
		"1\x031\x031\x051\u023B\n1\x032\x032\x032\x032\x052\u0241\n2\x032\x052" +
		"\u0244\n2\x032\x032\x032\x033\x033\x053\u024B\n3\x033\x033\x033\x053\u0250" +
		"\n3\x073\u0252\n3\f3\x0E3\u0255\v3\x033\x053\u0258\n3\x034\x034\x034\x07" +
		"4\u025D\n4\f4\x0E4\u0260\v4\x034\x054\u0263\n4\x035\x035\x055\u0267\n" +
		"5\x035\x035\x035\x055\u026C\n5\x075\u026E\n5\f5\x0E5\u0271\v5\x035\x05" +
		"5\u0274\n5\x036\x036\x036\x056\u0279\n6\x037\x037\x037\x037\x037\x037" +
		"\x057\u0281\n7\x037\x057\u0284\n7\x038\x038\x058\u0288\n8\x038\x038\x03" +
		"8\x039\x039\x039\x079\u0290\n9\f9\x0E9\u0293\v9\x03:\x03:\x03:\x07:\u0298" +
		"\n:\f:\x0E:\u029B\v:\x03;\x03;\x03;\x05;\u02A0\n;\x03<\x03<\x03<\x03<" +
		"\x07<\u02A6\n<\f<\x0E<\u02A9\v<\x03=\x03=\x03=\x03=\x03=\x03=\x03=\x03" +
		"=\x03=\x03=\x03=\x03=\x05=\u02B7\n=\x03>\x03>\x03>\x03?\x03?\x03?\x03" +
		"?\x05?\u02C0\n?\x03?\x03?\x03?\x03?\x03?\x03?\x03?\x03?\x03?\x03?\x03" +
		"?\x03?\x03?\x03?\x03?\x03?\x03?\x03?\x03?\x03?\x03?\x07?\u02D7\n?\f?\x0E" +
		"?\u02DA\v?\x03@\x03@\x03@\x05@\u02DF\n@\x03A\x03A\x07A\u02E3\nA\fA\x0E" +
		"A\u02E6\vA\x03B\x03B\x05B\u02EA\nB\x03B\x03B\x03B\x03B\x03B\x03B\x03B" +
		"\x05B\u02F3\nB\x03C\x03C\x03C\x05C\u02F8\nC\x03C\x03C\x03C\x05C\u02FD" +
		"\nC\x03C\x03C\x03C\x05C\u0302\nC\x03C\x03C\x03C\x03C\x06C\u0308\nC\rC" +
		"\x0EC\u0309\x03C\x03C\x03C\x03C\x05C\u0310\nC\x03D\x03D\x03E\x03E\x05" +
		"E\u0316\nE\x03E\x03E\x03E\x03E\x05E\u031C\nE\x07E\u031E\nE\fE\x0EE\u0321" +
		"\vE\x03E\x05E\u0324\nE\x05E\u0326\nE\x03F\x03F\x03F\x07F\u032B\nF\fF\x0E" +
		"F\u032E\vF\x03F\x05F\u0331\nF\x03G\x05G\u0334\nG\x03G\x03G\x05G\u0338" +
		"\nG\x03G\x03G\x05G\u033C\nG\x05G\u033E\nG\x03G\x03G\x05G\u0342\nG\x03" +
		"H\x03H\x03H\x03H\x07H\u0348\nH\fH\x0EH\u034B\vH\x03H\x05H\u034E\nH\x05" +
		"H\u0350\nH\x03H\x03H\x03H\x03H\x07H\u0356\nH\fH\x0EH\u0359\vH\x03H\x05" +
		"H\u035C\nH\x05H\u035E\nH\x05H\u0360\nH\x03I\x03I\x03I\x03I\x03I\x03I\x05" +
		"I\u0368\nI\x03J\x03J\x05J\u036C\nJ\x03K\x03K\x03K\x07K\u0371\nK\fK\x0E" +
		"K\u0374\vK\x03K\x05K\u0377\nK\x03L\x03L\x03L\x03L\x03L\x03L\x05L\u037F" +
		"\nL\x03L\x03L\x03L\x03L\x05L\u0385\nL\x03M\x05M\u0388\nM\x03M\x03M\x03" +
		"M\x03M\x03M\x05M\u038F\nM\x03N\x03N\x05N\u0393\nN\x03O\x03O\x03O\x05O" +
		"\u0398\nO\x03P\x03P\x03P\x03P\x05P\u039E\nP\x03P\x02\x02\x03|Q\x02\x02" +
		"\x04\x02\x06\x02\b\x02\n\x02\f\x02\x0E\x02\x10\x02\x12\x02\x14\x02\x16" +
		"\x02\x18\x02\x1A\x02\x1C\x02\x1E\x02 \x02\"\x02$\x02&\x02(\x02*\x02,\x02" +
		".\x020\x022\x024\x026\x028\x02:\x02<\x02>\x02@\x02B\x02D\x02F\x02H\x02" +
		"J\x02L\x02N\x02P\x02R\x02T\x02V\x02X\x02Z\x02\\\x02^\x02`\x02b\x02d\x02" +
		"f\x02h\x02j\x02l\x02n\x02p\x02r\x02t\x02v\x02x\x02z\x02|\x02~\x02\x80" +
		"\x02\x82\x02\x84\x02\x86\x02\x88\x02\x8A\x02\x8C\x02\x8E\x02\x90\x02\x92" +
		"\x02\x94\x02\x96\x02\x98\x02\x9A\x02\x9C\x02\x9E\x02\x02\b\x03\x02O[\x03" +
		"\x0234\x04\x02BCGG\x05\x02;;DFHH\x03\x02BC\x03\x02@A\x02\u0404\x02\xA4" +
		"\x03\x02\x02\x02\x04\xAB\x03\x02\x02\x02\x06\xB1\x03\x02\x02\x02\b\xB3" +
		"\x03\x02\x02\x02\n\xCC\x03\x02\x02\x02\f\xCE\x03\x02\x02\x02\x0E\xE1\x03" +
		"\x02\x02\x02\x10\xEA\x03\x02\x02\x02\x12\xEC\x03\x02\x02\x02\x14\xEF\x03" +
		"\x02\x02\x02\x16\xF1\x03\x02\x02\x02\x18\xF3\x03\x02\x02\x02\x1A\xF5\x03" +
		"\x02\x02\x02\x1C\xF9\x03\x02\x02\x02\x1E\u0101\x03\x02\x02\x02 \u0105" +
		"\x03\x02\x02\x02\"\u0107\x03\x02\x02\x02$\u010A\x03\x02\x02\x02&\u0122" +
		"\x03\x02\x02\x02(\u0127\x03\x02\x02\x02*\u012C\x03\x02\x02\x02,\u0137" +
		"\x03\x02\x02\x02.\u013F\x03\x02\x02\x020\u0147\x03\x02\x02\x022\u0150" +
		"\x03\x02\x02\x024\u0159\x03\x02\x02\x026\u0168\x03\x02\x02\x028\u016A" +
		"\x03\x02\x02\x02:\u0170\x03\x02\x02\x02<\u017D\x03\x02\x02\x02>\u0182" +
		"\x03\x02\x02\x02@\u0186\x03\x02\x02\x02B\u018D\x03\x02\x02\x02D\u0196" +
		"\x03\x02\x02\x02F\u01A7\x03\x02\x02\x02H\u01B5\x03\x02\x02\x02J\u01B9" +
		"\x03\x02\x02\x02L\u01D5\x03\x02\x02\x02N\u01E4\x03\x02\x02\x02P\u01E7" +
		"\x03\x02\x02\x02R\u01F0\x03\x02\x02\x02T\u01F4\x03\x02\x02\x02V\u01F7" +
		"\x03\x02\x02\x02X\u0205\x03\x02\x02\x02Z\u021C\x03\x02\x02\x02\\\u021E" +
		"\x03\x02\x02\x02^\u0223\x03\x02\x02\x02`\u023A\x03\x02\x02\x02b\u023C" +
		"\x03\x02\x02\x02d\u024A\x03\x02\x02\x02f\u0259\x03\x02\x02\x02h\u0266" +
		"\x03\x02\x02\x02j\u0275\x03\x02\x02\x02l\u0283\x03\x02\x02\x02n\u0285" +
		"\x03\x02\x02\x02p\u028C\x03\x02\x02\x02r\u0294\x03\x02\x02\x02t\u029F" +
		"\x03\x02\x02\x02v\u02A1\x03\x02\x02\x02x\u02B6\x03\x02\x02\x02z\u02B8" +
		"\x03\x02\x02\x02|\u02BF\x03\x02\x02\x02~\u02DE\x03\x02\x02\x02\x80\u02E0" +
		"\x03\x02\x02\x02\x82\u02F2\x03\x02\x02\x02\x84\u030F\x03\x02\x02\x02\x86" +
		"\u0311\x03\x02\x02\x02\x88\u0315\x03\x02\x02\x02\x8A\u0327\x03\x02\x02" +
		"\x02\x8C\u0341\x03\x02\x02\x02\x8E\u035F\x03\x02\x02\x02\x90\u0367\x03" +
		"\x02\x02\x02\x92\u036B\x03\x02\x02\x02\x94\u036D\x03\x02\x02\x02\x96\u0384" +
		"\x03\x02\x02\x02\x98\u0387\x03\x02\x02\x02\x9A\u0392\x03\x02\x02\x02\x9C" +
		"\u0394\x03\x02\x02\x02\x9E\u0399\x03\x02\x02\x02\xA0\xA3\x07+\x02\x02" +
		"\xA1\xA3\x05\x06\x04\x02\xA2\xA0\x03\x02\x02\x02\xA2\xA1\x03\x02\x02\x02" +
		"\xA3\xA6\x03\x02\x02\x02\xA4\xA2\x03\x02\x02\x02\xA4\xA5\x03\x02\x02\x02" +
		"\xA5\xA7\x03\x02\x02\x02\xA6\xA4\x03\x02\x02\x02\xA7\xA8\x07\x02\x02\x03" +
		"\xA8\x03\x03\x02\x02\x02\xA9\xAC\x05\x9EP\x02\xAA\xAC\x05d3\x02\xAB\xA9" +
		"\x03\x02\x02\x02\xAB\xAA\x03\x02\x02\x02\xAC\xAD\x03\x02\x02\x02\xAD\xAE" +
		"\x07\x02\x02\x03\xAE\x05\x03\x02\x02\x02\xAF\xB2\x05\b\x05\x02\xB0\xB2" +
		"\x056\x1C\x02\xB1\xAF\x03\x02\x02\x02\xB1\xB0\x03\x02\x02\x02\xB2\x07" +
		"\x03\x02\x02\x02\xB3\xB8\x05\n\x06\x02\xB4\xB5\x077\x02\x02\xB5\xB7\x05" +
		"\n\x06\x02\xB6\xB4\x03\x02\x02\x02\xB7\xBA\x03\x02\x02\x02\xB8\xB6\x03" +
		"\x02\x02\x02\xB8\xB9\x03\x02\x02\x02\xB9\xBC\x03\x02\x02\x02\xBA\xB8\x03" +
		"\x02\x02\x02\xBB\xBD\x077\x02\x02\xBC\xBB\x03\x02\x02\x02\xBC\xBD\x03" +
		"\x02\x02\x02\xBD\xBE\x03\x02\x02\x02\xBE\xBF\x07+\x02\x02\xBF\t\x03\x02" +
		"\x02\x02\xC0\xCD\x05\f\x07\x02\xC1\xCD\x05\x12\n\x02\xC2\xCD\x05\x14\v" +
		"\x02\xC3\xCD\x05\x16\f\x02\xC4\xCD\x05\x18\r\x02\xC5\xCD\x05\x1A\x0E\x02" +
		"\xC6\xCD\x05\x1C\x0F\x02\xC7\xCD\x05\x1E\x10\x02\xC8\xCD\x05 \x11\x02" +
		"\xC9\xCD\x050\x19\x02\xCA\xCD\x052\x1A\x02\xCB\xCD\x054\x1B\x02\xCC\xC0" +
		"\x03\x02\x02\x02\xCC\xC1\x03\x02\x02\x02\xCC\xC2\x03\x02\x02\x02\xCC\xC3" +
		"\x03\x02\x02\x02\xCC\xC4\x03\x02\x02\x02\xCC\xC5\x03\x02\x02\x02\xCC\xC6" +
		"\x03\x02\x02\x02\xCC\xC7\x03\x02\x02\x02\xCC\xC8\x03\x02\x02\x02\xCC\xC9" +
		"\x03\x02\x02\x02\xCC\xCA\x03\x02\x02\x02\xCC\xCB\x03\x02\x02\x02\xCD\v" +
		"\x03\x02\x02\x02\xCE\xDF\x05d3\x02\xCF\xE0\x05\x0E\b\x02\xD0\xD3\x05\x10" +
		"\t\x02\xD1\xD4\x05\x9EP\x02\xD2\xD4\x05d3\x02\xD3\xD1\x03\x02\x02\x02" +
		"\xD3\xD2\x03\x02\x02\x02\xD4\xE0\x03\x02\x02\x02\xD5\xD8\x07<\x02\x02" +
		"\xD6\xD9\x05\x9EP\x02\xD7\xD9\x05d3\x02\xD8\xD6\x03\x02\x02\x02\xD8\xD7" +
		"\x03\x02\x02\x02\xD9\xDB\x03\x02\x02\x02\xDA\xD5\x03\x02\x02\x02\xDB\xDE" +
		"\x03\x02\x02\x02\xDC\xDA\x03\x02\x02\x02\xDC\xDD\x03\x02\x02\x02\xDD\xE0" +
		"\x03\x02\x02\x02\xDE\xDC\x03\x02\x02\x02\xDF\xCF\x03\x02\x02\x02\xDF\xD0" +
		"\x03\x02\x02\x02\xDF\xDC\x03\x02\x02\x02\xE0\r\x03\x02\x02\x02\xE1\xE2" +
		"\x076\x02\x02\xE2\xE8\x05l7\x02\xE3\xE6\x07<\x02\x02\xE4\xE7\x05\x9EP" +
		"\x02\xE5\xE7\x05d3\x02\xE6\xE4\x03\x02\x02\x02\xE6\xE5\x03\x02\x02\x02" +
		"\xE7\xE9\x03\x02\x02\x02\xE8\xE3\x03\x02\x02\x02\xE8\xE9\x03\x02\x02\x02" +
		"\xE9\x0F\x03\x02\x02\x02\xEA\xEB\t\x02\x02\x02\xEB\x11\x03\x02\x02\x02" +
		"\xEC\xED\x07\x14\x02\x02\xED\xEE\x05h5\x02\xEE\x13\x03\x02\x02\x02\xEF" +
		"\xF0\x07$\x02\x02\xF0\x15\x03\x02\x02\x02\xF1\xF2\x07\x10\x02\x02\xF2" +
		"\x17\x03\x02\x02\x02\xF3\xF4\x07\x12\x02\x02\xF4\x19\x03\x02\x02\x02\xF5" +
		"\xF7\x07&\x02\x02\xF6\xF8\x05d3\x02\xF7\xF6\x03\x02\x02\x02\xF7\xF8\x03" +
		"\x02\x02\x02\xF8\x1B\x03\x02\x02\x02\xF9\xFF\x07%\x02\x02\xFA\xFD\x05" +
		"l7\x02\xFB\xFC\x07\x1A\x02\x02\xFC\xFE\x05l7\x02\xFD\xFB\x03\x02\x02\x02" +
		"\xFD\xFE\x03\x02\x02\x02\xFE\u0100\x03\x02\x02\x02\xFF\xFA\x03\x02\x02" +
		"\x02\xFF\u0100\x03\x02\x02\x02\u0100\x1D\x03\x02\x02\x02\u0101\u0102\x05" +
		"\x9EP\x02\u0102\x1F\x03\x02\x02\x02\u0103\u0106\x05\"\x12\x02\u0104\u0106" +
		"\x05$\x13\x02\u0105\u0103\x03\x02\x02\x02\u0105\u0104\x03\x02\x02\x02" +
		"\u0106!\x03\x02\x02\x02\u0107\u0108\x07\x1D\x02\x02\u0108\u0109\x05,\x17" +
		"\x02\u0109#\x03\x02\x02\x02\u010A\u0117\x07\x1A\x02\x02\u010B\u010D\t" +
		"\x03\x02\x02\u010C\u010B\x03\x02\x02\x02\u010D\u0110\x03\x02\x02\x02\u010E" +
		"\u010C\x03\x02\x02\x02\u010E\u010F\x03\x02\x02\x02\u010F\u0111\x03\x02" +
		"\x02\x02\u0110\u010E\x03\x02\x02\x02\u0111\u0118\x05.\x18\x02\u0112\u0114" +
		"\t\x03\x02\x02\u0113\u0112\x03\x02\x02\x02\u0114\u0115\x03\x02\x02\x02" +
		"\u0115\u0113\x03\x02\x02\x02\u0115\u0116\x03\x02\x02\x02\u0116\u0118\x03" +
		"\x02\x02\x02\u0117\u010E\x03\x02\x02\x02\u0117\u0113\x03\x02\x02\x02\u0118" +
		"\u0119\x03\x02\x02\x02\u0119\u0120\x07\x1D\x02\x02\u011A\u0121\x07;\x02" +
		"\x02\u011B\u011C\x07-\x02\x02\u011C\u011D\x05*\x16\x02\u011D\u011E\x07" +
		".\x02\x02\u011E\u0121\x03\x02\x02\x02\u011F\u0121\x05*\x16\x02\u0120\u011A" +
		"\x03\x02\x02\x02\u0120\u011B\x03\x02\x02\x02\u0120\u011F\x03\x02\x02\x02" +
		"\u0121%\x03\x02\x02\x02\u0122\u0125\x05\x86D\x02\u0123\u0124\x07\f\x02" +
		"\x02\u0124\u0126\x05\x86D\x02\u0125\u0123\x03\x02\x02\x02\u0125\u0126" +
		"\x03\x02\x02\x02\u0126\'\x03\x02\x02\x02\u0127\u012A\x05.\x18\x02\u0128" +
		"\u0129\x07\f\x02\x02\u0129\u012B\x05\x86D\x02\u012A\u0128\x03\x02\x02" +
		"\x02\u012A\u012B\x03\x02\x02\x02\u012B)\x03\x02\x02\x02\u012C\u0131\x05" +
		"&\x14\x02\u012D\u012E\x075\x02\x02\u012E\u0130\x05&\x14\x02\u012F\u012D" +
		"\x03\x02\x02\x02\u0130\u0133\x03\x02\x02\x02\u0131\u012F\x03\x02\x02\x02" +
		"\u0131\u0132\x03\x02\x02\x02\u0132\u0135\x03\x02\x02\x02\u0133\u0131\x03" +
		"\x02\x02\x02\u0134\u0136\x075\x02\x02\u0135\u0134\x03\x02\x02\x02\u0135" +
		"\u0136\x03\x02\x02\x02\u0136+\x03\x02\x02\x02\u0137\u013C\x05(\x15\x02" +
		"\u0138\u0139\x075\x02\x02\u0139\u013B\x05(\x15\x02\u013A\u0138\x03\x02" +
		"\x02\x02\u013B\u013E\x03\x02\x02\x02\u013C\u013A\x03\x02\x02\x02\u013C" +
		"\u013D\x03\x02\x02\x02\u013D-\x03\x02\x02\x02\u013E\u013C\x03\x02\x02" +
		"\x02\u013F\u0144\x05\x86D\x02\u0140\u0141\x074\x02\x02\u0141\u0143\x05" +
		"\x86D\x02\u0142\u0140\x03\x02\x02\x02\u0143\u0146\x03\x02\x02\x02\u0144" +
		"\u0142\x03\x02\x02\x02\u0144\u0145\x03\x02\x02\x02\u0145/\x03\x02\x02" +
		"\x02\u0146\u0144\x03\x02\x02\x02\u0147\u0148\x07\x1B\x02\x02\u0148\u014D" +
		"\x05\x86D\x02\u0149\u014A\x075\x02\x02\u014A\u014C\x05\x86D\x02\u014B" +
		"\u0149\x03\x02\x02\x02\u014C\u014F\x03\x02\x02\x02\u014D\u014B\x03\x02" +
		"\x02\x02\u014D\u014E\x03\x02\x02\x02\u014E1\x03\x02\x02\x02\u014F\u014D" +
		"\x03\x02\x02\x02\u0150\u0151\x07!\x02\x02\u0151\u0156\x05\x86D\x02\u0152" +
		"\u0153\x075\x02\x02\u0153\u0155\x05\x86D\x02\u0154\u0152\x03\x02\x02\x02" +
		"\u0155\u0158\x03\x02\x02\x02\u0156\u0154\x03\x02\x02\x02\u0156\u0157\x03" +
		"\x02\x02\x02\u01573\x03\x02\x02\x02\u0158\u0156\x03\x02\x02\x02\u0159" +
		"\u015A\x07\r\x02\x02\u015A\u015D\x05l7\x02\u015B\u015C\x075\x02\x02\u015C" +
		"\u015E\x05l7\x02\u015D\u015B\x03\x02\x02\x02\u015D\u015E\x03\x02\x02\x02" +
		"\u015E5\x03\x02\x02\x02\u015F\u0169\x05:\x1E\x02\u0160\u0169\x05@!\x02" +
		"\u0161\u0169\x05B\"\x02\u0162\u0169\x05D#\x02\u0163\u0169\x05J&\x02\u0164" +
		"\u0169\x05V,\x02\u0165\u0169\x05b2\x02\u0166\u0169\x05P)\x02\u0167\u0169" +
		"\x058\x1D\x02\u0168\u015F\x03\x02\x02\x02\u0168\u0160\x03\x02\x02\x02" +
		"\u0168\u0161\x03\x02\x02\x02\u0168\u0162\x03\x02\x02\x02\u0168\u0163\x03" +
		"\x02\x02\x02\u0168\u0164\x03\x02\x02\x02\u0168\u0165\x03\x02\x02\x02\u0168" +
		"\u0166\x03\x02\x02\x02\u0168\u0167\x03\x02\x02\x02\u01697\x03\x02\x02" +
		"\x02\u016A\u016E\x07\x0E\x02\x02\u016B\u016F\x05V,\x02\u016C\u016F\x05" +
		"J&\x02\u016D\u016F\x05B\"\x02\u016E\u016B\x03\x02\x02\x02\u016E\u016C" +
		"\x03\x02\x02\x02\u016E\u016D\x03\x02\x02\x02\u016F9\x03\x02\x02\x02\u0170" +
		"\u0171\x07\x1C\x02\x02\u0171\u0172\x05j6\x02\u0172\u0173\x076\x02\x02" +
		"\u0173\u0177\x05N(\x02\u0174\u0176\x05<\x1F\x02\u0175\u0174\x03\x02\x02" +
		"\x02\u0176\u0179\x03\x02\x02\x02\u0177\u0175\x03\x02\x02\x02\u0177\u0178" +
		"\x03\x02\x02\x02\u0178\u017B\x03\x02\x02\x02\u0179\u0177\x03\x02\x02\x02" +
		"\u017A\u017C\x05> \x02\u017B\u017A\x03\x02\x02\x02\u017B\u017C\x03\x02" +
		"\x02\x02\u017C;\x03\x02\x02\x02\u017D\u017E\x07\x15\x02\x02\u017E\u017F" +
		"\x05j6\x02\u017F\u0180\x076\x02\x02\u0180\u0181\x05N(\x02\u0181=\x03\x02" +
		"\x02\x02\u0182\u0183\x07\x16\x02\x02\u0183\u0184\x076\x02\x02\u0184\u0185" +
		"\x05N(\x02\u0185?\x03\x02\x02\x02\u0186\u0187\x07(\x02\x02\u0187\u0188" +
		"\x05j6\x02\u0188\u0189\x076\x02\x02\u0189\u018B\x05N(\x02\u018A\u018C" +
		"\x05> \x02\u018B\u018A\x03\x02\x02\x02\u018B\u018C\x03\x02\x02\x02\u018C" +
		"A\x03\x02\x02\x02\u018D\u018E\x07\x19\x02\x02\u018E\u018F\x05h5\x02\u018F" +
		"\u0190\x07\x1E\x02\x02\u0190\u0191\x05d3\x02\u0191\u0192\x076\x02\x02" +
		"\u0192\u0194\x05N(\x02\u0193\u0195\x05> \x02\u0194\u0193\x03\x02\x02\x02" +
		"\u0194\u0195\x03\x02\x02\x02\u0195C\x03\x02\x02\x02\u0196\u0197\x07\'" +
		"\x02\x02\u0197\u0198\x076\x02\x02\u0198\u01A5\x05N(\x02\u0199\u019B\x05" +
		"F$\x02\u019A\u0199\x03\x02\x02\x02\u019B\u019C\x03\x02\x02\x02\u019C\u019A" +
		"\x03\x02\x02\x02\u019C\u019D\x03\x02\x02\x02\u019D\u019F\x03\x02\x02\x02" +
		"\u019E\u01A0\x05> \x02\u019F\u019E\x03\x02\x02\x02\u019F\u01A0\x03\x02" +
		"\x02\x02\u01A0\u01A2\x03\x02\x02\x02\u01A1\u01A3\x05H%\x02\u01A2\u01A1" +
		"\x03\x02\x02\x02\u01A2\u01A3\x03\x02\x02\x02\u01A3\u01A6\x03\x02\x02\x02" +
		"\u01A4\u01A6\x05H%\x02\u01A5\u019A\x03\x02\x02\x02\u01A5\u01A4\x03\x02" +
		"\x02\x02\u01A6E\x03\x02\x02\x02\u01A7\u01A9\x07\x17\x02\x02\u01A8\u01AA" +
		"\x07;\x02\x02\u01A9\u01A8\x03\x02\x02\x02\u01A9\u01AA\x03\x02\x02\x02" +
		"\u01AA\u01B0\x03\x02\x02\x02\u01AB\u01AE\x05l7\x02\u01AC\u01AD\x07\f\x02" +
		"\x02\u01AD\u01AF\x05\x86D\x02\u01AE\u01AC\x03\x02\x02\x02\u01AE\u01AF" +
		"\x03\x02\x02\x02\u01AF\u01B1\x03\x02\x02\x02\u01B0\u01AB\x03\x02\x02\x02" +
		"\u01B0\u01B1\x03\x02\x02\x02\u01B1\u01B2\x03\x02\x02\x02\u01B2\u01B3\x07" +
		"6\x02\x02\u01B3\u01B4\x05N(\x02\u01B4G\x03\x02\x02\x02\u01B5\u01B6\x07" +
		"\x18\x02\x02\u01B6\u01B7\x076\x02\x02\u01B7\u01B8\x05N(\x02\u01B8I\x03" +
		"\x02\x02\x02\u01B9\u01D0\x07)\x02\x02\u01BA\u01BB\x07-\x02\x02\u01BB\u01C0" +
		"\x05L\'\x02\u01BC\u01BD\x075\x02\x02\u01BD\u01BF\x05L\'\x02\u01BE\u01BC" +
		"\x03\x02\x02\x02\u01BF\u01C2\x03\x02\x02\x02\u01C0\u01BE\x03\x02\x02\x02" +
		"\u01C0\u01C1\x03\x02\x02\x02\u01C1\u01C4\x03\x02\x02\x02\u01C2\u01C0\x03" +
		"\x02\x02\x02\u01C3\u01C5\x075\x02\x02\u01C4\u01C3\x03\x02\x02\x02\u01C4" +
		"\u01C5\x03\x02\x02\x02\u01C5\u01C6\x03\x02\x02\x02\u01C6\u01C7\x07.\x02" +
		"\x02\u01C7\u01D1\x03\x02\x02\x02\u01C8\u01CD\x05L\'\x02\u01C9\u01CA\x07" +
		"5\x02\x02\u01CA\u01CC\x05L\'\x02\u01CB\u01C9\x03\x02\x02\x02\u01CC\u01CF" +
		"\x03\x02\x02\x02\u01CD\u01CB\x03\x02\x02\x02\u01CD\u01CE\x03\x02\x02\x02" +
		"\u01CE\u01D1\x03\x02\x02\x02\u01CF\u01CD\x03\x02\x02\x02\u01D0\u01BA\x03" +
		"\x02\x02\x02\u01D0\u01C8\x03\x02\x02\x02\u01D1\u01D2\x03\x02\x02\x02\u01D2" +
		"\u01D3\x076\x02\x02\u01D3\u01D4\x05N(\x02\u01D4K\x03\x02\x02\x02\u01D5" +
		"\u01D8\x05l7\x02\u01D6\u01D7\x07\f\x02\x02\u01D7\u01D9\x05|?\x02\u01D8" +
		"\u01D6\x03\x02\x02\x02\u01D8\u01D9\x03\x02\x02\x02\u01D9M\x03\x02\x02" +
		"\x02\u01DA\u01E5\x05\b\x05\x02\u01DB\u01DC\x07+\x02\x02\u01DC\u01DE\x07";
	private static readonly _serializedATNSegment1: string =
		"\x03\x02\x02\u01DD\u01DF\x05\x06\x04\x02\u01DE\u01DD\x03\x02\x02\x02\u01DF" +
		"\u01E0\x03\x02\x02\x02\u01E0\u01DE\x03\x02\x02\x02\u01E0\u01E1\x03\x02" +
		"\x02\x02\u01E1\u01E2\x03\x02\x02\x02\u01E2\u01E3\x07\x04\x02\x02\u01E3" +
		"\u01E5\x03\x02\x02\x02\u01E4\u01DA\x03\x02\x02\x02\u01E4\u01DB\x03\x02" +
		"\x02\x02\u01E5O\x03\x02\x02\x02\u01E6\u01E8\x05R*\x02\u01E7\u01E6\x03" +
		"\x02\x02\x02\u01E8\u01E9\x03\x02\x02\x02\u01E9\u01E7\x03\x02\x02\x02\u01E9" +
		"\u01EA\x03\x02\x02\x02\u01EA\u01EE\x03\x02\x02\x02\u01EB\u01EF\x05b2\x02" +
		"\u01EC\u01EF\x05V,\x02\u01ED\u01EF\x05T+\x02\u01EE\u01EB\x03\x02\x02\x02" +
		"\u01EE\u01EC\x03\x02\x02\x02\u01EE\u01ED\x03\x02\x02\x02\u01EFQ\x03\x02" +
		"\x02\x02\u01F0\u01F1\x07H\x02\x02\u01F1\u01F2\x05j6\x02\u01F2\u01F3\x07" +
		"+\x02\x02\u01F3S\x03\x02\x02\x02\u01F4\u01F5\x07\x0E\x02\x02\u01F5\u01F6" +
		"\x05V,\x02\u01F6U\x03\x02\x02\x02\u01F7\u01F8\x07\x13\x02\x02\u01F8\u01F9" +
		"\x05\x86D\x02\u01F9\u01FB\x07-\x02\x02\u01FA\u01FC\x05X-\x02\u01FB\u01FA" +
		"\x03\x02\x02\x02\u01FB\u01FC\x03\x02\x02\x02\u01FC\u01FD\x03\x02\x02\x02" +
		"\u01FD\u0200\x07.\x02\x02\u01FE\u01FF\x078\x02\x02\u01FF\u0201\x05l7\x02" +
		"\u0200\u01FE\x03\x02\x02\x02\u0200\u0201\x03\x02\x02\x02\u0201\u0202\x03" +
		"\x02\x02\x02\u0202\u0203\x076\x02\x02\u0203\u0204\x05N(\x02\u0204W\x03" +
		"\x02\x02\x02\u0205\u020A\x05Z.\x02\u0206\u0207\x075\x02\x02\u0207\u0209" +
		"\x05Z.\x02\u0208\u0206\x03\x02\x02\x02\u0209\u020C\x03\x02\x02\x02\u020A" +
		"\u0208\x03\x02\x02\x02\u020A\u020B\x03\x02\x02\x02\u020B\u020E\x03\x02" +
		"\x02\x02\u020C\u020A\x03\x02\x02\x02\u020D\u020F\x075\x02\x02\u020E\u020D" +
		"\x03\x02\x02\x02\u020E\u020F\x03\x02\x02\x02\u020FY\x03\x02\x02\x02\u0210" +
		"\u0213\x05\\/\x02\u0211\u0212\x07<\x02\x02\u0212\u0214\x05l7\x02\u0213" +
		"\u0211\x03\x02\x02\x02\u0213\u0214\x03\x02\x02\x02\u0214\u021D\x03\x02" +
		"\x02\x02\u0215\u0217\x07;\x02\x02\u0216\u0218\x05\\/\x02\u0217\u0216\x03" +
		"\x02\x02\x02\u0217\u0218\x03\x02\x02\x02\u0218\u021D\x03\x02\x02\x02\u0219" +
		"\u021A\x07:\x02\x02\u021A\u021D\x05\\/\x02\u021B\u021D\x07D\x02\x02\u021C" +
		"\u0210\x03\x02\x02\x02\u021C\u0215\x03\x02\x02\x02\u021C\u0219\x03\x02" +
		"\x02\x02\u021C\u021B\x03\x02\x02\x02\u021D[\x03\x02\x02\x02\u021E\u0221" +
		"\x05\x86D\x02\u021F\u0220\x076\x02\x02\u0220\u0222\x05l7\x02\u0221\u021F" +
		"\x03\x02\x02\x02\u0221\u0222\x03\x02\x02\x02\u0222]\x03\x02\x02\x02\u0223" +
		"\u0228\x05`1\x02\u0224\u0225\x075\x02\x02\u0225\u0227\x05`1\x02\u0226" +
		"\u0224\x03\x02\x02\x02\u0227\u022A\x03\x02\x02\x02\u0228\u0226\x03\x02" +
		"\x02\x02\u0228\u0229\x03\x02\x02\x02\u0229\u022C\x03\x02\x02\x02\u022A" +
		"\u0228\x03\x02\x02\x02\u022B\u022D\x075\x02\x02\u022C\u022B\x03\x02\x02" +
		"\x02\u022C\u022D\x03\x02\x02\x02\u022D_\x03\x02\x02\x02\u022E\u0231\x05" +
		"\x86D\x02\u022F\u0230\x07<\x02\x02\u0230\u0232\x05l7\x02\u0231\u022F\x03" +
		"\x02\x02\x02\u0231\u0232\x03\x02\x02\x02\u0232\u023B\x03\x02\x02\x02\u0233" +
		"\u0235\x07;\x02\x02\u0234\u0236\x05\x86D\x02\u0235\u0234\x03\x02\x02\x02" +
		"\u0235\u0236\x03\x02\x02\x02\u0236\u023B\x03\x02\x02\x02\u0237\u0238\x07" +
		":\x02\x02\u0238\u023B\x05\x86D\x02\u0239\u023B\x07D\x02\x02\u023A\u022E" +
		"\x03\x02\x02\x02\u023A\u0233\x03\x02\x02\x02\u023A\u0237\x03\x02\x02\x02" +
		"\u023A\u0239\x03\x02\x02\x02\u023Ba\x03\x02\x02\x02\u023C\u023D\x07\x11" +
		"\x02\x02\u023D\u0243\x05\x86D\x02\u023E\u0240\x07-\x02\x02\u023F\u0241" +
		"\x05\x94K\x02\u0240\u023F\x03\x02\x02\x02\u0240\u0241\x03\x02\x02\x02" +
		"\u0241\u0242\x03\x02\x02\x02\u0242\u0244\x07.\x02\x02\u0243\u023E\x03" +
		"\x02\x02\x02\u0243\u0244\x03\x02\x02\x02\u0244\u0245\x03\x02\x02\x02\u0245" +
		"\u0246\x076\x02\x02\u0246\u0247\x05N(\x02\u0247c\x03\x02\x02\x02\u0248" +
		"\u024B\x05l7\x02\u0249\u024B\x05z>\x02\u024A\u0248\x03\x02\x02\x02\u024A" +
		"\u0249\x03\x02\x02\x02\u024B\u0253\x03\x02\x02\x02\u024C\u024F\x075\x02" +
		"\x02\u024D\u0250\x05l7\x02\u024E\u0250\x05z>\x02\u024F\u024D\x03\x02\x02" +
		"\x02\u024F\u024E\x03\x02\x02\x02\u0250\u0252\x03\x02\x02\x02\u0251\u024C" +
		"\x03\x02\x02\x02\u0252\u0255\x03\x02\x02\x02\u0253\u0251\x03\x02\x02\x02" +
		"\u0253\u0254\x03\x02\x02\x02\u0254\u0257\x03\x02\x02\x02\u0255\u0253\x03" +
		"\x02\x02\x02\u0256\u0258\x075\x02\x02\u0257\u0256\x03\x02\x02\x02\u0257" +
		"\u0258\x03\x02\x02\x02\u0258e\x03\x02\x02\x02\u0259\u025E\x05l7\x02\u025A" +
		"\u025B\x075\x02\x02\u025B\u025D\x05l7\x02\u025C\u025A\x03\x02\x02\x02" +
		"\u025D\u0260\x03\x02\x02\x02\u025E\u025C\x03\x02\x02\x02\u025E\u025F\x03" +
		"\x02\x02\x02\u025F\u0262\x03\x02\x02\x02\u0260\u025E\x03\x02\x02\x02\u0261" +
		"\u0263\x075\x02\x02\u0262\u0261\x03\x02\x02\x02\u0262\u0263\x03\x02\x02" +
		"\x02\u0263g\x03\x02\x02\x02\u0264\u0267\x05|?\x02\u0265\u0267\x05z>\x02" +
		"\u0266\u0264\x03\x02\x02\x02\u0266\u0265\x03\x02\x02\x02\u0267\u026F\x03" +
		"\x02\x02\x02\u0268\u026B\x075\x02\x02\u0269\u026C\x05|?\x02\u026A\u026C" +
		"\x05z>\x02\u026B\u0269\x03\x02\x02\x02\u026B\u026A\x03\x02\x02\x02\u026C" +
		"\u026E\x03\x02\x02\x02\u026D\u0268\x03\x02\x02\x02\u026E\u0271\x03\x02" +
		"\x02\x02\u026F\u026D\x03\x02\x02\x02\u026F\u0270\x03\x02\x02\x02\u0270" +
		"\u0273\x03\x02\x02\x02\u0271\u026F\x03\x02\x02\x02\u0272\u0274\x075\x02" +
		"\x02\u0273\u0272\x03\x02\x02\x02\u0273\u0274\x03\x02\x02\x02\u0274i\x03" +
		"\x02\x02\x02\u0275\u0278\x05l7\x02\u0276\u0277\x079\x02\x02\u0277\u0279" +
		"\x05l7\x02\u0278\u0276\x03\x02\x02\x02\u0278\u0279\x03\x02\x02\x02\u0279" +
		"k\x03\x02\x02\x02\u027A\u0280\x05p9\x02\u027B\u027C\x07\x1C\x02\x02\u027C" +
		"\u027D\x05p9\x02\u027D\u027E\x07\x16\x02\x02\u027E\u027F\x05l7\x02\u027F" +
		"\u0281\x03\x02\x02\x02\u0280\u027B\x03\x02\x02\x02\u0280\u0281\x03\x02" +
		"\x02\x02\u0281\u0284\x03\x02\x02\x02\u0282\u0284\x05n8\x02\u0283\u027A" +
		"\x03\x02\x02\x02\u0283\u0282\x03\x02\x02\x02\u0284m\x03\x02\x02\x02\u0285" +
		"\u0287\x07 \x02\x02\u0286\u0288\x05^0\x02\u0287\u0286\x03\x02\x02\x02" +
		"\u0287\u0288\x03\x02\x02\x02\u0288\u0289\x03\x02\x02\x02\u0289\u028A\x07" +
		"6\x02\x02\u028A\u028B\x05l7\x02\u028Bo\x03\x02\x02\x02\u028C\u0291\x05" +
		"r:\x02\u028D\u028E\x07#\x02\x02\u028E\u0290\x05r:\x02\u028F\u028D\x03" +
		"\x02\x02\x02\u0290\u0293\x03\x02\x02\x02\u0291\u028F\x03\x02\x02\x02\u0291" +
		"\u0292\x03\x02\x02\x02\u0292q\x03\x02\x02\x02\u0293\u0291\x03\x02\x02" +
		"\x02\u0294\u0299\x05t;\x02\u0295\u0296\x07\v\x02\x02\u0296\u0298\x05t" +
		";\x02\u0297\u0295\x03\x02\x02\x02\u0298\u029B\x03\x02\x02\x02\u0299\u0297" +
		"\x03\x02\x02\x02\u0299\u029A\x03\x02\x02\x02\u029As\x03\x02\x02\x02\u029B" +
		"\u0299\x03\x02\x02\x02\u029C\u029D\x07\"\x02\x02\u029D\u02A0\x05t;\x02" +
		"\u029E\u02A0\x05v<\x02\u029F\u029C\x03\x02\x02\x02\u029F\u029E\x03\x02" +
		"\x02\x02\u02A0u\x03\x02\x02\x02\u02A1\u02A7\x05|?\x02\u02A2\u02A3\x05" +
		"x=\x02\u02A3\u02A4\x05|?\x02\u02A4\u02A6\x03\x02\x02\x02\u02A5\u02A2\x03" +
		"\x02\x02\x02\u02A6\u02A9\x03\x02\x02\x02\u02A7\u02A5\x03\x02\x02\x02\u02A7" +
		"\u02A8\x03\x02\x02\x02\u02A8w\x03\x02\x02\x02\u02A9\u02A7\x03\x02\x02" +
		"\x02\u02AA\u02B7\x07I\x02\x02\u02AB\u02B7\x07J\x02\x02\u02AC\u02B7\x07" +
		"K\x02\x02\u02AD\u02B7\x07L\x02\x02\u02AE\u02B7\x07M\x02\x02\u02AF\u02B7" +
		"\x07N\x02\x02\u02B0\u02B7\x07\x1E\x02\x02\u02B1\u02B2\x07\"\x02\x02\u02B2" +
		"\u02B7\x07\x1E\x02\x02\u02B3\u02B7\x07\x1F\x02\x02\u02B4\u02B5\x07\x1F" +
		"\x02\x02\u02B5\u02B7\x07\"\x02\x02\u02B6\u02AA\x03\x02\x02\x02\u02B6\u02AB" +
		"\x03\x02\x02\x02\u02B6\u02AC\x03\x02\x02\x02\u02B6\u02AD\x03\x02\x02\x02" +
		"\u02B6\u02AE\x03\x02\x02\x02\u02B6\u02AF\x03\x02\x02\x02\u02B6\u02B0\x03" +
		"\x02\x02\x02\u02B6\u02B1\x03\x02\x02\x02\u02B6\u02B3\x03\x02\x02\x02\u02B6" +
		"\u02B4\x03\x02\x02\x02\u02B7y\x03\x02\x02\x02\u02B8\u02B9\x07;\x02\x02" +
		"\u02B9\u02BA\x05|?\x02\u02BA{\x03\x02\x02\x02\u02BB\u02BC\b?\x01\x02\u02BC" +
		"\u02C0\x05~@\x02\u02BD\u02BE\t\x04\x02\x02\u02BE\u02C0\x05|?\t\u02BF\u02BB" +
		"\x03\x02\x02\x02\u02BF\u02BD\x03\x02\x02\x02\u02C0\u02D8\x03\x02\x02\x02" +
		"\u02C1\u02C2\f\n\x02\x02\u02C2\u02C3\x07:\x02\x02\u02C3\u02D7\x05|?\n" +
		"\u02C4\u02C5\f\b\x02\x02\u02C5\u02C6\t\x05\x02\x02\u02C6\u02D7\x05|?\t" +
		"\u02C7\u02C8\f\x07\x02\x02\u02C8\u02C9\t\x06\x02\x02\u02C9\u02D7\x05|" +
		"?\b\u02CA\u02CB\f\x06\x02\x02\u02CB\u02CC\t\x07\x02\x02\u02CC\u02D7\x05" +
		"|?\x07\u02CD\u02CE\f\x05\x02\x02\u02CE\u02CF\x07?\x02\x02\u02CF\u02D7" +
		"\x05|?\x06\u02D0\u02D1\f\x04\x02\x02\u02D1\u02D2\x07>\x02\x02\u02D2\u02D7" +
		"\x05|?\x05\u02D3\u02D4\f\x03\x02\x02\u02D4\u02D5\x07=\x02\x02\u02D5\u02D7" +
		"\x05|?\x04\u02D6\u02C1\x03\x02\x02\x02\u02D6\u02C4\x03\x02\x02\x02\u02D6" +
		"\u02C7\x03\x02\x02\x02\u02D6\u02CA\x03\x02\x02\x02\u02D6\u02CD\x03\x02" +
		"\x02\x02\u02D6\u02D0\x03\x02\x02\x02\u02D6\u02D3\x03\x02\x02\x02\u02D7" +
		"\u02DA\x03\x02\x02\x02\u02D8\u02D6\x03\x02\x02\x02\u02D8\u02D9\x03\x02" +
		"\x02\x02\u02D9}\x03\x02\x02\x02\u02DA\u02D8\x03\x02\x02\x02\u02DB\u02DC" +
		"\x07\x0F\x02\x02\u02DC\u02DF\x05\x80A\x02\u02DD\u02DF\x05\x80A\x02\u02DE" +
		"\u02DB\x03\x02\x02\x02\u02DE\u02DD\x03\x02\x02\x02\u02DF\x7F\x03\x02\x02" +
		"\x02\u02E0\u02E4\x05\x84C\x02\u02E1\u02E3\x05\x82B\x02\u02E2\u02E1\x03" +
		"\x02\x02\x02\u02E3\u02E6\x03\x02\x02\x02\u02E4\u02E2\x03\x02\x02\x02\u02E4" +
		"\u02E5\x03\x02\x02\x02\u02E5\x81\x03\x02\x02\x02\u02E6\u02E4\x03\x02\x02" +
		"\x02\u02E7\u02E9\x07-\x02\x02\u02E8\u02EA\x05\x94K\x02\u02E9\u02E8\x03" +
		"\x02\x02\x02\u02E9\u02EA\x03\x02\x02\x02\u02EA\u02EB\x03\x02\x02\x02\u02EB" +
		"\u02F3\x07.\x02\x02\u02EC\u02ED\x07/\x02\x02\u02ED\u02EE\x05\x8AF\x02" +
		"\u02EE\u02EF\x070\x02\x02\u02EF\u02F3\x03\x02\x02\x02\u02F0\u02F1\x07" +
		"4\x02\x02\u02F1\u02F3\x05\x86D\x02\u02F2\u02E7\x03\x02\x02\x02\u02F2\u02EC" +
		"\x03\x02\x02\x02\u02F2\u02F0\x03\x02\x02\x02\u02F3\x83\x03\x02\x02\x02" +
		"\u02F4\u02F7\x07-\x02\x02\u02F5\u02F8\x05\x9EP\x02\u02F6\u02F8\x05\x88" +
		"E\x02\u02F7\u02F5\x03\x02\x02\x02\u02F7\u02F6\x03\x02\x02\x02\u02F7\u02F8" +
		"\x03\x02\x02\x02\u02F8\u02F9\x03\x02\x02\x02\u02F9\u0310\x07.\x02\x02" +
		"\u02FA\u02FC\x07/\x02\x02\u02FB\u02FD\x05\x88E\x02\u02FC\u02FB\x03\x02" +
		"\x02\x02\u02FC\u02FD\x03\x02\x02\x02\u02FD\u02FE\x03\x02\x02\x02\u02FE" +
		"\u0310\x070\x02\x02\u02FF\u0301\x071\x02\x02\u0300\u0302\x05\x8EH\x02" +
		"\u0301\u0300\x03\x02\x02\x02\u0301\u0302\x03\x02\x02\x02\u0302\u0303\x03" +
		"\x02\x02\x02\u0303\u0310\x072\x02\x02\u0304\u0310\x05\x86D\x02\u0305\u0310" +
		"\x07\x07\x02\x02\u0306\u0308\x07\x05\x02\x02\u0307\u0306\x03\x02\x02\x02" +
		"\u0308\u0309\x03\x02\x02\x02\u0309\u0307\x03\x02\x02\x02\u0309\u030A\x03" +
		"\x02\x02\x02\u030A\u0310\x03\x02\x02\x02\u030B\u0310\x073\x02\x02\u030C" +
		"\u0310\x07\t\x02\x02\u030D\u0310\x07\n\x02\x02\u030E\u0310\x07\b\x02\x02" +
		"\u030F\u02F4\x03\x02\x02\x02\u030F\u02FA\x03\x02\x02\x02\u030F\u02FF\x03" +
		"\x02\x02\x02\u030F\u0304\x03\x02\x02\x02\u030F\u0305\x03\x02\x02\x02\u030F" +
		"\u0307\x03\x02\x02\x02\u030F\u030B\x03\x02\x02\x02\u030F\u030C\x03\x02" +
		"\x02\x02\u030F\u030D\x03\x02\x02\x02\u030F\u030E\x03\x02\x02\x02\u0310" +
		"\x85\x03\x02\x02\x02\u0311\u0312\x07,\x02\x02\u0312\x87\x03\x02\x02\x02" +
		"\u0313\u0316\x05j6\x02\u0314\u0316\x05z>\x02\u0315\u0313\x03\x02\x02\x02" +
		"\u0315\u0314\x03\x02\x02\x02\u0316\u0325\x03\x02\x02\x02\u0317\u0326\x05" +
		"\x98M\x02\u0318\u031B\x075\x02\x02\u0319\u031C\x05j6\x02\u031A\u031C\x05" +
		"z>\x02\u031B\u0319\x03\x02\x02\x02\u031B\u031A\x03\x02\x02\x02\u031C\u031E" +
		"\x03\x02\x02\x02\u031D\u0318\x03\x02\x02\x02\u031E\u0321\x03\x02\x02\x02" +
		"\u031F\u031D\x03\x02\x02\x02\u031F\u0320\x03\x02\x02\x02\u0320\u0323\x03" +
		"\x02\x02\x02\u0321\u031F\x03\x02\x02\x02\u0322\u0324\x075\x02\x02\u0323" +
		"\u0322\x03\x02\x02\x02\u0323\u0324\x03\x02\x02\x02\u0324\u0326\x03\x02" +
		"\x02\x02\u0325\u0317\x03\x02\x02\x02\u0325\u031F\x03\x02\x02\x02\u0326" +
		"\x89\x03\x02\x02\x02\u0327\u032C\x05\x8CG\x02\u0328\u0329\x075\x02\x02" +
		"\u0329\u032B\x05\x8CG\x02\u032A\u0328\x03\x02\x02\x02\u032B\u032E\x03" +
		"\x02\x02\x02\u032C\u032A\x03\x02\x02\x02\u032C\u032D\x03\x02\x02\x02\u032D" +
		"\u0330\x03\x02\x02\x02\u032E\u032C\x03\x02\x02\x02\u032F\u0331\x075\x02" +
		"\x02\u0330\u032F\x03\x02\x02\x02\u0330\u0331\x03\x02\x02\x02\u0331\x8B" +
		"\x03\x02\x02\x02\u0332\u0334\x05l7\x02\u0333\u0332\x03\x02\x02\x02\u0333" +
		"\u0334\x03\x02\x02\x02\u0334\u0335\x03\x02\x02\x02\u0335\u0337\x076\x02" +
		"\x02\u0336\u0338\x05l7\x02\u0337\u0336\x03\x02\x02\x02\u0337\u0338\x03" +
		"\x02\x02\x02\u0338\u033D\x03\x02\x02\x02\u0339\u033B\x076\x02\x02\u033A" +
		"\u033C\x05l7\x02\u033B\u033A\x03\x02\x02\x02\u033B\u033C\x03\x02\x02\x02" +
		"\u033C\u033E\x03\x02\x02\x02\u033D\u0339\x03\x02\x02\x02\u033D\u033E\x03" +
		"\x02\x02\x02\u033E\u0342\x03\x02\x02\x02\u033F\u0342\x05j6\x02\u0340\u0342" +
		"\x05z>\x02\u0341\u0333\x03\x02\x02\x02\u0341\u033F\x03\x02\x02\x02\u0341" +
		"\u0340\x03\x02\x02\x02\u0342\x8D\x03\x02\x02\x02\u0343\u034F\x05\x90I" +
		"\x02\u0344\u0350\x05\x98M\x02\u0345\u0346\x075\x02\x02\u0346\u0348\x05" +
		"\x90I\x02\u0347\u0345\x03\x02\x02\x02\u0348\u034B\x03\x02\x02\x02\u0349" +
		"\u0347\x03\x02\x02\x02\u0349\u034A\x03\x02\x02\x02\u034A\u034D\x03\x02" +
		"\x02\x02\u034B\u0349\x03\x02\x02\x02\u034C\u034E\x075\x02\x02\u034D\u034C" +
		"\x03\x02\x02\x02\u034D\u034E\x03\x02\x02\x02\u034E\u0350\x03\x02\x02\x02" +
		"\u034F\u0344\x03\x02\x02\x02\u034F\u0349\x03\x02\x02\x02\u0350\u0360\x03" +
		"\x02\x02\x02\u0351\u035D\x05\x92J\x02\u0352\u035E\x05\x98M\x02\u0353\u0354" +
		"\x075\x02\x02\u0354\u0356\x05\x92J\x02\u0355\u0353\x03\x02\x02\x02\u0356" +
		"\u0359\x03\x02\x02\x02\u0357\u0355\x03\x02\x02\x02\u0357\u0358\x03\x02" +
		"\x02\x02\u0358\u035B\x03\x02\x02\x02\u0359\u0357\x03\x02\x02\x02\u035A" +
		"\u035C\x075\x02\x02\u035B\u035A\x03\x02\x02\x02\u035B\u035C\x03\x02\x02" +
		"\x02\u035C\u035E\x03\x02\x02\x02\u035D\u0352\x03\x02\x02\x02\u035D\u0357" +
		"\x03\x02\x02\x02\u035E\u0360\x03\x02\x02\x02\u035F\u0343\x03\x02\x02\x02" +
		"\u035F\u0351\x03\x02\x02\x02\u0360\x8F\x03\x02\x02\x02\u0361\u0362\x05" +
		"l7\x02\u0362\u0363\x076\x02\x02\u0363\u0364\x05l7\x02\u0364\u0368\x03" +
		"\x02\x02\x02\u0365\u0366\x07:\x02\x02\u0366\u0368\x05|?\x02\u0367\u0361" +
		"\x03\x02\x02\x02\u0367\u0365\x03\x02\x02\x02\u0368\x91\x03\x02\x02\x02" +
		"\u0369\u036C\x05j6\x02\u036A\u036C\x05z>\x02\u036B\u0369\x03\x02\x02\x02" +
		"\u036B\u036A\x03\x02\x02\x02\u036C\x93\x03\x02\x02\x02\u036D\u0372\x05" +
		"\x96L\x02\u036E\u036F\x075\x02\x02\u036F\u0371\x05\x96L\x02\u0370\u036E" +
		"\x03\x02\x02\x02\u0371\u0374\x03\x02\x02\x02\u0372\u0370\x03\x02\x02\x02" +
		"\u0372\u0373\x03\x02\x02\x02\u0373\u0376\x03\x02\x02\x02\u0374\u0372\x03" +
		"\x02\x02\x02\u0375\u0377\x075\x02\x02\u0376\u0375\x03\x02\x02\x02\u0376" +
		"\u0377\x03\x02\x02\x02\u0377\x95\x03\x02\x02\x02\u0378\u0379\x05\x86D" +
		"\x02\u0379\u037A\x07<\x02\x02\u037A\u037B\x05l7\x02\u037B\u0385\x03\x02" +
		"\x02\x02\u037C\u037E\x05j6\x02\u037D\u037F\x05\x98M\x02\u037E\u037D\x03" +
		"\x02\x02\x02\u037E\u037F\x03\x02\x02\x02\u037F\u0385\x03\x02\x02\x02\u0380" +
		"\u0381\x07;\x02\x02\u0381\u0385\x05l7\x02\u0382\u0383\x07:\x02\x02\u0383" +
		"\u0385\x05l7\x02\u0384\u0378\x03\x02\x02\x02\u0384\u037C\x03\x02\x02\x02" +
		"\u0384\u0380\x03\x02\x02\x02\u0384\u0382\x03\x02\x02\x02\u0385\x97\x03" +
		"\x02\x02\x02\u0386\u0388\x07\x0E\x02\x02\u0387\u0386\x03\x02\x02\x02\u0387" +
		"\u0388\x03\x02\x02\x02\u0388\u0389\x03\x02\x02\x02\u0389\u038A\x07\x19" +
		"\x02\x02\u038A\u038B\x05h5\x02\u038B\u038C\x07\x1E\x02\x02\u038C\u038E" +
		"\x05p9\x02\u038D\u038F\x05\x9AN\x02\u038E\u038D\x03\x02\x02\x02\u038E" +
		"\u038F\x03\x02\x02\x02\u038F\x99\x03\x02\x02\x02\u0390\u0393\x05\x98M" +
		"\x02\u0391\u0393\x05\x9CO\x02\u0392\u0390\x03\x02\x02\x02\u0392\u0391" +
		"\x03\x02\x02\x02\u0393\x9B\x03\x02\x02\x02\u0394\u0395\x07\x1C\x02\x02" +
		"\u0395\u0397\x05p9\x02\u0396\u0398\x05\x9AN\x02\u0397\u0396\x03\x02\x02" +
		"\x02\u0397\u0398\x03\x02\x02\x02\u0398\x9D\x03\x02\x02\x02\u0399\u039D" +
		"\x07*\x02\x02\u039A\u039B\x07\x1A\x02\x02\u039B\u039E\x05l7\x02\u039C" +
		"\u039E\x05d3\x02\u039D\u039A\x03\x02\x02\x02\u039D\u039C\x03\x02\x02\x02" +
		"\u039D\u039E\x03\x02\x02\x02\u039E\x9F\x03\x02\x02\x02\x82\xA2\xA4\xAB" +
		"\xB1\xB8\xBC\xCC\xD3\xD8\xDC\xDF\xE6\xE8\xF7\xFD\xFF\u0105\u010E\u0115" +
		"\u0117\u0120\u0125\u012A\u0131\u0135\u013C\u0144\u014D\u0156\u015D\u0168" +
		"\u016E\u0177\u017B\u018B\u0194\u019C\u019F\u01A2\u01A5\u01A9\u01AE\u01B0" +
		"\u01C0\u01C4\u01CD\u01D0\u01D8\u01E0\u01E4\u01E9\u01EE\u01FB\u0200\u020A" +
		"\u020E\u0213\u0217\u021C\u0221\u0228\u022C\u0231\u0235\u023A\u0240\u0243" +
		"\u024A\u024F\u0253\u0257\u025E\u0262\u0266\u026B\u026F\u0273\u0278\u0280" +
		"\u0283\u0287\u0291\u0299\u029F\u02A7\u02B6\u02BF\u02D6\u02D8\u02DE\u02E4" +
		"\u02E9\u02F2\u02F7\u02FC\u0301\u0309\u030F\u0315\u031B\u031F\u0323\u0325" +
		"\u032C\u0330\u0333\u0337\u033B\u033D\u0341\u0349\u034D\u034F\u0357\u035B" +
		"\u035D\u035F\u0367\u036B\u0372\u0376\u037E\u0384\u0387\u038E\u0392\u0397" +
		"\u039D";
	public static readonly _serializedATN: string = Utils.join(
		[
			PythonParser._serializedATNSegment0,
			PythonParser._serializedATNSegment1,
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


