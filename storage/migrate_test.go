package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// makeVersion2 turns the closed database at path into the layout of
// schema version 2: customers and summaries stored as JSON, and version 2
// in the meta bucket.
func makeVersion2(t *testing.T, path string) {
	t.Helper()
	makeVersion3(t, path)
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		records := tx.Bucket(bucketCustomers)
		var customers []planner.Customer
		err := records.ForEach(func(k, v []byte) error {
			c, err := decodeCustomer(v)
			customers = append(customers, c)
			return err
		})
		if err != nil {
			return err
		}
		for _, c := range customers {
			if err := putRawJSON(records, c.ID[:], c); err != nil {
				return err
			}
		}
		summaries := tx.Bucket(bucketSummaries)
		sums := map[string]accountSummary{}
		err = summaries.ForEach(func(k, v []byte) error {
			s, err := decodeSummary(v)
			sums[string(k)] = s
			return err
		})
		if err != nil {
			return err
		}
		for k, s := range sums {
			if err := putRawJSON(summaries, []byte(k), s); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketMeta).Put(metaSchemaKey, []byte("2"))
	})
}

// version5ActivityFields are the JSON fields of an activity that schema
// version 5 added.
var version5ActivityFields = []string{"endDate", "title", "priority", "vendorOwner", "customerOwner", "actualDate", "actualHours", "nextSteps"}

// makeVersion4 turns the closed database at path into the layout of
// schema version 4: activities without the fields version 5 added, and
// version 4 in the meta bucket. The file must hold only what version 4
// could: no requested activity, and no new field but the actual day and
// hours of a delivered activity equal to its day and hours (what the
// migration gives it back); else the test fails.
func makeVersion4(t *testing.T, path string) {
	t.Helper()
	makeVersion5(t, path)
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		tt := newTxn(tx)
		records := tt.bucket(bucketActivities)
		old := map[string][]byte{}
		err := records.ForEach(func(k, v []byte) error {
			var a planner.Activity
			if err := json.Unmarshal(v, &a); err != nil {
				return err
			}
			switch {
			case a.Status == planner.ActivityRequested:
				return fmt.Errorf("activity %s is requested, which version 4 cannot hold", a.ID)
			case a.Status == planner.ActivityDelivered && (a.ActualDate != a.Date || a.ActualHours != a.Hours):
				return fmt.Errorf("delivered activity %s has actuals (%s, %g h) other than its day and hours", a.ID, a.ActualDate, a.ActualHours)
			case a.Status != planner.ActivityDelivered && (!a.ActualDate.IsZero() || a.ActualHours != 0):
				return fmt.Errorf("activity %s has actuals but is %s", a.ID, a.Status)
			}
			a.ActualDate, a.ActualHours = planner.Date{}, 0
			if !reflect.DeepEqual(a, planner.Activity{ID: a.ID, CustomerID: a.CustomerID, ItemID: a.ItemID, Solution: a.Solution, Phase: a.Phase,
				Date: a.Date, Hours: a.Hours, Owner: a.Owner, Status: a.Status, Outcome: a.Outcome, ObjectiveID: a.ObjectiveID,
				SeriesID: a.SeriesID, PrepareFor: a.PrepareFor}) {
				return fmt.Errorf("activity %s holds fields version 4 does not know: %+v", a.ID, a)
			}
			raw, err := json.Marshal(a) // without the fields of version 5, all zero
			if err != nil {
				return err
			}
			old[string(k)] = raw
			return nil
		})
		if err != nil {
			return err
		}
		for k, v := range old {
			if err := records.Put([]byte(k), v); err != nil {
				return err
			}
		}
		if err := tt.saveSum(); err != nil {
			return err
		}
		return putOlderSchemaVersion(tx, "4")
	})
}

// makeVersion5 turns the closed database at path, which must hold no
// support case and no risk, into the layout of schema version 5: without
// the buckets of cases and risks, and version 5 in the meta bucket.
func makeVersion5(t *testing.T, path string) {
	t.Helper()
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketCases, bucketRisks} {
			b := tx.Bucket(name)
			if b == nil {
				return fmt.Errorf("the file has no %s bucket", name)
			}
			if k, _ := b.Cursor().First(); k != nil {
				return fmt.Errorf("the %s bucket is not empty, which version 5 cannot hold", name)
			}
			if err := tx.DeleteBucket(name); err != nil {
				return err
			}
		}
		return putOlderSchemaVersion(tx, "5")
	})
}

// version4Sample returns accounts as version 4 could hold them: a
// requested activity becomes proposed, the fields version 5 added are
// dropped, and a delivered activity's actual day and hours are its day
// and hours.
func version4Sample(accounts []planner.Account) []planner.Account {
	out := make([]planner.Account, len(accounts))
	for i, a := range accounts {
		a.Activities = slices.Clone(a.Activities)
		for j, act := range a.Activities {
			if act.Status == planner.ActivityRequested {
				act.Status = planner.ActivityProposed
			}
			act.EndDate, act.Title, act.Priority, act.VendorOwner, act.CustomerOwner, act.NextSteps = planner.Date{}, "", "", "", "", ""
			act.ActualDate, act.ActualHours = planner.Date{}, 0
			if act.Status == planner.ActivityDelivered {
				act.ActualDate, act.ActualHours = act.Date, act.Hours
			}
			a.Activities[j] = act
		}
		// Support cases and risks came with version 6.
		a.Cases, a.Risks = nil, nil
		out[i] = a
	}
	return out
}

// openVersion4SampleDB returns a database holding the sample portfolio
// as version 4 could hold it (version4Sample), and those accounts.
func openVersion4SampleDB(t *testing.T) (*DB, []planner.Account) {
	t.Helper()
	db := openTestDB(t)
	accounts := version4Sample(sample.Portfolio(db.Catalog(), testToday))
	if _, err := db.ImportAccounts(accounts); err != nil {
		t.Fatalf("load sample: %v", err)
	}
	return db, accounts
}

// makeVersion3 turns the closed database at path into the layout of
// schema version 3: every record without its seal, no content sum, and
// version 3 in the meta bucket.
func makeVersion3(t *testing.T, path string) {
	t.Helper()
	makeVersion4(t, path)
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		err := tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			type kv struct{ k, v []byte }
			var all []kv
			err := b.ForEach(func(k, v []byte) error {
				if unsealedMeta(name, k) {
					return nil
				}
				value, ok := unseal(name, k, v)
				if !ok {
					return fmt.Errorf("record %x of %s is not sealed", k, name)
				}
				all = append(all, kv{bytes.Clone(k), bytes.Clone(value)})
				return nil
			})
			if err != nil {
				return err
			}
			for _, r := range all {
				if err := b.Put(r.k, r.v); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		meta := tx.Bucket(bucketMeta)
		if err := meta.Delete(metaContentKey); err != nil {
			return err
		}
		return meta.Put(metaSchemaKey, []byte("3"))
	})
}

// putRawJSON stores v under key of b as schema versions 1 to 3 did.
func putRawJSON(b *bolt.Bucket, key []byte, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(key, raw)
}

// makeVersion1 turns the closed database at path into the layout of
// schema version 1: that of version 2 without the series bucket, no
// series in the owner index, and version 1 in the meta bucket.
// Occurrences of series stay, as a file that imported them would have
// held them.
func makeVersion1(t *testing.T, path string) {
	t.Helper()
	makeVersion2(t, path)
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		owners := tx.Bucket(bucketOwners)
		err := tx.Bucket(bucketSeries).ForEach(func(k, _ []byte) error { return owners.Delete(k[16:32]) })
		if err != nil {
			return err
		}
		if err := tx.DeleteBucket(bucketSeries); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(metaSchemaKey, []byte("1"))
	})
}

// rawLayout reports the schema version of the closed database at path
// and whether it has the series bucket.
func rawLayout(t *testing.T, path string) (version string, hasSeries bool) {
	t.Helper()
	rawView(t, path, func(tx *bolt.Tx) {
		version = string(tx.Bucket(bucketMeta).Get(metaSchemaKey))
		hasSeries = tx.Bucket(bucketSeries) != nil
	})
	return version, hasSeries
}

func TestVersion1FileMigratesAndKeepsItsContent(t *testing.T) {
	db, _ := openVersion4SampleDB(t)
	path := db.Path()
	want := exportAll(t, db)
	db.Close()
	makeVersion1(t, path)
	if v, has := rawLayout(t, path); v != "1" || has {
		t.Fatalf("the fixture has schema %q and series bucket %v, want a version 1 file", v, has)
	}

	migrated, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatalf("open a version 1 file: %v", err)
	}
	if got := exportAll(t, migrated); !bytes.Equal(got, want) {
		t.Error("the content changed in the migration")
	}
	accounts, err := migrated.Accounts()
	if err != nil {
		t.Fatal(err)
	}
	for _, acc := range accounts {
		if err := acc.Validate(migrated.Catalog()); err != nil {
			t.Errorf("migrated account not valid: %v", err)
		}
	}
	// The new bucket takes series at once.
	s, occ, _ := testSeries(t, migrated, accounts[0], 3)
	if _, _, err := migrated.PutSeries(s, occ); err != nil {
		t.Errorf("a series in the migrated file: %v", err)
	}
	migrated.Close()
	if v, has := rawLayout(t, path); v != strconv.Itoa(SchemaVersion) || !has {
		t.Errorf("after the migration: schema %q, series bucket %v; want %d and true", v, has, SchemaVersion)
	}
	backups, _ := Backups(filepath.Join(filepath.Dir(path), BackupFolder))
	if len(backups) == 0 {
		t.Error("no backup was made before the migration")
	}
}

func TestVersion2CustomersBecomeBinaryRecords(t *testing.T) {
	db, _ := openVersion4SampleDB(t)
	path := db.Path()
	// A customer with everything a record holds, and what JSON keeps of
	// empty lists.
	c := fullCustomer()
	c.Contacts = []planner.Contact{}
	stored, err := db.PutCustomer(c)
	if err != nil {
		t.Fatal(err)
	}
	want := exportAll(t, db)
	wantRows, err := db.Portfolio(testToday)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	makeVersion2(t, path)
	if v, _ := rawLayout(t, path); v != "2" {
		t.Fatalf("the fixture has schema %q, want a version 2 file", v)
	}
	if raw := rawRecord(t, path, bucketCustomers, c.ID); len(raw) == 0 || raw[0] != '{' {
		t.Fatalf("the fixture's customer is stored as %.20q, want JSON", raw)
	}
	if raw := rawRecord(t, path, bucketSummaries, c.ID); len(raw) == 0 || raw[0] != '{' {
		t.Fatalf("the fixture's summary is stored as %.20q, want JSON", raw)
	}

	migrated, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatalf("open a version 2 file: %v", err)
	}
	if got := exportAll(t, migrated); !bytes.Equal(got, want) {
		t.Error("the content changed in the migration")
	}
	got, err := migrated.Customer(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, stored) {
		t.Errorf("customer after the migration\n%+v\nwant\n%+v", got, stored)
	}
	rows, err := migrated.Portfolio(testToday)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rows, wantRows) {
		t.Error("the portfolio rows changed in the migration")
	}
	migrated.Close()
	if v, _ := rawLayout(t, path); v != strconv.Itoa(SchemaVersion) {
		t.Errorf("after the migration: schema %q, want %d", v, SchemaVersion)
	}
	if raw := rawRecord(t, path, bucketCustomers, c.ID); len(raw) == 0 || raw[0] != customerRecordFormat {
		t.Errorf("after the migration the customer is stored as %.20q, want a binary record", raw)
	}
	if raw := rawRecord(t, path, bucketSummaries, c.ID); len(raw) == 0 || raw[0] != summaryRecordFormat {
		t.Errorf("after the migration the summary is stored as %.20q, want a binary record", raw)
	}
}

func TestVersion4DeliveredActivitiesGetTheirActuals(t *testing.T) {
	db, accounts := openVersion4SampleDB(t)
	path := db.Path()
	want := exportAll(t, db)
	wantRows, err := db.Portfolio(testToday)
	if err != nil {
		t.Fatal(err)
	}
	delivered := 0
	for _, a := range accounts {
		for _, act := range a.Activities {
			if act.Status == planner.ActivityDelivered {
				delivered++
			}
		}
	}
	if delivered == 0 {
		t.Fatal("the sample has no delivered activity to migrate")
	}
	db.Close()
	makeVersion4(t, path)
	rawView(t, path, func(tx *bolt.Tx) {
		err := tx.Bucket(bucketActivities).ForEach(func(k, v []byte) error {
			for _, f := range version5ActivityFields {
				if bytes.Contains(v, []byte(`"`+f+`"`)) {
					t.Errorf("the version 4 fixture's activity %x holds %s", k, f)
				}
			}
			return nil
		})
		if err != nil {
			t.Error(err)
		}
	})

	migrated, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatalf("open a version 4 file: %v", err)
	}
	defer migrated.Close()
	if got := exportAll(t, migrated); !bytes.Equal(got, want) {
		t.Error("the migrated file exports another portfolio (every delivered activity should get its day and hours as actuals, nothing else change)")
	}
	got, err := migrated.Accounts()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, a := range got {
		for _, act := range a.Activities {
			if act.Status != planner.ActivityDelivered {
				continue
			}
			n++
			if act.ActualDate != act.Date || act.ActualHours != act.Hours || act.ActualHours == 0 {
				t.Errorf("delivered activity %s: actual %s, %g h; want its day %s and %g h", act.ID, act.ActualDate, act.ActualHours, act.Date, act.Hours)
			}
		}
	}
	if n != delivered {
		t.Errorf("%d delivered activities after the migration, want %d", n, delivered)
	}
	rows, err := migrated.Portfolio(testToday)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rows, wantRows) {
		t.Error("the portfolio rows changed in the migration")
	}
	if err := migrated.Check(); err != nil {
		t.Errorf("check of the migrated file: %v", err)
	}
}

func TestVersion2FileWithABadCustomerIsLeftAsItWas(t *testing.T) {
	db, accounts := openVersion4SampleDB(t)
	path := db.Path()
	db.Close()
	makeVersion2(t, path)
	id := accounts[2].Customer.ID
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		return tx.Bucket(bucketCustomers).Put(id[:], []byte(`{"id":"`+id.String()+`","name":7}`))
	})
	before := fileHash(t, path)
	_, err := Open(path, catalog.Default(), testOptions())
	if err == nil || !strings.Contains(err.Error(), id.String()) || !strings.Contains(err.Error(), "left as it was") {
		t.Fatalf("got %v, want an error naming customer %s and saying the file was left as it was", err, id)
	}
	if fileHash(t, path) != before {
		t.Error("a failed migration changed the file")
	}
}

// rawRecord returns the bytes stored under id in bucket of the closed
// database at path.
func rawRecord(t *testing.T, path string, bucket []byte, id planner.ID) []byte {
	t.Helper()
	var raw []byte
	rawView(t, path, func(tx *bolt.Tx) { raw = bytes.Clone(tx.Bucket(bucket).Get(id[:])) })
	return raw
}

func TestVersion1OccurrencesGetTheirSeries(t *testing.T) {
	db, accounts := openVersion4SampleDB(t)
	s, occ, _ := testSeries(t, db, accounts[0], 5)
	if _, _, err := db.PutSeries(s, occ); err != nil {
		t.Fatal(err)
	}
	// The same series ID on another customer's activity: it must become
	// a series of its own.
	var other planner.Account // a customer without series of its own
	for _, a := range accounts[1:] {
		if len(a.Series) == 0 {
			other = a
			break
		}
	}
	stray, strayOcc, _ := testSeries(t, db, other, 2)
	if _, _, err := db.PutSeries(stray, strayOcc); err != nil {
		t.Fatal(err)
	}
	path := db.Path()
	db.Close()
	makeVersion1(t, path)
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		records := tx.Bucket(bucketActivities)
		for _, a := range strayOcc {
			a.SeriesID = s.ID
			if err := putRawJSON(records, activityKey(a.CustomerID, a.Date, a.ID), a); err != nil {
				return err
			}
		}
		return nil
	})

	migrated, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer migrated.Close()
	acc, err := migrated.Account(s.CustomerID)
	if err != nil {
		t.Fatal(err)
	}
	if err := acc.Validate(migrated.Catalog()); err != nil {
		t.Errorf("migrated account not valid: %v", err)
	}
	if got, ok := acc.SeriesByID(s.ID); !ok || got != s || len(acc.Series) != len(accounts[0].Series)+1 {
		t.Errorf("inferred series %+v, want %+v beside the %d of the sample", acc.Series, s, len(accounts[0].Series))
	}
	if got := storedOccurrences(t, migrated, s.CustomerID, s.ID); !reflect.DeepEqual(got, occ) {
		t.Errorf("occurrences on %q, want %q unchanged", activityDays(got), activityDays(occ))
	}
	other, err = migrated.Account(stray.CustomerID)
	if err != nil {
		t.Fatal(err)
	}
	if err := other.Validate(migrated.Catalog()); err != nil {
		t.Errorf("the other customer's account is not valid: %v", err)
	}
	if len(other.Series) != 1 || other.Series[0].ID == s.ID || other.Series[0].CustomerID != stray.CustomerID {
		t.Fatalf("the other customer's series %+v, want one of its own", other.Series)
	}
	if got := storedOccurrences(t, migrated, stray.CustomerID, other.Series[0].ID); len(got) != 2 {
		t.Errorf("%d occurrences in the other customer's series, want 2", len(got))
	}
}

func TestVersion1MeetingsGetANameAndAFrequency(t *testing.T) {
	db, accounts := openVersion4SampleDB(t)
	path := db.Path()
	db.Close()
	makeVersion1(t, path)
	e := accounts[0].Engagements[0]
	e.Cadence = []planner.Meeting{
		{Name: "", Frequency: "", Attendees: "TAM", Purpose: "Never named"},
		{Name: "Steering\nmeeting", Frequency: " ", Attendees: "Sponsor"},
		{Name: "Status call", Frequency: "weekly", Attendees: "Team"},
	}
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		return putRawJSON(tx.Bucket(bucketEngagements), engagementKey(e.CustomerID, e.ID), e)
	})

	migrated, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer migrated.Close()
	acc, err := migrated.Account(e.CustomerID)
	if err != nil {
		t.Fatal(err)
	}
	if err := acc.Validate(migrated.Catalog()); err != nil {
		t.Errorf("migrated account not valid: %v", err)
	}
	want := []planner.Meeting{
		{Name: unsetMeetingName, Frequency: unsetFrequency, Attendees: "TAM", Purpose: "Never named"},
		{Name: "Steering meeting", Frequency: unsetFrequency, Attendees: "Sponsor"},
		{Name: "Status call", Frequency: "weekly", Attendees: "Team"},
	}
	var got planner.Engagement
	for _, x := range acc.Engagements {
		if x.ID == e.ID {
			got = x
		}
	}
	if !reflect.DeepEqual(got.Cadence, want) {
		t.Errorf("cadence after the migration %+v, want %+v", got.Cadence, want)
	}
	got.Cadence, e.Cadence = nil, nil
	if !reflect.DeepEqual(got, e) {
		t.Error("the migration changed more of the engagement than its meetings")
	}
	// Deleting and restoring the customer works on migrated data.
	removed, err := migrated.DeleteCustomer(e.CustomerID)
	if err != nil {
		t.Fatal(err)
	}
	if err := migrated.PutAccount(removed); err != nil {
		t.Errorf("restore a migrated customer: %v", err)
	}
}

func TestMigrationRunsInOneTransaction(t *testing.T) {
	db, accounts := openVersion4SampleDB(t)
	s, occ, _ := testSeries(t, db, accounts[0], 4)
	if _, _, err := db.PutSeries(s, occ); err != nil {
		t.Fatal(err)
	}
	path := db.Path()
	db.Close()
	makeVersion1(t, path)
	before := fileHash(t, path)

	// Version 1 to 2 (this program's migration), then a step that fails:
	// all of it must be rolled back together.
	failing := currentSchema()
	failing.version = SchemaVersion + 1
	ran := false
	failing.migrations = append(failing.migrations, migration{to: SchemaVersion + 1, name: "fail", run: func(t *txn) error {
		if b := t.tx.Bucket(bucketSeries); b != nil {
			c := b.Cursor()
			for k, _ := c.First(); k != nil && !ran; k, _ = c.Next() {
				ran = bytes.Equal(k[16:], s.ID[:])
			}
		}
		return errors.New("disk says no")
	}})
	_, err := open(path, catalog.Default(), testOptions(), failing)
	if err == nil || !strings.Contains(err.Error(), "disk says no") || !strings.Contains(err.Error(), "left as it was") {
		t.Fatalf("got %v, want the failed step's error", err)
	}
	if !ran {
		t.Error("the failing step did not see the series the version 2 migration wrote in the same transaction")
	}
	if fileHash(t, path) != before {
		t.Error("a failed migration changed the file")
	}
	if v, has := rawLayout(t, path); v != "1" || has {
		t.Errorf("after a failed migration: schema %q, series bucket %v; want 1 and false", v, has)
	}
}

func TestInferSeries(t *testing.T) {
	id, customer := planner.NewID(), planner.NewID()
	tests := []struct {
		name string
		days []string
		rule planner.Recurrence
	}{
		{"one occurrence", []string{"2027-01-04"}, planner.RecurWeekly},
		{"weekly, one moved off a holiday", []string{"2027-01-04", "2027-01-11", "2027-01-19", "2027-01-25"}, planner.RecurWeekly},
		{"every other week", []string{"2027-01-05", "2027-01-19", "2027-02-02"}, planner.RecurBiweekly},
		{"second Tuesdays", []string{"2027-01-12", "2027-02-09", "2027-03-09"}, planner.RecurMonthlyWeekday},
		{"the 15th", []string{"2027-01-15", "2027-02-15", "2027-03-15"}, planner.RecurMonthlyDay},
		{"unsorted", []string{"2027-02-15", "2027-01-15", "2027-03-15"}, planner.RecurMonthlyDay},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var days []planner.Date
			for _, d := range tt.days {
				days = append(days, catalog.MustDate(d))
			}
			s := inferSeries(id, customer, days)
			if s.Rule != tt.rule || s.Count != len(days) || s.ID != id || s.CustomerID != customer {
				t.Errorf("inferred %+v, want rule %s with %d occurrences", s, tt.rule, len(days))
			}
			if first := catalog.MustDate(tt.days[0]); tt.name != "unsorted" && s.Start != first {
				t.Errorf("start %s, want %s", s.Start, first)
			}
			if err := s.Validate(); err != nil {
				t.Errorf("inferred series not valid: %v", err)
			}
		})
	}
}

func TestReadOnlyOpenOfAnOlderFileIsRefusedUntouched(t *testing.T) {
	db, _ := openVersion4SampleDB(t)
	path := db.Path()
	db.Close()
	makeVersion2(t, path)
	before := fileHash(t, path)
	_, err := Open(path, catalog.Default(), Options{ReadOnly: true})
	if !errors.Is(err, ErrOlderSchema) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "schema version 2") {
		t.Fatalf("got %v, want ErrOlderSchema naming the file and its version", err)
	}
	if fileHash(t, path) != before {
		t.Error("a read-only open changed an older file")
	}
}
