// The engine of string.pack, string.unpack and string.packsize: binary
// serialisation after a format string, as lstrlib.c of C Lua 5.4.4 does
// it on a 64-bit little-endian machine (int 4 bytes, long, size_t and
// lua_Integer 8, native maximum alignment 8).
//
// Format options: "<" ">" "=" set the byte order, "![n]" the maximum
// alignment; "b" "B" "h" "H" "i[n]" "I[n]" "l" "L" "j" "J" "T" are
// integers, "f" "d" "n" floats, "s[n]" "z" "cn" strings, "x" one byte
// of padding, "Xop" alignment padding for op, and spaces are ignored.
//
// Arguments are fetched one at a time, in format order, through
// [PackArgs], so that a bad argument and a bad format option are
// reported in the same order as by the reference.

package stdlib

import (
	"encoding/binary"
	"math"
	"strconv"
	"strings"
)

// PackArgs supplies the arguments of string.pack as each option needs
// them. n is the argument's position in the Lua call (the format is
// argument 1). The methods convert as luaL_checkinteger,
// luaL_checknumber and luaL_checklstring do, and their errors are
// returned by [Pack] unchanged.
type PackArgs interface {
	Integer(n int) (int64, error)
	Number(n int) (float64, error)
	String(n int) (string, error)
}

// PackError is an error of string.pack, string.unpack or
// string.packsize. When Arg is 0 it is a plain Lua error whose message is
// Msg; otherwise the library raises it as a bad-argument error for
// argument Arg with Msg as the extra text, as luaL_argerror does
// ("bad argument #2 to 'pack' (integer overflow)").
type PackError struct {
	Arg int
	Msg string
}

// Error returns the message, with the argument number when there is one.
func (e *PackError) Error() string {
	if e.Arg == 0 {
		return e.Msg
	}
	return "bad argument #" + strconv.Itoa(e.Arg) + " (" + e.Msg + ")"
}

const (
	maxIntSize   = 16                     // MAXINTSIZE: widest integer option
	maxPackSize  = math.MaxInt32          // MAXSIZE: largest size a format may ask for
	nativeAlign  = 8                      // alignment of the widest native type
	maxSizeDigit = (maxPackSize - 9) / 10 // getnum stops reading digits past this
)

// packKind classifies a format option.
type packKind uint8

const (
	kInt      packKind = iota // signed integer
	kUint                     // unsigned integer
	kFloat                    // C float (4 bytes)
	kNumber                   // Lua float (8 bytes)
	kDouble                   // C double (8 bytes)
	kChar                     // fixed-length string
	kString                   // string with a length prefix
	kZstr                     // zero-terminated string
	kPadding                  // one byte of padding
	kPadAlign                 // alignment padding
	kNop                      // configuration or space
)

// packFormat reads a format string option by option.
type packFormat struct {
	fmt      string
	little   bool
	maxAlign int
}

func newPackFormat(format string) *packFormat {
	if i := strings.IndexByte(format, 0); i >= 0 {
		format = format[:i] // the reference reads the format as a C string
	}
	return &packFormat{fmt: format, little: true, maxAlign: 1}
}

// readNum reads a decimal size, or returns def when none follows.
func (pf *packFormat) readNum(def int) int {
	if pf.fmt == "" || !asciiDigit(pf.fmt[0]) {
		return def
	}
	a := 0
	for {
		a = a*10 + int(pf.fmt[0]-'0')
		pf.fmt = pf.fmt[1:]
		if pf.fmt == "" || !asciiDigit(pf.fmt[0]) || a > maxSizeDigit {
			return a
		}
	}
}

// readSize reads the size of an integer option or of '!'.
func (pf *packFormat) readSize(def int) (int, error) {
	sz := pf.readNum(def)
	if sz > maxIntSize || sz <= 0 {
		return 0, &PackError{Msg: "integral size (" + strconv.Itoa(sz) +
			") out of limits [1," + strconv.Itoa(maxIntSize) + "]"}
	}
	return sz, nil
}

// option reads the next option and its size.
func (pf *packFormat) option() (packKind, int, error) {
	opt := pf.fmt[0]
	pf.fmt = pf.fmt[1:]
	switch opt {
	case 'b', 'B', 'h', 'H', 'l', 'L', 'j', 'J', 'T':
		return fixedIntOption(opt)
	case 'f':
		return kFloat, 4, nil
	case 'n':
		return kNumber, 8, nil
	case 'd':
		return kDouble, 8, nil
	case 'i', 'I', 's':
		return pf.sizedOption(opt)
	case 'c':
		sz := pf.readNum(-1)
		if sz == -1 {
			return 0, 0, &PackError{Msg: "missing size for format option 'c'"}
		}
		return kChar, sz, nil
	case 'z':
		return kZstr, 0, nil
	case 'x':
		return kPadding, 1, nil
	case 'X':
		return kPadAlign, 0, nil
	}
	return kNop, 0, pf.setting(opt)
}

// fixedIntOption returns the kind and size of an integer option whose
// size is that of a C type.
func fixedIntOption(opt byte) (packKind, int, error) {
	kind := kInt
	if opt >= 'A' && opt <= 'Z' {
		kind = kUint
	}
	switch opt {
	case 'b', 'B':
		return kind, 1, nil
	case 'h', 'H':
		return kind, 2, nil
	}
	return kind, 8, nil
}

// sizedOption handles i[n], I[n] and s[n].
func (pf *packFormat) sizedOption(opt byte) (packKind, int, error) {
	kind, def := kInt, 4
	switch opt {
	case 'I':
		kind = kUint
	case 's':
		kind, def = kString, 8
	}
	sz, err := pf.readSize(def)
	return kind, sz, err
}

// setting handles the options that change the state or do nothing.
func (pf *packFormat) setting(opt byte) error {
	switch opt {
	case ' ':
	case '<', '=':
		pf.little = true
	case '>':
		pf.little = false
	case '!':
		a, err := pf.readSize(nativeAlign)
		if err != nil {
			return err
		}
		pf.maxAlign = a
	default:
		return &PackError{Msg: "invalid format option '" + string([]byte{opt}) + "'"}
	}
	return nil
}

// next reads the next option and works out the padding needed before it
// at offset total. For "Xop" it also consumes op, whose size gives the
// alignment.
func (pf *packFormat) next(total uint64) (kind packKind, size, pad int, err error) {
	kind, size, err = pf.option()
	if err != nil {
		return 0, 0, 0, err
	}
	align := size
	if kind == kPadAlign {
		if align, err = pf.alignOf(); err != nil {
			return 0, 0, 0, err
		}
	}
	if align <= 1 || kind == kChar {
		return kind, size, 0, nil
	}
	align = min(align, pf.maxAlign)
	if align&(align-1) != 0 {
		return 0, 0, 0, &PackError{Arg: 1, Msg: "format asks for alignment not power of 2"}
	}
	pad = (align - int(total&uint64(align-1))) & (align - 1)
	return kind, size, pad, nil
}

// alignOf reads the option after an 'X' and returns its size, which is
// the alignment 'X' asks for.
func (pf *packFormat) alignOf() (int, error) {
	bad := &PackError{Arg: 1, Msg: "invalid next option for option 'X'"}
	if pf.fmt == "" {
		return 0, bad
	}
	kind, size, err := pf.option()
	if err != nil {
		return 0, err
	}
	if kind == kChar || size == 0 {
		return 0, bad
	}
	return size, nil
}

// Pack returns the binary string that string.pack builds from format
// and the arguments from argument 2 on.
func Pack(format string, args PackArgs) (string, error) {
	pf := newPackFormat(format)
	var out []byte
	arg := 1
	for pf.fmt != "" {
		kind, size, pad, err := pf.next(uint64(len(out)))
		if err != nil {
			return "", err
		}
		out = appendFill(out, 0, pad)
		if kind >= kPadding {
			out = appendFill(out, 0, size)
			continue
		}
		arg++
		if out, err = packValue(out, pf.little, kind, size, arg, args); err != nil {
			return "", err
		}
	}
	return string(out), nil
}

// packValue appends argument arg packed as an option of the given kind
// and size.
func packValue(out []byte, little bool, kind packKind, size, arg int,
	args PackArgs) ([]byte, error) {
	switch kind {
	case kInt, kUint:
		n, err := args.Integer(arg)
		if err != nil {
			return nil, err
		}
		if err := checkIntRange(kind, size, n, arg); err != nil {
			return nil, err
		}
		return packInt(out, uint64(n), little, size, kind == kInt && n < 0), nil
	case kFloat, kNumber, kDouble:
		f, err := args.Number(arg)
		if err != nil {
			return nil, err
		}
		return packFloat(out, f, little, size), nil
	}
	s, err := args.String(arg)
	if err != nil {
		return nil, err
	}
	return packString(out, s, little, kind, size, arg)
}

// checkIntRange reports an integer that does not fit in size bytes.
func checkIntRange(kind packKind, size int, n int64, arg int) error {
	if size >= 8 {
		return nil
	}
	if kind == kUint {
		if uint64(n) >= 1<<(size*8) {
			return &PackError{Arg: arg, Msg: "unsigned overflow"}
		}
		return nil
	}
	lim := int64(1) << (size*8 - 1)
	if n < -lim || n >= lim {
		return &PackError{Arg: arg, Msg: "integer overflow"}
	}
	return nil
}

// packInt appends the low size bytes of n in the given byte order; bytes
// beyond the eighth are 0xff for a negative signed value, else 0.
func packInt(out []byte, n uint64, little bool, size int, neg bool) []byte {
	b := make([]byte, size)
	for i := 0; i < size; i++ {
		c := byte(n >> (8 * min(i, 7)))
		switch {
		case i >= 8 && neg:
			c = 0xff
		case i >= 8:
			c = 0
		}
		if little {
			b[i] = c
		} else {
			b[size-1-i] = c
		}
	}
	return append(out, b...)
}

func packFloat(out []byte, f float64, little bool, size int) []byte {
	order := packByteOrder(little)
	if size == 4 {
		return order.AppendUint32(out, math.Float32bits(float32(f)))
	}
	return order.AppendUint64(out, math.Float64bits(f))
}

// packByteOrder returns the little-endian or the big-endian byte order.
func packByteOrder(little bool) interface {
	binary.ByteOrder
	binary.AppendByteOrder
} {
	if little {
		return binary.LittleEndian
	}
	return binary.BigEndian
}

// packString appends s as a c, s or z option.
func packString(out []byte, s string, little bool, kind packKind, size, arg int) ([]byte, error) {
	switch kind {
	case kChar:
		if len(s) > size {
			return nil, &PackError{Arg: arg, Msg: "string longer than given size"}
		}
		out = append(out, s...)
		return appendFill(out, 0, size-len(s)), nil
	case kString:
		if size < 8 && uint64(len(s)) >= 1<<(size*8) {
			return nil, &PackError{Arg: arg, Msg: "string length does not fit in given size"}
		}
		out = packInt(out, uint64(len(s)), little, size, false)
		return append(out, s...), nil
	}
	if strings.IndexByte(s, 0) >= 0 {
		return nil, &PackError{Arg: arg, Msg: "string contains zeros"}
	}
	out = append(out, s...)
	return append(out, 0), nil
}

// PackSize returns the size of the strings that string.pack builds from
// format, which must not have variable-length options.
func PackSize(format string) (int64, error) {
	pf := newPackFormat(format)
	var total uint64
	for pf.fmt != "" {
		kind, size, pad, err := pf.next(total)
		if err != nil {
			return 0, err
		}
		if kind == kString || kind == kZstr {
			return 0, &PackError{Arg: 1, Msg: "variable-length format"}
		}
		size += pad
		if total > uint64(maxPackSize-size) {
			return 0, &PackError{Arg: 1, Msg: "format result too large"}
		}
		total += uint64(size)
	}
	return int64(total), nil
}

// Unpack decodes data from byte offset pos (0-based, as the library
// computes it from its third argument) after format, as string.unpack
// does. It returns the values (int64, float64 or string) and the 1-based
// position after the last byte read.
func Unpack(format, data string, pos int) ([]any, int64, error) {
	if pos < 0 || pos > len(data) {
		return nil, 0, &PackError{Arg: 3, Msg: "initial position out of string"}
	}
	pf := newPackFormat(format)
	var vals []any
	for pf.fmt != "" {
		kind, size, pad, err := pf.next(uint64(pos))
		if err != nil {
			return nil, 0, err
		}
		if uint64(pad)+uint64(size) > uint64(len(data)-pos) {
			return nil, 0, errDataTooShort
		}
		pos += pad
		if kind >= kPadding {
			pos += size
			continue
		}
		v, n, err := unpackValue(data, pos, pf.little, kind, size)
		if err != nil {
			return nil, 0, err
		}
		vals = append(vals, v)
		pos += n
	}
	return vals, int64(pos) + 1, nil
}

var errDataTooShort = &PackError{Arg: 2, Msg: "data string too short"}

// unpackValue decodes one value at data[pos:] and returns it with the
// number of bytes it took.
func unpackValue(data string, pos int, little bool, kind packKind, size int) (any, int, error) {
	switch kind {
	case kInt, kUint:
		n, err := unpackInt(data[pos:pos+size], little, kind == kInt)
		return n, size, err
	case kFloat:
		bits := packByteOrder(little).Uint32([]byte(data[pos : pos+4]))
		return float64(math.Float32frombits(bits)), size, nil
	case kNumber, kDouble:
		bits := packByteOrder(little).Uint64([]byte(data[pos : pos+8]))
		return math.Float64frombits(bits), size, nil
	case kChar:
		return data[pos : pos+size], size, nil
	case kString:
		n, err := unpackInt(data[pos:pos+size], little, false)
		if err != nil {
			return nil, 0, err
		}
		if uint64(n) > uint64(len(data)-pos-size) {
			return nil, 0, errDataTooShort
		}
		return data[pos+size : pos+size+int(n)], size + int(n), nil
	}
	end := strings.IndexByte(data[pos:], 0)
	if end < 0 {
		return nil, 0, &PackError{Arg: 2, Msg: "unfinished string for format 'z'"}
	}
	return data[pos : pos+end], end + 1, nil
}

// unpackInt decodes an integer of len(b) bytes. A narrower signed value
// is sign-extended; a wider one must have only sign bytes beyond the
// eighth.
func unpackInt(b string, little, signed bool) (int64, error) {
	size := len(b)
	at := func(i int) byte {
		if little {
			return b[i]
		}
		return b[size-1-i]
	}
	var res uint64
	for i := min(size, 8) - 1; i >= 0; i-- {
		res = res<<8 | uint64(at(i))
	}
	if size < 8 && signed {
		mask := uint64(1) << (size*8 - 1)
		res = (res ^ mask) - mask
	}
	var ext byte
	if signed && int64(res) < 0 {
		ext = 0xff
	}
	for i := 8; i < size; i++ {
		if at(i) != ext {
			return 0, &PackError{Msg: strconv.Itoa(size) +
				"-byte integer does not fit into Lua Integer"}
		}
	}
	return int64(res), nil
}
