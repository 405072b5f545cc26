package main

import "fmt"

// Go has no abstract classes: the "abstract method" becomes an interface,
// and the shared concrete code becomes a function that accepts that interface.
type Payer interface {
	Name() string
	MonthlyPay() float64
}

type Salaried struct {
	name   string
	Yearly float64
}

func (s Salaried) Name() string        { return s.name }
func (s Salaried) MonthlyPay() float64 { return s.Yearly / 12 }

// Payslip plays the role of the base class's concrete method.
func Payslip(p Payer) string { return fmt.Sprintf("%s: %.2f", p.Name(), p.MonthlyPay()) }

func main() {
	fmt.Println(Payslip(Salaried{name: "Ada", Yearly: 60000}))
}
