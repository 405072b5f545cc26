const http = require("node:http");

const server = http.createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "text/plain" });
  res.end("pong");
});

async function main() {
  server.listen(0, "127.0.0.1");
  // listen() only starts binding; the port is not known yet.
  const { port } = server.address();
  const response = await fetch(`http://127.0.0.1:${port}/ping`);
  console.log(response.status, await response.text());
  server.close();
}

main();
