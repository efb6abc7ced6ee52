package planner

import (
	"errors"
	"strings"
	"testing"
)

func TestFindCustomer(t *testing.T) {
	acme := Customer{ID: NewID(), Name: "Acme"}
	acmeLabs := Customer{ID: NewID(), Name: "Acme Labs"}
	muller := Customer{ID: NewID(), Name: "Müller Maschinenbau"}
	sony := Customer{ID: NewID(), Name: "株式会社ソニー"}
	list := []Customer{acme, acmeLabs, muller, sony}

	found := []struct {
		ref  string
		want Customer
	}{
		{acmeLabs.ID.String(), acmeLabs},
		{"  " + muller.ID.String() + " ", muller},
		{"acme", acme}, // a whole name wins over longer names
		{"ACME LABS", acmeLabs},
		{"acme l", acmeLabs},
		{"mül", muller},
		{"  Müller  ", muller},
		{"株式会社", sony},
	}
	for _, tt := range found {
		got, err := FindCustomer(list, tt.ref)
		if err != nil || got.ID != tt.want.ID {
			t.Errorf("FindCustomer(%q) = %q, %v; want %q", tt.ref, got.Name, err, tt.want.Name)
		}
	}

	notFound := []struct {
		ref  string
		byID bool
		msg  string
	}{
		{"Globex", false, `no customer named "Globex"`},
		{"", false, `no customer named ""`},
		{"   ", false, `no customer named "   "`},
		{NewID().String(), true, "no customer with ID "},
		{"Acme Labs Europe", false, `no customer named "Acme Labs Europe"`},
	}
	for _, tt := range notFound {
		_, err := FindCustomer(list, tt.ref)
		var nf *CustomerNotFoundError
		if !errors.As(err, &nf) || nf.ByID != tt.byID || nf.Ref != tt.ref {
			t.Errorf("FindCustomer(%q) = %v, want a CustomerNotFoundError by ID %v", tt.ref, err, tt.byID)
			continue
		}
		if !strings.HasPrefix(err.Error(), tt.msg) {
			t.Errorf("FindCustomer(%q): message %q, want it to start with %q", tt.ref, err, tt.msg)
		}
	}

	_, err := FindCustomer([]Customer{acmeLabs, muller, {ID: NewID(), Name: "Acme Rockets"}}, "ac")
	var amb *AmbiguousCustomerError
	if !errors.As(err, &amb) {
		t.Fatalf(`FindCustomer("ac") = %v, want an AmbiguousCustomerError`, err)
	}
	if len(amb.Matches) != 2 || amb.Matches[0].Name != "Acme Labs" || amb.Matches[1].Name != "Acme Rockets" {
		t.Errorf("matches %v, want Acme Labs and Acme Rockets", amb.Matches)
	}
	if want := `"ac" matches 2 customers ("Acme Labs", "Acme Rockets")`; err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}

	if _, err := FindCustomer(nil, "acme"); !errors.As(err, new(*CustomerNotFoundError)) {
		t.Errorf("an empty list: %v, want a CustomerNotFoundError", err)
	}
}

func TestFindCustomerNamesThatDifferOnlyInCaseOrNormalForm(t *testing.T) {
	upper := Customer{ID: NewID(), Name: "Contoso Health"}
	lower := Customer{ID: NewID(), Name: "contoso health"}
	nfd := Customer{ID: NewID(), Name: "Mu\u0308ller GmbH"} // u and a combining diaeresis
	list := []Customer{upper, lower, nfd}

	for _, tt := range []struct {
		ref  string
		want Customer
	}{
		{"Contoso Health", upper},
		{"contoso health", lower},
		{"Müller", nfd}, // typed with the precomposed ü
		{"MÜLLER GMBH", nfd},
		{"Mu\u0308l", nfd},
	} {
		got, err := FindCustomer(list, tt.ref)
		if err != nil || got.ID != tt.want.ID {
			t.Errorf("FindCustomer(%q) = %q (%s), %v; want %q (%s)", tt.ref, got.Name, got.ID, err, tt.want.Name, tt.want.ID)
		}
	}
	// Neither spelling is the one typed: naming one of them would be a guess.
	_, err := FindCustomer(list, "CONTOSO HEALTH")
	var ambiguous *AmbiguousCustomerError
	if !errors.As(err, &ambiguous) || len(ambiguous.Matches) != 2 {
		t.Errorf("FindCustomer(%q) = %v; want both Contoso Health customers named as ambiguous", "CONTOSO HEALTH", err)
	}
	// Two customers of the very same name: either would be a guess.
	twin := Customer{ID: NewID(), Name: "Contoso Health"}
	_, err = FindCustomer(append(list, twin), "Contoso Health")
	if !errors.As(err, &ambiguous) || len(ambiguous.Matches) != 2 || ambiguous.Matches[1].ID != twin.ID {
		t.Errorf("FindCustomer(%q) of two customers of that name = %v; want both named as ambiguous", "Contoso Health", err)
	}
}
