package planner

import (
	"fmt"
	"net/mail"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/liftoff-app/liftoff/catalog"
)

// ID identifies a stored value (customer, engagement, plan, activity). IDs
// are UUID version 7: unique and ordered by creation time.
type ID = uuid.UUID

// NewID returns a new unique ID.
func NewID() ID { return uuid.Must(uuid.NewV7()) }

// ParseID parses the textual form of an ID.
func ParseID(s string) (ID, error) {
	id, err := uuid.Parse(strings.TrimSpace(s))
	if err != nil {
		return ID{}, fmt.Errorf("id %q: not a UUID", s)
	}
	return id, nil
}

// Customer is an enterprise customer in a TAM's portfolio.
type Customer struct {
	ID   ID     `json:"id"`
	Name string `json:"name"`
	// Region follows the billing address of the sales order.
	Region     catalog.RegionID `json:"region"`
	Membership Membership       `json:"membership"`
	Contract   Contract         `json:"contract"`
	Team       SuccessTeam      `json:"team"`
	// Contacts are the Named Support Contacts.
	Contacts  []Contact  `json:"contacts"`
	KeyEvents []KeyEvent `json:"keyEvents"`
	// Holidays, when set, replaces the region's holiday list for this
	// customer. An empty list is a customer that observes no holidays:
	// saving, export and import keep it apart from no list (nil).
	Holidays []catalog.Holiday `json:"holidays,omitzero"`
	Notes    string            `json:"notes,omitempty"`
	// Language is the language of the customer's documents, a tag of
	// DocumentLanguages ("nl"); empty means the language of the window.
	Language string `json:"language,omitempty"`
	// TimeZone is the IANA time zone the customer works in
	// ("Europe/Berlin"); documents show support hours in it as well as in
	// the region's own. Empty means the region's time zone.
	TimeZone string `json:"timeZone,omitempty"`
	// OutsideMembership lists the membership rules the TAM deliberately
	// goes beyond for this customer: a break of such a rule is saved (and
	// every document marks it) instead of refused.
	OutsideMembership []MembershipRule `json:"outsideMembership,omitempty"`
	// Updated is when the customer was last saved.
	Updated time.Time `json:"updated,omitzero"`
}

// Membership is what a customer bought: a tier, add-ons and licensed
// solutions.
type Membership struct {
	Tier catalog.TierID `json:"tier"`
	// AddOns are the add-ons purchased on top of the tier (not those the
	// tier includes).
	AddOns []string `json:"addons"`
	// Solutions are the licensed solutions.
	Solutions []catalog.SolutionID `json:"solutions"`
	// CommerceManagedLicensed is the day the Commerce Managed Services
	// licence was taken or last renewed; zero when the customer has none.
	CommerceManagedLicensed Date `json:"commerceManagedLicensed,omitzero"`
	// Support24x5 counts Ultimate P2/P3 response targets 24x5 instead of
	// in business hours.
	Support24x5 bool `json:"support24x5,omitempty"`
}

// Licenses reports whether the membership licenses solution s, or a member
// of the family s.
func (m Membership) Licenses(cat *catalog.Catalog, s catalog.SolutionID) bool {
	for _, l := range m.Solutions {
		if cat.Covers(s, l) {
			return true
		}
	}
	return false
}

// Contract is the term of a customer's contract and what it allows per
// contract year.
type Contract struct {
	Start Date `json:"start"`
	End   Date `json:"end"`
	// Renewed is the day the contract was last renewed; zero when it was
	// never renewed. The contract's terms are those of the catalog
	// edition in force that day (see TermsDay). It lies within the term.
	Renewed    Date       `json:"renewed,omitzero"`
	Allowances Allowances `json:"allowances"`
}

// TermsDay returns the day that decides the contract's terms: the day it
// was last renewed, else its start; zero when it has neither, and then
// the latest edition of the offer applies (see CustomerCatalog).
func (c Contract) TermsDay() Date {
	if !c.Renewed.IsZero() {
		return c.Renewed
	}
	return c.Start
}

// Covers reports whether day d falls within the contract term (an unset
// start or end leaves that side open).
func (c Contract) Covers(d Date) bool {
	if !c.Start.IsZero() && d.Before(c.Start) {
		return false
	}
	if !c.End.IsZero() && d.After(c.End) {
		return false
	}
	return true
}

// YearOf returns the contract year that contains d, as its first and last
// day. Contract years start on the contract's start day; without a start,
// calendar years are used. Contract years stop at the contract end: the
// last contract year ends on the end day, and the time after the end is a
// period of its own that no contract year covers.
func (c Contract) YearOf(d Date) (first, last Date) {
	if c.Start.IsZero() {
		first, last = Date{Year: d.Year, Month: time.January, Day: 1}, Date{Year: d.Year, Month: time.December, Day: 31}
	} else {
		first = c.Start
		for !d.Before(addYears(first, 1)) {
			first = addYears(first, 1)
		}
		for d.Before(first) {
			first = addYears(first, -1)
		}
		last = addYears(first, 1).AddDays(-1)
	}
	if !c.End.IsZero() && !c.End.Before(first) && c.End.Before(last) {
		if d.After(c.End) {
			return c.End.AddDays(1), last
		}
		return first, c.End
	}
	return first, last
}

func addYears(d Date, n int) Date {
	return catalog.DateOf(d.In(time.UTC).AddDate(n, 0, 0))
}

// Allowances are what a contract allows per contract year.
type Allowances struct {
	// AcceleratorsPerYear is how many Success Accelerators may be
	// delivered per contract year.
	AcceleratorsPerYear int `json:"acceleratorsPerYear"`
	// FieldHoursPerYear is how many hours of field activities the
	// contract includes per contract year.
	FieldHoursPerYear int `json:"fieldHoursPerYear"`
}

// Person is a named person with an e-mail address.
type Person struct {
	Name  string `json:"name"`
	Email string `json:"email,omitempty"`
}

// SuccessTeam is the vendor's team for the customer.
type SuccessTeam struct {
	TAM Person `json:"tam"`
	CSM Person `json:"csm"`
	SSM Person `json:"ssm"`
	// TAD is set when the Technical Account Director add-on is purchased.
	TAD Person `json:"tad"`
}

// Contact is a Named Support Contact.
type Contact struct {
	Name  string `json:"name"`
	Email string `json:"email"`
	Phone string `json:"phone,omitempty"`
	// Product is the solution the contact is named for.
	Product catalog.SolutionID `json:"product"`
	// AccountAdmin marks the one contact who maintains the NSC list.
	AccountAdmin bool `json:"accountAdmin,omitempty"`
}

// KeyEvent is a date that matters to the customer's business, such as a
// product launch or a peak sales day.
type KeyEvent struct {
	Name string `json:"name"`
	Date Date   `json:"date"`
}

// HolidayList returns the customer's holidays: its own override when set,
// else the given region default.
func (c Customer) HolidayList(regionDefault []catalog.Holiday) []catalog.Holiday {
	if c.Holidays != nil {
		return c.Holidays
	}
	return regionDefault
}

// Validate checks c against the rules of the catalog and returns a
// *ValidationError naming every field in error.
func (c Customer) Validate(cat *catalog.Catalog) error {
	cat = CustomerCatalog(cat, c)
	var p problems
	p.addRequiredText("name", c.Name, LineText)
	if _, ok := cat.Region(c.Region); !ok {
		p.add("region", "unknown region %q (want %s)", c.Region, regionList(cat))
	}
	tier, tierOK := cat.Tier(c.Membership.Tier)
	if !tierOK {
		p.add("membership.tier", "unknown tier %q (want %s)", c.Membership.Tier, tierList(cat))
	}
	for i, s := range c.Membership.Solutions {
		if _, ok := cat.Solution(s); !ok {
			p.add(fmt.Sprintf("membership.solutions[%d]", i), "unknown solution %q", s)
		}
	}
	seenAddOn := map[string]bool{}
	for i, a := range c.Membership.AddOns {
		field := fmt.Sprintf("membership.addons[%d]", i)
		if seenAddOn[a] {
			p.add(field, "add-on %q is listed twice", a)
			continue
		}
		seenAddOn[a] = true
		// Whether the contract's offer sells it is a membership rule
		// (RuleAddOnOffered): a purchase stays readable when the offer
		// changes.
		if _, known := AddOnOfAnyEdition(cat, a); !known {
			p.add(field, "unknown add-on %q", a)
		}
	}
	if c.Membership.Support24x5 && tierOK && !tierAllows24x5(cat, tier.ID) {
		p.add("membership.support24x5", "24x5 counting is only offered on tiers whose P2/P3 targets allow it, not on %s", tier.Name)
	}
	if !c.Contract.Start.IsZero() && !c.Contract.End.IsZero() && !c.Contract.End.After(c.Contract.Start) {
		p.add("contract.end", "must be after the contract start %s", c.Contract.Start)
	}
	if r := c.Contract.Renewed; !r.IsZero() {
		switch {
		case !c.Contract.Start.IsZero() && r.Before(c.Contract.Start):
			p.add("contract.renewed", "must be within the contract: %s is before its start %s", r, c.Contract.Start)
		case !c.Contract.End.IsZero() && r.After(c.Contract.End):
			p.add("contract.renewed", "must be within the contract: %s is after its end %s", r, c.Contract.End)
		}
	}
	p.addProblem("contract.allowances.acceleratorsPerYear", CheckAllowance(c.Contract.Allowances.AcceleratorsPerYear))
	p.addProblem("contract.allowances.fieldHoursPerYear", CheckAllowance(c.Contract.Allowances.FieldHoursPerYear))
	for _, m := range []struct {
		field  string
		person Person
	}{{"team.tam", c.Team.TAM}, {"team.csm", c.Team.CSM}, {"team.ssm", c.Team.SSM}, {"team.tad", c.Team.TAD}} {
		p.addText(m.field+".name", m.person.Name, LineText)
		p.addEmail(m.field+".email", m.person.Email)
	}
	c.validateContacts(cat, tier, tierOK, &p)
	for i, e := range c.KeyEvents {
		p.addRequiredText(fmt.Sprintf("keyEvents[%d].name", i), e.Name, LineText)
		if e.Date.IsZero() {
			p.add(fmt.Sprintf("keyEvents[%d].date", i), "must be set")
		}
	}
	for i, h := range c.Holidays {
		if h.Date.IsZero() {
			p.add(fmt.Sprintf("holidays[%d].date", i), "must be set")
		}
		p.addText(fmt.Sprintf("holidays[%d].name", i), h.Name, LineText)
	}
	p.addText("notes", c.Notes, LongText)
	if c.Language != "" && !slices.Contains(DocumentLanguages(), c.Language) {
		p.add("language", "unknown document language %q (want %s)", c.Language, strings.Join(DocumentLanguages(), ", "))
	}
	if c.TimeZone != "" {
		if _, err := time.LoadLocation(c.TimeZone); err != nil || c.TimeZone == "Local" {
			p.add("timeZone", "unknown time zone %q (want an IANA name such as Europe/Berlin)", c.TimeZone)
		}
	}
	c.validateMembership(cat, &p)
	return p.err(Textf("customer %q", c.Name))
}

func (c Customer) validateContacts(cat *catalog.Catalog, tier catalog.Tier, tierOK bool, p *problems) {
	perProduct := map[catalog.SolutionID]int{}
	// named holds the first contact of each e-mail address (in lower case)
	// and product: one person takes one place per product.
	type place struct {
		email   string
		product catalog.SolutionID
	}
	named := map[place]Contact{}
	admins := 0
	for i, n := range c.Contacts {
		field := fmt.Sprintf("contacts[%d]", i)
		p.addRequiredText(field+".name", n.Name, LineText)
		if t := CheckText(n.Email, LineText); !t.IsZero() {
			p.addProblem(field+".email", t)
		} else if !ValidEmail(n.Email) {
			p.add(field+".email", "%q is not an e-mail address", n.Email)
		} else if first, ok := named[place{strings.ToLower(n.Email), n.Product}]; ok {
			p.add(field+".email", "%s is already a Named Support Contact for %s", first.Email, cat.SolutionName(n.Product))
		} else {
			named[place{strings.ToLower(n.Email), n.Product}] = n
		}
		p.addText(field+".phone", n.Phone, LineText)
		if _, ok := cat.Solution(n.Product); !ok {
			p.add(field+".product", "unknown product %q", n.Product)
		}
		perProduct[n.Product]++
		if tierOK && perProduct[n.Product] == tier.NSCLimit+1 {
			p.add(field+".product", "%s allows at most %d Named Support Contacts per product; %s already has %d",
				tier.Name, tier.NSCLimit, cat.SolutionName(n.Product), tier.NSCLimit)
		}
		if n.AccountAdmin {
			admins++
			if admins == 2 {
				p.add(field+".accountAdmin", "only one Named Support Contact can be the account administrator")
			}
		}
	}
}

// ValidEmail reports whether s is a plain e-mail address (name@domain.tld).
func ValidEmail(s string) bool {
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || a.Name != "" {
		return false
	}
	at := strings.LastIndexByte(s, '@')
	return at > 0 && strings.Contains(s[at+1:], ".") && !strings.HasSuffix(s, ".")
}

func tierAllows24x5(cat *catalog.Catalog, t catalog.TierID) bool {
	for _, table := range cat.ResponseTables {
		for _, target := range table.Targets {
			if target.Tier == t && target.Allows24x5 {
				return true
			}
		}
	}
	return false
}

func regionList(cat *catalog.Catalog) string {
	ids := make([]string, len(cat.Regions))
	for i, r := range cat.Regions {
		ids[i] = string(r.ID)
	}
	return strings.Join(ids, ", ")
}

func tierList(cat *catalog.Catalog) string {
	ids := make([]string, len(cat.Tiers))
	for i, t := range cat.Tiers {
		ids[i] = string(t.ID)
	}
	return strings.Join(ids, ", ")
}

// DocumentLanguages returns the tags of the languages documents can be
// written in, English first.
func DocumentLanguages() []string { return []string{"en", "nl", "ja"} }
