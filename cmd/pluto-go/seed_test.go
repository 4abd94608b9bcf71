package main

import (
	"os/exec"
	"path/filepath"
	"testing"
)

// buildBinary builds the command into a temporary directory and returns its path.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "pluto-go")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestSeedScripts runs the article's two scripts, unchanged, as two processes: the
// first suspends a coroutine and saves it, the second loads it and lets it finish.
func TestSeedScripts(t *testing.T) {
	bin := buildBinary(t)
	co := filepath.Join(t.TempDir(), "co.bin")
	setPath := "persistCRPath='" + co + "'"
	steps := []struct {
		script, want string
	}{
		{"persist.lua", "pluto version pluto-go 1.0\nentered bar\n"},
		{"unpersist.lua", "pluto version pluto-go 1.0\nAnd hello from a long dead variable!\n4\n"},
	}
	for _, s := range steps {
		cmd := exec.Command(bin, "-e", setPath, filepath.Join("testdata", "seed", s.script))
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", s.script, err, out)
		}
		if string(out) != s.want {
			t.Errorf("%s printed\n%q\nwant\n%q", s.script, out, s.want)
		}
	}
}
