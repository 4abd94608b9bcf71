// This file runs the official Lua 5.4.4 test suite (the testes/ folder of
// the Lua sources, named by LUA_TESTES_DIR) under the binary under test and
// reports which files run to completion; see doc.go.
package conformance

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// officialSkipped are the suite files never run, with the reason.
var officialSkipped = map[string]string{
	"all":   "driver that runs every other file",
	"heavy": "needs hours and many gigabytes",
}

func TestOfficialSuite(t *testing.T) {
	dir := os.Getenv("LUA_TESTES_DIR")
	if dir == "" || *update {
		t.Skip("set LUA_TESTES_DIR to the testes/ folder of Lua 5.4.4 to run the official suite")
	}
	if binaryErr != nil {
		t.Fatalf("no interpreter to test: %v", binaryErr)
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	listed, err := readKnownFailures(filepath.Join("testdata", "official_known_failures.txt"))
	if err != nil {
		t.Fatal(err)
	}
	names := officialNames(t, dir)
	checkOfficialList(t, names, listed)
	known := knownFailures(t, "official_known_failures.txt")

	var mu sync.Mutex
	results := map[string]string{}
	t.Run("files", func(t *testing.T) {
		for _, name := range names {
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				res := runOfficial(t, dir, name, known)
				mu.Lock()
				results[name] = res
				mu.Unlock()
			})
		}
	})
	logOfficial(t, names, results)
}

// officialNames lists the suite's top-level .lua files, without ".lua",
// less the skipped ones.
func officialNames(t *testing.T, dir string) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.lua"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("LUA_TESTES_DIR=%s holds no .lua files (%v)", dir, err)
	}
	var names []string
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".lua")
		if _, skip := officialSkipped[name]; !skip {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}

// checkOfficialList reports list entries that name no runnable file.
func checkOfficialList(t *testing.T, names []string, known map[string]string) {
	t.Helper()
	for name := range known {
		if i := sort.SearchStrings(names, name); i == len(names) || names[i] != name {
			t.Errorf("official_known_failures.txt lists %q, which is no file run from %s",
				name, os.Getenv("LUA_TESTES_DIR"))
		}
	}
}

// runOfficial runs one suite file and returns "ok" or why it failed.
func runOfficial(t *testing.T, dir, name string, known map[string]string) string {
	o, err := runInterpreter(runOptions{
		path:    binary,
		args:    []string{binary, "-e", "_port=true _soft=true", name + ".lua"},
		dir:     dir,
		timeout: *officialTimeout,
	})
	res := "ok"
	switch {
	case err != nil:
		res = err.Error()
	case o.Exit != 0:
		res = exitText(o) + ": " + firstLine(o.Stderr)
	}
	reason, listed := known[name]
	switch {
	case res == "ok" && listed:
		t.Errorf("%s.lua runs to completion but official_known_failures.txt lists it (%s)",
			name, reason)
	case res != "ok" && listed:
		t.Skipf("known failure (%s): %s", reason, res)
	case res != "ok":
		t.Errorf("%s.lua: %s\nstderr:\n%s", name, res, tail(o.Stderr, 2000))
	}
	return res
}

// logOfficial prints which files ran to completion and which did not.
func logOfficial(t *testing.T, names []string, results map[string]string) {
	var ok, failed []string
	for _, name := range names {
		switch res, ran := results[name]; {
		case !ran:
		case res == "ok":
			ok = append(ok, name)
		default:
			failed = append(failed, name+" ("+res+")")
		}
	}
	t.Logf("official suite: %d of %d files ran to completion: %s",
		len(ok), len(names), strings.Join(ok, ", "))
	for _, f := range failed {
		t.Logf("did not complete: %s", f)
	}
}

// firstLine returns the first line of a message, which carries the error.
func firstLine(s string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return line
}

// tail keeps the last n bytes of s.
func tail(s string, n int) string {
	if len(s) > n {
		return "..." + s[len(s)-n:]
	}
	return s
}

// exitText describes an outcome's exit status.
func exitText(o Outcome) string {
	return "exit " + strconv.Itoa(o.Exit)
}
