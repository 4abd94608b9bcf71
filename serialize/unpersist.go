// This file implements Unpersist: bytes to snapshot to object graph.
//
// Decoding trusts nothing and proceeds in stages, each of which may reject the input
// with an error but never panics:
//
//  1. size limit, then the envelope (envelope.go): header, version, length of the
//     body, checksum;
//  2. CBOR decoding of the body by the library under DecOptions limits, then
//     re-encoding and comparing with the body, so that only the canonical encoding
//     is accepted;
//  3. the walk (walk.go): numbering, reachability, depth;
//  4. record validation (validate.go);
//  5. building (build.go): prototypes (each verified), object shells, permanent
//     values, contents, then the __persist rebuild functions and the contents that
//     refer to what they return.
//
// Only stage 5 runs host code (Perms, Resolver, Call), and only after the whole input
// has been checked.

package serialize

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/pluto-go/pluto-go/heap"
)

// errNotCanonical reports input that decodes but is not the encoding Persist writes.
var errNotCanonical = errors.New("not in canonical form")

// Unpersist reads a snapshot written by Persist and rebuilds the value it holds. Any
// input either gives a value or an error: *CorruptError for a malformed snapshot
// (wrapping ErrChecksum for a damaged one), ErrNotSnapshot, ErrVersionMismatch,
// ErrLimit, ErrUnknownName, ErrMissingPerm or ErrSpecial (test with errors.Is).
func Unpersist(data []byte, opts *UnpersistOptions) (heap.Value, error) {
	cfg, err := opts.config()
	if err != nil {
		return heap.Nil, err
	}
	s, err := decode(data, &cfg)
	if err != nil {
		return heap.Nil, err
	}
	w, err := walk(s, cfg.MaxDepth)
	if err != nil {
		return heap.Nil, err
	}
	if err := validate(s, &cfg); err != nil {
		return heap.Nil, err
	}
	return newBuilder(s, &cfg, w).build()
}

// decode opens the snapshot and decodes the records in its body, accepting only
// their canonical encoding.
func decode(data []byte, cfg *unpersistConfig) (*snapshot, error) {
	if len(data) > cfg.MaxBytes {
		return nil, limitError("input bytes", len(data), cfg.MaxBytes)
	}
	v, body, err := open(data)
	if err != nil {
		return nil, err
	}
	s := &snapshot{version: uint(v)}
	if err := decMode.Unmarshal(body, s); err != nil {
		if v == 1 && errors.Is(err, io.ErrUnexpectedEOF) {
			err = truncated(len(data))
		}
		return nil, &CorruptError{Where: "encoding", Err: err}
	}
	n := 0
	for _, l := range lengths(s) {
		n += l
	}
	if n > cfg.MaxObjects {
		return nil, limitError("objects", n, cfg.MaxObjects)
	}
	var buf bytes.Buffer
	buf.Grow(len(body))
	if err := encMode.MarshalToBuffer(s, &buf); err != nil || !bytes.Equal(buf.Bytes(), body) {
		return nil, &CorruptError{Where: "encoding", Err: errNotCanonical}
	}
	return s, nil
}

// truncated returns the error of a snapshot that ends after n bytes, in the middle of
// an item.
func truncated(n int) error {
	return fmt.Errorf("truncated after %d bytes: %w", n, io.ErrUnexpectedEOF)
}

// checkedSnapshot decodes, walks and validates data without building anything.
func checkedSnapshot(data []byte) (*snapshot, error) {
	cfg, _ := (*UnpersistOptions)(nil).config()
	s, err := decode(data, &cfg)
	if err != nil {
		return nil, err
	}
	if _, err := walk(s, 0); err != nil {
		return nil, err
	}
	if err := validate(s, &cfg); err != nil {
		return nil, err
	}
	return s, nil
}
