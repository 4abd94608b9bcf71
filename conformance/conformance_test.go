// This file runs every script in testdata/ under the pluto-go binary and
// compares its stdout, stderr and exit status with the golden that the
// reference lua5.4 wrote; with -update it rewrites those goldens instead.
// The golden format and the run conditions are documented in doc.go.
package conformance

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// referenceVersion is the banner prefix that every golden must record.
const referenceVersion = "Lua 5.4.4"

// scriptTimeout bounds one run of one script.
const scriptTimeout = 20 * time.Second

var (
	update = flag.Bool("update", false,
		"rewrite testdata/*.expected with lua5.4 instead of testing pluto-go")
	officialTimeout = flag.Duration("official-timeout", 5*time.Minute,
		"time limit for one file of the official suite (LUA_TESTES_DIR)")
)

// binary is the interpreter under test; binaryErr says why there is none.
// selfCheck is set when binary is the reference lua5.4 itself: then every
// script must match and the known-failures lists are not applied.
var (
	binary    string
	binaryErr error
	selfCheck bool
)

func TestMain(m *testing.M) {
	flag.Parse()
	os.Exit(runMain(m))
}

// runMain provides the binary under test (unless updating) and runs the
// tests, removing the build directory afterwards.
func runMain(m *testing.M) int {
	if !*update {
		dir, err := os.MkdirTemp("", "pluto-go-conformance-")
		if err != nil {
			fmt.Fprintln(os.Stderr, "conformance:", err)
			return 2
		}
		defer os.RemoveAll(dir)
		binary, binaryErr = findBinary(dir)
		selfCheck = binaryErr == nil && isReference(binary)
	}
	return m.Run()
}

// findBinary returns PLUTO_GO_BIN as an absolute path when it is set, and
// otherwise builds ./cmd/pluto-go into dir.
func findBinary(dir string) (string, error) {
	if name := os.Getenv("PLUTO_GO_BIN"); name != "" {
		path, err := exec.LookPath(name)
		if err != nil {
			return "", fmt.Errorf("PLUTO_GO_BIN: %w", err)
		}
		return filepath.Abs(path)
	}
	out := filepath.Join(dir, "pluto-go")
	cmd := exec.Command("go", "build", "-o", out, "./cmd/pluto-go")
	cmd.Dir = ".."
	if msg, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/pluto-go: %w\n%s", err, msg)
	}
	return out, nil
}

// isReference reports whether path is the lua5.4 found on PATH.
func isReference(path string) bool {
	ref, err := exec.LookPath("lua5.4")
	if err != nil {
		return false
	}
	a, errA := filepath.EvalSymlinks(path)
	b, errB := filepath.EvalSymlinks(ref)
	return errA == nil && errB == nil && a == b
}

// knownFailures reads a known-failures list from testdata, or returns an
// empty list in a self-check.
func knownFailures(t *testing.T, file string) map[string]string {
	t.Helper()
	known, err := readKnownFailures(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	if selfCheck {
		t.Logf("self-check against the reference: %s is not applied", file)
		return map[string]string{}
	}
	return known
}

// Outcome is what one run of an interpreter produced.
type Outcome struct {
	Exit   int
	Stdout string
	Stderr string
}

// runOptions describes one run of an interpreter.
type runOptions struct {
	path    string   // executable to start
	args    []string // full argv, argv[0] included
	dir     string   // working directory
	stdin   []byte   // standard input
	timeout time.Duration
}

// runInterpreter runs one command and captures its outcome. A timeout or a
// failure to start is an error; a non-zero exit status is not. A run killed
// by a signal has exit status -1.
func runInterpreter(o runOptions) (Outcome, error) {
	ctx, cancel := context.WithTimeout(context.Background(), o.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, o.path)
	cmd.Args = o.args
	cmd.Dir = o.dir
	cmd.Env = scriptEnv()
	cmd.Stdin = bytes.NewReader(o.stdin)
	cmd.WaitDelay = 2 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr

	err := cmd.Run()
	if ctx.Err() != nil {
		return Outcome{}, fmt.Errorf("timed out after %v", o.timeout)
	}
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		return Outcome{}, err
	}
	return Outcome{
		Exit:   cmd.ProcessState.ExitCode(),
		Stdout: stdout.String(),
		Stderr: stderr.String(),
	}, nil
}

// scriptEnv is the test's environment without the variables that change
// how lua starts, with a fixed time zone and locale.
func scriptEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch {
		case strings.HasPrefix(name, "LUA_INIT"),
			strings.HasPrefix(name, "LUA_PATH"),
			strings.HasPrefix(name, "LUA_CPATH"),
			name == "TZ", name == "LC_ALL":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "TZ=UTC", "LC_ALL=C")
}

// runScript runs testdata/name.lua with bin as `lua name.lua`.
func runScript(bin, name string) (Outcome, error) {
	stdin, err := os.ReadFile(filepath.Join("testdata", name+".stdin"))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return Outcome{}, err
	}
	return runInterpreter(runOptions{
		path:    bin,
		args:    []string{"lua", name + ".lua"},
		dir:     "testdata",
		stdin:   stdin,
		timeout: scriptTimeout,
	})
}

// encodeGolden renders an outcome in the golden format of doc.go.
func encodeGolden(version string, o Outcome) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\nexit %d, stdout %d bytes, stderr %d bytes\n",
		version, o.Exit, len(o.Stdout), len(o.Stderr))
	fmt.Fprintf(&b, "--- stdout\n%s\n--- stderr\n%s\n--- end\n", o.Stdout, o.Stderr)
	return b.Bytes()
}

// decodeGolden parses a golden file, returning the version it records.
func decodeGolden(data []byte) (string, Outcome, error) {
	version, rest, ok := bytes.Cut(data, []byte("\n"))
	if !ok {
		return "", Outcome{}, errors.New("golden: no header")
	}
	header, rest, _ := bytes.Cut(rest, []byte("\n"))
	var o Outcome
	var nOut, nErr int
	_, err := fmt.Sscanf(string(header), "exit %d, stdout %d bytes, stderr %d bytes",
		&o.Exit, &nOut, &nErr)
	if err != nil {
		return "", Outcome{}, fmt.Errorf("golden: bad header %q: %w", header, err)
	}
	if o.Stdout, rest, err = cutStream(rest, "--- stdout\n", nOut); err != nil {
		return "", Outcome{}, err
	}
	if o.Stderr, rest, err = cutStream(rest, "\n--- stderr\n", nErr); err != nil {
		return "", Outcome{}, err
	}
	if string(rest) != "\n--- end\n" {
		return "", Outcome{}, errors.New("golden: bad trailer")
	}
	return string(version), o, nil
}

// cutStream reads a marker line and then n bytes of stream.
func cutStream(data []byte, marker string, n int) (string, []byte, error) {
	rest, ok := bytes.CutPrefix(data, []byte(marker))
	if !ok || n < 0 || len(rest) < n {
		return "", nil, fmt.Errorf("golden: bad stream after %q", strings.TrimSpace(marker))
	}
	return string(rest[:n]), rest[n:], nil
}

// readKnownFailures parses a `name: reason` list; a missing file is empty.
func readKnownFailures(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return map[string]string{}, nil
	}
	if err != nil {
		return nil, err
	}
	known := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		name, reason, ok := strings.Cut(text, ":")
		name, reason = strings.TrimSpace(name), strings.TrimSpace(reason)
		if !ok || name == "" || reason == "" {
			return nil, fmt.Errorf("%s:%d: want `name: reason`, got %q", path, line, text)
		}
		if _, dup := known[name]; dup {
			return nil, fmt.Errorf("%s:%d: %s listed twice", path, line, name)
		}
		known[name] = reason
	}
	return known, nil
}

// scriptNames lists the scripts in testdata/, sorted, without ".lua".
func scriptNames(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*.lua"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range paths {
		names = append(names, strings.TrimSuffix(filepath.Base(p), ".lua"))
	}
	sort.Strings(names)
	return names
}

// referenceBinary finds lua5.4 and checks that it is the reference version.
func referenceBinary() (string, error) {
	path, err := exec.LookPath("lua5.4")
	if err != nil {
		return "", fmt.Errorf("lua5.4 is not on PATH: %w", err)
	}
	out, err := exec.Command(path, "-v").Output()
	if err != nil {
		return "", fmt.Errorf("%s -v: %w", path, err)
	}
	if !strings.HasPrefix(string(out), referenceVersion+" ") {
		return "", fmt.Errorf("%s is %q, want %s", path, strings.TrimSpace(string(out)),
			referenceVersion)
	}
	return path, nil
}

func TestScripts(t *testing.T) {
	if *update {
		updateGoldens(t)
		return
	}
	if binaryErr != nil {
		t.Fatalf("no interpreter to test: %v", binaryErr)
	}
	known := knownFailures(t, "known_failures.txt")
	for _, name := range scriptNames(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			checkScript(t, name, known)
		})
	}
}

// checkScript compares one script's outcome with its golden, honouring
// the known-failures list.
func checkScript(t *testing.T, name string, known map[string]string) {
	data, err := os.ReadFile(filepath.Join("testdata", name+".expected"))
	if err != nil {
		t.Fatalf("%s: no golden (run go test -update): %v", name, err)
	}
	version, want, err := decodeGolden(data)
	if err != nil {
		t.Fatalf("%s.expected: %v", name, err)
	}
	if version != referenceVersion {
		t.Fatalf("%s.expected was written by %q, want %q", name, version, referenceVersion)
	}
	got, err := runScript(binary, name)
	diff := ""
	if err != nil {
		diff = err.Error()
	} else {
		diff = cmp.Diff(want, got)
	}
	reason, listed := known[name]
	switch {
	case diff == "" && listed:
		t.Errorf("%s matches lua5.4 but known_failures.txt lists it (%s): remove the line",
			name, reason)
	case diff != "" && listed:
		t.Logf("%s (-lua5.4 +pluto-go):\n%s", name, diff)
		t.Skipf("known failure: %s", reason)
	case diff != "":
		t.Errorf("%s differs from lua5.4 (-lua5.4 +pluto-go):\n%s", name, diff)
	}
}

// updateGoldens rewrites every golden with the reference interpreter.
func updateGoldens(t *testing.T) {
	ref, err := referenceBinary()
	if err != nil {
		t.Skipf("-update needs the reference interpreter: %v", err)
	}
	for _, name := range scriptNames(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			got, err := runScript(ref, name)
			if err != nil {
				t.Fatalf("%s under lua5.4: %v", name, err)
			}
			path := filepath.Join("testdata", name+".expected")
			if err := os.WriteFile(path, encodeGolden(referenceVersion, got), 0o644); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestKnownFailuresList(t *testing.T) {
	known, err := readKnownFailures(filepath.Join("testdata", "known_failures.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for name := range known {
		if _, err := os.Stat(filepath.Join("testdata", name+".lua")); err != nil {
			t.Errorf("known_failures.txt lists %q, which is no script in testdata/", name)
		}
	}
}

func TestGoldensMatchScripts(t *testing.T) {
	goldens, err := filepath.Glob(filepath.Join("testdata", "*.expected"))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range goldens {
		if _, err := os.Stat(strings.TrimSuffix(g, ".expected") + ".lua"); err != nil {
			t.Errorf("%s has no script; delete it", g)
		}
	}
	if *update {
		return
	}
	for _, name := range scriptNames(t) {
		if _, err := os.Stat(filepath.Join("testdata", name+".expected")); err != nil {
			t.Errorf("%s.lua has no golden (run go test -update)", name)
		}
	}
}

func TestGoldenFormat(t *testing.T) {
	cases := []struct {
		name string
		o    Outcome
	}{
		{"empty", Outcome{}},
		{"no final newline", Outcome{Exit: 1, Stdout: "a\nb", Stderr: "lua: x"}},
		{"marker lookalikes", Outcome{Stdout: "--- stderr\n--- end\n", Stderr: "\n"}},
		{"binary", Outcome{Exit: 3, Stdout: "\x00\xff\r\n"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			version, got, err := decodeGolden(encodeGolden(referenceVersion, c.o))
			if err != nil {
				t.Fatalf("decode(encode(%+v)): %v", c.o, err)
			}
			if version != referenceVersion || !cmp.Equal(got, c.o) {
				t.Errorf("decode(encode(%+v)) = %q, %+v", c.o, version, got)
			}
		})
	}
}
