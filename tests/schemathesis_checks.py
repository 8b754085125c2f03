"""Clearpost's own check for schemathesis (loaded by tests/test_api_fuzz.py through
SCHEMATHESIS_HOOKS): every refusal is JSON {error, message}, and the message says what to
do, because the extension shows it to the person posting."""

import json

import schemathesis


@schemathesis.check
def refusal_is_json_with_a_message(ctx, response, case):
    status = response.status_code
    if not 400 <= status < 600:
        return None
    content_type = (response.headers.get("content-type") or [""])[0]
    if not content_type.startswith("application/json"):
        raise AssertionError(f"A {status} answer is not JSON but {content_type!r}")
    try:
        body = json.loads(response.content)
    except ValueError:
        raise AssertionError(f"A {status} answer is not valid JSON") from None
    if not isinstance(body, dict) or not isinstance(body.get("error"), str):
        raise AssertionError(f"A {status} answer has no 'error': {body!r:.200}")
    message = body.get("message")
    if not isinstance(message, str) or len(message.split()) < 3:
        raise AssertionError(f"A {status} answer has no message saying what to do: {body!r:.200}")
    return None
