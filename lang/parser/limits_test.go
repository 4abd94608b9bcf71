// This file tests the nesting limit (Lua's LUAI_MAXCCALLS), the limit on
// local variables (MAXVARS) and chunk names.

package parser

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// nestingFamilies build sources nested n deep in the ways Lua counts levels.
var nestingFamilies = []struct {
	name string
	make func(n int) string
}{
	{"paren", func(n int) string { return "return " + rep("(", n) + "1" + rep(")", n) }},
	{"unary", func(n int) string { return "return " + rep("- ", n) + "1" }},
	{"do", func(n int) string { return rep("do ", n) + rep("end ", n) }},
	{"assign", func(n int) string { return "a" + rep(",a", n) + "=1" }},
	{"labels", func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "::l%d:: ", i)
		}
		return b.String()
	}},
	{"table", func(n int) string { return "x = " + rep("{", n) + rep("}", n) }},
	{"concat", func(n int) string { return "x = " + rep("a..", n) + "a" }},
	{"pow", func(n int) string { return "x = " + rep("a^", n) + "a" }},
	{"function", func(n int) string { return rep("function f() ", n) + rep("end ", n) }},
	{"closure", func(n int) string {
		return "x = " + rep("function() return ", n) + "1" + rep(" end", n)
	}},
	{"call", func(n int) string { return "x = " + rep("f(", n) + "1" + rep(")", n) }},
	{"index", func(n int) string { return "x = a" + rep("[a", n) + rep("]", n) }},
	{"if", func(n int) string { return rep("if a then ", n) + rep("end ", n) }},
}

func rep(s string, n int) string { return strings.Repeat(s, n) }

func TestNestingLimitMatchesLua(t *testing.T) {
	t.Parallel()
	var sources []string
	for _, f := range nestingFamilies {
		for n := 90; n <= 100; n++ {
			sources = append(sources, f.make(n))
		}
		for n := 190; n <= 200; n++ {
			sources = append(sources, f.make(n))
		}
	}
	compareWithLua(t, sources)
}

func TestNestingLimitError(t *testing.T) {
	t.Parallel()
	for _, f := range nestingFamilies {
		t.Run(f.name, func(t *testing.T) {
			t.Parallel()
			_, err := Parse("=input", []byte(f.make(100000)))
			if !errors.Is(err, ErrCStackOverflow) || err.Error() != "C stack overflow" {
				t.Errorf("%s nested 100000 deep: got %v, want C stack overflow", f.name, err)
			}
		})
	}
}

// names returns "p1, p2, ..., pn".
func names(p string, n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		if i > 1 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s%d", p, i)
	}
	return b.String()
}

// localStats returns n local statements, one a line.
func localStats(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "local v%d\n", i)
	}
	return b.String()
}

// TestLocalLimitMatchesLua declares locals up to and past Lua's limit in every
// way a name is declared; sources without 'end' check that the limit error,
// met first, wins over the syntax error after it.
func TestLocalLimitMatchesLua(t *testing.T) {
	t.Parallel()
	var sources []string
	for _, n := range []int{199, 200, 201, 300} {
		sources = append(sources,
			"\nfunction foo ()\n  local "+names("a", n)+", b\n",
			"function foo ()\n"+localStats(n),
			"function foo ()\n"+localStats(n)+"end",
			localStats(n),
			"local "+names("a", n)+" <const> = 1",
			"local "+names("a", n)+" = 1",
			"local function f("+names("p", n)+") end",
			"local function f("+names("p", n)+", ...) end",
			"function t:m("+names("p", n)+") end",
			"for "+names("k", n)+" in next, {} do end",
			localStats(n-3)+"for i = 1, 2 do end",
			localStats(n-4)+"for k in next, {} do end",
			localStats(n-1)+"local function g() end",
			localStats(n-1)+"local x <close> = nil",
			"do "+localStats(150)+"end\n"+localStats(n-100),
			"repeat "+localStats(n-1)+"until x\nlocal y",
			"if x then "+localStats(n)+"else "+localStats(n)+"end",
			"return function() "+localStats(n)+" end",
		)
	}
	compareWithLua(t, sources)
}

// TestLongChains checks that chains Lua parses in a loop have no depth limit.
func TestLongChains(t *testing.T) {
	t.Parallel()
	for name, src := range map[string]string{
		"plus":   "x = a" + rep("+a", 200000),
		"fields": "x = a" + rep(".b", 200000),
		"calls":  "f" + rep("()", 200000),
		"semis":  "::a::" + rep(";", 200000),
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			if _, err := Parse("=input", []byte(src)); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		})
	}
}

func TestChunkID(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, want string }{
		{"=stdin", "stdin"},
		{"=" + rep("a", 59), rep("a", 59)},
		{"=" + rep("a", 60), rep("a", 59)},
		{"=" + rep("b", 70), rep("b", 59)},
		{"@file.lua", "file.lua"},
		{"@" + rep("a", 59), rep("a", 59)},
		{"@" + rep("a", 60), "..." + rep("a", 56)},
		{"@" + rep("a", 50) + rep("b", 20), "..." + rep("a", 36) + rep("b", 20)},
		{"", `[string ""]`},
		{"x = 1", `[string "x = 1"]`},
		{"x = = 1" + rep(" ", 37), `[string "x = = 1` + rep(" ", 37) + `"]`},
		{"x = = 1" + rep(" ", 38), `[string "x = = 1` + rep(" ", 38) + `..."]`},
		{"x = = 1" + rep(" ", 60), `[string "x = = 1` + rep(" ", 38) + `..."]`},
		{"line one\nline two", `[string "line one..."]`},
		{"a\x00b\nc", `[string "a`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := ChunkID(tc.name); got != tc.want {
				t.Errorf("ChunkID(%q) = %q, want %q", tc.name, got, tc.want)
			}
		})
	}
}

func TestFileSource(t *testing.T) {
	t.Parallel()
	tests := []struct{ src, want string }{
		{"x = 1", "x = 1"},
		{"#!/usr/bin/lua\nx = 1", "\nx = 1"},
		{"#!/usr/bin/lua", "\n"},
		{"\xEF\xBB\xBF#x\r\ny", "\ny"},
		{"\xEF\xBB\xBFx", "x"},
	}
	for _, tc := range tests {
		t.Run(tc.src, func(t *testing.T) {
			t.Parallel()
			if got := string(FileSource([]byte(tc.src))); got != tc.want {
				t.Errorf("FileSource(%q) = %q, want %q", tc.src, got, tc.want)
			}
		})
	}
}
