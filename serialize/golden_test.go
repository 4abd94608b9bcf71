// Golden snapshots: files in testdata/golden written by released format versions must
// keep loading, into the graphs the tests build, and persist back to the same bytes,
// or for an earlier version to the bytes this version writes. Run with -update to
// write the files of this version (and the fuzz seeds) after a deliberate format
// change, which must also bump Version; the files of earlier versions stay.

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
	versions := map[int]bool{}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			version, name := goldenName(t, file)
			versions[version] = true
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Unpersist(data, &UnpersistOptions{Resolver: r})
			if err != nil {
				t.Fatalf("%s no longer loads: %v", file, err)
			}
			graph, ok := graphs[name]
			if ok {
				if err := equalGraphs(graph, got); err != nil {
					t.Fatalf("%s loads a different graph: %v", file, err)
				}
			}
			want := data
			if version != Version {
				if !ok {
					t.Fatalf("%s has no graph in goldenGraphs to compare with", file)
				}
				if want, err = Persist(graph, nil); err != nil {
					t.Fatal(err)
				}
			}
			again, err := Persist(got, nil)
			if err != nil || !bytes.Equal(again, want) {
				t.Fatalf("%s does not persist back to the bytes of version %d (%v)",
					file, Version, err)
			}
		})
	}
	for v := 1; v <= Version; v++ {
		if !versions[v] {
			t.Errorf("no golden snapshots of version %d in testdata/golden", v)
		}
	}
}

// goldenName returns the version and graph name of a golden file, vN_name.snap.
func goldenName(t *testing.T, file string) (int, string) {
	t.Helper()
	var version int
	base := strings.TrimSuffix(filepath.Base(file), ".snap")
	i := strings.Index(base, "_")
	if _, err := fmt.Sscanf(base, "v%d_", &version); err != nil || i < 0 {
		t.Fatalf("%s is not named vN_name.snap", file)
	}
	return version, base[i+1:]
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
