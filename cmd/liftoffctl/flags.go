package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// errHelp reports that --help was asked for.
var errHelp = flag.ErrHelp

// flagSet wraps flag.FlagSet so that errors are one line and nothing is
// printed by the flag package itself.
type flagSet struct {
	fs *flag.FlagSet
}

func newFlagSet(name string, e *env) *flagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return &flagSet{fs: fs}
}

// parse parses args, allowing flags after positional arguments.
func (f *flagSet) parse(args []string) error {
	var positional []string
	for {
		if err := f.fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return errHelp
			}
			return errors.New(cleanFlagError(err.Error()))
		}
		rest := f.fs.Args()
		if len(rest) == 0 {
			break
		}
		// Keep the first positional argument and go on parsing flags.
		positional = append(positional, rest[0])
		args = rest[1:]
		if rest[0] == "--" {
			positional = append(positional[:len(positional)-1], args...)
			break
		}
	}
	return f.fs.Parse(append([]string{"--"}, positional...))
}

// cleanFlagError rewrites the flag package's messages into the tool's
// one-line form.
func cleanFlagError(msg string) string {
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return fmt.Sprintf("unknown flag -%s", name)
	}
	return msg
}

func (f *flagSet) hasFlags() bool {
	n := 0
	f.fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

func (f *flagSet) printDefaults(w io.Writer) {
	type row struct{ left, usage string }
	var rows []row
	width := 0
	f.fs.VisitAll(func(fl *flag.Flag) {
		name, usage := flag.UnquoteUsage(fl)
		left := "  --" + fl.Name
		if fl.Name == "o" {
			left = "  -o"
		}
		if name != "" {
			left += " " + name
		}
		if fl.DefValue != "" && fl.DefValue != "false" && fl.DefValue != "0" && fl.DefValue != "[]" {
			usage += fmt.Sprintf(" (default %s)", fl.DefValue)
		}
		rows = append(rows, row{left, usage})
		width = max(width, len(left))
	})
	for _, r := range rows {
		fmt.Fprintf(w, "%-*s  %s\n", width, r.left, r.usage)
	}
}

// String declares a text flag.
func (f *flagSet) String(name, value, usage string) *string { return f.fs.String(name, value, usage) }

// Bool declares a boolean flag.
func (f *flagSet) Bool(name string, value bool, usage string) *bool {
	return f.fs.Bool(name, value, usage)
}

// Float declares a number flag.
func (f *flagSet) Float(name string, value float64, usage string) *float64 {
	return f.fs.Float64(name, value, usage)
}

// Int declares an integer flag.
func (f *flagSet) Int(name string, value int, usage string) *int { return f.fs.Int(name, value, usage) }

// oneOf checks that value is one of the accepted values, naming both when
// it is not.
func oneOf(what, value string, accepted []string) error {
	for _, a := range accepted {
		if value == a {
			return nil
		}
	}
	return usagef("unknown %s %q (want %s)", what, value, strings.Join(accepted, ", "))
}

// splitList splits "a,b, c" into its non-empty parts.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// given returns the names of the flags set on the command line.
func (f *flagSet) given() map[string]bool {
	set := map[string]bool{}
	f.fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	return set
}

// Var declares a flag of a custom type.
func (f *flagSet) Var(v flag.Value, name, usage string) { f.fs.Var(v, name, usage) }
