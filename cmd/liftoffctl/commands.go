package main

// commandGroup is a heading of the help and the README reference with
// its commands.
type commandGroup struct {
	title    string
	commands []command
}

// commandGroups returns every liftoffctl command, grouped by topic.
func commandGroups() []commandGroup {
	return []commandGroup{
		{"Catalog", []command{
			{name: "catalog list", summary: "List accelerators, field activities, proactive services and add-ons", setup: catalogList},
			{name: "catalog show", args: "ID", want: "one catalog item ID, e.g. liftoffctl catalog show acc-analytics-workspace-enablement", summary: "Show one catalog item in full", setup: catalogShow},
			{name: "catalog check", args: "FILE", want: "one catalog FILE to check", summary: "Validate a catalog file without installing it", setup: catalogCheck},
			{name: "catalog install", args: "FILE", want: "one catalog FILE to install", summary: "Validate a catalog file and install it in place of the current one", setup: catalogInstall},
			{name: "catalog editions", summary: "List the editions of the offer: when each came into force, its source and how many facts it changed", setup: catalogEditions},
			{name: "catalog diff", summary: "What changed in the offer between the editions in force on two days", setup: catalogDiff},
		}},
		{"Entitlements and support", []command{
			{name: "entitlements", summary: "What a membership is entitled to: included, purchased, available or not available, with reasons", setup: entitlementsCmd},
			{name: "sla", summary: "The targeted initial response deadline of a support case", setup: slaCmd},
			{name: "case-timeline", summary: "Reminders, auto-close and last reopen moment of a case waiting for the customer", setup: caseTimelineCmd},
		}},
		{"Support cases, risks and health", []command{
			{name: "case add", summary: "Log a support case of a customer: its portal number, priority, product and opening", setup: caseAdd},
			{name: "case respond", args: "NUMBER", want: "one case NUMBER", summary: "Record the vendor's first response to a case", setup: caseRespond},
			{name: "case status", args: "NUMBER", want: "one case NUMBER", summary: "Change a case's status: in-progress, awaiting-response, solution-proposed, closed or reopened", setup: caseStatus},
			{name: "case list", summary: "List support cases with their response deadline and whether it was met", setup: caseList},
			{name: "case import", args: "FILE", want: "one case FILE to import (- for standard input)", summary: "Import a support portal's case export (CSV): all rows or none; a known case number updates that case", setup: caseImport},
			{name: "case reminders", summary: "Follow-up reminders and auto-closes of waiting cases due by a day", setup: caseReminders},
			{name: "case remind", args: "NUMBER", want: "one case NUMBER", summary: "Mark a follow-up reminder of a waiting case sent, dismissed or pending again", setup: caseRemind},
			{name: "risk add", summary: "Add a risk or issue to a customer's log", setup: riskAdd},
			{name: "risk list", summary: "List the risks and issues of the portfolio or one customer", setup: riskList},
			{name: "risk set-status", args: "ID STATUS", want: "the risk ID and its new STATUS", summary: "Open or close a risk: open or closed", setup: riskSetStatus},
			{name: "health", summary: "Customer health: red, amber or green, with the reasons", setup: healthCmd},
		}},
		{"Customers, contacts and engagements", []command{
			{name: "customer add", summary: "Add a customer", setup: customerAdd},
			{name: "customer list", summary: "List the portfolio: tier, region, phase, next activity, overdue actions, allowances left", setup: customerList},
			{name: "customer show", args: "CUSTOMER", want: "one CUSTOMER (ID or name)", summary: "Show a customer's membership, contract, team, contacts, engagements, plan and activities", setup: customerShow},
			{name: "customer edit", args: "CUSTOMER", want: "one CUSTOMER (ID or name)", summary: "Change a customer: only the flags given change", setup: customerEdit},
			{name: "customer delete", args: "CUSTOMER", want: "one CUSTOMER (ID or name)", summary: "Delete a customer and everything attached to it", setup: customerDelete},
			{name: "nsc add", summary: "Add a Named Support Contact (within the tier's limit per product)", setup: nscAdd},
			{name: "nsc list", summary: "List a customer's Named Support Contacts", setup: nscList},
			{name: "nsc remove", args: "EMAIL", want: "the EMAIL of the contact to remove", summary: "Remove a Named Support Contact", setup: nscRemove},
			{name: "engagement add", summary: "Start an engagement through the five phases", setup: engagementAdd},
			{name: "engagement show", args: "[ENGAGEMENT-ID]", summary: "Show a customer's engagements and their phases", setup: engagementShow},
			{name: "engagement phase", summary: "Set the status of an engagement phase (in order; skip needs a reason)", setup: engagementPhase},
		}},
		{"Activities and the quarter", []command{
			{name: "activity add", summary: "Schedule a catalog item or a touchpoint for a customer, once or repeating (checked against entitlements, allowances, capacity and the calendar)", setup: activityAdd},
			{name: "activity link", args: "ACTIVITY-ID", summary: "Link an activity to the objective of the customer's Mutual Action Plan it serves, or unlink it", setup: activityLink},
			{name: "activity deliver", args: "ACTIVITY-ID", summary: "Record that an activity was delivered, with its actual day and hours", setup: activityDeliver},
			{name: "activity list", summary: "List activities of one customer or all, in a quarter or a date range", setup: activityList},
			{name: "activity move", args: "ACTIVITY-ID", summary: "Move an activity to another day; with --series, this occurrence and the later ones of its series", setup: activityMove},
			{name: "activity set-status", args: "ACTIVITY-ID STATUS", want: "ACTIVITY-ID and STATUS", summary: "Set an activity's status: requested, proposed, scheduled, delivered or cancelled", setup: activitySetStatus},
			{name: "engagement cadence-series", summary: "Plan a meeting of the engagement cadence as a series of touchpoints over a range of days", setup: engagementCadenceSeries},
			{name: "plan check", summary: "Check a quarter's plan: capacity, entitlements, allowances, calendar, contract, phases, key events; warn of allowance expiring unused, renewals without a review and field activities before the Go-Live", setup: planCheck},
			{name: "plan auto", summary: "Propose days for the suggested activities of a quarter (writes only with --apply)", setup: planAuto},
			{name: "plan show", summary: "Show a quarter: hours per week against capacity, per customer", setup: planShow},
			{name: "suggest", summary: "Entitled accelerators and field activities not yet delivered, committed or proposed this contract year, best fit first", setup: suggestCmd},
		}},
		{"Mutual Action Plan", []command{
			{name: "map show", summary: "Show a customer's Mutual Action Plan: objectives, milestones, actions, progress", setup: mapShow},
			{name: "map create", summary: "Create an empty Mutual Action Plan for a customer", setup: mapCreate},
			{name: "map add-objective", summary: "Add an objective, with a first KPI when --kpi is given, to a customer's Mutual Action Plan", setup: mapAddObjective},
			{name: "map add-kpi", summary: "Add a KPI to an objective of a customer's Mutual Action Plan", setup: mapAddKPI},
			{name: "map add-use-case", summary: "Add a use case, with the capabilities it uses, to an objective", setup: mapAddUseCase},
			{name: "map add-milestone", summary: "Add a milestone to a customer's Mutual Action Plan", setup: mapAddMilestone},
			{name: "map add-action", summary: "Add an action owned by the customer or the vendor", setup: mapAddAction},
			{name: "map set-status", args: "ID STATUS", want: "the action ID and its new STATUS", summary: "Set the status of an action: open, in-progress, done, blocked or cancelled", setup: mapSetStatus},
			{name: "map templates", summary: "List the Mutual Action Plan templates", setup: mapTemplates},
			{name: "map from-template", summary: "Create a customer's Mutual Action Plan from a template", setup: mapFromTemplate},
			{name: "import map-xlsx", args: "FILE", want: "the workbook FILE the customer sent back (- for standard input)", summary: "Read the plan's workbook the customer sent back: list the changes it proposes and the rows refused; save them only with --apply", setup: importMapXLSX},
		}},
		{"Deliverables and exports", []command{
			{name: "export pdf", summary: "Write a PDF deliverable: kickoff, assessment, summary, map, quarter, entitlements or qbr", setup: exportPDF},
			{name: "export ics", summary: "Write activities, MAP milestones and actions with a due day as an iCalendar file", setup: exportICS},
			{name: "export csv", summary: "Write activities or MAP actions as CSV", setup: exportCSV},
			{name: "export xlsx", summary: "Write a customer's Mutual Action Plan as a workbook for the customer to update and send back (read it with import map-xlsx)", setup: exportXLSX},
		}},
		{"Settings", []command{
			{name: "settings show", summary: "Show the settings: profile, work, thresholds of customer health, documents (organisation, logo, confidentiality line, fonts)", setup: settingsShow},
			{name: "settings set", summary: "Change the thresholds of customer health, and how documents are branded and drawn: organisation, logo, confidentiality line and fonts", setup: settingsSet},
		}},
		{"Data safety", []command{
			{name: "import", args: "FILE", want: "one portfolio FILE to import (- for standard input)", summary: "Import a portfolio file: checked completely first, then all of it or nothing", setup: importCmd},
			{name: "export json", summary: "Export the portfolio (or one customer) as a portfolio file", setup: exportJSON},
			{name: "backup", summary: "Write a consistent snapshot of the database to the backup folder", setup: backupCmd},
			{name: "backups", summary: "List the backups of the database, newest first", setup: backupsCmd},
			{name: "restore", args: "FILE", want: "the backup FILE to restore (list them with: liftoffctl backups)", summary: "Replace the database with a backup (the current file is kept as a backup)", setup: restoreCmd},
			{name: "check", summary: "Check the whole database: every page, every record's checksum, the last change against the commit record", setup: checkCmd},
			{name: "compact", summary: "Rewrite the database without the space deleted records left (a backup is kept first)", setup: compactCmd},
			{name: "sample", summary: "Load the sample portfolio: six customers across the four regions and both tiers", setup: sampleCmd},
		}},
		{"About", []command{
			{name: "version", summary: "Print the version of liftoffctl (also: liftoffctl --version)", setup: versionCmd},
		}},
	}
}

// commands returns every liftoffctl command.
func commands() []command {
	var all []command
	for _, g := range commandGroups() {
		all = append(all, g.commands...)
	}
	return all
}
