#!/usr/bin/env python3
"""A tiny stand-in for the Lambda Runtime API, for the image smoke test (no fakecloud needed).

Serves one event on GET /2018-06-01/runtime/invocation/next with the headers every AWS runtime client relies on
(Content-Type, Lambda-Runtime-Aws-Request-Id, Lambda-Runtime-Deadline-Ms, Lambda-Runtime-Invoked-Function-Arn,
Lambda-Runtime-Trace-Id); later /next calls are held open, as the real long poll is when no event waits. The first
POST to .../{id}/response, .../{id}/error or /runtime/init/error is written as JSON to OUT_DIR/result.json
(kind, body, headers, time of the first /next), and the server keeps answering until it is killed or --max-seconds
pass. Listens on 127.0.0.1 only, on a free port it writes to OUT_DIR/port.
"""

import argparse
import json
import os
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PREFIX = "/2018-06-01/runtime"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, help="directory for port and result.json")
    ap.add_argument("--event", default="{}", help="the event body (JSON)")
    ap.add_argument("--function-arn", default="arn:aws:lambda:us-east-1:000000000000:function:smoke")
    ap.add_argument("--timeout-ms", type=int, default=30000, help="invocation deadline from the first /next")
    ap.add_argument("--max-seconds", type=float, default=120, help="exit after this long whatever happens")
    args = ap.parse_args()

    request_id = str(uuid.uuid4())
    state = {"served": False, "first_next": None, "done": False}
    lock = threading.Lock()
    release = threading.Event()

    def record(kind, handler, body):
        with lock:
            if state["done"]:
                return
            state["done"] = True
            result = {
                "kind": kind,
                "path": handler.path,
                "request_id": request_id,
                "headers": {k: v for k, v in handler.headers.items()},
                "body": body.decode("utf-8", "replace"),
                "first_next_at": state["first_next"],
                "recorded_at": time.time(),
            }
            tmp = os.path.join(args.out, "result.json.tmp")
            with open(tmp, "w") as f:
                json.dump(result, f)
            os.rename(tmp, os.path.join(args.out, "result.json"))

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as the real Runtime API

        def log_message(self, fmt, *a):
            pass

        def _reply(self, status, body=b"", headers=None):
            self.send_response(status)
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            if self.path != PREFIX + "/invocation/next":
                self._reply(404, b'{"errorMessage":"not found","errorType":"InvalidRequest"}')
                return
            with lock:
                first = not state["served"]
                state["served"] = True
                if state["first_next"] is None:
                    state["first_next"] = time.time()
            if not first:
                release.wait(args.max_seconds)  # nothing more to serve: hold the long poll
                self._reply(500, b'{"errorMessage":"stub shutting down","errorType":"Runtime.Shutdown"}')
                return
            deadline = int(time.time() * 1000) + args.timeout_ms
            self._reply(200, args.event.encode("utf-8"), {
                "Content-Type": "application/json",
                "Lambda-Runtime-Aws-Request-Id": request_id,
                "Lambda-Runtime-Deadline-Ms": str(deadline),
                "Lambda-Runtime-Invoked-Function-Arn": args.function_arn,
                "Lambda-Runtime-Trace-Id": "Root=1-00000000-000000000000000000000000;Sampled=0",
            })

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            if self.path == PREFIX + "/init/error":
                record("init_error", self, body)
            elif self.path == "%s/invocation/%s/response" % (PREFIX, request_id):
                record("response", self, body)
            elif self.path == "%s/invocation/%s/error" % (PREFIX, request_id):
                record("error", self, body)
            else:
                self._reply(400, b'{"errorMessage":"unknown request id or path","errorType":"InvalidRequestID"}')
                return
            self._reply(202, b'{"status":"OK"}', {"Content-Type": "application/json"})

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request, client_address):
            pass  # a runtime killed mid-poll resets its connection: expected here, not worth a traceback

    server = Server(("127.0.0.1", 0), Handler)
    with open(os.path.join(args.out, "port.tmp"), "w") as f:
        f.write(str(server.server_address[1]))
    os.rename(os.path.join(args.out, "port.tmp"), os.path.join(args.out, "port"))

    def stop_later():
        time.sleep(args.max_seconds)
        release.set()
        server.shutdown()

    threading.Thread(target=stop_later, daemon=True).start()
    try:
        server.serve_forever()
    finally:
        release.set()


if __name__ == "__main__":
    main()
