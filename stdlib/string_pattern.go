// This file implements the pattern-matching functions of the string library (find,
// match, gmatch, gsub) on top of the matcher in pattern.go.
//
// Two of them keep state between calls into Lua, and keep it as Lua values so that it
// can be persisted: the iterator gmatch returns is a builtin instance whose upvalues
// are the subject, the pattern, the position of the next attempt and the end of the
// last match; gsub with a function replacement calls the function through a
// continuation whose context is a table (see gsubState); a builtin replacement is
// called directly.

package stdlib

import (
	"math"
	"strings"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

// patternFail raises a pattern error (or any other error of the matcher) at the
// caller's position, as luaL_error does.
func patternFail(m *vm.VM, err error) {
	m.Errorf("%s", err.Error())
}

// matchCaptures returns the captures of match mt of subject as Lua values: strings,
// or integers for position captures. whole says whether a pattern without captures
// yields the whole match (as for match and gmatch) or nothing (as for find). An
// unfinished capture is an error.
func matchCaptures(m *vm.VM, subject string, mt *Match, whole bool) []heap.Value {
	n := mt.NumCaptures()
	if n == 0 && whole {
		n = 1
	}
	strCheckStack(m, n, "too many captures")
	res := make([]heap.Value, n)
	for i := range res {
		c, err := mt.Capture(i)
		if err != nil {
			patternFail(m, err)
		}
		if c.Position {
			res[i] = heap.Int(int64(c.Start) + 1)
		} else {
			res[i] = heap.String(subject[c.Start:c.End])
		}
	}
	return res
}

func strFind(m *vm.VM, args []heap.Value) []heap.Value {
	return strFindAux(m, args, true)
}

func strMatch(m *vm.VM, args []heap.Value) []heap.Value {
	return strFindAux(m, args, false)
}

// strFindAux is string.find (find true) and string.match.
func strFindAux(m *vm.VM, args []heap.Value, find bool) []heap.Value {
	s := checkString(m, args, 1)
	p := checkString(m, args, 2)
	init := strStartPos(optInt(m, args, 3, 1), len(s)) - 1
	if init > int64(len(s)) {
		return m.Return(heap.Nil)
	}
	if find && (!arg(args, 4).IsFalsy() || !HasSpecials(p)) {
		i := strings.Index(s[init:], p)
		if i < 0 {
			return m.Return(heap.Nil)
		}
		start := init + int64(i)
		return m.Return(heap.Int(start+1), heap.Int(start+int64(len(p))))
	}
	mt, err := Find(s, p, int(init))
	if err != nil {
		patternFail(m, err)
	}
	if mt == nil {
		return m.Return(heap.Nil)
	}
	if !find {
		return matchCaptures(m, s, mt, true)
	}
	res := append([]heap.Value{heap.Int(int64(mt.Start) + 1), heap.Int(int64(mt.End))},
		matchCaptures(m, s, mt, false)...)
	return res
}

// The upvalues of a gmatch iterator.
const (
	gmatchSubject = iota
	gmatchPattern
	gmatchPos       // byte offset of the next attempt
	gmatchLastMatch // end of the last match, -1 before the first
)

func strGmatch(m *vm.VM, args []heap.Value) []heap.Value {
	s := checkString(m, args, 1)
	p := checkString(m, args, 2)
	init := strStartPos(optInt(m, args, 3, 1), len(s)) - 1
	if init > int64(len(s)) {
		init = int64(len(s)) + 1
	}
	it := m.NewInstance("string.gmatch.iterator",
		heap.String(s), heap.String(p), heap.Int(init), heap.Int(-1))
	return m.Return(heap.BuiltinValue(it))
}

// gmatchIterator returns the captures of the next match, or nothing at the end.
func gmatchIterator(m *vm.VM, _ []heap.Value) []heap.Value {
	const what = "string.gmatch"
	up := stateUpvalues(m, what, gmatchLastMatch+1)
	s := stateString(m, what, up[gmatchSubject])
	n := int64(len(s))
	sc := Scan{Pos: int(stateInt(m, what, up[gmatchPos], 0, n+1)),
		LastMatch: int(stateInt(m, what, up[gmatchLastMatch], -1, n))}
	mt, err := sc.Next(s, stateString(m, what, up[gmatchPattern]))
	if err != nil {
		patternFail(m, err)
	}
	if mt == nil {
		return nil
	}
	up[gmatchPos], up[gmatchLastMatch] = heap.Int(int64(sc.Pos)), heap.Int(int64(sc.LastMatch))
	return matchCaptures(m, s, mt, true)
}

func strGsub(m *vm.VM, args []heap.Value) []heap.Value {
	s := checkString(m, args, 1)
	p := checkString(m, args, 2)
	repl := arg(args, 3)
	limit := optInt(m, args, 4, int64(len(s))+1)
	switch repl.Kind() {
	case heap.KindString, heap.KindInt, heap.KindFloat:
		r, _ := toStringArg(repl)
		res, n, err := Gsub(s, p, r, limit)
		if err != nil {
			patternFail(m, err)
		}
		if n == 0 {
			return m.Return(heap.String(s), heap.Int(0)) // the original string, as in Lua
		}
		return m.Return(heap.String(res), heap.Int(n))
	case heap.KindTable, heap.KindClosure, heap.KindBuiltin:
	default:
		typeError(m, args, 3, "string/function/table")
	}
	pat, anchored := SplitAnchor(p)
	st := &gsubState{subject: s, pattern: pat, repl: repl, max: limit, scan: NewScan(0, anchored)}
	return st.loop(m)
}

// gsubState is the state of a gsub with a table or function replacement. Between a
// call of the replacement function and its return it lives in a table (see save and
// load), so the function may yield and the state be persisted.
type gsubState struct {
	subject, pattern string
	repl             heap.Value
	max, n           int64
	scan             Scan
	ctx              *heap.Table // where the state is saved; nil before the first call
	pieces           *heap.Table // the result before buf, in pieces; nil if none yet
	buf              []byte      // the result since the last piece
	changed          bool        // whether a replacement has changed the subject
	start, end       int         // the match whose replacement the function computes
}

// loop carries on replacing matches until the limit or the end of the subject, and
// returns gsub's results, or a request to call the replacement function.
func (st *gsubState) loop(m *vm.VM) []heap.Value {
	for st.n < st.max {
		from := st.scan.Pos
		mt, err := st.scan.Next(st.subject, st.pattern)
		if err != nil {
			patternFail(m, err)
		}
		if mt == nil {
			st.scan.Pos = from
			break
		}
		st.buf = append(st.buf, st.subject[from:mt.Start]...)
		st.n++
		st.start, st.end = mt.Start, mt.End
		args := matchCaptures(m, st.subject, mt, true)
		switch st.repl.Kind() {
		case heap.KindTable:
			st.addValue(m, m.Index(st.repl, args[0]))
			continue
		case heap.KindBuiltin:
			// A builtin returns at once; through CallK each match would nest Go calls
			// of the VM's return path. C Lua does not let it yield either.
			st.addValue(m, first(m.Call(st.repl, args...)))
			continue
		}
		k, _ := m.Continuation("string.gsub.k")
		return m.CallK(st.repl, args, 1, k, heap.TableValue(st.save()))
	}
	return st.finish(m)
}

// addValue appends the replacement value v for the current match: nil or false keep
// the matched text, a string or number replaces it, anything else is an error.
func (st *gsubState) addValue(m *vm.VM, v heap.Value) {
	if v.IsFalsy() {
		st.buf = append(st.buf, st.subject[st.start:st.end]...)
		return
	}
	s, ok := toStringArg(v)
	if !ok {
		m.Errorf("invalid replacement value (a %s)", v.TypeName())
	}
	st.buf = append(st.buf, s...)
	st.changed = true
}

// finish returns the new string and the number of matches.
func (st *gsubState) finish(m *vm.VM) []heap.Value {
	n := heap.Int(st.n)
	if !st.changed {
		return m.Return(heap.String(st.subject), n) // the original string, as in Lua
	}
	if st.scan.Pos <= len(st.subject) {
		st.buf = append(st.buf, st.subject[st.scan.Pos:]...)
	}
	if st.pieces == nil {
		return m.Return(heap.String(string(st.buf)), n)
	}
	var b strings.Builder
	for i := int64(1); i <= st.pieces.Len(); i++ {
		b.WriteString(stateString(m, "string.gsub", st.pieces.GetInt(i)))
	}
	b.Write(st.buf)
	return m.Return(heap.String(b.String()), n)
}

// The fields of a saved gsubState.
const (
	gsubSubject = iota + 1
	gsubPattern
	gsubRepl
	gsubMax
	gsubCount
	gsubPos
	gsubLastMatch
	gsubAnchored
	gsubDone
	gsubPieces
	gsubChanged
	gsubStart
	gsubEnd
	gsubFields = gsubEnd
)

// save stores the state in its table (made at the first call), moving the pending
// result into its pieces.
func (st *gsubState) save() *heap.Table {
	if st.ctx == nil {
		st.ctx = heap.NewTable(gsubFields, 0)
		st.pieces = heap.NewTable(4, 0)
	}
	if len(st.buf) > 0 {
		st.pieces.SetInt(st.pieces.Len()+1, heap.String(string(st.buf)))
		st.buf = st.buf[:0]
	}
	vals := [gsubFields]heap.Value{
		heap.String(st.subject), heap.String(st.pattern), st.repl, heap.Int(st.max),
		heap.Int(st.n), heap.Int(int64(st.scan.Pos)), heap.Int(int64(st.scan.LastMatch)),
		heap.Bool(st.scan.Anchored), heap.Bool(st.scan.Done), heap.TableValue(st.pieces),
		heap.Bool(st.changed), heap.Int(int64(st.start)), heap.Int(int64(st.end)),
	}
	for i, v := range vals {
		st.ctx.SetInt(int64(i)+1, v)
	}
	return st.ctx
}

// load rebuilds the state saved in the context ctx, checking it.
func (st *gsubState) load(m *vm.VM, ctx heap.Value) {
	const what = "string.gsub"
	t := stateTable(m, what, ctx)
	var vals [gsubFields]heap.Value
	for i := range vals {
		vals[i] = t.GetInt(int64(i) + 1)
	}
	subject := stateString(m, what, vals[gsubSubject-1])
	n := int64(len(subject))
	start := stateInt(m, what, vals[gsubStart-1], 0, n)
	*st = gsubState{
		ctx:     t,
		subject: subject,
		pattern: stateString(m, what, vals[gsubPattern-1]),
		repl:    vals[gsubRepl-1],
		max:     stateInt(m, what, vals[gsubMax-1], math.MinInt64, math.MaxInt64),
		n:       stateInt(m, what, vals[gsubCount-1], 0, math.MaxInt64),
		scan: Scan{
			Pos:       int(stateInt(m, what, vals[gsubPos-1], 0, n+1)),
			LastMatch: int(stateInt(m, what, vals[gsubLastMatch-1], -1, n)),
			Anchored:  stateBool(m, what, vals[gsubAnchored-1]),
			Done:      stateBool(m, what, vals[gsubDone-1]),
		},
		pieces:  stateTable(m, what, vals[gsubPieces-1]),
		changed: stateBool(m, what, vals[gsubChanged-1]),
		start:   int(start),
		end:     int(stateInt(m, what, vals[gsubEnd-1], start, n)),
	}
}

// gsubK receives the value the replacement function returned for a match, and goes
// on with the next matches.
func gsubK(m *vm.VM, ctx heap.Value, _ bool, res []heap.Value) []heap.Value {
	var st gsubState
	st.load(m, ctx)
	st.addValue(m, first(res))
	return st.loop(m)
}
