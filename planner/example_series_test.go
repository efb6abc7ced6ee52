package planner_test

import (
	"fmt"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func ExampleNextBusinessDay() {
	cal, err := planner.RegionCalendar(schedCatalog(), planner.DefaultSettings(), catalog.EMEA, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	// A block dragged onto Good Friday lands after Easter Monday.
	day, err := planner.NextBusinessDay(cal, catalog.MustDate("2027-03-26"))
	fmt.Println(day, day.Weekday(), err)
	// Output: 2027-03-30 Tuesday <nil>
}

func ExampleMoveSeries() {
	cal, err := planner.RegionCalendar(schedCatalog(), planner.DefaultSettings(), catalog.EMEA, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	// The weekly status call, Mondays in January; from the third one on
	// it moves to Wednesdays.
	series := planner.Series{ID: planner.NewID(), CustomerID: schedMuller, Rule: planner.RecurWeekly, Start: catalog.MustDate("2027-01-04"), Count: 4}
	acts, err := planner.ExpandSeries(planner.Activity{ItemID: "pro-roadmap-review", Hours: 1}, series, cal)
	if err != nil {
		fmt.Println(err)
		return
	}
	acct := planner.Account{Customer: schedCustomerMuller(), Activities: acts, Series: []planner.Series{series}}
	fmt.Println("valid:", acct.Validate(schedCatalog()) == nil)
	moved, err := planner.MoveSeries(acts, series, acts[2].ID, catalog.MustDate("2027-01-20"), cal)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range moved {
		fmt.Println(a.Date, a.Date.Weekday())
	}
	// Output:
	// valid: true
	// 2027-01-04 Monday
	// 2027-01-11 Monday
	// 2027-01-20 Wednesday
	// 2027-01-27 Wednesday
}
