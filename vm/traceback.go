// This file describes call stacks: the debug information of a frame (what
// debug.getinfo reports) and tracebacks in the shape of luaL_traceback.

package vm

import (
	"fmt"
	"strings"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/lang/parser"
)

// FrameInfo is the debug information of one frame, with the fields of lua_Debug.
type FrameInfo struct {
	Source, ShortSrc, What string
	Name, NameWhat         string
	CurrentLine            int
	LineDefined, LastLine  int
	NumUpvalues, NumParams int
	IsVararg, IsTailCall   bool
	FTransfer, NTransfer   int
	Function               heap.Value
	frameIndex             int
}

// StackDepth returns the number of frames of th.
func (m *VM) StackDepth(th *heap.Thread) int { return len(th.Frames) }

// FrameInfoAt returns the debug information of the frame at the given level of th
// (0 is the innermost), or false if there is no such level.
func (m *VM) FrameInfoAt(th *heap.Thread, level int) (FrameInfo, bool) {
	fi := len(th.Frames) - 1 - level
	if level < 0 || fi < 0 {
		return FrameInfo{}, false
	}
	fr := &th.Frames[fi]
	info := FunctionInfo(frameFunction(fr))
	info.frameIndex = fi
	if fr.IsLua() {
		info.CurrentLine = fr.Closure.Proto.Line(fr.PC - 1)
		if info.CurrentLine == 0 {
			info.CurrentLine = -1
		}
	}
	info.IsTailCall = fr.Flags&heap.FrameTailCall != 0
	info.NameWhat, info.Name = m.calledAs(th, fi)
	if th == m.th && fi == m.transfer.frame && m.transfer.n > 0 {
		info.FTransfer, info.NTransfer = m.transfer.first, m.transfer.n
	}
	return info, true
}

// FunctionInfo returns the debug information of a function value that does not depend
// on an activation.
func FunctionInfo(fn heap.Value) FrameInfo {
	info := FrameInfo{Function: fn, CurrentLine: -1}
	if fn.Kind() != heap.KindClosure {
		info.Source, info.ShortSrc, info.What = "=[C]", "[C]", "C"
		info.LineDefined, info.LastLine, info.IsVararg = -1, -1, true
		if fn.Kind() == heap.KindBuiltin {
			info.NumUpvalues = len(fn.AsBuiltin().Upvalues)
		}
		return info
	}
	cl := fn.AsClosure()
	p := cl.Proto
	info.Source = p.Source
	info.ShortSrc = parser.ChunkID(info.Source)
	info.LineDefined, info.LastLine = p.LineDefined, p.LastLineDefined
	info.What = "Lua"
	if p.LineDefined == 0 {
		info.What = "main"
	}
	info.NumUpvalues, info.NumParams, info.IsVararg = len(cl.Upvalues), p.NumParams, p.IsVararg
	return info
}

// Traceback levels shown before and after the skipped middle of a long traceback.
const (
	tracebackHead = 10
	tracebackTail = 11
)

// WithTraceback returns msg on a line before the traceback tb, as luaL_traceback puts
// them together; it takes msg as a C string, up to a zero byte.
func WithTraceback(msg, tb string) string {
	if i := strings.IndexByte(msg, 0); i >= 0 {
		msg = msg[:i]
	}
	return msg + "\n" + tb
}

// Traceback returns a traceback of th starting at the given level, in the shape of
// luaL_traceback without a message: "stack traceback:" and one line per frame. A caller
// with a message puts it and a newline in front, even an empty one, as Lua does.
func (m *VM) Traceback(th *heap.Thread, level int) string {
	var b strings.Builder
	b.WriteString("stack traceback:")
	last := len(th.Frames) - 1
	limit := -1
	if last-level > tracebackHead+tracebackTail {
		limit = tracebackHead
	}
	for ; level <= last; level++ {
		if limit == 0 {
			// Lua's count leaves out the level this line stands in for.
			n := last - level - tracebackTail + 1
			fmt.Fprintf(&b, "\n\t...\t(skipping %d levels)", n-1)
			level += n - 1
			limit--
			continue
		}
		limit--
		info, _ := m.FrameInfoAt(th, level)
		if info.CurrentLine <= 0 {
			fmt.Fprintf(&b, "\n\t%s: in ", info.ShortSrc)
		} else {
			fmt.Fprintf(&b, "\n\t%s:%d: in ", info.ShortSrc, info.CurrentLine)
		}
		b.WriteString(m.describeFunction(th, info))
		if info.IsTailCall {
			b.WriteString("\n\t(...tail calls...)")
		}
	}
	return b.String()
}

// describeFunction names a frame's function for a traceback line.
func (m *VM) describeFunction(th *heap.Thread, info FrameInfo) string {
	if name := m.globalFuncName(&th.Frames[info.frameIndex]); name != "" {
		return fmt.Sprintf("function '%s'", name)
	}
	switch {
	case info.NameWhat != "":
		return fmt.Sprintf("%s '%s'", info.NameWhat, info.Name)
	case info.What == "main":
		return "main chunk"
	case info.What != "C":
		return fmt.Sprintf("function <%s:%d>", info.ShortSrc, info.LineDefined)
	}
	return "?"
}
