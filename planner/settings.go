package planner

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"image/png"
	"io"
	"maps"
	"slices"
	"strings"
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
	// Health are the thresholds of a customer's health (AccountHealth).
	// Settings saved before they existed read as DefaultHealthSettings.
	Health HealthSettings `json:"health"`
	// Branding is what documents show of the TAM's organisation.
	Branding Branding `json:"branding,omitzero"`
	// Fonts are font files (TrueType .ttf, collections .ttc) documents try
	// first, in their order, for the characters of names and texts their
	// own font lacks, before the system's fonts; see CheckFontFile.
	Fonts []string `json:"fonts,omitempty"`
}

// Branding is what every document shows of the TAM's organisation: its
// name and logo, and a confidentiality line. Empty fields show nothing.
type Branding struct {
	// Organisation is the organisation's name, one line.
	Organisation string `json:"organisation,omitempty"`
	// Logo is the logo file's bytes, a PNG or SVG image of at most
	// MaxLogoBytes, kept in the settings so that a database carries
	// everything its documents show.
	Logo []byte `json:"logo,omitempty"`
	// LogoName is the name of the logo's file, shown in the settings.
	LogoName string `json:"logoName,omitempty"`
	// Confidentiality is a line every document prints, such as
	// "Confidential: prepared for %s"; "%s" there becomes the customer's
	// name. Empty prints no line; nothing fills it in by itself (see
	// SuggestedConfidentiality).
	Confidentiality string `json:"confidentiality,omitempty"`
}

// MaxLogoBytes is the largest logo file Settings accept.
const MaxLogoBytes = 512 << 10

// maxLogoPixels is the most pixels a PNG logo may have, so that a small
// file cannot unpack to an image too large to hold.
const maxLogoPixels = 40_000_000

// SuggestedConfidentiality is the confidentiality line offered as an
// example; "%s" stands for the customer's name.
const SuggestedConfidentiality = "Confidential: prepared for %s"

// LogoFormat names the format of a logo file.
type LogoFormat string

// The logo formats Settings accept.
const (
	LogoPNG LogoFormat = "png"
	LogoSVG LogoFormat = "svg"
)

// ErrBadLogo is returned by CheckLogo for a file that is no PNG or SVG
// image of at most MaxLogoBytes.
var ErrBadLogo = fmt.Errorf("the logo must be a PNG or SVG file of at most %d KB", MaxLogoBytes>>10)

// CheckLogo returns the format of a logo file: a PNG image that decodes,
// or an SVG document that parses with an <svg> root, of at most
// MaxLogoBytes. Anything else is an error wrapping ErrBadLogo.
func CheckLogo(data []byte) (LogoFormat, error) {
	if len(data) > MaxLogoBytes {
		return "", fmt.Errorf("%w: the file has %d KB", ErrBadLogo, (len(data)+1023)>>10)
	}
	if bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")) {
		cfg, err := png.DecodeConfig(bytes.NewReader(data))
		if err == nil && (cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > maxLogoPixels) {
			err = fmt.Errorf("the image is %d×%d pixels", cfg.Width, cfg.Height)
		}
		if err == nil {
			_, err = png.Decode(bytes.NewReader(data))
		}
		if err != nil {
			return "", fmt.Errorf("%w: %w", ErrBadLogo, err)
		}
		return LogoPNG, nil
	}
	if err := checkSVG(data); err != nil {
		return "", fmt.Errorf("%w: %w", ErrBadLogo, err)
	}
	return LogoSVG, nil
}

// checkSVG reports whether data is a well-formed XML document whose root
// element is <svg>.
func checkSVG(data []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	root := ""
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("not an SVG document: %w", err)
		}
		if start, ok := tok.(xml.StartElement); ok && root == "" {
			root = start.Name.Local
			if !strings.EqualFold(root, "svg") {
				return fmt.Errorf("not an SVG document: the root element is <%s>", root)
			}
		}
	}
	if root == "" {
		return errors.New("not an SVG document: no <svg> element")
	}
	return nil
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
//
// A region's holidays are those the catalog's rules compute for any year
// they know and its dated list; Added and Removed change them a day at a
// time, in every year. Holidays instead replaces them all.
type RegionSettings struct {
	TimeZone string `json:"timeZone,omitempty"`
	// Holidays, when not nil, replaces all the region's holidays, those
	// its rules compute included: the calendar then knows the holidays
	// of the years the list names only (every year for an empty list).
	// Settings from before Added and Removed may hold such a list; the
	// settings screen edits it as a list, and otherwise writes Added and
	// Removed, never both: Validate refuses a list beside days added or
	// removed (RegionCalendar would apply them on top of it). An empty
	// list leaves the region no holidays: saving, export and import keep
	// it apart from no list (nil).
	Holidays []catalog.Holiday `json:"holidays,omitzero"`
	// Added are holidays on top of the region's others, such as a
	// company closure day; an added day wins over a holiday on the same
	// day. A day added in a year the region knows no holidays of does
	// not make that year known.
	Added []catalog.Holiday `json:"addedHolidays,omitempty"`
	// Removed are days the region's rules or list give as holidays that
	// the TAM does not observe: they are business days.
	Removed []catalog.Date `json:"removedHolidays,omitempty"`
}

// DefaultSettings returns the settings of a new database.
func DefaultSettings() Settings {
	return Settings{WeeklyCapacityHours: 30, PageSize: "A4", Theme: "system", Profile: Profile{Role: "TAM"},
		ExpiryWarningDays: DefaultExpiryWarningDays, RenewalNoticeDays: DefaultRenewalNoticeDays,
		Health: DefaultHealthSettings()}
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
	p.addProblem("health.breachWindowDays", CheckSettingDays(s.Health.BreachWindowDays))
	p.addProblem("health.overdueActionsRed", CheckHealthOverdueActionsRed(s.Health.OverdueActionsRed))
	p.addProblem("health.paceTolerancePoints", CheckHealthPaceTolerancePoints(s.Health.PaceTolerancePoints))
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
		if r.Holidays != nil && (len(r.Added) > 0 || len(r.Removed) > 0) {
			name := RegionName{ID: id}
			if cr, ok := cat.Region(id); ok {
				name.Name = cr.Name
			}
			p.add(fmt.Sprintf("regions.%s.holidays", id),
				"%s has a holiday list of its own and days added to or removed from the catalog's list: keep one of the two (\"Use the catalog's list\" drops both)", name)
		}
		added := map[catalog.Date]bool{}
		for i, h := range r.Added {
			field := fmt.Sprintf("regions.%s.addedHolidays[%d]", id, i)
			p.addHolidayDate(field+".date", h.Date)
			if added[h.Date] && !h.Date.IsZero() {
				p.add(field+".date", "holiday %s is listed twice", h.Date)
			}
			added[h.Date] = true
			p.addText(field+".name", h.Name, LineText)
		}
		removed := map[catalog.Date]bool{}
		for i, d := range r.Removed {
			field := fmt.Sprintf("regions.%s.removedHolidays[%d]", id, i)
			p.addHolidayDate(field, d)
			switch {
			case d.IsZero():
			case removed[d]:
				p.add(field, "removed holiday %s is listed twice", d)
			case added[d]:
				p.add(field, "holiday %s is both added and removed", d)
			}
			removed[d] = true
		}
	}
	p.addText("branding.organisation", s.Branding.Organisation, LineText)
	p.addText("branding.logoName", s.Branding.LogoName, LineText)
	p.addText("branding.confidentiality", s.Branding.Confidentiality, LineText)
	if len(s.Branding.Logo) > 0 {
		if _, err := CheckLogo(s.Branding.Logo); err != nil {
			p.add("branding.logo", "The logo must be a PNG or SVG file of at most %d KB", MaxLogoBytes>>10)
		}
	}
	p.checkFonts(s.Fonts)
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

// addHolidayDate adds a problem when d is not set or is no calendar day.
func (p *problems) addHolidayDate(field string, d catalog.Date) {
	if d.IsZero() {
		p.add(field, "must be set")
		return
	}
	if got, err := catalog.ParseDate(d.String()); err != nil || got != d {
		p.add(field, "%s is not a day of the calendar", d)
	}
}
