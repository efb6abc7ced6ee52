package storage

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"
)

// SchemaVersion is the version of the data layout this program writes.
// Version 2 added the series bucket, the rules of recurring activities,
// and requires a name and a frequency of every meeting; version 3 stores
// customers as binary records instead of JSON; version 4 seals every
// record with a checksum and keeps the content sum (sealed.go); version 5
// keeps a delivered activity's actual day and hours apart from its
// planned day and hours, and files a requested activity's facts with
// their own status code; version 6 adds the buckets of support cases
// (with their follow-up reminder marks) and of risks and issues.
const SchemaVersion = 6

// sealedSchema is the first schema version whose records are sealed.
const sealedSchema = 4

// migration moves a database from schema version to-1 to version to.
type migration struct {
	to   int
	name string
	run  func(t *txn) error
}

// schemaDef is a schema version with the migrations that reach it from
// older versions, oldest first. Open uses currentSchema; tests use others.
type schemaDef struct {
	version    int
	create     func(tx *bolt.Tx) error
	migrations []migration
}

// currentSchema is the layout of this program with the migrations from
// every older version. A change of layout adds SchemaVersion+1 and a
// migration{to: SchemaVersion+1, ...} here; the migrations run in order,
// all in the one transaction that records the new version number, so
// that a file is either migrated completely or left as it was.
func currentSchema() schemaDef {
	return schemaDef{version: SchemaVersion, create: createBuckets, migrations: []migration{
		{to: 2, name: "keep the rules of recurring activities and the frequency of every meeting", run: migrateToVersion2},
		{to: 3, name: "store customers as binary records", run: migrateToVersion3},
		{to: 4, name: "seal every record with a checksum", run: func(*txn) error { return nil }},
		{to: 5, name: "record the actual day and hours of every delivered activity, and move the assessments' use cases to the objectives", run: func(t *txn) error {
			if err := migrateToVersion5(t); err != nil {
				return err
			}
			return migrateUseCases(t)
		}},
		{to: 6, name: "keep support cases and risks", run: migrateToVersion6},
	}}
}

func createBuckets(tx *bolt.Tx) error {
	for _, name := range allBuckets {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("create bucket %s: %w", name, err)
		}
	}
	return nil
}

// migrateToVersion6 adds the empty buckets of support cases and risks:
// a file of an older version holds none of either.
func migrateToVersion6(t *txn) error {
	for _, name := range [][]byte{bucketCases, bucketRisks} {
		if _, err := t.tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("create bucket %s: %w", name, err)
		}
	}
	return nil
}

// programVersion names this program in the meta bucket.
func programVersion() string {
	v := "(devel)"
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		v = info.Main.Version
	}
	return "Liftoff " + v
}

// initSchema writes a new database's buckets and meta values.
func initSchema(tx *bolt.Tx, s schemaDef, now time.Time) error {
	meta, err := tx.CreateBucketIfNotExists(bucketMeta)
	if err != nil {
		return fmt.Errorf("create meta bucket: %w", err)
	}
	if err := s.create(tx); err != nil {
		return err
	}
	if s.version >= sealedSchema {
		if err := writeContentSum(tx, contentSum{}); err != nil {
			return err
		}
	}
	t := newTxn(tx)
	if err := writeSchemaVersion(t, s.version); err != nil {
		return err
	}
	if s.version < sealedSchema {
		// An older layout, made by tests of the migrations.
		for k, v := range map[string]string{
			string(metaCreatedKey):   now.UTC().Format(time.RFC3339),
			string(metaCreatedByKey): programVersion(),
			string(metaWrittenByKey): programVersion(),
		} {
			if err := meta.Put([]byte(k), []byte(v)); err != nil {
				return fmt.Errorf("write meta %s: %w", k, err)
			}
		}
		return nil
	}
	for k, v := range map[string]string{
		string(metaCreatedKey):   now.UTC().Format(time.RFC3339),
		string(metaCreatedByKey): programVersion(),
		string(metaWrittenByKey): programVersion(),
	} {
		if err := t.bucket(bucketMeta).Put([]byte(k), []byte(v)); err != nil {
			return fmt.Errorf("write meta %s: %w", k, err)
		}
	}
	return t.saveSum()
}

// readSchemaVersion returns the schema version of a database, or an error
// saying why it is not a Liftoff database.
func readSchemaVersion(tx *bolt.Tx) (int, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return 0, fmt.Errorf("it is a bbolt file but not a Liftoff database (it has no %q bucket)", bucketMeta)
	}
	raw := meta.Get(metaSchemaKey)
	v, err := strconv.Atoi(string(raw))
	if err != nil || v < 1 {
		return 0, fmt.Errorf("its schema version %q is not a version number", raw)
	}
	sealed := meta.Get(metaSchemaSealedKey)
	if sealed == nil {
		return v, nil // written before the sealed copy existed
	}
	copyRaw, ok := unseal(bucketMeta, metaSchemaSealedKey, sealed)
	if !ok {
		return 0, errors.New("the sealed copy of its schema version does not match its checksum")
	}
	if string(copyRaw) != string(raw) {
		return 0, fmt.Errorf("its schema version reads %q but the sealed copy says %q: the version was damaged", raw, copyRaw)
	}
	return v, nil
}

// writeSchemaVersion records version in the meta bucket of t: unsealed,
// for every Liftoff to read, and, for a layout with sealed records
// (sealedSchema on), sealed too (see sealed.go).
func writeSchemaVersion(t *txn, version int) error {
	v := []byte(strconv.Itoa(version))
	if err := t.tx.Bucket(bucketMeta).Put(metaSchemaKey, v); err != nil {
		return fmt.Errorf("record schema version %d: %w", version, err)
	}
	if version < sealedSchema {
		return nil
	}
	if err := t.bucket(bucketMeta).Put(metaSchemaSealedKey, v); err != nil {
		return fmt.Errorf("record schema version %d: %w", version, err)
	}
	return nil
}

// migrate runs the migrations from version from to s.version in tx and
// records the new version. A file from before sealedSchema has its
// records sealed first, so that every migration reads and writes sealed
// records.
func migrate(tx *bolt.Tx, s schemaDef, from int) error {
	if from < sealedSchema && s.version >= sealedSchema {
		if err := sealAll(tx); err != nil {
			return fmt.Errorf("migrate schema to version %d (seal every record with a checksum): %w", sealedSchema, err)
		}
	}
	t := newTxn(tx)
	steps := map[int]migration{}
	for _, m := range s.migrations {
		steps[m.to] = m
	}
	for v := from + 1; v <= s.version; v++ {
		m, ok := steps[v]
		if !ok {
			return fmt.Errorf("migrate schema from version %d: no migration to version %d", from, v)
		}
		if err := m.run(t); err != nil {
			return fmt.Errorf("migrate schema to version %d (%s): %w", m.to, m.name, err)
		}
	}
	if err := writeSchemaVersion(t, s.version); err != nil {
		return err
	}
	if s.version >= sealedSchema {
		if err := t.bucket(bucketMeta).Put(metaWrittenByKey, []byte(programVersion())); err != nil {
			return fmt.Errorf("record program version: %w", err)
		}
		return t.saveSum()
	}
	if err := tx.Bucket(bucketMeta).Put(metaWrittenByKey, []byte(programVersion())); err != nil {
		return fmt.Errorf("record program version: %w", err)
	}
	return nil
}
