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
	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/liftoff-app/liftoff/planner"
)

// decodeCache keeps values decoded from the database together with the
// bytes they were decoded from, so that a value read again is decoded
// only when its bytes changed. It needs no invalidation: an entry whose
// bytes differ from the stored ones is never used. The handle holds the
// file's lock, so no other program changes the file behind it.
type decodeCache[T any] struct {
	mu      sync.Mutex
	entries map[string]cacheEntry[T]
}

type cacheEntry[T any] struct {
	raw []byte
	val T
}

// get returns the value cached under key if it was decoded from raw.
func (c *decodeCache[T]) get(key, raw []byte) (T, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[string(key)]
	if !ok || !bytes.Equal(e.raw, raw) {
		var zero T
		return zero, false
	}
	return e.val, true
}

// put caches v as decoded from raw under key.
func (c *decodeCache[T]) put(key, raw []byte, v T) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil {
		c.entries = map[string]cacheEntry[T]{}
	}
	c.entries[string(key)] = cacheEntry[T]{raw: bytes.Clone(raw), val: v}
}

// keepOnly drops the entries whose keys are not in keep, once more than
// slack entries are not.
func (c *decodeCache[T]) keepOnly(keep map[string]bool, slack int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.entries) <= len(keep)+slack {
		return
	}
	for k := range c.entries {
		if !keep[k] {
			delete(c.entries, k)
		}
	}
}

// decodeCached returns the value decode gives for raw, from cache when it
// was decoded before.
func decodeCached[T any](c *decodeCache[T], key, raw []byte, what string, decode func([]byte) (T, error)) (T, error) {
	if v, ok := c.get(key, raw); ok {
		return v, nil
	}
	v, err := decode(raw)
	if err != nil {
		return v, fmt.Errorf("decode stored %s: %w", what, err)
	}
	c.put(key, raw, v)
	return v, nil
}

// decodeJSON returns the value of type T raw holds as JSON.
func decodeJSON[T any](raw []byte) (T, error) {
	var v T
	err := json.Unmarshal(raw, &v)
	return v, err
}

// caches are the decode caches of a DB handle.
type caches struct {
	customers  decodeCache[sortedCustomer]
	summaries  decodeCache[accountSummary]
	activities decodeCache[planner.Activity]
	// accounts is what Accounts decoded last.
	accounts lastAccounts
}

// sortedCustomer is a decoded customer with the collation key of its
// name.
type sortedCustomer struct {
	customer planner.Customer
	key      []byte
}

// newNameCollator returns the collation that sorts customer names the way
// people read them: case and accents ignored.
func newNameCollator() *collate.Collator {
	return collate.New(language.Und, collate.Loose)
}

// allCustomers returns every customer sorted by name (case and accents
// ignored), then by ID. The values are copies the caller may change.
// Customers not decoded before are decoded on every processor at once:
// the first listing after Open decodes them all.
func (db *DB) allCustomers(tx *bolt.Tx) ([]planner.Customer, error) {
	var (
		list    []sortedCustomer
		misses  []int // positions in list still to decode
		raws    [][]byte
		keys    [][]byte
		seen    = map[string]bool{}
		entries = &db.cache.customers
	)
	err := recordsOf(tx, bucketCustomers).ForEach(func(k, v []byte) error {
		seen[string(k)] = true
		sc, ok := entries.get(k, v)
		if !ok {
			misses = append(misses, len(list))
		}
		list = append(list, sc)
		keys, raws = append(keys, k), append(raws, v)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := decodeCustomers(list, misses, keys, raws); err != nil {
		return nil, err
	}
	for _, i := range misses {
		entries.put(keys[i], raws[i], list[i])
	}
	entries.keepOnly(seen, 0)
	slices.SortFunc(list, func(a, b sortedCustomer) int {
		if c := bytes.Compare(a.key, b.key); c != 0 {
			return c
		}
		return bytes.Compare(a.customer.ID[:], b.customer.ID[:])
	})
	out := make([]planner.Customer, len(list))
	for i, sc := range list {
		out[i] = sc.customer.Clone()
	}
	return out, nil
}

// decodeCustomers decodes list[i] from raws[i] for every i in misses,
// spread over the processors when there are many.
func decodeCustomers(list []sortedCustomer, misses []int, keys, raws [][]byte) error {
	workers := min(runtime.GOMAXPROCS(0), len(misses)/64+1)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			coll := newNameCollator() // a Collator is not safe for concurrent use
			var buf collate.Buffer
			for n := w; n < len(misses); n += workers {
				i := misses[n]
				sc := &list[i]
				c, err := decodeCustomer(raws[i])
				if err != nil {
					errs[w] = fmt.Errorf("decode stored customer %s: %w", idFromKey(keys[i], 0), err)
					return
				}
				sc.customer = c
				sc.key = bytes.Clone(coll.KeyFromString(&buf, sc.customer.Name))
				buf.Reset()
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}
