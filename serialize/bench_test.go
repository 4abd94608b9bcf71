// Benchmarks of Persist and Unpersist on three shapes: a graph of many small shared
// tables, many deep suspended threads, and one large array of numbers. Each reports
// the snapshot size as "bytes". BenchmarkOpen measures the part of Unpersist that
// checks the envelope, checksum included, and nothing else.

package serialize

import (
	"testing"

	"github.com/pluto-go/pluto-go/heap"
)

// benchGraph returns 100,000 small tables, each referring to its predecessor and to
// its parent in a binary tree, held in one array.
func benchGraph() heap.Value {
	const n = 100_000
	names := make([]heap.Value, 100)
	for i := range names {
		names[i] = heap.String("name" + heap.FormatInt(int64(i)))
	}
	all := heap.NewTable(n, 0)
	for i := range n {
		t := heap.NewTable(0, 4)
		t.SetStr("id", heap.Int(int64(i)))
		t.SetStr("name", names[i%len(names)])
		if i > 0 {
			t.SetStr("prev", all.GetInt(int64(i)))
			t.SetStr("parent", all.GetInt(int64(i/2+1)))
		}
		all.SetInt(int64(i+1), heap.TableValue(t))
	}
	return heap.TableValue(all)
}

// benchThreads returns 1,000 threads dead of an error 20 Lua frames deep, each frame
// called by the one below.
func benchThreads() heap.Value {
	const threads, depth = 1000, 20
	p := &heap.Proto{Source: "@bench.lua", NumParams: 1, MaxStackSize: 4,
		Code: []heap.Instruction{
			heap.ABC(heap.OpGetUpval, 1, 0, 0, false),
			heap.ABC(heap.OpMove, 2, 0, 0, false),
			heap.ABC(heap.OpCall, 1, 2, 2, false),
			heap.ABC(heap.OpReturn1, 1, 0, 0, false),
		},
		Upvalues: []heap.UpvalueDesc{{Name: "f", Index: 0}},
	}
	all := heap.NewTable(threads, 0)
	for i := range threads {
		th := heap.NewThread(depth*5 + 10)
		c := heap.NewClosure(p)
		c.Upvalues[0] = heap.NewClosedUpvalue(heap.ClosureValue(c))
		for f := range depth {
			fn, nres := 2*f, 1
			if f == 0 {
				nres = heap.MultRet
			}
			th.Stack[fn] = heap.ClosureValue(c)
			th.Stack[fn+1] = heap.Float(float64(f) / 2)
			th.Frames = append(th.Frames, heap.Frame{Closure: c, Func: fn, Base: fn + 1,
				Top: fn + 5, PC: 3, NResults: nres})
		}
		th.Top = 2*depth + 3
		th.Status, th.Failed, th.Err = heap.StatusDead, true, heap.Int(int64(i))
		all.SetInt(int64(i+1), heap.ThreadValue(th))
	}
	return heap.TableValue(all)
}

// benchArray returns one array of 1,000,000 numbers, integers and floats.
func benchArray() heap.Value {
	const n = 1_000_000
	t := heap.NewTable(n, 0)
	for i := range n {
		if i%2 == 0 {
			t.SetInt(int64(i+1), heap.Int(int64(i)))
		} else {
			t.SetInt(int64(i+1), heap.Float(float64(i)*1.1))
		}
	}
	return heap.TableValue(t)
}

var benchShapes = []struct {
	name  string
	build func() heap.Value
}{
	{"Graph", benchGraph},
	{"Threads", benchThreads},
	{"Array", benchArray},
}

func BenchmarkPersist(b *testing.B) {
	for _, shape := range benchShapes {
		b.Run(shape.name, func(b *testing.B) {
			v := shape.build()
			b.ReportAllocs()
			var data []byte
			for b.Loop() {
				var err error
				if data, err = Persist(v, nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(data)), "bytes")
		})
	}
}

func BenchmarkUnpersist(b *testing.B) {
	for _, shape := range benchShapes {
		b.Run(shape.name, func(b *testing.B) {
			data, err := Persist(shape.build(), nil)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Unpersist(data, nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(data)), "bytes")
		})
	}
}

func BenchmarkOpen(b *testing.B) {
	for _, shape := range benchShapes {
		b.Run(shape.name, func(b *testing.B) {
			data, err := Persist(shape.build(), nil)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := open(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
