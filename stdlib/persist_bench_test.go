// Benchmarks of eris.persist and eris.unpersist on the shapes the Lua programs of
// testdata/bench/persist_*.lua build for real: a graph of shared tables, coroutines
// suspended deep in Lua calls, a large array of numbers. Each reports the snapshot's
// size as "bytes". testdata/bench/persist.lua times the same calls from Lua.

package stdlib_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/stdlib"
	"github.com/pluto-go/pluto-go/vm"
)

// benchPersistShapes are the programs of testdata/bench, by benchmark name.
var benchPersistShapes = []struct{ name, file string }{
	{"Graph", "persist_graph.lua"},
	{"Threads", "persist_threads.lua"},
	{"Array", "persist_array.lua"},
}

// benchPersistSetup returns a VM with every library, the root the program file
// builds, and the library functions name1 and name2 of eris.
func benchPersistSetup(b *testing.B, file string) (*vm.VM, heap.Value, heap.Value, heap.Value) {
	b.Helper()
	path := filepath.Join("testdata", "bench", file)
	src, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	m := vm.New(nil)
	stdlib.Open(m, stdlib.All)
	res, err := m.DoString(string(src), "@"+path)
	if err != nil || len(res) == 0 {
		b.Fatalf("%s: %v", path, err)
	}
	eris := m.GetGlobal("eris").AsTable()
	return m, res[0], eris.GetStr("persist"), eris.GetStr("unpersist")
}

// benchCall calls fn with arg and returns its one result.
func benchCall(b *testing.B, m *vm.VM, fn, arg heap.Value) heap.Value {
	res, err := m.PCall(fn, arg)
	if err != nil || len(res) != 1 {
		b.Fatalf("%v", err)
	}
	return res[0]
}

func BenchmarkErisPersist(b *testing.B) {
	for _, shape := range benchPersistShapes {
		b.Run(shape.name, func(b *testing.B) {
			m, root, persist, _ := benchPersistSetup(b, shape.file)
			var data heap.Value
			b.ReportAllocs()
			for b.Loop() {
				data = benchCall(b, m, persist, root)
			}
			b.ReportMetric(float64(len(data.AsString())), "bytes")
		})
	}
}

func BenchmarkErisUnpersist(b *testing.B) {
	for _, shape := range benchPersistShapes {
		b.Run(shape.name, func(b *testing.B) {
			m, root, persist, unpersist := benchPersistSetup(b, shape.file)
			data := benchCall(b, m, persist, root)
			b.ReportAllocs()
			for b.Loop() {
				benchCall(b, m, unpersist, data)
			}
			b.ReportMetric(float64(len(data.AsString())), "bytes")
		})
	}
}
