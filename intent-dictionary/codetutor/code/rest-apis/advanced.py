import json
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer

BOOKS = {"1": {"id": "1", "title": "Dune"}}


class Api(BaseHTTPRequestHandler):
    def send_json(self, status, payload):
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # GET /books/<id>: read one resource
        book = BOOKS.get(self.path.removeprefix("/books/"))
        if book is None:
            return self.send_json(404, {"error": f"no resource at {self.path}"})
        self.send_json(200, book)

    def do_POST(self):  # POST /books: create a resource, answer 201
        try:
            title = json.loads(self.rfile.read(int(self.headers["Content-Length"])))["title"]
        except (ValueError, KeyError, TypeError):
            return self.send_json(400, {"error": "body must be JSON with a title"})
        book = {"id": str(len(BOOKS) + 1), "title": str(title)}
        BOOKS[book["id"]] = book
        self.send_json(201, book)


def call(method, url, payload=None):
    data = None if payload is None else json.dumps(payload).encode()
    req = urllib.request.Request(url, data, {"Content-Type": "application/json"}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=5) as res:
            return res.status, json.load(res)
    except urllib.error.HTTPError as err:  # 4xx/5xx raise, but still carry a body
        return err.code, json.load(err)


with HTTPServer(("127.0.0.1", 0), Api) as server:  # one request at a time: no races on BOOKS
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    for method, path, payload in [("POST", "/books", {"title": "Neuromancer"}), ("GET", "/books/2", None),
                                  ("GET", "/books/99", None), ("POST", "/books", {"name": "?"})]:
        print(method, path, "->", *call(method, base + path, payload))
    server.shutdown()
