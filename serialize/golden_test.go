// Golden snapshots: files in testdata/golden written by released format versions must
// keep loading, into the graphs the tests build, and persist back to the same bytes.
// Run with -update to rewrite them (and the fuzz seeds) after a deliberate format
// change, which must also bump Version.

package serialize

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pluto-go/pluto-go/heap"
)

var update = flag.Bool("update", false, "rewrite golden snapshots and fuzz seeds")

// goldenGraphs builds the graphs of the golden snapshots of the current version.
func goldenGraphs(r *MapResolver) map[string]heap.Value {
	scalars := heap.NewTable(0, 8)
	scalars.SetStr("int", heap.Int(-7))
	scalars.SetStr("float", heap.Float(3))
	scalars.SetStr("nan", heap.Float(math.NaN()))
	scalars.SetStr("bytes", heap.String("\x00\xff"))
	return map[string]heap.Value{
		"sample":  sampleGraph(r),
		"scalars": heap.TableValue(scalars),
		"nil":     heap.Nil,
	}
}

func TestGoldenSnapshots(t *testing.T) {
	r := testResolver()
	graphs := goldenGraphs(r)
	if *update {
		writeGolden(t, graphs)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.snap"))
	if len(files) == 0 {
		t.Fatal("no golden snapshots in testdata/golden")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Unpersist(data, &UnpersistOptions{Resolver: r})
			if err != nil {
				t.Fatalf("%s no longer loads: %v", file, err)
			}
			name := strings.TrimSuffix(filepath.Base(file), ".snap")
			name = name[strings.Index(name, "_")+1:]
			if want, ok := graphs[name]; ok {
				if err := equalGraphs(want, got); err != nil {
					t.Fatalf("%s loads a different graph: %v", file, err)
				}
			}
			again, err := Persist(got, nil)
			if err != nil || !bytes.Equal(again, data) {
				t.Fatalf("%s does not persist back to its bytes (%v)", file, err)
			}
		})
	}
}

// writeGolden writes the golden snapshots of this version and the fuzz seeds.
func writeGolden(t *testing.T, graphs map[string]heap.Value) {
	seeds := filepath.Join("testdata", "fuzz", "FuzzSerializeRoundTrip")
	for _, dir := range []string{filepath.Join("testdata", "golden"), seeds} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for name, v := range graphs {
		data, err := Persist(v, nil)
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join("testdata", "golden", fmt.Sprintf("v%d_%s.snap", Version, name))
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		seed := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", data)
		if err := os.WriteFile(filepath.Join(seeds, name), []byte(seed), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
