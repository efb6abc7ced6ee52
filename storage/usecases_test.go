package storage

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
	bolt "go.etcd.io/bbolt"
)

// TestMigrationMovesAssessmentUseCases stores an engagement as Liftoff
// wrote it when the assessment held use cases, and a plan without them,
// in a file of schema version 4: the migration on opening moves them to
// the plan's objectives, nothing lost, and a second open finds nothing
// more to move.
func TestMigrationMovesAssessmentUseCases(t *testing.T) {
	path := filepath.Join(t.TempDir(), "liftoff.db")
	db, err := Open(path, catalog.Default(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	accounts := sample.Portfolio(db.Catalog(), testToday)
	if _, err := db.ImportAccounts(accounts); err != nil {
		t.Fatal(err)
	}
	db.Close()
	acc := accounts[0]
	e := acc.Engagements[0]
	moved := acc.Plan.Objectives[1].UseCases // Müller's conversion objective: analytics and target
	plan := acc.Plan
	plan.Objectives = slices.Clone(plan.Objectives)
	plan.Objectives[1].UseCases = nil
	raw, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	cases, _ := json.Marshal(moved)
	old := bytes.Replace(raw, []byte(`"findings":`), append(append([]byte(`"useCases":`), cases...), []byte(`,"findings":`)...), 1)
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		tt := newTxn(tx)
		if err := tt.bucket(bucketEngagements).Put(engagementKey(e.CustomerID, e.ID), old); err != nil {
			return err
		}
		if _, err := putJSON(tt.bucket(bucketPlans), plan.CustomerID[:], plan, "plan"); err != nil {
			return err
		}
		if err := tt.saveSum(); err != nil {
			return err
		}
		return putOlderSchemaVersion(tx, "4")
	})
	for range 2 {
		db, err := Open(path, catalog.Default(), testOptions())
		if err != nil {
			t.Fatal(err)
		}
		got, err := db.Account(acc.Customer.ID)
		db.Close()
		if err != nil {
			t.Fatal(err)
		}
		if n := len(got.Engagements[0].Assessment.UnplacedUseCases()); n != 0 {
			t.Errorf("the assessment still holds %d use cases", n)
		}
		var all []planner.UseCase
		for _, o := range got.Plan.Objectives {
			all = append(all, o.UseCases...)
		}
		var want []planner.UseCase
		for _, o := range acc.Plan.Objectives {
			want = append(want, o.UseCases...)
		}
		for _, m := range moved {
			if !slices.ContainsFunc(all, func(u planner.UseCase) bool {
				return u.Name == m.Name && slices.Equal(u.Capabilities, m.Capabilities) && u.SuccessMetric == m.SuccessMetric
			}) {
				t.Errorf("use case %q is in no objective", m.Name)
			}
		}
		if len(all) != len(want) {
			t.Errorf("the plan holds %d use cases, want %d", len(all), len(want))
		}
	}
	rawView(t, path, func(tx *bolt.Tx) {
		if v := recordsOf(tx, bucketEngagements).Get(engagementKey(e.CustomerID, e.ID)); bytes.Contains(v, []byte("useCases")) {
			t.Errorf("the stored engagement still holds use cases: %s", v)
		}
	})
}

// TestImportOldPortfolioShapes reads a portfolio file as Liftoff wrote it
// when an objective had one KPI and the assessment held the use cases.
func TestImportOldPortfolioShapes(t *testing.T) {
	db, accounts := openSampleDB(t)
	var file map[string]any
	if err := json.Unmarshal(exportAll(t, db), &file); err != nil {
		t.Fatal(err)
	}
	acc := accounts[0]
	o := acc.Plan.Objectives[1]
	k := o.KPIs[0]
	var first map[string]any
	at := -1
	for i, a := range file["accounts"].([]any) {
		if a.(map[string]any)["customer"].(map[string]any)["id"] == acc.Customer.ID.String() {
			first, at = a.(map[string]any), i
		}
	}
	if first == nil {
		t.Fatal("the export lacks the first sample customer")
	}
	obj := first["plan"].(map[string]any)["objectives"].([]any)[1].(map[string]any)
	cases := obj["useCases"]
	delete(obj, "kpis")
	delete(obj, "useCases")
	obj["kpi"], obj["unit"], obj["baseline"], obj["target"], obj["current"] = k.Name, k.Unit, k.Baseline, k.Target, k.Current
	first["engagements"].([]any)[0].(map[string]any)["assessment"].(map[string]any)["useCases"] = cases
	// The old file had one KPI: the second of the sample's objective is not in it.
	o.KPIs = o.KPIs[:1]
	file["exported"] = "2026-01-05T09:00:00Z"
	raw, err := json.Marshal(file)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ReadPortfolio(bytes.NewReader(raw), db.Catalog())
	if err != nil {
		t.Fatal(err)
	}
	g := got[at].Plan.Objectives[1]
	var placed []planner.UseCase
	for _, x := range got[at].Plan.Objectives {
		placed = append(placed, x.UseCases...)
	}
	if len(g.KPIs) != 1 || g.KPIs[0] != k {
		t.Errorf("objective KPIs read as %+v, want %+v", g.KPIs, o.KPIs)
	}
	for _, u := range o.UseCases {
		if !slices.ContainsFunc(placed, func(p planner.UseCase) bool { return p.Name == u.Name && slices.Equal(p.Capabilities, u.Capabilities) }) {
			t.Errorf("use case %q lost", u.Name)
		}
	}
	if n := len(got[at].Engagements[0].Assessment.UnplacedUseCases()); n != 0 {
		t.Errorf("the assessment still holds %d use cases", n)
	}
}

// TestObjectiveLinksInStorage: an activity linked to an objective the
// stored plan lacks is refused; a plan saved without an objective unlinks
// the activities linked to it.
func TestObjectiveLinksInStorage(t *testing.T) {
	db, accounts := openSampleDB(t)
	acc := accounts[0]
	act := acc.ObjectiveActivities(acc.Plan.Objectives[0].ID)[0]
	bad := act
	bad.ObjectiveID = planner.NewID()
	_, err := db.PutActivity(bad)
	if p, ok := mustValidation(t, err).Field("objectiveId"); !ok || !strings.Contains(p.Message, "does not hold") {
		t.Errorf("PutActivity with an unknown objective = %v", err)
	}
	plan := acc.Plan
	if err := plan.RemoveObjective(acc.Plan.Objectives[0].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.PutPlan(plan); err != nil {
		t.Fatal(err)
	}
	got, err := db.Account(acc.Customer.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range got.Activities {
		if a.ID == act.ID && a.ObjectiveID != (planner.ID{}) {
			t.Errorf("activity still linked to %s", a.ObjectiveID)
		}
	}
	if err := got.Validate(db.Catalog()); err != nil {
		t.Errorf("account after the objective left: %v", err)
	}
}

// TestSeriesObjectiveLink: a series whose occurrences name an objective
// the customer's plan lacks is refused, and none of it is stored.
func TestSeriesObjectiveLink(t *testing.T) {
	db, accounts := openSampleDB(t)
	acc := accounts[0]
	s := planner.Series{ID: planner.NewID(), CustomerID: acc.Customer.ID, Rule: planner.RecurWeekly,
		Start: catalog.MustDate("2027-01-12"), Count: 2}
	var occ []planner.Activity
	for i, day := range []string{"2027-01-12", "2027-01-19"} {
		occ = append(occ, planner.Activity{ID: planner.NewID(), CustomerID: acc.Customer.ID, ItemID: "pro-roadmap-review",
			Date: catalog.MustDate(day), Hours: 1, Status: planner.ActivityScheduled, SeriesID: s.ID, ObjectiveID: acc.Plan.Objectives[i].ID})
	}
	occ[1].ObjectiveID = planner.NewID()
	_, _, err := db.PutSeries(s, occ)
	if p, ok := mustValidation(t, err).Field("occurrences[1].objectiveId"); !ok || !strings.Contains(p.Message, "does not hold") {
		t.Fatalf("PutSeries = %v", err)
	}
	occ[1].ObjectiveID = acc.Plan.Objectives[1].ID
	if _, _, err := db.PutSeries(s, occ); err != nil {
		t.Fatalf("PutSeries with objectives of the plan: %v", err)
	}
}
