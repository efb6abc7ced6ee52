package app

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/liftoff-app/liftoff/planner"
	"github.com/liftoff-app/liftoff/storage"
)

// Store is the persistence the window works on: exactly the methods of
// *storage.DB the window uses. Each screen is given only the parts of it
// it uses, declared below by subject, so that what a screen can read and
// write shows in its constructor and a test can pass a database of its
// own (see failingStore in the tests).
type Store interface {
	accountReader
	portfolioReader
	settingsStore
	customerWriter
	engagementWriter
	planWriter
	activityWriter
	seriesWriter
	caseStore
	riskWriter
	portfolioTransfer
}

// accountReader reads one customer's account.
type accountReader interface {
	// Account returns everything kept about one customer.
	Account(id planner.ID) (planner.Account, error)
}

// portfolioReader reads the whole portfolio: the rows of the portfolio screen, the
// customers, their accounts and their activities.
type portfolioReader interface {
	// Portfolio returns one summary row per customer on today.
	Portfolio(today planner.Date) ([]planner.PortfolioRow, error)
	// Customers returns every customer, sorted by name.
	Customers() ([]planner.Customer, error)
	// Accounts returns every customer's account, in Customers order, read
	// in one snapshot.
	Accounts() ([]planner.Account, error)
	// Activities returns the activities of every customer from one day to another.
	Activities(from, to planner.Date) ([]planner.Activity, error)
}

// settingsStore reads and saves the TAM's settings.
type settingsStore interface {
	// Settings returns the TAM's settings (defaults when none are saved).
	Settings() (planner.Settings, error)
	// PutSettings validates and saves the settings.
	PutSettings(s planner.Settings) error
}

// customerWriter saves, replaces and removes customers.
type customerWriter interface {
	// PutCustomer validates and saves a customer (a zero ID gets a new
	// one) and returns it as saved.
	PutCustomer(c planner.Customer) (planner.Customer, error)
	// PutAccount replaces a customer's data as a whole (restore, undo).
	PutAccount(a planner.Account) error
	// DeleteCustomer removes a customer and everything of it, and returns
	// what it removed (for undo).
	DeleteCustomer(id planner.ID) (planner.Account, error)
}

// engagementWriter saves and removes engagements.
type engagementWriter interface {
	// PutEngagement validates and saves an engagement.
	PutEngagement(e planner.Engagement) (planner.Engagement, error)
	// DeleteEngagement removes an engagement and returns it (for undo).
	DeleteEngagement(id planner.ID) (planner.Engagement, error)
}

// planWriter saves and removes Mutual Action Plans.
type planWriter interface {
	// PutPlan validates and saves a Mutual Action Plan.
	PutPlan(p planner.ActionPlan) (planner.ActionPlan, error)
	// DeletePlan removes a customer's Mutual Action Plan and returns it
	// (for undo).
	DeletePlan(customer planner.ID) (planner.ActionPlan, error)
}

// activityWriter saves and removes activities.
type activityWriter interface {
	// PutActivity validates and saves an activity.
	PutActivity(a planner.Activity) (planner.Activity, error)
	// PutActivities validates and saves activities in one transaction.
	PutActivities(list []planner.Activity) ([]planner.Activity, error)
	// DeleteActivity removes an activity and returns it (for undo).
	DeleteActivity(id planner.ID) (planner.Activity, error)
}

// seriesWriter saves and removes recurring series with their occurrences.
type seriesWriter interface {
	// PutSeries validates and saves a recurring series with its
	// occurrences in one transaction.
	PutSeries(s planner.Series, occurrences []planner.Activity) (planner.Series, []planner.Activity, error)
	// ReplaceSeriesFrom saves a stored series and makes occurrences its
	// occurrences from a day on, in one transaction.
	ReplaceSeriesFrom(s planner.Series, from planner.Date, occurrences []planner.Activity) ([]planner.Activity, error)
	// DeleteSeries removes a series with its occurrences and returns them
	// (for undo).
	DeleteSeries(id planner.ID) (planner.Series, []planner.Activity, error)
}

// caseStore reads, saves, marks, imports and removes support cases.
type caseStore interface {
	// Case returns one support case.
	Case(id planner.ID) (planner.SupportCase, error)
	// PutCase validates and saves a support case (a zero ID gets a new
	// one) and returns it as saved.
	PutCase(c planner.SupportCase) (planner.SupportCase, error)
	// DeleteCase removes a support case and returns it (for undo).
	DeleteCase(id planner.ID) (planner.SupportCase, error)
	// MarkReminder marks a follow-up step of a case sent, dismissed or
	// pending again, and returns the saved case.
	MarkReminder(id planner.ID, n int, state planner.ReminderState, at time.Time) (planner.SupportCase, error)
	// ImportCases merges a portal's case export into a customer's cases,
	// all or nothing.
	ImportCases(ctx context.Context, customer planner.ID, rows []storage.PortalCase) (storage.CaseImportResult, error)
}

// riskWriter saves and removes risks and issues.
type riskWriter interface {
	// PutRisk validates and saves a risk or issue and returns it as saved.
	PutRisk(r planner.Risk) (planner.Risk, error)
	// DeleteRisk removes a risk or issue and returns it (for undo).
	DeleteRisk(id planner.ID) (planner.Risk, error)
}

// portfolioTransfer reads and writes portfolio files.
type portfolioTransfer interface {
	// Import reads a portfolio file and writes it all or nothing.
	Import(ctx context.Context, r io.Reader) (storage.ImportResult, error)
	// ImportAccounts writes accounts as Import does (the sample portfolio).
	ImportAccounts(accounts []planner.Account) (storage.ImportResult, error)
	// Export writes the accounts of the given customers (all when none) as
	// a portfolio file.
	Export(w io.Writer, ids ...planner.ID) error
}

// The database of Liftoff is a Store.
var _ Store = (*storage.DB)(nil)

// focusedAccount reads the account of customer id, the customer in focus
// (a zero ID: none), and reports whether there is one; a read that fails
// is shown to the TAM, what saying what was being read ("read the
// cases").
func focusedAccount(w dialogs, store accountReader, id planner.ID, what string) (planner.Account, bool) {
	if id == (planner.ID{}) {
		return planner.Account{}, false
	}
	acct, err := store.Account(id)
	if err != nil {
		w.showError(fmt.Errorf("%s: %w", what, err))
		return planner.Account{}, false
	}
	return acct, true
}
