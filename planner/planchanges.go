package planner

import (
	"fmt"
	"slices"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
)

// PlanPart names the kind of plan item a row of the customer's copy of a
// Mutual Action Plan holds.
type PlanPart string

// The parts of a plan a customer's copy has rows for.
const (
	PartObjective PlanPart = "objective"
	PartMilestone PlanPart = "milestone"
	PartAction    PlanPart = "action"
)

// PlanField names what a PlanChange changes.
type PlanField string

// The fields a customer may change in their copy of a plan, and the
// new customer-side action.
const (
	FieldStatus    PlanField = "status"
	FieldDue       PlanField = "due"
	FieldOwner     PlanField = "owner"
	FieldComment   PlanField = "comment"
	FieldNewAction PlanField = "new-action"
)

// PlanRow is one row of a Mutual Action Plan as the customer sent it back
// (the plan's workbook, read by package export), in planner terms. A row
// with a zero ID and no IDText is one the customer added: a new action
// on the customer's side.
type PlanRow struct {
	Part PlanPart `json:"part"`
	// Sheet and Row say where the row is (Row counts from 1), for
	// messages.
	Sheet string `json:"sheet"`
	Row   int    `json:"row"`
	// ID is the item's ID; IDText is the ID cell as found when it is not
	// blank, so that a damaged ID can be named.
	ID     ID     `json:"id,omitzero"`
	IDText string `json:"idText,omitempty"`
	// Title is the title cell: the new action's title in an added row.
	Title string `json:"title,omitempty"`
	// Status is the status cell; StatusText is its text when it names no
	// status (Status is then empty).
	Status     Status `json:"status,omitempty"`
	StatusText string `json:"statusText,omitempty"`
	// Due is the due day cell; DueText is its text when it is not a day.
	Due     Date   `json:"due,omitzero"`
	DueText string `json:"dueText,omitempty"`
	// Owner is the owner cell (actions only).
	Owner   string `json:"owner,omitempty"`
	Comment string `json:"comment,omitempty"`
	// Base holds the editable cells as Liftoff wrote them, when the
	// workbook keeps them: a field the customer left as it was is then
	// not proposed, even when the plan changed since.
	Base *PlanRowBase `json:"base,omitempty"`
	// LockedChanged reports that a cell the customer may not change (the
	// ID, the title, the side...) differs from what Liftoff wrote.
	LockedChanged bool `json:"lockedChanged,omitempty"`
}

// PlanRowBase is what the editable cells of a row held when Liftoff wrote
// the customer's copy: a status, a day as YYYY-MM-DD, texts.
type PlanRowBase struct {
	Status  Status `json:"status,omitempty"`
	Due     string `json:"due,omitempty"`
	Owner   string `json:"owner,omitempty"`
	Comment string `json:"comment,omitempty"`
}

// IsNew reports whether the row is one the customer added.
func (r PlanRow) IsNew() bool { return r.ID == (ID{}) && strings.TrimSpace(r.IDText) == "" }

// PlanChange is one change the customer's copy of a plan proposes: a
// field of an item from Before to After (as the plan holds them: a status
// such as "in-progress", a day as YYYY-MM-DD, a text; "" for none), or a
// new action on the customer's side.
type PlanChange struct {
	// Key names the change for choosing among them: the item's ID, or
	// "new-N" for the new action of row N.
	Key   string    `json:"key"`
	Part  PlanPart  `json:"part"`
	Field PlanField `json:"field"`
	// ID is the changed item's; zero for a new action.
	ID ID `json:"id,omitzero"`
	// Title is the item's title, for people.
	Title  string `json:"title"`
	Before string `json:"before"`
	After  string `json:"after"`
	// NewAction is the action to add, for FieldNewAction.
	NewAction *Action `json:"newAction,omitempty"`
	Sheet     string  `json:"sheet"`
	Row       int     `json:"row"`
}

// RowProblem is a row of the customer's copy that is refused: none of
// its changes is proposed.
type RowProblem struct {
	Part   PlanPart `json:"part"`
	Sheet  string   `json:"sheet"`
	Row    int      `json:"row"`
	ID     ID       `json:"id,omitzero"`
	Reason Text     `json:"reason"`
}

// String reads like "Actions row 7: the ID ... is not in the plan".
func (p RowProblem) String() string { return fmt.Sprintf("%s row %d: %s", p.Sheet, p.Row, p.Reason) }

// PlanChanges compares the rows of the customer's copy of plan with the
// plan and returns the changes they propose, in the order of the rows,
// and the rows it refuses: a row whose ID the plan does not hold, whose
// locked cells were changed, that repeats an item of an earlier row, or
// whose status, due day or texts are not valid. A refused row proposes
// nothing. A blank status keeps the status; a blank due day or owner
// removes it. An added row becomes a new action on the customer's side,
// unless a customer-side action of the plan has its title already (an
// earlier import added it): then it is compared with that action.
func PlanChanges(plan ActionPlan, rows []PlanRow) ([]PlanChange, []RowProblem) {
	var changes []PlanChange
	var refused []RowProblem
	type item struct {
		part PlanPart
		id   ID
	}
	seen := map[item]int{}
	newTitles := map[string]int{}
	for _, r := range rows {
		refuse := func(reason Text) {
			refused = append(refused, RowProblem{Part: r.Part, Sheet: r.Sheet, Row: r.Row, ID: r.ID, Reason: reason})
		}
		switch {
		case r.IsNew() && r.LockedChanged:
			refuse(Textf("a locked cell was changed (the ID, the title or another cell only Liftoff fills)"))
			continue
		case r.IsNew() && r.Part != PartAction:
			refuse(Textf("rows can be added only to the actions"))
			continue
		case r.IsNew():
			title := strings.TrimSpace(r.Title)
			if title == "" {
				refuse(Textf("a new action needs a title"))
				continue
			}
			fold := strings.ToLower(title)
			if at, dup := newTitles[fold]; dup {
				refuse(Textf("repeats the new action %q of row %d", title, at))
				continue
			}
			newTitles[fold] = r.Row
			i := slices.IndexFunc(plan.Actions, func(a Action) bool {
				return a.Side == SideCustomer && strings.EqualFold(strings.TrimSpace(a.Title), title)
			})
			if i >= 0 {
				r.ID = plan.Actions[i].ID // added by an earlier import: compare
				break
			}
			if reason := newRowProblem(r); !reason.IsZero() {
				refuse(reason)
				continue
			}
			status := r.Status
			if status == "" {
				status = StatusOpen
			}
			a := Action{Title: title, Owner: strings.TrimSpace(r.Owner), Side: SideCustomer, Due: r.Due, Status: status, Comment: strings.TrimSpace(r.Comment)}
			changes = append(changes, PlanChange{Key: fmt.Sprintf("new-%d", r.Row), Part: PartAction, Field: FieldNewAction,
				Title: title, After: title, NewAction: &a, Sheet: r.Sheet, Row: r.Row})
			continue
		case r.ID == (ID{}):
			refuse(Textf("the ID %q is not an ID Liftoff wrote", r.IDText))
			continue
		}
		found, fields := planItem(plan, r.Part, r.ID)
		if !found {
			refuse(Textf("the plan has no item with ID %s here", r.ID))
			continue
		}
		if at, dup := seen[item{r.Part, r.ID}]; dup {
			refuse(Textf("repeats the item of row %d", at))
			continue
		}
		if r.LockedChanged {
			refuse(Textf("a locked cell was changed (the ID, the title or another cell only Liftoff fills)"))
			continue
		}
		seen[item{r.Part, r.ID}] = r.Row
		if reason := rowProblem(r, fields); !reason.IsZero() {
			refuse(reason)
			continue
		}
		changes = append(changes, rowChanges(r, fields)...)
	}
	return changes, refused
}

// planItemFields are the fields of a plan item a customer may change.
type planItemFields struct {
	title, owner, comment string
	status                Status
	due, start            Date
	hasOwner              bool
}

// planItem finds the item of part with id in plan.
func planItem(plan ActionPlan, part PlanPart, id ID) (bool, planItemFields) {
	switch part {
	case PartObjective:
		for _, o := range plan.Objectives {
			if o.ID == id {
				return true, planItemFields{title: o.Title, comment: o.Comment, status: o.Status, due: o.Due, start: o.Start}
			}
		}
	case PartMilestone:
		for _, m := range plan.Milestones {
			if m.ID == id {
				return true, planItemFields{title: m.Title, comment: m.Comment, status: m.Status, due: m.Due}
			}
		}
	case PartAction:
		for _, a := range plan.Actions {
			if a.ID == id {
				return true, planItemFields{title: a.Title, owner: a.Owner, comment: a.Comment, status: a.Status, due: a.Due, hasOwner: true}
			}
		}
	}
	return false, planItemFields{}
}

// cellProblem returns what is wrong with the status, due day, owner and
// comment cells of row r, or a zero Text.
func cellProblem(r PlanRow) Text {
	switch {
	case r.StatusText != "":
		return Textf("the status %q is not one of the list", r.StatusText)
	case r.Status != "" && !r.Status.valid():
		return Textf("the status %q is not one of the list", string(r.Status))
	case r.DueText != "":
		return Textf("the due day %q is not a day", r.DueText)
	}
	if t := CheckText(strings.TrimSpace(r.Owner), LineText); !t.IsZero() {
		return Textf("the owner %s", t)
	}
	if t := CheckText(strings.TrimSpace(r.Comment), LongText); !t.IsZero() {
		return Textf("the comment %s", t)
	}
	return Text{}
}

// newRowProblem returns what is wrong with the added row r, or a zero
// Text.
func newRowProblem(r PlanRow) Text {
	if t := CheckText(strings.TrimSpace(r.Title), LineText); !t.IsZero() {
		return Textf("the title %s", t)
	}
	return cellProblem(r)
}

// rowProblem returns what is wrong with row r of item, or a zero Text.
func rowProblem(r PlanRow, item planItemFields) Text {
	if t := cellProblem(r); !t.IsZero() {
		return t
	}
	if !item.start.IsZero() && !r.Due.IsZero() && item.start.After(r.Due) {
		return Textf("the due day %s is before the start %s", r.Due, item.start)
	}
	return Text{}
}

// rowChanges returns the changes row r proposes to item: the fields
// that differ from the item and, when the row keeps what was written,
// from that too.
func rowChanges(r PlanRow, item planItemFields) []PlanChange {
	var out []PlanChange
	base := map[PlanField]string{}
	if r.Base != nil {
		base = map[PlanField]string{FieldStatus: string(r.Base.Status), FieldDue: r.Base.Due, FieldOwner: strings.TrimSpace(r.Base.Owner),
			FieldComment: strings.TrimSpace(r.Base.Comment)}
	}
	add := func(f PlanField, before, after string) {
		if was, kept := base[f]; kept && was == after {
			return // the customer left it as it was written
		}
		if before != after {
			out = append(out, PlanChange{Key: r.ID.String(), Part: r.Part, Field: f, ID: r.ID, Title: item.title,
				Before: before, After: after, Sheet: r.Sheet, Row: r.Row})
		}
	}
	if r.Status != "" {
		add(FieldStatus, string(item.status), string(r.Status))
	}
	add(FieldDue, item.due.String(), r.Due.String())
	if item.hasOwner {
		add(FieldOwner, item.owner, strings.TrimSpace(r.Owner))
	}
	add(FieldComment, item.comment, strings.TrimSpace(r.Comment))
	return out
}

// ApplyPlanChanges returns plan with changes made (those of PlanChanges
// that were accepted) and validated: all of them or, with an error,
// none. A change whose Before no longer matches the plan (it changed
// since the changes were computed) is an error. New actions get a new ID.
func ApplyPlanChanges(plan ActionPlan, changes []PlanChange) (ActionPlan, error) {
	out := plan
	out.Objectives = slices.Clone(plan.Objectives)
	out.Milestones = slices.Clone(plan.Milestones)
	out.Actions = slices.Clone(plan.Actions)
	for _, c := range changes {
		if err := applyChange(&out, c); err != nil {
			return plan, fmt.Errorf("apply %s of %s %q: %w", c.Field, c.Part, c.Title, err)
		}
	}
	if err := out.Validate(); err != nil {
		return plan, fmt.Errorf("apply the customer's changes: %w", err)
	}
	return out, nil
}

// applyChange makes change c to plan m.
func applyChange(m *ActionPlan, c PlanChange) error {
	if c.Field == FieldNewAction {
		if c.NewAction == nil {
			return fmt.Errorf("no action to add")
		}
		a := *c.NewAction
		a.ID = ID{}
		_, err := m.AddAction(a)
		return err
	}
	var status *Status
	var due *Date
	var comment, owner *string
	switch c.Part {
	case PartObjective:
		i := slices.IndexFunc(m.Objectives, func(o Objective) bool { return o.ID == c.ID })
		if i < 0 {
			return fmt.Errorf("the plan has no objective %s", c.ID)
		}
		o := &m.Objectives[i]
		status, due, comment = &o.Status, &o.Due, &o.Comment
	case PartMilestone:
		i := slices.IndexFunc(m.Milestones, func(ms Milestone) bool { return ms.ID == c.ID })
		if i < 0 {
			return fmt.Errorf("the plan has no milestone %s", c.ID)
		}
		ms := &m.Milestones[i]
		status, due, comment = &ms.Status, &ms.Due, &ms.Comment
	case PartAction:
		i := slices.IndexFunc(m.Actions, func(a Action) bool { return a.ID == c.ID })
		if i < 0 {
			return fmt.Errorf("the plan has no action %s", c.ID)
		}
		a := &m.Actions[i]
		status, due, comment, owner = &a.Status, &a.Due, &a.Comment, &a.Owner
	default:
		return fmt.Errorf("unknown part %q", c.Part)
	}
	var current string
	var set func() error
	switch c.Field {
	case FieldStatus:
		current = string(*status)
		set = func() error { *status = Status(c.After); return nil }
	case FieldDue:
		current = due.String()
		set = func() error {
			if c.After == "" {
				*due = Date{}
				return nil
			}
			d, err := catalog.ParseDate(c.After)
			if err != nil {
				return err
			}
			*due = d
			return nil
		}
	case FieldOwner:
		if owner == nil {
			return fmt.Errorf("a %s has no owner", c.Part)
		}
		current = *owner
		set = func() error { *owner = c.After; return nil }
	case FieldComment:
		current = *comment
		set = func() error { *comment = c.After; return nil }
	default:
		return fmt.Errorf("unknown field %q", c.Field)
	}
	if current != c.Before {
		return fmt.Errorf("it is %q now, not %q as when the changes were read: read the workbook again", current, c.Before)
	}
	return set()
}
