"""The two web doors: the JSON API (api.py, openapi.py) and the admin pages (admin/), with
what every request passes through (request_guard.py, access_log.py, errors_http.py)."""
