package catalog

import (
	"slices"
	"strings"
)

// Item is any offer a customer can be entitled to or have scheduled:
// an accelerator, a field activity, a proactive activity or an add-on,
// seen through the fields they share.
type Item struct {
	Kind Kind   `json:"kind"`
	ID   string `json:"id"`
	Name string `json:"name"`
	// Solutions the item applies to; empty means every solution.
	Solutions []SolutionID `json:"solutions,omitempty"`
	Phases    []PhaseID    `json:"phases,omitempty"`
	// Category is the accelerator category; empty for other kinds.
	Category string `json:"category,omitempty"`
	// Format is how it is delivered, where known.
	Format string `json:"format,omitempty"`
	// Hours is the typical effort; zero for add-ons.
	Hours         int      `json:"hours,omitempty"`
	Description   string   `json:"description"`
	Prerequisites []string `json:"prerequisites,omitempty"`
	// NeedsTitle says that an activity of the item must carry its own
	// title (only the custom touchpoint).
	NeedsTitle bool   `json:"needsTitle,omitempty"`
	Source     string `json:"source"`
}

// FitsPhase reports whether the item fits phase p (an item listing no
// phases fits every phase).
func (it Item) FitsPhase(p PhaseID) bool {
	return len(it.Phases) == 0 || slices.Contains(it.Phases, p)
}

// index maps IDs to the position of entries in a Catalog.
type index struct {
	items     map[string]int // position in the items slice
	itemList  []Item
	solutions map[SolutionID]int
	tiers     map[TierID]int
	regions   map[RegionID]int
	phases    map[PhaseID]int
	addons    map[string]int
}

// buildIndex indexes c; duplicate IDs keep the first entry (Load reports them).
func (c *Catalog) buildIndex() {
	ix := &index{
		items:     map[string]int{},
		solutions: map[SolutionID]int{},
		tiers:     map[TierID]int{},
		regions:   map[RegionID]int{},
		phases:    map[PhaseID]int{},
		addons:    map[string]int{},
	}
	for i, s := range c.Solutions {
		if _, ok := ix.solutions[s.ID]; !ok {
			ix.solutions[s.ID] = i
		}
	}
	for i, t := range c.Tiers {
		if _, ok := ix.tiers[t.ID]; !ok {
			ix.tiers[t.ID] = i
		}
	}
	for i, r := range c.Regions {
		if _, ok := ix.regions[r.ID]; !ok {
			ix.regions[r.ID] = i
		}
	}
	for i, p := range c.Phases {
		if _, ok := ix.phases[p.ID]; !ok {
			ix.phases[p.ID] = i
		}
	}
	for i, a := range c.AddOns {
		if _, ok := ix.addons[a.ID]; !ok {
			ix.addons[a.ID] = i
		}
	}
	add := func(it Item) {
		if _, ok := ix.items[it.ID]; ok {
			return
		}
		ix.items[it.ID] = len(ix.itemList)
		ix.itemList = append(ix.itemList, it)
	}
	for _, a := range c.Accelerators {
		add(Item{Kind: KindAccelerator, ID: a.ID, Name: a.Name, Solutions: []SolutionID{a.Solution},
			Phases: a.Phases, Category: a.Category, Format: a.Format, Hours: a.Hours,
			Description: a.Description, Prerequisites: a.Prerequisites, Source: a.Source})
	}
	for _, f := range c.FieldActivities {
		add(Item{Kind: KindField, ID: f.ID, Name: f.Name, Solutions: f.Solutions, Phases: f.Phases,
			Format: formatField, Hours: f.Hours, Description: f.Purpose, Source: f.Source})
	}
	for _, p := range c.ProactiveActivities {
		add(Item{Kind: KindProactive, ID: p.ID, Name: p.Name, Phases: p.Phases, Hours: p.Hours,
			Format: formatProactive, Description: p.Description, Source: p.Source})
	}
	for _, t := range c.Touchpoints {
		add(Item{Kind: KindTouchpoint, ID: t.ID, Name: t.Name, Hours: t.Hours, Format: formatTouchpoint,
			Description: t.Description, NeedsTitle: t.NeedsTitle, Source: t.Source})
	}
	for _, a := range c.AddOns {
		var sols []SolutionID
		if a.RequiresSolution != "" {
			sols = []SolutionID{a.RequiresSolution}
		}
		add(Item{Kind: KindAddOn, ID: a.ID, Name: a.Name, Solutions: sols, Description: a.Description, Source: a.Source})
	}
	c.idx = ix
}

func (c *Catalog) ix() *index {
	if c.idx == nil {
		// Only a Catalog built by hand rather than by Load gets here
		// (tests); Load indexes before the Catalog is shared.
		c.buildIndex()
	}
	return c.idx
}

// Items returns every item of the catalog: accelerators, field activities,
// proactive activities and add-ons, in that order and in file order within
// each kind. The caller must not modify the returned slice.
func (c *Catalog) Items() []Item { return c.ix().itemList }

// Item returns the item with the given ID.
func (c *Catalog) Item(id string) (Item, bool) {
	i, ok := c.ix().items[id]
	if !ok {
		return Item{}, false
	}
	return c.ix().itemList[i], true
}

// Filter selects items; a zero field matches everything.
type Filter struct {
	Kind     Kind
	Solution SolutionID // matches items for the solution or its family
	Phase    PhaseID
	// Text matches a case-insensitive substring of the name, ID,
	// description or category.
	Text string
}

// Find returns the items matching f, in Items order.
func (c *Catalog) Find(f Filter) []Item {
	var out []Item
	for _, it := range c.Items() {
		if f.Matches(c, it, SearchText(it)) {
			out = append(out, it)
		}
	}
	return out
}

// SearchText returns the text of item it that Filter.Text is looked for
// in: its name, ID, description and category, in lower case, kept apart so
// that a search never spans two of them. A caller that filters the same
// items on every keystroke keeps it (see Filter.Matches).
func SearchText(it Item) string {
	return strings.ToLower(strings.Join([]string{it.Name, it.ID, it.Description, it.Category}, "\x00"))
}

// Matches reports whether item it of catalog c passes f. searchText is
// SearchText(it).
func (f Filter) Matches(c *Catalog, it Item, searchText string) bool {
	if f.Kind != "" && it.Kind != f.Kind {
		return false
	}
	if f.Phase != "" && !it.FitsPhase(f.Phase) {
		return false
	}
	if f.Solution != "" && !c.ItemCovers(it, f.Solution) {
		return false
	}
	text := strings.ToLower(strings.TrimSpace(f.Text))
	return text == "" || strings.Contains(searchText, text)
}

// ItemCovers reports whether item it is offered for solution s, either
// directly, through s's family, or because the item names no solution.
func (c *Catalog) ItemCovers(it Item, s SolutionID) bool {
	if len(it.Solutions) == 0 {
		return true
	}
	for _, offered := range it.Solutions {
		if c.Covers(offered, s) {
			return true
		}
	}
	return false
}

// Covers reports whether an offer made for solution offered applies to
// solution s: s is offered itself or belongs to offered's family.
func (c *Catalog) Covers(offered, s SolutionID) bool {
	for range 8 { // families are shallow; the bound stops a cycle
		if s == offered {
			return true
		}
		sol, ok := c.Solution(s)
		if !ok || sol.Family == "" {
			return false
		}
		s = sol.Family
	}
	return false
}

// Solution returns the solution with the given ID.
func (c *Catalog) Solution(id SolutionID) (Solution, bool) {
	i, ok := c.ix().solutions[id]
	if !ok {
		return Solution{}, false
	}
	return c.Solutions[i], true
}

// SolutionName returns the display name of a solution, or its ID when the
// catalog does not know it.
func (c *Catalog) SolutionName(id SolutionID) string {
	if s, ok := c.Solution(id); ok {
		return s.Name
	}
	return string(id)
}

// Tier returns the tier with the given ID.
func (c *Catalog) Tier(id TierID) (Tier, bool) {
	i, ok := c.ix().tiers[id]
	if !ok {
		return Tier{}, false
	}
	return c.Tiers[i], true
}

// Region returns the region with the given ID.
func (c *Catalog) Region(id RegionID) (Region, bool) {
	i, ok := c.ix().regions[id]
	if !ok {
		return Region{}, false
	}
	return c.Regions[i], true
}

// Phase returns the phase with the given ID.
func (c *Catalog) Phase(id PhaseID) (Phase, bool) {
	i, ok := c.ix().phases[id]
	if !ok {
		return Phase{}, false
	}
	return c.Phases[i], true
}

// AddOn returns the add-on with the given ID.
func (c *Catalog) AddOn(id string) (AddOn, bool) {
	i, ok := c.ix().addons[id]
	if !ok {
		return AddOn{}, false
	}
	return c.AddOns[i], true
}
