package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// binDir is the directory the command is built into once for all tests.
var binDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "pluto-go-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// buildOnce builds the command into binDir.
var buildOnce = sync.OnceValues(func() (string, error) {
	bin := filepath.Join(binDir, "pluto-go")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %w\n%s", err, out)
	}
	return bin, nil
})

// referenceBinary returns the path of lua5.4, skipping the test when it is not on PATH.
func referenceBinary(t *testing.T) string {
	t.Helper()
	ref, err := exec.LookPath("lua5.4")
	if err != nil {
		t.Skipf("lua5.4 is not on PATH: %v", err)
	}
	return ref
}

// interpreters returns the command under test and, when it is on PATH, lua5.4, by
// name, for tests that check both behave alike.
func interpreters(t *testing.T) map[string]string {
	t.Helper()
	bins := map[string]string{"pluto-go": buildBinary(t)}
	if ref, err := exec.LookPath("lua5.4"); err == nil {
		bins["lua5.4"] = ref
	}
	return bins
}

// buildBinary returns the path of the command, built once for all tests.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin, err := buildOnce()
	if err != nil {
		t.Fatal(err)
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
