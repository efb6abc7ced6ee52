// Command liftoffctl is Liftoff without a window: every feature of the
// desktop app for scripts and terminals.
//
// Usage:
//
//	liftoffctl [--db FILE] [--json] <command> [subcommand] [flags]
//
// The global flags --db and --json may be written before the command or
// after it, with its own flags.
// Run "liftoffctl help" for the list of commands and "liftoffctl <command>
// --help" for the flags of one. Tables are printed for people by default;
// --json prints the same data for scripts. A usage mistake (unknown flag,
// bad date, unknown tier, an -o that is not a file) prints one line naming
// the bad value and the accepted ones, and exits with status 2; other
// failures exit with 1. Ctrl+C stops a long command (a document, an
// import, a quarter plan, a check) without changing or writing anything:
// it says so and exits with 130.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	status := run(os.Args[1:], &env{
		ctx:    ctx,
		stdout: os.Stdout,
		stderr: os.Stderr,
		stdin:  os.Stdin,
		getenv: os.Getenv,
		now:    time.Now,
	})
	stop()
	os.Exit(status)
}

// exitCancelled is the exit status of a command stopped by Ctrl+C, as
// shells give a program ended by SIGINT.
const exitCancelled = 130

// env is what a command may touch of the outside world; tests replace it.
type env struct {
	// ctx is cancelled when the command is to stop (Ctrl+C); nil is
	// never cancelled.
	ctx    context.Context
	stdout io.Writer
	stderr io.Writer
	stdin  io.Reader
	getenv func(string) string
	now    func() time.Time
}

// context returns the context long work of the command heeds.
func (e *env) context() context.Context {
	if e.ctx == nil {
		return context.Background()
	}
	return e.ctx
}

// command is one liftoffctl command, such as "catalog list".
type command struct {
	name string // words, e.g. "catalog list"
	// args are the positional arguments, e.g. "ID", as the help shows
	// them, an optional one in brackets ("[ENGAGEMENT-ID]"); run refuses
	// a call with more or fewer (see argumentProblem).
	args string
	// want says what the arguments are when their number is wrong, e.g.
	// "the backup FILE to restore (list them with: liftoffctl backups)";
	// empty, the message names args.
	want    string
	summary string
	// setup declares the flags and returns the function that runs the
	// command with the remaining positional arguments.
	setup func(fs *flagSet, e *env) func(args []string) error
}

// argumentProblem says what is wrong with the number of positional
// arguments args given to cmd, or with one of them that is empty, or ""
// when they are what cmd.args names.
func argumentProblem(cmd *command, args []string) string {
	words := strings.Fields(cmd.args)
	least := 0
	for _, w := range words {
		if !strings.HasPrefix(w, "[") {
			least++
		}
	}
	switch {
	case len(words) == 0 && len(args) > 0:
		return fmt.Sprintf("unexpected argument %q (this command takes only flags)", args[0])
	case len(args) >= least && len(args) <= len(words):
		for i, a := range args {
			if strings.TrimSpace(a) == "" {
				return fmt.Sprintf("%s is empty (want %s)", strings.Trim(words[i], "[]"), wantOf(cmd))
			}
		}
		return ""
	case cmd.want != "":
		return "want " + cmd.want
	case len(args) > len(words):
		return fmt.Sprintf("unexpected argument %q (want %s)", args[len(words)], cmd.args)
	}
	return "want " + cmd.args
}

// wantOf says what cmd's positional arguments are: its want, else its
// args.
func wantOf(cmd *command) string {
	if cmd.want != "" {
		return cmd.want
	}
	return cmd.args
}

// usageError is a mistake in how the command was called: exit status 2.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

// usagef returns a usageError.
func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// run executes liftoffctl with args and returns the exit status.
func run(args []string, e *env) int {
	cmds := commands()
	leading, args, help, err := splitLeadingFlags(args)
	if err != nil {
		fmt.Fprintf(e.stderr, "liftoffctl: %v\n", err)
		return 2
	}
	if len(args) > 0 && args[0] == "help" {
		help, args = true, args[1:]
	}
	if help {
		if len(args) == 0 {
			printHelp(e.stdout, cmds)
			return 0
		}
		args = append(args, "--help")
	}
	if len(args) == 0 {
		if len(leading) == 0 {
			printHelp(e.stdout, cmds)
			return 0
		}
		fmt.Fprintln(e.stderr, "liftoffctl: no command after the flags (run \"liftoffctl help\" for the list)")
		return 2
	}
	cmd, rest := findCommand(cmds, args)
	if cmd == nil {
		fmt.Fprintf(e.stderr, "liftoffctl: unknown command %q (run \"liftoffctl help\" for the list)\n", strings.Join(leadingWords(args), " "))
		return 2
	}
	fs := newFlagSet("liftoffctl "+cmd.name, e)
	runFn := cmd.setup(fs, e)
	refusedGlobal := declareMissingGlobals(fs)
	fs.fs.Usage = func() {} // run prints the help once
	if err := fs.parse(append(leading, rest...)); err != nil {
		if errors.Is(err, errHelp) {
			printCommandHelp(e.stdout, cmd, fs)
			return 0
		}
		fmt.Fprintf(e.stderr, "liftoffctl %s: %v\n", cmd.name, err)
		return 2
	}
	if err := refusedGlobal(); err != nil {
		fmt.Fprintf(e.stderr, "liftoffctl %s: %v\n", cmd.name, err)
		return 2
	}
	if problem := argumentProblem(cmd, fs.fs.Args()); problem != "" {
		fmt.Fprintf(e.stderr, "liftoffctl %s: %s\n", cmd.name, problem)
		return 2
	}
	if err := runFn(fs.fs.Args()); err != nil {
		if errors.Is(err, context.Canceled) && e.context().Err() != nil {
			fmt.Fprintf(e.stderr, "liftoffctl %s: cancelled; nothing was changed or written\n", cmd.name)
			return exitCancelled
		}
		var u usageError
		if errors.As(err, &u) {
			fmt.Fprintf(e.stderr, "liftoffctl %s: %v\n", cmd.name, err)
			return 2
		}
		fmt.Fprintf(e.stderr, "liftoffctl %s: %v\n", cmd.name, err)
		return 1
	}
	return 0
}

// findCommand matches the longest command name at the start of args.
func findCommand(cmds []command, args []string) (*command, []string) {
	var best *command
	bestLen := 0
	for i := range cmds {
		words := strings.Fields(cmds[i].name)
		if len(words) > len(args) || len(words) <= bestLen {
			continue
		}
		match := true
		for j, w := range words {
			if args[j] != w {
				match = false
				break
			}
		}
		if match {
			best, bestLen = &cmds[i], len(words)
		}
	}
	if best == nil {
		return nil, nil
	}
	return best, args[bestLen:]
}

func leadingWords(args []string) []string {
	var out []string
	for _, a := range args {
		if strings.HasPrefix(a, "-") {
			break
		}
		out = append(out, a)
		if len(out) == 2 {
			break
		}
	}
	return out
}

func printHelp(w io.Writer, cmds []command) {
	fmt.Fprintln(w, "liftoffctl: Liftoff from the command line.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage: liftoffctl [--db FILE] [--json] <command> [flags]")
	width := 0
	for _, c := range cmds {
		width = max(width, len(c.name))
	}
	for _, g := range commandGroups() {
		fmt.Fprintf(w, "\n%s:\n", g.title)
		for _, c := range g.commands {
			fmt.Fprintf(w, "  %-*s  %s\n", width, c.name, c.summary)
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, `Run "liftoffctl <command> --help" for the flags of a command.`)
	fmt.Fprintln(w, describeGlobals())
	fmt.Fprintln(w, "The database is --db PATH, else $LIFTOFF_DB, else liftoff.db in Liftoff's data folder")
	fmt.Fprintln(w, "(~/.local/share/Liftoff on Linux, %AppData%\\Liftoff on Windows, ~/Library/Application Support/Liftoff on macOS).")
}

func printCommandHelp(w io.Writer, c *command, fs *flagSet) {
	fmt.Fprintf(w, "Usage: liftoffctl %s [flags]", c.name)
	if c.args != "" {
		fmt.Fprintf(w, " %s", c.args)
	}
	fmt.Fprintf(w, "\n\n%s\n", c.summary)
	if fs.hasFlags() {
		fmt.Fprintln(w, "\nFlags:")
		fs.printDefaults(w)
	}
}
