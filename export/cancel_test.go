package export

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/liftoff-app/liftoff/internal/cancelafter"
	"github.com/liftoff-app/liftoff/planner"
)

// TestDocumentCancelledWritesNothing makes every kind of document with a
// context cancelled before it starts: each fails with an error wrapping
// context.Canceled, and neither the file nor a temporary file is left.
func TestDocumentCancelledWritesNothing(t *testing.T) {
	cat := testCatalog(t)
	accts := fixturePortfolio()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, k := range Kinds() {
		t.Run(string(k), func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, string(k)+".pdf")
			req := Request{Kind: k, Accounts: accts, Customer: accts[0].Customer.ID, Quarter: planner.Quarter{Year: 2026, Number: 1}}
			err := WriteFile(path, func(w io.Writer) error {
				_, err := Document(ctx, w, cat, req, testOptions())
				return err
			})
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("error %v, want one wrapping context.Canceled", err)
			}
			assertEmptyDir(t, dir)
		})
	}
}

// TestQuarterPlanCancelledMidway cancels the portfolio's quarterly plan at
// every point where it looks at its context, from the start to the end:
// it is either written whole, as without a context, or fails with
// context.Canceled having written nothing.
func TestQuarterPlanCancelledMidway(t *testing.T) {
	cat := testCatalog(t)
	accts := append(fixturePortfolio(), stressAccount())
	q := planner.Quarter{Year: 2026, Number: 1}
	settings := testOptions().settings()
	var whole []byte
	{
		var buf writeCounter
		if _, err := QuarterPlan(context.Background(), &buf, cat, accts, settings, q, testOptions()); err != nil {
			t.Fatal(err)
		}
		whole = buf.data
	}
	cancelled := 0
	for after := 0; after < 40; after++ {
		var buf writeCounter
		_, err := QuarterPlan(cancelafter.New(context.Background(), after), &buf, cat, accts, settings, q, testOptions())
		switch {
		case errors.Is(err, context.Canceled):
			cancelled++
			if buf.writes != 0 {
				t.Errorf("cancelled after %d looks: %d writes, want none", after, buf.writes)
			}
		case err != nil:
			t.Fatalf("cancelled after %d looks: %v", after, err)
		case string(buf.data) != string(whole):
			t.Errorf("not cancelled after %d looks: the plan differs from the one made without cancelling", after)
		}
	}
	if cancelled < 3 {
		t.Errorf("only %d of 40 points stopped the plan; the plan looks at its context too seldom", cancelled)
	}
}

// writeCounter keeps what is written to it and counts the writes.
type writeCounter struct {
	data   []byte
	writes int
}

func (w *writeCounter) Write(p []byte) (int, error) {
	w.writes++
	w.data = append(w.data, p...)
	return len(p), nil
}

// assertEmptyDir fails when dir holds anything.
func assertEmptyDir(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Errorf("%s left in the folder", e.Name())
	}
}
