// Package conformance proves that the pluto-go command behaves like the
// reference interpreter, C Lua 5.4.4, byte for byte.
//
// Each script testdata/NAME.lua covers one topic. Its golden file
// testdata/NAME.expected holds what the reference `lua5.4` printed on
// standard output and standard error and the exit status it returned. The
// test runs the pluto-go binary the same way and compares the three.
//
// # How a script is run
//
// The working directory is testdata/, the command line is `lua NAME.lua`
// (argv[0] is "lua" for both interpreters, so error output starts with
// "lua:"), standard input is testdata/NAME.stdin when that file exists and
// empty otherwise, and the run is stopped after 20 seconds. The
// environment is the test's own, less LUA_INIT*, LUA_PATH* and LUA_CPATH*,
// with TZ=UTC and LC_ALL=C so that dates and number formats do not depend
// on the machine.
//
// # Golden format
//
// A golden file is text with byte counts, so any output (no trailing
// newline, binary bytes, lines that look like markers) is stored exactly:
//
//	Lua 5.4.4
//	exit 1, stdout 12 bytes, stderr 57 bytes
//	--- stdout
//	<exactly 12 bytes>
//	--- stderr
//	<exactly 57 bytes>
//	--- end
//
// The first line is the version banner of the reference that wrote the
// file. The second gives the exit status and the length of each stream.
// Each stream follows its marker line and is followed by one newline
// before the next marker, whether or not the stream ends in a newline.
//
// # Running
//
//	go test ./conformance/                           build ./cmd/pluto-go and compare
//	PLUTO_GO_BIN=/path/bin go test ./conformance/    compare that binary instead
//	go test ./conformance/ -run 'TestScripts/goto'   one topic
//	go test ./conformance/ -update                   rewrite goldens with lua5.4
//
// Self-check: with PLUTO_GO_BIN=$(which lua5.4) the binary under test is the
// reference itself; every script must then match, and the known-failures
// lists are not applied.
//
// Every script must have a golden and every golden a script
// (TestGoldensMatchScripts). Modules and data files that scripts load live
// in testdata/modules/, which is not scanned for scripts.
//
// # Known failures
//
// testdata/known_failures.txt lists, one per line as `NAME: reason`, the
// scripts on which pluto-go is known to differ. A listed script that
// differs is skipped with its reason; a listed script that matches fails
// the test, so the list stays true; a listed name without a script fails
// too. Blank lines and lines starting with # are ignored.
//
// # The official suite
//
// When LUA_TESTES_DIR names the testes/ folder of the Lua 5.4.4 sources
// (tag v5.4.4 of lua/lua; never committed here), TestOfficialSuite runs
// each of its top-level .lua files as `BIN -e "_port=true _soft=true"
// FILE` from that folder and reports (in the test log, so run it with -v)
// which run to completion with exit status 0 within the time limit (flag
// -official-timeout, default 5m).
// heavy.lua (hours of work, huge memory) and all.lua (the driver that
// runs every other file) are skipped. Its expected failures live in
// testdata/official_known_failures.txt under the same rules.
package conformance
