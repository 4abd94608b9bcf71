// Command pluto-go is the stand-alone Lua interpreter of pluto-go. It takes the options
// of the reference `lua` command with the same meanings (-e, -l, -i, -v, -E, -W, -, --)
// and a few long options of its own.
package main

import (
	"os"
)

func main() {
	os.Exit(newCLI(os.Args, os.Stdin, os.Stdout, os.Stderr).run())
}
