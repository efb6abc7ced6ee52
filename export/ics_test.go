package export

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/liftoff-app/liftoff/planner"
)

// icsProp is one parsed content line.
type icsProp struct {
	name   string
	params string
	value  string
}

// icsEvent is a parsed VEVENT: its properties by name.
type icsEvent map[string]icsProp

// parseICS unfolds and parses an iCalendar text as far as the tests need:
// it checks line ends and lengths and the BEGIN/END nesting, and returns
// the events.
func parseICS(t *testing.T, data []byte) []icsEvent {
	t.Helper()
	text := string(data)
	if !strings.HasSuffix(text, "\r\n") {
		t.Fatal("the calendar does not end with CRLF")
	}
	raw := strings.Split(strings.TrimSuffix(text, "\r\n"), "\r\n")
	var lines []string
	for i, l := range raw {
		if strings.ContainsAny(l, "\r\n") {
			t.Fatalf("line %d has a bare CR or LF: %q", i+1, l)
		}
		if len(l) > 75 {
			t.Errorf("line %d is %d octets long, more than 75: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d is not valid UTF-8 (folded inside a character?): %q", i+1, l)
		}
		if strings.HasPrefix(l, " ") {
			if len(lines) == 0 {
				t.Fatal("the calendar starts with a continuation line")
			}
			lines[len(lines)-1] += l[1:]
			continue
		}
		lines = append(lines, l)
	}
	var events []icsEvent
	var cur icsEvent
	var stack []string
	for _, l := range lines {
		head, value, ok := strings.Cut(l, ":")
		if !ok {
			t.Fatalf("content line without a colon: %q", l)
		}
		name, params, _ := strings.Cut(head, ";")
		switch name {
		case "BEGIN":
			stack = append(stack, value)
			if value == "VEVENT" {
				cur = icsEvent{}
			}
			continue
		case "END":
			if len(stack) == 0 || stack[len(stack)-1] != value {
				t.Fatalf("END:%s does not close %v", value, stack)
			}
			stack = stack[:len(stack)-1]
			if value == "VEVENT" {
				events = append(events, cur)
				cur = nil
			}
			continue
		}
		if cur != nil {
			cur[name] = icsProp{name: name, params: params, value: value}
		}
	}
	if len(stack) != 0 {
		t.Fatalf("unclosed components: %v", stack)
	}
	return events
}

// unescapeText reverses escapeText.
func unescapeText(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			switch s[i] {
			case 'n', 'N':
				b.WriteByte('\n')
			default:
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func TestICS(t *testing.T) {
	cat := testCatalog(t)
	accts := fixturePortfolio()
	var buf bytes.Buffer
	if err := ICS(&buf, cat, accts, testOptions()); err != nil {
		t.Fatal(err)
	}
	events := parseICS(t, buf.Bytes())
	byUID := map[string]icsEvent{}
	for _, e := range events {
		byUID[e["UID"].value] = e
	}
	wantEvents := 0
	for _, a := range accts {
		wantEvents += len(a.Activities) + len(a.Plan.Milestones)
	}
	if len(events) != wantEvents {
		t.Errorf("%d events, want one per activity and milestone (%d)", len(events), wantEvents)
	}
	status := map[planner.ActivityStatus]string{
		planner.ActivityProposed: "TENTATIVE", planner.ActivityScheduled: "CONFIRMED",
		planner.ActivityDelivered: "CONFIRMED", planner.ActivityCancelled: "CANCELLED",
	}
	for _, a := range accts {
		for _, act := range a.Activities {
			e, ok := byUID[act.ID.String()+"@liftoff"]
			if !ok {
				t.Errorf("no event for activity %s", act.ID)
				continue
			}
			if got, want := e["DTSTART"], icsDate(act.Date); got.value != want || got.params != "VALUE=DATE" {
				t.Errorf("DTSTART = %+v, want VALUE=DATE:%s", got, want)
			}
			if got, want := e["DTEND"].value, icsDate(act.Date.AddDays(1)); got != want {
				t.Errorf("DTEND = %s, want %s", got, want)
			}
			if got := e["STATUS"].value; got != status[act.Status] {
				t.Errorf("%s activity has STATUS %s, want %s", act.Status, got, status[act.Status])
			}
			summary := unescapeText(e["SUMMARY"].value)
			if !strings.Contains(summary, a.Customer.Name) || !strings.Contains(summary, itemName(cat, act.ItemID)) {
				t.Errorf("SUMMARY %q does not name the customer %q and the activity", summary, a.Customer.Name)
			}
			if !strings.HasPrefix(e["CATEGORIES"].value, "Liftoff,") {
				t.Errorf("CATEGORIES = %q", e["CATEGORIES"].value)
			}
			if e["DTSTAMP"].value != "20260210T093000Z" {
				t.Errorf("DTSTAMP = %q, want the export time in UTC", e["DTSTAMP"].value)
			}
			if act.Outcome != "" && !strings.Contains(unescapeText(e["DESCRIPTION"].value), "Outcome: "+act.Outcome) {
				t.Errorf("DESCRIPTION %q lacks the outcome", e["DESCRIPTION"].value)
			}
		}
		for _, m := range a.Plan.Milestones {
			e, ok := byUID[m.ID.String()+"@liftoff"]
			if !ok {
				t.Errorf("no event for milestone %q", m.Title)
				continue
			}
			if got := unescapeText(e["SUMMARY"].value); got != "Milestone: "+m.Title+" · "+a.Customer.Name {
				t.Errorf("SUMMARY = %q", got)
			}
		}
	}
}

// TestICSUpdatesInsteadOfDuplicating exports twice, a day apart and with
// an activity moved: the UIDs stay, the SEQUENCE grows.
func TestICSUpdatesInsteadOfDuplicating(t *testing.T) {
	cat := testCatalog(t)
	accts := fixturePortfolio()[:1]
	var first, second bytes.Buffer
	if err := ICS(&first, cat, accts, testOptions()); err != nil {
		t.Fatal(err)
	}
	accts[0].Activities[3].Date = accts[0].Activities[3].Date.AddDays(2)
	later := testOptions()
	later.Now = later.Now.Add(26 * time.Hour)
	if err := ICS(&second, cat, accts, later); err != nil {
		t.Fatal(err)
	}
	a, b := parseICS(t, first.Bytes()), parseICS(t, second.Bytes())
	if len(a) != len(b) {
		t.Fatalf("%d events, then %d", len(a), len(b))
	}
	for i := range a {
		if a[i]["UID"] != b[i]["UID"] {
			t.Errorf("event %d: UID changed from %s to %s", i, a[i]["UID"].value, b[i]["UID"].value)
		}
		var s1, s2 int
		fmt.Sscan(a[i]["SEQUENCE"].value, &s1)
		fmt.Sscan(b[i]["SEQUENCE"].value, &s2)
		if s2 <= s1 {
			t.Errorf("event %d: SEQUENCE %d then %d, want it to grow", i, s1, s2)
		}
	}
	moved := accts[0].Activities[3]
	for _, e := range b {
		if e["UID"].value == moved.ID.String()+"@liftoff" && e["DTSTART"].value != icsDate(moved.Date) {
			t.Errorf("the moved activity starts %s, want %s", e["DTSTART"].value, icsDate(moved.Date))
		}
	}
}

func TestEscapeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"a,b;c\\d", `a\,b\;c\\d`},
		{"line 1\nline 2\r\nline 3", `line 1\nline 2\nline 3`},
		{"tab\there", "tab here"},
		{"bell\x07", "bell"},
		{"Müller · 株式会社", "Müller · 株式会社"},
	}
	for _, tt := range tests {
		if got := escapeText(tt.in); got != tt.want {
			t.Errorf("escapeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldLine(t *testing.T) {
	tests := []string{
		"SUMMARY:short",
		"SUMMARY:" + strings.Repeat("x", 67),
		"SUMMARY:" + strings.Repeat("x", 68),
		"SUMMARY:" + strings.Repeat("Müller ", 40),
		"SUMMARY:" + strings.Repeat("株式会社サクラ電機", 20),
		"SUMMARY:" + strings.Repeat("🚀", 60),
	}
	for _, line := range tests {
		folded := foldLine(line)
		if !strings.HasSuffix(folded, "\r\n") {
			t.Errorf("%q: no CRLF at the end", line)
		}
		parts := strings.Split(strings.TrimSuffix(folded, "\r\n"), "\r\n")
		for i, p := range parts {
			if len(p) > 75 {
				t.Errorf("%q: part %d is %d octets", line, i, len(p))
			}
			if !utf8.ValidString(p) {
				t.Errorf("%q: part %d splits a character", line, i)
			}
			if i > 0 && !strings.HasPrefix(p, " ") {
				t.Errorf("%q: continuation %d does not start with a space", line, i)
			}
		}
		unfolded := strings.ReplaceAll(strings.TrimSuffix(folded, "\r\n"), "\r\n ", "")
		if unfolded != line {
			t.Errorf("unfolding gives %q, want %q", unfolded, line)
		}
	}
}
