using System;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

class Program
{
    static void Main()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0); // HttpListener cannot use port 0,
        probe.Start();                                      // so borrow a free port from the OS
        string url = "http://127.0.0.1:" + ((IPEndPoint)probe.LocalEndpoint).Port + "/";
        probe.Stop();
        var server = new HttpListener();
        server.Prefixes.Add(url);
        server.Start();
        // The client runs in the background; the server answers on this thread.
        Task<string> call = Task.Run(() => new WebClient { Proxy = null }.DownloadString(url + "books/1"));
        HttpListenerContext ctx = server.GetContext(); // waits for the request
        ctx.Response.ContentType = "application/json";
        ctx.Response.Close(System.Text.Encoding.UTF8.GetBytes("{\"id\":1,\"title\":\"Dune\"}"), false);
        Console.WriteLine(call.Result);
        server.Stop();
    }
}
