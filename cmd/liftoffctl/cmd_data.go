package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/liftoff-app/liftoff/export"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
	"github.com/liftoff-app/liftoff/storage"
)

func importCmd(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	return func(args []string) error {
		r, closeInput, err := openInput(e, args[0])
		if err != nil {
			return err
		}
		defer closeInput()
		return withSession(e, *db, false, func(s *session) error {
			res, err := s.db.Import(e.context(), r)
			if err != nil {
				return fmt.Errorf("%s: nothing imported: %w", args[0], err)
			}
			fmt.Fprintf(e.stdout, "imported %s: %d customers added, %d updated, %d unchanged, %d activities\n",
				args[0], res.Added, res.Updated, res.Unchanged, res.Activities)
			return nil
		})
	}
}

func exportJSON(fs *flagSet, e *env) func([]string) error {
	f := declareExportFlags(fs, "export only this `customer` (ID or name; repeat for several)")
	return func(args []string) error {
		return f.withSession(e, func(s *session) error {
			var ids []planner.ID
			for _, ref := range *f.customers {
				c, err := s.customer(ref)
				if err != nil {
					return err
				}
				ids = append(ids, c.ID)
			}
			write := func(w io.Writer) error { return s.db.Export(w, ids...) }
			return writeOutput(e, *f.out, write)
		})
	}
}

// openInput opens the file a command reads, "-" standing for standard
// input; closeInput closes it.
func openInput(e *env, path string) (r io.Reader, closeInput func(), err error) {
	if path == "-" {
		return e.stdin, func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

// writeOutput writes to standard output for "-", else atomically to path,
// the value of -o. A path that is not a file (a device, a pipe, a folder)
// is a usage mistake: exit status 2, naming the flag and the path.
func writeOutput(e *env, path string, write func(io.Writer) error) error {
	if path == "-" {
		return write(e.stdout)
	}
	if err := export.WriteFile(path, write); err != nil {
		var te *export.TargetError
		if errors.As(err, &te) {
			if te.Path == path {
				return usagef("-o %v", te)
			}
			return usagef("-o %s: %v", path, te)
		}
		return err
	}
	fmt.Fprintf(e.stderr, "wrote %s\n", path)
	return nil
}

func backupCmd(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	dir := fs.String("dir", "", "backup `folder` (default: the backups folder beside the database)")
	return func(args []string) error {
		return withSession(e, *db, true, func(s *session) error {
			target := *dir
			if target == "" {
				target = filepath.Join(filepath.Dir(s.db.Path()), storage.BackupFolder)
			}
			path, err := s.db.Backup(target)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "%s\n", path)
			return nil
		})
	}
}

// onDBFile declares --db on fs and returns a command that runs do with
// the database file it names (see dbPath), without opening it.
func onDBFile(fs *flagSet, e *env, do func(path string, args []string) error) func([]string) error {
	db := dbFlag(fs)
	return func(args []string) error {
		path, err := dbPath(e, *db)
		if err != nil {
			return err
		}
		return do(path, args)
	}
}

func backupsCmd(fs *flagSet, e *env) func([]string) error {
	return onDBFile(fs, e, func(path string, args []string) error {
		list, err := storage.BackupsOf(path)
		if err != nil {
			return err
		}
		for _, b := range list {
			fmt.Fprintln(e.stdout, b)
		}
		if len(list) == 0 {
			fmt.Fprintf(e.stderr, "no backups of %s yet\n", path)
		}
		return nil
	})
}

func restoreCmd(fs *flagSet, e *env) func([]string) error {
	return onDBFile(fs, e, func(path string, args []string) error {
		if err := storage.Restore(path, args[0], storage.Options{Now: e.now}); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "restored %s from %s; the replaced file was kept in the backup folder\n", path, args[0])
		return nil
	})
}

func compactCmd(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	return func(args []string) error {
		cat, path, err := catalogAndPath(e, *db)
		if err != nil {
			return err
		}
		res, err := storage.Compact(path, cat, storage.Options{Now: e.now})
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "compacted %s from %s to %s; the file before is kept as %s\n", path, megabytes(res.Before), megabytes(res.After), res.Backup)
		return nil
	}
}

func checkCmd(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	accept := fs.Bool("accept-older", false, "keep the older state of a file that lost its last saved changes, so that it can be written again")
	repair := fs.Bool("repair", false, "bring back the last saved change of a file that lost its newest meta page, from the copy the commit record keeps")
	return func(args []string) error {
		if *accept && *repair {
			return usagef("--accept-older and --repair exclude each other: keep the older state, or bring the lost change back")
		}
		if *repair {
			cat, path, err := catalogAndPath(e, *db)
			if err != nil {
				return err
			}
			if err := storage.RepairLastChange(path, cat, storage.Options{Now: e.now}); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "brought back the last saved change of %s; the file as it was is kept in the backup folder\n", path)
		}
		return withSession(e, *db, !*accept, func(s *session) error {
			if *accept {
				rb := s.db.RolledBack()
				if rb == nil {
					fmt.Fprintf(e.stderr, "%s holds the last saved change: there is no older state to accept\n", s.db.Path())
				} else {
					if err := s.db.AcceptOlderState(); err != nil {
						return err
					}
					fmt.Fprintf(e.stdout, "kept the older state of %s (change %d); it can be written again\n", s.db.Path(), rb.FileCommit)
				}
			}
			r, err := s.db.FullCheck(e.context())
			if err != nil {
				return err
			}
			verdict := "is sound"
			if r.RolledBack != nil {
				verdict = "is whole, but older than the last saved change"
			}
			fmt.Fprintf(e.stdout, "%s %s (%s, schema version %d)\n", r.Path, verdict, megabytes(r.Size), r.Schema)
			fmt.Fprintf(e.stdout, "  pages:       %d walked, each in use once or free, none lost\n", r.Pages)
			fmt.Fprintf(e.stdout, "  structure:   bbolt's consistency check passed\n")
			fmt.Fprintf(e.stdout, "  records:     %d checksums verified; their count and sum match the last change\n", r.Records)
			switch {
			case r.RolledBack != nil:
				fmt.Fprintf(e.stdout, "  last change: %d, OLDER than change %d, the one Liftoff last saved\n", r.Commit, r.RolledBack.SavedCommit)
			case r.CommitRecorded:
				fmt.Fprintf(e.stdout, "  last change: %d, the one Liftoff last saved\n", r.Commit)
			default:
				fmt.Fprintf(e.stdout, "  last change: %d (no commit record yet: the next change writes one)\n", r.Commit)
			}
			if r.NewestBackup != "" {
				fmt.Fprintf(e.stdout, "  newest good backup: %s\n", r.NewestBackup)
			} else {
				fmt.Fprintf(e.stdout, "  newest good backup: none yet\n")
			}
			if r.RolledBack != nil {
				return errors.New("the file lost saved changes: restore a backup, or keep this state with --accept-older")
			}
			return nil
		})
	}
}

// megabytes writes a size in bytes as megabytes with one decimal.
func megabytes(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/1e6) }

func sampleCmd(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	return func(args []string) error {
		return withSession(e, *db, false, func(s *session) error {
			res, err := s.db.ImportAccounts(sample.Portfolio(s.cat, s.today()))
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "sample portfolio loaded: %d customers added, %d updated, %d unchanged, %d activities\n",
				res.Added, res.Updated, res.Unchanged, res.Activities)
			return nil
		})
	}
}
