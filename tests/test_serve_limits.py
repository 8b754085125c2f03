"""The real `clearpost serve`: every refusal is JSON, also the ones waitress makes itself.

Issue 17, item 14: a body over waitress's limit got waitress's text/plain 413, while
every other refusal is JSON with a message the extension shows.
"""

import json
import socket

import test_serve

server = test_serve.server  # the fixture: `clearpost serve` in a subprocess, on a free port

MB = 1024 * 1024


def raw_request(base: str, head: bytes, body=b"", chunks=()) -> tuple[int, dict, bytes]:
    """Send bytes as they are (no client library fixes them up); read the whole answer."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        try:
            sock.sendall(head + body)
            for chunk in chunks:
                sock.sendall(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered and closed before we finished: read its answer
        data = b""
        try:
            while chunk := sock.recv(65536):
                data += chunk
        except ConnectionResetError:
            pass
    head_part, _, payload = data.partition(b"\r\n\r\n")
    lines = head_part.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), headers, payload


def post_head(base, token, extra: str) -> bytes:
    return (
        f"POST /api/v1/check HTTP/1.1\r\nHost: {base.removeprefix('http://')}\r\n"
        f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
        f"Connection: close\r\n{extra}\r\n"
    ).encode()


def assert_json_refusal(status, headers, payload, code, words):
    assert status == code, payload
    assert headers["Content-Type"].startswith("application/json"), headers
    assert words in json.loads(payload)["message"]


def test_every_oversized_request_gets_a_json_answer(server):
    base, home, _ = server
    token = (home / "api.token").read_text().strip()

    # Far over the limit by Content-Length (past even a video's room, video.max_mb 250):
    # waitress refuses before reading the body.
    head = post_head(base, token, f"Content-Length: {300 * MB}\r\n")
    assert_json_refusal(*raw_request(base, head, b'{"text": "'), 413, "40 MB")
    assert_json_refusal(
        *raw_request(base, head, b'{"text": "'), 413, "251 MB for a post with a video"
    )

    # Just over the app's limit on an endpoint that takes no video: the app refuses, with
    # the same message (a check past video.max_mb: tests/video/test_video_refusals.py).
    reports = post_head(base, token, "").replace(b"/api/v1/check", b"/api/v1/reports")
    body = b'{"text": "' + b"x" * (40 * MB) + b'"}'
    head = reports.replace(b"\r\n\r\n", f"\r\nContent-Length: {len(body)}\r\n\r\n".encode())
    assert_json_refusal(*raw_request(base, head, body), 413, "40 MB limit")

    # No length at all (chunked): read while counting, and refused in JSON.
    head = reports.replace(b"\r\n\r\n", b"\r\nTransfer-Encoding: chunked\r\n\r\n")
    piece = b"x" * MB
    chunks = [b"%x\r\n%s\r\n" % (len(piece), piece)] * 43 + [b"0\r\n\r\n"]
    assert_json_refusal(*raw_request(base, head, chunks=chunks), 413, "40 MB limit")

    # Headers over waitress's limit, and a malformed request: JSON too, saying what to do.
    head = b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 300_000 + b"\r\n\r\n"
    assert_json_refusal(*raw_request(base, head), 431, "headers are too large")
    head = post_head(base, token, "Content-Length: ten\r\n")
    assert_json_refusal(*raw_request(base, head), 400, "well-formed request")

    # And the service goes on answering.
    assert test_serve.get(base + "/api/v1/health")[0] == 200


def test_another_host_name_is_refused_by_the_real_service(server):
    base, _, _ = server
    status, body = test_serve.get(base + "/api/v1/health", {"Host": "evil.example"})
    assert status == 400 and "allowed_hosts" in json.loads(body)["message"]
