package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type wordCount struct {
	word  string
	count int
}

// wordCounts gives case-insensitive frequencies; anything that is not a
// letter or an apostrophe separates words. Works on Unicode letters too.
func wordCounts(text string) map[string]int {
	counts := make(map[string]int)
	isSep := func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }
	for _, w := range strings.FieldsFunc(strings.ToLower(text), isSep) {
		if w = strings.Trim(w, "'"); w != "" {
			counts[w]++
		}
	}
	return counts
}

// topWords returns the k most frequent words, ties broken alphabetically.
func topWords(counts map[string]int, k int) []wordCount {
	list := make([]wordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	if k < len(list) {
		list = list[:k]
	}
	return list
}

func main() {
	text := `It was the best of times, it was the worst of times;
it was the age of wisdom, it was the age of foolishness...`
	counts := wordCounts(text)
	for _, wc := range topWords(counts, 6) {
		fmt.Printf("%-6s %2d %s\n", wc.word, wc.count, strings.Repeat("#", wc.count))
	}
	fmt.Println("distinct:", len(counts), "python:", counts["python"])
	fmt.Println(topWords(wordCounts("Don't stop, DON'T! Café café"), 10))
}
