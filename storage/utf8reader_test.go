package storage

import (
	"bytes"
	"errors"
	"io"
	"testing"
	"testing/iotest"
	"unicode/utf8"
)

// TestUTF8ReaderFindsTheFirstBadByte reads texts a byte at a time and
// whole: characters split across reads pass, a bad byte is found with its
// place, and an unfinished character at the end is bad.
func TestUTF8ReaderFindsTheFirstBadByte(t *testing.T) {
	for _, c := range []struct {
		in         string
		offset     int64
		line       int
		wantFailed bool
	}{
		{in: "{\"name\": \"株式会社サクラ電機 Øresund\"}\n"},
		{in: "ab\ncd\xffef", offset: 5, line: 2, wantFailed: true},
		{in: "Müller\n\n\xc3", offset: 9, line: 3, wantFailed: true},
		{in: "\xed\xa0\x80", offset: 0, line: 1, wantFailed: true}, // a surrogate
	} {
		for _, oneByte := range []bool{false, true} {
			var r io.Reader = bytes.NewReader([]byte(c.in))
			if oneByte {
				r = iotest.OneByteReader(r)
			}
			out, err := io.ReadAll(newUTF8Reader(r))
			var bad *notUTF8Error
			switch {
			case !c.wantFailed && err != nil:
				t.Errorf("%q: %v", c.in, err)
			case !c.wantFailed && string(out) != c.in:
				t.Errorf("%q: read %q", c.in, out)
			case c.wantFailed && !errors.As(err, &bad):
				t.Errorf("%q (one byte at a time: %v): %v, want a bad byte", c.in, oneByte, err)
			case c.wantFailed && (bad.offset != c.offset || bad.line != c.line):
				t.Errorf("%q (one byte at a time: %v): byte %d line %d, want %d line %d", c.in, oneByte, bad.offset, bad.line, c.offset, c.line)
			}
		}
	}
}

// FuzzUTF8Reader: the reader fails exactly when the input is not UTF-8,
// and passes the input on unchanged otherwise.
func FuzzUTF8Reader(f *testing.F) {
	f.Add([]byte("Müller 株式会社"))
	f.Add([]byte{0xff})
	f.Fuzz(func(t *testing.T, in []byte) {
		out, err := io.ReadAll(newUTF8Reader(iotest.HalfReader(bytes.NewReader(in))))
		if valid := utf8Valid(in); valid != (err == nil) {
			t.Fatalf("%q: valid %v, error %v", in, valid, err)
		}
		if err == nil && !bytes.Equal(out, in) {
			t.Fatalf("%q read as %q", in, out)
		}
	})
}

func utf8Valid(b []byte) bool { return utf8.Valid(b) }
