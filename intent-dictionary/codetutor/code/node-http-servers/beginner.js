const http = require("node:http");

// The handler runs once for every request the server receives.
const server = http.createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "text/plain" });
  res.end(`Hello! You asked for ${req.url}`);
});

// Port 0 asks the operating system for any free port.
server.listen(0, "127.0.0.1", async () => {
  const { port } = server.address();
  const response = await fetch(`http://127.0.0.1:${port}/greeting`);
  console.log(response.status, await response.text());
  server.close(); // stop listening so the program can exit
});
