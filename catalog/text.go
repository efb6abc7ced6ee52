package catalog

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/liftoff-app/liftoff/internal/strictjson"
	"github.com/liftoff-app/liftoff/internal/textcheck"
)

// checkUTF8 reports the first byte of data that is not valid UTF-8, with
// the path of the value it is in, and reports whether data is valid: a
// JSON decoder would silently replace such bytes.
func checkUTF8(data []byte, probs *problemList) bool {
	path, offset, bad := textcheck.FindInvalidUTF8(data)
	if !bad {
		return true
	}
	probs.addBad(path, fmt.Sprintf("is not valid UTF-8 text (byte %d of the file)", offset+1))
	return false
}

// checkTexts reports every text in v (a decoded catalog or template file)
// that holds a character the planner's text rule refuses: control
// characters other than line breaks and tabs, bidi controls, which can
// make text read differently from what it holds, and invisible characters
// that can hide text. path is the JSON path of v.
func checkTexts(v reflect.Value, path string, probs *problemList) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			checkTexts(v.Elem(), path, probs)
		}
	case reflect.String:
		if msg := textFault(v.String()); msg != "" {
			probs.add(path, msg)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			name := jsonName(f)
			if !f.IsExported() || name == "" {
				continue
			}
			if f.Anonymous && f.Tag.Get("json") == "" {
				checkTexts(v.Field(i), path, probs) // fields promoted as JSON promotes them
				continue
			}
			checkTexts(v.Field(i), joinPath(path, name), probs)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			checkTexts(v.Index(i), path+"["+strconv.Itoa(i)+"]", probs)
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			key := fmt.Sprint(iter.Key().Interface())
			p := joinPath(path, key)
			if msg := textFault(key); msg != "" {
				probs.add(p, "the key "+msg)
			}
			checkTexts(iter.Value(), p, probs)
		}
	}
}

// textFault returns what is wrong with catalog text s, or "".
func textFault(s string) string {
	switch f := textcheck.Check(s, true); f.Kind {
	case textcheck.Control:
		return fmt.Sprintf("has a control character (%U)", f.Rune)
	case textcheck.Bidi:
		return fmt.Sprintf("has a bidi control character (%U), which can disguise text", f.Rune)
	case textcheck.Invisible:
		return fmt.Sprintf("has an invisible character (%U), which can hide text", f.Rune)
	case textcheck.InvalidUTF8:
		return fmt.Sprintf("is not valid UTF-8 text (byte %d)", f.Offset+1)
	}
	return ""
}

// jsonName returns the JSON name of struct field f, or "" when it is not
// in the file.
func jsonName(f reflect.StructField) string {
	tag := f.Tag.Get("json")
	if tag == "-" {
		return ""
	}
	name, _, _ := strings.Cut(tag, ",")
	if name == "" {
		return f.Name
	}
	return name
}

// joinPath appends key to a JSON path as strictjson writes paths.
func joinPath(path, key string) string {
	if !strictjson.PlainName(key) {
		return path + "[" + strconv.Quote(key) + "]"
	}
	if path == "" {
		return key
	}
	return path + "." + key
}
