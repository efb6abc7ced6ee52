package export

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
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
	accts[0].Customer.Updated = time.Date(2026, time.February, 3, 17, 45, 12, 0, time.FixedZone("CET", 3600))
	long := &accts[0].Activities[1]
	long.EndDate = long.Date.AddDays(2)
	var buf bytes.Buffer
	if err := ICS(&buf, cat, accts, testOptions()); err != nil {
		t.Fatal(err)
	}
	text := buf.String()
	if !strings.Contains(text, "\r\nNAME:Liftoff portfolio plan\r\nX-WR-CALNAME:Liftoff portfolio plan\r\n") {
		t.Errorf("the calendar is not named after the portfolio:\n%.400s", text)
	}
	events := parseICS(t, buf.Bytes())
	byUID := map[string]icsEvent{}
	for _, e := range events {
		byUID[e["UID"].value] = e
	}
	wantEvents, actions := 0, 0
	for _, a := range accts {
		wantEvents += len(a.Activities) + len(a.Plan.Milestones)
		for _, act := range a.Plan.Actions {
			if !act.Due.IsZero() {
				wantEvents++
				actions++
			}
		}
	}
	if actions == 0 {
		t.Fatal("the fixture has no action with a due day")
	}
	if len(events) != wantEvents {
		t.Errorf("%d events, want one per activity, milestone and action with a due day (%d)", len(events), wantEvents)
	}
	status := map[planner.ActivityStatus]string{
		planner.ActivityProposed: "TENTATIVE", planner.ActivityScheduled: "CONFIRMED",
		planner.ActivityDelivered: "CONFIRMED", planner.ActivityCancelled: "CANCELLED",
	}
	for i, a := range accts {
		wantStamp := "20200101T000000Z"
		if i == 0 {
			wantStamp = "20260203T164512Z"
		}
		for _, act := range a.Activities {
			e, ok := byUID[act.ID.String()+"@liftoff"]
			if !ok {
				t.Errorf("no event for activity %s", act.ID)
				continue
			}
			if got, want := e["DTSTART"], icsDate(act.Date); got.value != want || got.params != "VALUE=DATE" {
				t.Errorf("DTSTART = %+v, want VALUE=DATE:%s", got, want)
			}
			last := act.Date
			if !act.EndDate.IsZero() {
				last = act.EndDate
			}
			if got, want := e["DTEND"], icsDate(last.AddDays(1)); got.value != want || got.params != "VALUE=DATE" {
				t.Errorf("DTEND = %+v, want VALUE=DATE:%s", got, want)
			}
			if got := e["STATUS"].value; got != status[act.Status] {
				t.Errorf("%s activity has STATUS %s, want %s", act.Status, got, status[act.Status])
			}
			wantTransp := "OPAQUE"
			if act.Status == planner.ActivityCancelled {
				wantTransp = "TRANSPARENT"
			}
			if got := e["TRANSP"].value; got != wantTransp {
				t.Errorf("%s activity has TRANSP %s, want %s", act.Status, got, wantTransp)
			}
			summary := unescapeText(e["SUMMARY"].value)
			if !strings.Contains(summary, a.Customer.Name) || !strings.Contains(summary, itemName(cat, act.ItemID)) {
				t.Errorf("SUMMARY %q does not name the customer %q and the activity", summary, a.Customer.Name)
			}
			if !strings.HasPrefix(e["CATEGORIES"].value, "Liftoff,") {
				t.Errorf("CATEGORIES = %q", e["CATEGORIES"].value)
			}
			if e["DTSTAMP"].value != wantStamp || e["SEQUENCE"].value != "0" {
				t.Errorf("DTSTAMP %q, SEQUENCE %q; want %s (the customer's last save) and 0", e["DTSTAMP"].value, e["SEQUENCE"].value, wantStamp)
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
			if e["CATEGORIES"].value != "Liftoff,Milestone" || e["TRANSP"].value != "TRANSPARENT" {
				t.Errorf("milestone %q: CATEGORIES %q, TRANSP %q", m.Title, e["CATEGORIES"].value, e["TRANSP"].value)
			}
		}
		for _, act := range a.Plan.Actions {
			e, ok := byUID[act.ID.String()+"@liftoff"]
			if act.Due.IsZero() {
				if ok {
					t.Errorf("action %q without a due day has an event", act.Title)
				}
				continue
			}
			if !ok {
				t.Errorf("no event for action %q", act.Title)
				continue
			}
			if got := unescapeText(e["SUMMARY"].value); got != "Action: "+act.Title+" · "+a.Customer.Name {
				t.Errorf("SUMMARY = %q", got)
			}
			if e["DTSTART"].value != icsDate(act.Due) || e["DTEND"].value != icsDate(act.Due.AddDays(1)) {
				t.Errorf("action %q from %s to %s, want its due day %s", act.Title, e["DTSTART"].value, e["DTEND"].value, act.Due)
			}
			if e["CATEGORIES"].value != "Liftoff,Action" || e["TRANSP"].value != "TRANSPARENT" {
				t.Errorf("action %q: CATEGORIES %q, TRANSP %q", act.Title, e["CATEGORIES"].value, e["TRANSP"].value)
			}
		}
	}
}

// TestICSNamedAfterTheCustomer exports one customer's calendar.
func TestICSNamedAfterTheCustomer(t *testing.T) {
	var buf bytes.Buffer
	if err := ICS(&buf, testCatalog(t), fixturePortfolio()[:1], testOptions()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\r\nNAME:Müller GmbH · Liftoff plan\r\n", "\r\nX-WR-CALNAME:Müller GmbH · Liftoff plan\r\n"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("no %q in\n%.400s", want, buf.String())
		}
	}
}

// TestICSStable exports unchanged data twice, a day apart, and gets the
// same bytes; a moved activity keeps its UID and moves.
func TestICSStable(t *testing.T) {
	cat := testCatalog(t)
	accts := fixturePortfolio()[:1]
	var first, second, moved bytes.Buffer
	if err := ICS(&first, cat, accts, testOptions()); err != nil {
		t.Fatal(err)
	}
	later := testOptions()
	later.Now = later.Now.Add(26 * time.Hour)
	if err := ICS(&second, cat, accts, later); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Errorf("two exports of the same data differ:\n%s\n---\n%s", first.String(), second.String())
	}
	accts[0].Activities[3].Date = accts[0].Activities[3].Date.AddDays(2)
	accts[0].Customer.Updated = later.Now
	if err := ICS(&moved, cat, accts, later); err != nil {
		t.Fatal(err)
	}
	a, b := parseICS(t, first.Bytes()), parseICS(t, moved.Bytes())
	if len(a) != len(b) {
		t.Fatalf("%d events, then %d", len(a), len(b))
	}
	act := accts[0].Activities[3]
	found := false
	for i := range a {
		if a[i]["UID"] != b[i]["UID"] {
			t.Errorf("event %d: UID changed from %s to %s", i, a[i]["UID"].value, b[i]["UID"].value)
		}
		if b[i]["DTSTAMP"].value <= a[i]["DTSTAMP"].value {
			t.Errorf("event %d: DTSTAMP %s, then %s after the customer was saved again", i, a[i]["DTSTAMP"].value, b[i]["DTSTAMP"].value)
		}
		if b[i]["UID"].value == act.ID.String()+"@liftoff" {
			found = true
			if b[i]["DTSTART"].value != icsDate(act.Date) {
				t.Errorf("the moved activity starts %s, want %s", b[i]["DTSTART"].value, icsDate(act.Date))
			}
		}
	}
	if !found {
		t.Error("no event for the moved activity")
	}
}

// pythonWithICalendar returns a Python 3 that imports icalendar: the
// python3 on PATH, or the system's (where Debian's python3-icalendar
// installs it, when PATH leads to another Python first); "" when none does.
func pythonWithICalendar() string {
	for _, p := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(p, "-c", "import icalendar").Run() == nil {
			return p
		}
	}
	return ""
}

// TestICSParsesWithPythonICalendar reads the calendar back with the
// icalendar package of Python (Debian python3-icalendar), an independent
// parser.
func TestICSParsesWithPythonICalendar(t *testing.T) {
	python := pythonWithICalendar()
	if python == "" {
		t.Skip("no python3 with the icalendar package (Debian: python3-icalendar, which make test installs): the calendar is not read back by a second parser")
	}
	cat := testCatalog(t)
	accts := fixturePortfolio()
	accts[0].Activities[1].EndDate = accts[0].Activities[1].Date.AddDays(2)
	var buf bytes.Buffer
	if err := ICS(&buf, cat, accts, testOptions()); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "plan.ics")
	if err := os.WriteFile(file, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	const script = `import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
print("NAME", cal.get("X-WR-CALNAME"))
for e in cal.walk("VEVENT"):
    print(e.get("UID"), e.decoded("DTSTART").isoformat(), e.decoded("DTEND").isoformat(), e.get("TRANSP"), e.get("SUMMARY"))
`
	out, err := exec.Command(python, "-c", script, file).CombinedOutput()
	if err != nil {
		t.Fatalf("python icalendar: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if lines[0] != "NAME Liftoff portfolio plan" {
		t.Errorf("python reads the calendar name as %q", lines[0])
	}
	got := map[string]string{}
	for _, l := range lines[1:] {
		uid, rest, _ := strings.Cut(l, " ")
		got[uid] = rest
	}
	if want := len(parseICS(t, buf.Bytes())); len(got) != want {
		t.Errorf("python reads %d events, want %d", len(got), want)
	}
	long := accts[0].Activities[1]
	want := fmt.Sprintf("%s %s OPAQUE %s · %s", long.Date, long.EndDate.AddDays(1), itemName(cat, long.ItemID), accts[0].Customer.Name)
	if g := got[long.ID.String()+"@liftoff"]; g != want {
		t.Errorf("python reads the activity over three days as %q, want %q", g, want)
	}
	m := accts[0].Plan.Milestones[0]
	want = fmt.Sprintf("%s %s TRANSPARENT Milestone: %s · %s", m.Due, m.Due.AddDays(1), m.Title, accts[0].Customer.Name)
	if g := got[m.ID.String()+"@liftoff"]; g != want {
		t.Errorf("python reads the milestone as %q, want %q", g, want)
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

// TestICSInJapanese writes the calendar of 株式会社サクラ電機 with
// Japanese settings: the calendar's name, the events' summaries,
// descriptions and categories are in Japanese, lines are folded between
// UTF-8 sequences, and writing it twice gives the same bytes.
func TestICSInJapanese(t *testing.T) {
	cat := testCatalog(t)
	accts := fixturePortfolio()[2:]
	accts[0].Plan.Milestones = append(accts[0].Plan.Milestones,
		planner.Milestone{ID: fid("sakura-m-ics"), Title: "本番稼働の判定", Due: day("2026-09-01"), Status: planner.StatusOpen})
	opts := testOptions()
	opts.Settings.Language = "ja"
	var first, second bytes.Buffer
	if err := ICS(&first, cat, accts, opts); err != nil {
		t.Fatal(err)
	}
	if err := ICS(&second, cat, accts, opts); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Error("two exports of unchanged data differ")
	}
	text := first.String()
	if !strings.Contains(text, "\r\nNAME:株式会社サクラ電機 · Liftoff 計画\r\n") {
		t.Errorf("the calendar is not named in Japanese:\n%.400s", text)
	}
	events := parseICS(t, first.Bytes())
	act := fixturePortfolio()[2].Activities[0]
	var found bool
	for _, e := range events {
		if e["UID"].value != act.ID.String()+"@liftoff" {
			continue
		}
		found = true
		desc := unescapeText(e["DESCRIPTION"].value)
		for _, want := range []string{"顧客：株式会社サクラ電機", "ソリューション：", "工数：12時間", "ステータス：提案中"} {
			if !strings.Contains(desc, want) {
				t.Errorf("the description lacks %q:\n%s", want, desc)
			}
		}
		if strings.Contains(desc, "Customer:") || strings.Contains(desc, "Effort:") {
			t.Errorf("the description keeps English labels:\n%s", desc)
		}
		if got := e["CATEGORIES"].value; !strings.Contains(got, "Success Accelerator") {
			t.Errorf("categories = %q", got)
		}
	}
	if !found {
		t.Fatalf("no event of activity %s", act.ID)
	}
	milestones := 0
	for _, e := range events {
		if strings.HasPrefix(unescapeText(e["SUMMARY"].value), "マイルストーン：") {
			milestones++
			if got := e["CATEGORIES"].value; got != "Liftoff,マイルストーン" {
				t.Errorf("milestone categories = %q", got)
			}
		}
	}
	if want := len(accts[0].Plan.Milestones); milestones != want {
		t.Errorf("%d events are Japanese milestones, want %d", milestones, want)
	}
}
