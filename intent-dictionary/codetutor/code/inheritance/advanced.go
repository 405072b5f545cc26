package main

import (
	"errors"
	"fmt"
)

// AppError is the shared part; specific errors embed it to reuse its fields and methods.
type AppError struct {
	Status  int
	Message string
}

func (e *AppError) Error() string { return e.Message }
func (e *AppError) Response() map[string]any {
	return map[string]any{"status": e.Status, "error": e.Message}
}

type RateLimited struct {
	AppError   // embedded: RateLimited gets Status, Message, Error() and Response()
	RetryAfter int
}

// Shadowing the promoted method and calling it explicitly replaces `super`.
func (e *RateLimited) Response() map[string]any {
	r := e.AppError.Response()
	r["retryAfter"] = e.RetryAfter
	return r
}

type Responder interface { // callers depend on an interface, not on a base type
	error
	Response() map[string]any
}

func handle(err error) map[string]any {
	var r Responder
	if errors.As(err, &r) { // finds the error even when it has been wrapped
		return r.Response()
	}
	return map[string]any{"status": 500, "error": "internal"}
}

func main() {
	notFound := &AppError{Status: 404, Message: "no user 42"}
	limited := &RateLimited{AppError{429, "slow down"}, 30}
	fmt.Println(handle(fmt.Errorf("load profile: %w", notFound)))
	fmt.Println(handle(limited))
	fmt.Println(handle(errors.New("disk full")))
}
