package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
)

func main() {
	// A real HTTP server on 127.0.0.1 with a free port, answering with JSON.
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"id": 1, "title": "Dune"})
	}))
	defer server.Close()                           // shut the server down when main returns
	resp, err := http.Get(server.URL + "/books/1") // the client: an HTTP GET
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	var book map[string]any
	json.NewDecoder(resp.Body).Decode(&book)
	fmt.Println(resp.StatusCode, book)
}
