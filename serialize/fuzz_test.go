// The fuzz target of the format: any input Unpersist accepts must persist back to the
// very same bytes (a version 1 input to the version 2 form of its records), and
// neither Unpersist nor Dump may panic on any input. Mutated inputs would stop at the
// length of the body or the checksum, so the target rebuilds the envelope around
// what the fuzzer made of the body, so that mutations reach the decoder and the
// validation; when only the checksum changed, the input as it came must fail with
// ErrChecksum.

package serialize

import (
	"bytes"
	"errors"
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
		sum := len(header) + versionLen + 1
		if len(sealed) == len(data) && !bytes.Equal(sealed, data) && len(data) <= opts.MaxBytes &&
			bytes.Equal(sealed[:sum], data[:sum]) && bytes.Equal(sealed[sum+4:], data[sum+4:]) {
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
		want := sealed
		if version, body, _ := open(sealed); version != Version {
			want = append(appendEnvelope(nil, body), body...)
		}
		if !bytes.Equal(again, want) {
			t.Fatalf("accepted input persists differently:\n%x\n%x", want, again)
		}
	})
}

// reseal returns data with the envelope of the current version rebuilt around all
// that follows the head of its body, so that its length and checksum are right, when
// data starts with such an envelope; otherwise data itself.
func reseal(data []byte) []byte {
	prefix := append(header[:], 0x83, Version, 0x44)
	if !bytes.HasPrefix(data, prefix) {
		return data
	}
	r := reader{data: data, off: len(prefix) + 4}
	if m, _ := r.head(); r.err != nil || m != majorBytes {
		return data
	}
	body := data[r.off:]
	return append(appendEnvelope(nil, body), body...)
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
