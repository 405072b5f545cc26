package main

import (
	"fmt"
	"sort"
	"strings"
)

// sortedKeys works for any map whose keys are strings.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// groupByTeam inverts person -> team into team -> sorted people.
func groupByTeam(assignments map[string]string) map[string][]string {
	teams := make(map[string][]string)
	for person, team := range assignments {
		teams[team] = append(teams[team], person) // nil slice appends fine
	}
	for _, people := range teams {
		sort.Strings(people)
	}
	return teams
}

func main() {
	assignments := map[string]string{"ana": "web", "bo": "data", "cy": "web", "di": "ops", "ed": "data"}
	teams := groupByTeam(assignments)
	for _, team := range sortedKeys(teams) {
		fmt.Printf("%-5s %s\n", team, strings.Join(teams[team], ", "))
	}

	scores := map[string]int{"ana": 7, "bo": 0, "cy": 3, "di": 0}
	// Unlike most languages, Go explicitly allows delete during range.
	for name, score := range scores {
		if score == 0 {
			delete(scores, name)
		}
	}
	bestName, bestScore := "", -1
	for _, name := range sortedKeys(scores) { // sorted: ties resolve the same way every run
		if scores[name] > bestScore {
			bestName, bestScore = name, scores[name]
		}
	}
	fmt.Println(len(scores), "active; top scorer:", bestName, bestScore)
}
