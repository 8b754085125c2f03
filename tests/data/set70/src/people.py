"""The register of Walney Channel Primary (fictional), shared by build.py, make_register.py, check.py."""

CLASSES = {
    "Reception": "Eiders", "Year 1": "Terns", "Year 2": "Curlews", "Year 3": "Oystercatchers",
    "Year 4": "Herons", "Year 5": "Gannets", "Year 6": "Ospreys",
}
# UPN year of first allocation (Reception 2025-26 -> 25 ...)
YEAR_CODE = {"Reception": 25, "Year 1": 24, "Year 2": 23, "Year 3": 22, "Year 4": 21,
             "Year 5": 20, "Year 6": 19}
LA, ESTAB = "909", "2317"

# forename, surname, preferred, year, consent_social_media, consent_website, consent_press, biometric
PUPILS = [
    ("Storm", "Fell", "", "Reception", "yes", "yes", "yes", "yes"),
    ("Alfie", "Barrow", "", "Reception", "yes", "yes", "no", "yes"),
    ("Aleena", "Joseph", "", "Reception", "yes", "yes", "yes", "no"),
    ("Edward", "Ramsden", "Teddy", "Reception", "yes", "yes", "yes", "yes"),
    ("Łucja", "Nowicka", "", "Reception", "yes", "yes", "no", "yes"),
    ("Hope", "Dobson", "", "Reception", "yes", "yes", "yes", "yes"),
    ("Arlo", "Craven", "", "Reception", "yes", "yes", "yes", "yes"),
    ("Maisie-Rae", "Hodgson", "", "Reception", "no", "no", "no", "no"),
    ("Percy", "Bowness", "", "Year 1", "yes", "yes", "yes", "yes"),
    ("Jed", "Kerr", "", "Year 1", "yes", "yes", "yes", "yes"),
    ("Summer", "Pattinson", "", "Year 1", "yes", "yes", "no", "yes"),
    ("Oscar", "Mossop", "", "Year 1", "yes", "yes", "yes", "yes"),
    ("Isla", "Fraser", "", "Year 1", "yes", "yes", "yes", "no"),
    ("Favour", "Okoro", "", "Year 1", "yes", "yes", "yes", "yes"),
    ("Leo", "Walmsley", "", "Year 1", "yes", "yes", "yes", "yes"),
    ("Skye", "Rawlinson", "", "Year 1", "yes", "no", "no", "yes"),
    ("Abbey", "Nelson", "", "Year 2", "yes", "yes", "yes", "yes"),
    ("Jakub", "Nowicki", "Kuba", "Year 2", "yes", "yes", "no", "yes"),
    ("Harvey", "Kendall", "", "Year 2", "yes", "yes", "yes", "yes"),
    ("Evie-Grace", "Danson", "", "Year 2", "yes", "yes", "yes", "yes"),
    ("River", "Slater", "", "Year 2", "yes", "yes", "yes", "no"),
    ("Mhairi", "Ross", "", "Year 2", "yes", "yes", "yes", "yes"),
    ("Devon", "Rowe", "", "Year 2", "yes", "yes", "yes", "yes"),
    ("Ellis", "Crayston", "", "Year 2", "no", "no", "no", "no"),
    ("Marina", "Kowalska", "", "Year 3", "yes", "yes", "yes", "yes"),
    ("Mason", "Postlethwaite", "", "Year 3", "yes", "yes", "yes", "yes"),
    ("Lily", "Dalton", "", "Year 3", "yes", "yes", "yes", "yes"),
    ("Jhon Lloyd", "Santos", "", "Year 3", "yes", "yes", "yes", "yes"),
    ("Brooke", "Whiteside", "", "Year 3", "yes", "yes", "no", "yes"),
    ("Callum", "McAllister", "", "Year 3", "yes", "yes", "yes", "yes"),
    ("Poppy", "Hine", "", "Year 3", "yes", "yes", "yes", "yes"),
    ("Theo", "Kitchin", "", "Year 3", "yes", "yes", "yes", "no"),
    ("Archie", "Tyson", "", "Year 3", "yes", "yes", "no", "yes"),
    ("Matilda", "Kerr", "Tilly", "Year 4", "yes", "yes", "yes", "yes"),
    ("Jack", "Horne", "", "Year 4", "yes", "yes", "yes", "yes"),
    ("Angel", "Reyes", "", "Year 4", "yes", "yes", "yes", "yes"),
    ("Finlay", "Biggar", "", "Year 4", "yes", "yes", "yes", "yes"),
    ("Faith", "Benson", "", "Year 4", "yes", "yes", "yes", "yes"),
    ("Sofiia", "Bondarenko", "", "Year 4", "yes", "yes", "no", "no"),
    ("Riley", "Atkinson", "", "Year 4", "yes", "yes", "yes", "yes"),
    ("Ruby", "Gelderd", "", "Year 4", "yes", "yes", "yes", "yes"),
    ("Thomas", "Hartley", "Tommy", "Year 5", "yes", "yes", "yes", "yes"),
    ("Tyler", "Craven", "", "Year 5", "yes", "yes", "yes", "yes"),
    ("Lacey", "Mossop", "", "Year 5", "yes", "yes", "yes", "yes"),
    ("Kelvin", "Lau", "", "Year 5", "yes", "yes", "yes", "no"),
    ("Evan", "Mathew", "", "Year 5", "yes", "yes", "yes", "yes"),
    ("Niamh", "Doherty", "", "Year 5", "yes", "yes", "yes", "yes"),
    ("Kian", "Hodgson", "", "Year 5", "no", "no", "no", "no"),
    ("Esme", "Fell", "", "Year 5", "yes", "yes", "yes", "yes"),
    ("Lexi", "Kendall", "", "Year 5", "yes", "yes", "yes", "yes"),
    ("Alexander", "Danson", "Xander", "Year 6", "yes", "yes", "yes", "yes"),
    ("Connor", "Barrow", "", "Year 6", "yes", "yes", "yes", "yes"),
    ("Grace", "McAllister", "", "Year 6", "yes", "yes", "yes", "yes"),
    ("Mohammed", "Rahman", "Mo", "Year 6", "yes", "yes", "yes", "no"),
    ("Bobbie-Jo", "Lister", "", "Year 6", "yes", "yes", "no", "yes"),
    ("Ellie", "Ramsden", "", "Year 6", "yes", "yes", "yes", "yes"),
    ("Josh", "Pattinson", "", "Year 6", "yes", "yes", "yes", "yes"),
    ("Daisy", "Irving", "", "Year 6", "yes", "yes", "yes", "yes"),
    ("Harley", "Benson", "", "Year 6", "yes", "yes", "yes", "yes"),
    ("Sienna", "Varghese", "", "Year 6", "yes", "yes", "yes", "yes"),
]

# names staff use that are neither forename nor preferred forename in the register
NICKNAMES = {"Maisie": "Maisie-Rae Hodgson", "Evie": "Evie-Grace Danson"}

STAFF = [
    ("S01", "Mrs", "Karen", "Postlethwaite", "Headteacher", "yes", "yes"),
    ("S02", "Mr", "Gareth", "Ashburner", "Deputy Headteacher and Year 6 teacher", "yes", "yes"),
    ("S03", "Miss", "Chloe", "Marsden", "Reception teacher", "yes", "no"),
    ("S04", "Mrs", "Janine", "Tyson", "Year 1 teacher", "yes", "yes"),
    ("S05", "Mr", "Rhys", "Gardner", "Year 2 teacher", "no", "no"),
    ("S06", "Mrs", "Nicola", "Whiteside", "Year 3 teacher", "yes", "yes"),
    ("S07", "Miss", "Amy", "Ormandy", "Year 4 teacher", "yes", "yes"),
    ("S08", "Mr", "Liam", "Cowperthwaite", "Year 5 teacher", "yes", "no"),
    ("S09", "Mrs", "Lorraine", "Askew", "SENCO and Designated Safeguarding Lead", "yes", "yes"),
    ("S10", "Mrs", "Dawn", "Armistead", "School Business Manager", "no", "no"),
    ("S11", "Mr", "Craig", "Lowther", "PE and sports coach", "yes", "yes"),
    ("S12", "Mrs", "Sian", "Hewitson", "Teaching assistant and forest school lead", "yes", "yes"),
    ("S13", "Ms", "Priya", "Nair", "Teaching assistant (EAL)", "yes", "no"),
    ("S14", "Mrs", "Bev", "Crosthwaite", "Breakfast club and midday supervisor", "yes", "no"),
    ("S15", "Mr", "Jack", "Tomlinson", "Site manager", "no", "no"),
]

SCHOOL = {
    "name": "Walney Channel Primary School",
    "address": "Channelside Road, Vickerstown, Walney Island, Barrow-in-Furness",
    "postcode": "LQ14 3WC",
    "phone": "01632 960412",
    "email": "office@walneychannel-primary.example",
    "website": "https://www.walneychannel-primary.example",
}
