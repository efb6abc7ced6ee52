package storage

import (
	"fmt"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// summaryRecordFormat is the first byte of a stored summary: then the
// engagement, the phase, whether there is a plan, and the actions (each
// due day, side and status), encoded as customer records are.
const summaryRecordFormat byte = 1

func encodeSummary(s accountSummary) []byte {
	w := recordWriter{b: make([]byte, 0, 32+16*len(s.Actions))}
	w.b = append(w.b, summaryRecordFormat)
	w.string(s.Engagement)
	w.string(string(s.Phase))
	w.bool(s.HasPlan)
	w.count(len(s.Actions) == 0, len(s.Actions))
	for _, a := range s.Actions {
		w.date(a.Due)
		w.string(string(a.Side))
		w.string(string(a.Status))
	}
	return w.b
}

func decodeSummary(b []byte) (accountSummary, error) {
	r := recordReader{b: b}
	var s accountSummary
	if format := r.byte("record format"); r.err == nil && format != summaryRecordFormat {
		return s, fmt.Errorf("summary record in format %d, this program reads format %d", format, summaryRecordFormat)
	}
	s.Engagement = r.string("engagement")
	s.Phase = catalog.PhaseID(r.string("phase"))
	s.HasPlan = r.bool("has plan")
	if n, ok := r.count("actions"); ok && n > 0 { // no actions is nil
		s.Actions = make([]summaryAction, n)
		for i := range s.Actions {
			a := &s.Actions[i]
			a.Due = r.date("action due")
			a.Side = planner.Side(r.string("action side"))
			a.Status = planner.Status(r.string("action status"))
		}
	}
	if err := r.end(); err != nil {
		return accountSummary{}, err
	}
	return s, nil
}
