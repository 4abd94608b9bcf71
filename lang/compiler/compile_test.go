// Tests that compile each testdata/*.lua file and compare its listing with the golden
// file next to it (refreshed with -update) and, when luac5.4 is installed, with the
// listing of the reference compiler.

package compiler

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/lang/parser"
)

var update = flag.Bool("update", false, "rewrite the golden listings in testdata")

// knownDiff is a listing line (1-based) that knowingly differs from luac5.4's.
type knownDiff struct {
	line   int
	reason string
}

// Reasons for the known differences.
const (
	funcNamePath = "the tree keeps no lines for the names of a function statement's " +
		"path: a.b is loaded on the line of 'a.', not on that of 'b'"
	fieldLookahead = "luac stamps a call that starts a positional field with a name on " +
		"the line of the token after the name, which it reads ahead; the tree gives " +
		"the name's own line"
)

// luacDiffers lists, per test file, the listing lines that knowingly differ from
// luac5.4's. The comparison fails when one of them stops differing, so that the list
// stays true.
var luacDiffers = map[string][]knownDiff{
	"lines_tokens.lua": {{54, funcNamePath}, {60, fieldLookahead}},
}

// compileFile parses and compiles testdata/name as luac would name it.
func compileFile(t *testing.T, name string) *heap.Proto {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return compileSource(t, "@"+name, string(src))
}

// compileSource parses and compiles src under the chunk name chunkName.
func compileSource(t *testing.T, chunkName, src string) *heap.Proto {
	t.Helper()
	chunk, err := parser.Parse(chunkName, []byte(src))
	if err != nil {
		t.Fatalf("%s: parse: %v", chunkName, err)
	}
	p, err := Compile(chunk)
	if err != nil {
		t.Fatalf("%s: compile: %v", chunkName, err)
	}
	return p
}

// listing returns the full listing of p.
func listing(t *testing.T, p *heap.Proto) string {
	t.Helper()
	var b bytes.Buffer
	if err := List(&b, p, true); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// testFiles returns the names of the Lua files in testdata.
func testFiles(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*.lua"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = filepath.Base(p)
	}
	return names
}

func TestGoldenListings(t *testing.T) {
	t.Parallel()
	for _, name := range testFiles(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			got := listing(t, compileFile(t, name))
			golden := filepath.Join("testdata", strings.TrimSuffix(name, ".lua")+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s: listing differs from %s:\n%s", name, golden,
					lineDiff(got, string(want)))
			}
		})
	}
}

func TestListingsMatchLuac(t *testing.T) {
	t.Parallel()
	luac, err := exec.LookPath("luac5.4")
	if err != nil {
		t.Skip("luac5.4 is not installed")
	}
	for _, name := range testFiles(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			got := listing(t, compileFile(t, name))
			cmd := exec.Command(luac, "-l", "-l", "-o", os.DevNull, name)
			cmd.Dir = "testdata"
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("luac5.4 %s: %v\n%s", name, err, out)
			}
			got, want := applyKnownDiffs(t, name, got, normaliseAddresses(string(out)))
			if got != want {
				t.Errorf("%s: listing differs from luac5.4's (got, then want):\n%s", name,
					lineDiff(got, want))
			}
		})
	}
}

var (
	luacHeader  = regexp.MustCompile(`(?m)^(?:main|function) <.*> \(\d+ instructions? at (0x[0-9a-f]+)\)$`)
	luacAddress = regexp.MustCompile(`0x[0-9a-f]+`)
)

// normaliseAddresses replaces the prototype addresses luac prints by the names List
// uses: F<n> for the n-th function header of the listing.
func normaliseAddresses(s string) string {
	names := make(map[string]string)
	for _, m := range luacHeader.FindAllStringSubmatch(s, -1) {
		names[m[1]] = fmt.Sprintf("F%d", len(names))
	}
	return luacAddress.ReplaceAllStringFunc(s, func(a string) string {
		if n, ok := names[a]; ok {
			return n
		}
		return a
	})
}

// applyKnownDiffs blanks out in got and want the lines luacDiffers lists for name,
// after checking that they still differ.
func applyKnownDiffs(t *testing.T, name, got, want string) (string, string) {
	t.Helper()
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for _, d := range luacDiffers[name] {
		i := d.line - 1
		if i >= len(g) || i >= len(w) || g[i] == w[i] {
			t.Errorf("%s: line %d is listed as differing from luac5.4 (%s) but does not",
				name, d.line, d.reason)
			continue
		}
		t.Logf("%s: line %d differs: %s", name, d.line, d.reason)
		g[i], w[i] = "(known difference)", "(known difference)"
	}
	return strings.Join(g, "\n"), strings.Join(w, "\n")
}

// lineDiff lists the lines where got and want differ, at most 30 of them.
func lineDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(g), len(w)) && shown < 30; i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			fmt.Fprintf(&b, "line %d:\n  got  %q\n  want %q\n", i+1, gl, wl)
			shown++
		}
	}
	return b.String()
}

// TestCorpusMatchesLuac compares the listing of every .lua file under the directory
// named by $PLUTO_LUAC_CORPUS (for instance the testes folder of the Lua sources) with
// luac5.4's. It is opt-in: the corpus is not part of the repository.
func TestCorpusMatchesLuac(t *testing.T) {
	dir := os.Getenv("PLUTO_LUAC_CORPUS")
	luac, err := exec.LookPath("luac5.4")
	if dir == "" || err != nil {
		t.Skip("set PLUTO_LUAC_CORPUS to a folder of Lua files and install luac5.4")
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.lua"))
	for _, path := range paths {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			out, err := exec.Command(luac, "-l", "-l", "-o", os.DevNull, path).CombinedOutput()
			if err != nil {
				t.Skipf("luac5.4 rejects it: %s", out)
			}
			src, _ := os.ReadFile(path)
			chunk, err := parser.Parse("@"+path, src)
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			p, err := Compile(chunk)
			if err != nil {
				t.Fatalf("compile: %v", err)
			}
			if got, want := listing(t, p), normaliseAddresses(string(out)); got != want {
				t.Errorf("listing differs from luac5.4's (got, then want):\n%s", lineDiff(got, want))
			}
		})
	}
}
