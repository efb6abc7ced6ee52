package planner

import (
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestImportsOnlyCatalogAndInternal checks that the domain, its in-package
// tests included, imports no package of its module but the catalog and
// the internal helpers: it knows nothing of storage, user interface,
// documents or the sample portfolio, which all build on it instead. The
// external tests (package planner_test) may use those.
func TestImportsOnlyCatalogAndInternal(t *testing.T) {
	module := modulePath(t)
	allowed := func(path string) bool {
		return path == module+"/catalog" || strings.HasPrefix(path, module+"/internal/")
	}
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatalf("list the package's files: %v", err)
	}
	fset := token.NewFileSet()
	checked := 0
	for _, entry := range entries {
		if entry.IsDir() || !strings.HasSuffix(entry.Name(), ".go") {
			continue
		}
		file, err := parser.ParseFile(fset, entry.Name(), nil, parser.ImportsOnly)
		if err != nil {
			t.Fatalf("parse %s: %v", entry.Name(), err)
		}
		if file.Name.Name != "planner" {
			continue
		}
		checked++
		for _, spec := range file.Imports {
			path, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				t.Fatalf("%s: import %s: %v", entry.Name(), spec.Path.Value, err)
			}
			inModule := path == module || strings.HasPrefix(path, module+"/")
			if inModule && !allowed(path) {
				t.Errorf("%s imports %s", entry.Name(), path)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no Go file of package planner found to check")
	}
}

// modulePath returns the path of the module, read from its go.mod one
// directory up.
func modulePath(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("../go.mod")
	if err != nil {
		t.Fatalf("read the module's go.mod: %v", err)
	}
	for line := range strings.SplitSeq(string(data), "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`)
		}
	}
	t.Fatal("go.mod names no module")
	return ""
}
