// Package layout sets documents in PDF: pages on a grid, text in
// embedded fonts measured and wrapped to widths, content flowing from page
// to page, headings kept with what follows them, tables that repeat their
// header row on every page and keep rows whole, and small widgets (chips,
// progress bars, check marks, chevrons).
//
// A Doc records what is drawn and writes it with Finish, once the page
// count is known for the running header and footer and the characters
// drawn are known, so that a large font is embedded cut down to them.
// With the same Config.Now, the same drawing gives the same bytes.
//
// Text is set in Noto Sans, which is embedded in the package, and
// characters Noto Sans lacks (Japanese) in a TrueType font of the system;
// LoadFonts reads the fonts once for any number of documents.
//
// The package knows nothing of what the documents say: colours, type
// scales, chip labels and page chrome are its caller's.
package layout
