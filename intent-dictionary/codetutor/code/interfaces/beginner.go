package main

import "fmt"

// An interface names the methods a type must have, without saying how they work.
type Notifier interface {
	Send(message string) string
}

type EmailNotifier struct{}
type SmsNotifier struct{}

// No "implements" keyword: having the method is enough.
func (EmailNotifier) Send(message string) string { return "email: " + message }
func (SmsNotifier) Send(message string) string   { return fmt.Sprintf("sms: %.20s", message) } // at most 20 characters

func main() {
	notifiers := []Notifier{EmailNotifier{}, SmsNotifier{}}
	for _, n := range notifiers {
		fmt.Println(n.Send("Your parcel has been dispatched"))
	}
}
