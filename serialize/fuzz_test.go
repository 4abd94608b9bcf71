// The fuzz target of the format: any input Unpersist accepts must persist back to the
// very same bytes, and neither Unpersist nor Dump may panic on any input.

package serialize

import (
	"bytes"
	"io"
	"testing"
)

func FuzzSerializeRoundTrip(f *testing.F) {
	b, _ := sampleSnapshot(f)
	f.Add(b)
	opts := &UnpersistOptions{Resolver: testResolver(), MaxBytes: 1 << 20, MaxSlots: 1 << 16,
		MaxObjects: 1 << 16}
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = Dump(io.Discard, data)
		v, err := Unpersist(data, opts)
		if err != nil {
			return
		}
		again, err := Persist(v, nil)
		if err != nil {
			t.Fatalf("accepted input does not persist: %v", err)
		}
		if !bytes.Equal(again, data) {
			t.Fatalf("accepted input persists differently:\n%x\n%x", data, again)
		}
	})
}

func TestDumpSample(t *testing.T) {
	t.Parallel()
	b, _ := sampleSnapshot(t)
	var out bytes.Buffer
	if err := Dump(&out, b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"root = table 0", "thread 0: suspended", `local x = "arg"`,
		"upvalue x = upvalue", "builtin 0: print", `named "io.stdout"`, "(dead)"} {
		if !bytes.Contains(out.Bytes(), []byte(want)) {
			t.Errorf("listing lacks %q:\n%s", want, out.String())
		}
	}
}
