// Tests over prototypes compiled from Lua source: everything the compiler emits passes
// the verifier, and closures of real code persist and load back equal.

package serialize

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/lang/compiler"
	"github.com/pluto-go/pluto-go/lang/parser"
)

// compiledCorpus compiles the Lua files of the compiler's and the conformance
// suite's test data, skipping those that do not compile.
func compiledCorpus(t *testing.T) map[string]*heap.Proto {
	t.Helper()
	var files []string
	for _, dir := range []string{"../lang/compiler/testdata", "../conformance/testdata"} {
		m, _ := filepath.Glob(filepath.Join(dir, "*.lua"))
		files = append(files, m...)
	}
	out := map[string]*heap.Proto{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		chunk, err := parser.Parse("@"+filepath.Base(f), parser.FileSource(src))
		if err != nil {
			continue
		}
		if p, err := compiler.Compile(chunk); err == nil {
			out[filepath.Base(f)] = p
		}
	}
	if len(out) == 0 {
		t.Skip("no Lua sources compiled")
	}
	return out
}

// verifyTree verifies p and its nested prototypes.
func verifyTree(t *testing.T, name string, p *heap.Proto) {
	t.Helper()
	stack := []*heap.Proto{p}
	for len(stack) > 0 {
		q := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if err := q.Verify(); err != nil {
			t.Errorf("%s: function at line %d: %v", name, q.LineDefined, err)
		}
		stack = append(stack, q.Protos...)
	}
}

func TestCompiledProtosVerifyAndRoundTrip(t *testing.T) {
	t.Parallel()
	for name, p := range compiledCorpus(t) {
		verifyTree(t, name, p)
		c := heap.NewClosure(p)
		for i := range c.Upvalues {
			c.Upvalues[i] = heap.NewClosedUpvalue(heap.TableValue(heap.NewTable(0, 0)))
		}
		b, err := Persist(heap.ClosureValue(c), nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, err := Unpersist(b, nil)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if err := equalGraphs(heap.ClosureValue(c), got); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
