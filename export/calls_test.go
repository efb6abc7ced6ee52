package export

import (
	"testing"

	"github.com/liftoff-app/liftoff/planner"
)

// call is one drawing call a canvas recorded, with its arguments in the
// order drawOn passes them: numbers, strings and the dash pattern apart.
type call struct {
	kind opKind
	nums []float64
	strs []string
	dash []float64
}

// callArgs is how many numbers and strings each kind of call records, and
// whether it records a dash pattern: what drawOn reads for it.
var callArgs = map[opKind]struct {
	nums, strs int
	dash       bool
}{
	opAddPage: {}, opSetPage: {nums: 1}, opSetFont: {nums: 1, strs: 2}, opText: {nums: 2, strs: 1},
	opSetTextRenderingMode: {nums: 1}, opSetTextColor: {nums: 3}, opSetFillColor: {nums: 3}, opSetDrawColor: {nums: 3},
	opSetLineWidth: {nums: 1}, opSetDashPattern: {nums: 1, dash: true}, opRect: {nums: 4, strs: 1},
	opRoundedRect: {nums: 5, strs: 2}, opLine: {nums: 4}, opCircle: {nums: 3, strs: 1}, opMoveTo: {nums: 2},
	opLineTo: {nums: 2}, opClosePath: {}, opDrawPath: {strs: 1},
}

// calls returns the drawing calls c recorded, each with its arguments, so
// that a test reads a drawing without knowing how the canvas stores it.
func calls(c *canvas) []call {
	r := &replay{c: c}
	out := make([]call, 0, len(c.kinds))
	for _, kind := range c.kinds {
		a := callArgs[kind]
		k := call{kind: kind}
		for range a.nums {
			k.nums = append(k.nums, r.num())
		}
		for range a.strs {
			k.strs = append(k.strs, r.text())
		}
		if a.dash {
			k.dash = r.dashes()
		}
		out = append(out, k)
	}
	return out
}

// color returns the colour a Set*Color call sets.
func (k call) color() rgb { return rgb(int(k.nums[0])<<16 | int(k.nums[1])<<8 | int(k.nums[2])) }

// TestCallsReadEveryArgument: calls knows every kind of call the canvas
// records and reads exactly the arguments recorded, so the tests built on
// it read the drawing as drawOn draws it.
func TestCallsReadEveryArgument(t *testing.T) {
	for kind := opAddPage; kind <= opDrawPath; kind++ {
		if _, ok := callArgs[kind]; !ok {
			t.Errorf("no arguments known for kind %d", kind)
		}
	}
	d, err := layOutQuarterPlan(testCatalog(t), fixturePortfolio()[:2], planner.DefaultSettings(), planner.Quarter{Year: 2026, Number: 1}, testOptions(), false)
	if err != nil {
		t.Fatal(err)
	}
	c := d.canvas
	nums, strs, dashes := 0, 0, 0
	for _, k := range calls(c) {
		nums += len(k.nums)
		strs += len(k.strs)
		if callArgs[k.kind].dash {
			dashes++
		}
	}
	if nums != len(c.numbers) || strs != len(c.stringEnds) || dashes != len(c.dashes) {
		t.Errorf("read %d numbers, %d strings, %d dash patterns; recorded %d, %d, %d",
			nums, strs, dashes, len(c.numbers), len(c.stringEnds), len(c.dashes))
	}
}
