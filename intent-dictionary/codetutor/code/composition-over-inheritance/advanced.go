package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// Parts: a formatter is a function type, a sink is any io.Writer.
type Formatter func(level, msg string) string

func Plain(level, msg string) string { return fmt.Sprintf("[%s] %s", level, msg) }

func JSON(level, msg string) string {
	b, _ := json.Marshal(map[string]string{"level": level, "message": msg})
	return string(b)
}

// Logger is assembled from parts: 2 formats x 2 sinks needs no 4 separate types.
type Logger struct {
	Format Formatter
	Sinks  []io.Writer
}

func (l Logger) Log(level, msg string) error {
	line := l.Format(level, msg) + "\n"
	for _, sink := range l.Sinks { // delegate the writing
		if _, err := io.WriteString(sink, line); err != nil {
			return fmt.Errorf("log sink: %w", err)
		}
	}
	return nil
}

func main() {
	var memory strings.Builder // any io.Writer works: a file, a socket, a buffer
	logger := Logger{Format: Plain, Sinks: []io.Writer{os.Stdout, &memory}}
	logger.Log("info", "server started")
	jsonLogger := logger // Logger is a value: copying it and swapping a part leaves the original alone
	jsonLogger.Format = JSON
	jsonLogger.Log("error", "disk full")
	fmt.Printf("captured: %q\n", memory.String())
}
