package planner_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"image"
	"image/color"
	"image/png"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/storage"
)

// logoPNG returns a small PNG image.
func logoPNG(t *testing.T) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, 30, 10))
	for x := range 30 {
		img.Set(x, x%10, color.NRGBA{R: 200, A: 255})
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const logoSVG = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 10" width="40" height="10"><rect width="40" height="10" fill="#0a6"/></svg>`

func TestCheckLogo(t *testing.T) {
	good := logoPNG(t)
	tests := []struct {
		name string
		data []byte
		want planner.LogoFormat
	}{
		{"png", good, planner.LogoPNG},
		{"svg", []byte(logoSVG), planner.LogoSVG},
		{"svg without declaration", []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`), planner.LogoSVG},
		{"cut png", good[:len(good)/2], ""},
		{"text", []byte("hello"), ""},
		{"html", []byte(`<html><body/></html>`), ""},
		{"broken svg", []byte(`<svg><rect></svg>`), ""},
		{"empty", nil, ""},
		{"too large svg", []byte(`<svg>` + strings.Repeat(" ", planner.MaxLogoBytes) + `</svg>`), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := planner.CheckLogo(tt.data)
			if got != tt.want {
				t.Errorf("CheckLogo = %q, %v; want %q", got, err, tt.want)
			}
			if tt.want == "" && !errors.Is(err, planner.ErrBadLogo) {
				t.Errorf("CheckLogo error = %v, want one wrapping ErrBadLogo", err)
			}
			if tt.want != "" && err != nil {
				t.Errorf("CheckLogo error = %v", err)
			}
		})
	}
}

func TestSettingsValidateBranding(t *testing.T) {
	cat := catalog.Default()
	s := planner.DefaultSettings()
	s.Branding = planner.Branding{Organisation: "Example Software", Logo: logoPNG(t), LogoName: "logo.png",
		Confidentiality: planner.SuggestedConfidentiality}
	if err := s.Validate(cat); err != nil {
		t.Fatalf("valid branding refused: %v", err)
	}
	s.Branding.Logo = []byte("GIF89a")
	s.Branding.Confidentiality = "two\nlines"
	s.Branding.Organisation = " padded"
	v, ok := planner.AsValidation(s.Validate(cat))
	if !ok {
		t.Fatalf("bad branding accepted")
	}
	logo, ok := v.Field("branding.logo")
	if !ok || logo.Message != "The logo must be a PNG or SVG file of at most 512 KB" {
		t.Errorf("logo problem = %+v, want the message naming the field in the user's words", logo)
	}
	for _, f := range []string{"branding.confidentiality", "branding.organisation"} {
		if _, ok := v.Field(f); !ok {
			t.Errorf("no problem of %s in %v", f, v)
		}
	}
}

func TestBrandingJSONAndStorageRoundTrip(t *testing.T) {
	cat := catalog.Default()
	s := planner.DefaultSettings()
	s.Profile.Name = "Dana Reyes"
	s.Branding = planner.Branding{Organisation: "Example Software", Logo: logoPNG(t), LogoName: "logo.png",
		Confidentiality: "Confidential: prepared for %s"}
	data, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{`"branding":`, `"organisation":`, `"logo":`, `"logoName":`, `"confidentiality":`} {
		if !bytes.Contains(data, []byte(name)) {
			t.Errorf("the JSON of settings lacks %s: %s", name, data)
		}
	}
	plain, err := json.Marshal(planner.DefaultSettings())
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(plain, []byte("branding")) {
		t.Errorf("settings without branding write it: %s", plain)
	}

	db, err := storage.Open(filepath.Join(t.TempDir(), "liftoff.db"), cat, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.PutSettings(s); err != nil {
		t.Fatal(err)
	}
	got, err := db.Settings()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Branding, s.Branding) {
		t.Errorf("stored branding = %+v, want %+v", got.Branding, s.Branding)
	}
}

func TestSettingsValidateHolidayChanges(t *testing.T) {
	cat := catalog.Default()
	s := planner.DefaultSettings()
	s.Regions = map[catalog.RegionID]planner.RegionSettings{catalog.EMEA: {
		Added:   []catalog.Holiday{{Date: catalog.MustDate("2030-12-27"), Name: "Company closure"}, {Date: catalog.MustDate("2031-01-02")}},
		Removed: []catalog.Date{catalog.MustDate("2030-04-22")},
	}}
	if err := s.Validate(cat); err != nil {
		t.Fatalf("valid days added and removed refused: %v", err)
	}
	s.Regions[catalog.EMEA] = planner.RegionSettings{
		Added: []catalog.Holiday{
			{Date: catalog.MustDate("2030-12-27"), Name: "Company closure"},
			{Date: catalog.MustDate("2030-12-27"), Name: "Again"},
			{Name: "No day"},
			{Date: catalog.Date{Year: 2030, Month: 2, Day: 30}, Name: "Not a day"},
			{Date: catalog.MustDate("2030-12-30"), Name: "two\nlines"},
		},
		Removed: []catalog.Date{catalog.MustDate("2030-04-22"), catalog.MustDate("2030-04-22"), {}, catalog.MustDate("2030-12-27")},
	}
	v, ok := planner.AsValidation(s.Validate(cat))
	if !ok {
		t.Fatal("bad days added and removed accepted")
	}
	for field, want := range map[string]string{
		"regions.emea.addedHolidays[1].date": "holiday 2030-12-27 is listed twice",
		"regions.emea.addedHolidays[2].date": "must be set",
		"regions.emea.addedHolidays[3].date": "2030-02-30 is not a day of the calendar",
		"regions.emea.removedHolidays[1]":    "removed holiday 2030-04-22 is listed twice",
		"regions.emea.removedHolidays[2]":    "must be set",
		"regions.emea.removedHolidays[3]":    "holiday 2030-12-27 is both added and removed",
	} {
		if got, ok := v.Field(field); !ok || got.Message != want {
			t.Errorf("%s: %+v, want %q", field, got, want)
		}
	}
	if _, ok := v.Field("regions.emea.addedHolidays[4].name"); !ok {
		t.Errorf("a name of two lines is accepted: %v", v)
	}
}

// TestSettingsValidateRefusesAListBesideChanges checks that a region's
// own holiday list and days added or removed, which the settings screen
// never writes together, are refused with a message naming the region,
// and that either alone, an empty list included, is accepted.
func TestSettingsValidateRefusesAListBesideChanges(t *testing.T) {
	cat := catalog.Default()
	own := []catalog.Holiday{{Date: catalog.MustDate("2030-01-01"), Name: "New Year's Day"}}
	closure := []catalog.Holiday{{Date: catalog.MustDate("2030-12-27"), Name: "Company closure"}}
	s := planner.DefaultSettings()
	for _, rs := range []planner.RegionSettings{{Holidays: own}, {Holidays: []catalog.Holiday{}}, {Added: closure}} {
		s.Regions = map[catalog.RegionID]planner.RegionSettings{catalog.EMEA: rs}
		if err := s.Validate(cat); err != nil {
			t.Errorf("%+v refused: %v", rs, err)
		}
	}
	for _, rs := range []planner.RegionSettings{
		{Holidays: own, Added: closure},
		{Holidays: []catalog.Holiday{}, Removed: []catalog.Date{catalog.MustDate("2030-04-22")}},
	} {
		s.Regions = map[catalog.RegionID]planner.RegionSettings{catalog.EMEA: rs}
		v, ok := planner.AsValidation(s.Validate(cat))
		if !ok {
			t.Errorf("%+v accepted", rs)
			continue
		}
		got, ok := v.Field("regions.emea.holidays")
		if !ok || !strings.HasPrefix(got.Message, "Europe, Middle East and Africa has a holiday list of its own and days added to or removed") {
			t.Errorf("%+v: %+v, want a problem naming the region", rs, v.Problems)
		}
	}
}
