"""Videos: a clip checked like a photo (issue 13).

probe.py opens a clip and refuses what cannot be checked whole; sampling.py decides which
frames are looked at; tracks.py follows each face from frame to frame so that one person is
one finding; video_metadata.py lists what the container says about where and whose;
video_check.py runs the photo check's detectors on the frames; video_fixes.py writes the
clean copy. Every call into the photo code goes through photo_adapter.py.
"""
