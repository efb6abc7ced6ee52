package main

// commands returns every liftoffctl command.
func commands() []command {
	var all []command
	for _, group := range [][]command{
		catalogCommands(),
		supportCommands(),
		customerCommands(),
		activityCommands(),
		dataCommands(),
		planCommands(),
		exportCommands(),
	} {
		all = append(all, group...)
	}
	return all
}
