import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

interface Book {
  id: number;
  title: string;
}

const book: Book = { id: 1, title: "Dune" };

// The server answers GET /books/1 with the book as JSON.
const server = createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "application/json" });
  res.end(JSON.stringify(book));
});

server.listen(0, "127.0.0.1", async () => {
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}/books/1`); // the client: an HTTP GET
  const data = (await response.json()) as Book; // a type assertion: not checked at runtime
  console.log(response.status, data.title);
  server.close();
});
