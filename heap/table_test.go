package heap

import (
	"errors"
	"math"
	"testing"
)

func TestTableKeyNormalisation(t *testing.T) {
	t.Parallel()
	tab := NewTable(0, 0)
	tab.Set(Float(1), String("one"))
	tab.Set(Float(2.5), String("two and a half"))
	tests := []struct {
		name string
		key  Value
		want Value
	}{
		{"integer key written as float", Int(1), String("one")},
		{"float key with integral value", Float(1), String("one")},
		{"non-integral float", Float(2.5), String("two and a half")},
		{"absent", Int(2), Nil},
		{"nil key reads nil", Nil, Nil},
	}
	for _, tc := range tests {
		if got := tab.Get(tc.key); !RawEqual(got, tc.want) {
			t.Errorf("%s: Get(%v) = %v, want %v", tc.name, tc.key, got, tc.want)
		}
	}
}

func TestTableInvalidKeys(t *testing.T) {
	t.Parallel()
	tab := NewTable(0, 0)
	if err := tab.Set(Nil, True); !errors.Is(err, ErrNilKey) {
		t.Errorf("Set(nil) = %v, want ErrNilKey", err)
	}
	if err := tab.Set(Float(math.NaN()), True); !errors.Is(err, ErrNaNKey) {
		t.Errorf("Set(NaN) = %v, want ErrNaNKey", err)
	}
}

func TestTableLen(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		fill func(*Table)
		want int64
	}{
		{"empty", func(*Table) {}, 0},
		{"sequence", func(t *Table) {
			for i := int64(1); i <= 10; i++ {
				t.SetInt(i, Int(i))
			}
		}, 10},
		{"trailing nil", func(t *Table) {
			for i := int64(1); i <= 10; i++ {
				t.SetInt(i, Int(i))
			}
			t.SetInt(10, Nil)
		}, 9},
		{"only hash part", func(t *Table) {
			t.SetStr("x", True)
			t.Set(Int(1), True)
		}, 1},
		{"constructor with a hole", func(t *Table) {
			*t = *NewTable(3, 0)
			t.SetInt(1, True)
			t.SetInt(3, True)
		}, 3},
	}
	for _, tc := range tests {
		tab := NewTable(0, 0)
		tc.fill(tab)
		if got := tab.Len(); got != tc.want {
			t.Errorf("%s: Len() = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// keys traverses tab with Next and returns the keys in order.
func keys(t *testing.T, tab *Table) []Value {
	t.Helper()
	var out []Value
	k := Nil
	for {
		nk, _, err := tab.Next(k)
		if err != nil {
			t.Fatalf("Next(%v): %v", k, err)
		}
		if nk.IsNil() {
			return out
		}
		out = append(out, nk)
		k = nk
	}
}

func TestTableNextOrderIsInsertionOrder(t *testing.T) {
	t.Parallel()
	tab := NewTable(0, 0)
	names := []string{"zeta", "alpha", "mid", "beta"}
	for _, n := range names {
		tab.SetStr(n, True)
	}
	got := keys(t, tab)
	if len(got) != len(names) {
		t.Fatalf("traversal gave %d keys, want %d", len(got), len(names))
	}
	for i, n := range names {
		if got[i].AsString() != n {
			t.Errorf("key %d = %q, want %q", i, got[i].AsString(), n)
		}
	}
}

func TestTableNextAfterDelete(t *testing.T) {
	t.Parallel()
	tab := NewTable(0, 0)
	for _, n := range []string{"a", "b", "c", "d"} {
		tab.SetStr(n, True)
	}
	// Deleting the current key during a traversal is allowed: Next continues from it.
	k, _, _ := tab.Next(Nil)
	tab.Set(k, Nil)
	k2, _, err := tab.Next(k)
	if err != nil || k2.AsString() != "b" {
		t.Fatalf("Next after deleting %q = %v, %v; want \"b\"", k.AsString(), k2, err)
	}
	if _, _, err := tab.Next(String("nope")); !errors.Is(err, ErrInvalidNextKey) {
		t.Errorf("Next(absent key) error = %v, want ErrInvalidNextKey", err)
	}
}

func TestTableRehashMovesIntegerKeys(t *testing.T) {
	t.Parallel()
	tab := NewTable(0, 0)
	for i := int64(64); i >= 1; i-- {
		tab.SetInt(i, Int(i))
	}
	for i := int64(1); i <= 64; i++ {
		if got := tab.GetInt(i); !got.IsInt() || got.AsInt() != i {
			t.Fatalf("GetInt(%d) = %v", i, got)
		}
	}
	if tab.Len() != 64 {
		t.Errorf("Len() = %d, want 64", tab.Len())
	}
	if tab.ArrayLen() == 0 {
		t.Errorf("integer keys 1..64 inserted backwards stayed in the hash part")
	}
}

func TestTableRestoreKeepsTraversal(t *testing.T) {
	t.Parallel()
	tab := NewTable(0, 0)
	for _, n := range []string{"a", "b", "c"} {
		tab.SetStr(n, True)
	}
	tab.SetStr("b", Nil)
	var ks, vs []Value
	for i := range tab.HashLen() {
		k, v := tab.HashEntry(i)
		ks, vs = append(ks, k), append(vs, v)
	}
	copyTab := NewTable(0, 0)
	copyTab.Restore(nil, ks, vs, tab.HashCap())
	if k, _, err := copyTab.Next(String("b")); err != nil || k.AsString() != "c" {
		t.Errorf("restored table: Next(dead key) = %v, %v; want \"c\"", k, err)
	}
}

func BenchmarkTableArraySetGet(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		tab := NewTable(0, 0)
		for i := int64(1); i <= 1000; i++ {
			tab.SetInt(i, Int(i))
		}
		for i := int64(1); i <= 1000; i++ {
			_ = tab.GetInt(i)
		}
	}
}

func BenchmarkTableHashGetStr(b *testing.B) {
	tab := NewTable(0, 0)
	names := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
	for _, n := range names {
		tab.SetStr(n, True)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range names {
			_ = tab.GetStr(n)
		}
	}
}
