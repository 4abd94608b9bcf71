// Tests of the bytecode verifier: well-formed protos pass, and each kind of broken
// operand, jump or protocol is rejected with a *VerifyError.

package heap

import (
	"errors"
	"testing"
)

// okProto returns a small valid vararg function: a local, a call with open results
// consumed by RETURN, a loop and a nested closure.
func okProto() *Proto {
	inner := &Proto{MaxStackSize: 2, Upvalues: []UpvalueDesc{{Name: "x", InStack: true, Index: 0}},
		Code: []Instruction{ABC(OpGetUpval, 0, 0, 0, false), ABC(OpReturn1, 0, 0, 0, false)}}
	return &Proto{
		IsVararg: true, MaxStackSize: 6,
		Constants: []Value{String("print"), Int(1), Float(0.5)},
		Upvalues:  []UpvalueDesc{{Name: "_ENV", InStack: true}},
		Protos:    []*Proto{inner},
		Code: []Instruction{
			ABC(OpVarargPrep, 0, 0, 0, false),
			ABC(OpGetTabUp, 0, 0, 0, false),
			ABx(OpLoadK, 1, 1),
			ABC(OpAddK, 2, 1, 2, false),
			ABC(OpMMBinK, 1, 2, 6, false),
			ABC(OpEq, 1, 2, 0, false),
			SJ(OpJmp, 2),
			ABC(OpCall, 0, 3, 0, false),
			ABC(OpReturn, 0, 0, 1, false),
			ABx(OpClosure, 3, 0),
			ABC(OpReturn, 3, 2, 1, false),
		},
	}
}

func TestVerifyAccepts(t *testing.T) {
	t.Parallel()
	if err := okProto().Verify(); err != nil {
		t.Fatalf("valid proto rejected: %v", err)
	}
}

func TestVerifyRejects(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		mutate func(p *Proto)
	}{
		{"no code", func(p *Proto) { p.Code = nil }},
		{"stack too big", func(p *Proto) { p.MaxStackSize = 256 }},
		{"register", func(p *Proto) { p.Code[2] = ABx(OpLoadK, 6, 1) }},
		{"constant", func(p *Proto) { p.Code[2] = ABx(OpLoadK, 1, 3) }},
		{"string key", func(p *Proto) { p.Code[1] = ABC(OpGetTabUp, 0, 0, 1, false) }},
		{"number constant", func(p *Proto) { p.Code[3] = ABC(OpAddK, 2, 1, 0, false) }},
		{"upvalue", func(p *Proto) { p.Code[1] = ABC(OpGetTabUp, 0, 1, 0, false) }},
		{"mm event", func(p *Proto) { p.Code[4] = ABC(OpMMBinK, 1, 2, 20, false) }},
		{"no mm", func(p *Proto) { p.Code[4] = ABC(OpMove, 1, 2, 0, false) }},
		{"mm alone", func(p *Proto) { p.Code[2] = ABC(OpMMBin, 1, 2, 6, false) }},
		{"no opcode after arith", func(p *Proto) { p.Code[4] = Instruction(NumOpCodes) }},
		{"test without jmp", func(p *Proto) { p.Code[6] = ABC(OpMove, 1, 2, 0, false) }},
		{"jump out", func(p *Proto) { p.Code[6] = SJ(OpJmp, 100) }},
		{"jump back out", func(p *Proto) { p.Code[6] = SJ(OpJmp, -10) }},
		{"jump to open consumer", func(p *Proto) { p.Code[6] = SJ(OpJmp, 1) }},
		{"open results unused", func(p *Proto) { p.Code[8] = ABC(OpReturn, 0, 1, 1, false) }},
		{"open results below", func(p *Proto) { p.Code[8] = ABC(OpReturn, 1, 0, 1, false) }},

		{"open without producer", func(p *Proto) { p.Code[7] = ABC(OpCall, 0, 3, 1, false) }},
		{"call args", func(p *Proto) { p.Code[7] = ABC(OpCall, 0, 7, 0, false) }},
		{"vararg C", func(p *Proto) { p.Code[10] = ABC(OpReturn, 3, 2, 0, false) }},
		{"closure index", func(p *Proto) { p.Code[9] = ABx(OpClosure, 3, 1) }},
		{"missing extraarg", func(p *Proto) { p.Code[2] = ABx(OpLoadKX, 1, 0) }},
		{"stray extraarg", func(p *Proto) { p.Code[2] = Ax(OpExtraArg, 0) }},
		{"newtable without extraarg", func(p *Proto) { p.Code[2] = ABC(OpNewTable, 1, 0, 0, false) }},
		{"falls off the end", func(p *Proto) { p.Code = p.Code[:10] }},
		{"varargprep late", func(p *Proto) { p.Code[2] = ABC(OpVarargPrep, 0, 0, 0, false) }},
		{"no varargprep", func(p *Proto) { p.Code[0] = ABC(OpLoadNil, 0, 0, 0, false) }},
		{"nested upvalue", func(p *Proto) { p.Protos[0].Upvalues[0].Index = 6 }},
		{"nil nested", func(p *Proto) { p.Protos[0] = nil }},
		{"line info", func(p *Proto) { p.LineInfo = []int32{1} }},
		{"bad constant", func(p *Proto) { p.Constants[1] = TableValue(NewTable(0, 0)) }},
		{"unknown opcode", func(p *Proto) { p.Code[2] = Instruction(NumOpCodes) }},
		{"locvar range", func(p *Proto) { p.LocVars = []LocVar{{Name: "x", StartPC: 3, EndPC: 99}} }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := okProto()
			tc.mutate(p)
			var ve *VerifyError
			if err := p.Verify(); !errors.As(err, &ve) {
				t.Fatalf("got %v, want a *VerifyError", err)
			}
		})
	}
}

// TestVerifyTableSizes checks NEWTABLE's size hints against the size of the function.
func TestVerifyTableSizes(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		b, c  int
		extra int
		ok    bool
	}{
		{"empty", 0, 0, 0, true},
		{"array of a SETLIST's worth per instruction", 0, 3 * FieldsPerFlush, 0, true},
		{"array beyond", 0, 3*FieldsPerFlush + 1, 0, false},
		{"array in EXTRAARG", 0, 0, 1000, false},
		{"hash of twice the instructions", 3, 0, 0, true},
		{"hash beyond", 4, 0, 0, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := &Proto{MaxStackSize: 1, Code: []Instruction{
				ABC(OpNewTable, 0, tc.b, tc.c, tc.extra > 0),
				Ax(OpExtraArg, tc.extra),
				ABC(OpReturn1, 0, 0, 0, false),
			}}
			err := p.Verify()
			var ve *VerifyError
			if tc.ok != (err == nil) || err != nil && !errors.As(err, &ve) {
				t.Errorf("B %d C %d EXTRAARG %d: got %v, want ok %v", tc.b, tc.c, tc.extra, err, tc.ok)
			}
		})
	}
}

// TestVerifyClosing checks that a function with a to-be-closed variable has no way out
// that leaves it open.
func TestVerifyClosing(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		ret  Instruction
		ok   bool
	}{
		{"RETURN with k", ABC(OpReturn, 0, 1, 0, true), true},
		{"RETURN without k", ABC(OpReturn, 0, 1, 0, false), false},
		{"RETURN0", ABC(OpReturn0, 0, 0, 0, false), false},
		{"RETURN1", ABC(OpReturn1, 0, 0, 0, false), false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := &Proto{MaxStackSize: 1, Code: []Instruction{ABC(OpTBC, 0, 0, 0, false), tc.ret}}
			err := p.Verify()
			var ve *VerifyError
			if tc.ok != (err == nil) || err != nil && !errors.As(err, &ve) {
				t.Errorf("got %v, want ok %v", err, tc.ok)
			}
		})
	}
}
