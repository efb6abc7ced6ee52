package catalog_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
)

func TestParseFact(t *testing.T) {
	tests := []struct {
		text    string
		want    catalog.Fact
		problem string // part of the error; "" when it parses
	}{
		{"followUp.reopenVia", catalog.Fact{{Field: "followUp"}, {Field: "reopenVia"}}, ""},
		{"addons[mentor-sessions].states.expert", catalog.Fact{{Field: "addons"}, {Entry: "mentor-sessions"}, {Field: "states"}, {Field: "expert"}}, ""},
		{"comparison[Success team].values.ultimate", catalog.Fact{{Field: "comparison"}, {Entry: "Success team"}, {Field: "values"}, {Field: "ultimate"}}, ""},
		{"regions[japan].languages[Japanese]", catalog.Fact{{Field: "regions"}, {Entry: "japan"}, {Field: "languages"}, {Entry: "Japanese"}}, ""},
		{"", nil, "empty fact path"},
		{"[x]", nil, "starts with an entry key"},
		{"addons[mentor-sessions", nil, "has no closing ]"},
		{"addons[]", nil, "is empty or has spaces around it"},
		{"addons[ x]", nil, "is empty or has spaces around it"},
		{"addons[a[b]]", nil, "holds a ["},
		{"addons..name", nil, "want a field name"},
		{"addons[x]name", nil, `want "." or "["`},
		{"add ons", nil, `want "." or "["`},
	}
	for _, tt := range tests {
		got, err := catalog.ParseFact(tt.text)
		if tt.problem != "" {
			if err == nil || !strings.Contains(err.Error(), tt.problem) {
				t.Errorf("ParseFact(%q) = %v, %v; want an error saying %q", tt.text, got, err, tt.problem)
			}
			continue
		}
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("ParseFact(%q) = %+v, %v; want %+v", tt.text, got, err, tt.want)
		}
		if got.String() != tt.text {
			t.Errorf("ParseFact(%q) prints as %q", tt.text, got.String())
		}
	}
	if keys := catalog.EntryKeys(); keys["comparison"] != "topic" || keys["languages"] != "language" || keys["holidays"] != "date" || len(keys) != 3 {
		t.Errorf("EntryKeys() = %v", keys)
	}
}
