package export

import "testing"

func TestCapitalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""}, {"–", "–"}, {"from 3 Jan", "From 3 Jan"}, {"élan", "Élan"}, {"株式", "株式"}, {"\xff", "\xff"},
	}
	for _, tt := range tests {
		if got := capitalize(tt.in); got != tt.want {
			t.Errorf("capitalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := titleCase("not-started"); got != "Not started" {
		t.Errorf("titleCase(not-started) = %q", got)
	}
}
