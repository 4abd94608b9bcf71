// Tests of hostile input: truncations, flipped bytes, wrong headers and versions,
// non-canonical encodings, limits. Every case must give an error, never a panic.

package serialize

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/pluto-go/pluto-go/heap"
)

// sampleGraph returns a root reaching every kind of object the format has.
func sampleGraph(r *MapResolver) heap.Value {
	th, c := suspendedThread(r)
	root := sampleTable()
	root.SetStr("co", heap.ThreadValue(th))
	root.SetStr("getter", heap.ClosureValue(c))
	root.SetStr("print", heap.BuiltinValue(r.Builtins["print"]))
	root.SetStr("out", heap.UserdataValue(r.Named["io.stdout"]))
	root.SetStr("inst", heap.BuiltinValue(&heap.Builtin{Name: "string.gmatch.k",
		Upvalues: []heap.Value{heap.String("x"), heap.Float(1.25)}}))
	dead := heap.NewThread(0)
	dead.Status, dead.Failed, dead.Err = heap.StatusDead, true, heap.String("boom")
	root.SetStr("dead", heap.ThreadValue(dead))
	return heap.TableValue(root)
}

// sampleSnapshot returns the snapshot of sampleGraph and options to load it.
func sampleSnapshot(t testing.TB) ([]byte, *UnpersistOptions) {
	r := testResolver()
	b, err := Persist(sampleGraph(r), nil)
	if err != nil {
		t.Fatal(err)
	}
	return b, &UnpersistOptions{Resolver: r}
}

func TestUnpersistTruncated(t *testing.T) {
	t.Parallel()
	b, opts := sampleSnapshot(t)
	if _, err := Unpersist(b, opts); err != nil {
		t.Fatalf("full snapshot: %v", err)
	}
	for n := 1; n < len(b); n++ {
		_, err := Unpersist(b[:n], opts)
		var ce *CorruptError
		if !errors.As(err, &ce) || !errors.Is(err, io.ErrUnexpectedEOF) {
			t.Fatalf("truncated to %d of %d bytes: got %v, want a truncation error", n, len(b), err)
		}
	}
}

// TestUnpersistFlippedBits flips each bit of a snapshot in turn: a flip in the body
// or its checksum is damage only the checksum can tell, anywhere else the envelope
// no longer holds.
func TestUnpersistFlippedBits(t *testing.T) {
	t.Parallel()
	b, opts := sampleSnapshot(t)
	_, body, err := open(b)
	if err != nil {
		t.Fatal(err)
	}
	sum, start := len(header)+versionLen+1, len(b)-len(body)
	for i := range b {
		for bit := range 8 {
			c := bytes.Clone(b)
			c[i] ^= 1 << bit
			_, err := Unpersist(c, opts)
			var ce *CorruptError
			switch {
			case i >= sum && i < sum+4 || i >= start:
				if !errors.Is(err, ErrChecksum) || !errors.As(err, &ce) {
					t.Fatalf("byte %d bit %d: got %v, want a *CorruptError wrapping ErrChecksum",
						i, bit, err)
				}
			case i < len(header):
				if !errors.Is(err, ErrNotSnapshot) {
					t.Fatalf("byte %d bit %d: got %v, want ErrNotSnapshot", i, bit, err)
				}
			case errors.Is(err, ErrChecksum) ||
				!errors.Is(err, ErrVersionMismatch) && !errors.As(err, &ce):
				t.Fatalf("byte %d bit %d: got %v, want a header error", i, bit, err)
			}
		}
	}
}

// TestUnpersistFlippedBytesV1 flips bytes of a version 1 snapshot, which has no
// checksum: what loads must persist to the version 2 form of the same body.
func TestUnpersistFlippedBytesV1(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile(filepath.Join("testdata", "golden", "v1_sample.snap"))
	if err != nil {
		t.Fatal(err)
	}
	opts := &UnpersistOptions{Resolver: testResolver()}
	for i := range b {
		for _, mask := range []byte{0x01, 0x80, 0xff, 0x20} {
			c := bytes.Clone(b)
			c[i] ^= mask
			v, err := Unpersist(c, opts)
			if err != nil {
				continue
			}
			again, err := Persist(v, nil)
			_, want, _ := open(c)
			_, got, _ := open(again)
			if err != nil || !bytes.Equal(got, want) {
				t.Fatalf("byte %d ^ %#x accepted but does not persist back (%v)", i, mask, err)
			}
		}
	}
}

func TestUnpersistErrors(t *testing.T) {
	t.Parallel()
	b, opts := sampleSnapshot(t)
	version := bytes.Clone(b)
	version[len(header)+1] = Version + 1
	longInt := append(bytes.Clone(b[:len(header)+1]), 0x18, Version) // non-shortest version
	longInt = append(longInt, b[len(header)+2:]...)
	cases := []struct {
		name string
		data []byte
		opts *UnpersistOptions
		want error
	}{
		{"empty", nil, opts, ErrNotSnapshot},
		{"json", []byte(`{"a":1}`), opts, ErrNotSnapshot},
		{"version", version, opts, ErrVersionMismatch},
		{"max bytes", b, &UnpersistOptions{Resolver: opts.Resolver, MaxBytes: 10}, ErrLimit},
		{"max objects", b, &UnpersistOptions{Resolver: opts.Resolver, MaxObjects: 3}, ErrLimit},
		{"max slots", b, &UnpersistOptions{Resolver: opts.Resolver, MaxSlots: 5}, ErrLimit},
		{"no resolver", b, nil, ErrUnknownName},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if _, err := Unpersist(tc.data, tc.opts); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	var ce *CorruptError
	if _, err := Unpersist(longInt, opts); !errors.As(err, &ce) {
		t.Fatalf("non-canonical version: got %v, want *CorruptError", err)
	}
}

func TestUnpersistEnvelope(t *testing.T) {
	t.Parallel()
	b, opts := sampleSnapshot(t)
	sum := len(header) + versionLen + 1
	_, body, err := open(b)
	if err != nil {
		t.Fatal(err)
	}
	// splice replaces n bytes of b at i.
	splice := func(i, n int, repl ...byte) []byte {
		return append(append(bytes.Clone(b[:i]), repl...), b[i+n:]...)
	}
	n := len(body)
	cases := []struct {
		name  string
		data  []byte
		where string
		want  error // nil for none beyond the *CorruptError
	}{
		{"checksum zeroed", splice(sum, 4, 0, 0, 0, 0), "body", ErrChecksum},
		{"body changed", splice(len(b)-1, 1, b[len(b)-1]^0x40), "body", ErrChecksum},
		{"byte after the body", append(bytes.Clone(b), 0), "body", nil},
		{"body head too long", splice(sum+4, headSize(uint64(n)),
			0x5b, 0, 0, 0, 0, 0, 0, byte(n>>8), byte(n)), "header", nil},
		{"four items", splice(len(header), 1, 0x84), "header", nil},
		{"no checksum", splice(sum-1, 1, 0x45), "header", nil},
		{"version 1 of three items", splice(len(header)+1, 1, 1), "header", nil},
		{"version 2 of twelve items", splice(len(header), 1, 0x8c), "header", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, err := Unpersist(tc.data, opts)
			var ce *CorruptError
			switch {
			case !errors.As(err, &ce) || ce.Where != tc.where:
				t.Fatalf("got %v, want a corrupt snapshot at %s", err, tc.where)
			case tc.want != nil && !errors.Is(err, tc.want):
				t.Fatalf("got %v, want %v", err, tc.want)
			case tc.want == nil && errors.Is(err, ErrChecksum):
				t.Fatalf("got %v, want an error other than ErrChecksum", err)
			}
		})
	}
}
