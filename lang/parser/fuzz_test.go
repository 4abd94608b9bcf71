// This file holds FuzzParse: no input may panic the parser or make it
// return anything but a *SyntaxError. Seeds live in testdata/fuzz/FuzzParse.

package parser

import (
	"errors"
	"testing"
)

func FuzzParse(f *testing.F) {
	for _, tc := range errorCases {
		f.Add([]byte(tc.src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		c, err := Parse("=fuzz", src)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("Parse(%q) returned %T %v, want *SyntaxError", src, err, err)
			}
			if c != nil {
				t.Fatalf("Parse(%q) returned both a chunk and an error", src)
			}
			return
		}
		if c == nil || c.Body == nil {
			t.Fatalf("Parse(%q) returned no chunk and no error", src)
		}
	})
}
