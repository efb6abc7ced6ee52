package export

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/png"
	"math"
	"strings"

	"github.com/srwiley/oksvg"
	"github.com/srwiley/rasterx"

	"github.com/liftoff-app/liftoff/export/layout"
	"github.com/liftoff-app/liftoff/planner"
)

// How documents show the TAM's organisation (Settings.Branding).
//
// A document reads its branding from Options.Settings.Branding when it
// starts (newDoc) and offers it to its pages:
//
//   - d.organisation() is the organisation's name, "" when none is set.
//   - d.confidentialityLine(customer) is the confidentiality line with the
//     customer's name in place of "%s", "" when none is set.
//   - d.preparedBy() is "Prepared by Dana Reyes, Example Software" in the
//     document's language, or less when the names are not known.
//   - d.logo() is the logo as a PNG ready to draw, read once per
//     document; d.hasLogo() says whether there is one that can be drawn.
//   - d.drawLogo(x, y, w, h, align) draws the logo as large as fits in a
//     box, keeping its aspect ratio; d.logoSize(w, h) is the size it
//     takes there, to lay out around it before drawing.
//
// A logo that cannot be read is left out: the document is still made,
// and its Result.Log says why, once.

// logoPixelHeight is the height in pixels an SVG logo is drawn at: sharp
// in print at the sizes of a cover or a footer.
const logoPixelHeight = 600

// maxLogoPixelWidth bounds the width of a drawn SVG logo, for very wide
// ones.
const maxLogoPixelWidth = 6000

// logoImageName is the name the logo is embedded under in the PDF.
const logoImageName = "organisation-logo"

// branding is what a document shows of the TAM's organisation, with the
// logo read once when a page first asks for it.
type branding struct {
	planner.Branding
	// tam is the name of the TAM who prepares the document, empty when
	// not known.
	tam string
	// read is whether the logo was read; logo and err are the outcome.
	read bool
	logo *brandLogo
	err  error
}

// newBranding returns the branding of a document made with opts.
func newBranding(opts Options) *branding {
	return &branding{Branding: opts.Settings.Branding, tam: tamName(opts)}
}

// tamName returns the name of the TAM who prepares a document:
// Options.Author when set, else the name in the settings' profile.
func tamName(opts Options) string {
	if a := strings.TrimSpace(opts.Author); a != "" {
		return a
	}
	return strings.TrimSpace(opts.Settings.Profile.Name)
}

// documentAuthor returns the author in a document's PDF metadata: the
// TAM (Options.Author, else the profile's name), else the organisation,
// else "Liftoff".
func documentAuthor(opts Options) string {
	if tam := tamName(opts); tam != "" {
		return tam
	}
	if org := strings.TrimSpace(opts.Settings.Branding.Organisation); org != "" {
		return org
	}
	return "Liftoff"
}

// brandLogo is the organisation's logo as a PNG image ready to draw.
type brandLogo struct {
	// png is the image, a PNG file.
	png []byte
	// width and height are its size in pixels, both more than 0.
	width, height int
}

// aspect returns the logo's width divided by its height.
func (l *brandLogo) aspect() float64 { return float64(l.width) / float64(l.height) }

// fit returns the size in millimetres of the logo drawn as large as it
// fits in a box of w by h millimetres, keeping its aspect ratio.
func (l *brandLogo) fit(w, h float64) (float64, float64) {
	if w <= 0 || h <= 0 {
		return 0, 0
	}
	if a := l.aspect(); w/h > a {
		return h * a, h
	}
	return w, w / l.aspect()
}

// organisation returns the name of the TAM's organisation, or "".
func (d *doc) organisation() string { return strings.TrimSpace(d.brand.Organisation) }

// confidentialityLine returns the document's confidentiality line, with
// the customer's name in place of every "%s" ("Confidential: prepared for
// Müller GmbH"), or "" when the settings give none. For a document about
// no single customer (customer ""), "%s" becomes the organisation's name,
// and when that is not set either, the line ends before a colon ahead of
// "%s" ("Confidential: prepared for %s" becomes "Confidential"), or else
// leaves "%s" out. Only "%s" is filled in: a line such as "100%
// confidential" prints as it is.
func (d *doc) confidentialityLine(customer string) string {
	line := strings.TrimSpace(d.brand.Confidentiality)
	if !strings.Contains(line, "%s") {
		return line
	}
	name := strings.TrimSpace(customer)
	if name == "" {
		name = d.organisation()
	}
	if name != "" {
		return strings.ReplaceAll(line, "%s", name)
	}
	before, after, _ := strings.Cut(line, "%s")
	if i := strings.IndexAny(before, ":："); i > 0 {
		return strings.TrimSpace(before[:i])
	}
	return strings.Join(strings.Fields(before+strings.ReplaceAll(after, "%s", "")), " ")
}

// preparedBy returns who prepared the document, in its language: "Prepared
// by Dana Reyes, Example Software", "Prepared by Dana Reyes" or "Prepared
// by Example Software", or "" when neither the TAM nor the organisation is
// known.
func (d *doc) preparedBy() string {
	tam, org := d.brand.tam, d.organisation()
	switch {
	case tam != "" && org != "":
		return d.T("doc.brand.preparedByOf", tam, org)
	case tam != "":
		return d.T("doc.brand.preparedBy", tam)
	case org != "":
		return d.T("doc.brand.preparedBy", org)
	}
	return ""
}

// logo returns the organisation's logo ready to draw: a PNG as it is, an
// SVG drawn to a PNG logoPixelHeight pixels high. It is read the first
// time a document asks and kept for the rest of it. It returns nil and no
// error when the settings hold no logo; a logo that cannot be read gives
// an error, which the document's Result.Log reports once.
func (d *doc) logo() (*brandLogo, error) {
	b := d.brand
	if !b.read {
		b.read = true
		b.logo, b.err = readLogo(b.Logo)
		if b.err != nil {
			name := b.LogoName
			if name == "" {
				name = "the logo"
			}
			d.Logf("The organisation's logo (%s) is left out: %v", name, b.err)
		}
	}
	return b.logo, b.err
}

// hasLogo reports whether the document has a logo it can draw.
func (d *doc) hasLogo() bool {
	l, _ := d.logo()
	return l != nil
}

// drawLogo draws the logo as large as it fits in the box whose top-left
// corner is (x, y) and whose size is w by h millimetres, keeping its
// aspect ratio: centred vertically, and placed horizontally as align
// says. It returns the size drawn, 0 by 0 when there is no logo or it
// cannot be drawn (the log says why).
func (d *doc) drawLogo(x, y, w, h float64, align layout.Align) (float64, float64) {
	l, _ := d.logo()
	if l == nil {
		return 0, 0
	}
	lw, lh := l.fit(w, h)
	if lw <= 0 || lh <= 0 {
		return 0, 0
	}
	switch align {
	case layout.AlignRight:
		x += w - lw
	case layout.AlignCenter:
		x += (w - lw) / 2
	}
	y += (h - lh) / 2
	if err := d.Image(x, y, lw, lh, logoImageName, l.png); err != nil {
		d.brand.logo, d.brand.err = nil, err
		d.Logf("The organisation's logo is left out: %v", err)
		return 0, 0
	}
	return lw, lh
}

// readLogo returns a logo file ready to draw; nil data is no logo.
func readLogo(data []byte) (*brandLogo, error) {
	if len(data) == 0 {
		return nil, nil
	}
	format, err := planner.CheckLogo(data)
	if err != nil {
		return nil, err
	}
	if format == planner.LogoSVG {
		if data, err = rasteriseSVG(data, logoPixelHeight); err != nil {
			return nil, fmt.Errorf("%w: %w", planner.ErrBadLogo, err)
		}
	}
	w, h, err := layout.ImageSize(data)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", planner.ErrBadLogo, err)
	}
	return &brandLogo{png: data, width: w, height: h}, nil
}

// rasteriseSVG draws an SVG image to a PNG of height pixels (fewer for a
// very wide image), keeping its aspect ratio, on a transparent ground.
func rasteriseSVG(data []byte, height int) (out []byte, err error) {
	defer func() {
		// The SVG reader is not hardened against every file a user can
		// choose; a file it trips over is a logo that cannot be read.
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("draw the SVG image: %v", r)
		}
	}()
	icon, err := oksvg.ReadIconStream(bytes.NewReader(data), oksvg.IgnoreErrorMode)
	if err != nil {
		return nil, fmt.Errorf("read the SVG image: %w", err)
	}
	vw, vh := icon.ViewBox.W, icon.ViewBox.H
	if !(vw > 0 && vh > 0) || math.IsInf(vw, 0) || math.IsInf(vh, 0) {
		return nil, errors.New("read the SVG image: it has no size (no viewBox, width or height)")
	}
	w := int(math.Round(float64(height) * vw / vh))
	if w > maxLogoPixelWidth {
		w = maxLogoPixelWidth
		height = int(math.Round(float64(w) * vh / vw))
	}
	w, height = max(w, 1), max(height, 1)
	icon.SetTarget(0, 0, float64(w), float64(height))
	img := image.NewRGBA(image.Rect(0, 0, w, height))
	scanner := rasterx.NewScannerGV(w, height, img, img.Bounds())
	icon.Draw(rasterx.NewDasher(w, height, scanner), 1)
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("draw the SVG image: %w", err)
	}
	return buf.Bytes(), nil
}
