package layout

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"math"

	"codeberg.org/go-pdf/fpdf"
)

// canvasImage is an image a canvas draws: a digest of the PNG it was
// given, to tell a name used again for other data, and the PNG as the
// PDF writer reads it.
type canvasImage struct {
	source [sha256.Size]byte
	png    []byte
}

// ImageSize returns the width and height in pixels of a PNG image, to
// place it keeping its aspect ratio.
func ImageSize(data []byte) (w, h int, err error) {
	cfg, err := png.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return 0, 0, fmt.Errorf("read image size: %w", err)
	}
	return cfg.Width, cfg.Height, nil
}

// Image draws a PNG image stretched to fill the box whose top-left corner
// is (x, y) and whose size is w by h millimetres; to keep the image's
// aspect ratio, size the box with ImageSize. Any PNG that Go's image/png
// reads is accepted: the image is written again as an 8-bit,
// non-interlaced PNG (with an alpha channel when it has transparency),
// the form the PDF writer takes.
//
// name identifies the image in the document: an image drawn under the
// same name again, on any page, is embedded once. Drawing other data
// under a name already used is an error, as are data that is no PNG and
// an empty box; nothing is drawn then. The same data give the same bytes
// in the PDF. A document should draw images of different pixel widths:
// the PDF writer orders images of the same width as it finds them, which
// can change the order of their objects from one run to the next.
func (d *Doc) Image(x, y, w, h float64, name string, data []byte) error {
	for _, v := range []float64{x, y, w, h} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("draw image %q: the box (%g, %g, %g, %g) is not a number", name, x, y, w, h)
		}
	}
	if w <= 0 || h <= 0 {
		return fmt.Errorf("draw image %q: the box is empty (%g × %g mm)", name, w, h)
	}
	if name == "" {
		return errors.New("draw image: the image has no name")
	}
	if err := d.canvas.addImage(name, data); err != nil {
		return err
	}
	d.canvas.addString(name)
	d.canvas.record(opImage, x, y, w, h)
	return nil
}

// addImage keeps image data under name for drawImage, written again as
// the PDF writer reads it; a name already kept must come with the same
// data.
func (c *canvas) addImage(name string, data []byte) error {
	sum := sha256.Sum256(data)
	if kept, ok := c.images[name]; ok {
		if kept.source != sum {
			return fmt.Errorf("draw image %q: the name is already used for another image", name)
		}
		return nil
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("draw image %q: %w", name, err)
	}
	out, err := writerPNG(img)
	if err != nil {
		return fmt.Errorf("draw image %q: %w", name, err)
	}
	if c.images == nil {
		c.images = map[string]canvasImage{}
	}
	c.images[name] = canvasImage{source: sum, png: out}
	return nil
}

// writerPNG encodes img as an 8-bit, non-interlaced PNG in RGB, or RGBA
// when it has transparency: the PNG forms the PDF writer reads.
func writerPNG(img image.Image) ([]byte, error) {
	b := img.Bounds()
	nrgba := image.NewNRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(nrgba, nrgba.Bounds(), img, b.Min, draw.Src)
	var out bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&out, nrgba); err != nil {
		return nil, fmt.Errorf("encode PNG: %w", err)
	}
	return out.Bytes(), nil
}

// drawImage draws the image kept under name in the box (x, y, w, h) of
// the current page, registering it with the writer the first time.
func (c *canvas) drawImage(pdf *fpdf.Fpdf, name string, x, y, w, h float64) {
	opts := fpdf.ImageOptions{ImageType: "PNG"}
	pdf.RegisterImageOptionsReader(name, opts, bytes.NewReader(c.images[name].png))
	pdf.ImageOptions(name, x, y, w, h, false, opts, 0, "")
}
