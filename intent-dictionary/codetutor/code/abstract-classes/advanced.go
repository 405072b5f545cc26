package main

import (
	"encoding/csv"
	"fmt"
	"strings"
)

// Go has no abstract classes: the required steps form an interface,
type Format interface {
	Header(columns []string) string
	Row(values []string) string
}

type Footerer interface{ Footer(count int) string } // an optional step, found by type assertion,

// and the fixed algorithm (the template method) is a plain function.
func Export(f Format, columns []string, rows [][]string) string {
	lines := []string{f.Header(columns)}
	for _, r := range rows {
		lines = append(lines, f.Row(r))
	}
	if ft, ok := f.(Footerer); ok {
		lines = append(lines, ft.Footer(len(rows)))
	}
	return strings.Join(lines, "\n")
}

type CSV struct{}
type Markdown struct{}

func (c CSV) Header(columns []string) string { return c.Row(columns) }
func (CSV) Row(values []string) string {
	var b strings.Builder
	csv.NewWriter(&b).WriteAll([][]string{values}) // the standard library handles quoting
	return strings.TrimSuffix(b.String(), "\n")
}

func (m Markdown) Header(c []string) string {
	return m.Row(c) + "\n|" + strings.Repeat(" --- |", len(c))
}
func (Markdown) Row(values []string) string { return "| " + strings.Join(values, " | ") + " |" }
func (Markdown) Footer(count int) string    { return fmt.Sprintf("(%d rows)", count) }

func main() {
	rows := [][]string{{"Ada", "London"}, {"Linus", "Helsinki, FI"}}
	for _, f := range []Format{CSV{}, Markdown{}} {
		fmt.Println(Export(f, []string{"name", "city"}, rows) + "\n")
	}
}
