// This file benchmarks Parse on about 1 MiB of Lua built from the corpus in
// testdata/corpus, and checks that the corpus parses.

package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// corpus reads the Lua files of testdata/corpus.
func corpus(tb testing.TB) map[string][]byte {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "corpus", "*.lua"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no corpus files: %v", err)
	}
	out := map[string][]byte{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out[filepath.Base(f)] = b
	}
	return out
}

// megabyteOfLua repeats the corpus, each copy in its own do ... end block,
// until it reaches 1 MiB.
func megabyteOfLua(tb testing.TB) []byte {
	tb.Helper()
	var buf bytes.Buffer
	files := corpus(tb)
	for buf.Len() < 1<<20 {
		for _, src := range files {
			buf.WriteString("do\n")
			buf.Write(src)
			buf.WriteString("\nend\n")
		}
	}
	return buf.Bytes()
}

func TestCorpusParses(t *testing.T) {
	t.Parallel()
	for name, src := range corpus(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			if _, err := Parse("@"+name, src); err != nil {
				t.Errorf("Parse(%s): %v", name, err)
			}
		})
	}
	if _, err := Parse("=megabyte", megabyteOfLua(t)); err != nil {
		t.Errorf("Parse(1 MiB corpus): %v", err)
	}
}

func BenchmarkParse(b *testing.B) {
	src := megabyteOfLua(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("=bench", src); err != nil {
			b.Fatal(err)
		}
	}
}
