package strictjson

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// maxEscapedLength is the most bytes one character takes in a JSON
// string: a surrogate pair of \u escapes.
const maxEscapedLength = 12

// limitState is what a decoder knows of Options.Limits.
type limitState struct {
	totals  []int                  // entries counted so far, for each limit in total
	lists   map[string]*listLimits // by the path of a list with [] for indexes
	pattern []byte                 // a reused buffer for such a path
}

// listLimits are the limits that hold for one list or map: indexes into
// Options.Limits.
type listLimits struct {
	alone  int // the limit of the list alone, or -1
	totals []int
}

// listLimitsHere returns the limits of the list or map at the current
// path, or nil when there are none.
func (d *decoder) listLimitsHere() *listLimits {
	ls := d.limits
	if ls == nil {
		return nil
	}
	ls.pattern = d.appendPath(ls.pattern[:0], true)
	if l, ok := ls.lists[string(ls.pattern)]; ok {
		return l
	}
	path := string(ls.pattern)
	l := &listLimits{alone: -1}
	star := -1
	for i, lim := range d.opts.Limits {
		switch {
		case lim.InTotal && (lim.Path == path || lim.Path == "*"):
			l.totals = append(l.totals, i)
		case lim.InTotal:
		case lim.Path == path && l.alone < 0:
			l.alone = i
		case lim.Path == "*" && star < 0:
			star = i
		}
	}
	if l.alone < 0 {
		l.alone = star
	}
	if l.alone < 0 && len(l.totals) == 0 {
		l = nil
	}
	ls.lists[path] = l
	return l
}

// countEntry counts entry i (from 0) of a list or map held to l, whose
// path is the current one but for its last element, and returns a
// *LimitError when it is one too many.
func (d *decoder) countEntry(l *listLimits, i int) error {
	if l == nil {
		return nil
	}
	if l.alone >= 0 && i >= d.opts.Limits[l.alone].Max {
		return d.limitError(l.alone)
	}
	for _, t := range l.totals {
		d.limits.totals[t]++
		if d.limits.totals[t] > d.opts.Limits[t].Max {
			return d.limitError(t)
		}
	}
	return nil
}

// limitError returns the error for passing limit i with an entry of the
// list or map at the current path but for its last element.
func (d *decoder) limitError(i int) error {
	lim := d.opts.Limits[i]
	msg := lim.Message
	if msg == "" {
		msg = "more than " + Thousands(lim.Max) + " entries"
	}
	last := len(d.path) - 1
	outer := d.path[:last:last]
	saved := d.path
	d.path = outer
	path := d.renderPath()
	d.path = saved
	return &LimitError{Path: path, Message: msg}
}

// checkLength returns a *LimitError when raw, the content of a string as
// written, holds more than Options.MaxStringLength characters.
func (d *decoder) checkLength(raw []byte) error {
	most := d.opts.MaxStringLength
	if most <= 0 || len(raw) <= most {
		return nil
	}
	n := 0
	if bytes.IndexByte(raw, '\\') >= 0 {
		n = utf8.RuneCount(unescape(raw))
	} else {
		n = utf8.RuneCount(raw)
	}
	if n <= most {
		return nil
	}
	return d.stringTooLong()
}

// stringTooLong returns the error for a string longer than
// Options.MaxStringLength characters at the current path.
func (d *decoder) stringTooLong() error {
	return &LimitError{Path: d.renderPath(), Message: fmt.Sprintf("the text is longer than %s characters", Thousands(d.opts.MaxStringLength))}
}

// Thousands writes n as the messages of limits do, with a comma between
// groups of three digits: 10,000.
func Thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return s
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
