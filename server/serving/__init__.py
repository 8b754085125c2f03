"""Running the service on the school's machine: waitress and its refusals in JSON
(waitress_server.py) under the body limits the app shares with it (body_limits.py), who
holds a port already taken (port_owner.py), one BLAS thread (blas_threads.py), memory
bounded under load (memory.py), text checks in worker processes (text_workers.py), and the
staff's own API tokens (staff_tokens.py) with the names they carry into the audit log
(people_names.py)."""
