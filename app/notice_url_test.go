package app

import "testing"

// TestLocalFileURL: the URL handed to the desktop's opener names the file
// the way each platform's opener reads it, drive letters and shares
// included.
func TestLocalFileURL(t *testing.T) {
	tests := []struct {
		path    string
		windows bool
		want    string
	}{
		{"/home/ann/Liftoff exports/a.pdf", false, "file:///home/ann/Liftoff%20exports/a.pdf"},
		{`C:\Users\Ann\Documents\Müller #1.pdf`, true, "file:///C:/Users/Ann/Documents/M%C3%BCller%20%231.pdf"},
		{`D:\`, true, "file:///D:/"},
		{`\\fileserver\tam\plans\q1.xlsx`, true, "file://fileserver/tam/plans/q1.xlsx"},
	}
	for _, tt := range tests {
		if got := localFileURL(tt.path, tt.windows).String(); got != tt.want {
			t.Errorf("localFileURL(%q, windows %v) = %s, want %s", tt.path, tt.windows, got, tt.want)
		}
	}
}
