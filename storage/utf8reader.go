package storage

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// notUTF8Error reports the first byte of a file that is not part of a
// UTF-8 character.
type notUTF8Error struct {
	offset int64 // from 0
	line   int   // from 1
}

func (e *notUTF8Error) Error() string {
	return fmt.Sprintf("byte %d (line %d) is not part of a UTF-8 character: the file is not UTF-8 text; save it as UTF-8",
		e.offset+1, e.line)
}

// utf8Reader passes on what r reads and fails at the first byte that is
// not UTF-8, so that a file in another encoding is refused with where,
// instead of its bytes being read as something else.
type utf8Reader struct {
	r       io.Reader
	offset  int64 // of the first byte not yet checked (pending's first)
	line    int
	pending []byte // the start of a character that the next read ends
}

func newUTF8Reader(r io.Reader) *utf8Reader { return &utf8Reader{r: r, line: 1} }

// Read reads from r and checks what it read.
func (u *utf8Reader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	if cerr := u.check(p[:n], err == io.EOF); cerr != nil {
		return n, cerr
	}
	return n, err
}

// check checks b, the next bytes read; at the end no character may be
// left unfinished.
func (u *utf8Reader) check(b []byte, end bool) error {
	data := b
	if len(u.pending) > 0 {
		data = append(u.pending, b...)
		u.pending = nil
	}
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if c == '\n' {
				u.line++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			if !end && !utf8.FullRune(data[i:]) {
				u.pending = append([]byte(nil), data[i:]...)
				u.offset += int64(i)
				return nil
			}
			return &notUTF8Error{offset: u.offset + int64(i), line: u.line}
		}
		i += size
	}
	u.offset += int64(len(data))
	return nil
}
