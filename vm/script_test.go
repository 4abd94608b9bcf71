package vm_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/stdlib"
	"github.com/pluto-go/pluto-go/vm"
)

// expectation is one line of expected output, from a `--> text` comment (the literal
// line) or a `--> ~regexp` comment (a line matching the regular expression).
type expectation struct {
	line    int
	literal string
	re      *regexp.Regexp
}

// expectations collects the --> comments of a script, in order.
func expectations(t *testing.T, src string) []expectation {
	t.Helper()
	var out []expectation
	for n, line := range strings.Split(src, "\n") {
		i := strings.Index(line, "--> ")
		if i < 0 {
			continue
		}
		text := line[i+len("--> "):]
		e := expectation{line: n + 1, literal: text}
		if strings.HasPrefix(text, "~") {
			e.re = regexp.MustCompile("^" + text[1:] + "$")
		}
		out = append(out, e)
	}
	return out
}

// TestScripts runs testdata/scripts/*.lua and compares what they print with their
// --> comments.
func TestScripts(t *testing.T) {
	files, err := filepath.Glob("testdata/scripts/*.lua")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			m := vm.New(&vm.Options{Stdout: &out})
			stdlib.Open(m, stdlib.All)
			cl, err := m.Load(src, "@"+filepath.Base(file), "t")
			if err == nil {
				_, err = m.PCall(heap.ClosureValue(cl))
			}
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
			want := expectations(t, string(src))
			for i, e := range want {
				if i >= len(got) {
					t.Errorf("%s:%d: no output line, want %q", file, e.line, e.literal)
					continue
				}
				if e.re != nil && !e.re.MatchString(got[i]) || e.re == nil && got[i] != e.literal {
					t.Errorf("%s:%d: got %q, want %q", file, e.line, got[i], e.literal)
				}
			}
			if len(got) > len(want) {
				t.Errorf("%s: %d extra output lines, first %q", file, len(got)-len(want), got[len(want)])
			}
		})
	}
}
