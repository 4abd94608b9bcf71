// This file runs the reference lua5.4, when installed, to check that the
// parser's error messages are Lua's byte for byte.

package parser

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// luaLoadScript loads every chunk of a file written by luaMessages and
// prints, per chunk, "ok" or the error message, each followed by a zero byte.
// It calls load from the main chunk, where Lua has used two C levels.
const luaLoadScript = `
local f = assert(io.open(arg[1], "rb"))
local data = f:read("a")
f:close()
for chunk in data:gmatch("(.-)%z") do
  local fn, err = load(chunk, "=input")
  -- lua.c's message handler sees the "C stack overflow" runtime error
  if err then err = err:gsub("\nstack traceback:.*", "") end
  io.write(fn and "ok" or err, "\0")
end
`

// luaMessages returns what lua5.4's load says about each source (chunk name
// "=input"): "ok" or the error message. It skips the test when lua5.4 is
// not installed.
func luaMessages(t *testing.T, sources []string) []string {
	t.Helper()
	lua, err := exec.LookPath("lua5.4")
	if err != nil {
		t.Skip("lua5.4 not installed: cannot compare with the reference")
	}
	dir := t.TempDir()
	script := filepath.Join(dir, "load.lua")
	data := filepath.Join(dir, "chunks")
	if err := os.WriteFile(script, []byte(luaLoadScript), 0o644); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	for _, s := range sources {
		if strings.IndexByte(s, 0) >= 0 {
			t.Fatalf("source %q holds a zero byte; cannot pass it to lua5.4", s)
		}
		buf.WriteString(s)
		buf.WriteByte(0)
	}
	if err := os.WriteFile(data, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(lua, script, data).Output()
	if err != nil {
		t.Fatalf("lua5.4: %v", err)
	}
	msgs := strings.Split(string(out), "\x00")
	return msgs[:len(msgs)-1]
}

// ourMessage returns what Parse says about src with chunk name "=input",
// in the form luaMessages uses.
func ourMessage(src string) string {
	if _, err := Parse("=input", []byte(src)); err != nil {
		return err.Error()
	}
	return "ok"
}

// compareWithLua checks that Parse and lua5.4 agree on every source.
func compareWithLua(t *testing.T, sources []string) {
	t.Helper()
	compareWithLuaExcept(t, sources, func(string) bool { return false })
}

// compareWithLuaExcept is compareWithLua skipping the sources for which
// lua5.4's answer satisfies skip.
func compareWithLuaExcept(t *testing.T, sources []string, skip func(string) bool) {
	t.Helper()
	want := luaMessages(t, sources)
	if len(want) != len(sources) {
		t.Fatalf("lua5.4 gave %d answers for %d sources", len(want), len(sources))
	}
	for i, src := range sources {
		if skip(want[i]) {
			continue
		}
		if got := ourMessage(src); got != want[i] {
			t.Errorf("source %q:\n got %q\nwant %q (lua5.4)", src, got, want[i])
		}
	}
}
