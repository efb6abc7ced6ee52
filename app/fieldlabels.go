package app

import (
	"regexp"
	"strings"

	"github.com/liftoff-app/liftoff/planner"
)

// listIndex matches the index of a list element in a field path
// ("membership.addons[1]").
var listIndex = regexp.MustCompile(`\[\d+\]`)

// customerFieldLabel returns the label the customer form gives a field of
// planner.Customer named by its path ("team.tam.email" is "Technical
// Account Manager, E-mail"), or "" for a field the form does not show.
func (u *UI) customerFieldLabel(path string) string {
	path = listIndex.ReplaceAllString(path, "")
	keys := map[string]string{
		"name":                               "customer.form.name",
		"region":                             "customer.form.region",
		"language":                           "customer.form.language",
		"timeZone":                           "customer.form.timeZone",
		"membership.tier":                    "customer.form.tier",
		"membership.solutions":               "customer.form.solutions",
		"membership.addons":                  "customer.form.addons",
		"membership.support24x5":             "customer.form.support",
		"membership.commerceManagedLicensed": "customer.form.commerceManaged",
		"contract.start":                     "customer.form.contractStart",
		"contract.end":                       "customer.form.contractEnd",
		"contract.renewed":                   "customer.form.renewed",
		"contract.allowances.acceleratorsPerYear": "customer.form.accelerators",
		"contract.allowances.fieldHoursPerYear":   "customer.form.fieldHours",
		"notes":                                   "customer.form.notes",
	}
	if key, ok := keys[path]; ok {
		return u.tr(key)
	}
	for _, r := range planner.TeamRoles() {
		role := string(r)
		prefix := "team." + role + "."
		if part, ok := strings.CutPrefix(path, prefix); ok {
			switch part {
			case "name":
				return u.tr("form.fieldOf", u.tr("team."+role), u.tr("customer.form.person.name"))
			case "email":
				return u.tr("form.fieldOf", u.tr("team."+role), u.tr("customer.form.person.email"))
			}
		}
	}
	return ""
}
