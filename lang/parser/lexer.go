// This file is the hand-written Lua 5.4 lexer. It implements participle's
// lexer.Definition and lexer.Lexer interfaces, so participle's PeekingLexer
// carries its tokens to the grammar hooks.
//
// Design notes:
//   - Participle reads the whole token stream before parsing, but Lua reports
//     a lexical error only when the parser reaches the bad token. So the lexer
//     never returns an error: it ends the stream with a tkError token holding
//     the message, and the parser raises it when that token becomes current.
//   - A token's Pos.Line is the line where the token ends (Lua's linenumber
//     once it has read the token): Lua attributes code and errors to that line.
//     Pos.Offset and Pos.Column are the token's first byte.
//   - A string token's Value is its text as Lua's buffer holds it (delimiters
//     kept, escapes decoded, a long string's first newline dropped): that is
//     the text error messages quote, and the value is a slice of it.
//   - A regexp lexer ran at about 1 MB/s; this one keeps to plain byte
//     switches and takes its substrings from the source without copying.

package parser

import (
	"io"
	"strconv"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
	"github.com/pluto-go/pluto-go/heap"
)

// tokenType is a participle token type for Lua tokens.
type tokenType = lexer.TokenType

// Token types. Keywords come first, in Lua's order; then the symbols.
const (
	tkEOF tokenType = lexer.EOF

	tkAnd tokenType = iota
	tkBreak
	tkDo
	tkElse
	tkElseif
	tkEnd
	tkFalse
	tkFor
	tkFunction
	tkGoto
	tkIf
	tkIn
	tkLocal
	tkNil
	tkNot
	tkOr
	tkRepeat
	tkReturn
	tkThen
	tkTrue
	tkUntil
	tkWhile

	tkIDiv   // //
	tkConcat // ..
	tkDots   // ...
	tkEq     // ==
	tkGe     // >=
	tkLe     // <=
	tkNe     // ~=
	tkShl    // <<
	tkShr    // >>
	tkDbColon
	tkPlus
	tkMinus
	tkStar
	tkSlash
	tkPercent
	tkCaret
	tkHash
	tkAmp
	tkTilde
	tkPipe
	tkLt
	tkGt
	tkAssign
	tkLParen
	tkRParen
	tkLBrace
	tkRBrace
	tkLBracket
	tkRBracket
	tkSemi
	tkColon
	tkComma
	tkDot

	tkName   // Value is the name
	tkNumber // Value is the numeral as written
	tkString // Value is the literal with its delimiters, escapes decoded
	tkChar   // any other byte; matches nothing in the grammar
	tkError  // a lexical error; Value is the message
	numTokens
)

// tokenTexts spells each fixed token the way Lua's messages quote it.
var tokenTexts = [numTokens]string{
	tkAnd: "and", tkBreak: "break", tkDo: "do", tkElse: "else", tkElseif: "elseif",
	tkEnd: "end", tkFalse: "false", tkFor: "for", tkFunction: "function",
	tkGoto: "goto", tkIf: "if", tkIn: "in", tkLocal: "local", tkNil: "nil",
	tkNot: "not", tkOr: "or", tkRepeat: "repeat", tkReturn: "return",
	tkThen: "then", tkTrue: "true", tkUntil: "until", tkWhile: "while",
	tkIDiv: "//", tkConcat: "..", tkDots: "...", tkEq: "==", tkGe: ">=",
	tkLe: "<=", tkNe: "~=", tkShl: "<<", tkShr: ">>", tkDbColon: "::",
	tkPlus: "+", tkMinus: "-", tkStar: "*", tkSlash: "/", tkPercent: "%",
	tkCaret: "^", tkHash: "#", tkAmp: "&", tkTilde: "~", tkPipe: "|",
	tkLt: "<", tkGt: ">", tkAssign: "=", tkLParen: "(", tkRParen: ")",
	tkLBrace: "{", tkRBrace: "}", tkLBracket: "[", tkRBracket: "]",
	tkSemi: ";", tkColon: ":", tkComma: ",", tkDot: ".",
	tkName: "<name>", tkNumber: "<number>", tkString: "<string>",
}

// singleTokens maps the bytes that always form a one-byte token.
var singleTokens = [256]tokenType{
	'+': tkPlus, '*': tkStar, '%': tkPercent, '^': tkCaret, '#': tkHash,
	'&': tkAmp, '|': tkPipe, '(': tkLParen, ')': tkRParen, '{': tkLBrace,
	'}': tkRBrace, ']': tkRBracket, ';': tkSemi, ',': tkComma,
}

// lexDefinition is the participle lexer.Definition for Lua source.
type lexDefinition struct{}

var luaLexer lexDefinition

// Symbols names the token types, for participle grammar tags: keywords and
// symbols go by their spelling ("while", "..."), the rest by Name, Number,
// String, Char and Error.
func (lexDefinition) Symbols() map[string]tokenType {
	m := map[string]tokenType{"EOF": tkEOF, "Name": tkName, "Number": tkNumber,
		"String": tkString, "Char": tkChar, "Error": tkError}
	for t := tkAnd; t <= tkDot; t++ {
		m[tokenTexts[t]] = t
	}
	return m
}

// Lex reads all of r and lexes it.
func (d lexDefinition) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexString(filename, string(b))
}

// LexBytes lexes a copy of src.
func (d lexDefinition) LexBytes(filename string, src []byte) (lexer.Lexer, error) {
	return d.LexString(filename, string(src))
}

// LexString lexes src; token values are substrings of it.
func (lexDefinition) LexString(filename string, src string) (lexer.Lexer, error) {
	return &scanner{src: src, name: filename, line: 1}, nil
}

// scanner is the lexer state: the source, the read position, the current
// line and the offset where that line starts.
type scanner struct {
	src       string
	name      string
	pos       int
	line      int
	lineStart int
	done      bool
	buf       []byte // Lua's token buffer, used only by the slow paths
}

// lexError is a lexical error: the message and, as in Lua's lexerror, the
// text quoted after "near" ("" for none, "<eof>" unquoted at the end).
type lexError struct {
	msg, near string
}

// Next returns the next token; after the end or an error it keeps returning EOF.
func (s *scanner) Next() (lexer.Token, error) {
	if s.done {
		return s.token(tkEOF, "", s.pos, s.lineStart), nil
	}
	t, e := s.scan()
	if e != nil {
		s.done = true
		msg := e.msg
		if e.near != "" {
			msg += " near " + e.near
		}
		t.Type, t.Value = tkError, msg
		t.Pos.Line = s.line
	}
	if t.Type == tkEOF {
		s.done = true
	}
	return t, nil
}

// token builds a token that starts at offset start on the line that starts at ls.
func (s *scanner) token(tt tokenType, v string, start, ls int) lexer.Token {
	return lexer.Token{Type: tt, Value: v, Pos: lexer.Position{
		Filename: s.name, Offset: start, Line: s.line, Column: start - ls + 1}}
}

// peekByte returns the byte at pos+k, or -1 past the end.
func (s *scanner) peekByte(k int) int {
	if s.pos+k < len(s.src) {
		return int(s.src[s.pos+k])
	}
	return -1
}

// newline skips a line break at pos ("\n", "\r", "\r\n" or "\n\r") and counts it.
func (s *scanner) newline() {
	c := s.src[s.pos]
	s.pos++
	if s.pos < len(s.src) {
		if d := s.src[s.pos]; (d == '\n' || d == '\r') && d != c {
			s.pos++
		}
	}
	s.line++
	s.lineStart = s.pos
}

// scan skips blanks and comments and reads one token.
func (s *scanner) scan() (lexer.Token, *lexError) {
	for s.pos < len(s.src) {
		start, ls := s.pos, s.lineStart
		c := s.src[s.pos]
		switch {
		case c == '\n' || c == '\r':
			s.newline()
		case c == ' ' || c == '\t' || c == '\f' || c == '\v':
			s.pos++
		case c == '-' && s.peekByte(1) == '-':
			if e := s.skipComment(); e != nil {
				return s.token(tkError, "", start, ls), e
			}
		case isAlpha(c):
			return s.scanName(start, ls), nil
		case isDigit(c) || (c == '.' && isDigit(byte(s.peekByte(1)))):
			return s.scanNumber(start, ls)
		case c == '"' || c == '\'':
			return s.scanString(start, ls)
		case c == '[':
			return s.scanBracket(start, ls)
		default:
			return s.scanSymbol(start, ls), nil
		}
	}
	return s.token(tkEOF, "", s.pos, s.lineStart), nil
}

// scanName reads a name or a reserved word.
func (s *scanner) scanName(start, ls int) lexer.Token {
	s.pos++
	for s.pos < len(s.src) && isAlnum(s.src[s.pos]) {
		s.pos++
	}
	v := s.src[start:s.pos]
	return s.token(keyword(v), v, start, ls)
}

// keyword returns the token type of a reserved word, or tkName.
func keyword(v string) tokenType {
	switch v {
	case "and":
		return tkAnd
	case "break":
		return tkBreak
	case "do":
		return tkDo
	case "else":
		return tkElse
	case "elseif":
		return tkElseif
	case "end":
		return tkEnd
	case "false":
		return tkFalse
	case "for":
		return tkFor
	case "function":
		return tkFunction
	case "goto":
		return tkGoto
	case "if":
		return tkIf
	case "in":
		return tkIn
	case "local":
		return tkLocal
	case "nil":
		return tkNil
	case "not":
		return tkNot
	case "or":
		return tkOr
	case "repeat":
		return tkRepeat
	case "return":
		return tkReturn
	case "then":
		return tkThen
	case "true":
		return tkTrue
	case "until":
		return tkUntil
	case "while":
		return tkWhile
	}
	return tkName
}

// scanNumber reads a numeral the way Lua's read_numeral does: liberally,
// then checked by the number conversion.
func (s *scanner) scanNumber(start, ls int) (lexer.Token, *lexError) {
	expo1, expo2 := byte('e'), byte('E')
	if s.src[s.pos] == '.' {
		s.pos++ // Lua reads the digit after a leading '.' as the numeral's first
	}
	if s.src[s.pos] == '0' && (s.peekByte(1) == 'x' || s.peekByte(1) == 'X') {
		s.pos++
		expo1, expo2 = 'p', 'P'
	}
	s.pos++
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		if c == expo1 || c == expo2 {
			s.pos++
			if d := s.peekByte(0); d == '+' || d == '-' {
				s.pos++
			}
		} else if isHexDigit(c) || c == '.' {
			s.pos++
		} else {
			break
		}
	}
	if s.pos < len(s.src) && isAlpha(s.src[s.pos]) {
		s.pos++ // a numeral touching a letter is malformed
	}
	v := s.src[start:s.pos]
	if _, _, _, ok := heap.StringToNumber(v); !ok {
		return s.token(tkError, "", start, ls), &lexError{"malformed number", quote(v)}
	}
	return s.token(tkNumber, v, start, ls), nil
}

// scanSymbol reads an operator or punctuation token, or one stray byte.
func (s *scanner) scanSymbol(start, ls int) lexer.Token {
	c := s.src[s.pos]
	s.pos++
	tt := singleTokens[c]
	next := s.peekByte(0)
	two := func(second int, t2, t1 tokenType) tokenType {
		if next == second {
			s.pos++
			return t2
		}
		return t1
	}
	switch c {
	case '-':
		tt = tkMinus
	case '=':
		tt = two('=', tkEq, tkAssign)
	case '/':
		tt = two('/', tkIDiv, tkSlash)
	case '~':
		tt = two('=', tkNe, tkTilde)
	case ':':
		tt = two(':', tkDbColon, tkColon)
	case '<':
		if tt = two('=', tkLe, tkLt); tt == tkLt {
			tt = two('<', tkShl, tkLt)
		}
	case '>':
		if tt = two('=', tkGe, tkGt); tt == tkGt {
			tt = two('>', tkShr, tkGt)
		}
	case '.':
		tt = tkDot
		if next == '.' {
			s.pos++
			tt = tkConcat
			if s.peekByte(0) == '.' {
				s.pos++
				tt = tkDots
			}
		}
	}
	if tt == 0 {
		tt = tkChar
	}
	return s.token(tt, s.src[start:s.pos], start, ls)
}

// skipComment skips a short or long comment; pos is at its "--".
func (s *scanner) skipComment() *lexError {
	s.pos += 2
	if s.peekByte(0) == '[' {
		if level, ok := s.longBracket(); ok {
			_, e := s.readLong(level, false)
			return e
		}
	}
	for s.pos < len(s.src) && s.src[s.pos] != '\n' && s.src[s.pos] != '\r' {
		s.pos++
	}
	return nil
}

// longBracket checks for "[" "="* "[" at pos. If found it skips the opening
// and returns its level; otherwise pos is unchanged and level is the number
// of '=' that follow the '['.
func (s *scanner) longBracket() (level int, ok bool) {
	i := s.pos + 1
	for i < len(s.src) && s.src[i] == '=' {
		i++
	}
	level = i - s.pos - 1
	if i < len(s.src) && s.src[i] == '[' {
		s.pos = i + 1
		return level, true
	}
	return level, false
}

// scanBracket reads a long string or a '[' token.
func (s *scanner) scanBracket(start, ls int) (lexer.Token, *lexError) {
	level, ok := s.longBracket()
	if !ok {
		if level > 0 {
			s.pos += 1 + level
			return s.token(tkError, "", start, ls),
				&lexError{"invalid long string delimiter", quote(s.src[start:s.pos])}
		}
		s.pos++
		return s.token(tkLBracket, "[", start, ls), nil
	}
	v, e := s.readLong(level, true)
	return s.token(tkString, v, start, ls), e
}

// readLong reads the body of a long string or comment after its opening
// bracket and returns the string as Lua's buffer holds it: the brackets,
// the text without a first newline, every line break as "\n".
func (s *scanner) readLong(level int, isString bool) (string, *lexError) {
	startLine := s.line
	open := s.pos - level - 2
	if s.pos < len(s.src) && (s.src[s.pos] == '\n' || s.src[s.pos] == '\r') {
		s.newline()
	}
	bodyStart, simple := s.pos, s.pos == open+level+2
	for s.pos < len(s.src) {
		switch c := s.src[s.pos]; c {
		case ']':
			if end, ok := s.closeBracket(level); ok {
				if simple {
					return s.src[open:end], nil
				}
				return s.longValue(open, bodyStart, end, level), nil
			}
		case '\n', '\r':
			simple = simple && c == '\n' && s.peekByte(1) != '\r'
			s.newline()
		default:
			s.pos++
		}
	}
	what := "comment"
	if isString {
		what = "string"
	}
	msg := "unfinished long " + what + " (starting at line " + strconv.Itoa(startLine) + ")"
	return "", &lexError{msg, "<eof>"}
}

// closeBracket checks for a closing long bracket of the given level at pos.
// It always moves past the ']' and '='s it reads, as Lua's skip_sep does.
func (s *scanner) closeBracket(level int) (end int, ok bool) {
	s.pos++
	n := 0
	for s.pos < len(s.src) && s.src[s.pos] == '=' {
		s.pos++
		n++
	}
	if n == level && s.pos < len(s.src) && s.src[s.pos] == ']' {
		s.pos++
		return s.pos, true
	}
	return 0, false
}

// longValue rebuilds a long string whose source had a leading newline or
// "\r" line breaks: brackets kept, line breaks normalised to "\n".
func (s *scanner) longValue(open, bodyStart, end, level int) string {
	var b strings.Builder
	b.Grow(end - open)
	b.WriteString(s.src[open : open+level+2])
	body := s.src[bodyStart : end-level-2]
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c == '\n' || c == '\r' {
			if i+1 < len(body) && (body[i+1] == '\n' || body[i+1] == '\r') && body[i+1] != c {
				i++
			}
			c = '\n'
		}
		b.WriteByte(c)
	}
	b.WriteString(s.src[end-level-2 : end])
	return b.String()
}

// quote returns text quoted as Lua's messages quote token text: up to the
// first zero byte, as C's "%s" would.
func quote(text string) string {
	if i := strings.IndexByte(text, 0); i >= 0 {
		text = text[:i]
	}
	return "'" + text + "'"
}

func isAlpha(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isAlnum(c byte) bool { return isAlpha(c) || isDigit(c) }

func isHexDigit(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func hexValue(c byte) int {
	switch {
	case isDigit(c):
		return int(c - '0')
	case c >= 'a':
		return int(c-'a') + 10
	}
	return int(c-'A') + 10
}
