package main

import "fmt"

// Go has no enum keyword: a named type plus iota-numbered constants is the idiom.
type Light int

const (
	Red    Light = iota // 0
	Yellow              // 1
	Green               // 2
)

func (l Light) String() string { return [...]string{"Red", "Yellow", "Green"}[l] }

// Next looks up the following light, indexed by the current one: Red->Green, Yellow->Red, Green->Yellow.
func (l Light) Next() Light { return [...]Light{Green, Red, Yellow}[l] }

func main() {
	light := Red
	for i := 0; i < 4; i++ {
		fmt.Println(light, "->", light.Next())
		light = light.Next()
	}
}
