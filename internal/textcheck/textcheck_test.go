package textcheck

import "testing"

func TestInvalidUTF8(t *testing.T) {
	for _, tc := range []struct {
		data   string
		path   string
		offset int
		ok     bool
	}{
		{`{"a": "fine é"}`, "", 0, false},
		{"{\"a\": \"b\xffc\"}", "a", 8, true},
		{"{\"items\": [{\"id\": \"x\"}, {\"id\": \"y\", \"name\": \"\xfe\"}]}", "items[1].name", 45, true},
		{"{\"list\": [\"ok\", \"\xc3\"]}", "list[1]", 17, true},
		{"{\"odd key\": {\"n\": \"\xff\"}}", `["odd key"].n`, 19, true},
		{"{\"k\xff\": 1}", "", 3, true},
		{"{\"a\": {\"b\": 1}, \"c\": [1, 2, {\"d\": \"\xff\"}]}", "c[2].d", 35, true},
		{"\xff{}", "", 0, true},
	} {
		path, offset, ok := FindInvalidUTF8([]byte(tc.data))
		if path != tc.path || offset != tc.offset || ok != tc.ok {
			t.Errorf("%q: got %q, %d, %v; want %q, %d, %v", tc.data, path, offset, ok, tc.path, tc.offset, tc.ok)
		}
	}
}

func TestCheckKinds(t *testing.T) {
	for _, tc := range []struct {
		s         string
		multiLine bool
		want      Kind
	}{
		{"a\r\nb", true, OK}, {"a\r\nb", false, LineBreak}, {"a\u2029b", true, Control},
		{"a\u200Db", false, OK}, {"a\u200Eb", false, OK}, {"a\u2064b", false, Invisible},
		{"a\u202Cb", false, Bidi}, {"a\u2066b", true, Bidi}, {"\u3000a", false, Space},
	} {
		if got := Check(tc.s, tc.multiLine); got.Kind != tc.want {
			t.Errorf("Check(%q, %v) = %v, want kind %d", tc.s, tc.multiLine, got, tc.want)
		}
	}
}
