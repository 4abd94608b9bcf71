// Package vm executes compiled Lua 5.4 functions (heap.Proto) on heap threads: the
// dispatch loop, calls and returns, metamethods, errors, coroutines, debug hooks, and
// the embedding API a Go host uses.
//
// It is fed by lang/compiler (through Load, which also parses) and by serialize
// (snapshots loaded back into a VM); stdlib registers the standard libraries on it and
// cmd/pluto-go drives it.
//
// # Invariants
//
//   - No Lua state lives on the Go stack across an instruction that can yield. A
//     Lua-to-Lua call pushes a heap.Frame; a builtin that must call Lua and stay
//     yieldable returns a request (CallK, ResumeK, Yield) and is resumed through a
//     named continuation with plain-data state; metamethods called by instructions
//     are frames whose results finishOp stores when they return.
//   - Coroutines are heap.Thread values switched by the one dispatch loop; never
//     goroutines.
//   - Every builtin and continuation has a stable, unique name (Register,
//     RegisterContinuation), by which snapshots refer to it.
//   - Calls from Go into the VM (Call, PCall, Index, Arith, ToString...) run to
//     completion on the Go stack; a yield cannot cross them, as in C Lua.
//
// # Frames and the register window
//
// A Lua frame's registers are the stack slots from Frame.Base on; the dispatch loop
// addresses them through a *[256]heap.Value over the stack, indexed by 8-bit operands,
// which is why stacks keep stackSlack free slots above every Lua frame and why loaded
// bytecode must pass heap.Proto.Verify. Extra arguments of a vararg function stay just
// above its function slot; OP_VARARGPREP moves a copy of the function and the fixed
// parameters above them, as Lua does, so frames take the stack room they take in Lua. A
// builtin's frame holds its arguments from Base to Top; the Lua function it calls
// through CallK is placed at its Top.
//
// # Errors
//
// A Lua error is a panic carrying a *throw, recovered only where a run of the loop
// starts (run.go). The error goes to the innermost protected builtin frame above the
// run's boundary (after xpcall's message handler ran on top of the failing frames and
// the frames above were dropped and their to-be-closed variables closed), or kills the
// running coroutine and goes to its resumer, or crosses the boundary back to Go, where
// PCall turns it into a *RuntimeError. Error texts are Lua 5.4's, built in errors.go.
//
// Where the loop counts steps for Options.MaxSteps (calls and backward jumps), it also
// reads the flag Interrupt sets, the one access to a VM that may come from another
// goroutine; a set flag is cleared and raised as the Lua error "interrupted!", which
// pcall catches, while an exhausted step budget is a host error no pcall catches.
//
// # Collection
//
// Go's collector frees memory; the VM adds what Lua's collector does that Go's cannot:
// clearing weak tables and calling __gc metamethods. A collection (collect.go, mark.go)
// marks what is reachable from the VM's roots at collectgarbage and, while weak tables
// or objects with finalizers may exist, automatically as Lua code allocates; Close
// runs the finalizers still pending, as lua_close does.
package vm
