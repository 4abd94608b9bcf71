// This file compares Parse with lua5.4 on thousands of broken programs made
// by mutating the corpus, so error messages are checked far beyond the
// hand-written cases.

package parser

import (
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
)

// mutationPieces are inserted at random places: tokens, partial tokens and
// bytes that stress the lexer.
var mutationPieces = []string{
	"(", ")", "{", "}", "[", "]", "[[", "]]", "[=", "=", "==", ",", ";", ":", "::",
	".", "..", "...", "\"", "'", "\\", "\\z", "\\x", "\\u{", "\n", "\r", "--",
	"--[[", "end", "do", "then", "if", "local", "function", "return", "goto",
	"x", "1", "0x", "1e", "3.", "<", ">", "<const>", "~", "#", "-", "^", "\x01", "\xff",
}

func mutate(r *rand.Rand, src string) string {
	start := r.IntN(len(src))
	end := min(len(src), start+20+r.IntN(300))
	s := src[start:end]
	for range 1 + r.IntN(3) {
		i := r.IntN(len(s) + 1)
		switch r.IntN(3) {
		case 0:
			s = s[:i] + mutationPieces[r.IntN(len(mutationPieces))] + s[i:]
		case 1:
			if i < len(s) {
				s = s[:i] + s[i+1+r.IntN(min(5, len(s)-i)):]
			}
		default:
			s = s[:i]
		}
	}
	return s
}

func TestMutationsMatchLua(t *testing.T) {
	t.Parallel()
	files := corpus(t)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	r := rand.New(rand.NewPCG(1, 2))
	var sources []string
	for range 3000 {
		src := string(files[names[r.IntN(len(names))]])
		if m := mutate(r, src); strings.IndexByte(m, 0) < 0 {
			sources = append(sources, m)
		}
	}
	compareWithLuaExcept(t, sources, isCompilerCheck)
}

// compilerChecks are errors that need scopes, which lua5.4 reports while
// parsing but the compiler reports here.
var compilerChecks = []string{"break outside loop", "no visible label", "jumps into the scope",
	"attempt to assign to const variable", "too many"}

// isCompilerCheck reports whether lua5.4's answer is one of compilerChecks.
func isCompilerCheck(msg string) bool {
	for _, c := range compilerChecks {
		if strings.Contains(msg, c) {
			return true
		}
	}
	return false
}
