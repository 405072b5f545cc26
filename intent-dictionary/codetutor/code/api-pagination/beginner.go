package main

import "fmt"

func getPage(items []string, page, pageSize int) []string {
	start := (page - 1) * pageSize // pages count from 1: skip the earlier pages
	end := start + pageSize
	if end > len(items) {
		end = len(items) // the last page may be short
	}
	return items[start:end]
}

func main() {
	var products []string
	for n := 1; n <= 23; n++ {
		products = append(products, fmt.Sprintf("product-%d", n))
	}
	pageSize := 10
	totalPages := (len(products) + pageSize - 1) / pageSize // 23 items -> 3 pages
	for page := 1; page <= totalPages; page++ {
		items := getPage(products, page, pageSize)
		fmt.Printf("page %d/%d: %s .. %s (%d items)\n", page, totalPages, items[0], items[len(items)-1], len(items))
	}
}
