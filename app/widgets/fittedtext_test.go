package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func TestFittedTextCutsOnlyWhenNeeded(t *testing.T) {
	test.NewTempApp(t)
	host := NewFitLabel("")
	f := newFittedText(fyne.TextStyle{}, theme.SizeNameText)
	steps := []struct {
		name  string
		text  string
		width float32
		want  string
	}{
		{"fits", "Kickoff", 200, "Kickoff"},
		{"narrower cuts", "Kickoff readiness review", 90, ""},
		{"wider shows it whole", "Kickoff readiness review", 400, "Kickoff readiness review"},
		{"new text is cut again", "Go-live", 400, "Go-live"},
	}
	for _, st := range steps {
		f.set(host, st.text, nil)
		f.layout(fyne.NewPos(0, 0), st.width)
		got := f.text.Text
		if st.want != "" && got != st.want {
			t.Errorf("%s: drawn %q, want %q", st.name, got, st.want)
		}
		if st.want == "" && (got == st.text || fyne.MeasureText(got, f.text.TextSize, f.text.TextStyle).Width > st.width) {
			t.Errorf("%s: drawn %q, want it cut to %v", st.name, got, st.width)
		}
		if f.source != st.text || f.width != st.width {
			t.Errorf("%s: remembers %q at %v", st.name, f.source, f.width)
		}
	}
}
