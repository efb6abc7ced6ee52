package storage

import (
	"bufio"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"runtime"
	"runtime/metrics"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// The most heap reading a portfolio file may take, beyond what was in use
// before, garbage not yet collected included. A file refused by a limit
// holds no more than a file accepted: the limit stops it before the
// entry past it is decoded.
const (
	// refusedHeapBound holds for a file refused early by a limit on its
	// lists or texts, before it holds much.
	refusedHeapBound = 32 << 20
	// entriesHeapBound holds for any file within the limits on list
	// entries (MaxPortfolioActivities, MaxPortfolioEntries), even if
	// every entry is an empty object.
	entriesHeapBound = 640 << 20
	// heapPerCustomer bounds the heap a realistic customer takes, with
	// ten contacts, two engagements and a plan of eight actions.
	heapPerCustomer = 16 << 10
	// heapPerActivity bounds the heap a realistic portfolio of 100
	// activities a customer takes per activity, its share of the
	// customer included. The activity record of schema version 5 (end
	// day, title, priority, owners, actual day and hours, next steps)
	// made each activity 136 bytes larger in memory, and a slice grown
	// while it is read holds about two and a half times that at its peak:
	// the bound grew from 700 to 950 with it.
	heapPerActivity = 950
)

// portfolioStream returns a portfolio file of n accounts, written as
// account(i) gives them, made as it is read so that no test holds a large
// file in memory.
func portfolioStream(n int, account func(w io.Writer, i int)) io.Reader {
	r, w := io.Pipe()
	go func() {
		b := bufio.NewWriterSize(w, 64<<10)
		fmt.Fprintf(b, "{\n  \"format\": %q,\n  \"version\": %d,\n  \"exported\": \"2026-11-26T10:15:00Z\",\n  \"accounts\": [", PortfolioFormat, PortfolioVersion)
		for i := range n {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString("\n    ")
			account(b, i)
		}
		b.WriteString("\n  ]\n}\n")
		w.CloseWithError(b.Flush())
	}()
	return r
}

// realisticAccount returns a writer of accounts as Liftoff exports them,
// each with ten contacts, two engagements, a plan of eight actions and
// perCustomer activities. Account i is one account made once with its
// IDs changed to begin with i, so that writing it takes no memory.
func realisticAccount(t testing.TB, cat *catalog.Catalog, perCustomer int) func(w io.Writer, i int) {
	template, err := json.MarshalIndent(genPortfolio(cat, 1, perCustomer, 1)[0], "    ", "  ")
	if err != nil {
		t.Fatal(err)
	}
	var ids []int // where each ID starts in template
	for _, m := range regexp.MustCompile(`"[0-9a-f]{8}-[0-9a-f]{4}-`).FindAllIndex(template, -1) {
		ids = append(ids, m[0]+1)
	}
	buf := slices.Clone(template)
	return func(w io.Writer, i int) {
		var prefix [8]byte
		hex.Encode(prefix[:], binary.BigEndian.AppendUint32(nil, uint32(i)))
		for _, at := range ids {
			copy(buf[at:], prefix[:])
		}
		w.Write(buf)
	}
}

// heapObjects returns the bytes of heap objects, live or not yet swept.
func heapObjects() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// peakHeap runs f and returns the most heap its objects took at once
// beyond the heap in use before, sampled every half millisecond.
func peakHeap(f func()) uint64 {
	runtime.GC()
	base := heapObjects()
	stop, done := make(chan struct{}), make(chan uint64)
	go func() {
		peak := base
		tick := time.NewTicker(500 * time.Microsecond)
		defer tick.Stop()
		for {
			peak = max(peak, heapObjects())
			select {
			case <-stop:
				done <- peak
				return
			case <-tick.C:
			}
		}
	}()
	f()
	close(stop)
	return max(<-done, heapObjects()) - base
}

// readRefused reads the portfolio file r and checks that it is refused
// with the one problem want, within heap bytes of memory.
func readRefused(t *testing.T, r io.Reader, want string, heap uint64) {
	t.Helper()
	var err error
	peak := peakHeap(func() { _, err = ReadPortfolio(r, catalog.Default()) })
	if err == nil {
		t.Fatal("the file was accepted")
	}
	v := mustValidation(t, err)
	if got := v.Error(); len(v.Problems) != 1 || got != "portfolio file: "+want {
		t.Errorf("got %q, want the one problem %q", got, want)
	}
	t.Logf("refused with a peak heap of %.1f MB: %s", float64(peak)/1e6, want)
	if peak > heap {
		t.Errorf("reading took %.1f MB of heap, want at most %.1f MB", float64(peak)/1e6, float64(heap)/1e6)
	}
}

func TestPortfolioLimits(t *testing.T) {
	empty := func(w io.Writer, i int) { io.WriteString(w, "{}") }
	t.Run("a million empty customers", func(t *testing.T) {
		readRefused(t, portfolioStream(1_000_001, empty),
			"accounts: more than 10,000 customers (the limit of one portfolio file)", refusedHeapBound)
	})
	t.Run("one customer too many", func(t *testing.T) {
		readRefused(t, portfolioStream(MaxPortfolioCustomers+1, realisticAccount(t, catalog.Default(), 1)),
			"accounts: more than 10,000 customers (the limit of one portfolio file)", MaxPortfolioCustomers*heapPerCustomer)
	})
	t.Run("one activity too many in all", func(t *testing.T) {
		// Four customers of 250,000 activities are the most allowed; the
		// fifth customer's first activity is one too many.
		perAccount := MaxPortfolioActivities / 4
		emptyActivities := func(w io.Writer, i int) {
			fmt.Fprintf(w, `{"activities": [%s{}]}`, strings.Repeat("{}, ", perAccount-1))
		}
		readRefused(t, portfolioStream(5, emptyActivities),
			"accounts[4].activities: more than 1,000,000 activities in all the customers (the limit of one portfolio file)", entriesHeapBound)
	})
	t.Run("too many contacts", func(t *testing.T) {
		contacts := func(w io.Writer, i int) {
			fmt.Fprintf(w, `{"customer": {"contacts": [%s{}]}}`, strings.Repeat("{}, ", MaxAccountListLength))
		}
		readRefused(t, portfolioStream(1, contacts),
			"accounts[0].customer.contacts: more than 1,000 entries (the limit of one list of a customer)", refusedHeapBound)
	})
	t.Run("too many list entries in all", func(t *testing.T) {
		// Each customer holds five lists of 1,000 entries, and is an entry
		// of the list of customers: the 400th customer's plan is the
		// first to pass the 2,000,000 entries allowed.
		keyEvents := func(w io.Writer, i int) {
			list := "[" + strings.Repeat("{}, ", MaxAccountListLength-1) + "{}]"
			fmt.Fprintf(w, `{"customer": {"keyEvents": %s, "contacts": %s}, "plan": {"actions": %s, "milestones": %s, "objectives": %s}}`, list, list, list, list, list)
		}
		readRefused(t, portfolioStream(MaxPortfolioEntries/(5*MaxAccountListLength)+1, keyEvents),
			"accounts[399].plan.objectives: more than 2,000,000 entries in all the lists of the file (the limit of one portfolio file)", entriesHeapBound)
	})
	t.Run("a long note", func(t *testing.T) {
		note := func(w io.Writer, i int) {
			fmt.Fprintf(w, `{"customer": {"notes": %q}}`, strings.Repeat("é", 20_000))
		}
		readRefused(t, portfolioStream(1, note),
			"accounts[0].customer.notes: the text is longer than 10,000 characters", refusedHeapBound)
	})
	t.Run("a long field name", func(t *testing.T) {
		name := func(w io.Writer, i int) { fmt.Fprintf(w, `{%q: 1}`, strings.Repeat("x", 20_000)) }
		readRefused(t, portfolioStream(1, name), "accounts[0]: the text is longer than 10,000 characters", refusedHeapBound)
	})
	t.Run("a file too large", func(t *testing.T) {
		// White space is valid JSON, and costs no memory once read past.
		r := io.MultiReader(strings.NewReader(`{"accounts": [`), io.LimitReader(spaces{}, MaxPortfolioSize), strings.NewReader(`]}`))
		readRefused(t, r, "the file is larger than 512 MiB (the limit of one portfolio file)", refusedHeapBound)
	})
}

// spaces reads as endless white space.
type spaces struct{}

func (spaces) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

// TestLargePortfolioMemory reads a realistic portfolio of a tenth of the
// largest size accepted and checks that the memory it takes per activity
// is not twice heapPerActivity. The peak counts garbage not yet
// collected, which grows when the machine is busy with other tests, so
// the target itself, heapPerActivity, is BenchmarkReadLargestPortfolio's
// (the figure in the README): this bound only catches a change that
// doubles what reading takes.
func TestLargePortfolioMemory(t *testing.T) {
	customers, perCustomer := MaxPortfolioCustomers/10, MaxPortfolioActivities/MaxPortfolioCustomers
	if testing.Short() {
		customers /= 10
	}
	cat := catalog.Default()
	var accounts []planner.Account
	var err error
	peak := peakHeap(func() {
		accounts, err = ReadPortfolio(portfolioStream(customers, realisticAccount(t, cat, perCustomer)), cat)
	})
	if err != nil {
		t.Fatal(err)
	}
	activities := 0
	for _, a := range accounts {
		activities += len(a.Activities)
	}
	if len(accounts) != customers || activities != customers*perCustomer {
		t.Fatalf("read %d customers and %d activities, want %d and %d", len(accounts), activities, customers, customers*perCustomer)
	}
	t.Logf("%d customers, %d activities: peak heap %.1f MB, %d bytes per activity", customers, activities, float64(peak)/1e6, peak/uint64(activities))
	if bound := uint64(2 * activities * heapPerActivity); peak > bound {
		t.Errorf("reading took %.1f MB of heap, want at most %.1f MB", float64(peak)/1e6, float64(bound)/1e6)
	}
}

// BenchmarkReadLargestPortfolio reads the largest portfolio accepted,
// MaxPortfolioCustomers customers with MaxPortfolioActivities activities,
// and reports the most heap it took (peak-MB, and per activity
// peak-B/activity, whose target is heapPerActivity) and the size of the
// file (file-MB).
func BenchmarkReadLargestPortfolio(b *testing.B) {
	cat := catalog.Default()
	perCustomer := MaxPortfolioActivities / MaxPortfolioCustomers
	var size int64
	write := realisticAccount(b, cat, perCustomer)
	countSize := func(w io.Writer, i int) {
		c := &countWriter{w: w}
		write(c, i)
		size += c.n
	}
	var peak uint64
	for b.Loop() {
		size = 0
		peak = max(peak, peakHeap(func() {
			accounts, err := ReadPortfolio(portfolioStream(MaxPortfolioCustomers, countSize), cat)
			if err != nil || len(accounts) != MaxPortfolioCustomers {
				b.Fatalf("%d accounts: %v", len(accounts), err)
			}
		}))
	}
	b.ReportMetric(float64(peak)/1e6, "peak-MB")
	b.ReportMetric(float64(size)/1e6, "file-MB")
	b.ReportMetric(float64(peak)/float64(MaxPortfolioActivities), "peak-B/activity")
	if peak > uint64(MaxPortfolioActivities*heapPerActivity) {
		b.Errorf("reading took %.1f MB of heap, %d bytes per activity: more than the target of %d", float64(peak)/1e6, peak/uint64(MaxPortfolioActivities), heapPerActivity)
	}
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
