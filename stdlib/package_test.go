// Tests for package.go: path searching, the environment's paths, and require through
// scripts whose expected output lua5.4 5.4.4 printed (except where this project
// deliberately differs: C libraries are never loaded, and module bodies may yield).
package stdlib

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pluto-go/pluto-go/vm"
)

func TestPkgSearchPath(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a.lua", "b/c.lua", "d/init.lua"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	for _, tc := range []struct {
		name, path, sep, dirsep, file, notFound string
	}{
		{"a", "./?.lua", ".", "/", "./a.lua", ""},
		{"b.c", "./?.lua", ".", "/", "./b/c.lua", ""},
		{"d", "./?.lua;./?/init.lua", ".", "/", "./d/init.lua", ""},
		{"d", "./?", ".", "/", "./d", ""},
		{"x", "./?.lua;/y/?.lua", ".", "/", "", "no file './x.lua'\n\tno file '/y/x.lua'"},
		{"x.y", "?.lua", "", "/", "", "no file 'x.y.lua'"},
		{"x.y", "?", "x", "ZZ", "", "no file 'ZZ.y'"},
		{"x", "", ".", "/", "", "no file ''"},
		{"x", ";", ".", "/", "", "no file ''\n\tno file ''"},
	} {
		t.Run(tc.name+" in "+tc.path, func(t *testing.T) {
			file, notFound := pkgSearchPath(tc.name, tc.path, tc.sep, tc.dirsep)
			if file != tc.file || notFound != tc.notFound {
				t.Errorf("searchpath(%q, %q, %q, %q) = %q, %q, want %q, %q", tc.name, tc.path,
					tc.sep, tc.dirsep, file, notFound, tc.file, tc.notFound)
			}
		})
	}
}

func TestPkgEnvPath(t *testing.T) {
	for _, tc := range []struct {
		name          string
		versioned     string
		unversioned   string
		want          string
		setVersioned  bool
		setUnversiond bool
	}{
		{name: "unset", want: "D"},
		{name: "plain", unversioned: "p", setUnversiond: true, want: "p"},
		{name: "versioned wins", versioned: "v", unversioned: "p", setVersioned: true,
			setUnversiond: true, want: "v"},
		{name: "default in the middle", versioned: "a;;b", setVersioned: true, want: "a;D;b"},
		{name: "default only", versioned: ";;", setVersioned: true, want: "D"},
		{name: "default first", versioned: ";;b", setVersioned: true, want: "D;b"},
		{name: "default last", versioned: "a;;", setVersioned: true, want: "a;D"},
		{name: "first mark only", versioned: "a;;b;;c", setVersioned: true, want: "a;D;b;;c"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			os.Unsetenv("PKGTEST_PATH_5_4")
			os.Unsetenv("PKGTEST_PATH")
			if tc.setVersioned {
				t.Setenv("PKGTEST_PATH_5_4", tc.versioned)
			}
			if tc.setUnversiond {
				t.Setenv("PKGTEST_PATH", tc.unversioned)
			}
			m := pkgTestVM()
			if got := pkgEnvPath(m, "PKGTEST_PATH", "D"); got != tc.want {
				t.Errorf("path from %q, %q: got %q, want %q", tc.versioned, tc.unversioned,
					got, tc.want)
			}
		})
	}
}

func TestRequire(t *testing.T) {
	dir := t.TempDir()
	modules := map[string]string{
		"m.lua":         `return {args = table.concat({...}, ",")}`,
		"bad.lua":       `x = = 1`,
		"fails.lua":     `error("boom")`,
		"self.lua":      `package.loaded[...] = "self"`,
		"nothing.lua":   ``,
		"p/init.lua":    `return "init"`,
		"lib.so":        ``,
		"yielding.lua":  `local v = coroutine.yield("paused") return v`,
		"twovalues.lua": `return 1, 2`,
	}
	for f, src := range modules {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	prelude := `package.path = "./?.lua;./?/init.lua" package.cpath = "./?.so" `
	for _, tc := range []struct{ name, src, want string }{
		{"file", `local m, f = require("m") print(m.args, f, require("m") == m)`,
			"m,./m.lua\t./m.lua\ttrue\n"},
		{"init", `print(require("p"))`, "init\t./p/init.lua\n"},
		{"self set", `print(require("self"))`, "self\t./self.lua\n"},
		{"nothing", `print(require("nothing"), package.loaded.nothing)`,
			"true\ttrue\n"},
		{"one value", `print(require("twovalues"))`, "1\t./twovalues.lua\n"},
		{"preload", `package.preload.v = function(...) return {...} end
			local t, d = require("v") print(t[1], t[2], d)`, "v\t:preload:\t:preload:\n"},
		{"not found", `print(pcall(require, "zz.y"))`, "false\tmodule 'zz.y' not found:\n" +
			"\tno field package.preload['zz.y']\n\tno file './zz/y.lua'\n" +
			"\tno file './zz/y/init.lua'\n\tno file './zz/y.so'\n\tno file './zz.so'\n"},
		{"syntax error", `print(pcall(require, "bad"))`,
			"false\terror loading module 'bad' from file './bad.lua':\n" +
				"\t./bad.lua:1: unexpected symbol near '='\n"},
		{"error in body", `print(pcall(require, "fails")) print(package.loaded.fails)`,
			"false\t./fails.lua:1: boom\nnil\n"},
		{"C library", `print(pcall(require, "lib"))`,
			"false\terror loading module 'lib' from file './lib.so':\n\t" +
				pkgNoDynamicLibraries + "\n"},
		{"C root", `print(pcall(require, "lib.sub"))`,
			"false\terror loading module 'lib.sub' from file './lib.so':\n\t" +
				pkgNoDynamicLibraries + "\n"},
		{"bad searchers", `package.searchers = 1 print(pcall(require, "q"))`,
			"false\t'package.searchers' must be a table\n"},
		{"bad path", `package.path = {} print(pcall(require, "q"))`,
			"false\t'package.path' must be a string\n"},
		{"global package replaced", `package = nil print(require("m").args)`,
			"m,./m.lua\n"},
		{"yield in module", `local co = coroutine.wrap(function() return require("yielding") end)
			print(co()) print(co("resumed"))`, "paused\nresumed\t./yielding.lua\n"},
		{"loadlib", `print(package.loadlib("x.so", "f"))`,
			"nil\t" + pkgNoDynamicLibraries + "\tabsent\n"},
		{"searchpath", `print(package.searchpath("a.b", "?.x;?.y"))`,
			"nil\tno file 'a/b.x'\n\tno file 'a/b.y'\n"},
		{"searchpath checks last first", `print(pcall(package.searchpath))`,
			"false\tbad argument #2 to 'package.searchpath' (string expected, got no value)\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := ioTestRun(t, prelude+tc.src, ""); got != tc.want {
				t.Errorf("%s: got %q, want %q", tc.src, got, tc.want)
			}
		})
	}
}

func TestPackageFields(t *testing.T) {
	m := pkgTestVM()
	p := m.Globals().GetStr("package").AsTable()
	reg := m.Registry()
	if p.GetStr("loaded").AsTable() != reg.GetStr("_LOADED").AsTable() {
		t.Errorf("package.loaded is not the registry's _LOADED")
	}
	if p.GetStr("preload").AsTable() != reg.GetStr("_PRELOAD").AsTable() {
		t.Errorf("package.preload is not the registry's _PRELOAD")
	}
	if got := p.GetStr("config").AsString(); got != "/\n;\n?\n!\n-\n" {
		t.Errorf("package.config = %q, want %q", got, "/\n;\n?\n!\n-\n")
	}
	if n := p.GetStr("searchers").AsTable().Len(); n != 4 {
		t.Errorf("#package.searchers = %d, want 4", n)
	}
	// require and the searchers are permanent, so that snapshots refer to them by name.
	for _, name := range []string{"require", "package.searchers.preload",
		"package.searchers.Lua", "package.searchers.C", "package.searchers.Croot"} {
		if _, ok := m.Builtin(name); !ok {
			t.Errorf("%s is not a permanent builtin", name)
		}
	}
	if m.Globals().GetStr("require").AsBuiltin().Name != "require" {
		t.Errorf("the global require is not the builtin named require")
	}
}

// pkgTestVM returns a VM with every library open.
func pkgTestVM() *vm.VM {
	m := vm.New(nil)
	Open(m, All)
	return m
}
