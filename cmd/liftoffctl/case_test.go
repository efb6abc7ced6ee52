package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/storage"
)

// withContoso returns a folder whose database holds the Expert customer
// Contoso in EMEA, with the region's calendar.
func withContoso(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if code, _, errOut := runCLI(t, dir, "customer", "add", "--name", "Contoso", "--region", "emea", "--tier", "expert"); code != 0 {
		t.Fatalf("customer add: exit %d: %s", code, errOut)
	}
	return dir
}

// mustRun runs a command in dir that must succeed and returns its
// standard output (see cli.ok).
func mustRun(t *testing.T, dir string, args ...string) string {
	t.Helper()
	return (&cli{t: t, dir: dir}).ok(args...)
}

func listCases(t *testing.T, dir string, args ...string) []caseJSON {
	t.Helper()
	var got []caseJSON
	out := mustRun(t, dir, append([]string{"case", "list", "--json"}, args...)...)
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("case list --json: %v\n%s", err, out)
	}
	return got
}

// TestCaseListVerdictsAgreeWithSLA logs cases answered in time, late and
// not yet, and finds for each the deadline liftoffctl sla gives for the
// same tier, priority, region and opening, and the verdict that follows
// from it.
func TestCaseListVerdictsAgreeWithSLA(t *testing.T) {
	dir := withContoso(t)
	cases := []struct{ number, priority, opened, responded string }{
		{"00412345", "P2", "2026-11-20T09:00:00Z", "2026-11-20T10:30:00Z"}, // a Friday morning
		{"00412346", "P2", "2026-11-20T16:30:00Z", "2026-11-24T09:00:00Z"}, // late, over a weekend
		{"00412347", "P1", "2026-11-25T22:00:00Z", ""},                     // no answer yet
		{"00412348", "P3", "2026-11-26T08:00:00Z", ""},                     // still within its target
	}
	for _, c := range cases {
		mustRun(t, dir, "case", "add", "--customer", "Contoso", "--number", c.number, "--priority", c.priority, "--opened", c.opened, "--title", "Checkout "+c.number)
		if c.responded != "" {
			mustRun(t, dir, "case", "respond", c.number, "--at", c.responded)
		}
	}
	got := listCases(t, dir)
	if len(got) != len(cases) {
		t.Fatalf("%d cases listed, want %d", len(got), len(cases))
	}
	now := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC) // runCLI's clock
	states := map[string]int{}
	for i, c := range cases {
		row := got[i]
		var sla struct {
			DueUTC time.Time `json:"dueUtc"`
		}
		out := mustRun(t, dir, "sla", "--tier", "expert", "--priority", c.priority, "--region", "emea", "--opened", c.opened, "--json")
		if err := json.Unmarshal([]byte(out), &sla); err != nil {
			t.Fatal(err)
		}
		if row.Number != c.number || !row.Due.Equal(sla.DueUTC) {
			t.Errorf("case %s: due %s, liftoffctl sla says %s", row.Number, row.Due, sla.DueUTC)
			continue
		}
		at := now
		if c.responded != "" {
			at, _ = time.Parse(time.RFC3339, c.responded)
		}
		margin := int(sla.DueUTC.Sub(at) / time.Minute)
		if at.After(sla.DueUTC) {
			margin = -int((at.Sub(sla.DueUTC) + time.Minute - 1) / time.Minute)
		}
		wantState := "open"
		switch {
		case at.After(sla.DueUTC):
			wantState = "breached"
		case c.responded != "":
			wantState = "met"
		}
		states[wantState]++
		if string(row.State) != wantState || row.MarginMinutes != margin {
			t.Errorf("case %s: %s by %d minutes, want %s by %d", c.number, row.State, row.MarginMinutes, wantState, margin)
		}
		if (row.Met == nil) != (wantState == "open") || (row.Met != nil && *row.Met != (wantState == "met")) {
			t.Errorf("case %s: met %v, want it to follow %s", c.number, row.Met, wantState)
		}
	}
	if states["met"] == 0 || states["breached"] < 2 || states["open"] == 0 {
		t.Errorf("the cases cover %v; want met, breached (late and unanswered) and open", states)
	}
	table := mustRun(t, dir, "case", "list", "--customer", "Contoso")
	if !strings.Contains(table, "00412346") || !strings.Contains(table, "breached by") || !strings.Contains(table, "met, ") {
		t.Errorf("case list:\n%s", table)
	}
	// Four cases and their owner entries join the verified records.
	before := mustRun(t, withContoso(t), "check")
	after := mustRun(t, dir, "check")
	if n, m := checkedRecords(t, before), checkedRecords(t, after); m != n+2*len(cases) {
		t.Errorf("check verified %d records with the cases, %d without; want %d more", m, n, 2*len(cases))
	}
}

func TestCaseCommandsRefuseBadInput(t *testing.T) {
	dir := withContoso(t)
	mustRun(t, dir, "case", "add", "--customer", "Contoso", "--number", "7", "--priority", "P2", "--opened", "2026-11-20T09:00:00Z")
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"case", "add", "--customer", "Contoso", "--number", "8", "--priority", "P9", "--opened", "2026-11-20T09:00:00Z"}, 2, `priority "P9"`},
		{[]string{"case", "add", "--customer", "Contoso", "--number", "8", "--priority", "P2", "--opened", "yesterday"}, 2, "--opened \"yesterday\""},
		{[]string{"case", "add", "--customer", "Contoso", "--number", "7", "--priority", "P2", "--opened", "2026-11-20T09:00:00Z"}, 2, "--number: case number 7 is already used"},
		{[]string{"case", "add", "--customer", "Contoso", "--number", "8", "--priority", "P2", "--opened", "2026-11-20T09:00:00Z", "--product", "photoshop"}, 2, `--product: unknown product "photoshop"`},
		{[]string{"case", "respond", "7", "--at", "2026-11-19T09:00:00Z"}, 2, "--at: is before the case was opened"},
		{[]string{"case", "status", "7", "--set", "reopened", "--at", "2026-11-21T09:00:00Z"}, 2, "--set: a case cannot go from"},
		{[]string{"case", "status", "99", "--set", "closed", "--at", "2026-11-21T09:00:00Z"}, 2, "no case 99"},
	} {
		code, _, errOut := runCLI(t, dir, tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.want) {
			t.Errorf("%s: exit %d, %q; want exit %d saying %q", strings.Join(tc.args, " "), code, errOut, tc.code, tc.want)
		}
	}
	if got := listCases(t, dir); len(got) != 1 || !got[0].Opened.Equal(time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)) || got[0].FirstResponse != nil {
		t.Errorf("after the refused commands: %+v, want case 7 as it was", got)
	}
}

func TestCaseStatusAndRemindersDue(t *testing.T) {
	dir := withContoso(t)
	mustRun(t, dir, "case", "add", "--customer", "Contoso", "--number", "7", "--priority", "P2", "--opened", "2026-11-20T09:00:00Z")
	mustRun(t, dir, "case", "status", "7", "--set", "Pending Response", "--at", "2026-11-23T10:00:00Z")
	var list struct {
		DueBy     string `json:"dueBy"`
		Reminders []struct {
			CaseNumber string    `json:"caseNumber"`
			N          int       `json:"n"`
			At         time.Time `json:"at"`
			Overdue    bool      `json:"overdue"`
			AutoClose  bool      `json:"autoClose"`
		} `json:"reminders"`
	}
	out := mustRun(t, dir, "case", "reminders", "--due-by", "2026-11-26", "--zone", "UTC", "--json")
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	due := list.Reminders
	// 24 h and 72 h after the change: 2026-11-24 (overdue) and 2026-11-26.
	if len(due) != 2 || due[0].N != 1 || !due[0].Overdue || due[1].N != 2 || due[1].Overdue ||
		!due[1].At.Equal(time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("reminders due by 2026-11-26: %+v", due)
	}
	// The TAM sends the first: marked, it is no longer due, in the next
	// run of liftoffctl too (every run opens the file anew).
	mustRun(t, dir, "case", "remind", "7", "--step", "1", "--at", "2026-11-24T11:00:00Z")
	code, _, errOut := runCLI(t, dir, "case", "remind", "7", "--step", "9")
	if code != 2 || !strings.Contains(errOut, "--step: the case has reminders 1 to 4, not 9") {
		t.Errorf("case remind --step 9: exit %d, %q", code, errOut)
	}
	out = mustRun(t, dir, "case", "reminders", "--due-by", "2026-11-26", "--zone", "UTC", "--json")
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	if len(list.Reminders) != 1 || list.Reminders[0].N != 2 {
		t.Errorf("after reminder 1 was sent, due by 2026-11-26: %+v, want only reminder 2", list.Reminders)
	}
	out = mustRun(t, dir, "case", "reminders", "--due-by", "2026-11-30", "--zone", "UTC")
	if !strings.Contains(out, "closes automatically") || strings.Contains(out, "reminder 1") {
		t.Errorf("by the auto-close only it is listed:\n%s", out)
	}
	mustRun(t, dir, "case", "status", "7", "--set", "closed", "--at", "2026-11-25T10:00:00Z")
	if out := mustRun(t, dir, "case", "reminders", "--due-by", "2026-11-30", "--zone", "UTC", "--json"); !strings.Contains(out, `"reminders": []`) {
		t.Errorf("a closed case has no reminders: %s", out)
	}
	if got := listCases(t, dir); got[0].Status != "closed" {
		t.Errorf("status %s, want closed", got[0].Status)
	}
}

// TestCaseStatusInProgressStopsTheReminders checks that a case the
// customer answered, set in progress, has no reminder due and does not
// close by itself, and that it then goes on to a proposed solution.
func TestCaseStatusInProgressStopsTheReminders(t *testing.T) {
	dir := withContoso(t)
	mustRun(t, dir, "case", "add", "--customer", "Contoso", "--number", "7", "--priority", "P2", "--opened", "2026-11-20T09:00:00Z")
	mustRun(t, dir, "case", "status", "7", "--set", "awaiting-response", "--at", "2026-11-23T10:00:00Z")
	if out := mustRun(t, dir, "case", "status", "7", "--set", "in-progress", "--at", "2026-11-24T09:00:00Z"); out != "case 7 is In Progress\n" {
		t.Errorf("case status --set in-progress printed %q", out)
	}
	if got := listCases(t, dir); got[0].Status != "in-progress" {
		t.Errorf("status %s, want in-progress", got[0].Status)
	}
	if out := mustRun(t, dir, "case", "reminders", "--due-by", "2026-11-30", "--zone", "UTC", "--json"); !strings.Contains(out, `"reminders": []`) {
		t.Errorf("a case in progress has reminders due: %s", out)
	}
	if table := mustRun(t, dir, "case", "list", "--customer", "Contoso"); !strings.Contains(table, "In Progress") {
		t.Errorf("case list does not show the status:\n%s", table)
	}
	code, _, errOut := runCLI(t, dir, "case", "status", "7", "--set", "In Progress", "--at", "2026-11-24T10:00:00Z")
	if code != 2 || !strings.Contains(errOut, "--set: a case cannot go from In Progress to In Progress") {
		t.Errorf("in progress twice: exit %d, %q", code, errOut)
	}
	mustRun(t, dir, "case", "status", "7", "--set", "Resolution Provided", "--at", "2026-11-25T10:00:00Z")
	if got := listCases(t, dir); got[0].Status != "solution-proposed" {
		t.Errorf("status %s, want solution-proposed", got[0].Status)
	}
}

func TestCaseImportIsAllOrNothing(t *testing.T) {
	dir := withContoso(t)
	file := filepath.Join(dir, "cases.csv")
	good := "Case Number,Subject,Priority,Created Date,First Response Time,Status\n" +
		"00412345,Checkout times out,P2 - High,2026-11-20 10:00,2026-11-20 11:30,Pending Response\n" +
		"00412346,Search index stale,P3,2026-11-21 14:15,,\n"
	bad := good + "00412347,Bad row,P9,2026-11-22 09:00,,\n"
	if err := os.WriteFile(file, []byte(bad), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, dir, "case", "import", file, "--customer", "Contoso")
	if code != 1 || !strings.Contains(errOut, "nothing imported") || !strings.Contains(errOut, "line 4, Priority") {
		t.Errorf("a file with a bad row: exit %d, %q", code, errOut)
	}
	if got := listCases(t, dir); len(got) != 0 {
		t.Errorf("the refused file left %d cases", len(got))
	}
	if err := os.WriteFile(file, []byte(good), 0o600); err != nil {
		t.Fatal(err)
	}
	if out := mustRun(t, dir, "case", "import", file, "--customer", "Contoso"); !strings.Contains(out, "2 cases added, 0 updated") {
		t.Errorf("import: %s", out)
	}
	got := listCases(t, dir)
	// Times without an offset are in the customer's zone: EMEA's default
	// is London, at UTC+0 in November.
	if len(got) != 2 || !got[0].Opened.Equal(time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)) || got[0].Status != "awaiting-response" {
		t.Fatalf("after the import: %+v", got)
	}
	closedLater := strings.Replace(good, "Pending Response", "Closed", 1)
	if err := os.WriteFile(file, []byte(closedLater), 0o600); err != nil {
		t.Fatal(err)
	}
	if out := mustRun(t, dir, "case", "import", file, "--customer", "Contoso"); !strings.Contains(out, "0 cases added, 1 updated, 1 unchanged") {
		t.Errorf("import of the later export: %s", out)
	}
	if again := listCases(t, dir); len(again) != 2 || again[0].ID != got[0].ID || again[0].Status != "closed" {
		t.Errorf("after the later export: %+v", again)
	}
}

func TestRisksAndHealth(t *testing.T) {
	dir := withContoso(t)
	if out := mustRun(t, dir, "health", "--customer", "Contoso"); !strings.Contains(out, "Green") {
		t.Errorf("health of a customer without risks:\n%s", out)
	}
	code, _, errOut := runCLI(t, dir, "risk", "add", "--customer", "Contoso", "--title", "Sponsor leaves", "--impact", "high")
	if code != 2 || !strings.Contains(errOut, "--likelihood is required") {
		t.Errorf("a risk without likelihood: exit %d, %q", code, errOut)
	}
	mustRun(t, dir, "risk", "add", "--customer", "Contoso", "--title", "Sponsor leaves", "--impact", "high", "--likelihood", "high", "--rag", "red")
	var risks []riskJSON
	if err := json.Unmarshal([]byte(mustRun(t, dir, "risk", "list", "--json")), &risks); err != nil {
		t.Fatal(err)
	}
	if len(risks) != 1 || risks[0].Customer != "Contoso" || risks[0].Impact != "high" {
		t.Fatalf("risk list: %+v", risks)
	}
	var health []struct {
		Colour  string `json:"colour"`
		Reasons []struct {
			SubjectID planner.ID `json:"subjectId"`
		} `json:"reasons"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, dir, "health", "--json")), &health); err != nil {
		t.Fatal(err)
	}
	if len(health) != 1 || health[0].Colour != "red" || len(health[0].Reasons) != 1 || health[0].Reasons[0].SubjectID != risks[0].ID {
		t.Errorf("health with a high risk: %+v", health)
	}
	code, _, errOut = runCLI(t, dir, "risk", "set-status", planner.NewID().String(), "closed")
	if code != 2 || !strings.Contains(errOut, "no risk with ID") {
		t.Errorf("set-status of an unknown risk: exit %d, %q", code, errOut)
	}
	mustRun(t, dir, "risk", "set-status", risks[0].ID.String(), "closed", "--closed", "2026-11-26")
	if out := mustRun(t, dir, "risk", "list"); strings.Contains(out, "Sponsor leaves") {
		t.Errorf("a closed risk is listed without --all:\n%s", out)
	}
	if err := json.Unmarshal([]byte(mustRun(t, dir, "health", "--json")), &health); err != nil {
		t.Fatal(err)
	}
	if health[0].Colour != "green" {
		t.Errorf("health after the risk closed: %+v", health)
	}
}

// testdata/schema5.db is the sample portfolio as the release before
// support cases and risks (schema version 5) stored it, and schema5.json
// that release's export of it. Upgraded, the file exports the same
// portfolio, passes the full check and takes cases and risks.
func TestUpgradeFromTheReleaseBeforeCasesKeepsEverything(t *testing.T) {
	dir, raw, got := exportUpgraded(t, "schema5")
	gotAccounts, err := storage.ReadPortfolio(strings.NewReader(got), catalog.Default())
	if err != nil {
		t.Fatal(err)
	}
	wantAccounts, err := storage.ReadPortfolio(bytes.NewReader(raw), catalog.Default())
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.MarshalIndent(gotAccounts, "", " ")
	b, _ := json.MarshalIndent(wantAccounts, "", " ")
	if !bytes.Equal(a, b) {
		t.Errorf("the upgraded file exports another portfolio:\n%s", firstDiff(string(a), string(b)))
	}
	mustRun(t, dir, "case", "add", "--customer", "Müller", "--number", "1", "--priority", "P1", "--opened", "2026-11-20T09:00:00Z")
	mustRun(t, dir, "risk", "add", "--customer", "Müller", "--title", "Budget cut", "--impact", "medium", "--likelihood", "low")
	if out := mustRun(t, dir, "check"); !strings.Contains(out, fmt.Sprintf("is sound (0.3 MB, schema version %d)", storage.SchemaVersion)) {
		t.Errorf("check of the upgraded file:\n%s", out)
	}
}

// checkedRecords returns how many record checksums liftoffctl check says
// it verified.
func checkedRecords(t *testing.T, out string) int {
	t.Helper()
	for _, l := range strings.Split(out, "\n") {
		var n int
		if _, err := fmt.Sscanf(strings.TrimSpace(l), "records: %d checksums verified", &n); err == nil {
			return n
		}
	}
	t.Fatalf("no record count in:\n%s", out)
	return 0
}

// TestREADMEListsEveryCaseColumn keeps the README's table of the headers
// of a case export in step with what ReadCaseCSV accepts.
func TestREADMEListsEveryCaseColumn(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range storage.CaseCSVColumns() {
		var row string
		for _, l := range strings.Split(string(readme), "\n") {
			if strings.HasPrefix(l, "| "+c.Field+" |") {
				row = l
			}
		}
		if row == "" {
			t.Errorf("README.md has no row for the %s column", c.Field)
			continue
		}
		if req := strings.Contains(row, "| yes |"); req != c.Required {
			t.Errorf("README.md: %s required %v, ReadCaseCSV %v", c.Field, req, c.Required)
		}
		for _, h := range c.Headers {
			if !strings.Contains(row, " "+h+",") && !strings.Contains(row, " "+h+" |") && !strings.Contains(row, " "+h+" (") {
				t.Errorf("README.md: the %s row lacks the header %q", c.Field, h)
			}
		}
	}
}
