package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// Small interfaces, defined by the code that uses them.
type Clock interface{ Hour() int }

type Sender interface {
	Send(to, text string) error
}

type FixedClock int

func (c FixedClock) Hour() int { return int(c) }

// WriterSender adapts any io.Writer (a file, stdout, a buffer) into a Sender.
type WriterSender struct{ W io.Writer }

func (s WriterSender) Send(to, text string) error {
	_, err := fmt.Fprintf(s.W, "-> %s: %s\n", to, text)
	return err
}

// Compile-time proof that the types satisfy the interfaces.
var (
	_ Clock  = FixedClock(0)
	_ Sender = WriterSender{}
)

func Greet(c Clock, s Sender, to string) error {
	part := "evening"
	if c.Hour() < 12 {
		part = "morning"
	}
	return s.Send(to, fmt.Sprintf("Good %s, %s!", part, to))
}

func main() {
	if err := Greet(FixedClock(9), WriterSender{os.Stdout}, "Ada"); err != nil {
		fmt.Println("error:", err)
	}
	var buf strings.Builder // in tests, capture output in memory instead
	Greet(FixedClock(20), WriterSender{&buf}, "Linus")
	fmt.Printf("captured: %q\n", buf.String())
}
