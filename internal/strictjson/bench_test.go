package strictjson_test

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/liftoff-app/liftoff/internal/strictjson"
)

// benchDocument returns a list of n records in JSON, each with a field of
// most sorts.
func benchDocument(b *testing.B, n int) []byte {
	b.Helper()
	list := make([]record, n)
	for i := range list {
		list[i] = record{
			Name: fmt.Sprintf("Record %d, café", i), Count: i, Small: int8(i % 100), Ratio: float64(i) / 7,
			On: i%2 == 0, Tags: []string{"define", "design", "go-live"}, Pair: [2]int{i, -i},
			Labels: map[string]string{"expert": "available", "ultimate": "included"},
			When:   day{2026, 1 + i%12, 1 + i%28}, At: time.Date(2026, 11, 26, 10, 15, 0, 0, time.UTC),
			Note: Note{Note: "a \"quoted\" note\n"},
		}
	}
	data, err := json.Marshal(list)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkDecode measures Decode on 1000 records, about 400 KB.
func BenchmarkDecode(b *testing.B) {
	data := benchDocument(b, 1000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var list []record
		found, err := strictjson.Decode(data, &list, strictjson.Options{RequireFields: true})
		if err != nil || len(found) > 0 || len(list) != 1000 {
			b.Fatalf("%d records, %v %v", len(list), err, found)
		}
	}
}

// BenchmarkDecodeEncodingJSON measures encoding/json on the document of
// BenchmarkDecode, for comparison.
func BenchmarkDecodeEncodingJSON(b *testing.B) {
	data := benchDocument(b, 1000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var list []record
		if err := json.Unmarshal(data, &list); err != nil || len(list) != 1000 {
			b.Fatalf("%d records, %v", len(list), err)
		}
	}
}

// BenchmarkCheckSyntax measures CheckSyntax on the document of
// BenchmarkDecode.
func BenchmarkCheckSyntax(b *testing.B) {
	data := benchDocument(b, 1000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := strictjson.CheckSyntax(data); err != nil {
			b.Fatal(err)
		}
	}
}
