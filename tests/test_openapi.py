"""The published API document (/api/v1/openapi.json) stays in step with the code."""

import re

from clearpost.checks.request import FIELDS
from clearpost.web.openapi import CHECK_FORM, CHECK_JSON, document

IGNORED_METHODS = {"HEAD", "OPTIONS"}  # Flask adds them to every route


def flask_api_routes(app) -> set[tuple[str, str]]:
    """(path in OpenAPI form, method) for every route of the `api` blueprint."""
    routes = set()
    for rule in app.url_map.iter_rules():
        if rule.endpoint.split(".")[0] != "api":
            continue
        path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
        routes |= {(path, m.lower()) for m in rule.methods - IGNORED_METHODS}
    return routes


def documented_routes(doc) -> set[tuple[str, str]]:
    return {(path, method) for path, item in doc["paths"].items() for method in item}


def test_every_api_route_is_documented_and_nothing_else(app):
    documented, served = documented_routes(document()), flask_api_routes(app)
    assert served, "no API routes found: the blueprint's name changed?"
    assert served - documented == set(), "routes missing from server/web/openapi.py"
    assert documented - served == set(), "server/web/openapi.py documents routes that do not exist"


def test_the_check_body_documents_exactly_the_fields_the_reader_takes():
    assert set(CHECK_JSON["properties"]) == FIELDS
    assert set(CHECK_FORM["properties"]) == FIELDS


def test_every_refusal_is_documented_as_the_json_error_shape():
    for path, item in document()["paths"].items():
        for method, op in item.items():
            for status in ("400", "413", "500"):
                schema = op["responses"][status]["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/Error"}, (path, method, status)
            public = op.get("security") == []
            assert ("401" in op["responses"]) != public, (path, method)


def test_the_document_is_served_without_a_token_and_loads_as_openapi(app):
    import schemathesis

    reply = app.test_client().get("/api/v1/openapi.json")
    assert reply.status_code == 200 and reply.json == document()
    schema = schemathesis.openapi.from_dict(reply.json)  # refuses an invalid document
    operations = {(op.ok().path, op.ok().method) for op in schema.get_all_operations()}
    assert operations == documented_routes(document())
