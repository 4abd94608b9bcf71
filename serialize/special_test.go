// Tests of permanent values, the __persist protocol and the errors Persist gives for
// what it cannot persist, paths included.

package serialize

import (
	"errors"
	"testing"

	"github.com/pluto-go/pluto-go/heap"
)

// callBuiltin is a CallFunc for tests: functions are builtins whose Fn is a
// func(self *heap.Builtin, args []heap.Value) []heap.Value.
func callBuiltin(fn heap.Value, args ...heap.Value) ([]heap.Value, error) {
	if fn.Kind() != heap.KindBuiltin {
		return nil, errors.New("not a test builtin")
	}
	b := fn.AsBuiltin()
	f, ok := b.Fn.(func(*heap.Builtin, []heap.Value) []heap.Value)
	if !ok {
		return nil, errors.New("not a test builtin")
	}
	return f(b, args), nil
}

// vectorPersist is a __persist function: it returns a rebuild function holding the
// vector's x in an upvalue.
func vectorPersist(_ *heap.Builtin, args []heap.Value) []heap.Value {
	x := args[0].AsTable().GetStr("x")
	return []heap.Value{heap.BuiltinValue(&heap.Builtin{Name: "test.rebuild",
		Fn: vectorRebuild, Upvalues: []heap.Value{x}})}
}

// vectorRebuild makes a vector from its upvalue.
func vectorRebuild(self *heap.Builtin, _ []heap.Value) []heap.Value {
	t := heap.NewTable(0, 2)
	t.SetStr("x", self.Upvalues[0])
	t.SetStr("rebuilt", heap.True)
	return []heap.Value{heap.TableValue(t)}
}

func TestPerms(t *testing.T) {
	t.Parallel()
	host := heap.NewTable(0, 0)
	root := heap.NewTable(0, 4)
	root.SetStr("host", heap.TableValue(host))
	root.SetStr("again", heap.TableValue(host))
	root.SetStr("name", heap.String("permanent string"))
	po := &PersistOptions{Perms: func(v heap.Value) (heap.Value, bool) {
		switch {
		case v.Kind() == heap.KindTable && v.AsTable() == host:
			return heap.String("host"), true
		case v.IsString() && v.AsString() == "permanent string":
			return heap.Int(1), true
		}
		return heap.Nil, false
	}}
	newHost := heap.NewTable(0, 0)
	uo := &UnpersistOptions{Perms: func(k heap.Value) (heap.Value, bool) {
		switch {
		case k.IsString() && k.AsString() == "host":
			return heap.TableValue(newHost), true
		case k == heap.Int(1):
			return heap.String("loaded string"), true
		}
		return heap.Nil, false
	}}
	b, err := Persist(heap.TableValue(root), po)
	if err != nil {
		t.Fatal(err)
	}
	v, err := Unpersist(b, uo)
	if err != nil {
		t.Fatal(err)
	}
	got := v.AsTable()
	if got.GetStr("host").AsTable() != newHost || got.GetStr("again").AsTable() != newHost ||
		got.GetStr("name").AsString() != "loaded string" {
		t.Fatal("permanent values not substituted")
	}

	_, err = Unpersist(b, nil)
	if !errors.Is(err, ErrMissingPerm) {
		t.Fatalf("without perms: got %v, want ErrMissingPerm", err)
	}
	wrongKind := &UnpersistOptions{Perms: func(heap.Value) (heap.Value, bool) { return heap.True, true }}
	if _, err := Unpersist(b, wrongKind); !errors.Is(err, ErrMissingPerm) {
		t.Fatalf("wrong kind: got %v, want ErrMissingPerm", err)
	}
}

func TestSpecialPersist(t *testing.T) {
	t.Parallel()
	meta := heap.NewTable(0, 1)
	meta.SetStr("__persist", heap.BuiltinValue(&heap.Builtin{Name: "test.persist", Fn: vectorPersist}))
	vec := heap.NewTable(0, 2)
	vec.SetStr("x", heap.Int(3))
	vec.Meta = meta
	root := heap.NewTable(0, 2)
	root.SetStr("a", heap.TableValue(vec))
	root.SetStr("b", heap.TableValue(vec))
	b, err := Persist(heap.TableValue(root), &PersistOptions{Call: callBuiltin})
	if err != nil {
		t.Fatal(err)
	}
	r := testResolver()
	r.Builtins["test.rebuild"] = &heap.Builtin{Name: "test.rebuild", Fn: vectorRebuild}
	v, err := Unpersist(b, &UnpersistOptions{Resolver: r, Call: callBuiltin})
	if err != nil {
		t.Fatal(err)
	}
	a, bb := v.AsTable().GetStr("a"), v.AsTable().GetStr("b")
	if a.Kind() != heap.KindTable || a.AsTable() != bb.AsTable() ||
		a.AsTable().GetStr("rebuilt") != heap.True || a.AsTable().GetStr("x") != heap.Int(3) {
		t.Fatalf("special object not rebuilt once and shared: %v %v", a, bb)
	}
	if _, err := Unpersist(b, &UnpersistOptions{Resolver: r}); !errors.Is(err, ErrSpecial) {
		t.Fatalf("without Call: got %v, want ErrSpecial", err)
	}
}

// openFile stands for the stream of a file handle.
type openFile struct{}

func (openFile) Describe() string { return "an open file" }

func TestPersistErrors(t *testing.T) {
	t.Parallel()
	forbidden := heap.NewTable(0, 1)
	forbidden.Meta = heap.NewTable(0, 1)
	forbidden.Meta.SetStr("__persist", heap.False)
	fileMeta := heap.NewTable(0, 1)
	fileMeta.SetStr("__name", heap.String("FILE*"))
	file := &heap.Userdata{Meta: fileMeta, Data: openFile{}}
	running := heap.NewThread(4)
	running.Status = heap.StatusRunning
	co := heap.NewThread(8)
	co.Status = heap.StatusSuspended
	logger := closureOver(heap.NewClosedUpvalue(heap.UserdataValue(file)))
	logger.Proto.Upvalues[0].Name = "log"
	co.Stack[3] = heap.ClosureValue(logger)
	co.Top = 4
	cases := []struct {
		name   string
		root   func() heap.Value
		reason string
		path   string
	}{
		{"forbidden", func() heap.Value {
			t := heap.NewTable(0, 1)
			_ = t.Set(heap.False, heap.TableValue(forbidden))
			return heap.TableValue(t)
		}, "attempt to persist forbidden table", "root[false]"},
		{"file", func() heap.Value {
			t := heap.NewTable(0, 1)
			t.SetStr("co", heap.ThreadValue(co))
			return heap.TableValue(t)
		}, "attempt to persist an open file", "root.co.stack[3].upvalues.log"},
		{"go value", func() heap.Value {
			return heap.UserdataValue(&heap.Userdata{Meta: fileMeta, Data: struct{}{}})
		}, "attempt to literally persist userdata 'FILE*'", "root"},
		{"running", func() heap.Value { return heap.ThreadValue(running) },
			"cannot persist currently running thread", "root"},
		{"unnamed builtin", func() heap.Value {
			t := heap.NewTable(1, 0)
			t.SetInt(1, heap.BuiltinValue(&heap.Builtin{}))
			return heap.TableValue(t)
		}, "attempt to persist a host function without a name", "root[1]"},
		{"meta", func() heap.Value {
			t := heap.NewTable(0, 0)
			t.Meta = heap.NewTable(0, 1)
			t.Meta.SetStr("__index", heap.TableValue(forbidden))
			return heap.TableValue(t)
		}, "attempt to persist forbidden table", "root@metatable.__index"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, err := Persist(tc.root(), &PersistOptions{Path: true})
			var pe *PersistError
			if !errors.As(err, &pe) || pe.Reason != tc.reason || pe.Path != tc.path {
				t.Fatalf("got %v, want %s (%s)", err, tc.reason, tc.path)
			}
		})
	}
}

func TestSpecialUserdataAndBadRebuild(t *testing.T) {
	t.Parallel()
	meta := heap.NewTable(0, 1)
	meta.SetStr("__persist", heap.BuiltinValue(&heap.Builtin{Name: "test.persist",
		Fn: func(_ *heap.Builtin, args []heap.Value) []heap.Value {
			return []heap.Value{heap.BuiltinValue(&heap.Builtin{Name: "test.rebuild",
				Upvalues: []heap.Value{args[0].AsUserdata().Value}})}
		}}))
	u := &heap.Userdata{Meta: meta, Value: heap.String("state"), Data: struct{}{}}
	b, err := Persist(heap.UserdataValue(u), &PersistOptions{Call: callBuiltin})
	if err != nil {
		t.Fatal(err)
	}
	rebuilt := &heap.Userdata{}
	r := testResolver()
	r.Builtins["test.rebuild"] = &heap.Builtin{Name: "test.rebuild",
		Fn: func(self *heap.Builtin, _ []heap.Value) []heap.Value {
			rebuilt.Value = self.Upvalues[0]
			return []heap.Value{heap.UserdataValue(rebuilt)}
		}}
	v, err := Unpersist(b, &UnpersistOptions{Resolver: r, Call: callBuiltin})
	if err != nil || v.AsUserdata() != rebuilt || rebuilt.Value.AsString() != "state" {
		t.Fatalf("got %v, %v; want the rebuilt userdata", v, err)
	}

	r.Builtins["test.rebuild"].Fn = func(*heap.Builtin, []heap.Value) []heap.Value {
		return []heap.Value{heap.True}
	}
	if _, err := Unpersist(b, &UnpersistOptions{Resolver: r, Call: callBuiltin}); !errors.Is(err, ErrSpecial) {
		t.Fatalf("rebuild returning a boolean: got %v, want ErrSpecial", err)
	}
}

func TestPersistErrorShortPath(t *testing.T) {
	t.Parallel()
	ud := heap.UserdataValue(&heap.Userdata{Data: openFile{}})
	inner := heap.NewTable(1, 0)
	inner.SetInt(1, ud)
	logger := closureOver(heap.NewClosedUpvalue(ud))
	logger.Proto.Upvalues[0].Name = "log"
	cases := []struct {
		name string
		root heap.Value
		path string
	}{
		{"index", heap.TableValue(inner), "...[1]"},
		{"field", tableWith("inner", heap.TableValue(inner)), "...[1]"},
		{"key", tableWith("file", ud), "...file"},
		{"upvalue", tableWith("f", heap.ClosureValue(logger)), "...upvalues.log"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, err := Persist(tc.root, nil)
			var pe *PersistError
			if !errors.As(err, &pe) || pe.Path != tc.path {
				t.Fatalf("got %v, want a *PersistError at %s", err, tc.path)
			}
		})
	}
}

// tableWith returns a table holding v under the string key k.
func tableWith(k string, v heap.Value) heap.Value {
	t := heap.NewTable(0, 1)
	t.SetStr(k, v)
	return heap.TableValue(t)
}

func TestPersistMaxDepth(t *testing.T) {
	t.Parallel()
	chain := heap.NewTable(0, 0)
	for range 3 {
		chain = tableWith("next", heap.TableValue(chain)).AsTable()
	}
	root := heap.TableValue(chain) // four tables, the last 3 references from the root
	cases := []struct {
		max  int
		fail bool
	}{{0, false}, {1, true}, {3, true}, {4, false}}
	for _, tc := range cases {
		_, err := Persist(root, &PersistOptions{MaxDepth: tc.max})
		var pe *PersistError
		if failed := errors.As(err, &pe) && pe.Reason == "object too complex"; failed != tc.fail {
			t.Errorf("persist with MaxDepth %d: got %v, want failure %v", tc.max, err, tc.fail)
		}
		data, err := Persist(root, nil)
		if err != nil {
			t.Fatal(err)
		}
		_, err = Unpersist(data, &UnpersistOptions{MaxDepth: tc.max})
		if failed := errors.Is(err, ErrLimit); failed != tc.fail {
			t.Errorf("unpersist with MaxDepth %d: got %v, want failure %v", tc.max, err, tc.fail)
		}
	}
}
