// Package catalog holds the vendor's offer as data: membership tiers,
// add-ons, response-time tables, regions, engagement phases, field
// activities, proactive activities and Success Accelerators.
//
// The offer ships as one embedded JSON file (see Default) that a user may
// replace with a newer one; Load validates a file completely before it is
// used.
package catalog

// TierID names a membership tier.
type TierID string

// The membership tiers of the seed.
const (
	Expert   TierID = "expert"
	Ultimate TierID = "ultimate"
)

// SolutionID names a licensable solution (product), such as "analytics" or
// "experience-manager-cloud".
type SolutionID string

// RegionID names a support region.
type RegionID string

// The four support regions.
const (
	Americas RegionID = "americas"
	EMEA     RegionID = "emea"
	APAC     RegionID = "apac"
	Japan    RegionID = "japan"
)

// PhaseID names a phase of an advisory engagement.
type PhaseID string

// The five engagement phases, in order.
const (
	Kickoff    PhaseID = "kickoff"
	Define     PhaseID = "define"
	Design     PhaseID = "design"
	GoLive     PhaseID = "go-live"
	PostLaunch PhaseID = "post-launch"
)

// Priority is the priority of a support case, P1 (critical) to P4.
type Priority string

// Support case priorities.
const (
	P1 Priority = "P1"
	P2 Priority = "P2"
	P3 Priority = "P3"
	P4 Priority = "P4"
)

// Kind says what sort of offer an Item is.
type Kind string

// Kinds of catalog items.
const (
	KindAccelerator Kind = "accelerator"
	KindField       Kind = "field"
	KindProactive   Kind = "proactive"
	KindAddOn       Kind = "addon"
	// KindTouchpoint is a meeting or call of the TAM's own (a QBR, a
	// steering meeting, a weekly status call): part of every membership,
	// it uses the TAM's weekly capacity and never an allowance.
	KindTouchpoint Kind = "touchpoint"
)

// AddOnState says whether a tier includes an add-on, can buy it, or cannot.
type AddOnState string

// Add-on states per tier.
const (
	StateIncluded     AddOnState = "included"
	StateAvailable    AddOnState = "available"
	StateNotAvailable AddOnState = "not-available"
)

// Clock says how the minutes of a response target are counted.
type Clock string

// Response clocks.
const (
	// Clock24x7 counts every minute of every day.
	Clock24x7 Clock = "24x7"
	// Clock24x5 counts every minute Monday to Friday in the region's zone.
	Clock24x5 Clock = "24x5"
	// ClockBusinessHours counts minutes within the region's business hours
	// on its business days.
	ClockBusinessHours Clock = "business-hours"
	// ClockBusinessDays counts whole business days.
	ClockBusinessDays Clock = "business-days"
)

// Sources of catalog entries. Besides these two, an entry's source may be
// the ID of one of the catalog's Sources.
const (
	// SourceSeed marks an entry taken from the vendor's membership overview.
	SourceSeed = "seed"
	// SourceLiftoff marks an entry written by Liftoff, not the vendor's own.
	SourceLiftoff = "liftoff"
)

// OriginEmbedded is the Origin of the catalog built into Liftoff.
const OriginEmbedded = "embedded"

// Catalog is the whole offer as one edition has it. Use Load or Default to
// obtain a validated one; the lookup methods assume a validated Catalog.
//
// A catalog file may hold several editions of the offer (see Edition): Load
// returns the latest, and every edition's Catalog reaches the others
// through Editions and InForce. The editions of one file share the
// sections of the offer (top-level fields) that no change between them
// touches. Encoding a Catalog as JSON writes its own edition's offer as an
// edition-less file.
type Catalog struct {
	// Version identifies the catalog file, e.g. "2.0.0".
	Version string `json:"version"`
	// Published is the day the file was published. A file without
	// editions is one edition in force from this day.
	Published Date `json:"published"`
	// Notice is a sentence shown wherever the catalog is listed, e.g. that
	// accelerator entries are Liftoff's own examples.
	Notice string `json:"notice,omitempty"`
	// Sources are the public pages the facts of the file come from; an
	// entry's source names one of them, SourceSeed or SourceLiftoff.
	Sources []Source `json:"sources,omitempty"`

	// Solutions are the licensable solutions the other entries refer to.
	Solutions []Solution `json:"solutions"`
	// Tiers are the membership tiers; Comparison is their comparison table.
	Tiers      []Tier          `json:"tiers"`
	Comparison []ComparisonRow `json:"comparison"`
	// AddOns are the support add-ons with their state per tier.
	AddOns []AddOn `json:"addons"`
	// ResponseTables hold the targeted initial response times: one
	// standard table and any product-specific overrides.
	ResponseTables []ResponseTable `json:"responseTables"`
	// Regions are the support regions with hours, languages and holidays.
	Regions []Region `json:"regions"`
	// FollowUp describes reminders on cases that wait for the customer.
	FollowUp FollowUpRules `json:"followUp"`
	// Phases are the five engagement phases, in order.
	Phases []Phase `json:"phases"`
	// FieldActivities is the field activities menu.
	FieldActivities []FieldActivity `json:"fieldActivities"`
	// ProactiveActivities are the proactive services of the Ultimate tier.
	ProactiveActivities []ProactiveActivity `json:"proactiveActivities"`
	// Accelerators is the Success Accelerator catalog.
	Accelerators []Accelerator `json:"accelerators"`
	// Touchpoints are the TAM's own meetings and calls with a customer;
	// a catalog file without them offers none.
	Touchpoints []Touchpoint `json:"touchpoints,omitempty"`

	// Origin says where the catalog came from: OriginEmbedded for the file
	// built into Liftoff, else the path of the file it was read from. It is
	// not part of the file.
	Origin string `json:"-"`

	// idx maps IDs to entries; built by Load.
	idx *index
	// editions is the file's edition set, shared by the Catalog of each
	// edition; pos is this Catalog's place in it. Nil for a Catalog built
	// by hand.
	editions *editionSet
	pos      int
	// english is the catalog this one translates (see In); nil for a
	// catalog in English.
	english *Catalog
}

// Source is a public page the catalog's facts come from.
type Source struct {
	// ID is what entries, editions and changes name in their "source".
	ID    string `json:"id"`
	Title string `json:"title"`
	// URL is the page's public address, when known.
	URL string `json:"url,omitempty"`
	// Date is the day the page was read as it is.
	Date Date `json:"date"`
	// Note says what is particular about this version of the page.
	Note string `json:"note,omitempty"`
}

// Solution is a licensable solution. A solution may belong to a family
// (Experience Manager Sites belongs to Experience Manager): an offer made for
// the family applies to each of its members.
type Solution struct {
	ID   SolutionID `json:"id"`
	Name string     `json:"name"`
	// Family is the ID of the solution this one belongs to, if any.
	Family SolutionID `json:"family,omitempty"`
}

// Tier is a membership tier.
type Tier struct {
	ID      TierID `json:"id"`
	Name    string `json:"name"`
	Summary string `json:"summary"`
	// NSCLimit is the most Named Support Contacts per product.
	NSCLimit int `json:"nscLimit"`
	// Accelerators reports whether Success Accelerators are included.
	Accelerators bool `json:"accelerators"`
	// Proactive reports whether proactive services (and a MAP) are included.
	Proactive bool `json:"proactive"`
	// SuccessTeam lists the roles of the tier's success team.
	SuccessTeam []string `json:"successTeam"`
	// Channels lists the support channels of the tier.
	Channels []string `json:"channels"`
	// DefaultAllowances are the allowances per contract year a new
	// customer on the tier starts with; the contract may say otherwise.
	// A catalog file without them starts every customer at 0.
	DefaultAllowances Allowances `json:"defaultAllowances,omitzero"`
	Source            string     `json:"source"`
}

// Allowances are amounts a contract allows per contract year.
type Allowances struct {
	// AcceleratorsPerYear is how many Success Accelerators may be
	// delivered per contract year.
	AcceleratorsPerYear int `json:"acceleratorsPerYear"`
	// FieldHoursPerYear is how many hours of field activities are
	// included per contract year.
	FieldHoursPerYear int `json:"fieldHoursPerYear"`
}

// ComparisonRow is one row of the tier comparison table.
type ComparisonRow struct {
	Topic  string            `json:"topic"`
	Values map[TierID]string `json:"values"`
}

// AddOn is a support add-on with its state per tier.
type AddOn struct {
	ID          string                `json:"id"`
	Name        string                `json:"name"`
	Description string                `json:"description"`
	States      map[TierID]AddOnState `json:"states"`
	// RequiresSolution, when set, is a solution (or family) the customer must
	// license for the add-on to be offered.
	RequiresSolution SolutionID `json:"requiresSolution,omitempty"`
	Source           string     `json:"source"`
}

// IncludedIn reports whether tier t includes the add-on, so that a
// customer of that tier has it without buying it.
func (a AddOn) IncludedIn(t TierID) bool { return a.States[t] == StateIncluded }

// ResponseTable is a table of targeted initial response times.
type ResponseTable struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Product, when set, limits the table to cases about that product
	// (e.g. "commerce-managed"); empty means the standard table.
	Product string `json:"product,omitempty"`
	// EffectiveFrom, when set, limits the table to products licensed or
	// renewed on or after that day.
	EffectiveFrom Date             `json:"effectiveFrom,omitzero"`
	Targets       []ResponseTarget `json:"targets"`
	// Note explains how the table is read where the source is ambiguous.
	Note   string `json:"note,omitempty"`
	Source string `json:"source"`
}

// ResponseTarget is the target for one priority (and tier, when Tier is set).
type ResponseTarget struct {
	// Tier limits the target to one tier; empty applies to every tier.
	Tier     TierID   `json:"tier,omitempty"`
	Priority Priority `json:"priority"`
	// Minutes is the target for clocks counting minutes.
	Minutes int `json:"minutes,omitempty"`
	// BusinessDays is the target for the business-days clock.
	BusinessDays int   `json:"businessDays,omitempty"`
	Clock        Clock `json:"clock"`
	// Allows24x5 reports that a customer may have this target counted 24x5
	// instead of in business hours.
	Allows24x5 bool `json:"allows24x5,omitempty"`
}

// Region is a support region with its business hours.
type Region struct {
	ID   RegionID `json:"id"`
	Name string   `json:"name"`
	// TimeZone is the default IANA zone, editable in settings.
	TimeZone string `json:"timeZone"`
	// Open and Close are the business hours as "HH:MM" in TimeZone.
	Open  string `json:"open"`
	Close string `json:"close"`
	// Languages lists the support languages and when each is offered.
	Languages []LanguageRule `json:"languages"`
	// HolidayRules name the holidays computed for any year (see
	// HolidayRule); Holidays adds dated ones.
	HolidayRules []HolidayRule `json:"holidayRules,omitempty"`
	// Holidays is a dated holiday list added to the holidays of
	// HolidayRules (a dated entry wins on its day). Settings and customers
	// may replace both with a dated list of their own.
	Holidays []Holiday `json:"holidays,omitempty"`
	// HolidaysSource is the source of the holiday list when it differs from
	// Source (the seed gives business hours but no holidays).
	HolidaysSource string `json:"holidaysSource,omitempty"`
	// Note says which values are the vendor's and which are defaults.
	Note   string `json:"note,omitempty"`
	Source string `json:"source"`
}

// LanguageRule says when support is given in a language.
type LanguageRule struct {
	Language string `json:"language"`
	// Rule is a sentence a TAM can read ("Japan business hours, not on
	// vendor holidays"). It does not name the solutions excluded: those
	// are ExcludedSolutions, which readers show with it.
	Rule string `json:"rule"`
	// ExcludedSolutions are solutions never supported in this language.
	ExcludedSolutions []SolutionID `json:"excludedSolutions,omitempty"`
}

// Holiday is a named day off in a region.
type Holiday struct {
	Date Date   `json:"date"`
	Name string `json:"name"`
}

// FollowUpRules describe the reminders and closing of a support case that
// waits for the customer.
type FollowUpRules struct {
	// Statuses are the case statuses that start the follow-up clock.
	Statuses  []string   `json:"statuses"`
	Reminders []Reminder `json:"reminders"`
	// AutoCloseAfterHours is when the case closes with a notice.
	AutoCloseAfterHours int `json:"autoCloseAfterHours"`
	// ReopenWithinDays is how long after closing a case can be reopened.
	ReopenWithinDays int `json:"reopenWithinDays"`
	// ReopenVia says how a closed case is reopened, as the vendor states
	// it ("on the support portal; replying to the e-mail does not reopen
	// it"); empty in files written before it was known.
	ReopenVia string `json:"reopenVia,omitempty"`
	// NotStatedSince, when set, is the first day the vendor's page no
	// longer states these rules: they are the last ones it published,
	// which Liftoff keeps applying. Zero while the vendor states them.
	NotStatedSince Date   `json:"notStatedSince,omitzero"`
	Note           string `json:"note,omitempty"`
	Source         string `json:"source"`
}

// Reminder is one follow-up reminder.
type Reminder struct {
	AfterHours int `json:"afterHours"`
	// DaysLeft is how many days remain before the case closes.
	DaysLeft int `json:"daysLeft"`
}

// Phase is one phase of the advisory engagement.
type Phase struct {
	ID   PhaseID `json:"id"`
	Name string  `json:"name"`
	// Activities says what happens in the phase.
	Activities []string `json:"activities"`
	// Deliverable names the phase's deliverable; empty when none is named.
	Deliverable string `json:"deliverable,omitempty"`
	// DeliverableKind is the document kind Liftoff produces for it
	// ("kickoff", "assessment", "summary"), or empty.
	DeliverableKind string `json:"deliverableKind,omitempty"`
	Source          string `json:"source"`
}

// FieldActivity is an entry of the field activities menu.
type FieldActivity struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Solutions are the solutions (or families) the activity applies to.
	Solutions []SolutionID `json:"solutions"`
	Purpose   string       `json:"purpose"`
	Phases    []PhaseID    `json:"phases"`
	// Hours is the typical effort, counted against field-activity hours.
	Hours int `json:"hours"`
	// Note says which values are the vendor's and which are defaults.
	Note   string `json:"note,omitempty"`
	Source string `json:"source"`
}

// ProactiveActivity is a proactive service of the Ultimate tier.
type ProactiveActivity struct {
	ID          string    `json:"id"`
	Name        string    `json:"name"`
	Description string    `json:"description"`
	Tiers       []TierID  `json:"tiers"`
	Phases      []PhaseID `json:"phases"`
	Hours       int       `json:"hours"`
	// Note says which values are the vendor's and which are defaults.
	Note   string `json:"note,omitempty"`
	Source string `json:"source"`
}

// Touchpoint is a kind of meeting or call the TAM holds with a customer
// on any tier, such as a quarterly business review.
type Touchpoint struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	// Hours is the TAM's typical effort, preparation included.
	Hours int `json:"hours"`
	// NeedsTitle says that an activity of this touchpoint must carry its
	// own title (a custom touchpoint names itself).
	NeedsTitle bool   `json:"needsTitle,omitempty"`
	Source     string `json:"source"`
}

// Accelerator is an entry of the Success Accelerator catalog.
type Accelerator struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	Solution SolutionID `json:"solution"`
	// Category is one of adoption, optimisation, readiness, enablement,
	// governance, architecture.
	Category      string    `json:"category"`
	Phases        []PhaseID `json:"phases"`
	Format        string    `json:"format"`
	Hours         int       `json:"hours"`
	Description   string    `json:"description"`
	Prerequisites []string  `json:"prerequisites"`
	Source        string    `json:"source"`
}

// Categories returns the accelerator categories a catalog may use.
func Categories() []string {
	return []string{"adoption", "optimisation", "readiness", "enablement", "governance", "architecture"}
}

// Priorities returns the support case priorities, most urgent first.
func Priorities() []Priority { return []Priority{P1, P2, P3, P4} }

// Clocks returns the clocks a response target may count with.
func Clocks() []Clock {
	return []Clock{Clock24x7, Clock24x5, ClockBusinessHours, ClockBusinessDays}
}

// AddOnStates returns the states an add-on may have on a tier.
func AddOnStates() []AddOnState {
	return []AddOnState{StateIncluded, StateAvailable, StateNotAvailable}
}

// PhaseOrder returns the engagement phases in order.
func PhaseOrder() []PhaseID {
	return []PhaseID{Kickoff, Define, Design, GoLive, PostLaunch}
}
