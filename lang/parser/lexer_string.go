// This file lexes short string literals ('...' and "..."), escapes included.
//
// A literal without escapes is a substring of the source. One with escapes
// goes through a slow path that mirrors Lua's token buffer step by step: the
// delimiter and the text so far, with an escape kept raw until it is complete.
// Lua quotes that buffer in its error messages ("invalid escape sequence near
// '"a\q'"), so mirroring it is what makes those messages byte for byte.

package parser

import "github.com/alecthomas/participle/v2/lexer"

// scanString reads a short string literal; pos is at its delimiter.
func (s *scanner) scanString(start, ls int) (lexer.Token, *lexError) {
	del := s.src[start]
	for i := start + 1; i < len(s.src); i++ {
		switch s.src[i] {
		case del:
			s.pos = i + 1
			return s.token(tkString, s.src[start:s.pos], start, ls), nil
		case '\\', '\n', '\r':
			s.pos = start
			v, e := s.slowString()
			return s.token(tkString, v, start, ls), e
		}
	}
	s.pos = len(s.src)
	return s.token(tkError, "", start, ls), &lexError{"unfinished string", "<eof>"}
}

// save appends c to the token buffer.
func (s *scanner) save(c byte) { s.buf = append(s.buf, c) }

// saveNext appends the current byte to the buffer and moves past it.
func (s *scanner) saveNext() {
	s.buf = append(s.buf, s.src[s.pos])
	s.pos++
}

// unsave removes the last n bytes of the buffer.
func (s *scanner) unsave(n int) { s.buf = s.buf[:len(s.buf)-n] }

// stringError builds the error Lua raises for an escape, after it has added
// the current byte (if any) to the buffer.
func (s *scanner) stringError(msg string) *lexError {
	if s.pos < len(s.src) {
		s.saveNext()
	}
	return &lexError{msg, quote(string(s.buf))}
}

// slowString reads a literal with escapes or a line break, as Lua's read_string.
func (s *scanner) slowString() (string, *lexError) {
	s.buf = s.buf[:0]
	del := s.src[s.pos]
	s.saveNext()
	for s.pos >= len(s.src) || s.src[s.pos] != del {
		if s.pos >= len(s.src) {
			return "", &lexError{"unfinished string", "<eof>"}
		}
		switch s.src[s.pos] {
		case '\n', '\r':
			return "", &lexError{"unfinished string", quote(string(s.buf))}
		case '\\':
			if e := s.escape(); e != nil {
				return "", e
			}
		default:
			s.saveNext()
		}
	}
	s.saveNext()
	return string(s.buf), nil
}

// simpleEscapes maps the letter of a one-letter escape to its byte.
var simpleEscapes = [256]byte{
	'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
	'\\': '\\', '"': '"', '\'': '\'',
}

// escape decodes one escape sequence; pos is at its backslash.
func (s *scanner) escape() *lexError {
	s.saveNext() // keep '\' for error messages
	if s.pos >= len(s.src) {
		return nil // the loop reports the unfinished string
	}
	c := s.src[s.pos]
	switch {
	case simpleEscapes[c] != 0:
		s.pos++
		s.unsave(1)
		s.save(simpleEscapes[c])
	case c == '\n' || c == '\r':
		s.newline()
		s.unsave(1)
		s.save('\n')
	case c == 'x':
		return s.hexEscape()
	case c == 'u':
		return s.utf8Escape()
	case c == 'z':
		s.unsave(1)
		s.pos++
		s.skipSpaces()
	case isDigit(c):
		return s.decimalEscape()
	default:
		return s.stringError("invalid escape sequence")
	}
	return nil
}

// skipSpaces skips the white space after "\z", line breaks included.
func (s *scanner) skipSpaces() {
	for s.pos < len(s.src) {
		switch s.src[s.pos] {
		case '\n', '\r':
			s.newline()
		case ' ', '\t', '\f', '\v':
			s.pos++
		default:
			return
		}
	}
}

// hexDigit saves the current byte and checks that the next one is a hex digit.
func (s *scanner) hexDigit() (int, *lexError) {
	s.saveNext()
	if s.pos >= len(s.src) || !isHexDigit(s.src[s.pos]) {
		return 0, s.stringError("hexadecimal digit expected")
	}
	return hexValue(s.src[s.pos]), nil
}

// hexEscape decodes "\xXX"; pos is at the 'x'.
func (s *scanner) hexEscape() *lexError {
	hi, e := s.hexDigit()
	if e != nil {
		return e
	}
	lo, e := s.hexDigit()
	if e != nil {
		return e
	}
	s.pos++
	s.unsave(3)
	s.save(byte(hi<<4 | lo))
	return nil
}

// decimalEscape decodes "\ddd" (up to three digits, at most 255).
func (s *scanner) decimalEscape() *lexError {
	r, i := 0, 0
	for ; i < 3 && s.pos < len(s.src) && isDigit(s.src[s.pos]); i++ {
		r = 10*r + int(s.src[s.pos]-'0')
		s.saveNext()
	}
	if r > 255 {
		return s.stringError("decimal escape too large")
	}
	s.unsave(i + 1)
	s.save(byte(r))
	return nil
}

// utf8Escape decodes "\u{XXX}" (up to 2^31-1) into UTF-8; pos is at the 'u'.
func (s *scanner) utf8Escape() *lexError {
	s.saveNext()
	if s.pos >= len(s.src) || s.src[s.pos] != '{' {
		return s.stringError("missing '{'")
	}
	r, e := s.hexDigit()
	if e != nil {
		return e
	}
	n := 4 // '\', 'u', '{' and the first digit
	for s.saveNext(); s.pos < len(s.src) && isHexDigit(s.src[s.pos]); s.saveNext() {
		n++
		if r > 0x7FFFFFFF>>4 {
			return s.stringError("UTF-8 value too large")
		}
		r = r<<4 + hexValue(s.src[s.pos])
	}
	if s.pos >= len(s.src) || s.src[s.pos] != '}' {
		return s.stringError("missing '}'")
	}
	s.pos++
	s.unsave(n)
	s.buf = appendUTF8(s.buf, uint32(r))
	return nil
}

// appendUTF8 encodes x as Lua does: the original UTF-8 scheme, which goes up
// to six bytes and 2^31-1.
func appendUTF8(b []byte, x uint32) []byte {
	if x < 0x80 {
		return append(b, byte(x))
	}
	var tmp [6]byte
	n := 0
	limit := uint32(0x3f) // largest value the first byte can still hold
	for x > limit {
		tmp[5-n] = byte(0x80 | x&0x3f)
		n++
		x >>= 6
		limit >>= 1
	}
	tmp[5-n] = byte(^limit<<1 | x)
	return append(b, tmp[5-n:]...)
}
