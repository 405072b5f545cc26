package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

type Order struct {
	ID         int       `json:"id"`
	TotalCents int64     `json:"total_cents"` // integer cents: exact, unlike float64
	Created    time.Time `json:"created"`     // marshals as RFC 3339 text
	Note       string    `json:"note,omitempty"`
	Internal   string    `json:"-"` // never serialized
}

// decodeOrder is strict: unknown fields and missing required data are errors.
func decodeOrder(data []byte) (Order, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var o Order
	if err := dec.Decode(&o); err != nil {
		return Order{}, fmt.Errorf("decode order: %w", err)
	}
	if o.ID == 0 || o.Created.IsZero() {
		return Order{}, fmt.Errorf("decode order: id and created are required")
	}
	return o, nil
}

func main() {
	created := time.Date(2024, 5, 1, 12, 30, 0, 0, time.UTC)
	order := Order{ID: 7, TotalCents: 1999, Created: created, Internal: "secret"}
	data, err := json.MarshalIndent(order, "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(data))

	back, err := decodeOrder(data)
	fmt.Println(back.Created.Equal(created), back.Internal == "", err)

	for _, bad := range []string{`{"id": 8, "totl_cents": 500}`, `{"id": "8"}`, `{"total_cents": 5}`} {
		_, err := decodeOrder([]byte(bad))
		fmt.Println("rejected:", err)
	}
}
