// Round-trip tests: every value kind and the edge cases of the format persist, load
// back equal in structure, contents and sharing, and persist again to the same bytes.

package serialize

import (
	"bytes"
	"errors"
	"math"
	"testing"
	"unsafe"

	"github.com/pluto-go/pluto-go/heap"
)

// roundTrip persists v, loads it back, checks that persisting the result gives the
// same bytes and returns the loaded value.
func roundTrip(t *testing.T, v heap.Value, po *PersistOptions, uo *UnpersistOptions) heap.Value {
	t.Helper()
	b, err := Persist(v, po)
	if err != nil {
		t.Fatalf("Persist: %v", err)
	}
	again, err := Persist(v, po)
	if err != nil || !bytes.Equal(b, again) {
		t.Fatalf("persisting twice gave different bytes (err %v)", err)
	}
	got, err := Unpersist(b, uo)
	if err != nil {
		t.Fatalf("Unpersist: %v", err)
	}
	b2, err := Persist(got, po)
	if err != nil {
		t.Fatalf("Persist of the loaded value: %v", err)
	}
	if !bytes.Equal(b, b2) {
		t.Fatalf("persist(unpersist(b)) differs from b:\n%x\n%x", b, b2)
	}
	return got
}

func TestRoundTripScalars(t *testing.T) {
	t.Parallel()
	cases := map[string]heap.Value{
		"nil": heap.Nil, "true": heap.True, "false": heap.False,
		"zero": heap.Int(0), "int": heap.Int(3), "float3": heap.Float(3),
		"negzero": heap.Float(math.Copysign(0, -1)), "inf": heap.Float(math.Inf(1)),
		"neginf": heap.Float(math.Inf(-1)), "nan": heap.Float(math.NaN()),
		"nanpayload": heap.Float(math.Float64frombits(0x7ff0000000000001)),
		"signan":     heap.Float(math.Float64frombits(0xfff4000000000000)),
		"nan32":      heap.Float(math.Float64frombits(0x7ff8000020000000)),
		"minint":     heap.Int(math.MinInt64), "maxint": heap.Int(math.MaxInt64),
		"subnormal": heap.Float(5e-324), "tenth": heap.Float(0.1),
		"half16max": heap.Float(65504), "f16sub": heap.Float(0x1p-24),
		"f32": heap.Float(1.5e10), "big": heap.Float(1e300),
		"empty": heap.String(""), "bytes": heap.String("a\x00\xff\xfe b"),
	}
	for name, v := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			got := roundTrip(t, v, nil, nil)
			if err := equalGraphs(v, got); err != nil {
				t.Fatalf("%v", err)
			}
		})
	}
}

// sampleTable returns a table with an array part, a hash part with a dead entry and
// spare capacity, keys of several kinds, a cycle, shared subtables and a metatable.
func sampleTable() *heap.Table {
	t := heap.NewTable(3, 16)
	shared := heap.NewTable(0, 0)
	shared.SetStr("name", heap.String("shared"))
	for i := int64(1); i <= 3; i++ {
		t.SetInt(i, heap.Int(i*10))
	}
	t.SetStr("self", heap.TableValue(t))
	t.SetStr("a", heap.TableValue(shared))
	t.SetStr("b", heap.TableValue(shared))
	t.SetStr("gone", heap.True)
	t.SetStr("gone", heap.Nil)
	_ = t.Set(heap.Float(2.5), heap.String("float key"))
	_ = t.Set(heap.True, heap.Int(1))
	_ = t.Set(heap.TableValue(shared), heap.String("table key"))
	t.SetInt(100, heap.Float(0.5))
	t.Meta = heap.NewTable(0, 2)
	t.Meta.SetStr("__index", heap.TableValue(shared))
	return t
}

func TestRoundTripTables(t *testing.T) {
	t.Parallel()
	cases := map[string]*heap.Table{
		"empty":  heap.NewTable(0, 0),
		"sized":  heap.NewTable(4, 5),
		"sample": sampleTable(),
	}
	for name, tab := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			got := roundTrip(t, heap.TableValue(tab), nil, nil)
			if err := equalGraphs(heap.TableValue(tab), got); err != nil {
				t.Fatalf("%v", err)
			}
		})
	}
}

func TestRoundTripNextContinues(t *testing.T) {
	t.Parallel()
	tab := sampleTable()
	k, _, _ := tab.Next(heap.String("self"))
	got := roundTrip(t, heap.TableValue(tab), nil, nil).AsTable()
	for {
		k1, v1, err1 := tab.Next(k)
		k2, v2, err2 := got.Next(k)
		if err1 != nil || err2 != nil {
			t.Fatalf("next: %v / %v", err1, err2)
		}
		if !heap.RawEqual(v1, v2) && v1.Pointer() == nil {
			t.Fatalf("next(%v) = %v, want %v", k, v2, v1)
		}
		if k1.IsNil() != k2.IsNil() {
			t.Fatalf("traversal lengths differ after %v", k)
		}
		if k1.IsNil() {
			return
		}
		if k1.Pointer() != nil {
			return // a table key: the loaded copy is another object
		}
		k = k1
	}
}

func TestRoundTripClosuresShareUpvalues(t *testing.T) {
	t.Parallel()
	u := heap.NewClosedUpvalue(heap.String("shared"))
	f, g := closureOver(u), closureOver(u)
	g.Proto = f.Proto
	root := heap.NewTable(2, 0)
	root.SetInt(1, heap.ClosureValue(f))
	root.SetInt(2, heap.ClosureValue(g))
	got := roundTrip(t, heap.TableValue(root), nil, nil).AsTable()
	if err := equalGraphs(heap.TableValue(root), heap.TableValue(got)); err != nil {
		t.Fatal(err)
	}
	gf, gg := got.GetInt(1).AsClosure(), got.GetInt(2).AsClosure()
	gf.Upvalues[0].Set(heap.Int(9))
	if gg.Upvalues[0].Get() != heap.Int(9) || gf.Proto != gg.Proto {
		t.Fatal("upvalue or prototype not shared after loading")
	}
}

func TestRoundTripStripDebug(t *testing.T) {
	t.Parallel()
	c := heap.NewClosure(mainProto())
	c.Upvalues[0] = heap.NewClosedUpvalue(heap.Nil)
	opts := &PersistOptions{StripDebug: true}
	full, _ := Persist(heap.ClosureValue(c), nil)
	got := roundTrip(t, heap.ClosureValue(c), opts, nil).AsClosure()
	p := got.Proto
	if p.Source != "=?" || p.LineInfo != nil || p.LocVars != nil || p.Upvalues[0].Name != "" ||
		p.Protos[0].Upvalues[0].Name != "" {
		t.Fatalf("debug information left: %+v", p)
	}
	stripped, _ := Persist(heap.ClosureValue(c), opts)
	if len(stripped) >= len(full) {
		t.Fatalf("stripped snapshot %d bytes, full %d", len(stripped), len(full))
	}
}

func TestRoundTripBuiltinsAndUserdata(t *testing.T) {
	t.Parallel()
	r := testResolver()
	print := r.Builtins["print"]
	inst := &heap.Builtin{Name: "string.gmatch.k", Upvalues: []heap.Value{heap.String("s"), heap.Int(2)}}
	literalMeta := heap.NewTable(0, 1)
	literalMeta.SetStr("__persist", heap.True)
	lit := &heap.Userdata{Meta: literalMeta, Value: heap.Int(5), Data: []byte{1, 2, 3}}
	root := heap.NewTable(5, 0)
	root.SetInt(1, heap.BuiltinValue(print))
	root.SetInt(2, heap.BuiltinValue(print))
	root.SetInt(3, heap.BuiltinValue(inst))
	root.SetInt(4, heap.UserdataValue(r.Named["io.stdout"]))
	root.SetInt(5, heap.UserdataValue(lit))
	got := roundTrip(t, heap.TableValue(root), nil, &UnpersistOptions{Resolver: r}).AsTable()
	err := equalGraphs(heap.TableValue(root), heap.TableValue(got),
		unsafe.Pointer(print), unsafe.Pointer(r.Named["io.stdout"]))
	if err != nil {
		t.Fatal(err)
	}
	if got.GetInt(3).AsBuiltin().Fn == nil {
		t.Fatal("builtin instance without its Go function")
	}
}

func TestRoundTripThread(t *testing.T) {
	t.Parallel()
	for _, threadFirst := range []bool{true, false} {
		r := testResolver()
		th, c := suspendedThread(r)
		root := heap.NewTable(2, 0)
		first, second := heap.ThreadValue(th), heap.ClosureValue(c)
		if !threadFirst {
			first, second = second, first
		}
		root.SetInt(1, first)
		root.SetInt(2, second)
		uo := &UnpersistOptions{Resolver: r}
		got := roundTrip(t, heap.TableValue(root), nil, uo).AsTable()
		if err := equalGraphs(heap.TableValue(root), heap.TableValue(got),
			unsafe.Pointer(r.Builtins["coroutine.yield"])); err != nil {
			t.Fatalf("thread first %v: %v", threadFirst, err)
		}
		gt, gc := got.GetInt(1), got.GetInt(2)
		if !threadFirst {
			gt, gc = gc, gt
		}
		gc.AsClosure().Upvalues[0].Set(heap.String("via closure"))
		if s := gt.AsThread().Stack[2]; !s.IsString() || s.AsString() != "via closure" {
			t.Fatalf("thread first %v: write through the closure not seen in the stack: %v",
				threadFirst, s)
		}
	}
}

func TestRoundTripClosureAloneClosesUpvalue(t *testing.T) {
	t.Parallel()
	_, c := suspendedThread(testResolver())
	got := roundTrip(t, heap.ClosureValue(c), nil, nil).AsClosure()
	if u := got.Upvalues[0]; u.IsOpen() || u.Get() != heap.Int(42) {
		t.Fatalf("upvalue open %v value %v, want closed 42", u.IsOpen(), u.Get())
	}
}

func TestRoundTripDeepChain(t *testing.T) {
	t.Parallel()
	const depth = 1_000_000
	root := heap.NewTable(0, 1)
	cur := root
	for range depth {
		next := heap.NewTable(0, 1)
		cur.SetStr("next", heap.TableValue(next))
		cur = next
	}
	b, err := Persist(heap.TableValue(root), nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Unpersist(b, nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for v := got; !v.IsNil(); v = v.AsTable().GetStr("next") {
		n++
	}
	if n != depth+1 {
		t.Fatalf("chain of %d tables, want %d", n, depth+1)
	}
	if _, err := Unpersist(b, &UnpersistOptions{MaxDepth: 1000}); !errors.Is(err, ErrLimit) {
		t.Fatalf("MaxDepth 1000: got %v, want ErrLimit", err)
	}
}
