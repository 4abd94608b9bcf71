// This file implements Persist: a breadth-first walk of the object graph that turns
// each object into a record of the snapshot.
//
// The walk keeps a queue of objects met but not yet visited. Meeting a value (see)
// gives it its snapshot form at once: a scalar inline, or a reference whose index is
// the next free one of its kind, the object joining the queue. Visiting an object
// builds its record, meeting its fields in order. Nothing recurses, so depth costs
// queue entries, not Go stack.

package serialize

import (
	"encoding/binary"
	"math"
	"slices"
	"unsafe"

	"github.com/pluto-go/pluto-go/heap"
)

// Persist writes the object graph reachable from root to a snapshot. It fails with
// a *PersistError for a value that cannot be persisted: an unnamed builtin or
// continuation, a userdata without a name, permanent key or __persist, a forbidden
// table, a running coroutine, an object whose rebuild function reaches the object.
func Persist(root heap.Value, opts *PersistOptions) ([]byte, error) {
	cfg, err := opts.config()
	if err != nil {
		return nil, err
	}
	e := newEncoder(cfg)
	if err := e.run(root); err != nil {
		return nil, err
	}
	return seal(&e.snap), nil
}

// item is an object waiting in the encoder's queue.
type item struct {
	k     vkind
	p     unsafe.Pointer // the object; nil for perms and specials
	aux   heap.Value     // the permanent key, or the special's function
	kind  heap.Kind      // what a perm or special stands for
	depth int32
}

// encoder is the state of one Persist call.
type encoder struct {
	cfg   persistConfig
	snap  snapshot
	ids   map[unsafe.Pointer]val // objects met, with their reference
	strs  map[string]val         // string values met
	pool  map[string]uint64      // the string pool
	keys  map[permKey]bool       // permanent keys used
	count [numKinds]uint64
	queue []item
	cur   int    // queue index of the object being visited; -1 for the root
	edge  edge   // the field being met
	links []link // with cfg.Path, how each queued object was reached
	// specials records how each special object was reached, for checkRebuilds.
	specials []link
	parts    tableCopy // reused by tableParts
	err      error
}

func newEncoder(cfg persistConfig) *encoder {
	return &encoder{
		cfg:  cfg,
		ids:  make(map[unsafe.Pointer]val),
		strs: make(map[string]val),
		pool: make(map[string]uint64),
		cur:  -1,
	}
}

// run persists root and everything it reaches into e.snap.
func (e *encoder) run(root heap.Value) error {
	e.edge = edge{op: edgeRoot}
	e.snap.Root = e.see(root)
	for e.cur = 0; e.cur < len(e.queue) && e.err == nil; e.cur++ {
		e.visit(&e.queue[e.cur])
	}
	if e.err == nil && len(e.specials) > 0 {
		e.checkRebuilds()
	}
	return e.err
}

// visit builds the record of a queued object.
func (e *encoder) visit(it *item) {
	switch it.k {
	case vTable:
		e.visitTable((*heap.Table)(it.p))
	case vClosure:
		e.visitClosure((*heap.Closure)(it.p))
	case vBuiltin:
		e.visitBuiltin((*heap.Builtin)(it.p))
	case vUserdata:
		e.visitUserdata((*heap.Userdata)(it.p))
	case vThread:
		e.visitThread((*heap.Thread)(it.p))
	case rProto:
		e.visitProto((*heap.Proto)(it.p))
	case rUpval:
		e.edge = edge{op: edgeNone}
		e.snap.Upvals = append(e.snap.Upvals, e.see((*heap.Upvalue)(it.p).Get()))
	case vPerm:
		e.snap.Perms = append(e.snap.Perms, permRec{Kind: uint(it.kind), Key: e.scalar(it.aux)})
	case vSpecial:
		e.edge = edge{op: edgeSpecial}
		e.snap.Specials = append(e.snap.Specials, specialRec{Kind: uint(it.kind), Fn: e.see(it.aux)})
	}
}

// see returns the snapshot form of v, queueing v if it is an object met for the
// first time.
func (e *encoder) see(v heap.Value) val {
	switch v.Kind() {
	case heap.KindNil:
		return val{}
	case heap.KindBool:
		if v.AsBool() {
			return val{k: vTrue}
		}
		return val{k: vFalse}
	case heap.KindInt, heap.KindFloat:
		return e.scalar(v)
	case heap.KindString:
		return e.str(v)
	}
	if r, ok := e.ids[v.Pointer()]; ok {
		return r
	}
	return e.object(v)
}

// scalar returns the snapshot form of a boolean, number or string, without
// consulting Perms.
func (e *encoder) scalar(v heap.Value) val {
	switch v.Kind() {
	case heap.KindInt:
		return val{vInt, uint64(v.AsInt())}
	case heap.KindFloat:
		return val{vFloat, floatBits(v)}
	case heap.KindString:
		return val{vString, e.intern(v.AsString())}
	case heap.KindBool:
		return e.see(v)
	}
	return val{}
}

// str returns the snapshot form of a string value.
func (e *encoder) str(v heap.Value) val {
	s := v.AsString()
	if r, ok := e.strs[s]; ok {
		return r
	}
	r, ok := e.perm(v)
	if !ok {
		r = val{vString, e.intern(s)}
	}
	e.strs[s] = r
	return r
}

// intern returns the pool index of s, adding it if new.
func (e *encoder) intern(s string) uint64 {
	if i, ok := e.pool[s]; ok {
		return i
	}
	i := uint64(len(e.snap.Strings))
	e.pool[s] = i
	e.snap.Strings = append(e.snap.Strings, s)
	e.count[vString]++
	return i
}

// object returns the reference to an object met for the first time, queueing it.
func (e *encoder) object(v heap.Value) val {
	if r, ok := e.perm(v); ok {
		e.ids[v.Pointer()] = r
		return r
	}
	var k vkind
	switch v.Kind() {
	case heap.KindTable:
		if r, done := e.special(v, v.AsTable().Meta); done {
			return r
		}
		k = vTable
	case heap.KindUserdata:
		if r, done := e.userdataKind(v); done {
			return r
		}
		k = vUserdata
	case heap.KindClosure:
		k = vClosure
	case heap.KindBuiltin:
		if v.AsBuiltin().Name == "" {
			e.fail("attempt to persist a host function without a name", nil)
			return val{}
		}
		k = vBuiltin
	case heap.KindThread:
		if s := v.AsThread().Status; s == heap.StatusRunning || s == heap.StatusNormal {
			e.fail("cannot persist currently running thread", nil)
			return val{}
		}
		k = vThread
	}
	r := e.enqueue(item{k: k, p: v.Pointer()})
	e.ids[v.Pointer()] = r
	return r
}

// enqueue gives it the next index of its kind and queues it.
func (e *encoder) enqueue(it item) val {
	r := val{it.k, e.count[it.k]}
	e.count[it.k]++
	if e.cur >= 0 {
		it.depth = e.queue[e.cur].depth + 1
	}
	if e.cfg.MaxDepth > 0 && int(it.depth) >= e.cfg.MaxDepth {
		e.fail("object too complex", nil)
	}
	e.queue = append(e.queue, it)
	if e.cfg.Path {
		e.links = append(e.links, link{parent: int32(e.cur), edge: e.edge})
	}
	return r
}

// ref returns the index of a prototype or upvalue, queueing it if new.
func (e *encoder) ref(k vkind, p unsafe.Pointer) uint {
	if r, ok := e.ids[p]; ok {
		return uint(r.n)
	}
	r := e.enqueue(item{k: k, p: p})
	e.ids[p] = r
	return uint(r.n)
}

// visitTable builds a table's record: array part, hash part with dead entries, hash
// capacity and metatable.
func (e *encoder) visitTable(t *heap.Table) {
	rec := tableRec{HashCap: uint(t.HashCap())}
	na, nh, meta := t.ArrayLen(), t.HashLen(), heap.TableValue(t.Meta)
	parts := e.tableParts(t)
	rec.Array = make(vals, na)
	for i := range rec.Array {
		e.edge = edge{op: edgeIndex, n: i + 1}
		v := parts.array(t, i)
		rec.Array[i] = e.see(v)
	}
	rec.Hash = make(vals, 2*nh)
	for i := range nh {
		k, v := parts.hash(t, na, i)
		e.edge = edge{op: edgeKey, key: k}
		rec.Hash[2*i] = e.see(k)
		rec.Hash[2*i+1] = e.see(v)
	}
	clear(parts)
	e.edge = edge{op: edgeMeta}
	rec.Meta = e.see(meta)
	e.snap.Tables = append(e.snap.Tables, rec)
}

// tableCopy holds the parts of a table being visited, copied before any value is met
// when meeting one may call a __persist function, which may change the table: the
// record then keeps the state the visit began with, as it keeps the metatable read
// first. Nil when no copy is needed.
type tableCopy []heap.Value

// tableParts returns the copy of t's parts visitTable needs, reusing e.parts.
func (e *encoder) tableParts(t *heap.Table) tableCopy {
	na, nh := t.ArrayLen(), t.HashLen()
	special := false
	for i := 0; i < na && !special; i++ {
		special = e.maySpecial(t.ArrayEntry(i))
	}
	for i := 0; i < nh && !special; i++ {
		k, v := t.HashEntry(i)
		special = e.maySpecial(k) || e.maySpecial(v)
	}
	if !special {
		return nil
	}
	parts := slices.Grow(e.parts[:0], na+2*nh)[:na+2*nh]
	for i := range na {
		parts[i] = t.ArrayEntry(i)
	}
	for i := range nh {
		parts[na+2*i], parts[na+2*i+1] = t.HashEntry(i)
	}
	e.parts = parts
	return parts
}

// array returns array entry i of t, from the copy if there is one.
func (c tableCopy) array(t *heap.Table, i int) heap.Value {
	if c == nil {
		return t.ArrayEntry(i)
	}
	return c[i]
}

// hash returns hash entry i of t, whose array part has na entries, from the copy if
// there is one.
func (c tableCopy) hash(t *heap.Table, na, i int) (k, v heap.Value) {
	if c == nil {
		return t.HashEntry(i)
	}
	return c[na+2*i], c[na+2*i+1]
}

// maySpecial reports whether meeting v may call a __persist function: v is a table
// or userdata not met before whose metatable has a function under the special key.
func (e *encoder) maySpecial(v heap.Value) bool {
	var mt *heap.Table
	switch v.Kind() {
	case heap.KindTable:
		mt = v.AsTable().Meta
	case heap.KindUserdata:
		mt = v.AsUserdata().Meta
	}
	if mt == nil {
		return false
	}
	if _, met := e.ids[v.Pointer()]; met {
		return false
	}
	return mt.GetStr(e.cfg.SpecialKey).IsFunction()
}

// visitClosure builds a closure's record: its prototype and upvalues.
func (e *encoder) visitClosure(c *heap.Closure) {
	if c.Proto == nil || len(c.Upvalues) != len(c.Proto.Upvalues) {
		e.fail("attempt to persist a malformed closure", nil)
		return
	}
	e.edge = edge{op: edgeProto}
	rec := closureRec{Proto: e.ref(rProto, unsafe.Pointer(c.Proto))}
	rec.Upvals = make([]uint, len(c.Upvalues))
	for i, u := range c.Upvalues {
		e.edge = edge{op: edgeUpvalue, n: i + 1, name: c.Proto.Upvalues[i].Name}
		if u == nil {
			e.fail("attempt to persist a closure with a missing upvalue", nil)
			return
		}
		rec.Upvals[i] = e.ref(rUpval, unsafe.Pointer(u))
	}
	e.snap.Closures = append(e.snap.Closures, rec)
}

// visitBuiltin builds a builtin's record: its name and upvalues.
func (e *encoder) visitBuiltin(b *heap.Builtin) {
	rec := builtinRec{Name: b.Name, Upvalues: make(vals, len(b.Upvalues))}
	for i, v := range b.Upvalues {
		e.edge = edge{op: edgeUpvalue, n: i + 1}
		rec.Upvalues[i] = e.see(v)
	}
	e.snap.Builtins = append(e.snap.Builtins, rec)
}

// visitUserdata builds a userdata's record: its name, or its metatable, user value
// and data block.
func (e *encoder) visitUserdata(u *heap.Userdata) {
	rec := userdataRec{Name: u.Name}
	if u.Name == "" {
		// Read before meeting either, which may call a __persist function.
		meta, value, data := u.Meta, u.Value, u.Data
		e.edge = edge{op: edgeMeta}
		rec.Meta = e.see(heap.TableValue(meta))
		e.edge = edge{op: edgeUserValue}
		rec.Value = e.see(value)
		if b, ok := data.([]byte); ok {
			rec.DataKind, rec.Data = dataBytes, b
		}
	}
	e.snap.Userdata = append(e.snap.Userdata, rec)
}

// visitProto builds a prototype's record, leaving out debug information when asked.
func (e *encoder) visitProto(p *heap.Proto) {
	src := p.Source
	if e.cfg.StripDebug {
		src = "=?"
	}
	rec := protoRec{
		Source: uint(e.intern(src)), LineDefined: uint(p.LineDefined),
		LastLineDefined: uint(p.LastLineDefined), NumParams: uint(p.NumParams),
		IsVararg: p.IsVararg, MaxStackSize: uint(p.MaxStackSize),
	}
	rec.Code = make([]byte, 4*len(p.Code))
	for i, ins := range p.Code {
		binary.LittleEndian.PutUint32(rec.Code[4*i:], uint32(ins))
	}
	rec.Constants = make(vals, len(p.Constants))
	for i, k := range p.Constants {
		if k.Kind() > heap.KindString {
			e.fail("attempt to persist a prototype with a "+k.TypeName()+" constant", nil)
			return
		}
		rec.Constants[i] = e.scalar(k)
	}
	rec.Upvalues = make([]upvalDescRec, len(p.Upvalues))
	for i, u := range p.Upvalues {
		rec.Upvalues[i] = upvalDescRec{InStack: u.InStack, Index: uint(u.Index), Kind: uint(u.Kind)}
		if !e.cfg.StripDebug {
			rec.Upvalues[i].Name = u.Name
		}
	}
	e.edge = edge{op: edgeNone}
	rec.Protos = make([]uint, len(p.Protos))
	for i, q := range p.Protos {
		if q == nil {
			e.fail("attempt to persist a malformed prototype", nil)
			return
		}
		rec.Protos[i] = e.ref(rProto, unsafe.Pointer(q))
	}
	if !e.cfg.StripDebug {
		rec.LineInfo = p.LineInfo
		rec.LocVars = make([]locVarRec, len(p.LocVars))
		for i, l := range p.LocVars {
			rec.LocVars[i] = locVarRec{Name: l.Name, StartPC: uint(l.StartPC), EndPC: uint(l.EndPC)}
		}
	}
	e.snap.Protos = append(e.snap.Protos, rec)
}

// floatBits returns the bits of a float value.
func floatBits(v heap.Value) uint64 { return math.Float64bits(v.AsFloat()) }
