package app

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/app/widgets"
	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// riskPaneWindow is what the risk pane uses of the window: its words and
// names, the day and the settings for the health, the risk dialog, and
// undo.
type riskPaneWindow interface {
	editorWindow
}

// riskPane is the first tab of the Customer screen: the customer's
// health (planner.AccountHealth: a red, amber or green chip with its
// reasons as sentences) above its log of risks and issues, which the
// health mostly follows. They sit on the Customer screen, which a TAM
// opens first to prepare a call about the customer.
type riskPane struct {
	w     riskPaneWindow
	store riskWriter
	cat   *catalog.Catalog
	root  fyne.CanvasObject

	account planner.Account
	// health is the health shown, as last worked out.
	health planner.Health
	// showClosed lists closed risks too.
	showClosed bool

	healthChip *widgets.Chip
	reasons    *fyne.Container
	filter     *widget.Check
	addBtn     *widget.Button
	rows       *fyne.Container
	message    *widget.Label
	// shown are the risks listed, in the order of rows.
	shown []planner.Risk
	// dialog is the last dialog opened (tests drive it).
	dialog *formDialog
}

// newRiskPane returns the health and risks tab, which saves the risks in
// store.
func newRiskPane(w riskPaneWindow, store riskWriter, cat *catalog.Catalog) *riskPane {
	p := &riskPane{w: w, store: store, cat: cat}
	p.healthChip = widgets.NewChip("", widgets.ToneNeutral)
	p.reasons = container.NewVBox()
	healthTitle := widget.NewLabelWithStyle(w.tr("health.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	healthBox := container.NewVBox(container.NewHBox(healthTitle, container.NewCenter(p.healthChip)), p.reasons)
	p.filter = widget.NewCheck(w.tr("risks.showClosed"), func(on bool) {
		p.showClosed = on
		p.fill()
	})
	p.addBtn = widget.NewButtonWithIcon(w.tr("risks.add"), theme.ContentAddIcon(), func() { p.openRiskDialog(-1) })
	p.addBtn.Importance = widget.HighImportance
	p.message = newWrapLabel("")
	p.rows = container.NewVBox()
	risksTitle := widget.NewLabelWithStyle(w.tr("risks.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	bar := container.NewBorder(nil, nil, risksTitle, p.addBtn)
	p.root = container.NewVScroll(container.NewVBox(healthBox, widget.NewSeparator(), bar, p.filter, p.message, p.rows))
	return p
}

// load shows the health and risks of account a.
func (p *riskPane) load(a planner.Account) {
	p.account = a
	p.fill()
}

// accountHealth returns the health of account a now, in the TAM's zone,
// as planner works it out.
func (p *riskPane) accountHealth(a planner.Account) (planner.Health, error) {
	return planner.AccountHealth(p.cat, p.w.settings(), a, p.w.now().In(p.w.tamLocation()))
}

// healthReasons returns the reasons of h as sentences in the window's
// language, one a line, each with its colour.
func (u *UI) healthReasons(h planner.Health) []string {
	out := make([]string, len(h.Reasons))
	for i, r := range h.Reasons {
		out[i] = u.tr("health.reason", u.sentence(r.Colour.Label()), u.sentence(r.Text))
	}
	return out
}

// fill shows the health and the risks.
func (p *riskPane) fill() {
	w := p.w
	p.reasons.RemoveAll()
	h, err := p.accountHealth(p.account)
	p.health = h
	if err != nil {
		p.healthChip.Set("—", widgets.ToneNeutral)
		p.reasons.Add(widget.NewLabel(w.errorText(err)))
	} else {
		p.healthChip.Set(w.sentence(h.Colour.Label()), healthTones.of(h.Colour))
		if len(h.Reasons) == 0 {
			p.reasons.Add(widget.NewLabel(w.tr("health.green")))
		}
		for _, r := range h.Reasons {
			l := newWrapLabel(w.sentence(r.Text))
			// The chip sits in a box of one line's height, level with
			// the reason's first line.
			chip := container.NewStack(widget.NewLabel(""), container.NewCenter(widgets.NewChip(w.sentence(r.Colour.Label()), healthTones.of(r.Colour))))
			p.reasons.Add(container.NewBorder(nil, nil, container.NewVBox(chip), nil, l))
		}
	}
	p.rows.RemoveAll()
	p.shown = nil
	for i, r := range p.account.Risks {
		if !p.showClosed && !r.IsOpen() {
			continue
		}
		p.shown = append(p.shown, r)
		p.rows.Add(p.row(i, r))
		p.rows.Add(widget.NewSeparator())
	}
	switch {
	case len(p.account.Risks) == 0:
		p.message.SetText(w.tr("risks.none"))
	case len(p.shown) == 0:
		p.message.SetText(w.tr("risks.noneOpen"))
	default:
		p.message.SetText("")
	}
	p.message.Hidden = p.message.Text == ""
	p.message.Refresh()
}

// row shows risk i: kind, RAG, title, then impact, likelihood, owner,
// due day, objective and status.
func (p *riskPane) row(i int, r planner.Risk) fyne.CanvasObject {
	w := p.w
	chips := container.NewHBox(
		container.NewCenter(widgets.NewChip(w.tr("risks.kind."+string(r.Kind)), widgets.ToneNeutral)),
		container.NewCenter(widgets.NewChip(w.sentence(r.RAG.Label()), healthTones.of(r.RAG))))
	if !r.IsOpen() {
		chips.Add(container.NewCenter(widgets.NewChip(w.tr("risks.status.closed"), widgets.ToneMuted)))
	}
	title := widgets.NewFitLabel(r.Title)
	edit := widget.NewButtonWithIcon(w.tr("cases.edit"), theme.DocumentCreateIcon(), func() { p.openRiskDialog(i) })
	line1 := container.NewBorder(nil, nil, chips, edit, title)
	parts := []string{w.tr("risks.impactIs", w.sentence(r.Impact.Label()))}
	if r.Likelihood != "" {
		parts = append(parts, w.tr("risks.likelihoodIs", w.sentence(r.Likelihood.Label())))
	}
	if r.Owner != "" {
		owner := r.Owner
		if r.OwnerSide != "" {
			owner = w.tr("risks.ownerSide", r.Owner, w.sideText(r.OwnerSide))
		}
		parts = append(parts, owner)
	}
	if !r.Due.IsZero() {
		parts = append(parts, w.tr("risks.dueOn", r.Due.String()))
	}
	if o, ok := p.objective(r.ObjectiveID); ok {
		parts = append(parts, w.tr("risks.threatens", o.Title))
	}
	details := newWrapLabel(strings.Join(parts, " · "))
	box := container.NewVBox(line1, details)
	if r.Mitigation != "" {
		m := newWrapLabel(w.tr("risks.mitigationIs", r.Mitigation))
		box.Add(m)
	}
	return box
}

// objective returns the objective of the customer's plan with id.
func (p *riskPane) objective(id planner.ID) (planner.Objective, bool) {
	if id == (planner.ID{}) || !p.account.HasPlan() {
		return planner.Objective{}, false
	}
	for _, o := range p.account.Plan.Objectives {
		if o.ID == id {
			return o, true
		}
	}
	return planner.Objective{}, false
}

// riskKinds returns the kinds of the risk log in the order a form offers
// them.
func riskKinds() []planner.RiskKind { return []planner.RiskKind{planner.KindRisk, planner.KindIssue} }

// riskStatuses returns the statuses of a risk.
func riskStatuses() []planner.RiskStatus {
	return []planner.RiskStatus{planner.RiskOpen, planner.RiskClosed}
}

// openRiskDialog opens the dialog of risk i of the account, or of a new
// risk when i is -1.
func (p *riskPane) openRiskDialog(i int) {
	w := p.w
	before := planner.NewRisk(p.account.Customer.ID, "", planner.LevelMedium, planner.LevelMedium, planner.RAGAmber)
	if i >= 0 {
		before = p.account.Risks[i]
	}
	kind := widget.NewSelect(optionTexts(riskKinds(), func(k planner.RiskKind) string { return w.tr("risks.kind." + string(k)) }), nil)
	selectValue(kind, riskKinds(), before.Kind)
	title, owner, due := newFormEntry(), newFormEntry(), newFormEntry()
	title.SetText(before.Title)
	owner.SetText(before.Owner)
	due.SetText(dayText(before.Due))
	due.SetPlaceHolder(w.tr("form.date.hint"))
	description, mitigation := newFormMultiLineEntry(), newFormMultiLineEntry()
	description.SetText(before.Description)
	mitigation.SetText(before.Mitigation)
	levelText := func(l planner.Level) string { return w.sentence(l.Label()) }
	impact := widget.NewSelect(optionTexts(planner.Levels(), levelText), nil)
	selectValue(impact, planner.Levels(), before.Impact)
	likelihood := widget.NewSelect(optionTexts(planner.Levels(), levelText), nil)
	selectValue(likelihood, planner.Levels(), before.Likelihood)
	likelihood.PlaceHolder = "—"
	rag := widget.NewSelect(optionTexts(planner.RAGs(), func(r planner.RAG) string { return w.sentence(r.Label()) }), nil)
	selectValue(rag, planner.RAGs(), before.RAG)
	ownerSides := append([]planner.Side{""}, sides()...)
	side := widget.NewSelect(optionTexts(ownerSides, func(s planner.Side) string {
		if s == "" {
			return w.tr("risks.side.none")
		}
		return w.sideText(s)
	}), nil)
	selectValue(side, ownerSides, before.OwnerSide)
	var objectives []planner.Objective
	if p.account.HasPlan() {
		objectives = p.account.Plan.Objectives
	}
	objectiveIDs, objectiveNames := orNone(w.tr("risks.objective.none"), objectives, objectiveOption)
	objective := widget.NewSelect(objectiveNames, nil)
	selectValue(objective, objectiveIDs, before.ObjectiveID)
	status := widget.NewSelect(optionTexts(riskStatuses(), func(s planner.RiskStatus) string { return w.tr("risks.status." + string(s)) }), nil)
	selectValue(status, riskStatuses(), before.Status)
	kind.OnChanged = func(string) {
		if k, _ := selectedValue(kind, riskKinds()); k == planner.KindIssue {
			likelihood.ClearSelected()
			likelihood.Disable()
		} else {
			likelihood.Enable()
		}
	}
	kind.OnChanged("")

	form := w.newFieldForm()
	form.add("kind", w.tr("risks.kind"), kind)
	form.add("title", w.tr("risks.titleField"), title)
	form.add("description", w.tr("risks.description"), description)
	form.add("impact", w.tr("risks.impact"), impact)
	form.add("likelihood", w.tr("risks.likelihood"), likelihood)
	form.add("rag", w.tr("risks.rag"), rag)
	form.add("owner", w.tr("risks.owner"), owner)
	form.add("ownerSide", w.tr("risks.ownerSideField"), side)
	form.add("mitigation", w.tr("risks.mitigation"), mitigation)
	form.add("due", w.tr("risks.due"), due)
	form.add("objectiveId", w.tr("risks.objective"), objective)
	form.add("status", w.tr("risks.status"), status)
	build := func() (planner.Risk, error) {
		r := before
		var probs inputProblems
		r.Kind, _ = selectedValue(kind, riskKinds())
		r.Title, r.Description = strings.TrimSpace(title.Text), strings.TrimSpace(description.Text)
		r.Impact, _ = selectedValue(impact, planner.Levels())
		r.Likelihood, _ = selectedValue(likelihood, planner.Levels())
		if r.Kind == planner.KindIssue {
			r.Likelihood = ""
		}
		r.RAG, _ = selectedValue(rag, planner.RAGs())
		r.Owner, r.Mitigation = strings.TrimSpace(owner.Text), strings.TrimSpace(mitigation.Text)
		r.OwnerSide, _ = selectedValue(side, ownerSides)
		r.ObjectiveID, _ = selectedValue(objective, objectiveIDs)
		r.Due = probs.day("due", due.Text, w.parseDay)
		st, ok := selectedValue(status, riskStatuses())
		if !ok {
			probs.add("status", errors.New(w.tr("risks.status.choose")))
		}
		r.SetStatus(st, w.today())
		if err := probs.err(r.Title); err != nil {
			return r, err
		}
		return r, r.Validate()
	}
	p.dialog = p.risks().itemDialog(w, form, build, before, i < 0, p.account.Customer.Name)
	p.dialog.show()
}

// risks are the pane's writes of risks and issues, with undo.
func (p *riskPane) risks() records[planner.Risk] {
	return records[planner.Risk]{
		put:    p.store.PutRisk,
		remove: p.store.DeleteRisk,
		id:     func(r planner.Risk) planner.ID { return r.ID },
		name:   func(r planner.Risk) string { return fmt.Sprintf("risk %q", r.Title) },
		keys:   "risks",
		title:  func(r planner.Risk) string { return r.Title },
	}
}
