// This file implements Lua's math library, with lmathlib.c's rules for integer and
// float results and the 5.3 compatibility functions (atan2, cosh, frexp, ldexp,
// log10, pow, sinh, tanh) that the reference build includes.
//
// The pseudo-random generator (random.go) keeps its state in the VM as plain data: a
// table of four integers under the registry key "_RANDOM", read and written by
// math.random and math.randomseed, so that persisting a state keeps its sequence.

package stdlib

import (
	"math"
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

var mathFuncs = []libFunc{
	{"abs", mathAbs},
	{"acos", mathFloatFuncPositiveNaN(math.Acos)},
	{"asin", mathFloatFuncPositiveNaN(math.Asin)},
	{"atan", mathAtan},
	{"atan2", mathAtan},
	{"ceil", mathCeil},
	{"cos", mathFloatFunc(math.Cos)},
	{"cosh", mathFloatFunc(math.Cosh)},
	{"deg", mathFloatFunc(func(x float64) float64 { return x * (180 / math.Pi) })},
	{"exp", mathFloatFunc(heap.Exp)},
	{"floor", mathFloor},
	{"fmod", mathFmod},
	{"frexp", mathFrexp},
	{"ldexp", mathLdexp},
	{"log", mathLog},
	{"log10", mathFloatFuncPositiveNaN(mathLog10)},
	{"max", mathMax},
	{"min", mathMin},
	{"modf", mathModf},
	{"pow", mathPow},
	{"rad", mathFloatFunc(func(x float64) float64 { return x * (math.Pi / 180) })},
	{"random", mathRandom},
	{"randomseed", mathRandomSeed},
	{"sin", mathFloatFunc(math.Sin)},
	{"sinh", mathFloatFunc(math.Sinh)},
	{"sqrt", mathFloatFunc(math.Sqrt)},
	{"tan", mathFloatFunc(math.Tan)},
	{"tanh", mathFloatFunc(math.Tanh)},
	{"tointeger", mathToInteger},
	{"type", mathType},
	{"ult", mathUlt},
}

func init() {
	addLibrary(library{Math, "math", openMath})
}

// openMath builds the math library and seeds the generator "randomly", as lua5.4 does
// at start-up.
func openMath(m *vm.VM) heap.Value {
	t := heap.NewTable(0, len(mathFuncs)+4)
	registerFuncs(m, t, "math.", mathFuncs)
	t.SetStr("huge", heap.Float(math.Inf(1)))
	t.SetStr("maxinteger", heap.Int(math.MaxInt64))
	t.SetStr("mininteger", heap.Int(math.MinInt64))
	t.SetStr("pi", heap.Float(math.Pi))
	n1, n2 := mathRandomSeeds()
	mathSeed(m, n1, n2)
	return heap.TableValue(t)
}

// mathFloatFunc returns a builtin applying f to its float argument.
func mathFloatFunc(f func(float64) float64) vm.Function {
	return func(m *vm.VM, args []heap.Value) []heap.Value {
		x := checkFloat(m, args, 1)
		return m.Return(mathFloat(f(x), x))
	}
}

// mathFloatFuncPositiveNaN is mathFloatFunc for the glibc functions (acos, asin,
// log10) whose invalid results are a positive NaN.
func mathFloatFuncPositiveNaN(f func(float64) float64) vm.Function {
	return func(m *vm.VM, args []heap.Value) []heap.Value {
		x := checkFloat(m, args, 1)
		return m.Return(mathFloatPositiveNaN(f(x), x))
	}
}

// mathFloatPositiveNaN is mathFloat for the functions whose invalid results are a
// positive NaN.
func mathFloatPositiveNaN(r, x float64) heap.Value {
	if r != r && x == x {
		return heap.Float(math.Float64frombits(0x7ff8000000000000))
	}
	return mathFloat(r, x)
}

// mathDefaultNaN is the NaN an invalid operation produces on x86-64 (sign bit set),
// which glibc's functions return and printf writes as "-nan"; Go's math functions
// return a positive NaN instead.
var mathDefaultNaN = math.Float64frombits(0xfff8000000000000)

// mathFloat returns the result r of a C math function applied to inputs as glibc
// gives it: a NaN result is the first NaN input, or the default NaN when the inputs
// are numbers.
func mathFloat(r float64, inputs ...float64) heap.Value {
	if r == r {
		return heap.Float(r)
	}
	for _, x := range inputs {
		if x != x {
			return heap.Float(x)
		}
	}
	return heap.Float(mathDefaultNaN)
}

func mathAbs(m *vm.VM, args []heap.Value) []heap.Value {
	if v := arg(args, 1); v.IsInt() {
		n := v.AsInt()
		if n < 0 {
			n = int64(0 - uint64(n))
		}
		return m.Return(heap.Int(n))
	}
	return m.Return(heap.Float(math.Abs(checkFloat(m, args, 1))))
}

func mathAtan(m *vm.VM, args []heap.Value) []heap.Value {
	y := checkFloat(m, args, 1)
	x := optFloat(m, args, 2, 1)
	return m.Return(mathFloat(math.Atan2(y, x), y, x))
}

func mathCeil(m *vm.VM, args []heap.Value) []heap.Value {
	if v := arg(args, 1); v.IsInt() {
		return m.Return(v)
	}
	return m.Return(mathNumInt(math.Ceil(checkFloat(m, args, 1))))
}

// mathNumInt returns an integral float as an integer when it fits, else as itself.
func mathNumInt(f float64) heap.Value {
	if n, ok := heap.FloatToInteger(f, heap.RoundExact); ok {
		return heap.Int(n)
	}
	return heap.Float(f)
}

func mathFloor(m *vm.VM, args []heap.Value) []heap.Value {
	if v := arg(args, 1); v.IsInt() {
		return m.Return(v)
	}
	return m.Return(mathNumInt(math.Floor(checkFloat(m, args, 1))))
}

func mathFmod(m *vm.VM, args []heap.Value) []heap.Value {
	a, b := arg(args, 1), arg(args, 2)
	if !a.IsInt() || !b.IsInt() {
		// The reference checks its two operands within one C call, and gcc
		// evaluates them from the right: a missing divisor is reported first.
		y := checkFloat(m, args, 2)
		x := checkFloat(m, args, 1)
		return m.Return(mathFloat(math.Mod(x, y), x, y))
	}
	d := b.AsInt()
	if uint64(d)+1 <= 1 { // 0 or -1
		if d == 0 {
			m.ArgError(2, "zero")
		}
		return m.Return(heap.Int(0))
	}
	return m.Return(heap.Int(a.AsInt() % d))
}

func mathFrexp(m *vm.VM, args []heap.Value) []heap.Value {
	frac, exp := math.Frexp(checkFloat(m, args, 1))
	return m.Return(heap.Float(frac), heap.Int(int64(exp)))
}

func mathLdexp(m *vm.VM, args []heap.Value) []heap.Value {
	x := checkFloat(m, args, 1)
	e := int32(checkInt(m, args, 2)) // the reference casts to a C int
	return m.Return(mathFloat(math.Ldexp(x, int(e)), x))
}

func mathLog(m *vm.VM, args []heap.Value) []heap.Value {
	x := checkFloat(m, args, 1)
	if isNoneOrNil(args, 2) {
		return m.Return(mathFloat(heap.Log(x), x))
	}
	var res float64
	base := checkFloat(m, args, 2)
	switch base {
	case 2:
		res = math.Log2(x)
	case 10:
		return m.Return(mathFloatPositiveNaN(mathLog10(x), x))
	default:
		res = heap.Log(x) / heap.Log(base)
	}
	return m.Return(mathFloat(res, x, base))
}

// mathLog10 is log10, exact for the powers of ten as C's is (Go's is not).
//
// TODO(compat): the results of Go's trigonometric, hyperbolic, log2 and log10
// functions may differ from glibc's in the last bit (exp, log and pow are correctly
// rounded by heap, as glibc's nearly always are).
func mathLog10(x float64) float64 {
	r := math.Log10(x)
	n := math.Round(r)
	if math.Abs(r-n) < 1e-9 && math.Abs(n) < 400 {
		if p, err := strconv.ParseFloat("1e"+strconv.Itoa(int(n)), 64); err == nil && p == x {
			return n
		}
	}
	return r
}

func mathMax(m *vm.VM, args []heap.Value) []heap.Value {
	if len(args) < 1 {
		m.ArgError(1, "value expected")
	}
	best := args[0]
	for _, v := range args[1:] {
		if m.Less(best, v) {
			best = v
		}
	}
	return m.Return(best)
}

func mathMin(m *vm.VM, args []heap.Value) []heap.Value {
	if len(args) < 1 {
		m.ArgError(1, "value expected")
	}
	best := args[0]
	for _, v := range args[1:] {
		if m.Less(v, best) {
			best = v
		}
	}
	return m.Return(best)
}

func mathModf(m *vm.VM, args []heap.Value) []heap.Value {
	if v := arg(args, 1); v.IsInt() {
		return m.Return(v, heap.Float(0))
	}
	n := checkFloat(m, args, 1)
	ip := math.Floor(n)
	if n < 0 {
		ip = math.Ceil(n)
	}
	frac := 0.0
	if n != ip {
		frac = n - ip
	}
	return m.Return(mathNumInt(ip), heap.Float(frac))
}

func mathPow(m *vm.VM, args []heap.Value) []heap.Value {
	x := checkFloat(m, args, 1)
	y := checkFloat(m, args, 2)
	return m.Return(heap.Float(heap.Pow(x, y)))
}

// mathRandomKey is the registry key of the generator's state.
const mathRandomKey = "_RANDOM"

// mathRandomState returns the table holding the generator's state in the registry,
// creating it (as a zero state) if it is missing.
func mathRandomState(m *vm.VM) *heap.Table {
	return registryTable(m, mathRandomKey, func(st *heap.Table) {
		for i := int64(1); i <= 4; i++ {
			st.SetInt(i, heap.Int(0))
		}
	})
}

// mathLoadRandom reads the generator's state from its table.
func mathLoadRandom(st *heap.Table) Random {
	var r Random
	for i := range r.S {
		r.S[i] = uint64(st.GetInt(int64(i) + 1).AsInt())
	}
	return r
}

// mathStoreRandom writes the generator's state to its table.
func mathStoreRandom(st *heap.Table, r *Random) {
	for i, s := range r.S {
		st.SetInt(int64(i)+1, heap.Int(int64(s)))
	}
}

// mathSeed seeds the generator as math.randomseed(n1, n2) does.
func mathSeed(m *vm.VM, n1, n2 int64) {
	var r Random
	r.Seed(n1, n2)
	mathStoreRandom(mathRandomState(m), &r)
}

// mathRandomSeeds returns the seeds of an unseeded generator: the time, and a random
// number where the reference uses the address of its state.
func mathRandomSeeds() (int64, int64) {
	return time.Now().Unix(), int64(rand.Uint64() >> 16)
}

func mathRandom(m *vm.VM, args []heap.Value) []heap.Value {
	st := mathRandomState(m)
	r := mathLoadRandom(st)
	rv := r.Next() // drawn before the arguments are checked, as in the reference
	mathStoreRandom(st, &r)
	var low, up int64
	switch len(args) {
	case 0:
		return m.Return(heap.Float(RandomFloat(rv)))
	case 1:
		low, up = 1, checkInt(m, args, 1)
		if up == 0 {
			return m.Return(heap.Int(int64(rv)))
		}
	case 2:
		low, up = checkInt(m, args, 1), checkInt(m, args, 2)
	default:
		m.Errorf("wrong number of arguments")
	}
	if low > up {
		m.ArgError(1, "interval is empty")
	}
	drawn := r.S
	n := r.RandomInt(rv, low, up)
	if r.S != drawn { // the projection drew more values
		mathStoreRandom(st, &r)
	}
	return m.Return(heap.Int(n))
}

func mathRandomSeed(m *vm.VM, args []heap.Value) []heap.Value {
	var n1, n2 int64
	if isNone(args, 1) {
		n1, n2 = mathRandomSeeds()
	} else {
		n1 = checkInt(m, args, 1)
		n2 = optInt(m, args, 2, 0)
	}
	mathSeed(m, n1, n2)
	return m.Return(heap.Int(n1), heap.Int(n2))
}

func mathToInteger(m *vm.VM, args []heap.Value) []heap.Value {
	if n, ok := valueToInteger(arg(args, 1)); ok {
		return m.Return(heap.Int(n))
	}
	checkAny(m, args, 1)
	return m.Return(heap.Nil)
}

func mathType(m *vm.VM, args []heap.Value) []heap.Value {
	switch v := arg(args, 1); {
	case v.IsInt():
		return m.Return(heap.String("integer"))
	case v.IsFloat():
		return m.Return(heap.String("float"))
	}
	checkAny(m, args, 1)
	return m.Return(heap.Nil)
}

func mathUlt(m *vm.VM, args []heap.Value) []heap.Value {
	a := checkInt(m, args, 1)
	b := checkInt(m, args, 2)
	return m.Return(heap.Bool(uint64(a) < uint64(b)))
}
