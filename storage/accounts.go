package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"

	bolt "go.etcd.io/bbolt"

	"github.com/liftoff-app/liftoff/planner"
)

// Accounts returns the account of every customer, in Customers order,
// read in one consistent snapshot: what the quarter planner and the plan
// checks need, in one transaction instead of one per customer. Activities
// read by an earlier call and unchanged since are not decoded again; new
// or changed ones are decoded on every processor at once. The accounts
// returned are the caller's to change.
func (db *DB) Accounts() ([]planner.Account, error) {
	var out []planner.Account
	err := db.view(func(tx *bolt.Tx) error {
		customers, err := db.allCustomers(tx)
		if err != nil {
			return err
		}
		r := accountsReader{tx: tx, known: db.cache.accounts.current()}
		r.next = &accountsCache{
			activities:  make(map[planner.ID]*customerActivities, len(customers)),
			engagements: make(map[string]cacheEntry[planner.Engagement], len(r.known.engagements)),
			plans:       make(map[string]cacheEntry[planner.ActionPlan], len(customers)),
		}
		out = make([]planner.Account, len(customers))
		for i, c := range customers {
			if out[i], err = r.account(c); err != nil {
				return fmt.Errorf("customer %q: %w", c.Name, err)
			}
		}
		if err := r.decodeMisses(); err != nil {
			return err
		}
		for i := range out {
			out[i].Activities = slices.Clone(r.next.activities[out[i].Customer.ID].vals)
		}
		db.cache.accounts.replace(r.next)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read accounts: %w", err)
	}
	return out, nil
}

// customerActivities are one customer's activities as the latest Accounts
// call read them: the keys in key order, the bytes each was decoded from,
// and the values.
type customerActivities struct {
	keys, raws [][]byte
	vals       []planner.Activity
}

// accountsCache holds what the latest Accounts call decoded: the
// activities by customer, the engagements by key and the plans by
// customer. Each call builds the cache anew from what it met, so that
// removed customers and records leave it without a separate sweep.
type accountsCache struct {
	activities  map[planner.ID]*customerActivities
	engagements map[string]cacheEntry[planner.Engagement]
	plans       map[string]cacheEntry[planner.ActionPlan]
}

// lastAccounts keeps the accountsCache of the latest Accounts call.
type lastAccounts struct {
	mu    sync.Mutex
	cache *accountsCache
}

// current returns the cache of the latest call, empty before the first;
// the caller only reads it.
func (l *lastAccounts) current() *accountsCache {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.cache == nil {
		return &accountsCache{}
	}
	return l.cache
}

// replace makes c the cache.
func (l *lastAccounts) replace(c *accountsCache) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.cache = c
}

// accountsReader reads accounts within one read transaction, taking the
// activities from the cache where their bytes are unchanged.
type accountsReader struct {
	tx *bolt.Tx
	// known is the cache of the previous call; next the one being built.
	known, next *accountsCache
	// misses are the activities still to decode.
	misses []activityMiss
}

// activityMiss is an activity to decode: the customer's cache entry and
// its place there.
type activityMiss struct {
	list  *customerActivities
	index int
}

// account reads the account of c but its activities, which it lists in
// r.next (see activities).
func (r *accountsReader) account(c planner.Customer) (planner.Account, error) {
	acc := planner.Account{Customer: c}
	var err error
	if acc.Engagements, err = r.engagements(c.ID); err != nil {
		return planner.Account{}, err
	}
	if raw := recordsOf(r.tx, bucketPlans).Get(c.ID[:]); raw != nil {
		if acc.Plan, err = cachedValue(r.known.plans, r.next.plans, c.ID[:], raw, "action plan", planner.ActionPlan.Clone); err != nil {
			return planner.Account{}, err
		}
	}
	if acc.Series, err = loadSeries(r.tx, c.ID); err != nil {
		return planner.Account{}, err
	}
	if acc.Cases, err = loadCases(r.tx, c.ID); err != nil {
		return planner.Account{}, err
	}
	if acc.Risks, err = loadRisks(r.tx, c.ID); err != nil {
		return planner.Account{}, err
	}
	if err := r.activities(c.ID); err != nil {
		return planner.Account{}, err
	}
	return acc, nil
}

// engagements returns a customer's engagements in ID order, from the
// cache where their bytes are unchanged.
func (r *accountsReader) engagements(customer planner.ID) ([]planner.Engagement, error) {
	var out []planner.Engagement
	c := recordsOf(r.tx, bucketEngagements).Cursor()
	for k, v := c.Seek(customer[:]); k != nil && bytes.HasPrefix(k, customer[:]); k, v = c.Next() {
		e, err := r.cachedEngagement(k, v)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

func (r *accountsReader) cachedEngagement(key, raw []byte) (planner.Engagement, error) {
	e, err := cachedValue(r.known.engagements, r.next.engagements, key, raw, "engagement", planner.Engagement.Clone)
	if err != nil {
		return planner.Engagement{}, fmt.Errorf("engagement %s: %w", idFromKey(key, 16), err)
	}
	return e, nil
}

// cachedValue returns a copy, made with clone, of the value raw decodes
// to: from known when it was decoded from the same bytes, else decoded.
// It keeps the value in next.
func cachedValue[T any](known, next map[string]cacheEntry[T], key, raw []byte, what string, clone func(T) T) (T, error) {
	e, ok := known[string(key)]
	if !ok || !bytes.Equal(e.raw, raw) {
		e = cacheEntry[T]{raw: bytes.Clone(raw)}
		if err := json.Unmarshal(raw, &e.val); err != nil {
			var zero T
			return zero, fmt.Errorf("decode stored %s: %w", what, err)
		}
	}
	next[string(key)] = e
	return clone(e.val), nil
}

// activities lists the activities of customer in r.next: from the cache
// where their key and bytes are unchanged, else left to decodeMisses.
func (r *accountsReader) activities(customer planner.ID) error {
	old := r.known.activities[customer]
	if old == nil {
		old = &customerActivities{}
	} else if r.unchanged(customer, old) {
		r.next.activities[customer] = old
		return nil
	}
	list := &customerActivities{
		keys: make([][]byte, 0, len(old.keys)),
		raws: make([][]byte, 0, len(old.raws)),
		vals: make([]planner.Activity, 0, len(old.vals)),
	}
	// Both the cursor and the cache go in key order: walk them together.
	j := 0
	cur := recordsOf(r.tx, bucketActivities).Cursor()
	for k, v := cur.Seek(customer[:]); k != nil && bytes.HasPrefix(k, customer[:]); k, v = cur.Next() {
		for j < len(old.keys) && bytes.Compare(old.keys[j], k) < 0 {
			j++
		}
		if j < len(old.keys) && bytes.Equal(old.keys[j], k) && bytes.Equal(old.raws[j], v) {
			list.keys = append(list.keys, old.keys[j])
			list.raws = append(list.raws, old.raws[j])
			list.vals = append(list.vals, old.vals[j])
			continue
		}
		r.misses = append(r.misses, activityMiss{list: list, index: len(list.vals)})
		list.keys = append(list.keys, bytes.Clone(k))
		list.raws = append(list.raws, bytes.Clone(v))
		list.vals = append(list.vals, planner.Activity{})
	}
	r.next.activities[customer] = list
	return nil
}

// unchanged reports whether the activities of customer are stored exactly
// as old holds them.
func (r *accountsReader) unchanged(customer planner.ID, old *customerActivities) bool {
	i := 0
	cur := recordsOf(r.tx, bucketActivities).Cursor()
	for k, v := cur.Seek(customer[:]); k != nil && bytes.HasPrefix(k, customer[:]); k, v = cur.Next() {
		if i >= len(old.keys) || !bytes.Equal(old.keys[i], k) || !bytes.Equal(old.raws[i], v) {
			return false
		}
		i++
	}
	return i == len(old.keys)
}

// decodeMisses decodes the activities not found in the cache, spread over
// the processors when there are many.
func (r *accountsReader) decodeMisses() error {
	workers := min(runtime.GOMAXPROCS(0), len(r.misses)/256+1)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := w; n < len(r.misses); n += workers {
				m := r.misses[n]
				if err := json.Unmarshal(m.list.raws[m.index], &m.list.vals[m.index]); err != nil {
					errs[w] = fmt.Errorf("decode stored activity %s: %w", idFromKey(m.list.keys[m.index], 20), err)
					return
				}
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}
