"""A post check: the request read (request.py; media_kind.py tells each file's kind), the
text and each photo checked (post.py, photo.py; video/ for clips), the policy's verdict with
the school's clauses (policy.py, rules.py), the fixes offered (fixes.py, image_fixes.py,
produced_fixes.py) and the audit entry (audit_writer.py). Detectors find (detect/); only
policy.py decides."""
