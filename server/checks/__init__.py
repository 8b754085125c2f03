"""A post check: the request read (request.py), the text and each photo checked (post.py,
photo.py), the policy's verdict with the school's clauses (policy.py, rules.py), and the
fixes offered (fixes.py, image_fixes.py, produced_fixes.py). Detectors find (detect/); only
policy.py decides."""
