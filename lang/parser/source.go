// This file connects the descent to its tokens: straight from the scanner
// for Parse, or from participle's PeekingLexer when participle drives the
// hooks. Either way the parser sees the current token and, for table
// fields, the one after it.

package parser

import "github.com/alecthomas/participle/v2/lexer"

// tokenSource is where the descent reads tokens from.
type tokenSource interface {
	// current returns the current token; it stays valid until advance.
	current() *lexer.Token
	// advance makes the following token current.
	advance()
	// peekNext returns the token after the current one.
	peekNext() *lexer.Token
}

// scanSource reads tokens from the scanner on demand, keeping at most one
// token of lookahead, as Lua's lexer does.
type scanSource struct {
	sc      *scanner
	cur, la lexer.Token
	started bool
	hasLA   bool
}

func (s *scanSource) current() *lexer.Token {
	if !s.started {
		s.started = true
		s.cur, _ = s.sc.Next()
	}
	return &s.cur
}

func (s *scanSource) advance() {
	if s.hasLA {
		s.cur, s.hasLA = s.la, false
		return
	}
	s.cur, _ = s.sc.Next()
}

func (s *scanSource) peekNext() *lexer.Token {
	if !s.hasLA {
		s.la, _ = s.sc.Next()
		s.hasLA = true
	}
	return &s.la
}

// peekingSource reads tokens from participle's PeekingLexer.
type peekingSource struct {
	lex *lexer.PeekingLexer
}

func (s peekingSource) current() *lexer.Token { return s.lex.Peek() }

func (s peekingSource) advance() { s.lex.Next() }

func (s peekingSource) peekNext() *lexer.Token {
	cp := s.lex.MakeCheckpoint()
	s.lex.Next()
	t := s.lex.Peek()
	s.lex.LoadCheckpoint(cp)
	return t
}
