// Tests for format.go. Every expected result was printed by lua5.4 5.4.4
// (glibc, amd64) for string.format(format, arg); errors are the messages
// pcall returned.
package stdlib

import (
	"math"
	"strings"
	"testing"
)

// negNaN is the NaN that 0/0 gives on amd64: its sign bit is set.
var negNaN = math.Copysign(math.NaN(), -1)

var formatTests = []struct {
	format string
	arg    any
	want   string
}{
	{"%10.123d", int64(1), "error: invalid conversion specification: '%10.123d'"},
	{"%F", float64(0x1.8p+0), "error: invalid conversion '%F' to 'format'"},
	{"%", int64(1), "error: invalid conversion '%' to 'format'"},
	{"%5", int64(1), "error: invalid conversion '%5' to 'format'"},
	{"%-5q", "a", "error: specifier '%q' cannot have modifiers"},
	{"%q", math.Inf(1), "1e9999"},
	{"%q", math.Inf(-1), "-1e9999"},
	{"%q", negNaN, "(0/0)"},
	{"%q", float64(0x1.8p+0), "0x1.8p+0"},
	{"%q", float64(0x1p+0), "0x1p+0"},
	{"%q", math.Copysign(0, -1), "-0x0p+0"},
	{"%q", int64(math.MinInt64), "0x8000000000000000"},
	{"%q", float64(0x1p+63), "0x1p+63"},
	{"%q", float64(0x1.999999999999ap-4), "0x1.999999999999ap-4"},
	{"%q", int64(42), "42"},
	{"%q", int64(-7), "-7"},
	{"%q", float64(0x0.0000000000001p-1022), "0x0.0000000000001p-1022"},
	{"%q", float64(0x1.1ccf385ebc8ap+1023), "0x1.1ccf385ebc8ap+1023"},
	{"%q", "a\x00b\x001\n\x0d\t\"\\\x7f\xc8x", "\"a\\0b\\0001\\\n\\13\\9\\\"\\\\\\127\xc8x\""},
	{"%q", "\x011\x00", "\"\\0011\\0\""},
	{"%q", "\x0d9", "\"\\0139\""},
	{"%.1a", float64(0x1.08p+0), "0x1.0p+0"},
	{"%.1a", float64(0x1.18p+0), "0x1.2p+0"},
	{"%.1a", float64(0x1.f8p+0), "0x2.0p+0"},
	{"%.0a", float64(0x1.8p+0), "0x2p+0"},
	{"%.0a", float64(0x1.4p+1), "0x1p+1"},
	{"%.0a", float64(0x1.cp+1), "0x2p+1"},
	{"%a", float64(0x0.0000000000001p-1022), "0x0.0000000000001p-1022"},
	{"%a", float64(0x1p-1022), "0x1p-1022"},
	{"%a", float64(0x0.012688b70e62bp-1022), "0x0.012688b70e62bp-1022"},
	{"%.3a", float64(0x0.012688b70e62bp-1022), "0x0.012p-1022"},
	{"%.0a", float64(0x0.012688b70e62bp-1022), "0x0p-1022"},
	{"%.13a", float64(0x1.5555555555555p-2), "0x1.5555555555555p-2"},
	{"%.12a", float64(0x1.5555555555555p-2), "0x1.555555555555p-2"},
	{"%.20a", float64(0x1.5555555555555p-2), "0x1.55555555555550000000p-2"},
	{"%.3a", float64(0x0p+0), "0x0.000p+0"},
	{"%#.0a", float64(0x0p+0), "0x0.p+0"},
	{"%.0a", float64(0x1.fffffffffffffp+1023), "0x2p+1023"},
	{"%a", float64(0x0p+0), "0x0p+0"},
	{"%A", math.Copysign(0, -1), "-0X0P+0"},
	{"%#a", float64(0x1p+0), "0x1.p+0"},
	{"%020a", float64(0x1.8p+0), "0x0000000000001.8p+0"},
	{"%-20a|", float64(0x1.8p+0), "0x1.8p+0            |"},
	{"%+a", float64(0x1.8p+0), "+0x1.8p+0"},
	{"% a", float64(0x1.8p+0), " 0x1.8p+0"},
	{"%10a", math.Inf(1), "       inf"},
	{"%010a", math.Inf(-1), "      -inf"},
	{"%A", negNaN, "-NAN"},
	{"%A", float64(0x1.ffp+7), "0X1.FFP+7"},
	{"%a", float64(-0x1.999999999999ap-4), "-0x1.999999999999ap-4"},
	{"%a", float64(0x1p+63), "0x1p+63"},
	{"%5.2s|", "abc", "   ab|"},
	{"%-5s|", "abc", "abc  |"},
	{"%.0s|", "abc", "|"},
	{"%.3s", strings.Repeat("x", 100), "xxx"},
	{"%.s|", "abc", "|"},
	{"%s", "a\x00b", "a\x00b"},
	{"%5.99s|", "ab", "   ab|"},
	{"%c", int64(65), "A"},
	{"%5c|", int64(65), "    A|"},
	{"%-5c|", int64(65), "A    |"},
	{"%05c", int64(65), "error: invalid conversion specification: '%05c'"},
	{"%.2c", int64(65), "error: invalid conversion specification: '%.2c'"},
	{"%c", int64(322), "B"},
	{"%c", int64(-1), "\xff"},
	{"%d", int64(3), "3"},
	{"%x", int64(-1), "ffffffffffffffff"},
	{"%#x", int64(255), "0xff"},
	{"%#X", int64(0), "0"},
	{"%#o", int64(8), "010"},
	{"%#o", int64(0), "0"},
	{"%o", int64(-1), "1777777777777777777777"},
	{"%u", int64(-1), "18446744073709551615"},
	{"%+d", int64(5), "+5"},
	{"% d", int64(5), " 5"},
	{"%+ d", int64(5), "+5"},
	{"%05d", int64(-42), "-0042"},
	{"%-05d|", int64(-42), "-42  |"},
	{"%.5d", int64(-42), "-00042"},
	{"%08.5d", int64(42), "   00042"},
	{"%.0d|", int64(0), "|"},
	{"%+.0d|", int64(0), "+|"},
	{"%#.0o|", int64(0), "0|"},
	{"%#.0x|", int64(0), "|"},
	{"%5.3x|", int64(10), "  00a|"},
	{"%#5.3x|", int64(10), "0x00a|"},
	{"%#08x", int64(255), "0x0000ff"},
	{"%#-8X|", int64(255), "0XFF    |"},
	{"%d", int64(math.MinInt64), "-9223372036854775808"},
	{"%x", int64(math.MinInt64), "8000000000000000"},
	{"%X", int64(11259375), "ABCDEF"},
	{"%#.3o", int64(8), "010"},
	{"%#5o", int64(8), "  010"},
	{"% 05d", int64(7), " 0007"},
	{"%+05d", int64(7), "+0007"},
	{"%i", int64(42), "42"},
	{"%5.1i", int64(42), "   42"},
	{"%.d", int64(5), "5"},
	{"%5.d|", int64(5), "    5|"},
	{"%-#x", int64(255), "0xff"},
	{"%00005d", int64(1), "00001"},
	{"%u", int64(42), "42"},
	{"%099d", int64(1), "00000000000000000000000000000000000000000000000000000000" +
		"0000000000000000000000000000000000000000001"},
	{"%0-5d|", int64(1), "1    |"},
	{"%-0-0-0-0-0-05d|", int64(1), "1    |"},
	{"%+x", int64(1), "error: invalid conversion specification: '%+x'"},
	{"% u", int64(1), "error: invalid conversion specification: '% u'"},
	{"%#d", int64(1), "error: invalid conversion specification: '%#d'"},
	{"%#c", int64(1), "error: invalid conversion specification: '%#c'"},
	{"%100d", int64(1), "error: invalid conversion specification: '%100d'"},
	{"%-----------------------5d", int64(1), "error: invalid format (too long)"},
	{"%------------------5d|", int64(1), "1    |"},
	{"%e", float64(0x0p+0), "0.000000e+00"},
	{"%e", float64(0x1.81cd6e631f8a1p+13), "1.234568e+04"},
	{"%.0e", float64(0x1.81c8p+13), "1e+04"},
	{"%#.0e", float64(0x1.81c8p+13), "1.e+04"},
	{"%E", float64(0x1.56e1fc2f8f359p-997), "1.000000E-300"},
	{"%g", float64(0x1.86ap+16), "100000"},
	{"%g", float64(0x1.e848p+19), "1e+06"},
	{"%g", float64(0x1.a36e2eb1c432dp-14), "0.0001"},
	{"%g", float64(0x1.4f8b588e368f1p-17), "1e-05"},
	{"%#g", float64(0x1p+0), "1.00000"},
	{"%.0g", float64(0x1.ecp+6), "1e+02"},
	{"%#.0g", float64(0x1.ecp+6), "1.e+02"},
	{"%G", float64(0x1.b7cdfd9d7bdbbp-34), "1E-10"},
	{"%.3g", float64(0x1.02c9dedbc309dp-13), "0.000123"},
	{"%#.3g", float64(0x1p+0), "1.00"},
	{"%g", negNaN, "-nan"},
	{"%g", math.Copysign(0, -1), "-0"},
	{"%g", float64(0x0p+0), "0"},
	{"%5.1f|", math.Copysign(0, -1), " -0.0|"},
	{"%f", float64(0x1.7e43c8800759cp+996), "10000000000000000525047602552044202487044685811081591549" +
		"15854115511802457988908195786371375080447864043704443832" +
		"88387817694252323536043057564479218478670698284838720092" +
		"65758037378302337947880900593689532349707999450811190389" +
		"67640880074652742780142494579258788820056842838115669472" +
		"196386865459400540160.000000"},
	{"%.99f", float64(0x1.5555555555555p-2), "0.333333333333333314829616256247390992939472198486328125" +
		"000000000000000000000000000000000000000000000"},
	{"%.20f", float64(0x1.999999999999ap-4), "0.10000000000000000555"},
	{"%+.3e", float64(0x1p+0), "+1.000e+00"},
	{"% .3e", float64(0x1p+0), " 1.000e+00"},
	{"%010.3f", float64(-0x1.921f9f01b866ep+1), "-00003.142"},
	{"%-10.3f|", float64(0x1.921f9f01b866ep+1), "3.142     |"},
	{"%#.0f", float64(0x1.8p+1), "3."},
	{"%.0f", float64(0x1.4p+1), "2"},
	{"%.0f", float64(0x1.cp+1), "4"},
	{"%.0f", float64(0x1p-1), "0"},
	{"%.1f", float64(0x1p-2), "0.2"},
	{"%.2e", float64(0x1.2p+0), "1.12e+00"},
	{"%f", math.Inf(1), "inf"},
	{"%05f", math.Inf(1), "  inf"},
	{"%-8f|", negNaN, "-nan    |"},
	{"%+f", math.NaN(), "+nan"},
	{"% f", math.Inf(1), " inf"},
	{"%E", math.Inf(-1), "-INF"},
	{"%G", math.NaN(), "NAN"},
	{"%g", float64(0x1.249ad2594c37dp+332), "1e+100"},
	{"%.14g", float64(0x1p+63), "9.2233720368548e+18"},
	{"%.17g", float64(0x1.999999999999ap-4), "0.10000000000000001"},
	{"%g", float64(0x1.d6f3454p+26), "1.23457e+08"},
	{"%.10g", float64(0x1.d6f3454p+26), "123456789"},
	{"%#.10g", float64(0x1.d6f3454p+26), "123456789.0"},
	{"%g", float64(0x1.a36e2eb1c432dp-14), "0.0001"},
	{"%#g", float64(0x1.a36e2eb1c432dp-14), "0.000100000"},
	{"%.99e", float64(0x1.5555555555555p-2), "3.333333333333333148296162562473909929394721984863281250" +
		"000000000000000000000000000000000000000000000e-01"},
	{"%99.99f", float64(-0x1.1ccf385ebc8ap+1023), "-1000000000000000010979063629440455417404923096773118463" +
		"36810682903157585404911491537163328978494688899061249669" +
		"72117251561159028374314008832830700919814604603127166450" +
		"29330271856974896995885590433383844661650011784268976262" +
		"12945177628091195786707458122783970171784415105291802893" +
		"207873272974885715430223118336.0000000000000000000000000" +
		"00000000000000000000000000000000000000000000000000000000" +
		"000000000000000000"},
	{"%e", float64(0x0.0000000000001p-1022), "4.940656e-324"},
	{"%g", float64(0x0.0000000000001p-1022), "4.94066e-324"},
	{"%.0e", float64(0x0.0000000000001p-1022), "5e-324"},
	{"%f", float64(0x1.ad7f29abcaf48p-24), "0.000000"},
	{"%.3f", float64(0x1.0020c49ba5e35p+0), "1.000"},
	{"%.2f", float64(0x1.0147ae147ae14p+0), "1.00"},
	{"%#x", int64(0), "0"},
	{"% 05.2f", float64(0x1.8p+0), " 1.50"},
	{"%-+ #0a", float64(0x1p+0), "+0x1.p+0"},
	{"%+#.0e", float64(0x0p+0), "+0.e+00"},
	{"%G", float64(0x1.5af1d78b58c4p+66), "1E+20"},
	{"%.1g", float64(0x1.999999999999ap-5), "0.05"},
	{"%.1g", float64(0x1.e666666666666p-1), "0.9"},
	{"%g", float64(0x1.e847fp+19), "1e+06"},
	{"%g", float64(0x1.312cf6p+23), "1e+07"},
	{"%.3G", float64(0x1.4f8b588e368f1p-17), "1E-05"},
	{"%p", int64(1), "(null)"},
	{"%10p|", int64(1), "    (null)|"},
	{"%-10p|", int64(1), "(null)    |"},
	{"%.3p", int64(1), "error: invalid conversion specification: '%.3p'"},
	{"%05p", int64(1), "error: invalid conversion specification: '%05p'"},
	{"%ld", int64(1), "error: invalid conversion '%l' to 'format'"},
	{"%hd", int64(1), "error: invalid conversion '%h' to 'format'"},
	{"%n", int64(1), "error: invalid conversion '%n' to 'format'"},
	{"%z", int64(1), "error: invalid conversion '%z' to 'format'"},
	{"%.3q", "a", "error: specifier '%q' cannot have modifiers"},
	{"%123", int64(1), "error: invalid conversion '%123' to 'format'"},
	{"%1.2.3d", int64(1), "error: invalid conversion specification: '%1.2.3d'"},
	{"%5.1.1f", float64(0x1p+0), "error: invalid conversion specification: '%5.1.1f'"},
	{"%%", int64(1), "%"},
}

// runFormat formats one argument as string.format does, with the order
// of checks documented in format.go.
func runFormat(format string, arg any) (string, error) {
	var out []byte
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			out = append(out, format[i])
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			out = append(out, '%')
			i++
			continue
		}
		spec, n, err := ParseFormatSpec(format[i+1:])
		if err != nil {
			return "", err
		}
		i += n
		if err := spec.Check(); err != nil {
			return "", err
		}
		out = appendArg(out, &spec, arg)
	}
	return string(out), nil
}

func appendArg(out []byte, spec *FormatSpec, arg any) []byte {
	switch spec.Arg() {
	case ArgChar:
		return spec.AppendChar(out, arg.(int64))
	case ArgInt:
		return spec.AppendInt(out, arg.(int64))
	case ArgFloat:
		return spec.AppendFloat(out, arg.(float64))
	case ArgPointer:
		return spec.AppendPointer(out, 0) // numbers have no identity
	case ArgString:
		return spec.AppendString(out, arg.(string))
	}
	switch v := arg.(type) {
	case int64:
		return AppendQuotedInt(out, v)
	case float64:
		return AppendQuotedFloat(out, v)
	}
	return AppendQuotedString(out, arg.(string))
}

func TestFormat(t *testing.T) {
	t.Parallel()
	for _, tt := range formatTests {
		t.Run(tt.format, func(t *testing.T) {
			t.Parallel()
			got, err := runFormat(tt.format, tt.arg)
			if err != nil {
				got = "error: " + err.Error()
			}
			if got != tt.want {
				t.Errorf("format(%q, %v) = %q, want %q", tt.format, tt.arg, got, tt.want)
			}
		})
	}
}
