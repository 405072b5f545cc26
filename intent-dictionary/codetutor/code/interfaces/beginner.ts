// An interface names the methods a type must have, without saying how they work.
interface Notifier {
  send(message: string): string;
}

class EmailNotifier implements Notifier {
  send(message: string): string {
    return `email: ${message}`;
  }
}

class SmsNotifier implements Notifier {
  send(message: string): string {
    return `sms: ${message.slice(0, 20)}`; // SMS keeps it short
  }
}

function notifyAll(notifiers: Notifier[], message: string): void {
  for (const notifier of notifiers) {
    console.log(notifier.send(message));
  }
}

notifyAll([new EmailNotifier(), new SmsNotifier()], "Your parcel has been dispatched");
