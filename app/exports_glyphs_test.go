package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/liftoff-app/liftoff/export"
)

// TestExportWithCharactersNoFontHasAsksFirst exports a document that
// holds a character no font can draw: the window says which before it
// asks for a file, Cancel writes nothing, and Export anyway writes the
// document with a box in its place.
func TestExportWithCharactersNoFontHasAsksFirst(t *testing.T) {
	u, _ := newTestUI(t)
	path := filepath.Join(t.TempDir(), "deck.pdf")
	chooser := &fakeChooser{path: path}
	u.chooser = chooser
	write := func(ctx context.Context, w io.Writer, opts export.Options) error {
		if !opts.AllowMissingGlyphs {
			return fmt.Errorf("kickoff deck: %w", export.MissingGlyphsError{Runes: []rune{'🚀'}, Scripts: []string{"Common"}, Advice: "no font has emoji"})
		}
		_, err := io.WriteString(w, "%PDF-1.7 deck with a box")
		return err
	}
	// answer exports and answers the question with button.
	answer := func(button string) {
		u.deliverables.exportPDF("deck.pdf", write)
		u.waitIdle()
		tapButton(t, u, button)
		u.waitIdle()
	}
	// noFile checks that the answer button wrote no file.
	noFile := func(button string) {
		if _, err := os.Stat(path); !os.IsNotExist(err) {
			t.Fatalf("%s wrote a file (%v)", button, err)
		}
	}

	u.deliverables.exportPDF("deck.pdf", write)
	u.waitIdle()
	texts := overlayTexts(u)
	if !slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, "🚀") && strings.Contains(s, "no font has emoji") }) {
		t.Fatalf("the window does not name the character and the advice: %q", texts)
	}
	if len(chooser.asked) != 0 {
		t.Fatalf("asked for a file before the TAM chose: %q", chooser.asked)
	}
	tapButton(t, u, "Cancel")
	u.waitIdle()
	noFile("Cancel")

	// The TAM may go to Settings to choose a font for documents.
	answer("Choose a font in Settings…")
	if u.current != screenSettings {
		t.Errorf("the window shows %v, want the Settings screen", u.current)
	}
	noFile("Choose a font in Settings…")

	answer("Export anyway")
	if got, err := os.ReadFile(path); err != nil || string(got) != "%PDF-1.7 deck with a box" {
		t.Fatalf("Export anyway wrote %q (%v)", got, err)
	}
}
