// This file builds the object graph from a checked snapshot.
//
// Objects are first created empty (tables, closures and threads in one slab per kind,
// which turns a hundred thousand allocations into one), so that any reference can be
// resolved to its final pointer before the referenced object is filled in. Builtins,
// continuations and named userdata come from the Resolver, permanent values from
// Perms. Records that refer to a specially persisted object are filled once that
// object is rebuilt (see build_special.go).

package serialize

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/pluto-go/pluto-go/heap"
)

// builder is the state of one build.
type builder struct {
	s        *snapshot
	cfg      *unpersistConfig
	w        *walker
	strs     []heap.Value
	tables   []heap.Table
	closures []heap.Closure
	builtins []*heap.Builtin
	userdata []*heap.Userdata
	threads  []heap.Thread
	protos   []heap.Proto
	upvals   []*heap.Upvalue
	perms    []heap.Value
	specials []heap.Value
	order    *rebuildOrder
}

func newBuilder(s *snapshot, cfg *unpersistConfig, w *walker) *builder {
	return &builder{s: s, cfg: cfg, w: w}
}

// build runs the stages of building and returns the root.
func (b *builder) build() (heap.Value, error) {
	b.strs = make([]heap.Value, len(b.s.Strings))
	for i, s := range b.s.Strings {
		b.strs[i] = heap.String(s)
	}
	steps := []func() error{b.buildProtos, b.shells, b.resolvePerms}
	for _, step := range steps {
		if err := step(); err != nil {
			return heap.Nil, err
		}
	}
	if err := b.fillAll(false); err != nil {
		return heap.Nil, err
	}
	if len(b.s.Specials) > 0 {
		if err := b.rebuildSpecials(); err != nil {
			return heap.Nil, err
		}
		if err := b.fillAll(true); err != nil {
			return heap.Nil, err
		}
	}
	b.reportMetatables()
	return b.value(b.s.Root), nil
}

// reportMetatables hands every literal table and userdata with a metatable to the
// Loaded option, tables first, each in record order.
func (b *builder) reportMetatables() {
	if b.cfg.Loaded == nil {
		return
	}
	for i := range b.tables {
		if t := &b.tables[i]; t.Meta != nil {
			b.cfg.Loaded(heap.TableValue(t), t.Meta)
		}
	}
	for i, u := range b.userdata {
		if b.s.Userdata[i].Name == "" && u.Meta != nil {
			b.cfg.Loaded(heap.UserdataValue(u), u.Meta)
		}
	}
}

// value resolves a snapshot value to a heap value.
func (b *builder) value(v val) heap.Value {
	switch v.k {
	case vFalse:
		return heap.False
	case vTrue:
		return heap.True
	case vInt:
		return heap.Int(int64(v.n))
	case vFloat:
		return heap.Float(math.Float64frombits(v.n))
	case vString:
		return b.strs[v.n]
	case vTable:
		return heap.TableValue(&b.tables[v.n])
	case vClosure:
		return heap.ClosureValue(&b.closures[v.n])
	case vBuiltin:
		return heap.BuiltinValue(b.builtins[v.n])
	case vUserdata:
		return heap.UserdataValue(b.userdata[v.n])
	case vThread:
		return heap.ThreadValue(&b.threads[v.n])
	case vPerm:
		return b.perms[v.n]
	case vSpecial:
		return b.specials[v.n]
	}
	return heap.Nil
}

// values resolves a list of values.
func (b *builder) values(vs vals) []heap.Value {
	out := make([]heap.Value, len(vs))
	for i, v := range vs {
		out[i] = b.value(v)
	}
	return out
}

// shells creates every object empty, resolving builtins and named userdata.
func (b *builder) shells() error {
	b.tables = make([]heap.Table, len(b.s.Tables))
	b.closures = make([]heap.Closure, len(b.s.Closures))
	b.threads = make([]heap.Thread, len(b.s.Threads))
	b.upvals = make([]*heap.Upvalue, len(b.s.Upvals))
	for i := range b.upvals {
		b.upvals[i] = heap.NewClosedUpvalue(heap.Nil)
	}
	b.builtins = make([]*heap.Builtin, len(b.s.Builtins))
	for i, rec := range b.s.Builtins {
		bi, err := b.builtin(rec)
		if err != nil {
			return err
		}
		b.builtins[i] = bi
	}
	b.userdata = make([]*heap.Userdata, len(b.s.Userdata))
	for i, rec := range b.s.Userdata {
		if rec.Name == "" {
			b.userdata[i] = &heap.Userdata{}
			continue
		}
		u, ok := b.resolver().Userdata(rec.Name)
		if !ok {
			return fmt.Errorf("%w: userdata %q", ErrUnknownName, rec.Name)
		}
		b.userdata[i] = u
	}
	return nil
}

// builtin returns the VM's builtin for a record without upvalues, or a new instance
// of the named function for one with upvalues.
func (b *builder) builtin(rec builtinRec) (*heap.Builtin, error) {
	r := b.resolver()
	if len(rec.Upvalues) == 0 {
		if bi, ok := r.Builtin(rec.Name); ok {
			return bi, nil
		}
	} else if fn, ok := r.BuiltinFunc(rec.Name); ok {
		return &heap.Builtin{Name: rec.Name, Fn: fn}, nil
	}
	return nil, fmt.Errorf("%w: builtin %q", ErrUnknownName, rec.Name)
}

// resolver returns the configured Resolver, or one that knows no names.
func (b *builder) resolver() Resolver {
	if b.cfg.Resolver == nil {
		return &MapResolver{}
	}
	return b.cfg.Resolver
}

// resolvePerms looks every permanent key up in Perms.
func (b *builder) resolvePerms() error {
	b.perms = make([]heap.Value, len(b.s.Perms))
	for i, rec := range b.s.Perms {
		key := b.value(rec.Key)
		var v heap.Value
		ok := false
		if b.cfg.Perms != nil {
			v, ok = b.cfg.Perms(key)
		}
		want := heap.Kind(rec.Kind)
		if !ok || v.TypeName() != want.TypeName() {
			got := "no value"
			if ok {
				got = v.TypeName()
			}
			return fmt.Errorf("%w for key %s (%s expected, got %s)", ErrMissingPerm,
				keyString(key), want.TypeName(), got)
		}
		b.perms[i] = v
	}
	// Perms may swap a Lua function for a Go one, but not a function a frame is
	// running: the frame's state only fits the kind it was saved with.
	for _, t := range b.s.Threads {
		for _, f := range t.Frames {
			if f.Fn.k != vPerm || f.Fn.n >= uint64(len(b.perms)) {
				continue
			}
			rec := b.s.Perms[f.Fn.n]
			if got := b.perms[f.Fn.n].Kind(); got != heap.Kind(rec.Kind) {
				want := "a Lua function"
				if got == heap.KindClosure {
					want = "a Go function"
				}
				return fmt.Errorf("%w for key %s (a suspended frame runs it, so it must be %s)",
					ErrMissingPerm, keyString(b.value(rec.Key)), want)
			}
		}
	}
	return nil
}

// fillAll fills the records that are pending (refer to special objects) and not yet
// filled, or those that are not pending.
func (b *builder) fillAll(pending bool) error {
	for k := vTable; k < numKinds; k++ {
		for i := range b.w.lens[k] {
			if b.isPending(k, i) != pending || pending && b.order.done(ref{k: k, i: int32(i)}) {
				continue
			}
			if err := b.fill(k, i); err != nil {
				return err
			}
		}
	}
	return nil
}

// isPending reports whether record i of kind k refers to a special object.
func (b *builder) isPending(k vkind, i int) bool {
	return b.w.pending[k] != nil && b.w.pending[k][i]
}

// fill fills the object of record i of kind k.
func (b *builder) fill(k vkind, i int) error {
	switch k {
	case vTable:
		return b.fillTable(i)
	case vClosure:
		rec := &b.s.Closures[i]
		c := &b.closures[i]
		c.Proto = &b.protos[rec.Proto]
		c.Upvalues = make([]*heap.Upvalue, len(rec.Upvals))
		for j, u := range rec.Upvals {
			c.Upvalues[j] = b.upvals[u]
		}
	case vBuiltin:
		if rec := &b.s.Builtins[i]; len(rec.Upvalues) > 0 {
			b.builtins[i].Upvalues = b.values(rec.Upvalues)
		}
	case vUserdata:
		b.fillUserdata(i)
	case vThread:
		return b.fillThread(i)
	case rUpval:
		b.upvals[i].Set(b.value(b.s.Upvals[i]))
	}
	return nil
}

// fillTable restores a table's parts exactly and sets its metatable.
func (b *builder) fillTable(i int) error {
	rec := &b.s.Tables[i]
	t := &b.tables[i]
	n := len(rec.Hash) / 2
	keys := make([]heap.Value, n)
	vals := make([]heap.Value, n)
	perm, special := false, false
	for j := range n {
		keys[j] = b.value(rec.Hash[2*j])
		vals[j] = b.value(rec.Hash[2*j+1])
		perm = perm || rec.Hash[2*j].k == vPerm
		special = special || rec.Hash[2*j].k == vSpecial
	}
	// Keys that Perms or rebuild functions supply may turn out equal.
	if (perm || special) && hasDuplicate(keys) {
		if special {
			return fmt.Errorf("%w: a table has two keys that are one object once rebuilt",
				ErrSpecial)
		}
		return fmt.Errorf("%w: a table has two keys that are one value once Perms "+
			"gives the permanent ones", ErrMissingPerm)
	}
	t.Restore(b.values(rec.Array), keys, vals, int(rec.HashCap))
	t.Meta = tableOrNil(b.value(rec.Meta))
	return nil
}

// tableOrNil returns the table in v, or nil if v is not a table.
func tableOrNil(v heap.Value) *heap.Table {
	if v.Kind() == heap.KindTable {
		return v.AsTable()
	}
	return nil
}

// hasDuplicate reports whether two keys are the same key.
func hasDuplicate(keys []heap.Value) bool {
	seen := make(map[any]bool, len(keys))
	for _, k := range keys {
		var id any = k.Pointer()
		if k.Pointer() == nil {
			id = k
			if k.IsString() {
				id = k.AsString()
			}
		}
		if seen[id] {
			return true
		}
		seen[id] = true
	}
	return false
}

// fillUserdata fills a literal userdata.
func (b *builder) fillUserdata(i int) {
	rec := &b.s.Userdata[i]
	if rec.Name != "" {
		return
	}
	u := b.userdata[i]
	u.Meta = tableOrNil(b.value(rec.Meta))
	u.Value = b.value(rec.Value)
	if rec.DataKind == dataBytes {
		u.Data = rec.Data
	}
}

// buildProtos builds every prototype, checks that nested prototypes form trees and
// verifies each one.
func (b *builder) buildProtos() error {
	b.protos = make([]heap.Proto, len(b.s.Protos))
	for i := range b.s.Protos {
		b.buildProto(i)
	}
	if err := b.checkProtoTrees(); err != nil {
		return err
	}
	for i := range b.protos {
		if err := b.protos[i].Verify(); err != nil {
			return corrupt(rProto, i, "%w", err)
		}
	}
	return nil
}

// buildProto fills prototype i from its record.
func (b *builder) buildProto(i int) {
	rec := &b.s.Protos[i]
	p := &b.protos[i]
	p.Source = b.s.Strings[rec.Source]
	p.LineDefined, p.LastLineDefined = int(rec.LineDefined), int(rec.LastLineDefined)
	p.NumParams, p.IsVararg, p.MaxStackSize = int(rec.NumParams), rec.IsVararg, int(rec.MaxStackSize)
	p.Code = make([]heap.Instruction, len(rec.Code)/4)
	for pc := range p.Code {
		p.Code[pc] = heap.Instruction(binary.LittleEndian.Uint32(rec.Code[4*pc:]))
	}
	p.Constants = b.values(rec.Constants)
	p.Upvalues = make([]heap.UpvalueDesc, len(rec.Upvalues))
	for j, u := range rec.Upvalues {
		p.Upvalues[j] = heap.UpvalueDesc{Name: u.Name, InStack: u.InStack, Index: int(u.Index),
			Kind: heap.VarKind(u.Kind)}
	}
	p.Protos = make([]*heap.Proto, len(rec.Protos))
	for j, q := range rec.Protos {
		p.Protos[j] = &b.protos[q]
	}
	if len(rec.LineInfo) > 0 {
		p.LineInfo = rec.LineInfo
	}
	if len(rec.LocVars) > 0 {
		p.LocVars = make([]heap.LocVar, len(rec.LocVars))
		for j, l := range rec.LocVars {
			p.LocVars[j] = heap.LocVar{Name: l.Name, StartPC: int(l.StartPC), EndPC: int(l.EndPC)}
		}
	}
}

// checkProtoTrees checks that every prototype is nested in at most one other and that
// nesting has no cycle, as the compiler builds them.
func (b *builder) checkProtoTrees() error {
	parent := make([]int, len(b.s.Protos))
	for i := range parent {
		parent[i] = -1
	}
	for i, rec := range b.s.Protos {
		for _, q := range rec.Protos {
			if parent[q] != -1 {
				return corrupt(rProto, int(q), "nested in two prototypes")
			}
			parent[q] = i
		}
	}
	state := make([]uint8, len(parent)) // 0 new, 1 on the current chain, 2 checked
	for i := range parent {
		j := i
		for j >= 0 && state[j] == 0 {
			state[j] = 1
			j = parent[j]
		}
		if j >= 0 && state[j] == 1 {
			return corrupt(rProto, j, "nested in itself")
		}
		for j = i; j >= 0 && state[j] == 1; j = parent[j] {
			state[j] = 2
		}
	}
	return nil
}
