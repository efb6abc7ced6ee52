package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// contentOf reads everything the database holds through every kind of
// read the program makes: the portfolio file (cursors over every bucket),
// each account by ID and every support case and risk by ID (point
// look-ups), the settings, the activities of the quarter view (the day
// index) and the portfolio rows (the facts and summaries). The first
// error ends it.
func contentOf(db *DB) ([]byte, error) {
	var buf bytes.Buffer
	if err := db.Export(&buf); err != nil {
		return nil, err
	}
	out := withoutExported(buf.Bytes())
	customers, err := db.Customers()
	if err != nil {
		return nil, err
	}
	for _, c := range customers {
		acc, err := db.Account(c.ID)
		if err != nil {
			return nil, err
		}
		out = appendJSON(out, acc)
		for _, sc := range acc.Cases {
			c, err := db.Case(sc.ID)
			if err != nil {
				return nil, err
			}
			out = appendJSON(out, c)
		}
		for _, rk := range acc.Risks {
			r, err := db.Risk(rk.ID)
			if err != nil {
				return nil, err
			}
			out = appendJSON(out, r)
		}
	}
	s, err := db.Settings()
	if err != nil {
		return nil, err
	}
	out = appendJSON(out, s)
	acts, err := db.Activities(planner.Date{Year: 2000, Month: 1, Day: 1}, planner.Date{Year: 2100, Month: 1, Day: 1})
	if err != nil {
		return nil, err
	}
	out = appendJSON(out, acts)
	rows, err := db.Portfolio(testToday)
	if err != nil {
		return nil, err
	}
	return appendJSON(out, rows), nil
}

// appendJSON appends v as JSON and a newline: values, not addresses.
func appendJSON(out []byte, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Appendf(out, "unencodable: %v\n", err)
	}
	return append(append(out, b...), '\n')
}

// TestEveryContentChangingBitFlipIsDetected flips single bits of the
// sample database, several in every page below the high-water mark (meta,
// free-list, branch, leaf and free pages), one flip per copy of the file.
// Each flipped copy is opened and read as the program does. Either the
// damage is detected (Open refuses the file, reports a roll-back, or a
// read fails) and then a write is refused and the file stays as it was,
// or everything read is exactly the original content: no flip may change
// what the program shows without a word.
func TestEveryContentChangingBitFlipIsDetected(t *testing.T) {
	db, accounts := openSampleDB(t)
	addCasesAndRisks(t, db, accounts)
	path := db.Path()
	// A commit after the import, so that the commit record names the
	// newest state.
	if err := db.PutSettings(planner.DefaultSettings()); err != nil {
		t.Fatal(err)
	}
	want, err := contentOf(db)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	orig, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	record, err := os.ReadFile(commitPath(path))
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open(path)
	h, err := readHeader(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}

	const flipsPerPage = 8
	rng := rand.New(rand.NewPCG(20261206, 14))
	var detectedAtOpen, rolledBack, detectedAtRead, harmless int
	dir := t.TempDir()
	for page := range h.pages {
		for n := range flipsPerPage {
			bit := (page*h.pageSize + rng.Uint64N(h.pageSize)) * 8
			if n == 0 {
				// The page header (its ID, flags, count and overflow)
				// gets one flip of its own.
				bit = page*h.pageSize*8 + rng.Uint64N(boltPageHeaderSize*8)
			}
			name := fmt.Sprintf("page %d, bit %d", page, bit%(h.pageSize*8))
			flipped := bytes.Clone(orig)
			flipped[bit/8] ^= 1 << (bit % 8)
			p := filepath.Join(dir, fmt.Sprintf("flip-%d-%d", page, n), "liftoff.db")
			if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, flipped, 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(commitPath(p), record, 0o600); err != nil {
				t.Fatal(err)
			}
			opts := testOptions()
			opts.LockTimeout = 100 * time.Millisecond
			flippedDB, err := Open(p, catalog.Default(), opts)
			switch {
			case err != nil:
				detectedAtOpen++
				if testing.Verbose() {
					t.Logf("%s: %v", name, err)
				}
			case flippedDB.RolledBack() != nil:
				rolledBack++
				refusesWrites(t, name, flippedDB, p)
			default:
				got, rerr := contentOf(flippedDB)
				switch {
				case rerr != nil:
					detectedAtRead++
					refusesWrites(t, name, flippedDB, p)
				case !bytes.Equal(got, want):
					t.Errorf("%s: the content changed and nothing noticed:\n%s", name, firstDifference(got, want))
				default:
					harmless++
				}
			}
			if flippedDB != nil {
				flippedDB.Close()
			}
			os.RemoveAll(filepath.Dir(p))
		}
	}
	total := detectedAtOpen + rolledBack + detectedAtRead + harmless
	if total < 200 {
		t.Errorf("%d flips, want at least 200", total)
	}
	t.Logf("%d flips in %d pages: %d refused at Open, %d found rolled back, %d found by a read, %d changed nothing read",
		total, h.pages, detectedAtOpen, rolledBack, detectedAtRead, harmless)
}

// refusesWrites checks that a database found damaged takes no write and
// that its file stays as it was.
func refusesWrites(t *testing.T, name string, db *DB, path string) {
	t.Helper()
	before := fileHash(t, path)
	if err := db.PutSettings(planner.DefaultSettings()); err == nil {
		t.Errorf("%s: a write to the damaged file was taken", name)
	}
	if fileHash(t, path) != before {
		t.Errorf("%s: the damaged file was written to", name)
	}
}

// firstDifference shows where two byte strings first differ.
func firstDifference(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-80)
	return fmt.Sprintf("got  ...%q\nwant ...%q", got[from:min(len(got), i+80)], want[from:min(len(want), i+80)])
}

// TestDamageNamesTheCustomer: a changed byte in an activity is reported
// with the name of the customer it belongs to, by the read that meets it
// and by every call after it, which no longer reads or writes the file.
func TestDamageNamesTheCustomer(t *testing.T) {
	db, accounts := openSampleDB(t)
	path := db.Path()
	db.Close()
	var target planner.Account
	for _, a := range accounts {
		if a.Customer.Name == "Kookaburra Bank" {
			target = a
		}
	}
	title := target.Activities[0].ItemID
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(b, []byte(`"itemId":"`+title+`"`))
	if i < 0 {
		t.Fatalf("no activity %q in the file", title)
	}
	b[i+12] ^= 0x01
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	opts := testOptions()
	opts.CheckOnOpenLimit = -1 // the check in the background: the read meets the damage first
	again, err := Open(path, catalog.Default(), opts)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	_, err = again.Account(target.Customer.ID)
	var corrupt *CorruptError
	if !errors.As(err, &corrupt) || !strings.Contains(err.Error(), `an activity of customer "Kookaburra Bank" does not match its checksum`) {
		t.Fatalf("read of the damaged activity: %v", err)
	}
	if _, err := again.Customers(); !errors.As(err, &corrupt) {
		t.Errorf("a later read went on: %v", err)
	}
	if err := again.PutSettings(planner.DefaultSettings()); !errors.As(err, &corrupt) {
		t.Errorf("a later write: %v", err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, b) {
		t.Error("the damaged file was written to")
	}
}
