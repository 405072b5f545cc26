import { createServer, type ServerResponse } from "node:http";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { json } from "node:stream/consumers"; // reads a whole stream as JSON

interface Book { id: string; title: string }

const books = new Map<string, Book>([["1", { id: "1", title: "Dune" }]]);
let nextId = 2; // never reuse ids, even after a delete

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) return void res.writeHead(status).end(); // e.g. 204 No Content
  res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
}

const server = createServer(async (req, res) => {
  const [, collection, id] = (req.url ?? "/").split("/"); // "/books/1" -> ["", "books", "1"]
  if (collection !== "books") return send(res, 404, { error: "unknown resource" });
  if (req.method === "GET" && id === undefined) return send(res, 200, [...books.values()]);
  if (req.method === "GET" && books.has(id)) return send(res, 200, books.get(id));
  if (req.method === "POST" && id === undefined) {
    // Untrusted input: the shape is unknown until checked at runtime. Bad JSON -> {}.
    const body = (await json(req).catch(() => ({}))) as { title?: unknown } | null;
    if (typeof body?.title !== "string") return send(res, 400, { error: "title must be a string" });
    const book: Book = { id: String(nextId++), title: body.title };
    books.set(book.id, book);
    return send(res, 201, book);
  }
  if (req.method === "DELETE" && books.delete(id)) return send(res, 204);
  send(res, id === undefined || books.has(id) ? 405 : 404, { error: `cannot ${req.method} ${req.url}` });
});

async function api(base: string, method: string, path: string, body?: unknown): Promise<string> {
  const headers = { "Content-Type": "application/json" };
  const res = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = res.status === 204 ? "(no body)" : JSON.stringify(await res.json());
  return `${method} ${path} -> ${res.status} ${data}`;
}

async function main(): Promise<void> {
  await once(server.listen(0, "127.0.0.1"), "listening");
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const [method, path, body] of [["POST", "/books", { title: "Neuromancer" }], ["DELETE", "/books/1"],
    ["GET", "/books/1"], ["POST", "/books", { name: "no title" }]] as const) {
    console.log(await api(base, method, path, body));
  }
  server.close();
}

main();
