package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
)

func kindNames() []string {
	return []string{string(catalog.KindAccelerator), string(catalog.KindField), string(catalog.KindProactive), string(catalog.KindTouchpoint), string(catalog.KindAddOn)}
}

// idsOf returns the IDs of a catalog list, as the accepted values of a
// flag.
func idsOf[T any, ID ~string](list []T, id func(T) ID) []string {
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = string(id(v))
	}
	return out
}

func solutionIDs(cat *catalog.Catalog) []string {
	return idsOf(cat.Solutions, func(s catalog.Solution) catalog.SolutionID { return s.ID })
}

func phaseIDs(cat *catalog.Catalog) []string {
	return idsOf(cat.Phases, func(p catalog.Phase) catalog.PhaseID { return p.ID })
}

func catalogList(fs *flagSet, e *env) func([]string) error {
	solution := fs.String("solution", "", "only items for this `solution` (or its family)")
	kind := fs.String("kind", "", "only items of this `kind`: accelerator, field, proactive or addon")
	phase := fs.String("phase", "", "only items that fit this `phase`")
	text := fs.String("search", "", "only items whose name, ID or description contain this `text`")
	asJSON := jsonFlag(fs)
	return func(args []string) error {
		cat, err := loadCatalog(e)
		if err != nil {
			return err
		}
		if err := emptyOrOneOf("kind", *kind, kindNames()); err != nil {
			return err
		}
		if err := emptyOrOneOf("solution", *solution, solutionIDs(cat)); err != nil {
			return err
		}
		if err := emptyOrOneOf("phase", *phase, phaseIDs(cat)); err != nil {
			return err
		}
		items := cat.Find(catalog.Filter{Kind: catalog.Kind(*kind), Solution: catalog.SolutionID(*solution), Phase: catalog.PhaseID(*phase), Text: *text})
		if *asJSON {
			return writeJSON(e.stdout, struct {
				Catalog string         `json:"catalog"`
				Version string         `json:"version"`
				Items   []catalog.Item `json:"items"`
			}{cat.Origin, cat.Version, nonNil(items)})
		}
		t := newTable(e.stdout, "ID", "KIND", "NAME", "SOLUTIONS", "PHASES", "HOURS", "SOURCE")
		for _, it := range items {
			t.row(it.ID, string(it.Kind), it.Name, solutionNames(cat, it.Solutions), phaseNames(it.Phases), hoursText(it.Hours), it.Source)
		}
		if err := t.flush(); err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "%d items from catalog %s (%s, published %s)\n", len(items), cat.Version, cat.Origin, cat.Published)
		if cat.Notice != "" {
			fmt.Fprintln(e.stderr, cat.Notice)
		}
		return nil
	}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func solutionNames(cat *catalog.Catalog, ids []catalog.SolutionID) string {
	if len(ids) == 0 {
		return "all"
	}
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = cat.SolutionName(id)
	}
	return strings.Join(names, ", ")
}

func phaseNames(ids []catalog.PhaseID) string {
	if len(ids) == 0 {
		return "any"
	}
	s := make([]string, len(ids))
	for i, p := range ids {
		s[i] = string(p)
	}
	return strings.Join(s, ",")
}

func hoursText(h int) string {
	if h == 0 {
		return "-"
	}
	return strconv.Itoa(h)
}

func catalogShow(fs *flagSet, e *env) func([]string) error {
	asJSON := jsonFlag(fs)
	return func(args []string) error {
		cat, err := loadCatalog(e)
		if err != nil {
			return err
		}
		it, ok := cat.Item(args[0])
		if !ok {
			return usagef("unknown catalog item %q (list them with: liftoffctl catalog list)", args[0])
		}
		if *asJSON {
			return writeJSON(e.stdout, it)
		}
		w := e.stdout
		fmt.Fprintf(w, "%s\n%s\n\n", it.Name, strings.Repeat("=", cells(it.Name)))
		fmt.Fprintf(w, "ID:            %s\n", it.ID)
		fmt.Fprintf(w, "Kind:          %s\n", it.Kind)
		fmt.Fprintf(w, "Solutions:     %s\n", solutionNames(cat, it.Solutions))
		fmt.Fprintf(w, "Phases:        %s\n", phaseNames(it.Phases))
		if it.Category != "" {
			fmt.Fprintf(w, "Category:      %s\n", it.Category)
		}
		if it.Format != "" {
			fmt.Fprintf(w, "Format:        %s\n", it.Format)
		}
		if it.Hours > 0 {
			fmt.Fprintf(w, "Typical hours: %d\n", it.Hours)
		}
		fmt.Fprintf(w, "Source:        %s\n", it.Source)
		fmt.Fprintf(w, "\n%s\n", it.Description)
		if len(it.Prerequisites) > 0 {
			fmt.Fprintln(w, "\nPrerequisites:")
			for _, p := range it.Prerequisites {
				fmt.Fprintf(w, "  - %s\n", p)
			}
		}
		return nil
	}
}

func catalogCheck(fs *flagSet, e *env) func([]string) error {
	return func(args []string) error {
		cat, err := catalog.Open(args[0])
		if err != nil {
			return describeCatalogError(err)
		}
		fmt.Fprintf(e.stdout, "%s: catalog %s published %s is valid: %d accelerators, %d field activities, %d proactive services, %d add-ons\n",
			args[0], cat.Version, cat.Published, len(cat.Accelerators), len(cat.FieldActivities), len(cat.ProactiveActivities), len(cat.AddOns))
		return nil
	}
}

func catalogInstall(fs *flagSet, e *env) func([]string) error {
	return func(args []string) error {
		f, err := os.Open(args[0])
		if err != nil {
			return err
		}
		defer f.Close()
		dir, err := configDir(e)
		if err != nil {
			return err
		}
		path, err := catalog.Install(f, dir)
		if err != nil {
			return describeCatalogError(fmt.Errorf("%s: %w", args[0], err))
		}
		fmt.Fprintf(e.stdout, "installed %s as %s\n", args[0], path)
		return nil
	}
}

// describeCatalogError puts every problem of a catalog file on its own
// line, after what the error says of the file.
func describeCatalogError(err error) error {
	var le *catalog.LoadError
	if !errors.As(err, &le) {
		return err
	}
	head, _, _ := strings.Cut(err.Error(), "\n")
	lines := make([]string, 0, len(le.Problems))
	for _, p := range le.Problems {
		lines = append(lines, "  "+p.String())
	}
	return fmt.Errorf("%s\n%d %s:\n%s", head, len(le.Problems), plural(len(le.Problems), "problem"), strings.Join(lines, "\n"))
}
