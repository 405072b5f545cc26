package main

import (
	"fmt"
	"strings"
)

// node is a recursive type: an org chart where each person has reports.
type node struct {
	name    string
	reports []*node
}

// headcount returns everyone in the subtree rooted at n.
func headcount(n *node) int {
	total := 1 // this person
	for _, r := range n.reports {
		total += headcount(r)
	}
	return total
}

// render writes the tree with indentation; depth travels down the calls.
func render(b *strings.Builder, n *node, depth int) {
	fmt.Fprintf(b, "%s%s\n", strings.Repeat("  ", depth), n.name)
	for _, r := range n.reports {
		render(b, r, depth+1)
	}
}

// pathTo returns the chain of names from n to target, or nil if absent.
func pathTo(n *node, target string) []string {
	if n.name == target {
		return []string{n.name}
	}
	for _, r := range n.reports {
		if p := pathTo(r, target); p != nil {
			return append([]string{n.name}, p...)
		}
	}
	return nil
}

func main() {
	dev := &node{name: "dev", reports: []*node{{name: "ana"}, {name: "bo"}}}
	ceo := &node{name: "ceo", reports: []*node{dev, {name: "ops"}}}
	var b strings.Builder
	render(&b, ceo, 0)
	fmt.Print(b.String())
	fmt.Println(headcount(ceo), pathTo(ceo, "bo"), pathTo(ceo, "zed")) // 5 [ceo dev bo] []
}
