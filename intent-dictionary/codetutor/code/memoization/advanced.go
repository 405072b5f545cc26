package main

import (
	"errors"
	"fmt"
)

var errNoChange = errors.New("amount cannot be made with these coins")

// minCoins returns the fewest coins summing to amount. The memo lives in
// this call only, so nothing leaks between calls with different coin sets.
func minCoins(coins []int, amount int) (int, error) {
	memo := map[int]int{} // remaining amount -> fewest coins (-1: impossible)
	var solve func(rest int) int
	solve = func(rest int) int {
		if rest == 0 {
			return 0
		}
		if v, ok := memo[rest]; ok {
			return v
		}
		best := -1
		for _, c := range coins {
			if c <= rest {
				if sub := solve(rest - c); sub >= 0 && (best < 0 || sub+1 < best) {
					best = sub + 1
				}
			}
		}
		memo[rest] = best
		return best
	}
	if n := solve(amount); n >= 0 {
		return n, nil
	}
	return 0, errNoChange
}

func main() {
	coins := []int{1, 5, 10, 21, 25} // 63 = 21+21+21; greedy would use 6 coins
	for _, amount := range []int{63, 30, 999} {
		n, err := minCoins(coins, amount)
		fmt.Println(amount, n, err)
	}
	_, err := minCoins([]int{4, 6}, 7)
	fmt.Println(errors.Is(err, errNoChange), err)
}
