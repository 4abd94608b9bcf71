// Tests of snapshots whose builtin state was tampered with: a builtin instance with
// upvalues its function did not make, a continuation with a context it did not save.
// Loading them succeeds (the snapshot is well-formed), and running them raises an
// error naming the function, where trusting the state would crash the host.

package stdlib_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/serialize"
)

// corruptWant is the error a tampered state of function what raises.
func corruptWant(what string) string { return "corrupt state of '" + what + "'" }

func TestCorruptBuiltinInstances(t *testing.T) {
	t.Parallel()
	cases := []struct {
		label, name, what string
		up                []heap.Value
	}{
		{"gmatch too few", "string.gmatch.iterator", "string.gmatch", []heap.Value{heap.String("ab")}},
		{"gmatch subject", "string.gmatch.iterator", "string.gmatch",
			[]heap.Value{heap.Int(1), heap.String("%a"), heap.Int(0), heap.Int(-1)}},
		{"gmatch position", "string.gmatch.iterator", "string.gmatch",
			[]heap.Value{heap.String("ab"), heap.String("%a"), heap.Int(-7), heap.Int(-1)}},
		{"wrap thread", "coroutine.wrap.call", "coroutine.wrap", []heap.Value{heap.Int(1)}},
		{"lines file", "io.lines.iterator", "io.lines", []heap.Value{heap.Int(1), heap.True}},
	}
	for _, tc := range cases {
		t.Run(tc.label, func(t *testing.T) {
			t.Parallel()
			fn := &heap.Builtin{Name: tc.name, Upvalues: tc.up}
			data, err := serialize.Persist(heap.BuiltinValue(fn), nil)
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			m := newPersistVM(t, &out)
			got, err := persistLua(m, "return select(2, pcall(eris.unpersist(...)))",
				heap.String(string(data)))
			if err != nil || !got.IsString() || !strings.Contains(got.AsString(), corruptWant(tc.what)) {
				t.Errorf("%s with upvalues %v: got %v, %v; want %q", tc.name, tc.up, got, err,
					corruptWant(tc.what))
			}
		})
	}
}

// corruptSources suspend a coroutine in a continuation, whose context the test then
// replaces.
var corruptSources = map[string]string{
	"table.sort.k": `return coroutine.create(function()
		table.sort({3, 1, 2}, function(a, b) coroutine.yield() return a < b end) end)`,
	"string.gsub.k": `return coroutine.create(function()
		return string.gsub("a b", "%a", function(w) return coroutine.yield(w) end) end)`,
	"load.k": `return coroutine.create(function()
		return load(function() return coroutine.yield() end) end)`,
	"require.k": `package.preload.m = function() coroutine.yield() return 1 end
		return coroutine.create(function() return require("m") end)`,
}

func TestCorruptContinuations(t *testing.T) {
	t.Parallel()
	gsubBadPos := func(ctx heap.Value) heap.Value {
		ctx.AsTable().SetInt(6, heap.Int(-9))
		return ctx
	}
	sortBadPhase := func(ctx heap.Value) heap.Value {
		ctx.AsTable().SetInt(7, heap.Int(200))
		return ctx
	}
	notTable := func(heap.Value) heap.Value { return heap.Int(1) }
	cases := []struct {
		label, cont, what string
		tamper            func(heap.Value) heap.Value
	}{
		{"sort context", "table.sort.k", "table.sort", notTable},
		{"sort phase", "table.sort.k", "table.sort", sortBadPhase},
		{"gsub context", "string.gsub.k", "string.gsub", notTable},
		{"gsub position", "string.gsub.k", "string.gsub", gsubBadPos},
		{"load context", "load.k", "load", notTable},
		{"require context", "require.k", "require", notTable},
	}
	for _, tc := range cases {
		t.Run(tc.label, func(t *testing.T) {
			t.Parallel()
			var out bytes.Buffer
			m := newPersistVM(t, &out)
			co, err := persistLua(m, corruptSources[tc.cont])
			if err == nil {
				_, err = persistLua(m, "assert(coroutine.resume(...))", co)
			}
			if err != nil {
				t.Fatal(err)
			}
			if !tamperFrames(co.AsThread(), tc.cont, tc.tamper) {
				t.Fatalf("no frame waits in %s", tc.cont)
			}
			data, err := m.Persist(co, nil)
			if err != nil {
				t.Fatal(err)
			}
			fresh := newPersistVM(t, &out)
			loaded, err := fresh.Unpersist(data, nil)
			if err != nil {
				t.Fatal(err)
			}
			got, err := persistLua(fresh, "return select(2, coroutine.resume(...))", loaded)
			if err != nil || !got.IsString() || !strings.Contains(got.AsString(), corruptWant(tc.what)) {
				t.Errorf("%s: got %v, %v; want %q", tc.cont, got, err, corruptWant(tc.what))
			}
		})
	}
}

// tamperFrames replaces the context of the frames of th that wait in continuation
// cont, reporting whether there was one.
func tamperFrames(th *heap.Thread, cont string, tamper func(heap.Value) heap.Value) bool {
	found := false
	for i := range th.Frames {
		f := &th.Frames[i]
		if f.Cont != nil && f.Cont.Name == cont {
			f.Ctx = tamper(f.Ctx)
			found = true
		}
	}
	return found
}
