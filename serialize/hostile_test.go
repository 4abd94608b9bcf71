// Tests of hostile snapshots built on purpose: declared lengths far beyond the input,
// nesting deeper than the format has, references that form cycles where the format
// allows none, and prototypes the verifier rejects. Each must fail with an error of
// the expected kind, fast and without a large allocation.

package serialize

import (
	"bytes"
	"errors"
	"math"
	"testing"

	"github.com/pluto-go/pluto-go/heap"
)

// closureSnapshot returns the snapshot of a closure of getterProto, for tampering.
func closureSnapshot(t *testing.T) *snapshot {
	t.Helper()
	data, err := Persist(heap.ClosureValue(closureOver(heap.NewClosedUpvalue(heap.Int(1)))), nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := checkedSnapshot(data)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestUnpersistHostile(t *testing.T) {
	t.Parallel()
	// sealed puts an encoded body in its envelope.
	sealed := func(b ...byte) []byte { return append(appendEnvelope(nil, b), b...) }
	deep := sealed(append([]byte{0x8b}, bytes.Repeat([]byte{0x81}, 100_000)...)...)
	cases := []struct {
		name string
		data func(t *testing.T) []byte
		want error // nil for any *CorruptError
	}{
		{"huge array length", func(*testing.T) []byte {
			return sealed(0x8b, 0xf6, 0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)
		}, nil},
		{"huge byte string", func(*testing.T) []byte {
			return sealed(0x8b, 0xf6, 0x81, 0x5a, 0xff, 0xff, 0xff, 0xff, 'x')
		}, nil},
		{"deep nesting", func(*testing.T) []byte { return deep }, nil},
		{"proto nested in itself", func(t *testing.T) []byte {
			s := closureSnapshot(t)
			s.Protos[0].Protos = []uint{0}
			return seal(s)
		}, nil},
		{"proto failing verification", func(t *testing.T) []byte {
			s := closureSnapshot(t)
			s.Protos[0].Code[0] = 0xff // an opcode that does not exist
			return seal(s)
		}, nil},
		{"upvalue index beyond the closure", func(t *testing.T) []byte {
			s := closureSnapshot(t)
			s.Closures[0].Upvals = []uint{5}
			return seal(s)
		}, nil},
		{"huge hash capacity", func(t *testing.T) []byte {
			return seal(&snapshot{Root: val{k: vTable},
				Tables: []tableRec{{HashCap: 1 << 30}}})
		}, ErrLimit},
		{"huge thread stack", func(t *testing.T) []byte {
			return seal(&snapshot{Root: val{k: vThread},
				Threads: []threadRec{{Status: uint(heap.StatusSuspended), Size: 1 << 40}}})
		}, ErrLimit},
		{"special reference without specials", func(t *testing.T) []byte {
			return seal(&snapshot{Root: val{k: vTable},
				Tables: []tableRec{{Array: vals{{k: vSpecial}}}}})
		}, nil},
		{"special of no kind", func(t *testing.T) []byte {
			return seal(&snapshot{Root: val{k: vSpecial},
				Specials: []specialRec{{Kind: 255, Fn: val{k: vBuiltin}}},
				Builtins: []builtinRec{{Name: "print"}}})
		}, nil},
		{"special kind past a byte", func(t *testing.T) []byte {
			return seal(&snapshot{Root: val{k: vSpecial},
				Specials: []specialRec{{Kind: 256 + uint(heap.KindTable), Fn: val{k: vBuiltin}}},
				Builtins: []builtinRec{{Name: "print"}}})
		}, nil},
		{"permanent metatable of no kind", func(t *testing.T) []byte {
			return seal(&snapshot{Root: val{k: vTable},
				Tables: []tableRec{{Meta: val{k: vPerm}}},
				Perms:  []permRec{{Kind: 255, Key: val{k: vInt, n: 1}}}})
		}, nil},
		{"permanent keys 1 and 1.0", func(t *testing.T) []byte {
			return seal(&snapshot{Root: val{k: vTable},
				Tables: []tableRec{{Array: vals{{k: vPerm}, {k: vPerm, n: 1}}}},
				Perms: []permRec{{Kind: uint(heap.KindTable), Key: val{k: vInt, n: 1}},
					{Kind: uint(heap.KindTable), Key: val{k: vFloat, n: math.Float64bits(1)}}}})
		}, nil},
		{"permanent key NaN", func(t *testing.T) []byte {
			return seal(&snapshot{Root: val{k: vPerm},
				Perms: []permRec{{Kind: uint(heap.KindTable), Key: val{k: vFloat, n: math.Float64bits(math.NaN())}}}})
		}, nil},
		{"string as a metatable", func(t *testing.T) []byte {
			return seal(&snapshot{Root: val{k: vTable},
				Strings: []string{"s"},
				Tables:  []tableRec{{Meta: val{k: vString}}}})
		}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, err := Unpersist(tc.data(t), nil)
			var ce *CorruptError
			switch {
			case err == nil:
				t.Fatal("accepted")
			case tc.want != nil && !errors.Is(err, tc.want):
				t.Fatalf("got %v, want %v", err, tc.want)
			case tc.want == nil && !errors.As(err, &ce):
				t.Fatalf("got %v, want a *CorruptError", err)
			}
		})
	}
}
