package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/liftoff-app/liftoff/export"
	"github.com/liftoff-app/liftoff/planner"
)

func kindList() []string {
	var out []string
	for _, k := range export.Kinds() {
		out = append(out, string(k))
	}
	return out
}

func exportPDF(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	kind := fs.String("kind", "", "document `kind`: "+strings.Join(kindList(), ", ")+" (required)")
	cust := fs.String("customer", "", "the `customer` (ID or name); required but for the quarterly plan")
	quarter := fs.String("quarter", "", "`quarter` of the quarterly plan, e.g. 2027Q1 (default: this quarter)")
	out := fs.String("o", "", "output `file` (required)")
	pageSize := fs.String("page-size", "", "`size` of portrait pages: A4 or Letter (default: from settings)")
	lang := fs.String("lang", "", "`language` of the document: "+strings.Join(planner.DocumentLanguages(), ", ")+" (default: the customer's document language, else the settings')")
	allowMissing := fs.Bool("allow-missing-glyphs", false, "draw characters no font has as boxes instead of failing")
	return func(args []string) error {
		k, err := namedValue("--kind", *kind, export.ParseKind)
		if err != nil {
			return err
		}
		if *out == "" {
			return usagef("-o FILE is required")
		}
		if err := emptyOrOneOf("page size", *pageSize, []string{"A4", "Letter"}); err != nil {
			return err
		}
		if err := emptyOrOneOf("language", *lang, planner.DocumentLanguages()); err != nil {
			return err
		}
		if k != export.KindQuarter && *cust == "" {
			return usagef("--customer is required for the %s document", k)
		}
		return withSession(e, *db, true, func(s *session) error {
			q, err := quarterFlag(s, *quarter)
			if err != nil {
				return err
			}
			settings, err := s.db.Settings()
			if err != nil {
				return err
			}
			req := export.Request{Kind: k, Quarter: q}
			if *cust != "" {
				c, err := s.customer(*cust)
				if err != nil {
					return err
				}
				req.Customer = c.ID
				if k != export.KindQuarter {
					a, err := s.db.Account(c.ID)
					if err != nil {
						return err
					}
					req.Accounts = []planner.Account{a}
				}
			}
			if req.Accounts == nil {
				if req.Accounts, err = s.accounts(nil); err != nil {
					return err
				}
			}
			fonts, err := export.LoadFontsWith(export.FontOptions{Files: settings.Fonts})
			if err != nil {
				return fmt.Errorf("load fonts: %w", err)
			}
			opts := export.Options{PageSize: *pageSize, Language: *lang, Settings: settings, Author: settings.Profile.Name, Now: e.now(), Fonts: fonts,
				AllowMissingGlyphs: *allowMissing}
			var res export.Result
			err = writeOutput(e, *out, func(w io.Writer) error {
				var err error
				res, err = export.Document(e.context(), w, s.cat, req, opts)
				return err
			})
			for _, line := range res.Log {
				fmt.Fprintf(e.stderr, "note: %s\n", line)
			}
			if errors.As(err, &export.MissingGlyphsError{}) {
				return fmt.Errorf("%w (--allow-missing-glyphs draws them as boxes)", err)
			}
			return err
		})
	}
}

// exportFlags are the flags of a command that writes what it reads of
// some customers (all of them without --customer) to a file: --db, a
// repeated --customer and -o.
type exportFlags struct {
	db        *string
	customers *stringsFlag
	out       *string
}

// declareExportFlags declares --db, --customer, described by usage, and
// -o on fs.
func declareExportFlags(fs *flagSet, usage string) exportFlags {
	f := exportFlags{db: dbFlag(fs), customers: new(stringsFlag)}
	fs.Var(f.customers, "customer", usage)
	f.out = fs.String("o", "", "output `file` (- for standard output; required)")
	return f
}

// withSession requires -o and runs do with a read-only session.
func (f exportFlags) withSession(e *env, do func(s *session) error) error {
	if *f.out == "" {
		return usagef("-o FILE is required")
	}
	return withSession(e, *f.db, true, do)
}

// withAccounts requires -o and runs do, in a read-only session, with the
// accounts --customer names (all without it) and the export options of
// the settings.
func (f exportFlags) withAccounts(e *env, do func(s *session, accts []planner.Account, opts export.Options) error) error {
	return f.withSession(e, func(s *session) error {
		accts, err := s.accounts(*f.customers)
		if err != nil {
			return err
		}
		settings, err := s.db.Settings()
		if err != nil {
			return err
		}
		return do(s, accts, export.Options{Settings: settings, Now: e.now()})
	})
}

func exportICS(fs *flagSet, e *env) func([]string) error {
	f := declareExportFlags(fs, "only this `customer` (ID or name; repeat for several)")
	return func(args []string) error {
		return f.withAccounts(e, func(s *session, accts []planner.Account, opts export.Options) error {
			return writeOutput(e, *f.out, func(w io.Writer) error { return export.ICS(w, s.cat, accts, opts) })
		})
	}
}

func exportCSV(fs *flagSet, e *env) func([]string) error {
	what := fs.String("what", "activities", "what to write: activities or actions")
	f := declareExportFlags(fs, "only this `customer` (ID or name; repeat for several)")
	return func(args []string) error {
		if err := oneOf("--what", *what, []string{"activities", "actions"}); err != nil {
			return err
		}
		return f.withAccounts(e, func(s *session, accts []planner.Account, opts export.Options) error {
			return writeOutput(e, *f.out, func(w io.Writer) error {
				if *what == "actions" {
					return export.ActionsCSV(w, accts, opts)
				}
				return export.ActivitiesCSV(w, s.cat, accts, opts)
			})
		})
	}
}
