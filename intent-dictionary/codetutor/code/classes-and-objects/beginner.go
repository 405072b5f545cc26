package main

import "fmt"

// Go has no classes: a struct holds the data, methods are attached to it.
type Dog struct {
	Name string
	Age  int
}

func (d Dog) Describe() string {
	return fmt.Sprintf("%s is %d years old", d.Name, d.Age)
}

func main() {
	rex := Dog{Name: "Rex", Age: 3}
	fido := Dog{Name: "Fido", Age: 5}
	fido.Age++ // only fido changes; rex is a separate value
	fmt.Println(rex.Describe())
	fmt.Println(fido.Describe())
}
