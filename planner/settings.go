package planner

import (
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
)

// Settings are the TAM's own preferences.
type Settings struct {
	Profile Profile `json:"profile"`
	// WeeklyCapacityHours is how many hours a week the TAM can give to
	// planned activities.
	WeeklyCapacityHours float64 `json:"weeklyCapacityHours"`
	// Regions overrides the catalog's time zone and holidays per region.
	Regions map[catalog.RegionID]RegionSettings `json:"regions,omitempty"`
	// PageSize of portrait documents: "A4" or "Letter".
	PageSize string `json:"pageSize"`
	// Theme is "light", "dark" or "system".
	Theme string `json:"theme"`
	// Language is a BCP 47 tag ("en", "nl", "ja"), empty for the system's.
	Language string `json:"language,omitempty"`
	// ExpiryWarningDays is how many days before a contract year ends a
	// warning says that allowance will expire unused.
	ExpiryWarningDays int `json:"expiryWarningDays"`
	// RenewalNoticeDays is how many days before the contract end the
	// renewal falls.
	RenewalNoticeDays int `json:"renewalNoticeDays"`
}

// Profile is who the TAM is.
type Profile struct {
	Name  string `json:"name"`
	Email string `json:"email,omitempty"`
	Role  string `json:"role,omitempty"` // "TAM", "CSM"
	// TimeZone is the TAM's own IANA zone.
	TimeZone string `json:"timeZone,omitempty"`
}

// RegionSettings overrides a region's defaults; empty fields keep them.
type RegionSettings struct {
	TimeZone string `json:"timeZone,omitempty"`
	// Holidays, when not nil, replaces the region's holiday list.
	Holidays []catalog.Holiday `json:"holidays,omitempty"`
}

// DefaultSettings returns the settings of a new database.
func DefaultSettings() Settings {
	return Settings{WeeklyCapacityHours: 30, PageSize: "A4", Theme: "system", Profile: Profile{Role: "TAM"},
		ExpiryWarningDays: DefaultExpiryWarningDays, RenewalNoticeDays: DefaultRenewalNoticeDays}
}

// Validate checks s and returns a *ValidationError naming every field in
// error.
func (s Settings) Validate(cat *catalog.Catalog) error {
	var p problems
	p.addText("profile.name", s.Profile.Name, LineText)
	p.addEmail("profile.email", s.Profile.Email)
	p.addText("profile.role", s.Profile.Role, LineText)
	if s.Profile.TimeZone != "" {
		if _, err := time.LoadLocation(s.Profile.TimeZone); err != nil {
			p.add("profile.timeZone", "unknown time zone %q", s.Profile.TimeZone)
		}
	}
	p.addProblem("weeklyCapacityHours", CheckWeeklyCapacity(s.WeeklyCapacityHours))
	p.addProblem("expiryWarningDays", CheckSettingDays(s.ExpiryWarningDays))
	p.addProblem("renewalNoticeDays", CheckSettingDays(s.RenewalNoticeDays))
	for _, id := range slices.Sorted(maps.Keys(s.Regions)) {
		r := s.Regions[id]
		if _, ok := cat.Region(id); !ok {
			p.add(fmt.Sprintf("regions.%s", id), "unknown region %q", id)
		}
		if r.TimeZone != "" {
			if _, err := time.LoadLocation(r.TimeZone); err != nil {
				p.add(fmt.Sprintf("regions.%s.timeZone", id), "unknown time zone %q", r.TimeZone)
			}
		}
		for i, h := range r.Holidays {
			p.addText(fmt.Sprintf("regions.%s.holidays[%d].name", id, i), h.Name, LineText)
		}
	}
	switch s.PageSize {
	case "A4", "Letter":
	default:
		p.add("pageSize", "unknown page size %q (want A4 or Letter)", s.PageSize)
	}
	switch s.Theme {
	case "light", "dark", "system":
	default:
		p.add("theme", "unknown theme %q (want light, dark or system)", s.Theme)
	}
	return p.err(Textf("settings"))
}
