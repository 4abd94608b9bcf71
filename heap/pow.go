// Powers, exponentials and logarithms rounded as glibc rounds them. glibc's pow, exp
// and log stay within 0.52 ulp of the exact result, so they are almost always
// correctly rounded; Go's math.Pow, math.Exp and math.Log err by up to a few ulp.
// Lua prints floats with 14 significant digits, and Go's results changed the printed
// value of x^y for about 1 pair in 200 (math.exp and math.log less often).
//
// The functions here compute in double-double arithmetic: a value is the unevaluated
// sum hi+lo of two doubles with |lo| <= ulp(hi)/2, about 106 bits, and the result is
// rounded once at the end. The relative error before that rounding stays below 2^-90,
// so a result differs from the correctly rounded one only when the exact value lies
// that close to a rounding boundary. Arguments whose results are not normal doubles
// keep Go's results.
//
// exp reduces its argument to r = t - n*ln2/N, |r| <= ln2/(2N), so that
// e^t = 2^(n/N) * e^r; a table holds 2^(j/N) for j in [0, N), and a Taylor
// polynomial of degree 8 gives e^r. log takes one Newton step from Go's result using
// exp. The constants are computed with math/big on first use.

package heap

import (
	"math"
	"math/big"
	"sync"
)

// dd is the double-double hi+lo.
type dd struct{ hi, lo float64 }

// twoSum returns a+b exactly as a double-double.
func twoSum(a, b float64) dd {
	s := a + b
	v := s - a
	return dd{s, (a - (s - v)) + (b - v)}
}

// fastTwoSum is twoSum for |a| >= |b|.
func fastTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

// twoProd returns a*b exactly as a double-double.
func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

// ddAdd returns x+y.
func ddAdd(x, y dd) dd {
	s := twoSum(x.hi, y.hi)
	t := twoSum(x.lo, y.lo)
	s = fastTwoSum(s.hi, s.lo+t.hi)
	return fastTwoSum(s.hi, s.lo+t.lo)
}

// ddMul returns x*y.
func ddMul(x, y dd) dd {
	p := twoProd(x.hi, y.hi)
	return fastTwoSum(p.hi, p.lo+(x.hi*y.lo+x.lo*y.hi))
}

// powConst returns the constants of exp and log, computed on first use.
var powConst = sync.OnceValue(newPowConstants)

// expTableBits is the base-2 logarithm of the size of the table of 2^(j/N).
const expTableBits = 9

// powConstants are the constants of exp and log.
type powConstants struct {
	ln2            dd                    // ln 2
	invStep        float64               // N/ln2
	step1          float64               // ln2/N to 32 bits, so that n*step1 is exact
	step2, step3   float64               // the rest of ln2/N
	poly           [6]float64            // 1/3!, 1/4!, ..., 1/8!
	twoPow         [1 << expTableBits]dd // 2^(j/N)
	expMin, expMax float64               // the exponents whose results are normal doubles
}

// newPowConstants computes the constants with 256-bit arithmetic.
func newPowConstants() *powConstants {
	const prec = 256
	const size = 1 << expTableBits
	c := &powConstants{invStep: size / math.Ln2, expMin: -708, expMax: 709.78}
	ln2 := bigLn2(prec)
	c.ln2 = bigToDD(ln2)

	step := new(big.Float).SetPrec(prec).Quo(ln2, big.NewFloat(size))
	c.step1 = truncateBits(bigToDD(step).hi, 32)
	d := bigToDD(new(big.Float).SetPrec(prec).Sub(step, big.NewFloat(c.step1)))
	c.step2, c.step3 = d.hi, d.lo

	fact := 2.0
	for i := range c.poly {
		fact *= float64(i + 3)
		c.poly[i] = 1 / fact
	}

	root := new(big.Float).SetPrec(prec).SetInt64(2)
	for i := 0; i < expTableBits; i++ {
		root.Sqrt(root)
	}
	p := new(big.Float).SetPrec(prec).SetInt64(1)
	for j := range c.twoPow {
		c.twoPow[j] = bigToDD(p)
		p.Mul(p, root)
	}
	return c
}

// bigLn2 returns ln 2 = sum of 1/(k 2^k) for k >= 1, to prec bits.
func bigLn2(prec uint) *big.Float {
	one := new(big.Float).SetPrec(prec).SetInt64(1)
	sum := new(big.Float).SetPrec(prec)
	den := new(big.Float).SetPrec(prec)
	for k := 1; k <= int(prec)+8; k++ {
		den.SetInt64(int64(k))
		den.SetMantExp(den, k)
		sum.Add(sum, new(big.Float).SetPrec(prec).Quo(one, den))
	}
	return sum
}

// bigToDD rounds v to the nearest double-double.
func bigToDD(v *big.Float) dd {
	hi, _ := v.Float64()
	lo, _ := new(big.Float).SetPrec(v.Prec()).Sub(v, big.NewFloat(hi)).Float64()
	return dd{hi, lo}
}

// truncateBits returns f with only its first n significant bits.
func truncateBits(f float64, n uint) float64 {
	return math.Float64frombits(math.Float64bits(f) &^ (1<<(52-(n-1)) - 1))
}

// expDD returns e^t as r*2^e for c.expMin <= t.hi <= c.expMax, with r in [1, 2).
// After the reduction,
// |r| <= ln2/(2N) < 2^-10, so that 1 + r + r^2/2 is kept in double-double and the
// rest of the Taylor polynomial, below 2^-32, in double precision.
func (c *powConstants) expDD(t dd) (r dd, e int) {
	n := math.RoundToEven(t.hi * c.invStep)
	r = twoSum(t.hi-n*c.step1, t.lo) // t.hi - n*step1 is exact
	np := twoProd(n, c.step2)
	r = ddAdd(r, dd{-np.hi, -np.lo - n*c.step3})

	q := c.poly[5]
	for i := 4; i >= 0; i-- {
		q = q*r.hi + c.poly[i]
	}
	r2 := twoProd(r.hi, r.hi)
	r2 = dd{r2.hi / 2, r2.lo/2 + r.hi*r.lo}
	a := fastTwoSum(1, r.hi)
	b := fastTwoSum(a.hi, r2.hi)
	er := fastTwoSum(b.hi, a.lo+b.lo+r.lo+r2.lo+r2.hi*r.hi*q*2)

	ni := int(n)
	return ddMul(c.twoPow[ni&(1<<expTableBits-1)], er), ni >> expTableBits
}

// expRound returns e^t rounded to a double, for c.expMin <= t.hi <= c.expMax: the
// rounding happens before the scaling by a power of two, which is exact for normal
// results.
func (c *powConstants) expRound(t dd) float64 {
	r, e := c.expDD(t)
	return math.Ldexp(r.hi+r.lo, e)
}

// logDD returns ln x for a positive, finite x.
func (c *powConstants) logDD(x float64) dd {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m, e = m*2, e-1
	}
	l0 := math.Log(m)
	ex, e2 := c.expDD(dd{l0, 0})
	ex = dd{math.Ldexp(ex.hi, e2), math.Ldexp(ex.lo, e2)}
	corr := ((m - ex.hi) - ex.lo) / ex.hi // m - ex.hi is exact
	l := twoSum(l0, corr-corr*corr/2)

	fe := float64(e)
	le := twoProd(fe, c.ln2.hi)
	le.lo += fe * c.ln2.lo
	return ddAdd(le, l)
}

// Exp returns e^x as glibc's exp does.
func Exp(x float64) float64 {
	c := powConst()
	if !(x >= c.expMin && x <= c.expMax) {
		return math.Exp(x)
	}
	return c.expRound(dd{x, 0})
}

// Log returns ln x as glibc's log does.
func Log(x float64) float64 {
	if !(x > 0 && x <= math.MaxFloat64) {
		return math.Log(x)
	}
	r := powConst().logDD(x)
	return r.hi + r.lo
}

// libmPow returns a^b as glibc's pow does.
func libmPow(a, b float64) float64 {
	c := powConst()
	neg := false
	switch {
	case b == 0 || a == 1 || math.IsInf(b, 0) || b != b || a != a || math.IsInf(a, 0) || a == 0:
		return math.Pow(a, b)
	case a < 0:
		if b != math.Trunc(b) {
			return math.Pow(a, b)
		}
		a, neg = -a, isOddInteger(b)
	}
	l := c.logDD(a)
	t := twoProd(b, l.hi)
	t.lo += b * l.lo
	if !(t.hi >= c.expMin && t.hi <= c.expMax) {
		if neg {
			return -math.Pow(a, b)
		}
		return math.Pow(a, b)
	}
	r := c.expRound(t)
	if neg {
		return -r
	}
	return r
}
