"""The text check measured on labelled school posts, with the real models.

Sets (tests/data/README.md, tests/data/set2/CONVENTIONS.md), each a different school and
writer; none of the writers saw the detector:
- tuned on: tests/data (296 posts), tests/data/holdout (176), set2/dev (289); set3 (196),
  set4 (214) and set5 (220), each scored once as unseen, then used for tuning (set5 a little);
  set6 (220, Wales): scored once whole, then its even-numbered half tuned on, its odd half
  never read;
  set7 (220, Glasgow) and set8 (220, a Birmingham secondary academy): scored once whole,
  then tuned on; set9 (220, an east London primary): scored once whole, then its
  even-numbered half tuned on, its odd half never read; set10 (220, a Lincolnshire fens CE
  federation) and set11 (220, a Liverpool Catholic 11-18 school): each scored once whole,
  then its even half tuned on, its odd half never read (scored again after); set12 (220,
  a Sunderland all-through special school): scored once whole, then its even half tuned on
  (and its sentences given to the circumstance classifier), its odd half never read;
- never tuned on: set2/test (239; scored eight times, its misses never read); set13 (220, a
  Bradford and Keighley trust of four schools): scored before and after this round's
  changes, never read; set14 (220, an integrated 11-18 college in County Down): scored once
  whole, then its odd-numbered posts read (three rules of a kind came of them), the even
  half never; set15
  (221, a Welsh-medium primary in Gwynedd, bilingual posts): scored before and after names
  mutated by Welsh grammar were read, then its odd-numbered posts read for the Welsh
  circumstance words, pronouns and addresses, the even half never; set16 (220, an
  alternative-provision academy in Medway) and set17 (220, a Cotswolds prep school with
  boarding): scored once whole unseen, then their odd-numbered posts read, the even halves
  never; set18 (220, an Inverness secondary with a Gaelic-medium unit): scored once whole,
  never read; set19 (220, a seaside-town primary in the North West): scored once whole,
  then its odd-numbered posts read, the even half never; set20 (220, an inner-city
  Birmingham Catholic 11-16 school) and set21 (220, a Dales CE primary): scored once whole
  unseen (session 11), then their odd-numbered posts read, the even halves never; set22
  (220, a Jewish primary in north Manchester), set23 (220, a Leicester 11-18 academy) and
  set24 (220, a primary beside Catterick Garrison): the same (session 12); set25 (220, a
  Boston, Lincolnshire primary with Eastern European and Traveller families), set26 (220,
  a Bristol hospital and home-tuition school) and set27 (220, a Hackney infant and nursery
  school): the same (session 13); set28 (220, a Muslim primary in Dewsbury), set29 (220, a
  Blackpool 11-16 academy) and set30 (220, a Didsbury day nursery): the same (session 14);
  set31 (224, a Wembley primary), set32 (220, a Kent CE primary with Gypsy and Traveller
  families) and set33 (220, a Dartmoor state boarding school): the same (session 15);
  set34 (220, an Irish-medium primary in west Belfast), set35 (220, a Sikh-ethos 11-18
  academy in Slough) and set36 (220, a Hull sixth-form college): scored once whole
  unseen late in session 15, then (session 16) their odd-numbered posts read, the even
  halves never; set37 (220, a Doncaster school for deaf children), set38 (220, an Enfield
  11-16 school) and set39 (220, a Jersey primary): scored once whole unseen (session 16),
  then their odd-numbered posts read, the even halves never; set40 (220, a Cornish
  fishing-town primary), set41 (220, a Tower Hamlets girls' 11-18 school) and set42 (220, a
  Shetland junior high): the same, later in session 16; set43 (220, a Peckham primary),
  set44 (220, a Sutton primary: Hong Kong and Ukrainian families), set45 (220, a
  Middlesbrough 11-16 academy in an asylum dispersal area), set46 (220, a Farnborough
  primary: Gurkha and Forces families), set47 (220, a Herefordshire village primary:
  seasonal workers and showpeople), set48 (220, a Breckland primary beside the US air
  bases) and set49 (220, a Cheltenham independent girls' 11-18 school, day and boarding):
  scored once whole unseen on session 17's first code, then their odd-numbered posts read,
  the even halves never.
Issue 11's bar (recall on all labels 0.97, every kind 0.9, no critical miss, at most one
clean post in 60 flagged) is NOT yet met on the sets never tuned on: README, "How good is
the text check". Until it is, these tests hold each set at least where it stands
(`FLOORS`: the measured figures, rounded down), so that a change that loses ground fails;
the first two sets keep their original bar (no clean post blocked).
The numbers are printed (pytest -s, or the failure message).
"""

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

import pytest
from text_eval import DATA, check_set, load_posts, score

SETS = {
    "development": DATA,
    "holdout": DATA / "holdout",
    "set2-dev": DATA / "set2" / "dev",
    "set3": DATA / "set3",
    "set2-test": DATA / "set2" / "test",
    "set4": DATA / "set4",
    "set5": DATA / "set5",
    "set6": DATA / "set6",
    "set7": DATA / "set7",
    "set8": DATA / "set8",
    "set9": DATA / "set9",
    "set10": DATA / "set10",
    "set11": DATA / "set11",
    "set12": DATA / "set12",
    "set13": DATA / "set13",
    "set14": DATA / "set14",
    "set15": DATA / "set15",
    "set16": DATA / "set16",
    "set17": DATA / "set17",
    "set18": DATA / "set18",
    "set19": DATA / "set19",
    "set20": DATA / "set20",
    "set21": DATA / "set21",
    "set22": DATA / "set22",
    "set23": DATA / "set23",
    "set24": DATA / "set24",
    "set25": DATA / "set25",
    "set26": DATA / "set26",
    "set27": DATA / "set27",
    "set28": DATA / "set28",
    "set29": DATA / "set29",
    "set30": DATA / "set30",
    "set31": DATA / "set31",
    "set32": DATA / "set32",
    "set33": DATA / "set33",
    "set34": DATA / "set34",
    "set35": DATA / "set35",
    "set36": DATA / "set36",
    "set37": DATA / "set37",
    "set38": DATA / "set38",
    "set39": DATA / "set39",
    "set40": DATA / "set40",
    "set41": DATA / "set41",
    "set42": DATA / "set42",
    **{f"set{n}": DATA / f"set{n}" for n in range(43, 186)},
}
# (recall on all labels, recall on block-level labels, verdict accuracy,
#  most critical misses, most clean posts with a warn or block finding)
FLOORS = {
    "development": (0.99, 0.99, 0.99, 0, 0),
    "holdout": (0.99, 0.99, 0.98, 1, 0),
    # Session 13: "One of mine with ADHD had a complete meltdown in maths" (a personal
    # account) is blocked as a circumstance about a child described without a name
    # (unnamed_child.py); this set labels it clean, the blind sets label such posts block.
    "set2-dev": (0.99, 0.99, 0.98, 0, 2),
    "set3": (0.99, 0.99, 0.99, 0, 0),
    "set2-test": (0.96, 0.96, 0.97, 3, 2),
    "set4": (0.98, 0.98, 0.98, 2, 1),
    "set5": (0.98, 0.99, 0.99, 0, 2),
    "set6": (0.99, 0.99, 0.97, 0, 2),
    "set7": (0.98, 0.98, 0.97, 2, 3),
    "set8": (0.99, 0.99, 0.99, 0, 2),
    "set9": (0.97, 0.98, 0.97, 0, 4),
    # Scored once whole unseen (set10 0.899, set11 0.914), then their even halves tuned on.
    "set10": (0.98, 0.98, 0.98, 0, 3),
    # One clean post of the half tuned on is blocked since sentences are read after the one
    # that names the pupil (README, "Sets 12 and 13"): "Blood Brothers ... Mickey, Eddie".
    # Session 16: verdicts 0.973 -> 0.968, a private adult in its half never read now read
    # as public by the sentence after the name (which spared four clean posts elsewhere).
    "set11": (0.97, 0.97, 0.97, 3, 1),
    # Scored once whole unseen (0.890), then its even half tuned on.
    "set12": (0.96, 0.95, 0.95, 3, 3),
    # Never read: scored at the start of the round (0.916) and at its end.
    "set13": (0.97, 0.97, 0.97, 1, 4),
    # Scored once whole unseen (0.821, verdicts 0.786, 29 critical, 17 clean flagged); three
    # rules made from its odd-numbered posts (organisations' phone numbers, a name kept for
    # last, a form group after a name), its even half unread (0.784 -> 0.813).
    "set14": (0.89, 0.86, 0.89, 14, 8),
    # A Welsh-medium school whose posts say health and circumstances in Welsh. First 0.703;
    # 0.758 with Welsh mutation; 0.901 with Welsh circumstance words, pronouns and dates
    # (even half unread: 0.772 -> 0.897, critical 19 -> 6).
    "set15": (0.94, 0.91, 0.94, 5, 7),
    # Scored once whole unseen (set16 0.898, 9 critical; set17 0.912, 8 critical), then their
    # odd-numbered posts read (clipped nicknames, a name surname first in lower case).
    "set16": (0.95, 0.94, 0.94, 6, 4),
    "set17": (0.95, 0.94, 0.95, 4, 4),
    # Scored once whole unseen at the end of session 10 (set18 0.773, 35 critical, partly in
    # Scottish Gaelic; 0.787, 31 critical with the Gaelic words, never read; set19 0.828, 29
    # critical), then set19's odd-numbered posts read (the schemes' own names: Encompass,
    # section 21, EUSS). Session 11: set18's odd-numbered posts read too (Gaelic names in
    # their Gaelic forms and cases; its even half 0.768 -> 0.819, never read).
    "set18": (0.91, 0.89, 0.92, 8, 7),
    "set19": (0.91, 0.85, 0.9, 13, 5),
    # Scored once whole unseen in session 11 (set20 0.928, 3 critical; set21 0.857, 14
    # critical), then their odd-numbered posts read, the even halves never.
    "set20": (0.97, 0.96, 0.95, 2, 7),
    "set21": (0.93, 0.9, 0.94, 3, 7),
    # Scored once whole unseen in session 12 (set22 0.926, 8 critical, 9 clean flagged; set23
    # 0.888, 11, 7; set24 0.877, 10, 12), then their odd-numbered posts read, the even halves
    # never. Every floor here was raised to the end of session 12's figures.
    "set22": (0.97, 0.95, 0.94, 4, 6),
    # Session 28: one post of its half never read goes from block to warn: a pupil's forename
    # that was the surname of an adult named before it is now read as that adult (the label
    # says so), and the post's block had come from that misreading alone.
    "set23": (0.93, 0.93, 0.95, 6, 3),
    "set24": (0.94, 0.93, 0.9, 8, 8),
    # Scored once whole unseen in session 13 (set25 0.888, 16 critical, 3 clean flagged;
    # set26 0.893, 13, 8; set27 0.894, 13, 7), then their odd-numbered posts read, the even
    # halves never.
    "set25": (0.91, 0.87, 0.94, 8, 2),
    "set26": (0.92, 0.87, 0.93, 8, 5),
    "set27": (0.94, 0.92, 0.94, 6, 2),
    # Scored once whole unseen in session 14 (set28 0.942, 8 critical, 7 clean flagged; set29
    # 0.848, 14, 4; set30 0.900, 7, 13), then their odd-numbered posts read, the even halves
    # never. Every floor here was raised to the end of session 14's figures.
    "set28": (0.97, 0.96, 0.95, 3, 5),
    "set29": (0.89, 0.89, 0.92, 8, 3),
    "set30": (0.92, 0.91, 0.92, 3, 8),
    # Session 15: scored once whole unseen (set31, set32, set33 on the session's first code,
    # 12ba9d2: 0.944, 7 critical, 9 clean flagged; 0.865, 12, 12; 0.929, 7, 12), then their
    # odd-numbered posts read, the even halves never; set34, set35 and set36 scored once
    # whole late in the session (0.899, 8, 13; 0.938, 7, 8; 0.960, 0, 9) and never read.
    # Every floor here was raised to the end of session 15's figures.
    "set31": (0.97, 0.97, 0.95, 2, 6),
    "set32": (0.91, 0.92, 0.9, 9, 9),
    "set33": (0.95, 0.95, 0.93, 3, 8),
    "set34": (0.95, 0.93, 0.95, 2, 6),
    "set35": (0.95, 0.94, 0.94, 5, 4),
    "set36": (0.97, 0.97, 0.94, 0, 7),
    # Session 16: scored once whole unseen on the session's first code (ceb9255: set37, a
    # Doncaster school for deaf children, 0.962, 3 critical, 3 clean flagged; set38, an Enfield
    # 11-16 school, 0.947, 2, 3; set39, a Jersey primary, 0.918, 5, 9), then their odd-numbered
    # posts read, the even halves never; set34-36's odd halves read too.
    "set37": (0.98, 0.97, 0.98, 0, 3),
    "set38": (0.97, 0.98, 0.98, 1, 1),
    "set39": (0.96, 0.97, 0.97, 2, 3),
    # Session 16, later: scored once whole unseen on the session's first code (ceb9255: set40,
    # a Cornish fishing-town primary, 0.961, 2 critical, 4 clean flagged; set41, a Tower
    # Hamlets girls' school, 0.964, 3, 8; set42, a Shetland junior high, 0.952, 5, 3; on the
    # code of the time the same or one clean post fewer), then their odd-numbered posts read.
    # Session 28: one post of its half never read goes from warn to block (a pupil's name
    # read as her full name once an adult's surname before it is no longer her forename).
    "set40": (0.97, 0.98, 0.96, 2, 0),
    "set41": (0.98, 0.99, 0.97, 0, 2),
    "set42": (0.98, 0.97, 0.98, 1, 3),
    # Session 17: scored once whole unseen on the session's first code (b3237df: set43, a
    # Peckham primary, 0.986, 0 critical, 4 clean flagged; set44, a Sutton primary, 0.936, 4,
    # 9; set45, a Middlesbrough academy, 0.966, 2, 10; set46, a Farnborough primary, 0.978,
    # 0, 8; set47, a Herefordshire village primary, 0.968, 1, 4; set48, a Breckland primary,
    # 0.955, 1, 5; set49, a Cheltenham girls' school, 0.930, 6, 9), then their odd-numbered
    # posts read, the even halves never.
    "set43": (0.99, 0.99, 0.98, 0, 3),
    "set44": (0.97, 0.98, 0.95, 1, 6),
    "set45": (0.97, 0.97, 0.95, 1, 7),
    "set46": (0.98, 0.98, 0.97, 0, 6),
    "set47": (0.97, 0.97, 0.95, 1, 4),
    "set48": (0.97, 0.98, 0.97, 1, 3),
    "set49": (0.94, 0.95, 0.94, 4, 7),
    # Session 18: sets 50-57, each written blind and scored once whole on the session's first
    # code, aafa598 (recall, critical misses, clean posts flagged: set50, a Motherwell Catholic
    # primary, 0.960, 4, 8; set51, a Cambridge primary of university families, 0.974, 5, 0;
    # set52, a Luton 11-16 academy, 0.986, 0, 4; set53, a Northumberland first school, 0.955,
    # 3, 3; set54, a Hindu-ethos Harrow primary, 0.988, 0, 11; set55, a Great Yarmouth
    # primary, 0.959, 1, 9; set56, a Stoke-on-Trent primary, 0.959, 3, 3; set57, a Milton
    # Keynes primary, 0.956, 2, 4), then their odd-numbered posts read, the even halves never.
    "set50": (0.97, 0.97, 0.97, 2, 4),
    "set51": (0.97, 0.97, 0.98, 4, 0),
    "set52": (0.98, 0.98, 0.98, 0, 1),
    "set53": (0.97, 0.97, 0.97, 1, 2),
    "set54": (0.99, 0.98, 0.94, 0, 8),
    "set55": (0.96, 0.96, 0.97, 0, 4),
    "set56": (0.97, 0.97, 0.97, 1, 3),
    "set57": (0.97, 0.98, 0.99, 1, 0),
    # Session 19: sets 58-65, each written blind and scored once whole on the session's first
    # code, eabdf55 (recall, critical misses, clean posts flagged, with six hashtag labels the
    # writers left out restored: set58, an Aberdeen primary, 0.973, 3, 0; set59, a Toxteth
    # Catholic 11-16 school, 0.962, 6, 5; set60, a Butetown primary, 0.938, 5, 2; set61, a
    # Soho parish primary, 0.969, 3, 5; set62, a Derby autism school, 0.948, 2, 2; set63, a
    # Tottenham 11-18 school, 0.956, 4, 2; set64, a Ryde primary, 0.940, 5, 4; set65, a
    # Peterborough primary, 0.976, 4, 9), then their odd-numbered posts read, the even halves
    # never.
    "set58": (0.97, 0.98, 0.97, 2, 0),
    "set59": (0.97, 0.96, 0.94, 4, 5),
    "set60": (0.95, 0.96, 0.95, 4, 1),
    "set61": (0.99, 0.99, 0.97, 0, 3),
    "set62": (0.96, 0.97, 0.97, 2, 2),
    "set63": (0.97, 0.97, 0.98, 1, 2),
    "set64": (0.95, 0.96, 0.96, 4, 3),
    "set65": (0.98, 0.97, 0.94, 3, 5),
    # Session 20: sets 66-73, each written blind and scored once whole on the session's first
    # code, b22a72d (recall, critical misses, clean posts flagged, with one hashtag and one
    # forename label the writers left out restored before scoring: set66, a Moss Side 11-16
    # school, 0.987, 0, 1; set67, an Oldham primary, 0.979, 1, 1; set68, a Merthyr Tydfil
    # primary, 0.945, 2, 9; set69, a Southall primary, 0.978, 0, 5; set70, a Barrow primary,
    # 0.965, 4, 6; set71, a Margate primary, 0.926, 2, 4; set72, a Derry primary, 0.968, 3,
    # 2; set73, a Bournemouth infant school, 0.941, 7, 4), then their odd-numbered posts
    # read, the even halves never.
    "set66": (0.99, 0.99, 0.99, 0, 1),
    "set67": (0.99, 0.99, 0.99, 0, 1),
    "set68": (0.98, 0.98, 0.96, 0, 7),
    "set69": (0.98, 0.98, 0.96, 0, 5),
    "set70": (0.98, 0.98, 0.97, 1, 3),
    "set71": (0.96, 0.96, 0.98, 0, 3),
    "set72": (0.97, 0.97, 0.97, 2, 2),
    "set73": (0.96, 0.95, 0.95, 6, 4),
    # Session 21: sets 74-81, each written blind and scored once whole on the session's first
    # code, 78b989e (recall, critical misses, clean posts flagged, with four hashtag labels
    # the writers left out restored before scoring: set74, a Page Hall Sheffield primary,
    # 0.966, 1, 1; set75, a Swansea primary, 0.963, 4, 4; set76, a Chapeltown Leeds primary,
    # 0.975, 1, 10; set77, a Foleshill Coventry primary, 0.958, 3, 6; set78, an east Belfast
    # primary, 0.965, 3, 0; set79, a Govanhill Glasgow primary, 0.982, 1, 4; set80, a
    # Walthamstow 11-18 academy, 0.984, 1, 9; set81, a Trafford PMLD special school, 0.942,
    # 4, 2), then their odd-numbered posts read, the even halves never.
    "set74": (0.98, 0.98, 0.99, 0, 0),
    "set75": (0.96, 0.98, 0.98, 2, 2),
    "set76": (0.98, 0.98, 0.94, 1, 9),
    "set77": (0.97, 0.97, 0.95, 1, 6),
    "set78": (0.97, 0.97, 0.97, 2, 0),
    "set79": (0.98, 0.98, 0.98, 0, 2),
    "set80": (0.99, 0.99, 0.96, 0, 7),
    "set81": (0.98, 0.97, 0.96, 1, 2),
    # Session 22: sets 82-89, each written blind and scored once whole on the session's first
    # code, 29da3b2 (recall, critical misses, clean posts flagged, with two hashtag labels
    # the writers left out restored before scoring: set82, a Blackburn primary, 0.976, 0, 5;
    # set83, a Wisbech primary, 0.960, 2, 4; set84, a Welsh-medium Caernarfon primary, 0.916,
    # 10, 15; set85, a Devonport 11-16 academy, 0.985, 0, 6; set86, a Thornton Heath 11-18
    # school, 0.987, 0, 3; set87, a Grimsby primary, 0.974, 2, 1; set88, a Newry primary,
    # 0.963, 1, 1; set89, a Wolverhampton pupil referral unit, 0.972, 1, 4), then their
    # odd-numbered posts read, the even halves never.
    "set82": (0.97, 0.97, 0.98, 0, 4),
    "set83": (0.95, 0.95, 0.96, 2, 4),
    "set84": (0.93, 0.93, 0.91, 7, 11),
    "set85": (0.98, 0.99, 0.97, 0, 3),
    "set86": (0.99, 0.99, 0.99, 0, 1),
    "set87": (0.97, 0.97, 0.99, 1, 1),
    "set88": (0.97, 0.96, 0.98, 0, 1),
    "set89": (0.98, 0.97, 0.96, 0, 3),
    # Session 23: sets 90-97, each written blind and scored once whole on the session's first
    # code, 7fb5897 (recall, critical misses, clean posts flagged, no label corrected: set90, a
    # Carlisle primary, 0.970, 0, 4; set91, a Reading primary, 0.957, 1, 2; set92, a Newport
    # primary, 0.957, 3, 6; set93, a Dundee secondary, 0.954, 3, 5; set94, a Corby primary,
    # 0.953, 3, 4; set95, a Harlow 11-18 academy, 0.961, 0, 3; set96, a Douglas (Isle of Man)
    # primary, 0.966, 2, 3; set97, a Southampton primary, 0.977, 1, 4), then their
    # odd-numbered posts read, the even halves never.
    "set90": (0.97, 0.96, 0.98, 0, 4),
    "set91": (0.96, 0.96, 0.98, 0, 0),
    "set92": (0.95, 0.94, 0.95, 3, 4),
    "set93": (0.96, 0.96, 0.96, 3, 4),
    "set94": (0.95, 0.97, 0.96, 3, 4),
    "set95": (0.97, 0.97, 0.97, 0, 3),
    "set96": (0.97, 0.98, 0.97, 1, 3),
    "set97": (0.98, 0.99, 0.99, 0, 2),
    # Session 24: sets 98-113, each written blind and scored once whole on the session's first
    # code, fbf665d (recall, critical misses, clean posts flagged, no label corrected). Round
    # one: set98, a Norwich primary, 0.970, 1, 2; set99, a Thornaby primary, 0.964, 0, 6;
    # set100, a Wolverhampton 11-16 academy, 0.965, 1, 5; set101, an Inverness primary, 0.991,
    # 0, 8; set102, a Bristol 11-16 school, 0.971, 1, 3; set103, a Wrexham primary, 0.977, 1,
    # 6; set104, a Morecambe primary, 0.983, 0, 4; set105, a Northampton SEMH school, 0.980,
    # 0, 3. Round two (scored again, whole and unread, on the code with round one's rules):
    # set106, a Hartlepool primary, 0.963, 3, 2; set107, a Swindon primary, 0.954, 4, 4;
    # set108, a Rochdale 11-16 school, 0.966, 1, 5; set109, a Grangemouth primary, 0.950, 1,
    # 5; set110, an Ipswich primary, 0.978, 1, 3; set111, a Rhyl primary, 0.984, 0, 4; set112,
    # a Gloucester primary, 0.954, 0, 1; set113, a Hastings primary, 0.968, 2, 1. Then their
    # odd-numbered posts read, the even halves never.
    # Session 25: sets 114-121, each written blind and scored once whole on the session's first
    # code, e28fcb3 (recall, critical misses, clean posts flagged, one hashtag label the
    # writer left out restored before scoring: set114, a Crawley primary, 0.950, 1, 6;
    # set115, a Kirkcaldy primary, 0.964, 3, 4; set116, a Ballymena primary, 0.991, 0, 3;
    # set117, a Scunthorpe 11-16 academy, 0.953, 3, 5; set118, a St Ann's (Nottingham)
    # primary, 0.961, 4, 2; set119, a Burnley primary, 0.960, 2, 4; set120, a Halifax
    # SLD/PMLD school, 0.951, 3, 3; set121, a Lowestoft primary, 0.953, 2, 5), then their
    # odd-numbered posts read, the even halves never.
    # Session 26: sets 122-129, each written blind and scored once whole on the session's
    # first code, d59c7e2 (recall, critical misses, clean posts flagged: set122, a Stornoway
    # primary with a Gaelic-medium unit, 0.957, 1, 15; set123, a Slough primary, 0.969, 3, 9;
    # set124, a Camborne primary, 0.972, 1, 3; set125, a Bethnal Green girls' 11-16 school,
    # 0.977, 0, 5; set126, a Dumfries primary, 0.960, 4, 5; set127, a Middlesbrough primary,
    # 0.982, 1, 5; set128, a Goldthorpe (Barnsley) primary, 0.968, 2, 3; set129, a Tameside
    # SEMH school, 0.975, 1, 7), then their odd-numbered posts read, the even halves never.
    # The posts classifier (posts_classifier.py) learnt from none of them.
    # Session 27: sets 130-137, each written blind and scored once whole on the session's
    # first code, f8a983b (recall, critical misses, clean posts flagged: set130, a Handsworth
    # Sikh-ethos primary, 0.952, 0, 9; set131, a Boston primary, 0.967, 0, 5; set132, a
    # Highfields (Leicester) primary, 0.973, 2, 2; set133, a rural Cumbrian CE primary, 0.956,
    # 1, 4; set134, a Manningham (Bradford) 11-16 school, 0.988, 0, 6; set135, a Stamford
    # Hill Orthodox Jewish primary, 0.980, 1, 7; set136, a Doncaster school for deaf pupils,
    # 0.978, 1, 1; set137, a Lerwick junior high, 0.969, 0, 4), then their odd-numbered posts
    # read, the even halves never. Neither classifier fitted on real posts learnt from them
    # then; since session 28 the person opinion (person_context.IN_POSTS) learns from their
    # read halves.
    # Session 28: sets 138-145, each written blind and scored once whole on the session's
    # first code, bf0ee96 (recall, critical misses, clean posts flagged: set138, a Tottenham
    # primary, 0.960, 0, 5; set139, a Merthyr Tydfil 3-16 school, 0.964, 1, 4; set140, a
    # Luton 11-16 academy, 0.976, 0, 5; set141, a Ryde primary, 0.966, 0, 3; set142, a Newry
    # Catholic grammar school, 0.931, 0, 11; set143, a Stoke-on-Trent pupil referral unit,
    # 0.982, 0, 8; set144, an East Ham primary, 0.972, 0, 4; set145, a Borders primary near
    # Hawick, 0.950, 1, 11), then their odd-numbered posts read, the even halves never; since
    # session 29 the person opinion learns from their read halves.
    # Session 29: sets 146-153, each written blind and scored once whole on the session's
    # first code, 0a0ba4f (recall, critical misses, clean posts flagged: set146, a Hove
    # primary, 0.970, 1, 4; set147, a secure children's home's school, 0.952, 0, 3; set148, a
    # Dover primary, 0.965, 1, 4; set149, an Elswick 11-16 academy, 0.942, 0, 2; set150, a
    # school for visually impaired pupils, 0.969, 2, 7; set151, a Fermanagh integrated
    # primary, 0.955, 1, 6; set152, a Preston Catholic primary, 0.961, 0, 6; set153, a
    # Weston-super-Mare 11-16 academy, 0.943, 1, 8), then their odd-numbered posts read, the
    # even halves never.
    # Session 30: sets 154-161, each written blind and scored once whole on the session's
    # first code, 91d0f15 (recall, critical misses, clean posts flagged: set154, a Chassidic
    # girls' primary, 0.943, 3, 14; set155, an Orkney island junior high, 0.942, 2, 6;
    # set156, a Deptford primary, 0.952, 2, 5; set157, a Guernsey 11-16 school, 0.946, 1, 13;
    # set158, a children's hospital school, 0.939, 3, 9; set159, a boarding school near
    # Cheltenham, 0.937, 1, 4; set160, a Milton Keynes primary, 0.983, 1, 2; set161, a college
    # for profound and multiple learning disabilities, 0.915, 5, 8), then their odd-numbered
    # posts read, the even halves never.
    # Session 31: sets 162-169, each written blind and scored once whole on the session's
    # first code, 011ae81 (recall, critical misses, clean posts flagged: set162, a Leith
    # primary, 0.977, 0, 5; set163, a Steiner school near Stroud, 0.949, 2, 3; set164, a New
    # Malden primary, 0.957, 1, 2; set165, an Isles of Scilly all-through school, 0.965, 1,
    # 10; set166, a Stockwell primary, 0.943, 2, 8; set167, a Forces primary in Cyprus,
    # 0.969, 1, 6; set168, a Blackbird Leys 11-16 academy, 0.976, 0, 6; set169, a Telford
    # primary, 0.972, 1, 6), then their odd-numbered posts read, the even halves never.
    "set98": (0.97, 0.97, 0.97, 1, 1),
    "set99": (0.97, 0.97, 0.98, 0, 3),
    "set100": (0.97, 0.97, 0.98, 0, 3),
    "set101": (1.0, 1.0, 0.96, 0, 6),
    "set102": (0.97, 0.97, 0.98, 1, 2),
    "set103": (0.97, 0.96, 0.97, 1, 2),
    "set104": (0.99, 0.98, 0.97, 0, 3),
    "set105": (0.98, 0.98, 0.98, 0, 3),
    "set106": (0.97, 0.97, 0.98, 2, 1),
    "set107": (0.96, 0.96, 0.96, 4, 4),
    "set108": (0.97, 0.97, 0.96, 1, 5),
    "set109": (0.96, 0.95, 0.97, 1, 5),
    "set110": (0.97, 0.97, 0.98, 1, 2),
    "set111": (0.98, 0.98, 0.99, 0, 2),
    "set112": (0.96, 0.94, 0.99, 0, 1),
    "set113": (0.98, 0.98, 0.98, 2, 1),
    "set114": (0.95, 0.97, 0.97, 1, 5),
    "set115": (0.96, 0.96, 0.98, 2, 2),
    "set116": (0.99, 0.98, 1.0, 0, 0),
    "set117": (0.96, 0.97, 0.97, 1, 4),
    "set118": (0.97, 0.98, 0.97, 2, 2),
    "set119": (0.96, 0.96, 0.98, 0, 2),
    "set120": (0.96, 0.96, 0.96, 3, 3),
    "set121": (0.96, 0.96, 0.98, 1, 3),
    "set122": (0.97, 0.98, 0.92, 0, 15),
    "set123": (0.97, 0.96, 0.95, 2, 8),
    "set124": (0.97, 0.97, 0.98, 1, 2),
    "set125": (0.98, 0.99, 0.95, 0, 5),
    "set126": (0.97, 0.97, 0.96, 2, 5),
    "set127": (0.98, 0.98, 0.96, 1, 5),
    "set128": (0.98, 0.98, 0.98, 2, 2),
    "set129": (0.98, 0.97, 0.95, 0, 7),
    "set130": (0.95, 0.95, 0.95, 0, 9),
    "set131": (0.96, 0.98, 0.97, 0, 4),
    "set132": (0.97, 0.97, 0.98, 2, 2),
    # Session 29: the person opinion relearnt with sets 138-145 reads "Watched Billy Elliot
    # with my Year 6s" (a read half) as a private adult: one more clean post warned about.
    "set133": (0.95, 0.95, 0.98, 1, 2),
    "set134": (0.98, 0.98, 0.97, 0, 5),
    "set135": (0.97, 0.98, 0.96, 0, 6),
    "set136": (0.97, 0.97, 0.98, 1, 1),
    "set137": (0.97, 0.97, 0.97, 0, 4),
    "set138": (0.96, 0.96, 0.98, 0, 4),
    "set139": (0.96, 0.96, 0.97, 1, 3),
    # Session 29: the relearnt person opinion drops one private adult in its half never read
    # (warn -> allow): recall 0.980 -> 0.979.
    "set140": (0.97, 0.98, 0.95, 0, 5),
    "set141": (0.97, 0.96, 0.98, 0, 2),
    "set142": (0.94, 0.95, 0.94, 0, 10),
    "set143": (0.98, 0.97, 0.96, 0, 6),
    "set144": (0.97, 0.98, 0.96, 0, 4),
    "set145": (0.95, 0.95, 0.95, 1, 7),
    "set146": (0.97, 0.96, 0.96, 1, 4),
    "set147": (0.95, 0.95, 0.97, 0, 3),
    "set148": (0.97, 0.96, 0.98, 0, 3),
    "set149": (0.94, 0.95, 0.99, 0, 1),
    "set150": (0.97, 0.97, 0.95, 1, 5),
    "set151": (0.96, 0.95, 0.95, 1, 6),
    "set152": (0.96, 0.96, 0.95, 0, 5),
    "set153": (0.96, 0.97, 0.94, 1, 8),
    "set154": (0.97, 0.97, 0.93, 0, 14),
    "set155": (0.96, 0.96, 0.98, 0, 3),
    "set156": (0.96, 0.96, 0.95, 2, 5),
    "set157": (0.96, 0.97, 0.94, 0, 7),
    "set158": (0.95, 0.96, 0.94, 1, 9),
    "set159": (0.94, 0.94, 0.96, 1, 4),
    "set160": (0.98, 0.99, 0.97, 1, 1),
    "set161": (0.93, 0.93, 0.94, 5, 7),
    "set162": (0.97, 0.98, 0.97, 0, 4),
    "set163": (0.96, 0.98, 0.97, 1, 3),
    "set164": (0.98, 0.98, 0.98, 0, 1),
    "set165": (0.96, 0.97, 0.94, 1, 10),
    "set166": (0.97, 0.97, 0.96, 1, 7),
    "set167": (0.97, 0.98, 0.95, 1, 6),
    "set168": (0.98, 0.98, 0.96, 0, 6),
    "set169": (0.98, 0.98, 0.96, 0, 6),
    "set170": (0.97, 0.97, 0.95, 0, 7),
    "set171": (0.95, 0.94, 0.97, 0, 3),
    "set172": (0.96, 0.95, 0.96, 1, 4),
    "set173": (0.97, 0.98, 0.96, 0, 5),
    "set174": (0.96, 0.96, 0.97, 0, 3),
    "set175": (0.95, 0.97, 0.92, 1, 14),
    "set176": (0.94, 0.94, 0.95, 1, 5),
    "set177": (0.97, 0.97, 0.95, 0, 4),
    # Session 33: scored once whole unseen on the session's first code (e3f0539: pooled 0.966,
    # 4 critical, 37/762 clean flagged), then their odd-numbered posts read, the even halves
    # never; floors at the session's end.
    "set178": (0.98, 0.98, 0.99, 0, 0),
    "set179": (0.97, 0.96, 0.99, 0, 0),
    "set180": (0.97, 0.97, 0.97, 1, 4),
    "set181": (0.98, 0.98, 0.96, 1, 5),
    "set182": (0.97, 0.98, 0.97, 1, 4),
    "set183": (0.98, 0.98, 0.96, 0, 5),
    "set184": (0.98, 0.99, 0.96, 0, 5),
    "set185": (0.94, 0.94, 0.95, 1, 7),
    # Session 34's eight schools, at its end (the tuned circumstance reader loaded).
    "set186": (0.96, 0.96, 0.95, 0, 8),
    "set187": (0.96, 0.97, 0.95, 2, 4),
    "set188": (0.97, 0.97, 0.95, 0, 8),
    "set189": (0.94, 0.93, 0.96, 3, 3),
    "set190": (0.94, 0.95, 0.92, 2, 13),
    "set191": (0.97, 0.97, 0.96, 0, 5),
    "set192": (0.96, 0.97, 0.97, 0, 5),
    "set193": (0.98, 0.98, 0.93, 1, 12),
}


@pytest.fixture(scope="module")
def checked(request):
    """The selected sets checked in worker processes, one per core (two on CI's machine):
    each worker loads the models once and checks whole sets, so the 180 sets take about
    half the time one process would. Only the sets whose tests were collected are checked."""
    wanted = [
        item.callspec.params["measured"]
        for item in request.session.items
        if "measured" in getattr(getattr(item, "callspec", None), "params", {})
    ]
    wanted = list(dict.fromkeys(wanted))
    workers = max(1, min(os.cpu_count() or 1, 2, len(wanted)))
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        yield {name: pool.submit(check_set, SETS[name]) for name in wanted}


@pytest.fixture(scope="module", params=list(SETS))
def measured(request, checked):
    posts = load_posts(SETS[request.param])
    result = score(posts, checked[request.param].result())
    result.name = request.param
    print("\n" + result.report(f"Clearpost text check, {request.param} set"))
    return result


def details(result) -> str:
    missed = "\n".join(f"    missed {i}: {r} {t!r}" for i, r, t in result.missed)
    wrong = "\n".join(f"    {i}: expected {e}, got {g}" for i, e, g in result.wrong_verdicts)
    flagged = ", ".join(result.clean_flagged)
    return (
        f"{result.report('text check')}\n{missed}\n  wrong verdicts:\n{wrong}\n"
        f"  clean flagged: {flagged}"
    )


def test_the_sets_are_big_enough_and_have_traps_and_evasions():
    posts = load_posts()
    tags = {t for p in posts for t in p["tags"]}
    assert len(posts) >= 150 and {"clean", "trap", "evasion"} <= tags
    assert len(load_posts(DATA / "holdout")) >= 120
    set2 = load_posts(SETS["set2-dev"]) + load_posts(SETS["set2-test"])
    assert len(set2) >= 300 and sum(not p["expected"] for p in set2) >= 80


def test_recall(measured):
    recall, block_recall, *_ = FLOORS[measured.name]
    assert measured.recall() >= recall, details(measured)
    assert measured.block_recall >= block_recall, details(measured)


def test_verdicts_and_critical_misses(measured):
    _, _, accuracy, critical, _ = FLOORS[measured.name]
    assert measured.verdict_accuracy >= accuracy, details(measured)
    assert len(measured.critical_misses) <= critical, details(measured)


# Clean posts blocked, where some still are: set6's three are in its half never read, as
# are set9's two (their texts unseen on purpose); set7's three are a pupil who shares a
# footballer's name (the register outranks the list of public people), a banner of virtue
# words, and a road-safety note read as a circumstance; set11's is in the half tuned on (a
# theatre trip's "dry eye" after set-text characters who share pupils' names); set12's is
# in its half tuned on, set13's three in posts never read. Session 13: one more in set6's
# and set13's halves never read and in set19's, from circumstances about a child described
# but not named (unnamed_child.py; the texts unseen: the same change found 10 critical
# misses there); set2-dev's is "One of mine with ADHD had a complete meltdown", labelled
# clean there, where the blind sets label such posts block. Session 14: set28's two and set30's
# three are in their halves never read (texts unseen); set29's is in its read half, a staff
# member's new baby with a pupil's name ("the arrival of baby Alfie") in a photo post.
# Session 15: sets 31-35's are as first scored or fewer (set31, set32 and set33's read halves
# hold animals and saints with pupils' names; sets 34 and 35 were never read). Session 16:
# set34's two and two of set35's are mended (Irish staff titles, Sikh honorifics); set38's
# is in its read half, set39's in its half never read. Session 17: sets 43-49's as first
# scored or fewer (set45's four and set46's four of five are in their halves never read).
# Session 18: sets 50-57's as at the session's end (set54's four of five in its half never
# read). Session 19: sets 58-65's as at the session's end. Session 20: sets 66-73's.
# Session 21: sets 74-81's, and those the sentence model's lower thresholds raised (set16,
# set29, set30, set34, set44), as at the session's end. Session 22: sets 82-89's, as at its end.
# Session 23: sets 90-97's, as at its end. Session 26: sets 122-129's, and one more clean
# post each in set75 and set82 that the classifier fitted on real posts blocks (the
# session's changes mended 50 verdicts of sets 1-121 and made 6 worse). Session 27: sets
# 130-137's, as at its end. Sessions 28, 29, 30, 31, 32 and 33: sets 138-145's, 146-153's,
# 154-161's, 162-169's, 170-177's and 178-185's, as at their ends. Session 34: sets
# 186-193's, as at its end.
CLEAN_BLOCKED = {"set2-dev": 1, "set6": 2, "set7": 3, "set9": 2, "set11": 1, "set12": 1,
                 "set13": 2, "set14": 4, "set15": 1, "set16": 3, "set17": 2, "set18": 3,
                 "set19": 3, "set20": 3, "set21": 4, "set22": 3, "set24": 3, "set25": 1,
                 "set26": 1, "set28": 2, "set29": 1, "set30": 4, "set31": 2, "set32": 6,
                 "set33": 4, "set34": 1, "set35": 3, "set38": 1, "set39": 1, "set41": 2,
                 "set42": 1, "set43": 1, "set44": 1, "set45": 3, "set46": 3, "set47": 1,
                 "set49": 2, "set50": 1, "set52": 1, "set54": 4, "set55": 1, "set56": 2,
                 "set59": 2, "set60": 1, "set61": 2, "set62": 1, "set63": 2, "set64": 2,
                 "set65": 1, "set66": 1, "set68": 4, "set69": 1, "set71": 1, "set72": 1,
                 "set75": 1,
                 "set76": 6, "set77": 2, "set79": 2, "set80": 2, "set81": 1, "set82": 3,
                 "set83": 1, "set84": 1, "set89": 2, "set90": 2, "set92": 1, "set93": 1,
                 "set94": 1, "set95": 1, "set96": 2, "set100": 1, "set102": 2, "set103": 1,
                 "set105": 2, "set107": 1, "set108": 4, "set110": 1, "set111": 2,
                 "set113": 1, "set117": 2, "set118": 1, "set119": 2,
                 "set120": 2, "set122": 5, "set123": 4, "set124": 1, "set125": 3, "set126": 2,
                 "set127": 1, "set128": 2, "set129": 1, "set130": 2, "set133": 1,
                 "set134": 2, "set135": 4, "set137": 1, "set138": 2, "set139": 1,
                 "set140": 2, "set141": 1, "set142": 4, "set143": 1, "set144": 3,
                 "set145": 6, "set146": 2, "set148": 3, "set150": 2, "set151": 4,
                 "set152": 5, "set153": 1, "set154": 8, "set155": 2, "set156": 1,
                 "set158": 2, "set159": 2, "set161": 2, "set162": 2, "set163": 1,
                 "set165": 8, "set166": 3, "set168": 1, "set169": 5, "set170": 2,
                 "set171": 1, "set173": 2, "set174": 2, "set175": 5, "set177": 4,
                 "set180": 1, "set181": 3, "set182": 2, "set183": 2, "set184": 2,
                 "set185": 1, "set186": 1, "set187": 2, "set188": 2, "set189": 1,
                 "set190": 8, "set191": 3, "set192": 2, "set193": 5}  # fmt: skip


def test_clean_posts(measured):
    assert len(measured.clean_blocked) <= CLEAN_BLOCKED.get(measured.name, 0), details(measured)
    assert len(measured.clean_flagged) <= FLOORS[measured.name][4], details(measured)


def test_every_kind_on_the_set_tuned_on(measured):
    """On set2/dev every kind of finding is found at 0.88 or better (other adults' names
    are the weakest: 0.884, names of cultures our lists miss); the held-out sets print theirs."""
    if measured.name != "set2-dev":
        pytest.skip("per-kind floors are held on set2/dev only; see the README for the others")
    assert all(measured.kind_recall(k) >= 0.88 for k in measured.kinds), details(measured)
