// Tests of what a host adds to the state: a Go function registered without a name
// cannot be persisted, and the error says so with the path to it; one registered
// with a name is permanent under it.

package stdlib_test

import (
	"bytes"
	"testing"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

// hostDouble is a host function: it returns twice its argument.
func hostDouble(m *vm.VM, args []heap.Value) []heap.Value {
	return m.Return(heap.Int(2 * args[0].AsInt()))
}

func TestPersistHostFunctions(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, src, want string
	}{
		{"eris", "return select(2, pcall(eris.persist, {handlers = {on = anonymous}}))",
			"attempt to persist a host function without a name (...on)"},
		{"eris path", `eris.settings("path", true)
			return select(2, pcall(eris.persist, {handlers = {on = anonymous}}))`,
			"attempt to persist a host function without a name (root.handlers.on)"},
		{"pluto upvalue", `local f = anonymous
			return select(2, pcall(pluto.persist, {}, {function() return f(1) end}))`,
			"attempt to persist a host function without a name (root[1].upvalues.f)"},
		{"named", `local f = eris.unpersist(eris.persist({named}))[1]
			return tostring(f == named and f(21))`, "42"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var out bytes.Buffer
			m := newPersistVM(t, &out)
			m.SetGlobal("anonymous", heap.BuiltinValue(&heap.Builtin{Fn: vm.Function(hostDouble)}))
			m.SetGlobal("named", heap.BuiltinValue(m.Register("test.double", hostDouble)))
			got, err := persistLua(m, tc.src)
			if err != nil {
				t.Fatalf("%s: %v", tc.src, err)
			}
			if s := got.AsString(); !got.IsString() || s != tc.want {
				t.Errorf("%s: got %q, want %q", tc.src, s, tc.want)
			}
		})
	}
}
