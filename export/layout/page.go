package layout

import (
	"fmt"
	"strings"
)

// Page is the geometry of a page: its size and the margins of the grid
// every element is placed on, in millimetres.
type Page struct {
	// Name is the page size as pdfinfo names it: "A4", "Letter",
	// "16:9 slide".
	Name string
	// W and H are the width and height of the page.
	W, H float64
	// Top, Bottom, Left and Right are the margins, outside the running
	// header and footer.
	Top, Bottom, Left, Right float64
	// HeaderH and FooterH are the heights of the bands of the running
	// header and footer.
	HeaderH, FooterH float64
	// Columns is the number of columns of the grid.
	Columns int
	// Gutter is the space between two columns.
	Gutter float64
}

// Page sizes.
const (
	// SlideWidth and SlideHeight are the size of a 16:9 slide in
	// millimetres (13.333 x 7.5 inches, as presentation tools use).
	SlideWidth  = 338.7
	SlideHeight = 190.5
)

// paperSize returns the portrait width and height of a paper size.
func paperSize(name string) (string, float64, float64, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "", "a4":
		return "A4", 210, 297, nil
	case "letter":
		return "Letter", 215.9, 279.4, nil
	}
	return "", 0, 0, fmt.Errorf("page size %q: want A4 or Letter", name)
}

// PortraitPage returns the grid of a portrait page of the given size:
// "A4" (also when empty) or "Letter", in any case.
func PortraitPage(size string) (Page, error) {
	name, w, h, err := paperSize(size)
	if err != nil {
		return Page{}, err
	}
	return Page{Name: name, W: w, H: h, Top: 12, Bottom: 10, Left: 18, Right: 18,
		HeaderH: 12, FooterH: 10, Columns: 12, Gutter: 5}, nil
}

// LandscapePage returns the grid of a landscape page of the given size,
// named as for PortraitPage.
func LandscapePage(size string) (Page, error) {
	name, w, h, err := paperSize(size)
	if err != nil {
		return Page{}, err
	}
	return Page{Name: name, W: h, H: w, Top: 10, Bottom: 8, Left: 14, Right: 14,
		HeaderH: 12, FooterH: 10, Columns: 12, Gutter: 5}, nil
}

// SlidePage returns the grid of a 16:9 slide.
func SlidePage() Page {
	return Page{Name: "16:9 slide", W: SlideWidth, H: SlideHeight, Top: 10, Bottom: 6, Left: 22, Right: 22,
		HeaderH: 8, FooterH: 10, Columns: 12, Gutter: 8}
}

// BodyTop returns where content starts below the running header.
func (p Page) BodyTop() float64 { return p.Top + p.HeaderH }

// BodyBottom returns where content must end above the running footer.
func (p Page) BodyBottom() float64 { return p.H - p.Bottom - p.FooterH }

// ContentWidth returns the width between the side margins.
func (p Page) ContentWidth() float64 { return p.W - p.Left - p.Right }

// ColumnSpan returns the x position and width of span grid columns
// starting at column first (0-based).
func (p Page) ColumnSpan(first, span int) (x, w float64) {
	colW := (p.ContentWidth() - float64(p.Columns-1)*p.Gutter) / float64(p.Columns)
	x = p.Left + float64(first)*(colW+p.Gutter)
	w = float64(span)*colW + float64(span-1)*p.Gutter
	return x, w
}
