// This file implements string.pack, string.packsize and string.unpack on top of the
// engine in pack.go.

package stdlib

import (
	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

// packArgs gives the pack engine the arguments of string.pack, checked as the
// reference checks them: a bad argument raises its error at once.
type packArgs struct {
	m    *vm.VM
	args []heap.Value
}

func (pa packArgs) Integer(n int) (int64, error) { return checkInt(pa.m, pa.args, n), nil }

func (pa packArgs) Number(n int) (float64, error) { return checkFloat(pa.m, pa.args, n), nil }

func (pa packArgs) String(n int) (string, error) { return checkString(pa.m, pa.args, n), nil }

// packFail raises an error of the pack engine: a bad-argument error when it names an
// argument, else a plain one.
func packFail(m *vm.VM, err error) {
	if pe, ok := err.(*PackError); ok && pe.Arg > 0 {
		m.ArgError(pe.Arg, pe.Msg)
	}
	if pe, ok := err.(*PackError); ok {
		m.Errorf("%s", pe.Msg)
	}
	m.Errorf("%s", err.Error())
}

func strPack(m *vm.VM, args []heap.Value) []heap.Value {
	format := checkString(m, args, 1)
	// The reference pushes a nil after the arguments, so a missing one is "got nil".
	withNil := append(args[:len(args):len(args)], heap.Nil)
	s, err := Pack(format, packArgs{m, withNil})
	if err != nil {
		packFail(m, err)
	}
	return m.Return(heap.String(s))
}

func strPackSize(m *vm.VM, args []heap.Value) []heap.Value {
	n, err := PackSize(checkString(m, args, 1))
	if err != nil {
		packFail(m, err)
	}
	return m.Return(heap.Int(n))
}

func strUnpack(m *vm.VM, args []heap.Value) []heap.Value {
	format := checkString(m, args, 1)
	data := checkString(m, args, 2)
	pos := strStartPos(optInt(m, args, 3, 1), len(data)) - 1
	if pos > int64(len(data)) {
		m.ArgError(3, "initial position out of string")
	}
	vals, next, err := Unpack(format, data, int(pos))
	if err != nil {
		packFail(m, err)
	}
	strCheckStack(m, len(vals)+1, "too many results")
	res := make([]heap.Value, len(vals)+1)
	for i, v := range vals {
		switch v := v.(type) {
		case int64:
			res[i] = heap.Int(v)
		case float64:
			res[i] = heap.Float(v)
		case string:
			res[i] = heap.String(v)
		}
	}
	res[len(vals)] = heap.Int(next)
	return res
}
