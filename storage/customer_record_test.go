package storage

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
)

// fullCustomer returns a valid customer of the sample portfolio with
// every field set, in several scripts.
func fullCustomer() planner.Customer {
	c := sample.Portfolio(catalog.Default(), testToday)[0].Customer
	c.Name = "株式会社ソニー · Müller GmbH"
	c.Membership.CommerceManagedLicensed = catalog.MustDate("2026-03-02")
	c.Membership.Support24x5 = true
	c.Team.TAD = planner.Person{Name: "Zoë Ørsted", Email: "zoe@example.com"}
	c.KeyEvents = append(c.KeyEvents, planner.KeyEvent{Name: "Singles' Day 双十一", Date: catalog.MustDate("2026-11-11")})
	c.Holidays = []catalog.Holiday{{Date: catalog.MustDate("2026-12-25"), Name: "Kerstmis"}}
	c.Notes = "Line one\nLine two: ½ ✓"
	c.OutsideMembership = []planner.MembershipRule{planner.RuleAcceleratorAllowance, planner.RuleContactLicensedProduct}
	c.Contract.Renewed = c.Contract.Start.AddDays(365)
	c.Updated = time.Date(2026, 11, 26, 14, 30, 5, 123456789, time.FixedZone("", 9*3600))
	return c
}

// jsonRoundTrip returns c as JSON storage gave it back, what schema
// version 2 stored.
func jsonRoundTrip(t *testing.T, c planner.Customer) planner.Customer {
	t.Helper()
	raw, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var out planner.Customer
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestCustomerRecordGivesWhatJSONGave(t *testing.T) {
	accounts := sample.Portfolio(catalog.Default(), testToday)
	tests := []struct {
		name   string
		change func(c *planner.Customer)
	}{
		{"every field set", func(*planner.Customer) {}},
		{"nil lists", func(c *planner.Customer) {
			c.Membership.AddOns, c.Membership.Solutions, c.Contacts, c.KeyEvents, c.Holidays = nil, nil, nil, nil, nil
		}},
		{"empty lists", func(c *planner.Customer) {
			c.Membership.AddOns, c.Membership.Solutions = []string{}, []catalog.SolutionID{}
			c.Contacts, c.KeyEvents, c.Holidays = []planner.Contact{}, []planner.KeyEvent{}, []catalog.Holiday{}
		}},
		{"zero dates and time", func(c *planner.Customer) {
			c.Contract, c.Membership.CommerceManagedLicensed, c.Updated = planner.Contract{}, planner.Date{}, time.Time{}
		}},
		{"updated in UTC", func(c *planner.Customer) { c.Updated = time.Date(2027, 2, 28, 23, 59, 59, 0, time.UTC) }},
		{"updated in local time", func(c *planner.Customer) { c.Updated = time.Date(2027, 2, 28, 8, 0, 0, 0, time.Local) }},
		{"negative allowances", func(c *planner.Customer) {
			c.Contract.Allowances = planner.Allowances{AcceleratorsPerYear: -1, FieldHoursPerYear: -40}
		}},
		{"empty strings", func(c *planner.Customer) {
			c.Name, c.Region, c.Notes, c.Team = "", "", "", planner.SuccessTeam{}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := fullCustomer()
			tt.change(&c)
			if got, want := recordRoundTrip(t, c), jsonRoundTrip(t, c); !reflect.DeepEqual(got, want) {
				t.Errorf("record gave\n%+v\nJSON gave\n%+v", got, want)
			}
		})
	}
	for _, acc := range accounts {
		if got, want := recordRoundTrip(t, acc.Customer), jsonRoundTrip(t, acc.Customer); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: record gave\n%+v\nJSON gave\n%+v", acc.Customer.Name, got, want)
		}
	}
}

// recordRoundTrip returns c as its stored record gives it back.
func recordRoundTrip(t *testing.T, c planner.Customer) planner.Customer {
	t.Helper()
	raw, err := encodeCustomer(c)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeCustomer(raw)
	if err != nil {
		t.Fatalf("%s: %v", c.Name, err)
	}
	return got
}

// TestCustomerRecordKeepsEveryField sets every field of planner.Customer,
// found by reflection, so that a field added to the type without a place
// in the record fails here.
func TestCustomerRecordKeepsEveryField(t *testing.T) {
	var c planner.Customer
	next := 0
	fillEveryField(reflect.ValueOf(&c).Elem(), &next)
	c.Updated = time.Date(2027, 1, 2, 3, 4, 5, 6, time.UTC)
	if unset := zeroFields(reflect.ValueOf(c), "Customer"); len(unset) > 0 {
		t.Fatalf("the test left fields unset: %v", unset)
	}
	if got := recordRoundTrip(t, c); !reflect.DeepEqual(got, c) {
		t.Errorf("record lost fields:\ngot  %+v\nwant %+v", got, c)
	}
}

// fillEveryField gives every settable leaf of v a distinct non-zero value
// (days are real days) and every slice two elements.
func fillEveryField(v reflect.Value, next *int) {
	*next++
	n := *next
	switch {
	case v.Type() == reflect.TypeFor[planner.Date]():
		v.Set(reflect.ValueOf(catalog.MustDate("2026-01-01").AddDays(n)))
		return
	case v.Type() == reflect.TypeFor[time.Time]():
		return // set by the caller: time has no exported fields
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString("value " + strings.Repeat("é", n%5) + string(rune('A'+n%26)))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(n * 7))
	case reflect.Array: // the ID
		for i := range v.Len() {
			v.Index(i).SetUint(uint64(n + i + 1))
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fillEveryField(v.Index(i), next)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			fillEveryField(v.Field(i), next)
		}
	default:
		panic("fillEveryField: no value for " + v.Type().String())
	}
}

// zeroFields names the fields of v that are the zero value, recursively.
func zeroFields(v reflect.Value, path string) []string {
	if v.Kind() == reflect.Struct && v.Type() != reflect.TypeFor[planner.Date]() && v.Type() != reflect.TypeFor[time.Time]() {
		var out []string
		for i := range v.NumField() {
			out = append(out, zeroFields(v.Field(i), path+"."+v.Type().Field(i).Name)...)
		}
		return out
	}
	if v.Kind() == reflect.Slice && v.Len() > 0 {
		return zeroFields(v.Index(0), path+"[0]")
	}
	if v.IsZero() {
		return []string{path}
	}
	return nil
}

// TestCustomerRecordReadsOlderFormats decodes records written before
// OutsideMembership (format 1: no list between the notes and the updated
// time), before Language and TimeZone (format 2) and before
// Contract.Renewed (format 3).
func TestCustomerRecordReadsOlderFormats(t *testing.T) {
	c := fullCustomer()
	c.OutsideMembership = nil
	c.Language, c.TimeZone = "", ""
	c.Contract.Renewed = planner.Date{}
	c.Updated = time.Time{}
	raw, err := encodeCustomer(c)
	if err != nil {
		t.Fatal(err)
	}
	// The format 4 record ends with the empty list, the empty language and
	// time zone, the zero renewal day (three zeros) and the zero time:
	// seven zero bytes.
	if raw[0] != 4 || string(raw[len(raw)-7:]) != "\x00\x00\x00\x00\x00\x00\x00" {
		t.Fatalf("the format 4 record does not end as the test expects: % x", raw[len(raw)-7:])
	}
	body := raw[1 : len(raw)-7]
	v3 := append(append([]byte{3}, body...), 0, 0, 0, 0)
	v2 := append(append([]byte{2}, body...), 0, 0)
	v1 := append(append([]byte{1}, body...), 0)
	for _, old := range []struct {
		format byte
		record []byte
	}{{1, v1}, {2, v2}, {3, v3}} {
		got, err := decodeCustomer(old.record)
		if err != nil {
			t.Fatalf("format %d: %v", old.format, err)
		}
		if !reflect.DeepEqual(got, c) {
			t.Errorf("format %d gave\n%+v\nwant\n%+v", old.format, got, c)
		}
	}
	// The same bytes read as a newer format are damaged: fields are missing.
	if _, err := decodeCustomer(append([]byte{2}, v1[1:]...)); err == nil {
		t.Error("a format 1 body decoded as format 2")
	}
	if _, err := decodeCustomer(append([]byte{3}, v2[1:]...)); err == nil {
		t.Error("a format 2 body decoded as format 3")
	}
	if _, err := decodeCustomer(append([]byte{4}, v3[1:]...)); err == nil {
		t.Error("a format 3 body decoded as format 4")
	}
}

func TestDecodeCustomerRejectsDamage(t *testing.T) {
	good, err := encodeCustomer(fullCustomer())
	if err != nil {
		t.Fatal(err)
	}
	for n := range len(good) {
		if _, err := decodeCustomer(good[:n]); err == nil {
			t.Fatalf("a record cut to %d of %d bytes decoded", n, len(good))
		}
	}
	// A record's bytes after the ID: the name's length, then the name.
	nameAt := 1 + 16
	withName := func(name []byte) []byte {
		b := append([]byte{customerRecordFormat}, good[1:nameAt]...)
		b = append(b, byte(len(name)))
		b = append(b, name...)
		return append(b, good[nameAt+1+len(fullCustomer().Name):]...)
	}
	if _, err := decodeCustomer(withName([]byte("Acme"))); err != nil {
		t.Fatalf("the test's record surgery is wrong: %v", err)
	}
	// The zero customer: format, ID, three empty strings (name, region,
	// tier), then the add-ons' count.
	minimal, err := encodeCustomer(planner.Customer{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		record []byte
		want   string
	}{
		{"empty", nil, "record format at byte 0: the record ends early"},
		{"JSON", []byte(`{"id":"x"}`), "customer record in format 123"},
		{"newer format", append([]byte{customerRecordFormat + 1}, good[1:]...), "format 5"},
		{"trailing bytes", append(append([]byte{}, good...), 0), "end at byte"},
		{"name not UTF-8", withName([]byte{0xff, 'a'}), "name at byte 17: not UTF-8"},
		{"name longer than the record", append(append([]byte{}, good[:nameAt]...), 0xff, 0x7f), "name at byte 17: the record ends early"},
		{"huge list", append(minimal[:1+16+3:1+16+3], 0xff, 0xff, 0xff, 0x7f), "add-ons at byte 20: 268435454 entries cannot fit"},
		// Then two empty lists, the zero licence date (three zeros) and
		// the 24x5 flag at byte 25.
		{"not a boolean", append(append(append([]byte{}, minimal[:25]...), 2), minimal[26:]...), "support 24x5 at byte 25: not a boolean"},
		{"a number too long", append(append([]byte{}, minimal[:17]...), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01), "name at byte 17: bad number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decodeCustomer(tt.record)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want an error with %q", err, tt.want)
			}
		})
	}
	bad := fullCustomer()
	bad.Contract.End = planner.Date{Year: 2027, Month: 2, Day: 30}
	raw, _ := encodeCustomer(bad)
	if _, err := decodeCustomer(raw); err == nil || !errors.Is(err, errMalformedRecord) || !strings.Contains(err.Error(), "contract end") || !strings.Contains(err.Error(), "2027-2-30 is not a day") {
		t.Errorf("a 30 February decoded with error %v", err)
	}
}
