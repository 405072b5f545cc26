const http = require("node:http");
const { once } = require("node:events");

const notes = [{ id: 1, text: "buy milk" }];

function sendJson(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(payload) });
  res.end(payload);
}

async function readJson(req, limit = 1_000_000) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw Object.assign(new Error("body too large"), { status: 413 });
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

const server = http.createServer(async (req, res) => {
  try {
    if (req.method === "GET" && req.url === "/notes") return sendJson(res, 200, notes);
    if (req.method === "POST" && req.url === "/notes") {
      const { text } = await readJson(req);
      if (typeof text !== "string") return sendJson(res, 400, { error: "text required" });
      const note = { id: notes.length + 1, text };
      notes.push(note);
      return sendJson(res, 201, note);
    }
    sendJson(res, 404, { error: `no route for ${req.method} ${req.url}` });
  } catch (err) { // a bad body fails this request only, never the whole server
    sendJson(res, err.status ?? 400, { error: err.message });
  }
});

async function main() {
  await once(server.listen(0, "127.0.0.1"), "listening"); // until then address() is null
  const base = `http://127.0.0.1:${server.address().port}`;
  const post = await fetch(`${base}/notes`, { method: "POST", body: JSON.stringify({ text: "ship it" }) });
  console.log(post.status, await post.json());
  const missing = await fetch(`${base}/nope`);
  console.log(missing.status, await missing.json());
  console.log(await (await fetch(`${base}/notes`)).json());
  server.close();
}

main();
