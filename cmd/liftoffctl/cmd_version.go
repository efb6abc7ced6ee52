package main

import (
	"fmt"

	"github.com/liftoff-app/liftoff"
)

func versionCmd(fs *flagSet, e *env) func([]string) error {
	return func(args []string) error {
		_, err := fmt.Fprintf(e.stdout, "liftoffctl %s\n", liftoff.Version)
		return err
	}
}
