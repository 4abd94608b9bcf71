// Package compiler translates the syntax tree built by lang/parser into [heap.Proto]
// bytecode for the VM.
//
// It is fed a *parser.Chunk and returns the prototype of the chunk's main function,
// whose nested functions hang below it in Protos. The VM (and load) consume the result;
// [List] prints it in the shape of `luac5.4 -l` for tests and for the command line.
//
// # Fidelity to the reference compiler
//
// The output is meant to be the code Lua 5.4.4's one-pass compiler (lparser.c with
// lcode.c) generates for the same source, instruction for instruction: the same register
// allocation, the same constant order (including the reference's quirk of sharing one
// constant cache among all functions of a chunk), the same jump patching, the same
// specialised opcodes and constant folding. The compiler therefore walks the tree in the
// order the reference parser reads tokens and reproduces its expression descriptors
// (expdesc) and code-generation steps one for one.
//
// Line information is the one part that depends on tokens the tree does not keep. The
// reference stamps each instruction with the line of the last token read when it is
// emitted; the compiler tracks that line as it walks the tree (see compiler.line), using
// the lines nodes carry, including those of the tokens after which the reference emits
// code ('then', 'do', ')', ']', a name after '.' or ':', '...' in a parameter list).
// The few cases the tree cannot reproduce are the known differences of compile_test.go.
//
// # Invariants
//
//   - Every returned Proto passes the reference's own consistency rules: registers below
//     MaxStackSize, constants and nested prototypes in range, jumps inside the code.
//   - A compile error is always a *parser.SyntaxError worded as lua5.4 words it; a
//     failed internal invariant panics with "internal error:".
//   - Compile keeps no state between calls and may run concurrently.
package compiler
