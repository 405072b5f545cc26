package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"
)

func main() {
	// Read-only data, so it is safe to share between request goroutines.
	books := map[string]map[string]any{"1": {"id": 1, "title": "Dune"}}
	mux := http.NewServeMux()
	mux.HandleFunc("/books/", func(w http.ResponseWriter, r *http.Request) { // GET /books/{id}
		w.Header().Set("Content-Type", "application/json")
		if r.Method != http.MethodGet {
			w.WriteHeader(http.StatusMethodNotAllowed) // status before body: it cannot change later
			json.NewEncoder(w).Encode(map[string]string{"error": "method not allowed"})
		} else if book, ok := books[strings.TrimPrefix(r.URL.Path, "/books/")]; !ok {
			w.WriteHeader(http.StatusNotFound)
			json.NewEncoder(w).Encode(map[string]string{"error": "book not found"})
		} else {
			json.NewEncoder(w).Encode(book) // 200 OK is the default
		}
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0") // port 0: the OS picks a free port
	if err != nil {
		panic(err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	defer srv.Shutdown(context.Background()) // graceful: waits for in-flight requests

	client := &http.Client{Timeout: 5 * time.Second} // the default client never times out
	for _, call := range [][2]string{{"GET", "/books/1"}, {"GET", "/books/99"}, {"DELETE", "/books/1"}} {
		req, _ := http.NewRequest(call[0], "http://"+ln.Addr().String()+call[1], nil)
		resp, err := client.Do(req)
		if err != nil {
			panic(err)
		}
		var out map[string]any
		err = json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close() // always close, or the connection cannot be reused
		fmt.Println(call[0], call[1], "->", resp.StatusCode, out, err)
	}
}
