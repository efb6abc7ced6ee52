package strictjson

import (
	"bytes"
	"errors"
	"io"
)

// readSize is how much of a document DecodeReader reads at a time, and
// how much it has read past before it releases what it has decoded.
const readSize = 32 << 10

// newReaderDecoder returns a decoder of the document read from r, chunk
// bytes at a time.
func newReaderDecoder(r io.Reader, chunk int, opts Options) *decoder {
	d := newDecoder(make([]byte, 0, chunk), opts)
	d.r, d.chunk = r, chunk
	return d
}

// more reports whether data holds the byte at index i, reading more of
// the document when it is read from a reader.
func (d *decoder) more(i int) bool {
	return i < len(d.data) || d.fill(i)
}

// fill reads from the reader until data holds the byte at index i or the
// document ends. Indexes into data stay valid: fill only appends.
func (d *decoder) fill(i int) bool {
	for i >= len(d.data) {
		if d.r == nil || d.eof || d.readErr != nil {
			return false
		}
		if cap(d.data)-len(d.data) < max(d.chunk/2, 1) {
			grown := make([]byte, len(d.data), max(2*cap(d.data), d.chunk))
			copy(grown, d.data)
			d.data = grown
		}
		n, err := d.r.Read(d.data[len(d.data):cap(d.data)])
		d.data = d.data[:len(d.data)+n]
		switch {
		case errors.Is(err, io.EOF):
			d.eof = true
		case err != nil:
			d.readErr = err
		}
	}
	return true
}

// release drops the bytes before d.pos from data once they fill half of
// it, so that reading a long document does not keep it in memory. It may
// only be called where no caller keeps an index into data or a slice of
// it (other than the keys of the path, which it copies), and does nothing
// while one holds (d.hold).
func (d *decoder) release() {
	if d.r == nil || d.hold > 0 || d.pos == 0 || d.pos < len(d.data) && d.pos < cap(d.data)/2 {
		return
	}
	for i := range d.path {
		if d.path[i].rawKey != nil {
			d.path[i].rawKey = bytes.Clone(d.path[i].rawKey)
		}
	}
	gone := d.data[:d.pos]
	if nl := bytes.LastIndexByte(gone, '\n'); nl >= 0 {
		d.line += bytes.Count(gone, []byte("\n"))
		d.col = len(gone) - nl
	} else {
		d.col += len(gone)
	}
	d.offset += d.pos
	n := copy(d.data, d.data[d.pos:])
	d.data = d.data[:n]
	d.pos = 0
}

// literal reports whether the literal word (null, true, false) comes
// next.
func (d *decoder) literal(word string) bool {
	d.more(d.pos + len(word) - 1)
	return bytes.HasPrefix(d.data[d.pos:], []byte(word))
}

// position returns the offset in the document of the byte at index i of
// data, and its line and column (in bytes) from 1; i may be len(data),
// just past the end.
func (d *decoder) position(i int) (offset, line, col int) {
	i = min(max(i, 0), len(d.data))
	before := d.data[:i]
	nl := bytes.LastIndexByte(before, '\n')
	if nl < 0 {
		return d.offset + i, d.line, d.col + i
	}
	return d.offset + i, d.line + bytes.Count(before, []byte("\n")), i - nl
}
