// This file parses expressions: precedence climbing for operators, then
// simple, primary and suffixed expressions, calls and table constructors.
//
// Precedence climbing replaced one grammar struct per precedence level,
// which parsed 1 MiB in 4.5 s. Priorities are Lua's (lparser.c): a binary
// operator binds its right operand at its right priority, so the
// right-associative '..' and '^' have a right priority below their left
// one; unary operators parse their operand at priority 12, which only '^'
// (left priority 14) exceeds, so -2^2 is -(2^2) and 2^-3 is 2^(-3).

package parser

import (
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// unaryPriority is the priority unary operators parse their operand with.
const unaryPriority = 12

// leftPriority and rightPriority give each binary operator token its
// priorities; 0 means the token is not a binary operator.
var leftPriority, rightPriority [numTokens]uint8

func init() {
	prio := []struct {
		tt          tokenType
		left, right uint8
	}{
		{tkOr, 1, 1}, {tkAnd, 2, 2},
		{tkLt, 3, 3}, {tkGt, 3, 3}, {tkLe, 3, 3}, {tkGe, 3, 3}, {tkNe, 3, 3}, {tkEq, 3, 3},
		{tkPipe, 4, 4}, {tkTilde, 5, 5}, {tkAmp, 6, 6}, {tkShl, 7, 7}, {tkShr, 7, 7},
		{tkConcat, 9, 8}, {tkPlus, 10, 10}, {tkMinus, 10, 10},
		{tkStar, 11, 11}, {tkSlash, 11, 11}, {tkIDiv, 11, 11}, {tkPercent, 11, 11},
		{tkCaret, 14, 13},
	}
	for _, p := range prio {
		leftPriority[p.tt], rightPriority[p.tt] = p.left, p.right
	}
}

// isUnaryOp reports whether tt is a unary operator.
func isUnaryOp(tt tokenType) bool {
	return tt == tkNot || tt == tkMinus || tt == tkTilde || tt == tkHash
}

// binaryPriority returns the left priority of tt as a binary operator, 0 if
// it is none (token types outside the table, such as EOF, are none).
func binaryPriority(tt tokenType) uint8 {
	if tt < 0 || tt >= numTokens {
		return 0
	}
	return leftPriority[tt]
}

// Parse is the participle hook for exp, used when participle's generic
// engine matches the statement grammar. It returns participle.NextMatch when
// no expression starts at the current token.
func (e *exp) Parse(lex *lexer.PeekingLexer) (err error) {
	if !startsExp(lex.Peek().Type) {
		return participle.NextMatch
	}
	p := newParser(peekingSource{lex})
	p.fn = &funcState{vararg: true}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			err = p.err
		}
	}()
	p.checkLexError()
	*e = *p.expr()
	return nil
}

// startsExp reports whether an expression can start with tt.
func startsExp(tt tokenType) bool {
	switch tt {
	case tkNil, tkFalse, tkTrue, tkNumber, tkString, tkDots, tkFunction,
		tkLBrace, tkName, tkLParen:
		return true
	}
	return isUnaryOp(tt)
}

// expr parses a whole expression.
func (p *parser) expr() *exp {
	e, _ := p.subExpr(0)
	return e
}

// expList ::= exp {',' exp}
func (p *parser) expList() []*exp {
	list := []*exp{p.expr()}
	for p.testNext(tkComma) {
		list = append(list, p.expr())
	}
	return list
}

// subExpr ::= (simpleExp | unop subExpr) {binop subExpr}, taking only the
// binary operators whose left priority is above limit. It returns the first
// operator it left alone.
func (p *parser) subExpr(limit uint8) (*exp, tokenType) {
	p.enterLevel()
	var e *exp
	if isUnaryOp(p.tok.Type) {
		e = p.exps.new()
		e.Pos, e.Op = p.tok.Pos, p.tok.Type
		p.next()
		e.R, _ = p.subExpr(unaryPriority)
	} else {
		e = p.simpleExp()
	}
	op := p.tok.Type
	for prio := binaryPriority(op); prio > limit; prio = binaryPriority(op) {
		b := p.exps.new()
		b.Pos, b.Op, b.L = p.tok.Pos, op, e
		p.next()
		b.R, op = p.subExpr(rightPriority[b.Op])
		e = b
	}
	p.level--
	return e, op
}

// simpleExp ::= 'nil' | 'false' | 'true' | Number | String | '...'
//
//	| 'function' funcBody | tableCons | suffixedExp
func (p *parser) simpleExp() *exp {
	e := p.exps.new()
	e.Pos = p.tok.Pos
	s := &e.Simple
	switch p.tok.Type {
	case tkNumber:
		s.Number = p.tok.Value
	case tkString:
		s.Str = p.tok.Value
	case tkNil:
		s.Nil = true
	case tkTrue:
		s.True = true
	case tkFalse:
		s.False = true
	case tkDots:
		if !p.fn.vararg {
			p.syntaxError("cannot use '...' outside a vararg function")
		}
		s.Vararg = true
	case tkLBrace:
		s.Table = p.tableCons()
		return e
	case tkFunction:
		p.next()
		s.Func = p.funcBody(p.line(), false)
		return e
	default:
		s.Suffixed = p.suffixedExp()
		return e
	}
	p.next()
	return e
}

// primaryExp ::= Name | '(' exp ')'
func (p *parser) primaryExp(pe *primaryExp) {
	pe.Pos = p.tok.Pos
	switch p.tok.Type {
	case tkName:
		pe.Name = p.tok.Value
		p.next()
	case tkLParen:
		line := p.line()
		p.next()
		pe.Paren = p.expr()
		pe.EndLine = p.line()
		p.checkMatch(tkRParen, tkLParen, line)
	default:
		p.syntaxError("unexpected symbol")
	}
}

// suffixedExp ::= primaryExp {suffix}
func (p *parser) suffixedExp() *suffixedExp {
	s := p.suffixed.new()
	s.Pos = p.tok.Pos
	line := p.line()
	p.primaryExp(&s.Primary)
	for {
		sf := suffix{Pos: p.tok.Pos}
		switch p.tok.Type {
		case tkDot:
			p.next()
			sf.NameLine = p.line()
			sf.Field = p.checkName()
		case tkLBracket:
			p.next()
			sf.Index = p.expr()
			sf.EndLine = p.line()
			p.checkNext(tkRBracket)
		case tkColon:
			p.next()
			sf.NameLine = p.line()
			sf.Method = p.checkName()
			sf.Args = p.args(line)
		case tkLParen, tkString, tkLBrace:
			sf.Args = p.args(line)
		default:
			return s
		}
		s.Suffixes = append(s.Suffixes, sf)
	}
}

// args ::= '(' [exp {',' exp}] ')' | tableCons | String; line is where the
// called expression starts, which Lua names when the ')' is missing.
func (p *parser) args(line int) *args {
	a := &args{Pos: p.tok.Pos}
	switch p.tok.Type {
	case tkLParen:
		p.next()
		if p.tok.Type != tkRParen {
			a.List = p.expList()
		}
		a.EndLine = p.line()
		p.checkMatch(tkRParen, tkLParen, line)
	case tkLBrace:
		a.Table = p.tableCons()
		a.EndLine = a.Table.EndLine
	case tkString:
		a.Str = p.tok.Value
		a.EndLine = p.line()
		p.next()
	default:
		p.syntaxError("function arguments expected")
	}
	return a
}

// tableCons ::= '{' [field {sep field} [sep]] '}'
func (p *parser) tableCons() *tableCons {
	t := &tableCons{Pos: p.tok.Pos}
	line := p.line()
	p.checkNext(tkLBrace)
	for p.tok.Type != tkRBrace {
		t.Fields = append(t.Fields, p.field())
		if !p.testNext(tkComma) && !p.testNext(tkSemi) {
			break
		}
	}
	t.EndLine = p.line()
	p.checkMatch(tkRBrace, tkLBrace, line)
	return t
}

// field ::= '[' exp ']' '=' exp | Name '=' exp | exp
func (p *parser) field() *field {
	f := &field{Pos: p.tok.Pos}
	switch {
	case p.tok.Type == tkName && p.lookahead() == tkAssign:
		f.Name = p.tok.Value
		p.next()
		f.EqLine = p.line()
		p.next()
	case p.tok.Type == tkLBracket:
		p.next()
		f.Key = p.expr()
		p.checkNext(tkRBracket)
		f.EqLine = p.line()
		p.checkNext(tkAssign)
	}
	f.Value = p.expr()
	return f
}
