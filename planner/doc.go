// Package planner holds Liftoff's domain: customers and their memberships,
// what they are entitled to, the support response clock, engagements
// through five phases, Mutual Action Plans and the scheduling of
// activities into a quarter.
//
// The package is pure Go: it knows nothing of storage, user interface or
// documents. Adapters in other packages speak its types.
package planner

import "github.com/liftoff-app/liftoff/catalog"

// Date is a calendar day without time of day or zone.
type Date = catalog.Date
