// This file defines the function values: Lua closures, builtins (Go functions known by a
// stable name) and the continuations builtins leave behind when they call back into Lua.
//
// Builtins are permanent by name: a snapshot records "string.format", never a Go
// pointer, and loading it looks the name up in the registry of the VM that loads it.
// This is why a builtin's Go function is kept as an opaque value here: the heap does not
// know the VM's calling convention, only that a name identifies the function for good.

package heap

// Closure is a Lua function value: a prototype and the upvalues it captured.
type Closure struct {
	Proto    *Proto
	Upvalues []*Upvalue
}

// NewClosure returns a closure of p with room for its upvalues, all nil.
func NewClosure(p *Proto) *Closure {
	return &Closure{Proto: p, Upvalues: make([]*Upvalue, len(p.Upvalues))}
}

// Builtin is a function implemented in Go. Builtins that keep state (the iterator
// string.gmatch returns, a function made by coroutine.wrap) keep it in Upvalues as Lua
// values, so that the state can be persisted like any other.
type Builtin struct {
	// Name is the builtin's stable, unique name, such as "string.format". A builtin
	// with an empty name cannot be persisted.
	Name string
	// Fn is the Go function, of the type the VM defines for builtins.
	Fn any
	// Upvalues is the builtin's private state.
	Upvalues []Value
}

// Continuation is the Go code a builtin frame runs when a Lua function it called
// returns, or when an error unwinds to it. Like builtins, continuations are known by a
// stable name so that a suspended frame waiting for one can be persisted.
type Continuation struct {
	// Name is the continuation's stable, unique name, such as "pcall.k".
	Name string
	// Fn is the Go function, of the type the VM defines for continuations.
	Fn any
}

// Userdata is a Go value exposed to Lua, with an optional metatable and one user value
// (as debug.setuservalue sets).
type Userdata struct {
	// Name makes a userdata permanent when not empty: a snapshot records the name
	// ("io.stdout") instead of the contents.
	Name  string
	Meta  *Table
	Data  any
	Value Value
}
