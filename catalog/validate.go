package catalog

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // region time zones must load on machines without a zone database

	"github.com/liftoff-app/liftoff/internal/strictjson"
)

// Limits on catalog values.
const (
	// MinHours and MaxHours bound the typical hours of an activity.
	MinHours = 1
	MaxHours = 200
)

// DeliverableKinds returns the document kinds a phase's deliverable may
// have.
func DeliverableKinds() []string { return []string{"kickoff", "assessment", "summary"} }

// validator checks a decoded catalog against the rules Load documents.
type validator struct {
	c *Catalog
	p *problemList

	solutions map[SolutionID]bool
	tiers     map[TierID]bool
	// sources holds the IDs an entry's source may name.
	sources map[string]bool
	// zones caches time zone lookups: the error of loading each zone.
	zones map[string]error
	// itemIDs maps each item ID to the path of its first use.
	itemIDs map[string]string

	// tierIDs lists the distinct tier IDs in file order.
	tierIDs                  []TierID
	solutionNames, tierNames []string
}

// validate reports every rule c breaks.
func validate(c *Catalog, p *problemList) { validateWith(c, p, map[string]error{}) }

// validateWith is validate with a cache of time zone lookups (zone name to
// the error of loading it), shared by the editions of one file.
func validateWith(c *Catalog, p *problemList, zones map[string]error) {
	v := &validator{c: c, p: p, solutions: map[SolutionID]bool{}, tiers: map[TierID]bool{}, itemIDs: map[string]string{}, zones: zones}
	v.header()
	v.sourceList()
	v.solutionList()
	v.tierList()
	v.comparison()
	v.addOns()
	v.responseTables()
	v.regions()
	v.followUp()
	v.phases()
	v.fieldActivities()
	v.proactiveActivities()
	v.touchpoints()
	v.accelerators()
}

func (v *validator) add(path, msg string) { v.p.add(path, msg) }

func (v *validator) header() {
	if strings.TrimSpace(v.c.Version) == "" {
		v.add("version", "must not be empty")
	}
	if v.c.Published.IsZero() {
		v.add("published", "must be set")
	}
}

// sourceList checks the sources: each with an ID of its own (not one of
// the built-in SourceSeed and SourceLiftoff), a title, a day and, when
// given, a web address.
func (v *validator) sourceList() {
	v.sources = map[string]bool{SourceSeed: true, SourceLiftoff: true}
	first := map[string]string{}
	for i, s := range v.c.Sources {
		path := at("sources", i)
		if v.id(path+".id", s.ID) {
			switch prev, dup := first[s.ID]; {
			case s.ID == SourceSeed || s.ID == SourceLiftoff:
				v.add(path+".id", fmt.Sprintf("%q is a source of its own; choose another ID", s.ID))
			case dup:
				v.add(path+".id", fmt.Sprintf("source ID %q is already used by %s", s.ID, prev))
			default:
				first[s.ID] = path
				v.sources[s.ID] = true
			}
		}
		v.text(path+".title", s.Title)
		if s.Date.IsZero() {
			v.add(path+".date", "must be set")
		}
		if s.URL != "" && !strings.HasPrefix(s.URL, "https://") && !strings.HasPrefix(s.URL, "http://") {
			v.add(path+".url", fmt.Sprintf("%q is not a web address; want https://...", s.URL))
		}
	}
}

func (v *validator) solutionList() {
	if len(v.c.Solutions) == 0 {
		v.add("solutions", "must list at least one solution")
	}
	first := map[SolutionID]string{}
	for i, s := range v.c.Solutions {
		path := at("solutions", i)
		if v.id(path+".id", string(s.ID)) {
			if prev, dup := first[s.ID]; dup {
				v.add(path+".id", fmt.Sprintf("solution ID %q is already used by %s", s.ID, prev))
			} else {
				first[s.ID] = path
				v.solutions[s.ID] = true
				v.solutionNames = append(v.solutionNames, string(s.ID))
			}
		}
		v.text(path+".name", s.Name)
	}
	for i, s := range v.c.Solutions {
		path := at("solutions", i) + ".family"
		switch {
		case s.Family == "":
		case s.Family == s.ID:
			v.add(path, "a solution cannot be its own family")
		case !v.solutions[s.Family]:
			v.add(path, fmt.Sprintf("unknown solution %q%s", s.Family, strictjson.Suggestion(string(s.Family), v.solutionNames)))
		case v.familyLoops(s.ID):
			v.add(path, fmt.Sprintf("the family chain of %q loops back to it", s.ID))
		}
	}
}

// familyLoops reports whether following families from id comes back to id.
func (v *validator) familyLoops(id SolutionID) bool {
	next := map[SolutionID]SolutionID{}
	for _, s := range v.c.Solutions {
		if _, ok := next[s.ID]; !ok {
			next[s.ID] = s.Family
		}
	}
	s := next[id]
	for range len(next) {
		if s == "" {
			return false
		}
		if s == id {
			return true
		}
		s = next[s]
	}
	return false
}

func (v *validator) tierList() {
	if len(v.c.Tiers) == 0 {
		v.add("tiers", "must list at least one tier")
	}
	first := map[TierID]string{}
	for i, t := range v.c.Tiers {
		path := at("tiers", i)
		if v.id(path+".id", string(t.ID)) {
			if prev, dup := first[t.ID]; dup {
				v.add(path+".id", fmt.Sprintf("tier ID %q is already used by %s", t.ID, prev))
			} else {
				first[t.ID] = path
				v.tiers[t.ID] = true
				v.tierIDs = append(v.tierIDs, t.ID)
				v.tierNames = append(v.tierNames, string(t.ID))
			}
		}
		v.text(path+".name", t.Name)
		v.text(path+".summary", t.Summary)
		if t.NSCLimit < 1 {
			v.add(path+".nscLimit", fmt.Sprintf("must be at least 1, got %d", t.NSCLimit))
		}
		v.texts(path+".successTeam", t.SuccessTeam, "role")
		v.texts(path+".channels", t.Channels, "channel")
		v.defaultAllowances(path+".defaultAllowances", t)
		v.source(path+".source", t.Source)
	}
}

// MaxDefaultAllowance is the largest default allowance per contract year a
// tier may give (the most a customer's contract may allow).
const MaxDefaultAllowance = 10000

// defaultAllowances checks a tier's default allowances: from 0 to
// MaxDefaultAllowance, and accelerators only on a tier that includes them.
func (v *validator) defaultAllowances(path string, t Tier) {
	a := t.DefaultAllowances
	for _, n := range []struct {
		field string
		value int
	}{{"acceleratorsPerYear", a.AcceleratorsPerYear}, {"fieldHoursPerYear", a.FieldHoursPerYear}} {
		if n.value < 0 || n.value > MaxDefaultAllowance {
			v.add(path+"."+n.field, fmt.Sprintf("must be from 0 to %d, got %d", MaxDefaultAllowance, n.value))
		}
	}
	if a.AcceleratorsPerYear > 0 && !t.Accelerators {
		v.add(path+".acceleratorsPerYear", fmt.Sprintf("must be 0 on a tier without Success Accelerators, got %d", a.AcceleratorsPerYear))
	}
}

func (v *validator) comparison() {
	topics := map[string]string{}
	for i, row := range v.c.Comparison {
		path := at("comparison", i)
		if v.text(path+".topic", row.Topic) {
			topic := strings.ToLower(strings.TrimSpace(row.Topic))
			if prev, dup := topics[topic]; dup {
				v.add(path+".topic", fmt.Sprintf("topic %q is already used by %s", row.Topic, prev))
			} else {
				topics[topic] = path
			}
		}
		for _, t := range v.tierIDs {
			value, ok := row.Values[t]
			switch {
			case !ok:
				v.add(path+".values"+key(string(t)), "missing value for this tier")
			case strings.TrimSpace(value) == "":
				v.add(path+".values"+key(string(t)), "must not be empty")
			}
		}
		for _, k := range sortedKeys(row.Values) {
			if !v.tiers[k] {
				v.add(path+".values"+key(string(k)), fmt.Sprintf("unknown tier %q%s", k, strictjson.Suggestion(string(k), v.tierNames)))
			}
		}
	}
}

func (v *validator) addOns() {
	addOnStates := asStrings(AddOnStates())
	for i, a := range v.c.AddOns {
		path := at("addons", i)
		v.itemID(path, a.ID)
		v.text(path+".name", a.Name)
		v.text(path+".description", a.Description)
		for _, t := range v.tierIDs {
			state, ok := a.States[t]
			switch {
			case !ok:
				v.add(path+".states"+key(string(t)), "missing state for this tier; want "+orList(addOnStates))
			case !slices.Contains(addOnStates, string(state)):
				v.add(path+".states"+key(string(t)), unknownValue("state", string(state), addOnStates))
			}
		}
		for _, k := range sortedKeys(a.States) {
			if !v.tiers[k] {
				v.add(path+".states"+key(string(k)), fmt.Sprintf("unknown tier %q%s", k, strictjson.Suggestion(string(k), v.tierNames)))
			}
		}
		if a.RequiresSolution != "" {
			v.solution(path+".requiresSolution", a.RequiresSolution)
		}
		v.source(path+".source", a.Source)
	}
}

func (v *validator) responseTables() {
	ids := map[string]string{}
	scopes := map[string]string{}
	standard := ""
	for i, t := range v.c.ResponseTables {
		path := at("responseTables", i)
		if v.id(path+".id", t.ID) {
			if prev, dup := ids[t.ID]; dup {
				v.add(path+".id", fmt.Sprintf("table ID %q is already used by %s", t.ID, prev))
			} else {
				ids[t.ID] = path
			}
		}
		v.text(path+".name", t.Name)
		scope := t.Product + "@" + t.EffectiveFrom.String()
		if prev, dup := scopes[scope]; dup {
			what := "standard table"
			if t.Product != "" {
				what = fmt.Sprintf("table for product %q", t.Product)
			}
			if !t.EffectiveFrom.IsZero() {
				what += " from " + t.EffectiveFrom.String()
			}
			v.add(path, fmt.Sprintf("a second %s; the first is %s", what, prev))
		} else {
			scopes[scope] = path
		}
		if t.Product == "" && standard == "" {
			standard = path
		}
		v.targets(path+".targets", t.Targets)
		v.source(path+".source", t.Source)
	}
	if standard == "" {
		v.add("responseTables", `no standard table (one without "product")`)
	}
}

// targets checks the targets of one response table: each valid, and one
// per tier and priority.
func (v *validator) targets(path string, targets []ResponseTarget) {
	priorities, clocks := asStrings(Priorities()), asStrings(Clocks())
	for j, tg := range targets {
		tp := at(path, j)
		if tg.Tier != "" && !v.tiers[tg.Tier] {
			v.add(tp+".tier", fmt.Sprintf("unknown tier %q%s", tg.Tier, strictjson.Suggestion(string(tg.Tier), v.tierNames)))
		}
		if !slices.Contains(priorities, string(tg.Priority)) {
			v.add(tp+".priority", unknownValue("priority", string(tg.Priority), priorities))
		}
		switch tg.Clock {
		case Clock24x7, Clock24x5, ClockBusinessHours:
			if tg.Minutes <= 0 {
				v.add(tp+".minutes", fmt.Sprintf("must be positive for the %s clock, got %d", tg.Clock, tg.Minutes))
			}
			if tg.BusinessDays != 0 {
				v.add(tp+".businessDays", fmt.Sprintf("does not apply to the %s clock; use minutes", tg.Clock))
			}
		case ClockBusinessDays:
			if tg.BusinessDays <= 0 {
				v.add(tp+".businessDays", fmt.Sprintf("must be positive for the %s clock, got %d", tg.Clock, tg.BusinessDays))
			}
			if tg.Minutes != 0 {
				v.add(tp+".minutes", fmt.Sprintf("does not apply to the %s clock; use businessDays", tg.Clock))
			}
		default:
			v.add(tp+".clock", unknownValue("clock", string(tg.Clock), clocks))
		}
		if tg.Allows24x5 && tg.Clock != ClockBusinessHours {
			v.add(tp+".allows24x5", fmt.Sprintf("applies only to the %s clock", ClockBusinessHours))
		}
	}
	for _, t := range v.tierIDs {
		for _, pr := range priorities {
			first := -1
			for j, tg := range targets {
				if string(tg.Priority) != pr || (tg.Tier != "" && tg.Tier != t) {
					continue
				}
				if first < 0 {
					first = j
					continue
				}
				v.add(at(path, j), fmt.Sprintf("a second %s target for tier %q; the first is %s", pr, t, at(path, first)))
			}
			if first < 0 {
				v.add(path, fmt.Sprintf("no %s target for tier %q", pr, t))
			}
		}
	}
}

func (v *validator) regions() {
	if len(v.c.Regions) == 0 {
		v.add("regions", "must list at least one region")
	}
	first := map[RegionID]string{}
	for i, r := range v.c.Regions {
		path := at("regions", i)
		if v.id(path+".id", string(r.ID)) {
			if prev, dup := first[r.ID]; dup {
				v.add(path+".id", fmt.Sprintf("region ID %q is already used by %s", r.ID, prev))
			} else {
				first[r.ID] = path
			}
		}
		v.text(path+".name", r.Name)
		v.timeZone(path+".timeZone", r.TimeZone)
		open, openOK := v.clockTime(path+".open", r.Open)
		closing, closeOK := v.clockTime(path+".close", r.Close)
		if openOK && closeOK && closing <= open {
			v.add(path+".close", fmt.Sprintf("closing time %s is not after opening time %s", r.Close, r.Open))
		}
		v.languages(path+".languages", r.Languages)
		v.holidays(path+".holidays", r.Holidays)
		if r.HolidaysSource != "" {
			v.source(path+".holidaysSource", r.HolidaysSource)
		}
		v.source(path+".source", r.Source)
	}
}

// timeZone checks that zone names an IANA time zone.
func (v *validator) timeZone(path, zone string) {
	if !v.text(path, zone) {
		return
	}
	if zone == "Local" {
		// time.LoadLocation accepts it, but it means the zone of whichever
		// machine reads the file.
		v.add(path, `"Local" depends on the computer; want an IANA name such as Europe/London`)
		return
	}
	err, seen := v.zones[zone]
	if !seen {
		_, err = time.LoadLocation(zone)
		v.zones[zone] = err
	}
	if err != nil {
		v.add(path, fmt.Sprintf("unknown time zone %q; want an IANA name such as Europe/London", zone))
	}
}

// clockTime parses a time of day written HH:MM (00:00 to 24:00) as minutes
// after midnight.
func (v *validator) clockTime(path, s string) (int, bool) {
	m, ok := parseTimeOfDay(s)
	if !ok {
		v.add(path, fmt.Sprintf("%q is not a time of day; want HH:MM, e.g. 09:00", s))
	}
	return m, ok
}

// parseTimeOfDay parses HH:MM (00:00 to 24:00) as minutes after midnight.
func parseTimeOfDay(s string) (int, bool) {
	if len(s) != 5 || s[2] != ':' {
		return 0, false
	}
	h, err1 := strconv.Atoi(s[:2])
	m, err2 := strconv.Atoi(s[3:])
	if err1 != nil || err2 != nil || s[0] == '+' || s[0] == '-' || s[3] == '+' || s[3] == '-' ||
		h < 0 || m < 0 || m > 59 || h*60+m > 24*60 {
		return 0, false
	}
	return h*60 + m, true
}

func (v *validator) languages(path string, rules []LanguageRule) {
	if len(rules) == 0 {
		v.add(path, "must list at least one language")
	}
	seen := map[string]string{}
	for i, l := range rules {
		lp := at(path, i)
		if v.text(lp+".language", l.Language) {
			k := strings.ToLower(strings.TrimSpace(l.Language))
			if prev, dup := seen[k]; dup {
				v.add(lp+".language", fmt.Sprintf("language %q is already listed at %s", l.Language, prev))
			} else {
				seen[k] = lp
			}
		}
		v.text(lp+".rule", l.Rule)
		v.solutionRefs(lp+".excludedSolutions", l.ExcludedSolutions, false)
	}
}

func (v *validator) holidays(path string, days []Holiday) {
	seen := map[Date]string{}
	for i, h := range days {
		hp := at(path, i)
		if h.Date.IsZero() {
			v.add(hp+".date", "must be set")
		} else if prev, dup := seen[h.Date]; dup {
			v.add(hp+".date", fmt.Sprintf("%s is already listed at %s", h.Date, prev))
		} else {
			seen[h.Date] = hp
		}
		v.text(hp+".name", h.Name)
	}
}

func (v *validator) followUp() {
	f := v.c.FollowUp
	const path = "followUp"
	v.texts(path+".statuses", f.Statuses, "status")
	if len(f.Reminders) == 0 {
		v.add(path+".reminders", "must list at least one reminder")
	}
	for i, r := range f.Reminders {
		rp := at(path+".reminders", i)
		if r.AfterHours <= 0 {
			v.add(rp+".afterHours", fmt.Sprintf("must be positive, got %d", r.AfterHours))
		}
		if r.DaysLeft < 0 {
			v.add(rp+".daysLeft", fmt.Sprintf("must not be negative, got %d", r.DaysLeft))
		}
		if i == 0 {
			continue
		}
		prev := f.Reminders[i-1]
		if r.AfterHours <= prev.AfterHours {
			v.add(rp+".afterHours", fmt.Sprintf("reminder at %d hours is not after the previous one at %d hours", r.AfterHours, prev.AfterHours))
		}
		if r.DaysLeft >= prev.DaysLeft {
			v.add(rp+".daysLeft", fmt.Sprintf("%d days left is not fewer than the previous reminder's %d", r.DaysLeft, prev.DaysLeft))
		}
	}
	if f.AutoCloseAfterHours <= 0 {
		v.add(path+".autoCloseAfterHours", fmt.Sprintf("must be positive, got %d", f.AutoCloseAfterHours))
	} else if n := len(f.Reminders); n > 0 && f.AutoCloseAfterHours <= f.Reminders[n-1].AfterHours {
		v.add(path+".autoCloseAfterHours", fmt.Sprintf("closing at %d hours is not after the last reminder at %d hours", f.AutoCloseAfterHours, f.Reminders[n-1].AfterHours))
	}
	if f.ReopenWithinDays < 0 {
		v.add(path+".reopenWithinDays", fmt.Sprintf("must not be negative, got %d", f.ReopenWithinDays))
	}
	v.source(path+".source", f.Source)
}

func (v *validator) phases() {
	order := PhaseOrder()
	names := phaseNames()
	seen := map[PhaseID]string{}
	last := -1
	for i, p := range v.c.Phases {
		path := at("phases", i)
		pos := slices.Index(order, p.ID)
		switch prev, dup := seen[p.ID]; {
		case p.ID == "":
			v.add(path+".id", "must not be empty")
		case pos < 0:
			v.add(path+".id", unknownValue("phase", string(p.ID), names))
		case dup:
			v.add(path+".id", fmt.Sprintf("phase %q is already given at %s", p.ID, prev))
		default:
			seen[p.ID] = path
			if pos < last {
				v.add(path+".id", fmt.Sprintf("phase %q is out of order; want %s", p.ID, strings.Join(names, ", ")))
			}
			last = max(last, pos)
		}
		v.text(path+".name", p.Name)
		v.texts(path+".activities", p.Activities, "activity")
		if p.DeliverableKind != "" {
			if !slices.Contains(DeliverableKinds(), p.DeliverableKind) {
				v.add(path+".deliverableKind", unknownValue("deliverable kind", p.DeliverableKind, DeliverableKinds()))
			}
			if strings.TrimSpace(p.Deliverable) == "" {
				v.add(path+".deliverable", "must be set when deliverableKind is")
			}
		}
		v.source(path+".source", p.Source)
	}
	for _, id := range order {
		if _, ok := seen[id]; !ok {
			v.add("phases", fmt.Sprintf("missing phase %q", id))
		}
	}
}

func (v *validator) fieldActivities() {
	for i, f := range v.c.FieldActivities {
		path := at("fieldActivities", i)
		v.itemID(path, f.ID)
		v.text(path+".name", f.Name)
		v.solutionRefs(path+".solutions", f.Solutions, true)
		v.text(path+".purpose", f.Purpose)
		v.phaseRefs(path+".phases", f.Phases)
		v.hours(path+".hours", f.Hours)
		v.source(path+".source", f.Source)
	}
}

func (v *validator) proactiveActivities() {
	for i, p := range v.c.ProactiveActivities {
		path := at("proactiveActivities", i)
		v.itemID(path, p.ID)
		v.text(path+".name", p.Name)
		v.text(path+".description", p.Description)
		if len(p.Tiers) == 0 {
			v.add(path+".tiers", "must list at least one tier")
		}
		seen := map[TierID]bool{}
		for j, t := range p.Tiers {
			switch {
			case !v.tiers[t]:
				v.add(at(path+".tiers", j), fmt.Sprintf("unknown tier %q%s", t, strictjson.Suggestion(string(t), v.tierNames)))
			case seen[t]:
				v.add(at(path+".tiers", j), fmt.Sprintf("tier %q is listed twice", t))
			}
			seen[t] = true
		}
		v.phaseRefs(path+".phases", p.Phases)
		v.hours(path+".hours", p.Hours)
		v.source(path+".source", p.Source)
	}
}

func (v *validator) touchpoints() {
	for i, t := range v.c.Touchpoints {
		path := at("touchpoints", i)
		v.itemID(path, t.ID)
		v.text(path+".name", t.Name)
		v.text(path+".description", t.Description)
		v.hours(path+".hours", t.Hours)
		v.source(path+".source", t.Source)
	}
}

func (v *validator) accelerators() {
	for i, a := range v.c.Accelerators {
		path := at("accelerators", i)
		v.itemID(path, a.ID)
		v.text(path+".name", a.Name)
		if v.text(path+".solution", string(a.Solution)) {
			v.solution(path+".solution", a.Solution)
		}
		if !slices.Contains(Categories(), a.Category) {
			v.add(path+".category", unknownValue("category", a.Category, Categories()))
		}
		v.phaseRefs(path+".phases", a.Phases)
		v.text(path+".format", a.Format)
		v.hours(path+".hours", a.Hours)
		v.text(path+".description", a.Description)
		for j, pre := range a.Prerequisites {
			v.text(at(path+".prerequisites", j), pre)
		}
		v.source(path+".source", a.Source)
	}
}

// itemID checks the ID of an item at path: set, and unique across every
// kind of item.
func (v *validator) itemID(path, id string) {
	if !v.id(path+".id", id) {
		return
	}
	if prev, dup := v.itemIDs[id]; dup {
		v.add(path+".id", fmt.Sprintf("item ID %q is already used by %s", id, prev))
		return
	}
	v.itemIDs[id] = path
}

// id checks an identifier and reports whether it is usable.
func (v *validator) id(path, id string) bool {
	switch {
	case id == "":
		v.add(path, "must not be empty")
	case strings.TrimSpace(id) != id:
		v.add(path, fmt.Sprintf("%q has spaces around it", id))
	default:
		return true
	}
	return false
}

// text checks that s holds more than spaces and reports whether it does.
func (v *validator) text(path, s string) bool {
	if strings.TrimSpace(s) == "" {
		v.add(path, "must not be empty")
		return false
	}
	return true
}

// texts checks a list that needs at least one entry, none empty.
func (v *validator) texts(path string, list []string, what string) {
	if len(list) == 0 {
		v.add(path, "must list at least one "+what)
	}
	for i, s := range list {
		v.text(at(path, i), s)
	}
}

func (v *validator) solution(path string, id SolutionID) {
	if !v.solutions[id] {
		v.add(path, fmt.Sprintf("unknown solution %q%s", id, strictjson.Suggestion(string(id), v.solutionNames)))
	}
}

// solutionRefs checks a list of solution references; required says whether
// the list may be empty.
func (v *validator) solutionRefs(path string, ids []SolutionID, required bool) {
	if required && len(ids) == 0 {
		v.add(path, "must list at least one solution")
	}
	seen := map[SolutionID]bool{}
	for i, id := range ids {
		if seen[id] {
			v.add(at(path, i), fmt.Sprintf("solution %q is listed twice", id))
			continue
		}
		seen[id] = true
		v.solution(at(path, i), id)
	}
}

func (v *validator) phaseRefs(path string, ids []PhaseID) {
	if len(ids) == 0 {
		v.add(path, "must list at least one phase")
	}
	seen := map[PhaseID]bool{}
	for i, id := range ids {
		switch {
		case !slices.Contains(PhaseOrder(), id):
			v.add(at(path, i), unknownValue("phase", string(id), phaseNames()))
		case seen[id]:
			v.add(at(path, i), fmt.Sprintf("phase %q is listed twice", id))
		}
		seen[id] = true
	}
}

func (v *validator) hours(path string, h int) {
	if h < MinHours || h > MaxHours {
		v.add(path, fmt.Sprintf("want %d to %d hours, got %d", MinHours, MaxHours, h))
	}
}

func (v *validator) source(path, s string) {
	if !v.sources[s] {
		v.add(path, unknownValue("source", s, knownSources(v.c.Sources)))
	}
}

// at returns path with a list index appended: at("accelerators", 3) is
// "accelerators[3]".
func at(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// key returns a map key as a path step: ".expert", or `["odd key"]`.
func key(k string) string {
	if strictjson.PlainName(k) {
		return "." + k
	}
	return "[" + strconv.Quote(k) + "]"
}

func phaseNames() []string { return asStrings(PhaseOrder()) }

// asStrings converts a list of string-based IDs to plain strings.
func asStrings[S ~string](list []S) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = string(s)
	}
	return out
}

func sortedKeys[K ~string, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// unknownValue says that got is not one of the allowed values of what.
func unknownValue(what, got string, allowed []string) string {
	if got == "" {
		return "must not be empty; want " + orList(allowed)
	}
	if s := strictjson.Suggestion(got, allowed); s != "" {
		return fmt.Sprintf("unknown %s %q%s", what, got, s)
	}
	return fmt.Sprintf("unknown %s %q; want %s", what, got, orList(allowed))
}

// orList joins ["a","b","c"] as "a, b or c".
func orList(s []string) string {
	if len(s) < 2 {
		return strings.Join(s, "")
	}
	return strings.Join(s[:len(s)-1], ", ") + " or " + s[len(s)-1]
}
