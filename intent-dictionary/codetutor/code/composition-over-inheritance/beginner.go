package main

import "fmt"

type Engine struct {
	Kind       string
	Horsepower int
}

func (e Engine) Start() string {
	return fmt.Sprintf("%s engine (%d hp) starts", e.Kind, e.Horsepower)
}

// A Car HAS an Engine (a named field) instead of BEING one.
type Car struct {
	Name   string
	Engine Engine
}

func (c Car) Drive() string { return c.Name + ": " + c.Engine.Start() + ", off we go" }

func main() {
	fmt.Println(Car{"Roadster", Engine{"petrol", 300}}.Drive())
	fmt.Println(Car{"City car", Engine{"electric", 110}}.Drive())
}
