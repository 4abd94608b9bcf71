// This file holds slab, the allocator for the parser's most numerous nodes.
//
// A megabyte of Lua makes several hundred thousand nodes; allocated one by
// one they made the garbage collector the largest cost of a parse. A slab
// hands them out of arrays of slabSize instead.

package parser

// slabSize is how many nodes a slab allocates at once.
const slabSize = 256

// slab hands out pointers to zeroed T taken from shared arrays.
type slab[T any] struct {
	free []T
}

// new returns a pointer to a zeroed T.
func (s *slab[T]) new() *T {
	if len(s.free) == 0 {
		s.free = make([]T, slabSize)
	}
	t := &s.free[0]
	s.free = s.free[1:]
	return t
}
