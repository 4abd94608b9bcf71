// Tests of the checks of whole call stacks: a thread whose frames do not fit together
// the way the VM builds them (a frame called by an instruction that calls nothing, at
// another slot, for other results, a builtin waiting for no call, a yield that is not
// the innermost frame, to-be-closed slots outside the frames...) fails to load with a
// *CorruptError naming the thread and frame.

package serialize

import (
	"errors"
	"testing"

	"github.com/pluto-go/pluto-go/heap"
)

func TestUnpersistBadStacks(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		mutate func(th *heap.Thread, r *MapResolver)
		where  string
	}{
		{"pc after no call", func(th *heap.Thread, _ *MapResolver) { th.Frames[0].PC = 3 }, "thread 0 frame 1"},
		{"pc 0 below a frame", func(th *heap.Thread, _ *MapResolver) { th.Frames[0].PC = 0 }, "thread 0 frame 0"},
		{"negate after a call", func(th *heap.Thread, _ *MapResolver) {
			th.Frames[0].Flags |= heap.FrameNegate
		}, "thread 0 frame 0"},
		{"results pending", func(th *heap.Thread, _ *MapResolver) { th.Frames[0].NRet = 1 }, "thread 0 frame 0"},
		{"Lua continuation", func(th *heap.Thread, r *MapResolver) {
			th.Frames[0].Cont = r.Continuations["pcall.k"]
		}, "thread 0 frame 0"},
		{"Lua layout", func(th *heap.Thread, _ *MapResolver) { th.Frames[0].Top = 6 }, "thread 0 frame 0"},
		{"outermost results", func(th *heap.Thread, _ *MapResolver) { th.Frames[0].NResults = 1 }, "thread 0 frame 0"},
		{"call slot", func(th *heap.Thread, _ *MapResolver) {
			th.Frames[1].Func, th.Frames[1].Base = 3, 4
		}, "thread 0 frame 1"},
		{"call results", func(th *heap.Thread, _ *MapResolver) { th.Frames[1].NResults = 2 }, "thread 0 frame 1"},
		{"builtin pc", func(th *heap.Thread, _ *MapResolver) { th.Frames[1].PC = 1 }, "thread 0 frame 1"},
		{"no function", func(th *heap.Thread, _ *MapResolver) { th.Frames[1].Builtin = nil }, "thread 0 frame 1"},
		{"call from Go", func(th *heap.Thread, _ *MapResolver) {
			th.Frames[1].Flags |= heap.FrameBoundary
		}, "thread 0 frame 1"},
		{"yield below", func(th *heap.Thread, _ *MapResolver) {
			th.Frames[1].Flags |= heap.FrameYielded
		}, "thread 0 frame 1"},
		{"finalizer above Lua", func(th *heap.Thread, _ *MapResolver) {
			th.Frames[1].Flags |= heap.FrameFinalizing
		}, "thread 0 frame 1"},
		{"waits for no call", func(th *heap.Thread, _ *MapResolver) { th.Frames[1].Cont = nil }, "thread 0 frame 2"},
		{"builtin call slot", func(th *heap.Thread, _ *MapResolver) {
			th.Frames[2].Func, th.Frames[2].Base = 8, 9
		}, "thread 0 frame 2"},
		{"not in a yield", func(th *heap.Thread, _ *MapResolver) { th.Frames[2].Flags = 0 }, "thread 0 frame 2"},
		{"yield continuation", func(th *heap.Thread, r *MapResolver) {
			th.Frames[2].Cont = r.Continuations["pcall.k"]
		}, "thread 0 frame 2"},
		{"dead in a yield", func(th *heap.Thread, _ *MapResolver) {
			th.Status, th.Failed = heap.StatusDead, true
		}, "thread 0 frame 2"},
		{"handler of pcall", func(th *heap.Thread, _ *MapResolver) {
			th.Frames[2].Flags |= heap.FrameHandler
			th.Frames[2].NResults = 1
		}, "thread 0 frame 2"},
		{"handler unprotected", func(th *heap.Thread, _ *MapResolver) {
			th.Frames[1].Flags = 0
			th.Frames[2].Flags |= heap.FrameHandler
			th.Frames[2].NResults = 1
		}, "thread 0 frame 2"},
		{"to-be-closed outside", func(th *heap.Thread, _ *MapResolver) { th.TBC = []int{3, 8} }, "thread 0"},
		{"upvalue outside", func(th *heap.Thread, _ *MapResolver) { th.FindUpvalue(8) }, "thread 0"},
		{"calls in progress", func(th *heap.Thread, _ *MapResolver) { th.CCalls = 1 }, "thread 0"},
		{"suspended failed", func(th *heap.Thread, _ *MapResolver) { th.Failed = true }, "thread 0"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := testResolver()
			th, _ := suspendedThread(r)
			tc.mutate(th, r)
			data, err := Persist(heap.ThreadValue(th), nil)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Unpersist(data, &UnpersistOptions{Resolver: r})
			var ce *CorruptError
			if !errors.As(err, &ce) || ce.Where != tc.where {
				t.Fatalf("got %v, want a corrupt snapshot at %s", err, tc.where)
			}
		})
	}
}

func TestUnpersistGoodStacks(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		mutate func(th *heap.Thread, r *MapResolver)
	}{
		{"suspended", func(*heap.Thread, *MapResolver) {}},
		{"dead in a call", func(th *heap.Thread, _ *MapResolver) {
			th.Frames = th.Frames[:2]
			th.Frames[1].Cont, th.Frames[1].Flags = nil, 0
			th.Status, th.Failed, th.Err = heap.StatusDead, true, heap.String("boom")
		}},
		{"yield as message handler", func(th *heap.Thread, r *MapResolver) {
			th.Frames[1].Ctx = heap.BuiltinValue(r.Builtins["print"])
			th.Frames[2].Flags |= heap.FrameHandler
			th.Frames[2].NResults = 1
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := testResolver()
			th, _ := suspendedThread(r)
			tc.mutate(th, r)
			data, err := Persist(heap.ThreadValue(th), nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Unpersist(data, &UnpersistOptions{Resolver: r}); err != nil {
				t.Fatalf("got %v, want the thread loaded", err)
			}
		})
	}
}

// TestRebuildReachesItsObject has a rebuild function reach its own object through a
// thread whose frame holds the object. No load order can fill the thread before the
// rebuild, so Persist refuses the graph, and Unpersist refuses a snapshot made so
// before the function runs.
func TestRebuildReachesItsObject(t *testing.T) {
	t.Parallel()
	r := testResolver()
	th, _ := suspendedThread(r)
	th.Frames[0].PC = 3
	meta := heap.NewTable(0, 1)
	meta.SetStr("__persist", heap.BuiltinValue(&heap.Builtin{Name: "test.persist",
		Fn: func(_ *heap.Builtin, args []heap.Value) []heap.Value {
			return []heap.Value{heap.BuiltinValue(&heap.Builtin{Name: "test.rebuild",
				Upvalues: []heap.Value{heap.ThreadValue(th)}})}
		}}))
	special := heap.NewTable(0, 0)
	special.Meta = meta
	th.Frames[1].Ctx = heap.TableValue(special)
	_, err := Persist(heap.ThreadValue(th), &PersistOptions{Call: callBuiltin, Path: true})
	const want = "serialize: __persist rebuild function reaches the table it rebuilds " +
		"(root.callinfo[1].ctx)"
	var pe *PersistError
	if !errors.As(err, &pe) || err.Error() != want {
		t.Fatalf("Persist: got %v, want %q", err, want)
	}

	ran := false
	r.Builtins["test.rebuild"] = &heap.Builtin{Name: "test.rebuild",
		Fn: func(*heap.Builtin, []heap.Value) []heap.Value {
			ran = true
			return []heap.Value{heap.TableValue(heap.NewTable(0, 0))}
		}}
	data := seal(&snapshot{Root: val{k: vSpecial},
		Specials: []specialRec{{Kind: uint(heap.KindTable), Fn: val{k: vBuiltin}}},
		Builtins: []builtinRec{{Name: "test.rebuild", Upvalues: vals{{k: vSpecial}}}}})
	_, err = Unpersist(data, &UnpersistOptions{Resolver: r, Call: callBuiltin})
	const wantLoad = "serialize: special unpersist failed: rebuild function 0 reaches the " +
		"object it rebuilds"
	if !errors.Is(err, ErrSpecial) || err.Error() != wantLoad || ran {
		t.Fatalf("Unpersist: got %v (rebuild function run: %v), want %q before it runs",
			err, ran, wantLoad)
	}
}
