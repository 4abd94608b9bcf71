// This file holds the parts of Persist that go beyond plain records: permanent
// values, the __persist protocol of tables and userdata, threads, and the paths that
// errors show.
//
// Paths follow Eris: "root", then ".name" for a string key and "[k]" for any other
// key, "@metatable", ".proto", ".upvalues.name" (".upvalues[i]" when the name is
// stripped or the function is a builtin), ".stack[i]", ".callinfo[i]" for a frame's
// function and ".callinfo[i].ctx" for its continuation state, ".openupval[i]",
// ".error" for the error a dead coroutine died of. Stack
// indexes are 0-based like Eris's, upvalue indexes 1-based like debug.getupvalue.

package serialize

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"unsafe"

	"github.com/pluto-go/pluto-go/heap"
)

// permKey identifies a permanent key, to find two values given the same one.
type permKey struct {
	k    heap.Kind
	bits uint64
	s    string
}

// perm returns the reference to a permanent value, if Perms makes v one.
func (e *encoder) perm(v heap.Value) (val, bool) {
	if e.cfg.Perms == nil {
		return val{}, false
	}
	key, ok := e.cfg.Perms(v)
	if !ok {
		return val{}, false
	}
	// Keys a table cannot tell apart (1 and 1.0, 0 and -0.0) are one key.
	norm, ok := heap.NormalizeKey(key)
	if !ok {
		// A NaN, which no table can map back.
		e.fail("bad permanent key for "+v.TypeName()+" (NaN)", nil)
		return val{}, true
	}
	pk := permKey{k: norm.Kind()}
	switch pk.k {
	case heap.KindBool, heap.KindInt:
		pk.bits = uint64(norm.AsInt())
	case heap.KindFloat:
		pk.bits = floatBits(norm)
	case heap.KindString:
		pk.s = key.AsString()
	default:
		e.fail("bad permanent key for "+v.TypeName()+" (boolean, number or string expected, got "+
			key.TypeName()+")", nil)
		return val{}, true
	}
	if e.permKeys()[pk] {
		e.fail("two values share the permanent key "+keyString(key), nil)
		return val{}, true
	}
	e.keys[pk] = true
	return e.enqueue(item{k: vPerm, aux: key, kind: v.Kind()}), true
}

// permKeys returns the set of permanent keys used so far.
func (e *encoder) permKeys() map[permKey]bool {
	if e.keys == nil {
		e.keys = make(map[permKey]bool)
	}
	return e.keys
}

// special applies the __persist metafield of a table or userdata v with metatable
// meta. It reports done when v needs no literal record: it is persisted through its
// function, or it cannot be persisted (the error is set).
func (e *encoder) special(v heap.Value, meta *heap.Table) (val, bool) {
	if meta == nil {
		return val{}, false
	}
	f := meta.GetStr(e.cfg.SpecialKey)
	switch {
	case f.IsNil() || f == heap.True:
		return val{}, false
	case f == heap.False:
		e.fail("attempt to persist forbidden "+v.TypeName(), nil)
	case !f.IsFunction():
		e.fail(e.cfg.SpecialKey+" not nil, boolean, or function", nil)
	case e.cfg.Call == nil:
		e.fail(e.cfg.SpecialKey+" function found but PersistOptions.Call is nil", nil)
	default:
		return e.callSpecial(v, f), true
	}
	return val{}, true
}

// callSpecial calls the __persist function f of v and queues what it returns.
func (e *encoder) callSpecial(v, f heap.Value) val {
	res, err := e.cfg.Call(f, v)
	if err != nil {
		e.fail(e.cfg.SpecialKey+" function failed", err)
		return val{}
	}
	if len(res) == 0 || !res[0].IsFunction() {
		e.fail(e.cfg.SpecialKey+" did not return a function", nil)
		return val{}
	}
	e.specials = append(e.specials, link{parent: int32(e.cur), edge: e.edge})
	r := e.enqueue(item{k: vSpecial, aux: res[0], kind: v.Kind()})
	e.ids[v.Pointer()] = r
	return r
}

// checkRebuilds fails for a special object whose rebuild function reaches the
// object itself, which no load could rebuild (see build_special.go), so that such a
// snapshot is never written.
func (e *encoder) checkRebuilds() {
	_, err := walkSpecials(&e.snap, func([]ref) error { return nil })
	var ce *cycleError
	if !errors.As(err, &ce) {
		return
	}
	l := e.specials[ce.special]
	e.cur, e.edge = int(l.parent), l.edge
	kind := heap.Kind(e.snap.Specials[ce.special].Kind)
	e.fail(e.cfg.SpecialKey+" rebuild function reaches the "+kind.TypeName()+" it rebuilds", nil)
}

// userdataKind decides how a userdata is persisted: by name, through __persist, or
// literally when __persist is true and its data is nil or a []byte. It reports done
// when no literal record is needed.
func (e *encoder) userdataKind(v heap.Value) (val, bool) {
	u := v.AsUserdata()
	if u.Name != "" {
		return val{}, false
	}
	if u.Meta != nil && u.Meta.GetStr(e.cfg.SpecialKey) == heap.True {
		if _, ok := u.Data.([]byte); !ok && u.Data != nil {
			e.fail("attempt to literally persist userdata holding a Go value", nil)
			return val{}, true
		}
		return val{}, false
	}
	if u.Meta != nil && u.Meta.GetStr(e.cfg.SpecialKey).IsFunction() {
		return e.special(v, u.Meta)
	}
	e.fail(userdataReason(u), nil)
	return val{}, true
}

// Describer is implemented by the Go data of userdata that can never be persisted,
// such as the stream of a file handle, so that the error says what the value is.
type Describer interface {
	// Describe returns what the value is, with its article: "an open file".
	Describe() string
}

// userdataReason says why userdata u, which has no name, perms entry or __persist,
// cannot be persisted.
func userdataReason(u *heap.Userdata) string {
	if d, ok := u.Data.(Describer); ok {
		return "attempt to persist " + d.Describe()
	}
	reason := "attempt to literally persist userdata"
	if u.Meta != nil {
		if n := u.Meta.GetStr("__name"); n.IsString() {
			reason += " '" + n.AsString() + "'"
		}
	}
	return reason
}

// visitThread builds a thread's record. The stack is written up to the highest slot
// the thread uses: its top, the top of any frame, an open upvalue or a pending
// to-be-closed variable. As visitTable, it copies what it writes before meeting any
// value, so that the record keeps one state even if a __persist function resumes
// the thread.
func (e *encoder) visitThread(t *heap.Thread) {
	h := threadHeight(t)
	if h > len(t.Stack) || t.Top < 0 {
		e.fail("attempt to persist a malformed thread", nil)
		return
	}
	rec := threadRec{Status: uint(t.Status), Size: uint(len(t.Stack)), Top: uint(t.Top),
		Failed: t.Failed, CCalls: uint(max(t.CCalls, 0))}
	stack, frames, errv := slices.Clone(t.Stack[:h]), slices.Clone(t.Frames), t.Err
	rec.TBC = make([]uint, len(t.TBC))
	for i, x := range t.TBC {
		rec.TBC[i] = uint(x)
	}
	open := slices.Clone(t.OpenUpvalues())
	rec.Open = make([]openRec, len(open))
	for i, u := range open {
		_, idx := u.Slot()
		rec.Open[i].Index = uint(idx)
	}
	rec.Stack = make(vals, h)
	for i := range rec.Stack {
		e.edge = edge{op: edgeStack, n: i}
		rec.Stack[i] = e.see(stack[i])
	}
	rec.Frames = make([]frameRec, len(frames))
	for i := range frames {
		rec.Frames[i] = e.frame(i, &frames[i])
	}
	for i, u := range open {
		e.edge = edge{op: edgeOpen, n: i}
		rec.Open[i].Upval = e.ref(rUpval, unsafe.Pointer(u))
	}
	e.edge = edge{op: edgeError}
	rec.Err = e.see(errv)
	e.snap.Threads = append(e.snap.Threads, rec)
}

// threadHeight returns how many stack slots of t a snapshot keeps.
func threadHeight(t *heap.Thread) int {
	h := t.Top
	for i := range t.Frames {
		h = max(h, t.Frames[i].Top)
	}
	for _, u := range t.OpenUpvalues() {
		_, idx := u.Slot()
		h = max(h, idx+1)
	}
	for _, x := range t.TBC {
		h = max(h, x+1)
	}
	return h
}

// frame builds the record of frame i.
func (e *encoder) frame(i int, f *heap.Frame) frameRec {
	e.edge = edge{op: edgeFrame, n: i}
	rec := frameRec{
		Func: uint(f.Func), Base: uint(f.Base), Top: uint(f.Top), PC: uint(f.PC),
		NResults: f.NResults, NExtra: uint(f.NExtra), NRet: uint(f.NRet), Flags: uint(f.Flags),
	}
	if min(f.Func, f.Base, f.Top, f.PC, f.NExtra, f.NRet) < 0 || (f.Closure != nil && f.Builtin != nil) {
		e.fail("attempt to persist a malformed frame", nil)
		return rec
	}
	switch {
	case f.Closure != nil:
		rec.Fn = e.see(heap.ClosureValue(f.Closure))
	case f.Builtin != nil:
		rec.Fn = e.see(heap.BuiltinValue(f.Builtin))
	}
	if f.Cont != nil {
		if f.Cont.Name == "" {
			e.fail("attempt to persist a continuation without a name", nil)
		}
		rec.Cont = f.Cont.Name
	}
	e.edge = edge{op: edgeCtx, n: i}
	rec.Ctx = e.see(f.Ctx)
	return rec
}

// fail records the first error, with the path to the value being met.
func (e *encoder) fail(reason string, err error) {
	if e.err == nil {
		e.err = &PersistError{Reason: reason, Path: e.path(), Err: err}
	}
}

// edgeOp is the kind of step from an object to a value it holds.
type edgeOp uint8

const (
	edgeNone edgeOp = iota
	edgeRoot
	edgeIndex
	edgeKey
	edgeMeta
	edgeUserValue
	edgeProto
	edgeUpvalue
	edgeStack
	edgeFrame
	edgeCtx
	edgeOpen
	edgeError
	edgeSpecial
)

// edge is one step of a path.
type edge struct {
	op   edgeOp
	n    int
	key  heap.Value
	name string
}

// link records how a queued object was reached: from which queued object (-1 for
// the root) and through which edge.
type link struct {
	parent int32
	edge   edge
}

// String returns the step as a path segment.
func (ed edge) String() string {
	n := strconv.Itoa(ed.n)
	switch ed.op {
	case edgeRoot:
		return "root"
	case edgeIndex:
		return "[" + n + "]"
	case edgeKey:
		if ed.key.IsString() {
			return "." + ed.key.AsString()
		}
		return "[" + keyString(ed.key) + "]"
	case edgeMeta:
		return "@metatable"
	case edgeUserValue:
		return "@uservalue"
	case edgeProto:
		return ".proto"
	case edgeUpvalue:
		if ed.name != "" {
			return ".upvalues." + ed.name
		}
		return ".upvalues[" + n + "]"
	case edgeStack:
		return ".stack[" + n + "]"
	case edgeFrame:
		return ".callinfo[" + n + "]"
	case edgeCtx:
		return ".callinfo[" + n + "].ctx"
	case edgeOpen:
		return ".openupval[" + n + "]"
	case edgeError:
		return ".error"
	}
	return ""
}

// keyString formats a key as tostring would, with objects shown by type only.
func keyString(k heap.Value) string {
	switch k.Kind() {
	case heap.KindBool:
		return strconv.FormatBool(k.AsBool())
	case heap.KindInt:
		return heap.FormatInt(k.AsInt())
	case heap.KindFloat:
		return heap.FormatFloat(k.AsFloat())
	case heap.KindString:
		return strconv.Quote(k.AsString())
	}
	return k.TypeName()
}

// path returns the path to the value being met: the full path with cfg.Path, else
// its last step.
func (e *encoder) path() string {
	last := e.edge.String()
	if !e.cfg.Path {
		switch {
		case e.edge.op == edgeRoot:
			return last
		case e.cur >= 0 && e.queue[e.cur].k == rUpval:
			last = e.upvalueEdge(e.queue[e.cur].p).String()
		}
		return "..." + strings.TrimPrefix(last, ".")
	}
	segs := []string{last}
	for i := e.cur; i >= 0 && i < len(e.links); i = int(e.links[i].parent) {
		segs = append(segs, e.links[i].edge.String())
	}
	slices.Reverse(segs)
	return strings.Join(segs, "")
}

// upvalueEdge returns the step to upvalue u from the first closure visited that
// holds it, which names the variable in a path without the links of cfg.Path.
func (e *encoder) upvalueEdge(u unsafe.Pointer) edge {
	for _, it := range e.queue[:e.cur] {
		if it.k != vClosure {
			continue
		}
		c := (*heap.Closure)(it.p)
		for i, cu := range c.Upvalues {
			if unsafe.Pointer(cu) == u {
				return edge{op: edgeUpvalue, n: i + 1, name: c.Proto.Upvalues[i].Name}
			}
		}
	}
	return edge{op: edgeNone}
}
