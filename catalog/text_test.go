package catalog

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"
)

// loadProblems returns the problems Load or LoadTemplates reports for
// data, failing the test when the file is accepted.
func loadProblems(t *testing.T, data []byte, templates bool) []Problem {
	t.Helper()
	var err error
	if templates {
		_, err = LoadTemplates(bytes.NewReader(data))
	} else {
		_, err = Load(bytes.NewReader(data))
	}
	var le *LoadError
	if !errors.As(err, &le) {
		t.Fatalf("got %v, want a *LoadError", err)
	}
	return le.Problems
}

func hasProblem(list []Problem, path, msg string) bool {
	for _, p := range list {
		if p.Path == path && strings.Contains(p.Message, msg) {
			return true
		}
	}
	return false
}

func TestLoadRefusesInvalidUTF8(t *testing.T) {
	data := bytes.Replace(DefaultJSON(), []byte(`"name": "Target"`), []byte("\"name\": \"Tar\xffget\""), 1)
	at := bytes.IndexByte(data, 0xff)
	got := loadProblems(t, data, false)
	if !hasProblem(got, "solutions[1].name", "is not valid UTF-8 text (byte "+strconv.Itoa(at+1)+" of the file)") {
		t.Errorf("problems %v do not name solutions[1].name and the byte", got)
	}
	// Outside any value, only the offset can be told.
	got = loadProblems(t, append([]byte{0xfe, ' '}, DefaultJSON()...), false)
	if !hasProblem(got, "", "is not valid UTF-8 text (byte 1 of the file)") {
		t.Errorf("problems %v do not give the byte", got)
	}
}

func TestLoadRefusesHiddenCharacters(t *testing.T) {
	for _, tc := range []struct{ with, msg string }{
		{"Tar\u202Eget", "has a bidi control character (U+202E), which can disguise text"},
		{"Tar\\u0000get", "has a control character (U+0000)"},
		{"Tar\u200Bget", "has an invisible character (U+200B), which can hide text"},
	} {
		data := bytes.Replace(DefaultJSON(), []byte(`"name": "Target"`), []byte(`"name": "`+tc.with+`"`), 1)
		if got := loadProblems(t, data, false); !hasProblem(got, "solutions[1].name", tc.msg) {
			t.Errorf("%q: problems %v, want solutions[1].name: %s", tc.with, got, tc.msg)
		}
	}
}

func TestLoadTemplatesRefusesInvalidUTF8AndBidi(t *testing.T) {
	title := []byte(`"title": "Go live on AEM as a Cloud Service without business disruption"`)
	if !bytes.Contains(DefaultTemplatesJSON(), title) {
		t.Fatal("the default templates changed; pick another title")
	}
	bad := bytes.Replace(DefaultTemplatesJSON(), title, []byte("\"title\": \"Go \xc3 live\""), 1)
	if got := loadProblems(t, bad, true); len(got) != 1 || !strings.HasSuffix(got[0].Path, ".title") || !strings.Contains(got[0].Message, "UTF-8") {
		t.Errorf("invalid UTF-8: problems %v", got)
	}
	bidi := bytes.Replace(DefaultTemplatesJSON(), title, []byte("\"title\": \"Go \u2067live\""), 1)
	if got := loadProblems(t, bidi, true); len(got) == 0 || !strings.HasSuffix(got[0].Path, ".title") || !strings.Contains(got[0].Message, "bidi control character (U+2067)") {
		t.Errorf("bidi isolate: problems %v", got)
	}
}
