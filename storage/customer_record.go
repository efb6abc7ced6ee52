package storage

import (
	"fmt"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// Customer records (schema version 3) are binary: the customer list
// decodes every customer on the first listing after Open, and a binary
// record decodes several times faster than JSON.
//
// A record is customerRecordFormat, then the fields of planner.Customer
// in declaration order, nested structs in line:
//   - a string is its length (uvarint) and its UTF-8 bytes;
//   - an int is a zig-zag varint; a bool one byte, 0 or 1;
//   - a Date is its year, month and day as ints;
//   - a slice is 0 when nil, else its length+1 (uvarint), then its
//     elements (an empty list apart from nil: a customer with an empty
//     holiday list observes none; records written before this was kept
//     apart hold such a list as nil);
//   - the ID is its 16 bytes; Updated is the length of time's binary form
//     (0 for the zero time) and that form, in UTC when its offset is 0,
//     as JSON gave it back.
//
// Format 2 adds OutsideMembership after Notes: 0 when the list is empty
// (stored as nil, as JSON's omitempty gives it back), else its length+1
// and the rules as strings. Format 3 adds Language and TimeZone, as
// strings, after OutsideMembership. Format 4 adds Contract.Renewed, a Date,
// after TimeZone. Records of formats 1 to 3, which lack these fields, are
// still read.
//
// A field added to planner.Customer needs a new format byte, and the
// decoder must keep reading the older formats;
// TestCustomerRecordKeepsEveryField fails until the record has the field.
const customerRecordFormat byte = 4

// customerRecordFormatV1 is the format before OutsideMembership.
const customerRecordFormatV1 byte = 1

// customerRecordFormatV2 is the format before Language and TimeZone.
const customerRecordFormatV2 byte = 2

// customerRecordFormatV3 is the format before Contract.Renewed.
const customerRecordFormatV3 byte = 3

// encodeCustomer returns the stored record of c.
func encodeCustomer(c planner.Customer) ([]byte, error) {
	w := recordWriter{b: make([]byte, 0, 512)}
	w.b = append(w.b, customerRecordFormat)
	w.b = append(w.b, c.ID[:]...)
	w.string(c.Name)
	w.string(string(c.Region))

	m := c.Membership
	w.string(string(m.Tier))
	w.count(m.AddOns == nil, len(m.AddOns))
	for _, s := range m.AddOns {
		w.string(s)
	}
	w.count(m.Solutions == nil, len(m.Solutions))
	for _, s := range m.Solutions {
		w.string(string(s))
	}
	w.date(m.CommerceManagedLicensed)
	w.bool(m.Support24x5)

	w.date(c.Contract.Start)
	w.date(c.Contract.End)
	w.int(c.Contract.Allowances.AcceleratorsPerYear)
	w.int(c.Contract.Allowances.FieldHoursPerYear)

	for _, p := range []planner.Person{c.Team.TAM, c.Team.CSM, c.Team.SSM, c.Team.TAD} {
		w.string(p.Name)
		w.string(p.Email)
	}

	w.count(c.Contacts == nil, len(c.Contacts))
	for _, n := range c.Contacts {
		w.string(n.Name)
		w.string(n.Email)
		w.string(n.Phone)
		w.string(string(n.Product))
		w.bool(n.AccountAdmin)
	}
	w.count(c.KeyEvents == nil, len(c.KeyEvents))
	for _, e := range c.KeyEvents {
		w.string(e.Name)
		w.date(e.Date)
	}
	w.count(c.Holidays == nil, len(c.Holidays))
	for _, h := range c.Holidays {
		w.date(h.Date)
		w.string(h.Name)
	}
	w.string(c.Notes)
	w.count(len(c.OutsideMembership) == 0, len(c.OutsideMembership))
	for _, r := range c.OutsideMembership {
		w.string(string(r))
	}
	w.string(c.Language)
	w.string(c.TimeZone)
	w.date(c.Contract.Renewed)

	if c.Updated.IsZero() {
		w.uint(0)
	} else {
		u := c.Updated
		if _, offset := u.Zone(); offset == 0 {
			u = u.UTC() // as JSON's "Z" gave it back
		}
		t, err := u.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("encode customer %s: updated: %w", c.ID, err)
		}
		w.uint(uint64(len(t)))
		w.b = append(w.b, t...)
	}
	return w.b, nil
}

// decodeCustomer decodes a record encodeCustomer made. A record that is
// malformed in any way gives an error saying what and at which byte.
func decodeCustomer(b []byte) (planner.Customer, error) {
	r := recordReader{b: b}
	var c planner.Customer
	format := r.byte("record format")
	if r.err == nil && (format < customerRecordFormatV1 || format > customerRecordFormat) {
		return c, fmt.Errorf("customer record in format %d, this program reads formats %d to %d", format, customerRecordFormatV1, customerRecordFormat)
	}
	copy(c.ID[:], r.bytes(16, "id"))
	c.Name = r.string("name")
	c.Region = catalog.RegionID(r.string("region"))

	m := &c.Membership
	m.Tier = catalog.TierID(r.string("membership tier"))
	if n, ok := r.count("add-ons"); ok {
		m.AddOns = make([]string, n)
		for i := range m.AddOns {
			m.AddOns[i] = r.string("add-on")
		}
	}
	if n, ok := r.count("solutions"); ok {
		m.Solutions = make([]catalog.SolutionID, n)
		for i := range m.Solutions {
			m.Solutions[i] = catalog.SolutionID(r.string("solution"))
		}
	}
	m.CommerceManagedLicensed = r.date("commerce managed licence date")
	m.Support24x5 = r.bool("support 24x5")

	c.Contract.Start = r.date("contract start")
	c.Contract.End = r.date("contract end")
	c.Contract.Allowances.AcceleratorsPerYear = r.int("accelerators per year")
	c.Contract.Allowances.FieldHoursPerYear = r.int("field hours per year")

	for _, p := range []*planner.Person{&c.Team.TAM, &c.Team.CSM, &c.Team.SSM, &c.Team.TAD} {
		p.Name = r.string("team member name")
		p.Email = r.string("team member email")
	}

	if n, ok := r.count("contacts"); ok {
		c.Contacts = make([]planner.Contact, n)
		for i := range c.Contacts {
			n := &c.Contacts[i]
			n.Name = r.string("contact name")
			n.Email = r.string("contact email")
			n.Phone = r.string("contact phone")
			n.Product = catalog.SolutionID(r.string("contact product"))
			n.AccountAdmin = r.bool("contact account administrator")
		}
	}
	if n, ok := r.count("key events"); ok {
		c.KeyEvents = make([]planner.KeyEvent, n)
		for i := range c.KeyEvents {
			c.KeyEvents[i].Name = r.string("key event name")
			c.KeyEvents[i].Date = r.date("key event date")
		}
	}
	if n, ok := r.count("holidays"); ok {
		c.Holidays = make([]catalog.Holiday, n)
		for i := range c.Holidays {
			c.Holidays[i].Date = r.date("holiday date")
			c.Holidays[i].Name = r.string("holiday name")
		}
	}
	c.Notes = r.string("notes")
	if format >= customerRecordFormatV2 {
		if n, ok := r.count("outside-membership rules"); ok && n > 0 { // none is nil
			c.OutsideMembership = make([]planner.MembershipRule, n)
			for i := range c.OutsideMembership {
				c.OutsideMembership[i] = planner.MembershipRule(r.string("outside-membership rule"))
			}
		}
	}
	if format >= customerRecordFormatV3 {
		c.Language = r.string("document language")
		c.TimeZone = r.string("time zone")
	}
	if format >= customerRecordFormat {
		c.Contract.Renewed = r.date("contract renewed")
	}

	start := r.at
	if n := r.uint("updated"); n > 0 && r.err == nil {
		t := r.bytes(int(min(n, uint64(len(b)+1))), "updated")
		if r.err == nil {
			if err := c.Updated.UnmarshalBinary(t); err != nil {
				r.fail(start, "updated", err.Error())
			}
		}
	}
	if err := r.end(); err != nil {
		return planner.Customer{}, err
	}
	return c, nil
}
