package app

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/export"
	"github.com/liftoff-app/liftoff/planner"
)

// planSampleEngagement returns a sample account whose active
// engagement has an open current phase followed by a phase not done, and
// the index of the current phase.
func planSampleEngagement(t *testing.T, p *planningUI) (planner.Account, planner.Engagement, int) {
	t.Helper()
	for _, a := range p.accounts {
		e, cur, ok := planner.ActiveEngagement(a.Engagements)
		if !ok {
			continue
		}
		_, i, _ := e.Phase(cur.Phase)
		if i+1 < len(e.Phases) && e.Phases[i+1].Status != planner.PhaseDone {
			return a, e, i
		}
	}
	t.Fatal("the sample portfolio has no engagement with an open phase before another")
	return planner.Account{}, planner.Engagement{}, 0
}

// engagementScreenOf builds the engagement screen as the window wires it.
func engagementScreenOf(u *UI) screen { return newEngagementScreen(u, u.store, u.cat) }

func openEngagement(t *testing.T) (*planningUI, *engagementScreen, planner.Account, planner.Engagement, int) {
	t.Helper()
	p := newPlanningUI(t)
	acct, e, cur := planSampleEngagement(t, p)
	s := p.open(screenEngagement, engagementScreenOf, acct.Customer.ID).(*engagementScreen)
	if got := s.engagement().ID; got != e.ID {
		t.Fatalf("screen shows engagement %s, want the active one %s", got, e.ID)
	}
	return p, s, acct, e, cur
}

func TestEngagementShowsPhasesInOrder(t *testing.T) {
	p, s, _, e, cur := openEngagement(t)
	cards := s.board.Phases()
	if len(cards) != len(e.Phases) {
		t.Fatalf("board shows %d phases, want %d", len(cards), len(e.Phases))
	}
	for i, ph := range e.Phases {
		if want := p.phaseName(ph.Phase); cards[i].Name != want {
			t.Errorf("card %d is %q, want %q", i, cards[i].Name, want)
		}
		if want := p.phaseStatusText(ph.Status); cards[i].Status != want {
			t.Errorf("card %d status %q, want %q", i, cards[i].Status, want)
		}
	}
	if !cards[cur].Current || s.board.Selected() != cur || s.editor.index != cur {
		t.Errorf("current phase %d: card current %v, selected %d, form on %d", cur, cards[cur].Current, s.board.Selected(), s.editor.index)
	}
}

func TestEngagementDoneOutOfOrderIsRefused(t *testing.T) {
	p, s, acct, e, cur := openEngagement(t)
	later := cur + 1
	test.Tap(s.board.Card(later))
	if s.editor.index != later {
		t.Fatalf("form on phase %d after tapping card %d", s.editor.index, later)
	}
	planChoose(t, p.window, s.editor.status, p.phaseStatusText(planner.PhaseDone))
	test.Tap(s.editor.saveBtn)

	msgs := strings.Join(s.editor.form.messages(), "\n")
	if !strings.Contains(msgs, "status: ") || !strings.Contains(msgs, "cannot be done while") {
		t.Fatalf("form shows %q, want planner's phase-order message on the status field", msgs)
	}
	stored := p.account(t, acct.Customer.ID)
	i := slices.IndexFunc(stored.Engagements, func(x planner.Engagement) bool { return x.ID == e.ID })
	if got := stored.Engagements[i].Phases[later].Status; got != e.Phases[later].Status {
		t.Fatalf("phase %d stored as %q after a refused change, want %q", later, got, e.Phases[later].Status)
	}
	if !s.dirty() {
		t.Errorf("the refused change was dropped from the form")
	}
	test.AssertObjectRendersToMarkup(t, "engagement/done_out_of_order.xml", s.editor.object())
}

func TestEngagementSkipNeedsReasonThenSaves(t *testing.T) {
	p, s, acct, e, cur := openEngagement(t)
	planChoose(t, p.window, s.editor.status, p.phaseStatusText(planner.PhaseSkipped))
	if s.editor.reason.Disabled() {
		t.Fatalf("the reason field is disabled after choosing Skipped")
	}
	test.Tap(s.editor.saveBtn)
	msgs := strings.Join(s.editor.form.messages(), "\n")
	if !strings.Contains(msgs, "skipReason: ") || !strings.Contains(msgs, "needs a reason") {
		t.Fatalf("form shows %q, want planner's message on the reason field", msgs)
	}
	if got := p.account(t, acct.Customer.ID).Engagements; planPhaseOf(got, e.ID, cur).Status != e.Phases[cur].Status {
		t.Fatalf("phase saved without a reason")
	}

	planType(p.window, &s.editor.reason.Entry, "customer joined in Design")
	test.Tap(s.editor.saveBtn)
	if msgs := s.editor.form.messages(); len(msgs) > 0 {
		t.Fatalf("form shows %q after a valid skip", msgs)
	}
	saved := planPhaseOf(p.account(t, acct.Customer.ID).Engagements, e.ID, cur)
	if saved.Status != planner.PhaseSkipped || saved.SkipReason != "customer joined in Design" {
		t.Fatalf("stored phase %+v, want skipped with the reason", saved)
	}
	if got := s.board.Phases()[cur].Status; got != p.phaseStatusText(planner.PhaseSkipped) {
		t.Errorf("board shows %q for the skipped phase", got)
	}
	if s.editor.reason.Disabled() {
		t.Errorf("the reason of a skipped phase cannot be changed")
	}
	if s.dirty() {
		t.Errorf("form still holds changes after saving")
	}

	p.undoKey()
	restored := planPhaseOf(p.account(t, acct.Customer.ID).Engagements, e.ID, cur)
	if restored.Status != e.Phases[cur].Status || restored.SkipReason != "" {
		t.Fatalf("after Ctrl+Z the phase is %+v, want %q again", restored, e.Phases[cur].Status)
	}
	if got := s.board.Phases()[cur].Status; got != p.phaseStatusText(e.Phases[cur].Status) {
		t.Errorf("board shows %q after undo", got)
	}
}

func TestEngagementPlannedDatesValidated(t *testing.T) {
	tests := []struct {
		name, start, end, wantField string
	}{
		{"not a day", "2027-02-30", "", "plannedStart: "},
		{"end before start", "2027-03-10", "2027-03-01", "plannedEnd: must not be before"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, s, acct, e, cur := openEngagement(t)
			planType(p.window, &s.editor.plannedStart.Entry, tt.start)
			planType(p.window, &s.editor.plannedEnd.Entry, tt.end)
			test.Tap(s.editor.saveBtn)
			msgs := strings.Join(s.editor.form.messages(), "\n")
			if !strings.Contains(msgs, tt.wantField) {
				t.Fatalf("form shows %q, want %q", msgs, tt.wantField)
			}
			if got := planPhaseOf(p.account(t, acct.Customer.ID).Engagements, e.ID, cur); got.PlannedStart != e.Phases[cur].PlannedStart {
				t.Fatalf("planned start stored as %s from an invalid form", got.PlannedStart)
			}
		})
	}
}

func TestEngagementUnsavedPhaseAsksBeforeSwitching(t *testing.T) {
	p, s, _, _, cur := openEngagement(t)
	planType(p.window, &s.editor.notes.Entry, "agreed the readiness checklist")
	test.Tap(s.board.Card(cur + 1))
	if s.editor.index != cur {
		t.Fatalf("form switched to phase %d with unsaved notes", s.editor.index)
	}
	if !slices.Contains(planOverlayTexts(p.window), p.tr("unsaved.title")) {
		t.Fatalf("no unsaved-changes question shown; overlay shows %q", planOverlayTexts(p.window))
	}
	if !planTapDialogButton(p.window, p.tr("action.cancel")) {
		t.Fatal("no Cancel button in the question")
	}
	if s.editor.notes.Text != "agreed the readiness checklist" {
		t.Fatalf("notes lost after Cancel: %q", s.editor.notes.Text)
	}
}

// typeMaraJensen opens the form for a new stakeholder on s and types
// Mara Jensen, Head of e-commerce, with the e-mail address email; it
// returns the form and its entries by field.
func typeMaraJensen(p *planningUI, s *engagementScreen, email string) (*formDialog, map[string]*widget.Entry) {
	s.editStakeholder(-1)
	fd := s.dialog
	entries := planFormEntries(fd.form)
	planType(p.window, entries["name"], "Mara Jensen")
	planType(p.window, entries["role"], "Head of e-commerce")
	planType(p.window, entries["email"], email)
	return fd, entries
}

func TestEngagementAddStakeholder(t *testing.T) {
	p, s, acct, e, _ := openEngagement(t)
	before := len(e.Stakeholders)
	fd, entries := typeMaraJensen(p, s, "mara.jensen@")
	test.Tap(fd.save)
	if msgs := strings.Join(fd.form.messages(), "\n"); !strings.Contains(msgs, "email: ") {
		t.Fatalf("form shows %q, want planner's message on the e-mail field", msgs)
	}
	if n := len(planEngagementOf(p.account(t, acct.Customer.ID).Engagements, e.ID).Stakeholders); n != before {
		t.Fatalf("stakeholder saved with an invalid e-mail")
	}
	planType(p.window, entries["email"], "mara.jensen@example.com")
	test.Tap(fd.save)
	people := planEngagementOf(p.account(t, acct.Customer.ID).Engagements, e.ID).Stakeholders
	if len(people) != before+1 || people[before].Name != "Mara Jensen" || people[before].Side != planner.SideCustomer {
		t.Fatalf("stored stakeholders %+v, want Mara Jensen added on the customer side", people)
	}
	if fd.open {
		t.Errorf("dialog still open after saving")
	}
	if rows, _ := s.people.Length(); rows != before+1 {
		t.Errorf("table shows %d stakeholders, want %d", rows, before+1)
	}
	p.undoKey()
	if n := len(planEngagementOf(p.account(t, acct.Customer.ID).Engagements, e.ID).Stakeholders); n != before {
		t.Fatalf("after Ctrl+Z %d stakeholders, want %d", n, before)
	}
}

func TestEngagementRemoveMeetingUndoes(t *testing.T) {
	p, s, acct, e, _ := openEngagement(t)
	if len(e.Cadence) == 0 {
		t.Skip("the sample engagement has no meetings")
	}
	s.editMeeting(0)
	if !planTapDialogButton(p.window, p.tr("plan.action.remove")) {
		t.Fatal("no Remove button in the meeting form")
	}
	if n := len(planEngagementOf(p.account(t, acct.Customer.ID).Engagements, e.ID).Cadence); n != len(e.Cadence)-1 {
		t.Fatalf("%d meetings after removing one of %d", n, len(e.Cadence))
	}
	p.undoKey()
	if got := planEngagementOf(p.account(t, acct.Customer.ID).Engagements, e.ID).Cadence; len(got) != len(e.Cadence) || got[0] != e.Cadence[0] {
		t.Fatalf("after Ctrl+Z cadence is %+v, want %+v", got, e.Cadence)
	}
}

func TestEngagementNewEngagement(t *testing.T) {
	p, s, acct, _, _ := openEngagement(t)
	s.newEngagement()
	fd := s.dialog
	test.Tap(fd.save)
	if msgs := strings.Join(fd.form.messages(), "\n"); !strings.Contains(msgs, "name: must not be empty") {
		t.Fatalf("form shows %q, want planner's message on the name", msgs)
	}
	planType(p.window, planFormEntries(fd.form)["name"], "Commerce upgrade 2027")
	test.Tap(fd.save)
	stored := p.account(t, acct.Customer.ID).Engagements
	if len(stored) != len(acct.Engagements)+1 {
		t.Fatalf("%d engagements stored, want %d", len(stored), len(acct.Engagements)+1)
	}
	if s.engagement().Name != "Commerce upgrade 2027" {
		t.Errorf("screen shows %q, want the new engagement", s.engagement().Name)
	}
	p.undoKey()
	if n := len(p.account(t, acct.Customer.ID).Engagements); n != len(acct.Engagements) {
		t.Fatalf("after Ctrl+Z %d engagements, want %d", n, len(acct.Engagements))
	}
}

func TestEngagementExportDeliverable(t *testing.T) {
	p, s, _, e, _ := openEngagement(t)
	test.Tap(s.board.Card(0))
	if d, ok := s.editor.phaseDeliverable(); !ok || d.kind != export.KindKickoff || !s.editor.exportBtn.Visible() {
		t.Fatalf("Kickoff phase offers export %+v, %v (visible %v), want the kickoff deck", d, ok, s.editor.exportBtn.Visible())
	}
	checkDeliverableExport(t, p, "the kickoff deck", deliverableOf(export.KindKickoff), deliverableSubject{account: s.account, engagement: e.ID}, s.editor.exportBtn)
	test.Tap(s.board.Card(2))
	if s.editor.exportBtn.Visible() {
		t.Errorf("Design offers an export, but it names no deliverable")
	}
}

func TestEngagementWithoutCustomer(t *testing.T) {
	p := newPlanningUI(t)
	s := p.open(screenEngagement, engagementScreenOf, planner.ID{}).(*engagementScreen)
	if s.content.Objects[0] != s.none {
		t.Fatal("without a customer in focus the screen does not ask for one")
	}
}

// BenchmarkEngagementShow measures switching the customer in focus while
// the engagement screen is shown.
func BenchmarkEngagementShow(b *testing.B) {
	p := newPlanningUI(b)
	s := p.open(screenEngagement, engagementScreenOf, p.accounts[0].Customer.ID).(*engagementScreen)
	benchmarkShowEachCustomer(b, p, s)
}

func planEngagementOf(list []planner.Engagement, id planner.ID) planner.Engagement {
	for _, e := range list {
		if e.ID == id {
			return e
		}
	}
	return planner.Engagement{}
}

func planPhaseOf(list []planner.Engagement, id planner.ID, i int) planner.PhaseState {
	e := planEngagementOf(list, id)
	if i < 0 || i >= len(e.Phases) {
		return planner.PhaseState{}
	}
	return e.Phases[i]
}

func TestEngagementDeleteAsksAndUndoes(t *testing.T) {
	p, s, acct, e, _ := openEngagement(t)
	test.Tap(s.deleteBtn)
	if s.dialogConfirm == nil || !slices.Contains(planOverlayTexts(p.window), p.tr("plan.engagement.delete.title")) {
		t.Fatalf("Delete asked nothing; overlay shows %q", planOverlayTexts(p.window))
	}
	if !planTapDialogButton(p.window, "No") {
		t.Fatal("no No in the question")
	}
	if planEngagementOf(p.account(t, acct.Customer.ID).Engagements, e.ID).ID != e.ID {
		t.Fatal("the engagement was deleted after No")
	}
	test.Tap(s.deleteBtn)
	if !planTapDialogButton(p.window, "Yes") {
		t.Fatal("no Yes in the question")
	}
	stored := p.account(t, acct.Customer.ID).Engagements
	if len(stored) != len(acct.Engagements)-1 || planEngagementOf(stored, e.ID).ID == e.ID {
		t.Fatalf("%d engagements after deleting one of %d", len(stored), len(acct.Engagements))
	}
	if s.engagement().ID == e.ID {
		t.Error("the screen still shows the deleted engagement")
	}
	p.undoKey()
	back := planEngagementOf(p.account(t, acct.Customer.ID).Engagements, e.ID)
	if back.ID != e.ID || len(back.Phases) != len(e.Phases) || len(back.Stakeholders) != len(e.Stakeholders) || len(back.Cadence) != len(e.Cadence) {
		t.Fatalf("after Ctrl+Z the engagement is %+v, want %+v", back, e)
	}
}

// TestEngagementUndoNewKeepsOtherChanges checks that taking back a new
// engagement removes only it: what changed in the account since stays.
func TestEngagementUndoNewKeepsOtherChanges(t *testing.T) {
	p, s, acct, _, _ := openEngagement(t)
	s.newEngagement()
	planType(p.window, planFormEntries(s.dialog.form)["name"], "Commerce upgrade 2027")
	test.Tap(s.dialog.save)
	later := planner.Activity{ID: planner.NewID(), CustomerID: acct.Customer.ID, ItemID: "touchpoint-steering",
		Date: p.today().AddDays(14), Hours: 4, Status: planner.ActivityProposed}
	if _, err := p.store.PutActivity(later); err != nil {
		t.Fatal(err)
	}
	p.undoKey()
	after := p.account(t, acct.Customer.ID)
	if len(after.Engagements) != len(acct.Engagements) {
		t.Errorf("after Ctrl+Z %d engagements, want %d", len(after.Engagements), len(acct.Engagements))
	}
	if !slices.ContainsFunc(after.Activities, func(a planner.Activity) bool { return a.ID == later.ID }) {
		t.Error("Ctrl+Z of the new engagement also removed an activity scheduled after it")
	}
}

func TestEngagementFrequenciesArePlanners(t *testing.T) {
	p := newPlanningUI(t)
	if !slices.Equal(frequencies(), planner.MeetingFrequencies()) {
		t.Errorf("the forms offer %q, planner knows %q", frequencies(), planner.MeetingFrequencies())
	}
	for _, f := range planner.MeetingFrequencies() {
		text := frequencyText(p, f)
		if text == f || text == "plan.frequency."+f {
			t.Errorf("frequency %q has no words of its own: %q", f, text)
		}
		if got := frequencyValue(p, text); got != f {
			t.Errorf("the words %q read back as %q, want %q", text, got, f)
		}
	}
	if got := frequencyValue(p, " after each sprint "); got != "after each sprint" {
		t.Errorf("a frequency of the TAM's own reads as %q", got)
	}
}

// errDeleteRefused is what refusingDeleteStore answers.
var errDeleteRefused = errors.New("the database refused to delete")

// refusingDeleteStore is a database that refuses to delete an engagement.
type refusingDeleteStore struct{ engagementStore }

func (refusingDeleteStore) DeleteEngagement(planner.ID) (planner.Engagement, error) {
	return planner.Engagement{}, errDeleteRefused
}

// TestEngagementFailedDeleteShowsTheErrorAndKeepsIt builds the screen
// with only what it uses: a window that records the errors shown and a
// store that refuses to delete.
func TestEngagementFailedDeleteShowsTheErrorAndKeepsIt(t *testing.T) {
	p := newPlanningUI(t)
	acct, e, _ := planSampleEngagement(t, p)
	w := &errorRecordingWindow{UI: p.UI}
	s := newEngagementScreen(w, refusingDeleteStore{p.db}, p.cat)
	s.show(acct.Customer.ID)
	undos := len(p.undos)

	test.Tap(s.deleteBtn)
	if !planTapDialogButton(p.window, "Yes") {
		t.Fatal("no Yes in the question")
	}
	if len(w.shown) != 1 || !errors.Is(w.shown[0], errDeleteRefused) || !strings.Contains(w.shown[0].Error(), e.Name) {
		t.Fatalf("errors shown %v, want one naming %q and wrapping the refusal", w.shown, e.Name)
	}
	if s.engagement().ID != e.ID || planEngagementOf(p.account(t, acct.Customer.ID).Engagements, e.ID).ID != e.ID {
		t.Error("the engagement is gone from the screen or the store after a refused delete")
	}
	if len(p.undos) != undos {
		t.Error("a refused delete offers an undo")
	}
}
