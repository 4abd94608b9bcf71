// This file defines the options of Persist and Unpersist, the Resolver through which
// a VM supplies the Go side of builtins, continuations and named userdata, and the
// validated configurations the codec runs with.

package serialize

import (
	"fmt"

	"github.com/pluto-go/pluto-go/heap"
)

// DefaultSpecialKey is the metafield that controls special persistence when
// PersistOptions.SpecialKey is empty, as Eris's "spkey" setting defaults.
const DefaultSpecialKey = "__persist"

// CallFunc calls a Lua function value with arguments and returns its results. The VM
// provides it so that __persist functions and the functions they return can run.
type CallFunc func(fn heap.Value, args ...heap.Value) ([]heap.Value, error)

// PersistOptions control Persist. The zero value (or a nil pointer) persists with
// Eris's defaults: debug information written, no path, "__persist" as the special
// key, no depth limit and no permanent values.
type PersistOptions struct {
	// Perms maps values to permanent keys: a value for which it reports ok is
	// written as its key (a boolean, number or string) and must be supplied again
	// by UnpersistOptions.Perms. It is asked once for every distinct string and
	// object reached as a Lua value (not for prototype constants), before any other
	// rule applies. Two values must not share a key. Default nil: nothing is
	// permanent but builtins and named userdata.
	Perms func(v heap.Value) (key heap.Value, ok bool)
	// StripDebug leaves out the debug information of prototypes (line info, local
	// and upvalue names; the source becomes "=?"), as Eris's "debug" setting set to
	// false. Default false: debug information is written. Stripping saves bytes
	// and loses names in tracebacks.
	StripDebug bool
	// Path makes errors carry the full path from the root to the offending value,
	// as Eris's "path" setting. Default false: errors name only the last step. It
	// costs one small record per object persisted.
	Path bool
	// SpecialKey is the metafield of tables and userdata that controls special
	// persistence (Eris's "spkey"). Default "" means [DefaultSpecialKey].
	SpecialKey string
	// MaxDepth bounds the distance from the root, in references, of the objects
	// persisted, as Eris's "maxrec" bounds its recursion: an object MaxDepth or more
	// references away fails with "object too complex". 0 (the default) means no
	// limit. Valid range 0 to any int.
	MaxDepth int
	// Call runs __persist functions. Default nil: meeting a __persist function is
	// an error.
	Call CallFunc
}

// Resolver supplies, by name, what a snapshot refers to but cannot contain: the Go
// side of builtins and continuations, and named userdata. A VM implements it over its
// registry; [MapResolver] implements it over maps.
type Resolver interface {
	// Builtin returns the VM's builtin with this name, the same *heap.Builtin on
	// every call, so that identity survives (print == print after loading).
	Builtin(name string) (*heap.Builtin, bool)
	// BuiltinFunc returns the Go function of builtins with this name, for
	// instances that keep state in upvalues (the function coroutine.wrap makes).
	BuiltinFunc(name string) (any, bool)
	// Continuation returns the continuation with this name.
	Continuation(name string) (*heap.Continuation, bool)
	// Userdata returns the named userdata with this name (io.stdout).
	Userdata(name string) (*heap.Userdata, bool)
}

// UnpersistOptions control Unpersist. The zero value (or a nil pointer) loads
// snapshots without permanent values, builtins or __persist objects, within the
// default limits.
type UnpersistOptions struct {
	// Perms maps the permanent keys written by PersistOptions.Perms back to
	// values, which must have the Lua type the persisted values had. A Lua
	// function and a Go one may stand for each other, except for a function a
	// suspended frame runs, which must keep its kind. Default nil: a snapshot
	// with permanent values fails with ErrMissingPerm.
	Perms func(key heap.Value) (heap.Value, bool)
	// Resolver supplies builtins, continuations and named userdata. Default nil: a
	// snapshot that names any fails with ErrUnknownName.
	Resolver Resolver
	// Call runs the functions that rebuild specially persisted objects. They are
	// code from the snapshot, so Call should run them under the limits the host
	// puts on any script (the VM's step limit and Interrupt do). Default nil: a
	// snapshot with such objects fails with ErrSpecial.
	Call CallFunc
	// MaxBytes bounds the size of the input. Default (0) 1 GiB.
	MaxBytes int
	// MaxObjects bounds the number of records (tables, closures, strings, ...).
	// Default (0) 1<<24.
	MaxObjects int
	// MaxSlots bounds the value slots allocated for table parts, hash capacities,
	// thread stacks and upvalues together, which bounds what loading allocates
	// beyond the input at 16 to 48 bytes a slot. Default (0) 1<<24.
	MaxSlots int
	// MaxStringLen bounds the length of one string. Default (0) 1<<30.
	MaxStringLen int
	// MaxDepth bounds the distance of the objects from the root as
	// PersistOptions.MaxDepth does: an object MaxDepth or more references away
	// fails with ErrLimit. Default (0) no limit: the decoder is iterative and needs
	// no stack for depth.
	MaxDepth int
	// Loaded, when set, is called once the graph is complete with each table and
	// unnamed userdata that has a metatable, tables first, each kind in snapshot
	// order; the VM marks objects with __gc for finalization this way. Default nil.
	Loaded func(v heap.Value, mt *heap.Table)
}

// Defaults of UnpersistOptions limits.
const (
	defaultMaxBytes     = 1 << 30
	defaultMaxObjects   = 1 << 24
	defaultMaxSlots     = 1 << 24
	defaultMaxStringLen = 1 << 30
)

// persistConfig is a validated PersistOptions.
type persistConfig struct {
	PersistOptions
}

// config validates o and fills in defaults.
func (o *PersistOptions) config() (persistConfig, error) {
	var c persistConfig
	if o != nil {
		c.PersistOptions = *o
	}
	if c.SpecialKey == "" {
		c.SpecialKey = DefaultSpecialKey
	}
	if c.MaxDepth < 0 {
		return c, fmt.Errorf("serialize: invalid PersistOptions.MaxDepth %d", c.MaxDepth)
	}
	return c, nil
}

// unpersistConfig is a validated UnpersistOptions.
type unpersistConfig struct {
	UnpersistOptions
}

// config validates o and fills in defaults.
func (o *UnpersistOptions) config() (unpersistConfig, error) {
	var c unpersistConfig
	if o != nil {
		c.UnpersistOptions = *o
	}
	limits := []struct {
		name string
		p    *int
		def  int
	}{
		{"MaxBytes", &c.MaxBytes, defaultMaxBytes},
		{"MaxObjects", &c.MaxObjects, defaultMaxObjects},
		{"MaxSlots", &c.MaxSlots, defaultMaxSlots},
		{"MaxStringLen", &c.MaxStringLen, defaultMaxStringLen},
		{"MaxDepth", &c.MaxDepth, 0},
	}
	for _, l := range limits {
		if *l.p < 0 {
			return c, fmt.Errorf("serialize: invalid UnpersistOptions.%s %d", l.name, *l.p)
		}
		if *l.p == 0 {
			*l.p = l.def
		}
	}
	return c, nil
}

// MapResolver is a Resolver over maps, for hosts with a fixed set of names and for
// tests. Builtin instances get their Go function from the builtin of the same name.
type MapResolver struct {
	Builtins      map[string]*heap.Builtin
	Continuations map[string]*heap.Continuation
	Named         map[string]*heap.Userdata
}

// Builtin returns Builtins[name].
func (m *MapResolver) Builtin(name string) (*heap.Builtin, bool) {
	b, ok := m.Builtins[name]
	return b, ok && b != nil
}

// BuiltinFunc returns the Go function of Builtins[name].
func (m *MapResolver) BuiltinFunc(name string) (any, bool) {
	b, ok := m.Builtins[name]
	if !ok || b == nil {
		return nil, false
	}
	return b.Fn, true
}

// Continuation returns Continuations[name].
func (m *MapResolver) Continuation(name string) (*heap.Continuation, bool) {
	c, ok := m.Continuations[name]
	return c, ok && c != nil
}

// Userdata returns Named[name].
func (m *MapResolver) Userdata(name string) (*heap.Userdata, bool) {
	u, ok := m.Named[name]
	return u, ok && u != nil
}
