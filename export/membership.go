package export

import (
	"strings"

	"github.com/liftoff-app/liftoff/planner"
)

// outsideMembershipLine is "Outside the membership: " and the rules c
// deliberately goes beyond, or "" when it goes beyond none.
func (w words) outsideMembershipLine(c planner.Customer) string {
	if len(c.OutsideMembership) == 0 {
		return ""
	}
	titles := make([]string, len(c.OutsideMembership))
	for i, t := range c.OutsideMembershipTitles() {
		titles[i] = w.sentence(t)
	}
	return w.T("doc.outsideMembership", strings.Join(titles, w.T("list.comma")))
}

// outsideMembership marks a customer that goes beyond its membership on
// purpose with a line in the caution colour across the page; it draws
// nothing for a customer within its membership.
func (d *doc) outsideMembership(c planner.Customer) {
	if line := d.outsideMembershipLine(c); line != "" {
		d.Flow(d.Page().Left, d.Page().ContentWidth(), line, d.Scale().BodyBold.WithColor(caution), 4)
	}
}
