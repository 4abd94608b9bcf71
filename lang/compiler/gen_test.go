// Tests on generated sources too large for testdata: functions past the limits of the
// short operand forms (more than 255 constants, 2^17 constants, table constructors
// with more than 255 items), compared with luac5.4's listings.

package compiler

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// generated are sources built by code, by name.
var generated = map[string]func(b *strings.Builder){
	// More than 255 constants: names, keys and values no longer fit RK operands, so
	// globals go through a register copy of _ENV and values through registers.
	"many_constants": func(b *strings.Builder) {
		b.WriteString("local t = {}\n")
		for i := range 300 {
			fmt.Fprintf(b, "g%d = %d.5\n", i, i)
		}
		b.WriteString("t.x = 1.25\nt[1] = 'late'\nlocal y = t.late + 0.75\nx = y == 'late2'\n")
		b.WriteString("y = y + 300.5 - g1\nprint(g299, t.late3, 'late4' .. y)\n")
	},
	// More than 2^17 constants: LOADKX with EXTRAARG.
	"loadkx": func(b *strings.Builder) {
		b.WriteString("local t = {\n")
		for i := range 131100 {
			fmt.Fprintf(b, "%d.5,", i)
			if i%20 == 19 {
				b.WriteByte('\n')
			}
		}
		b.WriteString("}\nlocal x = 'a new constant'\nlocal y = 131099.5\n")
	},
	// Constructors whose sizes need the extended NEWTABLE and SETLIST forms.
	"big_tables": func(b *strings.Builder) {
		b.WriteString("local t = {")
		for i := range 700 {
			fmt.Fprintf(b, "%d, ", i)
		}
		b.WriteString("...}\nlocal h = {")
		for i := range 70 {
			fmt.Fprintf(b, "k%d = %d, ", i, i)
		}
		b.WriteString("}\nlocal m = {")
		for i := range 300 {
			fmt.Fprintf(b, "%d, k%d = 1, ", i, i)
		}
		b.WriteString("f()}\n")
	},
	// Functions nested deeply, each capturing from every enclosing level.
	"nested_functions": func(b *strings.Builder) {
		for i := range 12 {
			fmt.Fprintf(b, "local v%d = %d\nlocal function f%d(p%d)\n", i, i, i, i)
		}
		b.WriteString("return v0")
		for i := 1; i < 12; i++ {
			fmt.Fprintf(b, " + v%d + p%d", i, i)
		}
		b.WriteString("\n" + strings.Repeat("end\n", 12))
	},
	// Almost all registers in use.
	"many_registers": func(b *strings.Builder) {
		b.WriteString("local a0")
		for i := 1; i < 199; i++ {
			fmt.Fprintf(b, ", a%d", i)
		}
		b.WriteString(";\nprint(a0")
		for i := 1; i < 50; i++ {
			fmt.Fprintf(b, ", a%d + 1", i)
		}
		b.WriteString(")\n")
	},
}

func TestGeneratedMatchLuac(t *testing.T) {
	t.Parallel()
	luac, err := exec.LookPath("luac5.4")
	if err != nil {
		t.Skip("luac5.4 is not installed")
	}
	dir := t.TempDir()
	for name, gen := range generated {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			var b strings.Builder
			gen(&b)
			file := name + ".lua"
			if err := os.WriteFile(filepath.Join(dir, file), []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(luac, "-l", "-l", "-o", os.DevNull, file)
			cmd.Dir = dir
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("luac5.4: %v\n%s", err, out)
			}
			p := compileSource(t, "@"+file, b.String())
			if got, want := listing(t, p), normaliseAddresses(string(out)); got != want {
				t.Errorf("%s: listing differs from luac5.4's (got, then want):\n%s",
					name, lineDiff(got, want))
			}
		})
	}
}
