// Package stdlib is Lua 5.4's standard library for the pluto-go VM (package vm): base,
// package, coroutine, table, io, os, string, math, utf8 and debug, plus pluto and
// eris, the persistence libraries, whose Lua API is the one the C libraries Pluto and
// Eris give.
//
// It is fed by a vm.VM and consumed by hosts: cmd/pluto-go opens every library, an
// embedding program opens the ones it wants.
//
// # Opening and closing
//
// [Open] registers the selected libraries (a [Library] set) in a VM, each as a global
// and in package.loaded; [All] is every library and [Safe] the ones that give a
// script no way to the files or the process. [Close] ends a VM's life as lua_close
// does: pending finalizers run and buffered files are written out.
//
//	m := vm.New(&vm.Options{Stdout: os.Stdout})
//	stdlib.Open(m, stdlib.All)
//	defer stdlib.Close(m)
//	_, err := m.DoString(`print("hello")`, "=main")
//
// # Invariants
//
//   - Every library function is a permanent builtin with a stable name
//     ("string.format", "file:read"), so that a snapshot refers to it by name and a VM
//     that opened the same libraries resolves it. Functions that call back into Lua
//     (pcall, sort comparators, gsub replacements, require, load readers) do so
//     through named continuations with plain-data state, so that a coroutine suspended
//     inside them can be persisted.
//   - Library state that scripts can observe lives in the VM's registry (the random
//     generator, package.loaded, the io handles' defaults), so that it is part of a
//     saved state.
//   - Results and error texts are lua5.4's byte for byte; argument errors come from
//     args.go only.
//
// # Engines
//
// The parts of the libraries that do not need a VM are exported for Go programs: Lua
// patterns ([Find], [Gsub]), string.format's conversions ([ParseFormatSpec]),
// string.pack ([Pack], [Unpack], [PackSize]), os.date's calendar ([BreakTime],
// [MakeTime], [Strftime]) and math.random's generator ([Random]).
package stdlib
