/*
 * Python 3.11 parser for py2ts-coro: the statement and expression language
 * (no type parameters).
 *
 * Shaped after the Python 3 reference grammar (LL form) with the 3.8-3.11
 * additions: walrus, positional-only `/`, relaxed decorators, parenthesized
 * context managers, starred expressions in return/yield/for/subscripts.
 * Arbitrary orderings of parameters are accepted here and checked by the AST
 * builder, which keeps this grammar free of ambiguity.
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; }

// ------------------------------------------------------------------ entries

file_input
    : ( NEWLINE | stmt )* EOF
    ;

/** The expression of an f-string replacement field. */
fstring_expr_input
    : ( yield_expr | testlist_star_expr ) EOF
    ;

// ------------------------------------------------------------------ statements

stmt
    : simple_stmts
    | compound_stmt
    ;

simple_stmts
    : simple_stmt ( SEMI simple_stmt )* SEMI? NEWLINE
    ;

simple_stmt
    : expr_stmt
    | del_stmt
    | pass_stmt
    | break_stmt
    | continue_stmt
    | return_stmt
    | raise_stmt
    | yield_stmt
    | import_stmt
    | global_stmt
    | nonlocal_stmt
    | assert_stmt
    ;

expr_stmt
    : testlist_star_expr
      ( annassign
      | augassign ( yield_expr | testlist_star_expr )
      | ( ASSIGN ( yield_expr | testlist_star_expr ) )*
      )
    ;

annassign
    : COLON test ( ASSIGN ( yield_expr | testlist_star_expr ) )?
    ;

augassign
    : ADD_ASSIGN | SUB_ASSIGN | MULT_ASSIGN | AT_ASSIGN | DIV_ASSIGN | MOD_ASSIGN
    | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | LEFT_SHIFT_ASSIGN | RIGHT_SHIFT_ASSIGN
    | POWER_ASSIGN | IDIV_ASSIGN
    ;

del_stmt      : DEL exprlist;
pass_stmt     : PASS;
break_stmt    : BREAK;
continue_stmt : CONTINUE;
return_stmt   : RETURN testlist_star_expr?;
raise_stmt    : RAISE ( test ( FROM test )? )?;
yield_stmt    : yield_expr;

import_stmt
    : import_name
    | import_from
    ;

import_name
    : IMPORT dotted_as_names
    ;

import_from
    : FROM ( ( DOT | ELLIPSIS )* dotted_name | ( DOT | ELLIPSIS )+ )
      IMPORT ( STAR | LPAR import_as_names RPAR | import_as_names )
    ;

import_as_name   : name ( AS name )?;
dotted_as_name   : dotted_name ( AS name )?;
import_as_names  : import_as_name ( COMMA import_as_name )* COMMA?;
dotted_as_names  : dotted_as_name ( COMMA dotted_as_name )*;
dotted_name      : name ( DOT name )*;

global_stmt   : GLOBAL name ( COMMA name )*;
nonlocal_stmt : NONLOCAL name ( COMMA name )*;
assert_stmt   : ASSERT test ( COMMA test )?;

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    | async_stmt
    | match_stmt
    ;

async_stmt
    : ASYNC ( funcdef | with_stmt | for_stmt )
    ;

if_stmt
    : IF namedexpr_test COLON block elif_clause* else_clause?
    ;

elif_clause
    : ELIF namedexpr_test COLON block
    ;

else_clause
    : ELSE COLON block
    ;

while_stmt
    : WHILE namedexpr_test COLON block else_clause?
    ;

for_stmt
    : FOR exprlist IN testlist_star_expr COLON block else_clause?
    ;

try_stmt
    : TRY COLON block
      ( except_clause+ else_clause? finally_clause?
      | finally_clause
      )
    ;

except_clause
    : EXCEPT STAR? ( test ( AS name )? )? COLON block
    ;

finally_clause
    : FINALLY COLON block
    ;

with_stmt
    : WITH ( LPAR with_item ( COMMA with_item )* COMMA? RPAR
           | with_item ( COMMA with_item )*
           ) COLON block
    ;

with_item
    : test ( AS expr )?
    ;

block
    : simple_stmts
    | NEWLINE INDENT stmt+ DEDENT
    ;

decorated
    : decorator+ ( classdef | funcdef | async_funcdef )
    ;

decorator
    : AT namedexpr_test NEWLINE
    ;

async_funcdef
    : ASYNC funcdef
    ;

funcdef
    : DEF name LPAR typedargslist? RPAR ( ARROW test )? COLON block
    ;

/** Any sequence of parameters; the AST builder checks the order. */
typedargslist
    : tparam ( COMMA tparam )* COMMA?
    ;

tparam
    : tfpdef ( ASSIGN test )?
    | STAR tfpdef?
    | POWER tfpdef
    | DIV
    ;

tfpdef
    : name ( COLON test )?
    ;

varargslist
    : vparam ( COMMA vparam )* COMMA?
    ;

vparam
    : name ( ASSIGN test )?
    | STAR name?
    | POWER name
    | DIV
    ;

classdef
    : CLASS name ( LPAR arglist? RPAR )? COLON block
    ;

// ------------------------------------------------------------------ match (PEP 634)
// MATCH and CASE come from src/parser/softKeywords.ts (soft keywords).
// Where PEP 634's PEG grammar needs backtracking, these rules accept a
// superset and the AST builder checks the rest (group vs tuple, literal
// forms, keyword patterns after positional ones, `**rest` last).

match_stmt
    : MATCH subject_expr COLON NEWLINE INDENT case_block+ DEDENT
    ;

subject_expr
    : ( namedexpr_test | star_expr ) ( COMMA ( namedexpr_test | star_expr ) )* COMMA?
    ;

case_block
    : CASE pattern_items ( IF namedexpr_test )? COLON block
    ;

/** A pattern, or an open sequence pattern (`case a, *rest:`). */
pattern_items
    : pattern_item ( COMMA pattern_item )* COMMA?
    ;

pattern_item
    : STAR name
    | pattern
    ;

pattern
    : or_pattern ( AS name )?
    ;

or_pattern
    : closed_pattern ( OR_OP closed_pattern )*
    ;

closed_pattern
    : literal_pattern                                           # literalPattern
    | name ( DOT name )* ( LPAR pattern_args? RPAR )?           # nameOrClassPattern
    | LPAR pattern_items? RPAR                                  # groupOrTuplePattern
    | LSQB pattern_items? RSQB                                  # listPattern
    | LBRACE ( mapping_item ( COMMA mapping_item )* COMMA? )? RBRACE # mappingPattern
    ;

literal_pattern
    : MINUS? NUMBER ( ( ADD | MINUS ) NUMBER )?
    | STRING+
    | NONE
    | TRUE
    | FALSE
    ;

pattern_args
    : pattern_arg ( COMMA pattern_arg )* COMMA?
    ;

pattern_arg
    : name ASSIGN pattern
    | pattern
    ;

mapping_item
    : ( literal_pattern | name ( DOT name )* ) COLON pattern
    | POWER name
    ;

// ------------------------------------------------------------------ expressions

testlist_star_expr
    : ( test | star_expr ) ( COMMA ( test | star_expr ) )* COMMA?
    ;

testlist
    : test ( COMMA test )* COMMA?
    ;

exprlist
    : ( expr | star_expr ) ( COMMA ( expr | star_expr ) )* COMMA?
    ;

namedexpr_test
    : test ( WALRUS test )?
    ;

test
    : or_test ( IF or_test ELSE test )?
    | lambdef
    ;

lambdef
    : LAMBDA varargslist? COLON test
    ;

or_test
    : and_test ( OR and_test )*
    ;

and_test
    : not_test ( AND not_test )*
    ;

not_test
    : NOT not_test
    | comparison
    ;

comparison
    : expr ( comp_op expr )*
    ;

comp_op
    : LESS_THAN | GREATER_THAN | EQUALS | GT_EQ | LT_EQ | NOT_EQ
    | IN | NOT IN | IS | IS NOT
    ;

star_expr
    : STAR expr
    ;

/** Bitwise, shift, arithmetic and unary operators, by Python precedence. */
expr
    : await_primary                                         # primaryExpr
    | <assoc=right> expr op=POWER expr                      # binaryExpr
    | op=( ADD | MINUS | NOT_OP ) expr                      # unaryExpr
    | expr op=( STAR | AT | DIV | MOD | IDIV ) expr         # binaryExpr
    | expr op=( ADD | MINUS ) expr                          # binaryExpr
    | expr op=( LEFT_SHIFT | RIGHT_SHIFT ) expr             # binaryExpr
    | expr op=AND_OP expr                                   # binaryExpr
    | expr op=XOR expr                                      # binaryExpr
    | expr op=OR_OP expr                                    # binaryExpr
    ;

await_primary
    : AWAIT primary
    | primary
    ;

primary
    : atom trailer*
    ;

trailer
    : LPAR arglist? RPAR
    | LSQB subscriptlist RSQB
    | DOT name
    ;

atom
    : LPAR ( yield_expr | testlist_comp )? RPAR                 # parenAtom
    | LSQB testlist_comp? RSQB                                  # listAtom
    | LBRACE dictorsetmaker? RBRACE                             # braceAtom
    | name                                                      # nameAtom
    | NUMBER                                                    # numberAtom
    | STRING+                                                   # stringAtom
    | ELLIPSIS                                                  # ellipsisAtom
    | NONE                                                      # noneAtom
    | TRUE                                                      # trueAtom
    | FALSE                                                     # falseAtom
    ;

name
    : NAME
    ;

testlist_comp
    : ( namedexpr_test | star_expr )
      ( comp_for
      | ( COMMA ( namedexpr_test | star_expr ) )* COMMA?
      )
    ;

subscriptlist
    : subscript ( COMMA subscript )* COMMA?
    ;

subscript
    : test? COLON test? ( COLON test? )?                        # sliceSubscript
    | namedexpr_test                                            # indexSubscript
    | star_expr                                                 # starSubscript
    ;

dictorsetmaker
    : dict_item ( comp_for | ( COMMA dict_item )* COMMA? )
    | set_item ( comp_for | ( COMMA set_item )* COMMA? )
    ;

dict_item
    : test COLON test
    | POWER expr
    ;

set_item
    : namedexpr_test
    | star_expr
    ;

arglist
    : argument ( COMMA argument )* COMMA?
    ;

argument
    : name ASSIGN test
    | namedexpr_test comp_for?
    | STAR test
    | POWER test
    ;

comp_for
    : ASYNC? FOR exprlist IN or_test comp_iter?
    ;

comp_iter
    : comp_for
    | comp_if
    ;

comp_if
    : IF or_test comp_iter?
    ;

yield_expr
    : YIELD ( FROM test | testlist_star_expr )?
    ;
