// The engine of string.format: parsing one conversion specification the
// way lstrlib.c of C Lua 5.4.4 checks it, and formatting one argument
// the way glibc's printf does. The library function walks the format
// string, fetches and converts each argument itself (raising its own
// "bad argument" errors), and calls these functions per conversion.
//
// A conversion is used in this order, which decides which of two errors
// the script sees:
//
//	spec, n, err := ParseFormatSpec(format[i+1:]) // after a '%' not doubled
//	c: spec.Check(), then the integer argument, then AppendChar
//	d i u o x X: the integer argument, then spec.Check(), then AppendInt
//	a A: spec.Check(), then the number argument, then AppendFloat
//	e E f g G: the number argument, then spec.Check(), then AppendFloat
//	p: spec.Check(), then AppendPointer
//	q: spec.Check(), then AppendQuotedString / Int / Float (or the
//	   "value has no literal form" error for other types)
//	s: tostring of the argument (with __tostring), then, if
//	   spec.HasModifiers(), the "string contains zeros" check and
//	   spec.Check(); then AppendString
//	anything else: spec.Check() fails
//
// The "no value" error for a missing argument comes before all of these.

package stdlib

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// FormatError is an error in a string.format conversion specification;
// Error returns C Lua's message, such as
// "invalid conversion '%y' to 'format'".
type FormatError struct {
	Msg string
}

// Error returns the Lua message.
func (e *FormatError) Error() string { return e.Msg }

const (
	maxFormatSpec   = 32 // MAX_FORMAT of lstrlib.c
	formatSpanChars = "-+ #0123456789."
	flagsFloat      = "-+#0 "
	flagsHex        = "-#0"
	flagsInt        = "-+0 "
	flagsUnsigned   = "-0"
	flagsChar       = "-"
)

// FormatArg says what kind of argument a conversion takes.
type FormatArg uint8

const (
	// ArgInvalid marks an unknown conversion; Check reports it.
	ArgInvalid FormatArg = iota
	// ArgChar takes an integer and writes one byte (%c).
	ArgChar
	// ArgInt takes an integer (%d %i %u %o %x %X).
	ArgInt
	// ArgFloat takes a number as a float (%a %A %e %E %f %g %G).
	ArgFloat
	// ArgPointer takes any value's identity (%p).
	ArgPointer
	// ArgLiteral takes a string, number, boolean or nil (%q).
	ArgLiteral
	// ArgString takes any value through tostring (%s).
	ArgString
)

// FormatSpec is one conversion specification of string.format, such as
// "%-8.3f".
type FormatSpec struct {
	// Conv is the conversion letter (0 if the format ended first).
	Conv byte
	// Form is the specification as written, '%' included; it is what
	// error messages quote.
	Form string
	// Flags, as C's printf reads them.
	Minus, Plus, Space, Hash, Zero bool
	// Width is the minimum field width, 0 if absent.
	Width int
	// Prec is the precision, or -1 if absent.
	Prec int
}

// ParseFormatSpec reads the specification that starts right after a '%'
// (which is not a "%%") at the start of rest, and returns it with the
// number of bytes of rest it spans, conversion letter included. The only
// error is a specification too long to be valid ("invalid format (too
// long)"); whether flags, width and precision suit the conversion is
// checked later by [FormatSpec.Check].
func ParseFormatSpec(rest string) (FormatSpec, int, error) {
	span := 0
	for span < len(rest) && strings.IndexByte(formatSpanChars, rest[span]) >= 0 {
		span++
	}
	if span+1 >= maxFormatSpec-10 {
		return FormatSpec{}, 0, &FormatError{Msg: "invalid format (too long)"}
	}
	fs := FormatSpec{Form: "%" + rest[:span], Prec: -1}
	n := span
	if span < len(rest) {
		fs.Conv = rest[span]
		fs.Form += rest[span : span+1]
		n++
	}
	fs.parseModifiers(rest[:span])
	return fs, n, nil
}

// parseModifiers fills the flags, width and precision from the text
// between '%' and the conversion letter, as printf would read it.
func (fs *FormatSpec) parseModifiers(mods string) {
	i := 0
flags:
	for ; i < len(mods); i++ {
		switch mods[i] {
		case '-':
			fs.Minus = true
		case '+':
			fs.Plus = true
		case ' ':
			fs.Space = true
		case '#':
			fs.Hash = true
		case '0':
			fs.Zero = true
		default:
			break flags
		}
	}
	fs.Width, i = specDigits(mods, i)
	if i < len(mods) && mods[i] == '.' {
		fs.Prec, _ = specDigits(mods, i+1)
	}
}

// specDigits reads a decimal number at s[i:], returning 0 if there is
// none, and the offset after it.
func specDigits(s string, i int) (int, int) {
	n := 0
	for ; i < len(s) && asciiDigit(s[i]) && n < 1e6; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n, i
}

// Arg returns what kind of argument the conversion takes.
func (fs *FormatSpec) Arg() FormatArg {
	switch fs.Conv {
	case 'c':
		return ArgChar
	case 'd', 'i', 'u', 'o', 'x', 'X':
		return ArgInt
	case 'a', 'A', 'e', 'E', 'f', 'g', 'G':
		return ArgFloat
	case 'p':
		return ArgPointer
	case 'q':
		return ArgLiteral
	case 's':
		return ArgString
	}
	return ArgInvalid
}

// HasModifiers reports whether anything stands between '%' and the
// conversion letter.
func (fs *FormatSpec) HasModifiers() bool {
	return len(fs.Form) > 2
}

// Check reports whether the flags, width and precision are allowed for
// the conversion, with C Lua's error otherwise: "invalid conversion
// specification: '%#d'", "specifier '%q' cannot have modifiers", or
// "invalid conversion '%y' to 'format'" for an unknown conversion.
func (fs *FormatSpec) Check() error {
	switch fs.Conv {
	case 'c', 'p':
		return fs.checkForm(flagsChar, false)
	case 'd', 'i':
		return fs.checkForm(flagsInt, true)
	case 'u':
		return fs.checkForm(flagsUnsigned, true)
	case 'o', 'x', 'X':
		return fs.checkForm(flagsHex, true)
	case 'a', 'A', 'e', 'E', 'f', 'g', 'G':
		return fs.checkForm(flagsFloat, true)
	case 's':
		if !fs.HasModifiers() {
			return nil
		}
		return fs.checkForm(flagsChar, true)
	case 'q':
		if fs.HasModifiers() {
			return &FormatError{Msg: "specifier '%q' cannot have modifiers"}
		}
		return nil
	}
	return &FormatError{Msg: "invalid conversion '" + fs.Form + "' to 'format'"}
}

// checkForm validates Form against the allowed flags: any number of
// them, then a width of at most two digits that does not start with '0',
// then (if precision) a '.' and at most two digits, then the letter.
func (fs *FormatSpec) checkForm(flags string, precision bool) error {
	spec := fs.Form[1:]
	for len(spec) > 0 && strings.IndexByte(flags, spec[0]) >= 0 {
		spec = spec[1:]
	}
	if len(spec) > 0 && spec[0] != '0' {
		spec = skip2Digits(spec)
		if len(spec) > 0 && spec[0] == '.' && precision {
			spec = skip2Digits(spec[1:])
		}
	}
	if len(spec) == 0 || !asciiAlpha(spec[0]) {
		return &FormatError{Msg: "invalid conversion specification: '" + fs.Form + "'"}
	}
	return nil
}

func skip2Digits(s string) string {
	for i := 0; i < 2 && len(s) > 0 && asciiDigit(s[0]); i++ {
		s = s[1:]
	}
	return s
}

// pad appends body to dst, padded to the field width: on the right with
// '-', else after the first prefixLen bytes of body with zeros when
// zeros is set, else on the left with spaces.
func (fs *FormatSpec) pad(dst []byte, body string, prefixLen int, zeros bool) []byte {
	fill := fs.Width - len(body)
	switch {
	case fill <= 0:
		return append(dst, body...)
	case fs.Minus:
		dst = append(dst, body...)
		return appendFill(dst, ' ', fill)
	case zeros:
		dst = append(dst, body[:prefixLen]...)
		dst = appendFill(dst, '0', fill)
		return append(dst, body[prefixLen:]...)
	}
	dst = appendFill(dst, ' ', fill)
	return append(dst, body...)
}

// appendFill appends n copies of c to dst.
func appendFill(dst []byte, c byte, n int) []byte {
	if n <= 0 {
		return dst
	}
	dst = slices.Grow(dst, n)
	for ; n > 0; n-- {
		dst = append(dst, c)
	}
	return dst
}

// AppendChar appends the %c conversion of n: the byte n modulo 256.
func (fs *FormatSpec) AppendChar(dst []byte, n int64) []byte {
	return fs.pad(dst, string([]byte{byte(n)}), 0, false)
}

// AppendString appends the %s conversion of s. Without modifiers s is
// copied whole; so it is when there is no precision and s has 100 bytes
// or more, as in the reference. The caller rejects a string with zeros
// when there are modifiers.
func (fs *FormatSpec) AppendString(dst []byte, s string) []byte {
	if !fs.HasModifiers() || (fs.Prec < 0 && len(s) >= 100) {
		return append(dst, s...)
	}
	if fs.Prec >= 0 && len(s) > fs.Prec {
		s = s[:fs.Prec]
	}
	return fs.pad(dst, s, 0, false)
}

// AppendPointer appends the %p conversion of a value's identity: p in
// hexadecimal with a "0x" prefix, or "(null)" for 0 (numbers, booleans
// and nil have no identity).
func (fs *FormatSpec) AppendPointer(dst []byte, p uint64) []byte {
	if p == 0 {
		return fs.pad(dst, "(null)", 0, false)
	}
	return fs.pad(dst, "0x"+strconv.FormatUint(p, 16), 0, false)
}

// AppendInt appends the integer conversion (%d %i %u %o %x %X) of n,
// with C's rules for precision (minimum digits; ".0" prints nothing for
// 0), for '#' ("0x" before non-zero hexadecimal, a leading 0 in octal)
// and for '0' (ignored with a precision). Only %d and %i are signed.
func (fs *FormatSpec) AppendInt(dst []byte, n int64) []byte {
	u, sign := uint64(n), ""
	if fs.Conv == 'd' || fs.Conv == 'i' {
		switch {
		case n < 0:
			u, sign = -u, "-"
		case fs.Plus:
			sign = "+"
		case fs.Space:
			sign = " "
		}
	}
	digits := fs.intDigits(u)
	if fs.Prec > len(digits) {
		digits = strings.Repeat("0", fs.Prec-len(digits)) + digits
	}
	prefix := sign
	switch {
	case fs.Hash && fs.Conv == 'o' && !strings.HasPrefix(digits, "0"):
		digits = "0" + digits
	case fs.Hash && fs.Conv == 'x' && u != 0:
		prefix += "0x"
	case fs.Hash && fs.Conv == 'X' && u != 0:
		prefix += "0X"
	}
	return fs.pad(dst, prefix+digits, len(prefix), fs.Zero && fs.Prec < 0)
}

// intDigits returns the digits of u in the conversion's base; none for 0
// with a zero precision.
func (fs *FormatSpec) intDigits(u uint64) string {
	if u == 0 && fs.Prec == 0 {
		return ""
	}
	switch fs.Conv {
	case 'o':
		return strconv.FormatUint(u, 8)
	case 'x':
		return strconv.FormatUint(u, 16)
	case 'X':
		return strings.ToUpper(strconv.FormatUint(u, 16))
	}
	return strconv.FormatUint(u, 10)
}

// AppendFloat appends the float conversion (%a %A %e %E %f %g %G) of f
// exactly as glibc's printf writes it: correctly rounded decimal digits
// (ties to even), "inf" and "nan" (upper case for the upper-case
// conversions, "-nan" when the sign bit is set), and hexadecimal
// mantissas that start with 1 (0 for subnormals) and may round up to 2.
func (fs *FormatSpec) AppendFloat(dst []byte, f float64) []byte {
	upper := fs.Conv == 'A' || fs.Conv == 'E' || fs.Conv == 'G'
	sign := ""
	switch {
	case math.Signbit(f):
		sign = "-"
	case fs.Plus:
		sign = "+"
	case fs.Space:
		sign = " "
	}
	var body string
	prefixLen := len(sign)
	abs := math.Abs(f)
	switch {
	case math.IsInf(f, 0):
		body = "inf"
	case math.IsNaN(f):
		body = "nan"
	case fs.Conv == 'a' || fs.Conv == 'A':
		body = formatHexFloat(abs, fs.Prec, fs.Hash)
		prefixLen += 2 // zeros go after "0x"
	case fs.Conv == 'e' || fs.Conv == 'E':
		body = formatExpFloat(abs, fs.Prec, fs.Hash)
	case fs.Conv == 'f':
		body = formatFixedFloat(abs, fs.Prec, fs.Hash)
	default:
		body = formatGeneralFloat(abs, fs.Prec, fs.Hash)
	}
	if upper {
		body = strings.ToUpper(body)
	}
	finite := !math.IsInf(f, 0) && !math.IsNaN(f)
	return fs.pad(dst, sign+body, prefixLen, fs.Zero && finite)
}

// defaultPrec returns prec, or 6 when it is absent.
func defaultPrec(prec int) int {
	if prec < 0 {
		return 6
	}
	return prec
}

// formatExpFloat formats a non-negative finite f as %e.
func formatExpFloat(f float64, prec int, hash bool) string {
	prec = defaultPrec(prec)
	s := strconv.FormatFloat(f, 'e', prec, 64)
	if prec == 0 && hash {
		i := strings.IndexByte(s, 'e')
		s = s[:i] + "." + s[i:]
	}
	return s
}

// formatFixedFloat formats a non-negative finite f as %f.
func formatFixedFloat(f float64, prec int, hash bool) string {
	prec = defaultPrec(prec)
	s := strconv.FormatFloat(f, 'f', prec, 64)
	if prec == 0 && hash {
		s += "."
	}
	return s
}

// formatGeneralFloat formats a non-negative finite f as %g: %e or %f after the
// decimal exponent, without trailing zeros unless hash is set.
func formatGeneralFloat(f float64, prec int, hash bool) string {
	p := defaultPrec(prec)
	if p == 0 {
		p = 1
	}
	e := strconv.FormatFloat(f, 'e', p-1, 64)
	x, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	var s string
	if x < -4 || x >= p {
		s = formatExpFloat(f, p-1, hash)
	} else {
		s = formatFixedFloat(f, p-1-x, hash)
	}
	if hash {
		return s
	}
	mant, exp, hasExp := strings.Cut(s, "e")
	if strings.IndexByte(mant, '.') >= 0 {
		mant = strings.TrimSuffix(strings.TrimRight(mant, "0"), ".")
	}
	if hasExp {
		return mant + "e" + exp
	}
	return mant
}

// formatHexFloat formats a non-negative finite f as glibc's %a: "0x", the
// leading digit (1, or 0 for zero and subnormals), the fraction in
// hexadecimal (all significant digits when prec < 0, else rounded to
// prec digits with ties to even), and a binary exponent "p+N".
func formatHexFloat(f float64, prec int, hash bool) string {
	bits := math.Float64bits(f)
	frac := bits & (1<<52 - 1)
	lead, exp := uint64(1), int(bits>>52)-1023
	switch {
	case f == 0:
		lead, exp = 0, 0
	case bits>>52 == 0:
		lead, exp = 0, -1022
	}
	digits := 13
	if prec < 0 {
		for digits > 0 && frac&0xf == 0 {
			frac >>= 4
			digits--
		}
	} else if prec < 13 {
		lead, frac = roundHex(lead, frac, 13-prec)
		digits = prec
	}
	s := "0x" + strconv.FormatUint(lead, 16)
	if digits > 0 || prec > 0 || hash {
		s += "."
	}
	if digits > 0 {
		hex := strconv.FormatUint(frac, 16)
		s += strings.Repeat("0", digits-len(hex)) + hex
	}
	if prec > 13 {
		s += strings.Repeat("0", prec-13)
	}
	return s + "p" + signedExp(exp)
}

// roundHex drops the last drop hexadecimal digits of the 13-digit
// fraction frac, rounding to nearest with ties to even; a carry goes into
// lead.
func roundHex(lead, frac uint64, drop int) (uint64, uint64) {
	shift := uint(4 * drop)
	rest := frac & (1<<shift - 1)
	frac >>= shift
	half := uint64(1) << (shift - 1)
	if rest > half || (rest == half && frac&1 == 1) ||
		(rest == half && drop == 13 && lead&1 == 1) {
		frac++
	}
	if frac>>(52-shift) != 0 {
		lead++
		frac = 0
	}
	return lead, frac
}

func signedExp(e int) string {
	if e < 0 {
		return strconv.Itoa(e)
	}
	return "+" + strconv.Itoa(e)
}

// AppendQuotedString appends s as %q writes it: in double quotes, with
// '"', '\\' and newline escaped by a backslash (the newline stays a real
// one), other control bytes as decimal escapes ("\0", or "\000" when a
// digit follows), and every other byte unchanged.
func AppendQuotedString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\' || c == '\n':
			dst = append(dst, '\\', c)
		case c < 0x20 || c == 0x7f:
			dst = append(dst, '\\')
			if i+1 < len(s) && asciiDigit(s[i+1]) {
				dst = appendFill(dst, '0', 3-len(strconv.Itoa(int(c))))
			}
			dst = strconv.AppendInt(dst, int64(c), 10)
		default:
			dst = append(dst, c)
		}
	}
	return append(dst, '"')
}

// AppendQuotedInt appends n as %q writes an integer: in decimal, except
// math.mininteger, written 0x8000000000000000 so that it reads back as an
// integer.
func AppendQuotedInt(dst []byte, n int64) []byte {
	if n == math.MinInt64 {
		return append(dst, "0x8000000000000000"...)
	}
	return strconv.AppendInt(dst, n, 10)
}

// AppendQuotedFloat appends f as %q writes a float, so that it reads
// back exactly: a hexadecimal float as %a writes it (1.0 is "0x1p+0"),
// 1e9999 and -1e9999 for the infinities, and (0/0) for NaN.
func AppendQuotedFloat(dst []byte, f float64) []byte {
	switch {
	case math.IsInf(f, 1):
		return append(dst, "1e9999"...)
	case math.IsInf(f, -1):
		return append(dst, "-1e9999"...)
	case math.IsNaN(f):
		return append(dst, "(0/0)"...)
	case math.Signbit(f):
		dst = append(dst, '-')
	}
	return append(dst, formatHexFloat(math.Abs(f), -1, false)...)
}
