package planner

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

// ProductCommerceManaged is the Case.Product of an Adobe Commerce Managed
// Services request, the product the catalog's "commerce-managed" response
// table is for.
const ProductCommerceManaged = "commerce-managed"

// slaMaxIdleDays bounds the search for counted time: a calendar with no
// business day in this many days in a row is taken to be broken rather
// than walked for ever.
const slaMaxIdleDays = 3 * 366

// ErrNoBusinessDay is wrapped by the error of a response deadline that
// cannot be found because the calendar has no business day for years.
var ErrNoBusinessDay = errors.New("no business day")

// Case is a support case as far as its response target is concerned.
type Case struct {
	Priority catalog.Priority
	// Opened is the instant the case was opened.
	Opened time.Time
	// Product is "" for a standard case, or the product of a product
	// response table, such as ProductCommerceManaged.
	Product string
}

// ParsePriority parses a case priority such as "P2" (or "p2", or "2").
func ParsePriority(s string) (catalog.Priority, error) {
	p := strings.ToUpper(strings.TrimSpace(s))
	if len(p) == 1 {
		p = "P" + p
	}
	switch catalog.Priority(p) {
	case catalog.P1, catalog.P2, catalog.P3, catalog.P4:
		return catalog.Priority(p), nil
	}
	return "", fmt.Errorf("priority %q: want P1, P2, P3 or P4", s)
}

// ResponseTarget is the targeted initial response that applies to one case of one
// customer: the catalog entry, the table it comes from and the clock that
// counts it.
type ResponseTarget struct {
	// TableID and TableName identify the response table used.
	TableID   string
	TableName string
	// Entry is the catalog entry for the case's priority and tier.
	Entry catalog.ResponseTarget
	// Clock is the clock that counts the target: the entry's own clock,
	// or 24x5 when the entry allows it and the customer has chosen it.
	Clock catalog.Clock
	// Explanation is one line a TAM can read, such as "Ultimate Success
	// P2: 30 minutes within Europe, Middle East and Africa business hours
	// (09:00-17:00 Europe/London)".
	Explanation Text
	// Note says why a rule the TAM may expect did not apply (a product
	// table not used, a 24x5 setting ignored); zero when none.
	Note Text
	// MissingHolidays says in which years between the case's opening and
	// its deadline the calendar knows no holidays, so that business days
	// were counted as Monday to Friday (see Calendar.MissingHolidaysNote);
	// zero when it knows them all or the clock does not skip holidays.
	// ResponseDeadline sets it.
	MissingHolidays Text
}

// ResponseTargetFor returns the response target of case c for membership
// m, explained in the terms of calendar cal.
//
// The table is the product table whose Product equals c.Product when the
// membership's Commerce Managed Services licence date is set and on or
// after the table's EffectiveFrom day; otherwise the standard table (the
// one without a product). Within the table, an entry for the membership's
// tier is preferred over one for every tier. An entry that allows 24x5 is
// counted 24x5 when m.Support24x5 is set.
func ResponseTargetFor(cat *catalog.Catalog, c Case, m Membership, cal Calendar) (ResponseTarget, error) {
	if cat == nil {
		return ResponseTarget{}, errors.New("response target: no catalog")
	}
	switch c.Priority {
	case catalog.P1, catalog.P2, catalog.P3, catalog.P4:
	default:
		return ResponseTarget{}, fmt.Errorf("response target: priority %q: want P1, P2, P3 or P4", c.Priority)
	}
	if m.Tier == "" {
		return ResponseTarget{}, errors.New("response target: the membership has no tier")
	}
	table, note, err := slaChooseTable(cat, c, m)
	if err != nil {
		return ResponseTarget{}, fmt.Errorf("response target: %w", err)
	}
	entry, ok := slaFindTarget(table, c.Priority, m.Tier)
	if !ok {
		return ResponseTarget{}, fmt.Errorf("response target: table %q has no %s target for tier %q", table.ID, c.Priority, m.Tier)
	}
	t := ResponseTarget{TableID: table.ID, TableName: table.Name, Entry: entry, Clock: entry.Clock}
	switch {
	case entry.Allows24x5 && m.Support24x5:
		t.Clock = catalog.Clock24x5
	case m.Support24x5 && entry.Clock == catalog.ClockBusinessHours:
		note = slaJoinNotes(note, Textf("the customer's 24x5 setting does not apply to %s %s; business hours count", slaTargetLabel(cat, table, entry, m.Tier), c.Priority))
	}
	if err := slaCheckTarget(entry, t.Clock); err != nil {
		return ResponseTarget{}, fmt.Errorf("response target: table %q, %s: %w", table.ID, c.Priority, err)
	}
	t.Note = note
	t.Explanation = slaExplain(cat, table, entry, m.Tier, t.Clock, cal)
	return t, nil
}

// ResponseDue returns the targeted initial response deadline of case c for
// membership m in calendar cal, in cal.Location. See ResponseTarget.Due for how
// each clock counts.
func ResponseDue(cat *catalog.Catalog, c Case, m Membership, cal Calendar) (time.Time, error) {
	_, due, err := ResponseDeadline(cat, c, m, cal)
	return due, err
}

// ResponseDeadline returns the response target of case c for membership m
// and its deadline in calendar cal, in cal.Location. The target's
// MissingHolidays says when the calendar knew no holidays for a year the
// count went through.
func ResponseDeadline(cat *catalog.Catalog, c Case, m Membership, cal Calendar) (ResponseTarget, time.Time, error) {
	t, err := ResponseTargetFor(cat, c, m, cal)
	if err != nil {
		return ResponseTarget{}, time.Time{}, err
	}
	due, err := t.Due(c.Opened, cal)
	if err != nil {
		return ResponseTarget{}, time.Time{}, err
	}
	if t.Clock == catalog.ClockBusinessHours || t.Clock == catalog.ClockBusinessDays {
		t.MissingHolidays = cal.MissingHolidaysNote(catalog.DateOf(c.Opened.In(cal.Location)), catalog.DateOf(due))
	}
	return t, due, nil
}

// Due returns the deadline of the target for a case opened at instant
// opened, in cal.Location. The clocks count as follows:
//
//   - 24x7: real elapsed time: an hour across a daylight-saving change is
//     sixty minutes, though the wall clock may move by two hours or none.
//   - business-hours: the minutes between the region's opening and closing
//     time on its business days (Monday to Friday less holidays), both
//     read on the wall clock in cal.Location. A case opened outside them
//     starts counting at the next opening. A business day from 09:00 to
//     17:00 holds 480 minutes even on the day the clocks change, as they
//     change outside business hours.
//   - 24x5: every minute from Monday 00:00 to Friday 24:00 on the wall
//     clock in cal.Location; a weekday on which the clocks change counts
//     the 23 or 25 hours it really has. Holidays count: 24x5 cover is
//     given on them too.
//   - business-days: one business day is as many business minutes as the
//     region's business day is long, counted as business-hours. A case
//     opened on Tuesday at 11:00 is due on Wednesday at 11:00, one opened
//     on a Saturday at Monday's close, one opened on Friday at 16:30 on
//     Monday at 16:30.
//
// A deadline that falls exactly at closing time is given as that closing
// time, not as the next opening.
func (t ResponseTarget) Due(opened time.Time, cal Calendar) (time.Time, error) {
	if opened.IsZero() {
		return time.Time{}, errors.New("response deadline: the case has no opening time")
	}
	if cal.Location == nil {
		return time.Time{}, fmt.Errorf("response deadline: region %q has no time zone", cal.Region)
	}
	if err := slaCheckTarget(t.Entry, t.Clock); err != nil {
		return time.Time{}, fmt.Errorf("response deadline: %w", err)
	}
	if t.Clock == catalog.Clock24x7 {
		return opened.Add(time.Duration(t.Entry.Minutes) * time.Minute).In(cal.Location), nil
	}
	if cal.Close <= cal.Open {
		return time.Time{}, fmt.Errorf("response deadline: region %q: business hours are not set", cal.Region)
	}
	w := slaWindow{open: time.Duration(cal.Open) * time.Minute, close: time.Duration(cal.Close) * time.Minute}
	need := time.Duration(t.Entry.Minutes) * time.Minute
	switch t.Clock {
	case catalog.Clock24x5:
		w = slaWindow{open: 0, close: 24 * time.Hour, holidaysCount: true}
		if t.Entry.BusinessDays > 0 && t.Entry.Minutes == 0 {
			need = time.Duration(t.Entry.BusinessDays) * 24 * time.Hour
		}
	case catalog.ClockBusinessDays:
		need = time.Duration(t.Entry.BusinessDays) * (w.close - w.open)
	}
	due, err := slaAddCounted(cal, opened, need, w)
	if err != nil {
		return time.Time{}, fmt.Errorf("response deadline: %w", err)
	}
	return due, nil
}

// slaWindow is the part of each counted local day that a clock counts.
type slaWindow struct {
	// open and close are wall-clock offsets from local midnight.
	open, close time.Duration
	// holidaysCount makes holidays count like other weekdays.
	holidaysCount bool
}

// counts reports whether the window counts any time on day d.
func (w slaWindow) counts(cal Calendar, d Date) bool {
	if w.holidaysCount {
		return !d.IsWeekend()
	}
	return cal.IsBusinessDay(d)
}

// slaAddCounted returns the instant at which need of counted time has
// passed after from, walking the calendar a day at a time. Each counted
// day contributes the time elapsed between its opening and closing
// instants, both built from the wall clock in cal.Location.
func slaAddCounted(cal Calendar, from time.Time, need time.Duration, w slaWindow) (time.Time, error) {
	day := catalog.DateOf(from.In(cal.Location))
	first := day
	for idle := 0; ; idle++ {
		if w.counts(cal, day) {
			idle = 0
			open, close := slaWallClock(day, w.open, cal.Location), slaWallClock(day, w.close, cal.Location)
			at := from
			if at.Before(open) {
				at = open
			}
			if left := close.Sub(at); left > 0 {
				if need <= left {
					return at.Add(need).In(cal.Location), nil
				}
				need -= left
			}
		}
		if idle >= slaMaxIdleDays {
			return time.Time{}, fmt.Errorf("%w within 3 years after %s in region %s: check the holiday list", ErrNoBusinessDay, first, cal.Region)
		}
		day = slaNextDay(day)
	}
}

// slaWallClock returns the instant at wall-clock offset off from the
// midnight that starts day d in loc.
func slaWallClock(d Date, off time.Duration, loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, int(off), loc)
}

// slaNextDay returns the day after d, cheaply for most days.
func slaNextDay(d Date) Date {
	if d.Day < 28 {
		d.Day++
		return d
	}
	return d.AddDays(1)
}

// slaChooseTable picks the response table for c and m, with a note when
// a product table exists but does not apply.
func slaChooseTable(cat *catalog.Catalog, c Case, m Membership) (*catalog.ResponseTable, Text, error) {
	var standard, product *catalog.ResponseTable
	var note Text
	var products []string
	productKnown := false
	for i := range cat.ResponseTables {
		t := &cat.ResponseTables[i]
		if t.Product == "" {
			if standard == nil {
				standard = t
			}
			continue
		}
		products = append(products, t.Product)
		if t.Product != c.Product {
			continue
		}
		productKnown = true
		licensed := m.CommerceManagedLicensed
		switch {
		case licensed.IsZero():
			note = Textf("%s targets not applied: the membership records no licence date for %s; standard targets apply", t.Name, c.Product)
		case !t.EffectiveFrom.IsZero() && licensed.Before(t.EffectiveFrom):
			if product == nil {
				note = Textf("%s targets not applied: licensed %s, before %s; standard targets apply", t.Name, licensed, t.EffectiveFrom)
			}
		case product == nil || t.EffectiveFrom.After(product.EffectiveFrom):
			product, note = t, Text{}
		}
	}
	if c.Product != "" && !productKnown {
		want := "no product (a standard case)"
		if len(products) > 0 {
			want = `"" (a standard case) or ` + strings.Join(products, ", ")
		}
		return nil, Text{}, fmt.Errorf("unknown case product %q: want %s", c.Product, want)
	}
	if product != nil {
		return product, Text{}, nil
	}
	if standard == nil {
		return nil, Text{}, errors.New("the catalog has no standard response table")
	}
	return standard, note, nil
}

// slaFindTarget returns the entry of table for priority p and tier, an
// entry for that tier winning over one for every tier.
func slaFindTarget(table *catalog.ResponseTable, p catalog.Priority, tier catalog.TierID) (catalog.ResponseTarget, bool) {
	var generic *catalog.ResponseTarget
	for i, t := range table.Targets {
		if t.Priority != p {
			continue
		}
		if t.Tier == tier {
			return t, true
		}
		if t.Tier == "" && generic == nil {
			generic = &table.Targets[i]
		}
	}
	if generic != nil {
		return *generic, true
	}
	return catalog.ResponseTarget{}, false
}

// slaCheckTarget reports an entry that clock cannot count.
func slaCheckTarget(t catalog.ResponseTarget, clock catalog.Clock) error {
	switch clock {
	case catalog.Clock24x7, catalog.ClockBusinessHours:
		if t.Minutes <= 0 {
			return fmt.Errorf("a %s target needs minutes, not %d", clock, t.Minutes)
		}
	case catalog.Clock24x5:
		if t.Minutes <= 0 && t.BusinessDays <= 0 {
			return fmt.Errorf("a 24x5 target needs minutes or business days")
		}
	case catalog.ClockBusinessDays:
		if t.BusinessDays <= 0 {
			return fmt.Errorf("a business-days target needs business days, not %d", t.BusinessDays)
		}
	default:
		return fmt.Errorf("unknown clock %q (want 24x7, 24x5, business-hours or business-days)", clock)
	}
	return nil
}

// slaTargetLabel names whose target it is: the tier for a tier entry,
// the table for an entry of every tier.
func slaTargetLabel(cat *catalog.Catalog, table *catalog.ResponseTable, entry catalog.ResponseTarget, tier catalog.TierID) string {
	if entry.Tier == "" && table.Product != "" {
		return table.Name
	}
	if t, ok := cat.Tier(tier); ok && t.Name != "" {
		return t.Name
	}
	return string(tier)
}

// slaExplain writes the one-line explanation of a target.
func slaExplain(cat *catalog.Catalog, table *catalog.ResponseTable, entry catalog.ResponseTarget, tier catalog.TierID, clock catalog.Clock, cal Calendar) Text {
	label := slaTargetLabel(cat, table, entry, tier)
	zone := "no time zone"
	if cal.Location != nil {
		zone = cal.Location.String()
	}
	hours := fmt.Sprintf("%s-%s %s", slaHHMM(cal.Open), slaHHMM(cal.Close), zone)
	region := RegionName{ID: cal.Region, Name: cal.Name}
	switch clock {
	case catalog.Clock24x7:
		return Textf("%s %s: %s around the clock (24x7)", label, entry.Priority, Minutes(entry.Minutes))
	case catalog.Clock24x5:
		if entry.Minutes == 0 {
			return Textf("%s %s: %s counted 24x5 (Monday 00:00 to Friday 24:00 %s, the customer's 24x5 setting)",
				label, entry.Priority, Days(entry.BusinessDays), zone)
		}
		return Textf("%s %s: %s counted 24x5 (Monday 00:00 to Friday 24:00 %s, the customer's 24x5 setting)",
			label, entry.Priority, Minutes(entry.Minutes), zone)
	case catalog.ClockBusinessDays:
		return Textf("%s %s: %s in %s (%s)", label, entry.Priority, BusinessDays(entry.BusinessDays), region, hours)
	default:
		return Textf("%s %s: %s within %s business hours (%s)", label, entry.Priority, Minutes(entry.Minutes), region, hours)
	}
}

// Minutes is a length of time in a sentence, shown as "30 minutes", "1
// hour" or "1 hour 30 minutes"; a user interface may show it in its own
// language.
type Minutes int

// String returns the length in English.
func (m Minutes) String() string {
	h, min := int(m)/60, int(m)%60
	switch {
	case h == 0:
		return slaPlural(min, "minute")
	case min == 0:
		return slaPlural(h, "hour")
	}
	return slaPlural(h, "hour") + " " + slaPlural(min, "minute")
}

// Days is a number of days in a sentence, shown as "1 day" or "3 days".
type Days int

// String returns the number of days in English.
func (d Days) String() string { return slaPlural(int(d), "day") }

// BusinessDays is a number of business days in a sentence, shown as "1
// business day" or "3 business days".
type BusinessDays int

// String returns the number of business days in English.
func (d BusinessDays) String() string { return slaPlural(int(d), "business day") }

func slaPlural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// slaHHMM writes minutes after midnight as "HH:MM".
func slaHHMM(minutes int) string {
	return fmt.Sprintf("%02d:%02d", minutes/60, minutes%60)
}

func slaJoinNotes(a, b Text) Text {
	if a.IsZero() {
		return b
	}
	return Textf("%s; %s", a, b)
}
