import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { once } from "node:events";
import type { AddressInfo } from "node:net";

class HttpError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

const notes: { id: number; text: string }[] = [{ id: 1, text: "buy milk" }];

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(payload) });
  res.end(payload);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []; // production code also caps the total size
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

const server = createServer(async (req, res) => {
  try {
    if (req.method === "GET" && req.url === "/notes") return sendJson(res, 200, notes);
    if (req.method === "POST" && req.url === "/notes") {
      const body = (await readJson(req)) as { text?: unknown } | null;
      if (typeof body?.text !== "string") throw new HttpError(400, "text required");
      const note = { id: notes.length + 1, text: body.text };
      notes.push(note);
      return sendJson(res, 201, note);
    }
    throw new HttpError(404, `no route for ${req.method} ${req.url}`);
  } catch (err) { // a bad request fails this request only, never the whole server
    const status = err instanceof HttpError ? err.status : 400;
    sendJson(res, status, { error: err instanceof Error ? err.message : String(err) });
  }
});

async function main(): Promise<void> {
  await once(server.listen(0, "127.0.0.1"), "listening"); // until then address() is null
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = await fetch(`${base}/notes`, { method: "POST", body: JSON.stringify({ text: "ship it" }) });
  console.log(post.status, await post.json());
  const missing = await fetch(`${base}/nope`);
  console.log(missing.status, await missing.json());
  server.close();
}

main();
