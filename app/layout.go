package app

import (
	"fmt"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/liftoff-app/liftoff/app/widgets"
	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

// navWidth is the width of the navigation column.
const navWidth = 232

// screenMakers returns the constructor of every screen: the one place
// that gives each screen what it uses of the window, the store and the
// catalog, in the window's language (see deps.go and shownCatalog).
func (u *UI) screenMakers() map[screenID]func(*UI) screen {
	return map[screenID]func(*UI) screen{
		screenPortfolio:  func(u *UI) screen { return newPortfolioScreen(u, u.store, u.shownCatalog()) },
		screenCustomer:   func(u *UI) screen { return newCustomerScreen(u, u.store, u.shownCatalog()) },
		screenEngagement: func(u *UI) screen { return newEngagementScreen(u, u.store, u.shownCatalog()) },
		screenActionPlan: func(u *UI) screen { return newActionPlanScreen(u, u.store, u.shownCatalog()) },
		screenQuarter:    func(u *UI) screen { return newQuarterScreen(u, u.store, u.shownCatalog()) },
		screenCatalog:    func(u *UI) screen { return newCatalogScreen(u, u.store, u.shownCatalog()) },
		screenSupport:    func(u *UI) screen { return newSupportScreen(u, u.store, u.shownCatalog()) },
		screenSettings:   func(u *UI) screen { return newSettingsScreen(u, u.store, u.shownCatalog()) },
	}
}

// screenTitle returns the translated name of a screen.
func (u *UI) screenTitle(id screenID) string { return u.tr("nav." + string(id)) }

// screenIcons are the icons of the screens in the navigation.
var screenIcons = map[screenID]func() fyne.Resource{
	screenPortfolio:  theme.ListIcon,
	screenCustomer:   theme.AccountIcon,
	screenEngagement: theme.MediaFastForwardIcon,
	screenActionPlan: theme.ConfirmIcon,
	screenQuarter:    theme.GridIcon,
	screenCatalog:    theme.StorageIcon,
	screenSupport:    theme.HelpIcon,
	screenSettings:   theme.SettingsIcon,
}

// screenIcon returns the icon of a screen in the navigation.
func screenIcon(id screenID) fyne.Resource {
	if icon, ok := screenIcons[id]; ok {
		return icon()
	}
	return theme.QuestionIcon()
}

// layout builds the window's content: the navigation on the left, the
// header, the screen and the undo bar on the right.
func (u *UI) layout() fyne.CanvasObject {
	order := screenOrder()
	u.nav = newEnterList(
		func() int { return len(order) },
		func() fyne.CanvasObject {
			hint := canvas.NewText("Ctrl+0", theme.Color(theme.ColorNamePlaceHolder))
			hint.TextSize = theme.CaptionTextSize()
			return container.NewBorder(nil, nil, widget.NewIcon(theme.ListIcon()), hint, widget.NewLabel(""))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Label).SetText(u.screenTitle(order[i]))
			row.Objects[1].(*widget.Icon).SetResource(screenIcon(order[i]))
			hint := row.Objects[2].(*canvas.Text)
			hint.Text = fmt.Sprintf("%s+%d", shortcutModifierName(), i+1)
			hint.Color = theme.Color(theme.ColorNamePlaceHolder)
			hint.Refresh()
		})
	u.nav.OnSelected = func(i widget.ListItemID) {
		if u.navSelecting {
			return
		}
		u.showScreen(order[i])
	}

	u.picker = newCustomerPicker(u)
	u.picker.setCustomers(u.customers)
	brand := canvas.NewText("Liftoff", theme.Color(theme.ColorNamePrimary))
	brand.TextSize = theme.TextHeadingSize()
	brand.TextStyle = fyne.TextStyle{Bold: true}
	focusCaption := widget.NewLabelWithStyle(u.tr("picker.caption"), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	navTop := container.NewVBox(container.NewPadded(brand), focusCaption, u.picker.button, widget.NewSeparator())
	nav := newBorder(navTop, nil, nil, nil, u.nav)
	navBox := container.New(&fixedWidthLayout{width: navWidth}, nav)

	u.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	u.title.SizeName = theme.SizeNameSubHeadingText
	u.customerLabel = widget.NewLabel("")
	u.customerLabel.Truncation = fyne.TextTruncateEllipsis
	u.customerLabel.SizeName = theme.SizeNameSubHeadingText
	u.tierChip = widgets.NewChip("", widgets.ToneNeutral)
	u.regionChip = widgets.NewChip("", regionTone)
	u.header = container.NewBorder(nil, widget.NewSeparator(), u.title,
		container.NewHBox(u.tierChip, u.regionChip), u.customerLabel)

	u.undoLabel = widget.NewLabel("")
	u.undoLabel.Truncation = fyne.TextTruncateEllipsis
	undoBtn := widget.NewButtonWithIcon(u.tr("action.undo"), theme.ContentUndoIcon(), u.undo)
	undoBtn.Importance = widget.HighImportance
	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), u.hideUndoBar)
	closeBtn.Importance = widget.LowImportance
	u.undoBar = container.NewBorder(widget.NewSeparator(), nil, nil, container.NewHBox(undoBtn, closeBtn), u.undoLabel)
	u.undoBar.Hide()

	u.content = container.NewStack()
	u.notice = newSavedNotice(u)
	// The bars are bottoms of borders of their own, so that a hidden bar
	// takes no room, not even the padding before it.
	main := newBorder(u.header, u.undoBar, nil, nil, container.NewBorder(nil, u.notice.bar, nil, nil, u.content))
	split := newBorder(nil, nil, container.NewHBox(navBox, widget.NewSeparator()), nil, container.NewPadded(main))
	return container.New(&sizeWatcher{onResize: u.rememberSize}, split)
}

// selectNav marks screen id in the navigation without opening it again.
func (u *UI) selectNav(id screenID) {
	i := slices.Index(screenOrder(), id)
	if i < 0 {
		return
	}
	u.navSelecting = true
	u.nav.Select(i)
	u.navSelecting = false
}

// updateHeader shows the screen's title and the customer in focus.
func (u *UI) updateHeader() {
	if u.title == nil {
		return
	}
	u.title.SetText(u.screenTitle(u.current))
	// The title's width changes with the screen: lay the header out again
	// so that the customer's name starts after it.
	defer u.header.Refresh()
	c, ok := u.focusedCustomer()
	if !ok {
		u.customerLabel.SetText("— " + u.tr("header.noCustomer"))
		u.tierChip.Hide()
		u.regionChip.Hide()
		u.picker.setFocused(planner.Customer{}, false)
		return
	}
	u.customerLabel.SetText("— " + isolate(c.Name))
	u.tierChip.Set(u.tierName(c), tierTone(c))
	u.regionChip.Set(u.regionName(c), regionTone)
	u.tierChip.Show()
	u.regionChip.Show()
	u.picker.setFocused(c, true)
}

// tierName returns the display name of a customer's tier.
func (u *UI) tierName(c planner.Customer) string {
	if t, ok := u.cat.Tier(c.Membership.Tier); ok {
		return t.Name
	}
	return string(c.Membership.Tier)
}

// regionName returns the display name of a customer's region: the
// translation of "window.region.<id>" when the window's translations have
// one for the catalog's region ID, else the catalog's name.
func (u *UI) regionName(c planner.Customer) string { return u.regionNameByID(c.Region) }

// regionNameByID returns the display name of a region as regionName does.
func (u *UI) regionNameByID(id catalog.RegionID) string {
	if s, ok := u.text.lookup("window.region." + string(id)); ok {
		return s
	}
	if r, ok := u.cat.Region(id); ok {
		return r.Name
	}
	return string(id)
}

// shortTierName returns a customer's tier in a word or two for narrow
// places such as a table column ("Ultimate"): the translation of
// "short.tier.<id>" when the window's translations have one for the
// catalog's tier ID, else the catalog's name.
func (u *UI) shortTierName(c planner.Customer) string {
	if s, ok := u.text.lookup("short.tier." + string(c.Membership.Tier)); ok {
		return s
	}
	return u.tierName(c)
}

// shortRegionName returns a customer's region shortly ("EMEA"), as
// shortTierName does for the tier.
func (u *UI) shortRegionName(c planner.Customer) string {
	if s, ok := u.text.lookup("short.region." + string(c.Region)); ok {
		return s
	}
	return u.regionName(c)
}

// addShortcuts installs the main menu and its keyboard shortcuts: Ctrl+N
// new customer, Ctrl+F find, Ctrl+E the deliverables to export, Ctrl+Z
// undo, Ctrl+1..8 screens.
func (u *UI) addShortcuts() {
	mod := fyne.KeyModifierShortcutDefault
	newCustomer := fyne.NewMenuItem(u.tr("menu.newCustomer"), func() { u.shortcut(actionNew) })
	newCustomer.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: mod}
	find := fyne.NewMenuItem(u.tr("menu.find"), func() { u.shortcut(actionFind) })
	find.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: mod}
	export := fyne.NewMenuItem(u.tr("menu.export"), func() { u.openDeliverableChooser() })
	export.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: mod}
	importItem := fyne.NewMenuItem(u.tr("menu.import"), u.importPortfolio)
	exportAll := fyne.NewMenuItem(u.tr("menu.exportPortfolio"), u.exportPortfolio)
	undo := fyne.NewMenuItem(u.tr("menu.undo"), u.undoFocusedOrLast)
	undo.Shortcut = &fyne.ShortcutUndo{}
	redo := fyne.NewMenuItem(u.tr("menu.redo"), u.redoFocusedOrLast)
	redo.Shortcut = &fyne.ShortcutRedo{}

	var goItems []*fyne.MenuItem
	for i, id := range screenOrder() {
		item := fyne.NewMenuItem(u.screenTitle(id), func() { u.showScreen(id) })
		item.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyName(fmt.Sprint(i + 1)), Modifier: mod}
		goItems = append(goItems, item)
		u.window.Canvas().AddShortcut(item.Shortcut, func(fyne.Shortcut) { u.showScreen(id) })
	}
	for _, it := range []*fyne.MenuItem{newCustomer, find, export} {
		action := it.Action
		u.window.Canvas().AddShortcut(it.Shortcut, func(fyne.Shortcut) { action() })
	}
	u.window.Canvas().AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { u.undoFocusedOrLast() })
	u.window.Canvas().AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { u.redoFocusedOrLast() })

	u.window.SetMainMenu(fyne.NewMainMenu(
		fyne.NewMenu(u.tr("menu.file"), newCustomer, fyne.NewMenuItemSeparator(), importItem, exportAll, export, fyne.NewMenuItemSeparator(), u.quitMenuItem()),
		fyne.NewMenu(u.tr("menu.edit"), undo, redo, find),
		u.deliverableMenu(),
		fyne.NewMenu(u.tr("menu.go"), goItems...),
	))
}

// textUndoer is a text field with its own undo history, such as
// widget.Entry.
type textUndoer interface{ Undo() }

// undoFocusedOrLast is Edit > Undo (Ctrl+Z): in a focused text field it
// undoes the typing there, as the field itself would (the window gives
// the menu's shortcut precedence over the field); elsewhere it undoes
// the last change Liftoff saved.
func (u *UI) undoFocusedOrLast() { inFocusedOr(u, textUndoer.Undo, u.undo) }

// textRedoer is a text field with its own redo history, such as
// widget.Entry.
type textRedoer interface{ Redo() }

// redoFocusedOrLast is Edit > Redo (Ctrl+Y or Ctrl+Shift+Z): in a focused
// text field it redoes the typing there; elsewhere it makes the change
// undone last again.
func (u *UI) redoFocusedOrLast() { inFocusedOr(u, textRedoer.Redo, u.redo) }

// inFocusedOr runs do on the focused object of u's window when it is a
// T, else other.
func inFocusedOr[T any](u *UI, do func(T), other func()) {
	if f, ok := u.window.Canvas().Focused().(T); ok {
		do(f)
		return
	}
	other()
}

// shortcut runs a window-wide action: the screen shown handles it when it
// can, else the window does (new customer, the customer picker).
func (u *UI) shortcut(a shortcutAction) {
	if s, ok := u.screens[u.current].(shortcutScreen); ok && s.shortcut(a) {
		return
	}
	switch a {
	case actionNew:
		u.editCustomer(planner.Customer{}, true)
	case actionFind:
		u.picker.open()
	}
}

// shortcutModifierName names the key of Ctrl+1..8 on this system.
func shortcutModifierName() string {
	if fyne.KeyModifierShortcutDefault == fyne.KeyModifierSuper {
		return "⌘"
	}
	return "Ctrl"
}

// showUndoBar offers to undo the change just made.
func (u *UI) showUndoBar(label string) {
	u.undoLabel.SetText(label)
	u.undoBar.Show()
	u.undoBarSerial++
	if u.undoBarTimer != nil {
		u.undoBarTimer.Stop()
	}
	if u.undoBarTimeout < 0 {
		return
	}
	serial := u.undoBarSerial
	u.undoBarTimer = time.AfterFunc(u.undoBarTimeout, func() {
		u.do(func() {
			if serial == u.undoBarSerial {
				u.undoBar.Hide()
			}
		})
	})
}

// hideUndoBar hides the undo bar; Ctrl+Z still works.
func (u *UI) hideUndoBar() {
	u.undoBarSerial++
	if u.undoBarTimer != nil {
		u.undoBarTimer.Stop()
	}
	u.undoBar.Hide()
}

// fixedWidthLayout gives its objects one width and the full height.
type fixedWidthLayout struct{ width float32 }

// MinSize returns the fixed width and the tallest object's height.
func (l *fixedWidthLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objects {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(l.width, h)
}

// Layout stretches every object over the space.
func (l *fixedWidthLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// twoColumnsLayout places two objects side by side, each as tall as the
// space. They share the width equally when each fits in half; otherwise
// the one that needs more gets its minimum width and the other the rest.
// Where the two do not fit side by side, the second goes under the first,
// both the full width: the layout is as narrow as its wider object, so
// that a small window, in a language of long words, keeps both whole.
type twoColumnsLayout struct {
	// width is the width last laid out in (0 before the first layout:
	// side by side).
	width float32
	// owner is the container laid out, refreshed when the columns stack
	// or part, so that its parent makes room; stacked says which.
	owner   fyne.CanvasObject
	stacked bool
}

// newTwoColumns returns left and right in a twoColumnsLayout.
func newTwoColumns(left, right fyne.CanvasObject) *fyne.Container {
	l := &twoColumnsLayout{}
	c := container.New(l, left, right)
	l.owner = c
	return c
}

// sideBySide reports whether objects a and b fit side by side in width.
func (l *twoColumnsLayout) sideBySide(a, b fyne.Size, width float32) bool {
	return width == 0 || width >= a.Width+theme.Padding()+b.Width
}

// MinSize returns the wider object's minimum width and, at the last
// width, the taller minimum height side by side or the two heights
// stacked.
func (l *twoColumnsLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	if len(objects) != 2 {
		return layout.NewVBoxLayout().MinSize(objects)
	}
	a, b := objects[0].MinSize(), objects[1].MinSize()
	if l.sideBySide(a, b, l.width) {
		return fyne.NewSize(max(a.Width, b.Width), max(a.Height, b.Height))
	}
	return fyne.NewSize(max(a.Width, b.Width), a.Height+theme.Padding()+b.Height)
}

// Layout shares the width between the two objects, or stacks them.
func (l *twoColumnsLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	if len(objects) != 2 {
		layout.NewVBoxLayout().Layout(objects, size)
		return
	}
	l.width = size.Width
	pad := theme.Padding()
	a, b := objects[0].MinSize(), objects[1].MinSize()
	stacked := !l.sideBySide(a, b, size.Width)
	if stacked != l.stacked {
		l.stacked = stacked
		if l.owner != nil {
			canvas.Refresh(l.owner)
		}
	}
	if stacked {
		objects[0].Move(fyne.NewPos(0, 0))
		objects[0].Resize(fyne.NewSize(size.Width, a.Height))
		objects[1].Move(fyne.NewPos(0, a.Height+pad))
		objects[1].Resize(fyne.NewSize(size.Width, max(b.Height, size.Height-a.Height-pad)))
		return
	}
	avail := size.Width - pad
	left := avail / 2
	switch {
	case left < a.Width:
		left = a.Width
	case avail-left < b.Width:
		left = max(avail-b.Width, a.Width)
	}
	objects[0].Move(fyne.NewPos(0, 0))
	objects[0].Resize(fyne.NewSize(left, size.Height))
	objects[1].Move(fyne.NewPos(left+pad, 0))
	objects[1].Resize(fyne.NewSize(max(avail-left, b.Width), size.Height))
}

// linesLayout stacks objects such as a title and a caption under it, each
// at its minimum height and the full width, centred in the height; the
// inner padding the objects keep above and below their text is kept only
// once between them, so that the lines read as one item. Hidden objects
// take no room, so a cell of two lines can show one.
type linesLayout struct{}

// height returns the height of the visible objects stacked.
func (linesLayout) height(objects []fyne.CanvasObject) (w, h float32) {
	n := 0
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		w = max(w, m.Width)
		h += m.Height
		if n > 0 {
			h -= theme.InnerPadding()
		}
		n++
	}
	return w, h
}

// MinSize returns the widest minimum width and the heights stacked, less
// the inner padding between the lines. Hidden objects count too: a cell
// keeps its height whatever it shows.
func (l linesLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for i, o := range objects {
		m := o.MinSize()
		w = max(w, m.Width)
		h += m.Height
		if i > 0 {
			h -= theme.InnerPadding()
		}
	}
	return fyne.NewSize(w, h)
}

// Layout stacks the visible objects, centred in the height.
func (l linesLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	_, h := l.height(objects)
	stackRows(objects, size.Width, max((size.Height-h)/2, 0), -theme.InnerPadding())
}

// showOnly makes o the one object of c, leaving c alone when it is.
func showOnly(c *fyne.Container, o fyne.CanvasObject) {
	if len(c.Objects) == 1 && c.Objects[0] == o {
		return
	}
	c.Objects = []fyne.CanvasObject{o}
	c.Refresh()
}

// stackRows puts the visible objects one under the other from y down,
// each width wide at its minimum height, gap apart (a negative gap
// overlaps them).
func stackRows(objects []fyne.CanvasObject, width, y, gap float32) {
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(width, h))
		y += h + gap
	}
}

// sizeWatcher is a stack layout that reports the size it is given, so
// that the window size can be remembered.
type sizeWatcher struct {
	onResize func(fyne.Size)
	last     fyne.Size
}

// MinSize returns the largest minimum size of the objects.
func (l *sizeWatcher) MinSize(objects []fyne.CanvasObject) fyne.Size {
	return layout.NewStackLayout().MinSize(objects)
}

// Layout stacks the objects over the space and reports a new size.
func (l *sizeWatcher) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	layout.NewStackLayout().Layout(objects, size)
	if size != l.last {
		l.last = size
		if l.onResize != nil {
			l.onResize(size)
		}
	}
}

// languageName returns the name of a language the catalog names in
// English ("Japanese") in the window's language.
func (u *UI) languageName(english string) string { return u.text.languageName(english) }
