//go:build !unix

package layout

import "os"

// readFontFile returns the bytes of the font file at path, read whole.
func readFontFile(path string) ([]byte, error) { return os.ReadFile(path) }
