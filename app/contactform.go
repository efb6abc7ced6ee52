package app

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/planner"
)

// editContact opens Named Support Contact i of the customer shown in a
// form to change; planner's Customer.Validate checks it, and the change
// can be undone.
func (s *customerScreen) editContact(i int) {
	w := s.w
	before := s.account.Customer
	if i < 0 || i >= len(before.Contacts) {
		return
	}
	was := before.Contacts[i]
	name, email := newFormEntry(), newFormEntry()
	name.SetText(was.Name)
	email.SetText(was.Email)
	products := slices.Clone(before.Membership.Solutions)
	var names []string
	for _, p := range products {
		names = append(names, s.cat.SolutionName(p))
	}
	product := w.newFormSelect(names, nil)
	if j := slices.Index(products, was.Product); j >= 0 {
		product.SetSelectedIndex(j)
	}
	admin := widget.NewCheck("", nil)
	admin.SetChecked(was.AccountAdmin)
	form := w.newFieldForm()
	form.add("name", w.tr("nsc.field.name"), name)
	form.add("email", w.tr("nsc.field.email"), email)
	form.add("product", w.tr("nsc.field.product"), product)
	form.add("accountAdmin", w.tr("nsc.field.accountAdmin"), admin)
	read := func() planner.Contact {
		c := planner.Contact{Name: strings.TrimSpace(name.Text), Email: strings.TrimSpace(email.Text), AccountAdmin: admin.Checked}
		if j := product.SelectedIndex(); j >= 0 && j < len(products) {
			c.Product = products[j]
		}
		return c
	}
	prefix := fmt.Sprintf("contacts[%d].", i)
	changed := func() planner.Customer {
		c := before
		c.Contacts = slices.Clone(before.Contacts)
		c.Contacts[i] = read()
		return c
	}
	form.check = func() error { return changed().Validate(s.cat) }
	form.prefix = prefix
	apply := func() error {
		c := changed()
		if err := c.Validate(s.cat); err != nil {
			form.showError(err, prefix)
			return err
		}
		if err := s.putCustomer(c, before, w.tr("nsc.changed", c.Contacts[i].Name)); err != nil {
			form.showError(err, prefix)
			return err
		}
		return nil
	}
	s.contactDialog = w.newFormDialog(w.tr("nsc.edit"), form, apply, func() bool { return read() != was })
	s.contactDialog.show()
}
