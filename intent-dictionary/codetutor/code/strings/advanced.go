package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// isPalindrome compares runes, so multi-byte letters work too.
func isPalindrome(text string) bool {
	var runes []rune
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			runes = append(runes, unicode.ToLower(r))
		}
	}
	for i, j := 0, len(runes)-1; i < j; i, j = i+1, j-1 {
		if runes[i] != runes[j] {
			return false
		}
	}
	return true
}

func main() {
	fmt.Println(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("Hello"))

	word := "Grüße"
	fmt.Println(len(word), "bytes,", utf8.RuneCountInString(word), "runes")
	fmt.Printf("%q vs %q\n", word[:3], string([]rune(word)[:3])) // a byte slice cuts ü in half

	fmt.Println(strings.EqualFold("Go", "GO")) // case-insensitive comparison

	// strings.Builder grows one buffer instead of copying on every +=.
	var b strings.Builder
	items := map[string]int{"pen": 150, "notebook": 1299}
	for _, item := range []string{"pen", "notebook"} {
		fmt.Fprintf(&b, "%-10s%8.2f\n", item, float64(items[item])/100)
	}
	fmt.Print(b.String())

	key, value, found := strings.Cut("timeout=30", "=")
	fmt.Println(key, value, found)
	fmt.Println(strings.Join(strings.Fields("  too   many    spaces "), " "))
}
