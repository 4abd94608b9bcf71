package stdlib

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

// TestSortMatchesReference runs a script of many sorts (equal keys, inconsistent
// comparators, __lt) in pluto-go and in lua5.4 and wants the same output.
func TestSortMatchesReference(t *testing.T) {
	t.Parallel()
	lua, err := exec.LookPath("lua5.4")
	if err != nil {
		t.Skip("lua5.4 is not installed")
	}
	file := filepath.Join("testdata", "reference", "sort_orders.lua")
	want, err := exec.Command(lua, file).Output()
	if err != nil {
		t.Fatalf("lua5.4 %s: %v", file, err)
	}
	var out bytes.Buffer
	m := vm.New(&vm.Options{Stdout: &out})
	Open(m, All)
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.DoString(string(src), "@sort_orders.lua"); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	got, wantLines := bytes.Split(out.Bytes(), []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := range min(len(got), len(wantLines)) {
		if !bytes.Equal(got[i], wantLines[i]) {
			t.Fatalf("%s: line %d: got %q, want %q", file, i+1, got[i], wantLines[i])
		}
	}
	if len(got) != len(wantLines) {
		t.Fatalf("%s: got %d lines, want %d", file, len(got), len(wantLines))
	}
}

// TestSortSuspendedStateIsPlainData suspends a sort in its comparator and checks that
// the sort's frame waits on the named continuation with a context made only of plain
// Lua data.
func TestSortSuspendedStateIsPlainData(t *testing.T) {
	t.Parallel()
	m := vm.New(nil)
	Open(m, All)
	res, err := m.DoString(`
		local co = coroutine.create(function(t)
			table.sort(t, function(a, b) coroutine.yield() return a < b end)
		end)
		local t = {}
		for i = 1, 200 do t[i] = (i * 37) % 101 end
		coroutine.resume(co, t)
		for _ = 1, 500 do coroutine.resume(co) end
		return co`, "=test")
	if err != nil {
		t.Fatal(err)
	}
	co := res[0].AsThread()
	var ctx heap.Value
	for _, fr := range co.Frames {
		if fr.Cont != nil && fr.Cont.Name == "table.sort.k" {
			ctx = fr.Ctx
		}
	}
	if !ctx.IsTable() {
		t.Fatalf("no frame waits on table.sort.k with a table context (got %v)", ctx)
	}
	c := ctx.AsTable()
	for slot := int64(1); slot <= sortSlots; slot++ {
		v := c.GetInt(slot)
		switch slot {
		case sortSlotT, sortSlotStack:
			if !v.IsTable() {
				t.Errorf("slot %d = %v, want a table", slot, v)
			}
		case sortSlotCmp:
			if !v.IsClosure() {
				t.Errorf("slot %d = %v, want the comparator", slot, v)
			}
		case sortSlotX, sortSlotY, sortSlotPivot:
			if !v.IsNil() && !v.IsNumber() {
				t.Errorf("slot %d = %v, want an element", slot, v)
			}
		default:
			if !v.IsInt() {
				t.Errorf("slot %d = %v, want an integer", slot, v)
			}
		}
	}
	stack := c.GetInt(sortSlotStack).AsTable()
	for k, v, _ := stack.Next(heap.Nil); !k.IsNil(); k, v, _ = stack.Next(k) {
		if !v.IsNil() && !v.IsInt() {
			t.Errorf("interval stack holds %v at %v, want integers", v, k)
		}
	}
}

func TestValueToInteger(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		v    heap.Value
		want int64
		ok   bool
	}{
		{heap.Int(-7), -7, true},
		{heap.Float(3), 3, true},
		{heap.Float(3.5), 0, false},
		{heap.Float(0x1p63), 0, false},
		{heap.String(" 0x10 "), 16, true},
		{heap.String("2.0"), 2, true},
		{heap.String("2.5"), 0, false},
		{heap.String("x"), 0, false},
		{heap.True, 0, false},
		{heap.Nil, 0, false},
	} {
		got, ok := valueToInteger(tc.v)
		if got != tc.want || ok != tc.ok {
			t.Errorf("valueToInteger(%v) = %d, %v, want %d, %v", tc.v, got, ok, tc.want, tc.ok)
		}
	}
}
