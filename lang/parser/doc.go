// Package parser turns Lua 5.4 source into the AST of ast.go, which
// lang/compiler consumes. It knows nothing of the runtime.
//
// What feeds it: source bytes and a chunk name, as Lua's load gets them
// ("@file.lua", "=stdin", or the source itself); [FileSource] prepares a
// file's contents the way loadfile does (BOM and '#' first line).
//
// How it works: a hand-written lexer (lexer.go, lexer_string.go) implements
// participle's lexer interfaces; the grammar is a set of participle structs
// (grammar.go) whose tags a test runs with participle's generic engine;
// [Parse] fills those structs with a hand-written recursive descent, with
// precedence climbing for operators (parse.go, parse_expr.go), reading tokens
// one ahead as Lua does (source.go); convert.go turns them into the AST.
//
// Invariants:
//   - Every error is a *[SyntaxError] whose Error() is lua5.4's message byte
//     for byte; tests compare against lua5.4 itself when it is installed.
//     Checks that need name resolution or code (goto and labels across
//     blocks, break outside a loop, assignment to a const, the register and
//     upvalue limits) belong to the compiler; duplicate labels, '...' outside
//     a vararg function and the limit of 200 locals in scope are caught here,
//     as Lua raises the latter while it reads a name, before any later
//     syntax error.
//   - Nesting costs levels as Lua's C calls do (LUAI_MAXCCALLS = 200, two
//     already in use as for a load called from a script), so deep nesting
//     ends in "C stack overflow", never a Go stack overflow. Chains Lua parses
//     in loops (a.b.c, f()(), a+b+c) are unlimited and converted iteratively;
//     the compiler must walk the left operands of long binary chains and the
//     objects of long suffix chains without deep recursion too.
//   - Node lines are Lua's: a token's line is where it ends.
//   - No input panics the parser (FuzzParse).
package parser
