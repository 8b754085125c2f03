"""Register, staff and school of Larkhall Rise Primary School and Nursery, Stockwell (fictional).

PUPILS rows: (forename, surname, preferred_forename, year_group, class, consent_social_media).
Classes are rivers and a lake of the families' countries (and Lambeth's buried river, the Effra).
"""

SCHOOL = {
    "name": "Larkhall Rise Primary School and Nursery",
    "address": "Marrowby Lane, Stockwell, London",
    "postcode": "SW21 8LR",
    "phone": "020 7946 0318",
    "email": "office@larkhallrise.example.org",
    "website": "www.larkhallrise.example.org",
}

N, R = ("Nursery", "Effra"), ("Reception", "Tejo")
Y1, Y2, Y3 = ("Year 1", "Douro"), ("Year 2", "Minho"), ("Year 3", "Magdalena")
Y4, Y5, Y6 = ("Year 4", "Amazonas"), ("Year 5", "Guayas"), ("Year 6", "Titicaca")


def p(fn, sn, pref, yc, sm="yes"):
    return (fn, sn, pref, yc[0], yc[1], sm)


PUPILS = [
    # Nursery (Effra)
    p("Lucas", "Gomes Teixeira", "", N),
    p("Amália", "Jardim", "", N),
    p("Kemani", "Reid", "", N),
    p("Wara", "Choque Mamani", "", N),
    p("Heitor", "Nascimento", "", N),
    p("Precious", "Adeyemi-Grant", "", N),
    # Reception (Tejo)
    p("Maria Eduarda", "Santos Oliveira", "Duda", R),
    p("Santiago", "Cardona Ríos", "Santi", R),
    p("Zion", "Campbell", "", R),
    p("Leonor", "Abreu", "", R),
    p("Kevin", "Guamán", "", R),
    p("Inês", "Pereira da Silva", "", R),
    p("Freddie", "Lamb", "", R),
    p("Fatima", "Hussein", "", R),
    # Year 1 (Douro)
    p("Rodrigo", "Gomes Teixeira", "", Y1),
    p("Valentina", "Restrepo Ospina", "Vale", Y1),
    p("Marley", "Brown", "", Y1),
    p("Davi", "Lima Costa", "", Y1),
    p("Esperanza", "Quishpe", "", Y1),
    p("Tiago", "Freitas", "", Y1, "no"),
    p("Amina", "Yusuf", "", Y1),
    p("Ruby", "O'Connor", "", Y1),
    # Year 2 (Minho)
    p("Fernando", "Câmara", "Nando", Y2),
    p("Ximena", "Condori", "", Y2),
    p("Juan José", "Giraldo", "Juanjo", Y2),
    p("Nevaeh", "Thompson", "", Y2),
    p("Beatriz", "Vieira", "", Y2),
    p("Kauã", "dos Santos", "", Y2),
    p("Afonso", "Nóbrega", "", Y2),
    p("Blessing", "Okoro", "", Y2),
    # Year 3 (Magdalena)
    p("António", "Gouveia", "", Y3),
    p("Mariana", "Ospina", "", Y3),
    p("Inti", "Choque Mamani", "", Y3),
    p("Tyrese", "Sterling", "", Y3, "no"),
    p("Isabella", "Yépez", "Bella", Y3),
    p("Gonçalo", "Andrade", "", Y3),
    p("Maya", "Kowalska", "", Y3),
    # Year 4 (Amazonas)
    p("Francisco", "Ornelas", "Kiko", Y4),
    p("Ana Beatriz", "Rocha", "Bia", Y4),
    p("Samuel", "Cevallos", "", Y4),
    p("Destiny", "Francis", "", Y4),
    p("Luis", "Quintero", "", Y4),
    p("Leandro", "Jesus", "", Y4),
    p("Grace", "Mensah", "", Y4),
    p("Mateus", "Pestana", "", Y4),
    # Year 5 (Guayas)
    p("Camila", "Bolívar", "", Y5),
    p("João Pedro", "Moreira", "JP", Y5),
    p("Shanice", "Morgan-Reid", "", Y5),
    p("Dinis", "Gonçalves", "", Y5),
    p("Jostin", "Pachacama", "", Y5, "no"),
    p("Vitória", "Sousa", "", Y5),
    p("Yonas", "Tesfay", "", Y5),
    # Year 6 (Titicaca)
    p("Cristiano", "Abreu", "", Y6),
    p("Paz", "Vargas Flores", "", Y6),
    p("Gabriel", "Restrepo Ospina", "", Y6),
    p("Jada", "Campbell-Lewis", "", Y6),
    p("Rafael", "Almeida", "Rafa", Y6),
    p("Rosa", "Quishpe", "", Y6),
    p("Malachi", "Thompson", "", Y6),
    p("Ellie-Rose", "Barnes", "", Y6),
]

STAFF = [
    ("Mrs", "Helena", "Marques", "Headteacher", "yes"),
    ("Mr", "Daniel", "Whitfield", "Deputy Headteacher and DSL", "yes"),
    ("Ms", "Yvonne", "Campbell", "SENCo", "yes"),
    ("Miss", "Beatriz", "Ferreira", "Nursery Teacher (Effra)", "yes"),
    ("Mr", "Tomás", "Pinto", "Reception Teacher (Tejo)", "no"),
    ("Ms", "Chloe", "Abbott", "Year 1 Teacher (Douro)", "yes"),
    ("Mr", "Kwame", "Asante", "Year 2 Teacher (Minho)", "yes"),
    ("Miss", "Sofia", "Restrepo", "Year 3 Teacher (Magdalena)", "yes"),
    ("Mr", "Liam", "Docherty", "Year 4 Teacher (Amazonas)", "yes"),
    ("Mrs", "Marcia", "Reid", "Year 5 Teacher (Guayas)", "yes"),
    ("Mr", "Oliver", "Hartley", "Year 6 Teacher (Titicaca)", "no"),
    ("Mrs", "Graça", "Nóbrega", "EAL Lead and Family Liaison (Portuguese)", "yes"),
    ("Ms", "Paola", "Mamani", "Family Support Worker (Spanish)", "yes"),
    ("Mr", "Dwayne", "Francis", "PE and Sports Coach", "yes"),
    ("Mrs", "Conceição", "Gouveia", "School Business Manager", "no"),
]
