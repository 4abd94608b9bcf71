// This file defines the errors of the package. Every error it returns starts with
// "serialize: "; callers branch with errors.Is on the sentinels and errors.As on the
// two types: *PersistError (a value that cannot be persisted, with the path to it) and
// *CorruptError (a snapshot that is not what the format allows, with where).

package serialize

import (
	"errors"
	"fmt"
)

var (
	// ErrNotSnapshot reports input that does not start with the snapshot header.
	ErrNotSnapshot = errors.New("serialize: not a snapshot")
	// ErrVersionMismatch reports a snapshot written in a format version this build
	// cannot read.
	ErrVersionMismatch = errors.New("serialize: format version mismatch")
	// ErrLimit reports a snapshot that exceeds one of the UnpersistOptions limits.
	ErrLimit = errors.New("serialize: limit exceeded")
	// ErrUnknownName reports a builtin, continuation or userdata name the
	// Resolver does not know.
	ErrUnknownName = errors.New("serialize: unknown name")
	// ErrMissingPerm reports a permanent key that UnpersistOptions.Perms does not
	// map to a value of the recorded type.
	ErrMissingPerm = errors.New("serialize: bad permanent value")
	// ErrSpecial reports a failure of the __persist protocol while unpersisting: no
	// Call function, a failing rebuild function or one returning the wrong type,
	// or one reaching the object it rebuilds.
	ErrSpecial = errors.New("serialize: special unpersist failed")
	// ErrChecksum reports a snapshot damaged since it was written: its body does
	// not match the checksum it carries. It comes inside a *CorruptError, whose
	// text starts with "serialize: ".
	ErrChecksum = errors.New("checksum mismatch, the snapshot is damaged")
)

// PersistError reports a value that cannot be persisted.
type PersistError struct {
	// Reason says what is wrong, as Eris words it where Eris has the case:
	// "attempt to persist forbidden table".
	Reason string
	// Path locates the value from the root, in Eris's syntax
	// (root.co.stack[3].upvalues.log). Without PersistOptions.Path it holds only
	// the last step, after "...".
	Path string
	// Err is the underlying error, such as the error of a __persist function; it
	// may be nil.
	Err error
}

// Error returns "serialize: " followed by the reason and the path.
func (e *PersistError) Error() string {
	s := "serialize: " + e.Reason + " (" + e.Path + ")"
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the underlying error.
func (e *PersistError) Unwrap() error { return e.Err }

// CorruptError reports a snapshot that violates the format.
type CorruptError struct {
	// Where names the part of the snapshot: "table 12", "proto 3", "thread 0 frame
	// 4", "encoding".
	Where string
	// Err says what is wrong.
	Err error
}

// Error returns "serialize: corrupt snapshot: " followed by where and what.
func (e *CorruptError) Error() string {
	return "serialize: corrupt snapshot: " + e.Where + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *CorruptError) Unwrap() error { return e.Err }

// corrupt returns a *CorruptError for the record at index i of kind k.
func corrupt(k vkind, i int, format string, args ...any) error {
	return &CorruptError{Where: fmt.Sprintf("%s %d", k, i), Err: fmt.Errorf(format, args...)}
}

// frameError is what is wrong with frame j of a thread being checked.
type frameError struct {
	j   int
	err error
}

func (e *frameError) Error() string { return fmt.Sprintf("frame %d: %v", e.j, e.err) }

// corruptThread returns a *CorruptError for thread i, placed at the frame err is
// about, if any: "thread 0 frame 2".
func corruptThread(i int, err error) error {
	where := fmt.Sprintf("%s %d", vThread, i)
	if fe, ok := err.(*frameError); ok {
		where, err = fmt.Sprintf("%s frame %d", where, fe.j), fe.err
	}
	return &CorruptError{Where: where, Err: err}
}

// limitError returns an error wrapping ErrLimit.
func limitError(what string, n, max int) error {
	return fmt.Errorf("%w: %s %d exceeds %d", ErrLimit, what, n, max)
}
