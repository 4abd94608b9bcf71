package heap

import "testing"

// TestOpcodeTable fails when an opcode lacks its facts, so that the table stays
// complete as opcodes are added.
func TestOpcodeTable(t *testing.T) {
	t.Parallel()
	seen := map[string]bool{}
	for op := OpCode(0); op < NumOpCodes; op++ {
		name := op.String()
		if opInfos[op].name == "" {
			t.Errorf("opcode %d has no entry", op)
		}
		if seen[name] {
			t.Errorf("opcode name %q used twice", name)
		}
		seen[name] = true
	}
}

func TestInstructionEncoding(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		i     Instruction
		check func(Instruction) bool
	}{
		{"ABC", ABC(OpAdd, 1, 2, 3, true), func(i Instruction) bool {
			return i.OpCode() == OpAdd && i.A() == 1 && i.B() == 2 && i.C() == 3 && i.K()
		}},
		{"ABx", ABx(OpLoadK, 255, MaxArgBx), func(i Instruction) bool {
			return i.OpCode() == OpLoadK && i.A() == 255 && i.Bx() == MaxArgBx
		}},
		{"AsBx negative", AsBx(OpLoadI, 3, -5), func(i Instruction) bool {
			return i.A() == 3 && i.SBx() == -5
		}},
		{"sJ", SJ(OpJmp, -100), func(i Instruction) bool { return i.SJ() == -100 }},
		{"Ax", Ax(OpExtraArg, MaxArgAx), func(i Instruction) bool { return i.Ax() == MaxArgAx }},
		{"signed C", ABC(OpAddI, 0, 0, -7+OffsetSC, false), func(i Instruction) bool {
			return i.SC() == -7
		}},
		{"WithSJ", SJ(OpJmp, 0).WithSJ(42), func(i Instruction) bool { return i.SJ() == 42 }},
	}
	for _, tc := range tests {
		if !tc.check(tc.i) {
			t.Errorf("%s: decoding %08x gave unexpected operands", tc.name, uint32(tc.i))
		}
	}
}
