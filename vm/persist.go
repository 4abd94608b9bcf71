// This file connects the VM to the persistence codec: persisting and unpersisting
// values with the VM's builtins resolved by name and its Lua functions callable by
// __persist, snapshots of a whole VM state, and binary chunks for string.dump and load.

package vm

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"strings"
	"time"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/serialize"
)

// Persist writes the object graph reachable from root to a snapshot, with the VM's
// defaults filled in: Lua functions (__persist) run through PCall. Builtins and named
// userdata are written by name.
func (m *VM) Persist(root heap.Value, opts *serialize.PersistOptions) ([]byte, error) {
	var o serialize.PersistOptions
	if opts != nil {
		o = *opts
	}
	if o.Call == nil {
		o.Call = m.PCall
	}
	start := time.Now()
	data, err := serialize.Persist(root, &o)
	if err == nil && m.cfg.logger.Enabled(context.Background(), slog.LevelInfo) {
		m.cfg.logger.Info("state saved", slog.Int("bytes", len(data)),
			slog.Duration("duration", time.Since(start)))
	}
	return data, err
}

// Unpersist reads a snapshot, resolving builtins, continuations and named userdata
// by name in this VM and running rebuild functions through PCall. Called from the
// host, it gives all rebuild functions one budget of Options.MaxSteps, and no
// collection runs until it returns: the objects being built are reachable from no
// root yet.
func (m *VM) Unpersist(data []byte, opts *serialize.UnpersistOptions) (heap.Value, error) {
	var o serialize.UnpersistOptions
	if opts != nil {
		o = *opts
	}
	if o.Resolver == nil {
		o.Resolver = m
	}
	if o.Call == nil {
		o.Call = m.PCall
	}
	if o.Loaded == nil {
		o.Loaded = m.NoteMetatable
	}
	start := time.Now()
	if m.nested == 0 && m.loading == 0 && m.cfg.maxSteps > 0 {
		// The rebuild functions of one load share a budget.
		m.steps = m.cfg.maxSteps
	}
	m.loading++
	defer func() { m.loading-- }()
	v, err := serialize.Unpersist(data, &o)
	if err == nil && m.cfg.logger.Enabled(context.Background(), slog.LevelInfo) {
		m.cfg.logger.Info("state loaded", slog.Int("bytes", len(data)),
			slog.Duration("duration", time.Since(start)))
	}
	return v, err
}

// mainThreadKey is the permanent key under which snapshots of a whole state refer to
// the main thread, which is running whenever a state is saved.
var mainThreadKey = heap.String("pluto-go:main thread")

// SaveState writes the whole state of the VM to a snapshot: the globals, the registry
// (package.loaded, the random generator, library state), the metatables of strings and
// other types, and root, typically a suspended coroutine. No Lua code may be running:
// call it from the host between runs. A value that cannot be persisted makes it fail
// with the value's whole path from the state.
func (m *VM) SaveState(root heap.Value) ([]byte, error) {
	if m.nested > 0 {
		return nil, ErrRunning
	}
	state := heap.NewTable(0, 8)
	state.SetStr("registry", heap.TableValue(m.registry))
	state.SetStr("globals", heap.TableValue(m.globals))
	state.SetStr("root", root)
	if m.stringMeta != nil {
		state.SetStr("stringmeta", heap.TableValue(m.stringMeta))
	}
	metas := heap.NewTable(len(m.typeMetas), 0)
	for k, mt := range m.typeMetas {
		if mt != nil {
			metas.SetInt(int64(k)+1, heap.TableValue(mt))
		}
	}
	state.SetStr("typemetas", heap.TableValue(metas))
	opts := &serialize.PersistOptions{
		Perms: func(v heap.Value) (heap.Value, bool) {
			if v.Kind() == heap.KindThread && v.AsThread() == m.main {
				return mainThreadKey, true
			}
			return heap.Nil, false
		},
	}
	data, err := m.Persist(heap.TableValue(state), opts)
	if err != nil {
		// Failing is rare and the host needs to know where: the second pass, which
		// keeps the whole path, costs only then.
		opts.Path = true
		if _, perr := m.Persist(heap.TableValue(state), opts); perr != nil {
			err = perr
		}
		// The path starts at the state table; it reads better from its parts:
		// root.stack[1], globals.f, registry._LOADED.
		var pe *serialize.PersistError
		if errors.As(err, &pe) {
			pe.Path = strings.TrimPrefix(pe.Path, "root.")
		}
		return nil, err
	}
	return data, nil
}

// LoadState replaces the state of the VM by the one a snapshot of SaveState holds and
// returns the snapshot's root. The VM must have the same builtins registered (the same
// libraries opened) as the one that saved it.
func (m *VM) LoadState(data []byte) (heap.Value, error) {
	v, err := m.Unpersist(data, &serialize.UnpersistOptions{
		Perms: func(k heap.Value) (heap.Value, bool) {
			if heap.RawEqual(k, mainThreadKey) {
				return heap.ThreadValue(m.main), true
			}
			return heap.Nil, false
		},
	})
	if err != nil {
		return heap.Nil, err
	}
	if !v.IsTable() {
		return heap.Nil, fmt.Errorf("vm: load state: snapshot holds a %s, not a state", v.TypeName())
	}
	state := v.AsTable()
	reg, globals := state.GetStr("registry"), state.GetStr("globals")
	if !reg.IsTable() || !globals.IsTable() {
		return heap.Nil, fmt.Errorf("vm: load state: snapshot lacks the registry or the globals")
	}
	m.registry, m.globals = reg.AsTable(), globals.AsTable()
	m.stringMeta = nil
	if sm := state.GetStr("stringmeta"); sm.IsTable() {
		m.stringMeta = sm.AsTable()
	}
	metas := state.GetStr("typemetas")
	for k := range m.typeMetas {
		m.typeMetas[k] = nil
		if metas.IsTable() {
			if mt := metas.AsTable().GetInt(int64(k) + 1); mt.IsTable() {
				m.typeMetas[k] = mt.AsTable()
			}
		}
	}
	return state.GetStr("root"), nil
}

// binaryChunkHeader starts every binary chunk: Lua 5.4's header (signature, version
// 0x54, format 0, the LUAC_DATA check bytes, the sizes of instructions, integers and
// floats, and the check values 0x5678 and 370.5), so that tools reading the header
// recognise it. What follows is this project's own: the length of a snapshot of a
// closure (8 bytes, little-endian), then the snapshot.
var binaryChunkHeader = func() []byte {
	h := []byte("\x1bLua\x54\x00\x19\x93\r\n\x1a\n\x04\x08\x08")
	h = binary.LittleEndian.AppendUint64(h, 0x5678)
	return binary.LittleEndian.AppendUint64(h, math.Float64bits(370.5))
}()

// DumpProto returns a binary chunk for a function prototype, as string.dump does,
// optionally without debug information. load turns it back into a function.
func DumpProto(p *heap.Proto, strip bool) ([]byte, error) {
	fresh := heap.NewClosure(p)
	for i := range fresh.Upvalues {
		fresh.Upvalues[i] = heap.NewClosedUpvalue(heap.Nil)
	}
	data, err := serialize.Persist(heap.ClosureValue(fresh), &serialize.PersistOptions{StripDebug: strip})
	if err != nil {
		return nil, err
	}
	chunk := binary.LittleEndian.AppendUint64(bytes.Clone(binaryChunkHeader), uint64(len(data)))
	return append(chunk, data...), nil
}

// ChunkSnapshot returns the snapshot a binary chunk made by string.dump or DumpProto
// holds, or false if chunk is not one whole such chunk.
func ChunkSnapshot(chunk []byte) ([]byte, bool) {
	rest, ok := bytes.CutPrefix(chunk, binaryChunkHeader)
	if !ok || len(rest) < 8 || uint64(len(rest)-8) < binary.LittleEndian.Uint64(rest) {
		return nil, false
	}
	return rest[8 : 8+binary.LittleEndian.Uint64(rest)], true
}

// undumpChunk loads a binary chunk made by DumpFunction.
func (m *VM) undumpChunk(src []byte, chunkname string) (*heap.Proto, error) {
	name := chunkname
	switch {
	case name != "" && (name[0] == '@' || name[0] == '='):
		name = name[1:]
	case name != "" && name[0] == binarySignature[0]:
		name = "binary string"
	}
	bad := func(what string) error {
		return fmt.Errorf("%s: bad binary format (%s)", name, what)
	}
	h := binaryChunkHeader
	for i := range h {
		switch {
		case i >= len(src):
			return nil, bad("truncated chunk")
		case src[i] == h[i]:
		case i < 4:
			return nil, bad("not a binary chunk")
		case i == 4:
			return nil, bad("version mismatch")
		case i == 5:
			return nil, bad("format mismatch")
		case i < 12:
			return nil, bad("corrupted chunk")
		case i < 15:
			return nil, bad([...]string{"Instruction", "lua_Integer", "lua_Number"}[i-12] +
				" size mismatch")
		case i < 23:
			return nil, bad("integer format mismatch")
		default:
			return nil, bad("float format mismatch")
		}
	}
	rest := src[len(h):]
	if len(rest) >= 8 && !serialize.StartsLikeSnapshot(rest[8:]) {
		// Lua's own chunks have the same header; what follows it differs.
		return nil, bad("not a pluto-go chunk")
	}
	if len(rest) < 8 || uint64(len(rest)-8) < binary.LittleEndian.Uint64(rest) {
		return nil, bad("truncated chunk")
	}
	payload := rest[8 : 8+binary.LittleEndian.Uint64(rest)]
	v, err := serialize.Unpersist(payload, nil)
	switch {
	case err != nil:
		return nil, bad(strings.TrimPrefix(err.Error(), "serialize: "))
	}
	if v.Kind() != heap.KindClosure {
		return nil, bad("not a function")
	}
	return v.AsClosure().Proto, nil
}
