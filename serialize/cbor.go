// This file holds the CBOR side of the format: the encoding and decoding modes of
// github.com/fxamacker/cbor/v2 and the hand-written codec of snapshot values (val and
// vals), which are the only items the library does not lay out from the record
// structs. The envelope around the records is in envelope.go.
//
// Values are encoded by hand because they are the bulk of a snapshot (a million-element
// array is a million values) and because floats must keep every bit: the library's
// Core Deterministic mode turns every NaN into 0xf97e00. Here a float takes the
// shortest of float16/32/64 that reproduces its exact bits, NaN payloads included,
// which is the preferred serialization of RFC 8949 section 4.1 applied bit for bit.

package serialize

import (
	"encoding/binary"
	"errors"
	"io"
	"math"

	"github.com/fxamacker/cbor/v2"
)

// CBOR major types and simple values used by the value codec.
const (
	majorUint  = 0
	majorNeg   = 1
	majorBytes = 2
	majorArray = 4
	majorTag   = 6
	majorOther = 7

	simpleFalse = 20
	simpleTrue  = 21
	simpleNull  = 22
	float16Info = 25
	float32Info = 26
	float64Info = 27
)

// refTagBase is the CBOR tag of a reference of kind vString; the reference kinds
// follow in order up to vSpecial. The tags are private to this format: they only
// appear inside the records of a snapshot.
const refTagBase = 224

// errFormat reports a value that is well-formed CBOR but no snapshot value.
var errFormat = errors.New("unexpected CBOR item")

var (
	encMode cbor.UserBufferEncMode
	decMode cbor.DecMode
)

func init() {
	eo := cbor.CoreDetEncOptions()
	eo.String = cbor.StringToByteString
	eo.NilContainers = cbor.NilContainerAsEmpty
	em, err := eo.UserBufferEncMode()
	if err != nil {
		panic("internal error: serialize encoding options: " + err.Error())
	}
	encMode = em

	do := cbor.DecOptions{
		MaxNestedLevels:    16,
		MaxArrayElements:   math.MaxInt32,
		MaxMapPairs:        16,
		IndefLength:        cbor.IndefLengthForbidden,
		DupMapKey:          cbor.DupMapKeyEnforcedAPF,
		ByteStringToString: cbor.ByteStringToStringAllowed,
		UTF8:               cbor.UTF8RejectInvalid,
	}
	dm, err := do.DecMode()
	if err != nil {
		panic("internal error: serialize decoding options: " + err.Error())
	}
	decMode = dm
}

// appendHead appends a CBOR head of major type m and argument n in shortest form.
func appendHead(dst []byte, m byte, n uint64) []byte {
	m <<= 5
	switch {
	case n < 24:
		return append(dst, m|byte(n))
	case n <= math.MaxUint8:
		return append(dst, m|24, byte(n))
	case n <= math.MaxUint16:
		return append(dst, m|25, byte(n>>8), byte(n))
	case n <= math.MaxUint32:
		return binary.BigEndian.AppendUint32(append(dst, m|26), uint32(n))
	}
	return binary.BigEndian.AppendUint64(append(dst, m|27), n)
}

// appendVal appends the encoding of v.
func appendVal(dst []byte, v val) []byte {
	switch v.k {
	case vNil:
		return append(dst, 0xe0|simpleNull)
	case vFalse:
		return append(dst, 0xe0|simpleFalse)
	case vTrue:
		return append(dst, 0xe0|simpleTrue)
	case vInt:
		if i := int64(v.n); i < 0 {
			return appendHead(dst, majorNeg, uint64(^i))
		}
		return appendHead(dst, majorUint, v.n)
	case vFloat:
		return appendFloat(dst, v.n)
	}
	dst = appendHead(dst, majorTag, uint64(refTagBase+v.k-firstRef))
	return appendHead(dst, majorUint, v.n)
}

// MarshalCBOR encodes a value.
func (v val) MarshalCBOR() ([]byte, error) { return appendVal(nil, v), nil }

// MarshalCBOR encodes a list of values as one array.
func (vs vals) MarshalCBOR() ([]byte, error) {
	dst := make([]byte, 0, 1+3*len(vs))
	dst = appendHead(dst, majorArray, uint64(len(vs)))
	for _, v := range vs {
		dst = appendVal(dst, v)
	}
	return dst, nil
}

// UnmarshalCBOR decodes a value.
func (v *val) UnmarshalCBOR(data []byte) error {
	r := reader{data: data}
	*v = r.val()
	if r.err == nil && r.off != len(data) {
		r.err = errFormat
	}
	return r.err
}

// UnmarshalCBOR decodes a list of values.
func (vs *vals) UnmarshalCBOR(data []byte) error {
	r := reader{data: data}
	m, n := r.head()
	if r.err == nil && (m != majorArray || n > uint64(len(data))) {
		r.err = errFormat
	}
	if r.err != nil {
		return r.err
	}
	out := make(vals, n)
	for i := range out {
		out[i] = r.val()
	}
	if r.err == nil && r.off != len(data) {
		r.err = errFormat
	}
	*vs = out
	return r.err
}

// reader decodes values from well-formed CBOR, recording the first error.
type reader struct {
	data []byte
	off  int
	err  error
}

// head reads a CBOR head, returning its major type and argument. For major type 7
// the argument of a float is its bits.
func (r *reader) head() (major byte, n uint64) {
	if r.err != nil {
		return 0, 0
	}
	if r.off >= len(r.data) {
		r.err = io.ErrUnexpectedEOF
		return 0, 0
	}
	b := r.data[r.off]
	r.off++
	major, info := b>>5, b&0x1f
	size := 0
	switch {
	case info < 24:
		return major, uint64(info)
	case info <= 27:
		size = 1 << (info - 24)
	default:
		r.err = errFormat
		return 0, 0
	}
	if len(r.data)-r.off < size {
		r.err = io.ErrUnexpectedEOF
		return 0, 0
	}
	for _, c := range r.data[r.off : r.off+size] {
		n = n<<8 | uint64(c)
	}
	r.off += size
	return major, n
}

// val reads one value.
func (r *reader) val() val {
	start := r.off
	m, n := r.head()
	if r.err != nil {
		return val{}
	}
	switch m {
	case majorUint:
		if n <= math.MaxInt64 {
			return val{vInt, n}
		}
	case majorNeg:
		if n <= math.MaxInt64 {
			return val{vInt, ^n}
		}
	case majorTag:
		k := vkind(n - refTagBase + uint64(firstRef))
		if n >= refTagBase && k >= firstRef && k <= vSpecial {
			if m2, idx := r.head(); r.err == nil && m2 == majorUint {
				return val{k, idx}
			}
		}
	case majorOther:
		return r.simple(r.data[start]&0x1f, n)
	}
	if r.err == nil {
		r.err = errFormat
	}
	return val{}
}

// simple decodes a major type 7 item with additional information info.
func (r *reader) simple(info byte, n uint64) val {
	switch info {
	case simpleFalse:
		return val{k: vFalse}
	case simpleTrue:
		return val{k: vTrue}
	case simpleNull:
		return val{}
	case float16Info:
		return val{vFloat, float16Bits(uint16(n))}
	case float32Info:
		return val{vFloat, float32Bits(uint32(n))}
	case float64Info:
		return val{vFloat, n}
	}
	r.err = errFormat
	return val{}
}

// appendFloat appends the float with bits b in the shortest form that keeps every bit.
func appendFloat(dst []byte, b uint64) []byte {
	if h, ok := toFloat16(b); ok {
		return append(dst, 0xe0|float16Info, byte(h>>8), byte(h))
	}
	if s, ok := toFloat32(b); ok {
		return binary.BigEndian.AppendUint32(append(dst, 0xe0|float32Info), s)
	}
	return binary.BigEndian.AppendUint64(append(dst, 0xe0|float64Info), b)
}

// toFloat32 returns the float32 bits that widen to exactly the float64 bits b.
func toFloat32(b uint64) (uint32, bool) {
	sign := uint32(b>>32) & (1 << 31)
	if b&0x7ff0000000000000 == 0x7ff0000000000000 && b&(1<<52-1) != 0 {
		if b&(1<<29-1) != 0 { // NaN payload bits float32 cannot hold
			return 0, false
		}
		return sign | 0x7f800000 | uint32(b&(1<<52-1)>>29), true
	}
	f := math.Float64frombits(b)
	s := float32(f)
	if math.Float64bits(float64(s)) != b {
		return 0, false
	}
	return math.Float32bits(s), true
}

// toFloat16 returns the float16 bits that widen to exactly the float64 bits b.
func toFloat16(b uint64) (uint16, bool) {
	s, ok := toFloat32(b)
	if !ok {
		return 0, false
	}
	sign := uint16(s>>16) & 0x8000
	exp := int(s>>23) & 0xff
	mant := s & (1<<23 - 1)
	switch {
	case exp == 0xff: // infinity or NaN
		if mant&(1<<13-1) != 0 {
			return 0, false
		}
		return sign | 0x7c00 | uint16(mant>>13), true
	case exp == 0 && mant == 0:
		return sign, true
	case exp == 0:
		return 0, false // float32 subnormals are far below float16's range
	}
	e := exp - 127
	switch {
	case e >= -14 && e <= 15 && mant&(1<<13-1) == 0:
		return sign | uint16(e+15)<<10 | uint16(mant>>13), true
	case e >= -24 && e < -14:
		shift := uint(-e - 1)
		full := mant | 1<<23
		if full&(1<<shift-1) != 0 {
			return 0, false
		}
		return sign | uint16(full>>shift), true
	}
	return 0, false
}

// float32Bits widens float32 bits to float64 bits, NaN payloads included.
func float32Bits(s uint32) uint64 {
	sign := uint64(s&(1<<31)) << 32
	exp := s >> 23 & 0xff
	mant := uint64(s & (1<<23 - 1))
	if exp == 0xff && mant != 0 {
		return sign | 0x7ff0000000000000 | mant<<29
	}
	return math.Float64bits(float64(math.Float32frombits(s)))
}

// float16Bits widens float16 bits to float64 bits, NaN payloads included.
func float16Bits(h uint16) uint64 {
	sign := uint64(h&0x8000) << 48
	exp := int(h>>10) & 0x1f
	mant := uint64(h & 0x3ff)
	switch {
	case exp == 0x1f && mant == 0:
		return sign | 0x7ff0000000000000
	case exp == 0x1f:
		return sign | 0x7ff0000000000000 | mant<<42
	case exp == 0:
		return sign | math.Float64bits(float64(mant)*0x1p-24)
	}
	return sign | uint64(exp-15+1023)<<52 | mant<<42
}
