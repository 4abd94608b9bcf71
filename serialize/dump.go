// This file implements Dump, the human-readable listing of a snapshot that
// pluto.human and the CLI show: every record by kind and index, tables with their
// entries, closures with their prototype's source and lines, threads with their
// frames, current lines and named locals, upvalues with their names.
//
// Dump reads the snapshot without building it, so it needs no VM, resolver or
// permanent values, and it checks the snapshot exactly as Unpersist does first.

package serialize

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/pluto-go/pluto-go/heap"
)

// maxDumpString is how much of a string a listing shows.
const maxDumpString = 60

// Dump writes a human-readable listing of a snapshot to w. It fails, writing
// nothing, if the snapshot does not pass Unpersist's checks.
func Dump(w io.Writer, data []byte) error {
	s, err := checkedSnapshot(data)
	if err != nil {
		return err
	}
	d := &dumper{s: s, w: bufio.NewWriter(w)}
	d.printf("snapshot format %d, %d bytes\nroot = %s\n", s.version, len(data), d.val(s.Root))
	d.tables()
	d.functions()
	d.userdata()
	d.threads()
	d.protos()
	d.others()
	return d.w.Flush()
}

// dumper writes one listing.
type dumper struct {
	s *snapshot
	w *bufio.Writer
}

func (d *dumper) printf(format string, args ...any) { fmt.Fprintf(d.w, format, args...) }

// val formats a value.
func (d *dumper) val(v val) string {
	switch v.k {
	case vNil:
		return "nil"
	case vFalse:
		return "false"
	case vTrue:
		return "true"
	case vInt:
		return heap.FormatInt(int64(v.n))
	case vFloat:
		f := math.Float64frombits(v.n)
		if f != f {
			return fmt.Sprintf("nan(%#x)", v.n)
		}
		return heap.FormatFloat(f)
	case vString:
		return d.str(v.n)
	}
	return fmt.Sprintf("%s %d", v.k, v.n)
}

// str formats pooled string i, shortened.
func (d *dumper) str(i uint64) string {
	s := d.s.Strings[i]
	if len(s) > maxDumpString {
		return strconv.Quote(s[:maxDumpString]) + fmt.Sprintf("... (%d bytes)", len(s))
	}
	return strconv.Quote(s)
}

// key formats a table key as a field access.
func (d *dumper) key(k val) string {
	if k.k == vString {
		return "[" + d.str(k.n) + "]"
	}
	return "[" + d.val(k) + "]"
}

// tables lists every table and its entries.
func (d *dumper) tables() {
	for i, t := range d.s.Tables {
		d.printf("table %d: array %d, hash %d/%d", i, len(t.Array), len(t.Hash)/2, t.HashCap)
		if t.Meta != (val{}) {
			d.printf(", metatable %s", d.val(t.Meta))
		}
		d.printf("\n")
		for j, v := range t.Array {
			if v != (val{}) {
				d.printf("    [%d] = %s\n", j+1, d.val(v))
			}
		}
		for j := 0; j < len(t.Hash); j += 2 {
			if t.Hash[j+1] == (val{}) {
				d.printf("    %s (dead)\n", d.key(t.Hash[j]))
				continue
			}
			d.printf("    %s = %s\n", d.key(t.Hash[j]), d.val(t.Hash[j+1]))
		}
	}
}

// functionName describes a prototype as tracebacks do.
func (d *dumper) functionName(p int) string {
	r := &d.s.Protos[p]
	src := d.s.Strings[r.Source]
	if r.LineDefined == 0 {
		return "main chunk of " + src
	}
	return fmt.Sprintf("function at %s:%d-%d", src, r.LineDefined, r.LastLineDefined)
}

// functions lists closures with their upvalues, and builtins.
func (d *dumper) functions() {
	for i, c := range d.s.Closures {
		p := &d.s.Protos[c.Proto]
		d.printf("closure %d: proto %d (%s)\n", i, c.Proto, d.functionName(int(c.Proto)))
		for j, u := range c.Upvals {
			name := p.Upvalues[j].Name
			if name == "" {
				name = "?"
			}
			d.printf("    upvalue %s = upvalue %d (%s)\n", name, u, d.val(d.s.Upvals[u]))
		}
	}
	for i, b := range d.s.Builtins {
		d.printf("builtin %d: %s\n", i, b.Name)
		for j, v := range b.Upvalues {
			d.printf("    upvalue %d = %s\n", j+1, d.val(v))
		}
	}
}

// userdata lists every userdata.
func (d *dumper) userdata() {
	for i, u := range d.s.Userdata {
		if u.Name != "" {
			d.printf("userdata %d: named %q\n", i, u.Name)
			continue
		}
		d.printf("userdata %d: %d bytes, metatable %s, user value %s\n",
			i, len(u.Data), d.val(u.Meta), d.val(u.Value))
	}
}

// threads lists every thread with its frames.
func (d *dumper) threads() {
	for i := range d.s.Threads {
		t := &d.s.Threads[i]
		d.printf("thread %d: %s, top %d, stack %d of %d slots\n", i,
			heap.ThreadStatus(t.Status), t.Top, len(t.Stack), t.Size)
		for j := range t.Frames {
			d.frame(t, j)
		}
		for _, o := range t.Open {
			d.printf("    open upvalue %d at slot %d\n", o.Upval, o.Index)
		}
		if len(t.TBC) > 0 {
			d.printf("    to-be-closed slots %v\n", t.TBC)
		}
	}
}

// frame lists frame j of thread t: function, current line, named locals.
func (d *dumper) frame(t *threadRec, j int) {
	f := &t.Frames[j]
	d.printf("    frame %d: %s, base %d, top %d", j, d.val(f.Fn), f.Base, f.Top)
	if f.Cont != "" {
		d.printf(", continuation %s, ctx %s", f.Cont, d.val(f.Ctx))
	}
	d.printf("\n")
	if f.Fn.k != vClosure {
		return
	}
	p := int(d.s.Closures[f.Fn.n].Proto)
	r := &d.s.Protos[p]
	pc := int(f.PC) - 1
	line := "?"
	if pc >= 0 && pc < len(r.LineInfo) {
		line = strconv.Itoa(int(r.LineInfo[pc]))
	}
	d.printf("        in %s, line %s (pc %d)\n", d.functionName(p), line, f.PC)
	for n := 1; ; n++ {
		name := localName(r, n, max(pc, 0))
		slot := int(f.Base) + n - 1
		if name == "" || slot >= len(t.Stack) {
			break
		}
		d.printf("        local %s = %s\n", name, d.val(t.Stack[slot]))
	}
}

// localName returns the name of the n-th local active at pc, as heap.Proto.LocalName.
func localName(r *protoRec, n, pc int) string {
	for _, v := range r.LocVars {
		if int(v.StartPC) > pc {
			break
		}
		if pc < int(v.EndPC) {
			n--
			if n == 0 {
				return v.Name
			}
		}
	}
	return ""
}

// protos lists every prototype.
func (d *dumper) protos() {
	for i, p := range d.s.Protos {
		d.printf("proto %d: %s, %d params", i, d.functionName(i), p.NumParams)
		if p.IsVararg {
			d.printf(" + vararg")
		}
		d.printf(", %d registers, %d instructions, %d constants, %d functions %v\n",
			p.MaxStackSize, len(p.Code)/4, len(p.Constants), len(p.Protos), p.Protos)
		for j, u := range p.Upvalues {
			d.printf("    upvalue %d %q: in stack %v, index %d\n", j, u.Name, u.InStack, u.Index)
		}
	}
}

// others lists upvalues, permanent and special values.
func (d *dumper) others() {
	for i, u := range d.s.Upvals {
		d.printf("upvalue %d = %s\n", i, d.val(u))
	}
	for i, p := range d.s.Perms {
		d.printf("permanent %d: %s, key %s\n", i, heap.Kind(p.Kind).TypeName(), d.val(p.Key))
	}
	for i, sp := range d.s.Specials {
		d.printf("special %d: %s rebuilt by %s\n", i, heap.Kind(sp.Kind).TypeName(), d.val(sp.Fn))
	}
}
