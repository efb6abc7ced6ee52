package main

import (
	"fmt"
	"strings"
)

// globalFlag is a flag every command accepts before or after its name, as
// "liftoffctl --db FILE customer list" or "liftoffctl customer list --db
// FILE".
type globalFlag struct {
	name string
	// takesValue is true for a flag followed by a value (--db FILE) and
	// false for a switch (--json).
	takesValue bool
	// value names what the value is in a message, e.g. "a database file".
	value string
	// unusedIs says what a command that does not declare the flag does
	// with it: "" accepts and ignores it (a command that opens no database
	// has no use for --db, but an alias "liftoffctl --db FILE" must work
	// for every command); otherwise the flag is refused with these words.
	unusedIs string
}

// globalFlags are the flags accepted before the command.
func globalFlags() []globalFlag {
	return []globalFlag{
		{name: "db", takesValue: true, value: "a database file"},
		{name: "json", unusedIs: "prints no JSON"},
	}
}

// globalFlagNames lists the global flags as they are typed: "--db, --json".
func globalFlagNames() string {
	names := make([]string, 0, len(globalFlags()))
	for _, g := range globalFlags() {
		names = append(names, "--"+g.name)
	}
	return strings.Join(names, ", ")
}

// splitLeadingFlags takes the flags written before the command off args:
// it returns them, in the order given and ready to be parsed with the
// command's own flags, and the rest of args, starting with the command's
// name (--version stands for the version command). help reports -h or
// --help among the leading flags. A flag that is
// not global, or a value flag without its value, is a usage error.
func splitLeadingFlags(args []string) (flags, rest []string, help bool, err error) {
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			return flags, args[i+1:], help, nil
		}
		if !strings.HasPrefix(arg, "-") || arg == "-" {
			return flags, args[i:], help, nil
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if name == "h" || name == "help" {
			help = true
			continue
		}
		if name == "version" && !hasValue {
			// --version is the version command, as in most programs.
			return flags, append([]string{"version"}, args[i+1:]...), help, nil
		}
		g, ok := findGlobalFlag(name)
		if !ok {
			return nil, nil, false, usagef("unknown flag --%s before the command (the flags accepted there are %s)", name, globalFlagNames())
		}
		if !g.takesValue || hasValue {
			flags = append(flags, "--"+name+valueSuffix(value, hasValue))
			continue
		}
		if i+1 == len(args) {
			return nil, nil, false, usagef("--%s needs %s", name, g.value)
		}
		flags = append(flags, "--"+name, args[i+1])
		i++
	}
	return flags, nil, help, nil
}

// valueSuffix is "=value" when the flag was written with one, else "".
func valueSuffix(value string, hasValue bool) string {
	if !hasValue {
		return ""
	}
	return "=" + value
}

// findGlobalFlag returns the global flag called name.
func findGlobalFlag(name string) (globalFlag, bool) {
	for _, g := range globalFlags() {
		if g.name == name {
			return g, true
		}
	}
	return globalFlag{}, false
}

// declareMissingGlobals declares on fs, hidden from the command's help,
// every global flag the command does not declare itself, so that each is
// accepted after the command too. The returned function reports the first
// such flag that was given but that the command refuses.
func declareMissingGlobals(fs *flagSet) func() error {
	var refused []func() error
	for _, g := range globalFlags() {
		if fs.fs.Lookup(g.name) != nil {
			continue
		}
		fs.hide(g.name)
		if g.takesValue {
			fs.fs.String(g.name, "", "")
			continue
		}
		given := fs.fs.Bool(g.name, false, "")
		if g.unusedIs != "" {
			refused = append(refused, func() error {
				if *given {
					return usagef("--%s: this command %s", g.name, g.unusedIs)
				}
				return nil
			})
		}
	}
	return func() error {
		for _, check := range refused {
			if err := check(); err != nil {
				return err
			}
		}
		return nil
	}
}

// describeGlobals is the line of the help that names the global flags.
func describeGlobals() string {
	return fmt.Sprintf("The flags %s may be given before or after the command.", globalFlagNames())
}
