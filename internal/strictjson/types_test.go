package strictjson_test

import (
	"encoding/json"
	"fmt"
	"time"
)

// day is a date that decodes itself from "YYYY-MM-DD", as Liftoff's dates
// do.
type day struct{ Year, Month, Day int }

// UnmarshalText decodes YYYY-MM-DD.
func (d *day) UnmarshalText(b []byte) error {
	var x day
	if _, err := fmt.Sscanf(string(b), "%4d-%2d-%2d", &x.Year, &x.Month, &x.Day); err != nil ||
		len(b) != 10 || x.Month < 1 || x.Month > 12 || x.Day < 1 || x.Day > 31 {
		return fmt.Errorf("date %q: want YYYY-MM-DD", b)
	}
	*d = x
	return nil
}

// MarshalText encodes d as YYYY-MM-DD.
func (d day) MarshalText() ([]byte, error) {
	return fmt.Appendf(nil, "%04d-%02d-%02d", d.Year, d.Month, d.Day), nil
}

// Note is embedded in record: its fields are record's fields in JSON.
type Note struct {
	Note string `json:"note,omitempty"`
}

// record holds a field of every sort the decoder handles.
type record struct {
	Name   string            `json:"name"`
	Count  int               `json:"count"`
	Small  int8              `json:"small,omitempty"`
	Size   uint16            `json:"size,omitempty"`
	Ratio  float64           `json:"ratio,omitempty"`
	Half   float32           `json:"half,omitempty"`
	On     bool              `json:"on,omitempty"`
	Tags   []string          `json:"tags,omitempty"`
	Pair   [2]int            `json:"pair,omitzero"`
	Labels map[string]string `json:"labels,omitempty"`
	ByNum  map[int]bool      `json:"byNum,omitempty"`
	ByDay  map[day]int       `json:"byDay,omitempty"`
	When   day               `json:"when,omitzero"`
	At     time.Time         `json:"at,omitzero"`
	Next   *record           `json:"next,omitempty"`
	Extra  any               `json:"extra,omitempty"`
	Raw    json.RawMessage   `json:"raw,omitempty"`
	Blob   []byte            `json:"blob,omitempty"`
	Quoted int               `json:"quoted,string,omitempty"`
	Note
	Skipped string `json:"-"`
	//lint:ignore U1000 an unexported field, which the decoder must leave alone
	hidden int
}
