// Tests for number.go. Every expected value was printed by lua5.4 5.4.4
// (Linux, amd64) for the same input.
package heap

import (
	"math"
	"testing"
)

func TestStringToNumber(t *testing.T) {
	t.Parallel()
	// want is what print(math.type(tonumber(s)), tonumber(s)) shows.
	tests := []struct{ in, want string }{
		{"10", "integer 10"},
		{"  0x10  ", "integer 16"},
		{"0x", "nil"},
		{"0x.8", "float 0.5"},
		{"0x8.", "float 8.0"},
		{"0X1P4", "float 16.0"},
		{"0x1p", "nil"},
		{"1e", "nil"},
		{"1.", "float 1.0"},
		{".5", "float 0.5"},
		{".", "nil"},
		{"inf", "nil"},
		{"nan", "nil"},
		{" -0x10 ", "integer -16"},
		{"9223372036854775807", "integer 9223372036854775807"},
		{"9223372036854775808", "float 9.2233720368548e+18"},
		{"-9223372036854775808", "integer -9223372036854775808"},
		{"-9223372036854775809", "float -9.2233720368548e+18"},
		{"0xffffffffffffffffff", "integer -1"},
		{"1e400", "float inf"},
		{"-1e400", "float -inf"},
		{"1e-400", "float 0.0"},
		{"0x1.fffffffffffff8p0", "float 2.0"},
		{"0x123456789abcdef0123", "integer 5001117282205630755"},
		{"1\x00", "nil"},
		{"\t\n\v\f\r5\t", "integer 5"},
		{"0x-1", "nil"},
		{"- 1", "nil"},
		{"--1", "nil"},
		{"+1", "integer 1"},
		{"+-1", "nil"},
		{"1e+", "nil"},
		{"1e+5", "float 100000.0"},
		{"0x.p1", "nil"},
		{"0x1.8p-1", "float 0.75"},
		{"1E2", "float 100.0"},
		{".e1", "nil"},
		{"0x1P+4", "float 16.0"},
		{"1 2", "nil"},
		{"1_0", "nil"},
		{"0x1_0", "nil"},
		{"0x1.", "float 1.0"},
		{"-.5", "float -0.5"},
		{"0xA.8p0", "float 10.5"},
		{"0x10000000000000000p-64", "float 1.0"},
		{"00012", "integer 12"},
		{"1.5e", "nil"},
		{"5e-324", "float 4.9406564584125e-324"},
		{"2e-324", "float 0.0"},
		{"3e-324", "float 4.9406564584125e-324"},
		{"", "nil"},
		{"   ", "nil"},
		{"infinity", "nil"},
		{"0x1p99999999999999999999", "float inf"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			i, f, isFloat, ok := StringToNumber(tt.in)
			got := "nil"
			switch {
			case ok && isFloat:
				got = "float " + FormatFloat(f)
			case ok:
				got = "integer " + FormatInt(i)
			}
			if got != tt.want {
				t.Errorf("StringToNumber(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestStringToIntBase(t *testing.T) {
	t.Parallel()
	// Each want holds tonumber(s, 16), tonumber(s, 36) and tonumber(s, 8).
	tests := []struct {
		in   string
		want [3]string
	}{
		{"10", [3]string{"16", "36", "8"}},
		{"ff", [3]string{"255", "555", "nil"}},
		{"FF", [3]string{"255", "555", "nil"}},
		{"  -z  ", [3]string{"nil", "-35", "nil"}},
		{"zz", [3]string{"nil", "1295", "nil"}},
		{"1 0", [3]string{"nil", "nil", "nil"}},
		{"", [3]string{"nil", "nil", "nil"}},
		{"-", [3]string{"nil", "nil", "nil"}},
		{"+7", [3]string{"7", "7", "7"}},
		{"7fffffffffffffff", [3]string{"9223372036854775807", "5118989593264109275", "nil"}},
		{"ffffffffffffffff", [3]string{"-1", "-3558055516843428133", "nil"}},
		{"10000000000000000", [3]string{"0", "-2153214848064815104", "281474976710656"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			for k, base := range []int{16, 36, 8} {
				got := "nil"
				if n, ok := StringToIntBase(tt.in, base); ok {
					got = FormatInt(n)
				}
				if got != tt.want[k] {
					t.Errorf("StringToIntBase(%q, %d) = %s, want %s", tt.in, base, got, tt.want[k])
				}
			}
		})
	}
}

func TestFormatFloat(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   float64
		want string
	}{
		{math.Copysign(0, -1), "-0.0"},
		{0, "0.0"},
		{1e15, "1e+15"},
		{1e14, "1e+14"},
		{1e100, "1e+100"},
		{math.Ldexp(1, 63), "9.2233720368548e+18"},
		{0.1, "0.1"},
		{1.0 / 3, "0.33333333333333"},
		{-1.0 / 3, "-0.33333333333333"},
		{100, "100.0"},
		{1e-5, "1e-05"},
		{0.0001, "0.0001"},
		{12345678901234.5, "12345678901234.0"},
		{math.Pi, "3.1415926535898"},
		{math.Ldexp(1, 53), "9.007199254741e+15"},
		{math.NaN(), "nan"},
		{math.Copysign(math.NaN(), -1), "-nan"},
		{math.Inf(1), "inf"},
		{math.Inf(-1), "-inf"},
		{1e-310, "1e-310"},
		{5e-324, "4.9406564584125e-324"},
	}
	for _, tt := range tests {
		if got := FormatFloat(tt.in); got != tt.want {
			t.Errorf("FormatFloat(%v) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestFloatToInteger(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in     float64
		mode   RoundMode
		want   int64
		wantOK bool
	}{
		{3, RoundExact, 3, true},
		{3.5, RoundExact, 0, false},
		{3.5, RoundFloor, 3, true},
		{3.5, RoundCeil, 4, true},
		{-3.5, RoundFloor, -4, true},
		{-3.5, RoundCeil, -3, true},
		{math.Ldexp(1, 63), RoundFloor, 0, false},
		{-math.Ldexp(1, 63), RoundExact, math.MinInt64, true},
		{math.NaN(), RoundFloor, 0, false},
		{math.Inf(1), RoundCeil, 0, false},
		{math.Ldexp(1, 62) * 1.5, RoundExact, 3 << 61, true},
	}
	for _, tt := range tests {
		got, ok := FloatToInteger(tt.in, tt.mode)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("FloatToInteger(%v, %d) = %d, %v, want %d, %v",
				tt.in, tt.mode, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestIntegerArithmetic(t *testing.T) {
	t.Parallel()
	tests := []struct {
		m, n, div, mod int64
	}{
		{7, 2, 3, 1},
		{-7, 2, -4, 1},
		{7, -2, -4, -1},
		{-7, -2, 3, -1},
		{6, -3, -2, 0},
		{math.MaxInt64, -1, -math.MaxInt64, 0},
		{math.MinInt64, -1, math.MinInt64, 0},
		{math.MinInt64, 3, -3074457345618258603, 1},
	}
	for _, tt := range tests {
		q, ok := FloorDivInt(tt.m, tt.n)
		r, ok2 := ModInt(tt.m, tt.n)
		if q != tt.div || r != tt.mod || !ok || !ok2 {
			t.Errorf("%d // %d, %d %% %d = %d, %d, want %d, %d",
				tt.m, tt.n, tt.m, tt.n, q, r, tt.div, tt.mod)
		}
	}
	if _, ok := FloorDivInt(1, 0); ok {
		t.Errorf("FloorDivInt(1, 0) reported ok")
	}
	if _, ok := ModInt(1, 0); ok {
		t.Errorf("ModInt(1, 0) reported ok")
	}
}

func TestFloatArithmetic(t *testing.T) {
	t.Parallel()
	inf := math.Inf(1)
	tests := []struct {
		name string
		got  float64
		want string
	}{
		{"7 // 0.0", FloorDivFloat(7, 0), "inf"},
		{"-7 // 0.0", FloorDivFloat(-7, 0), "-inf"},
		{"5.5 % -2", ModFloat(5.5, -2), "-0.5"},
		{"5 % math.huge", ModFloat(5, inf), "5.0"},
		{"-5 % math.huge", ModFloat(-5, inf), "inf"},
		{"5 % -math.huge", ModFloat(5, -inf), "-inf"},
		{"-7.5 % 2", ModFloat(-7.5, 2), "0.5"},
		{"2^2", Pow(2, 2), "4.0"},
		{"2^0.5", Pow(2, 0.5), "1.4142135623731"},
	}
	for _, tt := range tests {
		if got := FormatFloat(tt.got); got != tt.want {
			t.Errorf("%s = %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestShift(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		got  int64
		want int64
	}{
		{"1 << 64", ShiftLeft(1, 64), 0},
		{"1 << 63", ShiftLeft(1, 63), math.MinInt64},
		{"-1 >> 1", ShiftRight(-1, 1), math.MaxInt64},
		{"-1 >> -1", ShiftRight(-1, -1), -2},
		{"1 << -1", ShiftLeft(1, -1), 0},
		{"-1 >> 63", ShiftRight(-1, 63), 1},
		{"-1 >> mininteger", ShiftRight(-1, math.MinInt64), 0},
		{"-1 << -64", ShiftLeft(-1, -64), 0},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %d, want %d", tt.name, tt.got, tt.want)
		}
	}
}

func TestMixedComparison(t *testing.T) {
	t.Parallel()
	big := int64(1<<53 + 1)
	tests := []struct {
		name      string
		got, want bool
	}{
		{"2^53+1 < 2^53 float", LessIntFloat(big, 1<<53), false},
		{"2^53+1 <= 2^53 float", LessEqualIntFloat(big, 1<<53), false},
		{"2^53 float < 2^53+1", LessFloatInt(1<<53, big), true},
		{"2^53 float <= 2^53+1", LessEqualFloatInt(1<<53, big), true},
		{"maxint < 2^63", LessIntFloat(math.MaxInt64, math.Ldexp(1, 63)), true},
		{"minint <= -2^63", LessEqualIntFloat(math.MinInt64, -math.Ldexp(1, 63)), true},
		{"1 < nan", LessIntFloat(1, math.NaN()), false},
		{"nan <= maxint", LessEqualFloatInt(math.NaN(), math.MaxInt64), false},
		{"-inf < minint", LessFloatInt(math.Inf(-1), math.MinInt64), true},
		{"2^53+1 == 2^53 float", EqualIntFloat(big, 1<<53), false},
		{"2^53 == 2^53 float", EqualIntFloat(1<<53, 1<<53), true},
		{"1 == 1.5", EqualIntFloat(1, 1.5), false},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}

func TestForLoop(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		init, step int64
		limit      float64
		wantLimit  int64
		wantSkip   bool
		wantCount  uint64
	}{
		{"1, 3.5", 1, 1, 3.5, 3, false, 2},
		{"1, -3.5, -1", 1, -1, -3.5, -3, false, 4},
		{"1, 1e100", 1, 2, 1e100, math.MaxInt64, false, (math.MaxInt64 - 1) / 2},
		{"1, -1e100", 1, 1, -1e100, 0, true, 0},
		{"1, nan", 1, 1, math.NaN(), 0, true, 0},
		{"1, nan, -1", 1, -1, math.NaN(), math.MinInt64, false, 1<<63 + 1},
		{"1, 0.5", 1, 1, 0.5, 0, true, 0},
	}
	for _, tt := range tests {
		limit, skip := ForLimitFloat(tt.init, tt.limit, tt.step)
		if skip != tt.wantSkip || (!skip && limit != tt.wantLimit) {
			t.Errorf("ForLimitFloat(%s) = %d, %v, want %d, %v",
				tt.name, limit, skip, tt.wantLimit, tt.wantSkip)
			continue
		}
		if !skip {
			if got := ForCount(tt.init, limit, tt.step); got != tt.wantCount {
				t.Errorf("ForCount(%s) = %d, want %d", tt.name, got, tt.wantCount)
			}
		}
	}
}
