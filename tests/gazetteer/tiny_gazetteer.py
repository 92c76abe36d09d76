"""A tiny hand-written gazetteer for unit tests (no build, no download)."""

from __future__ import annotations

from citypact.gazetteer import Entity, MemoryGazetteer, NameEntry, NameFlag, Source
from citypact.gazetteer.keys import name_key

CUR, OFF = Source.CURATED, Source.OFFICIAL

ENTITIES = [
    Entity("geonames:3175395", "Italy", "country", "IT", population=60_000_000),
    Entity("geonames:1562822", "Vietnam", "country", "VN", population=95_000_000),
    Entity("geonames:2921044", "Germany", "country", "DE", population=82_000_000),
    Entity("geonames:3017382", "France", "country", "FR", population=66_000_000),
    Entity("geonames:6252001", "United States", "country", "US", population=327_000_000),
    Entity("iso3166-2:IT-52", "Tuscany", "region", "IT"),
    Entity("iso3166-2:IT-62", "Lazio", "region", "IT"),
    Entity("iso3166-2:IT-LT", "Province of Latina", "region", "IT", "Lazio", "iso3166-2:IT-62"),
    Entity("iso3166-2:IT-21", "Piedmont", "region", "IT"),
    Entity("iso3166-2:IT-TO", "Metropolitan City of Turin", "region", "IT", "Piedmont",
           "iso3166-2:IT-21"),
    Entity("iso3166-2:VN-70", "Vinh Phuc", "region", "VN", successor="iso3166-2:VN-68"),
    Entity("iso3166-2:VN-68", "Phu Tho", "region", "VN"),
    Entity("geonames:4140963", "Washington, D.C.", "city", "US", population=689_545),
    Entity("geonames:5815135", "Washington", "region", "US"),
    Entity("geonames:3176959", "Florence", "city", "IT", "Tuscany", "iso3166-2:IT-52",
           lat=43.77925, lon=11.24626, population=367_150),
    Entity("geonames:4062577", "Florence", "city", "US", "Alabama", population=40_026),
    Entity("geonames:3175058", "Latina", "city", "IT", "Lazio", "iso3166-2:IT-62",
           population=76_305),
    Entity("geonames:6544489", "Latina", "city", "ES", "Madrid", population=256_644),
    Entity("geonames:3169070", "Rome", "city", "IT", "Lazio", "iso3166-2:IT-62",
           population=2_318_895),
    Entity("geonames:3165524", "Turin", "city", "IT", "Piedmont", "iso3166-2:IT-21",
           population=847_287),
    Entity("geonames:1580240", "Hue", "city", "VN", population=1_380_000),
    Entity("geonames:1566083", "Ho Chi Minh City", "city", "VN", population=14_002_598),
    Entity("geonames:1581130", "Hanoi", "city", "VN", population=8_053_663),
    Entity("geonames:2990440", "Nice", "city", "FR", population=342_669),
    Entity("geonames:2867714", "Munich", "city", "DE", population=1_505_005),
    Entity("geonames:2886242", "Cologne", "city", "DE", population=1_075_935),
    Entity("geonames:2825297", "Stuttgart", "city", "DE", population=630_305),
    Entity("geonames:3108681", "Como", "city", "IT", population=84_876),
    Entity("geonames:9999001", "Giani", "city", "IT", population=20_000),
    Entity("geonames:5349755", "Fontana", "city", "US", population=212_704),
    Entity("geonames:9999002", "Commerce", "city", "US", population=13_081),
    Entity("iso3166-2:IT-RM", "Metropolitan City of Rome", "region", "IT", "Lazio",
           "iso3166-2:IT-62"),
    Entity("iso3166-2:VN-35", "Lam Dong", "region", "VN"),
    Entity("geonames:1584071", "Da Lat", "city", "VN", "Lam Dong", "iso3166-2:VN-35",
           population=258_014),
    Entity("geonames:1562798", "Vinh", "city", "VN", population=790_000),
    Entity("geonames:2989460", "Orange", "city", "FR", population=30_530),
    Entity("geonames:2928810", "Essen", "city", "DE", population=593_085),
    Entity("geonames:727011", "Sofia", "city", "BG", population=1_152_556),
    Entity("geonames:2988507", "Paris", "city", "FR", population=2_138_551),
    Entity("geonames:2510769", "Spain", "country", "ES", population=46_723_749),
    Entity("geonames:2993457", "Monaco", "country", "MC", population=38_682),
]

SPELLINGS = [
    ("geonames:3175395", ["Italy", "Italia", "Italie", "Italien"], OFF),
    ("geonames:1562822", ["Vietnam", "Viet Nam", "Việt Nam"], CUR),
    ("geonames:2921044", ["Germany", "Deutschland", "Germania", "Allemagne", "Alemania"],
     OFF),
    ("geonames:3017382", ["France", "Francia", "Frankreich"], OFF),
    ("geonames:6252001", ["United States"], OFF),
    ("iso3166-2:IT-52", ["Tuscany", "Toscana"], OFF),
    ("iso3166-2:IT-62", ["Lazio", "Latium"], OFF),
    ("iso3166-2:IT-LT", ["Latina"], OFF),
    ("iso3166-2:IT-21", ["Piedmont", "Piemonte"], OFF),
    ("iso3166-2:IT-TO", ["Torino", "Turin"], OFF),
    ("iso3166-2:VN-70", ["Vĩnh Phúc", "Vinh Phuc"], OFF),
    ("iso3166-2:VN-68", ["Phú Thọ", "Phu Tho"], OFF),
    ("geonames:4140963", ["Washington", "Washington DC"], CUR),
    ("geonames:5815135", ["Washington"], OFF),
    ("geonames:3176959", ["Florence", "Firenze", "Florencia", "Florenz"], OFF),
    ("geonames:4062577", ["Florence"], OFF),
    ("geonames:3175058", ["Latina"], OFF),
    ("geonames:6544489", ["Latina"], OFF),
    ("geonames:3169070", ["Rome", "Roma", "Rom"], OFF),
    ("geonames:3165524", ["Turin", "Torino"], OFF),
    ("geonames:1580240", ["Huế", "Hue", "Hué"], CUR),
    ("geonames:1566083", ["Ho Chi Minh City", "Saigon", "Thành phố Hồ Chí Minh",
                          "Hô Chi Minh-Ville", "Ciudad Ho Chi Minh", "Ho-Chi-Minh-Stadt"], CUR),
    ("geonames:1581130", ["Hanoi", "Hà Nội", "Ha Noi", "Hanoï", "Hanói"], CUR),
    ("geonames:2990440", ["Nice"], OFF),
    ("geonames:2867714", ["Munich", "München", "Monaco di Baviera", "Múnich"], CUR),
    ("geonames:2886242", ["Cologne", "Köln", "Colonia"], CUR),
    ("geonames:2825297", ["Stuttgart", "Stoccarda"], OFF),
    ("geonames:3108681", ["Como"], OFF),
    ("geonames:9999001", ["Giani"], OFF),
    ("geonames:5349755", ["Fontana"], OFF),
    ("geonames:9999002", ["Commerce"], OFF),
    ("iso3166-2:IT-RM", ["Roma", "Metropolitan City of Rome"], OFF),
    ("iso3166-2:VN-35", ["Lâm Đồng", "Lam Dong"], OFF),
    ("geonames:1584071", ["Ðà Lạt", "Da Lat"], OFF),  # GeoNames writes U+00D0, not Đ
    ("geonames:1562798", ["Vinh"], OFF),
    ("geonames:2989460", ["Orange"], OFF),
    ("geonames:2928810", ["Essen"], OFF),
    ("geonames:727011", ["Sofia"], OFF),
    ("geonames:2988507", ["Paris"], OFF),
    ("geonames:2510769", ["Spain", "España", "Espagne", "Spagna", "Spanien"], OFF),
    ("geonames:2993457", ["Monaco"], OFF),
]


def _entries() -> list[NameEntry]:
    entries = [NameEntry(name_key(s), eid, s, source) for eid, names, source in SPELLINGS
               for s in names]
    entries += [
        NameEntry("hcmc", "geonames:1566083", "HCMC", CUR, NameFlag.EXACT_CASE),
        NameEntry("tp hcm", "geonames:1566083", "TP.HCM", CUR, NameFlag.EXACT_CASE),
        NameEntry("ho chi minh", "geonames:1566083", "Ho Chi Minh", CUR, langs="!vi"),
        NameEntry("ho chi minh", "geonames:1566083", "Hồ Chí Minh", CUR, langs="!vi"),
        NameEntry("duc", "geonames:2921044", "Đức", CUR, NameFlag.ACCENTS, langs="vi"),
        NameEntry("us", "geonames:6252001", "US", CUR, NameFlag.EXACT_CASE),
        NameEntry("hcm", "geonames:1566083", "HCM", CUR, NameFlag.EXACT_CASE),
        NameEntry("y", "geonames:3175395", "Ý", CUR, NameFlag.ACCENTS, langs="vi"),
        NameEntry("phap", "geonames:3017382", "Pháp", CUR, NameFlag.ACCENTS, langs="vi"),
        NameEntry("tay ban nha", "geonames:2510769", "Tây Ban Nha", CUR, NameFlag.ACCENTS,
                  langs="vi"),
    ]
    return entries


def tiny_gazetteer() -> MemoryGazetteer:
    """The tiny gazetteer: a few homonyms and traps of every rule."""
    return MemoryGazetteer(ENTITIES, _entries())
