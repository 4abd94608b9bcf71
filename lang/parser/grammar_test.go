// This file executes the participle tags of grammar.go with participle's
// generic engine and checks that it builds the same trees as the hooks.

package parser

import (
	"testing"

	"github.com/alecthomas/participle/v2"
)

// genericChunk is the grammar's root without the chunk hook, so that
// participle matches the tags itself.
type genericChunk struct {
	Body *block `parser:"@@"`
}

func TestGrammarTagsMatchHooks(t *testing.T) {
	t.Parallel()
	generic, err := participle.Build[genericChunk](participle.Lexer(luaLexer),
		participle.UseLookahead(participle.MaxLookahead))
	if err != nil {
		t.Fatalf("the grammar tags do not build: %v", err)
	}
	sources := map[string]string{}
	for name, src := range corpus(t) {
		sources[name] = string(src)
	}
	for _, tc := range append(statementCases(), exprCases()...) {
		sources[tc] = tc
	}
	for name, src := range sources {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			want, err := Parse("=test", []byte(src))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			g, err := generic.ParseString("=test", src)
			if err != nil {
				t.Fatalf("participle's generic engine: %v", err)
			}
			got := convertChunk("=test", &chunk{Body: g.Body})
			if render(got) != render(want) {
				t.Errorf("generic engine and hooks differ:\n%s\n----\n%s", render(got), render(want))
			}
		})
	}
}

// statementCases are the statement sources of TestStatementShape.
func statementCases() []string {
	return []string{
		"local a <const>, b <close> = 1", "a, b.c, d[1] = 1, 2", "f(1) g:m()",
		";;; x = 1 ;", "goto done ::done::", "for i = 1, 10, 2 do break end",
		"for k, v in pairs(t) do end", "function a.b.c:m(x, ...) end",
		"local function f() return end", "if a then elseif b then x() else y() end",
		"while a do repeat local x until x end", "do return 1, ... end",
		"f{a = 1; [b] = 2, 3} f'x' f[[y]] (f)()", "local function f(a, b, ...) end",
	}
}

// exprCases wraps a few expressions in statements.
func exprCases() []string {
	return []string{"return 1 + 2 * 3 ^ -4 .. 5", "x = not a == b and c or d", "return"}
}

// TestChunkHook runs the chunk hook the way participle calls it.
func TestChunkHook(t *testing.T) {
	t.Parallel()
	p := participle.MustBuild[chunk](participle.Lexer(luaLexer))
	c, err := p.ParseString("=input", "local x = 1 + 2")
	if err != nil || render(convertChunk("=input", c)) != "local x = (1 + 2)" {
		t.Errorf("valid chunk: %v", err)
	}
	c, _ = p.ParseString("=input", "x = = 1")
	if c == nil || c.err == nil || c.err.Error() != "input:1: unexpected symbol near '='" {
		t.Errorf("invalid chunk: got %v", c.err)
	}
}
