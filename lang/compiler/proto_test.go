// Tests of the Proto fields a listing does not show in full: upvalue kinds, debug
// ranges, the main function's shape, and the prototypes the lister is given.

package compiler

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pluto-go/pluto-go/heap"
)

func TestMainFunctionShape(t *testing.T) {
	t.Parallel()
	p := compileSource(t, "=stdin", "local a = 1\nreturn a\n")
	if p.Source != "=stdin" || p.LineDefined != 0 || p.LastLineDefined != 0 {
		t.Errorf("source/lines: got %q %d %d, want \"=stdin\" 0 0",
			p.Source, p.LineDefined, p.LastLineDefined)
	}
	if !p.IsVararg || p.NumParams != 0 {
		t.Errorf("got vararg %v with %d params, want vararg with 0", p.IsVararg, p.NumParams)
	}
	want := []heap.UpvalueDesc{{Name: "_ENV", InStack: true, Index: 0, Kind: heap.VarRegular}}
	if len(p.Upvalues) != 1 || p.Upvalues[0] != want[0] {
		t.Errorf("upvalues: got %+v, want %+v", p.Upvalues, want)
	}
	if len(p.LineInfo) != len(p.Code) {
		t.Errorf("got %d line entries for %d instructions", len(p.LineInfo), len(p.Code))
	}
}

func TestUpvalueKinds(t *testing.T) {
	t.Parallel()
	src := `local r, c <const>, k <close> = {}, {}, nil
local n <const> = 10
local function f() return r, c, k, n end
local function g() return function() return k, c end end`
	p := compileSource(t, "=kinds", src)
	tests := []struct {
		proto *heap.Proto
		want  []heap.UpvalueDesc
	}{
		{p.Protos[0], []heap.UpvalueDesc{
			{Name: "r", InStack: true, Index: 0, Kind: heap.VarRegular},
			{Name: "c", InStack: true, Index: 1, Kind: heap.VarConst},
			{Name: "k", InStack: true, Index: 2, Kind: heap.VarClose},
		}},
		{p.Protos[1].Protos[0], []heap.UpvalueDesc{
			{Name: "k", InStack: false, Index: 0, Kind: heap.VarClose},
			{Name: "c", InStack: false, Index: 1, Kind: heap.VarConst},
		}},
	}
	for i, tc := range tests {
		if len(tc.proto.Upvalues) != len(tc.want) {
			t.Errorf("case %d: got upvalues %+v, want %+v", i, tc.proto.Upvalues, tc.want)
			continue
		}
		for j, got := range tc.proto.Upvalues {
			if got != tc.want[j] {
				t.Errorf("case %d, upvalue %d: got %+v, want %+v", i, j, got, tc.want[j])
			}
		}
	}
}

func TestCompileTimeConstantsTakeNoRegister(t *testing.T) {
	t.Parallel()
	p := compileSource(t, "=ctc", "local a <const> = 1\nlocal b = a + 1\nreturn b")
	if len(p.LocVars) != 1 || p.LocVars[0].Name != "b" {
		t.Errorf("got locals %+v, want only b", p.LocVars)
	}
	if p.LocalName(1, len(p.Code)-1) != "b" {
		t.Errorf("register 0 is %q at the end, want b", p.LocalName(1, len(p.Code)-1))
	}
}

func TestListWithoutDebugInformation(t *testing.T) {
	t.Parallel()
	p := compileSource(t, "=strip", "local x = 1\nlocal function f() return x end\nreturn f")
	strip := func(p *heap.Proto) {
		p.LocVars = nil
		p.LineInfo = nil
		for i := range p.Upvalues {
			p.Upvalues[i].Name = ""
		}
	}
	strip(p)
	strip(p.Protos[0])
	var b bytes.Buffer
	if err := List(&b, p, true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\t[-]\tGETUPVAL \t0 0\t; -\n", "upvalues (1) for F1:\n\t0\t-\t1\t0\n"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("listing lacks %q:\n%s", want, b.String())
		}
	}
}
