// Tests for pattern.go. Every expected result was printed by lua5.4 5.4.4
// for the same call: string.find / string.match / string.gmatch, or
// string.gsub with a string replacement. Captures that are strings are
// shown quoted, position captures as numbers; the error texts are those
// pcall returned.
package stdlib

import (
	"strconv"
	"strings"
	"testing"
)

var patternTests = []struct {
	kind, s, p string
	init       int
	want       string
}{
	{"find", "abc", "x%", 1, "nil"},
	{"match", "abc", "x%", 1, "nil"},
	{"find", "abc", "a%", 1, "error: malformed pattern (ends with '%')"},
	{"match", "abc", "a%", 1, "error: malformed pattern (ends with '%')"},
	{"find", "abc", "[a", 1, "error: malformed pattern (missing ']')"},
	{"match", "abc", "[a", 1, "error: malformed pattern (missing ']')"},
	{"find", "abc", "[a%", 1, "error: malformed pattern (missing ']')"},
	{"match", "abc", "[a%", 1, "error: malformed pattern (missing ']')"},
	{"find", "abc", "%f", 1, "error: missing '[' after '%f' in pattern"},
	{"match", "abc", "%f", 1, "error: missing '[' after '%f' in pattern"},
	{"find", "abc", "%fa", 1, "error: missing '[' after '%f' in pattern"},
	{"match", "abc", "%fa", 1, "error: missing '[' after '%f' in pattern"},
	{"find", "abc", "(a)%2", 1, "error: invalid capture index %2"},
	{"match", "abc", "(a)%2", 1, "error: invalid capture index %2"},
	{"find", "abc", "(a%1)", 1, "error: invalid capture index %1"},
	{"match", "abc", "(a%1)", 1, "error: invalid capture index %1"},
	{"find", "abc", "%0", 1, "error: invalid capture index %0"},
	{"match", "abc", "%0", 1, "error: invalid capture index %0"},
	{"find", "abc", "(a", 1, "error: unfinished capture"},
	{"match", "abc", "(a", 1, "error: unfinished capture"},
	{"find", "abc", "%b", 1, "error: malformed pattern (missing arguments to '%b')"},
	{"match", "abc", "%b", 1, "error: malformed pattern (missing arguments to '%b')"},
	{"find", "abc", "%ba", 1, "error: malformed pattern (missing arguments to '%b')"},
	{"match", "abc", "%ba", 1, "error: malformed pattern (missing arguments to '%b')"},
	{"find", "hello world", "(h)(e)(l)(l)(o)", 1, "1 5 'h' 'e' 'l' 'l' 'o'"},
	{"match", "hello world", "(h)(e)(l)(l)(o)", 1, "'h' 'e' 'l' 'l' 'o'"},
	{"find", " x", "()x()", 1, "2 2 2 3"},
	{"match", " x", "()x()", 1, "2 3"},
	{"find", "a\x00b", "%z", 1, "2 2"},
	{"match", "a\x00b", "%z", 1, "'\x00'"},
	{"find", "a\x00b", "\x00", 1, "2 2"},
	{"match", "a\x00b", "\x00", 1, "'\x00'"},
	{"find", "THE (quick) fox", "%((%a+)%)", 1, "5 11 'quick'"},
	{"match", "THE (quick) fox", "%((%a+)%)", 1, "'quick'"},
	{"find", "x", "[]", 1, "error: malformed pattern (missing ']')"},
	{"match", "x", "[]", 1, "error: malformed pattern (missing ']')"},
	{"find", "x]", "[]]", 1, "2 2"},
	{"match", "x]", "[]]", 1, "']'"},
	{"find", "x", "[^]", 1, "error: malformed pattern (missing ']')"},
	{"match", "x", "[^]", 1, "error: malformed pattern (missing ']')"},
	{"find", "^a", "^^a", 1, "1 2"},
	{"match", "^a", "^^a", 1, "'^a'"},
	{"find", "abc$", "c$$", 1, "3 4"},
	{"match", "abc$", "c$$", 1, "'c$'"},
	{"find", "abc", "$", 1, "4 3"},
	{"match", "abc", "$", 1, "''"},
	{"find", "abc", "^$", 1, "nil"},
	{"match", "abc", "^$", 1, "nil"},
	{"find", "", "^$", 1, "1 0"},
	{"match", "", "^$", 1, "''"},
	{"find", "abc", "b$", 1, "nil"},
	{"match", "abc", "b$", 1, "nil"},
	{"find", "abc", "c$", 1, "3 3"},
	{"match", "abc", "c$", 1, "'c'"},
	{"find", "hello", "l+", 1, "3 4"},
	{"match", "hello", "l+", 1, "'ll'"},
	{"find", "hello", "l*", 1, "1 0"},
	{"match", "hello", "l*", 1, "''"},
	{"find", "hello", "l-o", 1, "3 5"},
	{"match", "hello", "l-o", 1, "'llo'"},
	{"find", "hello", "x?h", 1, "1 1"},
	{"match", "hello", "x?h", 1, "'h'"},
	{"find", "hello", ".-l", 1, "1 3"},
	{"match", "hello", ".-l", 1, "'hel'"},
	{"find", "hello", ".*l", 1, "1 4"},
	{"match", "hello", ".*l", 1, "'hell'"},
	{"find", "f(a(b)c)d", "%b()", 1, "2 8"},
	{"match", "f(a(b)c)d", "%b()", 1, "'(a(b)c)'"},
	{"find", "f(a(b c)d", "%b()", 1, "4 8"},
	{"match", "f(a(b c)d", "%b()", 1, "'(b c)'"},
	{"find", "[[x]]", "%b[]", 1, "1 5"},
	{"match", "[[x]]", "%b[]", 1, "'[[x]]'"},
	{"find", "THE (quick) fox", "%f[%a]%a+", 1, "1 3"},
	{"match", "THE (quick) fox", "%f[%a]%a+", 1, "'THE'"},
	{"find", "THE (quick) fox", "%f[%A]", 1, "4 3"},
	{"match", "THE (quick) fox", "%f[%A]", 1, "''"},
	{"find", "hello", "%f[%z]", 1, "6 5"},
	{"match", "hello", "%f[%z]", 1, "''"},
	{"find", "key = value", "(%w+)%s*=%s*(%w+)", 1, "1 11 'key' 'value'"},
	{"match", "key = value", "(%w+)%s*=%s*(%w+)", 1, "'key' 'value'"},
	{"find", "aaa", "(a*(.)%w(%s*))", 1, "1 3 'aaa' 'a' ''"},
	{"match", "aaa", "(a*(.)%w(%s*))", 1, "'aaa' 'a' ''"},
	{"find", "  x  ", "^%s*(.-)%s*$", 1, "1 5 'x'"},
	{"match", "  x  ", "^%s*(.-)%s*$", 1, "'x'"},
	{"find", "abc", "[%a-z]", 1, "1 1"},
	{"match", "abc", "[%a-z]", 1, "'a'"},
	{"find", "a-z", "[%a-]+", 1, "1 3"},
	{"match", "a-z", "[%a-]+", 1, "'a-z'"},
	{"find", "a-z", "[a-]+", 1, "1 2"},
	{"match", "a-z", "[a-]+", 1, "'a-'"},
	{"find", "]", "[]]", 1, "1 1"},
	{"match", "]", "[]]", 1, "']'"},
	{"find", "^", "[%^]", 1, "1 1"},
	{"match", "^", "[%^]", 1, "'^'"},
	{"find", "x^", "[^^]", 1, "1 1"},
	{"match", "x^", "[^^]", 1, "'x'"},
	{"find", "0x1F", "%x+", 1, "1 1"},
	{"match", "0x1F", "%x+", 1, "'0'"},
	{"find", "\t\n ", "%s+", 1, "1 3"},
	{"match", "\t\n ", "%s+", 1, "'\t\n '"},
	{"find", "a.b", "%.", 1, "2 2"},
	{"match", "a.b", "%.", 1, "'.'"},
	{"find", "a%b", "%%", 1, "2 2"},
	{"match", "a%b", "%%", 1, "'%'"},
	{"find", "ABCdef", "%u+", 1, "1 3"},
	{"match", "ABCdef", "%u+", 1, "'ABC'"},
	{"find", "ABCdef", "%l+", 1, "4 6"},
	{"match", "ABCdef", "%l+", 1, "'def'"},
	{"find", "ab12", "%D+", 1, "1 2"},
	{"match", "ab12", "%D+", 1, "'ab'"},
	{"find", "!?,x", "%p+", 1, "1 3"},
	{"match", "!?,x", "%p+", 1, "'!?,'"},
	{"find", "\x01\x02a", "%c+", 1, "1 2"},
	{"match", "\x01\x02a", "%c+", 1, "'\x01\x02'"},
	{"find", "a b", "%G", 1, "2 2"},
	{"match", "a b", "%G", 1, "' '"},
	{"find", "abab", "(ab)%1", 1, "1 4 'ab'"},
	{"match", "abab", "(ab)%1", 1, "'ab'"},
	{"find", "abba", "(a)(b)%2%1", 1, "1 4 'a' 'b'"},
	{"match", "abba", "(a)(b)%2%1", 1, "'a' 'b'"},
	{"find", "aa", "()a%1", 1, "nil"},
	{"match", "aa", "()a%1", 1, "nil"},
	{"find", "x", "%w-$", 1, "1 1"},
	{"match", "x", "%w-$", 1, "'x'"},
	{"find", "xyz", "[x-z]+", 1, "1 3"},
	{"match", "xyz", "[x-z]+", 1, "'xyz'"},
	{"find", "-", "[a-]", 1, "1 1"},
	{"match", "-", "[a-]", 1, "'-'"},
	{"find", "b", "[a-]", 1, "nil"},
	{"match", "b", "[a-]", 1, "nil"},
	{"find", "a]", "[a-%]]+", 1, "2 2"},
	{"match", "a]", "[a-%]]+", 1, "']'"},
	{"find", "abc", "[^a]", 1, "2 2"},
	{"match", "abc", "[^a]", 1, "'b'"},
	{"find", "abc", "[^%a]", 1, "nil"},
	{"match", "abc", "[^%a]", 1, "nil"},
	{"find", "\xc8\xc9", "[\x80-\xff]+", 1, "1 2"},
	{"match", "\xc8\xc9", "[\x80-\xff]+", 1, "'\xc8\xc9'"},
	{"find", "\xc8", "%a", 1, "nil"},
	{"match", "\xc8", "%a", 1, "nil"},
	{"find", "\xc8", "%A", 1, "1 1"},
	{"match", "\xc8", "%A", 1, "'\xc8'"},
	{"find", "\xc8", "%W", 1, "1 1"},
	{"match", "\xc8", "%W", 1, "'\xc8'"},
	{"find", "\xc3\xa9", "%g", 1, "nil"},
	{"match", "\xc3\xa9", "%g", 1, "nil"},
	{"find", "hello", "(l)(l)(o)", 4, "nil"},
	{"match", "hello", "(l)(l)(o)", 4, "nil"},
	{"find", "hello", "l", -2, "4 4"},
	{"match", "hello", "l", -2, "'l'"},
	{"find", "hello", "", 10, "nil"},
	{"match", "hello", "", 10, "nil"},
	{"find", "hello", "", 6, "6 5"},
	{"match", "hello", "", 6, "''"},
	{"find", "abc", "a)", 1, "nil"},
	{"match", "abc", "a)", 1, "error: invalid pattern capture"},
	{"find", "abc", "%", 1, "error: malformed pattern (ends with '%')"},
	{"match", "abc", "%", 1, "error: malformed pattern (ends with '%')"},
	{"find", "abc", "(()", 1, "error: unfinished capture"},
	{"match", "abc", "(()", 1, "error: unfinished capture"},
	{"find", "abc", "((a)", 1, "error: unfinished capture"},
	{"match", "abc", "((a)", 1, "error: unfinished capture"},
	{"find", "abc", "(a)(b)(c)", 1, "1 3 'a' 'b' 'c'"},
	{"match", "abc", "(a)(b)(c)", 1, "'a' 'b' 'c'"},
	{"find", "x", "[%", 1, "error: malformed pattern (missing ']')"},
	{"match", "x", "[%", 1, "error: malformed pattern (missing ']')"},
	{"find", "x", "[%]", 1, "error: malformed pattern (missing ']')"},
	{"match", "x", "[%]", 1, "error: malformed pattern (missing ']')"},
	{"find", "x", "[^", 1, "error: malformed pattern (missing ']')"},
	{"match", "x", "[^", 1, "error: malformed pattern (missing ']')"},
	{"find", "x", "%f[a", 1, "error: malformed pattern (missing ']')"},
	{"match", "x", "%f[a", 1, "error: malformed pattern (missing ']')"},
	{"find", "ax", "a%f[x]x", 1, "1 2"},
	{"match", "ax", "a%f[x]x", 1, "'ax'"},
	{"find", "alo xo", ".o$", 1, "5 6"},
	{"match", "alo xo", ".o$", 1, "'xo'"},
	{"find", "aaab", "a-b", 1, "1 4"},
	{"match", "aaab", "a-b", 1, "'aaab'"},
	{"find", "aaa", "a-", 1, "1 0"},
	{"match", "aaa", "a-", 1, "''"},
	{"find", "aaa", "^.-$", 1, "1 3"},
	{"match", "aaa", "^.-$", 1, "'aaa'"},
	{"find", "(aaa)", "%(.-%)", 1, "1 5"},
	{"match", "(aaa)", "%(.-%)", 1, "'(aaa)'"},
	{"gmatch", "hello world from Lua", "%a+", 1, "'hello' 'world' 'from' 'Lua'"},
	{"gmatch", "abc", "", 1, "'' '' '' ''"},
	{"gmatch", "abc", "b*", 1, "'' 'b' ''"},
	{"gmatch", "k1=v1, k2=v2", "(%w+)=(%w+)", 1, "'k1','v1' 'k2','v2'"},
	{"gmatch", "abc", "()", 1, "1 2 3 4"},
	{"gmatch", "^a^a", "^a", 1, "'^a' '^a'"},
	{"gmatch", "abc", "%", 1, "error: malformed pattern (ends with '%')"},
	{"gmatch", "hello", "l", 4, "'l'"},
	{"gmatch", "hello", ".", -2, "'l' 'o'"},
	{"gmatch", "hello", "x*", 10, ""},
	{"gmatch", "abc", "(a", 1, "error: unfinished capture"},
	{"gmatch", "aaa", "a*", 1, "'aaa'"},
	{"gmatch", "a,b,,c", "([^,]*)", 1, "'a' 'b' '' 'c'"},
}

var gsubTests = []struct {
	s, p, repl string
	max        int64 // -999 stands for no limit
	want       string
}{
	{"hello world", "o", "[%0]", -999, "'hell[o] w[o]rld' 2"},
	{"abc", "", "-", -999, "'-a-b-c-' 4"},
	{"abc", "^", "-", -999, "'-abc' 1"},
	{"abc", "b*", "-", -999, "'-a-c-' 3"},
	{"abc", "()", "%1", -999, "'1a2b3c4' 4"},
	{"abc", "(a", "x", -999, "'xbc' 1"},
	{"abc", "(a", "%1", -999, "error: unfinished capture"},
	{"abc", "a", "%2", -999, "error: invalid capture index %2"},
	{"abc", "a", "%1", -999, "'abc' 1"},
	{"abc", "a", "%x", -999, "error: invalid use of '%' in replacement string"},
	{"abc", "a", "%", -999, "error: invalid use of '%' in replacement string"},
	{"hello world", "(o)", "%1%1", -999, "'helloo woorld' 2"},
	{"hello world", "(%w+) (%w+)", "%2 %1", -999, "'world hello' 1"},
	{"abc", "%w", "%%", -999, "'%%%' 3"},
	{"abc", "^a", "x", -999, "'xbc' 1"},
	{"abc", "^b", "x", -999, "'abc' 0"},
	{"abc", "$", "!", -999, "'abc!' 1"},
	{"a,b,,c", "[^,]*", "x", -999, "'x,x,x,x' 4"},
	{"abc", ".", "%0%0", -999, "'aabbcc' 3"},
	{"abc", "(b)()", "%2", -999, "'a3c' 1"},
	{"abc", "x*", "-", -999, "'-a-b-c-' 4"},
	{"", "", "x", -999, "'x' 1"},
	{"", "x*", "y", -999, "'y' 1"},
	{"aaa", "a", "b", 2, "'bba' 2"},
	{"aaa", "a", "b", 0, "'aaa' 0"},
	{"aaa", "a", "b", -1, "'aaa' 0"},
	{"abc", "[", "x", -999, "error: malformed pattern (missing ']')"},
	{"abc", "x[", "y", -999, "'abc' 0"},
	{"hello", "l+", "%0%9", -999, "error: invalid capture index %9"},
}

// startOffset turns a Lua init argument into a 0-based offset as
// string.find does (posrelatI minus one).
func startOffset(init, n int) int {
	switch {
	case init > 0:
		return init - 1
	case init == 0 || init < -n:
		return 0
	}
	return n + init
}

// showCaptures formats captures as the expected strings show them.
func showCaptures(s string, caps []Capture) []string {
	var out []string
	for _, c := range caps {
		if c.Position {
			out = append(out, strconv.Itoa(c.Start+1))
		} else {
			out = append(out, "'"+s[c.Start:c.End]+"'")
		}
	}
	return out
}

// runPattern performs one call as the string library would.
func runPattern(kind, s, p string, init int) string {
	start := startOffset(init, len(s))
	if kind == "gmatch" {
		return runGmatch(s, p, min(start, len(s)+1))
	}
	if start > len(s) {
		return "nil"
	}
	if kind == "find" && !HasSpecials(p) {
		if i := strings.Index(s[start:], p); i >= 0 {
			return strconv.Itoa(start+i+1) + " " + strconv.Itoa(start+i+len(p))
		}
		return "nil"
	}
	m, err := Find(s, p, start)
	if err != nil {
		return "error: " + err.Error()
	}
	if m == nil {
		return "nil"
	}
	caps, err := m.Captures(kind == "match")
	if err != nil {
		return "error: " + err.Error()
	}
	out := showCaptures(s, caps)
	if kind == "find" {
		out = append([]string{strconv.Itoa(m.Start + 1), strconv.Itoa(m.End)}, out...)
	}
	return strings.Join(out, " ")
}

func runGmatch(s, p string, start int) string {
	var out []string
	sc := NewScan(start, false)
	for {
		m, err := sc.Next(s, p)
		if err == nil && m != nil {
			var caps []Capture
			if caps, err = m.Captures(true); err == nil {
				out = append(out, strings.Join(showCaptures(s, caps), ","))
				continue
			}
		}
		if err != nil {
			out = append(out, "error: "+err.Error())
		}
		return strings.Join(out, " ")
	}
}

func TestPattern(t *testing.T) {
	t.Parallel()
	for _, tt := range patternTests {
		name := tt.kind + "(" + tt.s + "," + tt.p + "," + strconv.Itoa(tt.init) + ")"
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			if got := runPattern(tt.kind, tt.s, tt.p, tt.init); got != tt.want {
				t.Errorf("%s = %q, want %q", name, got, tt.want)
			}
		})
	}
}

func TestGsub(t *testing.T) {
	t.Parallel()
	for _, tt := range gsubTests {
		name := tt.s + "," + tt.p + "," + tt.repl
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			max := tt.max
			if max == -999 {
				max = int64(len(tt.s)) + 1
			}
			res, n, err := Gsub(tt.s, tt.p, tt.repl, max)
			got := "'" + res + "' " + strconv.Itoa(int(n))
			if err != nil {
				got = "error: " + err.Error()
			}
			if got != tt.want {
				t.Errorf("gsub(%s) = %q, want %q", name, got, tt.want)
			}
		})
	}
}

func TestPatternLimits(t *testing.T) {
	t.Parallel()
	a300 := strings.Repeat("a", 300)
	ones := strings.TrimSpace(strings.Repeat(" 1", 32))
	tests := []struct {
		name, kind, s, p, want string
	}{
		{"33 captures", "find", "abc", strings.Repeat("()", 33), "error: too many captures"},
		{"32 captures", "find", "abc", strings.Repeat("()", 32), "1 0 " + ones},
		{"32 positions", "match", "abc", strings.Repeat("()", 32), ones},
		{"depth 300", "find", a300, strings.Repeat("a?", 300), "error: pattern too complex"},
		{"depth 200", "find", a300, strings.Repeat("a?", 200), "error: pattern too complex"},
		{"depth 199", "find", a300, strings.Repeat("a?", 199), "1 199"},
		{"min 199", "find", a300, strings.Repeat("a-", 199) + "$", "1 300"},
		{"min 200", "find", a300, strings.Repeat("a-", 200) + "$", "error: pattern too complex"},
		{"max 200", "find", a300, strings.Repeat("a*", 200), "1 300"},
		{"depth 198", "find", a300, strings.Repeat("a?", 198), "1 198"},
		{"20 captures", "match", a300, strings.Repeat("(a)", 20),
			strings.TrimSpace(strings.Repeat(" 'a'", 20))},
		{"deep", "find", strings.Repeat("a", 1e5), strings.Repeat("a?", 1e5),
			"error: pattern too complex"},
		{"long expand", "find", strings.Repeat("a", 1e6) + "b", ".-b", "1 1000001"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := runPattern(tt.kind, tt.s, tt.p, 1); got != tt.want {
				t.Errorf("%s(%.20q, %.20q) = %.80q, want %.80q", tt.kind, tt.s, tt.p, got, tt.want)
			}
		})
	}
}

func TestHasSpecials(t *testing.T) {
	t.Parallel()
	tests := []struct {
		p    string
		want bool
	}{
		{"abc", false},
		{"a)", false},
		{"a]", false},
		{"a.b", true},
		{"a\x00%", true},
		{"^", true},
		{"x-", true},
	}
	for _, tt := range tests {
		if got := HasSpecials(tt.p); got != tt.want {
			t.Errorf("HasSpecials(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
}
