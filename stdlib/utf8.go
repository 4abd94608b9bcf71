// This file implements Lua's utf8 library: encoding code points, decoding and
// counting UTF-8 sequences, and moving between character positions, with lutf8lib.c's
// rules. Decoding is strict by default (no code point above U+10FFFF, no surrogates);
// the lax variants accept any sequence of up to six bytes for values up to 2^31-1.

package stdlib

import (
	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

var utf8Funcs = []libFunc{
	{"char", utf8Char},
	{"codepoint", utf8Codepoint},
	{"codes", utf8Codes},
	{"len", utf8Len},
	{"offset", utf8Offset},
}

func init() {
	addLibrary(library{UTF8, "utf8", openUTF8})
}

// utf8CharPattern matches exactly one UTF-8 byte sequence (utf8.charpattern).
const utf8CharPattern = "[\x00-\x7F\xC2-\xFD][\x80-\xBF]*"

const (
	maxUnicode = 0x10FFFF   // largest code point of strict decoding
	maxUTF     = 0x7FFFFFFF // largest value utf8.char and lax decoding accept
)

// openUTF8 builds the utf8 library.
func openUTF8(m *vm.VM) heap.Value {
	t := heap.NewTable(0, len(utf8Funcs)+1)
	registerFuncs(m, t, "utf8.", utf8Funcs)
	t.SetStr("charpattern", heap.String(utf8CharPattern))
	m.Register("utf8.codes.iterator", utf8CodesStrict)
	m.Register("utf8.codes.laxiterator", utf8CodesLax)
	return heap.TableValue(t)
}

// utf8RelPos turns a relative position (negative counts from the end) into an absolute
// one, 0 when it falls before the start, as lutf8lib's u_posrelat.
func utf8RelPos(pos int64, n int) int64 {
	switch {
	case pos >= 0:
		return pos
	case -uint64(pos) > uint64(n): // unsigned, so that math.mininteger does not overflow
		return 0
	}
	return int64(n) + pos + 1
}

// isCont reports whether byte i of s is a continuation byte; the end of s is not.
func isCont(s string, i int64) bool {
	return i < int64(len(s)) && s[i]&0xC0 == 0x80
}

// utf8Decode decodes the sequence at s[i:] and returns its value and the offset after
// it, or ok false when the sequence is invalid (strict also rejects values above
// U+10FFFF and surrogates).
func utf8Decode(s string, i int64, strict bool) (code uint32, next int64, ok bool) {
	limits := [...]uint32{^uint32(0), 0x80, 0x800, 0x10000, 0x200000, 0x4000000}
	c := uint32(s[i])
	if c < 0x80 {
		code = c
	} else {
		count := int64(0)
		for ; c&0x40 != 0; c <<= 1 {
			count++
			if !isCont(s, i+count) {
				return 0, 0, false
			}
			code = code<<6 | uint32(s[i+count]&0x3F)
		}
		if count > 5 {
			return 0, 0, false
		}
		code |= (c & 0x7F) << (count * 5)
		if code > maxUTF || code < limits[count] {
			return 0, 0, false
		}
		i += count
	}
	if strict && (code > maxUnicode || (code >= 0xD800 && code <= 0xDFFF)) {
		return 0, 0, false
	}
	return code, i + 1, true
}

// appendUTF8 appends x (at most maxUTF) in UTF-8, using the original five- and six-byte
// forms for values past U+10FFFF, as Lua's "%U" does.
func appendUTF8(dst []byte, x uint32) []byte {
	if x < 0x80 {
		return append(dst, byte(x))
	}
	var buf [6]byte
	n := len(buf)
	mfb := uint32(0x3f) // largest value that fits in the first byte
	for {
		n--
		buf[n] = byte(0x80 | x&0x3f)
		x >>= 6
		mfb >>= 1
		if x <= mfb {
			break
		}
	}
	n--
	buf[n] = byte(^mfb<<1 | x)
	return append(dst, buf[n:]...)
}

func utf8Char(m *vm.VM, args []heap.Value) []heap.Value {
	var b []byte
	for i := 1; i <= len(args); i++ {
		code := uint64(checkInt(m, args, i))
		if code > maxUTF {
			m.ArgError(i, "value out of range")
		}
		b = appendUTF8(b, uint32(code))
	}
	return m.Return(heap.String(string(b)))
}

func utf8Codepoint(m *vm.VM, args []heap.Value) []heap.Value {
	s := checkString(m, args, 1)
	posi := utf8RelPos(optInt(m, args, 2, 1), len(s))
	pose := utf8RelPos(optInt(m, args, 3, posi), len(s))
	lax := !arg(args, 4).IsFalsy()
	if posi < 1 {
		m.ArgError(2, "out of bounds")
	}
	if pose > int64(len(s)) {
		m.ArgError(3, "out of bounds")
	}
	if posi > pose {
		return nil
	}
	if pose-posi >= maxStringSize {
		m.Errorf("string slice too long")
	}
	strCheckStack(m, int(pose-posi)+1, "string slice too long")
	var res []heap.Value
	for i := posi - 1; i < pose; {
		code, next, ok := utf8Decode(s, i, !lax)
		if !ok {
			m.Errorf("invalid UTF-8 code")
		}
		res = append(res, heap.Int(int64(code)))
		i = next
	}
	return res
}

func utf8Codes(m *vm.VM, args []heap.Value) []heap.Value {
	lax := !arg(args, 2).IsFalsy()
	checkString(m, args, 1)
	name := "utf8.codes.iterator"
	if lax {
		name = "utf8.codes.laxiterator"
	}
	it, _ := m.Builtin(name)
	return m.Return(heap.BuiltinValue(it), args[0], heap.Int(0))
}

func utf8CodesStrict(m *vm.VM, args []heap.Value) []heap.Value {
	return utf8CodesNext(m, args, true)
}

func utf8CodesLax(m *vm.VM, args []heap.Value) []heap.Value {
	return utf8CodesNext(m, args, false)
}

// utf8CodesNext is one step of the iteration utf8.codes sets up: from the previous
// position it skips continuation bytes and decodes the next sequence.
func utf8CodesNext(m *vm.VM, args []heap.Value, strict bool) []heap.Value {
	s := checkString(m, args, 1)
	var n uint64
	if v, ok := toNumberArg(arg(args, 2)); ok {
		n = uint64(valueToInt(v))
	}
	for n < uint64(len(s)) && isCont(s, int64(n)) {
		n++
	}
	if n >= uint64(len(s)) {
		return nil
	}
	code, _, ok := utf8Decode(s, int64(n), strict)
	if !ok {
		m.Errorf("invalid UTF-8 code")
	}
	return m.Return(heap.Int(int64(n)+1), heap.Int(int64(code)))
}

// valueToInt converts a number to an integer as lua_tointeger does: 0 when a float has
// no exact integer value.
func valueToInt(v heap.Value) int64 {
	if v.IsInt() {
		return v.AsInt()
	}
	i, _ := heap.FloatToInteger(v.AsFloat(), heap.RoundExact)
	return i
}

func utf8Len(m *vm.VM, args []heap.Value) []heap.Value {
	s := checkString(m, args, 1)
	posi := utf8RelPos(optInt(m, args, 2, 1), len(s))
	posj := utf8RelPos(optInt(m, args, 3, -1), len(s))
	lax := !arg(args, 4).IsFalsy()
	posi--
	if posi < 0 || posi > int64(len(s)) {
		m.ArgError(2, "initial position out of bounds")
	}
	posj--
	if posj >= int64(len(s)) {
		m.ArgError(3, "final position out of bounds")
	}
	var n int64
	for posi <= posj {
		_, next, ok := utf8Decode(s, posi, !lax)
		if !ok {
			return m.Return(heap.Nil, heap.Int(posi+1))
		}
		posi = next
		n++
	}
	return m.Return(heap.Int(n))
}

func utf8Offset(m *vm.VM, args []heap.Value) []heap.Value {
	s := checkString(m, args, 1)
	n := checkInt(m, args, 2)
	def := int64(1)
	if n < 0 {
		def = int64(len(s)) + 1
	}
	posi := utf8RelPos(optInt(m, args, 3, def), len(s)) - 1
	if posi < 0 || posi > int64(len(s)) {
		m.ArgError(3, "position out of bounds")
	}
	if n == 0 {
		for posi > 0 && isCont(s, posi) {
			posi--
		}
		return m.Return(heap.Int(posi + 1))
	}
	if isCont(s, posi) {
		m.Errorf("initial position is a continuation byte")
	}
	if posi, n = utf8Move(s, posi, n); n != 0 {
		return m.Return(heap.Nil)
	}
	return m.Return(heap.Int(posi + 1))
}

// utf8Move moves n characters forward (n > 0, the first being the one at posi) or back
// (n < 0) from byte offset posi of s, stopping at either end, and returns the offset
// reached and the count of moves it could not make.
func utf8Move(s string, posi, n int64) (int64, int64) {
	if n < 0 {
		for ; n < 0 && posi > 0; n++ {
			posi--
			for posi > 0 && isCont(s, posi) {
				posi--
			}
		}
		return posi, n
	}
	for n--; n > 0 && posi < int64(len(s)); n-- {
		posi++
		for isCont(s, posi) {
			posi++
		}
	}
	return posi, n
}
