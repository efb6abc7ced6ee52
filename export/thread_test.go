package export

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/planner"
)

// TestActionPlanShowsLinkedActivities reads the Mutual Action Plan back:
// each linked activity is listed under its own objective, with its day,
// hours (those it took, once delivered) and status, and each KPI and use
// case of the objective is there.
func TestActionPlanShowsLinkedActivities(t *testing.T) {
	acct := muellerAccount()
	// The caching review took place two days after its planned day and
	// took 10 hours of the 8 planned: the plan counts those it took.
	for i, a := range acct.Activities {
		if a.ItemID == "acc-aem-caching-review" && a.Status == planner.ActivityDelivered {
			acct.Activities[i].ActualDate = a.Date.AddDays(2)
			acct.Activities[i].ActualHours = 10
		}
	}
	path := filepath.Join(t.TempDir(), "map.pdf")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ActionPlanPDF(context.Background(), f, testCatalog(t), acct, testOptions()); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, path)
	objectives := acct.Plan.Objectives
	for i, o := range objectives {
		start := strings.Index(text, o.Title+" ")
		if start < 0 {
			t.Fatalf("objective %q missing from %s", o.Title, text)
		}
		end := len(text)
		if i+1 < len(objectives) {
			end = strings.Index(text, objectives[i+1].Title+" ")
		} else if e := strings.Index(text[start:], "Milestones"); e >= 0 {
			end = start + e
		}
		card := text[start:end]
		linked := acct.ObjectiveActivities(o.ID)
		if len(linked) == 0 {
			t.Fatalf("the fixture links no activity to %q", o.Title)
		}
		english, err := newWords("en")
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range linked {
			if want := english.linkedActivityText(testCatalog(t), a); !strings.Contains(card, want) {
				t.Errorf("objective %q does not list %q: %s", o.Title, want, card)
			}
		}
		for _, k := range o.KPIs {
			if !strings.Contains(card, k.Name) {
				t.Errorf("objective %q does not show KPI %q", o.Title, k.Name)
			}
		}
		for _, u := range o.UseCases {
			if !strings.Contains(card, u.Name) {
				t.Errorf("objective %q does not show use case %q", o.Title, u.Name)
			}
		}
	}
	for _, want := range []string{"Dispatcher and CDN caching review · planned 21 Jan, delivered 23 Jan · 10 h · Delivered",
		"Experience targeting set-up review · planned 12 Feb · 6 h · Scheduled"} {
		if !strings.Contains(text, want) {
			t.Errorf("the plan does not say %q", want)
		}
	}
}
