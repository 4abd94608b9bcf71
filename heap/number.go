// Number conversions and the arithmetic rules that Lua 5.4 gives its two
// number subtypes: string to number, number to string, float to integer,
// floor division, modulo, shifts and mixed integer/float comparisons.
//
// Everything here is pure and matches C Lua 5.4.4 (lobject.c, lvm.c,
// llimits.h) on a 64-bit Linux build: integers are int64, floats are IEEE
// doubles, the C locale is in force, and printf/strtod are glibc's.

package heap

import (
	"math"
	"strconv"
	"strings"
)

// RoundMode says how [FloatToInteger] treats a float with a fractional part.
type RoundMode uint8

const (
	// RoundExact accepts only floats with an integral value.
	RoundExact RoundMode = iota
	// RoundFloor rounds towards minus infinity.
	RoundFloor
	// RoundCeil rounds towards plus infinity.
	RoundCeil
)

// isSpace reports whether c is a white-space byte in the C locale.
func isSpace(c byte) bool {
	return c == ' ' || (c >= '\t' && c <= '\r')
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// hexValue returns the value of the hexadecimal digit c, or -1.
func hexValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// trimSpace removes C-locale white space from both ends of s.
func trimSpace(s string) string {
	for len(s) > 0 && isSpace(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && isSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// StringToNumber converts s the way Lua converts a string to a number
// (tonumber without a base, arithmetic on strings, the lexer's numerals
// excepted). It reports ok false when s is not a numeral. A numeral
// without a dot or exponent whose decimal value does not fit in an
// int64 becomes a float; a hexadecimal one wraps around modulo 2^64.
// Surrounding white space is allowed; "inf", "nan" and embedded NULs
// are not.
func StringToNumber(s string) (i int64, f float64, isFloat, ok bool) {
	if strings.IndexByte(s, 0) >= 0 {
		return 0, 0, false, false
	}
	s = trimSpace(s)
	if i, ok := stringToInt(s); ok {
		return i, 0, false, true
	}
	if f, ok := stringToFloat(s); ok {
		return 0, f, true, true
	}
	return 0, 0, false, false
}

// splitSign removes an optional leading '+' or '-' from s.
func splitSign(s string) (rest string, neg bool) {
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		return s[1:], s[0] == '-'
	}
	return s, false
}

// hasHexPrefix reports whether s starts with "0x" or "0X".
func hasHexPrefix(s string) bool {
	return len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')
}

const (
	maxBy10      = uint64(math.MaxInt64 / 10)
	maxLastDigit = uint64(math.MaxInt64 % 10)
)

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// stringToInt accepts an integer numeral with no surrounding space.
func stringToInt(s string) (int64, bool) {
	s, neg := splitSign(s)
	var a uint64
	if hasHexPrefix(s) {
		s = s[2:]
		for _, c := range []byte(s) {
			d := hexValue(c)
			if d < 0 {
				return 0, false
			}
			a = a*16 + uint64(d)
		}
	} else {
		for _, c := range []byte(s) {
			if !isDigit(c) {
				return 0, false
			}
			d := uint64(c - '0')
			if a >= maxBy10 && (a > maxBy10 || d > maxLastDigit+b2u(neg)) {
				return 0, false // too big: the numeral becomes a float
			}
			a = a*10 + d
		}
	}
	if len(s) == 0 {
		return 0, false
	}
	if neg {
		a = -a
	}
	return int64(a), true
}

// stringToFloat accepts what glibc's strtod accepts, minus infinities and
// NaNs, with no surrounding space; the value is correctly rounded, and
// out-of-range values become infinities or zeros as with strtod.
func stringToFloat(s string) (float64, bool) {
	body, neg := splitSign(s)
	var text string
	if hasHexPrefix(body) {
		mant, exp, ok := scanFloat(body[2:], true)
		if !ok {
			return 0, false
		}
		text = "0x" + mant + "p" + exp
	} else {
		mant, exp, ok := scanFloat(body, false)
		if !ok {
			return 0, false
		}
		text = mant + "e" + exp
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil && !isRangeError(err) {
		return 0, false
	}
	if neg {
		f = -f
	}
	return f, true
}

func isRangeError(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// scanFloat splits a numeral without sign or hex prefix into its mantissa
// (digits with at most one dot, at least one digit) and its exponent
// (an optional sign and decimal digits; "0" when absent). The exponent
// letter is 'p' for hexadecimal numerals and 'e' for decimal ones.
func scanFloat(s string, hex bool) (mant, exp string, ok bool) {
	n := scanMantissa(s, hex)
	if n < 0 {
		return "", "", false
	}
	mant, rest := s[:n], s[n:]
	if rest == "" {
		return mant, "0", true
	}
	if !isExponentLetter(rest[0], hex) {
		return "", "", false
	}
	digits, _ := splitSign(rest[1:])
	if digits == "" || strings.TrimLeft(digits, "0123456789") != "" {
		return "", "", false
	}
	return mant, rest[1:], true
}

// scanMantissa returns the length of the mantissa at the start of s, or -1
// if it has no digit.
func scanMantissa(s string, hex bool) int {
	digits, dot := 0, false
	for n := 0; n < len(s); n++ {
		c := s[n]
		switch {
		case c == '.' && !dot:
			dot = true
		case isDigit(c) || (hex && hexValue(c) >= 0):
			digits++
		default:
			if digits == 0 {
				return -1
			}
			return n
		}
	}
	if digits == 0 {
		return -1
	}
	return len(s)
}

func isExponentLetter(c byte, hex bool) bool {
	if hex {
		return c == 'p' || c == 'P'
	}
	return c == 'e' || c == 'E'
}

// StringToIntBase converts s as tonumber(s, base) does, for a base in
// [2, 36]: optional white space and sign, then at least one letter or
// digit whose value is below base, then optional white space. The value
// wraps around modulo 2^64.
func StringToIntBase(s string, base int) (int64, bool) {
	s, neg := splitSign(strings.TrimLeft(s, " \f\n\r\t\v"))
	s = strings.TrimRight(s, " \f\n\r\t\v")
	if s == "" {
		return 0, false
	}
	var n uint64
	for _, c := range []byte(s) {
		d := digitValue(c)
		if d < 0 || d >= base {
			return 0, false
		}
		n = n*uint64(base) + uint64(d)
	}
	if neg {
		n = -n
	}
	return int64(n), true
}

// digitValue returns the value of c as a digit in bases up to 36, or -1.
func digitValue(c byte) int {
	switch {
	case isDigit(c):
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return -1
}

// FormatInt returns the decimal text of i, as tostring prints an integer.
func FormatInt(i int64) string {
	return strconv.FormatInt(i, 10)
}

// FormatFloat returns the text of f as tostring prints a float: C's
// "%.14g", with ".0" appended when that looks like an integer. Infinities
// print as "inf" and "-inf"; NaNs as "nan" or "-nan" after their sign bit,
// as glibc prints them (on amd64, 0/0 computed at run time is "-nan").
func FormatFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		if math.Signbit(f) {
			return "-nan"
		}
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	s := formatG14(f)
	if strings.TrimLeft(s, "-0123456789") == "" {
		s += ".0"
	}
	return s
}

// formatG14 formats a finite f as C's "%.14g".
func formatG14(f float64) string {
	const prec = 14
	e := strconv.FormatFloat(f, 'e', prec-1, 64)
	x, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if x < -4 || x >= prec {
		mant, exp, _ := strings.Cut(e, "e")
		return trimFraction(mant) + "e" + exp
	}
	return trimFraction(strconv.FormatFloat(f, 'f', prec-1-x, 64))
}

// trimFraction removes trailing zeros after a decimal point, and the point
// itself if nothing follows it.
func trimFraction(s string) string {
	if strings.IndexByte(s, '.') < 0 {
		return s
	}
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// FloatToInteger converts f to an integer, rounding as mode says; ok is
// false when f (after rounding) is outside the int64 range or NaN, or when
// mode is [RoundExact] and f has a fractional part.
func FloatToInteger(f float64, mode RoundMode) (int64, bool) {
	fl := math.Floor(f)
	if f != fl {
		switch mode {
		case RoundExact:
			return 0, false
		case RoundCeil:
			fl++
		}
	}
	if fl >= -(1<<63) && fl < 1<<63 {
		return int64(fl), true
	}
	return 0, false
}

// FloorDivInt returns m // n: the quotient rounded towards minus infinity.
// ok is false when n is zero (Lua's "attempt to perform 'n//0'").
// math.mininteger // -1 wraps around to math.mininteger.
func FloorDivInt(m, n int64) (q int64, ok bool) {
	switch n {
	case 0:
		return 0, false
	case -1:
		return -m, true
	}
	q = m / n
	if (m^n) < 0 && m%n != 0 {
		q--
	}
	return q, true
}

// ModInt returns m % n, whose sign is that of n. ok is false when n is
// zero (Lua's "attempt to perform 'n%%0'").
func ModInt(m, n int64) (r int64, ok bool) {
	switch n {
	case 0:
		return 0, false
	case -1:
		return 0, true
	}
	r = m % n
	if r != 0 && (r^n) < 0 {
		r += n
	}
	return r, true
}

// FloorDivFloat returns a // b for floats: floor(a / b).
func FloorDivFloat(a, b float64) float64 {
	return math.Floor(a / b)
}

// ModFloat returns a % b for floats: C's fmod corrected so that a non-zero
// result has the sign of b. Thus 5.5 % -2 is -0.5, x % 0 is NaN, and
// x % inf is x when x and inf have the same sign.
func ModFloat(a, b float64) float64 {
	m := math.Mod(a, b)
	if (m > 0 && b < 0) || (m < 0 && b > 0) {
		m += b
	}
	return libmNaN(m, a, b)
}

// Pow returns a ^ b, computing a*a for the common b == 2 as Lua does.
func Pow(a, b float64) float64 {
	if b == 2 {
		return a * a
	}
	if a != a && b == b && b != 0 {
		// glibc squares a NaN base, and negates the square for an odd integer
		// exponent, which flips a negative NaN's sign.
		if math.Signbit(a) && isOddInteger(b) {
			return -a
		}
		return a
	}
	return libmNaN(libmPow(a, b), a, b)
}

// isOddInteger reports whether f is an odd integer.
func isOddInteger(f float64) bool {
	return f == math.Trunc(f) && math.Abs(f) < 1<<53 && int64(f)%2 != 0
}

// defaultNaN is the NaN an invalid operation gives on x86-64, with the sign bit
// set (printf writes it "-nan").
var defaultNaN = math.Float64frombits(0xfff8000000000000)

// libmNaN returns r, the result of a C math function on a and b, with the NaN that
// glibc gives when r is one: the first NaN operand, or the default NaN when both
// are numbers. Go's functions return a positive NaN instead.
func libmNaN(r, a, b float64) float64 {
	switch {
	case r == r:
		return r
	case a != a:
		return a
	case b != b:
		return b
	}
	return defaultNaN
}

// ShiftLeft returns x << n as Lua's shift operators define it: a negative
// n shifts right, shifts are logical (zeros enter on either side), and
// |n| >= 64 gives 0.
func ShiftLeft(x, n int64) int64 {
	switch {
	case n <= -64 || n >= 64:
		return 0
	case n < 0:
		return int64(uint64(x) >> uint(-n))
	}
	return int64(uint64(x) << uint(n))
}

// ShiftRight returns x >> n, that is ShiftLeft(x, -n); n may be
// math.MinInt64.
func ShiftRight(x, n int64) int64 {
	if n == math.MinInt64 {
		return 0
	}
	return ShiftLeft(x, -n)
}

// intFitsFloat reports whether i converts to a float without rounding.
func intFitsFloat(i int64) bool {
	const maxExact = 1 << 53
	return uint64(i)+maxExact <= 2*maxExact
}

// EqualIntFloat reports whether the integer i and the float f are equal
// as Lua compares them: exactly, with no rounding of i.
func EqualIntFloat(i int64, f float64) bool {
	fi, ok := FloatToInteger(f, RoundExact)
	return ok && fi == i
}

// LessIntFloat reports whether i < f, exactly; false if f is NaN.
func LessIntFloat(i int64, f float64) bool {
	if intFitsFloat(i) {
		return float64(i) < f
	}
	if fi, ok := FloatToInteger(f, RoundCeil); ok {
		return i < fi
	}
	return f > 0
}

// LessEqualIntFloat reports whether i <= f, exactly; false if f is NaN.
func LessEqualIntFloat(i int64, f float64) bool {
	if intFitsFloat(i) {
		return float64(i) <= f
	}
	if fi, ok := FloatToInteger(f, RoundFloor); ok {
		return i <= fi
	}
	return f > 0
}

// LessFloatInt reports whether f < i, exactly; false if f is NaN.
func LessFloatInt(f float64, i int64) bool {
	if intFitsFloat(i) {
		return f < float64(i)
	}
	if fi, ok := FloatToInteger(f, RoundFloor); ok {
		return fi < i
	}
	return f < 0
}

// LessEqualFloatInt reports whether f <= i, exactly; false if f is NaN.
func LessEqualFloatInt(f float64, i int64) bool {
	if intFitsFloat(i) {
		return f <= float64(i)
	}
	if fi, ok := FloatToInteger(f, RoundCeil); ok {
		return fi <= i
	}
	return f < 0
}

// ForLimitFloat clips the float limit of an integer for loop (one whose
// initial value and step are integers) to an integer limit, as the
// reference does when the limit is a float: floor for a positive step,
// ceil for a negative one, clipped to the integer range. skip reports
// whether the loop must not run at all. A NaN limit counts as below every
// integer, as in the reference: it skips an ascending loop and lets a
// descending one run down to math.mininteger.
func ForLimitFloat(init int64, f float64, step int64) (limit int64, skip bool) {
	mode := RoundFloor
	if step < 0 {
		mode = RoundCeil
	}
	limit, ok := FloatToInteger(f, mode)
	if !ok {
		switch {
		case f > 0:
			if step < 0 {
				return 0, true
			}
			limit = math.MaxInt64
		default:
			if step > 0 {
				return 0, true
			}
			limit = math.MinInt64
		}
	}
	return limit, ForSkip(init, limit, step)
}

// ForSkip reports whether an integer for loop from init to limit with the
// given non-zero step runs zero times.
func ForSkip(init, limit, step int64) bool {
	if step > 0 {
		return init > limit
	}
	return init < limit
}

// ForCount returns how many more times an integer for loop that runs at
// least once repeats after its first iteration, as the reference computes
// it before entering the loop; step must be non-zero and the loop must not
// be skipped (see [ForSkip]).
func ForCount(init, limit, step int64) uint64 {
	if step > 0 {
		count := uint64(limit) - uint64(init)
		if step != 1 {
			count /= uint64(step)
		}
		return count
	}
	count := uint64(init) - uint64(limit)
	return count / (uint64(-(step + 1)) + 1)
}
