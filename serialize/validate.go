// This file checks every record of a decoded snapshot against what the encoder can
// produce, before anything is built: ranges, kinds of referenced values, table keys,
// thread layouts, limits. Together with the walk (walk.go) and the re-encoding check
// (unpersist.go) it makes decoding total: what passes here builds without panics, and
// what the VM gets back is as well-formed as what it persisted.

package serialize

import (
	"fmt"
	"math"

	"github.com/pluto-go/pluto-go/heap"
)

// validator checks the records of a snapshot.
type validator struct {
	s     *snapshot
	cfg   *unpersistConfig
	slots int
	seen  map[val]struct{}
	open  []bool // upvalues already open in some thread
}

// validate checks every record of s.
func validate(s *snapshot, cfg *unpersistConfig) error {
	v := &validator{s: s, cfg: cfg, seen: make(map[val]struct{})}
	steps := []func() error{
		// perms and specials first: the other steps read the kinds they record.
		v.perms, v.specials, v.strings, v.tables, v.closures, v.builtins, v.userdata,
		v.threads, v.protos,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return v.addSlots(len(s.Upvals))
}

// addSlots counts n value slots against the MaxSlots limit.
func (v *validator) addSlots(n int) error {
	v.slots += n
	if n < 0 || v.slots > v.cfg.MaxSlots {
		return limitError("value slots", v.slots, v.cfg.MaxSlots)
	}
	return nil
}

// strings checks the string pool: bounded lengths, no duplicates.
func (v *validator) strings() error {
	seen := make(map[string]struct{}, len(v.s.Strings))
	for i, s := range v.s.Strings {
		if len(s) > v.cfg.MaxStringLen {
			return limitError("string length", len(s), v.cfg.MaxStringLen)
		}
		if _, dup := seen[s]; dup {
			return corrupt(vString, i, "duplicate string")
		}
		seen[s] = struct{}{}
	}
	return nil
}

// kindOf returns the heap kind a value stands for.
func (v *validator) kindOf(x val) heap.Kind {
	switch x.k {
	case vNil:
		return heap.KindNil
	case vFalse, vTrue:
		return heap.KindBool
	case vInt:
		return heap.KindInt
	case vFloat:
		return heap.KindFloat
	case vPerm:
		return heap.Kind(v.s.Perms[x.n].Kind)
	case vSpecial:
		return heap.Kind(v.s.Specials[x.n].Kind)
	}
	return [...]heap.Kind{
		vString: heap.KindString, vTable: heap.KindTable, vClosure: heap.KindClosure,
		vBuiltin: heap.KindBuiltin, vUserdata: heap.KindUserdata, vThread: heap.KindThread,
	}[x.k]
}

// isMeta reports whether x can be a metatable: nil or a table.
func (v *validator) isMeta(x val) bool {
	k := v.kindOf(x)
	return k == heap.KindNil || k == heap.KindTable
}

// isFunction reports whether x is a closure or a builtin.
func (v *validator) isFunction(x val) bool {
	k := v.kindOf(x)
	return k == heap.KindClosure || k == heap.KindBuiltin
}

// tables checks every table: hash capacity, keys, metatable.
func (v *validator) tables() error {
	for i := range v.s.Tables {
		t := &v.s.Tables[i]
		if len(t.Hash)%2 != 0 || t.HashCap > 1<<30 || t.HashCap&(t.HashCap-1) != 0 ||
			uint(len(t.Hash)/2) > t.HashCap {
			return corrupt(vTable, i, "bad hash part (%d entries, capacity %d)", len(t.Hash)/2, t.HashCap)
		}
		if err := v.addSlots(len(t.Array) + int(t.HashCap)); err != nil {
			return err
		}
		if err := v.keys(t); err != nil {
			return corrupt(vTable, i, "%v", err)
		}
		if !v.isMeta(t.Meta) {
			return corrupt(vTable, i, "metatable is a %s", v.kindOf(t.Meta).TypeName())
		}
	}
	return nil
}

// keys checks the keys of a table's hash part: valid, normalised, outside the array
// part, distinct.
func (v *validator) keys(t *tableRec) error {
	clear(v.seen)
	for j := 0; j < len(t.Hash); j += 2 {
		k := t.Hash[j]
		switch k.k {
		case vNil:
			return fmt.Errorf("nil key")
		case vFloat:
			f := math.Float64frombits(k.n)
			if nk, ok := heap.NormalizeKey(heap.Float(f)); !ok || nk.IsInt() {
				return fmt.Errorf("float key %s not normalised", heap.FormatFloat(f))
			}
		case vInt:
			if i := int64(k.n); i >= 1 && i <= int64(len(t.Array)) {
				return fmt.Errorf("key %d belongs in the array part", i)
			}
		}
		if _, dup := v.seen[k]; dup {
			return fmt.Errorf("duplicate key")
		}
		v.seen[k] = struct{}{}
	}
	return nil
}

// closures checks that each closure has as many upvalues as its prototype.
func (v *validator) closures() error {
	for i, c := range v.s.Closures {
		if len(c.Upvals) != len(v.s.Protos[c.Proto].Upvalues) {
			return corrupt(vClosure, i, "%d upvalues, prototype has %d",
				len(c.Upvals), len(v.s.Protos[c.Proto].Upvalues))
		}
	}
	return nil
}

// builtins checks that each builtin has a name.
func (v *validator) builtins() error {
	for i, b := range v.s.Builtins {
		if b.Name == "" {
			return corrupt(vBuiltin, i, "builtin without a name")
		}
		if err := v.addSlots(len(b.Upvalues)); err != nil {
			return err
		}
	}
	return nil
}

// userdata checks that a named userdata carries nothing else and a literal one has
// a valid metatable and data.
func (v *validator) userdata() error {
	for i, u := range v.s.Userdata {
		named := u.Name != "" && (u.Meta != val{} || u.Value != val{} || u.DataKind != dataNone)
		if named || u.DataKind > dataBytes || (u.DataKind == dataNone && len(u.Data) > 0) {
			return corrupt(vUserdata, i, "malformed userdata")
		}
		if !v.isMeta(u.Meta) {
			return corrupt(vUserdata, i, "metatable is a %s", v.kindOf(u.Meta).TypeName())
		}
	}
	return nil
}

// protos checks the parts of each prototype the verifier cannot: sizes, constant
// kinds, debug information ranges.
func (v *validator) protos() error {
	for i := range v.s.Protos {
		if err := v.proto(&v.s.Protos[i]); err != nil {
			return corrupt(rProto, i, "%v", err)
		}
	}
	return nil
}

// proto checks one prototype record.
func (v *validator) proto(p *protoRec) error {
	const maxInt32 = math.MaxInt32
	if max(p.LineDefined, p.LastLineDefined, p.NumParams, p.MaxStackSize) > maxInt32 {
		return fmt.Errorf("field out of range")
	}
	ncode := uint(len(p.Code) / 4)
	if len(p.Code)%4 != 0 || ncode == 0 {
		return fmt.Errorf("code of %d bytes", len(p.Code))
	}
	for _, k := range p.Constants {
		if k.k > vString {
			return fmt.Errorf("constant is a %s", k.k)
		}
	}
	for _, u := range p.Upvalues {
		if u.Index > heap.MaxArgA || u.Kind > uint(heap.VarClose) {
			return fmt.Errorf("bad upvalue description")
		}
	}
	if len(p.LineInfo) != 0 && uint(len(p.LineInfo)) != ncode {
		return fmt.Errorf("%d line entries for %d instructions", len(p.LineInfo), ncode)
	}
	for _, l := range p.LocVars {
		if l.StartPC > l.EndPC || l.EndPC > ncode {
			return fmt.Errorf("local %q has range [%d, %d)", l.Name, l.StartPC, l.EndPC)
		}
	}
	return nil
}

// perms checks permanent values: a kind that can be permanent, a scalar key, keys
// distinct.
func (v *validator) perms() error {
	clear(v.seen)
	for i, p := range v.s.Perms {
		if p.Kind != uint(heap.Kind(p.Kind)) {
			return corrupt(vPerm, i, "bad kind %d", p.Kind)
		}
		switch heap.Kind(p.Kind) {
		case heap.KindString, heap.KindTable, heap.KindClosure, heap.KindBuiltin,
			heap.KindUserdata, heap.KindThread:
		default:
			return corrupt(vPerm, i, "bad kind %d", p.Kind)
		}
		if p.Key.k < vFalse || p.Key.k > vString {
			return corrupt(vPerm, i, "key is a %s", p.Key.k)
		}
		key := p.Key
		if key.k == vFloat {
			// As the encoder: no NaN, and one key for the floats a table takes for
			// integers.
			n, ok := heap.NormalizeKey(heap.Float(math.Float64frombits(key.n)))
			if !ok {
				return corrupt(vPerm, i, "NaN key")
			}
			if n.IsInt() {
				key = val{k: vInt, n: uint64(n.AsInt())}
			}
		}
		if _, dup := v.seen[key]; dup {
			return corrupt(vPerm, i, "duplicate key")
		}
		v.seen[key] = struct{}{}
	}
	return nil
}

// specials checks specially persisted values: a table or userdata rebuilt by a
// function.
func (v *validator) specials() error {
	for i, s := range v.s.Specials {
		k := heap.Kind(s.Kind)
		if s.Kind != uint(k) || (k != heap.KindTable && k != heap.KindUserdata) ||
			!v.isFunction(s.Fn) {
			return corrupt(vSpecial, i, "malformed special")
		}
	}
	return nil
}
