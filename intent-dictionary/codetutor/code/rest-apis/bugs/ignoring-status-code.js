const http = require("node:http");

const books = { 1: { id: 1, title: "Dune" } };

const server = http.createServer((req, res) => {
  const book = books[req.url.split("/")[2]];
  const status = book ? 200 : 404;
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify(book ?? { error: "book not found" }));
});

async function getTitle(base, id) {
  const res = await fetch(`${base}/books/${id}`);
  const book = await res.json();
  return book.title.toUpperCase();
}

server.listen(0, "127.0.0.1", async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    console.log(await getTitle(base, 1));
    console.log(await getTitle(base, 2));
  } finally {
    server.close();
  }
});
