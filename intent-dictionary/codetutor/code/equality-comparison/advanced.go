package main

import (
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"strings"
)

type Key struct {
	Country string
	Zip     string
}

// Equal defines equality when == is not what you want (here: case).
func (k Key) Equal(o Key) bool {
	return strings.EqualFold(k.Country, o.Country) && k.Zip == o.Zip
}

func main() {
	// Comparable structs work as map keys: equality is field by field.
	offices := map[Key]string{{"NL", "1011"}: "Amsterdam"}
	fmt.Println(offices[Key{"NL", "1011"}])                 // Amsterdam
	fmt.Println(Key{"nl", "1011"}.Equal(Key{"NL", "1011"})) // true

	// Errors: compare with errors.Is, which also sees wrapped errors.
	err := fmt.Errorf("loading config: %w", fs.ErrNotExist)
	fmt.Println(err == fs.ErrNotExist, errors.Is(err, fs.ErrNotExist)) // false true

	// Interfaces holding a nil pointer are NOT equal to nil.
	var p *Key
	var i interface{} = p
	fmt.Println(p == nil, i == nil) // true false

	// reflect.DeepEqual compares slices and maps structurally; it is slow
	// and treats nil and empty slices as different, so use it in tests.
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2})) // true
	fmt.Println(reflect.DeepEqual([]int{}, []int(nil)))      // false
}
