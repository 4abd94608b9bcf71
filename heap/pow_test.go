package heap

import (
	"math"
	"testing"
)

// The wanted results below are the correctly rounded values, which glibc gives and
// Go's math package did not.

func TestPowCorrectlyRounded(t *testing.T) {
	t.Parallel()
	cases := []struct{ x, y, want float64 }{
		{0x1.33db9b72f615bp+4, -0x1.e2bb5a4fdbc1fp+1, 0x1.e15e5c45af20bp-17},
		{0x1.d3b53266894f8p+5, 0x1.ad9ea056c84d0p-2, 0x1.60c21c0daba7bp+2},
		{0x1.1b2122a7bd8bdp+6, -0x1.85d2d5851af2ep+1, 0x1.37cb91663d11ep-19},
		{0x1.365ea64ddcc90p+5, -0x1.3856463112a14p+0, 0x1.79973bad08215p-7},
		{0x1.2bba668d8c80ep+6, -0x1.3c572e303acc6p+2, 0x1.29de318afcf54p-31},
		{-3, 3, -27},
		{-2, 0.5, math.NaN()},
		{2, 1024, math.Inf(1)},
		{10, -320, 1e-320},
	}
	for _, c := range cases {
		got := Pow(c.x, c.y)
		if math.Float64bits(got) != math.Float64bits(c.want) && !(got != got && c.want != c.want) {
			t.Errorf("Pow(%x, %x) = %x, want %x", c.x, c.y, got, c.want)
		}
	}
}

func TestExpLogCorrectlyRounded(t *testing.T) {
	t.Parallel()
	exps := []struct{ x, want float64 }{
		{-0x1.e2bb5a4fdbc1fp+1, 0x1.792da3f35d02ap-6},
		{0x1.b5afdf40dbfb4p+1, 0x1.e8d4ef3826117p+4},
		{0x1.f720065614f04p+1, 0x1.9786d35752afdp+5},
		{-0x1.398e3a115dc2dp+1, 0x1.6194cb86e4a82p-4},
		{0, 1},
		{710, math.Inf(1)},
	}
	for _, c := range exps {
		if got := Exp(c.x); got != c.want {
			t.Errorf("Exp(%x) = %x, want %x", c.x, got, c.want)
		}
	}
	logs := []struct{ x, want float64 }{
		{0x1.1b2122a7bd8bdp+6, 0x1.109d726bc59a5p+2},
		{0x1.295eaec6ae43fp+5, 0x1.cec9dadc0abbbp+1},
		{0x1.5e433c2267290p+2, 0x1.b3261ac387df5p+0},
		{0x1.5a32f29e9856bp+4, 0x1.8986c2c5a658dp+1},
		{1, 0},
		{0, math.Inf(-1)},
	}
	for _, c := range logs {
		if got := Log(c.x); got != c.want {
			t.Errorf("Log(%x) = %x, want %x", c.x, got, c.want)
		}
	}
}

func BenchmarkPow(b *testing.B) {
	b.ReportAllocs()
	x := 0.0
	for b.Loop() {
		x += Pow(12.5, 1.37)
	}
	_ = x
}
