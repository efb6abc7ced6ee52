package l10n_test

import (
	"fmt"

	"github.com/liftoff-app/liftoff/catalog"
	"github.com/liftoff-app/liftoff/internal/l10n"
	"github.com/liftoff-app/liftoff/planner"
)

func ExampleTranslator_Sentence() {
	for _, lang := range []string{"en", "nl", "ja"} {
		tr, err := l10n.New(lang)
		if err != nil {
			fmt.Println(err)
			return
		}
		saturday := planner.WeekdayDate(catalog.MustDate("2027-01-16"))
		fmt.Println(tr.Sentence(planner.Textf("%s is not a business day in %s", saturday, "EMEA")))
	}
	// Output:
	// Sat 2027-01-16 is not a business day in EMEA
	// za 2027-01-16 is geen werkdag in EMEA
	// 2027-01-16（土）は EMEA の営業日ではありません
}

func ExampleTranslator_Date() {
	for _, lang := range []string{"en", "nl", "ja"} {
		tr, err := l10n.New(lang)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(tr.Date(catalog.MustDate("2026-12-06")), "·", tr.Number(1234.5, 1))
	}
	// Output:
	// 6 Dec 2026 · 1,234.5
	// 6 dec 2026 · 1.234,5
	// 2026年12月6日 · 1,234.5
}
