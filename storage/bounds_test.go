package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// editedSample returns the sample database and its export with edit
// applied to the decoded file.
func editedSample(t *testing.T, edit func(accounts []any)) (*DB, []byte, []byte) {
	t.Helper()
	db, _ := openSampleDB(t)
	before := exportAll(t, db)
	dec := json.NewDecoder(bytes.NewReader(before))
	dec.UseNumber()
	var file map[string]any
	if err := dec.Decode(&file); err != nil {
		t.Fatal(err)
	}
	edit(file["accounts"].([]any))
	edited, err := json.Marshal(file)
	if err != nil {
		t.Fatal(err)
	}
	return db, before, edited
}

// field returns the object at key of the JSON object o.
func field(o any, key string) map[string]any { return o.(map[string]any)[key].(map[string]any) }

// TestImportRefusesValuesOutOfBounds checks that an imported file is held
// to planner's bounds: a name with a NUL or a bidi override and hours of
// 1e308 (JSON has no NaN) are refused, each named by its path in the
// file, and nothing is written.
func TestImportRefusesValuesOutOfBounds(t *testing.T) {
	db, before, file := editedSample(t, func(accounts []any) {
		field(accounts[1], "customer")["name"] = "Contoso\x00Health"
		field(accounts[2], "customer")["name"] = "Acme\u202Egpj.exe"
		acts := accounts[3].(map[string]any)["activities"].([]any)
		acts[0].(map[string]any)["hours"] = json.Number("1e308")
		contract := field(field(accounts[0], "customer"), "contract")
		field(contract, "allowances")["acceleratorsPerYear"] = json.Number("9223372036854775807")
	})
	_, err := db.Import(context.Background(), bytes.NewReader(file))
	v := mustValidation(t, err)
	for _, want := range []string{
		"accounts[1].customer.name: has a control character (U+0000)",
		"accounts[2].customer.name: has a bidi control character (U+202E), which can disguise text",
		"accounts[3].activities[0].hours: must be more than 0 and at most 1000 hours, not 1e+308",
		"accounts[0].customer.contract.allowances.acceleratorsPerYear: must be from 0 to 10000, not 9223372036854775807",
	} {
		if !strings.Contains(v.Error(), want) {
			t.Errorf("problems lack %q:\n%v", want, v)
		}
	}
	if got := exportAll(t, db); !bytes.Equal(got, before) {
		t.Error("the refused import changed the database")
	}
}

// TestImportRefusesOverlongNotes: a text over the limit is refused while
// the file is read, before the rest of it is decoded.
func TestImportRefusesOverlongNotes(t *testing.T) {
	db, before, file := editedSample(t, func(accounts []any) {
		field(accounts[2], "customer")["notes"] = strings.Repeat("n", 10001)
	})
	_, err := db.Import(context.Background(), bytes.NewReader(file))
	if err == nil || !strings.Contains(err.Error(), "accounts[2].customer.notes: the text is longer than 10,000 characters") {
		t.Errorf("import: %v", err)
	}
	if got := exportAll(t, db); !bytes.Equal(got, before) {
		t.Error("the refused import changed the database")
	}
}

// TestImportRefusesInvalidUTF8 checks that a file with bytes that are not
// UTF-8 in a name is refused, rather than read with the bytes replaced by
// U+FFFD, and that nothing is written.
func TestImportRefusesInvalidUTF8(t *testing.T) {
	db, before, file := editedSample(t, func(accounts []any) {
		field(accounts[1], "customer")["name"] = "Contoso MARKER"
	})
	file = bytes.Replace(file, []byte("MARKER"), []byte{'M', 0xff, 'R'}, 1)
	_, err := db.Import(context.Background(), bytes.NewReader(file))
	if err == nil {
		t.Fatal("a file with invalid UTF-8 was imported")
	}
	if !strings.Contains(err.Error(), "is not part of a UTF-8 character") || !strings.Contains(err.Error(), "(line ") {
		t.Errorf("import: %v", err)
	}
	if got := exportAll(t, db); !bytes.Equal(got, before) {
		t.Error("the refused import changed the database")
	}
}
