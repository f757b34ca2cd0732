"""Provides the small built-in gazetteer: names by fine type, for typing answers and for distractors.

Distractors come first from the article itself; these lists fill in when the article has too few of
the same fine type (a country with countries, a woman leader with women leaders). Lists are kept
short and uncontroversial. Each name is written as it would appear in a news sentence.
"""

from __future__ import annotations

import functools

# Countries by region. A country's distractors come from its own region first.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "europe-west": (
        "France", "Germany", "Italy", "Spain", "Portugal", "the Netherlands", "Belgium", "Ireland",
        "Switzerland", "Austria", "Luxembourg", "the United Kingdom",
    ),
    "europe-north": ("Sweden", "Norway", "Denmark", "Finland", "Iceland"),
    "europe-east": (
        "Poland", "Hungary", "Romania", "Bulgaria", "the Czech Republic", "Slovakia", "Ukraine",
        "Belarus", "Russia", "Moldova", "Lithuania", "Latvia", "Estonia",
    ),
    "europe-south-east": (
        "Greece", "Turkey", "Serbia", "Croatia", "Bosnia", "Albania", "Slovenia", "Cyprus", "Malta",
    ),
    "caucasus-central-asia": (
        "Georgia", "Armenia", "Azerbaijan", "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan",
        "Turkmenistan",
    ),
    "east-asia": ("China", "Japan", "South Korea", "North Korea", "Taiwan", "Mongolia"),
    "south-east-asia": (
        "Vietnam", "Thailand", "Indonesia", "Malaysia", "the Philippines", "Singapore", "Myanmar",
        "Cambodia", "Laos",
    ),
    "south-asia": ("India", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Afghanistan"),
    "middle-east": (
        "Iran", "Iraq", "Syria", "Israel", "Jordan", "Lebanon", "Saudi Arabia", "Yemen", "Oman",
        "Qatar", "Kuwait", "the United Arab Emirates", "Egypt",
    ),
    "africa": (
        "Nigeria", "Kenya", "South Africa", "Ethiopia", "Ghana", "Morocco", "Algeria", "Tunisia",
        "Libya", "Sudan", "South Sudan", "Uganda", "Tanzania", "Zimbabwe", "Senegal", "Ivory Coast", "Rwanda",
    ),
    "americas": (
        "the United States", "Canada", "Mexico", "Brazil", "Argentina", "Chile", "Colombia", "Peru",
        "Venezuela", "Cuba", "Bolivia", "Ecuador", "Uruguay",
    ),
    "oceania": ("Australia", "New Zealand", "Fiji", "Papua New Guinea"),
}

# The nations of the UK, and other names that are places but not sovereign countries.
NATIONS: dict[str, tuple[str, ...]] = {
    "uk-nations": ("England", "Scotland", "Wales", "Northern Ireland"),
}

PLACE_ALIASES: dict[str, tuple[str, ...]] = {
    "Antarctica": ("the Antarctic", "Antarctic"), "the Arctic": ("Arctic",), "the Sahara": ("Sahara Desert",),
    "the Gulf": ("Persian Gulf",), "Soviet Union": ("USSR", "the USSR", "the Soviet Union"), "the Himalayas": ("Himalaya",), "the Alps": ("Alps",),
}
"""Other names of regions that are not countries ("the Antarctic" for Antarctica)."""

# Other names of the same country: never offered beside each other.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "the United States": ("US", "U.S.", "USA", "America", "United States", "the US", "the USA",
                          "the United States of America", "Washington"),
    "the United Kingdom": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom", "the UK"),
    "Russia": ("the Russian Federation", "Moscow", "Kremlin"),
    "North Korea": ("the DPRK", "DPRK", "Pyongyang", "the Democratic People's Republic of Korea"),
    "South Korea": ("Seoul", "the Republic of Korea"),
    "China": ("Beijing", "the People's Republic of China", "PRC"),
    "the Netherlands": ("Holland", "Netherlands"),
    "the Czech Republic": ("Czechia", "Czech Republic"),
    "Ivory Coast": ("Côte d'Ivoire",),
    "Myanmar": ("Burma",),
    "Kyrgyzstan": ("the Kyrgyz Republic", "Kyrgyz Republic"),
    "the United Arab Emirates": ("UAE", "the UAE"),
    "the Philippines": ("Philippines",),
    "Taiwan": ("Taipei",),
    "Japan": ("Tokyo",),
}

# Demonyms (NORP) of countries, for recognising nationalities and for distractors.
DEMONYMS: dict[str, str] = {
    "French": "France", "German": "Germany", "Italian": "Italy", "Spanish": "Spain",
    "Portuguese": "Portugal", "Dutch": "the Netherlands", "Belgian": "Belgium", "Irish": "Ireland",
    "Swiss": "Switzerland", "Austrian": "Austria", "British": "the United Kingdom",
    "Swedish": "Sweden", "Norwegian": "Norway", "Danish": "Denmark", "Finnish": "Finland",
    "Polish": "Poland", "Hungarian": "Hungary", "Romanian": "Romania", "Bulgarian": "Bulgaria",
    "Czech": "the Czech Republic", "Ukrainian": "Ukraine", "Russian": "Russia", "Greek": "Greece",
    "Turkish": "Turkey", "Serbian": "Serbia", "Croatian": "Croatia", "Georgian": "Georgia",
    "Chinese": "China", "Japanese": "Japan", "South Korean": "South Korea",
    "North Korean": "North Korea", "Taiwanese": "Taiwan", "Vietnamese": "Vietnam", "Thai": "Thailand",
    "Indonesian": "Indonesia", "Malaysian": "Malaysia", "Filipino": "the Philippines",
    "Indian": "India", "Pakistani": "Pakistan", "Bangladeshi": "Bangladesh", "Afghan": "Afghanistan",
    "Iranian": "Iran", "Iraqi": "Iraq", "Syrian": "Syria", "Israeli": "Israel", "Saudi": "Saudi Arabia",
    "Egyptian": "Egypt", "Nigerian": "Nigeria", "Kenyan": "Kenya", "South African": "South Africa",
    "Ethiopian": "Ethiopia", "Ghanaian": "Ghana", "Moroccan": "Morocco", "American": "the United States",
    "Canadian": "Canada", "Mexican": "Mexico", "Brazilian": "Brazil", "Argentine": "Argentina",
    "Chilean": "Chile", "Colombian": "Colombia", "Cuban": "Cuba", "Australian": "Australia",
    "New Zealand": "New Zealand", "Scottish": "Scotland", "Welsh": "Wales", "English": "England",
    "Kyrgyz": "Kyrgyzstan", "Kazakh": "Kazakhstan", "Jamaican": "Jamaica",
}

# The UK nation of a UK city, to tell that Edinburgh lies in Scotland (region containment).
CITY_NATION: dict[str, str] = {
    **{c: "Scotland" for c in ("Glasgow", "Edinburgh", "Aberdeen", "Dundee", "Inverness", "Perth", "Stirling")},
    **{c: "Wales" for c in ("Cardiff", "Swansea", "Newport", "Wrexham")},
    **{c: "Northern Ireland" for c in ("Belfast", "Derry", "Londonderry")},
    **{c: "England" for c in ("London", "Birmingham", "Manchester", "Liverpool", "Leeds", "Bristol",
                              "Sheffield", "Newcastle", "Blackpool", "Brighton", "Bournemouth", "Nottingham",
                              "Leicester", "Southampton", "Oxford", "Cambridge", "York", "Coventry", "Bath",
                              "Plymouth", "Norwich", "Hull", "Colchester", "Sunderland")},
}

# Cities by country (capital first). A city's distractors come from its own country, then its region.
CITIES: dict[str, tuple[str, ...]] = {
    "the United Kingdom": ("London", "Birmingham", "Manchester", "Glasgow", "Edinburgh", "Liverpool",
                           "Leeds", "Cardiff", "Belfast", "Bristol", "Sheffield", "Newcastle",
                           "Blackpool", "Brighton", "Bournemouth", "Nottingham", "Leicester",
                           "Southampton", "Oxford", "Cambridge", "York", "Aberdeen", "Dundee",
                           "Swansea", "Coventry", "Bath", "Plymouth", "Norwich", "Hull", "Colchester"),
    "Ireland": ("Dublin", "Cork", "Galway", "Limerick"),
    "France": ("Paris", "Lyon", "Marseille", "Toulouse", "Nice", "Bordeaux", "Lille", "St Etienne"),
    "Germany": ("Berlin", "Munich", "Hamburg", "Frankfurt", "Cologne", "Stuttgart"),
    "Italy": ("Rome", "Milan", "Naples", "Turin", "Florence", "Venice"),
    "Spain": ("Madrid", "Barcelona", "Valencia", "Seville", "Bilbao"),
    "the Netherlands": ("Amsterdam", "Rotterdam", "The Hague"),
    "Belgium": ("Brussels", "Antwerp"),
    "Denmark": ("Copenhagen", "Aarhus", "Odense"),
    "Sweden": ("Stockholm", "Gothenburg"),
    "Norway": ("Oslo", "Bergen"),
    "Switzerland": ("Geneva", "Zurich", "Bern", "Davos"),
    "Austria": ("Vienna", "Salzburg"),
    "Poland": ("Warsaw", "Krakow"),
    "Russia": ("Moscow", "St Petersburg", "Vladivostok", "Novosibirsk", "Kazan", "Sochi"),
    "Ukraine": ("Kyiv", "Kharkiv", "Odesa", "Lviv"),
    "Greece": ("Athens", "Thessaloniki"),
    "Turkey": ("Ankara", "Istanbul"),
    "the United States": ("Washington", "New York", "Los Angeles", "Chicago", "San Francisco",
                          "Boston", "Seattle", "Houston", "Miami", "Las Vegas"),
    "Canada": ("Ottawa", "Toronto", "Montreal", "Vancouver"),
    "Mexico": ("Mexico City", "Guadalajara"),
    "Brazil": ("Brasilia", "Rio de Janeiro", "Sao Paulo"),
    "Argentina": ("Buenos Aires",),
    "China": ("Beijing", "Shanghai", "Hong Kong", "Guangzhou", "Shenzhen"),
    "Japan": ("Tokyo", "Osaka", "Kyoto"),
    "South Korea": ("Seoul", "Busan"),
    "North Korea": ("Pyongyang",),
    "India": ("New Delhi", "Mumbai", "Bangalore", "Kolkata", "Chennai"),
    "Pakistan": ("Islamabad", "Karachi", "Lahore"),
    "Australia": ("Canberra", "Sydney", "Melbourne", "Brisbane", "Perth"),
    "New Zealand": ("Wellington", "Auckland"),
    "Egypt": ("Cairo", "Alexandria"),
    "South Africa": ("Pretoria", "Johannesburg", "Cape Town", "Durban"),
    "Kenya": ("Nairobi", "Mombasa"),
    "Nigeria": ("Abuja", "Lagos"),
    "Israel": ("Jerusalem", "Tel Aviv"),
    "Iran": ("Tehran",),
    "Iraq": ("Baghdad", "Basra"),
    "Saudi Arabia": ("Riyadh", "Jeddah"),
    "the United Arab Emirates": ("Abu Dhabi", "Dubai"),
    "Singapore": ("Singapore",),
    "Thailand": ("Bangkok",),
    "Indonesia": ("Jakarta",),
}

# World leaders: (name, gender, country, first year in office, last year in office).
LEADERS: tuple[tuple[str, str, str, int, int], ...] = (
    ("Tony Blair", "m", "the United Kingdom", 1997, 2007),
    ("Gordon Brown", "m", "the United Kingdom", 2007, 2010),
    ("David Cameron", "m", "the United Kingdom", 2010, 2016),
    ("Theresa May", "f", "the United Kingdom", 2016, 2019),
    ("Boris Johnson", "m", "the United Kingdom", 2019, 2022),
    ("Rishi Sunak", "m", "the United Kingdom", 2022, 2024),
    ("Keir Starmer", "m", "the United Kingdom", 2024, 2026),
    ("George W Bush", "m", "the United States", 2001, 2009),
    ("Barack Obama", "m", "the United States", 2009, 2017),
    ("Donald Trump", "m", "the United States", 2017, 2021),
    ("Joe Biden", "m", "the United States", 2021, 2025),
    ("Jacques Chirac", "m", "France", 1995, 2007),
    ("Nicolas Sarkozy", "m", "France", 2007, 2012),
    ("Emmanuel Macron", "m", "France", 2017, 2026),
    ("Gerhard Schroeder", "m", "Germany", 1998, 2005),
    ("Angela Merkel", "f", "Germany", 2005, 2021),
    ("Olaf Scholz", "m", "Germany", 2021, 2025),
    ("Silvio Berlusconi", "m", "Italy", 2001, 2011),
    ("Giorgia Meloni", "f", "Italy", 2022, 2026),
    ("Vladimir Putin", "m", "Russia", 2000, 2026),
    ("Dmitry Medvedev", "m", "Russia", 2008, 2012),
    ("Volodymyr Zelensky", "m", "Ukraine", 2019, 2026),
    ("Viktor Yushchenko", "m", "Ukraine", 2005, 2010),
    ("Recep Tayyip Erdogan", "m", "Turkey", 2003, 2026),
    ("Xi Jinping", "m", "China", 2012, 2026),
    ("Hu Jintao", "m", "China", 2003, 2013),
    ("Kim Jong Un", "m", "North Korea", 2011, 2026),
    ("Kim Jong Il", "m", "North Korea", 1994, 2011),
    ("Yoon Suk Yeol", "m", "South Korea", 2022, 2025),
    ("Moon Jae-in", "m", "South Korea", 2017, 2022),
    ("Roh Moo-hyun", "m", "South Korea", 2003, 2008),
    ("Shinzo Abe", "m", "Japan", 2006, 2020),
    ("Fumio Kishida", "m", "Japan", 2021, 2024),
    ("Junichiro Koizumi", "m", "Japan", 2001, 2006),
    ("Narendra Modi", "m", "India", 2014, 2026),
    ("Manmohan Singh", "m", "India", 2004, 2014),
    ("Pervez Musharraf", "m", "Pakistan", 2001, 2008),
    ("Benjamin Netanyahu", "m", "Israel", 2009, 2026),
    ("Ariel Sharon", "m", "Israel", 2001, 2006),
    ("Nelson Mandela", "m", "South Africa", 1994, 1999),
    ("Thabo Mbeki", "m", "South Africa", 1999, 2008),
    ("John Howard", "m", "Australia", 1996, 2007),
    ("Julia Gillard", "f", "Australia", 2010, 2013),
    ("Jacinda Ardern", "f", "New Zealand", 2017, 2023),
    ("Helen Clark", "f", "New Zealand", 1999, 2008),
    ("Justin Trudeau", "m", "Canada", 2015, 2025),
    ("Paul Martin", "m", "Canada", 2003, 2006),
    ("Luiz Inacio Lula da Silva", "m", "Brazil", 2003, 2026),
    ("Dilma Rousseff", "f", "Brazil", 2011, 2016),
    ("Hugo Chavez", "m", "Venezuela", 1999, 2013),
    ("Cristina Fernandez de Kirchner", "f", "Argentina", 2007, 2015),
    ("Michelle Bachelet", "f", "Chile", 2006, 2018),
    ("Ellen Johnson Sirleaf", "f", "Liberia", 2006, 2018),
    ("Gloria Arroyo", "f", "the Philippines", 2001, 2010),
    ("Megawati Sukarnoputri", "f", "Indonesia", 2001, 2004),
    ("Tarja Halonen", "f", "Finland", 2000, 2012),
    ("Sanna Marin", "f", "Finland", 2019, 2023),
    ("Mette Frederiksen", "f", "Denmark", 2019, 2026),
    ("Ursula von der Leyen", "f", "the European Union", 2019, 2026),
    ("Kofi Annan", "m", "the United Nations", 1997, 2006),
    ("Antonio Guterres", "m", "the United Nations", 2017, 2026),
)

# Political parties by country: a party's distractors are the other parties of its country.
PARTIES: dict[str, tuple[str, ...]] = {
    "the United Kingdom": ("Labour", "the Conservatives", "the Liberal Democrats", "the SNP",
                           "Plaid Cymru", "the Green Party", "UKIP"),
    "the United States": ("the Democrats", "the Republicans"),
}
PARTY_ALIASES: dict[str, tuple[str, ...]] = {
    "Labour": ("the Labour Party", "Labour Party", "New Labour"),
    "the Conservatives": ("Conservatives", "the Tories", "Tories", "Tory", "the Conservative Party",
                          "Conservative Party"),
    "the Liberal Democrats": ("Liberal Democrats", "the Lib Dems", "Lib Dems", "Lib Dem",
                              "Liberal Democrat", "Lib Dem party"),
    "the SNP": ("SNP", "the Scottish National Party", "Scottish National Party"),
    "the Green Party": ("Green Party", "the Greens", "Greens"),
    "UKIP": ("the UK Independence Party", "UK Independence Party"),
    "the Democrats": ("Democrats", "the Democratic Party", "Democratic Party"),
    "the Republicans": ("Republicans", "the Republican Party", "Republican Party", "GOP"),
}

# International and intergovernmental organisations.
INTERNATIONAL_ORGS: tuple[str, ...] = (
    "the United Nations", "Nato", "the European Union", "the World Health Organization",
    "the International Monetary Fund", "the World Bank", "the World Trade Organization", "Opec",
    "the G7", "the G20", "the African Union", "Asean", "the International Atomic Energy Agency",
    "the Red Cross", "Interpol", "the OECD",
)
INTERNATIONAL_ALIASES: dict[str, tuple[str, ...]] = {
    "the United Nations": ("UN", "the UN", "United Nations", "U.N."),
    "Nato": ("NATO", "North Atlantic Treaty Organization"),
    "the European Union": ("EU", "the EU", "European Union"),
    "the World Health Organization": ("WHO", "the WHO"),
    "the International Monetary Fund": ("IMF", "the IMF"),
    "the World Trade Organization": ("WTO", "the WTO"),
    "Opec": ("OPEC",),
    "the International Atomic Energy Agency": ("IAEA", "the IAEA"),
}

# Companies by sector.
COMPANIES: dict[str, tuple[str, ...]] = {
    "tech": ("Microsoft", "Apple", "Google", "IBM", "Intel", "Sony", "Nokia", "Samsung", "Yahoo",
             "Amazon", "eBay", "Dell", "Hewlett-Packard", "Motorola", "AOL", "Oracle", "Nintendo",
             "Vodafone", "BT", "Siemens", "Cisco", "Facebook", "Meta", "Netflix", "Tesla"),
    "media": ("Time Warner", "TimeWarner", "Disney", "Viacom", "News Corp", "Sony Pictures",
              "Warner Bros", "Universal", "Paramount", "EMI", "Bertelsmann", "ITV", "Sky", "BSkyB"),
    "finance": ("Barclays", "HSBC", "Lloyds", "Citigroup", "JP Morgan", "Goldman Sachs",
                "Deutsche Bank", "UBS", "Morgan Stanley", "Royal Bank of Scotland"),
    "energy": ("BP", "Shell", "ExxonMobil", "Chevron", "Total", "Gazprom", "Yukos"),
    "autos": ("General Motors", "Ford", "Toyota", "Volkswagen", "Honda", "Nissan", "BMW",
              "Fiat", "Renault", "Peugeot"),
    "airlines": ("British Airways", "Ryanair", "easyJet", "Lufthansa", "Air France", "KLM",
                 "American Airlines", "Delta", "Qantas"),
    "retail": ("Tesco", "Sainsbury's", "Asda", "Marks & Spencer", "Walmart", "Carrefour", "Boots",
               "Woolworths", "Next", "Morrisons"),
}

WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)

# First names that say a person's gender (only common, unambiguous ones).
MALE_NAMES = frozenset("""
adam adrian alan albert alex alexander alexei ali andre andrew andy anthony antonio arnold arthur
barack ben benjamin bill bob boris brian bruce carl carlos charles chris christopher colin craig
daniel danny darren dave david dennis derek dmitry donald douglas duncan ed eddie edward emmanuel
eric frank fred gareth gary gavin geoff geoffrey george gerhard gordon graham greg harry harvey
henry hugh hugo ian igor ivan jack jacques jake james jamie jason jean jeff jeremy jim jimmy joe
john jonathan jose josef joseph juan justin keith ken kenneth kevin kim-jong lee leo lewis liam
luke malcolm mark martin matt matthew michael mike mikhail mohammed muhammad neil nick nicholas
nicolas nigel oliver olaf patrick paul pete peter phil philip ralph raymond richard rick rob
robert robin roger ron ronald roy rupert ryan sam samuel scott sean sebastian sergei sergey simon
stephen steve steven stuart ted terry thomas tim timothy tom tommy tony trevor victor viktor
vince vincent vladimir walter wayne william xi yuri
""".split())
FEMALE_NAMES = frozenset("""
alice alison amanda amy andrea angela ann anna anne annie barbara beth bridget carol caroline
catherine cathy charlotte cheryl christine claire clare cristina dame diana diane elizabeth ellen
emily emma fiona frances gillian giorgia gloria hannah harriet hazel heather helen helena hillary
irina jackie jacqueline jane janet jennifer jessica jill joan jolene joanna judith julia julie
karen kate katherine kathryn kathy kelly kylie laura lauren linda lisa liz louise lucy madonna
margaret maria marie mary megan melanie michelle natalie nicola nicole olivia patricia paula
pauline penny rachel rebecca ruth sally samantha sandra sarah sharon sheila sonia sophie stephanie
susan suzanne tessa theresa tracey tracy ursula valerie victoria wendy yvonne zoe
""".split())


@functools.cache
def world_first_names() -> frozenset[str]:
    """Given names of many countries, lower case, from the person lists of the `faker` package (noisy:
    "June" and "King" are given names too, so use it only where a name is already expected)."""
    return frozenset(_faker_given_names()[0])


def given_name_sex(name: str) -> str | None:
    """"m" or "f" for a given name that `faker`'s lists of many countries give to one sex only
    ("Pekka", "Siobhán"), else None ("Andrea", "Kim", or a name they do not know)."""
    sexes = _faker_given_names()[1].get(name.lower(), set())
    return next(iter(sexes)) if len(sexes) == 1 else None


@functools.cache
def _faker_given_names() -> tuple[set[str], dict[str, set[str]]]:
    import importlib
    import pkgutil

    import faker.providers.person as person

    names: set[str] = set()
    sexes: dict[str, set[str]] = {}
    for info in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"{person.__name__}.{info.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr, sex in (("first_names", None), ("first_names_male", "m"), ("first_names_female", "f")):
            value = provider.__dict__.get(attr)
            if isinstance(value, (dict, tuple, list, set, frozenset)):
                names.update(str(x).lower() for x in value)
                if sex:
                    for x in value:
                        sexes.setdefault(str(x).lower(), set()).add(sex)
    return names, sexes
