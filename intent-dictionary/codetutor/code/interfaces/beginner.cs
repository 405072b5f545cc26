using System;

// An interface names the members a type must have, without saying how they work.
interface INotifier { string Send(string message); }

class EmailNotifier : INotifier
{
    public string Send(string message) => "email: " + message;
}

class SmsNotifier : INotifier
{
    public string Send(string message) => "sms: " + message.Substring(0, Math.Min(20, message.Length));
}

class Program
{
    static void Main()
    {
        INotifier[] notifiers = { new EmailNotifier(), new SmsNotifier() };
        foreach (var notifier in notifiers)
            Console.WriteLine(notifier.Send("Your parcel has been dispatched"));
    }
}
