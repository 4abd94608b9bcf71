// This file turns Go errors from the operating system into the texts and numbers C's
// strerror and errno give, which Lua's io and os functions report.

package stdlib

import (
	"errors"
	"io/fs"
	"syscall"
)

// errnoText returns strerror's text for err.
func errnoText(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return errnoMessage(errno)
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errnoMessage(syscall.ENOENT)
	case errors.Is(err, fs.ErrPermission):
		return errnoMessage(syscall.EACCES)
	}
	return err.Error()
}

// errnoNumber returns the errno value of err, or 0.
func errnoNumber(err error) int64 {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return int64(errno)
	}
	return 0
}

// errnoMessage returns strerror's text for an errno value: Go's text with the first
// letter capitalised, which is glibc's wording.
func errnoMessage(e syscall.Errno) string {
	s := e.Error()
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}
