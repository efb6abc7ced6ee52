package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/liftoff-app/liftoff/planner"
)

// settingsJSON is the settings as `settings show --json` prints them:
// the logo as its file name and size rather than its bytes.
type settingsJSON struct {
	Profile             planner.Profile `json:"profile"`
	WeeklyCapacityHours float64         `json:"weeklyCapacityHours"`
	PageSize            string          `json:"pageSize"`
	Theme               string          `json:"theme"`
	Language            string          `json:"language,omitempty"`
	ExpiryWarningDays   int             `json:"expiryWarningDays"`
	RenewalNoticeDays   int             `json:"renewalNoticeDays"`
	// Health are the thresholds of a customer's health.
	Health   planner.HealthSettings `json:"health"`
	Branding brandingJSON           `json:"branding"`
	Fonts    []string               `json:"fonts,omitempty"`
}

// brandingJSON is planner.Branding with the logo as name and size.
type brandingJSON struct {
	Organisation    string `json:"organisation"`
	LogoName        string `json:"logoName,omitempty"`
	LogoBytes       int    `json:"logoBytes"`
	Confidentiality string `json:"confidentiality"`
}

func settingsShow(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON (the logo as its file name and size)")
	return func(args []string) error {
		return withSession(e, *db, true, func(s *session) error {
			st, err := s.db.Settings()
			if err != nil {
				return err
			}
			b := st.Branding
			if *asJSON {
				return writeJSON(e.stdout, settingsJSON{Profile: st.Profile, WeeklyCapacityHours: st.WeeklyCapacityHours,
					PageSize: st.PageSize, Theme: st.Theme, Language: st.Language, ExpiryWarningDays: st.ExpiryWarningDays,
					RenewalNoticeDays: st.RenewalNoticeDays, Health: st.Health,
					Branding: brandingJSON{Organisation: b.Organisation, LogoName: b.LogoName, LogoBytes: len(b.Logo), Confidentiality: b.Confidentiality},
					Fonts:    st.Fonts})
			}
			t := newTable(e.stdout, "SETTING", "VALUE")
			t.row("name", orDash(st.Profile.Name))
			t.row("e-mail", orDash(st.Profile.Email))
			t.row("role", orDash(st.Profile.Role))
			t.row("time zone", orDash(st.Profile.TimeZone))
			t.row("weekly hours", strconv.FormatFloat(st.WeeklyCapacityHours, 'f', -1, 64))
			t.row("expiry warning days", strconv.Itoa(st.ExpiryWarningDays))
			t.row("renewal notice days", strconv.Itoa(st.RenewalNoticeDays))
			t.row("health: days a missed P1/P2 response counts", strconv.Itoa(st.Health.BreachWindowDays))
			t.row("health: overdue actions that make it red", strconv.Itoa(st.Health.OverdueActionsRed))
			t.row("health: objective pace tolerance (points)", strconv.Itoa(st.Health.PaceTolerancePoints))
			t.row("page size", st.PageSize)
			t.row("theme", st.Theme)
			t.row("language", orDash(st.Language))
			t.row("organisation", orDash(b.Organisation))
			t.row("logo", logoText(b))
			t.row("confidentiality line", orDash(b.Confidentiality))
			t.row("fonts", fontsText(st.Fonts))
			return t.flush()
		})
	}
}

// fontsText lists font files, or "-" for none.
func fontsText(fonts []string) string {
	if len(fonts) == 0 {
		return "-"
	}
	return strings.Join(fonts, ", ")
}

// logoText describes the logo of b as its file name and size.
func logoText(b planner.Branding) string {
	if len(b.Logo) == 0 {
		return "-"
	}
	name := b.LogoName
	if name == "" {
		name = "(no file name)"
	}
	return fmt.Sprintf("%s (%s)", name, byteSize(len(b.Logo)))
}

// byteSize writes a file size: "812 bytes", "37 KB".
func byteSize(n int) string {
	if n < 1024 {
		return fmt.Sprintf("%d bytes", n)
	}
	return fmt.Sprintf("%d KB", (n+1023)/1024)
}

func settingsSet(fs *flagSet, e *env) func([]string) error {
	db := dbFlag(fs)
	organisation := fs.Text("organisation", planner.LineText, "the `name` of your organisation on documents (\"\" removes it)")
	logo := fs.String("logo", "", "a PNG or SVG `file` of at most 512 KB as the logo on documents (\"\" removes it)")
	line := fs.Text("confidentiality", planner.LineText, "the confidentiality `line` of documents, e.g. \""+planner.SuggestedConfidentiality+"\"; %s becomes the customer's name (\"\" prints none)")
	var fonts fileList
	fs.Var(&fonts, "font", "a TrueType font (.ttf) or collection (.ttc) `file` documents try first for characters their own font lacks, before the system's fonts; repeat for more, tried in order")
	clearFonts := fs.String("fonts", "", "\"\" removes every font file (then --font adds new ones)")
	breachDays := fs.Int("health-breach-days", 0, intRange{planner.MinSettingDays, planner.MaxSettingDays},
		fmt.Sprintf("how many `days` a missed P1 or P2 response target counts against a customer's health, from %d to %d (%d until changed)",
			planner.MinSettingDays, planner.MaxSettingDays, planner.DefaultHealthBreachWindowDays))
	overdueRed := fs.Int("health-overdue-red", 0, intRange{planner.MinHealthOverdueActionsRed, planner.MaxHealthOverdueActionsRed},
		fmt.Sprintf("how many overdue `actions` of the Mutual Action Plan make health red (fewer make it amber), from %d to %d (%d until changed)",
			planner.MinHealthOverdueActionsRed, planner.MaxHealthOverdueActionsRed, planner.DefaultHealthOverdueActionsRed))
	pacePoints := fs.Int("health-pace-points", 0, intRange{0, planner.MaxHealthPaceTolerancePoints},
		fmt.Sprintf("how many percentage `points` an objective's KPI progress may lag behind its time before it is off track, from 0 to %d (%d until changed)",
			planner.MaxHealthPaceTolerancePoints, planner.DefaultHealthPaceTolerancePoints))
	return func(args []string) error {
		given := fs.given()
		changes := []string{"organisation", "logo", "confidentiality", "font", "fonts", "health-breach-days", "health-overdue-red", "health-pace-points"}
		if !slices.ContainsFunc(changes, func(f string) bool { return given[f] }) {
			return usagef("nothing to change: give --organisation, --logo, --confidentiality, --font, --fonts \"\", --health-breach-days, --health-overdue-red or --health-pace-points")
		}
		if given["fonts"] && *clearFonts != "" {
			return usagef("--fonts only takes \"\" (to remove every font file); add a font file with --font")
		}
		var added []string
		for _, path := range fonts {
			abs, err := filepath.Abs(path)
			if err != nil {
				return fmt.Errorf("--font %s: %w", path, err)
			}
			if _, err := planner.CheckFontFile(abs); err != nil {
				return fmt.Errorf("--font: %w", err)
			}
			added = append(added, abs)
		}
		var data []byte
		if given["logo"] && *logo != "" {
			var err error
			if data, err = readLogoFile(*logo); err != nil {
				return err
			}
		}
		return withSession(e, *db, false, func(s *session) error {
			st, err := s.db.Settings()
			if err != nil {
				return err
			}
			if given["organisation"] {
				st.Branding.Organisation = *organisation
			}
			if given["confidentiality"] {
				st.Branding.Confidentiality = *line
			}
			if given["logo"] {
				st.Branding.Logo, st.Branding.LogoName = data, ""
				if data != nil {
					st.Branding.LogoName = filepath.Base(*logo)
				}
			}
			if given["fonts"] {
				st.Fonts = nil
			}
			for _, path := range added {
				if !slices.Contains(st.Fonts, path) {
					st.Fonts = append(st.Fonts, path)
				}
			}
			if given["health-breach-days"] {
				st.Health.BreachWindowDays = *breachDays
			}
			if given["health-overdue-red"] {
				st.Health.OverdueActionsRed = *overdueRed
			}
			if given["health-pace-points"] {
				st.Health.PaceTolerancePoints = *pacePoints
			}
			if err := s.db.PutSettings(st); err != nil {
				return err
			}
			fmt.Fprintf(e.stderr, "organisation %s, logo %s, confidentiality line %s, fonts %s; health: missed responses count for %d days, red from %d overdue actions, objectives may lag %d points\n",
				orDash(st.Branding.Organisation), logoText(st.Branding), orDash(st.Branding.Confidentiality), fontsText(st.Fonts),
				st.Health.BreachWindowDays, st.Health.OverdueActionsRed, st.Health.PaceTolerancePoints)
			return nil
		})
	}
}

// fileList is a flag that may be given more than once, each time with a
// file; the files are kept in the order given.
type fileList []string

// String returns the files, comma-separated.
func (l *fileList) String() string { return strings.Join(*l, ",") }

// Set adds a file.
func (l *fileList) Set(v string) error {
	if strings.TrimSpace(v) == "" {
		return errors.New("no file given")
	}
	*l = append(*l, v)
	return nil
}

// readLogoFile reads a logo file and checks it is a PNG or SVG image of
// at most planner.MaxLogoBytes.
func readLogoFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--logo: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, planner.MaxLogoBytes+1))
	if err != nil {
		return nil, fmt.Errorf("--logo: read %s: %w", path, err)
	}
	if _, err := planner.CheckLogo(data); err != nil {
		return nil, fmt.Errorf("--logo: %s: %w", filepath.Base(path), err)
	}
	return data, nil
}
