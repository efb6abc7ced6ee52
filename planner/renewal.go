package planner

import (
	"slices"
	"strconv"

	"github.com/liftoff-app/liftoff/catalog"
)

// Catalog item IDs of the touchpoints that review a customer's results
// with its sponsors. A renewal wants one of them planned before it.
const (
	// ItemQBR is the quarterly business review.
	ItemQBR = "touchpoint-qbr"
	// ItemServiceReview is the service review.
	ItemServiceReview = "touchpoint-service-review"
)

// Defaults and bounds of the settings about contract years and renewals.
const (
	// DefaultExpiryWarningDays is how many days before a contract year
	// ends a warning says that allowance will expire unused.
	DefaultExpiryWarningDays = 60
	// DefaultRenewalNoticeDays is how many days before the contract end
	// the renewal falls.
	DefaultRenewalNoticeDays = 90
	// MinSettingDays and MaxSettingDays bound ExpiryWarningDays,
	// RenewalNoticeDays and HealthSettings.BreachWindowDays.
	MinSettingDays = 1
	MaxSettingDays = 365
	// RenewalSoonDays is how many days ahead the portfolio announces a
	// renewal.
	RenewalSoonDays = 180
	// RenewalReviewDays is how many days before a renewal a QBR or service
	// review must fall to prepare it: from that many days before the
	// renewal day to the renewal day itself.
	RenewalReviewDays = 90
)

// CheckSettingDays returns what is wrong with n as a number of days of a
// setting (from MinSettingDays to MaxSettingDays), or the zero Text.
func CheckSettingDays(n int) Text {
	if n < MinSettingDays || n > MaxSettingDays {
		return Textf("must be from %d to %d days, not %d", MinSettingDays, MaxSettingDays, n)
	}
	return Text{}
}

// WarningKind says what a warning is about.
type WarningKind string

// Warning kinds.
const (
	// WarningExpiry: allowance of the contract year will expire unused.
	WarningExpiry WarningKind = "allowance-expiry"
	// WarningRenewal: a renewal has no QBR or service review before it.
	WarningRenewal WarningKind = "renewal"
	// WarningBeforeGoLive: a field activity falls before the customer's
	// Go-Live (see GoLive).
	WarningBeforeGoLive WarningKind = "before-go-live"
)

// Warning is something a TAM should act on that is not an error of the
// plan.
type Warning struct {
	Kind       WarningKind `json:"kind"`
	CustomerID ID          `json:"customerId"`
	// Date is the day the warning is about: the end of the contract year,
	// the renewal day or the day of the activity.
	Date   Date `json:"date"`
	Reason Text `json:"reason"`
}

// ExpiryWarnings returns a warning per allowance of account a that will
// expire unused: the contract year of today ends within
// s.ExpiryWarningDays days and part of the allowance is neither delivered
// nor scheduled (see Consumption.Left; proposed activities do not save it,
// they are named in the warning).
func ExpiryWarnings(cat *catalog.Catalog, a Account, s Settings, today Date) []Warning {
	cat = CustomerCatalog(cat, a.Customer)
	u := AllowanceUse(cat, a.Customer, a.Activities, today)
	days := today.DaysUntil(u.YearEnd)
	if days < 0 || days > s.ExpiryWarningDays {
		return nil
	}
	var out []Warning
	add := func(reason Text) {
		out = append(out, Warning{Kind: WarningExpiry, CustomerID: a.Customer.ID, Date: u.YearEnd, Reason: reason})
	}
	if acc := u.Accelerators; acc.Left() > 0 {
		if acc.Proposed > 0 {
			add(Textf("%d of %d accelerators left and not scheduled, %d of them proposed; the contract year ends in %s, on %s",
				acc.Left(), acc.Allowed, min(acc.Proposed, acc.Left()), Days(days), u.YearEnd))
		} else {
			add(Textf("%d of %d accelerators left and none scheduled; the contract year ends in %s, on %s",
				acc.Left(), acc.Allowed, Days(days), u.YearEnd))
		}
	}
	if h := u.FieldHours; h.Left() > 0 {
		left, allowed := strconv.FormatFloat(h.Left(), 'g', -1, 64), strconv.FormatFloat(h.Allowed, 'g', -1, 64)
		if h.Proposed > 0 {
			add(Textf("%s of %s field-activity hours left and not scheduled, %s h of them proposed; the contract year ends in %s, on %s",
				left, allowed, strconv.FormatFloat(min(h.Proposed, h.Left()), 'g', -1, 64), Days(days), u.YearEnd))
		} else {
			add(Textf("%s of %s field-activity hours left and none scheduled; the contract year ends in %s, on %s",
				left, allowed, Days(days), u.YearEnd))
		}
	}
	return out
}

// RenewalDay returns the day contract c comes up for renewal:
// s.RenewalNoticeDays days before the contract end. It reports false when
// the contract has no end.
func RenewalDay(c Contract, s Settings) (Date, bool) {
	if c.End.IsZero() {
		return Date{}, false
	}
	return c.End.AddDays(-s.RenewalNoticeDays), true
}

// RenewalIn returns in how many days contract c comes up for renewal,
// counted from today. It reports false when there is no renewal day or it
// is not from today to RenewalSoonDays days ahead.
func RenewalIn(c Contract, s Settings, today Date) (int, bool) {
	day, ok := RenewalDay(c, s)
	if !ok {
		return 0, false
	}
	n := today.DaysUntil(day)
	return n, n >= 0 && n <= RenewalSoonDays
}

// IsReview reports whether a is a QBR or service review (by catalog item
// ID) that is not cancelled.
func IsReview(a Activity) bool {
	return a.Status.Counts() && (a.ItemID == ItemQBR || a.ItemID == ItemServiceReview)
}

// RenewalWarnings returns a warning when account a comes up for renewal
// in quarter q (see RenewalDay) with no QBR or service review planned
// from RenewalReviewDays days before the renewal day to that day.
func RenewalWarnings(a Account, s Settings, q Quarter) []Warning {
	day, ok := RenewalDay(a.Customer.Contract, s)
	if !ok || day.Before(q.First()) || day.After(q.Last()) {
		return nil
	}
	from := day.AddDays(-RenewalReviewDays)
	if slices.ContainsFunc(a.Activities, func(act Activity) bool {
		return IsReview(act) && !act.Date.Before(from) && !act.Date.After(day)
	}) {
		return nil
	}
	return []Warning{{Kind: WarningRenewal, CustomerID: a.Customer.ID, Date: day, Reason: Textf(
		"renewal on %s (contract ends %s) with no QBR or service review planned from %s", day, a.Customer.Contract.End, from)}}
}

// PlanWarnings returns the warnings of every account of in: allowance
// that will expire unused on today, renewals in the quarter without a
// review before them and field activities of the quarter before the
// customer's Go-Live, by customer in the order of the accounts.
func PlanWarnings(in PlanInput, today Date) []Warning {
	var out []Warning
	for _, a := range in.Accounts {
		out = append(out, ExpiryWarnings(in.Catalog, a, in.Settings, today)...)
		out = append(out, RenewalWarnings(a, in.Settings, in.Quarter)...)
		out = append(out, GoLiveWarnings(in.Catalog, a, in.Quarter)...)
	}
	return out
}

// GoLive returns the customer's Go-Live: the planned start of the Go-Live
// phase of the account's active engagement (ActiveEngagement), with that
// engagement. It reports false when there is no active engagement or its
// Go-Live phase has no planned start.
func GoLive(a Account) (Date, Engagement, bool) {
	e, _, ok := ActiveEngagement(a.Engagements)
	if !ok {
		return Date{}, Engagement{}, false
	}
	ph, _, ok := e.Phase(catalog.GoLive)
	if !ok || ph.PlannedStart.IsZero() {
		return Date{}, Engagement{}, false
	}
	return ph.PlannedStart, e, true
}

// GoLiveWarnings returns a warning per field activity of account a in
// quarter q (not cancelled or merely requested) that falls before the
// customer's Go-Live (see GoLive): field activities support the customer
// after the launch advisory work, they do not replace it.
func GoLiveWarnings(cat *catalog.Catalog, a Account, q Quarter) []Warning {
	cat = CustomerCatalog(cat, a.Customer)
	goLive, eng, ok := GoLive(a)
	if !ok {
		return nil
	}
	var out []Warning
	for _, act := range a.Activities {
		if !act.Status.Counts() || !q.Contains(act.Date) || !act.Date.Before(goLive) {
			continue
		}
		it, ok := cat.Item(act.ItemID)
		if !ok || it.Kind != catalog.KindField {
			continue
		}
		out = append(out, Warning{Kind: WarningBeforeGoLive, CustomerID: a.Customer.ID, Date: act.Date, Reason: Textf(
			"%s on %s falls before the Go-Live of %s on %s: field activities support the customer after the launch advisory work",
			it.Name, act.Date, eng.Name, goLive)})
	}
	return out
}
