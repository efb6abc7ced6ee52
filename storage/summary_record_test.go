package storage

import (
	"reflect"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func TestSummaryRecordRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		sum  accountSummary
	}{
		{"empty", accountSummary{}},
		{"no plan", accountSummary{Engagement: "Replatforming 2027 · 再構築", Phase: "design"}},
		{"open actions", accountSummary{Engagement: "Onboarding", Phase: "kickoff", HasPlan: true, Actions: []summaryAction{
			{Due: catalog.MustDate("2026-12-01"), Side: planner.SideCustomer, Status: planner.StatusOpen},
			{Due: catalog.MustDate("2027-01-15"), Side: planner.SideVendor, Status: planner.StatusBlocked},
		}}},
		{"plan without open actions", accountSummary{HasPlan: true, Actions: []summaryAction{}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeSummary(encodeSummary(tt.sum))
			if err != nil {
				t.Fatal(err)
			}
			want := tt.sum
			if len(want.Actions) == 0 {
				want.Actions = nil // as JSON's omitempty gave it back
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got %+v, want %+v", got, want)
			}
		})
	}
}

func TestDecodeSummaryRejectsDamage(t *testing.T) {
	good := encodeSummary(accountSummary{Engagement: "Onboarding", Phase: "kickoff", HasPlan: true, Actions: []summaryAction{
		{Due: catalog.MustDate("2026-12-01"), Side: planner.SideCustomer, Status: planner.StatusOpen},
	}})
	for n := range len(good) {
		if _, err := decodeSummary(good[:n]); err == nil {
			t.Fatalf("a summary cut to %d of %d bytes decoded", n, len(good))
		}
	}
	if _, err := decodeSummary(append(good, 1)); err == nil || !strings.Contains(err.Error(), "1 bytes follow the record") {
		t.Errorf("a summary with a trailing byte: %v", err)
	}
	if _, err := decodeSummary([]byte(`{"engagement":"x"}`)); err == nil || !strings.Contains(err.Error(), "summary record in format 123") {
		t.Errorf("a JSON summary: %v", err)
	}
}
