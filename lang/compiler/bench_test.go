// Benchmarks of the compiler over a large source built from the test files.

package compiler

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pluto-go/pluto-go/lang/parser"
)

// largeSource returns about a megabyte of Lua: the test files, each wrapped in a
// function, repeated.
func largeSource(b *testing.B) []byte {
	b.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*.lua"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no test files: %v", err)
	}
	var src strings.Builder
	src.WriteString("local F = {}\n")
	for k := 0; src.Len() < 1<<20; {
		for _, path := range paths {
			text, err := os.ReadFile(path)
			if err != nil {
				b.Fatal(err)
			}
			k++
			fmt.Fprintf(&src, "F[%d] = function(...)\n%s\nend\n", k, text)
		}
	}
	return []byte(src.String())
}

func BenchmarkCompile(b *testing.B) {
	src := largeSource(b)
	b.Run("ParseAndCompile", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			chunk, err := parser.Parse("@bench.lua", src)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := Compile(chunk); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("CompileOnly", func(b *testing.B) {
		chunk, err := parser.Parse("@bench.lua", src)
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Compile(chunk); err != nil {
				b.Fatal(err)
			}
		}
	})
}
