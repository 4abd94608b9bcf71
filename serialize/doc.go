// Package serialize writes a live Lua object graph to bytes and reads it back.
package serialize

// Version is the snapshot format version.
const Version = 1
