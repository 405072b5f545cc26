package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

// byRanking implements sort.Interface: dept asc, salary desc, name asc.
type byRanking []Employee

func (r byRanking) Len() int      { return len(r) }
func (r byRanking) Swap(i, j int) { r[i], r[j] = r[j], r[i] }
func (r byRanking) Less(i, j int) bool {
	a, b := r[i], r[j]
	if a.Dept != b.Dept {
		return a.Dept < b.Dept
	}
	if a.Salary != b.Salary {
		return a.Salary > b.Salary
	}
	return a.Name < b.Name
}

func names(es []Employee) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Name
	}
	return out
}

func main() {
	staff := []Employee{
		{"Noor", "eng", 120}, {"Ada", "ops", 90}, {"Ben", "eng", 120},
		{"Cal", "eng", 95}, {"Dee", "ops", 105},
	}

	// Sorting works in place, so copy first to keep the original order.
	ranked := append([]Employee(nil), staff...)
	sort.Sort(byRanking(ranked))
	for _, e := range ranked {
		fmt.Printf("%-4s %4d %s\n", e.Dept, e.Salary, e.Name)
	}

	// sort.Slice is not stable; SliceStable keeps equal elements in order.
	stable := append([]Employee(nil), staff...)
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].Name < stable[j].Name })
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].Dept < stable[j].Dept })
	fmt.Println(names(stable), "original:", names(staff))
}
