// Tests of the Safe selection of libraries: a script in such a VM finds no function
// that reaches files or the process, and snapshots cannot bring them in by name.

package stdlib_test

import (
	"errors"
	"testing"

	"github.com/pluto-go/pluto-go/serialize"
	"github.com/pluto-go/pluto-go/stdlib"
	"github.com/pluto-go/pluto-go/vm"
)

func TestSafeHasNoHostAccess(t *testing.T) {
	t.Parallel()
	m := vm.New(nil)
	stdlib.Open(m, stdlib.Safe)
	res, err := m.DoString(`
		local found = {}
		for _, name in ipairs{"dofile", "loadfile", "require", "io", "os", "debug", "package"} do
			if _G[name] ~= nil then found[#found + 1] = name end
		end
		return table.concat(found, " "), type(string.format), type(eris.persist)`, "=sandbox")
	if err != nil {
		t.Fatal(err)
	}
	if got := m.ToString(res[0]); got != "" {
		t.Errorf("a Safe VM has %s", got)
	}
	if m.ToString(res[1]) != "function" || m.ToString(res[2]) != "function" {
		t.Errorf("a Safe VM lacks string or eris: %v", res)
	}

	// A snapshot made where dofile exists names it; a Safe VM does not resolve it.
	full := vm.New(nil)
	stdlib.Open(full, stdlib.All)
	data, err := full.Persist(full.GetGlobal("dofile"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := m.Unpersist(data, nil); !errors.Is(err, serialize.ErrUnknownName) {
		t.Errorf("a Safe VM unpersisted dofile: got %v, %v; want ErrUnknownName", v, err)
	}
	if _, ok := m.Builtin("dofile"); ok {
		t.Error("a Safe VM registers dofile")
	}
}
