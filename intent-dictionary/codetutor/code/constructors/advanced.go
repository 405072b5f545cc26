package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Rgb's fields are unexported, so other packages must use the constructors below.
type Rgb struct{ red, green, blue uint8 }

func NewRgb(red, green, blue int) (Rgb, error) {
	for _, v := range []int{red, green, blue} {
		if v < 0 || v > 255 {
			return Rgb{}, fmt.Errorf("component %d is outside 0..255", v)
		}
	}
	return Rgb{uint8(red), uint8(green), uint8(blue)}, nil
}

// ParseRgb is a second constructor: it parses first, then delegates.
func ParseRgb(text string) (Rgb, error) {
	digits := strings.TrimPrefix(text, "#")
	if len(digits) != 6 {
		return Rgb{}, fmt.Errorf("expected #rrggbb, got %q", text)
	}
	v, err := strconv.ParseUint(digits, 16, 32)
	if err != nil {
		return Rgb{}, fmt.Errorf("parse %q: %w", text, err)
	}
	return NewRgb(int(v>>16), int(v>>8&0xff), int(v&0xff))
}

func (c Rgb) String() string { return fmt.Sprintf("Rgb(%d, %d, %d)", c.red, c.green, c.blue) }

func main() {
	var black Rgb // the zero value is already a valid colour
	orange, _ := NewRgb(255, 136, 0)
	blue, _ := ParseRgb("#1e90ff")
	fmt.Println(black, orange, blue)
	if _, err := NewRgb(300, 0, 0); err != nil {
		fmt.Println("rejected:", err)
	}
	if _, err := ParseRgb("#abc"); err != nil {
		fmt.Println("rejected:", err)
	}
}
