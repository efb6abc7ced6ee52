package storage

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"runtime/debug"

	bolt "go.etcd.io/bbolt"

	"github.com/liftoff-app/liftoff/planner"
)

// Every value Liftoff stores (schema version 4) ends in a seal: the
// CRC-32C of its bucket's name, its key and the value, so that a changed
// byte in a record, or a record filed under another key, is noticed on
// the next read of it. The meta bucket also keeps the content sum
// (metaContentKey): how many sealed records the file holds and the sum
// of their hashes, kept up to date by every write transaction. The full
// check recomputes it, so that a record that vanished (a damaged page
// that lost an element) or appeared is noticed too; a seal alone cannot
// see what is no longer there.
//
// Two meta values are not sealed: the schema version, which older
// Liftoffs must read to refuse a newer file, and the content sum itself,
// which has a seal of its own and is not part of the sum. A single
// changed bit of the schema version can give another valid version ("6"
// becomes "7", "4" or "2"), which would read as a file of a newer
// Liftoff, or be migrated as an older one. So the version is kept a
// second time, sealed, under metaSchemaSealedKey: readSchemaVersion
// reports a file whose two versions differ, or whose sealed one is
// damaged, as damaged. Every Liftoff that writes the schema version
// writes the sealed copy in the same transaction. Files of schema
// version 4 to 6 written before the copy existed get it with their next
// change (txn.saveSum); until then the unsealed version is all there is.

// sealSize is the length of the seal at the end of every stored value.
const sealSize = 4

// castagnoli is the CRC-32C table; the processor computes it directly on
// the platforms Liftoff ships for.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// recordCRC returns the checksum of value stored under key in bucket.
func recordCRC(bucket, key, value []byte) uint32 {
	var n [5]byte
	binary.LittleEndian.PutUint32(n[1:], uint32(len(key)))
	c := crc32.Update(0, castagnoli, bucket)
	c = crc32.Update(c, castagnoli, n[:])
	c = crc32.Update(c, castagnoli, key)
	return crc32.Update(c, castagnoli, value)
}

// seal returns value with its seal appended.
func seal(bucket, key, value []byte) []byte {
	out := make([]byte, len(value), len(value)+sealSize)
	copy(out, value)
	return binary.LittleEndian.AppendUint32(out, recordCRC(bucket, key, value))
}

// unseal returns the value of a stored record without its seal, and false
// when the seal does not match.
func unseal(bucket, key, stored []byte) ([]byte, bool) {
	if len(stored) < sealSize {
		return nil, false
	}
	value := stored[:len(stored)-sealSize]
	if binary.LittleEndian.Uint32(stored[len(value):]) != recordCRC(bucket, key, value) {
		return nil, false
	}
	return value, true
}

// recordHash is what a sealed record adds to the content sum: its seal,
// spread over 64 bits.
func recordHash(stored []byte) uint64 {
	x := uint64(binary.LittleEndian.Uint32(stored[len(stored)-sealSize:])) + 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// contentSum is the number of sealed records of a file and the sum of
// their recordHash, or the change a transaction makes to them.
type contentSum struct {
	Records uint64
	Sum     uint64
}

func (s *contentSum) add(stored []byte) {
	s.Records++
	s.Sum += recordHash(stored)
}

func (s *contentSum) remove(stored []byte) {
	s.Records--
	s.Sum -= recordHash(stored)
}

func (s contentSum) plus(d contentSum) contentSum {
	return contentSum{Records: s.Records + d.Records, Sum: s.Sum + d.Sum}
}

func (s contentSum) encode() []byte {
	b := binary.BigEndian.AppendUint64(nil, s.Records)
	return binary.BigEndian.AppendUint64(b, s.Sum)
}

// unsealedMeta reports whether key of the meta bucket is stored without a
// seal and outside the content sum.
func unsealedMeta(bucket, key []byte) bool {
	return string(bucket) == string(bucketMeta) &&
		(string(key) == string(metaSchemaKey) || string(key) == string(metaContentKey))
}

// readContentSum returns the content sum the meta bucket records.
func readContentSum(tx *bolt.Tx) (contentSum, error) {
	raw := tx.Bucket(bucketMeta).Get(metaContentKey)
	if raw == nil {
		return contentSum{}, errors.New("its record count is missing")
	}
	v, ok := unseal(bucketMeta, metaContentKey, raw)
	if !ok || len(v) != 16 {
		return contentSum{}, errors.New("its record count does not match its checksum")
	}
	return contentSum{Records: binary.BigEndian.Uint64(v), Sum: binary.BigEndian.Uint64(v[8:])}, nil
}

func writeContentSum(tx *bolt.Tx, s contentSum) error {
	if err := tx.Bucket(bucketMeta).Put(metaContentKey, seal(bucketMeta, metaContentKey, s.encode())); err != nil {
		return fmt.Errorf("record the number of records: %w", err)
	}
	return nil
}

// damagedRecord is the panic value of a read that found a record whose
// seal does not match: the file is damaged. The read and write
// transactions of DB recover it and stop using the file (see DB.failed).
type damagedRecord struct {
	bucket string
	key    []byte
}

func (d *damagedRecord) Error() string {
	if d.key == nil {
		return fmt.Sprintf("its %s bucket is missing", d.bucket)
	}
	return fmt.Sprintf("a record of %s (key %x) does not match its checksum", d.bucket, d.key)
}

// records is a bucket whose values are sealed: Get and the cursor return
// values without their seal and stop (panic with *damagedRecord) at one
// that does not match; Put and Delete keep the seal and the content sum.
// sum is nil in a read transaction.
type records struct {
	b    *bolt.Bucket
	name []byte
	sum  *contentSum
}

// recordsOf returns the bucket name of tx for reading.
func recordsOf(tx *bolt.Tx, name []byte) records {
	b := tx.Bucket(name)
	if b == nil {
		panic(&damagedRecord{bucket: string(name), key: nil})
	}
	return records{b: b, name: name}
}

// open returns the value of a stored record without its seal.
func (r records) open(key, stored []byte) []byte {
	if stored == nil {
		return nil
	}
	v, ok := unseal(r.name, key, stored)
	if !ok {
		panic(&damagedRecord{bucket: string(r.name), key: append([]byte(nil), key...)})
	}
	return v
}

// Get returns the value under key, or nil.
func (r records) Get(key []byte) []byte { return r.open(key, r.b.Get(key)) }

// Put stores value under key.
func (r records) Put(key, value []byte) error {
	if r.sum == nil {
		return fmt.Errorf("write to %s outside a write transaction", r.name)
	}
	if old := r.b.Get(key); old != nil {
		r.open(key, old) // a damaged record is never written over
		r.sum.remove(old)
	}
	stored := seal(r.name, key, value)
	if err := r.b.Put(key, stored); err != nil {
		return err
	}
	r.sum.add(stored)
	return nil
}

// Delete removes the record under key, if any.
func (r records) Delete(key []byte) error {
	if r.sum == nil {
		return fmt.Errorf("delete from %s outside a write transaction", r.name)
	}
	old := r.b.Get(key)
	if old == nil {
		return nil
	}
	r.open(key, old)
	if err := r.b.Delete(key); err != nil {
		return err
	}
	r.sum.remove(old)
	return nil
}

// ForEach calls fn for every record in key order.
func (r records) ForEach(fn func(k, v []byte) error) error {
	c := r.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if err := fn(k, v); err != nil {
			return err
		}
	}
	return nil
}

// Cursor returns a cursor over the records.
func (r records) Cursor() recordCursor { return recordCursor{c: r.b.Cursor(), r: r} }

// recordCursor is a bolt cursor that returns values without their seal.
type recordCursor struct {
	c *bolt.Cursor
	r records
}

func (c recordCursor) opened(k, v []byte) ([]byte, []byte) {
	if k == nil {
		return nil, nil
	}
	return k, c.r.open(k, v)
}

// First moves to the first record.
func (c recordCursor) First() ([]byte, []byte) { return c.opened(c.c.First()) }

// Next moves to the next record.
func (c recordCursor) Next() ([]byte, []byte) { return c.opened(c.c.Next()) }

// Seek moves to the first record whose key is at least seek.
func (c recordCursor) Seek(seek []byte) ([]byte, []byte) { return c.opened(c.c.Seek(seek)) }

// checkBatch is how many records a check reads between looks at its
// context.
const checkBatch = 1024

// verifyRecords checks the seal of every record of the file and the
// content sum, returning how many records it verified. A file from before
// schema version 4 has no seals: it reports 0 and no error.
func verifyRecords(ctx context.Context, tx *bolt.Tx) (verified uint64, err error) {
	version, err := readSchemaVersion(tx)
	if err != nil {
		return 0, err
	}
	if version < sealedSchema {
		return 0, nil
	}
	for _, name := range bucketsOfVersion(version) {
		if tx.Bucket(name) == nil {
			return 0, fmt.Errorf("its %s bucket is missing", name)
		}
	}
	var got contentSum
	seen := 0
	err = tx.ForEach(func(name []byte, b *bolt.Bucket) error {
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if seen++; seen%checkBatch == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			if unsealedMeta(name, k) {
				continue
			}
			if v == nil {
				return fmt.Errorf("bucket %s holds a bucket under key %x", name, k)
			}
			if _, ok := unseal(name, k, v); !ok {
				return &damagedRecord{bucket: string(name), key: append([]byte(nil), k...)}
			}
			got.add(v)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	want, err := readContentSum(tx)
	if err != nil {
		return 0, err
	}
	if got != want {
		if got.Records != want.Records {
			return 0, fmt.Errorf("it holds %d records where its last change left %d", got.Records, want.Records)
		}
		return 0, fmt.Errorf("its %d records are not the ones its last change left", got.Records)
	}
	return got.Records, nil
}

// sealAll seals every value of a file from before schema version 4 and
// records the content sum.
func sealAll(tx *bolt.Tx) error {
	var sum contentSum
	err := tx.ForEach(func(name []byte, b *bolt.Bucket) error {
		type kv struct{ k, v []byte }
		var all []kv
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if unsealedMeta(name, k) {
				continue
			}
			if v == nil {
				return fmt.Errorf("bucket %s holds a bucket under key %x", name, k)
			}
			all = append(all, kv{append([]byte(nil), k...), seal(name, k, v)})
		}
		for _, r := range all {
			if err := b.Put(r.k, r.v); err != nil {
				return fmt.Errorf("seal a record of %s: %w", name, err)
			}
			sum.add(r.v)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return writeContentSum(tx, sum)
}

// customerOf returns the customer a damaged record belongs to, when its
// key says.
func (d *damagedRecord) customerOf() (planner.ID, bool) {
	switch d.bucket {
	case string(bucketCustomers), string(bucketPlans), string(bucketSummaries),
		string(bucketEngagements), string(bucketActivities), string(bucketActivityFacts), string(bucketSeries),
		string(bucketCases), string(bucketRisks):
		if len(d.key) >= 16 {
			return idFromKey(d.key, 0), true
		}
	case string(bucketActivityDays):
		if len(d.key) >= 20 {
			return idFromKey(d.key, 4), true
		}
	}
	return planner.ID{}, false
}

// what names the record in words.
func (d *damagedRecord) what() string {
	switch d.bucket {
	case string(bucketCustomers):
		return "the customer record"
	case string(bucketPlans):
		return "the Mutual Action Plan"
	case string(bucketSummaries):
		return "the portfolio summary"
	case string(bucketEngagements):
		return "an engagement"
	case string(bucketActivities):
		return "an activity"
	case string(bucketActivityFacts), string(bucketActivityDays):
		return "the index of an activity"
	case string(bucketSeries):
		return "a recurring series"
	case string(bucketCases):
		return "a support case"
	case string(bucketRisks):
		return "a risk or issue"
	case string(bucketOwners):
		return "the index of a stored ID"
	case string(bucketSettings):
		return "the settings"
	case string(bucketMeta):
		return "the file's own description"
	}
	return "a record of " + d.bucket
}

// describeDamage says which record of which customer failed its seal, in
// words a user can act on: the customer's name when its own record is
// still sound.
func describeDamage(b *bolt.DB, d *damagedRecord) string {
	if d.key == nil {
		return fmt.Sprintf("its %s bucket is missing", d.bucket)
	}
	id, ok := d.customerOf()
	if !ok {
		return d.what() + " does not match its checksum: it was changed since Liftoff wrote it"
	}
	who := "customer " + id.String()
	if name := customerName(b, id); name != "" {
		who = fmt.Sprintf("customer %q", name)
	}
	return fmt.Sprintf("%s of %s does not match its checksum: it was changed since Liftoff wrote it", d.what(), who)
}

// customerName returns the name of customer id when its record is sound,
// else "".
func customerName(b *bolt.DB, id planner.ID) (name string) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if recover() != nil {
			name = ""
		}
	}()
	_ = b.View(func(tx *bolt.Tx) error {
		bucket := tx.Bucket(bucketCustomers)
		if bucket == nil {
			return nil
		}
		v, ok := unseal(bucketCustomers, id[:], bucket.Get(id[:]))
		if !ok {
			return nil
		}
		if c, err := decodeCustomer(v); err == nil {
			name = c.Name
		}
		return nil
	})
	return name
}
