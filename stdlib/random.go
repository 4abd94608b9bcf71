// The pseudo-random generator of math.random and math.randomseed:
// xoshiro256** as lmathlib.c of C Lua 5.4.4 implements it, with the same
// seeding, the same conversion to floats and the same projection into an
// interval, so that a seeded sequence is identical to lua5.4's.

package stdlib

import "math/bits"

// Random is the state of the generator. It is plain data so that it can
// be persisted with the Lua state that owns it; the zero value is a
// valid but degenerate state (it yields only zeros), so seed it first.
type Random struct {
	S [4]uint64
}

// Seed sets the state as math.randomseed(n1, n2) does (n2 is 0 when
// absent) and discards the first 16 values. math.randomseed returns n1
// and n2. Without arguments the reference seeds from the current time
// and the address of the Lua state.
func (r *Random) Seed(n1, n2 int64) {
	r.S = [4]uint64{uint64(n1), 0xff, uint64(n2), 0}
	for range 16 {
		r.Next()
	}
}

// Next advances the generator and returns its next 64-bit value.
// math.random draws this value first, before checking its arguments, so
// that a call with a bad interval still consumes one value.
func (r *Random) Next() uint64 {
	s0, s1 := r.S[0], r.S[1]
	s2, s3 := r.S[2]^s0, r.S[3]^s1
	res := bits.RotateLeft64(s1*5, 7) * 9
	r.S[0] = s0 ^ s3
	r.S[1] = s1 ^ s2
	r.S[2] = s2 ^ (s1 << 17)
	r.S[3] = bits.RotateLeft64(s3, 45)
	return res
}

// RandomFloat converts a value of [Random.Next] to the float in [0, 1)
// that math.random() returns: its top 53 bits scaled by 2^-53.
func RandomFloat(v uint64) float64 {
	return float64(v>>11) * (0.5 / (1 << 52))
}

// Project returns a value in [0, n] from ran, a value of [Random.Next],
// as math.random(m, n) computes its offset from m (n being up-low as an
// unsigned number): when n+1 is a power of two it masks ran; otherwise
// it masks ran to the smallest all-ones number not below n and draws new
// values until one falls in range.
func (r *Random) Project(ran, n uint64) uint64 {
	if n&(n+1) == 0 {
		return ran & n
	}
	lim := n
	lim |= lim >> 1
	lim |= lim >> 2
	lim |= lim >> 4
	lim |= lim >> 8
	lim |= lim >> 16
	lim |= lim >> 32
	for ran &= lim; ran > n; ran &= lim {
		ran = r.Next()
	}
	return ran
}

// RandomInt returns math.random(low, up) for low <= up, from ran, the
// value drawn by [Random.Next] at the start of the call. (With a single
// argument m the interval is [1, m]; math.random(0) returns int64(ran)
// itself.) The caller raises "interval is empty" when low > up.
func (r *Random) RandomInt(ran uint64, low, up int64) int64 {
	return int64(r.Project(ran, uint64(up)-uint64(low)) + uint64(low))
}
