package planner

import "testing"

func TestTextQuotesATitleAsItIsWritten(t *testing.T) {
	for _, tt := range []struct {
		text Text
		want string
	}{
		{Textf("open risk %q with high impact", `Go-live "Spring" date`), `open risk "Go-live "Spring" date" with high impact`},
		{Textf("action %q is overdue", `C:\exports`), `action "C:\exports" is overdue`},
		{Textf("objective %q is behind", "クラウド移行"), `objective "クラウド移行" is behind`},
		// A character that cannot be seen still shows as its escape.
		{Textf("%q is not an e-mail address", "a\u202eb@x.example"), `"a\u202eb@x.example" is not an e-mail address`},
		{Textf("%q is not an e-mail address", ""), `"" is not an e-mail address`},
		{Textf("%s and %5s and %d", "plain", "pad", 3), "plain and   pad and 3"},
	} {
		if got := tt.text.String(); got != tt.want {
			t.Errorf("%q with %q = %s, want %s", tt.text.Format, tt.text.Args, got, tt.want)
		}
	}
}
