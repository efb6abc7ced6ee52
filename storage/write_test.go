package storage

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// testCustomer returns a valid customer on tier with contacts for
// product.
func testCustomer(name string, tier catalog.TierID, contacts int) planner.Customer {
	c := planner.Customer{
		ID:     planner.NewID(),
		Name:   name,
		Region: catalog.EMEA,
		Membership: planner.Membership{
			Tier:      tier,
			Solutions: []catalog.SolutionID{"analytics", "target"},
		},
		Contract: planner.Contract{Start: catalog.MustDate("2026-01-01"), End: catalog.MustDate("2028-12-31"),
			Allowances: planner.Allowances{AcceleratorsPerYear: 8, FieldHoursPerYear: 60}},
	}
	if tier == catalog.Expert {
		c.Contract.Allowances.AcceleratorsPerYear = 0 // Expert includes no Success Accelerators
	}
	for i := range contacts {
		c.Contacts = append(c.Contacts, planner.Contact{
			Name: fmt.Sprintf("Contact %d", i), Email: fmt.Sprintf("c%d@example.com", i), Product: "analytics", AccountAdmin: i == 0,
		})
	}
	return c
}

func TestPutCustomerEnforcesTheRules(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(c *planner.Customer)
		field string
		text  string
	}{
		{"Expert allows 4 contacts per product", func(c *planner.Customer) {
			*c = testCustomer(c.Name, catalog.Expert, 5)
		}, "contacts[4].product", "at most 4"},
		{"Ultimate allows 15 contacts per product", func(c *planner.Customer) {
			*c = testCustomer(c.Name, catalog.Ultimate, 16)
		}, "contacts[15].product", "at most 15"},
		{"one account administrator", func(c *planner.Customer) {
			c.Contacts[2].AccountAdmin = true
		}, "contacts[2].accountAdmin", "only one"},
		{"e-mail syntax", func(c *planner.Customer) {
			c.Contacts[1].Email = "anna at example.com"
		}, "contacts[1].email", "not an e-mail address"},
		{"contract dates in order", func(c *planner.Customer) {
			c.Contract.End = catalog.MustDate("2025-12-31")
		}, "contract.end", "after the contract start"},
		{"known region", func(c *planner.Customer) {
			c.Region = "mars"
		}, "region", "unknown region"},
		{"a name", func(c *planner.Customer) {
			c.Name = "  "
		}, "name", "must not be empty"},
		{"an accelerator allowance only where accelerators are included", func(c *planner.Customer) {
			c.Membership.Tier = catalog.Expert
		}, "contract.allowances.acceleratorsPerYear", "(rule accelerator-allowance)"},
		{"a Technical Account Director only with the add-on", func(c *planner.Customer) {
			c.Team.TAD = planner.Person{Name: "Dana Director"}
		}, "team.tad", "(rule technical-account-director)"},
		{"Named Support Contacts only for licensed products", func(c *planner.Customer) {
			c.Contacts[1].Product = "campaign"
		}, "contacts[1].product", "(rule contact-licensed-product)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db, _ := openSampleDB(t)
			before := exportAll(t, db)
			c := testCustomer("Test AG", catalog.Ultimate, 3)
			tc.edit(&c)
			_, err := db.PutCustomer(c)
			v := mustValidation(t, err)
			p, ok := v.Field(tc.field)
			if !ok || !strings.Contains(p.Message, tc.text) {
				t.Errorf("problems %v, want %s: …%s…", v.Problems, tc.field, tc.text)
			}
			if got := exportAll(t, db); !bytes.Equal(got, before) {
				t.Error("a refused customer changed the database")
			}
		})
	}
	t.Run("the limits themselves are fine", func(t *testing.T) {
		db := openTestDB(t)
		for _, c := range []planner.Customer{testCustomer("Expert", catalog.Expert, 4), testCustomer("Ultimate", catalog.Ultimate, 15)} {
			if _, err := db.PutCustomer(c); err != nil {
				t.Errorf("%s: %v", c.Name, err)
			}
		}
	})
}

func TestUnicodeNamesRoundTripAndSort(t *testing.T) {
	db := openTestDB(t)
	names := []string{"株式会社ソニー", "zeta Systems", "Müller GmbH", "Łódź Logistics", "apple farms", "Äpfel & Birnen KG", "Lima Foods", "Øresund Energi A/S", "Mueller Brothers"}
	for _, n := range names {
		if _, err := db.PutCustomer(testCustomer(n, catalog.Ultimate, 2)); err != nil {
			t.Fatalf("%s: %v", n, err)
		}
	}
	list, err := db.Customers()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range list {
		got = append(got, c.Name)
	}
	want := []string{"Äpfel & Birnen KG", "apple farms", "Lima Foods", "Łódź Logistics", "Mueller Brothers", "Müller GmbH", "Øresund Energi A/S", "zeta Systems", "株式会社ソニー"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("order\n got %q\nwant %q", got, want)
	}
	for _, c := range list {
		back, err := db.Customer(c.ID)
		if err != nil || back.Name != c.Name || !back.Updated.Equal(c.Updated) {
			t.Errorf("%q read back as %q, %v", c.Name, back.Name, err)
		}
	}
}

func TestFailedWriteLeavesPreviousState(t *testing.T) {
	cat := catalog.Default()
	tests := []struct {
		name  string
		write func(db *DB, accounts []planner.Account) error
	}{
		{"one bad activity in a batch", func(db *DB, accounts []planner.Account) error {
			list := genPortfolio(cat, 1, 50, 3)[0].Activities
			for i := range list {
				list[i].CustomerID = accounts[0].Customer.ID
			}
			list[37].ItemID = "acc-no-such-accelerator"
			_, err := db.PutActivities(list)
			if v := mustValidation(t, err); !strings.Contains(v.Error(), "activities[37].itemId") {
				t.Errorf("problem %v does not name activities[37].itemId", v)
			}
			return err
		}},
		{"an activity ID of another customer", func(db *DB, accounts []planner.Account) error {
			a := accounts[1].Activities[0]
			a.CustomerID = accounts[0].Customer.ID
			_, err := db.PutActivity(a)
			if v := mustValidation(t, err); !strings.Contains(v.Error(), "belongs to another customer") {
				t.Errorf("problem %v", v)
			}
			return err
		}},
		{"an engagement of an unknown customer", func(db *DB, accounts []planner.Account) error {
			e := planner.NewEngagement(cat, planner.NewID(), "Orphan")
			_, err := db.PutEngagement(e)
			if !errors.Is(err, ErrNotFound) {
				t.Errorf("got %v, want ErrNotFound", err)
			}
			return err
		}},
		{"a failure inside the transaction", func(db *DB, accounts []planner.Account) error {
			db.beforeCommit = func() error { return errors.New("power cut") }
			defer func() { db.beforeCommit = nil }()
			big := accounts[0]
			big.Activities = append(big.Activities, genPortfolio(cat, 1, 500, 4)[0].Activities...)
			for i := range big.Activities {
				big.Activities[i].CustomerID = big.Customer.ID
			}
			return db.PutAccount(big)
		}},
		{"a failure inside an import", func(db *DB, accounts []planner.Account) error {
			db.beforeCommit = func() error { return errors.New("power cut") }
			defer func() { db.beforeCommit = nil }()
			_, err := db.ImportAccounts(genPortfolio(cat, 20, 100, 5))
			return err
		}},
		{"deleting what is not there", func(db *DB, accounts []planner.Account) error {
			_, err := db.DeleteActivity(accounts[0].Customer.ID)
			if !errors.Is(err, ErrNotFound) {
				t.Errorf("got %v, want ErrNotFound", err)
			}
			return err
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db, accounts := openSampleDB(t)
			before := exportAll(t, db)
			rowsBefore, _ := db.Portfolio(testToday)
			if err := tc.write(db, accounts); err == nil {
				t.Fatal("the write succeeded")
			}
			if got := exportAll(t, db); !bytes.Equal(got, before) {
				t.Error("the failed write changed the database")
			}
			rowsAfter, _ := db.Portfolio(testToday)
			if !reflect.DeepEqual(rowsBefore, rowsAfter) {
				t.Error("the failed write changed the portfolio indexes")
			}
			if err := db.Check(); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestDeleteCustomerAndUndo(t *testing.T) {
	db, accounts := openSampleDB(t)
	before := exportAll(t, db)
	rowsBefore, _ := db.Portfolio(testToday)
	quarter := planner.QuarterOf(testToday)
	quarterBefore, _ := db.Activities(quarter.First(), quarter.Last())

	removed, err := db.DeleteCustomer(accounts[2].Customer.ID)
	if err != nil {
		t.Fatal(err)
	}
	if removed.Customer.Name != "株式会社サクラ電機" || len(removed.Activities) != len(accounts[2].Activities) {
		t.Fatalf("removed %q with %d activities", removed.Customer.Name, len(removed.Activities))
	}
	if _, err := db.Account(removed.Customer.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("account after delete: %v, want ErrNotFound", err)
	}
	during, _ := db.Activities(quarter.First(), quarter.Last())
	for _, a := range during {
		if a.CustomerID == removed.Customer.ID {
			t.Fatal("the day index still lists an activity of the deleted customer")
		}
	}
	// Its IDs are free again: nothing says they belong to someone.
	if _, err := db.DeleteActivity(removed.Activities[0].ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("delete of a removed activity: %v, want ErrNotFound", err)
	}

	if err := db.PutAccount(removed); err != nil {
		t.Fatalf("undo: %v", err)
	}
	if got := exportAll(t, db); !bytes.Equal(got, before) {
		t.Error("undo did not restore the database")
	}
	rowsAfter, _ := db.Portfolio(testToday)
	quarterAfter, _ := db.Activities(quarter.First(), quarter.Last())
	if !reflect.DeepEqual(rowsBefore, rowsAfter) || !reflect.DeepEqual(quarterBefore, quarterAfter) {
		t.Error("undo did not restore the indexes")
	}
}

func TestPutAccountReplacesTheWhole(t *testing.T) {
	db, accounts := openSampleDB(t)
	acc := accounts[0]
	acc.Activities = acc.Activities[:3]
	acc.Engagements = nil
	if err := db.PutAccount(acc); err != nil {
		t.Fatal(err)
	}
	got, err := db.Account(acc.Customer.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Activities) != 3 || len(got.Engagements) != 0 {
		t.Errorf("%d activities and %d engagements, want 3 and 0", len(got.Activities), len(got.Engagements))
	}
	rows, _ := db.Portfolio(testToday)
	for _, r := range rows {
		if r.Customer.ID == acc.Customer.ID && r.CurrentPhase != "" {
			t.Errorf("the portfolio still shows phase %q of a removed engagement", r.CurrentPhase)
		}
	}
}

func TestPutActivityMovesBetweenDays(t *testing.T) {
	db, accounts := openSampleDB(t)
	a := accounts[0].Activities[len(accounts[0].Activities)-1]
	oldDay := a.Date
	a.Date = oldDay.AddDays(35)
	a.Status = planner.ActivityProposed
	saved, err := db.PutActivity(a)
	if err != nil {
		t.Fatal(err)
	}
	if saved.ID != a.ID {
		t.Fatalf("saved under %s, want %s", saved.ID, a.ID)
	}
	on := func(d planner.Date) []planner.Activity {
		list, err := db.Activities(d, d)
		if err != nil {
			t.Fatal(err)
		}
		return list
	}
	for _, x := range on(oldDay) {
		if x.ID == a.ID {
			t.Error("the activity is still listed on its old day")
		}
	}
	found := false
	for _, x := range on(a.Date) {
		found = found || x.ID == a.ID
	}
	if !found {
		t.Error("the activity is not listed on its new day")
	}
	acc, _ := db.Account(a.CustomerID)
	if n := len(acc.Activities); n != len(accounts[0].Activities) {
		t.Errorf("%d activities after the move, want %d", n, len(accounts[0].Activities))
	}
	removed, err := db.DeleteActivity(a.ID)
	if err != nil || removed.Date != a.Date {
		t.Fatalf("delete: %v, %v", removed.Date, err)
	}
	if list := on(a.Date); len(list) != 0 {
		t.Errorf("deleted activity still listed: %v", list)
	}
}

func TestNewIDsAndStamps(t *testing.T) {
	db := openTestDB(t)
	c := testCustomer("Stamped Ltd", catalog.Ultimate, 1)
	c.ID = planner.ID{}
	saved, err := db.PutCustomer(c)
	if err != nil {
		t.Fatal(err)
	}
	if saved.ID == (planner.ID{}) || saved.Updated.IsZero() {
		t.Fatalf("saved %s at %v, want an ID and a time", saved.ID, saved.Updated)
	}
	a, err := db.PutActivity(planner.Activity{CustomerID: saved.ID, ItemID: "acc-analytics-kpi-framework", Solution: "analytics",
		Date: testToday, Hours: 6, Status: planner.ActivityScheduled})
	if err != nil || a.ID == (planner.ID{}) {
		t.Fatalf("activity %s: %v", a.ID, err)
	}
	p, err := db.PutPlan(planner.ActionPlan{CustomerID: saved.ID, Title: "Plan"})
	if err != nil || p.ID == (planner.ID{}) {
		t.Fatalf("plan %s: %v", p.ID, err)
	}
	// A second plan replaces the first.
	p2, err := db.PutPlan(planner.ActionPlan{CustomerID: saved.ID, Title: "Plan two"})
	if err != nil {
		t.Fatal(err)
	}
	acc, _ := db.Account(saved.ID)
	if acc.Plan.ID != p2.ID {
		t.Errorf("plan %s, want the second %s", acc.Plan.ID, p2.ID)
	}
	if _, err := db.PutActivity(planner.Activity{ID: p.ID, CustomerID: saved.ID, ItemID: "acc-analytics-kpi-framework",
		Date: testToday, Hours: 6, Status: planner.ActivityScheduled}); err != nil {
		t.Errorf("the replaced plan's ID is still taken: %v", err)
	}
}

func TestSettings(t *testing.T) {
	db := openTestDB(t)
	s, err := db.Settings()
	if err != nil || !reflect.DeepEqual(s, planner.DefaultSettings()) {
		t.Fatalf("settings of a new database: %+v, %v", s, err)
	}
	s.Profile = planner.Profile{Name: "Alex Morgan", Email: "alex.morgan@success.example", Role: "TAM"}
	s.Theme = "dark"
	if err := db.PutSettings(s); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Settings(); !reflect.DeepEqual(got, s) {
		t.Errorf("read back %+v, want %+v", got, s)
	}
	bad := s
	bad.PageSize = "A3"
	v := mustValidation(t, db.PutSettings(bad))
	if _, ok := v.Field("pageSize"); !ok {
		t.Errorf("problems %v lack pageSize", v.Problems)
	}
	if got, _ := db.Settings(); !reflect.DeepEqual(got, s) {
		t.Error("refused settings were saved")
	}
}

func TestConcurrentReadersAndWriters(t *testing.T) {
	db, accounts := openSampleDB(t)
	done := make(chan error, 8)
	for w := range 4 {
		go func() {
			acc := accounts[w]
			for i := range 10 {
				a := acc.Activities[i%len(acc.Activities)]
				a.Outcome = fmt.Sprintf("writer %d edit %d", w, i)
				if _, err := db.PutActivity(a); err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for range 4 {
		go func() {
			for range 10 {
				if _, err := db.Portfolio(testToday); err != nil {
					done <- err
					return
				}
				if _, err := db.Customers(); err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for range 8 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	comparePortfolio(t, db, testToday)
	if err := db.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestClosedHandle(t *testing.T) {
	db := openTestDB(t)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Errorf("second close: %v", err)
	}
	if err := db.Check(); !errors.Is(err, ErrClosed) {
		t.Errorf("check after close: %v", err)
	}
	if _, err := db.Customers(); !errors.Is(err, ErrClosed) {
		t.Errorf("read after close: %v", err)
	}
	if err := db.PutSettings(planner.DefaultSettings()); !errors.Is(err, ErrClosed) {
		t.Errorf("write after close: %v", err)
	}
}

// TestSettingsHealthThresholds checks that the thresholds of health are
// stored and read back, that bad ones are refused and nothing is saved,
// and that settings stored before the thresholds existed read them as
// the defaults, not as zero.
func TestSettingsHealthThresholds(t *testing.T) {
	db := openTestDB(t)
	path := db.Path()
	s := planner.DefaultSettings()
	s.Health = planner.HealthSettings{BreachWindowDays: 45, OverdueActionsRed: 1, PaceTolerancePoints: 0}
	if err := db.PutSettings(s); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Settings(); got.Health != s.Health {
		t.Errorf("read back %+v, want %+v", got.Health, s.Health)
	}
	bad := s
	bad.Health.OverdueActionsRed = 0
	v := mustValidation(t, db.PutSettings(bad))
	if _, ok := v.Field("health.overdueActionsRed"); !ok {
		t.Errorf("problems %v lack health.overdueActionsRed", v.Problems)
	}
	if got, _ := db.Settings(); got.Health != s.Health {
		t.Errorf("refused thresholds were saved: %+v", got.Health)
	}
	db.Close()

	for _, tc := range []struct {
		name, stored string
		want         planner.HealthSettings
	}{
		{"settings from before the thresholds", `{"profile":{"name":"Alex Morgan"},"weeklyCapacityHours":30,"pageSize":"A4","theme":"system","expiryWarningDays":45,"renewalNoticeDays":90}`,
			planner.DefaultHealthSettings()},
		{"settings with some of the thresholds", `{"profile":{"name":"Alex Morgan"},"weeklyCapacityHours":30,"pageSize":"A4","theme":"system","expiryWarningDays":45,"renewalNoticeDays":90,"health":{"overdueActionsRed":5}}`,
			planner.HealthSettings{BreachWindowDays: planner.DefaultHealthBreachWindowDays, OverdueActionsRed: 5, PaceTolerancePoints: planner.DefaultHealthPaceTolerancePoints}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db, got := settingsStoredAs(t, path, []byte(tc.stored))
			if got.Health != tc.want || got.ExpiryWarningDays != 45 || got.Profile.Name != "Alex Morgan" {
				t.Errorf("read as %+v (expiry warning %d days, name %q), want %+v", got.Health, got.ExpiryWarningDays, got.Profile.Name, tc.want)
			}
			// What was read saves as it is.
			if err := db.PutSettings(got); err != nil {
				t.Errorf("the settings read do not save: %v", err)
			}
		})
	}
}

// TestSettingsHolidayChangesRoundTrip checks that the days settings add to
// and remove from a region's holidays are stored and read back, and that
// settings stored before those fields existed, with a list replacing a
// region's holidays, read as they were.
func TestSettingsHolidayChangesRoundTrip(t *testing.T) {
	db := openTestDB(t)
	path := db.Path()
	s := planner.DefaultSettings()
	s.Regions = map[catalog.RegionID]planner.RegionSettings{catalog.EMEA: {
		Added:   []catalog.Holiday{{Date: catalog.MustDate("2030-12-27"), Name: "Company closure"}},
		Removed: []catalog.Date{catalog.MustDate("2040-04-02")},
	}}
	if err := db.PutSettings(s); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Settings(); !reflect.DeepEqual(got, s) {
		t.Errorf("read back %+v, want %+v", got.Regions, s.Regions)
	}
	bad := s.Clone()
	bad.Regions[catalog.EMEA] = planner.RegionSettings{Removed: []catalog.Date{catalog.MustDate("2040-04-02"), catalog.MustDate("2040-04-02")}}
	v := mustValidation(t, db.PutSettings(bad))
	if _, ok := v.Field("regions.emea.removedHolidays[1]"); !ok {
		t.Errorf("problems %v lack the day removed twice", v.Problems)
	}
	db.Close()

	// Settings as stored before days could be added or removed.
	old := []byte(`{"profile":{"name":"Alex Morgan"},"weeklyCapacityHours":30,"regions":{"japan":{"timeZone":"Asia/Tokyo",` +
		`"holidays":[{"date":"2026-01-01","name":"New Year's Day"}]}},"pageSize":"A4","theme":"system","expiryWarningDays":60,"renewalNoticeDays":90}`)
	db, got := settingsStoredAs(t, path, old)
	want := planner.RegionSettings{TimeZone: "Asia/Tokyo", Holidays: []catalog.Holiday{{Date: catalog.MustDate("2026-01-01"), Name: "New Year's Day"}}}
	if !reflect.DeepEqual(got.Regions, map[catalog.RegionID]planner.RegionSettings{catalog.Japan: want}) {
		t.Errorf("old settings read as %+v, want Japan %+v", got.Regions, want)
	}
	cal, err := planner.RegionCalendar(db.Catalog(), got, catalog.Japan, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cal.Covers(2027) {
		t.Error("the old list no longer replaces Japan's holidays")
	}
}

// settingsStoredAs stores raw as the settings record of the closed
// database at path, as an earlier version wrote it, opens the database
// again (closed when the test ends) and returns it with the settings it
// reads.
func settingsStoredAs(t *testing.T, path string, raw []byte) (*DB, planner.Settings) {
	t.Helper()
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		tt := newTxn(tx)
		if err := tt.bucket(bucketSettings).Put(settingsKey, raw); err != nil {
			return err
		}
		return tt.saveSum()
	})
	db, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	got, err := db.Settings()
	if err != nil {
		t.Fatal(err)
	}
	return db, got
}

func TestPutCustomerRefusesTheNameOfAnother(t *testing.T) {
	db := openTestDB(t)
	muller, err := db.PutCustomer(testCustomer("Müller GmbH", catalog.Ultimate, 2))
	if err != nil {
		t.Fatal(err)
	}
	other, err := db.PutCustomer(testCustomer("Acme", catalog.Ultimate, 2))
	if err != nil {
		t.Fatal(err)
	}
	// The same name in another letter case, or written with u and a
	// combining diaeresis.
	for _, name := range []string{"Müller GmbH", "MÜLLER gmbh", "Mu\u0308ller GmbH"} {
		_, err := db.PutCustomer(testCustomer(name, catalog.Ultimate, 2))
		v, ok := planner.AsValidation(err)
		if !ok || len(v.Problems) != 1 || v.Problems[0].Field != "name" || !strings.Contains(err.Error(), `another customer is already named "Müller GmbH"`) {
			t.Errorf("adding %q: %v, want a refusal of the name", name, err)
		}
		renamed := other
		renamed.Name = name
		if _, err := db.PutCustomer(renamed); err == nil {
			t.Errorf("renaming Acme to %q was not refused", name)
		}
	}
	// A customer keeps its own name, in another letter case too.
	muller.Name = "MÜLLER GmbH"
	if _, err := db.PutCustomer(muller); err != nil {
		t.Errorf("a customer saved under its own name: %v", err)
	}
	list, err := db.Customers()
	if err != nil || len(list) != 2 {
		t.Fatalf("%d customers (%v), want 2: the refused ones not stored", len(list), err)
	}
}

func TestImportKeepsTwoCustomersOfOneName(t *testing.T) {
	db := openTestDB(t)
	a, b := testCustomer("Acme", catalog.Ultimate, 2), testCustomer("ACME", catalog.Ultimate, 2)
	if _, err := db.ImportAccounts([]planner.Account{{Customer: a}, {Customer: b}}); err != nil {
		t.Fatalf("import of two customers of one name: %v", err)
	}
	list, err := db.Customers()
	if err != nil || len(list) != 2 {
		t.Fatalf("%d customers (%v), want both", len(list), err)
	}
	// Looking them up by the name says it is ambiguous; either can still
	// be saved under the name it has.
	var amb *planner.AmbiguousCustomerError
	if _, err := planner.FindCustomer(list, "acme"); !errors.As(err, &amb) {
		t.Errorf("FindCustomer(acme) = %v, want ambiguous", err)
	}
	b.Notes = "edited"
	if _, err := db.PutCustomer(b); err != nil {
		t.Errorf("editing one of two customers of one name: %v", err)
	}
}
