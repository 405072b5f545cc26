using System;
using System.Collections.Generic;
using System.Linq;

// Base of this app's errors: one `catch (AppError e)` covers the whole family.
class AppError : Exception
{
    public AppError(string message) : base(message) { }

    public virtual int Status => 500;

    public virtual Dictionary<string, object> ToResponse() =>
        new Dictionary<string, object> { ["status"] = Status, ["error"] = Message };
}

class NotFound : AppError
{
    public NotFound(string message) : base(message) { }
    public override int Status => 404;
}

sealed class RateLimited : AppError
{
    public int RetryAfter { get; }
    public RateLimited(string message, int retryAfter) : base(message) { RetryAfter = retryAfter; }
    public override int Status => 429;

    public override Dictionary<string, object> ToResponse()
    {
        var response = base.ToResponse(); // extend the parent's result, don't copy it
        response["retryAfter"] = RetryAfter;
        return response;
    }
}

class Program
{
    static void Main()
    {
        foreach (var error in new AppError[] { new NotFound("no user 42"), new RateLimited("slow down", 30) })
        {
            try { throw error; }
            catch (AppError e)
            {
                var parts = e.ToResponse().Select(pair => $"{pair.Key}={pair.Value}");
                Console.WriteLine($"{e.GetType().Name}: {string.Join(", ", parts)}");
            }
        }
    }
}
