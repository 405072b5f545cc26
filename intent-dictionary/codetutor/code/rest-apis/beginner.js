const http = require("node:http");

const book = { id: 1, title: "Dune" };

// The server answers GET /books/1 with the book as JSON.
const server = http.createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "application/json" });
  res.end(JSON.stringify(book));
});

server.listen(0, "127.0.0.1", async () => {
  const url = `http://127.0.0.1:${server.address().port}/books/1`;
  const response = await fetch(url); // the client side: an HTTP GET
  const data = await response.json(); // parse the JSON body
  console.log(response.status, data);
  server.close();
});
