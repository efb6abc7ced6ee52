package planner

import (
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
)

// Request asks for one activity to be placed in the quarter.
type Request struct {
	CustomerID ID     `json:"customerId"`
	ItemID     string `json:"itemId"`
	// Solution the activity is for; an accelerator's own when empty. A
	// field activity needs one.
	Solution catalog.SolutionID `json:"solution"`
	// Phase of the engagement the activity belongs to, if any.
	Phase catalog.PhaseID `json:"phase"`
	// Hours of expert effort; zero takes the item's typical hours.
	Hours float64 `json:"hours"`
	// PrepareFor names the customer's key event a readiness activity
	// prepares, if any.
	PrepareFor string `json:"prepareFor"`
	// Earliest and Latest narrow the days the activity may take; zero
	// leaves that side to the quarter.
	Earliest    Date   `json:"earliest"`
	Latest      Date   `json:"latest"`
	Owner       string `json:"owner"`
	ObjectiveID ID     `json:"objectiveId"`
}

// Unplaced is a request AutoSchedule could not place, and why.
type Unplaced struct {
	Request Request      `json:"request"`
	Kind    ConflictKind `json:"kind"`
	Reason  Text         `json:"reason"`
}

// Proposal is the outcome of AutoSchedule.
type Proposal struct {
	// Placed are the new activities, status proposed, ordered by day,
	// customer and ID.
	Placed []Activity `json:"placed"`
	// Unplaced are the requests that found no day, in request order.
	Unplaced []Unplaced `json:"unplaced"`
}

// AutoSchedule places requests into the quarter of in; see
// (*Schedule).AutoSchedule.
func AutoSchedule(in PlanInput, reqs []Request) (Proposal, error) {
	return AutoScheduleContext(context.Background(), in, reqs)
}

// AutoScheduleContext is AutoSchedule that stops, between customers and
// between requests, when ctx is done, and then returns an error wrapping
// ctx.Err().
func AutoScheduleContext(ctx context.Context, in PlanInput, reqs []Request) (Proposal, error) {
	s, err := NewScheduleContext(ctx, in)
	if err != nil {
		return Proposal{}, err
	}
	return s.autoSchedule(ctx, reqs)
}

// schedJob is a request on its way through AutoSchedule.
type schedJob struct {
	index         int
	customerIndex int
	customer      *schedCustomer
	item          *catalog.Item
	solution      catalog.SolutionID
	hours         float64
	// lo and hi are the first and last day numbers the activity may take.
	lo, hi int
	// readiness jobs prepare the key event named prepare, on day number
	// event.
	readiness bool
	event     int
	prepare   string
	// candidates is how many business days lie in lo..hi: the fewer, the
	// sooner the job is placed.
	candidates int
}

// AutoSchedule places the requests into the quarter without conflicts
// where it can, and says why it could not for the others. The schedule
// itself is not changed.
//
// Requests are placed one at a time, the most constrained first (fewest
// possible business days, then readiness activities, then the most hours,
// then request order). Each goes on the business day of the customer's
// calendar, inside the quarter, the contract term and the request's own
// window, that keeps every rule of Check: the week stays within capacity,
// the customer is licensed and entitled, the contract year's allowance
// (counting what is already placed) suffices, it falls after the planned
// end of every earlier open phase and before the key event it prepares.
// Among those days it takes the one whose week would carry the fewest
// hours, then the one where the customer has the fewest hours that week,
// then the earliest. A readiness activity first prefers days in the
// readiness lead window before its event (the nearer the better), and
// there the latest day.
//
// The result depends only on the input: the same input gives the same
// proposal, with IDs derived from the requests.
func (s *Schedule) AutoSchedule(reqs []Request) Proposal {
	prop, _ := s.autoSchedule(context.Background(), reqs) // a background context is never done
	return prop
}

// autoSchedule is AutoSchedule that stops between requests when ctx is
// done, and then returns an error wrapping ctx.Err().
func (s *Schedule) autoSchedule(ctx context.Context, reqs []Request) (Proposal, error) {
	// why holds, per request, why it was not placed ("" when it was).
	type why struct {
		kind   ConflictKind
		reason Text
	}
	unplaced := make([]why, len(reqs))
	jobs := make([]schedJob, 0, len(reqs))
	// order is the placing order, sorted on small keys rather than jobs.
	type key struct {
		candidates int
		readiness  bool
		hours      float64
		job        int
	}
	order := make([]key, 0, len(reqs))
	for i := range reqs {
		job, kind, reason := s.prepareJob(i, &reqs[i])
		if kind != "" {
			unplaced[i] = why{kind, reason}
			continue
		}
		order = append(order, key{job.candidates, job.readiness, job.hours, len(jobs)})
		jobs = append(jobs, job)
	}
	slices.SortFunc(order, func(a, b key) int {
		if c := cmp.Compare(a.candidates, b.candidates); c != 0 {
			return c
		}
		if a.readiness != b.readiness {
			if a.readiness {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(b.hours, a.hours); c != 0 {
			return c
		}
		return cmp.Compare(a.job, b.job) // jobs are in request order
	})

	// The hours per week and the allowances used change as jobs are
	// placed; each customer's are copied when first touched.
	week := slices.Clone(s.weekHours)
	custWeek := make([][]float64, len(s.customers))
	years := make([][]schedYear, len(s.customers))
	// placed orders the new activities by day, customer and ID on keys
	// that compare as integers.
	type placed struct {
		day, customer int
		idHigh, idLow uint64
		activity      int
	}
	keys := make([]placed, 0, len(order))
	acts := make([]Activity, 0, len(order))
	for _, k := range order {
		if err := ctx.Err(); err != nil {
			return Proposal{}, fmt.Errorf("auto-schedule: %w", err)
		}
		job := &jobs[k.job]
		ci := job.customerIndex
		c := &s.customers[ci]
		if custWeek[ci] == nil {
			custWeek[ci] = slices.Clone(c.weekHours)
			years[ci] = slices.Clone(c.years)
		}
		day, kind, reason := s.place(job, week, custWeek[ci], years[ci])
		if kind != "" {
			unplaced[job.index] = why{kind, reason}
			continue
		}
		w := (day - s.start) / 7
		week[w] += job.hours
		custWeek[ci][w] += job.hours
		switch job.item.Kind {
		case catalog.KindAccelerator:
			years[ci][c.quarterYearIndex(day)].accelerators++
		case catalog.KindField:
			years[ci][c.quarterYearIndex(day)].fieldHours += job.hours
		}
		r := &reqs[job.index]
		date := civilDate(day)
		a := Activity{
			ID:          schedActivityID(r, job.index, date),
			CustomerID:  c.account.Customer.ID,
			ItemID:      job.item.ID,
			Solution:    job.solution,
			Phase:       r.Phase,
			Date:        date,
			Hours:       job.hours,
			Owner:       r.Owner,
			Status:      ActivityProposed,
			ObjectiveID: r.ObjectiveID,
			PrepareFor:  job.prepare,
		}
		keys = append(keys, placed{day: day, customer: s.customerRank[ci],
			idHigh: binary.BigEndian.Uint64(a.ID[:8]), idLow: binary.BigEndian.Uint64(a.ID[8:]), activity: len(acts)})
		acts = append(acts, a)
	}
	slices.SortFunc(keys, func(a, b placed) int {
		if c := cmp.Compare(a.day, b.day); c != 0 {
			return c
		}
		if c := cmp.Compare(a.customer, b.customer); c != 0 {
			return c
		}
		if c := cmp.Compare(a.idHigh, b.idHigh); c != 0 {
			return c
		}
		return cmp.Compare(a.idLow, b.idLow)
	})
	var prop Proposal
	if len(keys) > 0 {
		prop.Placed = make([]Activity, len(keys))
		for i, k := range keys {
			prop.Placed[i] = acts[k.activity]
		}
	}
	n := 0
	for _, u := range unplaced {
		if u.kind != "" {
			n++
		}
	}
	if n > 0 {
		prop.Unplaced = make([]Unplaced, 0, n)
		for i, u := range unplaced {
			if u.kind != "" {
				prop.Unplaced = append(prop.Unplaced, Unplaced{Request: reqs[i], Kind: u.kind, Reason: u.reason})
			}
		}
	}
	return prop, nil
}

// prepareJob checks what does not depend on the day (customer, item,
// hours, licence, entitlement) and works out the days the request may
// take. A non-empty kind says why the request cannot be placed at all.
func (s *Schedule) prepareJob(index int, r *Request) (schedJob, ConflictKind, Text) {
	ci, ok := s.byID[r.CustomerID]
	if !ok {
		return schedJob{}, ConflictInvalidRequest, Textf("no customer with ID %s in the portfolio", r.CustomerID)
	}
	c := &s.customers[ci]
	item, ok := s.itemIndex[r.ItemID]
	if !ok {
		return schedJob{}, ConflictInvalidRequest, Textf("the catalog has no item %q", r.ItemID)
	}
	it := &s.items[item]
	sol := schedSolutionOf(it, r.Solution)
	switch e := s.entitlement(c, item, sol); e.kind {
	case "":
	case ConflictNotLicensed:
		return schedJob{}, e.kind, s.notLicensedReason(c, it, sol)
	default:
		return schedJob{}, e.kind, e.reason
	}
	hours := r.Hours
	if hours == 0 {
		hours = float64(it.Hours)
	}
	if !(hours > 0) || math.IsInf(hours, 0) {
		return schedJob{}, ConflictInvalidRequest, Textf("%s needs a number of hours more than 0 (the request gives %s and the catalog %d)",
			it.Name, schedHours(r.Hours), it.Hours)
	}
	if r.Phase != "" {
		if _, known := s.cat.Phase(r.Phase); !known {
			return schedJob{}, ConflictInvalidRequest, Textf("unknown phase %q", r.Phase)
		}
	}
	if hours > s.capacity+schedEpsilon {
		return schedJob{}, ConflictCapacity, Textf("%s needs %s h, more than the weekly capacity of %s h",
			it.Name, schedHours(hours), schedHours(s.capacity))
	}

	job := schedJob{index: index, customerIndex: ci, customer: c, item: it, solution: sol, hours: hours}
	// The window: each bound remembers what set it, for the message.
	lo := schedBound{day: s.quarterFirst, kind: ConflictOutsideQuarter, what: s.quarterStartText, phase: -1}
	hi := schedBound{day: s.quarterLast, kind: ConflictOutsideQuarter, what: s.quarterEndText, phase: -1}
	raise := func(b schedBound) {
		if b.day > lo.day {
			lo = b
		}
	}
	lower := func(b schedBound) {
		if b.day < hi.day {
			hi = b
		}
	}
	if !r.Earliest.IsZero() {
		raise(schedBound{day: civilDayNumber(r.Earliest), kind: ConflictOutsideQuarter, what: Textf("the earliest day asked"), phase: -1})
	}
	if !r.Latest.IsZero() {
		lower(schedBound{day: civilDayNumber(r.Latest), kind: ConflictOutsideQuarter, what: Textf("the latest day asked"), phase: -1})
	}
	raise(schedBound{day: c.contractFirst, kind: ConflictContract, what: Textf("the start of the contract"), phase: -1})
	lower(schedBound{day: c.contractLast, kind: ConflictContract, what: Textf("the end of the contract"), phase: -1})
	if p := c.phaseIndex(r.Phase); p >= 0 && c.phaseFrom[p] > lo.day {
		if c.phaseFrom[p] >= schedFarFuture {
			return schedJob{}, ConflictPhaseOrder, s.phaseBlock(c, it.Name, p, lo.day)
		}
		raise(schedBound{day: c.phaseFrom[p], kind: ConflictPhaseOrder, phase: p})
	}
	if name := strings.TrimSpace(r.PrepareFor); name != "" {
		// Check takes the first event of the name on or after the
		// activity's day; an event on the first possible day itself
		// cannot be prepared, so the window starts after it.
		ev, evDay, found := c.keyEvent(name, lo.day)
		for found && evDay == lo.day {
			raise(schedBound{day: lo.day + 1, kind: ConflictKeyEvent, event: ev.Name, phase: -1})
			ev, evDay, found = c.keyEvent(name, lo.day)
		}
		switch {
		case !found:
			return schedJob{}, ConflictKeyEvent, Textf("%s prepares %q, which is not a key event of %s",
				it.Name, name, c.account.Customer.Name)
		case evDay <= lo.day:
			return schedJob{}, ConflictKeyEvent, Textf("%s prepares %s (%s), which is not after %s (%s)",
				it.Name, ev.Name, ev.Date, civilDate(lo.day), s.boundText(c, lo, true))
		}
		job.readiness, job.event, job.prepare = true, evDay, ev.Name
		lower(schedBound{day: evDay - 1, kind: ConflictKeyEvent, event: ev.Name, phase: -1})
	}
	if lo.day > hi.day {
		kind := lo.kind
		if kind == ConflictOutsideQuarter {
			kind = hi.kind
		}
		return schedJob{}, kind, Textf("no day is possible: it must be on or after %s (%s) and on or before %s (%s)",
			civilDate(lo.day), s.boundText(c, lo, true), civilDate(hi.day), s.boundText(c, hi, false))
	}
	job.lo, job.hi = lo.day, hi.day
	job.candidates = c.openBefore[hi.day-s.start+1] - c.openBefore[lo.day-s.start]
	if job.candidates == 0 {
		if !c.region.IsZero() {
			return schedJob{}, ConflictNonBusinessDay, Textf("no business day in %s between %s and %s",
				c.region, civilDate(lo.day), civilDate(hi.day))
		}
		return schedJob{}, ConflictNonBusinessDay, Textf("no business day in %s's calendar between %s and %s",
			c.account.Customer.Name, civilDate(lo.day), civilDate(hi.day))
	}
	return job, "", Text{}
}

// schedBound is one end of the days a request may take, and what set it.
type schedBound struct {
	day  int
	kind ConflictKind
	// what says what set the bound; phase (when not -1) or event, when
	// set, say it instead.
	what  Text
	phase int
	event string
}

// boundText says what set bound b, the lower bound when low is set.
func (s *Schedule) boundText(c *schedCustomer, b schedBound, low bool) Text {
	switch {
	case b.phase >= 0:
		return s.phaseEndWhat(c, b.phase)
	case b.event != "" && low:
		return Textf("the day after %s", b.event)
	case b.event != "":
		return Textf("the day before %s", b.event)
	}
	return b.what
}

// schedAppendDate appends the day with day number n as YYYY-MM-DD.
func schedAppendDate(b []byte, n int) []byte {
	d := civilDate(n)
	if d.Year < 0 || d.Year > 9999 {
		return append(b, d.String()...)
	}
	y, m, day := d.Year, int(d.Month), d.Day
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-', byte('0'+day/10), byte('0'+day%10))
}

// phaseEndWhat names the planned phase end that sets the first day of an
// activity of phase index p, as "the planned end of Design".
func (s *Schedule) phaseEndWhat(c *schedCustomer, p int) Text {
	for j := p - 1; j >= 0; j-- {
		ph := c.engagement.Phases[j]
		if ph.Status.Open() && !ph.PlannedEnd.IsZero() && civilDayNumber(ph.PlannedEnd)+1 == c.phaseFrom[p] {
			return Textf("after the planned end of %s", phaseDisplayName(s.cat, ph.Phase))
		}
	}
	return Textf("after the planned end of an earlier phase")
}

// place finds the best day for job given the hours per week (all
// customers and this one) and the customer's contract years, or says why
// there is none.
func (s *Schedule) place(job *schedJob, week, mine []float64, years []schedYear) (int, ConflictKind, Text) {
	c := job.customer
	allow := c.account.Customer.Contract.Allowances
	accLimit := job.item.Kind == catalog.KindAccelerator && allow.AcceleratorsPerYear > 0
	fieldLimit := job.item.Kind == catalog.KindField
	fieldMax := float64(allow.FieldHoursPerYear) + schedEpsilon
	limit := s.capacity + schedEpsilon - job.hours
	readiness := job.readiness
	var leadFrom, leadTo int
	if readiness {
		leadFrom, leadTo = job.event-s.lead.MaxDays, job.event-s.lead.MinDays
	}

	best := -1
	var bestDist int
	var bestLoad, bestMine float64
	blockedYear := -1
	allowanceOK := false
	for day := job.lo; day <= job.hi; day++ {
		i := day - s.start
		if !c.open[i] {
			continue
		}
		yi := c.quarterYearIndex(day)
		y := &years[yi]
		if (accLimit && y.accelerators >= allow.AcceleratorsPerYear) || (fieldLimit && y.fieldHours+job.hours > fieldMax) {
			if blockedYear < 0 {
				blockedYear = yi
			}
			continue
		}
		allowanceOK = true
		w := i / 7
		if week[w] > limit {
			continue
		}
		load, own := week[w]+job.hours, mine[w]
		dist := 0
		if readiness {
			switch {
			case day < leadFrom:
				dist = leadFrom - day
			case day > leadTo:
				dist = day - leadTo
			}
		}
		better := best < 0
		if !better {
			switch {
			case dist != bestDist:
				better = dist < bestDist
			case load != bestLoad:
				better = load < bestLoad
			case own != bestMine:
				better = own < bestMine
			default:
				better = readiness // later wins for readiness, earlier otherwise
			}
		}
		if better {
			best, bestDist, bestLoad, bestMine = day, dist, load, own
		}
	}
	if best >= 0 {
		return best, "", Text{}
	}
	if !allowanceOK {
		y := years[blockedYear]
		first, last := civilDate(y.first), civilDate(y.last)
		cust := c.account.Customer.Name
		if job.item.Kind == catalog.KindAccelerator {
			return 0, ConflictAllowance, Textf("%s has %d of %d accelerators delivered, committed or proposed in the contract year %s..%s",
				cust, y.accelerators, allow.AcceleratorsPerYear, first, last)
		}
		return 0, ConflictAllowance, Textf("%s has %s of %d field-activity hours delivered, committed or proposed in the contract year %s..%s; %s needs %s h",
			cust, schedHours(y.fieldHours), allow.FieldHoursPerYear, first, last, job.item.Name, schedHours(job.hours))
	}
	return 0, ConflictCapacity, s.capacityReason(job)
}

// capacityReason says that no week of the job's days has room for it.
// Many requests share the text when the quarter fills up, so it is made
// once per window and hours.
func (s *Schedule) capacityReason(job *schedJob) Text {
	key := schedCapacityKey{lo: job.lo, hi: job.hi, hours: job.hours}
	if text, ok := s.capacityTexts[key]; ok {
		return text
	}
	text := Textf("no week from %s to %s has %s h free (capacity %s h a week)",
		civilDate(job.lo), civilDate(job.hi), schedHours(job.hours), schedHours(s.capacity))
	s.capacityTexts[key] = text
	return text
}

type schedCapacityKey struct {
	lo, hi int
	hours  float64
}

// schedActivityID derives the ID of the activity placed for request r (at
// position index of the requests) on day date: a UUID in the version 7
// layout whose time is midnight UTC of the day, so that IDs sort by day,
// and whose other bits come from a hash of the request.
func schedActivityID(r *Request, index int, date Date) ID {
	h := schedHash{}.init()
	h = h.bytes(r.CustomerID[:]).text(r.ItemID).text(string(r.Solution)).text(string(r.Phase)).text(r.PrepareFor)
	h = h.number(uint64(index))
	return schedDerivedID(h.sum(), date)
}

// schedHash is 128-bit FNV-1a, kept in two halves and free of allocation.
type schedHash struct{ high, low uint64 }

func (h schedHash) init() schedHash {
	return schedHash{high: 0x6c62272e07bb0142, low: 0x62b821756295c58d} // the FNV-128 offset basis
}

// byte mixes one byte in: XOR into the low end, then multiply by the
// 128-bit FNV prime 2^88 + 0x13b.
func (h schedHash) byte(b byte) schedHash {
	h.low ^= uint64(b)
	hi, lo := bits.Mul64(h.low, 0x13b)
	hi += h.high*0x13b + h.low<<24 // 2^88 = 2^64 * 2^24
	return schedHash{high: hi, low: lo}
}

func (h schedHash) bytes(b []byte) schedHash {
	for _, c := range b {
		h = h.byte(c)
	}
	return h
}

// text mixes a string in, followed by a zero byte that separates it from
// the next.
func (h schedHash) text(s string) schedHash {
	for i := range len(s) {
		h = h.byte(s[i])
	}
	return h.byte(0)
}

func (h schedHash) number(n uint64) schedHash {
	for i := range 8 {
		h = h.byte(byte(n >> (56 - 8*i)))
	}
	return h
}

func (h schedHash) sum() []byte {
	var out [16]byte
	binary.BigEndian.PutUint64(out[:8], h.high)
	binary.BigEndian.PutUint64(out[8:], h.low)
	return out[:]
}

// schedDerivedID lays sum out as a UUID version 7 whose time is midnight
// UTC of day date.
func schedDerivedID(sum []byte, date Date) ID {
	var id ID
	copy(id[:], sum)
	ms := max(int64(civilDayNumber(date))*86_400_000, 0)
	id[0], id[1], id[2] = byte(ms>>40), byte(ms>>32), byte(ms>>24)
	id[3], id[4], id[5] = byte(ms>>16), byte(ms>>8), byte(ms)
	id[6] = id[6]&0x0f | 0x70 // version 7
	id[8] = id[8]&0x3f | 0x80 // RFC 4122 variant
	return id
}
