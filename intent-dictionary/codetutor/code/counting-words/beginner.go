package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	sentence := "the cat saw the dog and the dog ran"

	counts := make(map[string]int)
	for _, word := range strings.Fields(sentence) { // split on whitespace
		counts[word]++ // a missing key reads as 0, so this just works
	}

	// Sort the words so the output is the same on every run
	words := make([]string, 0, len(counts))
	for word := range counts {
		words = append(words, word)
	}
	sort.Strings(words)
	for _, word := range words {
		fmt.Println(word, counts[word])
	}
}
