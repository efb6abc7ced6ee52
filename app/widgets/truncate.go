package widgets

import (
	"fyne.io/fyne/v2"
)

// ellipsis ends a truncated label.
const ellipsis = "…"

// TruncateToWidth returns text cut at a character boundary, with an
// ellipsis and without trailing spaces before it, so that it fits width
// when drawn at size in style. Text that fits is returned unchanged; when
// not even the ellipsis fits, it returns "".
func TruncateToWidth(text string, width, size float32, style fyne.TextStyle) string {
	if text == "" || fyne.MeasureText(text, size, style).Width <= width {
		return text
	}
	if fyne.MeasureText(ellipsis, size, style).Width > width {
		return ""
	}
	runes := []rune(text)
	// Binary search for the longest prefix that fits with the ellipsis.
	lo, hi := 0, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(runes[:mid])+ellipsis, size, style).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	prefix := runes[:lo]
	for len(prefix) > 0 && prefix[len(prefix)-1] == ' ' {
		prefix = prefix[:len(prefix)-1]
	}
	return string(prefix) + ellipsis
}
