import json
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer


class BookHandler(BaseHTTPRequestHandler):
    def do_GET(self):  # called for every GET request
        body = json.dumps({"id": 1, "title": "Dune"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # silence the per-request log line
        pass


with HTTPServer(("127.0.0.1", 0), BookHandler) as server:  # port 0: any free port
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with urllib.request.urlopen(f"http://127.0.0.1:{server.server_port}/books/1") as response:
        print(response.status, json.load(response))
    server.shutdown()
