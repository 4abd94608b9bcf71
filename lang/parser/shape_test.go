// This file checks the shape of parsed trees: precedence, associativity,
// literals and statement forms, each rendered back fully parenthesised.

package parser

import (
	"strings"
	"testing"
)

func TestExprShape(t *testing.T) {
	t.Parallel()
	tests := []struct{ src, want string }{
		{"1 + 2 * 3", "(1 + (2 * 3))"},
		{"1 * 2 + 3", "((1 * 2) + 3)"},
		{"1 - 2 - 3", "((1 - 2) - 3)"},
		{"a .. b .. c", "(a .. (b .. c))"},
		{"2 ^ 3 ^ 2", "(2 ^ (3 ^ 2))"},
		{"-2 ^ 2", "(-(2 ^ 2))"},
		{"2 ^ -3", "(2 ^ (-3))"},
		{"-x ^ -y ^ z", "(-(x ^ (-(y ^ z))))"},
		{"not a == b", "((not a) == b)"},
		{"not not a", "(not (not a))"},
		{"#t + 1", "((#t) + 1)"},
		{"- - 1", "(-(-1))"},
		{"~a ~ b", "((~a) ~ b)"},
		{"a or b and c", "(a or (b and c))"},
		{"a and b or c and d", "((a and b) or (c and d))"},
		{"a < b == c", "((a < b) == c)"},
		{"a .. b == c .. d", "((a .. b) == (c .. d))"},
		{"1 + 2 .. 3", "((1 + 2) .. 3)"},
		{"a .. 1 + 2", "(a .. (1 + 2))"},
		{"a | b ~ c & d", "(a | (b ~ (c & d)))"},
		{"a & b << c", "(a & (b << c))"},
		{"a << b .. c", "(a << (b .. c))"},
		{"a >> b >> c", "((a >> b) >> c)"},
		{"a // b % c / d * e", "((((a // b) % c) / d) * e)"},
		{"a <= b ~= c >= d > e", "((((a <= b) ~= c) >= d) > e)"},
		{"(a + b) * c", "([(a + b)] * c)"},
		{"-(2) ^ 2", "(-([2] ^ 2))"},
		{"a.b.c", `a["b"]["c"]`},
		{"a[b][c](d)", "a[b][c](d)"},
		{"a:b(1):c{2}:d'x'", `a:b(1):c({2}):d("x")`},
		{"f{a = 1; [b] = 2, 3}", `f({["a"]=1, [b]=2, 3})`},
		{"f()()", "f()()"},
		{"(f)()", "[f]()"},
		{"function(a, ...) return a end", "function(a, ...) return a end"},
		{"...", "..."},
	}
	for _, tc := range tests {
		t.Run(tc.src, func(t *testing.T) {
			t.Parallel()
			c, err := Parse("=test", []byte("return "+tc.src))
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.src, err)
			}
			if got := strings.TrimPrefix(render(c), "return "); got != tc.want {
				t.Errorf("Parse(%q):\n got %s\nwant %s", tc.src, got, tc.want)
			}
		})
	}
}

func TestLiterals(t *testing.T) {
	t.Parallel()
	tests := []struct{ src, want string }{
		{"0", "0"},
		{"42", "42"},
		{"0x10", "16"},
		{"0xA", "10"},
		{"0xffffffffffffffff", "-1"},
		{"0x7fffffffffffffff", "9223372036854775807"},
		{"0x10000000000000000", "0"},
		{"9223372036854775807", "9223372036854775807"},
		{"9223372036854775808", "9.223372036854776e+18f"},
		{"1.5", "1.5f"},
		{"1e2", "100f"},
		{".5", "0.5f"},
		{"3.", "3f"},
		{"0x.8", "0.5f"},
		{"0x1p4", "16f"},
		{"0xA.8p1", "21f"},
		{"1e-2", "0.01f"},
		{"1E+2", "100f"},
		{`"a\tb"`, `"a\tb"`},
		{`'\a\b\f\n\r\t\v\\\"\''`, `"\a\b\f\n\r\t\v\\\"'"`},
		{`"\65\066\0677"`, `"ABC7"`},
		{`"\x41\x62"`, `"Ab"`},
		{`"\u{41}\u{e9}\u{20AC}"`, `"Aé€"`},
		{`"\u{7FFFFFFF}"`, `"\xfd\xbf\xbf\xbf\xbf\xbf"`},
		{`"\u{10FFFF}"`, `"\U0010ffff"`},
		{"\"a\\z  \n\t  b\"", `"ab"`},
		{"\"a\\\nb\"", `"a\nb"`},
		{"\"a\\\r\nb\"", `"a\nb"`},
		{"\"a\\\n\rb\"", `"a\nb"`},
		{"[[abc]]", `"abc"`},
		{"[[\nabc]]", `"abc"`},
		{"[[\r\nabc]]", `"abc"`},
		{"[[\n\nabc]]", `"\nabc"`},
		{"[==[a]]b]=]c]==]", `"a]]b]=]c"`},
		{"[[a\r\nb\n\rc\rd]]", `"a\nb\nc\nd"`},
		{"[[\\n]]", `"\\n"`},
		{"''", `""`},
		{"[[]]", `""`},
	}
	for _, tc := range tests {
		t.Run(tc.src, func(t *testing.T) {
			t.Parallel()
			c, err := Parse("=test", []byte("return "+tc.src))
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.src, err)
			}
			if got := strings.TrimPrefix(render(c), "return "); got != tc.want {
				t.Errorf("Parse(%q):\n got %s\nwant %s", tc.src, got, tc.want)
			}
		})
	}
}

func TestStatementShape(t *testing.T) {
	t.Parallel()
	tests := []struct{ src, want string }{
		{"local a <const>, b <close> = 1", "local a<const>, b<close> = 1"},
		{"local a", "local a"},
		{"a, b.c, d[1] = 1, 2", `a, b["c"], d[1] = 1, 2`},
		{"f(1) g:m()", "f(1)\ng:m()"},
		{";;; x = 1 ;", "x = 1"},
		{"goto done ::done::", "goto done\n::done::"},
		{"for i = 1, 10, 2 do break end", "for i = 1, 10, 2 do\n  break\nend"},
		{"for k, v in pairs(t) do end", "for k, v in pairs(t) do\nend"},
		{"function a.b.c:m(x) end", "function a.b.c:m(self, x)\nend"},
		{"function f(...) end", "function f(...)\nend"},
		{"local function f() return end", "local function f()\n  return \nend"},
		{"if a then elseif b then x() else y() end",
			"if a then\nelseif b then\n  x()\nelse\n  y()\nend"},
		{"while a do repeat local x until x end", "while a do\n  repeat\n    local x\n  until x\nend"},
		{"do return 1, ... end", "do\n  return 1, ...\nend"},
	}
	for _, tc := range tests {
		t.Run(tc.src, func(t *testing.T) {
			t.Parallel()
			c, err := Parse("=test", []byte(tc.src))
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.src, err)
			}
			if got := render(c); got != tc.want {
				t.Errorf("Parse(%q):\n got %s\nwant %s", tc.src, got, tc.want)
			}
		})
	}
}
