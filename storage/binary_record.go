package storage

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// recordWriter appends the parts of a binary record.
type recordWriter struct{ b []byte }

func (w *recordWriter) uint(v uint64) { w.b = binary.AppendUvarint(w.b, v) }
func (w *recordWriter) int(v int)     { w.b = binary.AppendVarint(w.b, int64(v)) }

func (w *recordWriter) string(s string) {
	w.uint(uint64(len(s)))
	w.b = append(w.b, s...)
}

func (w *recordWriter) bool(v bool) {
	if v {
		w.b = append(w.b, 1)
	} else {
		w.b = append(w.b, 0)
	}
}

func (w *recordWriter) date(d planner.Date) {
	w.int(d.Year)
	w.int(int(d.Month))
	w.int(d.Day)
}

// count writes the length of a slice, or that it is nil.
func (w *recordWriter) count(isNil bool, n int) {
	if isNil {
		w.uint(0)
		return
	}
	w.uint(uint64(n) + 1)
}

// recordReader reads the parts of a binary record. After the first
// error every read gives a zero value, and err says what went wrong.
type recordReader struct {
	b   []byte
	at  int
	err error
}

// errMalformedRecord is wrapped by every decoding error of a record.
var errMalformedRecord = errors.New("malformed record")

// end returns the first error, or an error when bytes follow the
// record.
func (r *recordReader) end() error {
	if r.err == nil && r.at != len(r.b) {
		r.fail(r.at, "end", fmt.Sprintf("%d bytes follow the record", len(r.b)-r.at))
	}
	return r.err
}

// fail records the first error: field, starting at byte at, is wrong.
func (r *recordReader) fail(at int, field, what string) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: %s at byte %d: %s", errMalformedRecord, field, at, what)
	}
}

func (r *recordReader) byte(field string) byte {
	b := r.bytes(1, field)
	if b == nil {
		return 0
	}
	return b[0]
}

func (r *recordReader) bytes(n int, field string) []byte {
	if r.err != nil {
		return nil
	}
	if n > len(r.b)-r.at {
		r.fail(r.at, field, "the record ends early")
		return nil
	}
	out := r.b[r.at : r.at+n]
	r.at += n
	return out
}

func (r *recordReader) uint(field string) uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.at:])
	if n <= 0 {
		r.fail(r.at, field, "bad number")
		return 0
	}
	r.at += n
	return v
}

func (r *recordReader) int(field string) int {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b[r.at:])
	if n <= 0 || int64(int(v)) != v {
		r.fail(r.at, field, "bad number")
		return 0
	}
	r.at += n
	return int(v)
}

func (r *recordReader) string(field string) string {
	start := r.at
	n := r.uint(field)
	if r.err == nil && n > uint64(len(r.b)-r.at) {
		r.fail(start, field, "the record ends early")
	}
	b := r.bytes(int(n), field)
	if r.err != nil {
		return ""
	}
	if !utf8.Valid(b) {
		r.fail(start, field, "not UTF-8")
		return ""
	}
	return string(b)
}

func (r *recordReader) bool(field string) bool {
	start := r.at
	switch r.byte(field) {
	case 0:
		return false
	case 1:
		return true
	}
	r.fail(start, field, "not a boolean")
	return false
}

// date reads a day: the zero Date or a day of the calendar.
func (r *recordReader) date(field string) planner.Date {
	start := r.at
	d := planner.Date{Year: r.int(field), Month: time.Month(r.int(field)), Day: r.int(field)}
	if r.err != nil || d.IsZero() {
		return d
	}
	if d.Month < time.January || d.Month > time.December || d.Day < 1 || d.Day > 31 || d.Year < 1 || d.Year > 9999 ||
		catalog.DateOf(d.In(time.UTC)) != d {
		r.fail(start, field, fmt.Sprintf("%d-%d-%d is not a day", d.Year, d.Month, d.Day))
		return planner.Date{}
	}
	return d
}

// count reads the length of a slice; ok is false for a nil slice and
// after an error. A length the rest of the record cannot hold is an
// error, so that a damaged record never makes a huge slice.
func (r *recordReader) count(field string) (n int, ok bool) {
	start := r.at
	v := r.uint(field)
	if r.err != nil || v == 0 {
		return 0, false
	}
	if v-1 > uint64(len(r.b)-r.at) {
		r.fail(start, field, fmt.Sprintf("%d entries cannot fit in the %d bytes left", v-1, len(r.b)-r.at))
		return 0, false
	}
	return int(v - 1), true
}
