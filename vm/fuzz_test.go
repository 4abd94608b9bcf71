package vm_test

import (
	"io"
	"testing"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/stdlib"
	"github.com/pluto-go/pluto-go/vm"
)

// FuzzRun compiles and runs arbitrary source under a step limit, with the libraries
// that touch nothing outside the VM: whatever the input, the result is a value or an
// error, never a Go panic.
func FuzzRun(f *testing.F) {
	seeds := []string{
		"return 1 + 2",
		"local t = setmetatable({}, {__index = function(t, k) return k end}) return t.x",
		"local co = coroutine.wrap(function() coroutine.yield(1) end) return co()",
		"while true do end",
		"local function f() return f() end return f()",
		"return pcall(error, {})",
		"local s = '' for i = 1, 10 do s = s .. i end return s",
		"goto x; ::x:: return select('#', ...)",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		m := vm.New(&vm.Options{Stdout: io.Discard, MaxSteps: 20000})
		stdlib.Open(m, stdlib.Base|stdlib.Coroutine|stdlib.Table|stdlib.Math|stdlib.UTF8)
		cl, err := m.Load([]byte(src), "=fuzz", "t")
		if err != nil {
			return
		}
		_, _ = m.PCall(heap.ClosureValue(cl))
	})
}
