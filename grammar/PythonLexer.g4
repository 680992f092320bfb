/*
 * Python 3.11 lexer for py2ts-coro.
 *
 * Indentation (INDENT/DEDENT), logical NEWLINEs, bracket depth and the
 * indentation checks live in src/parser/PythonLexerBase.ts: this grammar only
 * produces raw tokens. Every physical line break is a NEWLINE token here; the
 * base class drops the ones inside brackets and on blank or comment-only lines.
 *
 * Each string literal (any prefix, any quote form, f-strings included) is a
 * single STRING token; the AST builder unescapes it and parses the replacement
 * fields of f-strings.
 *
 * Written for this project with the grammars-v4 python/python3 and
 * python/python3_12 lexers as reference.
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

@header { import { PythonLexerBase } from "../PythonLexerBase"; }

// MATCH and CASE are soft keywords: the lexer emits NAME for them and
// src/parser/softKeywords.ts retypes the ones that start a match statement
// or one of its case blocks.
tokens { INDENT, DEDENT, MATCH, CASE }

// ------------------------------------------------------------------ literals

STRING
    : STRING_PREFIX? ( LONG_STRING | SHORT_STRING )
    ;

// A short string cut by a line break or the end of the input. The base class
// reports it ("unterminated string literal") and drops it.
UNTERMINATED_STRING
    : STRING_PREFIX? ( '\'' ( STRING_ESCAPE | ~[\\\r\n'] )* | '"' ( STRING_ESCAPE | ~[\\\r\n"] )* )
    ;

NUMBER
    : IMAG_NUMBER
    | FLOAT_NUMBER
    | DEC_INTEGER
    | HEX_INTEGER
    | OCT_INTEGER
    | BIN_INTEGER
    ;

// ------------------------------------------------------------------ keywords

FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// ------------------------------------------------------------------ layout

NEWLINE
    : '\r'? '\n'
    | '\r'
    ;

NAME
    : ID_START ID_CONTINUE*
    ;

// ------------------------------------------------------------------ operators
// Brackets update the base class's depth counter: line breaks inside
// brackets are implicit line joins.

LPAR   : '(' { this.openBracket(); };
RPAR   : ')' { this.closeBracket(); };
LSQB   : '[' { this.openBracket(); };
RSQB   : ']' { this.closeBracket(); };
LBRACE : '{' { this.openBracket(); };
RBRACE : '}' { this.closeBracket(); };

ELLIPSIS          : '...';
DOT               : '.';
COMMA             : ',';
COLON             : ':';
SEMI              : ';';
ARROW             : '->';
WALRUS            : ':=';
POWER             : '**';
STAR              : '*';
ASSIGN            : '=';
OR_OP             : '|';
XOR               : '^';
AND_OP            : '&';
LEFT_SHIFT        : '<<';
RIGHT_SHIFT       : '>>';
ADD               : '+';
MINUS             : '-';
DIV               : '/';
MOD               : '%';
IDIV              : '//';
NOT_OP            : '~';
AT                : '@';
LESS_THAN         : '<';
GREATER_THAN      : '>';
EQUALS            : '==';
GT_EQ             : '>=';
LT_EQ             : '<=';
NOT_EQ            : '!=';
ADD_ASSIGN        : '+=';
SUB_ASSIGN        : '-=';
MULT_ASSIGN       : '*=';
AT_ASSIGN         : '@=';
DIV_ASSIGN        : '/=';
MOD_ASSIGN        : '%=';
AND_ASSIGN        : '&=';
OR_ASSIGN         : '|=';
XOR_ASSIGN        : '^=';
LEFT_SHIFT_ASSIGN : '<<=';
RIGHT_SHIFT_ASSIGN: '>>=';
POWER_ASSIGN      : '**=';
IDIV_ASSIGN       : '//=';

// ------------------------------------------------------------------ hidden

COMMENT
    : '#' ~[\r\n]* -> channel(HIDDEN)
    ;

// Spaces, tabs and form feeds. At the start of a line the base class reads
// them as the indentation.
WS
    : [ \t\f]+ -> channel(HIDDEN)
    ;

// Backslash continuation: an explicit line join.
LINE_JOIN
    : '\\' ( '\r'? '\n' | '\r' ) -> channel(HIDDEN)
    ;

// Anything else; the base class reports it ("invalid character") and drops it.
ERRORCHAR
    : .
    ;

// ------------------------------------------------------------------ fragments

fragment STRING_PREFIX
    : [rRuUbBfF]
    | [rR] [bBfF]
    | [bBfF] [rR]
    ;

fragment SHORT_STRING
    : '\'' ( STRING_ESCAPE | ~[\\\r\n'] )* '\''
    | '"' ( STRING_ESCAPE | ~[\\\r\n"] )* '"'
    ;

fragment LONG_STRING
    : '\'\'\'' LONG_STRING_ITEM*? '\'\'\''
    | '"""' LONG_STRING_ITEM*? '"""'
    ;

fragment LONG_STRING_ITEM
    : STRING_ESCAPE
    | ~'\\'
    ;

// A backslash and the character after it, a line break included (which is a
// line continuation inside the literal).
fragment STRING_ESCAPE
    : '\\' '\r' '\n'
    | '\\' .
    ;

fragment DEC_INTEGER
    : [1-9] ( '_'? [0-9] )*
    | '0'+ ( '_'? '0' )*
    ;

fragment HEX_INTEGER : '0' [xX] ( '_'? [0-9a-fA-F] )+;
fragment OCT_INTEGER : '0' [oO] ( '_'? [0-7] )+;
fragment BIN_INTEGER : '0' [bB] ( '_'? [01] )+;

fragment DIGIT_PART : [0-9] ( '_'? [0-9] )*;

fragment POINT_FLOAT
    : DIGIT_PART? '.' DIGIT_PART
    | DIGIT_PART '.'
    ;

fragment EXPONENT : [eE] [+-]? DIGIT_PART;

fragment FLOAT_NUMBER
    : POINT_FLOAT EXPONENT?
    | DIGIT_PART EXPONENT
    ;

fragment IMAG_NUMBER
    : ( FLOAT_NUMBER | DIGIT_PART ) [jJ]
    ;

fragment ID_START
    : '_'
    | [\p{XID_Start}]
    ;

fragment ID_CONTINUE
    : ID_START
    | [\p{XID_Continue}]
    ;
