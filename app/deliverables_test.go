package app

import (
	"bytes"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/export"
	"github.com/liftoff-app/liftoff/planner"
)

// deliverableMenuItem returns the entry labelled label of the main
// menu's Deliverables menu.
func deliverableMenuItem(t *testing.T, u *UI, label string) *fyne.MenuItem {
	t.Helper()
	menu := u.window.MainMenu()
	if menu == nil {
		t.Fatal("the window has no main menu")
	}
	var titles []string
	for _, m := range menu.Items {
		titles = append(titles, m.Label)
	}
	i := slices.Index(titles, u.tr("menu.deliverables"))
	if i < 0 || i != slices.Index(titles, u.tr("menu.go"))-1 || i != slices.Index(titles, u.tr("menu.edit"))+1 {
		t.Fatalf("menus %q: want Deliverables between Edit and Go", titles)
	}
	for _, it := range menu.Items[i].Items {
		if it.Label == label {
			return it
		}
	}
	t.Fatalf("the Deliverables menu has no entry %q", label)
	return nil
}

// noticeTexts returns the texts the saved notice shows, nil when hidden.
func noticeTexts(u *UI) []string { return visibleTexts(u.notice.bar) }

// exportKickoffFromMenu focuses Müller GmbH and exports its kickoff deck
// from the Deliverables menu into a temporary folder; it returns the
// path written and the chooser.
func exportKickoffFromMenu(t *testing.T, u *UI) (string, *fakeChooser) {
	t.Helper()
	db := u.store
	var id planner.ID
	for _, c := range u.customers {
		if c.Name == "Müller GmbH" {
			id = c.ID
		}
	}
	if id == (planner.ID{}) {
		t.Fatalf("no Müller GmbH among %d customers (store %T)", len(u.customers), db)
	}
	u.setFocus(id)
	path := filepath.Join(t.TempDir(), "kickoff.pdf")
	chooser := &fakeChooser{path: path}
	u.chooser = chooser
	deliverableMenuItem(t, u, "Kickoff deck…").Action()
	u.waitIdle()
	return path, chooser
}

func TestDeliverablesMenuExportsTheKickoffDeckAndSaysWhere(t *testing.T) {
	u, _ := newTestUI(t)
	var opened []string
	u.openURL = func(link *url.URL) error {
		opened = append(opened, link.String())
		return nil
	}
	path, chooser := exportKickoffFromMenu(t, u)
	got, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(got, []byte("%PDF-")) {
		t.Fatalf("the kickoff deck was not written (%v)", err)
	}
	want := "save Writing Müller GmbH - Kickoff - 2026-11-26.pdf… Müller GmbH - Kickoff - 2026-11-26.pdf *.pdf"
	if len(chooser.asked) != 1 || chooser.asked[0] != want {
		t.Errorf("asked %q, want %q", chooser.asked, want)
	}
	if top := u.window.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("a dialog is open after saving: %q", visibleTexts(top))
	}
	if shown := noticeTexts(u); !slices.Contains(shown, "Saved to "+path) {
		t.Fatalf("the notice shows %q, want %q", shown, "Saved to "+path)
	}
	if len(opened) != 0 {
		t.Errorf("the deck was opened before it was asked for: %q", opened)
	}
	test.Tap(u.notice.open)
	test.Tap(u.notice.folder)
	wantOpened := []string{(&url.URL{Scheme: "file", Path: path}).String(), (&url.URL{Scheme: "file", Path: filepath.Dir(path)}).String()}
	if !slices.Equal(opened, wantOpened) {
		t.Errorf("opened %q, want %q", opened, wantOpened)
	}
	if u.notice.hint.Visible() {
		t.Errorf("the notice hints %q after opening worked", u.notice.hint.Text)
	}
}

func TestSavedNoticeSaysQuietlyWhenNothingCanOpenTheFile(t *testing.T) {
	u, _ := newTestUI(t)
	u.openURL = func(*url.URL) error {
		return errors.New(`exec: "xdg-open": executable file not found in $PATH`)
	}
	path, _ := exportKickoffFromMenu(t, u)
	test.Tap(u.notice.open)
	if top := u.window.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("a failed open showed a dialog: %q", visibleTexts(top))
	}
	shown := noticeTexts(u)
	if !slices.Contains(shown, "Saved to "+path) || !slices.Contains(shown, "No program to open PDF files was found.") {
		t.Errorf("the notice shows %q", shown)
	}
	test.Tap(u.notice.folder)
	if top := u.window.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("a failed Show in folder showed a dialog: %q", visibleTexts(top))
	}
	if shown := noticeTexts(u); !slices.Contains(shown, "No program to show folders was found.") {
		t.Errorf("the notice shows %q", shown)
	}
}

func TestDeliverablesSayWhatTheyNeed(t *testing.T) {
	u, db := newTestUI(t)
	chooser := &fakeChooser{path: filepath.Join(t.TempDir(), "x.pdf")}
	u.chooser = chooser
	says := func(label, want string) {
		t.Helper()
		deliverableMenuItem(t, u, label).Action()
		u.waitIdle()
		top := u.window.Canvas().Overlays().Top()
		if top == nil {
			t.Fatalf("%s: nothing was said", label)
		}
		if shown := visibleTexts(top); !slices.Contains(shown, want) {
			t.Errorf("%s: the dialog shows %q, want %q", label, shown, want)
		}
		if shown := visibleTexts(top); slices.Contains(shown, u.tr("error.title")) {
			t.Errorf("%s: the error dialog was shown", label)
		}
		top.Hide()
		u.window.Canvas().Overlays().Remove(top)
	}

	u.setFocus(planner.ID{})
	says("Kickoff deck…", "Choose a customer first.")
	says("Entitlement statement…", "Choose a customer first.")

	muller := customerNamed(t, db, "Müller GmbH")
	acct := storedAccount(t, db, muller.ID)
	for _, e := range acct.Engagements {
		if _, err := db.DeleteEngagement(e.ID); err != nil {
			t.Fatal(err)
		}
	}
	u.changed()
	u.setFocus(muller.ID)
	says("Kickoff deck…", "Müller GmbH has no engagement yet: start one on the Engagement screen.")
	says("Engagement summary…", "Müller GmbH has no engagement yet: start one on the Engagement screen.")

	u.setFocus(customerNamed(t, db, "Contoso Health").ID)
	says("Mutual Action Plan…", "Expert Success includes no Mutual Action Plan.")
	if len(chooser.asked) != 0 {
		t.Errorf("a deliverable that cannot be made asked for a file: %q", chooser.asked)
	}
}

func TestDeliverableNeedsAreTranslated(t *testing.T) {
	for _, tt := range []struct{ language, want string }{
		{"nl", "Kies eerst een klant."},
		{"ja", "先に顧客を選んでください。"},
	} {
		u, _ := newTestUIInLanguage(t, tt.language)
		u.setFocus(planner.ID{})
		deliverableMenuItem(t, u, u.tr("deliverables.kickoff")+"…").Action()
		top := u.window.Canvas().Overlays().Top()
		if top == nil || !slices.Contains(visibleTexts(top), tt.want) {
			t.Errorf("%s: want %q said", tt.language, tt.want)
		}
	}
}

func TestDeliverableFileNames(t *testing.T) {
	u, db := newTestUI(t)
	account := func(name string) planner.Account {
		a := storedAccount(t, db, customerNamed(t, db, name).ID)
		return a
	}
	q := planner.QuarterOf(u.today())
	slashed := account("Øresund Energi A/S")
	tests := []struct {
		d    deliverable
		s    deliverableSubject
		want string
	}{
		{deliverableOf(export.KindKickoff), deliverableSubject{account: account("Müller GmbH")}, "Müller GmbH - Kickoff - 2026-11-26.pdf"},
		{deliverableOf(export.KindKickoff), deliverableSubject{account: account("株式会社サクラ電機")}, "株式会社サクラ電機 - キックオフ - 2026-11-26.pdf"},
		{deliverableOf(export.KindEntitlements), deliverableSubject{account: slashed}, "Øresund Energi A-S - Entitlement Statement - 2026-11-26.pdf"},
		{deliverableOf(export.KindQuarter), deliverableSubject{account: account("Müller GmbH"), quarter: q}, "Müller GmbH - Quarterly Plan 2026Q4 - 2026-11-26.pdf"},
		{deliverable{id: "portfolioQuarter", kind: export.KindQuarter, portfolio: true}, deliverableSubject{quarter: q}, "Quarterly Plan 2026Q4 - 2026-11-26.pdf"},
	}
	for _, tt := range tests {
		if got := u.deliverables.fileName(tt.d, tt.s); got != tt.want {
			t.Errorf("%s about %q: %q, want %q", tt.d.id, tt.s.account.Customer.Name, got, tt.want)
		}
	}
	nl, _ := newTestUIInLanguage(t, "nl")
	if got, want := nl.deliverables.fileName(deliverableOf(export.KindSummary), deliverableSubject{account: account("Müller GmbH")}), "Müller GmbH - Samenvatting van het traject - 2026-11-26.pdf"; got != want {
		t.Errorf("in Dutch: %q, want %q", got, want)
	}
}

func TestSaveDialogStartsInTheLastFolder(t *testing.T) {
	u, _ := newTestUI(t)
	path, chooser := exportKickoffFromMenu(t, u)
	if len(chooser.folders) != 1 || chooser.folders[0] != "" {
		t.Fatalf("the first save started in %q, want the dialog's own choice", chooser.folders)
	}
	deliverableMenuItem(t, u, "Entitlement statement…").Action()
	u.waitIdle()
	if len(chooser.folders) != 2 || chooser.folders[1] != filepath.Dir(path) {
		t.Errorf("the second save started in %q, want %q", chooser.folders, filepath.Dir(path))
	}
	if got := u.app.Preferences().String(prefSaveFolder); got != filepath.Dir(path) {
		t.Errorf("the preference holds %q", got)
	}
	if err := os.RemoveAll(filepath.Dir(path)); err != nil {
		t.Fatal(err)
	}
	if got := u.saveFolder(); got != "" {
		t.Errorf("a removed folder is still offered: %q", got)
	}
}

func TestCtrlEOffersTheDeliverables(t *testing.T) {
	u, db := newTestUI(t)
	u.setFocus(customerNamed(t, db, "Contoso Health").ID)
	u.switchTo(screenCustomer)
	shortcut(u, ctrl(fyne.KeyE))
	top := u.window.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("Ctrl+E opened nothing")
	}
	for _, d := range deliverableList() {
		if findButton(top, u.deliverables.label(d)+"…") == nil {
			t.Errorf("the chooser offers no %q", u.deliverables.label(d))
		}
	}
	if b := findButton(top, "Mutual Action Plan…"); b == nil || !b.Disabled() {
		t.Error("the Mutual Action Plan of a tier without one can be chosen")
	}
	if !slices.Contains(visibleTexts(top), "Expert Success includes no Mutual Action Plan.") {
		t.Errorf("the chooser does not say why: %q", visibleTexts(top))
	}
	statement := findButton(top, "Entitlement statement…")
	if statement == nil || statement.Disabled() || statement.Importance != widget.HighImportance {
		t.Fatalf("on the Customer screen the statement is not the first choice")
	}
	path := filepath.Join(t.TempDir(), "statement.pdf")
	chooser := &fakeChooser{path: path}
	u.chooser = chooser
	test.Tap(statement)
	u.waitIdle()
	if got, err := os.ReadFile(path); err != nil || !bytes.HasPrefix(got, []byte("%PDF-")) {
		t.Fatalf("the statement was not written (%v)", err)
	}
	if len(chooser.asked) != 1 || !strings.Contains(chooser.asked[0], "Contoso Health - Entitlement Statement - 2026-11-26.pdf") {
		t.Errorf("asked %q", chooser.asked)
	}
}

func TestDeliverablesMakeTheQuarterlyBusinessReview(t *testing.T) {
	u, db := newTestUI(t)
	u.setFocus(customerNamed(t, db, "Northwind Outfitters").ID)
	path := filepath.Join(t.TempDir(), "review.pdf")
	chooser := &fakeChooser{path: path}
	u.chooser = chooser
	u.deliverables.choose(deliverableOf(export.KindQBR))
	u.waitIdle()
	got, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(got, []byte("%PDF-")) {
		t.Fatalf("the review was not written (%v)", err)
	}
	want := "Northwind Outfitters - Quarterly Business Review " + planner.QuarterOf(u.today()).String() + " - 2026-11-26.pdf"
	if len(chooser.asked) != 1 || !strings.Contains(chooser.asked[0], want) {
		t.Errorf("asked %q, want %q", chooser.asked, want)
	}
}

// The deliverables made with only what they use: when the account of the
// customer in focus cannot be read, the chooser opens nothing and tells
// the window why, which the window says in its own words.
func TestDeliverablesWithStandInsSayTheAccountCannotBeRead(t *testing.T) {
	u, db, c := newTestUIFor(t, "Müller GmbH")
	u.setFocus(c.ID)
	store := newFailingStore(db)
	store.failWith("Account", errLockedDB)
	w := &errorRecordingWindow{UI: u}
	dl := newDeliverables(w, store, u.cat, u.exportOptions)
	if d := dl.openChooser(); d != nil {
		t.Fatal("the chooser opened on an account it could not read")
	}
	if top := u.window.Canvas().Overlays().Top(); top != nil {
		t.Errorf("a dialog opened: %q", visibleTexts(top))
	}
	if len(w.shown) != 1 {
		t.Fatalf("the window was given %d errors, want 1", len(w.shown))
	}
	if got, want := u.errorText(w.shown[0]), u.tr("store.failure.locked"); got != want {
		t.Errorf("the window says %q, want %q", got, want)
	}
	if !strings.Contains(w.shown[0].Error(), c.Name) {
		t.Errorf("the error %q does not name %s", w.shown[0], c.Name)
	}
}
