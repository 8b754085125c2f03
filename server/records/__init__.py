"""What Clearpost keeps about people, for how long, and how it is given back or erased:
backups (backup.py, backup_schedule.py), storage limits (retention.py), erasure everywhere
(erasure.py, with report_scrub.py over report_files.py's list of the reports written), a
subject access answer (subject_access.py), and what the person posting tells us back
(feedback.py)."""
