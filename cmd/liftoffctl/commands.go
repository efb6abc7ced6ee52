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
		{"Catalog", catalogCommands()},
		{"Entitlements and support", supportCommands()},
		{"Support cases, risks and health", caseCommands()},
		{"Customers, contacts and engagements", customerCommands()},
		{"Activities and the quarter", append(activityCommands(), planCommands()...)},
		{"Mutual Action Plan", mapCommands()},
		{"Deliverables and exports", exportCommands()},
		{"Settings", settingsCommands()},
		{"Data safety", dataCommands()},
		{"About", aboutCommands()},
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
