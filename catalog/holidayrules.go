package catalog

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/au"
	"github.com/rickar/cal/v2/gb"
	"github.com/rickar/cal/v2/jp"
	"github.com/rickar/cal/v2/us"
)

// HolidayRule names holidays a region observes that are computed for any
// year rather than listed by date: the holidays of one built-in holiday
// calendar (see HolidayCalendars), less those it excepts. A substitute or
// observed day belongs to its holiday: excepting the holiday drops it too.
type HolidayRule struct {
	// Calendar is the ID of a built-in calendar, such as "jp".
	Calendar string `json:"calendar"`
	// Except lists IDs of the calendar's holidays the region does not
	// observe.
	Except []string `json:"except,omitempty"`
}

// HolidayCalendar describes a built-in holiday calendar a HolidayRule may
// name.
type HolidayCalendar struct {
	// ID is what a HolidayRule names, such as "us-federal".
	ID string
	// Name says whose holidays these are ("United States federal
	// holidays").
	Name string
	// FirstYear and LastYear bound the years the calendar's rules are
	// known for; outside them it gives no holidays.
	FirstYear, LastYear int
	// Holidays are the calendar's holidays in the order of the year.
	Holidays []HolidayRuleName
}

// HolidayRuleName is one holiday of a built-in calendar.
type HolidayRuleName struct {
	// ID is what HolidayRule.Except names, such as "easter-monday".
	ID string
	// Name is the holiday's English name.
	Name string
}

// Years of the built-in calendars: the rules and the exceptional days of
// the years from 2020 on are those in force today; laws may change the
// later years.
const (
	holidayRulesFirstYear = 2020
	holidayRulesLastYear  = 2099
)

// weekendRule says what a holiday falling on a weekend gives.
type weekendRule int

const (
	// weekendStays: nothing moves (or the holiday is a Monday anyway).
	weekendStays weekendRule = iota
	// weekendObserved: a Saturday holiday is observed on the Friday
	// before, a Sunday one on the Monday after, and only the observed
	// day is listed ("Independence Day (observed)"); United States
	// federal holidays.
	weekendObserved
	// weekendSubstituteDay: the first following weekday that is not a
	// holiday is the holiday instead ("Boxing Day (substitute day)");
	// bank holidays in England and Wales.
	weekendSubstituteDay
	// weekendAdditionalDay: the day stays a holiday and the first
	// following weekday that is not one is an additional holiday
	// ("Additional public holiday for Boxing Day"); New South Wales.
	weekendAdditionalDay
	// weekendMoves: the holiday moves to the first following weekday
	// that is not a holiday ("Australia Day (observed)"); New South Wales.
	weekendMoves
)

// ruleHoliday is one holiday of a built-in calendar.
type ruleHoliday struct {
	id, name string
	// days compute the day in law; several when the holiday moved in
	// some years (each of them limited to its years).
	days    []*cal.Holiday
	weekend weekendRule
}

// ruleCalendar is a built-in holiday calendar.
type ruleCalendar struct {
	id, name string
	holidays []ruleHoliday
	// japanese adds Japan's substitute holidays (a national holiday on a
	// Sunday makes the next day that is not one a holiday) and citizens'
	// holidays (a day between two national holidays).
	japanese bool
}

// oneOff is a holiday of a single year.
func oneOff(year int, month time.Month, day int) *cal.Holiday {
	return &cal.Holiday{Month: month, Day: day, Func: cal.CalcDayOfMonth, StartYear: year, EndYear: year}
}

// ruleCalendars returns the built-in calendars. The library's holidays
// they use are shared values that some of its functions write to while
// computing (the vernal equinox does), so they are only ever computed on
// copies (see ruleHoliday.dates).
func ruleCalendars() []ruleCalendar {
	one := func(h *cal.Holiday) []*cal.Holiday { return []*cal.Holiday{h} }
	return []ruleCalendar{
		{id: "us-federal", name: "United States federal holidays", holidays: []ruleHoliday{
			{"new-years-day", "New Year's Day", one(us.NewYear), weekendObserved},
			{"martin-luther-king-day", "Birthday of Martin Luther King, Jr.", one(us.MlkDay), weekendStays},
			{"washingtons-birthday", "Washington's Birthday", one(us.PresidentsDay), weekendStays},
			{"memorial-day", "Memorial Day", one(us.MemorialDay), weekendStays},
			{"juneteenth", "Juneteenth National Independence Day", one(us.Juneteenth), weekendObserved},
			{"independence-day", "Independence Day", one(us.IndependenceDay), weekendObserved},
			{"labor-day", "Labor Day", one(us.LaborDay), weekendStays},
			{"columbus-day", "Columbus Day", one(us.ColumbusDay), weekendStays},
			{"veterans-day", "Veterans Day", one(us.VeteransDay), weekendObserved},
			{"thanksgiving-day", "Thanksgiving Day", one(us.ThanksgivingDay), weekendStays},
			{"christmas-day", "Christmas Day", one(us.ChristmasDay), weekendObserved},
		}},
		{id: "gb-eaw", name: "Bank holidays in England and Wales", holidays: []ruleHoliday{
			{"new-years-day", "New Year's Day", one(gb.NewYear), weekendSubstituteDay},
			{"good-friday", "Good Friday", one(gb.GoodFriday), weekendStays},
			{"easter-monday", "Easter Monday", one(gb.EasterMonday), weekendStays},
			{"early-may-bank-holiday", "Early May bank holiday", []*cal.Holiday{gb.EarlyMay, gb.VEDay}, weekendStays},
			{"spring-bank-holiday", "Spring bank holiday", []*cal.Holiday{gb.SpringHoliday, gb.SpringHoliday2022}, weekendStays},
			{"platinum-jubilee-2022", "Platinum Jubilee bank holiday", one(gb.PlatinumJubilee), weekendStays},
			{"state-funeral-2022", "Bank holiday for the State Funeral of Queen Elizabeth II", one(oneOff(2022, time.September, 19)), weekendStays},
			{"coronation-2023", "Bank holiday for the coronation of King Charles III", one(gb.CoronationDay), weekendStays},
			{"summer-bank-holiday", "Summer bank holiday", one(gb.SummerHoliday), weekendStays},
			{"christmas-day", "Christmas Day", one(gb.ChristmasDay), weekendSubstituteDay},
			{"boxing-day", "Boxing Day", one(gb.BoxingDay), weekendSubstituteDay},
		}},
		{id: "au-nsw", name: "Public holidays in New South Wales, Australia", holidays: []ruleHoliday{
			{"new-years-day", "New Year's Day", one(au.NewYear), weekendAdditionalDay},
			{"australia-day", "Australia Day", one(au.AustraliaDay), weekendMoves},
			{"good-friday", "Good Friday", one(au.GoodFriday), weekendStays},
			{"easter-saturday", "Easter Saturday", one(au.EasterSaturday), weekendStays},
			{"easter-sunday", "Easter Sunday", one(au.EasterSunday), weekendStays},
			{"easter-monday", "Easter Monday", one(au.EasterMonday), weekendStays},
			{"anzac-day", "Anzac Day", one(au.AnzacDay), weekendStays},
			{"kings-birthday", "King's Birthday", one(au.QueensBirthday), weekendStays},
			{"national-day-of-mourning-2022", "National Day of Mourning for Queen Elizabeth II", one(au.MourningDay2022), weekendStays},
			{"labour-day", "Labour Day", one(au.LabourDayActNswSa), weekendStays},
			{"christmas-day", "Christmas Day", one(au.ChristmasDay), weekendAdditionalDay},
			{"boxing-day", "Boxing Day", one(au.BoxingDay), weekendAdditionalDay},
		}},
		{id: "jp", name: "National holidays of Japan", japanese: true, holidays: []ruleHoliday{
			{"new-years-day", "New Year's Day", one(jp.NewYear), weekendStays},
			{"coming-of-age-day", "Coming of Age Day", one(jp.ComingOfAgeDay), weekendStays},
			{"national-foundation-day", "National Foundation Day", one(jp.NationalFoundationDay), weekendStays},
			{"emperors-birthday", "The Emperor's Birthday", one(jp.TheEmperorsBirthday), weekendStays},
			{"vernal-equinox-day", "Vernal Equinox Day", one(jp.VernalEquinoxDay), weekendStays},
			{"showa-day", "Showa Day", one(jp.ShowaDay), weekendStays},
			{"constitution-memorial-day", "Constitution Memorial Day", one(jp.ConstitutionMemorialDay), weekendStays},
			{"greenery-day", "Greenery Day", one(jp.GreeneryDay), weekendStays},
			{"childrens-day", "Children's Day", one(jp.ChildrensDay), weekendStays},
			{"marine-day", "Marine Day", one(jp.MarineDay), weekendStays},
			{"mountain-day", "Mountain Day", one(jp.MountainDay), weekendStays},
			{"respect-for-the-aged-day", "Respect for the Aged Day", one(jp.RespectForTheAgedDay), weekendStays},
			{"autumnal-equinox-day", "Autumnal Equinox Day", one(jp.AutumnalEquinoxDay), weekendStays},
			{"sports-day", "Sports Day", one(jp.SportsDay), weekendStays},
			{"culture-day", "Culture Day", one(jp.CultureDay), weekendStays},
			{"labour-thanksgiving-day", "Labour Thanksgiving Day", one(jp.LaborThanksgivingDay), weekendStays},
		}},
	}
}

// HolidayCalendars returns the built-in holiday calendars a HolidayRule
// may name.
func HolidayCalendars() []HolidayCalendar {
	var out []HolidayCalendar
	for _, c := range ruleCalendars() {
		hc := HolidayCalendar{ID: c.id, Name: c.name, FirstYear: holidayRulesFirstYear, LastYear: holidayRulesLastYear}
		for _, h := range c.holidays {
			hc.Holidays = append(hc.Holidays, HolidayRuleName{ID: h.id, Name: h.name})
		}
		out = append(out, hc)
	}
	return out
}

// findRuleCalendar returns the built-in calendar id.
func findRuleCalendar(id string) (ruleCalendar, bool) {
	for _, c := range ruleCalendars() {
		if c.id == id {
			return c, true
		}
	}
	return ruleCalendar{}, false
}

// HolidayRulesCover reports whether rules give the holidays of year: they
// name at least one calendar and the year is within the calendars' years.
func HolidayRulesCover(rules []HolidayRule, year int) bool {
	return len(rules) > 0 && year >= holidayRulesFirstYear && year <= holidayRulesLastYear
}

// RuleHolidays returns the holidays rules give in year, sorted by date:
// each calendar's holidays less its exceptions, with their observed,
// substitute and additional days. A day two calendars both give is listed
// once, under the first one's name. It returns an error for a rule naming
// an unknown calendar or holiday, and no holidays for a year outside the
// calendars' years (see HolidayRulesCover).
func RuleHolidays(rules []HolidayRule, year int) ([]Holiday, error) {
	var out []Holiday
	seen := map[Date]bool{}
	for i, r := range rules {
		c, ok := findRuleCalendar(r.Calendar)
		if !ok {
			return nil, fmt.Errorf("holiday rule %d: %w", i+1, unknownCalendarError(r.Calendar))
		}
		except := map[string]bool{}
		for _, id := range r.Except {
			if !slices.ContainsFunc(c.holidays, func(h ruleHoliday) bool { return h.id == id }) {
				return nil, fmt.Errorf("holiday rule %d: %w", i+1, unknownHolidayError(c, id))
			}
			except[id] = true
		}
		if !HolidayRulesCover(rules, year) {
			continue
		}
		for _, h := range c.year(year, except) {
			if !seen[h.Date] {
				seen[h.Date] = true
				out = append(out, h)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Holiday) int { return a.Date.Compare(b.Date) })
	return out, nil
}

// unknownCalendarError names the calendars a rule may name.
func unknownCalendarError(id string) error {
	var ids []string
	for _, c := range ruleCalendars() {
		ids = append(ids, c.id)
	}
	return fmt.Errorf("unknown holiday calendar %q (want one of %s)", id, strings.Join(ids, ", "))
}

// unknownHolidayError names the holidays of c.
func unknownHolidayError(c ruleCalendar, id string) error {
	var ids []string
	for _, h := range c.holidays {
		ids = append(ids, h.id)
	}
	return fmt.Errorf("calendar %s has no holiday %q (it has %s)", c.id, id, strings.Join(ids, ", "))
}

// datedRule is one holiday's day in law in a given year.
type datedRule struct {
	rule *ruleHoliday
	// year is the year the holiday belongs to, which its observed day
	// may leave.
	year int
	day  Date
}

// year returns the calendar's holidays that fall in year, less except.
// Holidays of the years around it are computed too, as an observed or
// substitute day may cross the turn of the year (New Year's Day 2028 is
// observed in the United States on 31 December 2027).
func (c ruleCalendar) year(year int, except map[string]bool) []Holiday {
	var inLaw []datedRule
	for i := range c.holidays {
		h := &c.holidays[i]
		if except[h.id] {
			continue
		}
		for y := year - 1; y <= year+1; y++ {
			for _, d := range h.dates(y) {
				inLaw = append(inLaw, datedRule{rule: h, year: y, day: d})
			}
		}
	}
	slices.SortStableFunc(inLaw, func(a, b datedRule) int { return a.day.Compare(b.day) })

	taken := map[Date]bool{}
	for _, r := range inLaw {
		taken[r.day] = true
	}
	// nextFree is the first weekday after d that is not yet a holiday.
	nextFree := func(d Date) Date {
		d = d.AddDays(1)
		for d.IsWeekend() || taken[d] {
			d = d.AddDays(1)
		}
		taken[d] = true
		return d
	}
	var all []Holiday
	for _, r := range inLaw {
		h, d := r.rule, r.day
		if !d.IsWeekend() || r.rule.weekend == weekendStays {
			all = append(all, Holiday{Date: d, Name: h.name})
			continue
		}
		switch h.weekend {
		case weekendObserved:
			observed := d.AddDays(1)
			if d.Weekday() == time.Saturday {
				observed = d.AddDays(-1)
			}
			name := h.name + " (observed)"
			if observed.Year != r.year {
				name = fmt.Sprintf("%s %d (observed)", h.name, r.year)
			}
			all = append(all, Holiday{Date: observed, Name: name})
		case weekendSubstituteDay:
			all = append(all, Holiday{Date: nextFree(d), Name: h.name + " (substitute day)"})
		case weekendAdditionalDay:
			all = append(all, Holiday{Date: d, Name: h.name}, Holiday{Date: nextFree(d), Name: "Additional public holiday for " + h.name})
		case weekendMoves:
			all = append(all, Holiday{Date: nextFree(d), Name: h.name + " (observed)"})
		}
	}
	if c.japanese {
		all = japaneseExtraHolidays(all)
	}
	var out []Holiday
	for _, h := range all {
		if h.Date.Year == year {
			out = append(out, h)
		}
	}
	return out
}

// dates returns the holiday's days in law in year: none when it is not
// held that year.
func (h *ruleHoliday) dates(year int) []Date {
	var out []Date
	for _, def := range h.days {
		// Calc on a copy: some of the library's functions write to the
		// holiday they compute.
		actual, _ := def.Clone(nil).Calc(year)
		if !actual.IsZero() {
			out = append(out, DateOf(actual))
		}
	}
	return out
}

// japaneseExtraHolidays adds to Japan's national holidays (sorted by date)
// the holidays the Act on National Holidays makes of other days: a
// national holiday on a Sunday makes the next day that is not a national
// holiday a substitute holiday, and a day between two national holidays
// that is not one itself is a citizens' holiday.
func japaneseExtraHolidays(national []Holiday) []Holiday {
	isNational := map[Date]bool{}
	for _, h := range national {
		isNational[h.Date] = true
	}
	out := slices.Clone(national)
	extra := map[Date]bool{}
	for _, h := range national {
		if h.Date.Weekday() == time.Sunday {
			d := h.Date.AddDays(1)
			for isNational[d] {
				d = d.AddDays(1)
			}
			if !extra[d] {
				extra[d] = true
				out = append(out, Holiday{Date: d, Name: "Substitute holiday"})
			}
		}
		between := h.Date.AddDays(1)
		if isNational[h.Date.AddDays(2)] && !isNational[between] && !extra[between] {
			extra[between] = true
			out = append(out, Holiday{Date: between, Name: "Citizens' holiday"})
		}
	}
	slices.SortStableFunc(out, func(a, b Holiday) int { return a.Date.Compare(b.Date) })
	return out
}

// HolidaysIn returns the region's default holidays in year, sorted by
// date: those its HolidayRules give and those its dated Holidays list
// holds (a dated entry wins over a computed one on the same day), and
// whether either covers the year. The dated list covers the years it
// lists a holiday in.
func (r Region) HolidaysIn(year int) ([]Holiday, bool, error) {
	days, err := RuleHolidays(r.HolidayRules, year)
	if err != nil {
		return nil, false, fmt.Errorf("region %s: %w", r.ID, err)
	}
	covered := HolidayRulesCover(r.HolidayRules, year)
	for _, h := range r.Holidays {
		if h.Date.Year != year {
			continue
		}
		covered = true
		days = slices.DeleteFunc(days, func(c Holiday) bool { return c.Date == h.Date })
		days = append(days, h)
	}
	slices.SortStableFunc(days, func(a, b Holiday) int { return a.Date.Compare(b.Date) })
	return days, covered, nil
}
