"""Register of Ravensleigh College (fictional), near Cheltenham, Gloucestershire - set 159.

PUPILS: (forename, surname, preferred_forename, year_group, class (house), consent_social_media)
Houses: Kenelm (Years 7-8, boarding and day, co-ed); Crickley (boys' boarding 13-18);
Cleeve (girls' boarding 13-18); Leckhampton (day boys 13-18); Nottingham (day girls 13-18).
"""

PUPILS = [
    # Year 7 - Kenelm
    ("Kit", "Ashworth", "", "Year 7", "Kenelm", "yes"),
    ("Pimchanok", "Srisawat", "Pim", "Year 7", "Kenelm", "yes"),
    ("Oluwatobi", "Adeyemi", "Tobi", "Year 7", "Kenelm", "yes"),
    ("Honor", "Fairbrother", "", "Year 7", "Kenelm", "yes"),
    ("Mykyta", "Bondarenko", "", "Year 7", "Kenelm", "yes"),
    ("Barnaby", "Frost", "", "Year 7", "Kenelm", "yes"),
    ("Wren", "Holloway", "", "Year 7", "Kenelm", "yes"),
    ("Hope", "Okafor", "", "Year 7", "Kenelm", "yes"),
    # Year 8 - Kenelm
    ("Yutong", "Chen", "Cherry", "Year 8", "Kenelm", "yes"),
    ("Thanakorn", "Wongsakul", "Bank", "Year 8", "Kenelm", "yes"),
    ("Jemima", "Parr", "", "Year 8", "Kenelm", "yes"),
    ("Chiamaka", "Okafor", "Amaka", "Year 8", "Kenelm", "yes"),
    ("Rafferty", "Beaumont", "Raff", "Year 8", "Kenelm", "yes"),
    ("Sofiia", "Kovalenko", "", "Year 8", "Kenelm", "yes"),
    ("Edward", "Jenner", "Ned", "Year 8", "Kenelm", "yes"),
    ("Favour", "Nwosu", "", "Year 8", "Kenelm", "no"),
    # Year 9
    ("Lucía", "García Fernández", "", "Year 9", "Cleeve", "yes"),
    ("Yuxuan", "Zhang", "Kevin", "Year 9", "Crickley", "yes"),
    ("Digby", "Harcourt-Vane", "", "Year 9", "Leckhampton", "yes"),
    ("Daryna", "Melnyk", "", "Year 9", "Cleeve", "yes"),
    ("Ottilie", "Marchbank", "Tilly", "Year 9", "Nottingham", "yes"),
    ("Chukwuemeka", "Eze", "Emeka", "Year 9", "Crickley", "yes"),
    ("Natthida", "Phromma", "Fern", "Year 9", "Cleeve", "yes"),
    ("Archie", "Winter", "", "Year 9", "Leckhampton", "yes"),
    ("Rosie", "Lee", "", "Year 9", "Nottingham", "yes"),
    # Year 10
    ("Álvaro", "Martín Ruiz", "", "Year 10", "Crickley", "yes"),
    ("Adaeze", "Obi", "Ada", "Year 10", "Cleeve", "yes"),
    ("Pakorn", "Saetang", "Boss", "Year 10", "Crickley", "yes"),
    ("Clemency", "Rowe", "", "Year 10", "Nottingham", "yes"),
    ("Oleksandr", "Tkachenko", "Sasha", "Year 10", "Crickley", "yes"),
    ("Haoran", "Li", "Leo", "Year 10", "Crickley", "yes"),
    ("Isabella", "Nightingale", "Bella", "Year 10", "Cleeve", "yes"),
    ("Praise", "Adebayo", "", "Year 10", "Nottingham", "yes"),
    ("George", "Temple", "", "Year 10", "Leckhampton", "no"),
    # Year 11
    ("Kanokwan", "Chaiyaporn", "Mint", "Year 11", "Cleeve", "yes"),
    ("Jiayi", "Wang", "Sunny", "Year 11", "Cleeve", "yes"),
    ("Bohdan", "Shevchenko", "", "Year 11", "Crickley", "yes"),
    ("Inés", "Navarro Gil", "", "Year 11", "Cleeve", "yes"),
    ("Rupert", "Lyle", "", "Year 11", "Leckhampton", "yes"),
    ("Temiloluwa", "Balogun", "Temi", "Year 11", "Cleeve", "yes"),
    ("Freddie", "Chase", "", "Year 11", "Crickley", "yes"),
    ("Verity", "Gold", "", "Year 11", "Nottingham", "yes"),
    # Year 12 (Lower Sixth)
    ("Chayanon", "Rattanakorn", "Earth", "Year 12", "Crickley", "yes"),
    ("Zixuan", "Liu", "Lucky", "Year 12", "Crickley", "yes"),
    ("Ifeoluwa", "Adeyemi", "Ife", "Year 12", "Cleeve", "yes"),
    ("Anastasiia", "Kovalenko", "Nastia", "Year 12", "Cleeve", "yes"),
    ("Jesús", "Romero Díaz", "", "Year 12", "Crickley", "yes"),
    ("Harriet", "Beaumont", "Hattie", "Year 12", "Cleeve", "yes"),
    ("Benedict", "Ashworth", "Ben", "Year 12", "Crickley", "yes"),
    ("Blessing", "Eze", "", "Year 12", "Cleeve", "yes"),
    ("Wilfred", "Marchbank", "Wilf", "Year 12", "Leckhampton", "yes"),
    # Year 13 (Upper Sixth)
    ("Nattapong", "Srisawat", "Nine", "Year 13", "Crickley", "yes"),
    ("Ruoxi", "Huang", "Crystal", "Year 13", "Cleeve", "yes"),
    ("Precious", "Nwosu", "", "Year 13", "Cleeve", "yes"),
    ("Maksym", "Bondarenko", "", "Year 13", "Crickley", "yes"),
    ("Carmen", "López Herrera", "", "Year 13", "Cleeve", "yes"),
    ("Hugo", "Fairbrother", "", "Year 13", "Crickley", "yes"),
    ("Persephone", "Rowe", "Percy", "Year 13", "Nottingham", "no"),
    ("Isaac", "Kenward", "", "Year 13", "Leckhampton", "yes"),
    ("Olamide", "Bakare", "Ola", "Year 13", "Cleeve", "yes"),
]

STAFF = [
    ("Dr", "Caroline", "Wedderburn", "Head", "yes"),
    ("Mr", "Piers", "Ashdown", "Deputy Head (Pastoral) and Designated Safeguarding Lead", "yes"),
    ("Mrs", "Nkechi", "Balogun", "Head of Boarding and Deputy DSL", "yes"),
    ("Revd", "Jonathan", "Kenward", "Chaplain", "yes"),
    ("Mr", "Hamish", "Crichton", "Housemaster, Crickley", "yes"),
    ("Mrs", "Philippa", "Lyle", "Housemistress, Cleeve", "yes"),
    ("Ms", "Kanya", "Thongchai", "Head of EAL and International Pupils", "yes"),
    ("Mr", "Wei", "Zhang", "Teacher of Mandarin", "no"),
    ("Mrs", "Oksana", "Lytvyn", "Matron, Kenelm", "yes"),
    ("Mrs", "Marisol", "Ortega", "Head of Spanish", "yes"),
    ("Mr", "Tom", "Gatehouse", "Director of Sport", "yes"),
    ("Miss", "Harriet", "Frost", "Director of Music", "yes"),
    ("Mr", "Dan", "Whitcombe", "Head of Sixth Form", "yes"),
    ("Mrs", "Gill", "Partridge", "School Nurse (the San)", "no"),
    ("Mr", "Gareth", "Pryce", "School Staff Instructor, CCF", "yes"),
]

SCHOOL = {
    "name": "Ravensleigh College",
    "address": "Puckham Lane, Harford Cleeve, near Cheltenham, Gloucestershire",
    "postcode": "GL58 4RV",
    "phone": "01632 960417",
    "email": "registrar@ravensleigh-college.example",
    "website": "www.ravensleigh-college.example",
}
