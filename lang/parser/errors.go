// This file holds the error type the parser returns and Lua's rules for
// displaying a chunk name in messages (luaO_chunkid).

package parser

import (
	"errors"
	"strconv"
	"strings"
)

// SyntaxError is an error in Lua source, worded as Lua 5.4 words it.
type SyntaxError struct {
	// Chunk is the chunk name as messages display it (see [ChunkID]).
	Chunk string
	// Line is the line Lua reports (where the offending token ends); 0 when
	// the message carries no position, as for "C stack overflow".
	Line int
	// Column is the 1-based byte column where the offending token starts;
	// Lua itself never shows it.
	Column int
	// Msg is the message after the position, "near" part included:
	// "unexpected symbol near 'x'".
	Msg string

	err error
}

// ErrCStackOverflow is what a [SyntaxError] wraps when the source nests
// deeper than Lua's LUAI_MAXCCALLS allows. Lua raises this one as a runtime
// error rather than a syntax error, and its message has no position.
//
//lint:ignore ST1005 the text is Lua's own message, which scripts compare.
var ErrCStackOverflow = errors.New("C stack overflow")

// Error returns the message exactly as Lua gives it, such as
// `input:3: unexpected symbol near 'x'`.
func (e *SyntaxError) Error() string {
	if e.Line == 0 {
		return e.Msg
	}
	return e.Chunk + ":" + strconv.Itoa(e.Line) + ": " + e.Msg
}

// Unwrap returns [ErrCStackOverflow] for a nesting error and nil otherwise.
func (e *SyntaxError) Unwrap() error { return e.err }

// idSize is LUA_IDSIZE: the room a chunk name has in messages, counting
// C's terminating zero.
const idSize = 60

// ChunkID returns the chunk name as Lua's messages show it: "=name" as
// "name", "@file" as "file" (cut at the front with "..." when long), and
// source text as `[string "first line..."]`.
func ChunkID(name string) string {
	var id string
	switch {
	case strings.HasPrefix(name, "="):
		id = name[1:]
		if len(name) > idSize {
			id = name[1:idSize]
		}
	case strings.HasPrefix(name, "@"):
		id = name[1:]
		if len(name) > idSize {
			id = "..." + name[len(name)-(idSize-4):]
		}
	default:
		id = stringChunkID(name)
	}
	if i := strings.IndexByte(id, 0); i >= 0 {
		id = id[:i] // C would stop there
	}
	return id
}

// stringChunkID formats source text used as a chunk name.
func stringChunkID(src string) string {
	const pre, rets, pos = `[string "`, "...", `"]`
	room := idSize - len(pre+rets+pos) - 1
	nl := strings.IndexByte(src, '\n')
	if z := strings.IndexByte(src, 0); z >= 0 && z < nl {
		nl = -1 // C's strchr stops at the zero byte
	}
	if len(src) < room && nl < 0 {
		return pre + src + pos
	}
	if nl >= 0 {
		src = src[:nl]
	}
	if len(src) > room {
		src = src[:room]
	}
	return pre + src + rets + pos
}
