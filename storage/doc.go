// Package storage keeps a Liftoff portfolio in one bbolt file: customers,
// engagements, Mutual Action Plans, activities, the rules of recurring
// activities (series), support cases with their follow-up reminder marks,
// risks and issues, and settings.
//
// The file is built so that work is never lost:
//
//   - Every change is one transaction, validated with the planner rules
//     before anything is written; a failure leaves the previous state.
//   - Only one program opens a file for writing; a second one is told
//     "Liftoff is already open on <path>" within the lock timeout.
//   - Opening checks the file cheaply (meta pages, size against the
//     high-water mark, free-page list, schema), then fully (a walk of
//     every page and bbolt's tx.Check); a file larger than
//     Options.CheckOnOpenLimit gets the full check in the background a
//     moment later, and the first write of a session waits for it, so a
//     damaged file is never written to.
//   - Before the first write of a session a consistent snapshot is kept in
//     the backup folder (the newest ten by default); Restore puts one back.
//   - A schema version in the meta bucket drives forward migrations; a file
//     from a newer Liftoff is refused and left untouched. The version is
//     kept a second time, sealed, so that a changed bit of it is reported
//     as damage rather than read as another version (see sealed.go).
//   - Portfolios move between machines as versioned JSON (Export, Import):
//     an import is checked completely first and then written as a whole.
//   - Compact gives back the space deleted records left, writing a copy
//     that replaces the file only once it is checked and holds the same
//     records.
package storage
