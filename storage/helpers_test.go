package storage

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// testToday is the day the tests pretend it is.
var testToday = catalog.MustDate("2026-11-26")

// testClock returns a clock that starts at 2026-11-26 10:15 UTC and moves
// one second per call, so that names and stamps are predictable.
func testClock() func() time.Time {
	t := time.Date(2026, 11, 26, 10, 15, 0, 0, time.UTC)
	return func() time.Time {
		t = t.Add(time.Second)
		return t
	}
}

func testOptions() Options {
	return Options{Now: testClock()}
}

// openTestDB opens a new database in a temporary folder.
func openTestDB(t testing.TB) *DB {
	t.Helper()
	db, err := Open(filepath.Join(t.TempDir(), "liftoff.db"), catalog.Default(), testOptions())
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// openSampleDB opens a new database holding the sample portfolio.
func openSampleDB(t testing.TB) (*DB, []planner.Account) {
	t.Helper()
	db := openTestDB(t)
	accounts := sample.Portfolio(db.Catalog(), testToday)
	if _, err := db.ImportAccounts(accounts); err != nil {
		t.Fatalf("load sample: %v", err)
	}
	return db, accounts
}

// exportAll returns the whole database as a portfolio file.
func exportAll(t testing.TB, db *DB) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := db.Export(&buf); err != nil {
		t.Fatalf("export: %v", err)
	}
	return withoutExported(buf.Bytes())
}

// withoutExported blanks the "exported" time of a portfolio file, the one
// line that differs between two exports of the same content.
func withoutExported(b []byte) []byte {
	lines := bytes.Split(b, []byte("\n"))
	for i, l := range lines {
		if bytes.HasPrefix(bytes.TrimSpace(l), []byte(`"exported":`)) {
			lines[i] = []byte(`  "exported": "",`)
		}
	}
	return bytes.Join(lines, []byte("\n"))
}

func fileHash(t testing.TB, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return sha256.Sum256(b)
}

// mustValidation returns the *planner.ValidationError err is.
func mustValidation(t testing.TB, err error) *planner.ValidationError {
	t.Helper()
	var v *planner.ValidationError
	if !errors.As(err, &v) {
		t.Fatalf("got error %v (%T), want a *planner.ValidationError", err, err)
	}
	return v
}

// genID returns a version 7 UUID drawn from rng.
func genID(rng *rand.Rand) planner.ID {
	var id planner.ID
	for i := range id {
		id[i] = byte(rng.Uint32())
	}
	id[6] = 0x70 | id[6]&0x0f
	id[8] = 0x80 | id[8]&0x3f
	return id
}

// genPortfolio returns n valid accounts of perCustomer activities each,
// spread over three years around testToday, with plans, two engagements
// and every activity status: a large portfolio for tests and benchmarks.
func genPortfolio(cat *catalog.Catalog, n, perCustomer int, seed uint64) []planner.Account {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	regions := []catalog.RegionID{catalog.Americas, catalog.EMEA, catalog.APAC, catalog.Japan}
	solutions := []catalog.SolutionID{"analytics", "target", "experience-manager-sites", "campaign", "commerce"}
	var items []planner.Activity // templates: item and solution
	for _, it := range cat.Items() {
		switch it.Kind {
		case catalog.KindAccelerator, catalog.KindField:
			for _, s := range solutions {
				if cat.ItemCovers(it, s) {
					items = append(items, planner.Activity{ItemID: it.ID, Solution: s, Hours: float64(it.Hours)})
					break
				}
			}
		case catalog.KindProactive:
			if _, everyEdition := cat.InForce(cat.Editions()[0].Effective).Item(it.ID); !everyEdition {
				continue // the customers' contracts may be under an edition without it
			}
			items = append(items, planner.Activity{ItemID: it.ID, Hours: float64(it.Hours)})
		}
	}
	statuses := []planner.ActivityStatus{planner.ActivityProposed, planner.ActivityScheduled, planner.ActivityDelivered, planner.ActivityCancelled}
	phaseStates := []planner.PhaseStatus{planner.PhaseDone, planner.PhaseInProgress, planner.PhaseNotStarted}
	planStatuses := []planner.Status{planner.StatusOpen, planner.StatusInProgress, planner.StatusDone, planner.StatusBlocked, planner.StatusCancelled}
	out := make([]planner.Account, n)
	for i := range out {
		c := planner.Customer{
			ID:     genID(rng),
			Name:   fmt.Sprintf("%s Customer %04d", []string{"Alpha", "Ärzte", "Łódź", "株式会社", "beta"}[i%5], i),
			Region: regions[i%len(regions)],
			Membership: planner.Membership{
				Tier:      catalog.Ultimate,
				Solutions: solutions,
			},
			Contract: planner.Contract{
				Start:      testToday.AddDays(-rng.IntN(700) - 30),
				Allowances: planner.Allowances{AcceleratorsPerYear: 6 + rng.IntN(7), FieldHoursPerYear: 40 + rng.IntN(81)},
			},
			Team:      planner.SuccessTeam{TAM: planner.Person{Name: "Alex Morgan", Email: "alex.morgan@success.example"}},
			KeyEvents: []planner.KeyEvent{{Name: "Launch", Date: testToday.AddDays(rng.IntN(200))}},
		}
		c.Contract.End = c.Contract.Start.AddDays(3 * 365)
		for j := range 10 {
			c.Contacts = append(c.Contacts, planner.Contact{
				Name: fmt.Sprintf("Contact %d", j), Email: fmt.Sprintf("contact%d@customer%d.example", j, i),
				Product: solutions[j%len(solutions)], AccountAdmin: j == 0,
			})
		}
		acc := planner.Account{Customer: c}
		for e := range 2 {
			eng := planner.NewEngagement(cat, c.ID, fmt.Sprintf("Engagement %d", e))
			eng.ID = genID(rng)
			for p := range eng.Phases {
				eng.Phases[p].Status = phaseStates[rng.IntN(len(phaseStates))]
			}
			eng.Stakeholders = []planner.Stakeholder{{Name: "Sponsor", Role: "Sponsor", Side: planner.SideCustomer}}
			acc.Engagements = append(acc.Engagements, eng)
		}
		plan := planner.ActionPlan{ID: genID(rng), CustomerID: c.ID, Title: "Plan"}
		for a := range 8 {
			plan.Actions = append(plan.Actions, planner.Action{
				ID: genID(rng), Title: fmt.Sprintf("Action %d", a), Owner: "Owner",
				Side: []planner.Side{planner.SideCustomer, planner.SideVendor}[a%2],
				Due:  testToday.AddDays(rng.IntN(60) - 30), Status: planStatuses[rng.IntN(len(planStatuses))],
			})
		}
		acc.Plan = plan
		for range perCustomer {
			a := items[rng.IntN(len(items))]
			a.ID = genID(rng)
			a.CustomerID = c.ID
			a.Date = testToday.AddDays(rng.IntN(3*365) - 2*365)
			a.Status = statuses[rng.IntN(len(statuses))]
			a.Owner = "Alex Morgan"
			acc.Activities = append(acc.Activities, a)
		}
		out[i] = acc
	}
	return out
}

// rawUpdate runs change in one write transaction on the closed database
// at path, past every check of this package: the way to make old or
// damaged files.
func rawUpdate(t testing.TB, path string, change func(tx *bolt.Tx) error) {
	t.Helper()
	b, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.Update(change); err != nil {
		t.Fatal(err)
	}
}

// rawView runs read in a read-only transaction on the closed database at
// path.
func rawView(t testing.TB, path string, read func(tx *bolt.Tx)) {
	t.Helper()
	b, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	b.View(func(tx *bolt.Tx) error {
		read(tx)
		return nil
	})
}
