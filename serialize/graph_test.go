// This file holds the test helpers: hand-built prototypes, threads and registries, and
// equalGraphs, which walks two object graphs in parallel and reports the first
// difference in structure, contents or sharing.

package serialize

import (
	"fmt"
	"math"
	"unsafe"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/pluto-go/pluto-go/heap"
)

// testResolver is the registry tests persist against and load with.
func testResolver() *MapResolver {
	fn := func() {}
	return &MapResolver{
		Builtins: map[string]*heap.Builtin{
			"print":           {Name: "print", Fn: fn},
			"string.gmatch.k": {Name: "string.gmatch.k", Fn: fn},
			"coroutine.yield": {Name: "coroutine.yield", Fn: fn},
			"pcall":           {Name: "pcall", Fn: fn},
		},
		Continuations: map[string]*heap.Continuation{"pcall.k": {Name: "pcall.k", Fn: fn}},
		Named:         map[string]*heap.Userdata{"io.stdout": {Name: "io.stdout"}},
	}
}

// getterProto returns a function of one upvalue x that returns it:
// function() return x end.
func getterProto() *heap.Proto {
	return &heap.Proto{
		Source: "@test.lua", LineDefined: 3, LastLineDefined: 3, MaxStackSize: 2,
		Code: []heap.Instruction{
			heap.ABC(heap.OpGetUpval, 0, 0, 0, false),
			heap.ABC(heap.OpReturn1, 0, 0, 0, false),
		},
		Upvalues: []heap.UpvalueDesc{{Name: "x", InStack: true, Index: 0}},
		LineInfo: []int32{3, 3},
	}
}

// mainProto returns a vararg main chunk with one local x, making a getter closure over
// it, calling pcall and returning the getter.
func mainProto() *heap.Proto {
	return &heap.Proto{
		Source: "@test.lua", MaxStackSize: 6,
		Code: []heap.Instruction{
			heap.ABC(heap.OpLoadNil, 0, 0, 0, false),
			heap.ABx(heap.OpLoadK, 0, 0),
			heap.ABx(heap.OpClosure, 1, 0),
			heap.ABC(heap.OpCall, 3, 3, 2, false),
			heap.ABC(heap.OpReturn, 1, 2, 0, false),
		},
		Constants: []heap.Value{heap.String("hello"), heap.Int(3), heap.Float(math.Copysign(0, -1))},
		Upvalues:  []heap.UpvalueDesc{{Name: "_ENV", InStack: true, Index: 0}},
		Protos:    []*heap.Proto{getterProto()},
		LineInfo:  []int32{1, 2, 3, 4, 5},
		LocVars:   []heap.LocVar{{Name: "x", StartPC: 2, EndPC: 5}},
	}
}

// closureOver returns a getter closure whose upvalue is u.
func closureOver(u *heap.Upvalue) *heap.Closure {
	c := heap.NewClosure(getterProto())
	c.Upvalues[0] = u
	return c
}

// suspendedThread returns a coroutine stopped in a yield that pcall called from a Lua
// function, with an open upvalue at slot 2 captured by the returned closure and a
// to-be-closed variable at slot 3.
func suspendedThread(r *MapResolver) (*heap.Thread, *heap.Closure) {
	main := heap.NewClosure(mainProto())
	main.Upvalues[0] = heap.NewClosedUpvalue(heap.TableValue(heap.NewTable(0, 0)))
	yield := heap.BuiltinValue(r.Builtins["coroutine.yield"])
	t := heap.NewThread(20)
	copy(t.Stack, []heap.Value{heap.ClosureValue(main), heap.String("arg"), heap.Int(42),
		heap.TableValue(heap.NewTable(0, 0)), heap.BuiltinValue(r.Builtins["pcall"]), yield,
		heap.Float(2.5), yield, heap.Float(2.5)})
	t.Top = 9
	t.Frames = []heap.Frame{
		{Closure: main, Func: 0, Base: 1, Top: 7, PC: 4, NResults: heap.MultRet},
		{Builtin: r.Builtins["pcall"], Func: 4, Base: 5, Top: 7, NResults: 1,
			Cont: r.Continuations["pcall.k"], Flags: heap.FrameProtected},
		{Builtin: r.Builtins["coroutine.yield"], Func: 7, Base: 8, Top: 9,
			NResults: heap.MultRet, Flags: heap.FrameYielded},
	}
	t.TBC = []int{3}
	c := closureOver(t.FindUpvalue(2))
	return t, c
}

// valueComparer compares heap values of scalar kinds bit for bit, strings by content
// and objects by identity, for go-cmp.
var valueComparer = cmp.Comparer(func(a, b heap.Value) bool {
	if a.Kind() != b.Kind() {
		return false
	}
	switch a.Kind() {
	case heap.KindFloat:
		return math.Float64bits(a.AsFloat()) == math.Float64bits(b.AsFloat())
	case heap.KindString:
		return a.AsString() == b.AsString()
	}
	return heap.RawEqual(a, b) || a.Pointer() == b.Pointer() && a.Pointer() != nil
})

// graphDiff walks two graphs in parallel.
type graphDiff struct {
	pairs map[unsafe.Pointer]unsafe.Pointer // a object -> b object
	back  map[unsafe.Pointer]unsafe.Pointer
	work  []func() error
	same  map[unsafe.Pointer]bool // objects that must stay identical (registry builtins)
}

// equalGraphs reports the first difference between the graphs of a and b, or nil.
// Objects in same must be the very same object in both.
func equalGraphs(a, b heap.Value, same ...unsafe.Pointer) error {
	g := &graphDiff{pairs: map[unsafe.Pointer]unsafe.Pointer{},
		back: map[unsafe.Pointer]unsafe.Pointer{}, same: map[unsafe.Pointer]bool{}}
	for _, p := range same {
		g.same[p] = true
	}
	if err := g.value("root", a, b); err != nil {
		return err
	}
	for len(g.work) > 0 {
		w := g.work[0]
		g.work = g.work[1:]
		if err := w(); err != nil {
			return err
		}
	}
	return nil
}

// pair records that object pa corresponds to pb, reporting whether it is new.
func (g *graphDiff) pair(where string, pa, pb unsafe.Pointer) (bool, error) {
	if g.same[pa] && pa != pb {
		return false, fmt.Errorf("%s: identity of a registered object lost", where)
	}
	qa, oka := g.pairs[pa]
	qb, okb := g.back[pb]
	switch {
	case oka != okb || (oka && (qa != pb || qb != pa)):
		return false, fmt.Errorf("%s: sharing differs", where)
	case oka:
		return false, nil
	}
	g.pairs[pa], g.back[pb] = pb, pa
	return true, nil
}

// value compares two values, queueing the comparison of new object pairs.
func (g *graphDiff) value(where string, a, b heap.Value) error {
	if a.Kind() != b.Kind() {
		return fmt.Errorf("%s: kind %v, want %v", where, b.Kind(), a.Kind())
	}
	if a.Pointer() == nil {
		if !cmp.Equal(a, b, valueComparer) {
			return fmt.Errorf("%s: got %v, want %v", where, b, a)
		}
		return nil
	}
	isNew, err := g.pair(where, a.Pointer(), b.Pointer())
	if err != nil || !isNew {
		return err
	}
	g.work = append(g.work, func() error { return g.object(where, a, b) })
	return nil
}

// object compares the contents of two objects of the same kind.
func (g *graphDiff) object(where string, a, b heap.Value) error {
	switch a.Kind() {
	case heap.KindTable:
		return g.table(where, a.AsTable(), b.AsTable())
	case heap.KindClosure:
		return g.closure(where, a.AsClosure(), b.AsClosure())
	case heap.KindBuiltin:
		x, y := a.AsBuiltin(), b.AsBuiltin()
		if x.Name != y.Name || len(x.Upvalues) != len(y.Upvalues) {
			return fmt.Errorf("%s: builtin %q, want %q", where, y.Name, x.Name)
		}
		return g.values(where+".upvalues", x.Upvalues, y.Upvalues)
	case heap.KindUserdata:
		x, y := a.AsUserdata(), b.AsUserdata()
		if x.Name != y.Name || !cmp.Equal(x.Data, y.Data) {
			return fmt.Errorf("%s: userdata differs", where)
		}
		if err := g.value(where+"@metatable", heap.TableValue(x.Meta), heap.TableValue(y.Meta)); err != nil {
			return err
		}
		return g.value(where+"@uservalue", x.Value, y.Value)
	case heap.KindThread:
		return g.thread(where, a.AsThread(), b.AsThread())
	}
	return nil
}

// values compares two lists of values.
func (g *graphDiff) values(where string, a, b []heap.Value) error {
	if len(a) != len(b) {
		return fmt.Errorf("%s: %d values, want %d", where, len(b), len(a))
	}
	for i := range a {
		if err := g.value(fmt.Sprintf("%s[%d]", where, i), a[i], b[i]); err != nil {
			return err
		}
	}
	return nil
}

// table compares two tables part by part, dead entries and capacity included.
func (g *graphDiff) table(where string, a, b *heap.Table) error {
	if a.ArrayLen() != b.ArrayLen() || a.HashLen() != b.HashLen() || a.HashCap() != b.HashCap() {
		return fmt.Errorf("%s: table shape %d/%d/%d, want %d/%d/%d", where,
			b.ArrayLen(), b.HashLen(), b.HashCap(), a.ArrayLen(), a.HashLen(), a.HashCap())
	}
	for i := range a.ArrayLen() {
		if err := g.value(fmt.Sprintf("%s[%d]", where, i+1), a.ArrayEntry(i), b.ArrayEntry(i)); err != nil {
			return err
		}
	}
	for i := range a.HashLen() {
		ka, va := a.HashEntry(i)
		kb, vb := b.HashEntry(i)
		if err := g.value(where+"@key", ka, kb); err != nil {
			return err
		}
		if err := g.value(fmt.Sprintf("%s{%d}", where, i), va, vb); err != nil {
			return err
		}
	}
	return g.value(where+"@metatable", heap.TableValue(a.Meta), heap.TableValue(b.Meta))
}

// closure compares two closures: prototypes with go-cmp, upvalues by sharing and
// value, open or closed.
func (g *graphDiff) closure(where string, a, b *heap.Closure) error {
	if d := cmp.Diff(a.Proto, b.Proto, valueComparer, cmpopts.EquateEmpty()); d != "" {
		return fmt.Errorf("%s: proto differs (-want +got):\n%s", where, d)
	}
	if len(a.Upvalues) != len(b.Upvalues) {
		return fmt.Errorf("%s: upvalue count", where)
	}
	for i := range a.Upvalues {
		if err := g.upvalue(fmt.Sprintf("%s.upvalues[%d]", where, i), a.Upvalues[i], b.Upvalues[i]); err != nil {
			return err
		}
	}
	return nil
}

// upvalue compares two upvalues.
func (g *graphDiff) upvalue(where string, a, b *heap.Upvalue) error {
	isNew, err := g.pair(where, unsafe.Pointer(a), unsafe.Pointer(b))
	if err != nil || !isNew {
		return err
	}
	return g.value(where, a.Get(), b.Get())
}

// thread compares two threads: status, stack up to the height, frames, to-be-closed
// slots and open upvalues.
func (g *graphDiff) thread(where string, a, b *heap.Thread) error {
	if err := g.value(where+".error", a.Err, b.Err); err != nil {
		return err
	}
	if a.Status != b.Status || a.Top != b.Top || len(a.Stack) != len(b.Stack) ||
		a.Failed != b.Failed || a.CCalls != b.CCalls ||
		!cmp.Equal(a.TBC, b.TBC, cmpopts.EquateEmpty()) {
		return fmt.Errorf("%s: thread header differs", where)
	}
	h := threadHeight(a)
	if err := g.values(where+".stack", a.Stack[:h], b.Stack[:h]); err != nil {
		return err
	}
	if len(a.Frames) != len(b.Frames) {
		return fmt.Errorf("%s: %d frames, want %d", where, len(b.Frames), len(a.Frames))
	}
	for i := range a.Frames {
		if err := g.frame(fmt.Sprintf("%s.callinfo[%d]", where, i), &a.Frames[i], &b.Frames[i]); err != nil {
			return err
		}
	}
	oa, ob := a.OpenUpvalues(), b.OpenUpvalues()
	if len(oa) != len(ob) {
		return fmt.Errorf("%s: %d open upvalues, want %d", where, len(ob), len(oa))
	}
	for i := range oa {
		_, ia := oa[i].Slot()
		tb, ib := ob[i].Slot()
		if ia != ib || tb != b {
			return fmt.Errorf("%s: open upvalue %d at %d, want %d", where, i, ib, ia)
		}
		if err := g.upvalue(where+".openupval", oa[i], ob[i]); err != nil {
			return err
		}
	}
	return nil
}

// frame compares two frames.
func (g *graphDiff) frame(where string, a, b *heap.Frame) error {
	strip := func(f heap.Frame) heap.Frame {
		f.Closure, f.Builtin, f.Cont, f.Ctx = nil, nil, nil, heap.Nil
		return f
	}
	if d := cmp.Diff(strip(*a), strip(*b), valueComparer); d != "" {
		return fmt.Errorf("%s: frame differs:\n%s", where, d)
	}
	if (a.Cont == nil) != (b.Cont == nil) || a.Cont != nil && a.Cont.Name != b.Cont.Name {
		return fmt.Errorf("%s: continuation differs", where)
	}
	if err := g.value(where, heap.ClosureValue(a.Closure), heap.ClosureValue(b.Closure)); err != nil {
		return err
	}
	if err := g.value(where, heap.BuiltinValue(a.Builtin), heap.BuiltinValue(b.Builtin)); err != nil {
		return err
	}
	return g.value(where+".ctx", a.Ctx, b.Ctx)
}
