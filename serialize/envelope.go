// This file holds the envelope of a snapshot: the header tags, the format version and
// the checksum around the encoded records, and the reader of version 1 snapshots,
// which had no envelope.
//
// A snapshot of the current version is, byte by byte:
//
//	d9d9f7 da504c5554     tags 55799 and "PLUT"
//	83 02                 an array of three items, the first the version
//	44 cccccccc           a 4-byte string: the CRC-32C of the body, big-endian
//	5a nnnnnnnn bbbb...   the body: a byte string (head in shortest form) holding
//	                      the encoded records
//
// Everything before the body is either fixed or checked against the input's length,
// so the checksum covers the body alone. Opening checks, in this order, the header,
// the version, the length of the body against the input and the checksum: a
// snapshot cut short is reported as truncated, a damaged one as damaged, and no
// record is decoded before both are ruled out.

package serialize

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
)

// header is what every snapshot starts with: the self-described CBOR tag 55799 and
// the format's own tag, 0x504c5554 ("PLUT"), around the envelope.
var header = [...]byte{0xd9, 0xd9, 0xf7, 0xda, 'P', 'L', 'U', 'T'}

// StartsLikeSnapshot reports whether data starts as every snapshot does, whatever
// follows; data shorter than that beginning only has to match as far as it goes.
func StartsLikeSnapshot(data []byte) bool {
	n := min(len(data), len(header))
	return bytes.Equal(data[:n], header[:n])
}

// Lengths in the envelope after the header: the array head and version, the checksum
// with its head, and the longest envelope before the body (a byte string head takes
// at most 9 bytes).
const (
	versionLen  = 2
	checksumLen = 5
	maxPrefix   = len(header) + versionLen + checksumLen + 9
)

// v1Fields is the length of the array that follows the header in a version 1
// snapshot: the version, then the fields of the records.
const v1Fields = 12

// castagnoli is the table of CRC-32C, the checksum of the body.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// seal encodes s and returns it in its envelope: the bytes Persist returns. The
// records are encoded after room for the longest envelope, which is then written
// just before them, so that the body is never copied.
func seal(s *snapshot) []byte {
	var buf bytes.Buffer
	var room [maxPrefix]byte
	buf.Write(room[:])
	if err := encMode.MarshalToBuffer(s, &buf); err != nil {
		panic("internal error: snapshot does not encode: " + err.Error())
	}
	b := buf.Bytes()
	prefix := appendEnvelope(room[:0], b[maxPrefix:])
	start := maxPrefix - len(prefix)
	copy(b[start:], prefix)
	return b[start:]
}

// appendEnvelope appends to dst everything of a snapshot that comes before its body.
func appendEnvelope(dst, body []byte) []byte {
	dst = append(dst, header[:]...)
	dst = appendHead(dst, majorArray, 3)
	dst = appendHead(dst, majorUint, Version)
	dst = appendHead(dst, majorBytes, 4)
	dst = binary.BigEndian.AppendUint32(dst, crc32.Checksum(body, castagnoli))
	return appendHead(dst, majorBytes, uint64(len(body)))
}

// open returns the version of a snapshot and its body, the encoded records, after
// checking everything around them.
func open(data []byte) (version uint64, body []byte, err error) {
	if len(data) > 0 && len(data) < len(header) && bytes.HasPrefix(header[:], data) {
		return 0, nil, &CorruptError{Where: "header", Err: truncated(len(data))}
	}
	if !bytes.HasPrefix(data, header[:]) {
		return 0, nil, ErrNotSnapshot
	}
	env := data[len(header):]
	n, v, err := readVersion(env)
	if err != nil {
		return 0, nil, &CorruptError{Where: "header", Err: err}
	}
	switch v {
	case 1:
		body, err = openV1(env, n)
	case Version:
		body, err = openSealed(env, n)
	default:
		return 0, nil, fmt.Errorf("%w: snapshot version %d, this build reads versions 1 to %d",
			ErrVersionMismatch, v, Version)
	}
	return v, body, err
}

// readVersion reads the head of the array that follows the header and the version
// it starts with, returning the array's length and the version.
func readVersion(env []byte) (n, version uint64, err error) {
	r := reader{data: env}
	m, n := r.head()
	m2, v := r.head()
	switch {
	case errors.Is(r.err, io.ErrUnexpectedEOF):
		return 0, 0, truncated(len(header) + len(env))
	case r.err != nil || m != majorArray || m2 != majorUint:
		return 0, 0, errors.New("snapshot does not start with a version")
	case r.off != versionLen:
		return 0, 0, errNotCanonical
	}
	return n, v, nil
}

// openSealed checks the envelope of a snapshot of the current version, an array of
// n items, and returns its body.
func openSealed(env []byte, n uint64) ([]byte, error) {
	if n != 3 {
		return nil, &CorruptError{Where: "header", Err: fmt.Errorf("%d items, want 3", n)}
	}
	r := reader{data: env, off: versionLen}
	if m, size := r.head(); r.err == nil && (m != majorBytes || size != 4) {
		return nil, &CorruptError{Where: "header", Err: errors.New("no checksum")}
	}
	r.off += 4
	m, size := r.head()
	switch {
	case errors.Is(r.err, io.ErrUnexpectedEOF):
		return nil, &CorruptError{Where: "header", Err: truncated(len(header) + len(env))}
	case r.err != nil || m != majorBytes:
		return nil, &CorruptError{Where: "header", Err: errors.New("no body")}
	case r.off != versionLen+checksumLen+headSize(size):
		return nil, &CorruptError{Where: "header", Err: errNotCanonical}
	}

	body := env[r.off:]
	switch {
	case uint64(len(body)) < size:
		return nil, &CorruptError{Where: "body", Err: truncated(len(header) + len(env))}
	case uint64(len(body)) > size:
		return nil, &CorruptError{Where: "body",
			Err: fmt.Errorf("data after the end (%d bytes)", uint64(len(body))-size)}
	}
	if crc32.Checksum(body, castagnoli) != binary.BigEndian.Uint32(env[versionLen+1:]) {
		return nil, &CorruptError{Where: "body", Err: ErrChecksum}
	}
	return body, nil
}

// openV1 returns the records of a version 1 snapshot, whose envelope is the array of
// n items holding the version and then the fields of the records, encoded as the
// body of the current version: the same array without the version. There is no
// checksum to check.
func openV1(env []byte, n uint64) ([]byte, error) {
	if n != v1Fields {
		return nil, &CorruptError{Where: "header", Err: fmt.Errorf("%d items, want %d",
			n, v1Fields)}
	}
	body := appendHead(make([]byte, 0, len(env)), majorArray, v1Fields-1)
	return append(body, env[versionLen:]...), nil
}

// headSize returns the length of the shortest CBOR head with argument n.
func headSize(n uint64) int {
	switch {
	case n < 24:
		return 1
	case n <= 0xff:
		return 2
	case n <= 0xffff:
		return 3
	case n <= 0xffffffff:
		return 5
	}
	return 9
}
