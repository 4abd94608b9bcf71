// This file is the embedding API: compiling chunks, calling Lua from Go, reading and
// writing globals, and converting values to strings as Lua's tostring does.

package vm

import (
	"fmt"
	"strings"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/lang/compiler"
	"github.com/pluto-go/pluto-go/lang/parser"
)

// Load compiles a Lua chunk and returns it as a function whose _ENV is the globals
// table. chunkname follows Lua's conventions ("@file.lua", "=stdin", or the source
// itself); mode is "t", "b" or "bt" as for load. Syntax errors are
// *parser.SyntaxError values.
func (m *VM) Load(src []byte, chunkname, mode string) (*heap.Closure, error) {
	if i := strings.IndexByte(chunkname, 0); i >= 0 {
		chunkname = chunkname[:i] // lua_load takes the name as a C string
	}
	p, err := m.compileChunk(src, chunkname, mode)
	if err != nil {
		return nil, err
	}
	cl := heap.NewClosure(p)
	if len(cl.Upvalues) > 0 {
		cl.Upvalues[0] = heap.NewClosedUpvalue(heap.TableValue(m.globals))
	}
	for i := 1; i < len(cl.Upvalues); i++ {
		cl.Upvalues[i] = heap.NewClosedUpvalue(heap.Nil)
	}
	return cl, nil
}

// ModeError reports a chunk whose kind (text or binary) the load mode does not allow.
type ModeError struct {
	Chunk, Kind, Mode string
}

func (e *ModeError) Error() string {
	return fmt.Sprintf("attempt to load a %s chunk (mode is '%s')", e.Kind, e.Mode)
}

// binarySignature starts every binary chunk, as in Lua.
const binarySignature = "\x1bLua"

// compileChunk turns source text or a binary chunk into a verified Proto.
func (m *VM) compileChunk(src []byte, chunkname, mode string) (*heap.Proto, error) {
	if len(src) > 0 && src[0] == binarySignature[0] {
		if !containsByte(mode, 'b') {
			return nil, &ModeError{Chunk: chunkname, Kind: "binary", Mode: mode}
		}
		return m.undumpChunk(src, chunkname)
	}
	if !containsByte(mode, 't') {
		return nil, &ModeError{Chunk: chunkname, Kind: "text", Mode: mode}
	}
	// The parser's nesting counts against the C-call limit with the calls in progress;
	// a chunk loaded by the host counts as loaded from one C call, lua.c's pmain.
	chunk, err := parser.ParseAt(chunkname, src, max(m.cLevel, 1))
	if err != nil {
		return nil, err
	}
	return compiler.Compile(chunk)
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// DoString compiles and runs src with the given chunk name, returning its results.
func (m *VM) DoString(src, chunkname string) ([]heap.Value, error) {
	cl, err := m.Load([]byte(src), chunkname, "t")
	if err != nil {
		return nil, err
	}
	return m.PCall(heap.ClosureValue(cl))
}

// SetGlobal assigns a global variable.
func (m *VM) SetGlobal(name string, v heap.Value) { m.globals.SetStr(name, v) }

// GetGlobal returns a global variable.
func (m *VM) GetGlobal(name string) heap.Value { return m.globals.GetStr(name) }

// ToString converts v to a string as tostring does: through __tostring (called from
// Go), numbers in Lua's format, other values as "type: address" honouring __name.
func (m *VM) ToString(v heap.Value) string {
	if tm := m.MetaField(v, "__tostring"); !tm.IsNil() {
		r := first(m.Call(tm, v))
		if !r.IsString() && !r.IsNumber() {
			m.Errorf("'__tostring' must return a string")
		}
		return numberOrString(r)
	}
	return m.RawToString(v)
}

// RawToString converts v to a string as tostring does when there is no __tostring.
func (m *VM) RawToString(v heap.Value) string {
	switch v.Kind() {
	case heap.KindNil, heap.KindBool, heap.KindInt, heap.KindFloat, heap.KindString:
		return v.String()
	}
	if n := m.MetaField(v, "__name"); n.IsString() {
		return fmt.Sprintf("%s: %p", n.AsString(), v.Pointer())
	}
	return v.String()
}
