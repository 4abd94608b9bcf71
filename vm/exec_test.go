// Tests of instructions in forms the verifier accepts though the compiler emits them
// only with operands of other types: the VM must check what it relies on.

package vm_test

import (
	"testing"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

func TestSelfKeyNotString(t *testing.T) {
	t.Parallel()
	p := &heap.Proto{NumParams: 2, MaxStackSize: 3, Code: []heap.Instruction{
		heap.ABC(heap.OpSelf, 0, 0, 1, false),
		heap.ABC(heap.OpReturn1, 0, 0, 0, false),
	}}
	if err := p.Verify(); err != nil {
		t.Fatal(err)
	}
	tab := heap.NewTable(0, 1)
	key := heap.TableValue(heap.NewTable(0, 0))
	if err := tab.Set(key, heap.Int(7)); err != nil {
		t.Fatal(err)
	}
	res, err := vm.New(nil).PCall(heap.ClosureValue(heap.NewClosure(p)), heap.TableValue(tab), key)
	if err != nil || len(res) != 1 || res[0] != heap.Int(7) {
		t.Fatalf("obj:[key]() with a table key: got %v, %v; want the method 7", res, err)
	}
}
