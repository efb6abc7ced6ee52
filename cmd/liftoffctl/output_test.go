package main

import (
	"strings"
	"testing"
)

func TestTableAlignsWideCharacters(t *testing.T) {
	var b strings.Builder
	tab := newTable(&b, "NAME", "REGION")
	tab.row("株式会社サクラ電機", "japan")
	tab.row("Müller GmbH", "emea")
	if err := tab.flush(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	// The region column starts in the same terminal cell on every line.
	col := -1
	for _, l := range lines {
		i := strings.LastIndex(l, "  ") + 2
		if c := cells(l[:i]); col < 0 {
			col = c
		} else if c != col {
			t.Errorf("column starts at cell %d, want %d:\n%s", c, col, b.String())
		}
	}
	if col != cells("株式会社サクラ電機")+2 {
		t.Errorf("region column at cell %d, want %d", col, cells("株式会社サクラ電機")+2)
	}
}
