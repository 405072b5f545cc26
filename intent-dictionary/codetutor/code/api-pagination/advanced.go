package main

import (
	"encoding/base64"
	"fmt"
	"strconv"
)

func encodeCursor(lastID int) string { // opaque: clients send it back, never build it
	return base64.RawURLEncoding.EncodeToString([]byte(strconv.Itoa(lastID)))
}

// listUsers returns up to limit ids after the cursor and the next cursor ("" at the end).
func listUsers(rows []int, limit int, cursor string) (page []int, next string, err error) {
	after := 0
	if cursor != "" {
		raw, _ := base64.RawURLEncoding.DecodeString(cursor) // bad input fails in Atoi
		if after, err = strconv.Atoi(string(raw)); err != nil {
			return nil, "", fmt.Errorf("invalid cursor %q", cursor)
		}
	}
	for i := 0; i < len(rows) && len(page) <= limit; i++ { // rows sorted by id; LIMIT limit+1
		if rows[i] > after { // SQL: WHERE id > $after
			page = append(page, rows[i])
		}
	}
	if len(page) > limit { // the extra row proves there is another page
		return page[:limit], encodeCursor(page[limit-1]), nil
	}
	return page, "", nil
}

func main() {
	rows := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
	first, next, _ := listUsers(rows, 4, "")
	rows = append(rows[:1], rows[2:]...) // someone deletes user 2 meanwhile
	second, _, _ := listUsers(rows, 4, next)
	fmt.Println("page 1:", first, "| offset page 2:", rows[4:8], "| cursor page 2:", second)
	var all []int // a client following the cursor until it comes back empty
	for page, next, err := listUsers(rows, 4, ""); ; page, next, err = listUsers(rows, 4, next) {
		if err != nil {
			panic(err)
		}
		all = append(all, page...)
		if next == "" {
			break
		}
	}
	fmt.Println(len(all), "users:", all)
}
