package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 3)

	for i := 0; i < 3; i++ {
		wg.Add(1) // count the goroutine BEFORE starting it
		go func(n int) {
			defer wg.Done()
			time.Sleep(10 * time.Millisecond) // pretend to do slow work
			results[n] = n * n
		}(i)
	}

	wg.Wait()            // Go's "await": block until every goroutine has finished
	fmt.Println(results) // [0 1 4]
}
