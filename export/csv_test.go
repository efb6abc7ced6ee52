package export

import (
	"bytes"
	"encoding/csv"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/liftoff-app/liftoff/planner"
)

func TestSafeCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"=SUM(A1:A9)", "'=SUM(A1:A9)"},
		{"+49 30 1234", "'+49 30 1234"},
		{"-2+3", "'-2+3"},
		{"@cmd", "'@cmd"},
		{"\tindent", "'\tindent"},
		{"\rreturn", "'\rreturn"},
		{"a=b", "a=b"},
		{"2026-02-10", "2026-02-10"},
		{"Müller", "Müller"},
	}
	for _, tt := range tests {
		if got := SafeCell(tt.in); got != tt.want {
			t.Errorf("SafeCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// hostileAccounts returns the fixture with text that would run as a
// formula or break naive quoting.
func hostileAccounts() []planner.Account {
	accts := fixturePortfolio()
	m := &accts[0]
	m.Activities[0].Owner = `=HYPERLINK("http://evil.example","click")`
	m.Activities[1].Outcome = "Quote \"this\", then, a comma\nand a new line"
	m.Activities[2].Owner = "@SUM(1+1)"
	m.Plan.Actions[0].Title = "+cmd|' /C calc'!A0"
	m.Plan.Actions[1].Owner = "-1+1"
	m.Activities[0].ActualDate = m.Activities[0].Date.AddDays(1)
	m.Activities[3].EndDate = m.Activities[3].Date.AddDays(2)
	return accts
}

// readCSV checks that data is a CSV file as spreadsheets read it (UTF-8
// with a byte-order mark, CRLF line ends, the header row as written) and
// returns its records, read with encoding/csv.
func readCSV(t *testing.T, data []byte, header []string) [][]string {
	t.Helper()
	text, ok := strings.CutPrefix(string(data), "\uFEFF")
	if !ok {
		t.Fatalf("no UTF-8 byte-order mark: %.20q", data)
	}
	if !utf8.ValidString(text) {
		t.Error("not valid UTF-8")
	}
	if !strings.HasPrefix(text, strings.Join(header, ",")+"\r\n") {
		t.Errorf("the file does not start with the header row and CRLF: %.120q", text)
	}
	if !strings.HasSuffix(text, "\r\n") || strings.Count(text, "\n") != strings.Count(text, "\r\n") {
		t.Errorf("not every line ends with CRLF: %q", text)
	}
	records, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatalf("read back: %v", err)
	}
	if !slices.Equal(records[0], header) {
		t.Errorf("header = %q", records[0])
	}
	return records
}

// activitiesHeader and actionsHeader are the header rows of the CSV
// files in the language of opts.
func activitiesHeader(t *testing.T, opts Options) []string {
	t.Helper()
	h, err := ActivitiesHeader(opts)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func actionsHeader(t *testing.T, opts Options) []string {
	t.Helper()
	h, err := ActionsHeader(opts)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestCSVHeadersForPeople(t *testing.T) {
	for _, h := range [][]string{activitiesHeader(t, testOptions()), actionsHeader(t, testOptions())} {
		for _, name := range h {
			if strings.Contains(name, "_") || name == "" || !unicode.IsUpper([]rune(name)[0]) {
				t.Errorf("header %q is not a name for people", name)
			}
		}
	}
	for _, want := range []string{"Customer", "Planned day", "Actual day", "Hours", "Status"} {
		if h := activitiesHeader(t, testOptions()); !slices.Contains(h, want) {
			t.Errorf("activities header lacks %q: %q", want, h)
		}
	}
}

func TestActivitiesCSVRoundTrip(t *testing.T) {
	cat := testCatalog(t)
	accts := hostileAccounts()
	var buf bytes.Buffer
	if err := ActivitiesCSV(&buf, cat, accts, testOptions()); err != nil {
		t.Fatal(err)
	}
	records := readCSV(t, buf.Bytes(), activitiesHeader(t, testOptions()))
	// The first activity of Müller GmbH, written out by hand.
	first := []string{fid("mueller").String(), "Müller GmbH", fid("mueller-a1").String(), "2025-11-26", "", "2025-11-27", "acc-analytics-kpi-framework",
		"KPI framework and measurement plan workshop", "accelerator", "Analytics", "Define", "6",
		`'=HYPERLINK("http://evil.example","click")`, "delivered", "KPI framework agreed with the digital team",
		"One KPI framework for the digital team", ""}
	if !slices.Equal(records[1], first) {
		t.Errorf("first row:\n got %q\nwant %q", records[1], first)
	}
	n := 0
	for _, a := range accts {
		for _, act := range a.Activities {
			n++
			row := records[n]
			if len(row) != len(activitiesHeader(t, testOptions())) {
				t.Fatalf("row %d has %d cells", n, len(row))
			}
			if row[1] != a.Customer.Name || row[2] != act.ID.String() || row[3] != act.Date.String() || row[13] != string(act.Status) {
				t.Errorf("row %d = %q, want customer %q, activity %s on %s", n, row, a.Customer.Name, act.ID, act.Date)
			}
			if row[4] != act.EndDate.String() || row[5] != act.ActualDate.String() {
				t.Errorf("row %d: last day %q, actual day %q; want %q, %q", n, row[4], row[5], act.EndDate, act.ActualDate)
			}
			if h, err := strconv.ParseFloat(row[11], 64); err != nil || h != act.Hours {
				t.Errorf("row %d: hours %q, want %g", n, row[11], act.Hours)
			}
		}
	}
	if len(records)-1 != n {
		t.Errorf("%d rows, want %d", len(records)-1, n)
	}
	if got := records[3][12]; got != "'@SUM(1+1)" {
		t.Errorf("formula owner written as %q", got)
	}
	if got := records[2][14]; got != "Quote \"this\", then, a comma\nand a new line" {
		t.Errorf("outcome with quotes and a line break read back as %q", got)
	}
}

func TestActionsCSVRoundTrip(t *testing.T) {
	accts := hostileAccounts()
	var buf bytes.Buffer
	if err := ActionsCSV(&buf, accts, testOptions()); err != nil {
		t.Fatal(err)
	}
	records := readCSV(t, buf.Bytes(), actionsHeader(t, testOptions()))
	n := 0
	for _, a := range accts {
		for _, act := range a.Plan.Actions {
			n++
			row := records[n]
			want := []string{a.Customer.ID.String(), a.Customer.Name, a.Plan.Title, act.ID.String(), SafeCell(act.Title),
				SafeCell(act.Owner), string(act.Side), act.Due.String(), string(act.Status), milestoneTitle(a.Plan, act.MilestoneID)}
			if !slices.Equal(row, want) {
				t.Errorf("row %d:\n got %q\nwant %q", n, row, want)
			}
		}
	}
	if len(records)-1 != n {
		t.Errorf("%d rows, want %d", len(records)-1, n)
	}
	if records[1][4] != "'+cmd|' /C calc'!A0" || records[2][5] != "'-1+1" {
		t.Errorf("formulas not neutralised: %q, %q", records[1][4], records[2][5])
	}
}

// TestCSVKeepsNames writes a German and a Japanese customer and reads
// their names back unchanged: in the activities, and in the actions of
// those that have a Mutual Action Plan.
func TestCSVKeepsNames(t *testing.T) {
	cat := testCatalog(t)
	accts := fixturePortfolio()
	accts[0].Customer.Name = "Müller & Söhne GmbH (Straße 5)"
	accts[2].Customer.Name = "株式会社サクラ電機"
	var acts, actions bytes.Buffer
	if err := ActivitiesCSV(&acts, cat, accts, testOptions()); err != nil {
		t.Fatal(err)
	}
	if err := ActionsCSV(&actions, accts, testOptions()); err != nil {
		t.Fatal(err)
	}
	customers := func(records [][]string) map[string]bool {
		seen := map[string]bool{}
		for _, row := range records[1:] {
			seen[row[1]] = true
		}
		return seen
	}
	inActivities := customers(readCSV(t, acts.Bytes(), activitiesHeader(t, testOptions())))
	inActions := customers(readCSV(t, actions.Bytes(), actionsHeader(t, testOptions())))
	for _, a := range []planner.Account{accts[0], accts[2]} {
		if len(a.Activities) == 0 {
			t.Fatalf("the fixture %q has no activity", a.Customer.Name)
		}
		if !inActivities[a.Customer.Name] {
			t.Errorf("activities: no row of %q; customers read back: %q", a.Customer.Name, slices.Sorted(maps.Keys(inActivities)))
		}
		if a.HasPlan() && len(a.Plan.Actions) > 0 && !inActions[a.Customer.Name] {
			t.Errorf("actions: no row of %q; customers read back: %q", a.Customer.Name, slices.Sorted(maps.Keys(inActions)))
		}
	}
	if !inActions[accts[0].Customer.Name] {
		t.Errorf("actions: no row of %q", accts[0].Customer.Name)
	}
}

// TestCSVInDutch writes the activities and actions with Dutch settings:
// the header rows name the columns in Dutch, and the file stays UTF-8
// with a byte-order mark and CRLF line ends, with formulas neutralised
// and the stored identifiers of kinds and statuses unchanged.
func TestCSVInDutch(t *testing.T) {
	cat := testCatalog(t)
	accts := hostileAccounts()
	opts := testOptions()
	opts.Settings.Language = "nl"
	var acts, actions bytes.Buffer
	if err := ActivitiesCSV(&acts, cat, accts, opts); err != nil {
		t.Fatal(err)
	}
	if err := ActionsCSV(&actions, accts, opts); err != nil {
		t.Fatal(err)
	}
	wantActs := []string{"Klant-ID", "Klant", "Activiteit-ID", "Geplande dag", "Laatste dag", "Werkelijke dag", "Item-ID", "Activiteit",
		"Soort", "Oplossing", "Fase", "Uren", "Eigenaar", "Status", "Resultaat", "Doel", "Voorbereiding op"}
	records := readCSV(t, acts.Bytes(), wantActs)
	if got := records[1][12]; !strings.HasPrefix(got, "'=HYPERLINK") {
		t.Errorf("formula owner written as %q", got)
	}
	if got := records[1][8]; got != "accelerator" {
		t.Errorf("kind written as %q, want the identifier accelerator", got)
	}
	wantActions := []string{"Klant-ID", "Klant", "Mutual Action Plan", "Actie-ID", "Actie", "Eigenaar", "Kant", "Deadline", "Status", "Mijlpaal"}
	actionRecords := readCSV(t, actions.Bytes(), wantActions)
	if actionRecords[1][4] != "'+cmd|' /C calc'!A0" {
		t.Errorf("formula action written as %q", actionRecords[1][4])
	}
	// Options.Language wins over the settings.
	opts.Language = "ja"
	if h := activitiesHeader(t, opts); h[1] != "顧客" || h[3] != "予定日" {
		t.Errorf("Japanese header = %q", h)
	}
}
