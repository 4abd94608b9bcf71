// Tests of persistence through the built command, as a user runs it: a coroutine
// carried from process to process in a snapshot file, and the listing of a snapshot
// file that --dump prints.

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// chainWant is what testdata/chain.lua prints over all its resumes.
const chainWant = `true	a=1 total 1 resume suspended
true	c=3 total 4 resume suspended
true	d=4 total 8 resume suspended
true	e=5 total 13 resume suspended
true	in pcall resume suspended
true	done false raised after resume suspended closed 13
`

// runChain runs testdata/chain.lua once with snapshot file, steps and api, and
// returns what it printed.
func runChain(t *testing.T, bin, file string, steps int, api string) string {
	t.Helper()
	cmd := exec.Command(bin, filepath.Join("testdata", "chain.lua"), file, strconv.Itoa(steps), api)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chain.lua %d steps with %s: %v\n%s", steps, api, err, stderr.String())
	}
	return stdout.String()
}

// TestPersistAcrossProcesses resumes a coroutine twice in each of three processes,
// persisting it after every resume, and compares with one process resuming it six
// times: the same output and the same final snapshot.
func TestPersistAcrossProcesses(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	for _, api := range []string{"eris", "pluto"} {
		t.Run(api, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			whole := filepath.Join(dir, "whole.snap")
			if got := runChain(t, bin, whole, 6, api); got != chainWant {
				t.Fatalf("uninterrupted run (-want +got):\n%s", cmp.Diff(chainWant, got))
			}
			chain := filepath.Join(dir, "chain.snap")
			var out strings.Builder
			for range 3 {
				out.WriteString(runChain(t, bin, chain, 2, api))
			}
			if diff := cmp.Diff(chainWant, out.String()); diff != "" {
				t.Errorf("three processes printed (-want +got):\n%s", diff)
			}
			a, errA := os.ReadFile(whole)
			b, errB := os.ReadFile(chain)
			if errA != nil || errB != nil || !bytes.Equal(a, b) {
				t.Errorf("final snapshots differ: %d and %d bytes (%v, %v)",
					len(a), len(b), errA, errB)
			}
		})
	}
}

func TestDumpSnapshotFile(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	file := filepath.Join(t.TempDir(), "co.snap")
	runChain(t, bin, file, 5, "eris")
	out, err := exec.Command(bin, "--dump", file).CombinedOutput()
	if err != nil {
		t.Fatalf("--dump: %v\n%s", err, out)
	}
	for _, want := range []string{"root = thread 0", "thread 0: suspended", "local msg = ",
		": coroutine.yield", "continuation pcall.k", "to-be-closed slots"} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("--dump output lacks %q:\n%s", want, out)
		}
	}
	data, _ := os.ReadFile(file)
	damaged := bytes.Clone(data)
	damaged[len(damaged)-1] ^= 0x10
	for _, tc := range []struct {
		name, want string
		data       []byte
	}{
		{"truncated", "truncated", data[:len(data)/2]},
		{"damaged", "the snapshot is damaged", damaged},
	} {
		bad := filepath.Join(t.TempDir(), tc.name+".snap")
		if err := os.WriteFile(bad, tc.data, 0o644); err != nil {
			t.Fatal(err)
		}
		out, err = exec.Command(bin, "--dump", bad).CombinedOutput()
		if err == nil || !bytes.Contains(out, []byte(tc.want)) {
			t.Errorf("--dump of a %s file: got %v\n%s, want %q", tc.name, err, out, tc.want)
		}
	}
}

// TestDumpBinaryChunk checks that --dump shows the function inside a chunk of
// string.dump.
func TestDumpBinaryChunk(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	file := filepath.Join(t.TempDir(), "f.luac")
	script := fmt.Sprintf("io.open(%q, 'wb'):write(string.dump(function(a) return a + 1 end))", file)
	if out, err := exec.Command(bin, "-e", script).CombinedOutput(); err != nil {
		t.Fatalf("string.dump: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "--dump", file).CombinedOutput()
	if err != nil || !bytes.Contains(out, []byte("root = closure 0")) ||
		!bytes.Contains(out, []byte("1 params")) {
		t.Errorf("--dump of a binary chunk: %v\n%s", err, out)
	}
}

// TestDumpFileErrors checks that --dump words the errors of a file it cannot read as
// lua.c words those of a script, and names the file once in a decoding error.
func TestDumpFileErrors(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	tests := []cliCase{
		{name: "missing file", args: []string{"--dump", "nosuch.bin"}, exit: 1,
			stderr: "lua: cannot open nosuch.bin: No such file or directory\n"},
		{name: "directory", args: []string{"--dump", "."}, exit: 1,
			stderr: "lua: cannot read .: Is a directory\n"},
		{name: "not a snapshot", args: []string{"--dump", "args.lua"}, exit: 1,
			stderr: "lua: args.lua: serialize: not a snapshot\n"},
		{name: "with -e", args: []string{"-e", "print(1)", "--dump", "x.bin"}, exit: 1,
			stderr: "lua: '--dump' cannot go with '-e'\n" + fmt.Sprintf(usageText, "lua")},
		{name: "with -i", args: []string{"--dump", "x.bin", "-i"}, exit: 1,
			stderr: "lua: '--dump' cannot go with '-i'\n" + fmt.Sprintf(usageText, "lua")},
		{name: "with a script", args: []string{"--dump", "x.bin", "args.lua"}, exit: 1,
			stderr: "lua: '--dump' takes one file and cannot go with a script\n" +
				fmt.Sprintf(usageText, "lua")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			checkCLI(t, bin, tc, tc)
		})
	}
}
