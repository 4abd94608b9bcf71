// This file implements string.format: it walks the format string, fetches and checks
// each conversion's argument in the reference's order, and formats it with the engine
// in format.go.

package stdlib

import (
	"hash/fnv"
	"strings"
	"unsafe"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

func strFormat(m *vm.VM, args []heap.Value) []heap.Value {
	format := checkString(m, args, 1)
	var out []byte
	argn := 1
	for i := 0; i < len(format); {
		c := format[i]
		i++
		switch {
		case c != '%':
			out = append(out, c)
			continue
		case i < len(format) && format[i] == '%':
			out = append(out, '%')
			i++
			continue
		}
		argn++
		if argn > len(args) {
			m.ArgError(argn, "no value")
		}
		spec, n, err := ParseFormatSpec(format[i:])
		if err != nil {
			m.Errorf("%s", err.Error())
		}
		i += n
		out = formatOne(m, out, &spec, args, argn)
	}
	return m.Return(heap.String(string(out)))
}

// formatCheck raises the error of a conversion specification that is not valid.
func formatCheck(m *vm.VM, spec *FormatSpec) {
	if err := spec.Check(); err != nil {
		m.Errorf("%s", err.Error())
	}
}

// formatOne appends the conversion spec of argument argn.
func formatOne(m *vm.VM, out []byte, spec *FormatSpec, args []heap.Value, argn int) []byte {
	switch spec.Arg() {
	case ArgChar:
		formatCheck(m, spec)
		return spec.AppendChar(out, checkInt(m, args, argn))
	case ArgInt:
		n := checkInt(m, args, argn)
		formatCheck(m, spec)
		return spec.AppendInt(out, n)
	case ArgFloat:
		if spec.Conv == 'a' || spec.Conv == 'A' {
			formatCheck(m, spec)
			return spec.AppendFloat(out, checkFloat(m, args, argn))
		}
		f := checkFloat(m, args, argn)
		formatCheck(m, spec)
		return spec.AppendFloat(out, f)
	case ArgPointer:
		formatCheck(m, spec)
		return spec.AppendPointer(out, valueAddress(args[argn-1]))
	case ArgLiteral:
		formatCheck(m, spec)
		return formatLiteral(m, out, args, argn)
	case ArgString:
		return formatString(m, out, spec, args[argn-1], argn)
	}
	formatCheck(m, spec)
	return out
}

// valueAddress returns the identity of v for %p, 0 for values without one. Lua interns
// strings of up to 40 bytes, so equal short strings share an address: here it is made
// from a hash of the bytes. A longer string's address is that of its bytes.
func valueAddress(v heap.Value) uint64 {
	if !v.IsString() {
		return uint64(uintptr(v.Pointer()))
	}
	s := v.AsString()
	if len(s) > maxShortString {
		return uint64(uintptr(unsafe.Pointer(unsafe.StringData(s))))
	}
	h := fnv.New64a()
	h.Write([]byte(s))
	return shortStringBase | h.Sum64()&shortStringMask
}

const (
	maxShortString  = 40             // LUAI_MAXSHORTLEN
	shortStringBase = 0x7f0000000000 // the range of the addresses of short strings
	shortStringMask = 0xfffffffff8   // keeps them 8-byte aligned within it
)

// formatLiteral appends argument argn as %q writes it, in a form that reads back.
func formatLiteral(m *vm.VM, out []byte, args []heap.Value, argn int) []byte {
	v := args[argn-1]
	switch v.Kind() {
	case heap.KindString:
		return AppendQuotedString(out, v.AsString())
	case heap.KindInt:
		return AppendQuotedInt(out, v.AsInt())
	case heap.KindFloat:
		return AppendQuotedFloat(out, v.AsFloat())
	case heap.KindNil, heap.KindBool:
		return append(out, m.ToString(v)...)
	}
	m.ArgError(argn, "value has no literal form")
	return out
}

// formatString appends v as %s writes it, converted as tostring does.
func formatString(m *vm.VM, out []byte, spec *FormatSpec, v heap.Value, argn int) []byte {
	s := m.ToString(v)
	if spec.HasModifiers() {
		if strings.IndexByte(s, 0) >= 0 {
			m.ArgError(argn, "string contains zeros")
		}
		formatCheck(m, spec)
	}
	return spec.AppendString(out, s)
}
