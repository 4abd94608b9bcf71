// The fuzz target of running what a snapshot holds: whatever bytes eris.unpersist
// accepts, resuming the coroutines and calling the functions they hold gives values
// or Lua errors, never a Go panic. The seeds are coroutines suspended in each kind of
// place a yield may happen, whose state the builtins and continuations keep, and
// specially persisted objects nested in one another. The target recomputes the
// checksum of what the fuzzer mutated, which would otherwise stop at it.

package stdlib_test

import (
	"io"
	"testing"

	"github.com/pluto-go/pluto-go/serialize"
	"github.com/pluto-go/pluto-go/stdlib"
	"github.com/pluto-go/pluto-go/vm"
)

// fuzzResumeSeeds build roots whose snapshots seed FuzzUnpersistResume.
var fuzzResumeSeeds = []string{
	`return coroutine.create(function(...) local x = ... return coroutine.yield(x) + 1 end)`,
	`local co = coroutine.create(function()
		local t = {5, 3, 9, 1, 7, 2}
		table.sort(t, function(a, b) coroutine.yield() return a < b end)
		return t[1] end)
	coroutine.resume(co) return co`,
	`local co = coroutine.create(function()
		return (string.gsub("a b c", "%a", function(w) return coroutine.yield(w) end)) end)
	coroutine.resume(co) return co`,
	`local co = coroutine.create(function()
		for w in string.gmatch("one two", "%a+") do coroutine.yield(w) end end)
	coroutine.resume(co) return {co, string.gmatch("x y", "%a")}`,
	`local co = coroutine.create(function()
		return pcall(function() coroutine.yield(1) error("e") end) end)
	coroutine.resume(co) return co`,
	`local w = coroutine.wrap(function() while true do coroutine.yield(1) end end)
	w() return {w}`,
	`local co = coroutine.create(function()
		return load(function() return coroutine.yield("piece") end) end)
	coroutine.resume(co) return co`,
	`local co = coroutine.create(function()
		local c <close> = setmetatable({}, {__close = function() coroutine.yield() end})
		coroutine.yield(1) end)
	coroutine.resume(co) return co`,
	`local co = coroutine.create(function()
		local t = setmetatable({}, {__index = function(t, k) return coroutine.yield(k) end,
			__add = function() return coroutine.yield() end})
		return t.x, t + 1, tostring(setmetatable({}, {__tostring = function() return coroutine.yield() end})) end)
	coroutine.resume(co) return co`,
	`local co = coroutine.create(function()
		for k, v in pairs({a = 1, b = 2, 3}) do coroutine.yield(k) end end)
	coroutine.resume(co) return co`,
	`local Node = {}
	Node.__persist = function(n) local s = n.s return function() return setmetatable({s = s}, Node) end end
	local leaf = setmetatable({s = {1}}, Node)
	local co = coroutine.create(function(x) coroutine.yield(leaf) return x end)
	coroutine.resume(co) return {setmetatable({s = {leaf, co}}, Node), leaf}`,
}

// fuzzResumeDriver pokes what the root given as argument holds.
const fuzzResumeDriver = `
local root = ...
local function poke(v)
  if type(v) == "thread" then
    for i = 1, 4 do coroutine.resume(v, i, "x") end
    coroutine.close(v)
  elseif type(v) == "function" then
    pcall(v, 1, 2)
    pcall(v)
  end
end
poke(root)
if type(root) == "table" then
  for _, v in pairs(root) do poke(v) end
end`

// newFuzzVM returns a VM under a step limit with the libraries that touch nothing
// outside it.
func newFuzzVM() *vm.VM {
	m := vm.New(&vm.Options{Stdout: io.Discard, Stderr: io.Discard, MaxSteps: 20000})
	stdlib.Open(m, stdlib.Base|stdlib.Coroutine|stdlib.Table|stdlib.String|stdlib.Math|
		stdlib.Package|stdlib.Eris)
	return m
}

func FuzzUnpersistResume(f *testing.F) {
	for _, src := range fuzzResumeSeeds {
		m := newFuzzVM()
		root, err := persistLua(m, src)
		if err != nil {
			f.Fatalf("%s: %v", src, err)
		}
		data, err := persistLua(m, "return eris.persist(...)", root)
		if err != nil {
			f.Fatalf("%s: %v", src, err)
		}
		f.Add([]byte(data.AsString()))
	}
	limits := &serialize.UnpersistOptions{MaxBytes: 1 << 20, MaxObjects: 1 << 14,
		MaxSlots: 1 << 16, MaxStringLen: 1 << 16}
	f.Fuzz(func(t *testing.T, data []byte) {
		m := newFuzzVM()
		root, err := m.Unpersist(resealSnapshot(data), limits)
		if err == nil {
			_, _ = persistLua(m, fuzzResumeDriver, root)
		}
	})
}
