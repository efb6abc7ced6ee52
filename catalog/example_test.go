package catalog_test

import (
	"fmt"
	"strings"

	"github.com/liftoff-app/liftoff/catalog"
)

func ExampleDefault() {
	c := catalog.Default()
	fmt.Println(c.Version, c.Published, c.Origin)
	fmt.Println(len(c.Accelerators) >= 40, "accelerators, all Liftoff's own examples")
	// Output:
	// 2.0.0 2026-07-29 embedded
	// true accelerators, all Liftoff's own examples
}

func ExampleLoad() {
	file := strings.Replace(string(catalog.DefaultJSON()), `"solution": "analytics"`, `"solution": "Analitics"`, 1)
	file = strings.Replace(file, `"hours": 12`, `"hourz": 12`, 1)
	_, err := catalog.Load(strings.NewReader(file))
	fmt.Println(err)
	// Output:
	// proactiveActivities[2].hourz: unknown field (did you mean "hours"?)
	// proactiveActivities[2].hours: required field is missing
	// accelerators[0].solution: unknown solution "Analitics" (did you mean "analytics"?)
}

func ExampleCatalog_Find() {
	c := catalog.Default()
	for _, it := range c.Find(catalog.Filter{Kind: catalog.KindAccelerator, Solution: "experience-manager-cloud", Phase: catalog.GoLive}) {
		fmt.Printf("%s (%s, %d h)\n", it.Name, c.SolutionName(it.Solutions[0]), it.Hours)
	}
	// Output:
	// Experience Manager release and upgrade readiness (Experience Manager, 10 h)
	// Dispatcher and CDN caching review (Experience Manager, 8 h)
	// Cloud Manager pipelines enablement (Experience Manager as a Cloud Service, 4 h)
	// AEM as a Cloud Service go-live readiness review (Experience Manager as a Cloud Service, 8 h)
}

func ExampleCatalog_Covers() {
	c := catalog.Default()
	fmt.Println(c.Covers("experience-manager", "experience-manager-assets"))
	fmt.Println(c.Covers("experience-manager-assets", "experience-manager"))
	// Output:
	// true
	// false
}

func ExampleCatalog_InForce() {
	c := catalog.Default()
	for _, day := range []string{"2024-01-01", "2025-02-04", "2025-02-05", "2026-12-01"} {
		e := c.InForce(catalog.MustDate(day))
		state := "no longer offered"
		if mentor, ok := e.AddOn("mentor-sessions"); ok {
			state = string(mentor.States[catalog.Expert])
		}
		fmt.Printf("%s: %s, Mentor Sessions on Expert: %s\n", day, e.Edition().Name, state)
	}
	// Output:
	// 2024-01-01: May 2024 offer, Mentor Sessions on Expert: available
	// 2025-02-04: May 2024 offer, Mentor Sessions on Expert: available
	// 2025-02-05: February 2025 offer, Mentor Sessions on Expert: not-available
	// 2026-12-01: July 2026 offer, Mentor Sessions on Expert: no longer offered
}

func ExampleDiff() {
	c := catalog.Default()
	for _, d := range c.DiffDays(catalog.MustDate("2025-10-29"), catalog.MustDate("2026-07-29")) {
		if d.Section != "addons" {
			continue
		}
		fmt.Printf("%s %s %s: %q -> %q (%s)\n", d.Kind, d.EntryName, d.Field, d.From, d.To, d.Source)
	}
	// Output:
	// changed Event Management states.expert: "available" -> "not-available" (overview-2026-07-29)
	// changed Event Management states.ultimate: "available" -> "not-available" (overview-2026-07-29)
	// removed Mentor Sessions : "Mentor Sessions" -> "" (overview-2026-07-29)
	// removed Developer Boost : "Developer Boost" -> "" (overview-2026-07-29)
}
