// The fuzz target of the format: any input Unpersist accepts must persist back to the
// very same bytes, and neither Unpersist nor Dump may panic on any input. Mutated
// inputs would stop at the checksum, so the target recomputes it and then requires
// the input as it came to fail with ErrChecksum if that changed it, so that the
// mutations reach the decoder and the validation.

package serialize

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"testing"
)

func FuzzSerializeRoundTrip(f *testing.F) {
	b, _ := sampleSnapshot(f)
	f.Add(b)
	opts := &UnpersistOptions{Resolver: testResolver(), MaxBytes: 1 << 20, MaxSlots: 1 << 16,
		MaxObjects: 1 << 16}
	f.Fuzz(func(t *testing.T, data []byte) {
		sealed := reseal(data)
		if !bytes.Equal(sealed, data) && len(data) <= opts.MaxBytes {
			if _, err := Unpersist(data, opts); !errors.Is(err, ErrChecksum) {
				t.Fatalf("input with a wrong checksum: got %v, want ErrChecksum", err)
			}
		}
		_ = Dump(io.Discard, sealed)
		v, err := Unpersist(sealed, opts)
		if err != nil {
			return
		}
		again, err := Persist(v, nil)
		if err != nil {
			t.Fatalf("accepted input does not persist: %v", err)
		}
		if !bytes.Equal(again, sealed) {
			t.Fatalf("accepted input persists differently:\n%x\n%x", sealed, again)
		}
	})
}

// reseal returns data with its checksum replaced by that of its body, when data has
// an envelope of the current version that is right but for the checksum; otherwise
// data itself.
func reseal(data []byte) []byte {
	prefix := append(header[:], 0x83, Version, 0x44)
	if !bytes.HasPrefix(data, prefix) {
		return data
	}
	r := reader{data: data, off: len(prefix) + 4}
	m, size := r.head()
	body := r.off
	if r.err != nil || m != majorBytes || body != len(prefix)+4+headSize(size) ||
		uint64(len(data)-body) != size {
		return data
	}
	c := bytes.Clone(data)
	binary.BigEndian.PutUint32(c[len(prefix):], crc32.Checksum(c[body:], castagnoli))
	return c
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
