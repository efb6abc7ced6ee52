package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/planner"
)

// TestEveryDocumentMarksOutsideTheMembership: a customer that goes beyond
// its membership on purpose is marked so in every document made for it;
// one within its membership is not.
func TestEveryDocumentMarksOutsideTheMembership(t *testing.T) {
	beyond := muellerAccount()
	beyond.Customer.OutsideMembership = []planner.MembershipRule{planner.RuleAcceleratorAllowance}
	within := muellerAccount()
	for _, kind := range Kinds() {
		for _, acct := range []planner.Account{beyond, within} {
			path := filepath.Join(t.TempDir(), string(kind)+".pdf")
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			req := Request{Kind: kind, Accounts: []planner.Account{acct}, Customer: acct.Customer.ID,
				Quarter: planner.QuarterOf(testOptions().today())}
			if _, err := Document(f, testCatalog(t), req, testOptions()); err != nil {
				t.Fatalf("%s: %v", kind, err)
			}
			f.Close()
			text := strings.Join(strings.Fields(pdfText(t, path)), " ")
			marked := strings.Contains(text, "Outside the membership:")
			if want := len(acct.Customer.OutsideMembership) > 0; marked != want {
				t.Errorf("%s of a customer with overrides %v: marked %v", kind, acct.Customer.OutsideMembership, marked)
			}
		}
	}
}
