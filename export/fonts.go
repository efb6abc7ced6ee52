package export

import "github.com/liftoff-app/liftoff/export/layout"

// FontOptions say where documents find fonts for the characters Noto
// Sans lacks: font files of the user's choice first, then the system's.
type FontOptions = layout.FontOptions

// FontSearch says where a system keeps its fonts.
type FontSearch = layout.FontSearch

// LoadFontsWith reads the fonts of documents as opts say; see LoadFonts.
func LoadFontsWith(opts FontOptions) (*Fonts, error) { return layout.LoadFontsWith(opts) }

// MissingGlyphsError reports characters a document could not draw
// because no font has them: their scripts and how to get a font. A
// document fails with it unless Options.AllowMissingGlyphs is set; test
// for it with errors.As.
type MissingGlyphsError = layout.MissingGlyphsError

// FontFace names one face of a font file; see layout.FontFace.
type FontFace = layout.FontFace

// TextFaces are the regular and bold faces a screen draws Chinese,
// Japanese or Korean text in; see FontSearch.FindTextFaces.
type TextFaces = layout.TextFaces

// DefaultFontSearch returns where the fonts of the running system are.
func DefaultFontSearch() FontSearch { return layout.DefaultFontSearch() }

// ReadFace returns a face of a font file as a font file of its own.
func ReadFace(face FontFace) ([]byte, error) { return layout.ReadFace(face) }
