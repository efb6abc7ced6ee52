package storage

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"os"

	bolt "go.etcd.io/bbolt"
)

// The commit record is a small file beside the database (its name with
// ".commit" added) that the writer rewrites after every commit: the
// number of that commit (bbolt's transaction ID) and the content sum it
// left. bbolt keeps two meta pages and falls back to the older one when
// the newer is damaged, which silently takes the file back to the commit
// before; so does putting an older copy of the file in place by hand. At
// the next Open the file then holds an older commit than the record
// names, or the same commit with other content, and Open reports it
// (DB.RolledBack) instead of letting the next write make the loss
// permanent.
//
// The record also keeps a copy of the meta page of that commit: when the
// newest meta page is the one lost, putting the copy back brings the lost
// commit back whole, as bbolt never reuses the pages of the newest commit
// (RepairLastChange).
//
// The record is written after the database's own commit is durable, in
// place (it is 124 bytes, within one disk sector) and not synced: a crash
// can only leave it naming an older commit than the file holds, which is
// never mistaken for a roll-back, or torn, which its own checksum shows.
// A record that cannot be read is treated as absent.

// commitSuffix is added to the database's name for its commit record.
const commitSuffix = ".commit"

// commitMagic starts a commit record.
var commitMagic = []byte("LIFTOFF-COMMIT\x00\x02")

// metaCopySize is how much of its meta page the commit record keeps: the
// page header and the meta, all bbolt reads of the page.
const metaCopySize = boltPageHeaderSize + boltMetaSize

// commitRecord is what the commit record holds: the number of the last
// commit, its content sum, and a copy of the meta page it wrote (zero
// when it could not be read), with which a lost meta page can be put
// back (RepairLastChange).
type commitRecord struct {
	TxID    uint64
	Content contentSum
	Meta    [metaCopySize]byte
}

func commitPath(dbPath string) string { return dbPath + commitSuffix }

func (r commitRecord) encode() []byte {
	b := append([]byte(nil), commitMagic...)
	b = binary.BigEndian.AppendUint64(b, r.TxID)
	b = append(b, r.Content.encode()...)
	b = append(b, r.Meta[:]...)
	return binary.BigEndian.AppendUint32(b, crc32.Checksum(b, castagnoli))
}

func decodeCommitRecord(b []byte) (commitRecord, bool) {
	n := len(commitMagic)
	if len(b) != n+8+16+metaCopySize+4 || !bytes.Equal(b[:n], commitMagic) ||
		binary.BigEndian.Uint32(b[len(b)-4:]) != crc32.Checksum(b[:len(b)-4], castagnoli) {
		return commitRecord{}, false
	}
	r := commitRecord{
		TxID:    binary.BigEndian.Uint64(b[n:]),
		Content: contentSum{Records: binary.BigEndian.Uint64(b[n+8:]), Sum: binary.BigEndian.Uint64(b[n+16:])},
	}
	copy(r.Meta[:], b[n+24:])
	return r, true
}

// metaOfCommit returns the meta the record keeps, when it is a valid
// meta of the record's commit.
func (r commitRecord) metaOfCommit() (boltMeta, bool) {
	m, ok := decodeMeta(r.Meta[:])
	return m, ok && m.valid() && m.txid == r.TxID
}

// readCommitRecord returns the commit record of the database at dbPath,
// and false when there is none that can be read.
func readCommitRecord(dbPath string) (commitRecord, bool) {
	b, err := os.ReadFile(commitPath(dbPath))
	if err != nil {
		return commitRecord{}, false
	}
	return decodeCommitRecord(b)
}

// openCommitRecord opens the commit record of the database at dbPath for
// writing, creating it when there is none.
func openCommitRecord(dbPath string) (*os.File, error) {
	f, err := os.OpenFile(commitPath(dbPath), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open commit record: %w", err)
	}
	return f, nil
}

// writeCommitRecord writes r over the commit record f. Every record has
// the same length, so the write replaces the whole of it.
func writeCommitRecord(f *os.File, r commitRecord) error {
	b := r.encode()
	if _, err := f.WriteAt(b, 0); err != nil {
		return fmt.Errorf("write commit record: %w", err)
	}
	if err := f.Truncate(int64(len(b))); err != nil {
		return fmt.Errorf("write commit record: %w", err)
	}
	return nil
}

// forgetCommitRecord removes the commit record of the database at dbPath,
// before the file is replaced by another (Restore, Compact, a new file).
func forgetCommitRecord(dbPath string) error {
	err := os.Remove(commitPath(dbPath))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("remove commit record: %w", err)
	}
	return nil
}

// lastCommit returns the commit a bbolt file holds: its transaction ID
// and content sum. A file from before schema version 4 has no content
// sum: ok is false.
func lastCommit(b *bolt.DB) (r commitRecord, ok bool, err error) {
	err = b.View(func(tx *bolt.Tx) error {
		v, err := readSchemaVersion(tx)
		if err != nil || v < sealedSchema {
			return err
		}
		r.TxID = uint64(tx.ID())
		r.Content, err = readContentSum(tx)
		ok = err == nil
		return err
	})
	return r, ok, err
}

// RolledBackError reports a database file that is older than the last
// change Liftoff saved to it: bbolt fell back to an older commit (a
// damaged meta page), or an older copy was put in its place. Reads show
// the older state; nothing is written until the user chooses: restore a
// backup (Restore), or keep the older state (DB.AcceptOlderState).
type RolledBackError struct {
	// Path is the database file.
	Path string
	// FileCommit is the number of the commit the file holds.
	FileCommit uint64
	// SavedCommit is the number of the last commit Liftoff saved.
	SavedCommit uint64
	// NewestBackup is the newest backup that passed a full check, or "".
	NewestBackup string
	// Repairable reports that the lost change can be brought back whole
	// (RepairLastChange): the newest meta page was lost and the commit
	// record keeps a copy of it.
	Repairable bool
}

// ErrRolledBack matches (with errors.Is) a *RolledBackError.
var ErrRolledBack = errors.New("the database is older than its last saved change")

// Error says what happened and the two ways on.
func (e *RolledBackError) Error() string {
	var what string
	switch {
	case e.FileCommit+1 == e.SavedCommit:
		what = fmt.Sprintf("it holds change %d, but change %d was saved after it and is missing", e.FileCommit, e.SavedCommit)
	case e.FileCommit < e.SavedCommit:
		what = fmt.Sprintf("it holds change %d, but changes up to %d were saved after it: the last %d saved changes are missing",
			e.FileCommit, e.SavedCommit, e.SavedCommit-e.FileCommit)
	default:
		what = fmt.Sprintf("its content is not what change %d saved", e.SavedCommit)
	}
	restore := "restore a backup with `liftoffctl restore FILE`"
	if e.NewestBackup != "" {
		restore = fmt.Sprintf("restore the newest backup with `liftoffctl restore %s`", e.NewestBackup)
	}
	if e.Repairable {
		restore = "bring the missing change back with `liftoffctl check --repair` (its meta page was lost, and a copy was kept), " + restore
	}
	return fmt.Sprintf("database %s is older than the last change Liftoff saved to it: %s; nothing is written to it until you "+
		"%s, or keep this older state with `liftoffctl check --accept-older`", e.Path, what, restore)
}

// Is reports whether target is ErrRolledBack.
func (e *RolledBackError) Is(target error) bool { return target == ErrRolledBack }

// compareCommit compares the file's commit with its commit record and
// returns the *RolledBackError when the file is older than the record;
// nil when it is the same commit or newer, or when either is unknown.
func (db *DB) compareCommit() (*RolledBackError, error) {
	saved, ok := readCommitRecord(db.path)
	if !ok {
		return nil, nil
	}
	file, known, err := lastCommit(db.bolt)
	if err != nil || !known {
		return nil, err
	}
	if file.TxID > saved.TxID || (file.TxID == saved.TxID && file.Content == saved.Content) {
		return nil, nil
	}
	e := &RolledBackError{Path: db.path, FileCommit: file.TxID, SavedCommit: saved.TxID, Repairable: canRepair(db.path, saved)}
	e.NewestBackup, _ = newestGoodBackup(db.opts.BackupDir, db.path)
	return e, nil
}

// recordCommit rewrites the commit record after a commit. It is best
// effort: a record that could not be written names an older commit,
// which only weakens the next Open's comparison.
func (db *DB) recordCommit() {
	if db.commitFile == nil {
		return
	}
	if r, ok, err := lastCommit(db.bolt); err == nil && ok {
		db.copyMeta(&r)
		_ = writeCommitRecord(db.commitFile, r)
	}
}

// copyMeta copies into r the meta page the commit r.TxID wrote, when it
// can be read.
func (db *DB) copyMeta(r *commitRecord) {
	f, err := os.Open(db.path)
	if err != nil {
		return
	}
	defer f.Close()
	pageSize := int64(db.bolt.Info().PageSize)
	var meta [metaCopySize]byte
	if _, err := f.ReadAt(meta[:], int64(r.TxID%2)*pageSize); err != nil {
		return
	}
	if m, ok := decodeMeta(meta[:]); ok && m.valid() && m.txid == r.TxID {
		r.Meta = meta
	}
}

// RolledBack returns the *RolledBackError Open found, or nil: the file is
// older than the last change Liftoff saved to it, and every write is
// refused until AcceptOlderState is called or a backup restored.
func (db *DB) RolledBack() *RolledBackError {
	db.mu.Lock()
	defer db.mu.Unlock()
	return db.rolledBack
}

// AcceptOlderState keeps the older state a rolled-back file holds (see
// RolledBack): it becomes the state Liftoff compares the next Open with,
// and writes are allowed again.
func (db *DB) AcceptOlderState() error {
	if db.opts.ReadOnly {
		return fmt.Errorf("database %s: %w", db.path, ErrReadOnly)
	}
	r, ok, err := lastCommit(db.bolt)
	if err != nil {
		return fmt.Errorf("database %s: %w", db.path, err)
	}
	if ok && db.commitFile != nil {
		db.copyMeta(&r)
		if err := writeCommitRecord(db.commitFile, r); err != nil {
			return fmt.Errorf("database %s: %w", db.path, err)
		}
	}
	db.mu.Lock()
	db.rolledBack = nil
	db.mu.Unlock()
	return nil
}
