package export

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// longNote is a note of about 1,000 characters, as the entitlement
// statement of a customer that licenses few of the catalog's solutions
// writes below a kind of item it is entitled to none of.
func longNote() string {
	var names []string
	for i := range 28 {
		names = append(names, fmt.Sprintf("Experience Platform Module %02d", i+1))
	}
	return "None. Success Accelerators are not included in Expert Success. They are for solutions Øresund Energi A/S does not license: " +
		strings.Join(names, ", ") + "."
}

// TestParagraphKeepsLinesTogether draws a note of about 1,000 characters
// starting at every height near the bottom of a page and reads it back:
// it wraps inside the page, and no page holds a lone line of it.
func TestParagraphKeepsLinesTogether(t *testing.T) {
	needTool(t, "pdftotext")
	note := longNote()
	if n := len([]rune(note)); n < 900 {
		t.Fatalf("the note has %d characters; the test needs about 1,000", n)
	}
	dir := t.TempDir()
	for room := 0; room <= 6; room++ {
		d, err := newPortraitDoc(meta{kind: KindEntitlements, language: "en", customer: "Øresund Energi A/S"}, testOptions())
		if err != nil {
			t.Fatal(err)
		}
		st := d.Scale().Body.WithColor(faint)
		d.AddPage()
		d.Y = d.Page().BodyBottom() - float64(room)*st.LineHeight() - 0.1
		d.paragraph(note, st)
		var buf bytes.Buffer
		if _, err := d.finish(&buf); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, fmt.Sprintf("note-%d.pdf", room))
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		checkOnPage(t, path)
		pages := pdfWords(t, path)
		total := 0
		for i, p := range pages {
			n := bodyLineCount(t, p)
			total += n
			if n == 1 {
				t.Errorf("room for %d lines: page %d of %d holds a lone line of the note", room, i+1, len(pages))
			}
		}
		if lines := len(d.Wrap(note, d.Page().ContentWidth(), st)); total != lines {
			t.Errorf("room for %d lines: read back %d lines of the note, want %d", room, total, lines)
		}
	}
}

// bodyLineCount returns how many lines of text the body of page p holds,
// the running header and footer left out.
func bodyLineCount(t *testing.T, p pdfPage) int {
	t.Helper()
	const ptPerMM = 72 / 25.4
	g := pageGrid(t, p.Width, p.Height)
	top, bottom := g.BodyTop()*ptPerMM, g.BodyBottom()*ptPerMM
	lines := map[int]bool{}
	for _, w := range p.Words {
		if w.YMin >= top-1 && w.YMax <= bottom+1 {
			lines[int(w.YMin+0.5)] = true
		}
	}
	return len(lines)
}
