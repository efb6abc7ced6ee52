package main

import (
	"fmt"

	"github.com/liftoff-app/liftoff"
)

// aboutCommands are the commands about liftoffctl itself.
func aboutCommands() []command {
	return []command{
		{name: "version", summary: "Print the version of liftoffctl (also: liftoffctl --version)", setup: versionCmd},
	}
}

func versionCmd(fs *flagSet, e *env) func([]string) error {
	return func(args []string) error {
		_, err := fmt.Fprintf(e.stdout, "liftoffctl %s\n", liftoff.Version)
		return err
	}
}
