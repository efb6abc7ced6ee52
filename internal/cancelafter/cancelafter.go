// Package cancelafter gives tests a context that is cancelled part way
// through the work it is passed to, at a point the test chooses, so that
// a test can cancel long work at every point it looks at its context.
package cancelafter

import "context"

// Context is a context that is done from its (Looks+1)th call of Err on:
// it stands for a Cancel pressed while the work runs. Its Done channel is
// the parent's; work that only selects on Done does not see it.
type Context struct {
	context.Context
	// Looks is how many more calls of Err answer nil.
	Looks int
}

// New returns a Context on parent whose Err answers nil looks times.
func New(parent context.Context, looks int) *Context {
	return &Context{Context: parent, Looks: looks}
}

// Err returns nil while Looks is above zero, counting it down, and
// context.Canceled from then on.
func (c *Context) Err() error {
	if c.Looks <= 0 {
		return context.Canceled
	}
	c.Looks--
	return nil
}
