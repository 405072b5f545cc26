package main

import "fmt"

type Animal struct {
	Name string
}

func (a Animal) Describe() string { return a.Name + " is an animal" }

// Go has no inheritance; embedding Animal "promotes" its fields and methods to Dog.
type Dog struct {
	Animal
	Breed string
}

func (d Dog) Bark() string { return d.Name + " says Woof" }

func main() {
	rex := Dog{Animal: Animal{Name: "Rex"}, Breed: "collie"}
	fmt.Println(rex.Describe()) // promoted from the embedded Animal
	fmt.Println(rex.Bark())
	fmt.Println(rex.Animal.Name == rex.Name) // same field, two spellings
}
