// Package sample builds the demo portfolio Liftoff offers on first start,
// that `liftoffctl sample` loads and that the tests of the other packages
// plan, store and export: six customers of one Technical Account Manager
// across the four regions and both tiers, with their engagements, plans,
// activities, support cases and risks, placed around a given day.
//
// The sample is data, not domain: it is built only through the exported
// API of package planner and holds no rule of its own. Package planner
// does not import it; planner's external tests (package planner_test) do.
//
// The portfolio depends only on the catalog and the day it is built on,
// and its IDs not even on the day, so that loading it again updates the
// same records.
package sample
