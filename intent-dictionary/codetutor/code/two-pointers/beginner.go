package main

import "fmt"

// isPalindrome reports whether s reads the same forwards and backwards.
func isPalindrome(s string) bool {
	r := []rune(s)             // runes, so non-ASCII letters work too
	left, right := 0, len(r)-1 // one pointer at each end
	for left < right {
		if r[left] != r[right] {
			return false // mismatch: not a palindrome
		}
		left++ // both step toward the middle
		right--
	}
	return true
}

func main() {
	fmt.Println(isPalindrome("racecar")) // true
	fmt.Println(isPalindrome("rocket"))  // false
	fmt.Println(isPalindrome("ñoñ"))     // true
}
