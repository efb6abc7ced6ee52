package app

import (
	"strings"
	"testing"
)

func TestCJKLineBreaks(t *testing.T) {
	const h = string(lineBreakSpace)
	tests := []struct{ in, want string }{
		{"欧州・中東・アフリカ、営業時間 09:00〜17:00（Europe/London）",
			"欧州・中東・アフリカ、営業時間 09:00〜" + h + "17:00" + h + "（Europe/London）"},
		{"Mentor Sessions は Ultimate Success に含まれます", "Mentor Sessions は Ultimate Success に含まれます"},
		{"担当者anna.becker@example.comまで", "担当者" + h + "anna.becker@example.com" + h + "まで"},
		{"Europe, Middle East and Africa", "Europe, Middle East and Africa"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := cjkLineBreaks(tt.in); got != tt.want {
			t.Errorf("cjkLineBreaks(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if strings.ReplaceAll(cjkLineBreaks(tt.in), h, "") != tt.in {
			t.Errorf("cjkLineBreaks(%q) changed more than the breaks", tt.in)
		}
	}
}

func TestWrappedOnlyInCJKWindows(t *testing.T) {
	text := "営業時間 09:00〜17:00（Europe/London）"
	en, _ := newTestUIInLanguage(t, "en")
	if got := en.wrapped(text); got != text {
		t.Errorf("an English window changed %q to %q", text, got)
	}
	ja, _ := newTestUIInLanguage(t, "ja")
	if got := ja.wrapped(text); got == text {
		t.Errorf("a Japanese window left %q without breaks", text)
	}
}
