package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// TestCLIReference runs command lines whose output lua5.4 gave as shown.
func TestCLIReference(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.lua")
	show := `for i = -2, 3 do io.write(tostring(arg[i]), " ") end print()`
	cases := []struct {
		name       string
		args       []string
		stdout     string
		stderr     string
		exitStatus int
	}{
		{"arg without script", []string{"lua", "-e", show},
			"nil nil lua -e " + show + " nil \n", "", 0},
		{"arg with options, no script", []string{"lua", "-W", "-e", show},
			"nil nil lua -W -e " + show + " \n", "", 0},
		{"arg with script", []string{"lua", "-e", show, missing, "x"},
			"-e " + show + " " + missing + " x nil nil \n",
			"lua: cannot open " + missing + ": No such file or directory\n", 1},
		{"script is a directory", []string{"lua", dir},
			"", "lua: cannot read " + dir + ": Is a directory\n", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			var stdout, stderr bytes.Buffer
			status := newCLI(c.args, strings.NewReader(""), &stdout, &stderr).run()
			if stdout.String() != c.stdout || stderr.String() != c.stderr ||
				status != c.exitStatus {
				t.Errorf("%q: got %d, %q, %q; want %d, %q, %q", c.args, status,
					stdout.String(), stderr.String(), c.exitStatus, c.stdout, c.stderr)
			}
		})
	}
}
