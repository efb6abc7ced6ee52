package planner

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/liftoff-app/liftoff/catalog"
)

// ParseHolidays reads a holiday list in one of two forms, told apart by
// the first character that is not a space:
//
//   - a JSON array of {"date": "YYYY-MM-DD", "name": "..."} objects, as in
//     a catalog file;
//   - text, one holiday a line: a date YYYY-MM-DD, then optionally
//     whitespace and the holiday's name. Blank lines and lines starting
//     with # are ignored.
//
// Every malformed entry is reported, each by its line, in one
// *ValidationError (e.g. `line 4: 2026-13-01 is not a day of the calendar`);
// a day listed twice is an error too. Names are trimmed and may not hold
// control characters. The holidays are returned in file order; an input
// with none gives an empty, non-nil list. A list larger than 1 MiB is
// refused.
func ParseHolidays(r io.Reader) ([]catalog.Holiday, error) {
	data, err := io.ReadAll(io.LimitReader(r, holidayMaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read holiday list: %w", err)
	}
	if len(data) > holidayMaxBytes {
		return nil, fmt.Errorf("holiday list: larger than %d KiB; a list of holidays is a few lines a year", holidayMaxBytes/1024)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a byte-order mark some editors write
	if trimmed := bytes.TrimLeftFunc(data, unicode.IsSpace); len(trimmed) > 0 && trimmed[0] == '[' {
		return holidayParseJSON(data)
	}
	return holidayParseText(data)
}

// holidayMaxBytes bounds the size of a holiday list, which is a few
// dozen lines per year: anything much larger is the wrong file.
const holidayMaxBytes = 1 << 20

// holidayList collects holidays and the problems of a list.
type holidayList struct {
	out      []catalog.Holiday
	firstOn  map[Date]int
	problems problems
}

func newHolidayList() *holidayList {
	return &holidayList{out: []catalog.Holiday{}, firstOn: map[Date]int{}}
}

// add checks one entry found on line and keeps it when it is sound.
func (l *holidayList) add(line int, date, name string) {
	field := "line " + strconv.Itoa(line)
	d, err := catalog.ParseDate(date)
	if err != nil {
		l.problems.add(field, "%v", err)
		return
	}
	name = strings.TrimSpace(name)
	if i := strings.IndexFunc(name, unicode.IsControl); i >= 0 {
		l.problems.add(field, "name %q holds a control character", name)
		return
	}
	if first, dup := l.firstOn[d]; dup {
		l.problems.add(field, "%s is listed twice (first on line %d)", d, first)
		return
	}
	l.firstOn[d] = line
	l.out = append(l.out, catalog.Holiday{Date: d, Name: name})
}

func (l *holidayList) result() ([]catalog.Holiday, error) {
	if err := l.problems.err(Textf("holiday list")); err != nil {
		return nil, err
	}
	return l.out, nil
}

func holidayParseText(data []byte) ([]catalog.Holiday, error) {
	l := newHolidayList()
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), len(data)+1)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !utf8.ValidString(line) {
			l.problems.add(fmt.Sprintf("line %d", n), "not valid UTF-8 text")
			continue
		}
		date, name := line, ""
		if i := strings.IndexFunc(line, unicode.IsSpace); i >= 0 {
			date, name = line[:i], line[i:]
		}
		l.add(n, date, name)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read holiday list: %w", err)
	}
	return l.result()
}

// holidayEntry is one element of a JSON holiday list.
type holidayEntry struct {
	Date *string `json:"date"`
	Name string  `json:"name"`
}

func holidayParseJSON(data []byte) ([]catalog.Holiday, error) {
	if !utf8.Valid(data) {
		// The decoder would replace the bad bytes and change a name.
		return nil, &ValidationError{What: "holiday list", Problems: []FieldError{{
			Field: fmt.Sprintf("line %d", holidayInvalidUTF8Line(data)), Message: "not valid UTF-8 text"}}}
	}
	l := newHolidayList()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if _, err := dec.Token(); err != nil { // the opening [
		return nil, holidayJSONError(data, dec.InputOffset(), err)
	}
	for dec.More() {
		start := holidayEntryStart(data, dec.InputOffset())
		line := holidayLineAt(data, start)
		var e holidayEntry
		if err := dec.Decode(&e); err != nil {
			// A wrong type or an unknown field leaves the element read
			// whole: report it and go on with the next.
			var wrongType *json.UnmarshalTypeError
			switch {
			case errors.As(err, &wrongType) && wrongType.Field == "":
				l.problems.add(fmt.Sprintf("line %d", line), "want {\"date\": \"YYYY-MM-DD\", \"name\": \"...\"}, not a JSON %s", wrongType.Value)
			case errors.As(err, &wrongType):
				l.problems.add(fmt.Sprintf("line %d", line), "%s: want a string, not a JSON %s", wrongType.Field, wrongType.Value)
			case strings.HasPrefix(err.Error(), "json: unknown field "):
				l.problems.add(fmt.Sprintf("line %d", line), "%s (want date and name)", strings.TrimPrefix(err.Error(), "json: "))
			default:
				return nil, holidayJSONError(data, dec.InputOffset(), err)
			}
			continue
		}
		if e.Date == nil {
			l.problems.add(fmt.Sprintf("line %d", line), "no date (want {\"date\": \"YYYY-MM-DD\", \"name\": \"...\"})")
			continue
		}
		l.add(line, *e.Date, e.Name)
	}
	if _, err := dec.Token(); err != nil { // the closing ]
		return nil, holidayJSONError(data, dec.InputOffset(), err)
	}
	end := dec.InputOffset()
	if rest := data[end:]; len(bytes.TrimSpace(rest)) > 0 {
		at := end + int64(len(rest)-len(bytes.TrimLeftFunc(rest, unicode.IsSpace)))
		return nil, holidayJSONError(data, at, errors.New("text after the closing ]"))
	}
	return l.result()
}

// holidayJSONError reports JSON that cannot be read at all, by line.
func holidayJSONError(data []byte, offset int64, err error) error {
	var syntax *json.SyntaxError
	if errors.As(err, &syntax) {
		offset = syntax.Offset
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		// Point at the last line that holds anything.
		err, offset = errors.New("the list ends too early"), int64(len(bytes.TrimRightFunc(data, unicode.IsSpace)))
	}
	line := holidayLineAt(data, int(min(max(offset, 0), int64(len(data)))))
	return &ValidationError{What: "holiday list", Problems: []FieldError{{
		Field:   fmt.Sprintf("line %d", line),
		Message: "not a JSON list of holidays: " + strings.TrimPrefix(err.Error(), "json: "),
	}}}
}

// holidayEntryStart skips the spaces and comma before the element that
// follows offset.
func holidayEntryStart(data []byte, offset int64) int {
	i := int(offset)
	for i < len(data) && (data[i] == ',' || data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

// holidayLineAt returns the 1-based line of byte offset i.
func holidayLineAt(data []byte, i int) int {
	return bytes.Count(data[:min(i, len(data))], []byte("\n")) + 1
}

// holidayInvalidUTF8Line returns the line of the first invalid byte.
func holidayInvalidUTF8Line(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return holidayLineAt(data, i)
		}
		i += size
	}
	return 1
}

// WriteHolidays writes holidays in the text form ParseHolidays reads, one
// a line.
func WriteHolidays(w io.Writer, holidays []catalog.Holiday) error {
	bw := bufio.NewWriter(w)
	for _, h := range holidays {
		if h.Date.IsZero() {
			return errors.New("write holiday list: a holiday has no date")
		}
		name := strings.TrimSpace(h.Name)
		if strings.IndexFunc(name, unicode.IsControl) >= 0 {
			return fmt.Errorf("write holiday list: %s: name %q holds a control character", h.Date, h.Name)
		}
		if name == "" {
			fmt.Fprintln(bw, h.Date)
			continue
		}
		fmt.Fprintf(bw, "%s %s\n", h.Date, name)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write holiday list: %w", err)
	}
	return nil
}
