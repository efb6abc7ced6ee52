package app

import (
	"fmt"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/sample"
	"github.com/liftoff-app/liftoff/storage"
)

// benchPortfolio returns n accounts: copies of the sample portfolio with
// new IDs and numbered names, each with a weekly status call (the
// sample's Ultimate customers have theirs; the others get one).
func benchPortfolio(tb testing.TB, cat *catalog.Catalog, n int) []planner.Account {
	today := catalog.DateOf(testNow())
	accounts := sample.Portfolio(cat, today)
	for i, a := range accounts {
		if slices.ContainsFunc(a.Activities, func(x planner.Activity) bool { return x.ItemID == planner.TouchpointStatusCall }) {
			continue
		}
		cal, err := planner.CustomerCalendar(cat, planner.DefaultSettings(), a.Customer)
		if err != nil {
			tb.Fatal(err)
		}
		call := planner.Meeting{Name: "Status call", Frequency: planner.FrequencyWeekly}
		s, occ, err := planner.CadenceSeries(cat, a.Customer.ID, call, today.AddDays(7), today.AddDays(8*7), cal)
		if err != nil {
			tb.Fatal(err)
		}
		accounts[i].Series = append(accounts[i].Series, s)
		accounts[i].Activities = append(accounts[i].Activities, occ...)
	}
	out := make([]planner.Account, 0, n)
	for i := range n {
		a := cloneAccount(accounts[i%len(accounts)])
		a.Customer.Name = fmt.Sprintf("%s %03d", a.Customer.Name, i+1)
		out = append(out, a)
	}
	return out
}

// cloneAccount copies an account with new IDs for everything in it.
func cloneAccount(src planner.Account) planner.Account {
	a := src
	id := planner.NewID()
	a.Customer.ID = id
	a.Customer.Contacts = append([]planner.Contact(nil), src.Customer.Contacts...)
	a.Engagements = nil
	for _, e := range src.Engagements {
		e.ID, e.CustomerID = planner.NewID(), id
		a.Engagements = append(a.Engagements, e)
	}
	if src.HasPlan() {
		a.Plan.ID, a.Plan.CustomerID = planner.NewID(), id
	}
	// Series get new IDs too, and their occurrences follow them.
	series := map[planner.ID]planner.ID{}
	a.Series = nil
	for _, s := range src.Series {
		series[s.ID] = planner.NewID()
		s.ID, s.CustomerID = series[s.ID], id
		a.Series = append(a.Series, s)
	}
	a.Activities = nil
	for _, act := range src.Activities {
		act.ID, act.CustomerID = planner.NewID(), id
		if act.SeriesID != (planner.ID{}) {
			act.SeriesID = series[act.SeriesID]
		}
		a.Activities = append(a.Activities, act)
	}
	a.Cases = nil
	for _, c := range src.Cases {
		c.ID, c.CustomerID = planner.NewID(), id
		a.Cases = append(a.Cases, c)
	}
	a.Risks = nil
	for _, r := range src.Risks {
		r.ID, r.CustomerID = planner.NewID(), id
		a.Risks = append(a.Risks, r)
	}
	return a
}

// openBenchStore opens a database holding n customers.
func openBenchStore(b *testing.B, cat *catalog.Catalog, n int) *storage.DB {
	b.Helper()
	db, err := storage.Open(filepath.Join(b.TempDir(), "liftoff.db"), cat, storage.Options{Now: testNow})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	if _, err := db.ImportAccounts(benchPortfolio(b, cat, n)); err != nil {
		b.Fatalf("load %d customers: %v", n, err)
	}
	return db
}

// openBenchCustomers opens a database holding n customers and returns it
// with its customers.
func openBenchCustomers(b *testing.B, cat *catalog.Catalog, n int) (*storage.DB, []planner.Customer) {
	b.Helper()
	db := openBenchStore(b, cat, n)
	customers, err := db.Customers()
	if err != nil {
		b.Fatal(err)
	}
	return db, customers
}

// benchOptions are the options of a window built for a benchmark.
func benchOptions(b *testing.B, cat *catalog.Catalog, db *storage.DB) Options {
	return Options{App: test.NewTempApp(b), Catalog: cat, Store: db, Now: testNow, Language: "en",
		ReminderInterval: -1, UndoBarTimeout: -1, Theme: test.Theme(), queueCalls: true}
}

// benchWindow builds the window on db for a benchmark, at the tests'
// size; it closes when the benchmark ends.
func benchWindow(b *testing.B, cat *catalog.Catalog, db *storage.DB) *UI {
	b.Helper()
	u, err := Build(benchOptions(b, cat, db))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(u.Close)
	u.window.Resize(testWindowSize())
	return u
}

// BenchmarkBuildMainWindow500 builds and lays out the main window on a
// portfolio of 500 customers, showing the portfolio. Target: 150 ms.
func BenchmarkBuildMainWindow500(b *testing.B) {
	cat := catalog.Default()
	db := openBenchStore(b, cat, 500)
	opts := benchOptions(b, cat, db)
	b.ResetTimer()
	for b.Loop() {
		u, err := Build(opts)
		if err != nil {
			b.Fatal(err)
		}
		u.window.Resize(testWindowSize())
		b.StopTimer()
		if n := len(u.screens[screenPortfolio].(*portfolioScreen).rows); n != 500 {
			b.Fatalf("the portfolio shows %d rows", n)
		}
		u.Close()
		b.StartTimer()
	}
}

// heapInUse returns the bytes of heap objects that are alive after a
// full collection: the heap in use.
func heapInUse() uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	return sample[0].Value.Uint64()
}

// BenchmarkMainWindowMemory500 reports the heap in use after the main
// window is first built on 500 customers and shows the portfolio, as when
// the app starts: heap-MiB is the whole heap (store, catalog, fonts and
// window), window-MiB the part that building the window added. Only the
// first build is measured: later ones find caches already filled, and the
// test driver keeps closed windows until the benchmark ends. Fyne keeps
// renderers in a cache of its own for a while, so heap-MiB is the
// process's figure only when this benchmark runs alone (-bench
// MainWindowMemory500).
func BenchmarkMainWindowMemory500(b *testing.B) {
	cat := catalog.Default()
	db := openBenchStore(b, cat, 500)
	opts := benchOptions(b, cat, db)
	var whole, window uint64
	first := true
	for b.Loop() {
		var before uint64
		if first {
			b.StopTimer()
			before = heapInUse()
			b.StartTimer()
		}
		u, err := Build(opts)
		if err != nil {
			b.Fatal(err)
		}
		u.window.Resize(testWindowSize())
		u.waitIdle()
		if first {
			b.StopTimer()
			whole = heapInUse()
			window = whole - min(before, whole)
			runtime.KeepAlive(u)
			b.StartTimer()
			first = false
		}
		u.Close()
	}
	const mib = 1 << 20
	b.ReportMetric(float64(whole)/mib, "heap-MiB")
	b.ReportMetric(float64(window)/mib, "window-MiB")
}

// BenchmarkSwitchCustomer puts another customer of 500 in focus while a
// screen is shown, and lets the screen reload. Target: 16 ms.
func BenchmarkSwitchCustomer(b *testing.B) {
	cat := catalog.Default()
	db, customers := openBenchCustomers(b, cat, 500)
	for _, id := range screenOrder() {
		b.Run(string(id), func(b *testing.B) {
			u := benchWindow(b, cat, db)
			u.showScreen(id)
			u.waitIdle()
			i := 0
			for b.Loop() {
				i++
				u.setFocus(customers[i%len(customers)].ID)
				u.waitIdle() // screens that load off the UI goroutine count too
			}
		})
	}
}

// BenchmarkCatalogFilterKeystroke types one character into the catalog's
// text filter (and takes it back, in turns). Target: 16 ms.
func BenchmarkCatalogFilterKeystroke(b *testing.B) {
	cat := catalog.Default()
	db := openBenchStore(b, cat, 6)
	u := benchWindow(b, cat, db)
	customers, _ := db.Customers()
	u.setFocus(customers[0].ID)
	u.showScreen(screenCatalog)
	s := u.screens[screenCatalog].(*catalogScreen)
	texts := []string{"rev", "revi"}
	i := 0
	for b.Loop() {
		i++
		s.text.SetText(texts[i%2])
	}
	if len(s.shown) == 0 {
		b.Fatal("the filter matches nothing")
	}
}
