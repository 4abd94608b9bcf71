// Tests of the string library's position rules and of the saved state of gsub.

package stdlib

import (
	"testing"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

func TestStrStartPos(t *testing.T) {
	t.Parallel()
	cases := []struct {
		pos  int64
		n    int
		want int64
	}{
		{1, 5, 1}, {0, 5, 1}, {-1, 5, 5}, {-5, 5, 1}, {-6, 5, 1}, {9, 5, 9},
		{-1 << 63, 5, 1},
	}
	for _, c := range cases {
		if got := strStartPos(c.pos, c.n); got != c.want {
			t.Errorf("strStartPos(%d, %d) = %d, want %d", c.pos, c.n, got, c.want)
		}
	}
}

func TestUTF8RelPos(t *testing.T) {
	t.Parallel()
	cases := []struct {
		pos  int64
		n    int
		want int64
	}{
		{0, 5, 0}, {3, 5, 3}, {-1, 5, 5}, {-5, 5, 1}, {-6, 5, 0}, {-1 << 63, 5, 0},
	}
	for _, c := range cases {
		if got := utf8RelPos(c.pos, c.n); got != c.want {
			t.Errorf("utf8RelPos(%d, %d) = %d, want %d", c.pos, c.n, got, c.want)
		}
	}
}

// TestGsubStateRoundTrip checks that a gsub state survives being saved in its table
// and loaded back, as it does across a call of the replacement function.
func TestGsubStateRoundTrip(t *testing.T) {
	t.Parallel()
	st := gsubState{
		subject: "a-b-c", pattern: "%a", repl: heap.Int(7), max: 6, n: 2,
		scan: Scan{Pos: 3, LastMatch: 3, Anchored: true, Done: true},
		buf:  []byte("X-"), changed: true, start: 2, end: 3,
	}
	ctx := st.save()
	if len(st.buf) != 0 {
		t.Fatalf("save left %q pending, want it moved into the pieces", st.buf)
	}
	var got gsubState
	got.load(vm.New(nil), heap.TableValue(ctx))
	if got.subject != st.subject || got.pattern != st.pattern ||
		!heap.RawEqual(got.repl, st.repl) || got.max != st.max || got.n != st.n ||
		got.scan != st.scan || got.changed != st.changed ||
		got.start != st.start || got.end != st.end {
		t.Errorf("load(save(%+v)) = %+v", st, got)
	}
	if p := got.pieces.GetInt(1); !p.IsString() || p.AsString() != "X-" {
		t.Errorf("pieces[1] = %v, want \"X-\"", p)
	}
	if got.save() != ctx {
		t.Errorf("a loaded state saves into a new table, want its own")
	}
}
