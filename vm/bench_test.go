package vm_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

// BenchmarkPrograms runs each Lua program of testdata/bench once per iteration.
func BenchmarkPrograms(b *testing.B) {
	files, err := filepath.Glob("testdata/bench/*.lua")
	if err != nil {
		b.Fatal(err)
	}
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(file), ".lua")
		b.Run(name, func(b *testing.B) {
			m := vm.New(nil)
			cl, err := m.Load(src, "@"+file, "t")
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := m.PCall(heap.ClosureValue(cl)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkArithLoop runs integer and float arithmetic in a Lua loop: numbers never
// allocate, so the run allocates nothing.
func BenchmarkArithLoop(b *testing.B) {
	m := vm.New(nil)
	src := `local x, n = 0.5, 0
for i = 1, 1000 do
  x = x + i * 2.5 - i / 3
  n = n + i // 3 + i % 7
end`
	cl, err := m.Load([]byte(src), "=bench", "t")
	if err != nil {
		b.Fatal(err)
	}
	fn := heap.ClosureValue(cl)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.PCall(fn); err != nil {
			b.Fatal(err)
		}
	}
}
