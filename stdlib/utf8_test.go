// Tests of the UTF-8 decoder and encoder behind the utf8 library.

package stdlib

import (
	"testing"
)

func TestUTF8Decode(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, in string
		strict   bool
		code     uint32
		next     int64
		ok       bool
	}{
		{"ascii", "a", true, 'a', 1, true},
		{"two bytes", "\u00e9", true, 0xE9, 2, true},
		{"four bytes", "\U0001F600", true, 0x1F600, 4, true},
		{"overlong", "\xC0\x80", false, 0, 0, false},
		{"lone continuation", "\x80", false, 0, 0, false},
		{"truncated", "\xE2\x82", false, 0, 0, false},
		{"surrogate strict", "\xED\xA0\x80", true, 0, 0, false},
		{"surrogate lax", "\xED\xA0\x80", false, 0xD800, 3, true},
		{"above unicode strict", "\xF4\x90\x80\x80", true, 0, 0, false},
		{"six bytes lax", "\xFD\xBF\xBF\xBF\xBF\xBF", false, 0x7FFFFFFF, 6, true},
		{"seven bytes", "\xFE\xBF\xBF\xBF\xBF\xBF\xBF", false, 0, 0, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			code, next, ok := utf8Decode(c.in, 0, c.strict)
			if ok != c.ok || (ok && (code != c.code || next != c.next)) {
				t.Errorf("utf8Decode(%q, strict=%v) = %#x, %d, %v; want %#x, %d, %v",
					c.in, c.strict, code, next, ok, c.code, c.next, c.ok)
			}
		})
	}
}

func TestAppendUTF8(t *testing.T) {
	t.Parallel()
	cases := []struct {
		code uint32
		want string
	}{
		{0x41, "A"},
		{0x7FF, "\xDF\xBF"},
		{0x800, "\xE0\xA0\x80"},
		{0x10FFFF, "\xF4\x8F\xBF\xBF"},
		{0x3FFFFFF, "\xFB\xBF\xBF\xBF\xBF"},
		{0x7FFFFFFF, "\xFD\xBF\xBF\xBF\xBF\xBF"},
	}
	for _, c := range cases {
		t.Run(c.want, func(t *testing.T) {
			t.Parallel()
			got := string(appendUTF8(nil, c.code))
			if got != c.want {
				t.Errorf("appendUTF8(%#x) = %q, want %q", c.code, got, c.want)
			}
			if code, _, ok := utf8Decode(got, 0, false); !ok || code != c.code {
				t.Errorf("utf8Decode(%q) = %#x, %v; want %#x", got, code, ok, c.code)
			}
		})
	}
}
