package storage

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// The benchmark portfolio: 500 customers with 200 activities each and a
// weekly status call of benchCallWeeks occurrences.
const (
	benchCustomers  = 500
	benchActivities = 200
	benchCallWeeks  = 52
)

// benchFixture is the benchmark database, built once per test binary run
// in a temporary folder that TestMain removes.
type benchFixture struct {
	once sync.Once
	dir  string
	path string
	ids  []planner.ID
	err  error
}

var bench benchFixture

func TestMain(m *testing.M) {
	code := m.Run()
	if bench.dir != "" {
		os.RemoveAll(bench.dir)
	}
	os.Exit(code)
}

// benchDB returns the path of the benchmark database and its customers.
func benchDB(b *testing.B) (string, []planner.ID) {
	b.Helper()
	bench.once.Do(func() {
		bench.dir, bench.err = os.MkdirTemp("", "liftoff-bench-")
		if bench.err != nil {
			return
		}
		bench.path = filepath.Join(bench.dir, "liftoff.db")
		cat := catalog.Default()
		db, err := Open(bench.path, cat, Options{})
		if err != nil {
			bench.err = err
			return
		}
		defer db.Close()
		accounts, err := withStatusCalls(cat, genPortfolio(cat, benchCustomers, benchActivities, 500), benchCallWeeks)
		if err != nil {
			bench.err = err
			return
		}
		for start := 0; start < len(accounts); start += 50 {
			if _, err := db.ImportAccounts(accounts[start : start+50]); err != nil {
				bench.err = err
				return
			}
		}
		for _, a := range accounts {
			bench.ids = append(bench.ids, a.Customer.ID)
		}
	})
	if bench.err != nil {
		b.Fatalf("build the benchmark database: %v", bench.err)
	}
	return bench.path, bench.ids
}

// withStatusCalls gives each account a weekly status call: a series of
// weeks touchpoints from the start of testToday's quarter, on the
// customer's business days, as a TAM plans the engagement's cadence.
func withStatusCalls(cat *catalog.Catalog, accounts []planner.Account, weeks int) ([]planner.Account, error) {
	start := planner.QuarterOf(testToday).First()
	for i := range accounts {
		acc := &accounts[i]
		cal, err := planner.CustomerCalendar(cat, planner.DefaultSettings(), acc.Customer)
		if err != nil {
			return nil, fmt.Errorf("status calls of %s: %w", acc.Customer.Name, err)
		}
		id := acc.Customer.ID
		id[15] ^= 0x5a // a series ID of its own, the same on every run
		s := planner.Series{ID: id, CustomerID: acc.Customer.ID, Rule: planner.RecurWeekly, Start: start.AddDays(i % 5), Count: weeks}
		occ, err := planner.ExpandSeries(planner.Activity{ItemID: planner.TouchpointStatusCall, Title: "Status call", Hours: 1,
			Owner: "Alex Morgan", Status: planner.ActivityScheduled}, s, cal)
		if err != nil {
			return nil, fmt.Errorf("status calls of %s: %w", acc.Customer.Name, err)
		}
		acc.Series = append(acc.Series, s)
		acc.Activities = append(acc.Activities, occ...)
	}
	return accounts, nil
}

func reportFileSize(b *testing.B, path string) {
	if st, err := os.Stat(path); err == nil {
		b.ReportMetric(float64(st.Size())/(1<<20), "MB-file")
	}
}

// BenchmarkOpenAndLoadAccount measures what the user waits for when the
// app starts on a customer: Open (with the cheap checks; the full check
// starts in the background) and the customer's full view. Closing, which
// waits for the background check, is not timed.
func BenchmarkOpenAndLoadAccount(b *testing.B) {
	path, ids := benchDB(b)
	cat := catalog.Default()
	i := 0
	for b.Loop() {
		db, err := Open(path, cat, Options{})
		if err != nil {
			b.Fatal(err)
		}
		acc, err := db.Account(ids[i%len(ids)])
		if err != nil || len(acc.Activities) != benchActivities+benchCallWeeks {
			b.Fatalf("%d activities, %v", len(acc.Activities), err)
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
		i++
	}
	reportFileSize(b, path)
}

// BenchmarkOpenFullCheckBeforeFirstWrite measures Open plus the full
// check (page walk and bbolt's tx.Check) that the first write of a
// session waits for.
func BenchmarkOpenFullCheckBeforeFirstWrite(b *testing.B) {
	path, _ := benchDB(b)
	cat := catalog.Default()
	for b.Loop() {
		db, err := Open(path, cat, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := db.Check(); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
}

// BenchmarkOpenCheckedSample opens the sample portfolio, a file small
// enough to be checked fully before Open returns, and lists its
// customers: what the app does before its first screen.
func BenchmarkOpenCheckedSample(b *testing.B) {
	db, _ := openSampleDB(b)
	path := db.Path()
	db.Close()
	cat := catalog.Default()
	for b.Loop() {
		db, err := Open(path, cat, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if list, err := db.Customers(); err != nil || len(list) != 6 {
			b.Fatalf("%d customers, %v", len(list), err)
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	reportFileSize(b, path)
}

// BenchmarkFirstWriteOfSession measures the first change after Open: it
// waits for the full check, writes the start-up backup (tx.WriteTo, fsync)
// and commits durably.
func BenchmarkFirstWriteOfSession(b *testing.B) {
	path, ids := benchDB(b)
	cat := catalog.Default()
	backups := b.TempDir()
	for b.Loop() {
		db, err := Open(path, cat, Options{BackupDir: backups, KeepBackups: 2})
		if err != nil {
			b.Fatal(err)
		}
		c, err := db.Customer(ids[0])
		if err != nil {
			b.Fatal(err)
		}
		if _, err := db.PutCustomer(c); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
}

func openBenchDB(b *testing.B) (*DB, []planner.ID) {
	path, ids := benchDB(b)
	db, err := Open(path, catalog.Default(), Options{BackupDir: b.TempDir(), KeepBackups: 1})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	if err := db.Check(); err != nil {
		b.Fatal(err)
	}
	return db, ids
}

// BenchmarkCustomers lists all 500 customers, sorted by name, as the
// list is refreshed while the app runs: what did not change since the
// last listing is not decoded again.
func BenchmarkCustomers(b *testing.B) {
	db, _ := openBenchDB(b)
	if _, err := db.Customers(); err != nil {
		b.Fatal(err)
	}
	start := cpuTime()
	for b.Loop() {
		list, err := db.Customers()
		if err != nil || len(list) != benchCustomers {
			b.Fatalf("%d customers, %v", len(list), err)
		}
	}
	reportCPU(b, start)
}

// BenchmarkCustomersCold lists all 500 customers on a fresh handle: the
// first listing after Open, which decodes every customer.
func BenchmarkCustomersCold(b *testing.B) {
	db, _ := openBenchDB(b)
	start := cpuTime()
	for b.Loop() {
		db.cache = caches{}
		list, err := db.Customers()
		if err != nil || len(list) != benchCustomers {
			b.Fatalf("%d customers, %v", len(list), err)
		}
	}
	reportCPU(b, start)
}

// BenchmarkPortfolio builds the 500 rows of the portfolio screen through
// the summaries and activity facts, as a refresh while the app runs.
func BenchmarkPortfolio(b *testing.B) {
	db, _ := openBenchDB(b)
	if _, err := db.Portfolio(testToday); err != nil {
		b.Fatal(err)
	}
	start := cpuTime()
	for b.Loop() {
		rows, err := db.Portfolio(testToday)
		if err != nil || len(rows) != benchCustomers {
			b.Fatalf("%d rows, %v", len(rows), err)
		}
	}
	reportCPU(b, start)
}

// BenchmarkPortfolioCold builds the portfolio rows on a fresh handle,
// decoding every customer.
func BenchmarkPortfolioCold(b *testing.B) {
	db, _ := openBenchDB(b)
	start := cpuTime()
	for b.Loop() {
		db.cache = caches{}
		rows, err := db.Portfolio(testToday)
		if err != nil || len(rows) != benchCustomers {
			b.Fatalf("%d rows, %v", len(rows), err)
		}
	}
	reportCPU(b, start)
}

// BenchmarkPortfolioReference builds the same rows the slow way, with
// planner.Summarize on every full account, for comparison.
func BenchmarkPortfolioReference(b *testing.B) {
	db, ids := openBenchDB(b)
	for b.Loop() {
		for _, id := range ids {
			acc, err := db.Account(id)
			if err != nil {
				b.Fatal(err)
			}
			planner.Summarize(db.Catalog(), acc, testToday)
		}
	}
}

// BenchmarkActivitiesQuarter reads one quarter of activities across all
// customers through the day index.
func BenchmarkActivitiesQuarter(b *testing.B) {
	db, _ := openBenchDB(b)
	q := planner.QuarterOf(testToday)
	start := cpuTime()
	for b.Loop() {
		list, err := db.Activities(q.First(), q.Last())
		if err != nil || len(list) == 0 {
			b.Fatalf("%d activities, %v", len(list), err)
		}
	}
	reportCPU(b, start)
}

// BenchmarkPutActivityDurable commits one edited activity (moved to
// another day, so every index changes) with the file synced to disk.
func BenchmarkPutActivityDurable(b *testing.B) {
	db, ids := openBenchDB(b)
	acc, err := db.Account(ids[1])
	if err != nil {
		b.Fatal(err)
	}
	a := acc.Activities[0]
	if _, err := db.PutActivity(a); err != nil { // the session backup happens here
		b.Fatal(err)
	}
	i := 0
	start := cpuTime()
	for b.Loop() {
		a.Date = a.Date.AddDays(1 - 2*(i%2))
		a.Outcome = fmt.Sprintf("edit %d", i)
		if _, err := db.PutActivity(a); err != nil {
			b.Fatal(err)
		}
		i++
	}
	reportCPU(b, start)
}

// BenchmarkAccountEach reads all 500 accounts one Account call (one read
// transaction) at a time, after listing the customers: how the quarter
// planner read the portfolio before Accounts.
func BenchmarkAccountEach(b *testing.B) {
	db, _ := openBenchDB(b)
	start := cpuTime()
	for b.Loop() {
		customers, err := db.Customers()
		if err != nil {
			b.Fatal(err)
		}
		for _, c := range customers {
			acc, err := db.Account(c.ID)
			if err != nil || len(acc.Activities) != benchActivities+benchCallWeeks {
				b.Fatalf("%d activities, %v", len(acc.Activities), err)
			}
		}
	}
	reportCPU(b, start)
}

// BenchmarkAccounts reads all 500 accounts of 200 activities in one read
// transaction, as the quarter planner loads the portfolio again after a
// change: the activities read before are not decoded again.
func BenchmarkAccounts(b *testing.B) {
	db, _ := openBenchDB(b)
	if _, err := db.Accounts(); err != nil {
		b.Fatal(err)
	}
	start := cpuTime()
	for b.Loop() {
		list, err := db.Accounts()
		if err != nil || len(list) != benchCustomers {
			b.Fatalf("%d accounts, %v", len(list), err)
		}
	}
	reportCPU(b, start)
	b.StopTimer()
	withCache := heapInUse()
	db.cache.accounts.replace(nil)
	b.ReportMetric(float64(withCache-heapInUse())/(1<<20), "MB-cache")
}

// heapInUse returns the bytes of live heap objects after a collection.
func heapInUse() int64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}

// BenchmarkAccountsCold reads all 500 accounts on a fresh handle, decoding
// every activity: the quarter planner's first load of a session.
func BenchmarkAccountsCold(b *testing.B) {
	db, _ := openBenchDB(b)
	start := cpuTime()
	for b.Loop() {
		db.cache = caches{}
		list, err := db.Accounts()
		if err != nil || len(list) != benchCustomers {
			b.Fatalf("%d accounts, %v", len(list), err)
		}
	}
	reportCPU(b, start)
}
