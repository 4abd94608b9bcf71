// Tests for random.go. The sequence below was printed by lua5.4 5.4.4
// running the same calls in the same order: math.randomseed(a, b),
// math.random() (floats shown as %a), math.random(0) ("full"),
// math.random(a, b), and a call with an empty interval, which still
// consumes a value.
package stdlib

import (
	"math"
	"strconv"
	"testing"
)

var randomSequence = []struct {
	op   string
	a, b int64
	want string
}{
	{"seed", 42, 0, "42 0"},
	{"int", 1, 100, "50"},
	{"float", 0, 0, "0x1.18011035477f7p-1"},
	{"full", 0, 0, "-3807604385970496171"},
	{"seed", 42, -7, "42 -7"},
	{"int", 1, 3, "3"},
	{"int", -5, 5, "3"},
	{"int", math.MinInt64, math.MaxInt64, "8235936341408903228"},
	{"int", 0, 0, "0"},
	{"int", 1, 6, "5"},
	{"empty", 2, 1, "bad argument #1 to 'math.random' (interval is empty)"},
	{"int", 1, 1000000, "937606"},
	{"seed", 0, 0, "0 0"},
	{"float", 0, 0, "0x1.f9acea71bda18p-3"},
	{"full", 0, 0, "4331835599999590920"},
	{"float", 0, 0, "0x1.1bc1166ad55fp-4"},
	{"float", 0, 0, "0x1.2c45024234f65p-1"},
	{"seed", -1, -1, "-1 -1"},
	{"float", 0, 0, "0x1.d2c439637aee5p-1"},
	{"full", 0, 0, "1392864485325296298"},
	{"int", 7, 12, "9"},
	{"seed", math.MinInt64, math.MaxInt64, "-9223372036854775808 9223372036854775807"},
	{"float", 0, 0, "0x1.11bd1530eab16p-2"},
	{"full", 0, 0, "-5269128617991843719"},
	{"int", 1, 100, "61"},
	{"seed", 123456789, 987654321, "123456789 987654321"},
	{"int", 1, 3, "2"},
	{"int", 1, 3, "1"},
	{"int", 1, 3, "1"},
	{"int", 1, 5, "3"},
	{"int", 1, 5, "5"},
	{"int", 0, math.MaxInt64, "3208821235517516229"},
	{"int", math.MinInt64, -1, "-96152083741648710"},
	{"int", -3, 4611686018427387904, "2434293169425801992"},
	{"int", 1, 4611686018427387905, "3623824253937689121"},
	{"float", 0, 0, "0x1.31b54eb24886p-4"},
	{"float", 0, 0, "0x1.25ac4ac80fa9ep-2"},
	{"int", 10, 20, "11"},
	{"full", 0, 0, "3141607629896251473"},
	{"int", 1, 7, "5"},
	{"int", 1, 7, "2"},
	{"int", 1, 7, "7"},
}

func TestRandomSequence(t *testing.T) {
	t.Parallel()
	var r Random
	for i, tt := range randomSequence {
		var got string
		switch tt.op {
		case "seed":
			r.Seed(tt.a, tt.b)
			got = strconv.FormatInt(tt.a, 10) + " " + strconv.FormatInt(tt.b, 10)
		case "float":
			got = string(AppendQuotedFloat(nil, RandomFloat(r.Next())))
		case "full":
			got = strconv.FormatInt(int64(r.Next()), 10)
		case "int":
			got = strconv.FormatInt(r.RandomInt(r.Next(), tt.a, tt.b), 10)
		case "empty":
			r.Next()
			got = "bad argument #1 to 'math.random' (interval is empty)"
		}
		if got != tt.want {
			t.Errorf("step %d: %s(%d, %d) = %s, want %s", i, tt.op, tt.a, tt.b, got, tt.want)
		}
	}
}

func TestRandomFloatRange(t *testing.T) {
	t.Parallel()
	tests := []struct {
		v    uint64
		want float64
	}{
		{0, 0},
		{math.MaxUint64, 1 - 0x1p-53},
		{1 << 63, 0.5},
		{1<<11 - 1, 0},
	}
	for _, tt := range tests {
		if got := RandomFloat(tt.v); got != tt.want {
			t.Errorf("RandomFloat(%#x) = %v, want %v", tt.v, got, tt.want)
		}
	}
}

func TestRandomStateIsPlainData(t *testing.T) {
	t.Parallel()
	var a Random
	a.Seed(7, 0)
	a.Next()
	b := Random{S: a.S} // a copy continues the same sequence
	for i := range 100 {
		if x, y := a.Next(), b.Next(); x != y {
			t.Fatalf("value %d: copy gave %#x, original %#x", i, y, x)
		}
	}
}
