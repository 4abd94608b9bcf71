package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// cliCase is one run of the command in testdata/cli: the arguments after the program
// name (which is "lua", as in the conformance tests), variables added to a clean
// environment, standard input, and what lua5.4 printed and returned for it.
type cliCase struct {
	name           string
	args, env      []string
	stdin          string
	stdout, stderr string
	exit           int
}

const refBanner = "Lua 5.4.4  Copyright (C) 1994-2022 Lua.org, PUC-Rio"

var cliCases = []cliCase{
	{name: "script args", args: []string{"args.lua", "a", "b"},
		stdout: "-1\tlua\n0\targs.lua\n1\ta\n2\tb\n...\ta\tb\n"},
	{name: "options before script", args: []string{"-e", "x=1", "--", "args.lua", "-e"},
		stdout: "-4\tlua\n-3\t-e\n-2\tx=1\n-1\t--\n0\targs.lua\n1\t-e\n...\t-e\n"},
	{name: "arg without script", args: []string{"-E", "-e", "print(#arg, arg[0], arg[1], arg[2])"},
		stdout: "3\tlua\t-E\t-e\n"},
	{name: "stdin script", args: []string{"-", "a", "b"}, stdin: "print(arg[0], ...)",
		stdout: "-\ta\tb\n"},
	{name: "stdin without args", stdin: "print('from stdin')", stdout: "from stdin\n"},
	{name: "stdin after --", args: []string{"--"}, stdin: "print(#arg)", stdout: "1\n"},
	{name: "require", args: []string{"-l", "mod", "-lm=mod", "-e", "print(mod.name, m == mod)"},
		stdout: "mod\ttrue\n"},
	{name: "warnings", args: []string{"-W", "-e", "warn('a', 'b')"}, stderr: "Lua warning: ab\n"},
	{name: "missing script", args: []string{"nosuch.lua"}, exit: 1,
		stderr: "lua: cannot open nosuch.lua: No such file or directory\n"},
	{name: "empty script name", args: []string{""}, exit: 1,
		stderr: "lua: cannot open : No such file or directory\n"},
	{name: "file named -", args: []string{"--", "-"}, exit: 1,
		stderr: "lua: cannot open -: No such file or directory\n"},
	{name: "loadfile of no name and of an empty one", args: []string{"-e",
		"print(loadfile()()) print(loadfile('')) print(pcall(dofile, ''))"}, stdin: "return 1",
		stdout: "1\nnil\tcannot open : No such file or directory\n" +
			"false\tcannot open : No such file or directory\n"},
	{name: "script is a directory", args: []string{"."}, exit: 1,
		stderr: "lua: cannot read .: Is a directory\n"},
	{name: "error table", args: []string{"-e", "error({})"}, exit: 1,
		stderr: "lua: (error object is a table value)\nstack traceback:\n\t[C]: in function 'error'\n" +
			"\t(command line):1: in main chunk\n\t[C]: in ?\n"},
	{name: "error tostring", args: []string{"-e",
		"error(setmetatable({}, {__tostring = function() return 'TS' end}))"},
		exit: 1, stderr: "lua: TS\n"},
	{name: "exit false", args: []string{"-e", "os.exit(false)"}, exit: 1},
	{name: "exit code", args: []string{"-e", "io.write('x') os.exit(3, true)"}, stdout: "x", exit: 3},
	{name: "init", env: []string{"LUA_INIT=print('init')"}, args: []string{"-e", "print(1)"},
		stdout: "init\n1\n"},
	{name: "init 5.4 first", env: []string{"LUA_INIT=print('init')", "LUA_INIT_5_4=print('5.4')"},
		args: []string{"-e", ""}, stdout: "5.4\n"},
	{name: "init file", env: []string{"LUA_INIT=@init.lua"}, args: []string{"-e", ""},
		stdout: "init file\n"},
	{name: "init missing file", env: []string{"LUA_INIT=@nosuch.lua"}, args: []string{"-e", ""},
		exit: 1, stderr: "lua: cannot open nosuch.lua: No such file or directory\n"},
	{name: "no env", env: []string{"LUA_INIT=print('init')", "LUA_PATH=/nowhere/?.lua"},
		args: []string{"-E", "-l", "mod", "-e", "print(mod.name)"}, stdout: "mod\n"},
	{name: "env path", env: []string{"LUA_PATH=/nowhere/?.lua"},
		args: []string{"-e", "print(package.path)"}, stdout: "/nowhere/?.lua\n"},
	{name: "interactive", args: []string{"-i"},
		stdin: "1+1\n=2*3\nfor i = 1, 2 do\nprint(i)\nend\nerror('e')\n",
		stdout: refBanner + "\n> 1+1\n2\n> =2*3\n6\n> for i = 1, 2 do\n>> print(i)\n>> end\n1\n2\n" +
			"> error('e')\n> \n",
		stderr: "stdin:1: e\nstack traceback:\n\t[C]: in function 'error'\n" +
			"\tstdin:1: in main chunk\n\t[C]: in ?\n"},
	{name: "interactive locals and continuation", args: []string{"-i", "-e", "x = 5"},
		stdin:  "x\nlocal t = {}\nt.a.b = 1\nreturn x,\nnil",
		stdout: refBanner + "\n> x\n5\n> local t = {}\n> t.a.b = 1\n> return x,\n>> nil\n5\tnil\n> \n",
		stderr: "stdin:1: attempt to index a nil value (global 't')\nstack traceback:\n" +
			"\tstdin:1: in main chunk\n\t[C]: in ?\n"},
	{name: "interactive print fails", args: []string{"-i"},
		stdin:  "print = function() error('p') end\n1\n",
		stdout: refBanner + "\n> print = function() error('p') end\n> 1\n> \n",
		stderr: "error calling 'print' (stdin:1: p)\n"},
	{name: "prompts", args: []string{"-i"},
		stdin: "_PROMPT = 42 _PROMPT2 = true\nfor i = 1, 2 do\nend\n_PROMPT = nil\n" +
			"_PROMPT = setmetatable({}, {__tostring = function() return 'P: ' end})\n",
		stdout: refBanner + "\n> _PROMPT = 42 _PROMPT2 = true\n42for i = 1, 2 do\ntrueend\n" +
			"42_PROMPT = nil\n> _PROMPT = setmetatable({}, {__tostring = function() return 'P: ' end})\n" +
			"P: \n"},
	{name: "prompt from globals metatable", args: []string{"-i"},
		stdin: "local _ = setmetatable(_G, {__index = function(_, k)\n" +
			"return k == '_PROMPT' and 'G: ' or nil end})\n",
		stdout: refBanner + "\n> local _ = setmetatable(_G, {__index = function(_, k)\n" +
			">> return k == '_PROMPT' and 'G: ' or nil end})\nG: \n"},
	{name: "prompt fails", args: []string{"-i"},
		stdin:  "_PROMPT = setmetatable({}, {__tostring = function() error('bad') end})\nprint(1)\n",
		stdout: refBanner + "\n> _PROMPT = setmetatable({}, {__tostring = function() error('bad') end})\n",
		stderr: "stdin:1: bad\n", exit: 1},
}

func TestCLI(t *testing.T) {
	bin := buildBinary(t)
	for _, c := range cliCases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			want := c
			want.stdout = strings.ReplaceAll(c.stdout, refBanner, versionText)
			checkCLI(t, bin, c, want)
		})
	}
}

// TestCLICasesMatchReference checks the expectations of the CLI cases against lua5.4.
func TestCLICasesMatchReference(t *testing.T) {
	ref := referenceBinary(t)
	for _, c := range cliCases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			checkCLI(t, ref, c, c)
		})
	}
}

// checkCLI runs bin as c says and compares what it did with want.
func checkCLI(t *testing.T, bin string, c, want cliCase) {
	t.Helper()
	stdout, stderr, exit := runCLI(t, bin, c)
	if stdout != want.stdout || stderr != want.stderr || exit != want.exit {
		t.Errorf("%s %q printed\n%q\n%q\nexit %d\nwant\n%q\n%q\nexit %d", bin, c.args,
			stdout, stderr, exit, want.stdout, want.stderr, want.exit)
	}
}

// runCLI runs bin as c says and returns what it printed and its exit status.
func runCLI(t *testing.T, bin string, c cliCase) (stdout, stderr string, exit int) {
	t.Helper()
	cmd := exec.Command(bin, c.args...)
	cmd.Args[0] = "lua"
	cmd.Dir = filepath.Join("testdata", "cli")
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}, c.env...)
	cmd.Stdin = strings.NewReader(c.stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("%s %q: %v", bin, c.args, err)
		}
		exit = ee.ExitCode()
	}
	return out.String(), errOut.String(), exit
}

// TestLogLevel checks that --log-level shows the VM's events of its level and above as
// text records on stderr, and nothing without it.
func TestLogLevel(t *testing.T) {
	bin := buildBinary(t)
	const persist = "local s = eris.persist({1, 2}) eris.unpersist(s) print('ok')"
	const events = `time=\S+ level=INFO msg="state saved" bytes=\d+ duration=\S+\n` +
		`time=\S+ level=INFO msg="state loaded" bytes=\d+ duration=\S+\n`
	const usage = `usage: lua \[options\](?s:.*)`
	tests := []struct {
		name   string
		args   []string
		stdout string
		stderr string // a regular expression for all of it
		exit   int
	}{
		{"info", []string{"--log-level", "info", "-e", persist}, "ok\n", events, 0},
		{"debug", []string{"--log-level", "debug", "-e", persist}, "ok\n", events, 0},
		{"warn", []string{"--log-level", "warn", "-e", persist}, "ok\n", "", 0},
		{"none", []string{"-e", persist}, "ok\n", "", 0},
		{"unknown level", []string{"--log-level", "verbose", "-e", persist}, "",
			"lua: unknown log level 'verbose' \\(debug, info, warn or error\\)\n" + usage, 1},
		{"missing level", []string{"--log-level"}, "", "lua: '--log-level' needs argument\n" + usage, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			stdout, stderr, exit := runCLI(t, bin, cliCase{args: tc.args})
			re := regexp.MustCompile(`^(?:` + tc.stderr + `)$`)
			if stdout != tc.stdout || !re.MatchString(stderr) || exit != tc.exit {
				t.Errorf("%q printed\n%q\n%q\nexit %d\nwant\n%q\n%q\nexit %d", tc.args,
					stdout, stderr, exit, tc.stdout, tc.stderr, tc.exit)
			}
		})
	}
}

// TestList checks that --list lists each file after the options, standard input for
// "-", and runs nothing: neither the files nor LUA_INIT, and no -e or -l option.
func TestList(t *testing.T) {
	bin := buildBinary(t)
	mains := regexp.MustCompile(`(?m)^main <([^:]*):0,0>`)
	ran := regexp.MustCompile(`(?m)^(init file|from stdin|init|1)$`)
	usage := fmt.Sprintf(usageText, "lua")
	tests := []struct {
		cliCase
		mains []string // the files whose main functions are listed, in order
	}{
		{cliCase{name: "files", args: []string{"--list", "args.lua", "mod.lua"}},
			[]string{"args.lua", "mod.lua"}},
		{cliCase{name: "stdin", args: []string{"--list", "init.lua", "-", "mod.lua"},
			stdin: "print('from stdin')"}, []string{"init.lua", "stdin", "mod.lua"}},
		{cliCase{name: "after --", args: []string{"-W", "--list", "--", "init.lua"}},
			[]string{"init.lua"}},
		{cliCase{name: "init not run", args: []string{"--list", "init.lua"},
			env: []string{"LUA_INIT=print('init')"}}, []string{"init.lua"}},
		{cliCase{name: "missing file", args: []string{"--list", "mod.lua", "nosuch.lua", "args.lua"},
			stderr: "lua: cannot open nosuch.lua: No such file or directory\n", exit: 1},
			[]string{"mod.lua"}},
		{cliCase{name: "with -e", args: []string{"--list", "-e", "print(1)", "init.lua"},
			stderr: "lua: '--list' cannot go with '-e'\n" + usage, exit: 1}, nil},
		{cliCase{name: "with -l", args: []string{"-lmod", "--list", "init.lua"},
			stderr: "lua: '--list' cannot go with '-l'\n" + usage, exit: 1}, nil},
		{cliCase{name: "with -i", args: []string{"--list", "-i", "init.lua"},
			stderr: "lua: '--list' cannot go with '-i'\n" + usage, exit: 1}, nil},
		{cliCase{name: "no files", args: []string{"--list"}, stdin: "print('from stdin')",
			stderr: "lua: '--list' needs files to list ('-' for stdin)\n" + usage, exit: 1}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			stdout, stderr, exit := runCLI(t, bin, tc.cliCase)
			var listed []string
			for _, m := range mains.FindAllStringSubmatch(stdout, -1) {
				listed = append(listed, m[1])
			}
			if !slices.Equal(listed, tc.mains) || ran.MatchString(stdout) || stderr != tc.stderr ||
				exit != tc.exit {
				t.Errorf("%q listed %q, printed\n%q\n%q\nexit %d\nwant %q listed, stderr\n%q\nexit %d",
					tc.args, listed, stdout, stderr, exit, tc.mains, tc.stderr, tc.exit)
			}
		})
	}
}
