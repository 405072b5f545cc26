package main

import (
	"encoding/json"
	"fmt"
)

type Order struct { // only exported (capitalized) fields are serialized
	ID    int      `json:"id"` // the tag sets the name used in JSON
	Items []string `json:"items"`
	Paid  bool     `json:"paid"`
}

func main() {
	data, err := json.Marshal(Order{ID: 7, Items: []string{"tea", "scones"}, Paid: true})
	if err != nil {
		panic(err)
	}
	fmt.Println(string(data)) // Marshal returns bytes
	var back Order
	if err := json.Unmarshal(data, &back); err != nil { // pass a pointer to fill in
		panic(err)
	}
	fmt.Println(back.Items[1], back.Paid)
}
