package stdlib

import (
	"testing"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

// newMathVM returns a VM with every library.
func newMathVM() *vm.VM {
	m := vm.New(nil)
	Open(m, All)
	return m
}

// mathRun runs src in m and returns its results.
func mathRun(t *testing.T, m *vm.VM, src string) []heap.Value {
	t.Helper()
	res, err := m.DoString(src, "=test")
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return res
}

func TestMathRandomStateIsRegistryData(t *testing.T) {
	t.Parallel()
	a, b := newMathVM(), newMathVM()
	mathRun(t, a, `math.randomseed(1234) math.random()`)
	st := a.Registry().GetStr(mathRandomKey)
	if !st.IsTable() || st.AsTable().Len() != 4 {
		t.Fatalf("registry %s = %v, want a table of four integers", mathRandomKey, st)
	}
	// Copying the four integers to another VM carries the sequence over.
	copied := heap.NewTable(4, 0)
	for i := int64(1); i <= 4; i++ {
		copied.SetInt(i, st.AsTable().GetInt(i))
	}
	b.Registry().SetStr(mathRandomKey, heap.TableValue(copied))
	const next = `return math.random(1, 1000000), math.random(0), math.random()`
	ra, rb := mathRun(t, a, next), mathRun(t, b, next)
	for i := range ra {
		if !heap.RawEqual(ra[i], rb[i]) {
			t.Errorf("result %d: %v in the original, %v in the copy", i+1, ra[i], rb[i])
		}
	}
}

func TestMathRandomSeededLikeReference(t *testing.T) {
	t.Parallel()
	// Values printed by lua5.4 5.4.4 after math.randomseed(42).
	m := newMathVM()
	got := mathRun(t, m, `math.randomseed(42)
		local a, b, c, d, e = math.random(100), math.random(100), math.random(100),
			math.random(100), math.random(100)
		return a, b, c, d, e`)
	want := []int64{50, 76, 86, 54, 64}
	for i, w := range want {
		if got[i].AsInt() != w {
			t.Errorf("draw %d after randomseed(42) = %v, want %d", i+1, got[i], w)
		}
	}
}

func TestMathUnseededDiffers(t *testing.T) {
	t.Parallel()
	a, b := newMathVM(), newMathVM()
	const draw = `return math.random(0)`
	if x, y := mathRun(t, a, draw)[0], mathRun(t, b, draw)[0]; heap.RawEqual(x, y) {
		t.Errorf("two unseeded VMs drew the same value %v", x)
	}
}

func TestMathLog10Exact(t *testing.T) {
	t.Parallel()
	for e := -300; e <= 300; e++ {
		x := mathPow10(e)
		if got := mathLog10(x); got != float64(e) {
			t.Errorf("mathLog10(1e%d) = %v, want %d", e, got, e)
		}
	}
}

// mathPow10 returns the float nearest 10^e, as the literal 1e<e> reads.
func mathPow10(e int) float64 {
	_, f, _, _ := heap.StringToNumber("1e" + heap.FormatInt(int64(e)))
	return f
}
