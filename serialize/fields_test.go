// A guard against silent data loss: the heap structs the codec writes are listed here
// field by field. When heap gains an exported field this test fails, as a reminder to
// encode the field, extend the validation and bump Version.

package serialize

import (
	"reflect"
	"slices"
	"testing"

	"github.com/pluto-go/pluto-go/heap"
)

func TestSnapshotCoversHeapFields(t *testing.T) {
	t.Parallel()
	encoded := map[reflect.Type][]string{
		reflect.TypeFor[heap.Thread]():       {"Stack", "Frames", "Top", "Status", "TBC", "Err", "Failed", "CCalls"},
		reflect.TypeFor[heap.Frame]():        {"Closure", "Builtin", "Func", "Base", "Top", "PC", "NResults", "NExtra", "NRet", "Cont", "Ctx", "Flags"},
		reflect.TypeFor[heap.Closure]():      {"Proto", "Upvalues"},
		reflect.TypeFor[heap.Builtin]():      {"Name", "Fn", "Upvalues"},
		reflect.TypeFor[heap.Continuation](): {"Name", "Fn"},
		reflect.TypeFor[heap.Userdata]():     {"Name", "Meta", "Data", "Value"},
		reflect.TypeFor[heap.Table]():        {"Meta"},
		reflect.TypeFor[heap.Proto](): {"Source", "LineDefined", "LastLineDefined", "NumParams",
			"IsVararg", "MaxStackSize", "Code", "Constants", "Upvalues", "Protos", "LineInfo", "LocVars"},
		reflect.TypeFor[heap.UpvalueDesc](): {"Name", "InStack", "Index", "Kind"},
		reflect.TypeFor[heap.LocVar]():      {"Name", "StartPC", "EndPC"},
	}
	for typ, want := range encoded {
		var got []string
		for f := range typ.Fields() {
			if f.IsExported() {
				got = append(got, f.Name)
			}
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("heap.%s has exported fields %v, the snapshot encodes %v",
				typ.Name(), got, want)
		}
	}
}
