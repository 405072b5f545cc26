package main

import "fmt"

// fewestCoins returns the fewest coins adding up to amount, and false
// when the amount cannot be made. The memo is local to one call.
func fewestCoins(coins []int, amount int) (int, bool) {
	const impossible = -1
	memo := make(map[int]int)
	var best func(rest int) int // declared first so the closure can call itself
	best = func(rest int) int {
		if rest == 0 {
			return 0
		}
		if v, ok := memo[rest]; ok { // ok distinguishes "cached" from zero value
			return v
		}
		fewest := impossible
		for _, c := range coins {
			if c <= rest {
				if sub := best(rest - c); sub != impossible && (fewest == impossible || sub+1 < fewest) {
					fewest = sub + 1
				}
			}
		}
		memo[rest] = fewest // impossible answers are cached too
		return fewest
	}
	n := best(amount)
	return n, n != impossible
}

type cell struct{ r, c int } // a struct works as a composite map key

func gridPaths(r, c int, memo map[cell]uint64) uint64 {
	if r == 1 || c == 1 {
		return 1
	}
	if v, ok := memo[cell{r, c}]; ok {
		return v
	}
	v := gridPaths(r-1, c, memo) + gridPaths(r, c-1, memo)
	memo[cell{r, c}] = v
	return v
}

func main() {
	// Greedy (largest coin first) would pay 16 as 12+1+1+1+1 = 5 coins.
	fmt.Println(fewestCoins([]int{1, 5, 12}, 16))
	fmt.Println(fewestCoins([]int{5, 10}, 3))
	fmt.Println(fewestCoins([]int{1, 7, 30}, 5000)) // Go stacks grow: deep recursion is fine
	memo := map[cell]uint64{}
	fmt.Println("paths in an 18x18 grid:", gridPaths(18, 18, memo), "subproblems:", len(memo))
}
