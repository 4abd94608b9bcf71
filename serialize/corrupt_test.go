// Tests of hostile input: truncations, flipped bytes, wrong headers and versions,
// non-canonical encodings, limits. Every case must give an error, never a panic.

package serialize

import (
	"bytes"
	"errors"
	"io"
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

func TestUnpersistFlippedBytes(t *testing.T) {
	t.Parallel()
	b, opts := sampleSnapshot(t)
	for i := range b {
		for _, mask := range []byte{0x01, 0x80, 0xff, 0x20} {
			c := bytes.Clone(b)
			c[i] ^= mask
			v, err := Unpersist(c, opts)
			if err == nil {
				again, perr := Persist(v, nil)
				if perr != nil || !bytes.Equal(again, c) {
					t.Fatalf("byte %d ^ %#x accepted but does not persist back (%v)", i, mask, perr)
				}
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
