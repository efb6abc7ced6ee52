package app

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// timeLayout is how a time of day is written in the forms.
const timeLayout = "15:04"

// supportScreen is the support desk of the customer in focus: its case
// log first, then the response-time calculator, the follow-up timeline of a case waiting for
// the customer, the Named Support Contacts and the regional hours and
// language rules.
type supportScreen struct {
	w     supportWindow
	store supportStore
	cat   *catalog.Catalog
	root  fyne.CanvasObject

	customer planner.Customer
	hasFocus bool

	priority *widget.Select
	product  *widget.Select
	openDate *widget.Entry
	openTime *widget.Entry
	zoneNote *widget.Label
	dueLocal *widget.Label
	dueTAM   *widget.Label
	explain  *widget.Label
	slaError *widget.Label

	caseStatus   *widget.Select
	sinceDate    *widget.Entry
	sinceTime    *widget.Entry
	timeline     *widget.Label
	timelineNote *widget.Label
	remindBtn    *widget.Button
	remindNote   *widget.Label
	// current is the timeline shown, when it could be worked out.
	current   planner.Timeline
	currentOK bool

	// cases is the case log of the customer in focus, the first tab;
	// the calculators and contacts are the second.
	cases *caseLog
	tabs  *container.AppTabs

	contacts *widget.Label
	noFocus  *widget.Label
	regions  *fyne.Container
}

// supportWindow is what the support screen uses of the window: its
// words, names and clock, the settings, what its case log uses, and the
// few services below.
type supportWindow interface {
	texts
	names
	clock
	settingsReader
	caseLogWindow
	// focusedCustomer returns the customer in focus as last read.
	focusedCustomer() (planner.Customer, bool)
	// editionDay returns a day of an edition's history as the window
	// writes it.
	editionDay(d planner.Date) string
	// scheduleCaseReminders sets desktop notifications for a case and
	// returns how many are still to come.
	scheduleCaseReminders(list []caseReminder) int
}

// supportStore is what the support screen reads and writes: only its
// case log's cases.
type supportStore interface {
	caseLogStore
}

// newSupportScreen returns the support screen of window w on store and
// the catalog cat.
func newSupportScreen(w supportWindow, store supportStore, cat *catalog.Catalog) screen {
	s := &supportScreen{w: w, store: store, cat: cat}
	var priorities []string
	for _, p := range catalog.Priorities() {
		priorities = append(priorities, w.tr("priority."+string(p)))
	}
	recalc := func(string) { s.calculate() }
	s.priority = widget.NewSelect(priorities, recalc)
	s.product = widget.NewSelect([]string{w.tr("support.product.standard"), w.tr("support.product.commerceManaged")}, recalc)
	s.openDate = newPlaceHolderEntry(w.tr("form.date.hint"))
	s.openTime = widget.NewEntry()
	s.openTime.SetPlaceHolder("HH:MM")
	now := widget.NewButtonWithIcon(w.tr("support.now"), theme.HistoryIcon(), s.setNow)
	s.zoneNote = widget.NewLabel("")
	s.zoneNote.TextStyle = fyne.TextStyle{Italic: true}
	s.zoneNote.Wrapping = fyne.TextWrapWord
	s.dueLocal = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.dueLocal.SizeName = theme.SizeNameSubHeadingText
	s.dueLocal.Wrapping = fyne.TextWrapWord
	s.dueTAM = newWrapLabel("")
	s.explain = newWrapLabel("")
	s.slaError = widget.NewLabel("")
	s.slaError.Importance = widget.DangerImportance
	s.slaError.Wrapping = fyne.TextWrapWord
	calcForm := widget.NewForm(
		widget.NewFormItem(w.tr("support.priority"), s.priority),
		widget.NewFormItem(w.tr("support.product"), s.product),
		widget.NewFormItem(w.tr("support.opened"), container.NewBorder(nil, nil, nil, now,
			container.NewGridWithColumns(2, s.openDate, s.openTime))))
	calcCard := newSection(w.tr("support.sla"), w.tr("support.sla.subtitle"), container.NewVBox(
		calcForm, s.zoneNote, widget.NewSeparator(), s.dueLocal, s.dueTAM, s.explain, s.slaError))

	s.caseStatus = widget.NewSelect([]string{w.tr("case.awaiting-response"), w.tr("case.solution-proposed")}, recalc)
	s.sinceDate = newPlaceHolderEntry(w.tr("form.date.hint"))
	s.sinceTime = widget.NewEntry()
	s.sinceTime.SetPlaceHolder("HH:MM")
	for _, e := range []*widget.Entry{s.openDate, s.openTime, s.sinceDate, s.sinceTime} {
		e.OnChanged = recalc
	}
	s.timeline = newWrapLabel("")
	s.timelineNote = newWrapLabel(w.tr("support.followup.note"))
	s.timelineNote.TextStyle = fyne.TextStyle{Italic: true}
	followForm := widget.NewForm(
		widget.NewFormItem(w.tr("support.caseStatus"), s.caseStatus),
		widget.NewFormItem(w.tr("support.since"), container.NewGridWithColumns(2, s.sinceDate, s.sinceTime)))
	s.remindBtn = widget.NewButtonWithIcon(w.tr("support.remind"), theme.InfoIcon(), s.remind)
	s.remindNote = newWrapLabel("")
	s.remindNote.Hide()
	followCard := newSection(w.tr("support.followup"), "", container.NewVBox(followForm, s.timeline,
		container.NewHBox(s.remindBtn), s.remindNote, s.timelineNote))

	s.contacts = newWrapLabel("")
	nscCard := newSection(w.tr("support.nsc"), "", s.contacts)
	s.regions = container.NewVBox()
	regionsCard := newSection(w.tr("support.regions"), w.tr("support.regions.subtitle"), s.regions)
	s.noFocus = newWrapLabel(w.tr("support.noFocus"))
	s.noFocus.Importance = widget.WarningImportance

	left := container.NewVBox(s.noFocus, calcCard, followCard)
	right := container.NewVBox(nscCard, regionsCard)
	s.cases = newCaseLog(w, store, cat)
	s.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(w.tr("cases.tab"), theme.ListIcon(), s.cases.root),
		container.NewTabItemWithIcon(w.tr("cases.tab.calculators"), theme.HistoryIcon(), container.NewVScroll(newTwoColumns(left, right))))
	s.root = s.tabs
	s.priority.SetSelectedIndex(1)
	s.product.SetSelectedIndex(0)
	s.caseStatus.SetSelectedIndex(0)
	return s
}

func (s *supportScreen) object() fyne.CanvasObject { return s.root }

// show loads the customer in focus and recalculates.
func (s *supportScreen) show(id planner.ID) {
	s.hasFocus = false
	if id != (planner.ID{}) {
		c, ok := s.w.focusedCustomer()
		if ok && c.ID == id {
			s.customer, s.hasFocus = c, true
		}
	}
	if s.openDate.Text == "" {
		s.setNow()
	}
	s.showContacts()
	s.showRegions()
	s.showFollowUpNote()
	s.calculate()
	s.cases.load(s.customerID())
}

// showFollowUpNote says what the vendor states of the follow-up rules of
// the edition of the offer the customer's contract is under: marked as
// coming soon, or no longer stated since a day.
func (s *supportScreen) showFollowUpNote() {
	w := s.w
	rules := planner.CustomerCatalog(s.cat, s.customer).FollowUp
	if !rules.NotStatedSince.IsZero() {
		s.timelineNote.SetText(w.wrapped(w.tr("editions.followUp.notStated", w.editionDay(rules.NotStatedSince))))
		return
	}
	s.timelineNote.SetText(w.tr("support.followup.note"))
}

// customerID returns the customer in focus, zero when none.
func (s *supportScreen) customerID() planner.ID {
	if !s.hasFocus {
		return planner.ID{}
	}
	return s.customer.ID
}

// setNow fills the opening and status times with the current time in the
// customer's zone.
func (s *supportScreen) setNow() {
	now := s.w.now().In(s.customerLocation())
	s.openDate.SetText(catalog.DateOf(now).String())
	s.openTime.SetText(now.Format(timeLayout))
	s.sinceDate.SetText(catalog.DateOf(now).String())
	s.sinceTime.SetText(now.Format(timeLayout))
}

// calendar returns the calendar of the customer in focus.
func (s *supportScreen) calendar() (planner.Calendar, error) {
	return planner.CustomerCalendar(s.cat, s.w.settings(), s.customer)
}

// customerLocation returns the zone of the customer in focus, else the
// TAM's.
func (s *supportScreen) customerLocation() *time.Location {
	if s.hasFocus {
		if cal, err := s.calendar(); err == nil {
			return cal.Location
		}
	}
	return s.w.tamLocation()
}

// calculate shows the response deadline and the follow-up timeline.
func (s *supportScreen) calculate() {
	if s.slaError == nil || s.timeline == nil {
		return
	}
	w := s.w
	s.noFocus.Hidden = s.hasFocus
	s.noFocus.Refresh()
	s.slaError.SetText("")
	if !s.hasFocus {
		s.zoneNote.SetText("")
		s.dueLocal.SetText(w.tr("support.due.none"))
		s.dueTAM.SetText("")
		s.explain.SetText("")
	} else {
		s.calculateSLA()
	}
	s.calculateTimeline()
}

// calculateSLA shows the response deadline of the case described.
func (s *supportScreen) calculateSLA() {
	w := s.w
	cal, err := s.calendar()
	if err != nil {
		s.slaError.SetText(w.errorText(err))
		return
	}
	s.zoneNote.SetText(w.wrapped(w.tr("support.zone", cal.Location.String(), s.customer.Name)))
	opened, err := readTime(w, s.openDate.Text, s.openTime.Text, cal.Location)
	if err != nil {
		s.dueLocal.SetText("")
		s.dueTAM.SetText("")
		s.explain.SetText("")
		s.slaError.SetText(w.tr("support.opened") + ": " + err.Error())
		return
	}
	c := planner.Case{Priority: catalog.Priorities()[max(s.priority.SelectedIndex(), 0)], Opened: opened}
	if s.product.SelectedIndex() == 1 {
		c.Product = planner.ProductCommerceManaged
	}
	target, due, err := planner.ResponseDeadline(planner.CustomerCatalog(s.cat, s.customer), c, s.customer.Membership, cal)
	if err != nil {
		s.dueLocal.SetText("")
		s.dueTAM.SetText("")
		s.explain.SetText("")
		s.slaError.SetText(w.errorText(err))
		return
	}
	s.dueLocal.SetText(w.tr("support.due.customer", w.dateTime(due)))
	tam := w.tamLocation()
	zone := tam.String()
	if tam == time.Local {
		zone = w.tr("support.localZone")
	}
	s.dueTAM.SetText(w.wrapped(w.tr("support.due.tam", w.dateTime(due.In(tam)), zone)))
	text := w.sentence(target.Explanation)
	if !target.Note.IsZero() {
		text += "\n" + w.sentence(target.Note)
	}
	if !target.MissingHolidays.IsZero() {
		text += "\n" + w.sentence(target.MissingHolidays)
	}
	s.explain.SetText(w.wrapped(text))
}

// calculateTimeline shows what happens to a case left waiting.
func (s *supportScreen) calculateTimeline() {
	w := s.w
	loc := s.customerLocation()
	since, err := readTime(w, s.sinceDate.Text, s.sinceTime.Text, loc)
	if err != nil {
		s.timeline.SetText(w.tr("support.since") + ": " + err.Error())
		s.timeline.Importance = widget.DangerImportance
		s.timeline.Refresh()
		return
	}
	status := planner.CaseAwaitingResponse
	if s.caseStatus.SelectedIndex() == 1 {
		status = planner.CaseSolutionProposed
	}
	tl, err := planner.CaseTimeline(planner.CustomerCatalog(s.cat, s.customer).FollowUp, status, since)
	s.current, s.currentOK = tl, err == nil
	if err != nil {
		s.timeline.SetText(w.errorText(err))
		s.timeline.Importance = widget.DangerImportance
		s.timeline.Refresh()
		return
	}
	var lines []string
	for _, r := range tl.Reminders {
		lines = append(lines, w.tr("support.reminder", r.N, w.dateTime(r.At), w.trCount("support.daysLeft", r.DaysLeft, r.DaysLeft)))
	}
	lines = append(lines, w.tr("support.autoClose", w.dateTime(tl.AutoClose)))
	lines = append(lines, w.tr("support.reopen", w.dateTime(tl.ReopenUntil)))
	s.timeline.SetText(strings.Join(lines, "\n"))
	s.timeline.Importance = widget.MediumImportance
	s.timeline.Refresh()
}

// showContacts lists the Named Support Contacts of the customer in focus.
func (s *supportScreen) showContacts() {
	w := s.w
	if !s.hasFocus {
		s.contacts.SetText(w.tr("support.noFocus"))
		return
	}
	tier, _ := planner.CustomerCatalog(s.cat, s.customer).Tier(s.customer.Membership.Tier)
	lines := []string{w.tr("nsc.limit", tier.Name, tier.NSCLimit)}
	for _, n := range s.customer.Contacts {
		line := fmt.Sprintf("%s <%s> — %s", n.Name, n.Email, s.cat.SolutionName(n.Product))
		if n.Phone != "" {
			line += " · " + n.Phone
		}
		if n.AccountAdmin {
			line += " · " + w.tr("nsc.admin")
		}
		lines = append(lines, line)
	}
	if len(s.customer.Contacts) == 0 {
		lines = append(lines, w.tr("none"))
	}
	s.contacts.SetText(strings.Join(lines, "\n"))
}

// showRegions lists every region's hours, zone and language rules, as
// the catalog and the settings give them.
func (s *supportScreen) showRegions() {
	w := s.w
	box := s.regions
	box.RemoveAll()
	for _, r := range s.cat.Regions {
		zone := w.settings().RegionTimeZone(r)
		title := widget.NewLabelWithStyle(w.regionNameByID(r.ID), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		lines := []string{w.tr("support.hours", r.Open, r.Close, zone)}
		for _, l := range r.Languages {
			lines = append(lines, s.languageRuleText(l))
		}
		body := newWrapLabel(strings.Join(lines, "\n"))
		box.Add(container.NewVBox(title, body))
	}
}

// remind sets desktop notifications for the reminders and the closing of
// the case shown that are still to come. They last while Liftoff is open:
// support cases are not kept in the database.
func (s *supportScreen) remind() {
	w := s.w
	if !s.currentOK {
		return
	}
	label := s.customer.Name
	if !s.hasFocus {
		label = w.tr("support.case")
	}
	var events []caseReminder
	for _, r := range s.current.Reminders {
		events = append(events, caseReminder{at: r.At, title: w.tr("support.remind.title", label),
			body: w.tr("support.reminder", r.N, w.dateTime(r.At), w.trCount("support.daysLeft", r.DaysLeft, r.DaysLeft))})
	}
	events = append(events, caseReminder{at: s.current.AutoClose, title: w.tr("support.remind.title", label),
		body: w.tr("support.autoClose", w.dateTime(s.current.AutoClose))})
	n := w.scheduleCaseReminders(events)
	s.remindNote.SetText(w.trCount("support.remind.set", n, n))
	s.remindNote.Show()
}

// languageRuleText returns a support language with its rule and the
// solutions it is never offered for.
func (s *supportScreen) languageRuleText(l catalog.LanguageRule) string {
	name := s.w.languageName(l.Language)
	if len(l.ExcludedSolutions) == 0 {
		return s.w.tr("support.language", name, l.Rule)
	}
	names := make([]string, len(l.ExcludedSolutions))
	for i, sol := range l.ExcludedSolutions {
		names[i] = s.cat.SolutionName(sol)
	}
	return s.w.tr("support.language.notFor", name, l.Rule, strings.Join(names, s.w.tr("list.comma")))
}

// The window's side of the support screen.

var _ supportWindow = (*UI)(nil)

// dateTime returns t as a due time is shown: the weekday in the user's
// language, the day, the time and the zone, such as "Thu 2026-11-26
// 15:25 GMT" ("2026-11-26（木）15:25 GMT" in Japanese).
func (u *UI) dateTime(t time.Time) string {
	return u.tr("date.dateTime", u.text.weekdayName(t.Weekday()), t.Format("2006-01-02"), t.Format("15:04 MST"))
}
