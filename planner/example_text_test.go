package planner_test

import (
	"fmt"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// A Text is English as it is, and can be shown in another language by
// looking up its format and formatting the same arguments.
func ExampleText() {
	t := planner.Textf("%s is not a business day in %s", planner.WeekdayDate(catalog.MustDate("2027-01-16")), "EMEA")
	fmt.Println(t)

	dutch := map[string]string{"%s is not a business day in %s": "%s is geen werkdag in %s"}
	fmt.Printf(dutch[t.Format]+"\n", t.Args...)
	// Output:
	// Sat 2027-01-16 is not a business day in EMEA
	// Sat 2027-01-16 is geen werkdag in EMEA
}
