const http = require("node:http");
const { once } = require("node:events");

const server = http.createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "text/plain" });
  res.end("pong");
});

async function main() {
  server.listen(0, "127.0.0.1");
  // Wait for the "listening" event: only then does address() return the port.
  await once(server, "listening");
  const { port } = server.address();
  const response = await fetch(`http://127.0.0.1:${port}/ping`);
  console.log(response.status, await response.text());
  server.close();
}

main();
