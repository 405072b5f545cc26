using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

class Program
{
    static readonly Dictionary<int, string> Titles = new Dictionary<int, string> { { 1, "Dune" }, { 2, "Say \"hi\"" } };

    static void Handle(HttpListenerContext ctx) // GET /books/{id}
    {
        string path = ctx.Request.Url.AbsolutePath;
        int.TryParse(path.StartsWith("/books/") ? path.Substring(7) : "", out int id); // 0 if not a number
        int status = ctx.Request.HttpMethod != "GET" ? 405 : Titles.ContainsKey(id) ? 200 : 404;
        string json = status == 200 ? "{\"id\":" + id + ",\"title\":\"" + Titles[id].Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"}"
            : "{\"error\":\"" + (status == 405 ? "method not allowed" : "book not found") + "\"}";
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json"; // JSON escaped by hand: mcs has no System.Text.Json
        ctx.Response.Close(Encoding.UTF8.GetBytes(json), false);
    }

    static string Call(string method, string url)
    {
        var req = (HttpWebRequest)WebRequest.Create(url);
        req.Method = method;
        HttpWebResponse res;
        try { res = (HttpWebResponse)req.GetResponse(); }
        catch (WebException e) when (e.Response != null) { res = (HttpWebResponse)e.Response; } // 4xx/5xx throw
        using (var reader = new System.IO.StreamReader(res.GetResponseStream())) // closing it releases the response
            return method + " " + req.RequestUri.AbsolutePath + " -> " + (int)res.StatusCode + " " + reader.ReadToEnd();
    }

    static void Main()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0); // HttpListener cannot bind port 0
        probe.Start();
        string url = "http://127.0.0.1:" + ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var server = new HttpListener();
        server.Prefixes.Add(url + "/");
        server.Start();
        string[] calls = { "GET /books/2", "GET /books/99", "GET /books/abc", "DELETE /books/1" };
        Task<string[]> client = Task.Run(() => Array.ConvertAll(calls, c => Call(c.Split(' ')[0], url + c.Split(' ')[1])));
        foreach (string _ in calls) Handle(server.GetContext()); // a real server loops until shutdown
        Console.WriteLine(string.Join("\n", client.Result));
        server.Stop();
    }
}
