// Tests for pack.go. Every expected result was printed by lua5.4 5.4.4
// (amd64): packed strings in hexadecimal, unpacked values as i:integer,
// f:float (%.17g) or s:hex-string. A bad-argument error shows as
// "#N message".
package stdlib

import (
	"encoding/hex"
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"
)

var packTests = []struct {
	format string
	args   []any
	want   string
}{
	{"i17", []any{int64(1)}, "integral size (17) out of limits [1,16]"},
	{"i0", []any{int64(1)}, "integral size (0) out of limits [1,16]"},
	{"y", []any{int64(1)}, "invalid format option 'y'"},
	{"b", []any{int64(200)}, "#2 integer overflow"},
	{"B", []any{int64(-1)}, "#2 unsigned overflow"},
	{"B", []any{int64(256)}, "#2 unsigned overflow"},
	{"i3", []any{int64(8388608)}, "#2 integer overflow"},
	{"i3", []any{int64(-8388608)}, "000080"},
	{"!3 i4", []any{int64(1)}, "#1 format asks for alignment not power of 2"},
	{"!4 i3", []any{int64(1)}, "#1 format asks for alignment not power of 2"},
	{"Xi4", []any{}, ""},
	{"X", []any{}, "#1 invalid next option for option 'X'"},
	{"X<", []any{}, "#1 invalid next option for option 'X'"},
	{"Xc3", []any{}, "#1 invalid next option for option 'X'"},
	{"c", []any{}, "missing size for format option 'c'"},
	{"c2", []any{"abc"}, "#2 string longer than given size"},
	{"c5", []any{"abc"}, "6162630000"},
	{"z", []any{"a\x00b"}, "#2 string contains zeros"},
	{"i16", []any{int64(-2)}, "feffffffffffffffffffffffffffffff"},
	{">i16", []any{int64(-2)}, "fffffffffffffffffffffffffffffffe"},
	{"<I9", []any{int64(-1)}, "ffffffffffffffff00"},
	{"i4", []any{float64(0x1.4p+1)}, "#2 number has no integer representation"},
	{"i4", []any{"x"}, "#2 number expected, got string"},
	{"d", []any{"x"}, "#2 number expected, got string"},
	{"f", []any{float64(0x1.7e43c8800759cp+996)}, "0000807f"},
	{"f", []any{float64(0x1.999999999999ap-4)}, "cdcccc3d"},
	{">d", []any{float64(0x1.8p+0)}, "3ff8000000000000"},
	{"=n", []any{math.Copysign(0, -1)}, "0000000000000080"},
	{"j", []any{int64(math.MinInt64)}, "0000000000000080"},
	{"!2 b h b i4", []any{int64(1), int64(2), int64(3), int64(4)}, "01000200030004000000"},
	{"!b Xh h", []any{int64(1), int64(2)}, "01000200"},
	{"b x Xi4 j", []any{int64(1), int64(2)}, "01000200000000000000"},
	{" < > = ", []any{int64(1)}, ""},
	{"s2 z", []any{"hi", "yo"}, "02006869796f00"},
	{"i4", []any{}, "#2 number expected, got nil"},
	{"b\x00y", []any{int64(1)}, "01"},
	{"i2 i2", []any{int64(1), int64(100000)}, "#3 integer overflow"},
	{"!16 i16 !17", []any{int64(1)}, "integral size (17) out of limits [1,16]"},
	{"!3", []any{int64(1)}, ""},
	{"I16", []any{int64(-1)}, "ffffffffffffffff0000000000000000"},
	{"i99999999999999", []any{int64(1)}, "integral size (999999999) out of limits [1,16]"},
	{"!8 i3 Xi8 i2", []any{int64(1), int64(2)}, "#1 format asks for alignment not power of 2"},
	{">I3 <I3", []any{int64(66051), int64(66051)}, "010203030201"},
	{"!4 b Xi8 b", []any{int64(1), int64(2)}, "0100000002"},
	{"!8 b Xi16 b", []any{int64(1), int64(2)}, "010000000000000002"},
	{"!b d", []any{int64(1), float64(0x1p+1)}, "01000000000000000000000000000040"},
	{"!4 b d", []any{int64(1), float64(0x1p+1)}, "010000000000000000000040"},
	{"! b d", []any{int64(1), float64(0x1p+1)}, "01000000000000000000000000000040"},
	{"h H l L T", []any{int64(-2), int64(65535), int64(-3), int64(4), int64(5)},
		"fefffffffdffffffffffffff04000000000000000500000000000000"},
	{"c0", []any{""}, ""},
	{"s", []any{"abc"}, "0300000000000000616263"},
	{">s3", []any{"ab"}, "0000026162"},
	{"z", []any{""}, "00"},
	{"x", []any{int64(1)}, "00"},
	{"xX", []any{int64(1)}, "#1 invalid next option for option 'X'"},
	{"b X", []any{int64(1)}, "#1 invalid next option for option 'X'"},
	{"Xb", []any{int64(1)}, ""},
	{"i7", []any{int64(-1)}, "ffffffffffffff"},
	{"I7", []any{int64(72057594037927935)}, "ffffffffffffff"},
	{"I7", []any{int64(72057594037927936)}, "#2 unsigned overflow"},
	{"i8", []any{int64(9223372036854775807)}, "ffffffffffffff7f"},
	{"b", []any{int64(-128)}, "80"},
	{"b", []any{int64(-129)}, "#2 integer overflow"},
	{"b", []any{int64(127)}, "7f"},
	{"b", []any{int64(128)}, "#2 integer overflow"},
	{"B", []any{int64(255)}, "ff"},
	{"f", []any{math.Inf(1)}, "0000807f"},
	{"f", []any{float64(0x1p-149)}, "01000000"},
	{"d", []any{int64(1), int64(2)}, "000000000000f03f"},
	{"b", []any{float64(0x1p+0)}, "01"},
	{"s1", []any{""}, "00"},
}

var packSizeTests = []struct {
	format string
	want   string
}{
	{"s", "#1 variable-length format"},
	{"z", "#1 variable-length format"},
	{"c2147483647c2", "invalid format option '7'"},
	{"!8 b i8 b d", "32"},
	{"", "0"},
	{"i3", "3"},
	{"Xi4", "0"},
	{"!4 b Xi8", "4"},
	{"b c3 !4 i4", "8"},
	{"y", "invalid format option 'y'"},
	{"<>=!", "0"},
	{"i7 I9 j J T l L h H b B f d n x c7", "90"},
}

var unpackTests = []struct {
	format, data string
	init         int
	want         string
}{
	{"i4", "\x01\x00\x00", 1, "#2 data string too short"},
	{"i9", "\xff\xff\xff\xff\xff\xff\xff\xff\xff", 1, "i:-1 i:10"},
	{"i9", "\xff\xff\xff\xff\xff\xff\xff\x7f\xff", 1, "9-byte integer does not fit into Lua Integer"},
	{"I9", "\xff\xff\xff\xff\xff\xff\xff\xff\x01", 1, "9-byte integer does not fit into Lua Integer"},
	{"i16", "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", 1, "i:-1 i:17"},
	{"<i3", "\xff\xff\xff", 1, "i:-1 i:4"},
	{">I3", "\x01\x02\x03", 1, "i:66051 i:4"},
	{"z", "abc", 1, "#2 unfinished string for format 'z'"},
	{"z", "abc\x00def", 1, "s:616263 i:5"},
	{"s1", "\x05abc", 1, "#2 data string too short"},
	{"s1", "\x03abc", 1, "s:616263 i:5"},
	{"c3", "ab", 1, "#2 data string too short"},
	{"f", "\x00\x00\xc0?", 1, "f:1.5 i:5"},
	{"d", "\x9a\x99\x99\x99\x99\x99\xb9?", 1, "f:0.10000000000000001 i:9"},
	{"i4", "\x00\x00\x00\x00", 2, "#2 data string too short"},
	{"i4", "\x00\x00\x00\x00", 6, "#3 initial position out of string"},
	{"i4", "\x00\x00\x00\x00", 5, "#2 data string too short"},
	{"", "\x00\x00\x00\x00", 5, "i:5"},
	{"b", "\x01\x02\x03", -1, "i:3 i:4"},
	{"!4 b i4", "\x01\x00\x00\x00\x02\x00\x00\x00", 1, "i:1 i:2 i:9"},
	{"!4 b Xi4 b", "\x01\x00\x00\x00\x02", 1, "i:1 i:2 i:6"},
	{"b x b", "\x01\x00\x02", 1, "i:1 i:2 i:4"},
	{"B", "\xc8", 1, "i:200 i:2"},
	{"b", "\xc8", 1, "i:-56 i:2"},
	{"j", "\x00\x00\x00\x00\x00\x00\x00\x80", 1, "i:-9223372036854775808 i:9"},
	{"T", "\x01\x00\x00\x00\x00\x00\x00\x00", 1, "i:1 i:9"},
	{"s", "\x01\x00\x00\x00\x00\x00\x00\x00x", 1, "s:78 i:10"},
	{"s4", "\xff\xff\xff\xffx", 1, "#2 data string too short"},
	{"y", "x", 1, "invalid format option 'y'"},
	{"s9", "\x01\x00\x00\x00\x00\x00\x00\x00\x01x", 1, "9-byte integer does not fit into Lua Integer"},
	{"s9", "\x01\x00\x00\x00\x00\x00\x00\x00\x00x", 1, "s:78 i:11"},
	{">s2 z c2", "\x00\x02hiyo\x00ab", 1, "s:6869 s:796f s:6162 i:10"},
	{"b", "\x01\x02\x03", -10, "i:1 i:2"},
	{"b", "", 1, "#2 data string too short"},
	{"!8 b d", "\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xf0?", 1, "i:1 f:1 i:17"},
	{">f", "\x7f\x80\x00\x00", 1, "f:inf i:5"},
	{"z b", "\x00\x01", 1, "s: i:1 i:3"},
	{"c0 c0", "", 1, "s: s: i:1"},
	{"i4 y", "\x00\x00\x00\x00", 1, "invalid format option 'y'"},
	{"y i4", "", 1, "invalid format option 'y'"},
	{"Xi4 b", "\x01", 1, "i:1 i:2"},
	{"b Xi4 b", "\x01\x02\x03\x04\x05", 1, "i:1 i:2 i:3"},
	{"b b\x00 b", "\x01\x02\x03", 1, "i:1 i:2 i:3"},
}

// testPackArgs converts arguments as luaL_checkinteger, luaL_checknumber
// and luaL_checklstring do, for the values the tests use.
type testPackArgs []any

func (a testPackArgs) get(n int) any {
	if n-2 < len(a) {
		return a[n-2]
	}
	return nil
}

func packTypeError(n int, v any) error {
	got := "nil"
	switch v.(type) {
	case string:
		got = "string"
	}
	return &PackError{Arg: n, Msg: "number expected, got " + got}
}

func (a testPackArgs) Integer(n int) (int64, error) {
	switch v := a.get(n).(type) {
	case int64:
		return v, nil
	case float64:
		if v == math.Trunc(v) && v >= -(1<<63) && v < 1<<63 {
			return int64(v), nil
		}
		return 0, &PackError{Arg: n, Msg: "number has no integer representation"}
	}
	return 0, packTypeError(n, a.get(n))
}

func (a testPackArgs) Number(n int) (float64, error) {
	switch v := a.get(n).(type) {
	case int64:
		return float64(v), nil
	case float64:
		return v, nil
	}
	return 0, packTypeError(n, a.get(n))
}

func (a testPackArgs) String(n int) (string, error) {
	switch v := a.get(n).(type) {
	case string:
		return v, nil
	case int64:
		return strconv.FormatInt(v, 10), nil
	}
	return "", &PackError{Arg: n, Msg: "string expected, got nil"}
}

// showPackError formats err as the expected strings show it.
func showPackError(err error) string {
	var pe *PackError
	if errors.As(err, &pe) && pe.Arg > 0 {
		return "#" + strconv.Itoa(pe.Arg) + " " + pe.Msg
	}
	return err.Error()
}

func TestPack(t *testing.T) {
	t.Parallel()
	for _, tt := range packTests {
		t.Run(tt.format, func(t *testing.T) {
			t.Parallel()
			s, err := Pack(tt.format, testPackArgs(tt.args))
			got := hex.EncodeToString([]byte(s))
			if err != nil {
				got = showPackError(err)
			}
			if got != tt.want {
				t.Errorf("pack(%q, %v) = %q, want %q", tt.format, tt.args, got, tt.want)
			}
		})
	}
}

func TestPackLongString(t *testing.T) {
	t.Parallel()
	tests := []struct {
		n    int
		want string
	}{
		{255, "ff" + strings.Repeat("78", 255)},
		{256, "#2 string length does not fit in given size"},
	}
	for _, tt := range tests {
		s, err := Pack("s1", testPackArgs{strings.Repeat("x", tt.n)})
		got := hex.EncodeToString([]byte(s))
		if err != nil {
			got = showPackError(err)
		}
		if got != tt.want {
			t.Errorf("pack(\"s1\", %d bytes) = %.40q, want %.40q", tt.n, got, tt.want)
		}
	}
}

func TestPackSize(t *testing.T) {
	t.Parallel()
	c10 := strings.Repeat("c214748363", 10)
	tests := append(packSizeTests, []struct{ format, want string }{
		{c10, "2147483630"},
		{c10 + "c214748363", "#1 format result too large"},
		{c10 + "c17", "2147483647"},
		{c10 + "c18", "#1 format result too large"},
	}...)
	for _, tt := range tests {
		n, err := PackSize(tt.format)
		got := strconv.FormatInt(n, 10)
		if err != nil {
			got = showPackError(err)
		}
		if got != tt.want {
			t.Errorf("packsize(%.30q) = %q, want %q", tt.format, got, tt.want)
		}
	}
}

// showUnpacked formats unpack's results as the expected strings show them.
func showUnpacked(vals []any, next int64) string {
	var out []string
	for _, v := range vals {
		switch v := v.(type) {
		case int64:
			out = append(out, "i:"+strconv.FormatInt(v, 10))
		case float64:
			g := strconv.FormatFloat(v, 'g', 17, 64) // "+Inf" where Lua prints "inf"
			out = append(out, "f:"+strings.TrimPrefix(strings.ToLower(g), "+"))
		case string:
			out = append(out, "s:"+hex.EncodeToString([]byte(v)))
		}
	}
	return strings.Join(append(out, "i:"+strconv.FormatInt(next, 10)), " ")
}

func TestUnpack(t *testing.T) {
	t.Parallel()
	for _, tt := range unpackTests {
		t.Run(tt.format, func(t *testing.T) {
			t.Parallel()
			vals, next, err := Unpack(tt.format, tt.data, startOffset(tt.init, len(tt.data)))
			got := showUnpacked(vals, next)
			if err != nil {
				got = showPackError(err)
			}
			if got != tt.want {
				t.Errorf("unpack(%q, %q, %d) = %q, want %q", tt.format, tt.data, tt.init, got, tt.want)
			}
		})
	}
}
