package strictjson_test

import (
	"errors"
	"fmt"

	"github.com/liftoff-app/liftoff/internal/strictjson"
)

func ExampleDecode() {
	type Accelerator struct {
		ID     string   `json:"id"`
		Hours  int      `json:"hours"`
		Phases []string `json:"phases"`
		Note   string   `json:"note,omitempty"`
	}
	type File struct {
		Accelerators []Accelerator `json:"accelerators"`
	}
	data := []byte(`{"accelerators": [
		{"id": "acc-1", "hours": 8, "phases": ["define"]},
		{"id": "acc-2", "hourz": 8, "phases": ["design", 7]},
		{"id": "acc-3", "hours": 2.5, "phases": []}
	]}`)
	var f File
	problems, err := strictjson.Decode(data, &f, strictjson.Options{RequireFields: true})
	if err != nil {
		fmt.Println(err)
	}
	for _, p := range problems {
		fmt.Println(p)
	}
	fmt.Println(len(f.Accelerators), "accelerators decoded, the first", f.Accelerators[0].ID)
	// Output:
	// accelerators[1].hourz: unknown field (did you mean "hours"?)
	// accelerators[1].phases[1]: want a string, got the number 7
	// accelerators[1].hours: required field is missing
	// accelerators[2].hours: want a whole number, got 2.5
	// 3 accelerators decoded, the first acc-1
}

func ExampleSyntaxError() {
	var v map[string]int
	_, err := strictjson.Decode([]byte("{\n  \"a\": 1,\n  \"b\": }"), &v, strictjson.Options{})
	var syn *strictjson.SyntaxError
	if errors.As(err, &syn) {
		fmt.Printf("%s: %v\n", syn.Path, syn)
	}
	// Output:
	// b: syntax error at line 3, column 8: want a value, found '}'
}

func ExampleCheckSyntax() {
	fmt.Println(strictjson.CheckSyntax([]byte(`{"a": [1, 2]}`)))
	fmt.Println(strictjson.CheckSyntax([]byte(`{"a": [1, 2}`)))
	// Output:
	// <nil>
	// syntax error at line 1, column 12: want ',' or ']' after the list element, found '}'
}

func ExampleSuggestion() {
	fmt.Println("unknown field" + strictjson.Suggestion("hourz", []string{"id", "hours", "phases"}))
	// Output:
	// unknown field (did you mean "hours"?)
}
