package heap

import (
	"fmt"
	"math"
	"testing"
)

func TestValueKinds(t *testing.T) {
	t.Parallel()
	tests := []struct {
		v    Value
		kind Kind
		name string
	}{
		{Nil, KindNil, "nil"},
		{True, KindBool, "boolean"},
		{Int(5), KindInt, "number"},
		{Float(5), KindFloat, "number"},
		{String(""), KindString, "string"},
		{String("x"), KindString, "string"},
		{TableValue(NewTable(0, 0)), KindTable, "table"},
		{ThreadValue(NewThread(1)), KindThread, "thread"},
	}
	for _, tc := range tests {
		if got := tc.v.Kind(); got != tc.kind {
			t.Errorf("Kind(%v) = %v, want %v", tc.v, got, tc.kind)
		}
		if got := tc.v.TypeName(); got != tc.name {
			t.Errorf("TypeName(%v) = %q, want %q", tc.v, got, tc.name)
		}
	}
	// An integer whose bits equal an object kind must still be an integer.
	if v := Int(int64(KindTable)); v.IsTable() || v.IsString() {
		t.Errorf("Int(%d) reports itself a table or string", KindTable)
	}
}

func TestValueString(t *testing.T) {
	t.Parallel()
	tab := NewTable(0, 0)
	tests := []struct {
		v    Value
		want string
	}{
		{Nil, "nil"},
		{True, "true"},
		{False, "false"},
		{Int(-3), "-3"},
		{Float(3), "3.0"},
		{Float(0.1), "0.1"},
		{Float(math.Inf(-1)), "-inf"},
		{String("a\x00b"), "a\x00b"},
		{TableValue(tab), fmt.Sprintf("table: %p", tab)},
	}
	for _, tc := range tests {
		if got := fmt.Sprint(tc.v); got != tc.want {
			t.Errorf("fmt.Sprint of a %s: got %q, want %q", tc.v.TypeName(), got, tc.want)
		}
	}
}

func TestRawEqual(t *testing.T) {
	t.Parallel()
	tab := TableValue(NewTable(0, 0))
	tests := []struct {
		name string
		a, b Value
		want bool
	}{
		{"int and equal float", Int(1), Float(1), true},
		{"int and rounded float", Int(1<<53 + 1), Float(1 << 53), false},
		{"NaN", Float(math.NaN()), Float(math.NaN()), false},
		{"strings by content", String("ab"), String(string([]byte{'a', 'b'})), true},
		{"different strings", String("a"), String("b"), false},
		{"same table", tab, tab, true},
		{"different tables", tab, TableValue(NewTable(0, 0)), false},
		{"false and nil", False, Nil, false},
	}
	for _, tc := range tests {
		if got := RawEqual(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: RawEqual = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func BenchmarkValueArithmetic(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		x := Float(0)
		for i := int64(0); i < 1000; i++ {
			x = Float(x.AsFloat() + float64(Int(i).AsInt())*0.5)
		}
		_ = x
	}
}
