package main

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/storage"
)

func TestCustomerReferenceMistakesAreUsageErrors(t *testing.T) {
	c := newCLI(t)
	c.ok("customer", "add", "--name", "Acme Labs", "--region", "emea", "--tier", "expert")
	c.ok("customer", "add", "--name", "Acme Rockets", "--region", "emea", "--tier", "expert")
	for _, tt := range []struct{ ref, want string }{
		{"Globex", `no customer named "Globex" (list them with: liftoffctl customer list)`},
		{"acme", `"acme" matches 2 customers ("Acme Labs", "Acme Rockets"): give more of the name or the ID`},
		{"0190a2c4-0000-7000-8000-000000000000", "no customer with ID 0190a2c4-0000-7000-8000-000000000000"},
	} {
		if errOut := c.fail(2, "customer", "show", tt.ref); !strings.Contains(errOut, tt.want) {
			t.Errorf("customer show %q: want %q, got %q", tt.ref, tt.want, errOut)
		}
	}
	if out := c.ok("customer", "show", "acme r"); !strings.Contains(out, "Acme Rockets") {
		t.Errorf("customer show \"acme r\" does not show Acme Rockets:\n%s", out)
	}
}

// A customer is not added, nor renamed, to the name of another in any
// letter case or Unicode normal form: looking it up would be ambiguous.
func TestCustomerNameOfAnotherIsRefused(t *testing.T) {
	c := newCLI(t)
	c.ok("customer", "add", "--name", "Müller GmbH", "--region", "emea", "--tier", "expert")
	c.ok("customer", "add", "--name", "Acme", "--region", "emea", "--tier", "expert")
	want := `another customer is already named "Müller GmbH"`
	for _, name := range []string{"müller gmbh", "Mu\u0308ller GmbH"} {
		if msg := c.fail(1, "customer", "add", "--name", name, "--region", "emea", "--tier", "expert"); !strings.Contains(msg, want) {
			t.Errorf("customer add --name %q: %s", name, msg)
		}
		if msg := c.fail(1, "customer", "edit", "Acme", "--name", name); !strings.Contains(msg, want) {
			t.Errorf("customer edit Acme --name %q: %s", name, msg)
		}
	}
	c.ok("customer", "edit", "Müller GmbH", "--name", "MÜLLER GmbH")
	if out := c.ok("customer", "show", "acme"); !strings.Contains(out, "Acme") {
		t.Errorf("customer show acme:\n%s", out)
	}
}

// A database that cannot be read is an error of its own, not "no
// customer", whether the customer is named by ID or by name.
func TestCustomerReferenceKeepsStorageErrors(t *testing.T) {
	dir := t.TempDir()
	db, err := storage.Open(filepath.Join(dir, "liftoff.db"), catalog.Default(), storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	s := &session{cat: catalog.Default(), db: db}
	for _, ref := range []string{"Acme", "0190a2c4-0000-7000-8000-000000000000"} {
		_, err := s.customer(ref)
		var u usageError
		if !errors.Is(err, storage.ErrClosed) || errors.As(err, &u) {
			t.Errorf("customer(%q) on a closed database = %v, want an error wrapping storage.ErrClosed that is no usage mistake", ref, err)
		}
	}
}
