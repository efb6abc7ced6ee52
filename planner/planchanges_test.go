package planner_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// changesPlan returns a small plan: one objective that starts on 1 March,
// one milestone and two actions, one per side.
func changesPlan() planner.ActionPlan {
	id := func(s string) planner.ID { return uuid.NewSHA1(uuid.NameSpaceOID, []byte(s)) }
	return planner.ActionPlan{
		ID: id("plan"), CustomerID: id("customer"), Title: "Relaunch",
		Objectives: []planner.Objective{{ID: id("obj"), Title: "Faster pages", Start: catalog.MustDate("2027-03-01"), Due: catalog.MustDate("2027-06-30"), Status: planner.StatusOpen}},
		Milestones: []planner.Milestone{{ID: id("ms"), Title: "Live", Due: catalog.MustDate("2027-05-01"), Status: planner.StatusOpen}},
		Actions: []planner.Action{
			{ID: id("a1"), Title: "Share the logs", Owner: "Anna", Side: planner.SideCustomer, Due: catalog.MustDate("2027-03-10"), Status: planner.StatusOpen},
			{ID: id("a2"), Title: "Review the cache", Owner: "Alex", Side: planner.SideVendor, Status: planner.StatusInProgress, Comment: "after the logs"},
		},
	}
}

// rowOf returns the workbook row of action a as exported, unchanged.
func rowOf(a planner.Action, n int) planner.PlanRow {
	return planner.PlanRow{Part: planner.PartAction, Sheet: "Actions", Row: n, ID: a.ID, IDText: a.ID.String(), Title: a.Title,
		Status: a.Status, Due: a.Due, Owner: a.Owner, Comment: a.Comment}
}

func TestPlanChangesOfUnchangedRowsIsNothing(t *testing.T) {
	p := changesPlan()
	changes, refused := planner.PlanChanges(p, []planner.PlanRow{rowOf(p.Actions[0], 2), rowOf(p.Actions[1], 3)})
	if len(changes) != 0 || len(refused) != 0 {
		t.Errorf("changes %v, refused %v", changes, refused)
	}
}

func TestPlanChangesBlankCells(t *testing.T) {
	p := changesPlan()
	r := rowOf(p.Actions[0], 2)
	r.Status, r.Due, r.Owner = "", planner.Date{}, " "
	changes, refused := planner.PlanChanges(p, []planner.PlanRow{r})
	if len(refused) != 0 {
		t.Fatal(refused)
	}
	// A blank status keeps the status; a blank due day or owner removes it.
	var got []string
	for _, c := range changes {
		got = append(got, string(c.Field)+":"+c.Before+">"+c.After)
	}
	if strings.Join(got, " ") != "due:2027-03-10> owner:Anna>" {
		t.Errorf("changes %v", got)
	}
}

func TestPlanChangesRefusals(t *testing.T) {
	p := changesPlan()
	badStatus := rowOf(p.Actions[0], 2)
	badStatus.Owner, badStatus.StatusText = "Someone else", "Almost"
	badDue := rowOf(p.Actions[1], 3)
	badDue.DueText = "next week"
	repeat := rowOf(p.Actions[1], 4)
	earlyDue := planner.PlanRow{Part: planner.PartObjective, Sheet: "Objectives", Row: 2, ID: p.Objectives[0].ID, IDText: p.Objectives[0].ID.String(),
		Status: planner.StatusOpen, Due: catalog.MustDate("2027-02-01")}
	wrongSheet := planner.PlanRow{Part: planner.PartMilestone, Sheet: "Milestones", Row: 3, ID: p.Actions[0].ID, IDText: p.Actions[0].ID.String(), Status: planner.StatusDone}
	garbled := planner.PlanRow{Part: planner.PartAction, Sheet: "Actions", Row: 5, IDText: "not-an-id", Status: planner.StatusDone}
	noTitle := planner.PlanRow{Part: planner.PartAction, Sheet: "Actions", Row: 9, Owner: "Anna"}
	addedMilestone := planner.PlanRow{Part: planner.PartMilestone, Sheet: "Milestones", Row: 4, Title: "Extra"}
	idRemoved := planner.PlanRow{Part: planner.PartAction, Sheet: "Actions", Row: 10, Title: "Share the logs", LockedChanged: true}
	control := planner.PlanRow{Part: planner.PartAction, Sheet: "Actions", Row: 11, Title: "Bad\x07title"}
	changes, refused := planner.PlanChanges(p, []planner.PlanRow{badStatus, badDue, repeat, earlyDue, wrongSheet, garbled, noTitle, addedMilestone, idRemoved, control})
	if len(changes) != 0 {
		t.Errorf("refused rows proposed %v", changes)
	}
	want := []string{
		`Actions row 2: the status "Almost" is not one of the list`,
		`Actions row 3: the due day "next week" is not a day`,
		`Actions row 4: repeats the item of row 3`,
		`Objectives row 2: the due day 2027-02-01 is before the start 2027-03-01`,
		`Milestones row 3: the plan has no item with ID ` + p.Actions[0].ID.String() + ` here`,
		`Actions row 5: the ID "not-an-id" is not an ID Liftoff wrote`,
		`Actions row 9: a new action needs a title`,
		`Milestones row 4: rows can be added only to the actions`,
		`Actions row 10: a locked cell was changed (the ID, the title or another cell only Liftoff fills)`,
		`Actions row 11: the title has a control character (U+0007)`,
	}
	if len(refused) != len(want) {
		t.Fatalf("refused %d rows, want %d: %v", len(refused), len(want), refused)
	}
	for i, r := range refused {
		if r.String() != want[i] {
			t.Errorf("refusal %d:\n got %s\nwant %s", i, r, want[i])
		}
	}
}

func TestPlanChangesNewActions(t *testing.T) {
	p := changesPlan()
	rows := []planner.PlanRow{
		{Part: planner.PartAction, Sheet: "Actions", Row: 4, Title: " Book the room ", Owner: "Anna", Due: catalog.MustDate("2027-04-01")},
		{Part: planner.PartAction, Sheet: "Actions", Row: 5, Title: "book the room"},
		// An action added by an earlier import is compared, not added again.
		{Part: planner.PartAction, Sheet: "Actions", Row: 6, Title: "Share the logs", Owner: "Anna", Due: catalog.MustDate("2027-03-10"), Status: planner.StatusDone},
	}
	changes, refused := planner.PlanChanges(p, rows)
	if len(refused) != 1 || refused[0].Row != 5 || !strings.Contains(refused[0].String(), "repeats the new action") {
		t.Errorf("refused %v, want row 5 as a repeat", refused)
	}
	if len(changes) != 2 || changes[0].Key != "new-4" || changes[1].Field != planner.FieldStatus || changes[1].ID != p.Actions[0].ID {
		t.Fatalf("changes %+v", changes)
	}
	added := *changes[0].NewAction
	if added.Title != "Book the room" || added.Side != planner.SideCustomer || added.Status != planner.StatusOpen || added.Owner != "Anna" {
		t.Errorf("new action %+v", added)
	}
	out, err := planner.ApplyPlanChanges(p, changes)
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Actions) != 3 || out.Actions[2].ID == (planner.ID{}) || out.Actions[0].Status != planner.StatusDone {
		t.Errorf("applied %+v", out.Actions)
	}
	if p.Actions[0].Status != planner.StatusOpen || len(p.Actions) != 2 {
		t.Error("ApplyPlanChanges changed the plan it was given")
	}
}

func TestApplyPlanChangesIsAllOrNothing(t *testing.T) {
	p := changesPlan()
	r := rowOf(p.Actions[0], 2)
	r.Status = planner.StatusDone
	changes, _ := planner.PlanChanges(p, []planner.PlanRow{r})
	// The plan changed since the workbook was read: the change is stale.
	moved := changesPlan()
	moved.Actions[0].Status = planner.StatusBlocked
	if _, err := planner.ApplyPlanChanges(moved, changes); err == nil || !strings.Contains(err.Error(), "read the workbook again") {
		t.Errorf("a stale change: %v", err)
	}
	// A change the planner refuses leaves the plan as it was.
	bad := append(changes, planner.PlanChange{Key: "new-9", Part: planner.PartAction, Field: planner.FieldNewAction,
		NewAction: &planner.Action{Title: "", Side: planner.SideCustomer}})
	got, err := planner.ApplyPlanChanges(p, bad)
	var ve *planner.ValidationError
	if !errors.As(err, &ve) {
		t.Errorf("error %v, want a validation error", err)
	}
	if got.Actions[0].Status != planner.StatusOpen || len(got.Actions) != 2 {
		t.Errorf("a refused apply returned a changed plan: %+v", got.Actions)
	}
}
