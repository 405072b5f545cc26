import assert = require("node:assert");

interface Clock {
  hour(): number;
}

interface Sender {
  send(to: string, text: string): void;
}

// TypeScript checks shapes structurally: a plain object literal is a valid Clock.
const fixedClock = (hour: number): Clock => ({ hour: () => hour });

const consoleSender: Sender = {
  send: (to, text) => console.log(`-> ${to}: ${text}`),
};

class RecordingSender implements Sender { // a test double: records instead of delivering
  readonly sent: Array<[string, string]> = [];
  send(to: string, text: string): void {
    this.sent.push([to, text]);
  }
}

class Greeter {
  // depends only on the two interfaces, never on concrete classes
  constructor(private readonly clock: Clock, private readonly sender: Sender) {}

  greet(to: string): void {
    const part = this.clock.hour() < 12 ? "morning" : "evening";
    this.sender.send(to, `Good ${part}, ${to}!`);
  }
}

new Greeter(fixedClock(9), consoleSender).greet("Ada");
const recorder = new RecordingSender();
new Greeter(fixedClock(20), recorder).greet("Linus");
assert.deepStrictEqual(recorder.sent, [["Linus", "Good evening, Linus!"]]);
console.log("recorded:", recorder.sent);
// new Greeter(fixedClock(9), { post() {} });  // compile error: 'send' is missing
