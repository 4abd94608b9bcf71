// Tests of what the command does as its Lua state ends, as lua.c's lua_close does:
// pending finalizers run and buffered files are written out.

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStateClosedAtExit(t *testing.T) {
	t.Parallel()
	out := filepath.Join(t.TempDir(), "out.txt")
	tests := []struct {
		name, script string
		status       int
		stdout       string
	}{
		{"finalizers newest first",
			`setmetatable({}, {__gc = function() print("older") end})
			setmetatable({}, {__gc = function() print("newer") end})`,
			0, "newer\nolder\n"},
		{"after an error",
			`setmetatable({}, {__gc = function() print("finalized") end}) error("x")`,
			1, "finalized\n"},
		{"buffered file",
			`local f = io.open(` + quote(out) + `, "w") f:setvbuf("full") f:write("kept")
			print("wrote")`,
			0, "wrote\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			c := newCLI([]string{"pluto-go", "-e", tc.script}, strings.NewReader(""),
				&stdout, &stderr)
			if status := c.run(); status != tc.status || stdout.String() != tc.stdout {
				t.Errorf("%s: got status %d, stdout %q; want %d, %q (stderr %q)",
					tc.script, status, stdout.String(), tc.status, tc.stdout, stderr.String())
			}
		})
	}
	if data, err := os.ReadFile(out); err != nil || string(data) != "kept" {
		t.Errorf("buffered file holds %q (%v), want %q", data, err, "kept")
	}
}

// quote returns s as a Lua string literal.
func quote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}
