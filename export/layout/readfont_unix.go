//go:build unix

package layout

import (
	"os"
	"syscall"
)

// readFontFile returns the bytes of the font file at path. On Unix
// systems the file is mapped into memory read-only instead of copied: a
// Japanese or Chinese font is several megabytes, of which a document
// reads a few pages (its character map and the glyphs it draws), and
// copying it for every document that reads the fonts anew costs more
// than laying the document out.
//
// The mapping is never unmapped: the bytes may be held by whatever the
// font was handed to (a face, a PDF writer) for as long as they are
// reachable, which no owner can know. It costs address space only, once
// per Fonts and font file; a program makes one Fonts per session. Files
// that are not regular, empty or too large to map are read the ordinary
// way, as is a file the system refuses to map.
func readFontFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := st.Size()
	if !st.Mode().IsRegular() || size <= 0 || size > 1<<30 {
		return os.ReadFile(path)
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_PRIVATE)
	if err != nil {
		return os.ReadFile(path)
	}
	return data, nil
}
