package app

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// settingsWindow is what the settings screen uses of the window: its
// words, names, time, dialogs and history, the settings as last read, and
// the window-level work its choices set off (the language and theme
// applied at once, the editions dialog, the file dialogs). The screen
// reads and saves the settings through settingsStore (see store.go),
// which is all it uses of the Store.
type settingsWindow interface {
	editorWindow
	// regionNames returns the catalog's regions' names in the catalog's order.
	regionNames() []string
	// editionName names a catalog edition by its day and name.
	editionName(ed catalog.Edition) string
	// openEditions opens the dialog comparing the catalog's editions.
	openEditions() *editionsDialog
	// openFile asks for a file and reads it off the UI goroutine.
	openFile(label string, extensions []string, read func(ctx context.Context, r io.Reader, progress func(float64)) error, done func())
	// saveFile asks where to save a file and writes it off the UI goroutine.
	saveFile(name, label string, write func(ctx context.Context, w io.Writer, progress func(float64)) error, saved func(path string))
	// currentDataVersion counts the changes of the data read so far.
	currentDataVersion() int
	// languagePreference returns the language tag stored for the app ("" for the system's).
	languagePreference() string
	// setLanguagePreference stores the language tag chosen for the app.
	setLanguagePreference(tag string)
	// relocalize shows the window in the language now chosen.
	relocalize() error
	// switchTheme shows the app in the theme of a settings value.
	switchTheme(name string)
	// amendSettings makes a change just stored in the settings as last read.
	amendSettings(change func(*planner.Settings))
	// catalogFolder returns the folder a newer catalog is installed in ("" for none).
	catalogFolder() string
}

// settingsScreen edits the TAM's settings: profile, capacity, the
// thresholds of a customer's health, regions' time zones and holidays, theme and language, how documents look (page
// size, organisation, logo, confidentiality line); and shows the catalog
// in use, with a way to install a newer one.
type settingsScreen struct {
	w     settingsWindow
	store settingsStore
	cat   *catalog.Catalog
	root  fyne.CanvasObject

	// stored is the settings as saved; draft is what the form shows.
	stored planner.Settings
	draft  planner.Settings
	// language is the language chosen in the form; storedLanguage the
	// preference saved.
	language       string
	storedLanguage string
	loading        bool
	// loaded is the data version last shown (see
	// settingsWindow.currentDataVersion).
	loaded     int
	everLoaded bool

	name     *formEntry
	email    *formEntry
	role     *widget.Select
	zone     *formEntry
	capacity *formEntry
	// expiry and renewal are the days of the expiry warning and the
	// renewal notice.
	expiry, renewal *formEntry
	// breachDays, overdueRed and pacePoints are the thresholds of a
	// customer's health (planner.HealthSettings).
	breachDays, overdueRed, pacePoints *formEntry

	pageSize  *widget.Select
	themes    *widget.RadioGroup
	languages *widget.Select
	zones     map[catalog.RegionID]*formEntry
	// editions is the editions dialog last opened, for tests.
	editions *editionsDialog
	// form shows the problems of the fields (see fieldForm).
	form      *fieldForm
	saveBtn   *widget.Button
	revertBtn *widget.Button

	region      *widget.Select
	holidayList *enterList
	// holidayDialog is the holiday form open, for tests.
	holidayDialog *formDialog
	holidays      []catalog.Holiday
	holidayDate   *widget.Entry
	holidayName   *widget.Entry
	holidayError  *widget.Label
	holidayNote   *widget.Label

	// holidayNames are the names the list shows for holidays, in the
	// window's language where a built-in calendar names the day; nil
	// when the list shows them as they are.
	holidayNames []string

	// organisation and confidentiality are the branding's lines; the
	// logo is kept in the draft and shown by logoName and logoPreview.
	organisation    *formEntry
	confidentiality *formEntry
	logoName        *widget.Label
	logoPreview     *canvas.Image
	logoRemove      *widget.Button
	// fontList shows the draft's font files, each with a Remove button.
	fontList *fyne.Container
}

// roles are the roles a Liftoff user may have.
func roles() []string { return []string{"TAM", "CSM"} }

// themeChoices are the stored theme names in the order of the radio group.
func themeChoices() []string { return []string{themeLight, themeDark, themeSystem} }

// newSettingsScreen returns the settings screen of window w, which reads
// and saves the settings in store and shows the catalog cat.
func newSettingsScreen(w settingsWindow, store settingsStore, cat *catalog.Catalog) screen {
	s := &settingsScreen{w: w, store: store, cat: cat, zones: map[catalog.RegionID]*formEntry{}}
	onChange := func(string) { s.changed() }
	entry := func(hint string) *formEntry { return newHintedEntry(hint, onChange) }
	s.name = entry(w.tr("settings.name.hint"))
	s.email = entry(w.tr("customer.form.person.email"))
	s.role = widget.NewSelect(roles(), onChange)
	s.zone = entry(w.tr("settings.zone.hint"))
	s.capacity = entry("30")
	s.expiry = entry(strconv.Itoa(planner.DefaultExpiryWarningDays))
	s.renewal = entry(strconv.Itoa(planner.DefaultRenewalNoticeDays))
	s.breachDays = entry(strconv.Itoa(planner.DefaultHealthBreachWindowDays))
	s.overdueRed = entry(strconv.Itoa(planner.DefaultHealthOverdueActionsRed))
	s.pacePoints = entry(strconv.Itoa(planner.DefaultHealthPaceTolerancePoints))
	s.pageSize = widget.NewSelect([]string{"A4", "Letter"}, onChange)
	s.organisation = entry(w.tr("settings.organisation.hint"))
	s.confidentiality = entry(w.tr("settings.confidentiality.hint"))
	var themeLabels []string
	for _, t := range themeChoices() {
		themeLabels = append(themeLabels, w.tr("settings.theme."+t))
	}
	// Theme and language apply (and are stored) the moment they are
	// chosen; the other settings when Save is pressed.
	s.themes = widget.NewRadioGroup(themeLabels, func(string) {
		if !s.loading {
			s.applyTheme()
		}
	})
	s.themes.Horizontal = true
	var langNames []string
	for _, l := range Languages() {
		langNames = append(langNames, l.Name)
	}
	s.languages = widget.NewSelect(append([]string{w.tr("settings.language.system")}, langNames...), func(string) {
		if !s.loading {
			s.applyLanguage()
		}
	})

	s.form = w.newFieldForm()
	s.form.check = s.check
	s.form.submit = s.saveShowing
	profile := container.New(layout.NewFormLayout())
	s.form.addTo(profile, "profile.name", w.tr("settings.name"), s.name)
	s.form.addTo(profile, "profile.email", w.tr("settings.email"), s.email)
	s.form.addTo(profile, "profile.role", w.tr("settings.role"), s.role)
	s.form.addTo(profile, "profile.timeZone", w.tr("settings.zone"), s.zone).setHint(w.tr("settings.zone.help"))
	work := container.New(layout.NewFormLayout())
	s.form.addTo(work, "weeklyCapacityHours", w.tr("settings.capacity"), s.capacity).setHint(w.tr("settings.capacity.help"))
	s.form.addTo(work, "theme", w.tr("settings.theme"), s.themes).setHint(w.tr("settings.atOnce"))
	s.form.addTo(work, "language", w.tr("settings.language"), s.languages).setHint(w.tr("settings.atOnce"))
	s.form.addTo(work, "expiryWarningDays", w.tr("settings.expiry"), s.expiry).setHint(w.tr("settings.expiry.help"))
	s.form.addTo(work, "renewalNoticeDays", w.tr("settings.renewal"), s.renewal).setHint(w.tr("settings.renewal.help"))
	health := container.New(layout.NewFormLayout())
	s.form.addTo(health, "health.breachWindowDays", w.tr("settings.health.breach"), s.breachDays).setHint(w.tr("settings.health.breach.help"))
	s.form.addTo(health, "health.overdueActionsRed", w.tr("settings.health.overdue"), s.overdueRed).setHint(w.tr("settings.health.overdue.help"))
	s.form.addTo(health, "health.paceTolerancePoints", w.tr("settings.health.pace"), s.pacePoints).setHint(w.tr("settings.health.pace.help"))
	// Labels above the fields: region names are long, and the screen
	// keeps two columns in a small window.
	regionForm := container.NewVBox()
	for _, r := range cat.Regions {
		e := entry(r.TimeZone)
		s.zones[r.ID] = e
		s.form.addAbove(regionForm, "regions."+string(r.ID)+".timeZone", w.regionNameByID(r.ID), e)
	}

	s.saveBtn = widget.NewButtonWithIcon(w.tr("action.save"), theme.DocumentSaveIcon(), s.saveShowing)
	s.saveBtn.Importance = widget.HighImportance
	s.revertBtn = widget.NewButtonWithIcon(w.tr("settings.revert"), theme.ContentUndoIcon(), s.discard)
	note := newWrapLabel(w.tr("settings.saveNote"))
	note.SizeName = theme.SizeNameCaptionText

	left := container.NewVBox(
		newSection(w.tr("settings.profile"), "", profile),
		newSection(w.tr("settings.work"), "", work),
		newSection(w.tr("settings.health"), w.tr("settings.health.subtitle"), health),
		newSection(w.tr("settings.documents"), w.tr("settings.documents.subtitle"), s.documentsForm()),
		newSection(w.tr("settings.zones"), w.tr("settings.zones.subtitle"), regionForm))
	right := container.NewVBox(s.holidayCard(), s.catalogCard())
	// Save and Revert stay in sight below the scrolling settings, with
	// the list of problems above them.
	// The list takes room only while it has something to say.
	bar := container.NewVBox(widget.NewSeparator(), s.form.generalArea,
		container.NewBorder(nil, nil, container.NewHBox(s.saveBtn, s.revertBtn), nil, note))
	s.root = container.NewBorder(nil, bar, nil, nil, container.NewVScroll(newTwoColumns(left, right)))
	s.form.collapseGeneral = true
	s.form.generalArea.Hide()
	s.form.onGeneralShown = func() { bar.Refresh(); s.root.Refresh() }
	return s
}

func (s *settingsScreen) object() fyne.CanvasObject { return s.root }

// show reloads the settings when they changed, unless the form holds
// unsaved changes; the settings do not depend on the customer in focus.
func (s *settingsScreen) show(planner.ID) {
	version := s.w.currentDataVersion()
	if s.dirty() || (s.loaded == version && s.everLoaded) {
		return
	}
	s.loaded, s.everLoaded = version, true
	s.load(s.w.settings(), s.w.languagePreference())
}

// load fills the form.
func (s *settingsScreen) load(st planner.Settings, language string) {
	s.loading = true
	defer func() {
		s.loading = false
		s.form.settle()
		s.changed()
	}()
	s.stored, s.draft = st.Clone(), st.Clone()
	s.storedLanguage, s.language = language, language
	s.name.SetText(st.Profile.Name)
	s.email.SetText(st.Profile.Email)
	s.role.SetSelected(st.Profile.Role)
	s.zone.SetText(st.Profile.TimeZone)
	s.capacity.SetText(strconv.FormatFloat(st.WeeklyCapacityHours, 'f', -1, 64))
	s.expiry.SetText(strconv.Itoa(st.ExpiryWarningDays))
	s.renewal.SetText(strconv.Itoa(st.RenewalNoticeDays))
	s.breachDays.SetText(strconv.Itoa(st.Health.BreachWindowDays))
	s.overdueRed.SetText(strconv.Itoa(st.Health.OverdueActionsRed))
	s.pacePoints.SetText(strconv.Itoa(st.Health.PaceTolerancePoints))
	s.pageSize.SetSelected(st.PageSize)
	if i := slices.Index(themeChoices(), st.Theme); i >= 0 {
		s.themes.SetSelected(s.themes.Options[i])
	}
	s.languages.SetSelectedIndex(languageIndex(language))
	for id, e := range s.zones {
		e.SetText(st.Regions[id].TimeZone)
	}
	s.organisation.SetText(st.Branding.Organisation)
	s.confidentiality.SetText(st.Branding.Confidentiality)
	s.showLogo()
	s.showFonts()
	if s.region.SelectedIndex() < 0 {
		s.region.SetSelectedIndex(0)
	}
	s.showHolidays()
}

// cloneHolidays copies a holiday list, keeping nil as nil.
func cloneHolidays(h []catalog.Holiday) []catalog.Holiday {
	if h == nil {
		return nil
	}
	return append([]catalog.Holiday{}, h...)
}

// readForm copies the form into the draft, with the problems of values
// that could not be read.
func (s *settingsScreen) readForm() []planner.FieldError {
	var parse []planner.FieldError
	d := &s.draft
	d.Profile.Name = strings.TrimSpace(s.name.Text)
	d.Profile.Email = strings.TrimSpace(s.email.Text)
	d.Profile.Role = s.role.Selected
	d.Profile.TimeZone = strings.TrimSpace(s.zone.Text)
	if c, err := strconv.ParseFloat(strings.TrimSpace(s.capacity.Text), 64); err == nil {
		d.WeeklyCapacityHours = c
	} else {
		parse = append(parse, planner.FieldError{Field: "weeklyCapacityHours", Message: s.w.tr("form.notHours", s.capacity.Text)})
	}
	for _, f := range []struct {
		e     *formEntry
		field string
		to    *int
	}{{s.expiry, "expiryWarningDays", &d.ExpiryWarningDays}, {s.renewal, "renewalNoticeDays", &d.RenewalNoticeDays},
		{s.breachDays, "health.breachWindowDays", &d.Health.BreachWindowDays}, {s.overdueRed, "health.overdueActionsRed", &d.Health.OverdueActionsRed},
		{s.pacePoints, "health.paceTolerancePoints", &d.Health.PaceTolerancePoints}} {
		if n, err := strconv.Atoi(strings.TrimSpace(f.e.Text)); err == nil {
			*f.to = n
		} else {
			parse = append(parse, planner.FieldError{Field: f.field, Message: s.w.tr("form.notWholeNumber", f.e.Text)})
		}
	}
	d.PageSize = s.pageSize.Selected
	d.Branding.Organisation = strings.TrimSpace(s.organisation.Text)
	d.Branding.Confidentiality = strings.TrimSpace(s.confidentiality.Text)
	if i := slices.Index(s.themes.Options, s.themes.Selected); i >= 0 {
		d.Theme = themeChoices()[i]
	}
	s.language = ""
	if i := s.languages.SelectedIndex(); i > 0 {
		s.language = Languages()[i-1].Tag
	}
	d.Language = s.language
	for id, e := range s.zones {
		r := d.Regions[id]
		r.TimeZone = strings.TrimSpace(e.Text)
		s.setRegion(id, r)
	}
	return parse
}

// setRegion stores a region's overrides in the draft, dropping an empty
// entry.
func (s *settingsScreen) setRegion(id catalog.RegionID, r planner.RegionSettings) {
	if r.TimeZone == "" && r.Holidays == nil && len(r.Added) == 0 && len(r.Removed) == 0 {
		delete(s.draft.Regions, id)
		return
	}
	if s.draft.Regions == nil {
		s.draft.Regions = map[catalog.RegionID]planner.RegionSettings{}
	}
	s.draft.Regions[id] = r
}

// changed follows an edit: Revert is offered while the form differs from
// the stored settings. The form shows the problems (see fieldForm).
func (s *settingsScreen) changed() {
	if s.loading || s.saveBtn == nil {
		return
	}
	s.readForm()
	if s.dirty() {
		s.revertBtn.Enable()
	} else {
		s.revertBtn.Disable()
	}
}

// check returns what is wrong with the settings the form describes:
// values that could not be read, and planner's problems.
func (s *settingsScreen) check() error {
	problems := s.readForm()
	if err := s.draft.Validate(s.cat); err != nil {
		if v, ok := planner.AsValidation(err); ok {
			problems = append(problems, v.Problems...)
		} else {
			return err
		}
	}
	return problemsError(problems)
}

// dirty reports whether the form differs from the stored settings.
func (s *settingsScreen) dirty() bool {
	if s.saveBtn == nil {
		return false
	}
	return !settingsEqual(s.draft, s.stored)
}

// applyTheme stores and applies the theme chosen, at once.
func (s *settingsScreen) applyTheme() {
	i := slices.Index(s.themes.Options, s.themes.Selected)
	if i < 0 || themeChoices()[i] == s.stored.Theme {
		return
	}
	t := themeChoices()[i]
	if err := s.storeAtOnce(func(st *planner.Settings) { st.Theme = t }); err != nil {
		// The choice shows the theme stored and shown again.
		if i := slices.Index(themeChoices(), s.stored.Theme); i >= 0 {
			s.themes.SetSelected(s.themes.Options[i])
		}
		s.w.showError(err)
		return
	}
	s.w.switchTheme(t)
}

// applyLanguage stores the language chosen and shows the window in it at
// once, keeping the changes of the settings not saved yet.
func (s *settingsScreen) applyLanguage() {
	tag := ""
	if i := s.languages.SelectedIndex(); i > 0 {
		tag = Languages()[i-1].Tag
	}
	if tag == s.storedLanguage {
		return
	}
	if err := s.storeAtOnce(func(st *planner.Settings) { st.Language = tag }); err != nil {
		// The choice shows the language stored and shown again.
		s.languages.SetSelectedIndex(languageIndex(s.storedLanguage))
		s.w.showError(err)
		return
	}
	s.w.setLanguagePreference(tag)
	s.storedLanguage, s.language = tag, tag
	if err := s.w.relocalize(); err != nil {
		s.w.showError(err)
	}
}

// languageIndex returns the index of language (a tag, "" for the
// system's) among the choices of the language select.
func languageIndex(language string) int {
	for i, l := range Languages() {
		if l.Tag == language {
			return i + 1
		}
	}
	return 0
}

// storeAtOnce stores a setting that applies the moment it is chosen:
// change makes it in the stored settings (not in the draft's other
// changes, which wait for Save) and in the draft.
func (s *settingsScreen) storeAtOnce(change func(*planner.Settings)) error {
	st := s.stored.Clone()
	change(&st)
	if err := s.store.PutSettings(st); err != nil {
		return fmt.Errorf("store the settings: %w", err)
	}
	change(&s.stored)
	change(&s.draft)
	s.w.amendSettings(change)
	return nil
}

// settingsEqual compares two settings, taking a missing and an empty
// region map as equal, no logo and an empty one, and no font list and an
// empty one.
func settingsEqual(a, b planner.Settings) bool {
	if len(a.Regions) == 0 && len(b.Regions) == 0 {
		a.Regions, b.Regions = nil, nil
	}
	if len(a.Branding.Logo) == 0 && len(b.Branding.Logo) == 0 {
		a.Branding.Logo, b.Branding.Logo = nil, nil
	}
	if len(a.Fonts) == 0 && len(b.Fonts) == 0 {
		a.Fonts, b.Fonts = nil, nil
	}
	return reflect.DeepEqual(a, b)
}

// save stores the settings when they are valid; otherwise the form shows
// what is wrong (see fieldForm) and the error is returned.
func (s *settingsScreen) save() error {
	w := s.w
	if err := s.form.checkAll(); err != nil {
		return err
	}
	before := s.stored.Clone()
	draft := s.draft.Clone()
	if err := s.store.PutSettings(draft); err != nil {
		s.changed()
		return err
	}
	s.stored = draft.Clone()
	label := w.tr("settings.saved")
	w.pushUndoRedo(label, func() error {
		if err := s.store.PutSettings(before); err != nil {
			return err
		}
		w.switchTheme(before.Theme)
		return nil
	}, func() error {
		current, err := s.store.Settings()
		if err != nil {
			return fmt.Errorf("read settings: %w", err)
		}
		if !sameStored(current, before) {
			return w.redoBlocked(label)
		}
		if err := s.store.PutSettings(draft); err != nil {
			return err
		}
		w.switchTheme(draft.Theme)
		return nil
	})
	w.changed()
	s.load(w.settings(), s.language)
	return nil
}

// saveShowing is Save: problems show in the form, other errors in a
// dialog.
func (s *settingsScreen) saveShowing() {
	if err := s.save(); err != nil {
		if _, ok := planner.AsValidation(err); !ok {
			s.w.showError(err)
		}
	}
}

// discard drops the changes and shows the stored settings.
func (s *settingsScreen) discard() {
	s.load(s.stored, s.storedLanguage)
}

// holidayCard edits the holidays of each region.
func (s *settingsScreen) holidayCard() fyne.CanvasObject {
	w := s.w
	s.region = widget.NewSelect(w.regionNames(), func(string) { s.showHolidays() })
	s.holidayList = newEnterList(
		func() int { return len(s.holidays) },
		func() fyne.CanvasObject {
			del := widget.NewButtonWithIcon("", theme.DeleteIcon(), nil)
			del.Importance = widget.LowImportance
			name := widget.NewLabel("")
			name.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, nil, del, name)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			h := s.holidays[i]
			row.Objects[0].(*widget.Label).SetText(fmt.Sprintf("%s  %s", h.Date, s.shownHolidayName(i)))
			row.Objects[1].(*widget.Button).OnTapped = func() { s.removeHoliday(i) }
		})
	// Choosing a holiday (a click, or Enter on the one highlighted)
	// opens it to change.
	s.holidayList.OnSelected = func(i widget.ListItemID) {
		s.holidayList.UnselectAll()
		s.editHoliday(i)
	}
	s.holidayNote = widget.NewLabel("")
	s.holidayNote.TextStyle = fyne.TextStyle{Italic: true}
	s.holidayNote.Wrapping = fyne.TextWrapWord
	s.holidayDate = newPlaceHolderEntry(w.tr("form.date.hint"))
	s.holidayName = widget.NewEntry()
	s.holidayName.SetPlaceHolder(w.tr("settings.holiday.name"))
	s.holidayError = widget.NewLabel("")
	s.holidayError.Importance = widget.DangerImportance
	s.holidayError.Hide()
	add := widget.NewButtonWithIcon(w.tr("settings.holiday.add"), theme.ContentAddIcon(), s.addHoliday)
	importBtn := widget.NewButtonWithIcon(w.tr("settings.holiday.import"), theme.FolderOpenIcon(), s.importHolidays)
	exportBtn := widget.NewButtonWithIcon(w.tr("settings.holiday.export"), theme.DocumentSaveIcon(), s.exportHolidays)
	reset := widget.NewButtonWithIcon(w.tr("settings.holiday.reset"), theme.ViewRefreshIcon(), s.resetHolidays)
	scroll := container.NewVScroll(s.holidayList)
	scroll.SetMinSize(fyne.NewSize(0, 220))
	return newSection(w.tr("settings.holidays"), w.tr("settings.holidays.subtitle"), container.NewVBox(
		s.region, s.holidayNote, scroll,
		container.NewBorder(nil, nil, nil, add, container.NewGridWithColumns(2, s.holidayDate, s.holidayName)),
		s.holidayError,
		container.NewHBox(importBtn, exportBtn), container.NewHBox(reset)))
}

// selectedRegion returns the region chosen for the holiday list.
func (s *settingsScreen) selectedRegion() (catalog.Region, bool) {
	i := s.region.SelectedIndex()
	if i < 0 || i >= len(s.cat.Regions) {
		return catalog.Region{}, false
	}
	return s.cat.Regions[i], true
}

// showHolidays lists the holidays of the chosen region. A list of the
// settings' own (RegionSettings.Holidays, which replaces the region's
// holidays) is shown and edited as a list. Otherwise the list is the
// catalog's holidays, for a region with holiday rules those of this year
// and the next two, less the days removed in the settings, with the days
// added there (of any year, so that each can be taken out again).
func (s *settingsScreen) showHolidays() {
	r, ok := s.selectedRegion()
	if !ok || s.holidayList == nil {
		return
	}
	rs := s.draft.Regions[r.ID]
	if own := rs.Holidays; own != nil {
		s.holidays = own
		s.holidayNames = nil // a list of the settings' own is shown as typed
		s.holidayNote.SetText(s.w.trCount("settings.holidays.own", len(own), len(own)))
		s.holidayList.Refresh()
		return
	}
	first := s.w.today().Year
	last := first + settingsHolidayYearsShown - 1
	s.holidays = rs.ChangedHolidays(r, first, last)
	s.holidayNames = make([]string, len(s.holidays))
	for i, h := range planner.RegionHolidayNames(r, s.holidays) {
		s.holidayNames[i] = s.w.holidayName(h)
	}
	n := len(s.holidays)
	var note string
	if len(r.HolidayRules) > 0 {
		note = s.w.trCount("settings.holidays.rules", n, n, first, last)
	} else {
		note = s.w.trCount("settings.holidays.catalog", n, n)
	}
	if len(rs.Added) > 0 || len(rs.Removed) > 0 {
		note += "\n" + s.w.tr("settings.holidays.changes", len(rs.Added), len(rs.Removed))
	}
	s.holidayNote.SetText(note)
	s.holidayList.Refresh()
}

// shownHolidayName returns the name the list shows for holiday i.
func (s *settingsScreen) shownHolidayName(i int) string {
	if i < len(s.holidayNames) {
		return s.holidayNames[i]
	}
	return s.holidays[i].Name
}

// settingsHolidayYearsShown is how many years of computed holidays the
// settings list, from this year on.
const settingsHolidayYearsShown = 3

// ownHolidayList reports whether the settings hold a list of their own
// for the chosen region, which replaces its holidays and is edited as a
// list.
func (s *settingsScreen) ownHolidayList() bool {
	r, ok := s.selectedRegion()
	return ok && s.draft.Regions[r.ID].Holidays != nil
}

// setHolidays replaces the chosen region's own holiday list in the draft
// with list, sorted by day; an empty or nil list leaves the region none.
func (s *settingsScreen) setHolidays(list []catalog.Holiday) {
	if list == nil {
		list = []catalog.Holiday{}
	}
	slices.SortStableFunc(list, func(a, b catalog.Holiday) int { return a.Date.Compare(b.Date) })
	s.putHolidays(list)
}

// putHolidays puts list as the chosen region's own holiday list in the
// draft (nil: the catalog's holidays) and shows the holidays.
func (s *settingsScreen) putHolidays(list []catalog.Holiday) {
	r, ok := s.selectedRegion()
	if !ok {
		return
	}
	rs := s.draft.Regions[r.ID]
	rs.Holidays = list
	s.setRegion(r.ID, rs)
	s.showHolidays()
	s.changed()
}

// changeHolidays makes change to the days the settings add to and remove
// from the chosen region's holidays, and shows the holidays.
func (s *settingsScreen) changeHolidays(change func(r catalog.Region, rs *planner.RegionSettings)) {
	r, ok := s.selectedRegion()
	if !ok {
		return
	}
	rs := s.draft.Regions[r.ID]
	change(r, &rs)
	s.setRegion(r.ID, rs)
	s.showHolidays()
	s.changed()
}

// addHoliday adds the day of the form to the chosen region's holidays.
func (s *settingsScreen) addHoliday() {
	d, err := s.w.parseDay(s.holidayDate.Text)
	if err == nil && d.IsZero() {
		err = fmt.Errorf("%s", s.w.tr("form.date.format", s.w.today().String()))
	}
	if err != nil {
		s.holidayError.SetText(err.Error())
		s.holidayError.Show()
		return
	}
	s.holidayError.Hide()
	h := catalog.Holiday{Date: d, Name: strings.TrimSpace(s.holidayName.Text)}
	if s.ownHolidayList() {
		s.setHolidays(append(cloneHolidays(s.holidays), h))
	} else {
		s.changeHolidays(func(r catalog.Region, rs *planner.RegionSettings) { rs.AddHoliday(r, h) })
	}
	s.holidayDate.SetText("")
	s.holidayName.SetText("")
}

// editHoliday opens holiday i of the chosen region in a form to change
// its day and name.
func (s *settingsScreen) editHoliday(i int) {
	if i < 0 || i >= len(s.holidays) {
		return
	}
	w, was, shown := s.w, s.holidays[i], s.shownHolidayName(i)
	day, name := newFormEntry(), newFormEntry()
	day.SetPlaceHolder(w.tr("form.date.hint"))
	day.SetText(was.Date.String())
	name.SetPlaceHolder(w.tr("settings.holiday.name"))
	name.SetText(shown)
	form := w.newFieldForm()
	form.add("day", w.tr("settings.holiday.day"), day)
	form.add("name", w.tr("settings.holiday.name"), name)
	read := func() (catalog.Holiday, error) {
		d, err := w.parseDay(day.Text)
		if err == nil && d.IsZero() {
			err = fmt.Errorf("%s", w.tr("form.date.format", w.today().String()))
		}
		typed := strings.TrimSpace(name.Text)
		if typed == shown {
			// The name as the list shows it, in the window's
			// language: the holiday keeps its own.
			typed = was.Name
		}
		return catalog.Holiday{Date: d, Name: typed}, err
	}
	apply := func() error {
		h, err := read()
		if err != nil {
			form.setFieldError("day", err.Error())
			return err
		}
		if !s.ownHolidayList() {
			s.changeHolidays(func(r catalog.Region, rs *planner.RegionSettings) {
				rs.RemoveHoliday(r, was.Date)
				rs.AddHoliday(r, h)
			})
			return nil
		}
		list := cloneHolidays(s.holidays)
		// The holiday is found again by what it was, should the list
		// have changed while the form was open; gone, it is added.
		if j := slices.Index(list, was); j >= 0 {
			list[j] = h
		} else {
			list = append(list, h)
		}
		s.setHolidays(list)
		return nil
	}
	dirty := func() bool {
		h, _ := read()
		return h != was
	}
	s.holidayDialog = w.newFormDialog(w.tr("settings.holiday.edit"), form, apply, dirty)
	s.holidayDialog.show()
}

// removeHoliday removes holiday i of the chosen region: from its own
// list, else from the days added, or as a day of the catalog's the
// region does not observe.
func (s *settingsScreen) removeHoliday(i int) {
	if i < 0 || i >= len(s.holidays) {
		return
	}
	if s.ownHolidayList() {
		s.setHolidays(slices.Delete(cloneHolidays(s.holidays), i, i+1))
		return
	}
	d := s.holidays[i].Date
	s.changeHolidays(func(r catalog.Region, rs *planner.RegionSettings) { rs.RemoveHoliday(r, d) })
}

// resetHolidays goes back to the catalog's holidays for the chosen
// region, without a list of its own or days added or removed.
func (s *settingsScreen) resetHolidays() {
	r, ok := s.selectedRegion()
	if !ok {
		return
	}
	rs := s.draft.Regions[r.ID]
	rs.Holidays, rs.Added, rs.Removed = nil, nil, nil
	s.setRegion(r.ID, rs)
	s.showHolidays()
	s.changed()
}

// importHolidays reads a holiday file (planner.ParseHolidays) into the
// chosen region: its days are added to the region's holidays, or make
// its own list when it has one.
func (s *settingsScreen) importHolidays() {
	var read []catalog.Holiday
	s.w.openFile(s.w.tr("settings.holiday.importing"), nil, func(ctx context.Context, r io.Reader, progress func(float64)) error {
		list, err := planner.ParseHolidays(r)
		read = list
		return err
	}, func() {
		if s.ownHolidayList() {
			s.setHolidays(read)
			return
		}
		s.changeHolidays(func(r catalog.Region, rs *planner.RegionSettings) {
			for _, h := range read {
				rs.AddHoliday(r, h)
			}
		})
	})
}

// exportHolidays writes the chosen region's holidays to a file.
func (s *settingsScreen) exportHolidays() {
	r, ok := s.selectedRegion()
	if !ok {
		return
	}
	list := cloneHolidays(s.holidays)
	s.w.saveFile("holidays-"+string(r.ID)+".txt", s.w.tr("settings.holiday.exporting"), func(_ context.Context, w io.Writer, _ func(float64)) error {
		return planner.WriteHolidays(w, list)
	}, nil)
}

// catalogCard shows the catalog in use and installs a newer one.
func (s *settingsScreen) catalogCard() fyne.CanvasObject {
	w := s.w
	cat := s.cat
	origin := cat.Origin
	if origin == catalog.OriginEmbedded || origin == "" {
		origin = w.tr("settings.catalog.embedded")
	}
	info := newWrapLabel(w.tr("settings.catalog.info", cat.Version, cat.Published, origin))
	text := cat.Notice
	if cat.Origin == catalog.OriginEmbedded && text != "" {
		text = w.tr("settings.catalog.embeddedNotice") // the built-in catalog's notice, in the window's language
	}
	notice := newWrapLabel(text)
	notice.Importance = widget.WarningImportance
	if cat.Notice == "" {
		notice.Hide()
	}
	counts := newWrapLabel(w.tr("settings.catalog.counts", len(cat.Accelerators), len(cat.FieldActivities), len(cat.ProactiveActivities), len(cat.AddOns)))
	install := widget.NewButtonWithIcon(w.tr("settings.catalog.install"), theme.UploadIcon(), s.installCatalog)
	if w.catalogFolder() == "" {
		install.Disable()
	}
	eds := cat.Editions()
	editions := newWrapLabel(w.wrapped(w.trCount("editions.summary", len(eds), len(eds), w.editionName(cat.InForce(w.today()).Edition()))))
	compare := widget.NewButtonWithIcon(w.tr("editions.open"), theme.HistoryIcon(), func() { s.editions = w.openEditions() })
	return newSection(w.tr("settings.catalog"), "", container.NewVBox(info, notice, counts, editions, newToolbar([]fyne.CanvasObject{compare, install})))
}

// installCatalog asks for a catalog file and installs it (see
// installCatalogFrom).
func (s *settingsScreen) installCatalog() {
	w := s.w
	var installed string
	w.openFile(w.tr("settings.catalog.installing"), []string{".json"}, func(ctx context.Context, r io.Reader, progress func(float64)) error {
		path, err := s.installCatalogFrom(r, progress)
		installed = path
		return err
	}, func() {
		w.showMessage(w.tr("settings.catalog.installed.title"), w.tr("settings.catalog.installed", installed))
	})
}

// installCatalogFrom validates a catalog file and installs it for the
// next start; a file with mistakes is refused with every mistake and its
// JSON path, and the catalog installed before stays as it was.
func (s *settingsScreen) installCatalogFrom(r io.Reader, progress func(float64)) (string, error) {
	data, err := io.ReadAll(io.LimitReader(r, catalog.MaxFileSize+1))
	if err != nil {
		return "", fmt.Errorf("read the catalog file: %w", err)
	}
	progress(0.5)
	return catalog.Install(bytes.NewReader(data), s.w.catalogFolder())
}

// documentsForm edits how documents look: the page size, the branding
// of Settings (organisation, logo, confidentiality line) and the font
// files documents try first.
func (s *settingsScreen) documentsForm() fyne.CanvasObject {
	w := s.w
	s.logoName = widget.NewLabel("")
	s.logoName.Truncation = fyne.TextTruncateEllipsis
	s.logoPreview = canvas.NewImageFromResource(nil)
	s.logoPreview.FillMode = canvas.ImageFillContain
	s.logoPreview.SetMinSize(fyne.NewSize(120, 36))
	choose := widget.NewButtonWithIcon(w.tr("settings.logo.choose"), theme.FolderOpenIcon(), s.chooseLogo)
	s.logoRemove = widget.NewButtonWithIcon(w.tr("settings.logo.remove"), theme.DeleteIcon(), s.removeLogo)
	logo := container.NewVBox(
		container.NewBorder(nil, nil, s.logoPreview, nil, s.logoName),
		container.NewHBox(choose, s.logoRemove))
	form := container.New(layout.NewFormLayout())
	s.form.addTo(form, "pageSize", w.tr("settings.pageSize"), s.pageSize)
	s.form.addTo(form, "branding.organisation", w.tr("settings.organisation"), s.organisation)
	s.form.addTo(form, "branding.logo", w.tr("settings.logo"), logo).setHint(w.tr("settings.logo.help", planner.MaxLogoBytes>>10))
	s.form.addTo(form, "branding.confidentiality", w.tr("settings.confidentiality"), s.confidentiality).
		setHint(w.tr("settings.confidentiality.help"))
	s.form.addTo(form, "fonts", w.tr("settings.fonts"), s.fontsField()).setHint(w.tr("settings.fonts.help"))
	return form
}

// fontsField lists the draft's font files, each with Remove, above an
// "Add font…" button.
func (s *settingsScreen) fontsField() fyne.CanvasObject {
	s.fontList = container.NewVBox()
	add := widget.NewButtonWithIcon(s.w.tr("settings.fonts.add"), theme.ContentAddIcon(), s.chooseFont)
	return container.NewVBox(s.fontList, container.NewHBox(add))
}

// showFonts lists the draft's font files, or says that documents use
// the system's fonts alone.
func (s *settingsScreen) showFonts() {
	if s.fontList == nil {
		return
	}
	s.fontList.RemoveAll()
	if len(s.draft.Fonts) == 0 {
		none := widget.NewLabel(s.w.tr("settings.fonts.none"))
		none.TextStyle = fyne.TextStyle{Italic: true}
		s.fontList.Add(none)
	}
	for i, path := range s.draft.Fonts {
		name := widget.NewLabel(path)
		name.Truncation = fyne.TextTruncateEllipsis
		remove := widget.NewButtonWithIcon(s.w.tr("settings.fonts.remove"), theme.DeleteIcon(), func() { s.removeFont(i) })
		remove.Importance = widget.LowImportance
		s.fontList.Add(container.NewBorder(nil, nil, nil, remove, name))
	}
	s.fontList.Refresh()
}

// chooseFont asks for a TrueType font or collection and adds it to the
// draft's font files.
func (s *settingsScreen) chooseFont() {
	var name, path string
	s.w.openFile(s.w.tr("settings.fonts.reading"), []string{".ttf", ".ttc"}, func(ctx context.Context, r io.Reader, progress func(float64)) error {
		name, path = readerName(r), readerPath(r)
		progress(1)
		return nil
	}, func() {
		if path == "" {
			s.w.showMessage(s.w.tr("settings.fonts.bad.title"), s.w.tr("settings.fonts.noPath", name))
			return
		}
		s.addFont(path)
	})
}

// readerPath returns the path of the file on this computer that r reads,
// or "" when r reads no local file.
func readerPath(r io.Reader) string {
	switch f := r.(type) {
	case interface{ URI() fyne.URI }:
		if f.URI().Scheme() == "file" {
			return filepath.FromSlash(f.URI().Path())
		}
	case interface{ Name() string }:
		if p, err := filepath.Abs(f.Name()); err == nil {
			return p
		}
	}
	return ""
}

// addFont adds a font file to the draft when documents can use it (see
// planner.FontFileText); another file leaves the draft as it was and a
// message says why. A file already listed is not added again. It reports
// whether the draft lists the file.
func (s *settingsScreen) addFont(path string) bool {
	w := s.w
	if t, ok := planner.FontFileText(path); !ok {
		w.showMessage(w.tr("settings.fonts.bad.title"), w.sentence(t))
		return false
	}
	if !slices.Contains(s.draft.Fonts, path) {
		s.draft.Fonts = append(slices.Clone(s.draft.Fonts), path)
	}
	s.showFonts()
	s.changed()
	return true
}

// removeFont takes font file i out of the draft.
func (s *settingsScreen) removeFont(i int) {
	if i < 0 || i >= len(s.draft.Fonts) {
		return
	}
	s.draft.Fonts = slices.Delete(slices.Clone(s.draft.Fonts), i, i+1)
	if len(s.draft.Fonts) == 0 {
		s.draft.Fonts = nil
	}
	s.showFonts()
	s.changed()
}

// showLogo shows the draft's logo: its file name and a preview, or that
// there is none.
func (s *settingsScreen) showLogo() {
	b := s.draft.Branding
	if len(b.Logo) == 0 {
		s.logoName.SetText(s.w.tr("settings.logo.none"))
		s.logoPreview.Resource = nil
		s.logoPreview.Hide()
		s.logoRemove.Disable()
		return
	}
	name := b.LogoName
	if name == "" {
		name = s.w.tr("settings.logo")
	}
	s.logoName.SetText(s.w.tr("settings.logo.file", name, (len(b.Logo)+1023)>>10))
	// The preview's resource is named by the format, which is how Fyne
	// tells an SVG image from a PNG one.
	ext := ".png"
	if f, err := planner.CheckLogo(b.Logo); err == nil && f == planner.LogoSVG {
		ext = ".svg"
	}
	s.logoPreview.Resource = fyne.NewStaticResource("logo"+ext, b.Logo)
	s.logoPreview.Show()
	s.logoPreview.Refresh()
	s.logoRemove.Enable()
}

// chooseLogo asks for a PNG or SVG file and makes it the draft's logo.
func (s *settingsScreen) chooseLogo() {
	var name string
	var data []byte
	s.w.openFile(s.w.tr("settings.logo.reading"), []string{".png", ".svg"}, func(ctx context.Context, r io.Reader, progress func(float64)) error {
		read, err := io.ReadAll(io.LimitReader(r, planner.MaxLogoBytes+1))
		if err != nil {
			return fmt.Errorf("read the logo: %w", err)
		}
		name, data = readerName(r), read
		progress(1)
		return nil
	}, func() { s.setLogo(name, data) })
}

// readerName returns the base name of the file r reads, or "".
func readerName(r io.Reader) string {
	switch f := r.(type) {
	case interface{ URI() fyne.URI }:
		return f.URI().Name()
	case interface{ Name() string }:
		return filepath.Base(f.Name())
	}
	return ""
}

// setLogo makes a file the draft's logo when it is a PNG or SVG image of
// at most planner.MaxLogoBytes; another file leaves the draft as it was
// and a message says why. It reports whether the logo was taken.
func (s *settingsScreen) setLogo(name string, data []byte) bool {
	if _, err := planner.CheckLogo(data); err != nil {
		s.w.showMessage(s.w.tr("settings.logo.bad.title"), s.w.tr("settings.logo.bad", name, planner.MaxLogoBytes>>10))
		return false
	}
	s.draft.Branding.Logo = slices.Clone(data)
	s.draft.Branding.LogoName = strings.TrimSpace(name)
	s.showLogo()
	s.changed()
	return true
}

// removeLogo takes the logo out of the draft.
func (s *settingsScreen) removeLogo() {
	s.draft.Branding.Logo, s.draft.Branding.LogoName = nil, ""
	s.showLogo()
	s.changed()
}

// The window's side of the settings screen.

var _ settingsWindow = (*UI)(nil)

// languagePreference returns the language tag stored for the app ("" for
// the system's).
func (u *UI) languagePreference() string { return u.app.Preferences().String(prefLanguage) }

// setLanguagePreference stores the language tag chosen for the app.
func (u *UI) setLanguagePreference(tag string) { u.app.Preferences().SetString(prefLanguage, tag) }

// switchTheme shows the app in the theme of a settings value, with the
// fonts of the window's language.
func (u *UI) switchTheme(name string) { u.app.Settings().SetTheme(u.newTheme(name)) }

// amendSettings makes a change just stored in the settings as last read.
func (u *UI) amendSettings(change func(*planner.Settings)) { change(&u.settingsData) }

// catalogFolder returns the folder a newer catalog is installed in, ""
// when none can be.
func (u *UI) catalogFolder() string { return u.catalogDir }

// relocalize shows the window in the language now chosen: the screens
// are made again in it, the one shown stays shown, and the settings keep
// the changes not saved yet.
func (u *UI) relocalize() error {
	text, err := newTranslator(u.chooseLanguage(""))
	if err != nil {
		return fmt.Errorf("change the language: %w", err)
	}
	old, _ := u.screens[u.current].(*settingsScreen)
	u.text = text
	if _, ours := u.app.Settings().Theme().(*liftoffTheme); ours {
		// The window's fonts follow its language.
		u.app.Settings().SetTheme(u.newTheme(u.settingsData.Theme))
	}
	u.screens = map[screenID]screen{}
	u.stale = map[screenID]bool{}
	current := u.current
	u.current = ""
	u.window.SetContent(u.layout())
	u.addShortcuts()
	u.switchTo(current)
	if s, ok := u.screens[current].(*settingsScreen); ok && old != nil && old.dirty() {
		s.load(old.draft, old.language)
		s.stored = old.stored
		s.changed()
	}
	return nil
}
