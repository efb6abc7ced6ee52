package export

import "github.com/liftoff-app/liftoff/export/layout"

// callColor returns the colour a Set*Color call sets.
func callColor(k layout.Call) layout.RGB {
	return layout.RGB(int(k.Numbers[0])<<16 | int(k.Numbers[1])<<8 | int(k.Numbers[2]))
}
