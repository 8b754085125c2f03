"""Runs over a folder of photos: the one engine behind `clearpost batch`, `clearpost find`
and the admin page's Batch and archive search.

The command line and the admin page call the same functions, so a run gives the same
report (same name, title and wording), with the same number of workers, whoever starts it:

    plan = batch.prepare(svc, folder)          # the folder is scanned once, here
    outcome = batch.execute(plan, on_result)   # each photo checked; a bad file is a row
    path = batch.write_reports(svc, plan, outcome)

- folders.py   which folders and files may be read (never the data folder, no links out)
- scan.py      the photos in a folder, and the other files with why they were skipped
- batch.py     a batch check: every photo as a post would be checked (batch_photo.py: one)
- state.py     what a batch finished, kept so that an interrupted run can resume
- copies.py    cleaned copies and sorted copies of the photos (the CLI's --fix, --sort)
- find.py      one pupil's face searched for in every photo
- reports.py   the HTML, JSON and CSV reports (thumbnails.py draws their pictures;
               spreadsheet_cells.py keeps a CSV cell from running as a formula)
- jobs.py      runs in the background, for the admin page
"""
