package export

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/internal/l10n"
	"github.com/liftoff-app/liftoff/planner"
)

// The plan's workbook (MapWorkbook) is the customer's copy of a Mutual
// Action Plan: a sheet on how to use it, then one sheet each of
// objectives, milestones and actions. Row 1 of a plan sheet names the
// columns; each following row is one item. Column A holds the item's ID,
// the last but one the editable cells as written (so that only what the
// customer changed is proposed) and the last a fingerprint of the row's
// locked cells, that one included; the three are hidden and locked. The customer may change the white cells (status from
// a drop-down list, due day as a date, owner, comment) and add actions of
// their own in the empty rows below the actions; every other cell is
// locked by sheet protection, without a password. A hidden sheet holds
// what the workbook is of (mapWorkbookFormat, the plan's and customer's
// IDs, the language).
//
// The fingerprint is a SHA-256 of the plan's ID and the row's locked
// cells: a row whose ID or title was changed (with the protection taken
// off) no longer matches it, and ReadMapWorkbook marks it. It detects
// changes; it is not a signature.

// mapWorkbookFormat names the layout of the plan's workbook in its hidden
// sheet; ReadMapWorkbook reads no other.
const mapWorkbookFormat = "liftoff-map-workbook/1"

// mapMetaSheet is the name of the hidden sheet of the plan's workbook.
const mapMetaSheet = "liftoff"

// newActionRows is how many empty rows the actions sheet offers for the
// customer's new actions.
const newActionRows = 25

// maxWorkbookRows is the most rows ReadMapWorkbook reads of one sheet.
const maxWorkbookRows = 10000

// maxWorkbookBytes is the largest workbook ReadMapWorkbook reads, and
// maxWorkbookUnzipped the most its parts may hold unpacked.
const (
	maxWorkbookBytes    = 16 << 20
	maxWorkbookUnzipped = 128 << 20
)

// ErrNotMapWorkbook is returned by ReadMapWorkbook for a file that is not
// a plan's workbook Liftoff wrote.
var ErrNotMapWorkbook = errors.New("not a Mutual Action Plan workbook of Liftoff")

// cellKind is what a column of a plan sheet holds.
type cellKind int

const (
	cellID      cellKind = iota // the item's ID: hidden, locked
	cellLocked                  // text only Liftoff fills: title, links, side
	cellLockDay                 // a day only Liftoff fills
	cellTitle                   // the title: locked, but editable in new rows
	cellStatus                  // the status, from a drop-down list
	cellDue                     // the due day, a date
	cellOwner                   // the owner, free text
	cellComment                 // the customer's comment
	cellBase                    // the editable cells as written: hidden, locked
	cellCheck                   // the fingerprint of the locked cells: hidden, locked
)

// sheetColumn is one column of a plan sheet.
type sheetColumn struct {
	key   string // "doc.mapxlsx.col.KEY" names it
	kind  cellKind
	width float64
}

// planSheet is the layout of one plan sheet.
type planSheet struct {
	part    planner.PlanPart
	nameKey string
	columns []sheetColumn
}

// planSheets returns the layout of the objectives, milestones and actions
// sheets.
func planSheets() []planSheet {
	id := sheetColumn{"id", cellID, 38}
	base := sheetColumn{"base", cellBase, 20}
	check := sheetColumn{"check", cellCheck, 20}
	status := sheetColumn{"status", cellStatus, 16}
	due := sheetColumn{"due", cellDue, 13}
	comment := sheetColumn{"comment", cellComment, 44}
	return []planSheet{
		{planner.PartObjective, "doc.mapxlsx.sheet.objectives", []sheetColumn{id, {"objective", cellTitle, 40}, {"kpis", cellLocked, 40},
			{"start", cellLockDay, 13}, due, status, comment, base, check}},
		{planner.PartMilestone, "doc.mapxlsx.sheet.milestones", []sheetColumn{id, {"milestone", cellTitle, 40}, {"objective", cellLocked, 32},
			due, status, comment, base, check}},
		{planner.PartAction, "doc.mapxlsx.sheet.actions", []sheetColumn{id, {"action", cellTitle, 42}, {"milestone", cellLocked, 30},
			{"side", cellLocked, 22}, {"owner", cellOwner, 22}, due, status, comment, base, check}},
	}
}

// planStatuses are the statuses of plan items in the order the drop-down
// lists offer them.
func planStatuses() []planner.Status {
	return []planner.Status{planner.StatusOpen, planner.StatusInProgress, planner.StatusBlocked, planner.StatusDone, planner.StatusCancelled}
}

// sheetRow is one row of a plan sheet as written: the text of each column
// (days as YYYY-MM-DD).
type sheetRow struct {
	id    planner.ID
	cells []string
}

// MapWorkbook writes the Mutual Action Plan of acct as an .xlsx workbook
// for the customer to update, in the document language of opts and the
// customer: a sheet on how to use it, and sheets of objectives, milestones
// and actions. Status, due day, owner and a comment can be changed, and
// the customer's new actions added in empty rows; the rest is locked. Read
// it back with ReadMapWorkbook.
func MapWorkbook(w io.Writer, acct planner.Account, opts Options) error {
	if !acct.HasPlan() {
		return fmt.Errorf("plan workbook: customer %q: %w yet", acct.Customer.Name, ErrNoPlan)
	}
	words, err := newWords(opts.documentLanguage(&acct.Customer))
	if err != nil {
		return fmt.Errorf("plan workbook: %w", err)
	}
	f := excelize.NewFile()
	defer f.Close()
	mw := mapWorkbookWriter{f: f, words: words, plan: acct.Plan}
	if err := mw.write(acct, opts); err != nil {
		return fmt.Errorf("plan workbook of %q: %w", acct.Customer.Name, err)
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("plan workbook of %q: %w", acct.Customer.Name, err)
	}
	return nil
}

// mapWorkbookWriter fills one plan's workbook.
type mapWorkbookWriter struct {
	f      *excelize.File
	words  words
	plan   planner.ActionPlan
	styles map[string]int
}

// write fills the workbook.
func (mw *mapWorkbookWriter) write(acct planner.Account, opts Options) error {
	if err := mw.makeStyles(); err != nil {
		return err
	}
	help := mw.words.T("doc.mapxlsx.sheet.help")
	if err := mw.f.SetSheetName("Sheet1", help); err != nil {
		return err
	}
	if err := mw.writeHelp(help, acct, opts); err != nil {
		return err
	}
	for _, s := range planSheets() {
		if err := mw.writeSheet(s, acct); err != nil {
			return fmt.Errorf("sheet %s: %w", s.part, err)
		}
	}
	if err := mw.writeMeta(acct); err != nil {
		return err
	}
	now := opts.now().UTC().Format(time.RFC3339)
	if err := mw.f.SetDocProps(&excelize.DocProperties{
		Title:          mw.words.kindTitle(KindActionPlan) + " · " + acct.Customer.Name,
		Subject:        acct.Plan.Title,
		Creator:        documentAuthor(opts),
		LastModifiedBy: documentAuthor(opts),
		Created:        now,
		Modified:       now,
		Language:       mw.words.Language(),
	}); err != nil {
		return err
	}
	mw.f.SetActiveSheet(0)
	return mw.f.ProtectWorkbook(&excelize.WorkbookProtectionOptions{LockStructure: true})
}

// makeStyles adds the cell styles of the workbook.
func (mw *mapWorkbookWriter) makeStyles() error {
	day := "yyyy-mm-dd"
	border := []excelize.Border{{Type: "left", Color: "C9D1DC", Style: 1}, {Type: "right", Color: "C9D1DC", Style: 1},
		{Type: "top", Color: "C9D1DC", Style: 1}, {Type: "bottom", Color: "C9D1DC", Style: 1}}
	top := &excelize.Alignment{Vertical: "top", WrapText: true}
	dayAlign := &excelize.Alignment{Vertical: "top", Horizontal: "center"}
	locked := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F5F9"}}
	defs := map[string]*excelize.Style{
		"title":    {Font: &excelize.Font{Bold: true, Size: 16, Color: "123F80"}},
		"subtitle": {Font: &excelize.Font{Size: 11, Color: "5B6573"}},
		"text":     {Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}},
		"header": {Font: &excelize.Font{Bold: true, Color: "FFFFFF"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1B5FC1"}},
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}, Border: border, Protection: &excelize.Protection{Locked: true}},
		"locked":   {Fill: locked, Alignment: top, Border: border, Font: &excelize.Font{Color: "333333"}, Protection: &excelize.Protection{Locked: true}},
		"lockDay":  {Fill: locked, Alignment: dayAlign, Border: border, Font: &excelize.Font{Color: "333333"}, CustomNumFmt: &day, Protection: &excelize.Protection{Locked: true}},
		"hidden":   {Font: &excelize.Font{Color: "8A94A3", Size: 8}, Protection: &excelize.Protection{Locked: true}},
		"edit":     {Alignment: top, Border: border, Protection: &excelize.Protection{Locked: false}},
		"editDay":  {Alignment: dayAlign, Border: border, CustomNumFmt: &day, Protection: &excelize.Protection{Locked: false}},
		"editBold": {Alignment: top, Border: border, Font: &excelize.Font{Bold: true}, Protection: &excelize.Protection{Locked: false}},
	}
	mw.styles = map[string]int{}
	for name, st := range defs {
		id, err := mw.f.NewStyle(st)
		if err != nil {
			return fmt.Errorf("style %s: %w", name, err)
		}
		mw.styles[name] = id
	}
	return nil
}

// writeHelp fills the sheet that says how to use the workbook.
func (mw *mapWorkbookWriter) writeHelp(sheet string, acct planner.Account, opts Options) error {
	w := mw.words
	labels := make([]string, 0, 5)
	for _, s := range planStatuses() {
		labels = append(labels, w.lookOfStatus(s).label)
	}
	lines := []struct{ text, style string }{
		{w.kindTitle(KindActionPlan) + " · " + acct.Customer.Name, "title"},
		{w.T("doc.map.subtitle", acct.Plan.Title, w.date(opts.today())), "subtitle"},
		{"", ""},
		{w.T("doc.mapxlsx.help.intro"), "text"},
		{w.T("doc.mapxlsx.help.edit", w.T("doc.mapxlsx.sheet.objectives"), w.T("doc.mapxlsx.sheet.milestones"), w.T("doc.mapxlsx.sheet.actions")), "text"},
		{w.T("doc.mapxlsx.help.statuses", strings.Join(labels, w.T("list.comma"))), "text"},
		{w.T("doc.mapxlsx.help.dates", "2027-03-01"), "text"},
		{w.T("doc.mapxlsx.help.new", w.T("doc.mapxlsx.sheet.actions")), "text"},
		{w.T("doc.mapxlsx.help.locked"), "text"},
		{w.T("doc.mapxlsx.help.return"), "text"},
	}
	if err := mw.f.SetColWidth(sheet, "A", "A", helpWidth); err != nil {
		return err
	}
	for i, l := range lines {
		cell := fmt.Sprintf("A%d", i+1)
		if err := mw.f.SetCellStr(sheet, cell, l.text); err != nil {
			return err
		}
		if l.style != "" {
			if err := mw.f.SetCellStyle(sheet, cell, cell, mw.styles[l.style]); err != nil {
				return err
			}
		}
		if l.style == "text" {
			if err := mw.f.SetRowHeight(sheet, i+1, helpRowHeight(l.text)); err != nil {
				return err
			}
		}
	}
	if err := fitToPageWidth(mw.f, sheet); err != nil {
		return err
	}
	return mw.f.ProtectSheet(sheet, &excelize.SheetProtectionOptions{SelectLockedCells: true, SelectUnlockedCells: true})
}

// rowsOf returns the rows of the plan sheet s.
func (mw *mapWorkbookWriter) rowsOf(s planSheet, acct planner.Account) []sheetRow {
	w, plan := mw.words, mw.plan
	var rows []sheetRow
	switch s.part {
	case planner.PartObjective:
		for _, o := range plan.Objectives {
			kpis := make([]string, len(o.KPIs))
			for i, k := range o.KPIs {
				kpis[i] = w.T("doc.mapxlsx.kpi", orDash(k.Name), w.number(k.Baseline, k.Unit), w.number(k.Target, k.Unit), w.number(k.Current, k.Unit))
			}
			rows = append(rows, sheetRow{o.ID, []string{o.ID.String(), o.Title, strings.Join(kpis, "\n"), o.Start.String(), o.Due.String(),
				w.lookOfStatus(o.Status).label, o.Comment, "", ""}})
		}
	case planner.PartMilestone:
		for _, m := range plan.Milestones {
			rows = append(rows, sheetRow{m.ID, []string{m.ID.String(), m.Title, objectiveTitle(plan, m.ObjectiveID), m.Due.String(),
				w.lookOfStatus(m.Status).label, m.Comment, "", ""}})
		}
	case planner.PartAction:
		for _, a := range plan.Actions {
			side := w.sideLabel(a.Side)
			if a.Side == planner.SideCustomer {
				side = acct.Customer.Name
			}
			rows = append(rows, sheetRow{a.ID, []string{a.ID.String(), a.Title, milestoneTitle(plan, a.MilestoneID), side, a.Owner, a.Due.String(),
				w.lookOfStatus(a.Status).label, a.Comment, "", ""}})
		}
	}
	for i := range rows {
		rows[i].cells[len(s.columns)-2] = rowBase(s, rows[i].cells, mw.statusIDs())
		rows[i].cells[len(s.columns)-1] = rowFingerprint(plan.ID, s, rows[i].cells)
	}
	return rows
}

// statusIDs maps the status labels of the workbook's language to the
// statuses.
func (mw *mapWorkbookWriter) statusIDs() map[string]planner.Status {
	out := map[string]planner.Status{}
	for _, st := range planStatuses() {
		out[strings.ToLower(mw.words.lookOfStatus(st).label)] = st
	}
	return out
}

// rowBase returns the base cell of a row of sheet s: its editable cells
// as written, in planner terms, as JSON (see planner.PlanRowBase).
func rowBase(s planSheet, cells []string, statuses map[string]planner.Status) string {
	var b planner.PlanRowBase
	for i, c := range s.columns {
		switch c.kind {
		case cellStatus:
			b.Status = statuses[strings.ToLower(cells[i])]
		case cellDue:
			b.Due = cells[i]
		case cellOwner:
			b.Owner = cells[i]
		case cellComment:
			b.Comment = cells[i]
		}
	}
	data, err := json.Marshal(b)
	if err != nil {
		return ""
	}
	return string(data)
}

// rowFingerprint returns the fingerprint of the locked cells of a row of
// sheet s of the plan with ID plan.
func rowFingerprint(plan planner.ID, s planSheet, cells []string) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x1f%s", plan, s.part)
	for i, c := range s.columns {
		switch c.kind {
		case cellID, cellLocked, cellLockDay, cellTitle, cellBase:
			if i < len(cells) {
				fmt.Fprintf(h, "\x1f%s", cells[i])
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// writeSheet adds and fills plan sheet s.
func (mw *mapWorkbookWriter) writeSheet(s planSheet, acct planner.Account) error {
	f, w := mw.f, mw.words
	name := w.T(s.nameKey)
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	for i, c := range s.columns {
		col := columnName(i)
		if err := f.SetCellStr(name, col+"1", w.T("doc.mapxlsx.col."+c.key)); err != nil {
			return err
		}
		if err := f.SetColWidth(name, col, col, c.width); err != nil {
			return err
		}
		if c.kind == cellID || c.kind == cellBase || c.kind == cellCheck {
			if err := f.SetColVisible(name, col, false); err != nil {
				return err
			}
		}
	}
	last := columnName(len(s.columns) - 1)
	if err := f.SetCellStyle(name, "A1", last+"1", mw.styles["header"]); err != nil {
		return err
	}
	if err := f.SetRowHeight(name, 1, 22); err != nil {
		return err
	}
	rows := mw.rowsOf(s, acct)
	for r, row := range rows {
		if err := mw.writeRow(name, s, r+2, row.cells, false); err != nil {
			return err
		}
		lines := 1
		for i, c := range s.columns {
			if c.kind != cellID && c.kind != cellBase && c.kind != cellCheck {
				lines = max(lines, textLines(row.cells[i], c.width))
			}
		}
		if lines > 1 {
			if err := f.SetRowHeight(name, r+2, linesHeight(lines)); err != nil {
				return err
			}
		}
	}
	end := len(rows) + 1
	if s.part == planner.PartAction {
		blank := make([]string, len(s.columns))
		for r := 0; r < newActionRows; r++ {
			if err := mw.writeRow(name, s, end+1+r, blank, true); err != nil {
				return err
			}
		}
		end += newActionRows
	}
	if end >= 2 {
		if err := mw.addValidations(name, s, end); err != nil {
			return err
		}
	}
	if err := f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	if err := fitToPageWidth(f, name); err != nil {
		return err
	}
	return f.ProtectSheet(name, &excelize.SheetProtectionOptions{SelectLockedCells: true, SelectUnlockedCells: true, FormatColumns: true, FormatRows: true})
}

// ptr returns a pointer to v.
func ptr[T any](v T) *T { return &v }

// fitToPageWidth prints sheet name in landscape, all its columns on the
// width of one page.
func fitToPageWidth(f *excelize.File, name string) error {
	if err := f.SetPageLayout(name, &excelize.PageLayoutOptions{Orientation: ptr("landscape"), FitToWidth: ptr(1), FitToHeight: ptr(0)}); err != nil {
		return err
	}
	return f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: ptr(true)})
}

// helpWidth is the width of the text column of the sheet on how to use
// the workbook, in characters.
const helpWidth = 100

// helpRowHeight returns the height in points of a row of the help sheet
// that holds text, wrapped at helpWidth.
func helpRowHeight(text string) float64 { return linesHeight(textLines(text, helpWidth)) }

// textLines estimates how many lines text takes in a column width
// characters wide when wrapped: a wide character, such as a Japanese one,
// takes the room of two.
func textLines(text string, width float64) int {
	room := max(int(width)-2, 4)
	lines := 0
	for _, line := range strings.Split(text, "\n") {
		w := 0
		for _, r := range line {
			w++
			if r >= 0x1100 {
				w++
			}
		}
		lines += max((w+room-1)/room, 1)
	}
	return lines
}

// linesHeight returns the height in points of a row of n lines of text,
// at most maxRowHeight.
func linesHeight(n int) float64 { return min(float64(max(n, 1))*15+3, maxRowHeight) }

// maxRowHeight is the tallest a spreadsheet row may be, in points; a
// longer text is read in the cell, scrolled, or in the formula bar.
const maxRowHeight = 409

// writeRow writes the cells of row r of sheet name; added rows leave the
// title editable.
func (mw *mapWorkbookWriter) writeRow(name string, s planSheet, r int, cells []string, added bool) error {
	f := mw.f
	for i, c := range s.columns {
		cell := fmt.Sprintf("%s%d", columnName(i), r)
		style := "locked"
		switch c.kind {
		case cellID, cellBase, cellCheck:
			style = "hidden"
		case cellLockDay:
			style = "lockDay"
		case cellTitle:
			if added {
				style = "editBold"
			}
		case cellStatus, cellOwner, cellComment:
			style = "edit"
		case cellDue:
			style = "editDay"
		}
		if err := f.SetCellStyle(name, cell, cell, mw.styles[style]); err != nil {
			return err
		}
		v := cells[i]
		if v == "" {
			continue
		}
		if c.kind == cellDue || c.kind == cellLockDay {
			d, err := catalog.ParseDate(v)
			if err != nil {
				return fmt.Errorf("cell %s: %w", cell, err)
			}
			if err := f.SetCellFloat(name, cell, excelSerial(d), 0, 64); err != nil {
				return err
			}
			continue
		}
		if err := f.SetCellStr(name, cell, v); err != nil {
			return err
		}
	}
	return nil
}

// addValidations limits the status cells of rows 2 to end of sheet name
// to the statuses and the due days to dates.
func (mw *mapWorkbookWriter) addValidations(name string, s planSheet, end int) error {
	w := mw.words
	for i, c := range s.columns {
		ref := fmt.Sprintf("%[1]s2:%[1]s%[2]d", columnName(i), end)
		switch c.kind {
		case cellStatus:
			labels := make([]string, 0, 5)
			for _, st := range planStatuses() {
				labels = append(labels, w.lookOfStatus(st).label)
			}
			dv := excelize.NewDataValidation(true)
			dv.Sqref = ref
			if err := dv.SetDropList(labels); err != nil {
				return err
			}
			dv.SetError(excelize.DataValidationErrorStyleStop, w.T("doc.mapxlsx.col.status"), w.T("doc.mapxlsx.invalid.status"))
			if err := mw.f.AddDataValidation(name, dv); err != nil {
				return err
			}
		case cellDue:
			dv := excelize.NewDataValidation(true)
			dv.Sqref = ref
			lo, hi := excelSerial(catalog.Date{Year: 2000, Month: time.January, Day: 1}), excelSerial(catalog.Date{Year: 2099, Month: time.December, Day: 31})
			if err := dv.SetRange(lo, hi, excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween); err != nil {
				return err
			}
			dv.SetError(excelize.DataValidationErrorStyleStop, w.T("doc.mapxlsx.col.due"), w.T("doc.mapxlsx.invalid.due"))
			if err := mw.f.AddDataValidation(name, dv); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeMeta adds the hidden sheet that says what the workbook is of.
func (mw *mapWorkbookWriter) writeMeta(acct planner.Account) error {
	f := mw.f
	if _, err := f.NewSheet(mapMetaSheet); err != nil {
		return err
	}
	rows := [][]string{{"format", mapWorkbookFormat}, {"plan", mw.plan.ID.String()}, {"customer", acct.Customer.ID.String()},
		{"language", mw.words.Language()}}
	for _, s := range planSheets() {
		rows = append(rows, []string{"sheet." + string(s.part), mw.words.T(s.nameKey)})
	}
	for i, r := range rows {
		if err := f.SetSheetRow(mapMetaSheet, fmt.Sprintf("A%d", i+1), &r); err != nil {
			return err
		}
	}
	if err := f.ProtectSheet(mapMetaSheet, &excelize.SheetProtectionOptions{}); err != nil {
		return err
	}
	return f.SetSheetVisible(mapMetaSheet, false, true)
}

// columnName returns the letter of column i (0 is A).
func columnName(i int) string {
	name, err := excelize.ColumnNumberToName(i + 1)
	if err != nil {
		return "A"
	}
	return name
}

// excelEpoch is day 0 of spreadsheet day numbers (as 1900-based
// spreadsheets count from 1 March 1900 on).
var excelEpoch = time.Date(1899, time.December, 30, 0, 0, 0, 0, time.UTC)

// excelSerial returns the spreadsheet day number of d.
func excelSerial(d catalog.Date) float64 {
	t := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
	return math.Round(t.Sub(excelEpoch).Hours() / 24)
}

// MapWorkbookContent is what ReadMapWorkbook found in a plan's workbook.
type MapWorkbookContent struct {
	// PlanID and CustomerID say whose plan the workbook is of.
	PlanID     planner.ID
	CustomerID planner.ID
	// Language is the language it was written in.
	Language string
	// Rows are the item rows of the objectives, milestones and actions
	// sheets, and the non-blank added rows, in that order.
	Rows []planner.PlanRow
}

// ReadMapWorkbook reads a plan's workbook that MapWorkbook wrote and the
// customer filled in. Statuses are read in any language Liftoff speaks
// (or as the plan's identifiers, such as "in-progress"); due days as
// dates or as text YYYY-MM-DD. A row whose locked cells no longer match
// their fingerprint is marked LockedChanged. A file that is not such a
// workbook gives an error wrapping ErrNotMapWorkbook.
func ReadMapWorkbook(r io.Reader) (content MapWorkbookContent, err error) {
	data, err := io.ReadAll(io.LimitReader(r, maxWorkbookBytes+1))
	if err != nil {
		return MapWorkbookContent{}, fmt.Errorf("read the plan's workbook: %w", err)
	}
	if len(data) > maxWorkbookBytes {
		return MapWorkbookContent{}, fmt.Errorf("read the plan's workbook: %w: it is larger than %d MB", ErrNotMapWorkbook, maxWorkbookBytes>>20)
	}
	if len(data) < 4 || string(data[:4]) != "PK\x03\x04" {
		return MapWorkbookContent{}, fmt.Errorf("read the plan's workbook: %w: the file is not an .xlsx workbook", ErrNotMapWorkbook)
	}
	defer func() {
		// A damaged file must not stop the program: the reader of the
		// format is not ours to harden.
		if p := recover(); p != nil {
			content, err = MapWorkbookContent{}, fmt.Errorf("read the plan's workbook: %w: the workbook is damaged (%v)", ErrNotMapWorkbook, p)
		}
	}()
	f, err := excelize.OpenReader(strings.NewReader(string(data)), excelize.Options{UnzipSizeLimit: maxWorkbookUnzipped, UnzipXMLSizeLimit: 16 << 20})
	if err != nil {
		return MapWorkbookContent{}, fmt.Errorf("read the plan's workbook: %w: the file is not an .xlsx workbook (%v)", ErrNotMapWorkbook, err)
	}
	defer f.Close()
	content, err = readMapWorkbook(f)
	if err != nil {
		return MapWorkbookContent{}, fmt.Errorf("read the plan's workbook: %w", err)
	}
	return content, nil
}

// readMapWorkbook reads the open workbook f.
func readMapWorkbook(f *excelize.File) (MapWorkbookContent, error) {
	meta := map[string]string{}
	if idx, err := f.GetSheetIndex(mapMetaSheet); err != nil || idx < 0 {
		return MapWorkbookContent{}, fmt.Errorf("%w: the workbook has no sheet %q", ErrNotMapWorkbook, mapMetaSheet)
	}
	rows, err := f.GetRows(mapMetaSheet)
	if err != nil {
		return MapWorkbookContent{}, fmt.Errorf("sheet %q: %w", mapMetaSheet, err)
	}
	for _, r := range rows {
		if len(r) >= 2 {
			meta[r[0]] = r[1]
		}
	}
	if meta["format"] != mapWorkbookFormat {
		return MapWorkbookContent{}, fmt.Errorf("%w: unknown format %q (want %s)", ErrNotMapWorkbook, meta["format"], mapWorkbookFormat)
	}
	var out MapWorkbookContent
	if out.PlanID, err = planner.ParseID(meta["plan"]); err != nil {
		return MapWorkbookContent{}, fmt.Errorf("%w: the plan's ID %q: %v", ErrNotMapWorkbook, meta["plan"], err)
	}
	if out.CustomerID, err = planner.ParseID(meta["customer"]); err != nil {
		return MapWorkbookContent{}, fmt.Errorf("%w: the customer's ID %q: %v", ErrNotMapWorkbook, meta["customer"], err)
	}
	out.Language = meta["language"]
	statuses, err := statusNames()
	if err != nil {
		return MapWorkbookContent{}, err
	}
	for _, s := range planSheets() {
		name := meta["sheet."+string(s.part)]
		if idx, err := f.GetSheetIndex(name); err != nil || idx < 0 || name == "" {
			return MapWorkbookContent{}, fmt.Errorf("%w: the workbook has no sheet %q", ErrNotMapWorkbook, name)
		}
		rows, err := readPlanSheet(f, name, s, out.PlanID, statuses)
		if err != nil {
			return MapWorkbookContent{}, fmt.Errorf("sheet %q: %w", name, err)
		}
		out.Rows = append(out.Rows, rows...)
	}
	return out, nil
}

// statusNames maps the lower-case label of every status in every
// language, and its identifier, to the status.
func statusNames() (map[string]planner.Status, error) {
	out := map[string]planner.Status{}
	for _, lang := range l10n.Languages() {
		w, err := newWords(lang.Tag)
		if err != nil {
			return nil, err
		}
		for _, s := range planStatuses() {
			out[strings.ToLower(w.lookOfStatus(s).label)] = s
		}
	}
	for _, s := range planStatuses() {
		out[string(s)] = s
	}
	return out, nil
}

// readPlanSheet reads the item rows of plan sheet s, named name, of the
// plan with ID plan.
func readPlanSheet(f *excelize.File, name string, s planSheet, plan planner.ID, statuses map[string]planner.Status) ([]planner.PlanRow, error) {
	rows, err := f.Rows(name)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []planner.PlanRow
	for n := 1; rows.Next(); n++ {
		if n == 1 {
			continue // the column names
		}
		if n > maxWorkbookRows {
			return nil, fmt.Errorf("more than %d rows", maxWorkbookRows)
		}
		cells := make([]string, len(s.columns))
		for i, c := range s.columns {
			v, err := f.GetCellValue(name, fmt.Sprintf("%s%d", columnName(i), n), excelize.Options{RawCellValue: true})
			if err != nil {
				return nil, fmt.Errorf("row %d: %w", n, err)
			}
			cells[i] = strings.TrimSpace(v)
			if (c.kind == cellDue || c.kind == cellLockDay) && cells[i] != "" {
				if d, ok := readDay(cells[i]); ok {
					cells[i] = d.String()
				}
			}
		}
		row, ok := planRow(s, name, n, cells, plan, statuses)
		if ok {
			out = append(out, row)
		}
	}
	return out, rows.Error()
}

// planRow turns the cells of row n of plan sheet s into a planner.PlanRow;
// it reports false for a row with nothing the customer filled in.
func planRow(s planSheet, name string, n int, cells []string, plan planner.ID, statuses map[string]planner.Status) (planner.PlanRow, bool) {
	row := planner.PlanRow{Part: s.part, Sheet: name, Row: n}
	check, blank := "", true
	for i, c := range s.columns {
		v := cells[i]
		switch c.kind {
		case cellID:
			row.IDText = v
			if id, err := planner.ParseID(v); err == nil {
				row.ID = id
			}
		case cellTitle:
			row.Title = v
		case cellStatus:
			if v != "" {
				if st, ok := statuses[strings.ToLower(v)]; ok {
					row.Status = st
				} else {
					row.StatusText = v
				}
			}
		case cellDue:
			if v != "" {
				if d, err := catalog.ParseDate(v); err == nil {
					row.Due = d
				} else {
					row.DueText = v
				}
			}
		case cellOwner:
			row.Owner = v
		case cellComment:
			row.Comment = v
		case cellBase:
			if v != "" {
				var b planner.PlanRowBase
				if err := json.Unmarshal([]byte(v), &b); err == nil {
					row.Base = &b
				}
			}
		case cellCheck:
			check = v
		}
		if v != "" {
			blank = false
		}
	}
	if blank {
		return row, false
	}
	if !row.IsNew() || check != "" {
		// A fingerprint in an added row means its ID was removed.
		row.LockedChanged = check != rowFingerprint(plan, s, cells)
	}
	return row, true
}

// readDay reads a due day cell: a spreadsheet day number, or a day
// written as YYYY-MM-DD or YYYY/MM/DD.
func readDay(v string) (catalog.Date, bool) {
	if x, err := strconv.ParseFloat(v, 64); err == nil {
		if x < 1 || x > 2958465 || math.IsNaN(x) {
			return catalog.Date{}, false
		}
		t := excelEpoch.AddDate(0, 0, int(math.Floor(x)))
		return catalog.DateOf(t), true
	}
	if d, err := catalog.ParseDate(strings.ReplaceAll(v, "/", "-")); err == nil {
		return d, true
	}
	return catalog.Date{}, false
}

// MapWorkbookChanges reads the plan's workbook the customer sent back and
// returns the changes it proposes to plan and the rows it refuses
// (planner.PlanChanges). A workbook of another plan is an error. Once ctx
// is done it stops with an error wrapping ctx.Err() and returns no change.
func MapWorkbookChanges(ctx context.Context, r io.Reader, plan planner.ActionPlan) ([]planner.PlanChange, []planner.RowProblem, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, fmt.Errorf("read the workbook: %w", err)
	}
	content, err := ReadMapWorkbook(r)
	if err != nil {
		return nil, nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, fmt.Errorf("read the workbook: %w", err)
	}
	if content.PlanID != plan.ID {
		return nil, nil, fmt.Errorf("the workbook is of another Mutual Action Plan (%s), not of %q (%s)", content.PlanID, plan.Title, plan.ID)
	}
	changes, refused := planner.PlanChanges(plan, content.Rows)
	return changes, refused, nil
}
