using System;

class ConfigException : Exception { public ConfigException(string msg, Exception inner) : base(msg, inner) { } }

// IDisposable: a using block calls Dispose on every exit path.
class Connection : IDisposable
{
    public Connection() { Console.WriteLine("open"); }
    public int Query(string sql)
    {
        if (string.IsNullOrWhiteSpace(sql)) throw new ArgumentException("empty query", nameof(sql));
        return sql.Length;
    }
    public void Dispose() { Console.WriteLine("close"); }
}

class Program
{
    static int ParsePort(string text)
    {
        try
        {
            int port = int.Parse(text.Trim());
            if (port < 1 || port > 65535) throw new ArgumentOutOfRangeException(nameof(text), port, "range");
            return port;
        }
        catch (Exception e) when (e is FormatException || e is ArgumentOutOfRangeException)
        {
            throw new ConfigException($"invalid port '{text}'", e); // the cause becomes InnerException
        }
    }

    static void Main()
    {
        foreach (string raw in new[] { "8080", "http", "70000" })
        {
            try { Console.WriteLine("port " + ParsePort(raw)); }
            catch (ConfigException e) { Console.WriteLine(e.Message + " <- " + e.InnerException.GetType().Name); }
        }
        try
        {
            using (var db = new Connection())
            {
                Console.WriteLine("rows: " + db.Query("SELECT 1"));
                db.Query(" ");
            }
        }
        catch (ArgumentException e) { Console.WriteLine("query failed, parameter: " + e.ParamName); }
    }
}
