package main

import (
	"fmt"
	"time"
)

type Level int

// A typed enum built with iota, plus a String method for printing.
const (
	Debug Level = iota
	Info
	Warn
	Error
)

func (l Level) String() string {
	return [...]string{"DEBUG", "INFO", "WARN", "ERROR"}[l]
}

// Typed constants can be combined with their own type, e.g. durations.
const Timeout = 1500 * time.Millisecond

// Go has no read-only slices, so a type hides its data and hands out copies.
type Config struct {
	hosts []string
}

func NewConfig(hosts ...string) Config {
	return Config{hosts: append([]string(nil), hosts...)}
}

func (c Config) Hosts() []string {
	return append([]string(nil), c.hosts...) // callers get a copy
}

func main() {
	fmt.Println(Warn, Error, Level(1))
	fmt.Println(Timeout, Timeout*2)

	cfg := NewConfig("a.example", "b.example")
	hosts := cfg.Hosts()
	hosts[0] = "evil.example" // changes only the copy
	fmt.Println(cfg.Hosts())
}
