// Package heap defines the data every other part of pluto-go works on: Lua values,
// tables, closures, upvalues, builtins, userdata, threads with their frames, and the
// compiled form of functions (Proto, with the instruction set in opcodes.go).
//
// It imports nothing of the project. The compiler produces Protos, the VM runs them
// on Threads, and serialize writes and reads all of these structures; the standard
// libraries build on them through the VM.
//
// # Invariants
//
//   - Everything is plain Go data with no goroutines and no Go function values except
//     behind a Builtin or Continuation, which carry a stable name: a suspended
//     coroutine is entirely described by its Thread, so it can be persisted.
//   - Numbers and booleans never allocate: a Value is two words (value.go).
//   - Table iteration order is a property of the table's own data (table.go), the
//     same in every process and after persistence.
//   - A Proto is immutable once built and is verified (Verify) before a VM runs one
//     that came from outside the compiler.
package heap
