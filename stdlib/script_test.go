// This file runs the Lua scripts of testdata/. Each script runs in a fresh VM with
// every library and must print exactly the lines its `-->` comments announce, in
// order: `--> text` expects the line "text" (everything after "--> "), and
// `--> ~re` a line that the regular expression re matches as a whole. A script that
// raises an error fails its test.

package stdlib

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pluto-go/pluto-go/vm"
)

func TestScripts(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob(filepath.Join("testdata", "*.lua"))
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".lua")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			runScript(t, file)
		})
	}
}

// runScript runs one script and compares its output with its `-->` comments.
func runScript(t *testing.T, file string) {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	m := vm.New(&vm.Options{Stdout: &out, Stderr: &out})
	Open(m, All)
	if _, err := m.DoString(string(src), "@"+filepath.Base(file)); err != nil {
		t.Fatalf("%s: %v\noutput so far:\n%s", file, err, out.String())
	}
	got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if out.Len() == 0 {
		got = nil
	}
	want := scriptExpectations(string(src))
	for i := range max(len(got), len(want)) {
		switch {
		case i >= len(got):
			t.Errorf("%s: output ends before line %d, want %q", file, i+1, want[i].text)
			return
		case i >= len(want):
			t.Errorf("%s: extra output line %d %q", file, i+1, got[i])
			return
		case !want[i].match(got[i]):
			t.Errorf("%s:%d: got %q, want %q", file, want[i].line, got[i], want[i].text)
		}
	}
}

// scriptLine is one `-->` expectation of a script.
type scriptLine struct {
	line int    // its line in the script
	text string // the expected text, or ~ and a regular expression
}

// match reports whether an output line meets the expectation.
func (l scriptLine) match(s string) bool {
	if re, ok := strings.CutPrefix(l.text, "~"); ok {
		return regexp.MustCompile("^(?:" + re + ")$").MatchString(s)
	}
	return s == l.text
}

// scriptExpectations returns the `-->` expectations of a script in order.
func scriptExpectations(src string) []scriptLine {
	var res []scriptLine
	for i, line := range strings.Split(src, "\n") {
		if _, text, ok := strings.Cut(line, " --> "); ok {
			res = append(res, scriptLine{i + 1, text})
		}
	}
	return res
}
