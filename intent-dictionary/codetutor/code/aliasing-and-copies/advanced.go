package main

import "fmt"

type Team struct {
	Name    string
	Members []string       // a struct copy still SHARES this slice
	Scores  map[string]int // ...and this map
}

// Clone copies the reference fields explicitly (a deep copy).
func (t Team) Clone() Team {
	c := t
	c.Members = append([]string(nil), t.Members...)
	c.Scores = make(map[string]int, len(t.Scores))
	for k, v := range t.Scores {
		c.Scores[k] = v
	}
	return c
}

func main() {
	a := Team{Name: "red", Members: []string{"ann"}, Scores: map[string]int{"ann": 1}}
	b := a         // copies Name, but shares Members' array and the map
	c := a.Clone() // fully independent
	b.Name = "blue"
	b.Members[0] = "bob"
	b.Scores["ann"] = 100
	c.Members[0] = "cat"
	fmt.Println(a.Name, a.Members, a.Scores) // red [bob] map[ann:100]

	// append may or may not reuse the backing array, depending on capacity.
	base := make([]int, 3, 10)
	x := append(base, 1)    // fits: x shares base's array
	y := append(base, 2)    // ALSO fits: overwrites x[3]
	fmt.Println(x[3], y[3]) // 2 2

	// A full slice expression caps capacity, forcing append to copy.
	x = append(base[:3:3], 1)
	y = append(base[:3:3], 2)
	fmt.Println(x[3], y[3]) // 1 2
}
