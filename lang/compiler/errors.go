// This file builds the compile errors. Like the reference, the compiler stops at the
// first error: it panics with the *parser.SyntaxError, and Compile recovers it. The
// texts are lparser.c's; the line is the one lua5.4 reports, that of the token being
// read when the reference detects the error.

package compiler

import (
	"fmt"

	"github.com/pluto-go/pluto-go/lang/parser"
)

// semError aborts with a semantic error reported at line, without a "near" part.
func (c *compiler) semError(line int, msg string) {
	panic(&parser.SyntaxError{Chunk: parser.ChunkID(c.source), Line: line, Msg: msg})
}

// syntaxError aborts with an error found while reading a token, near says which
// ("'...'", "','"); it may be empty when the tree does not tell.
//
// TODO(compat): without the token stream, limit errors raised in the middle of an
// expression ("needs too many registers", "too many upvalues") omit the reference's
// "near <token>" part and report the line of the last token compiled; and since the
// tree is compiled only once the whole chunk has parsed, a syntax error later in the
// chunk is reported instead of them.
func (c *compiler) syntaxError(msg, near string) { c.syntaxErrorAt(c.line, msg, near) }

// syntaxErrorAt is syntaxError for a token on line line.
func (c *compiler) syntaxErrorAt(line int, msg, near string) {
	if near != "" {
		msg += " near " + near
	}
	c.semError(line, msg)
}

// errorLimit reports that the function exceeds one of the reference's limits, found
// while reading the token near on line line.
func (fs *funcState) errorLimit(limit int, what string, line int, near string) {
	where := "main function"
	if defined := fs.f.LineDefined; defined != 0 {
		where = fmt.Sprintf("function at line %d", defined)
	}
	msg := fmt.Sprintf("too many %s (limit is %d) in %s", what, limit, where)
	fs.c.syntaxErrorAt(line, msg, near)
}
