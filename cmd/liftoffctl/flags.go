package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/liftoff-app/liftoff/planner"
)

// errHelp reports that --help was asked for.
var errHelp = flag.ErrHelp

// flagSet wraps flag.FlagSet so that errors are one line and nothing is
// printed by the flag package itself.
type flagSet struct {
	fs *flag.FlagSet
	// hidden are flags left out of the help: the global flags a command
	// accepts without using them.
	hidden map[string]bool
}

// hide leaves the flag called name out of the help.
func (f *flagSet) hide(name string) {
	if f.hidden == nil {
		f.hidden = map[string]bool{}
	}
	f.hidden[name] = true
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
// one-line form: "--hours: 1e308 is out of range: ...".
func cleanFlagError(msg string) string {
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return fmt.Sprintf("unknown flag -%s", name)
	}
	if rest, ok := strings.CutPrefix(msg, "invalid value "); ok {
		if i := strings.Index(rest, " for flag -"); i >= 0 {
			if name, problem, ok := strings.Cut(rest[i+len(" for flag -"):], ": "); ok {
				return fmt.Sprintf("--%s: %s", name, problem)
			}
		}
	}
	return msg
}

func (f *flagSet) hasFlags() bool {
	n := 0
	f.fs.VisitAll(func(fl *flag.Flag) {
		if !f.hidden[fl.Name] {
			n++
		}
	})
	return n > 0
}

func (f *flagSet) printDefaults(w io.Writer) {
	type row struct{ left, usage string }
	var rows []row
	width := 0
	f.fs.VisitAll(func(fl *flag.Flag) {
		if f.hidden[fl.Name] {
			return
		}
		name, usage := flag.UnquoteUsage(fl)
		if t, ok := fl.Value.(interface{ typeName() string }); ok && name == "value" && !strings.Contains(fl.Usage, "`") {
			name = t.typeName()
		}
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

// Float declares a number flag that accepts the numbers of r; NaN,
// infinities and numbers too large for a float are never accepted.
func (f *flagSet) Float(name string, value float64, r floatRange, usage string) *float64 {
	v := &floatFlag{v: value, r: r}
	f.fs.Var(v, name, usage)
	return &v.v
}

// Int declares an integer flag that accepts the whole numbers of r.
func (f *flagSet) Int(name string, value int, r intRange, usage string) *int {
	v := &intFlag{v: value, r: r}
	f.fs.Var(v, name, usage)
	return &v.v
}

// Text declares a flag of text people read, such as a name or notes: its
// value is trimmed and must pass planner.CheckText for kind k.
func (f *flagSet) Text(name string, k planner.TextKind, usage string) *string {
	v := &textFlag{kind: k}
	f.fs.Var(v, name, usage)
	return &v.v
}

// floatRange is what a number flag accepts: the finite numbers for which
// ok reports true, described by accepted ("more than 0 and at most
// 1000").
type floatRange struct {
	ok       func(float64) bool
	accepted string
}

// hoursRange accepts the hours of an activity.
func hoursRange() floatRange {
	return floatRange{func(v float64) bool { return planner.CheckHours(v).IsZero() }, planner.HoursRange().String()}
}

// capacityRange accepts a weekly capacity in hours.
func capacityRange() floatRange {
	return floatRange{func(v float64) bool { return planner.CheckWeeklyCapacity(v).IsZero() }, planner.WeeklyCapacityRange().String()}
}

// finiteRange accepts every finite number.
func finiteRange() floatRange {
	return floatRange{func(float64) bool { return true }, "any finite number"}
}

// floatFlag is the value of a number flag.
type floatFlag struct {
	v float64
	r floatRange
}

func (f *floatFlag) String() string   { return strconv.FormatFloat(f.v, 'g', -1, 64) }
func (f *floatFlag) typeName() string { return "float" }

// Set parses s strictly: a number that is not finite, too large for a
// float or outside the range is refused, naming what is accepted.
func (f *floatFlag) Set(s string) error {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	switch {
	case err != nil && !errors.Is(err, strconv.ErrRange):
		return fmt.Errorf("%q is not a number (want %s)", s, f.r.accepted)
	case err != nil || math.IsNaN(v) || math.IsInf(v, 0) || !f.r.ok(v):
		return fmt.Errorf("%s is out of range: %s", s, f.r.accepted)
	}
	f.v = v
	return nil
}

// intRange is what an integer flag accepts: min to max, both included.
type intRange struct{ min, max int }

// allowanceRange accepts an allowance per contract year.
func allowanceRange() intRange { return intRange{0, planner.MaxAllowance} }

// anyInt accepts every whole number an int holds; the command checks it.
func anyInt() intRange { return intRange{math.MinInt, math.MaxInt} }

func (r intRange) String() string { return fmt.Sprintf("from %d to %d", r.min, r.max) }

// intFlag is the value of an integer flag.
type intFlag struct {
	v int
	r intRange
}

func (f *intFlag) String() string   { return strconv.Itoa(f.v) }
func (f *intFlag) typeName() string { return "int" }

// Set parses s strictly as a whole number within the range.
func (f *intFlag) Set(s string) error {
	v, err := strconv.ParseInt(strings.TrimSpace(s), 10, 0)
	switch {
	case err != nil && !errors.Is(err, strconv.ErrRange):
		return fmt.Errorf("%q is not a whole number (want %s)", s, f.r)
	case err != nil || v < int64(f.r.min) || v > int64(f.r.max):
		if f.r == anyInt() {
			return fmt.Errorf("%s is out of range", s)
		}
		return fmt.Errorf("%s is out of range: %s", s, f.r)
	}
	f.v = int(v)
	return nil
}

// textFlag is the value of a text flag.
type textFlag struct {
	v    string
	kind planner.TextKind
}

func (f *textFlag) String() string   { return f.v }
func (f *textFlag) typeName() string { return "string" }

// Set trims s and refuses it when planner.CheckText finds a problem.
func (f *textFlag) Set(s string) error {
	s = strings.TrimSpace(s)
	if t := planner.CheckText(s, f.kind); !t.IsZero() {
		return errors.New(t.String())
	}
	f.v = s
	return nil
}

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

// emptyOrOneOf is oneOf for an optional value: empty, it is accepted.
func emptyOrOneOf(what, value string, accepted []string) error {
	if value == "" {
		return nil
	}
	return oneOf(what, value, accepted)
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

// namedValue parses value with parse; a value parse refuses is a usage
// error that names it as label, as the command's usage does: a flag as
// "--status", an argument as "ACTIVITY-ID".
func namedValue[T any](label, value string, parse func(string) (T, error)) (T, error) {
	v, err := parse(value)
	if err != nil {
		return v, usagef("%s: %v", label, err)
	}
	return v, nil
}
