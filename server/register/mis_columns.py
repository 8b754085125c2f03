"""The columns of a school's MIS exports: each field with the header spellings we know
(SIMS, Arbor, Bromcom, ScholarPack ...), and which consent channel each consent column sets.
csv_columns.py folds a header and looks it up here."""

from ..vocab import Channel

PUPIL_COLUMNS: dict[str, tuple[str, ...]] = {
    "upn": ("UPN", "Unique Pupil Number", "Pupil UPN"),
    "forename": ("Forename", "Legal Forename", "First Name", "Legal First Name", "Given Name"),
    "surname": ("Surname", "Legal Surname", "Last Name", "Legal Last Name", "Family Name"),
    "preferred_forename": (
        "Preferred Forename", "Preferred First Name", "Preferred Name", "Known As", "Chosen Name",
    ),
    "year_group": ("Year Group", "Year", "NC Year", "National Curriculum Year", "Yr"),
    "class": (
        "Class", "Reg Group", "Registration Group", "Reg Form", "Registration Form", "Form",
        "Tutor Group", "Form Group",
    ),
    "consent_social_media": (
        "Consent Social Media", "Social Media Consent", "Social Media",
        "Photo Consent Social Media",
    ),
    "consent_website": ("Consent Website", "Website Consent", "Website", "Photo Consent Website"),
    "consent_press": ("Consent Press", "Press Consent", "Press", "Photo Consent Press"),
    "consent_name_with_photo": (
        "Consent Name With Photo", "Name With Photo", "Name With Photo Consent",
    ),
    "biometric_consent": ("Biometric Consent", "Consent Biometric", "Biometric"),
    "consent_date": ("Consent Date", "Date Of Consent", "Consent Given On"),
    "pupil_objects_biometric": (
        "Pupil Objects Biometric", "Pupil Objects", "Pupil Biometric Objection",
    ),
}  # fmt: skip

# CSV column -> register consent channel.
CONSENT_COLUMNS = {
    "consent_social_media": Channel.SOCIAL_MEDIA,
    "consent_website": Channel.WEBSITE,
    "consent_press": Channel.PRESS,
    "consent_name_with_photo": Channel.NAME_WITH_PHOTO,
    "biometric_consent": Channel.BIOMETRIC,
}

STAFF_COLUMNS: dict[str, tuple[str, ...]] = {
    "staff_id": ("Staff ID", "Staff Code", "Employee Number", "Staff Number"),
    "title": ("Title", "Salutation"),
    "forename": ("Forename", "First Name", "Legal Forename", "Given Name", "Preferred Forename"),
    "surname": ("Surname", "Last Name", "Legal Surname", "Family Name"),
    "role": ("Role", "Job Title", "Post", "Position", "Staff Role"),
    "consent_photo": ("Consent Photo", "Photo Consent", "Consent To Photo"),
    "biometric_consent": ("Biometric Consent", "Consent Biometric", "Biometric"),
}
