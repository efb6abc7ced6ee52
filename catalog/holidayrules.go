package catalog

import (
	"fmt"
	"slices"
	"strings"
	"sync"
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

// HolidayName says how a built-in calendar names one of the days it
// gives: the holiday and how the day stands to it, so that a reader's
// language can name the day as the calendar names it in English (see
// English). The zero HolidayName names no day of a built-in calendar.
type HolidayName struct {
	// Calendar is the ID of the built-in calendar, such as "jp"; empty
	// for a day no built-in calendar names.
	Calendar string
	// Holiday is the ID of the holiday in the calendar, such as
	// "christmas-day"; empty for a Japanese substitute or citizens'
	// holiday, which stand for no one holiday.
	Holiday string
	// Kind says how the day stands to the holiday.
	Kind HolidayNameKind
	// Year is the year of the holiday an observed day of another year
	// stands in for (Kind HolidayObservedOfYear); else 0.
	Year int
}

// HolidayNameKind says how a day of a built-in calendar stands to its
// holiday.
type HolidayNameKind string

// The kinds of day of a built-in calendar, each named by an English
// pattern (see HolidayName.English).
const (
	// HolidayItself is the holiday on its day: "Christmas Day".
	HolidayItself HolidayNameKind = ""
	// HolidayObserved is the day a holiday on a weekend is observed:
	// "Christmas Day (observed)".
	HolidayObserved HolidayNameKind = "observed"
	// HolidayObservedOfYear is a day observed in the year before its
	// holiday's: "New Year's Day 2028 (observed)".
	HolidayObservedOfYear HolidayNameKind = "observedOfYear"
	// HolidaySubstituteDay is the weekday that stands in for a bank
	// holiday on a weekend: "Boxing Day (substitute day)".
	HolidaySubstituteDay HolidayNameKind = "substituteDay"
	// HolidayAdditionalDay is the weekday added for a holiday on a
	// weekend: "Additional public holiday for Christmas Day".
	HolidayAdditionalDay HolidayNameKind = "additionalDay"
	// HolidaySubstitute is Japan's substitute holiday after a national
	// holiday on a Sunday: "Substitute holiday".
	HolidaySubstitute HolidayNameKind = "substitute"
	// HolidayCitizens is Japan's citizens' holiday between two national
	// holidays: "Citizens' holiday".
	HolidayCitizens HolidayNameKind = "citizens"
)

// IsZero reports whether n names no day of a built-in calendar.
func (n HolidayName) IsZero() bool { return n == HolidayName{} }

// English returns the day's English name, as RuleHolidays gives it; ""
// for the zero HolidayName or a holiday the calendar does not have.
func (n HolidayName) English() string {
	switch n.Kind {
	case HolidaySubstitute:
		return "Substitute holiday"
	case HolidayCitizens:
		return "Citizens' holiday"
	}
	name := n.HolidayEnglish()
	if name == "" {
		return ""
	}
	switch n.Kind {
	case HolidayObserved:
		return name + " (observed)"
	case HolidayObservedOfYear:
		return fmt.Sprintf("%s %d (observed)", name, n.Year)
	case HolidaySubstituteDay:
		return name + " (substitute day)"
	case HolidayAdditionalDay:
		return "Additional public holiday for " + name
	}
	return name
}

// HolidayEnglish returns the English name of the holiday the day stands
// to ("Christmas Day" for "Christmas Day (observed)"); "" when the day
// stands for no one holiday or the calendar does not have it.
func (n HolidayName) HolidayEnglish() string {
	return ruleHolidayEnglish()[[2]string{n.Calendar, n.Holiday}]
}

// ruleHolidayEnglish maps the calendar and holiday IDs of every holiday
// of the built-in calendars to its English name, made once.
var ruleHolidayEnglish = sync.OnceValue(func() map[[2]string]string {
	out := map[[2]string]string{}
	for _, c := range ruleCalendars() {
		for _, h := range c.holidays {
			out[[2]string{c.id, h.id}] = h.name
		}
	}
	return out
})

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
	days, err := ruleDays(rules, year)
	if err != nil {
		return nil, err
	}
	out := make([]Holiday, len(days))
	for i, d := range days {
		out[i] = Holiday{Date: d.date, Name: d.name.English()}
	}
	return out, nil
}

// RuleHolidayNames returns how the built-in calendars of rules name each
// day they give in year (the days of RuleHolidays), by day; the English
// of each is the name RuleHolidays gives the day.
func RuleHolidayNames(rules []HolidayRule, year int) (map[Date]HolidayName, error) {
	days, err := ruleDays(rules, year)
	if err != nil {
		return nil, err
	}
	out := make(map[Date]HolidayName, len(days))
	for _, d := range days {
		out[d.date] = d.name
	}
	return out, nil
}

// ruleDay is one day a built-in calendar gives, with how it names it.
type ruleDay struct {
	date Date
	name HolidayName
}

// ruleDays returns the days of RuleHolidays with their names.
func ruleDays(rules []HolidayRule, year int) ([]ruleDay, error) {
	var out []ruleDay
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
		for _, d := range c.year(year, except) {
			if !seen[d.date] {
				seen[d.date] = true
				out = append(out, d)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b ruleDay) int { return a.date.Compare(b.date) })
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
func (c ruleCalendar) year(year int, except map[string]bool) []ruleDay {
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
	var all []ruleDay
	for _, r := range inLaw {
		h, d := r.rule, r.day
		name := func(kind HolidayNameKind) HolidayName {
			return HolidayName{Calendar: c.id, Holiday: h.id, Kind: kind}
		}
		if !d.IsWeekend() || r.rule.weekend == weekendStays {
			all = append(all, ruleDay{d, name(HolidayItself)})
			continue
		}
		switch h.weekend {
		case weekendObserved:
			observed := d.AddDays(1)
			if d.Weekday() == time.Saturday {
				observed = d.AddDays(-1)
			}
			n := name(HolidayObserved)
			if observed.Year != r.year {
				n.Kind, n.Year = HolidayObservedOfYear, r.year
			}
			all = append(all, ruleDay{observed, n})
		case weekendSubstituteDay:
			all = append(all, ruleDay{nextFree(d), name(HolidaySubstituteDay)})
		case weekendAdditionalDay:
			all = append(all, ruleDay{d, name(HolidayItself)}, ruleDay{nextFree(d), name(HolidayAdditionalDay)})
		case weekendMoves:
			all = append(all, ruleDay{nextFree(d), name(HolidayObserved)})
		}
	}
	if c.japanese {
		all = japaneseExtraHolidays(c.id, all)
	}
	var out []ruleDay
	for _, d := range all {
		if d.date.Year == year {
			out = append(out, d)
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
// that is not one itself is a citizens' holiday. The days added are named
// as days of calendar.
func japaneseExtraHolidays(calendar string, national []ruleDay) []ruleDay {
	isNational := map[Date]bool{}
	for _, h := range national {
		isNational[h.date] = true
	}
	out := slices.Clone(national)
	extra := map[Date]bool{}
	for _, h := range national {
		if h.date.Weekday() == time.Sunday {
			d := h.date.AddDays(1)
			for isNational[d] {
				d = d.AddDays(1)
			}
			if !extra[d] {
				extra[d] = true
				out = append(out, ruleDay{d, HolidayName{Calendar: calendar, Kind: HolidaySubstitute}})
			}
		}
		between := h.date.AddDays(1)
		if isNational[h.date.AddDays(2)] && !isNational[between] && !extra[between] {
			extra[between] = true
			out = append(out, ruleDay{between, HolidayName{Calendar: calendar, Kind: HolidayCitizens}})
		}
	}
	slices.SortStableFunc(out, func(a, b ruleDay) int { return a.date.Compare(b.date) })
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
