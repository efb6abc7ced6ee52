package storage

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// Customers returns every customer, sorted by name the way people read
// it: ignoring case and accents ("Øresund" with the O's, "Łódź" with the
// L's), then by ID.
func (db *DB) Customers() ([]planner.Customer, error) {
	var out []planner.Customer
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		out, err = db.allCustomers(tx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list customers: %w", err)
	}
	return out, nil
}

// Customer returns the customer with id, or an error wrapping ErrNotFound.
func (db *DB) Customer(id planner.ID) (planner.Customer, error) {
	var c planner.Customer
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		c, err = loadCustomer(tx, id)
		return err
	})
	if err != nil {
		return planner.Customer{}, fmt.Errorf("read customer: %w", err)
	}
	return c, nil
}

// Account returns everything about customer id: the customer, its
// engagements (oldest first), its plan and its activities (by day), read
// in one consistent snapshot. An unknown ID gives an error wrapping
// ErrNotFound.
func (db *DB) Account(id planner.ID) (planner.Account, error) {
	var acc planner.Account
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		acc, err = loadAccount(tx, id)
		return err
	})
	if err != nil {
		return planner.Account{}, fmt.Errorf("read account: %w", err)
	}
	return acc, nil
}

// Activities returns the activities of every customer from day from to
// day to (both included), by day, then customer, then creation. It reads
// only those days, through the day index.
func (db *DB) Activities(from, to planner.Date) ([]planner.Activity, error) {
	var out []planner.Activity
	err := db.view(func(tx *bolt.Tx) error {
		days := recordsOf(tx, bucketActivityDays).Cursor()
		records := recordsOf(tx, bucketActivities)
		end := dayKey(to)
		for k, _ := days.Seek(dayKey(from)); k != nil && bytes.Compare(k[:4], end) <= 0; k, _ = days.Next() {
			if len(k) != 36 {
				return fmt.Errorf("day index key of %d bytes is malformed", len(k))
			}
			var a planner.Activity
			key := concat(k[4:20], k[:4], k[20:36])
			ok, err := getJSON(records, key, &a, "activity")
			if err != nil {
				return err
			}
			if !ok {
				return fmt.Errorf("the day index names activity %s, which is not stored", idFromKey(k, 20))
			}
			out = append(out, a)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list activities from %s to %s: %w", from, to, err)
	}
	return out, nil
}

// Settings returns the saved settings, or planner.DefaultSettings when
// none were saved.
func (db *DB) Settings() (planner.Settings, error) {
	s := planner.DefaultSettings()
	err := db.view(func(tx *bolt.Tx) error {
		saved := planner.DefaultSettings() // a field saved before it existed keeps its default
		ok, err := getJSON(recordsOf(tx, bucketSettings), settingsKey, &saved, "settings")
		if ok && err == nil {
			s = saved
		}
		return err
	})
	if err != nil {
		return planner.Settings{}, fmt.Errorf("read settings: %w", err)
	}
	return s, nil
}

// Portfolio returns one row per customer for the portfolio screen on
// today, in Customers order. It gives the same rows as planner.Summarize
// on each full account, but reads only the stored summaries of
// engagements and plans, the compact activity facts from the start of the
// contract year, and the one next activity.
func (db *DB) Portfolio(today planner.Date) ([]planner.PortfolioRow, error) {
	var rows []planner.PortfolioRow
	err := db.view(func(tx *bolt.Tx) error {
		customers, err := db.allCustomers(tx)
		if err != nil {
			return err
		}
		p := portfolioReader{
			db:        db,
			tx:        tx,
			facts:     recordsOf(tx, bucketActivityFacts).Cursor(),
			summaries: recordsOf(tx, bucketSummaries),
			records:   recordsOf(tx, bucketActivities),
			items:     countedItems(db.cat),
			today:     today,
			nextSeen:  map[string]bool{},
		}
		rows = make([]planner.PortfolioRow, 0, len(customers))
		for _, c := range customers {
			row, err := p.row(c)
			if err != nil {
				return fmt.Errorf("customer %q: %w", c.Name, err)
			}
			rows = append(rows, row)
		}
		db.cache.activities.keepOnly(p.nextSeen, len(customers))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("portfolio on %s: %w", today, err)
	}
	return rows, nil
}

// countedItems maps the ID of every catalog item that uses an allowance
// (accelerators and field activities) to the catalog's own copy of the ID,
// so that facts can be looked up without allocating.
func countedItems(cat *catalog.Catalog) map[string]string {
	out := map[string]string{}
	for _, it := range cat.Items() {
		if it.Kind == catalog.KindAccelerator || it.Kind == catalog.KindField {
			out[it.ID] = it.ID
		}
	}
	return out
}

// portfolioReader builds portfolio rows within one read transaction.
type portfolioReader struct {
	db        *DB
	tx        *bolt.Tx
	facts     recordCursor
	summaries records
	records   records
	items     map[string]string
	today     planner.Date
	nextSeen  map[string]bool
}

func (p *portfolioReader) row(c planner.Customer) (planner.PortfolioRow, error) {
	row := planner.PortfolioRow{Customer: c}
	if raw := p.summaries.Get(c.ID[:]); raw != nil {
		sum, err := decodeCached(&p.db.cache.summaries, c.ID[:], raw, "summary", decodeSummary)
		if err != nil {
			return row, err
		}
		row.Engagement, row.CurrentPhase = sum.Engagement, sum.Phase
		if sum.HasPlan {
			row.OverdueActions, row.DueSoonActions = planner.CountActions(sum.plan(), p.today)
		}
	}

	// One pass over the customer's facts from the start of the contract
	// year until the year is counted and the next activity found. Only
	// the facts that use an allowance become (small) activities for the
	// planner's counting rule.
	usage := planner.NewUsage(c.Contract, p.today)
	yearEnd := dayKey(usage.YearEnd)
	var next []byte
	for k, v := p.facts.Seek(concat(c.ID[:], dayKey(usage.YearStart))); k != nil && bytes.HasPrefix(k, c.ID[:]); k, v = p.facts.Next() {
		if next != nil && bytes.Compare(k[16:20], yearEnd) > 0 {
			break // past the year, and the next activity is known
		}
		f, err := readFacts(k, v)
		if err != nil {
			return row, err
		}
		if id, counted := p.items[string(f.item)]; counted {
			usage.Count(p.db.cat, planner.Activity{ItemID: id, Date: f.day, Status: f.status, Hours: f.hours})
		}
		if next == nil && planner.IsUpcoming(planner.Activity{Date: f.day, Status: f.status}, p.today) {
			next = bytes.Clone(k)
		}
	}
	row.Usage = usage
	if next != nil {
		raw := p.records.Get(next)
		if raw == nil {
			return row, fmt.Errorf("the activity facts name activity %s, which is not stored", idFromKey(next, 20))
		}
		a, err := decodeCached(&p.db.cache.activities, next, raw, "activity", decodeJSON[planner.Activity])
		if err != nil {
			return row, err
		}
		p.nextSeen[string(next)] = true
		row.NextActivity = &a
	}
	return row, nil
}
