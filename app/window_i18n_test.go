package app

import (
	"errors"
	"testing"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/planner"
)

func TestRegionNamesInTheWindowsLanguage(t *testing.T) {
	for _, tt := range []struct{ language, want string }{
		{"en", "Europe, Middle East and Africa"},
		{"nl", "Europa, Midden-Oosten en Afrika"},
		{"ja", "欧州・中東・アフリカ"},
	} {
		t.Run(tt.language, func(t *testing.T) {
			u, db := newTestUIInLanguage(t, tt.language)
			c := customerNamed(t, db, "Müller GmbH")
			u.setFocus(c.ID)
			u.waitIdle()
			if got := u.regionName(c); got != tt.want {
				t.Errorf("region %q, want %q", got, tt.want)
			}
			if got := u.regionChip.Text(); got != tt.want {
				t.Errorf("region badge %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAddOnRefusalInTheWindowsLanguage(t *testing.T) {
	cat := catalog.Default()
	m := planner.Membership{Tier: catalog.Ultimate}
	err := planner.CheckAddOnPurchase(cat, m, "priority-queue-bundle")
	if !errors.Is(err, planner.ErrAddOn) {
		t.Fatalf("Priority Queue Bundle on Ultimate: %v, want ErrAddOn", err)
	}
	for _, tt := range []struct{ language, want string }{
		{"en", "Priority Queue Bundle is already included in Ultimate Success"},
		{"nl", "Priority Queue Bundle zit al in Ultimate Success"},
		{"ja", "Priority Queue Bundle は Ultimate Success にすでに含まれています"},
	} {
		u, _ := newTestUIInLanguage(t, tt.language)
		if got := u.errorText(err); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.language, got, tt.want)
		}
	}
}
