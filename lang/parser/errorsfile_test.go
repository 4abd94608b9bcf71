// This file runs testdata/errors.lua: programs split by "----" lines, where
// a failing program marks its failing line with -- ERROR "regexp".

package parser

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// errorMarker finds the expectation on a line.
var errorMarker = regexp.MustCompile(`-- ERROR "(.*)"\s*$`)

// chunkCase is one program of a chunked error file.
type chunkCase struct {
	src     string
	line    int // 1-based line of the chunk that must fail, 0 if it must parse
	pattern *regexp.Regexp
}

// readChunks splits a chunked error file.
func readChunks(t *testing.T, path string) []chunkCase {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cases []chunkCase
	for _, src := range strings.Split(string(data), "\n----\n") {
		c := chunkCase{src: strings.TrimSuffix(src, "\n")}
		for i, line := range strings.Split(c.src, "\n") {
			if m := errorMarker.FindStringSubmatch(line); m != nil {
				c.line, c.pattern = i+1, regexp.MustCompile(m[1])
			}
		}
		cases = append(cases, c)
	}
	return cases
}

func TestErrorsFile(t *testing.T) {
	t.Parallel()
	cases := readChunks(t, filepath.Join("testdata", "errors.lua"))
	var sources []string
	for i, c := range cases {
		sources = append(sources, c.src)
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			t.Parallel()
			_, err := Parse("=input", []byte(c.src))
			var se *SyntaxError
			switch {
			case c.pattern == nil && err != nil:
				t.Errorf("program %d:\n%s\ngot error %v, want none", i, c.src, err)
			case c.pattern == nil:
			case !errors.As(err, &se):
				t.Errorf("program %d:\n%s\ngot %v, want a *SyntaxError", i, c.src, err)
			case se.Line != c.line || !c.pattern.MatchString(se.Msg):
				t.Errorf("program %d:\n%s\ngot line %d %q, want line %d matching %q",
					i, c.src, se.Line, se.Msg, c.line, c.pattern)
			}
		})
	}
	t.Run("lua5.4", func(t *testing.T) {
		t.Parallel()
		compareWithLua(t, sources)
	})
}
