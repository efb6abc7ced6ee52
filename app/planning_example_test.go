package app

import (
	"fmt"

	"github.com/liftoff-app/liftoff/planner"
)

// A KPI value can be typed with a decimal comma; what is not a number is
// refused with a message that quotes it.
func Example_parseDecimal() {
	v, _ := parseDecimal("2,5")
	_, err := parseDecimal("lots")
	fmt.Println(v, err)
	// Output: 2.5 "lots" is not a number
}

// Two days are shown as a range on the phase board; an open end is left
// out.
func Example_dayRange() {
	start, _ := readDay("2027-01-04")
	end, _ := readDay("2027-01-29")
	fmt.Println(dayRange(start, end))
	fmt.Println(dayRange(start, planner.Date{}))
	// Output:
	// 2027-01-04 – 2027-01-29
	// 2027-01-04 –
}
