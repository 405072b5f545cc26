const http = require("node:http");
const { once } = require("node:events");
const { json } = require("node:stream/consumers"); // reads a whole stream as JSON

const books = new Map([["1", { id: "1", title: "Dune" }]]);
let nextId = 2; // never reuse ids, even after a delete

function send(res, status, body) {
  if (body === undefined) return res.writeHead(status).end(); // e.g. 204 No Content
  res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
}

const server = http.createServer(async (req, res) => {
  const [, collection, id] = req.url.split("/"); // "/books/1" -> ["", "books", "1"]
  if (collection !== "books") return send(res, 404, { error: "unknown resource" });
  if (req.method === "GET" && id === undefined) return send(res, 200, [...books.values()]);
  if (req.method === "GET") {
    return books.has(id) ? send(res, 200, books.get(id)) : send(res, 404, { error: `no book ${id}` });
  }
  if (req.method === "POST" && id === undefined) {
    const body = await json(req).catch(() => ({})); // bad JSON -> fails the check below
    if (typeof body?.title !== "string") return send(res, 400, { error: "title must be a string" });
    const book = { id: String(nextId++), title: body.title };
    books.set(book.id, book);
    return send(res, 201, book);
  }
  if (req.method === "DELETE" && books.delete(id)) return send(res, 204);
  send(res, 405, { error: `${req.method} not allowed here` });
});

async function api(base, method, path, body) {
  const init = { method, headers: { "Content-Type": "application/json" } };
  if (body !== undefined) init.body = JSON.stringify(body);
  const res = await fetch(base + path, init);
  const data = res.status === 204 ? "(no body)" : JSON.stringify(await res.json());
  return `${method} ${path} -> ${res.status} ${data}`;
}

async function main() {
  await once(server.listen(0, "127.0.0.1"), "listening");
  const base = `http://127.0.0.1:${server.address().port}`;
  console.log(await api(base, "POST", "/books", { title: "Neuromancer" }));
  console.log(await api(base, "GET", "/books"));
  console.log(await api(base, "DELETE", "/books/1"));
  console.log(await api(base, "GET", "/books/1"));
  console.log(await api(base, "POST", "/books", { name: "no title" }));
  server.close();
}

main();
