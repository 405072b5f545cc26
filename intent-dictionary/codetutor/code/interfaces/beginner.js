// JavaScript has no `interface` keyword: the "interface" is the agreed method, send(message).
class EmailNotifier {
  send(message) {
    return `email: ${message}`;
  }
}

class SmsNotifier {
  send(message) {
    return `sms: ${message.slice(0, 20)}`; // SMS keeps it short
  }
}

function notifyAll(notifiers, message) {
  for (const notifier of notifiers) { // works with any object that has send()
    console.log(notifier.send(message));
  }
}

notifyAll([new EmailNotifier(), new SmsNotifier()], "Your parcel has been dispatched");
