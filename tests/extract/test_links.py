"""One-sentence link cases per kind, modality and language, on hand-built documents."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from itertools import combinations

import pytest

from citypact.extract.components.dates import DatesComponent
from citypact.extract.components.links import LinksComponent
from citypact.extract.components.sentences import SentencesComponent
from citypact.extract.linking.clauses import Clause, clause_pairs
from citypact.extract.linking.cues import KeyCache, read_cues
from citypact.extract.linking.lexicons import load_language
from citypact.extract.linking.parties import PartyMention, dateline_place, main_pair
from citypact.extract.linking.story_towns import one_town_named_before
from citypact.extract.pipeline import Doc
from citypact.model import Article, Organization, Person, Place

# name -> (kind, country); the test documents name these places only.
PLACES = {
    "Florence": ("city", "IT"), "Firenze": ("city", "IT"), "Turin": ("city", "IT"),
    "Torino": ("city", "IT"), "Tuscany": ("region", "IT"), "Vinh Phuc": ("region", "VN"),
    "Hue": ("city", "VN"), "Huế": ("city", "VN"), "Ho Chi Minh City": ("city", "VN"),
    "Blois": ("city", "FR"), "Monterrey": ("city", "MX"), "San Antonio": ("city", "US"),
    "Hamburg": ("city", "DE"), "Da Nang": ("city", "VN"), "Vietnam": ("country", "VN"),
    "Italy": ("country", "IT"), "Việt Nam": ("country", "VN"), "Lisboa": ("city", "PT"),
    "Curitiba": ("city", "BR"), "Braga": ("city", "PT"), "São Paulo": ("city", "BR"),
    "Quang Ninh": ("region", "VN"), "Manila": ("city", "PH"), "Osaka": ("city", "JP"),
    "toscane": ("region", "IT"), "Toscane": ("region", "IT"), "TORINO": ("city", "IT"),
    "Frankfurt": ("city", "DE"), "FIRENZE": ("city", "IT"), "Poitiers": ("city", "FR"),
    "Vienne": ("region", "FR"), "TP.HCM": ("city", "VN"), "Hội An": ("city", "VN"),
    "Quảng Nam": ("region", "VN"), "Santiago de Compostela": ("city", "ES"),
    # Russian names with their case endings, as the places component reads them
    "Блуа": ("city", "FR"), "Хюэ": ("city", "VN"), "Гамбург": ("city", "DE"),
    "Дананг": ("city", "VN"),
    # Ukrainian ones
    "Хюе": ("city", "VN"),
    # Greek ones
    "Πάτρα": ("city", "GR"), "Μπάρι": ("city", "IT"), "Λεμεσός": ("city", "CY"),
    "Ηράκλειο": ("city", "GR"),
    # Chinese names, found inside a run of Han characters
    "广州": ("city", "CN"), "岘港": ("city", "VN"), "宁波": ("city", "CN"), "米兰": ("city", "IT"),
    "成都": ("city", "CN"), "里昂": ("city", "FR"), "昆明": ("city", "CN"), "万象": ("city", "LA"),
    "重庆": ("city", "CN"), "德国": ("country", "DE"), "新竹": ("city", "TW"),
    "錢德勒": ("city", "US"),
    "京都": ("city", "JP"), "フィレンツェ": ("city", "IT"), "大阪": ("city", "JP"),
    "ホーチミン": ("city", "VN"), "横浜": ("city", "JP"), "ダナン": ("city", "VN"),
    "金沢": ("city", "JP"), "バルセロナ": ("city", "ES"), "名古屋": ("city", "JP"),
    "ミラノ": ("city", "IT"), "ナンシー": ("city", "FR"), "蘇州": ("city", "CN"),
    # Korean names, their status word and particle glued after them
    "수원": ("city", "KR"), "다낭": ("city", "VN"), "부산": ("city", "KR"),
    "호찌민": ("city", "VN"), "인천": ("city", "KR"), "칭다오": ("city", "CN"),
    "대구": ("city", "KR"), "밀라노": ("city", "IT"), "광주": ("city", "KR"),
    "시애틀": ("city", "US"), "산둥성": ("region", "CN"),
    # a province whose name opens with a nationality's adjective ("Lao")
    "Lao Cai": ("region", "VN"),
    # twins listed after "jsou" / "sono"
    "Kolína": ("city", "CZ"), "Ansbach": ("city", "DE"), "Lecco": ("city", "IT"),
    "Pesaro": ("city", "IT"), "Rastatt": ("city", "DE"), "Nitra": ("city", "SK"),
    # Arabic ones, a conjunction or a preposition glued before them ("وإشبيلية")
    "طنجة": ("city", "MA"), "إشبيلية": ("city", "ES"), "سوسة": ("city", "TN"),
    "نابولي": ("city", "IT"), "إربد": ("city", "JO"), "غازي عنتاب": ("city", "TR"),
    "الخليل": ("city", "PS"), "غرناطة": ("city", "ES"), "الدار البيضاء": ("city", "MA"),
    "القاهرة": ("city", "EG"),
    # guests of two countries visiting a third
    "Lyon": ("city", "FR"), "Kraków": ("city", "PL"), "Cracovia": ("city", "PL"),
    "Krakau": ("city", "PL"), "Lower Saxony": ("region", "DE"),
    # a second list of partners, each with its own word of relation
    "Porto": ("city", "PT"), "Kyoto": ("city", "JP"),
    # a town whose region's name is its admin1 with the region's word ("Shiga Prefecture")
    "Otsu": ("city", "JP"), "Shiga Prefecture": ("region", "JP"),
    # a US county and its state after its comma
    "Johnson County": ("region", "US"), "Kansas": ("region", "US"),
    # countries written before the towns they hold, in a list of twins
    "意大利": ("country", "IT"), "法国": ("country", "FR"),
    "Tyskland": ("country", "DE"), "Frankrike": ("country", "FR"), "Polen": ("country", "PL"),
    # Finnish names in their cases, as the places component reads them
    "Hamburgin": ("city", "DE"), "Hamburgissa": ("city", "DE"), "Da Nangin": ("city", "VN"),
    "Da Nangissa": ("city", "VN"), "Da Nangiin": ("city", "VN"), "Turinissa": ("city", "IT"),
    # Estonian ones
    "Hamburgi": ("city", "DE"), "Hamburgiga": ("city", "DE"), "Da Nangi": ("city", "VN"),
    "Da Nangiga": ("city", "VN"), "Da Nangisse": ("city", "VN"), "Turinit": ("city", "IT"),
    "Hamburgil": ("city", "DE"),
    # a town and a former region within the first-level region that holds both
    "Paray-le-Monial": ("city", "FR"), "Beaune": ("city", "FR"), "Burgundy": ("region", "FR"),
    "Issoire": ("city", "FR"), "Alvernia": ("region", "FR"),
    # a Turkish district town and the province's seat it is named after
    "Muğla": ("city", "TR"), "Bodrum": ("city", "TR"),
    # a firm's town and the province of a factory it buys
    "Shenzhen": ("city", "CN"), "Bac Ninh": ("region", "VN"),
    # a town in a city's suburbs
    "Villeurbanne": ("city", "FR"),
}
ADMIN1 = {"Hue": "Thua Thien Hue", "Da Nang": "Da Nang", "Ho Chi Minh City": "Ho Chi Minh",
          "Otsu": "Shiga",
          "칭다오": "산둥성",
          "Florence": "Tuscany", "Hoi An": "Quang Nam", "Johnson County": "Kansas",
          "Paray-le-Monial": "Bourgogne-Franche-Comté", "Beaune": "Bourgogne-Franche-Comté",
          "Burgundy": "Bourgogne-Franche-Comté", "Issoire": "Auvergne-Rhône-Alpes",
          "Alvernia": "Auvergne-Rhône-Alpes",
          "Bodrum": "Muğla"}
CANONICAL = {"Cracovia": "Kraków", "Krakau": "Kraków",
             "Firenze": "Florence", "FIRENZE": "Florence", "Torino": "Turin", "TORINO": "Turin",
             "Huế": "Hue", "TP.HCM": "Ho Chi Minh City",
             "Việt Nam": "Vietnam", "Lisboa": "Lisbon", "toscane": "Tuscany",
             "Toscane": "Tuscany", "Hội An": "Hoi An", "Quảng Nam": "Quang Nam",
             "Hamburgin": "Hamburg", "Hamburgissa": "Hamburg", "Da Nangin": "Da Nang",
             "Da Nangissa": "Da Nang", "Da Nangiin": "Da Nang", "Turinissa": "Turin",
             "Hamburgi": "Hamburg", "Hamburgiga": "Hamburg", "Da Nangi": "Da Nang",
             "Da Nangiga": "Da Nang", "Da Nangisse": "Da Nang", "Turinit": "Turin",
             "Hamburgil": "Hamburg"}


@pytest.fixture(scope="module")
def links() -> LinksComponent:
    return LinksComponent()


def make_doc(text: str, language: str, published: str | None = "2023-07-28",
             organizations: tuple[Organization, ...] = (),
             people: tuple[Person, ...] = ()) -> Doc:
    article = Article(id=hashlib.sha256(text.encode()).hexdigest(), text=text,
                      language=language, published=published)
    doc = Doc(article=article, language=language, published=published)
    doc = DatesComponent()(SentencesComponent()(doc))
    places: dict[str, Place] = {}
    for surface, (kind, country) in PLACES.items():
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            # no spaces around a Chinese or Japanese name
            han = "\u4e00" <= surface[0] <= "\u9fff" or "\u3040" <= surface[0] <= "\u30ff"
            glued = "\uac00" <= surface[0] <= "\ud7a3"  # a Korean one takes its particles
            # an Arabic one its conjunction or preposition before it ("وإشبيلية", "بطنجة")
            clitic = "\u0600" <= surface[0] <= "\u06ff" and start > 0 and text[start - 1] in \
                "وبلف" and (start == 1 or not text[start - 2].isalnum())
            if han or ((start == 0 or not text[start - 1].isalnum() or clitic)
                       and (glued or end == len(text) or not text[end].isalnum())):
                name = CANONICAL.get(surface, surface)
                old = places.get(name) or Place(f"test:{name}", name, kind,  # type: ignore[arg-type]
                                                country, admin1=ADMIN1.get(name))
                places[name] = dataclasses.replace(old, mentions=(*old.mentions, (start, end)))
            start = text.find(surface, end)
    ordered = tuple(sorted(places.values(), key=lambda p: p.mentions[0]))
    return dataclasses.replace(doc, places=ordered, organizations=organizations, people=people)


def link_kinds(links: LinksComponent, doc: Doc) -> dict[frozenset[str], str]:
    return {frozenset(link.parties): link.kind for link in links(doc).links}


@pytest.mark.parametrize(("text", "language", "pair", "kind"), [
    ("Blois and Hue signed a cooperation agreement on 23 May 2007.", "en",
     {"Blois", "Hue"}, "agreement"),
    ("Blois and Hue have worked together on heritage since 2010.", "en",
     {"Blois", "Hue"}, "cooperation"),
    # a programme's mentor town and its mentee; a tie held over years after another's signing
    ("Blois is mentoring Hue on its climate plan.", "en", {"Blois", "Hue"}, "cooperation"),
    ("Last year, Osaka signed an agreement with Florence, and Blois has worked with Hue since "
     "2022.", "en", {"Blois", "Hue"}, "cooperation"),
    ("The mayor said Blois hoped to twin with Hue.", "en", {"Blois", "Hue"}, "proposal"),
    # a wish in the progressive, with or without a visit told after it
    ("The mayor says Blois is hoping to become a sister city of Hue.", "en",
     {"Blois", "Hue"}, "proposal"),
    ("Blois is hoping to twin with Hue, the mayor said.", "en", {"Blois", "Hue"}, "proposal"),
    ("Blois was hoping to sign a friendship agreement with Hue after a delegation from Hue "
     "visited on Wednesday.", "en", {"Blois", "Hue"}, "cooperation"),
    # a body's approval to sign an instrument, not its signing
    ("Subject: Approval to sign a Memorandum of Understanding on sister-city relations "
     "between Blois and Hue.", "en", {"Blois", "Hue"}, "proposal"),
    ("The council gave its approval to sign a twinning charter between Blois and Hue.", "en",
     {"Blois", "Hue"}, "proposal"),
    ("The committee granted approval for the signing of an agreement of Blois and Hue.", "en",
     {"Blois", "Hue"}, "proposal"),
    # a tie still talked over with the partner ("talking with"): wished; talks with the
    # partner about one, the partner named between: the talks, the tie only their topic
    ("Blois is also talking with Hue about a friendship city agreement.", "en",
     {"Blois", "Hue"}, "proposal"),
    ("The mayor of Blois has been talking to Hue about twinning for a year.", "en",
     {"Blois", "Hue"}, "proposal"),
    ("Blois is in talks with Hue about a sister city agreement.", "en", {"Blois", "Hue"},
     "cooperation"),
    ("Blois remains in discussions with Hue on a twinning.", "en", {"Blois", "Hue"},
     "cooperation"),
    ("Blois held talks with Hue about a twinning on Monday.", "en", {"Blois", "Hue"},
     "cooperation"),
    ("Blois held talks with Hue and signed a cooperation agreement.", "en", {"Blois", "Hue"},
     "agreement"),
    # a recommended tie, and a board of sister cities that invites or hosts: no tie of the
    # guests' town
    ("The Blois Sister Cities Commission recommended a sister city relationship with Hue.",
     "en", {"Blois", "Hue"}, "proposal"),
    ("The committee recommends that Blois sign a friendship agreement with Hue.", "en",
     {"Blois", "Hue"}, "proposal"),
    ("A delegation from Hue visited Blois at the invitation of the Blois Sister Cities "
     "Advisory Board.", "en", {"Blois", "Hue"}, "cooperation"),
    ("The Blois Sister City Committee hosted a delegation from Hue on Monday.", "en",
     {"Blois", "Hue"}, "cooperation"),
    # a tie only talked of: a possible one, the idea of one
    ("The committee of Blois had been approached about a possible friendship link with Hue.",
     "en", {"Blois", "Hue"}, "proposal"),
    ("The mayor of Blois floated the idea of a sister city agreement with Hue.", "en",
     {"Blois", "Hue"}, "proposal"),
    ("Vinh Phuc and Tuscany celebrated their friendly provincial relationship.", "en",
     {"Vinh Phuc", "Tuscany"}, "twinning"),
    ("Blois and Hue signed an agreement to become friendly exchange cities.", "en",
     {"Blois", "Hue"}, "twinning"),
    # a letter of intent signed for a twinning: the twinning is its aim, the letter is signed
    ("Blois and Hue signed a letter of intent yesterday to establish sister city relations.",
     "en", {"Blois", "Hue"}, "agreement"),
    ("Firenze e Hue hanno firmato una lettera d'intenti per il gemellaggio.", "it",
     {"Florence", "Hue"}, "agreement"),
    ("Blois und Hamburg haben eine Absichtserklärung zur Begründung einer Städtepartnerschaft "
     "unterzeichnet.", "de", {"Blois", "Hamburg"}, "agreement"),
    ("Blois y Hue firmaron una carta de intención para el hermanamiento.", "es",
     {"Blois", "Hue"}, "agreement"),
    ("Huế và Blois đã ký ý định thư về việc thiết lập quan hệ kết nghĩa.", "vi",
     {"Blois", "Hue"}, "agreement"),
    # the preparation of a signing: the signing is to come
    ("Huế giao Sở Ngoại vụ chuẩn bị các nội dung ký kết với thành phố Blois.", "vi",
     {"Blois", "Hue"}, "proposal"),
    ("Osaka has had friendship ties with Florence since 1980.", "en",
     {"Osaka", "Florence"}, "twinning"),
    ("Commissioners in San Antonio approved a sister county agreement with Monterrey.", "en",
     {"San Antonio", "Monterrey"}, "twinning"),
    ("San Antonio and Monterrey joined forces to bid for the 2031 Games.", "en",
     {"San Antonio", "Monterrey"}, "cooperation"),
    # a trip whose purpose is to sign with the town it leaves for
    ("The mayor of Blois will leave for Hue next week to sign a sister city agreement.", "en",
     {"Blois", "Hue"}, "proposal"),
    ("The agreement between Hue and Blois is expected to be signed in April.", "en",
     {"Blois", "Hue"}, "proposal"),
    ("The council of Hue voted to pursue a sister city relationship with Blois.", "en",
     {"Blois", "Hue"}, "proposal"),
    ("The council authorized the mayor of Hue to sign a sister city agreement with Blois.",
     "en", {"Blois", "Hue"}, "proposal"),
    # trade statistics are no relation
    ("Hue is Blois's biggest trading partner in Asia.", "en", {"Blois", "Hue"}, None),
    # a second clause after ", and the" relates its own parties only
    ("Blois and Hue have been twinned since 1974, and the exchange between Da Nang and "
     "Florence began in 1993.", "en", {"Blois", "Hue"}, "twinning"),
    # a council's motion asks for talks, and a report back to its next meeting
    ("The council of Hue backed a motion calling for talks with Blois.", "en",
     {"Blois", "Hue"}, "proposal"),
    ("The motion asks Hue to write to Blois and to report back to the April meeting.", "en",
     {"Blois", "Hue"}, "proposal"),
    ("Firenze e Huế lavorano insieme per il patrimonio.", "it",
     {"Florence", "Hue"}, "cooperation"),
    # working together said to be fitting or needed: an opinion, a wish
    ("«Firenze e Huế hanno lo stesso fiume: è naturale lavorare insieme», ha detto il sindaco.",
     "it", {"Florence", "Hue"}, "proposal"),
    ("«Firenze e Huế dobbiamo collaborare sul turismo», ha detto il sindaco.", "it",
     {"Florence", "Hue"}, "proposal"),
    # the towns' tourists are no visit
    ("«Firenze e Huế vivono degli stessi ospiti», ha detto il sindaco.", "it",
     {"Florence", "Hue"}, None),
    ("Huế và Blois chung tay bảo tồn di sản.", "vi", {"Blois", "Hue"}, "cooperation"),
    ("Monterrey y San Antonio celebraron 70 años de hermanamiento.", "es",
     {"Monterrey", "San Antonio"}, "twinning"),
    ("Nel 2015 Firenze e Huế hanno firmato un patto di gemellaggio.", "it",
     {"Florence", "Hue"}, "twinning"),
    ("Tỉnh Vĩnh Phúc và Tuscany đã ký kết biên bản ghi nhớ hợp tác.", "vi",
     {"Tuscany"}, None),  # Vĩnh Phúc is not among the test places: one party only
    ("Torino e Ho Chi Minh City hanno firmato un accordo di collaborazione.", "it",
     {"Turin", "Ho Chi Minh City"}, "agreement"),
    ("Blois et Hue ont signé une convention de coopération.", "fr",
     {"Blois", "Hue"}, "agreement"),
    ("Hamburg und Da Nang haben eine Absichtserklärung unterzeichnet.", "de",
     {"Hamburg", "Da Nang"}, "agreement"),
    ("The mayor of Florence hoped that Florence would establish a twin relationship "
     "with Hue.", "en", {"Florence", "Hue"}, "proposal"),
    ("Turin wishes to sign a memorandum of understanding with Ho Chi Minh City.", "en",
     {"Turin", "Ho Chi Minh City"}, "proposal"),
    ("The chairman suggested that Blois and Hue sign a memorandum of understanding.", "en",
     {"Blois", "Hue"}, "proposal"),
    # a plan: "projette de signer"
    ("Blois projette de signer une convention de coopération avec Hue.", "fr",
     {"Blois", "Hue"}, "proposal"),
    ("A delegation from Hamburg visited Da Nang to discuss cooperation.", "en",
     {"Hamburg", "Da Nang"}, "cooperation"),
    ("Florence and Tuscany are famous for art.", "en", {"Florence", "Tuscany"}, None),
    ("Monterrey y San Antonio estudian un futuro hermanamiento.", "es",
     {"Monterrey", "San Antonio"}, "proposal"),
    ("Blois et Hue préparent un futur jumelage.", "fr", {"Blois", "Hue"}, "proposal"),
    ("Curitiba e Braga celebraram os vinte anos da sua geminação.", "pt",
     {"Curitiba", "Braga"}, "twinning"),
    ("Em 2019, Curitiba e Hue tornaram-se cidades-irmãs.", "pt", {"Curitiba", "Hue"},
     "twinning"),
    ("Lisboa e Hue assinaram um memorando de entendimento em 28 de julho de 2023.", "pt",
     {"Lisbon", "Hue"}, "agreement"),
    ("São Paulo e Lisboa firmaram um protocolo de intenções na área da inovação.", "pt",
     {"São Paulo", "Lisbon"}, "agreement"),
    ("Curitiba e Braga reforçaram a cooperação no turismo.", "pt", {"Curitiba", "Braga"},
     "cooperation"),
    # "de acordo com" is "according to", no agreement.
    ("De acordo com o prefeito, Curitiba e Braga colaboram desde 2010.", "pt",
     {"Curitiba", "Braga"}, "cooperation"),
    ("Curitiba deseja estabelecer uma geminação com Braga.", "pt", {"Curitiba", "Braga"},
     "proposal"),
    # a bill still to be sanctioned, voted on a weekday ("terça-feira" holds no fair)
    ("A Câmara de Curitiba aprovou nesta terça-feira (24) o projeto de lei que institui Braga "
     "como cidade-irmã.", "pt", {"Curitiba", "Braga"}, "proposal"),
    # a visit made while a twinning is under way
    ("O prefeito de Curitiba recebeu hoje uma delegação de Braga no âmbito do processo de "
     "geminação.", "pt", {"Curitiba", "Braga"}, "cooperation"),
    ("Blois en Hue vierden het 25-jarig bestaan van hun stedenband.", "nl", {"Blois", "Hue"},
     "twinning"),
    ("Hamburg en Da Nang ondertekenden een samenwerkingsovereenkomst.", "nl",
     {"Hamburg", "Da Nang"}, "agreement"),
    ("Blois en Hue werken samen op het gebied van erfgoed.", "nl", {"Blois", "Hue"},
     "cooperation"),
    ("Blois wil een stedenband aangaan met Hue.", "nl", {"Blois", "Hue"}, "proposal"),
    # where the visitors go next, or travel through: no party
    ("Blois en Hue tekenden een overeenkomst. De delegatie uit Hue reist woensdag door naar "
     "Turin.", "nl", {"Hue", "Turin"}, None),
    ("Blois en Hue tekenden een overeenkomst. De delegatie vliegt donderdag via Turin terug "
     "naar Hue.", "nl", {"Hue", "Turin"}, None),
    # a clause after ";" that denies its own relation is apart: the first one's twin is not
    # its party's
    ("Blois heeft sinds 1964 een stedenband met Hamburg; met Turin is er nog geen officiële "
     "jumelage.", "nl", {"Blois", "Turin"}, None),
    # a denial that closes the clause after the relation ("is er niet"): no twinning
    ("De haven van Blois heeft al jaren contacten in Hue, maar een stedenband is er niet.", "nl",
     {"Blois", "Hue"}, None),
    # A separable verb split by a few words, or by a negation.
    ("Blois en Hue werken al jaren samen op het gebied van toerisme.", "nl", {"Blois", "Hue"},
     "cooperation"),
    ("Blois werkt nauw met Hue samen.", "nl", {"Blois", "Hue"}, "cooperation"),
    ("Blois en Hue werken niet meer samen.", "nl", {"Blois", "Hue"}, "proposal"),
    ("De gemeenteraad van Blois nam een motie aan voor een jumelage met Hue.", "nl",
     {"Blois", "Hue"}, "proposal"),
    # "Op uitnodiging van" brought a visit about; "de volgende afspraken" are the following.
    ("Op uitnodiging van Blois bezocht een delegatie uit Hue de stad.", "nl", {"Blois", "Hue"},
     "cooperation"),
    ("Blois en Hue maakten de volgende afspraken over toerisme.", "nl", {"Blois", "Hue"},
     "agreement"),
    # Turkish: the kind's endings, the wish written after its object ("kurulmasına yönelik
    # teklifi", "imzalanması planlanıyor"), not past a participle that closes a relative
    # clause ("kardeş şehri olan"), and a council's "kabul etti" (accepted), no visit.
    ("Blois ile Hue kardeş şehir protokolü imzaladı.", "tr", {"Blois", "Hue"}, "twinning"),
    # the reported clause's verb ("olduğunu,") closes it: the wish after it is the next one's
    ("Başkan, Blois'nın 2004 yılından bu yana Hue ile kardeş şehir olduğunu, Turin ile de "
     "kardeş şehir ilişkisinin önümüzdeki yıl kurulmasını hedeflediklerini söyledi.", "tr",
     {"Blois", "Hue"}, "twinning"),
    ("Blois ile Hue arasında iş birliği protokolü imzalandı.", "tr", {"Blois", "Hue"},
     "agreement"),
    ("Blois Belediye Meclisi, Hue ile kardeş şehir ilişkisi kurulmasına yönelik teklifi "
     "kabul etti.", "tr", {"Blois", "Hue"}, "proposal"),
    ("Blois ile Hue arasındaki protokolün bahar aylarında imzalanması planlanıyor.", "tr",
     {"Blois", "Hue"}, "proposal"),
    ("Blois'nın 2001'den bu yana kardeş şehri olan Hue kentinin de projeye katılmasını "
     "istiyoruz.", "tr", {"Blois", "Hue"}, "twinning"),
    ("Hue'den gelen heyet Blois Belediye Başkanını makamında ziyaret etti.", "tr",
     {"Blois", "Hue"}, "cooperation"),
    # A place with the locative ending after its apostrophe is where, no party.
    ("Blois ile Hue arasındaki protokol Manila'da imzalandı.", "tr", {"Blois", "Hue"},
     "agreement"),
    ("Blois ile Hue arasındaki protokol Manila'da imzalandı.", "tr", {"Blois", "Manila"},
     None),
    # Turkish denies in the verb after the cue ("imzalanmadı", "yok").
    ("Blois ile Hue arasında henüz bir protokol imzalanmadı.", "tr", {"Blois", "Hue"}, None),
    ("Blois ile Hue arasında kardeş şehir ilişkisi yok.", "tr", {"Blois", "Hue"}, None),
    # "akkoord gaan" is "to agree", no agreement.
    ("Blois en Hue gaan akkoord met de nieuwe regels.", "nl", {"Blois", "Hue"}, None),
    # Swedish: compounds of the kinds ("vänortssamarbete", "samförståndsavtal",
    # "avsiktsförklaring"), a proposal, and a visit's onward leg that is no party
    ("Blois och Hue firade 25 år som vänorter.", "sv", {"Blois", "Hue"}, "twinning"),
    ("Hamburg och Da Nang undertecknade i tisdags ett samförståndsavtal.", "sv",
     {"Hamburg", "Da Nang"}, "agreement"),
    ("Blois, Hue och Hamburg skrev under en avsiktsförklaring.", "sv", {"Hue", "Hamburg"},
     "agreement"),
    ("Blois och Hue samarbetar inom kulturarv.", "sv", {"Blois", "Hue"}, "cooperation"),
    ("Kommunstyrelsen i Blois föreslår ett vänortssamarbete med Hue.", "sv", {"Blois", "Hue"},
     "proposal"),
    ("Delegationen från Hue reser på torsdagen vidare till Hamburg.", "sv", {"Hue", "Hamburg"},
     None),
    ("Blois och Hue har inget avtal.", "sv", {"Blois", "Hue"}, None),
    ("Kommunfullmäktige i Blois beslutade i går att inleda ett vänortssamarbete med Hue.", "sv",
     {"Blois", "Hue"}, "proposal"),
    # Danish and Norwegian, read with Swedish's rules and their own words
    ("Blois og Hue fejrede 25 år som venskabsbyer.", "da", {"Blois", "Hue"}, "twinning"),
    ("Hamburg og Da Nang underskrev i tirsdags en samarbejdsaftale.", "da",
     {"Hamburg", "Da Nang"}, "agreement"),
    ("Byrådet i Blois besluttede i går at indgå en venskabsbyaftale med Hue.", "da",
     {"Blois", "Hue"}, "proposal"),
    ("Blois og Hue feiret 25 år som vennskapsbyer.", "nb", {"Blois", "Hue"}, "twinning"),
    ("Blois og Hue signerte i går en intensjonsavtale.", "nb", {"Blois", "Hue"},
     "agreement"),
    ("Delegasjonen fra Hue reiser videre til Hamburg fredag.", "nb", {"Hue", "Hamburg"},
     None),
    ("Blois og Hue har ingen avtale.", "nb", {"Blois", "Hue"}, None),
    # Indonesian, with the English loan words its news keeps ("sister city", "MoU")
    ("Blois dan Hue memperingati 25 tahun hubungan kota kembar.", "id", {"Blois", "Hue"},
     "twinning"),
    ("Hamburg dan Da Nang menandatangani nota kesepahaman (MoU) kerja sama.", "id",
     {"Hamburg", "Da Nang"}, "agreement"),
    ("Blois dan Hue bekerja sama di bidang pariwisata.", "id", {"Blois", "Hue"},
     "cooperation"),
    ("Blois berencana menjalin sister city dengan Hue.", "id", {"Blois", "Hue"}, "proposal"),
    # who recalls the relation ("menyebut", mentions) is no party of it
    ("Gubernur Tuscany menyebut hubungan kota kembar Blois dengan Hue terjalin sejak 1988.",
     "id", {"Tuscany", "Blois"}, None),
    ("Blois dan Hue batal menandatangani nota kesepahaman.", "id", {"Blois", "Hue"}, None),
    ("Blois dan Hue belum menandatangani perjanjian.", "id", {"Blois", "Hue"},
     "proposal"),
    # Polish writes the cue words with case endings, and names with them ("z Hamburgiem").
    ("Blois i Hue świętowały 25. rocznicę partnerstwa miast.", "pl", {"Blois", "Hue"},
     "twinning"),
    ("Hamburg i Da Nang podpisały porozumienie o współpracy.", "pl", {"Hamburg", "Da Nang"},
     "agreement"),
    ("Blois podpisało list intencyjny z Hue.", "pl", {"Blois", "Hue"}, "agreement"),
    ("Blois i Hue współpracują w dziedzinie turystyki.", "pl", {"Blois", "Hue"},
     "cooperation"),
    ("Blois chce nawiązać partnerstwo z Hue.", "pl", {"Blois", "Hue"}, "proposal"),
    # the visitors' next stop, a few words after their verb ("pojechali po uroczystości do")
    ("Blois i Hue podpisali umowę o współpracy. Goście z Hue pojechali po uroczystości do "
     "Turin.", "pl", {"Hue", "Turin"}, None),
    ("Rada Miasta Blois przyjęła uchwałę intencyjną w sprawie nawiązania współpracy "
     "partnerskiej z Hue.", "pl", {"Blois", "Hue"}, "proposal"),
    # "zgodzić się" is "to agree", no agreement.
    ("Burmistrz Blois zgodził się z burmistrzem Hue.", "pl", {"Blois", "Hue"}, None),
    # Czech writes the cue words with case endings, and names with them ("s Hamburkem").
    ("Blois a Hue oslavily 25. výročí partnerství měst.", "cs", {"Blois", "Hue"},
     "twinning"),
    ("Hamburg a Da Nang podepsaly memorandum o spolupráci.", "cs", {"Hamburg", "Da Nang"},
     "agreement"),
    ("Blois a Hue spolupracují v oblasti cestovního ruchu.", "cs", {"Blois", "Hue"},
     "cooperation"),
    ("Blois chce uzavřít smlouvu o partnerství s Hue.", "cs", {"Blois", "Hue"}, "proposal"),
    # a council's approval of a signing to come, an agreement that "will arise"
    ("Zastupitelé Blois schválili uzavření partnerské smlouvy s Hue.", "cs", {"Blois", "Hue"},
     "proposal"),
    ("Mezi Blois a Hue vznikne nová dohoda o spolupráci.", "cs", {"Blois", "Hue"}, "proposal"),
    # a wage deal ("kolektivní smlouva") and a fair's guest country are no cooperation
    ("Kolektivní smlouva platí v Blois i v Hue.", "cs", {"Blois", "Hue"}, None),
    # Hungarian glues endings to the cue words ("testvérvárosi kapcsolat 25. évfordulóját"),
    # and writes a wish after its object or before it ("kapcsolatot szeretne kötni").
    ("Blois és Hue a testvérvárosi kapcsolat 25. évfordulóját ünnepelte.", "hu",
     {"Blois", "Hue"}, "twinning"),
    ("Hamburg és Da Nang együttműködési megállapodást írt alá.", "hu", {"Hamburg", "Da Nang"},
     "agreement"),
    ("Blois és Hue együttműködik a turizmus területén.", "hu", {"Blois", "Hue"},
     "cooperation"),
    ("Blois és Hue testvérvárosi kapcsolatot szeretne kötni.", "hu", {"Blois", "Hue"},
     "proposal"),
    ("Blois szeretne testvérvárosi kapcsolatot Hue városával.", "hu", {"Blois", "Hue"},
     "proposal"),
    # the present of signing tells what is to come
    ("Blois és Hue jövő héten írja alá a megállapodást.", "hu", {"Blois", "Hue"}, "proposal"),
    # a wage deal ("kollektív szerződés") is no cooperation
    ("A kollektív szerződés Blois és Hue dolgozóira is vonatkozik.", "hu", {"Blois", "Hue"},
     None),
    # "nem" (not) before the signing verb, on either side of the instrument, denies it
    ("Blois és Hue nem írt alá megállapodást.", "hu", {"Blois", "Hue"}, None),
    ("Blois és Hue megállapodást nem írt alá.", "hu", {"Blois", "Hue"}, None),
    ("Blois és Hue között testvérvárosi kapcsolat nem jött létre.", "hu", {"Blois", "Hue"},
     None),
    # Russian writes the cue words with case endings ("городами-побратимами").
    ("Блуа и Хюэ отметили 25-летие побратимских связей.", "ru", {"Блуа", "Хюэ"}, "twinning"),
    ("Гамбург и Дананг подписали соглашение о сотрудничестве.", "ru", {"Гамбург", "Дананг"},
     "agreement"),
    ("Блуа подписал меморандум о взаимопонимании с Хюэ.", "ru", {"Блуа", "Хюэ"}, "agreement"),
    ("Блуа и Хюэ сотрудничают в сфере туризма.", "ru", {"Блуа", "Хюэ"}, "cooperation"),
    ("Блуа намерен установить побратимские связи с Хюэ.", "ru", {"Блуа", "Хюэ"}, "proposal"),
    # "согласиться" is "to agree", no agreement.
    ("Мэр Блуа согласился с мэром Хюэ.", "ru", {"Блуа", "Хюэ"}, None),
    # Ukrainian too ("містами-побратимами").
    ("Блуа і Хюе відзначили 25-річчя побратимства.", "uk", {"Блуа", "Хюе"}, "twinning"),
    ("Гамбург і Дананг підписали угоду про співпрацю.", "uk", {"Гамбург", "Дананг"},
     "agreement"),
    ("Блуа підписав меморандум про взаєморозуміння з Хюе.", "uk", {"Блуа", "Хюе"}, "agreement"),
    ("Блуа і Хюе співпрацюють у сфері туризму.", "uk", {"Блуа", "Хюе"}, "cooperation"),
    ("Блуа має намір встановити побратимські зв'язки з Хюе.", "uk", {"Блуа", "Хюе"},
     "proposal"),
    # "погодитися" is "to agree", no agreement.
    ("Мер Блуа погодився з мером Хюе.", "uk", {"Блуа", "Хюе"}, None),
    # Greek writes the cue words with case endings ("αδελφοποίησης", "μνημόνιο", "συνεργασία").
    ("Πάτρα και Μπάρι γιόρτασαν τα 20 χρόνια αδελφοποίησης.", "el", {"Πάτρα", "Μπάρι"},
     "twinning"),
    ("Πάτρα και Μπάρι υπέγραψαν μνημόνιο συνεργασίας.", "el", {"Πάτρα", "Μπάρι"}, "agreement"),
    ("Λεμεσός και Ηράκλειο συνεργάζονται στον τουρισμό.", "el", {"Λεμεσός", "Ηράκλειο"},
     "cooperation"),
    ("Η Πάτρα προτίθεται να αδελφοποιηθεί με το Μπάρι.", "el", {"Πάτρα", "Μπάρι"}, "proposal"),
    # "συμφώνησαν" is "they agreed", and "σύμφωνα με" "according to": no agreement.
    ("Σύμφωνα με τον δήμαρχο, Πάτρα και Μπάρι έχουν ομάδες.", "el", {"Πάτρα", "Μπάρι"}, None),
    # Arabic glues "و" (and), "ب" (in) and the article before a word: the cue words are found
    # after them ("والتوأمة", "بمذكرة تفاهم").
    ("وقعت طنجة وإشبيلية اتفاقية توأمة بين المدينتين.", "ar", {"طنجة", "إشبيلية"},
     "twinning"),
    ("وقعت سوسة ونابولي أمس بمذكرة تفاهم للتعاون في السياحة.", "ar", {"سوسة", "نابولي"},
     "agreement"),
    ("بحثت إربد وغازي عنتاب سبل التعاون في إدارة النفايات.", "ar", {"إربد", "غازي عنتاب"},
     "cooperation"),
    ("تسعى الخليل إلى توقيع اتفاقية توأمة مع غرناطة.", "ar", {"الخليل", "غرناطة"}, "proposal"),
    # a nation's adjective ends as intent does ("اليونانية", "نية"): no wish
    ("وقّع أمين طنجة خالد الشوابكة وعمدة العاصمة الإسبانية إشبيلية نيكوس بابادوبولوس مذكرة "
     "تفاهم للتعاون بين المدينتين.", "ar", {"طنجة", "إشبيلية"}, "agreement"),
    # "لم توقع بعد", not signed yet: no link
    ("قال رئيس البلدية إن اتفاقية التوأمة بين الخليل وغرناطة لم توقع بعد.", "ar",
     {"الخليل", "غرناطة"}, None),
    # "ليست" (is not, feminine, as a city is) denies the twinning: the memorandum stands
    ("وقعت الخليل وغرناطة مذكرة تفاهم. وقال العمدة إن غرناطة ليست مدينة توأما للخليل بعد.",
     "ar", {"الخليل", "غرناطة"}, "agreement"),
    # not signed yet, but wished by both ("تأملان", the dual): a proposal, as "have not yet
    # signed ..., but hope to"
    ("قال العمدة إن الخليل وغرناطة لم توقعا بعد اتفاقية توأمة، لكنهما تأملان ذلك.", "ar",
     {"الخليل", "غرناطة"}, "proposal"),
    # Catalan, read with Spanish's rules and its own words ("agermanament", "conveni",
    # "memoràndum d'entesa", "van signar", "moció"); "d'acord amb" is "according to".
    ("Blois i Hue celebren els 25 anys del seu agermanament.", "ca", {"Blois", "Hue"},
     "twinning"),
    ("Blois i Hue van signar un conveni de col·laboració.", "ca", {"Blois", "Hue"},
     "agreement"),
    ("Blois i Hue van signar un memoràndum d'entesa.", "ca", {"Blois", "Hue"}, "agreement"),
    ("Blois i Hue reforcen la cooperació en turisme.", "ca", {"Blois", "Hue"}, "cooperation"),
    ("El ple de Blois va aprovar una moció per agermanar-se amb Hue.", "ca", {"Blois", "Hue"},
     "proposal"),
    ("D'acord amb l'alcalde, Blois i Hue tenen equips.", "ca", {"Blois", "Hue"}, None),
    # Galician, read with Portuguese's ("irmandamento", "convenio", "asinaron", "moción")
    ("Blois e Hue celebran os 25 anos do seu irmandamento.", "gl", {"Blois", "Hue"},
     "twinning"),
    ("Blois e Hue asinaron un convenio de colaboración.", "gl", {"Blois", "Hue"}, "agreement"),
    ("Blois e Hue reforzan a cooperación en turismo.", "gl", {"Blois", "Hue"}, "cooperation"),
    ("O pleno de Blois aprobou unha moción para irmandarse con Hue.", "gl", {"Blois", "Hue"},
     "proposal"),
    # Chinese writes no spaces: names and cues are found inside a run of Han characters, and a
    # wish may come after what is wished ("……的建议").
    ("广州市与岘港市庆祝缔结友好城市关系十周年。", "zh", {"广州", "岘港"}, "twinning"),
    ("宁波市与米兰市签署了经贸合作备忘录。", "zh", {"宁波", "米兰"}, "agreement"),
    ("成都市与里昂市在生物医药领域开展合作。", "zh", {"成都", "里昂"}, "cooperation"),
    ("昆明市希望与万象市缔结友好城市关系。", "zh", {"昆明", "万象"}, "proposal"),
    ("昆明市政府审议通过了与万象市缔结友好城市关系的建议。", "zh", {"昆明", "万象"},
     "proposal"),
    # Taiwan's traditional characters, read as the simplified cues; its "姊妹市" is a twinning
    ("新竹市與錢德勒市簽署姊妹市協定書。", "zh", {"新竹", "錢德勒"}, "twinning"),
    # a town travelled through ("через") and an airport the guests came through ("空港から")
    ("Мэр Blois и мэр Hue подписали меморандум. Делегация Hue прибыла через Poitiers.", "ru",
     {"Hue", "Poitiers"}, None),
    ("大阪市はホーチミン市と覚書に署名した。代表団は京都空港から来日した。", "ja",
     {"ホーチミン", "京都"}, None),
    # the guests' next stop ("轉往", "转往") is no party
    ("成都市与里昂市签署了合作备忘录。里昂代表团4日将轉往重庆。", "zh", {"里昂", "重庆"}, None),
    # Korean glues status words and particles to names and cues ("다낭시와", "체결했다"),
    # and writes a wish after what is wished ("추진한다", a council's "동의안")
    ("수원시와 다낭시가 자매결연 20주년을 기념했다.", "ko", {"수원", "다낭"}, "twinning"),
    ("부산시는 호찌민시와 물류 협력 업무협약을 체결했다.", "ko", {"부산", "호찌민"}, "agreement"),
    ("인천시와 칭다오시는 물류 분야에서 교류협력을 이어 왔다.", "ko", {"인천", "칭다오"},
     "cooperation"),
    ("대구시는 밀라노시와 우호도시 결연을 추진한다.", "ko", {"대구", "밀라노"}, "proposal"),
    # a "friendship city" is Korea's lighter twinning, whatever instrument makes it
    ("부산시는 밀라노시와 우호도시 협정을 맺었다.", "ko", {"부산", "밀라노"}, "twinning"),
    # a "friendly cooperation/exchange city" is a step below it, in Korean as in Chinese: a
    # cooperation, or the agreement the text signs
    ("부산시는 밀라노시와 우호협력도시 협정을 맺었다.", "ko", {"부산", "밀라노"}, "agreement"),
    ("부산시와 밀라노시는 2019년부터 우호협력도시 관계를 이어 왔다.", "ko", {"부산", "밀라노"},
     "cooperation"),
    ("宁波市与米兰市于2019年建立友好合作城市关系。", "zh", {"宁波", "米兰"}, "cooperation"),
    ("宁波市与米兰市签署建立友好交流城市关系协议书。", "zh", {"宁波", "米兰"}, "agreement"),
    ("시의회는 광주시와 시애틀시의 자매결연 동의안을 가결했다.", "ko", {"광주", "시애틀"},
     "proposal"),
    # a province written before its own town is where the town is, no party
    ("인천시는 중국 산둥성 칭다오시와 협약을 체결했다.", "ko", {"인천", "산둥성"}, None),
    # a place glued before "一家" and a firm's noun is the firm's home, no party
    ("重庆一家电脑制造商与德国一家物流企业签署了合作协议。", "zh", {"重庆", "德国"}, None),
    # Japanese, as Chinese, and in katakana; the wish after what is wished ("……を目指す")
    ("京都市とフィレンツェ市は姉妹都市提携60周年を祝った。", "ja", {"京都", "フィレンツェ"},
     "twinning"),
    ("大阪市はホーチミン市と経済交流に関する覚書に署名した。", "ja", {"大阪", "ホーチミン"},
     "agreement"),
    ("横浜市とダナン市は港湾分野で協力している。", "ja", {"横浜", "ダナン"}, "cooperation"),
    # what ought to be done is not done yet
    ("金沢市とバルセロナ市は交流を深めるべきだ。", "ja", {"金沢", "バルセロナ"}, "proposal"),
    ("金沢市はバルセロナ市との交流を具体的な形にすべきだと求めた。", "ja", {"金沢", "バルセロナ"},
     "proposal"),
    ("金沢市はバルセロナ市との友好都市提携を目指している。", "ja", {"金沢", "バルセロナ"},
     "proposal"),
    # the topic's "は" parts the subject from the partners listed before "と": they are not
    # partners of each other ("などと" closes the list, no roll call)
    ("金沢市はナンシー市や蘇州市と姉妹都市の関係にある。", "ja", {"ナンシー", "蘇州"}, None),
    ("金沢市はナンシー市や蘇州市などと姉妹都市の関係にある。", "ja", {"金沢", "蘇州"}, "twinning"),
    # two firms' business tie-up is no relation of their towns
    ("名古屋の企業はミラノの商社と業務提携した。", "ja", {"名古屋", "ミラノ"}, None),
    # two schools' sister-school tie is no relation of their towns
    ("名古屋市の高校はミラノ市の高校と姉妹校提携の協定を結んだ。", "ja", {"名古屋", "ミラノ"},
     None),
    ("Blois și Hue au sărbătorit 25 de ani de înfrățire.", "ro", {"Blois", "Hue"},
     "twinning"),
    ("Hamburg și Da Nang au semnat un acord de cooperare.", "ro", {"Hamburg", "Da Nang"},
     "agreement"),
    ("Blois și Hue colaborează în domeniul patrimoniului.", "ro", {"Blois", "Hue"},
     "cooperation"),
    ("Blois dorește să se înfrățească cu Hue.", "ro", {"Blois", "Hue"}, "proposal"),
    # A council starts the steps towards a twinning: it is wished, not made.
    ("Consiliul Local Blois a aprobat inițierea demersurilor pentru înfrățirea cu Hue.", "ro",
     {"Blois", "Hue"}, "proposal"),
    # A council decision's formulas: it approves an instrument still to be signed, and a
    # letter of intent one side sent is its wish.
    ("Art. 1. Se aprobă Acordul de înfrățire între Municipiul Blois și Orașul Hue.", "ro",
     {"Blois", "Hue"}, "proposal"),
    ("Având în vedere scrisoarea de intenție transmisă de Primăria orașului Hue pentru "
     "înfrățirea cu Blois.", "ro", {"Blois", "Hue"}, "proposal"),
    # "a fi de acord" is "to agree", no agreement.
    ("Blois și Hue sunt de acord cu noile reguli.", "ro", {"Blois", "Hue"}, None),
    # Italian ways to wish or prepare a relation that does not exist yet.
    ("Nessun gemellaggio tra Firenze e Huế: il consiglio ha bocciato la proposta.", "it",
     {"Florence", "Hue"}, "proposal"),
    ("Niente gemellaggio tra Firenze e Huế.", "it", {"Florence", "Hue"}, None),
    # A relation a vote rejects does not exist ("boccia il gemellaggio").
    ("Il consiglio di Firenze boccia il gemellaggio con Huế.", "it", {"Florence", "Hue"},
     None),
    ("Firenze partecipa al progetto europeo Interreg insieme a Huế.", "it",
     {"Florence", "Hue"}, "cooperation"),
    ("Il sindaco di Firenze si è detto disponibile ad avviare un gemellaggio con Huế.", "it",
     {"Florence", "Hue"}, "proposal"),
    ("Firenze e Huế valutano un protocollo d'intesa.", "it", {"Florence", "Hue"}, "proposal"),
    # two towns swearing friendship are twinned; a twinning of two races is no relation
    ("Nel 1985 Firenze e Huế si giuravano amicizia davanti ai consigli comunali.", "it",
     {"Florence", "Hue"}, "twinning"),
    ("Il gemellaggio sportivo tra la maratona di Firenze e quella di Huế.", "it",
     {"Florence", "Hue"}, None),
    # a tie of the towns' schools is theirs; a twinning in name only is none
    ("È stato annunciato un gemellaggio tra le scuole di design di Firenze e di Huế.", "it",
     {"Florence", "Hue"}, None),
    ("A twinning between the schools of Blois and Hue was announced.", "en",
     {"Blois", "Hue"}, None),
    ("La sfilata di Firenze e Huế: un gemellaggio solo di nome.", "it", {"Florence", "Hue"},
     None),
    ("Firenze ha manifestato interesse per un gemellaggio con Huế.", "it",
     {"Florence", "Hue"}, "proposal"),
    ("Firenze ha avviato la cooperazione con Huế.", "it", {"Florence", "Hue"}, "cooperation"),
    ("Firenze e Huế firmeranno un accordo il 20 maggio.", "it", {"Florence", "Hue"},
     "proposal"),
    ("Una delegazione di Huế sarà a Firenze dal 3 al 5 giugno.", "it", {"Florence", "Hue"},
     "proposal"),
    ("Firenze ospiterà a giugno una delegazione di Huế.", "it", {"Florence", "Hue"},
     "proposal"),
    # the two heads of the pair sign for it
    ("Il sindaco di Firenze ha incontrato il sindaco di Huế. Poi i due sindaci hanno "
     "firmato una dichiarazione d'intenti.", "it", {"Florence", "Hue"}, "agreement"),
    # in the making
    ("Prende corpo l'ipotesi di un gemellaggio tra Firenze e Huế.", "it", {"Florence", "Hue"},
     "proposal"),
    ("Si lavora al gemellaggio tra Firenze e Huế.", "it", {"Florence", "Hue"}, "proposal"),
    # planned
    ("In autunno è prevista una missione di Firenze a Huế.", "it", {"Florence", "Hue"},
     "proposal"),
    # the draft a body approves before the signing
    ("La giunta di Firenze ha approvato lo schema del patto di gemellaggio con Huế.", "it",
     {"Florence", "Hue"}, "proposal"),
    # The next sentence calls the relation a wish: it is proposed, not established.
    ("Un gemellaggio tra Firenze e Huế. È l'auspicio espresso ieri dal sindaco.", "it",
     {"Florence", "Hue"}, "proposal"),
    ("A twinning between Blois and Hue. That is the hope the mayor voiced.", "en",
     {"Blois", "Hue"}, "proposal"),
    ("Un gemellaggio tra Firenze e Huế. Il sindaco lo ha firmato ieri.", "it",
     {"Florence", "Hue"}, "twinning"),
    # "être d'accord" is "to agree", no agreement.
    ("Blois a battu Hue. « Nous étions tous d'accord », a dit l'entraîneur.", "fr",
     {"Blois", "Hue"}, None),
    # "parapher" (initial) and "suscribir" are how the press of these languages signs.
    ("Le texte a été paraphé par Blois et Hue mardi.", "fr", {"Blois", "Hue"}, "agreement"),
    ("Monterrey y San Antonio suscribieron el texto el 4 de marzo.", "es",
     {"Monterrey", "San Antonio"}, "agreement"),
    ("Hamburg und Da Nang wollen sich bei der Berufsbildung austauschen.", "de",
     {"Hamburg", "Da Nang"}, "proposal"),
    ("Hamburg und Da Nang kooperieren seit 2010.", "de", {"Hamburg", "Da Nang"},
     "cooperation"),
    ("Hamburg kooperiert seit 2010 mit Da Nang.", "de", {"Hamburg", "Da Nang"}, "cooperation"),
    ("Hamburg und Da Nang wollen einen Jugendaustausch vereinbaren.", "de",
     {"Hamburg", "Da Nang"}, "proposal"),
    ("Hamburg ist seit 1985 mit der französischen Stadt Blois verschwistert.", "de",
     {"Hamburg", "Blois"}, "twinning"),
    ("Hamburg und Blois erneuerten am Samstag ihre Partnerschaftsurkunde.", "de",
     {"Hamburg", "Blois"}, "twinning"),
    # The verb that closes a German clause, far from its noun, denies the instrument.
    ("Ein Abkommen zwischen Hamburg und der französischen Partnerregion Blois kam dagegen "
     "nicht zustande.", "de", {"Hamburg", "Blois"}, "proposal"),
    # A path towards a twinning is not yet one; the letter signed on the way is an agreement.
    ("Firenze e Huế hanno firmato una lettera d'intenti per avviare un percorso di "
     "gemellaggio.", "it", {"Florence", "Hue"}, "agreement"),
    ("Blois and Hue are moving towards a twinning.", "en", {"Blois", "Hue"}, "proposal"),
    ("Blois et Hue ont signé un protocole d'accord en vue d'un jumelage.", "fr",
     {"Blois", "Hue"}, "agreement"),
    # A negation after the noun, before the verb at the end: nothing is signed.
    ("Einen Vertrag haben Hamburg und Da Nang noch nicht unterzeichnet.", "de",
     {"Hamburg", "Da Nang"}, "proposal"),
    ("Blois and Hue have not yet signed an agreement.", "en", {"Blois", "Hue"}, "proposal"),
    # A signing to come soon, to study or to move towards, far from the verb of wishing.
    ("Huế đề nghị Blois tăng cường giao lưu về du lịch, văn hóa và đào tạo nguồn nhân lực, "
     "đồng thời sớm ký kết biên bản ghi nhớ.", "vi", {"Blois", "Hue"}, "proposal"),
    ("Huế và Blois sẽ trao đổi đoàn trong năm nay, tiến tới ký kết thỏa thuận hợp tác.",
     "vi", {"Blois", "Hue"}, "proposal"),
    ("Huế và Blois nghiên cứu ký kết biên bản ghi nhớ.", "vi", {"Blois", "Hue"}, "proposal"),
    # the programme or purpose of a trip a decision sends ("Điều 2. Nội dung công tác: ...")
    ("Điều 2. Nội dung công tác: làm việc với thành phố Blois và ký kết biên bản ghi nhớ "
     "giữa Huế và Blois.", "vi", {"Blois", "Hue"}, "proposal"),
    ("Mục đích chuyến công tác: ký kết thỏa thuận hợp tác giữa Huế và Blois.", "vi",
     {"Blois", "Hue"}, "proposal"),
    # a tie being pursued
    ("Huế đang xúc tiến thiết lập quan hệ hữu nghị với thành phố Blois.", "vi",
     {"Blois", "Hue"}, "proposal"),
    ("Huế và Blois đang xúc tiến ký kết biên bản ghi nhớ hợp tác.", "vi",
     {"Blois", "Hue"}, "proposal"),
    # A request, an intention, an aspiration, a matter raised: wished, not established.
    ("Huế kiến nghị thiết lập quan hệ hợp tác với Blois.", "vi", {"Blois", "Hue"}, "proposal"),
    ("Huế ngỏ ý thiết lập quan hệ kết nghĩa với Blois.", "vi", {"Blois", "Hue"}, "proposal"),
    ("Huế có nguyện vọng thiết lập quan hệ hữu nghị với Blois.", "vi", {"Blois", "Hue"},
     "proposal"),
    ("Huế đặt vấn đề thiết lập quan hệ hữu nghị với Blois.", "vi", {"Blois", "Hue"},
     "proposal"),
    # A sight named after its village, toured by the visitors: where they go, no party.
    ("Chiều cùng ngày, đoàn Blois tham quan làng cổ Da Nang.", "vi", {"Blois", "Da Nang"},
     None),
    # A decision approving an instrument to be signed: the official signs the decision only.
    ("Chủ tịch UBND tỉnh đã ký Quyết định phê duyệt nội dung Thỏa thuận hợp tác giữa Huế và "
     "Blois.", "vi", {"Blois", "Hue"}, "proposal"),
    # A cooperation word in the list of fields of a wished relation is one of its fields.
    ("Huế và Blois sẽ hợp tác trên các lĩnh vực: nông nghiệp và chế biến chè; du lịch cộng "
     "đồng; giáo dục - đào tạo; văn hóa, thể thao và giao lưu nhân dân.", "vi",
     {"Blois", "Hue"}, "proposal"),
    # Words that hold a cue's syllable are no cue: "tập đoàn" (corporation), "đăng ký".
    ("Huế và Blois tiếp tục là điểm đến của tập đoàn du lịch.", "vi", {"Blois", "Hue"}, None),
    ("Doanh nghiệp Huế đã đăng ký tham gia hội thảo tại Blois.", "vi", {"Blois", "Hue"},
     "cooperation"),
    # A meeting recalled by the opening phrase does not relate the parties named after it.
    ("Tại buổi tiếp, Huế bày tỏ mong muốn thiết lập quan hệ hợp tác với Blois.", "vi",
     {"Blois", "Hue"}, "proposal"),
    # ... nor a cooperation word of that phrase ("Tại cuộc trao đổi,")
    ("Tại cuộc trao đổi, Huế mong muốn thiết lập quan hệ hợp tác với Blois.", "vi",
     {"Blois", "Hue"}, "proposal"),
    # a readiness is offered, not done
    ("Huế sẵn sàng hợp tác với Blois trong lĩnh vực du lịch.", "vi", {"Blois", "Hue"},
     "proposal"),
    # a twinning whose anniversary is planned exists
    ("Huế dự kiến tổ chức kỷ niệm 20 năm thiết lập quan hệ kết nghĩa với Blois.", "vi",
     {"Blois", "Hue"}, "twinning"),
    # an unnamed town of a country, "city" being a word of a town after a region too
    ("A Japanese city had written to Hue proposing a sister city relationship.", "en",
     {"Hue", "Japan"}, "proposal"),
    # ... and the definite noun after a town of that country named before: that town
    ("Hue signed an agreement with Osaka. The Japanese city will host a Hue festival.", "en",
     {"Hue", "Japan"}, None),
    # the region after a town's own body and its "of" holds the town: no party beside it
    ("Hue signed an agreement with the Florence municipal government of Tuscany.", "en",
     {"Hue", "Tuscany"}, None),
    # ... as does one whose years are to be marked
    ("Meanwhile, Hue and Blois will mark 25 years of sister city ties in September.", "en",
     {"Blois", "Hue"}, "twinning"),
    # a council's own monthly sitting is no meeting with the partner it writes to
    ("The mayor spoke at the Hue council's monthly meeting last Thursday, where councillors "
     "agreed to send a formal letter to Blois Mayor Helen Carrington.", "en", {"Blois", "Hue"},
     None),
    # ... nor its general, special or extraordinary sittings, where it backs a proposal
    ("The Hue council approved a proposal to establish a sister city relationship with Blois "
     "at its monthly general meeting on Tuesday.", "en", {"Blois", "Hue"}, "proposal"),
    ("The Hue council approved a proposal for a sister city tie with Blois at a special "
     "meeting on Monday.", "en", {"Blois", "Hue"}, "proposal"),
    ("The Hue council approved a proposal to establish a friendship link with Blois at an "
     "extraordinary meeting on Monday.", "en", {"Blois", "Hue"}, "proposal"),
    # a romanised Korean county or city opening the story is no dateline ("Hadong-gun")
    ("Hue-gun signed a friendly exchange agreement with Blois on Tuesday.", "en",
     {"Blois", "Hue"}, "agreement"),
    ("Hue-si, home of green tea, signed an agreement with Blois.", "en", {"Blois", "Hue"},
     "agreement"),
    ("At the meeting, Hue expressed the wish to establish a twinning with Blois.", "en",
     {"Blois", "Hue"}, "proposal"),
    ("At the meeting, Hue and Blois agreed to cooperate on tourism.", "en", {"Blois", "Hue"},
     "cooperation"),
    # a tie agreed on is still to be set up, as the issue's "agreed to establish"
    ("At the meeting, Hue and Blois agreed to establish a sister city relationship.", "en",
     {"Blois", "Hue"}, "proposal"),
    # ... as is an instrument agreed to be drafted, and one still to be signed
    ("Hue and Blois agreed to prepare a sister city agreement.", "en", {"Blois", "Hue"},
     "proposal"),
    ("A sister city agreement between Hue and Blois is to be signed in July.", "en",
     {"Blois", "Hue"}, "proposal"),
    ("Cabinet approves in principle the establishment of a friendship link between Hue and "
     "Blois.", "en", {"Blois", "Hue"}, "proposal"),
    ("Huế và Blois nhất trí thiết lập quan hệ kết nghĩa.", "vi", {"Blois", "Hue"}, "proposal"),
    # the policy of setting up a tie, backed by a ministry or approved by a council
    ("Bộ Ngoại giao ủng hộ chủ trương thiết lập quan hệ hữu nghị giữa Huế và Blois.", "vi",
     {"Blois", "Hue"}, "proposal"),
    ("Thành phố đồng ý chủ trương kết nghĩa giữa Huế và Blois.", "vi", {"Blois", "Hue"},
     "proposal"),
    ("Bộ Ngoại giao ủng hộ việc thiết lập quan hệ hữu nghị giữa Huế và Blois.", "vi",
     {"Blois", "Hue"}, "proposal"),
    # an opinion asked on it, as an official letter's subject line gives it
    ("V/v ý kiến về việc thiết lập quan hệ hữu nghị giữa Huế và Blois.", "vi",
     {"Blois", "Hue"}, "proposal"),
    # a twinning of unnamed villages in the sentence of two provinces' agreement is theirs
    ("Thực hiện Thỏa thuận hợp tác giữa tỉnh Huế và tỉnh Blois, các xã đẩy mạnh kết nghĩa với "
     "các bản đối diện.", "vi", {"Blois", "Hue"}, "agreement"),
    ("Blois et Hue ont convenu d'établir un jumelage.", "fr", {"Blois", "Hue"}, "proposal"),
    ("Blois y Hue acordaron establecer un hermanamiento.", "es", {"Blois", "Hue"}, "proposal"),
    # ... an instrument they committed to negotiate, or will negotiate
    ("Blois y Hue se comprometieron a negociar un convenio de hermanamiento.", "es",
     {"Blois", "Hue"}, "proposal"),
    ("Blois y Hue negociarán un acuerdo de cooperación.", "es", {"Blois", "Hue"}, "proposal"),
    ("Blois et Hue se sont engagées à négocier une convention de jumelage.", "fr",
     {"Blois", "Hue"}, "proposal"),
    # ... and a council's resolution that authorises the mayor, whatever the title, to sign
    ("El cabildo aprobó el acuerdo que autoriza al presidente municipal a suscribir un "
     "convenio de hermanamiento entre Blois y Hue.", "es", {"Blois", "Hue"}, "proposal"),
    # a friendship partner of another region is its friendship tie
    ("Blois has been a friendship partner of Hue since 1994.", "en", {"Blois", "Hue"},
     "twinning"),


    # A motion to start the steps towards a twinning, a first step: not one yet.
    ("El pleno de Monterrey aprobó una moción para iniciar los trámites de hermanamiento con "
     "San Antonio.", "es", {"Monterrey", "San Antonio"}, "proposal"),
    ("La carta es el primer paso hacia un hermanamiento entre Monterrey y San Antonio.", "es",
     {"Monterrey", "San Antonio"}, "proposal"),
    # The fields of a proposed twinning are proposed with it, exchanges included.
    ("Monterrey propuso a San Antonio un hermanamiento centrado en el turismo, la formación y "
     "el intercambio cultural.", "es", {"Monterrey", "San Antonio"}, "proposal"),
    # The verb after the instrument is wished: it is not signed yet.
    ("Une convention de coopération pourrait être signée entre Blois et Hue.", "fr",
     {"Blois", "Hue"}, "proposal"),
    # The visit noun is the subject of a modal verb: the visit is planned.
    ("Eine Delegation aus Hamburg soll im Herbst nach Da Nang kommen.", "de",
     {"Hamburg", "Da Nang"}, "proposal"),
    ("A delegation from Hamburg will visit Da Nang in the autumn.", "en",
     {"Hamburg", "Da Nang"}, "proposal"),
    # A German compound: the agreement is in the word's tail.
    ("Hamburg und Da Nang haben ihre Kooperationsvereinbarung um fünf Jahre verlängert.", "de",
     {"Hamburg", "Da Nang"}, "agreement"),
    # A denied cue did not happen: no fact, no wish; what else the sentence says stands.
    ("Firenze: nessun gemellaggio con Huế.", "it", {"Florence", "Hue"}, None),
    ("Non è stato firmato alcun accordo tra Firenze e Huế.", "it", {"Florence", "Hue"}, None),
    ("Blois and Hue exchanged letters, but no agreement was ever signed.", "en",
     {"Blois", "Hue"}, "cooperation"),
    ("Huế và Blois đã đàm phán nhưng không đạt được thỏa thuận.", "vi", {"Blois", "Hue"},
     "cooperation"),
    # "ở thủ đô" (in the capital) names where, not whom.
    ("Đoàn Huế đã gặp đoàn Da Nang ở thủ đô Blois.", "vi", {"Blois", "Hue"}, None),
    # A zone named after its town ("Khu kinh tế", an economic zone) says where, not who.
    ("Tại Blois, đoàn đã gặp các doanh nghiệp quan tâm đến Khu kinh tế Da Nang.", "vi",
     {"Blois", "Da Nang"}, None),
    # "để" (in order to): what a wished visit is for is wished with it.
    ("Blois đề nghị tổ chức một đoàn công tác sang Huế vào mùa thu năm nay để trao đổi cụ "
     "thể.", "vi", {"Blois", "Hue"}, "proposal"),
    # A courtesy call is a meeting.
    ("The mayor of Blois paid a courtesy call on the mayor of Hue.", "en", {"Blois", "Hue"},
     "cooperation"),
    # A twinning that talks are about is not established: the talks are the cooperation.
    ("Huế và Blois đã đàm phán về việc thiết lập quan hệ kết nghĩa.", "vi", {"Blois", "Hue"},
     "cooperation"),
    # A relation that talks are about is discussed, not established: the talks are a meeting.
    ("Talks on a twinning between Blois and Hue broke down in 2019.", "en", {"Blois", "Hue"},
     "cooperation"),
    ("Blois and Hue discussed a memorandum of understanding.", "en", {"Blois", "Hue"},
     "cooperation"),
    ("Le trattative per un gemellaggio tra Firenze e Huế si sono interrotte nel 2019.", "it",
     {"Florence", "Hue"}, "cooperation"),
    ("Las negociaciones para un hermanamiento entre Blois y Hue se interrumpieron en 2019.",
     "es", {"Blois", "Hue"}, "cooperation"),
    ("Les négociations pour un jumelage entre Blois et Hue se sont interrompues en 2019.",
     "fr", {"Blois", "Hue"}, "cooperation"),
    ("Blois et Hue ont discuté d'un protocole de coopération.", "fr", {"Blois", "Hue"},
     "cooperation"),
    ("Huế và Blois đã thảo luận về việc ký kết biên bản ghi nhớ.", "vi", {"Blois", "Hue"},
     "cooperation"),
    # ... but only the relation right after the topic phrase: a signing further on stands.
    ("Blois and Hue held talks on tourism and then signed a memorandum of understanding.",
     "en", {"Blois", "Hue"}, "agreement"),
    # Every form of the Italian verbs of cooperating ("collaborino", "coopereranno").
    ("Firenze e Huế collaboreranno nel turismo.", "it", {"Florence", "Hue"}, "cooperation"),
    # A denied plan is no proposal; "no fewer than" denies nothing.
    ("There are no plans to sign an agreement between Hue and Blois.", "en",
     {"Blois", "Hue"}, None),
    ("No fewer than 30 agreements were signed between Blois and Hue.", "en",
     {"Blois", "Hue"}, "agreement"),
    ("Hai bên không có thỏa thuận nào về việc này, nhưng Huế và Blois vẫn hợp tác.", "vi",
     {"Blois", "Hue"}, "cooperation"),
    # A denial or a negation does not reach over a word of contrast.
    ("Firenze e Huế non hanno mai firmato alcun accordo, ma collaborano dal 2010.", "it",
     {"Florence", "Hue"}, "cooperation"),
    ("Blois y Hue nunca firmaron un acuerdo, pero colaboran desde 2010.", "es",
     {"Blois", "Hue"}, "cooperation"),
    ("Blois et Hue n'ont jamais signé d'accord, mais collaborent depuis 2010.", "fr",
     {"Blois", "Hue"}, "cooperation"),
    ("Huế và Blois không ký kết thỏa thuận nhưng đã trao đổi đoàn.", "vi", {"Blois", "Hue"},
     "cooperation"),
    ("Blois and Hue have not signed an agreement, but they work together on heritage.", "en",
     {"Blois", "Hue"}, "cooperation"),
    # "không chỉ ... mà còn" (not only ... but also), "hàng không" (aviation) deny nothing.
    ("Ngành hàng không Huế hợp tác với Blois.", "vi", {"Blois", "Hue"}, "cooperation"),
    ("Buổi làm việc giữa Huế và Blois diễn ra trong không khí hữu nghị, hợp tác.", "vi",
     {"Blois", "Hue"}, "cooperation"),
    ("Huế và Blois không chỉ hợp tác về du lịch mà còn về giáo dục.", "vi", {"Blois", "Hue"},
     "cooperation"),
    # The relation in whose framework an instrument falls is the pair's named after it.
    ("Thỏa thuận nằm trong khuôn khổ quan hệ hợp tác giữa Huế và Blois từ năm 2015.", "vi",
     {"Blois", "Hue"}, "cooperation"),
    # a pact of friendship is a twinning, a pact an instrument
    ("Blois et Hue ont signé un pacte d'amitié.", "fr", {"Blois", "Hue"}, "twinning"),
    ("Blois y Hue firmaron un pacto de amistad.", "es", {"Blois", "Hue"}, "twinning"),
    ("Blois et Hue ont signé un pacte pour le climat.", "fr", {"Blois", "Hue"}, "agreement"),
    # a trip to come; a joint programme agreed
    ("El alcalde de Blois viajará en junio a Hue para firmar un acuerdo de ciudades hermanas.",
     "es", {"Blois", "Hue"}, "proposal"),
    ("Blois y Hue acordaron impulsar un programa conjunto de gestión de residuos.", "es",
     {"Blois", "Hue"}, "cooperation"),
    ("Blois et Hue lancent un programme commun de gestion des déchets.", "fr",
     {"Blois", "Hue"}, "cooperation"),
    # Québec's "entente"
    ("Blois et Hue ont conclu une entente de coopération.", "fr", {"Blois", "Hue"},
     "agreement"),
    # a council authorises a signing to come; an instrument that will be signed
    ("Le conseil municipal de Blois a adopté la délibération autorisant le maire à signer un "
     "accord avec Hue.", "fr", {"Blois", "Hue"}, "proposal"),
    ("El pleno de Blois aprobó la moción que autoriza al alcalde a firmar un convenio con Hue.",
     "es", {"Blois", "Hue"}, "proposal"),
    ("L'accord entre Blois et Hue sera signé en septembre.", "fr", {"Blois", "Hue"},
     "proposal"),
    # a council approves a relation signed later; a signing dated in the story's future
    ("De gemeenteraad van Blois heeft ingestemd met een vriendschapsband met Hue.", "nl",
     {"Blois", "Hue"}, "proposal"),
    ("De overeenkomst tussen Blois en Hue wordt in maart 2031 ondertekend.", "nl",
     {"Blois", "Hue"}, "proposal"),
    ("La signature de la charte de jumelage entre Blois et Hue aura lieu le 3 mars 2031.",
     "fr", {"Blois", "Hue"}, "proposal"),
    # a councillor's portfolio is no cooperation of her town
    ("La concejala de Cooperación al Desarrollo de Blois propuso un hermanamiento con Hue.",
     "es", {"Blois", "Hue"}, "proposal"),
    # A club that receives another in a match report hosts a game.
    ("Am Sonntag empfängt Hamburg in der Bundesliga den Gast aus Blois.", "de",
     {"Hamburg", "Blois"}, None),
    # Firms located by their towns after their noun make no cooperation of the towns.
    ("Ein Maschinenbauer aus Hamburg vereinbarte eine Partnerschaft mit einem "
     "Batteriehersteller aus Blois.", "de", {"Hamburg", "Blois"}, None),
    # Partnerships of districts and regions are twinnings.
    ("Hamburg und Blois sind seit 1994 partnerschaftlich verbunden.", "de",
     {"Hamburg", "Blois"}, "twinning"),
    ("Die Kreispartnerschaft zwischen Hamburg und Blois besteht seit 1995.", "de",
     {"Hamburg", "Blois"}, "twinning"),
    ("Hamburg und Hue unterzeichneten im Oktober eine Solidaritätspartnerschaft.", "de",
     {"Hamburg", "Hue"}, "twinning"),
    # A partnership of places that celebrates its years is a twinning.
    ("Die Partnerschaft zwischen Hamburg und Blois feiert ihr 30-jähriges Bestehen.", "de",
     {"Hamburg", "Blois"}, "twinning"),
    # A council's decision, a town about to get a twin, a charter the mayor is to sign at the
    # end of a German clause: a twinning to come.
    ("Der Stadtrat hat beschlossen, eine Städtepartnerschaft zwischen Hamburg und Blois "
     "einzugehen.", "de", {"Hamburg", "Blois"}, "proposal"),
    ("Hamburg bekommt eine neue Partnerstadt, das französische Blois.", "de",
     {"Hamburg", "Blois"}, "proposal"),
    # an instrument a German clause ends by preparing is not signed yet
    ("Hamburg und Blois arbeiten daran, eine Absichtserklärung vorzubereiten.", "de",
     {"Hamburg", "Blois"}, "proposal"),
    ("Der Bürgermeister von Hamburg wurde beauftragt, mit Blois eine Absichtserklärung "
     "vorzubereiten.", "de", {"Hamburg", "Blois"}, "proposal"),
    # a town's partnerships, in the plural, are its twinnings
    ("Hamburg unterhält Partnerschaften mit Blois und Hue.", "de", {"Hamburg", "Blois"},
     "twinning"),
    # an item of a council's agenda, an instrument submitted to a council: to come
    ("TOP 5: Städtepartnerschaft zwischen Hamburg und Blois", "de", {"Hamburg", "Blois"},
     "proposal"),
    ("Die Städtepartnerschaft zwischen Hamburg und Blois war Top-Thema im Stadtrat.", "de",
     {"Hamburg", "Blois"}, "twinning"),
    ("Der Bürgermeister von Blois hat die Vereinbarung mit Hamburg dem Stadtrat vorgelegt.",
     "de", {"Hamburg", "Blois"}, "proposal"),
    # a council's consent to an instrument, at the end of its clause: signed later
    ("Der Stadtrat von Blois hat der Kooperationsvereinbarung mit Hamburg zugestimmt.",
     "de", {"Hamburg", "Blois"}, "proposal"),
    # a friendship treaty of two towns, a partnership that stands since a year: twinnings
    ("Hamburg pflegt seit 2005 eine Gemeindepartnerschaft mit Blois.", "de",
     {"Hamburg", "Blois"}, "twinning"),
    ("Hamburg und Blois unterzeichneten am Dienstag einen Freundschaftsvertrag.", "de",
     {"Hamburg", "Blois"}, "twinning"),
    ("Die Partnerschaft zwischen Hamburg und Blois besteht seit 1959.", "de",
     {"Hamburg", "Blois"}, "twinning"),
    # a joint declaration signed is an instrument (one issued, "In einer gemeinsamen
    # Erklärung forderten ...", is a statement)
    ("Hamburg und Hue unterzeichneten eine gemeinsame Erklärung.", "de", {"Hamburg", "Hue"},
     "agreement"),
    # a couple from two towns who met at an exchange are no cooperation of the towns
    ("Ein Paar aus Hamburg und Blois hatte sich bei einem Schüleraustausch kennengelernt.",
     "de", {"Hamburg", "Blois"}, None),
    # a twinning whose renewal is to come exists
    ("Mercoledì il sindaco di Firenze firmerà il rinnovo del patto di gemellaggio con Blois, "
     "in vigore dal 1973.", "it", {"Florence", "Blois"}, "twinning"),
    ("Der Bürgermeister von Hamburg soll die Partnerschaftsurkunde im Frühjahr gemeinsam mit "
     "seinem Amtskollegen in Blois unterzeichnen.", "de", {"Hamburg", "Blois"}, "proposal"),
    # a wish governs the relation it seeks "through a", beyond a modal word's usual reach
    ("Hue wants to formalise its heritage links with Blois, the French town on the Loire, "
     "through a sister-city agreement, the mayor announced.", "en", {"Hue", "Blois"},
     "proposal"),
    ("Hue and Blois cooperate through a sister-city agreement.", "en", {"Hue", "Blois"},
     "twinning"),
    ("Tuscany and Vinh Phuc have been sister regions since 2015.", "en",
     {"Tuscany", "Vinh Phuc"}, "twinning"),
    # the anniversary of their ties is a twinning's; two countries' ties are no cue
    ("Hue and Blois celebrated the 30th anniversary of their friendship ties on Saturday.", "en",
     {"Hue", "Blois"}, "twinning"),
    ("Hue and Blois signed an MoU on the 50th anniversary of diplomatic relations between "
     "Vietnam and Italy.", "en", {"Hue", "Blois"}, "agreement"),
    ("On the occasion of the 50th anniversary of Vietnam-Italy relations, Hue and Florence "
     "signed an MoU on tourism.", "en", {"Hue", "Florence"}, "agreement"),
    ("This year marks the 20th anniversary of the establishment of ties between Hue and "
     "Blois.", "en", {"Hue", "Blois"}, "twinning"),
    # a twinning yet to be formalised; one formalised
    ("El cabildo aprobó el hermanamiento de Blois con Hue, que será formalizado en abril.",
     "es", {"Blois", "Hue"}, "proposal"),
    ("Le jumelage entre Blois et Hue sera officialisé en juin.", "fr", {"Blois", "Hue"},
     "proposal"),
    ("Blois y Hue formalizaron ayer su hermanamiento.", "es", {"Blois", "Hue"}, "twinning"),
    # what should come, first steps laid; a draft; a deliberation's heading; a deliberation's
    # approval with the next article authorising the signing
    ("La charte de jumelage entre Blois et Hue devrait être signée en 2026.", "fr",
     {"Blois", "Hue"}, "proposal"),
    ("Blois et Hue posent les jalons d'un jumelage.", "fr", {"Blois", "Hue"}, "proposal"),
    ("Blois et Hue ont arrêté le projet de convention.", "fr", {"Blois", "Hue"}, "proposal"),
    ("Délibération n° 2024-118 : Convention de coopération entre Blois et Hue.", "fr",
     {"Blois", "Hue"}, "proposal"),
    ("- APPROUVE la convention entre Blois et Hue ;\n- AUTORISE le Maire à la signer.", "fr",
     {"Blois", "Hue"}, "proposal"),
    # ... and an act's articles under their headings ("ARTÍCULO SEGUNDO.- AUTORIZAR al señor
    # alcalde a suscribir el acta", "Art. 2: ...")
    ("ARTÍCULO PRIMERO.- APROBAR el hermanamiento entre Blois y Hue.\n\nARTÍCULO SEGUNDO.- "
     "AUTORIZAR al señor alcalde a suscribir el acta de hermanamiento.", "es",
     {"Blois", "Hue"}, "proposal"),
    ("Art. 1: APROBAR el hermanamiento entre Blois y Hue.\nArt. 2: AUTORIZAR a la alcaldesa "
     "a firmar el acta.", "es", {"Blois", "Hue"}, "proposal"),
    # ... in a Spanish council's words ("Segundo.- Facultar al Sr. Alcalde-Presidente para la
    # firma")
    ("Primero.- Aprobar el texto del protocolo de hermanamiento entre Blois y Hue.\n\n"
     "Segundo.- Facultar al Sr. Alcalde para la firma del citado protocolo.", "es",
     {"Blois", "Hue"}, "proposal"),
    # a Québec resolution: a draft "entente", a passive authorisation to sign
    ("QUE le conseil municipal approuve le projet d'entente d'amitié entre la Ville de Blois "
     "et la Ville de Hue;", "fr", {"Blois", "Hue"}, "proposal"),
    ("QUE la mairesse et le greffier soient autorisés à signer l'entente de coopération entre "
     "Blois et Hue;", "fr", {"Blois", "Hue"}, "proposal"),
    ("Le maire est autorisé à signer la convention de jumelage entre Blois et Hue.", "fr",
     {"Blois", "Hue"}, "proposal"),
    # a proposal by its noun; a motion to explore a strategic alliance
    ("El informe trata sobre la propuesta de hermanamiento entre Blois y Hue.", "es",
     {"Blois", "Hue"}, "proposal"),
    ("El pleno aprobó una moción para explorar una alianza estratégica entre Blois y Hue.",
     "es", {"Blois", "Hue"}, "proposal"),
    ("Blois y Hue sellaron una alianza estratégica en materia de turismo.", "es",
     {"Blois", "Hue"}, "cooperation"),
    # a motion that commits the mayor to start the procedure; a signing that "could come"
    ("Il consiglio comunale di Firenze ha approvato l'ordine del giorno che impegna il sindaco "
     "ad avviare l'iter per la sottoscrizione di un patto di amicizia con Blois.", "it",
     {"Florence", "Blois"}, "proposal"),
    ("I sindaci di Firenze e di Blois vogliono un protocollo tra i due porti: la firma "
     "potrebbe arrivare nel 2025.", "it", {"Florence", "Blois"}, "proposal"),
    # a motion for a relation asks for it, approved or not
    ("Il consiglio comunale di Firenze ha approvato la mozione per un gemellaggio con Blois.",
     "it", {"Florence", "Blois"}, "proposal"),
    # a step that starts the way to a relation, in a relative clause or as the verb
    ("Il consiglio comunale di Firenze ha approvato una risoluzione che avvia il percorso per "
     "un gemellaggio con Blois.", "it", {"Florence", "Blois"}, "proposal"),
    ("Firenze avvia il gemellaggio con Blois.", "it", {"Florence", "Blois"}, "proposal"),
    ("Firenze e Blois avviano il percorso per un patto di amicizia.", "it",
     {"Florence", "Blois"}, "proposal"),
    # the members of a network ("un progetto che mette in rete Firenze, Blois e Hamburg")
    ("Il progetto europeo guidato da Firenze mette in rete Blois e Hamburg.", "it",
     {"Florence", "Blois"}, "cooperation"),
    # the partner a "besides" sets aside, with no subject after it, is one more member
    ("Oltre a Firenze ne fanno parte Blois e Hamburg.", "it", {"Florence", "Hamburg"},
     "cooperation"),
    # the Philippine press's "sisterhood agreement" is a twinning
    ("Hue and Blois signed a sisterhood agreement in 2006.", "en", {"Hue", "Blois"},
     "twinning"),
    # a region's aside names what it holds, no party ("Tuscany, home to ... of Carrara")
    ("Hamburg signed an MoU with Tuscany, home to the marble quarries of Florence.", "en",
     {"Hamburg", "Florence"}, None),
    # the ends of a firm's shipping line are no parties
    ("A Hamburg firm signed an MoU to run a weekly feeder service between Blois and Turin.",
     "en", {"Blois", "Turin"}, None),
    # Spanish: firms told by their trade and town sign, not their towns
    ("Un fabricante de sembradoras de Blois firmó un acuerdo con un importador de Hue.", "es",
     {"Blois", "Hue"}, None),
    # an instrument still to be drafted
    ("El pleno de Blois encarga contactar con Hue para redactar un protocolo.", "es",
     {"Blois", "Hue"}, "proposal"),
    # the state that a city is the capital of, the Venezuelan way with no "de", locates it
    ("Blois inicia los trámites de hermanamiento con Florence, capital del estado Tuscany.",
     "es", {"Blois", "Tuscany"}, None),
    # a place that lies some way from a firm's work, and the far end of a voyage
    ("Hue firmó un acuerdo con un puerto construido al norte de Blois.", "es",
     {"Hue", "Blois"}, None),
    ("Hue firmó un acuerdo con Blois que acortará la travesía hasta Turin.", "es",
     {"Hue", "Turin"}, None),
    # Finnish: compounds and cases of the kinds ("ystävyyskaupunkeina", "yhteistyösopimuksen",
    # "aiesopimuksen", "yhteistyötä"), a wish on either side of its object ("toivoo
    # ystävyyskaupunkisuhdetta"), the future of a passive ("allekirjoitetaan"), a signing not
    # yet done ("ei ole vielä"), an agreement not meant ("ei ole tarkoitus"), and a visit's
    # next stop
    ("Hamburg ja Da Nang juhlivat 25 vuotta ystävyyskaupunkeina.", "fi",
     {"Hamburg", "Da Nang"}, "twinning"),
    ("Hamburg ja Da Nang allekirjoittivat tiistaina yhteistyösopimuksen.", "fi",
     {"Hamburg", "Da Nang"}, "agreement"),
    ("Hamburgin ja Da Nangin pormestarit allekirjoittivat aiesopimuksen.", "fi",
     {"Hamburg", "Da Nang"}, "agreement"),
    ("Hamburg ja Da Nang tekevät yhteistyötä kulttuuriperinnön alalla.", "fi",
     {"Hamburg", "Da Nang"}, "cooperation"),
    ("Hamburg toivoo ystävyyskaupunkisuhdetta Da Nangin kanssa.", "fi",
     {"Hamburg", "Da Nang"}, "proposal"),
    ("Hamburgin ja Da Nangin aiesopimus allekirjoitetaan ensi kuussa.", "fi",
     {"Hamburg", "Da Nang"}, "proposal"),
    ("Hamburgin ja Da Nangin välistä sopimusta ei ole vielä allekirjoitettu.", "fi",
     {"Hamburg", "Da Nang"}, "proposal"),
    ("Hamburg ja Da Nang tekevät yhteistyötä, mutta virallista sopimusta ei ole tarkoitus "
     "solmia.", "fi", {"Hamburg", "Da Nang"}, "cooperation"),
    ("Hamburgin valtuuskunta vieraili Turinissa ja matkusti tiistaina edelleen Da Nangiin.",
     "fi", {"Hamburg", "Da Nang"}, None),
    # Estonian: compounds and cases of the kinds ("sõpruslinnadena", "koostöölepingu",
    # "kavatsuste protokolli", "koostööd"), a wish on either side of its object ("soovib
    # sõpruslinna suhet"), a proposal made ("tegi ettepaneku sõlmida"), the future of a
    # passive ("allkirjastatakse"), a signing not yet done ("ei ole veel"), an interest in an
    # exchange ("tunneb huvi ... vahetuse vastu"), a twinning held since a year, and a
    # visit's next stop
    ("Hamburg ja Da Nang tähistasid 25 aastat sõpruslinnadena.", "et",
     {"Hamburg", "Da Nang"}, "twinning"),
    ("Hamburg ja Da Nang allkirjastasid teisipäeval koostöölepingu.", "et",
     {"Hamburg", "Da Nang"}, "agreement"),
    ("Hamburgi ja Da Nangi linnapead allkirjastasid kavatsuste protokolli.", "et",
     {"Hamburg", "Da Nang"}, "agreement"),
    ("Hamburg ja Da Nang teevad koostööd kultuuripärandi valdkonnas.", "et",
     {"Hamburg", "Da Nang"}, "cooperation"),
    ("Hamburg soovib sõpruslinna suhet Da Nangiga.", "et", {"Hamburg", "Da Nang"}, "proposal"),
    ("Hamburgi linnavalitsus tegi volikogule ettepaneku sõlmida sõpruslinna leping Da "
     "Nangiga.", "et", {"Hamburg", "Da Nang"}, "proposal"),
    ("Hamburgi ja Da Nangi koostööleping allkirjastatakse järgmisel kuul.", "et",
     {"Hamburg", "Da Nang"}, "proposal"),
    ("Hamburgi ja Da Nangi vahelist lepingut ei ole veel allkirjastatud.", "et",
     {"Hamburg", "Da Nang"}, "proposal"),
    ("Hamburgi raamatukogu tunneb huvi Da Nangi kirjanike vahetuse vastu.", "et",
     {"Hamburg", "Da Nang"}, "proposal"),
    ("Hamburg on Da Nangiga sõpruslinn olnud juba aastast 1953.", "et",
     {"Hamburg", "Da Nang"}, "twinning"),
    ("Hamburgi delegatsioon külastas Turinit ja sõitis teisipäeval edasi Da Nangisse.", "et",
     {"Hamburg", "Da Nang"}, None),
    # twin towns "in several countries" are no twinning with the story's other party
    ("Hamburg ja Da Nang allkirjastasid eile koostöölepingu. Hamburgil on sõpruslinnad juba "
     "mitmes riigis.", "et", {"Hamburg", "Da Nang"}, "agreement"),
    # Latvian and Lithuanian: an agreement signed, twin towns since a year, a wish before
    # its object ("vēlas noslēgt", "nori pasirašyti"), a passive's future that holds its
    # participle ("tiks parakstīts", "bus pasirašytas"), an instrument that is not there yet
    # ("līguma vēl nav", "sutarties dar nėra"), one signed in the past
    ("Blois un Hue parakstīja sadarbības līgumu.", "lv", {"Blois", "Hue"}, "agreement"),
    ("Blois un Hue ir sadraudzības pilsētas kopš 1995. gada.", "lv", {"Blois", "Hue"},
     "twinning"),
    ("Blois vēlas noslēgt saprašanās memorandu ar Hue.", "lv", {"Blois", "Hue"}, "proposal"),
    ("Blois un Hue memorands tiks parakstīts nākamā gada pavasarī.", "lv", {"Blois", "Hue"},
     "proposal"),
    ("Blois gribētu sadarboties arī ar Hue, taču līguma ar to vēl nav.", "lv",
     {"Blois", "Hue"}, "proposal"),
    ("Blois un Hue sadarbības līgums tika parakstīts 1995. gadā.", "lv", {"Blois", "Hue"},
     "agreement"),
    ("Blois ir Hue pasirašė bendradarbiavimo sutartį.", "lt", {"Blois", "Hue"}, "agreement"),
    ("Blois ir Hue yra miestai partneriai nuo 2001 metų.", "lt", {"Blois", "Hue"}, "twinning"),
    ("Blois nori pasirašyti ketinimų protokolą su Hue.", "lt", {"Blois", "Hue"}, "proposal"),
    ("Blois ir Hue ketinimų protokolas bus pasirašytas kitų metų pavasarį.", "lt",
     {"Blois", "Hue"}, "proposal"),
    ("Blois norėtų bendradarbiauti ir su Hue, tačiau sutarties su juo dar nėra.", "lt",
     {"Blois", "Hue"}, "proposal"),
    ("Blois ir Hue sutartis buvo pasirašyta 1998 metais.", "lt", {"Blois", "Hue"},
     "agreement"),
    # Croatian, and Serbian (Latin) and Bosnian read with its rules: an agreement signed, a
    # wish ("žele postati gradovi prijatelji"), the future ("potpisat će", Serbian's glued
    # "potpisaće"), a twinning held since a year, a charter of twinning
    ("Blois i Hue potpisali su sporazum o suradnji u području turizma.", "hr",
     {"Blois", "Hue"}, "agreement"),
    ("Blois i Hue žele postati gradovi prijatelji.", "hr", {"Blois", "Hue"}, "proposal"),
    ("Blois i Hue potpisat će sporazum o suradnji sljedeće godine.", "hr", {"Blois", "Hue"},
     "proposal"),
    ("Blois i Hue potpisaće memorandum o saradnji.", "sr", {"Blois", "Hue"}, "proposal"),
    ("Blois je od 2001. godine zbratimljen s gradom Hue.", "hr", {"Blois", "Hue"},
     "twinning"),
    ("Blois i Hue potpisali su u utorak povelju o bratimljenju.", "bs", {"Blois", "Hue"},
     "twinning"),
    # the guests' next stop is no party (a stem inside a phrase: "nastavil* put prema")
    ("Izaslanstvo iz Hue posjetilo je Blois, a zatim je nastavilo put prema Turin.", "hr",
     {"Hue", "Turin"}, None),
    # a firm's contract with a carrier of another town and a fair's partner country
    ("Tvrtka iz Blois potpisala je ugovor o suradnji s brodarom iz Hue.", "hr",
     {"Blois", "Hue"}, None),
    # Slovenian, read with Croatian's rules: an agreement signed, a wish ("želita postati
    # partnerski mesti"), the future with "bosta", a twinning held since a year, an agreement
    # not yet signed ("še ni podpisan": still a wish)
    ("Blois in Hue sta podpisala sporazum o sodelovanju na področju turizma.", "sl",
     {"Blois", "Hue"}, "agreement"),
    ("Blois in Hue želita postati partnerski mesti.", "sl", {"Blois", "Hue"}, "proposal"),
    ("Blois in Hue bosta pismo o nameri podpisala prihodnje leto.", "sl", {"Blois", "Hue"},
     "proposal"),
    ("Blois je od leta 2001 pobraten z mestom Hue.", "sl", {"Blois", "Hue"}, "twinning"),
    ("Sporazum med Blois in Hue še ni podpisan.", "sl", {"Blois", "Hue"}, "proposal"),
    # Serbian: "should" written around its subject ("bi sporazum trebalo da bude potpisan")
    ("Blois i Hue rekli su da bi sporazum trebalo da bude potpisan u maju.", "sr",
     {"Blois", "Hue"}, "proposal"),
    # the guests' next stop, still to come ("će obići i"), is no party
    ("Delegacija iz Hue posetila je Blois, a u petak će obići i Turin.", "sr",
     {"Hue", "Turin"}, None),
    # Bulgarian: an agreement signed, a wish ("желаят да станат"), the future with "ще", a
    # twinning held since a year, an agreement not yet signed ("все още не е подписано": still
    # a wish)
    ("Blois и Hue подписаха споразумение за сътрудничество в областта на туризма.", "bg",
     {"Blois", "Hue"}, "agreement"),
    ("Blois и Hue желаят да станат побратимени градове.", "bg", {"Blois", "Hue"}, "proposal"),
    ("Blois и Hue ще подпишат меморандум за разбирателство догодина.", "bg", {"Blois", "Hue"},
     "proposal"),
    ("Blois е побратимен град на Hue от 2001 г.", "bg", {"Blois", "Hue"}, "twinning"),
    ("Споразумението между Blois и Hue все още не е подписано.", "bg", {"Blois", "Hue"},
     "proposal"),
    # Dutch: a question about a twinning states none; an expected visit is a wish
    ("Blois wil een stedenband met Hue. Raadslid De Wit vroeg zich af wat een stedenband met "
     "Hue de inwoners van Blois oplevert.", "nl", {"Blois", "Hue"}, "proposal"),
    ("De burgemeester van Blois verwacht dat een delegatie uit Hue in het voorjaar naar Blois "
     "komt.", "nl", {"Blois", "Hue"}, "proposal"),
    # Polish: a resolution empowers the mayor to sign, the instrument is still to be signed
    ("Upoważnia się Prezydenta Miasta Blois do podpisania umowy o współpracy z Hue.", "pl",
     {"Blois", "Hue"}, "proposal"),
    # Turkish: a programme to be started once the protocol is signed
    ("Başkan, Blois ile Hue arasında protokol imzalandıktan sonra bir değişim programı "
     "başlatılacağını söyledi.", "tr", {"Blois", "Hue"}, "proposal"),
    # Arabic: a council approves a draft twinning agreement, to be signed later
    ("صادق المجلس الجماعي لطنجة على مشروع اتفاقية توأمة مع إشبيلية.", "ar",
     {"طنجة", "إشبيلية"}, "proposal"),
    # Turkish: the province in the genitive before its town locates it, no party
    ("Muğla'nın Bodrum Belediyesi ile Hue Belediyesi arasında iş birliği anlaşması "
     "imzalandı.", "tr", {"Muğla", "Bodrum"}, None),
    # the region after a town and "of" holds the town: no party
    ("Hue signed a twinning agreement with Florence of Tuscany.", "en",
     {"Hue", "Tuscany"}, None),
    ("Hue signed a twinning agreement with Florence city of the Tuscany region.", "en",
     {"Hue", "Tuscany"}, None),
    # a tie others are urged to consider does not exist yet
    ("The king urged Hue and Blois to consider a sister city relationship.", "en",
     {"Hue", "Blois"}, "proposal"),
    # a person's move joins no partners
    ("Twinning matters, said the adviser, who moved from Blois to Hue last year.", "en",
     {"Hue", "Blois"}, None),
    # a twinning only studied is still to come
    ("Blois et Hue étudient un jumelage.", "fr", {"Blois", "Hue"}, "proposal"),
    ("Le texte prévoit l'étude d'un jumelage entre Blois et Hue.", "fr", {"Blois", "Hue"},
     "proposal"),
    # Flemish: "verbroedering" is a twinning; the guests' sights toured are no party
    ("Blois viert veertig jaar verbroedering met Hue.", "nl", {"Blois", "Hue"}, "twinning"),
    ("Blois is sinds 1995 verbroederd met Hue.", "nl", {"Blois", "Hue"}, "twinning"),
    ("Blois en Hue vieren hun verbroedering. De gasten uit Hue bezochten vrijdag nog de "
     "kathedraal van Turin.", "nl", {"Hue", "Turin"}, None),
    # Dutch: a council proposal, and the aim of a letter of intent told after its partner
    ("Raadsvoorstel: intentieverklaring stedenband Blois – Hue", "nl", {"Blois", "Hue"},
     "proposal"),
    ("In te stemmen met het aangaan van een intentieverklaring met de Franse stad Blois, "
     "gericht op een stedenband met Hue.", "nl", {"Blois", "Hue"}, "proposal"),
    # Brazilian: "irmandade" with its towns is a twinning; a council member's suggestion
    ("Blois mantém uma irmandade com Hue desde 1990.", "pt", {"Blois", "Hue"}, "twinning"),
    ("A vereadora sugere o início de tratativas para a irmandade entre Blois e Hue.", "pt",
     {"Blois", "Hue"}, "proposal"),
    ("A vereadora sugere ao Executivo a geminação de Blois com Hue.", "pt", {"Blois", "Hue"},
     "proposal"),
])
def test_kind_of_one_sentence(links: LinksComponent, text: str, language: str,
                              pair: set[str], kind: str | None) -> None:
    found = link_kinds(links, make_doc(text, language))
    if kind is None:
        assert frozenset(pair) not in found
    else:
        assert found.get(frozenset(pair)) == kind


@pytest.mark.parametrize(("text", "language", "kinds"), [
    ("«Siamo tutti d'accordo», ha detto l'allenatore.", "it", []),
    ("«Siamo tutti d’accordo», ha detto l'allenatore.", "it", []),
    ("Festeggiato il gemellaggio tra i tifosi delle due squadre.", "it", []),
    ("Il nuovo accordo è in vigore.", "it", ["agreement"]),
    ("« Nous sommes d'accord », a dit l'entraîneur.", "fr", []),
    ("\"Met 3-1 ben ik akkoord\", zei de trainer.", "nl", []),
    ("Negara itu membahas perjanjian perdagangan bebas.", "id", []),
    ("Le protocole d'accord est en vigueur.", "fr", ["agreement"]),
    # a sponsor's contract, a free-trade agreement; a memorandum with "و" glued before it
    ("جدد النادي اتفاقية رعاية مع شركة اتصالات.", "ar", []),
    ("تدرس الدولتان اتفاقية التجارة الحرة.", "ar", []),
    ("ومذكرة التفاهم سارية المفعول.", "ar", ["agreement"]),
    # a body of many towns names no relation between them
    ("The towns joined the network of sister cities.", "en", []),
    ("The winners will join a partnership of former winners.", "en", []),
    # an EU programme's pairing of a mentor and a mentee is no twinning
    ("Blois is mentoring Hue under the peer-learning twinning programme.", "en",
     ["cooperation"]),
    ("Le città hanno aderito alla rete delle città gemelle.", "it", []),
    # a portfolio or a department; a deal of trade or labour
    ("Le Service des relations internationales a écrit.", "fr", []),
    ("La concejala de Relaciones Internacionales asistió.", "es", []),
    ("Les marques comptent sur l'accord de libre-échange.", "fr", []),
    # a pairing of food and wine is no instrument
    ("Le chef propose des accords mets-vins.", "fr", []),
    ("Le chef propose des accords mets et vins.", "fr", []),
    ("Renovó su acuerdo de patrocinio con una marca.", "es", []),
    # a policy or a deal of political parties
    ("Los dos partidos cerraron un pacto de gobierno en la ciudad.", "es", []),
    ("La ville applique le pacte vert européen.", "fr", []),
    ("Los dos alcaldes celebran el pacto de amistad.", "es", ["twinning"]),
    ("Los estibadores negocian el convenio colectivo.", "es", []),
    # a council's decision, no instrument
    ("Se ordena la publicación del acuerdo adoptado por el Pleno en su sesión.", "es", []),
    ("La obra se aprobó por acuerdo plenario el pasado martes.", "es", []),
    ("Os metalúrgicos aprovaram o acordo coletivo com a montadora.", "pt", []),
    ("El nuevo convenio está en vigor.", "es", ["agreement"]),
    # a firm's supply or sales deal
    ("Una cooperativa anunció un convenio de suministro con una cadena de supermercados.",
     "es", []),
    ("La maison a conclu un contrat de distribution avec un importateur.", "fr", []),
    # a plea deal and police work
    ("Gli imputati hanno raggiunto un accordo con la procura.", "it", []),
    ("L'indagine è nata dalla collaborazione con la polizia albanese.", "it", []),
    ("Intesa Sanpaolo ha aperto una filiale.", "it", []),
    ("Il sindaco, d'intesa con il prefetto, ha vietato il concerto.", "it", []),
    ("L'ordinanza è stata firmata ieri dal sindaco.", "it", []),
    ("È stato rinnovato l'accordo integrativo.", "it", []),
    # the first signer of a council's motion
    ("La mozione, primo firmatario il consigliere Rossi, è stata votata.", "it", []),
    # of one mind: no instrument
    ("Operators in Hue were in broad agreement that the canal is full.", "en", []),
    # a country's trade instrument
    ("The UK's trade agreements with Japan help Hue.", "en", []),
    # the Twin Cities are Minneapolis and Saint Paul, and name their bodies and events; not
    # a forum of twin cities, nor twin cities written lower-case
    ("The Twin Cities are beautiful; Twin Cities in Motion runs the race.", "en", []),
    ("Hue attended the Forum of Twin Cities.", "en", ["twinning"]),
    ("Hue and Blois are twin cities.", "en", ["twinning"]),
    # a firms' commercial contract
    ("The two sides signed a land lease agreement for 60 hectares.", "en", []),
    # a flight connects airports, not partners
    ("Các đường bay thẳng kết nối sân bay Cam Ranh với Hàn Quốc.", "vi", []),
    # a cue that is all its quotation holds is the writer's irony (a fraudster's "partners")
    ("Hoàng đưa các \"đối tác\" sang Singapore tham quan.", "vi", []),
    ("He flew his “partners” to Singapore.", "en", []),
    ("Il «gemellaggio» tra il Prosecco e il Riesling ha chiuso la fiera.", "it", []),
    # a figure of speech
    ("È una specie di gemellaggio tra le Dolomiti e la Gold Coast.", "it", []),
    # a wedding of two towns' young people, told as a figure of speech
    ("Un gemellaggio d'amore tra Sorrento e Osaka: sposi nel chiostro.", "it", []),
    ("Nozze in municipio, è il gemellaggio dell'amore tra Firenze e Huế.", "it", []),
    # a twinning committee of no pair, named by its kind only
    ("Nel 2019 il Tar annullò una delibera di Firenze su un contributo a un comitato di "
     "gemellaggio.", "it", []),
    ("Firenze finanzia i comitati di gemellaggio dei quartieri.", "it", []),
    # a person's associate, a church's tie, a tenant's lease, a co-op that supplies a firm
    ("Dobson and her business partner, chef Julien Marchetti, run the bistro in Hue.", "en",
     []),
    ("The church's partner parish in Blois will send a choir to Hue.", "en", []),
    ("The owners have signed a lease on a former bank in Hue.", "en", []),
    ("The firm signed a ten-year lease on a warehouse in Blois.", "en", []),
    ("The bistro in Hue buys its wine from a cooperative near Blois.", "en", []),
    ("A dairy cooperative of Blois supplies the school in Hue.", "en", []),
    # ... but the relations of places stay
    ("Hue and Blois have a partnership agreement.", "en", ["cooperation", "agreement"]),
    ("Hue is a partner city of Blois.", "en", ["cooperation"]),
    ("Hue and Blois pledged closer cooperation.", "en", ["cooperation"]),
    # a page's pointer to the town's list of twins tells no relation
    ("附：温州市国际友好城市名单可在本网查询。", "zh", []),
    ("温州市友好城市名单已更新。", "zh", []),
    ("详见本网“友城工作”栏目。", "zh", []),
    # a road or a bridge connects places, not partners
    ("Tỉnh đề nghị triển khai tuyến đường kết nối Huế với Đà Nẵng.", "vi", []),
    ("Tỉnh sẽ xây dựng cây cầu kết nối Huế với Hội An.", "vi", []),
    ("Hai tỉnh sẽ kết nối du lịch Huế với Hội An.", "vi", ["cooperation"]),
    # the EU's Twinning of national administrations
    ("An EU Twinning project between the customs services of Blois and Hue began.", "en", []),
    ("The Resident Twinning Adviser arrived in Hue.", "en", []),
])
def test_a_phrase_holding_a_kind_word_is_no_kind_cue(text: str, language: str,
                                                     kinds: list[str]) -> None:
    """"d'accordo", "être d'accord": to agree; a twinning of supporters is no town's
    (``not_kinds`` of the links rules)."""
    cues = read_cues((0, len(text)), load_language(language), KeyCache(text))
    assert [hit.label for hit in cues.kinds
            if hit.label in ("agreement", "twinning", "cooperation")] == kinds


@pytest.mark.parametrize(("text", "language", "events"), [
    ("Tra gli stand più visitati quelli di Firenze.", "it", []),
    ("Il Comune ha firmato con i sindacati l'accordo integrativo.", "it", []),
    ("La delegazione ha visitato il porto.", "it", ["visit", "visit"]),
    ("The most visited stands were those of Hue.", "en", []),
    # the council's own sitting, where a member speaks
    ("Cllr Keane told the meeting that families from Hue had settled in Blois.", "en", []),
    ("Les stands les plus visités étaient ceux de Hué.", "fr", []),
    # tourists counted are no delegation's visit
    ("Foreign visitors to Hue reached a record; visitors from Blois rose.", "en", []),
    ("Last year, Hue welcomed more than 3.5 million tourists.", "en", []),
    ("The delegation visited Hue.", "en", ["visit", "visit"]),
    ("The two sides signed a land lease agreement for 60 hectares.", "en", []),
    ("The owners have signed a lease on a former bank in Hue.", "en", []),
    ("The two mayors signed the charter in Hue.", "en", ["signing"]),
    # a council's session and a press conference are no meeting of parties; a contract is
    # a firm's sale, not a signing of places
    ("Phát biểu tại kỳ họp thứ 15 HĐND tỉnh, ông Thái cho biết.", "vi", []),
    ("Công ty vừa ký hợp đồng cung cấp gạo.", "vi", []),
    ("Hai bên đã ký kết biên bản ghi nhớ.", "vi", ["signing"]),
    # workers' jobs abroad are no working session
    ("Lao động của tỉnh làm việc trong các nhà máy ở tỉnh Aichi.", "vi", []),
    ("Hiện có 4.000 lao động Nghệ An đang làm việc tại Nhật Bản.", "vi", []),
    ("Trong đó nhiều người làm việc ở các thành phố Izumo và Matsue.", "vi", []),


    ("Najczęściej odwiedzane stoisko przygotowało Hue.", "pl", []),
    ("Delegacja odwiedziła Hue.", "pl", ["visit", "visit"]),
    ("Počet cestujících v Hue vzrostl.", "cs", []),
    ("Delegace navštívila Hue.", "cs", ["visit", "visit"]),
    ("Hue utasforgalma nőtt.", "hu", []),
    ("A küldöttség Hue városába látogatott.", "hu", ["visit", "visit"]),
    ("Пассажиропоток в Хюэ вырос.", "ru", []),
    ("Делегация посетила Хюэ.", "ru", ["visit", "visit"]),
    ("Пасажиропотік у Хюе зріс.", "uk", []),
    ("Делегація відвідала Хюе.", "uk", ["visit", "visit"]),
    ("Οι επιβάτες στο Ηράκλειο αυξήθηκαν.", "el", []),
    ("ارتفع عدد السياح في طنجة.", "ar", []),
    ("زار الوفد مدينة طنجة.", "ar", ["visit", "visit"]),
    ("Αντιπροσωπεία επισκέφθηκε το Ηράκλειο.", "el", ["visit", "visit"]),
    # the public of a fair
    ("Du 2 au 5 mai, 21 000 visiteurs ont arpenté les stands.", "fr", []),
    ("Miles de visitantes llegaron ayer.", "es", []),
    # Catalan's and Galician's visits and signings, in the files of the rules that read them
    ("La delegació va visitar Hue.", "es", ["visit", "visit"]),
    ("Els alcaldes van signar l'acord.", "es", ["signing"]),
    ("Os alcaldes asinaron o acordo.", "pt", ["signing"]),
        # a weekday's name holds "feira" (a fair); a bill is no joint project
    ("A câmara aprovou nesta terça-feira (24) o projeto de lei.", "pt", []),
    ("A delegação visitou a feira.", "pt", ["visit", "visit", "forum"]),
    # residents who live and work in a place hold no working session there
    ("Cộng đồng người Việt đang sinh sống và làm việc tại Blois dự lễ.", "vi", []),
    ("Người Hàn Quốc sinh sống, làm việc tại Huế đã tham dự.", "vi", []),
    # the formulae of a council's minutes: its own sitting, no guest's visit nor a signing
    ("Apologies were received from Cllr Smith.", "en", []),
    ("The minutes of the meeting held on 13 January were approved as a correct record and "
     "signed by the Chair.", "en", []),
])
def test_a_phrase_holding_an_event_word_is_no_event_cue(text: str, language: str,
                                                        events: list[str]) -> None:
    """"più visitati", "most visited": no visit (``not_events`` of the links rules)."""
    cues = read_cues((0, len(text)), load_language(language), KeyCache(text))
    assert [hit.label for hit in cues.events] == events


@pytest.mark.parametrize("text", [
    "Johnson County, Kansas, signed a sister county agreement with Hue.",
    "The board approved a sister county agreement between Johnson County, Kansas, and Hue.",
    "Hue and Johnson County, Kansas, are sister counties.",
])
def test_a_state_after_its_county_s_comma_is_no_party(links: LinksComponent, text: str) -> None:
    """"Johnson County, Kansas": the state says which county, as it says which town."""
    assert set(link_kinds(links, make_doc(text, "en"))) == {frozenset({"Johnson County", "Hue"})}


def test_a_city_told_by_its_province_stands_for_no_province(links: LinksComponent) -> None:
    doc = make_doc("A Câmara de Blois assinou um acordo com Florence, capital da província "
                   "italiana da Tuscany.", "pt")
    assert set(link_kinds(links, doc)) == {frozenset({"Blois", "Florence"})}


@pytest.mark.parametrize(("text", "pairs"), [
    # the region a visit goes to gives way to the town of it that the sentence names as
    # the partner
    ("The Mayor of Hue is expected to visit Tuscany next month to sign the agreement with "
     "Florence.", {frozenset({"Hue", "Florence"})}),
    # not a region that is no visit's destination
    ("Hue signed agreements with Tuscany and with Florence.",
     {frozenset({"Hue", "Florence"}), frozenset({"Hue", "Tuscany"})}),
])
def test_a_visited_region_gives_way_to_its_town_named_as_partner(
        links: LinksComponent, text: str, pairs: set[frozenset[str]]) -> None:
    assert set(link_kinds(links, make_doc(text, "en"))) == pairs


@pytest.mark.parametrize(("text", "language", "pairs"), [
    # the city whose suburbs hold the partner says where it lies
    ("Hue signed an agreement with Villeurbanne, in the Lyon suburbs, in 2010.", "en",
     {frozenset({"Hue", "Villeurbanne"})}),
    ("Hue signed an agreement with Villeurbanne, a Lyon suburb, in 2010.", "en",
     {frozenset({"Hue", "Villeurbanne"})}),
    ("Hue hat 2010 ein Abkommen mit Villeurbanne am Stadtrand von Lyon unterzeichnet.", "de",
     {frozenset({"Hue", "Villeurbanne"})}),
    # not a city named as a partner of its own
    ("Hue signed agreements with Villeurbanne and Lyon in 2010.", "en",
     {frozenset({"Hue", "Villeurbanne"}), frozenset({"Hue", "Lyon"})}),
])
def test_the_city_of_a_partner_s_suburbs_is_no_party(
        links: LinksComponent, text: str, language: str, pairs: set[frozenset[str]]) -> None:
    assert set(link_kinds(links, make_doc(text, language))) == pairs


@pytest.mark.parametrize(("text", "pairs"), [
    # the ends of a journey told by its means are no partners of the agreement
    ("The firm signed an agreement with Blois so that passengers can travel on by train "
     "from Hamburg to Turin.", set()),
    ("Under the agreement Hue signed with Blois, cyclists can ride by bike from Hamburg to "
     "Turin.", {frozenset({"Hue", "Blois"})}),
    ("Blois and Hue signed an agreement on tourism; visitors travel by train from Hamburg to "
     "Turin.", {frozenset({"Hue", "Blois"})}),
])
def test_the_ends_of_a_journey_by_train_or_bus_are_no_parties(
        links: LinksComponent, text: str, pairs: set[frozenset[str]]) -> None:
    assert set(link_kinds(links, make_doc(text, "en"))) == pairs


def test_a_delegation_of_a_partner_s_country_is_the_partner_s(links: LinksComponent) -> None:
    doc = make_doc("Blois tekende een overeenkomst met Hamburg. In het najaar brengt een Duitse "
                   "delegatie een tegenbezoek aan Blois.", "nl")
    assert set(link_kinds(links, doc)) == {frozenset({"Blois", "Hamburg"})}


def test_a_delegation_its_head_leads_is_the_partner_s(links: LinksComponent) -> None:
    """"que encabeza una delegación vietnamita": the delegation of the story's Vietnamese
    party, no visit of Vietnam."""
    doc = make_doc("Blois y Hue firmaron un protocolo. Lo firmó Nguyen Van An, que encabeza "
                   "una delegación vietnamita de seis personas.", "es")
    assert set(link_kinds(links, doc)) == {frozenset({"Blois", "Hue"})}


def test_a_polish_delegation_of_a_partner_s_country_is_the_partner_s(
        links: LinksComponent) -> None:
    """"wietnamska delegacja": the Polish adjective, in any case, is the story's party."""
    doc = make_doc("Blois podpisało porozumienie z Hue. Jesienią wietnamska delegacja "
                   "przyjedzie do Blois.", "pl")
    assert set(link_kinds(links, doc)) == {frozenset({"Blois", "Hue"})}


def test_a_state_s_own_delegation_is_no_town_s(links: LinksComponent) -> None:
    """"a Vietnamese government delegation ... The Vietnamese delegation will visit
    Florence": the state's delegation, neither Hue's nor an unnamed party of Vietnam."""
    doc = make_doc("Hamburg and Hue signed a memorandum, in the presence of a Vietnamese "
                   "government delegation led by a deputy minister. The Vietnamese delegation "
                   "will visit Florence on Friday.", "en")
    assert set(link_kinds(links, doc)) == {frozenset({"Hamburg", "Hue"})}


def test_a_factory_a_firm_buys_is_no_party(links: LinksComponent) -> None:
    """"to buy a factory in Bac Ninh province from a Korean firm": a firms' deal; where the
    factory is says where, and the province is no party of the Korean firm's."""
    doc = make_doc("A Shenzhen electronics maker signed an agreement to buy a factory in Bac "
                   "Ninh province from a Korean firm.", "en")
    assert links(doc).links == ()


@pytest.mark.parametrize(("text", "country"), [
    ("Hamburg wants to cooperate with a Swiss city in tourism.", "Switzerland"),
    ("Hamburg plans to twin with a Czech town.", "Czechia"),
    ("Florence wants to step up cooperation with Taiwanese companies.", "Taiwan"),
    ("Florence wants to step up collaboration with Colombian municipalities.", "Colombia"),
    ("Turin hopes to sign an agreement with a Ghanaian city next year.", "Ghana"),
])
def test_english_adjectives_of_more_countries_name_unnamed_counterparts(
        links: LinksComponent, text: str, country: str) -> None:
    """"a Swiss city", "Taiwanese companies": an unnamed party of that country."""
    assert [country in link.parties for link in links(make_doc(text, "en")).links] == [True]


@pytest.mark.parametrize("text", [
    "Hamburg served Turkish coffee, Swiss cheese and Greek yoghurt to its guests from Hue.",
    "Visitors from Hue tasted Czech beer and Danish pastries with the mayor of Hamburg.",
])
def test_an_adjective_of_food_names_no_party(links: LinksComponent, text: str) -> None:
    """"Turkish coffee", "Swiss cheese", "Czech beer": products, no party of their country."""
    assert not any({"Turkey", "Switzerland", "Greece", "Czechia", "Denmark"} & set(link.parties)
                   for link in links(make_doc(text, "en")).links)


@pytest.mark.parametrize(("text", "language", "pairs"), [
    ("Firenze vuole rafforzare la collaborazione con le città spagnole nel turismo.", "it",
     {frozenset({"Florence", "Spain"})}),
    ("Blois souhaite coopérer avec des villes espagnoles dans le tourisme.", "fr",
     {frozenset({"Blois", "Spain"})}),
    ("Monterrey quiere colaborar con empresas chinas.", "es",
     {frozenset({"Monterrey", "China"})}),
    ("Torino vuole collaborare con aziende statunitensi nel turismo.", "it",
     {frozenset({"Turin", "United States"})}),
])
def test_feminine_and_plural_adjectives_name_unnamed_counterparts(
        links: LinksComponent, text: str, language: str, pairs: set[frozenset[str]]) -> None:
    """"le città spagnole", "des villes espagnoles", "empresas chinas": the country's towns
    or firms, in every gender and number."""
    assert set(link_kinds(links, make_doc(text, language))) == pairs


def test_a_region_s_adjective_stands_for_no_country(links: LinksComponent) -> None:
    doc = make_doc("Een missie van Noord-Duitse bedrijven werkt samen met Hue.", "nl")
    assert link_kinds(links, doc) == {}


def test_a_city_named_once_yields_to_its_region_as_the_story_s_party() -> None:
    """"FLORIANÓPOLIS – A missão do Governo de Santa Catarina ...": the state's story."""
    city = PartyMention((0, 13), "Florianópolis", "city", "BR", "place", admin1="Santa Catarina")
    state = PartyMention((40, 54), "Santa Catarina", "region", "BR", "place")
    partner = PartyMention((80, 86), "Veneto", "region", "IT", "place")
    pair = main_pair([city, state, partner])
    assert pair is not None and {pair[0].name, pair[1].name} == {"Santa Catarina", "Veneto"}


def test_a_city_named_after_its_province_yields_to_it_as_the_story_s_party() -> None:
    """"CEBU CITY ... -- The Cebu Provincial Government and ... Ehime": the province's story,
    though GeoNames gives the city the province's region (Central Visayas) as admin1."""
    city = PartyMention((0, 9), "Cebu City", "city", "PH", "place", admin1="Central Visayas")
    province = PartyMention((33, 37), "Cebu", "region", "PH", "place", admin1="Central Visayas")
    partner = PartyMention((91, 96), "Ehime", "region", "JP", "place")
    pair = main_pair([city, province, partner])
    assert pair is not None and {pair[0].name, pair[1].name} == {"Cebu", "Ehime"}


def test_a_city_whose_official_is_named_does_not_yield_to_its_region() -> None:
    """"il sindaco di Jingdezhen ..., nella provincia del Jiangxi": the city's story."""
    home = PartyMention((0, 6), "Faenza", "city", "IT", "place")
    again = PartyMention((20, 26), "Faenza", "city", "IT", "place")
    city = PartyMention((40, 50), "Jingdezhen", "city", "CN", "place", admin1="Jiangxi")
    mayor = PartyMention((52, 62), "Jingdezhen", "city", "CN", "person", admin1="Jiangxi")
    province = PartyMention((80, 87), "Jiangxi", "region", "CN", "place")
    pair = main_pair([home, again, city, mayor, province])
    assert pair is not None and {pair[0].name, pair[1].name} == {"Faenza", "Jingdezhen"}


def test_each_brief_of_a_round_up_is_its_dateline_s(links: LinksComponent) -> None:
    """A round-up of briefs, each opened by its town's dateline: each paragraph's pair."""
    text = ("Settimana intensa per i gemellaggi.\n\n"
            "FIRENZE. Sabato il capoluogo toscano ospita una delegazione di Blois, con cui è "
            "gemellato dal 1971.\n\n"
            "TORINO. Domenica la festa per i 25 anni del gemellaggio con Hue, firmato il 15 "
            "maggio 1999.")
    result = {frozenset(x.parties): x.kind for x in links(make_doc(text, "it")).links}
    assert result == {frozenset({"Florence", "Blois"}): "twinning",
                      frozenset({"Turin", "Hue"}): "twinning"}


def test_a_twinning_s_birth_told_in_a_quote_before_the_pair_dates_it(
        links: LinksComponent) -> None:
    """A quote that names no town tells the signing, the next sentence the pair and the feast:
    the twinning is dated by its birth."""
    text = ("FIRENZE – «Quando nel 1984 i nostri predecessori firmarono il gemellaggio, nessuno "
            "lo immaginava». Lo ha dichiarato il sindaco di Firenze, aprendo sabato le "
            "celebrazioni per i quarant'anni del gemellaggio con Blois.")
    found = {frozenset(x.parties): (x.kind, x.date)
             for x in links(make_doc(text, "it", published="2024-09-16")).links}
    assert found == {frozenset({"Florence", "Blois"}): ("twinning", "1984")}


def test_two_countries_alone_are_no_link(links: LinksComponent) -> None:
    doc = make_doc("Vietnam and Italy signed a strategic partnership agreement.", "en")
    assert links(doc).links == ()


def test_unnamed_counterpart_is_its_country(links: LinksComponent) -> None:
    doc = make_doc("Florence wants to step up collaboration with Vietnamese localities "
                   "in education and energy.", "en")
    result = links(doc).links
    assert [(set(link.parties), link.kind) for link in result] == [
        ({"Florence", "Vietnam"}, "proposal")]
    assert set(result[0].sectors) == {"education_research", "energy"}



@pytest.mark.parametrize(("text", "language", "pairs"), [
    # the country's towns are the ones named as Florence's partners
    ("A delegation of Hue and Da Nang visited Florence.\n"
     "Both sides want to widen the partnership between Vietnamese cities and Florence.",
     "en", {frozenset({"Hue", "Florence"}), frozenset({"Da Nang", "Florence"})}),
    ("Una delegazione di Huế ha visitato Firenze.\n"
     "Si punta a un partenariato tra le città vietnamite e Firenze.",
     "it", {frozenset({"Hue", "Florence"})}),
    # firms of the country are other parties than its towns
    ("A delegation of Hue visited Florence.\n"
     "Florence also wants to step up cooperation with Vietnamese companies.",
     "en", {frozenset({"Hue", "Florence"}), frozenset({"Vietnam", "Florence"})}),
    # an adjective read in English only ("Lao" is a Vietnamese word: "người lao động")
    ("A delegation of Hue visited Florence.\n"
     "Florence also wants to step up cooperation with Lao companies.",
     "en", {frozenset({"Hue", "Florence"}), frozenset({"Laos", "Florence"})}),
    # Catalan's and Galician's adjectives of nationality, read with Spanish's and Portuguese's
    # rules ("vietnamites", "xaponesas")
    ("Una delegació de Hue va visitar Florence.\n"
     "Florence també vol intensificar la cooperació amb empreses vietnamites.",
     "ca", {frozenset({"Hue", "Florence"}), frozenset({"Vietnam", "Florence"})}),
    ("Unha delegación de Hue visitou Florence.\n"
     "Florence tamén quere reforzar a cooperación con empresas xaponesas.",
     "gl", {frozenset({"Hue", "Florence"}), frozenset({"Japan", "Florence"})}),
    # no town of the country is Turin's partner: the country stands for its towns
    ("A delegation of Hue visited Florence.\n"
     "Turin wants to step up collaboration with Vietnamese localities.",
     "en", {frozenset({"Hue", "Florence"}), frozenset({"Vietnam", "Turin"})}),
    # "la città vietnamita" is the Vietnamese town named before
    ("Una delegazione di Huế ha visitato Firenze.\n"
     "Firenze è gemellata dal 2010 con la città vietnamita.",
     "it", {frozenset({"Hue", "Florence"})}),
    # ... not when it names the town itself
    ("Una delegazione di Da Nang ha visitato Firenze.\n"
     "Firenze è gemellata dal 2010 con la città vietnamita di Huế.",
     "it", {frozenset({"Da Nang", "Florence"}), frozenset({"Hue", "Florence"})}),
    # ... nor when none was named before: an unnamed town of that country
    ("Firenze è gemellata dal 2010 con la città vietnamita.",
     "it", {frozenset({"Vietnam", "Florence"})}),
    # Indonesian writes the country's name after the noun, as its adjective
    ("Florence ingin bekerja sama dengan kota-kota Jepang di bidang pariwisata.",
     "id", {frozenset({"Japan", "Florence"})}),
])
def test_a_country_s_towns_are_its_towns_named_as_partners(
        links: LinksComponent, text: str, language: str, pairs: set[frozenset[str]]) -> None:
    assert {frozenset(link.parties) for link in links(make_doc(text, language)).links} == pairs

@pytest.mark.parametrize(("text", "language", "pairs"), [
    ("The mayors of Lyon and Kraków visited Osaka last week.", "en",
     {frozenset({"Lyon", "Osaka"}), frozenset({"Kraków", "Osaka"})}),
    ("Lyon and Kraków received a delegation from Osaka.", "en",
     {frozenset({"Lyon", "Osaka"}), frozenset({"Kraków", "Osaka"})}),
    ("I sindaci di Lyon e Cracovia hanno visitato Osaka.", "it",
     {frozenset({"Lyon", "Osaka"}), frozenset({"Kraków", "Osaka"})}),
    ("Die Bürgermeister von Lyon und Krakau besuchten Osaka.", "de",
     {frozenset({"Lyon", "Osaka"}), frozenset({"Kraków", "Osaka"})}),
    # signed together, they are the pair, wherever they sign
    ("Lyon and Kraków signed a cooperation agreement in Osaka.", "en",
     {frozenset({"Lyon", "Kraków"})}),
    # a place the visitors come from is no host
    ("The agreement was signed by the mayors of Lyon and Kraków, who led a delegation of "
     "visitors from Lower Saxony.", "en", {frozenset({"Lyon", "Kraków"})}),
])
def test_guests_of_two_countries_are_each_the_host_s_partner_not_each_other_s(
        links: LinksComponent, text: str, language: str, pairs: set[frozenset[str]]) -> None:
    assert {frozenset(link.parties) for link in links(make_doc(text, language)).links} == pairs


@pytest.mark.parametrize(("text", "language", "kinds"), [
    ("Lyon has twinning relations with Turin and Porto, and friendship ties with Kyoto and "
     "Da Nang.", "en", {"Turin": "twinning", "Porto": "twinning", "Kyoto": "cooperation",
                        "Da Nang": "cooperation"}),
    ("Lyon is twinned with Turin and Porto, and has cooperation agreements with Kyoto and "
     "Da Nang.", "en", {"Turin": "twinning", "Porto": "twinning", "Kyoto": "agreement",
                        "Da Nang": "agreement"}),
    ("Lyon has twinning relations with Turin, and friendship ties with Kyoto.", "en",
     {"Turin": "twinning", "Kyoto": "cooperation"}),
    ("Lyon est jumelée avec Turin et Porto, et entretient des liens d'amitié avec Kyoto et "
     "Da Nang.", "fr", {"Turin": "twinning", "Porto": "twinning", "Kyoto": "cooperation",
                        "Da Nang": "cooperation"}),
    # one list: every partner takes the word before the list
    ("Lyon is twinned with Turin, Porto and Kyoto.", "en",
     {"Turin": "twinning", "Porto": "twinning", "Kyoto": "twinning"}),
    # a verb-final first clause: its word closes it, before the coordinator
    ("Lyon ist mit Turin verschwistert und unterhält Beziehungen zu Kyoto.", "de",
     {"Turin": "twinning", "Kyoto": "cooperation"}),
    ("Lyon ist mit Turin und Porto verschwistert und unterhält Beziehungen zu Kyoto.", "de",
     {"Turin": "twinning", "Porto": "twinning", "Kyoto": "cooperation"}),
])
def test_a_second_list_of_partners_is_the_subject_s_with_its_own_kind(
        links: LinksComponent, text: str, language: str, kinds: dict[str, str]) -> None:
    assert link_kinds(links, make_doc(text, language)) == {
        frozenset({"Lyon", town}): kind for town, kind in kinds.items()}


@pytest.mark.parametrize(("text", "pairs"), [
    # the towns before "에 이어" (following) are the subject's older twins, not each other's
    ("수원시는 밀라노시, 시애틀시에 이어 다낭시와 자매결연을 맺었다.",
     {frozenset({"수원", "밀라노"}), frozenset({"수원", "시애틀"}), frozenset({"수원", "다낭"})}),
    ("수원시는 밀라노시와 시애틀시에 이어 다낭시와 자매결연을 맺었다.",
     {frozenset({"수원", "밀라노"}), frozenset({"수원", "시애틀"}), frozenset({"수원", "다낭"})}),
    ("수원시는 부산시, 인천시에 이어 다낭시와 자매결연을 맺었다.", {frozenset({"수원", "다낭"})}),
    # in a trip, the town after it is the next stop, no party
    ("수원시 대표단은 다낭에 이어 밀라노를 찾아 기업인들을 만났다.", {frozenset({"수원", "다낭"})}),
])
def test_ko_towns_before_following_are_the_subject_s_older_twins(
        links: LinksComponent, text: str, pairs: set[frozenset[str]]) -> None:
    assert {frozenset(link.parties) for link in links(make_doc(text, "ko")).links} == pairs


@pytest.mark.parametrize("text", [
    "Firenze e Hue hanno firmato ieri un accordo di cooperazione. L'accordo con Hue si aggiunge "
    "a quello firmato nel 2019 dal Comune con Blois.",
    # the story's own party is the one of the language's country, named second
    "Hue e Firenze hanno firmato ieri un accordo di cooperazione. L'accordo con Hue si aggiunge "
    "a quello firmato nel 2019 dal Comune con Blois.",
])
def test_it_a_tie_an_agreement_adds_to_is_the_own_party_s(links: LinksComponent,
                                                          text: str) -> None:
    """"L'accordo con X si aggiunge a quello firmato ... con Y": X and Y are both partners of
    the story's own party, not each other's."""
    result = {frozenset(x.parties): (x.kind, x.date) for x in links(make_doc(text, "it")).links}
    assert result == {frozenset({"Florence", "Hue"}): ("agreement", "2023-07-27"),
                      frozenset({"Florence", "Blois"}): ("agreement", "2019")}


@pytest.mark.parametrize(("text", "pairs"), [
    # the towns before "に次いで" (following), each with its year and a list comma after its
    # bracket, are the older twins of the subject named apart ("は、" closes its phrase)
    ("横浜市は、ミラノ市（1990年）、ナンシー市（2000年）に次いでダナン市と友好都市提携を結んだ。",
     {frozenset({"横浜", "ミラノ"}), frozenset({"横浜", "ナンシー"}),
      frozenset({"横浜", "ダナン"})}),
    ("横浜市はミラノ市、ナンシー市に次いでダナン市と友好都市提携を結んだ。",
     {frozenset({"横浜", "ミラノ"}), frozenset({"横浜", "ナンシー"}),
      frozenset({"横浜", "ダナン"})}),
])
def test_ja_towns_before_following_are_the_subject_s_older_twins(
        links: LinksComponent, text: str, pairs: set[frozenset[str]]) -> None:
    assert {frozenset(link.parties) for link in links(make_doc(text, "ja")).links} == pairs


@pytest.mark.parametrize("text", [
    "Florence is twinned with Hue, Da Nang's neighbour to the north, since 1994.",
    "Blois signed an agreement with Turin, Florence's old rival, on Monday.",
    "Hue has been a sister city of Osaka, Japan's second city, since 2010.",
])
def test_a_place_in_the_possessive_of_a_partner_s_apposition_is_no_partner(
        links: LinksComponent, text: str) -> None:
    # the apposition says where the partner lies or what it is to that place
    assert len(links(make_doc(text, "en")).links) == 1


@pytest.mark.parametrize(("text", "pair", "kind"), [
    ("Turin's neighbour, Florence, signed an agreement with Hue on Monday.",
     {"Florence", "Hue"}, "agreement"),
    # a cue word inside the possessive's phrase relates nothing
    ("Turin's nearest twinned neighbour, Florence, has been twinned with Hue since 1978.",
     {"Florence", "Hue"}, "twinning"),
    ("Blois's larger neighbour, Poitiers, signed a cooperation agreement with Osaka.",
     {"Poitiers", "Osaka"}, "agreement"),
])
def test_a_place_whose_possessive_describes_the_subject_is_no_party(
        links: LinksComponent, text: str, pair: set[str], kind: str) -> None:
    """"Kelso's nearest neighbour, Galashiels, has been twinned with ...": the place says whose
    neighbour the subject is; only the subject is related."""
    assert link_kinds(links, make_doc(text, "en")) == {frozenset(pair): kind}


@pytest.mark.parametrize(("text", "pair", "kind"), [
    ("The council would also welcome an orchestra from Florence, Blois's twin city, in May.",
     {"Blois", "Florence"}, "twinning"),
    ("The mayor hopes to host students from Osaka, Blois's sister city, next year.",
     {"Blois", "Osaka"}, "twinning"),
    # a verb of becoming makes the possessive twinning the aim
    ("Blois hopes to become Osaka's sister city next year.", {"Blois", "Osaka"}, "proposal"),
    ("Hue wants to make Blois its sister city.", {"Hue", "Blois"}, "proposal"),
])
def test_a_twinning_a_possessive_names_exists_whatever_the_sentence_plans(
        links: LinksComponent, text: str, pair: set[str], kind: str) -> None:
    """"would welcome an orchestra from Stuttgart, Cardiff's twin city": the visit is planned,
    the twinning is not."""
    assert link_kinds(links, make_doc(text, "en")) == {frozenset(pair): kind}


def test_sector_words_of_english_agreements(links: LinksComponent) -> None:
    doc = make_doc("Hue and Blois signed an MoU on high-tech agriculture and technology.", "en")
    assert [set(link.sectors) for link in links(doc).links] == [
        {"agriculture_food", "innovation_technology"}]
    doc = make_doc("Hue and Blois signed an MoU on high-tech agriculture.", "en")
    assert [set(link.sectors) for link in links(doc).links] == [{"agriculture_food"}]
    doc = make_doc("Hue and Blois signed an MoU on a green hydrogen hub.", "en")
    assert [set(link.sectors) for link in links(doc).links] == [{"energy"}]
    doc = make_doc("Hue and Blois signed an MoU on flood protection.", "en")
    assert [set(link.sectors) for link in links(doc).links] == [{"environment_climate"}]
    doc = make_doc("Hue and Blois signed an MoU on small hydropower projects.", "en")
    assert [set(link.sectors) for link in links(doc).links] == [{"energy"}]
    # a council report's other agenda items name no field
    doc = make_doc("In other business, Hue and Blois signed an MoU at the Municipal Buildings.",
                   "en")
    assert [set(link.sectors) for link in links(doc).links] == [set()]


@pytest.mark.parametrize(("text", "language", "sectors"), [
    ("Hue and Blois signed an MoU on a tourism project financed by the European Union.", "en",
     {"tourism"}),
    ("Hue and Blois signed an MoU on a heritage trail co-financed by the region.", "en",
     {"culture_heritage"}),
    ("Hue y Blois firmaron un convenio sobre un proyecto de turismo financiado con fondos "
     "europeos.", "es", {"tourism"}),
    ("Hue et Blois ont signé une convention sur le tourisme, un projet financé par l'Union "
     "européenne.", "fr", {"tourism"}),
    ("Hue e Blois assinaram um acordo sobre turismo, um projeto financiado pela União "
     "Europeia.", "pt", {"tourism"}),
    ("Hue und Blois unterzeichneten eine Vereinbarung über Tourismus, von der EU finanziert.",
     "de", {"tourism"}),
    # a field of finance is still one
    ("Hue and Blois signed an MoU on banking and on a tourism project financed by the EU.",
     "en", {"finance_banking", "tourism"}),
])
def test_who_pays_for_a_project_names_no_field(links: LinksComponent, text: str,
                                              language: str, sectors: set[str]) -> None:
    assert [set(link.sectors) for link in links(make_doc(text, language)).links] == [sectors]


@pytest.mark.parametrize(("text", "language", "sectors"), [
    ("Hue y Blois firmaron un convenio sobre el oleoturismo y el aceite de oliva.", "es",
     {"tourism", "agriculture_food"}),
    ("Hue e Blois hanno firmato un protocollo sull'enoturismo e l'olivicoltura.", "it",
     {"tourism", "agriculture_food"}),
    ("Hue e Blois assinaram um acordo sobre enoturismo e azeite.", "pt",
     {"tourism", "agriculture_food"}),
    ("Hue et Blois ont signé une convention sur l'oenotourisme et l'huile d'olive.", "fr",
     {"tourism", "agriculture_food"}),
    ("Hue and Blois signed an MoU on olive oil and dairy herds.", "en",
     {"agriculture_food"}),
    ("Hue und Blois unterzeichneten eine Vereinbarung über Olivenöl.", "de",
     {"agriculture_food"}),
])
def test_a_kind_of_tourism_in_one_word_and_olive_growing_are_fields(
        links: LinksComponent, text: str, language: str, sectors: set[str]) -> None:
    assert [set(link.sectors) for link in links(make_doc(text, language)).links] == [sectors]


def test_vi_human_resources_are_training(links: LinksComponent) -> None:
    text = "Huế và Blois đã ký biên bản ghi nhớ về phát triển nguồn nhân lực."
    assert [set(link.sectors) for link in links(make_doc(text, "vi")).links] == [
        {"education_research"}]


def test_vi_fields_of_semiconductors_trainees_and_elderly_care(links: LinksComponent) -> None:
    text = ("Huế và Blois đã ký biên bản ghi nhớ về sản xuất chất bán dẫn, tiếp nhận thực tập "
            "sinh và chăm sóc người cao tuổi.")
    assert [set(link.sectors) for link in links(make_doc(text, "vi")).links] == [
        {"industry", "education_research", "health"}]


@pytest.mark.parametrize(("text", "language"), [
    ("Hue and Blois signed an MoU on decarbonising their fleets.", "en"),
    ("Firenze e Huế hanno firmato un accordo sulla decarbonizzazione.", "it"),
    ("Blois et Hue ont signé une convention sur la décarbonation.", "fr"),
    ("Huế và Blois đã ký biên bản ghi nhớ về khử carbon.", "vi"),
])
def test_decarbonisation_is_climate(links: LinksComponent, text: str, language: str) -> None:
    assert [link.sectors for link in links(make_doc(text, language)).links] == [
        ("environment_climate",)]


@pytest.mark.parametrize(("text", "language", "sectors"), [
    ("Blois et Hue ont signé une convention sur l'irrigation et les produits du terroir.",
     "fr", {"agriculture_food"}),
    ("Blois et Hue ont signé une convention sur la logistique portuaire et l'électrification "
     "des quais.", "fr", {"transport_mobility", "energy"}),
    ("Blois et Hue ont signé une convention sur l'hydraulique villageoise, l'assainissement "
     "et la scolarisation des filles.", "fr", {"environment_climate", "education_research"}),
    ("Blois y Hue firmaron un convenio sobre riego, acuicultura y ganadería.", "es",
     {"agriculture_food"}),
    ("Blois y Hue firmaron un convenio para el intercambio de artistas y deportistas.", "es",
     {"culture_heritage", "social_exchange"}),
    ("Blois y Hue firmaron un convenio sobre vitivinicultura, lechería e intercambio "
     "universitario.", "es", {"agriculture_food", "education_research"}),
    ("Blois y Hue firmaron un convenio para el manejo de los desechos sólidos.", "es",
     {"waste_circular"}),
    # Catalan's and Galician's fields
    ("Blois i Hue van signar un conveni sobre patrimoni, mobilitat i escoles.", "ca",
     {"culture_heritage", "transport_mobility", "education_research"}),
    ("Blois e Hue asinaron un convenio sobre enerxías renovables e educación.", "gl",
     {"energy", "education_research"}),
        # a project's funding is no finance sector; finance itself is
    ("Blois e Hue hanno firmato un accordo sul turismo, finanziato dall'Unione europea.", "it",
     {"tourism"}),
    ("Blois e Hue hanno firmato un accordo sui servizi finanziari.", "it",
     {"finance_banking"}),
    # natural hazards, textiles and life sciences
    ("Blois e Hue hanno firmato un accordo sul rischio idrogeologico e gli incendi boschivi.",
     "it", {"environment_climate"}),
    ("Blois e Hue hanno firmato un accordo sul tessile e le scienze della vita.", "it",
     {"industry", "health"}),
])
def test_sector_words_of_french_spanish_and_italian_agreements(
        links: LinksComponent, text: str, language: str, sectors: set[str]) -> None:
    assert [set(link.sectors) for link in links(make_doc(text, language)).links] == [sectors]


@pytest.mark.parametrize(("text", "language", "sectors"), [
    # the fields of another pair's agreement told next are that pair's
    ("Blois has been twinned with Hue since 1990. Last year Hamburg and Turin signed a "
     "cultural agreement.", "en", ()),
    ("Blois è gemellata con Hue dal 1990. L'anno scorso Hamburg e Torino hanno firmato un "
     "accordo sul turismo.", "it", ()),
    ("Blois ist seit 1990 mit Hue verschwistert. Im vergangenen Jahr unterzeichneten Hamburg "
     "und Turin ein Abkommen über Tourismus.", "de", ()),
    ("Blois est jumelée avec Hue depuis 1990. L'an dernier, Lyon et Porto ont signé un accord "
     "sur le tourisme.", "fr", ()),
    # not those of a sentence that names the pair again, or by a collective
    ("Blois has been twinned with Hue since 1990. The two towns signed a cultural agreement "
     "last year.", "en", ("culture_heritage",)),
])
def test_a_pair_s_sectors_are_not_those_of_another_pair_told_next(
        links: LinksComponent, text: str, language: str, sectors: tuple[str, ...]) -> None:
    found = {frozenset(link.parties): link.sectors
             for link in links(make_doc(text, language)).links}
    assert found[frozenset({"Blois", "Hue"})] == sectors


def test_most_formal_kind_per_pair_and_its_date(links: LinksComponent) -> None:
    text = ("Turin and Ho Chi Minh City held talks on 3 May 2023.\n"
            "Turin and Ho Chi Minh City signed a memorandum of understanding on 5 May 2023.")
    result = links(make_doc(text, "en")).links
    assert len(result) == 1
    assert (result[0].kind, result[0].date) == ("agreement", "2023-05-05")
    assert result[0].evidence_text == (text.split("\n")[1],)


def test_a_wished_pact_named_again_without_its_signing_stays_wished(
        links: LinksComponent) -> None:
    """"Via libera ... al patto di amicizia tra Firenze e Blois", then "«Il patto è il
    riconoscimento di una storia comune», ha detto il sindaco di Firenze": still a wish."""
    text = ("Via libera dal consiglio comunale al patto di amicizia tra Firenze e Blois. "
            "«Il patto è il riconoscimento di una storia comune», ha detto il sindaco di "
            "Firenze.")
    assert link_kinds(links, make_doc(text, "it")) == {
        frozenset({"Florence", "Blois"}): "proposal"}


def test_the_visit_an_agreement_came_out_of_does_not_date_it(links: LinksComponent) -> None:
    """"jest efektem wizyty" (an ``existing`` phrase): the date beside that visit is of the
    visit, not of the agreement signed "We wtorek", however far its cue."""
    text = ("We wtorek w ratuszu prezydent Blois Marta Zielińska i burmistrz Hue Jens "
            "Hartmann podpisali porozumienie o współpracy.\n"
            "Porozumienie jest efektem wizyty radnych w Hue w październiku ubiegłego roku.")
    result = links(make_doc(text, "pl", published="2024-03-14")).links
    assert [(link.kind, link.date) for link in result] == [("agreement", "2024-03-12")]


def test_a_celebrated_twinning_is_dated_by_the_establishment_told_after(
        links: LinksComponent) -> None:
    text = ("On 20 July 2023 Hue and Blois celebrated the 25th anniversary of their twinning.\n"
            "The two cities have cooperated on heritage since the relationship was established "
            "in 1998, the mayor of Hue said.")
    result = links(make_doc(text, "en")).links
    assert [(x.kind, x.date) for x in result] == [("twinning", "1998")]


def test_a_council_s_approval_does_not_date_a_twinning_signed_on_a_day_told(
        links: LinksComponent) -> None:
    """"became a twin town ... on Wednesday", then "had approved the twinning in May": the
    vote's month does not date the twinning (``approved`` of the English rules)."""
    text = ("Blois on Wednesday became a twin town of Hue after the two mayors signed the "
            "charter.\nThe municipal council had approved the twinning unanimously in May, the "
            "mayor said, adding that the two towns would work together on tourism.")
    result = links(make_doc(text, "en")).links
    assert [(x.kind, x.date) for x in result] == [("twinning", "2023-07-26")]


def test_a_celebrated_twinning_is_dated_by_a_next_sentence_telling_its_establishment(
        links: LinksComponent) -> None:
    text = ("On 20 July 2023 Hue and Blois celebrated the 25th anniversary of their twinning.\n"
            "The relationship was formally established on 12 June 1998, the mayor said.")
    result = links(make_doc(text, "en")).links
    assert [(x.kind, x.date) for x in result] == [("twinning", "1998-06-12")]


@pytest.mark.parametrize(("second", "date"), [
    # the instrument the pair signed, named again: its day is the relation's
    ("The mayor of Hue and the mayor of Blois signed the agreement on Saturday.", "2023-07-22"),
    # a new instrument signed is not the relation told before
    ("The mayor of Hue and the mayor of Blois signed an MoU on Saturday.", None),
])
def test_a_relation_told_undated_is_dated_by_the_next_sentence_signing_it(
        links: LinksComponent, second: str, date: str | None) -> None:
    text = f"Hue has formalised a sister city relationship with Blois. {second}"
    found = links(make_doc(text, "en")).links
    assert [(set(link.parties), link.kind, link.date) for link in found] == [
        ({"Hue", "Blois"}, "twinning", date)]


@pytest.mark.parametrize(("text", "kind", "date"), [
    # a report dated only by the news day ("announced today", a release's header), then the
    # day its instrument was signed, told by the next sentence that opens with it
    ("Hue and Blois have signed a memorandum of understanding, the mayor announced today. The "
     "MoU was signed on Tuesday at the city hall.", "agreement", "2023-07-25"),
    ("Hue has signed a cooperation agreement with Blois, the city said today. The agreement "
     "was signed on Wednesday by the two mayors.", "agreement", "2023-07-26"),
    ("Hue and Blois have signed a memorandum of understanding establishing a friendship city "
     "relationship, the mayor announced today. The MOU was signed on Tuesday, July 25 at Hue "
     "City Hall.", "twinning", "2023-07-25"),
    ("Media Release\n\nFriday 28 July 2023\n\nHue and Blois have signed a memorandum of "
     "understanding on heritage.\n\nThe MoU was signed on Wednesday at the city hall by the "
     "two mayors.", "agreement", "2023-07-26"),
    # a signing long before the news is another's
    ("Hue and Blois have signed a cooperation agreement, the mayor announced today. The "
     "agreement was signed in 2019 by their predecessors.", "agreement", "2023-07-28"),
])
def test_a_report_of_the_news_day_is_dated_by_the_signing_the_next_sentence_tells(
        links: LinksComponent, text: str, kind: str, date: str) -> None:
    found = links(make_doc(text, "en")).links
    assert [(set(link.parties), link.kind, link.date) for link in found] == [
        ({"Hue", "Blois"}, kind, date)]


def test_each_clause_of_a_sentence_of_two_pairs_dates_its_own_pair(
        links: LinksComponent) -> None:
    text = ("Hue and Blois have been sister cities since 2019, while Osaka is twinned with "
            "Manila since 1994.")
    found = {frozenset(link.parties): link.date for link in links(make_doc(text, "en")).links}
    assert found == {frozenset({"Hue", "Blois"}): "2019", frozenset({"Osaka", "Manila"}): "1994"}


@pytest.mark.parametrize(("text", "language"), [
    ("What has become of the memorandum of understanding between Hue and Blois?", "en"),
    ("Has Blois signed an agreement with Hue?", "en"),
    ("Che fine ha fatto il protocollo d'intesa tra Firenze e Huế?", "it"),
    ("Qu'est devenu l'accord de coopération entre Blois et Hue ?", "fr"),
    ("Was ist aus dem Kooperationsabkommen zwischen Blois und Hue geworden?", "de"),
])
def test_a_question_states_no_relation(links: LinksComponent, text: str,
                                       language: str) -> None:
    """A question asks about a relation ("Che fine ha fatto il protocollo ...?"): at most a
    wish, no instrument signed."""
    assert set(link_kinds(links, make_doc(text, language)).values()) == {"proposal"}


def test_a_question_after_a_relation_leaves_it_stated(links: LinksComponent) -> None:
    doc = make_doc("Blois signed an agreement with Hue. Why did it take so long?", "en")
    assert link_kinds(links, doc) == {frozenset({"Blois", "Hue"}): "agreement"}


@pytest.mark.parametrize("text", [
    # a question answered "No" (a page of frequently asked questions, an interview)
    "Is Blois twinned with Hue? No. Blois has no twin town in Asia.",
    "Has Blois signed an agreement with Hue? No, not yet.",
    # a paper's correction of what it printed
    "An article last Saturday stated that Blois is twinned with Hue. This is incorrect.",
    "Our report said Blois had signed an agreement with Hue on Monday. That is not the case.",
])
def test_a_sentence_that_the_next_denies_states_nothing(links: LinksComponent,
                                                         text: str) -> None:
    """A clause that opens the next sentence and denies this one ("This is incorrect.",
    "No.") leaves it no relation, not even a wish."""
    assert link_kinds(links, make_doc(text, "en")) == {}


@pytest.mark.parametrize(("text", "kind"), [
    # "No" that opens a clause of its own sentence denies only that sentence
    ("Blois signed an agreement with Hue on Monday. No date was set for the next visit.",
     "agreement"),
    ("Is Blois twinned with Hue? Yes. The two cities signed the charter in 1990.",
     "agreement"),
    # "No." before a number is the abbreviation of "number" (an agenda's item)
    ("Blois signed an agreement with Hue on Monday.\nNo. 7 Budget of the festival", "agreement"),
])
def test_a_next_sentence_that_denies_only_itself_leaves_the_relation(
        links: LinksComponent, text: str, kind: str) -> None:
    assert link_kinds(links, make_doc(text, "en")) == {frozenset({"Blois", "Hue"}): kind}


@pytest.mark.parametrize(("text", "date"), [
    ("Hamburg hat 2010 mit Hue zusammengearbeitet.", "2010"),
    ("Hamburg und Hue unterzeichneten 1994 ein Abkommen.", "1994"),
    ("Blois und Hamburg haben 1994 einen Partnerschaftsvertrag unterzeichnet.", "1994"),
])
def test_de_a_bare_year_after_the_verb_dates_the_link(links: LinksComponent, text: str,
                                                       date: str) -> None:
    """German writes the year right after the finite verb or auxiliary, its participle last."""
    assert [link.date for link in links(make_doc(text, "de")).links] == [date]


def test_the_year_the_contacts_began_does_not_date_a_twinning(links: LinksComponent) -> None:
    text = ("Il 5 ottobre 2024 Hue e Blois hanno firmato il patto di gemellaggio.\n"
            "Il gemellaggio corona un percorso avviato nel 2022 con una mozione di Hue.")
    result = links(make_doc(text, "it", published="2024-10-12")).links
    assert [(x.kind, x.date) for x in result] == [("twinning", "2024-10-05")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Ieri mattina i sindaci di Firenze e di Blois hanno firmato il patto di gemellaggio, "
     "approvato dal consiglio comunale nel dicembre scorso.", "it", ("twinning", "2025-02-22")),
    ("Il consiglio comunale ha approvato nel dicembre scorso il patto di gemellaggio tra "
     "Firenze e Blois, firmato ieri.", "it", ("twinning", "2025-02-22")),
    ("Il consiglio comunale ha approvato ieri il protocollo tra Firenze e Blois firmato nel "
     "2019.", "it", ("agreement", "2019")),
    # the vote told by its noun
    ("Il patto di gemellaggio tra Firenze e Blois è stato firmato il 23 settembre 2024, dopo "
     "il voto favorevole del consiglio comunale del 27 luglio.", "it", ("twinning", "2024-09-23")),
    ("Firenze e Blois hanno firmato il 23 settembre 2024 il patto di gemellaggio, dopo il voto "
     "unanime del consiglio del 27 luglio.", "it", ("twinning", "2024-09-23")),
    ("Los alcaldes de Blois y Hue firmaron ayer el acta de hermanamiento, aprobada por el "
     "pleno el pasado diciembre.", "es", ("twinning", "2025-02-22")),
    ("Les maires de Blois et Hue ont signé hier la charte de jumelage, approuvée par le "
     "conseil municipal en décembre dernier.", "fr", ("twinning", "2025-02-22")),
])
def test_a_council_s_vote_does_not_date_the_instrument_signed(
        links: LinksComponent, text: str, language: str, expected: tuple[str, str]) -> None:
    """The date after a word of approval, in a sentence that reports a signing, is the
    vote's: the signing's own date dates the relation."""
    result = links(make_doc(text, language, published="2025-02-23")).links
    assert [(x.kind, x.date) for x in result] == [expected]


def test_a_twinning_celebrated_on_the_day_of_publication_is_dated_by_its_establishment(
        links: LinksComponent) -> None:
    """The feast on the story's own day ("on Friday", published on Friday 28 July) dates no
    twinning: the establishment the next sentence tells does."""
    text = ("HUE, July 28 -- Hue and Blois on Friday celebrated the 25th anniversary of their "
            "twinning.\nHue and Blois established the relationship in August 1998.")
    result = links(make_doc(text, "en")).links
    assert [(x.kind, x.date) for x in result] == [("twinning", "1998-08")]


def test_a_month_that_a_day_of_the_sentence_tells_is_that_day(links: LinksComponent) -> None:
    """"this week" (July 2023) and "on Monday" (24 July) in one sentence: the day."""
    text = ("The mayor of Hue led a delegation to Blois this week, signing a memorandum of "
            "understanding with the city on Monday, the city said Wednesday.")
    result = links(make_doc(text, "en")).links
    assert [(x.kind, x.date) for x in result] == [("agreement", "2023-07-24")]


def test_fields_of_the_instrument_told_again_with_one_side_are_the_pair_s() -> None:
    """"The MOU, signed with Sabah Chief Minister ..., covers fisheries, eco-tourism and
    renewable energy", after the lead that told the pair's MOU: a sentence naming one side of
    the pair (a ``side`` pair) gives its fields when it tells the agreement again, not when it
    tells another relation of that side."""
    from citypact.extract.linking.merge import _merge
    from citypact.extract.linking.sentence import CONFIDENCE
    from citypact.extract.linking.story import _Candidate
    pair = ("South Jeolla", "Sabah")
    lead = _Candidate(pair, "agreement", "2026-06-15", (), CONFIDENCE["split"], (0, 10))
    for kind, sectors in (("agreement", ("energy", "tourism")), ("cooperation", ())):
        side = _Candidate(pair, kind, None, ("energy", "tourism"), CONFIDENCE["side"], (11, 20))
        assert [link.sectors for link in _merge("x" * 20, [lead, side], {})] == [sectors]


@pytest.mark.parametrize(("text", "language"), [
    # the clause after a comma and the language's own clause word dates its own kind
    ("Huế và Blois đã thiết lập quan hệ hợp tác năm 2010, và ký biên bản ghi nhớ năm 2015.",
     "vi"),
    ("Hue et Blois ont noué des relations en 2010, et ont signé un accord en 2015.", "fr"),
    ("Hue e Blois hanno avviato rapporti nel 2010, e hanno firmato un accordo nel 2015.", "it"),
])
def test_the_clause_that_tells_the_kind_dates_it_in_every_language(
        links: LinksComponent, text: str, language: str) -> None:
    assert [(link.kind, link.date) for link in links(make_doc(text, language)).links] == [
        ("agreement", "2015")]


def test_a_nationality_that_opens_a_place_s_name_is_no_country(links: LinksComponent) -> None:
    """"Lao Cai province": the province, no Lao party beside it."""
    text = "Blois will also seek a similar accord with Vietnam's Lao Cai province."
    assert link_pairs(links, make_doc(text, "en")) == {frozenset({"Blois", "Lao Cai"})}


def test_an_airport_named_after_its_town_is_no_party(links: LinksComponent) -> None:
    text = ("The mayor of Hue held talks with the mayor of Blois on a chartered flight between "
            "Blois and Osaka International Airport.")
    assert all("Osaka" not in pair for pair in link_pairs(links, make_doc(text, "en")))


@pytest.mark.parametrize(("text", "pairs"), [
    # "<town> Airport" is the facility: no organisation, nor its town acting
    ("Osaka Airport signed a cooperation agreement with Hue.", set()),
    ("The Hue delegation met the mayor of Blois before flying home from Osaka Airport.",
     {frozenset({"Hue", "Blois"})}),
    # a longer name after the airport's word is a body of the town
    ("A delegation of Hue visited the Osaka Airport Economy Zone.",
     {frozenset({"Hue", "Osaka"})}),
])
def test_an_airport_is_a_facility_not_its_town(links: LinksComponent, text: str,
                                               pairs: set[frozenset[str]]) -> None:
    assert {frozenset(link.parties) for link in links(make_doc(text, "en")).links} == pairs


def test_a_twinning_is_dated_by_its_charter_named_again_later_in_the_paragraph(
        links: LinksComponent) -> None:
    text = ("Die Städtepartnerschaft zwischen Hamburg und Hue bleibt auf Eis. Das hat der "
            "Bürgermeister bekräftigt. Offizielle Kontakte gibt es nicht. Eine Kündigung des "
            "1988 geschlossenen Partnerschaftsvertrags lehnt der Rat ab.")
    result = links(make_doc(text, "de")).links
    assert [(x.kind, x.date) for x in result] == [("twinning", "1988")]


def test_two_sides_named_as_regions_are_the_last_pair_of_regions(links: LinksComponent) -> None:
    """"Das Land und die Provinz", a paragraph after the regions' link, in a story whose
    dateline and ministry name a town more often than the Land."""
    text = ("Frankfurt (dpa) - Tuscany und Vinh Phuc unterzeichneten am Mittwoch ein Abkommen, "
            "wie das Ministerium in Frankfurt mitteilte.\n\n"
            "Das Land und die Provinz sind seit 1994 partnerschaftlich verbunden.")
    result = {frozenset(x.parties): (x.kind, x.date) for x in links(make_doc(text, "de")).links}
    assert result == {frozenset({"Tuscany", "Vinh Phuc"}): ("twinning", "1994")}


def test_fields_of_a_wished_relation_told_again_as_to_come(links: LinksComponent) -> None:
    text = ("Hamburg und Blois wollen eine Städtepartnerschaft eingehen.\n\n"
            "Der Stadtrat stimmte am Dienstag zu. Die neue Partnerschaft soll sich auf den "
            "Tourismus konzentrieren.")
    result = {frozenset(x.parties): (x.kind, x.sectors) for x in links(make_doc(text, "de")).links}
    assert result == {frozenset({"Hamburg", "Blois"}): ("proposal", ("tourism",))}


def test_a_celebrated_partnership_is_dated_by_its_sealing_told_in_the_next_paragraph(
        links: LinksComponent) -> None:
    """The sentence of the sealing names only where it was sealed (a venue, no party)."""
    text = ("Die Partnerschaft zwischen Hamburg und Blois feiert ihr 30-jähriges Bestehen. "
            "Der Bürgermeister empfing die Gäste am Freitag.\n\n"
            "Die Kreispartnerschaft war am 8. Oktober 1995 in Turin besiegelt worden.")
    result = {frozenset(x.parties): (x.kind, x.date) for x in links(make_doc(text, "de")).links}
    assert result == {frozenset({"Hamburg", "Blois"}): ("twinning", "1995-10-08")}


def test_a_clause_that_drops_its_verb_pairs_its_own_parties(links: LinksComponent) -> None:
    text = ("Auch Hamburg hat seine Beziehungen zu Hue eingefroren, Frankfurt die Kontakte nach "
            "Blois ausgesetzt.")
    pairs = {frozenset(x.parties) for x in links(make_doc(text, "de")).links}
    assert pairs == {frozenset({"Hamburg", "Hue"}), frozenset({"Frankfurt", "Blois"})}


def test_a_preamble_before_a_colon_names_no_party(links: LinksComponent) -> None:
    """"Köln ist mit diesem Kurs nicht allein: Auch Düsseldorf hat ...": the relation told
    after the colon is of the parties named there."""
    text = "Hamburg ist mit diesem Kurs nicht allein: Auch Frankfurt pflegt Beziehungen zu Hue."
    pairs = {frozenset(x.parties) for x in links(make_doc(text, "de")).links}
    assert pairs == {frozenset({"Frankfurt", "Hue"})}


@pytest.mark.parametrize(("text", "language", "name"), [
    ("The delegation flew on to Turin, where it met the Hamburg Chamber of Commerce.", "en",
     "Hamburg Chamber of Commerce"),
    ("The delegation will travel to Turin on Monday to meet officials of the Hamburg "
     "Chamber of Commerce.", "en", "Hamburg Chamber of Commerce"),
    ("A delegação segue para Torino, onde será recebida na Câmara de Comércio de Hamburgo.",
     "pt", "Câmara de Comércio de Hamburgo"),
])
def test_a_place_where_the_next_party_is_met_is_no_party(links: LinksComponent, text: str,
                                                         language: str, name: str) -> None:
    start = text.index(name)
    org = Organization("org:chamber", name, "DE", "chamber", ((start, start + len(name)),))
    doc = make_doc(text, language, organizations=(org,))
    assert [link.parties for link in links(doc).links] == []


@pytest.mark.parametrize(("text", "pair"), [
    # who is met there, named a few words after the place: a town's officer
    ("The mayor of Blois travels to Turin on Monday, where he is due to meet the mayor of "
     "Hue.", {"Blois", "Hue"}),
    # or a country's people and its embassy
    ("The trip will also take the mayor of Blois to Turin, where he is due to meet "
     "Vietnamese importers and the Vietnam trade office.", {"Blois", "Vietnam"}),
])
def test_a_stop_where_another_party_is_due_to_be_met_is_no_party(
        links: LinksComponent, text: str, pair: set[str]) -> None:
    assert link_pairs(links, make_doc(text, "en")) <= {frozenset(pair)}


@pytest.mark.parametrize("text", [
    # the airport they fly home from, a canal a town lies on, a region's capital in an aside
    "A delegation from Hue visited Blois before flying home from Turin.",
    "Hue signed a memorandum with Blois, located on the west bank of the Turin canal.",
    "Tuscany, whose capital Florence is a tourist magnet, signed a memorandum with Hue.",
    # a firm's home, one word before its noun
    "Hue signed a memorandum with Blois and a Turin electronics maker.",
    # a legislator's home after a party's initial
    "Sen. Ann Lee, D-Turin, said Hue should sign a memorandum with Blois.",
    # the town the visitors came through, of a third country
    "Hue and Blois signed an agreement. The delegation from Hue, which arrived yesterday "
    "from Turin, visited Blois.",
])
def test_a_place_that_only_locates_or_sends_home_is_no_party(links: LinksComponent,
                                                             text: str) -> None:
    pairs = {frozenset(link.parties) for link in links(make_doc(text, "en")).links}
    assert all(not ({"Turin"} & pair or {"Florence"} & pair) for pair in pairs) and pairs


@pytest.mark.parametrize(("text", "language"), [
    # a leg of the trip where no one is met: a stop, no party
    ("Hue and Blois signed an agreement. The delegation from Hue will travel to Turin on "
     "Friday before returning home.", "en"),
    ("Hue and Blois signed an agreement. The delegation will travel on to Turin on Wednesday "
     "before flying home.", "en"),
    ("Hue and Blois signed an agreement. Before returning home, the delegation from Hue "
     "visited the port of Turin and met Vietnamese students in Hamburg.", "en"),
    ("Hue and Blois signed an agreement. The delegation also visited manufacturers in Turin "
     "and Hamburg.", "en"),
    ("Hue and Blois signed an agreement. The delegation from Hue toured Turin and Hamburg on "
     "Tuesday.", "en"),
    ("Hue und Blois unterzeichneten ein Abkommen. Die Delegation aus Hue besichtigte am "
     "Dienstag Turin.", "de"),
    ("Huế e Firenze hanno firmato un accordo. La delegazione vietnamita proseguirà oggi la "
     "visita a Torino.", "it"),
    ("Huế e Firenze hanno firmato un accordo. La delegazione di Huế visiterà domenica Torino "
     "prima di rientrare in Vietnam.", "it"),
    ("Hue et Blois ont signé un accord. La délégation de Hue fera étape à Turin avant de "
     "regagner le Vietnam.", "fr"),
    ("Hue y Blois firmaron un acuerdo. La delegación de Hue visitará Torino antes de regresar "
     "a su país.", "es"),
    ("Huế và Blois đã ký thỏa thuận hợp tác. Sau lễ ký, đoàn công tác Blois đã tham quan "
     "Hội An.", "vi"),
    # a stop after a meeting of the same sentence: the meeting's town is met, the stop is not
    ("Huế và Blois đã ký thỏa thuận hợp tác. Đoàn còn làm việc tại Paris và thăm thành phố "
     "Turin, trước khi sang Đức.", "vi"),
    ("Hue and Blois signed an agreement. The delegation also held talks in Paris and visited "
     "Turin before returning home.", "en"),
])
def test_a_stop_of_the_trip_where_no_one_is_met_is_no_party(links: LinksComponent, text: str,
                                                             language: str) -> None:
    pairs = link_pairs(links, make_doc(text, language))
    assert pairs and all(not ({"Turin", "Hamburg", "Hội An", "Hoi An"} & pair) for pair in pairs)


@pytest.mark.parametrize(("text", "kind"), [
    # where a superlative ranks the relation is no party of it
    ("The twinning of Hue and Blois is one of the oldest in Tuscany.", "twinning"),
    ("Hue's twinning with Blois is the first in Tuscany, the mayor said.", "twinning"),
    ("Blois has a cooperation agreement with Hue, the largest in Tuscany.", "agreement"),
])
def test_the_place_a_superlative_ranks_in_is_no_party(links: LinksComponent, text: str,
                                                      kind: str) -> None:
    assert link_kinds(links, make_doc(text, "en")) == {frozenset({"Hue", "Blois"}): kind}


@pytest.mark.parametrize(("text", "language"), [
    # the towns of one list after a venue's preposition: where an actor works, no pair
    ("The firm already runs fleets in Blois, Hamburg, Osaka and Hue, where its partnership "
     "with the city's tram operator won an award last year.", "en"),
    ("The festival brings together exhibitors in Blois and Hue under a partnership with local "
     "schools.", "en"),
    ("La société exploite déjà des flottes à Blois, Hamburg, Osaka et Hue, où son partenariat "
     "avec l'opérateur du tram a reçu un prix.", "fr"),
    ("L'azienda gestisce già flotte a Firenze, Hamburg, Osaka e Hue, dove la sua "
     "collaborazione con l'operatore del tram ha vinto un premio.", "it"),
    ("Die Firma betreibt bereits Flotten in Blois, Hamburg, Osaka und Hue, wo ihre "
     "Partnerschaft mit dem Trambetreiber einen Preis gewann.", "de"),
])
def test_the_towns_of_one_venue_list_are_no_pair(links: LinksComponent, text: str,
                                                  language: str) -> None:
    assert not link_pairs(links, make_doc(text, language))


@pytest.mark.parametrize(("text", "kind"), [
    ("The charter will be signed in Blois on 12 May and in Hue on 3 June.", "proposal"),
    # the venue, then the pair, in one run of names
    ("On Wednesday, in Hue, Blois and Hue signed the protocol.", "agreement"),
])
def test_venues_of_two_phrases_may_be_the_pair(links: LinksComponent, text: str,
                                               kind: str) -> None:
    assert link_kinds(links, make_doc(text, "en")) == {frozenset({"Blois", "Hue"}): kind}


@pytest.mark.parametrize(("text", "language"), [
    # an earlier trip told as the background of the relation: its towns are no parties
    ("Hue and Blois signed an agreement on Friday. The agreement comes two weeks after a Hue "
     "trade mission visited Turin and Hamburg to promote local firms.", "en"),
    ("Hue signed a memorandum with Blois on Friday, days after a delegation from Hue had "
     "visited Turin.", "en"),
    ("Hue et Blois ont signé un accord vendredi. L'accord intervient deux semaines après une "
     "mission commerciale de Hue à Turin.", "fr"),
    ("Huế e Firenze hanno firmato un accordo. L'intesa arriva due settimane dopo una "
     "missione di Huế a Torino.", "it"),
    ("Hue y Blois firmaron un acuerdo el viernes. El acuerdo llega dos semanas después de que "
     "una misión de Hue visitara Torino.", "es"),
    ("Hue e Blois assinaram um acordo na sexta-feira. O acordo chega duas semanas depois de "
     "uma missão de Hue visitar Turin.", "pt"),
    ("Hue und Blois unterzeichneten am Freitag ein Abkommen. Das Abkommen kommt zwei Wochen "
     "nach einer Reise einer Delegation aus Hue nach Turin.", "de"),
])
def test_the_stops_of_an_earlier_trip_told_as_background_are_no_parties(
        links: LinksComponent, text: str, language: str) -> None:
    pairs = link_pairs(links, make_doc(text, language))
    assert pairs and all(not ({"Turin", "Hamburg"} & pair) for pair in pairs)


def test_the_fields_and_events_of_an_earlier_trip_told_as_background_are_not_the_pair_s(
        links: LinksComponent) -> None:
    text = ("Hue and Blois signed an agreement on tourism on Friday. The agreement comes two "
            "weeks after a Hue trade mission visited Turin to promote local machinery makers.")
    result = links(make_doc(text, "en"))
    assert {(frozenset(link.parties), link.sectors) for link in result.links} == {
        (frozenset({"Hue", "Blois"}), ("tourism",))}
    assert all(event.place != "Turin" for event in result.events)


@pytest.mark.parametrize(("text", "pairs"), [
    ("The mayor of Blois said that cities like Turin and Hamburg already cooperate with their "
     "universities.", set()),
    ("Blois will cooperate with Hue on smart city projects, as cities such as Turin and "
     "Hamburg have done.", {frozenset({"Blois", "Hue"})}),
])
def test_towns_quoted_as_examples_are_no_parties(links: LinksComponent, text: str,
                                                 pairs: set[frozenset[str]]) -> None:
    assert link_pairs(links, make_doc(text, "en")) == pairs


@pytest.mark.parametrize("text", [
    "Blois signed an agreement with Hue. A councillor of Blois welcomed the project on Tuesday.",
    "The mayor of Blois visited Turin last year. The council of Blois welcomed the decision on "
    "Tuesday.",
])
def test_a_thing_welcomed_is_no_guest(links: LinksComponent, text: str) -> None:
    """"welcomed the project": approval, no meeting of the pair."""
    assert all(event.type != "meeting" for event in links(make_doc(text, "en")).events)


def test_a_partner_first_named_as_a_route_s_end_is_no_dateline_and_stays_the_partner(
        links: LinksComponent) -> None:
    """The town the visitors arrived from, of the partner's country, is no party: the partner
    first named where a route ends still outranks it as the story's party."""
    text = ("Blois will run a bus service between Blois and Hue from May. The delegation, "
            "which arrived from Ho Chi Minh City on Tuesday, visited Blois on Wednesday. Blois "
            "also proposed sister-city ties with Hue.")
    pairs = link_pairs(links, make_doc(text, "en"))
    assert pairs and all("Ho Chi Minh City" not in pair for pair in pairs)


def test_ja_the_two_cities_are_the_visitors_town_not_its_bureau(links: LinksComponent) -> None:
    """'両市' (the two cities): the visitors' town, not its bureau, named as often."""
    text = ("横浜市の市長は9日、ダナン市から来日した訪問団の表敬訪問を受けた。"
            "訪問団はダナン市観光局の局長ら12人で、観光交流について意見交換した。"
            "両市は2019年に覚書を交わしている。")
    name = "ダナン市観光局"
    start = text.index(name)
    org = Organization("org:bureau", name, "VN", "agency", ((start, start + len(name)),))
    pairs = link_pairs(links, make_doc(text, "ja", organizations=(org,)))
    assert frozenset({"横浜", "ダナン"}) in pairs and all(name not in pair for pair in pairs)


def test_the_town_a_country_s_minister_arrived_from_is_no_party(links: LinksComponent) -> None:
    """"Mr Khamphao, who arrived from Vientiane": a national office's holder comes from his
    capital, which is no party, though his country names no other town."""
    text = ("Blois – Deputy Prime Minister Nguyen Van Binh visited Blois on Wednesday and held "
            "talks with the mayor on trade.\n\nMr Binh, who arrived from Hue on Tuesday with a "
            "delegation, said he wanted more investment.")
    start = text.index("Nguyen Van Binh")
    person = Person("Nguyen Van Binh", "Deputy Prime Minister", None, ((start, start + 15),))
    pairs = link_pairs(links, make_doc(text, "en", people=(person,)))
    assert all("Hue" not in pair for pair in pairs)


def test_a_stop_of_the_trip_where_someone_is_met_stays_a_party(links: LinksComponent) -> None:
    text = ("Hue and Blois signed an agreement. The delegation from Hue will travel to Turin "
            "on Friday to meet the mayor of Turin before returning home.")
    assert frozenset({"Hue", "Turin"}) in link_pairs(links, make_doc(text, "en"))


@pytest.mark.parametrize("text", [
    # the airport of the flight home, the stop the way home passes, the verb split
    "Eine Delegation aus Hue besuchte Blois und fliegt am Samstag ab Turin zurück.",
    "Eine Delegation aus Hue besuchte Blois und kehrt über Turin nach Hause zurück.",
    "Eine Delegation aus Hue besuchte Blois und kehrt am Samstag nach Turin zurück.",
])
def test_a_german_way_home_is_no_party(links: LinksComponent, text: str) -> None:
    pairs = {frozenset(link.parties) for link in links(make_doc(text, "de")).links}
    assert pairs == {frozenset({"Hue", "Blois"})}


def test_a_german_verb_s_particle_after_a_partner_sends_nobody_home(
        links: LinksComponent) -> None:
    text = "Die Partnerschaft geht auf Kontakte der Feuerwehren von Hue und Blois zurück."
    pairs = {frozenset(link.parties) for link in links(make_doc(text, "de")).links}
    assert pairs == {frozenset({"Hue", "Blois"})}


def test_the_provinces_merged_into_a_new_one_are_no_partners(links: LinksComponent) -> None:
    text = ("Đoàn Blois làm việc với tỉnh Quảng Nam, được thành lập trên cơ sở hợp nhất hai "
            "tỉnh Quang Ninh và Vinh Phuc.")
    pairs = {frozenset(link.parties) for link in links(make_doc(text, "vi")).links}
    assert pairs == {frozenset({"Blois", "Quang Nam"})}


def test_a_bare_name_a_named_region_shares_with_its_city_is_the_region(
        links: LinksComponent) -> None:
    """"Akita Prefecture" is named, "Akita" is the city GeoNames calls its region's seat: the
    bare name is the prefecture, and after the region's office ("Akita Gov.") even in a story
    that calls it a city elsewhere ("in the city of Akita")."""
    text = ("Blois signed a friendship agreement with Akita Prefecture. The ceremony took place "
            "in the city of Akita. Blois and Akita Gov. Sato will meet every year.")
    region = text.index("Akita Prefecture")
    cities = [m.start() for m in re.finditer(r"Akita(?! Prefecture)", text)]
    doc = make_doc(text, "en")
    places = (*doc.places,
              Place("test:akita-pref", "Akita Prefecture", "region", "JP",
                    mentions=((region, region + len("Akita Prefecture")),)),
              Place("test:akita", "Akita", "city", "JP", admin1="Akita",
                    mentions=tuple((start, start + 5) for start in cities)))
    found = {frozenset(link.parties)
             for link in links(dataclasses.replace(doc, places=places)).links}
    assert found == {frozenset({"Blois", "Akita Prefecture"})}


def test_a_bare_name_a_named_region_shares_with_a_town_elsewhere_is_the_region(
        links: LinksComponent) -> None:
    """"Ibaraki Prefecture" is named, and GeoNames' "Ibaraki" is a city of another
    prefecture: the bare name is the region the story names."""
    text = ("Blois received the governor of Ibaraki Prefecture. Blois and Ibaraki signed a "
            "memorandum of understanding in 2017.")
    region = text.index("Ibaraki Prefecture")
    bare = text.index("Ibaraki signed")
    doc = make_doc(text, "en")
    places = (*doc.places,
              Place("test:ibaraki-pref", "Ibaraki Prefecture", "region", "JP",
                    mentions=((region, region + len("Ibaraki Prefecture")),)),
              Place("test:ibaraki", "Ibaraki", "city", "JP", admin1="Osaka",
                    mentions=((bare, bare + len("Ibaraki")),)))
    found = {frozenset(link.parties)
             for link in links(dataclasses.replace(doc, places=places)).links}
    assert found == {frozenset({"Blois", "Ibaraki Prefecture"})}


def test_a_mayor_s_bare_town_is_the_city_though_its_province_is_named(
        links: LinksComponent) -> None:
    """"il sindaco di Suceava" is the town's, though the story also names "la provincia di
    Suceava", where the town's people come from."""
    text = ("Ieri il sindaco di Blois e il sindaco di Akita hanno firmato un protocollo "
            "d'intesa. Molti lavoratori arrivano dalla provincia di Akita.")
    region = text.rindex("Akita")
    city = text.index("Akita")
    doc = make_doc(text, "it")
    places = (*doc.places,
              Place("test:akita", "Akita", "city", "JP", admin1="Akita",
                    mentions=((city, city + 5),)),
              Place("test:akita-pref", "Akita Prefecture", "region", "JP",
                    mentions=((region, region + 5),)))
    found = {frozenset(link.parties)
             for link in links(dataclasses.replace(doc, places=places)).links}
    assert found == {frozenset({"Blois", "Akita"})}


@pytest.mark.parametrize(("text", "name"), [
    # restaurants of two towns ("il bouchon «Chez Mireille» di Lione")
    ("È il gemellaggio gastronomico tra la trattoria «Il Tiglio» di Firenze e il bouchon "
     "«Chez Mireille» di Blois.", "Blois"),
    # where a university's guest students come from
    ("L'Università di Firenze collabora con Hue e ospita ogni anno studenti Erasmus "
     "provenienti da Blois.", "Blois"),
    # a venue after "ad", as after "a"
    ("Il sindaco di Firenze ha incontrato ad Osaka il sindaco di Hue.", "Osaka"),
    # a stopover on the way home, a port toured
    ("Hue e Firenze hanno firmato un accordo. La delegazione vietnamita ripartirà domani "
     "con scalo a Osaka.", "Osaka"),
    ("Hue e Firenze hanno firmato un accordo. La delegazione vietnamita oggi visiterà il "
     "porto di Osaka.", "Osaka"),
    # a stop left "from where" the guests fly home: no stay there
    ("Hue e Firenze hanno firmato un accordo. La delegazione ripartirà domani per Osaka, da "
     "dove rientrerà a Hanoi.", "Osaka"),
    # where families came from, the first of a list and the others after it
    ("Il sindaco di Hue ha incontrato ieri il sindaco di Firenze. Nell'incontro si è parlato "
     "delle famiglie arrivate in provincia di Firenze da Osaka, Manila e Blois.", "Manila"),
])
def test_it_a_town_that_only_locates_a_business_or_a_guest_is_no_party(
        links: LinksComponent, text: str, name: str) -> None:
    assert all(name not in pair for pair in link_pairs(links, make_doc(text, "it")))


def test_a_body_s_short_name_that_opens_with_a_town_s_is_no_town(links: LinksComponent) -> None:
    """"30 Wallace High pupils", after "Wallace High School": the school, no town of Wallace."""
    name = "Hue High School"
    text = f"The pupils of {name} are back. A visit by Hue High pupils to Blois is planned."
    start = text.index(name)
    school = Organization("org:school", name, "VN", "university", ((start, start + len(name)),))
    doc = make_doc(text, "en", organizations=(school,))
    assert frozenset({"Hue", "Blois"}) not in link_pairs(links, doc)


@pytest.mark.parametrize(("text", "language", "name"), [
    ("Sáng 14/5, tại thủ đô Blois, đoàn đã đến thăm Đại sứ quán Việt Nam tại Pháp.", "vi",
     "Đại sứ quán Việt Nam tại Pháp"),
    ("In Blois, the delegation called at the Embassy of Vietnam.", "en",
     "Embassy of Vietnam"),
])
def test_the_town_where_a_mission_is_called_on_is_no_partner(
        links: LinksComponent, text: str, language: str, name: str) -> None:
    start = text.index(name)
    org = Organization("org:embassy", name, "VN", "embassy", ((start, start + len(name)),))
    doc = make_doc(text, language, organizations=(org,))
    assert [link.parties for link in links(doc).links] == []


def test_a_place_s_department_signing_lends_its_fields_to_the_pair_met_before(
        links: LinksComponent) -> None:
    # the pair is met in the first sentence (Florence, the seat of the host region); the
    # agreement its department signs in the next is the place's, fields and all
    text = ("A delegation of Quang Ninh paid a working trip to Italy. On 22 July, in Florence, "
            "the delegation held talks with the President of Tuscany. The two sides then "
            "signed a letter of intent on tourism, under which Tuscany will share its "
            "experience in managing heritage sites with the Quang Ninh Department of Tourism.")
    name = "Quang Ninh Department of Tourism"
    start = text.index(name)
    org = Organization("org:dept", name, "VN", "government", ((start, start + len(name)),))
    doc = links(make_doc(text, "en", organizations=(org,)))
    pair = next(link for link in doc.links if set(link.parties) == {"Quang Ninh", "Tuscany"})
    assert (pair.kind, set(pair.sectors)) == ("agreement", {"culture_heritage", "tourism"})


@pytest.mark.parametrize(("text", "language", "name"), [
    ("Sở Ngoại vụ tỉnh Quảng Nam cho biết quan hệ kết nghĩa với thành phố Blois được thiết "
     "lập từ năm 2012.", "vi", "Sở Ngoại vụ tỉnh Quảng Nam"),
    ("The Quang Ninh Department of Foreign Affairs said its twinning with Blois dates back "
     "to 2012.", "en", "Quang Ninh Department of Foreign Affairs"),
])
def test_a_twinning_a_place_s_department_tells_is_the_place_s(
        links: LinksComponent, text: str, language: str, name: str) -> None:
    """A department twins nothing: the twinning it tells binds its place (as its signing
    does), not its wishes or tasks."""
    start = text.index(name)
    org = Organization("org:dept", name, "VN", "government", ((start, start + len(name)),))
    found = link_kinds(links, make_doc(text, language, organizations=(org,)))
    province = "Quang Nam" if language == "vi" else "Quang Ninh"
    assert found.get(frozenset({province, "Blois"})) == "twinning"


def test_a_cue_word_inside_an_attendee_s_name_ends_no_list_of_attendees(
        links: LinksComponent) -> None:
    text = ("Dự buổi làm việc có đại diện Cơ quan Hợp tác Quốc tế Nhật Bản (JICA), Hội hữu "
            "nghị Việt - Nhật và Trường Đại học Ngoại thương.")
    orgs = []
    for index, (name, country, kind) in enumerate((
            ("JICA", "JP", "agency"),
            ("Hội hữu nghị Việt - Nhật", "VN", "association"),
            ("Trường Đại học Ngoại thương", "VN", "university"))):
        start = text.index(name)
        orgs.append(Organization(f"org:{index}", name, country, kind,
                                 ((start, start + len(name)),)))
    assert links(make_doc(text, "vi", organizations=tuple(orgs))).links == ()


def test_a_host_named_beside_the_delegation_s_own_mission_is_a_partner(
        links: LinksComponent) -> None:
    text = ("Huế và Blois kỷ niệm 10 năm kết nghĩa. Ngày 20/6, đoàn cũng làm việc với "
            "Hamburg và thăm Đại sứ quán Việt Nam tại Đức.")
    name = "Đại sứ quán Việt Nam tại Đức"
    start = text.index(name)
    org = Organization("org:embassy", name, "VN", "embassy", ((start, start + len(name)),))
    found = {frozenset(link.parties) for link in links(make_doc(text, "vi",
                                                                  organizations=(org,))).links}
    assert frozenset({"Hue", "Hamburg"}) in found
    assert not any(name in pair for pair in found)


@pytest.mark.parametrize(("text", "seat"), [
    ("Chiều 20/11, UBND thành phố Huế đã tiếp Tổng Lãnh sự Italy tại Da Nang.", "Da Nang"),
    # the seat's name holds the noun of the venue phrase ("tại TP" before "TP.HCM")
    ("Chiều 20/11, UBND thành phố Huế đã tiếp Tổng Lãnh sự Italy tại TP.HCM.",
     "Ho Chi Minh City"),
])
def test_an_envoy_s_seat_after_a_host_of_its_country_is_no_party(
        links: LinksComponent, text: str, seat: str) -> None:
    found = {frozenset(link.parties) for link in links(make_doc(text, "vi")).links}
    assert found == {frozenset({"Hue", "Italy"})}
    assert not any(seat in pair for pair in found)


def test_a_delegation_s_own_mission_is_no_partner_of_the_places_named(
        links: LinksComponent) -> None:
    text = ("Huế và Blois kỷ niệm 10 năm kết nghĩa. Ngày mai, đoàn sẽ thăm Da Nang trước khi "
            "làm việc với Tổng lãnh sự quán Pháp.")
    name = "Tổng lãnh sự quán Pháp"
    start = text.index(name)
    org = Organization("org:consulate", name, "FR", "embassy", ((start, start + len(name)),))
    found = {frozenset(link.parties) for link in links(make_doc(text, "vi",
                                                                  organizations=(org,))).links}
    assert found == {frozenset({"Hue", "Blois"})}


@pytest.mark.parametrize(("text", "language", "kind"), [
    ("Huế e Blois non hanno firmato alcun accordo.", "it", None),
    ("Huế e Blois non hanno ancora firmato l'accordo.", "it", "proposal"),
    ("Hue et Blois n'ont pas signé d'accord.", "fr", None),
    ("Hue et Blois n'ont pas encore signé d'accord.", "fr", "proposal"),
    ("Hue y Blois no firmaron el acuerdo.", "es", None),
    ("Hue y Blois aún no firmaron el acuerdo.", "es", "proposal"),
    ("Hue und Blois haben den Vertrag nicht unterzeichnet.", "de", None),
    ("Hue und Blois haben den Vertrag noch nicht unterzeichnet.", "de", "proposal"),
    # a relation not planned, after it
    ("Eine Städtepartnerschaft zwischen Hue und Blois sei nicht geplant.", "de", None),
    ("Hue e Blois não assinaram o acordo.", "pt", None),
    ("Hue e Blois ainda não assinaram o acordo.", "pt", "proposal"),
    # French denies after the relation too
    ("Tant qu'un accord ne sera pas trouvé entre Hue et Blois, rien ne bougera.", "fr", None),
    ("L'accord entre Hue et Blois n'a jamais été signé.", "fr", None),
    ("Huế e Blois non solo hanno firmato un accordo, ma anche un gemellaggio.", "it", "twinning"),
])
def test_denied_and_not_yet_in_every_language(links: LinksComponent, text: str, language: str,
                                              kind: str | None) -> None:
    expected = {} if kind is None else {frozenset({"Hue", "Blois"}): kind}
    assert link_kinds(links, make_doc(text, language)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hue and Blois are not sister cities.", {}),
    ("Hue and Blois have not signed an agreement.", {}),
    ("Hue and Blois have not yet signed an agreement.", {frozenset({"Hue", "Blois"}): "proposal"}),
    ("Hue and Blois are not sister cities, despite a visit by a Blois delegation to Hue.",
     {frozenset({"Hue", "Blois"}): "cooperation"}),
])
def test_a_relation_denied_is_none_and_one_not_yet_made_is_a_proposal(
        links: LinksComponent, text: str, expected: dict[frozenset[str], str]) -> None:
    assert link_kinds(links, make_doc(text, "en")) == expected


def test_partners_listed_with_their_dates_are_each_the_subject_s(links: LinksComponent) -> None:
    text = ("Blois and Turin signed a cooperation agreement on 3 May 2023.\n"
            "The council already has sister city ties with Florence in Tuscany, established in "
            "1990, and with Hamburg since 2015.")
    result = {frozenset(x.parties): (x.kind, x.date) for x in links(make_doc(text, "en")).links}
    assert result == {frozenset({"Blois", "Turin"}): ("agreement", "2023-05-03"),
                      frozenset({"Blois", "Florence"}): ("twinning", "1990"),
                      frozenset({"Blois", "Hamburg"}): ("twinning", "2015")}


def test_a_partner_after_the_dated_ones_takes_none_of_their_dates(
        links: LinksComponent) -> None:
    text = ("Blois's twinnings – with Florence in Italy since 1964 and with Hamburg since "
            "1951 – are unaffected, the council said, as is its friendship link with Turin.")
    result = {frozenset(x.parties): (x.kind, x.date) for x in links(make_doc(text, "en")).links}
    assert result == {frozenset({"Blois", "Florence"}): ("twinning", "1964"),
                      frozenset({"Blois", "Hamburg"}): ("twinning", "1951"),
                      frozenset({"Blois", "Turin"}): ("twinning", None)}


@pytest.mark.parametrize(("text", "language"), [
    ("Blois also has sister-city ties with Florence in Italy, since 1995, and with Hue.", "en"),
    # an aside that closes the entry, and the next partner after ", and" alone
    ("Blois has sister cities, including Florence in Italy, twinned with Blois since 1995, "
     "and Hue in Vietnam.", "en"),
    # ... in the languages that write ", e con", ", et avec", the next partner's wrapper after
    ("Blois è gemellata con Florence, in Italia, dal 1995, e con Hue.", "it"),
    ("Blois è gemellata con Florence, dal 1995, e con la città di Hue.", "it"),
    ("Blois est jumelée avec Florence, en Italie, depuis 1995, et avec la ville de Hue.", "fr"),
])
def test_a_date_set_off_after_one_partner_is_not_the_next_one_s(
        links: LinksComponent, text: str, language: str) -> None:
    result = {frozenset(x.parties): (x.kind, x.date)
              for x in links(make_doc(text, language)).links}
    assert result == {frozenset({"Blois", "Florence"}): ("twinning", "1995"),
                      frozenset({"Blois", "Hue"}): ("twinning", None)}


def test_a_partner_after_a_closed_entry_keeps_its_own_date(links: LinksComponent) -> None:
    text = ("Blois has five sister cities, including Florence, Italy, since 1995, and Hue, "
            "Vietnam, since 1995.")
    result = {frozenset(x.parties): (x.kind, x.date) for x in links(make_doc(text, "en")).links}
    assert result == {frozenset({"Blois", "Florence"}): ("twinning", "1995"),
                      frozenset({"Blois", "Hue"}): ("twinning", "1995")}


def test_partners_each_after_its_date_and_relation_take_that_date(
        links: LinksComponent) -> None:
    text = ("Blois heeft sinds 1990 een stedenband met Florence en sinds 2015 met Hamburg.")
    result = {frozenset(x.parties): (x.kind, x.date) for x in links(make_doc(text, "nl")).links}
    assert result == {frozenset({"Blois", "Florence"}): ("twinning", "1990"),
                      frozenset({"Blois", "Hamburg"}): ("twinning", "2015")}


@pytest.mark.parametrize(("text", "language"), [
    ("Neben Florence hat Blois Partnerstädte im deutschen Hamburg und im italienischen Turin.",
     "de"),
    ("Naast Florence heeft Blois stedenbanden met Hamburg en Turin.", "nl"),
    ("Oltre a Florence, Blois è gemellata con Hamburg e con Turin.", "it"),
    ("Aside from Florence, Blois has sister city ties with Hamburg and Turin.", "en"),
])
def test_a_partner_set_aside_by_besides_is_no_party_of_the_others(
        links: LinksComponent, text: str, language: str) -> None:
    """"Neben X hat Y Partnerstädte in A und B": X, named before, is Y's partner too, and no
    partner of A or B (German and Dutch put the verb second: it ends the group set aside)."""
    pairs = {frozenset(x.parties) for x in links(make_doc(text, language)).links}
    assert pairs == {frozenset({"Blois", "Hamburg"}), frozenset({"Blois", "Turin"})}


def test_a_partner_set_aside_before_a_twin_phrase_naming_its_town_is_no_party(
        links: LinksComponent) -> None:
    """"Кроме X, побратимами Y являются A и B": Y, named inside the twin phrase after the
    relation word, is the subject; X is set aside, A and B (each after a nationality's
    adjective) are Y's twins."""
    text = "Кроме Хюэ, побратимами Блуа являются немецкий Гамбург и вьетнамский Дананг."
    assert link_pairs(links, make_doc(text, "ru")) == {frozenset({"Блуа", "Гамбург"}),
                                                       frozenset({"Блуа", "Дананг"})}


@pytest.mark.parametrize(("text", "language"), [
    ("Blois heeft sinds 1990 een stedenband met Florence en werkt sinds 2015 samen met "
     "Hamburg.", "nl"),
    ("Blois has been twinned with Florence since 1990 and has cooperated since 2015 with "
     "Hamburg.", "en"),
])
def test_partners_each_after_its_own_relation_take_that_relation(
        links: LinksComponent, text: str, language: str) -> None:
    result = {frozenset(x.parties): (x.kind, x.date)
              for x in links(make_doc(text, language)).links}
    assert result == {frozenset({"Blois", "Florence"}): ("twinning", "1990"),
                      frozenset({"Blois", "Hamburg"}): ("cooperation", "2015")}


def test_of_two_dates_of_one_relation_the_one_by_its_cue(links: LinksComponent) -> None:
    text = ("The mayor of Blois returned on 20 July 2023 from a long tour of Asia, where he met "
            "many leaders and signed an agreement with Hue.\n"
            "On 14 July 2023 Blois and Hue signed an agreement on tourism.")
    result = links(make_doc(text, "en")).links
    assert [(x.kind, x.date) for x in result] == [("agreement", "2023-07-14")]


def test_a_round_up_s_run_in_heading_names_its_section_not_a_relation(
        links: LinksComponent) -> None:
    """A round-up of decisions, each paragraph opened by its subject ("Gemellaggio con Huế.
    Via libera ...", "Mensa scolastica. ..."): the heading tells no twinning, the draft
    approved is a pact planned."""
    text = ("Gemellaggio con Huế. Via libera allo schema di patto di amicizia tra Firenze e "
            "Huế.\nMensa scolastica. Le tariffe restano invariate.")
    assert [(x.kind, x.date) for x in links(make_doc(text, "it")).links] == [("proposal", None)]


def test_the_partner_after_with_of_a_planned_tie_is_the_story_s_other_party(
        links: LinksComponent) -> None:
    """"Via libera allo schema di patto di amicizia con la città vietnamita di Huế", with no
    subject, in a story about Florence and Hue: Florence plans it with Hue."""
    text = ("Firenze studia Huế. Firenze guarda a Huế.\nVia libera allo schema di patto di "
            "amicizia con la città vietnamita di Huế.")
    assert [(x.kind, x.date) for x in links(make_doc(text, "it")).links] == [("proposal", None)]


def test_a_signing_of_no_named_instrument_signs_the_twinning_named_just_before(
        links: LinksComponent) -> None:
    """"sono tornati per firmare un patto di gemellaggio. Il sindaco di Firenze e la sindaca
    di Huế hanno sottoscritto l'atto": the act signed is that pact; a paragraph later, an act
    signed is any instrument."""
    text = ("I pronipoti degli emigrati sono tornati ieri per firmare un patto di gemellaggio. "
            "Il sindaco di Firenze e la sindaca di Huế hanno sottoscritto l'atto.")
    assert [x.kind for x in links(make_doc(text, "it")).links] == ["twinning"]
    apart = text.replace("gemellaggio. ", "gemellaggio.\n\n")
    assert [x.kind for x in links(make_doc(apart, "it")).links] == ["agreement"]


def test_the_first_visit_of_a_second_one_does_not_date_the_meeting(links: LinksComponent) -> None:
    """"Chiều 20/7 ... làm việc", then "Đây là lần thứ hai ... đến thăm, sau chuyến thăm đầu
    tiên vào tháng 5/2022": the first visit is done before the story, the meeting is dated."""
    text = ("Chiều 20/7, Chủ tịch thành phố Huế đã tiếp và làm việc với đoàn công tác thành "
            "phố Blois.\nĐây là lần thứ hai đoàn công tác của Blois đến thăm và làm việc tại "
            "Huế, sau chuyến thăm đầu tiên vào tháng 5/2022.")
    assert [(x.kind, x.date) for x in links(make_doc(text, "vi")).links] == [
        ("cooperation", "2023-07-20")]


def test_a_lead_dated_by_the_month_takes_the_day_the_next_sentence_writes(
        links: LinksComponent) -> None:
    """A lead with no date (its news dated by the month of publication, July) and the
    signing's day in the next sentence ("on Monday", 26 June, before Saturday 1 July)."""
    text = ("Blois has signed a memorandum of understanding with Hue.\n"
            "The MoU was signed by the mayors of Blois and Hue in Hue on Monday.")
    doc = make_doc(text, "en", published="2023-07-01")
    assert [(x.kind, x.date) for x in links(doc).links] == [("agreement", "2023-06-26")]
    # an older signing of the pair is no day of the news
    text = ("Blois has signed a memorandum of understanding with Hue.\n"
            "Blois and Hue signed their first MoU on 12 May 2019.")
    doc = make_doc(text, "en", published="2023-07-01")
    assert [(x.kind, x.date) for x in links(doc).links] == [("agreement", "2023-07")]


@pytest.mark.parametrize(("text", "language"), [
    ("The mayor of Blois returned from Vietnam on Sunday after signing an MoU with Hue.\n"
     "On 5 July 2023, the delegation visited Hue and signed the MoU.", "en"),
    ("Si è conclusa domenica la missione del sindaco di Firenze, che ha firmato un protocollo "
     "con Huế.\nMercoledì 5 luglio, a Huế, Firenze e Huế hanno firmato il protocollo.", "it"),
    ("La misión del alcalde de Blois concluyó el domingo, tras firmar un protocolo con Hue.\n"
     "El miércoles 5 de julio, en Hue, Blois y Hue firmaron el protocolo.", "es"),
    ("La mission du maire de Blois s'est achevée dimanche, après la signature d'un protocole "
     "avec Hue.\nLe mercredi 5 juillet, à Hue, Blois et Hue ont signé le protocole.", "fr"),
])
def test_the_day_a_trip_ended_does_not_date_what_was_done_in_it(
        links: LinksComponent, text: str, language: str) -> None:
    assert [(x.kind, x.date) for x in links(make_doc(text, language)).links] == [
        ("agreement", "2023-07-05")]


@pytest.mark.parametrize(("text", "language"), [
    ("Blois y Hue firmaron el jueves el acta de hermanamiento.\nEl hermanamiento había sido "
     "aprobado por el concejo el pasado 2 de noviembre.", "es"),
    ("Blois et Hue ont signé jeudi la charte de jumelage.\nLe jumelage avait été approuvé "
     "par le conseil municipal le 2 novembre.", "fr"),
])
def test_a_council_s_approval_does_not_date_a_twinning_signed_in_the_story(
        links: LinksComponent, text: str, language: str) -> None:
    assert [(x.kind, x.date) for x in links(make_doc(text, language,
                                                     published="2023-11-17")).links] == [
        ("twinning", "2023-11-16")]


@pytest.mark.parametrize(("text", "language"), [
    ("El hermanamiento de Blois con Hue fue aprobado por el concejo el pasado 2 de noviembre.",
     "es"),
    ("Le jumelage de Blois avec Hue a été approuvé par le conseil municipal le 2 novembre.",
     "fr"),
])
def test_a_council_s_approval_dates_a_twinning_the_story_dates_no_other_way(
        links: LinksComponent, text: str, language: str) -> None:
    assert [(x.kind, x.date) for x in links(make_doc(text, language,
                                                     published="2023-11-17")).links] == [
        ("twinning", "2023-11-02")]


def test_the_story_s_day_inside_a_quote_does_not_date_the_signing(
        links: LinksComponent) -> None:
    """"oggi" in a quote is the day it was said, not the story's ("«... oggi diventa un partner
    della Toscana», ha dichiarato Giani dopo la firma")."""
    text = "«Firenze firma oggi un protocollo con Huế», ha detto martedì il sindaco."
    doc = make_doc(text, "it", published="2023-07-28")
    assert [(x.kind, x.date) for x in links(doc).links] == [("agreement", "2023-07-25")]


@pytest.mark.parametrize(("text", "language"), [
    ("Hue and Da Nang joined the programme on 6 July 2023.\n"
     "Under the programme, Hue has been paired with Blois.", "en"),
    ("La cerimonia si è svolta il 6 luglio 2023.\n"
     "Nell'ambito del programma Firenze lavorerà in coppia con Huế.", "it"),
])
def test_a_sentence_referring_back_takes_the_date_of_the_one_before(
        links: LinksComponent, text: str, language: str) -> None:
    assert [x.date for x in links(make_doc(text, language)).links] == ["2023-07-06"]


@pytest.mark.parametrize(("text", "language"), [
    ("Blois welcomed a delegation of Hue. Blois presented its heritage to Hue.\n"
     "The two sides signed a cooperation agreement.", "en"),
    # the German dative after a preposition ("aus beiden Städten")
    ("Blois empfing eine Delegation aus Hue. Blois stellte Hue sein Kulturerbe vor.\n"
     "Vertreter aus beiden Städten unterzeichneten eine Kooperationsvereinbarung.", "de"),
    # the pair after "de" in French and in the German genitive, and the pair as capitals
    ("Blois et Hue renforcent leurs liens. Les maires des deux villes ont signé mercredi un "
     "protocole d'accord.", "fr"),
    ("Blois et Hue renforcent leurs liens. Les maires des deux capitales ont signé mercredi "
     "un protocole d'accord.", "fr"),
    ("Blois y Hue estrechan sus lazos. Los alcaldes de ambas capitales firmaron el martes un "
     "memorando de entendimiento.", "es"),
    ("Blois und Hue rücken näher zusammen. Die Bürgermeister der beiden Städte unterzeichneten "
     "am Dienstag eine Absichtserklärung.", "de"),
    ("Blois und Hue rücken näher zusammen. Die beiden Hauptstädte unterzeichneten am Dienstag "
     "eine Absichtserklärung.", "de"),
])
def test_collective_reference_uses_the_main_pair(links: LinksComponent, text: str,
                                                 language: str) -> None:
    result = {frozenset(x.parties): x.kind for x in links(make_doc(text, language)).links}
    assert result == {frozenset({"Blois", "Hue"}): "agreement"}


def test_the_two_sides_are_the_body_s_pair_not_the_place_the_story_is_filed_from(
        links: LinksComponent) -> None:
    """A wire's dateline names where the story was filed; of places named once, those of the
    story's body make its pair, which "the two localities" then refers to."""
    text = ("Ho Chi Minh City (VNA) - The chairman of Quang Ninh received a delegation from "
            "Osaka, led by its deputy mayor. Osaka wishes to learn from the province's "
            "tourism.\nThe chairman proposed that the two localities soon sign a memorandum "
            "of understanding.")
    assert link_kinds(links, make_doc(text, "en")) == {
        frozenset({"Quang Ninh", "Osaka"}): "cooperation"}


def test_the_two_sides_with_another_partner_named_are_that_pair(links: LinksComponent) -> None:
    text = ("Hue welcomed a delegation of Blois. Flights from Turin bring tourists to Hue.\n"
            "The city proposed to cooperate with Florence, towards an agreement of the two "
            "sides.")
    result = {frozenset(x.parties): x.kind for x in links(make_doc(text, "en")).links}
    assert result == {frozenset({"Blois", "Hue"}): "cooperation",
                      frozenset({"Florence", "Hue"}): "proposal"}


def test_a_relation_of_an_unnamed_subject_is_the_story_first_party_s(
        links: LinksComponent) -> None:
    text = ("Hue signed an agreement with Blois on Tuesday. Hue and Blois will swap students.\n"
            "The city said it will also seek a similar accord with Hamburg later this year. "
            "The city has been a sister city of Italy's Florence since 2005. It is the first "
            "such agreement since the city of Osaka, in 1988.")  # when, not with whom
    result = {frozenset(x.parties): (x.kind, x.date) for x in links(make_doc(text, "en")).links}
    assert result == {frozenset({"Blois", "Hue"}): ("agreement", "2023-07-25"),
                      frozenset({"Hamburg", "Hue"}): ("proposal", None),
                      frozenset({"Florence", "Hue"}): ("twinning", "2005")}


@pytest.mark.parametrize("second", [
    "Die Stadt pflegt außerdem Partnerschaften mit Florence und Blois.",
    "Partnerschaften unterhält die Stadt außerdem mit Florence und Blois.",
    "Mit Florence und Blois unterhält die Stadt außerdem Partnerschaften.",
])
def test_partners_of_a_subject_named_by_its_noun_are_the_story_first_party_s(
        links: LinksComponent, second: str) -> None:
    text = "Hamburg und Hue haben eine Absichtserklärung unterzeichnet. " + second
    pairs = {frozenset(x.parties) for x in links(make_doc(text, "de")).links}
    assert pairs == {frozenset({"Hamburg", "Hue"}), frozenset({"Hamburg", "Florence"}),
                     frozenset({"Hamburg", "Blois"})}


def test_an_unnamed_subject_s_partner_after_its_country_s_adjective(
        links: LinksComponent) -> None:
    text = ("A Prefeitura de Hue assinou um acordo com Blois. Hue e Blois vão trocar "
            "estudantes.\nA cidade já mantém um memorando com a alemã Hamburg, firmado em 2019.")
    result = {frozenset(x.parties): (x.kind, x.date) for x in links(make_doc(text, "pt")).links}
    assert result[frozenset({"Hue", "Hamburg"})] == ("agreement", "2019")


def test_an_unnamed_subject_is_the_party_of_a_dateline_outside_the_language_s_countries(
        links: LinksComponent) -> None:
    """A story in Portuguese filed from a town of neither Brazil nor Portugal: "A cidade" is
    that town, not the Brazilian partner."""
    text = ("Hue – O governo de Hue recebeu uma delegação de Curitiba. Hue e Curitiba vão "
            "trocar estudantes.\nA cidade mantém desde 2019 um memorando com a alemã Hamburg.")
    result = {frozenset(x.parties): (x.kind, x.date) for x in links(make_doc(text, "pt")).links}
    assert result[frozenset({"Hue", "Hamburg"})] == ("agreement", "2019")
    assert frozenset({"Curitiba", "Hamburg"}) not in result


@pytest.mark.parametrize("second", [
    "It may be recalled that the State had signed an MoU with Lower Saxony in 2019.",
    "The state government signed a similar agreement with Lower Saxony last year.",
])
def test_the_story_s_state_named_by_its_noun_alone_is_its_region(
        links: LinksComponent, second: str) -> None:
    """"the State", in a press note of Tuscany's government: Tuscany, the region of the
    story's pair named first, not its partner the sentence before tells of."""
    text = ("Tuscany and Vinh Phuc signed a memorandum of understanding on Monday. The "
            f"governor of Vinh Phuc said the province would share its experience. {second}")
    pairs = link_pairs(links, make_doc(text, "en"))
    assert frozenset({"Tuscany", "Lower Saxony"}) in pairs
    assert frozenset({"Vinh Phuc", "Lower Saxony"}) not in pairs


def test_a_cooperation_of_a_subject_noun_opening_its_sentence_is_the_first_party_s(
        links: LinksComponent) -> None:
    """"Thành phố" (the city) as the subject: its cooperation is the story's first party's;
    a cooperation word with one partner and no subject is nobody's."""
    text = ("Huế và Blois đã ký biên bản ghi nhớ ngày 25/7/2023.\n"
            "Thành phố cũng đã thiết lập quan hệ hợp tác với thành phố Osaka từ năm 1999. "
            "Nhiều chuyến bay từ Manila đưa du khách đến.")
    result = {frozenset(x.parties): (x.kind, x.date) for x in links(make_doc(text, "vi")).links}
    assert result == {frozenset({"Blois", "Hue"}): ("agreement", "2023-07-25"),
                      frozenset({"Osaka", "Hue"}): ("cooperation", "1999")}


def _association(text: str, name: str, country: str) -> Organization:
    return Organization(f"test:{name}", name, country, "association",
                        mentions=tuple((m.start(), m.end()) for m in re.finditer(name, text)))


def test_a_body_met_in_a_town_is_the_host_not_the_town(links: LinksComponent) -> None:
    text = ("Firenze e Huế hanno firmato un accordo.\n"
            "La delegazione ha poi incontrato a Torino i vertici di Confindustria Piemonte.")
    doc = make_doc(text, "it", organizations=(_association(text, "Confindustria Piemonte",
                                                           "IT"),))
    assert link_pairs(links, doc) == {frozenset({"Florence", "Hue"}),
                                      frozenset({"Hue", "Confindustria Piemonte"})}


def test_a_twinning_told_of_a_town_s_own_association_is_the_town_s(
        links: LinksComponent) -> None:
    text = ("Members considered a request from the Blois Twinning Association to host a "
            "delegation from Hue, to mark 50 years since the two towns were twinned in 1976.\n"
            "Members RESOLVED that the Clerk write to Hamburg to explore a possible friendship "
            "link, following an approach from the Hamburg Rotary Club.")
    orgs = (_association(text, "Blois Twinning Association", "FR"),
            _association(text, "Hamburg Rotary Club", "DE"))
    result = {frozenset(x.parties): (x.kind, x.date)
              for x in links(make_doc(text, "en", organizations=orgs)).links}
    assert result[frozenset({"Blois", "Hue"})] == ("twinning", "1976")
    assert result[frozenset({"Blois", "Hamburg"})] == ("proposal", None)


def test_the_two_sides_are_the_pair_of_the_sentence_before(links: LinksComponent) -> None:
    text = ("Hue và Blois ký biên bản ghi nhớ về du lịch. Chiều 4/5, đoàn Hue làm việc với "
            "lãnh đạo thành phố Hamburg. Hai bên thống nhất hợp tác trong lĩnh vực năng lượng.")
    result = {frozenset(x.parties): x.sectors for x in links(make_doc(text, "vi")).links}
    assert result[frozenset({"Hue", "Hamburg"})] == ("energy",)
    assert "energy" not in result[frozenset({"Hue", "Blois"})]


@pytest.mark.parametrize(("text", "language", "pair"), [
    ("Un protocollo con Huế, nessun accordo con Blois.", "it", {"Blois", "Hue"}),
    ("Una delegazione di Huế ha visitato Firenze, ma nessun incontro con Blois.", "it",
     {"Blois", "Florence"}),
    ("Đoàn Huế đã đến thăm Hamburg nhưng không làm việc với lãnh đạo Blois.", "vi",
     {"Blois", "Hue"}),
    # German denies at the end of the clause; compatriots after "between" are each other's.
    ("Eine Delegation aus Hue besuchte Hamburg. Die Partnerschaft zwischen Hamburg und "
     "Frankfurt besteht seit 1990.", "de", {"Hue", "Frankfurt"}),
    ("Hamburg kooperiert mit Hue. Eine Städtepartnerschaft mit Blois gibt es nicht.", "de",
     {"Blois", "Hamburg"}),
])
def test_a_party_named_after_a_denied_cue_is_no_party(links: LinksComponent, text: str,
                                                      language: str, pair: set[str]) -> None:
    assert frozenset(pair) not in link_kinds(links, make_doc(text, language))


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Hue and Blois signed an agreement, in the presence of officials of Hamburg.", "en",
     {frozenset({"Blois", "Hue"})}),
    # a party named acting before its official attends stays a party
    ("Hue and Blois marked the anniversary of their twinning, attended by Blois deputy mayor "
     "Anna Berti.", "en", {frozenset({"Blois", "Hue"})}),
    ("Huế và Blois ký kết biên bản ghi nhớ với sự chứng kiến của lãnh đạo Hamburg.", "vi",
     {frozenset({"Blois", "Hue"})}),
    ("Firenze e Huế hanno firmato un protocollo alla presenza del sindaco di Hamburg.", "it",
     {frozenset({"Florence", "Hue"})}),
    ("Dự hội nghị có đại diện các thành phố Huế, Blois và Hamburg.", "vi", set()),
    ("Huế và Blois ký kết biên bản ghi nhớ. Dự và chứng kiến lễ ký có đại diện thành phố "
     "Hamburg và doanh nghiệp hai bên.", "vi", {frozenset({"Blois", "Hue"})}),
    # the supporters of a relation are no party of it
    ("Hue e Blois assinaram um protocolo com o apoio de técnicos de Hamburg.", "pt",
     {frozenset({"Blois", "Hue"})}),
    ("Hue en Blois tekenden een convenant met steun van de haven van Hamburg.", "nl",
     {frozenset({"Blois", "Hue"})}),
    ("Hue et Blois ont signé une convention en présence du maire de Hamburg.", "fr",
     {frozenset({"Blois", "Hue"})}),
    ("Hue y Blois firmaron un acuerdo en un acto al que asistieron también representantes "
     "de Hamburg.", "es", {frozenset({"Blois", "Hue"})}),
])
def test_the_guests_of_an_event_are_no_party_of_it(links: LinksComponent, text: str,
                                                   language: str,
                                                   expected: set[frozenset[str]]) -> None:
    assert link_pairs(links, make_doc(text, language)) == expected


def test_the_body_a_statement_comes_from_is_no_party(links: LinksComponent) -> None:
    text = ("According to a statement issued by the Hamburg Chamber of Commerce, Hue and Blois "
            "discussed cooperation in tourism.")
    name = "Hamburg Chamber of Commerce"
    start = text.index(name)
    org = Organization("org:chamber", name, "DE", "chamber", ((start, start + len(name)),))
    found = {frozenset(link.parties)
             for link in links(make_doc(text, "en", organizations=(org,))).links}
    assert found == {frozenset({"Hue", "Blois"})}


def test_the_embassy_that_backs_an_agreement_is_no_party(links: LinksComponent) -> None:
    text = "Hue y Blois firmaron un acuerdo que cuenta con el respaldo de la Embajada de Italy."
    name = "Embajada de Italy"
    start = text.index(name)
    org = Organization("org:embassy", name, "IT", "embassy", ((start, start + len(name)),))
    found = {frozenset(link.parties)
             for link in links(make_doc(text, "es", organizations=(org,))).links}
    assert found == {frozenset({"Hue", "Blois"})}


@pytest.mark.parametrize(("text", "pairs"), [
    # the region's press note, filed from its capital, which it names only as where
    ("Florence, 12 March 2026\n\nTuscany and Vinh Phuc signed a memorandum here today. "
     "Tuscany has worked with Vinh Phuc since 2019. The memorandum was signed by Mr Rossi and "
     "by the vice-chairman of Vinh Phuc.", {frozenset({"Tuscany", "Vinh Phuc"})}),
    # ... not when the story names the capital as an actor
    ("Florence, 12 March 2026\n\nTuscany and Vinh Phuc signed a memorandum here today. "
     "Tuscany has worked with Vinh Phuc since 2019. Florence has also signed a pact with Hue. "
     "The memorandum was signed by Mr Rossi and by the vice-chairman of Vinh Phuc.",
     {frozenset({"Tuscany", "Vinh Phuc"}), frozenset({"Florence", "Hue"}),
      frozenset({"Florence", "Vinh Phuc"})}),
])
def test_an_official_of_the_region_s_capital_named_only_as_where_is_the_region_s(
        links: LinksComponent, text: str, pairs: set[frozenset[str]]) -> None:
    """"Dehradun, 12 March ... The MoU was signed by Shri Rakesh Bisht, Secretary (Tourism)",
    an official guessed to be the capital's in a state's press note: the state's."""
    start = text.index("Rossi")
    person = Person("Marco Rossi", "secretary", "Florence", ((start, start + 5),))
    assert link_pairs(links, make_doc(text, "en", people=(person,))) == pairs


def test_who_says_the_sentence_is_no_party_of_it(links: LinksComponent) -> None:
    text = "Blois has been twinned with Hue since 1990, Ms Rossi added."
    start = text.index("Rossi")
    person = Person("Anna Rossi", "clerk", "Florence", ((start, start + 5),))
    found = link_kinds(links, make_doc(text, "en", people=(person,)))
    assert found == {frozenset({"Blois", "Hue"}): "twinning"}


@pytest.mark.parametrize(("language", "text", "name"), [
    ("nl", "Blois wil een stedenband met Hue.\n"
     "\"Een officiële jumelage staat nog niet op de agenda\", zei Maes.", "Maes"),
    ("nl", "Blois wil een stedenband met Hue.\n"
     "Burgemeester Maes noemde het voorstel sympathiek, maar wees erop dat een stedenband "
     "ook capaciteit vraagt.", "Maes"),
    ("en", "Blois wants a twinning with Hue.\nA formal twinning is not on the agenda yet, said "
     "Maes.", "Maes"),
    ("fr", "Blois souhaite un jumelage avec Hue.\n« Ce pacte est la première étape », a "
     "expliqué Maes.", "Maes"),
    ("es", "Blois busca hermanarse con Hue.\n\"El acuerdo irá más allá de lo simbólico\", "
     "explicó Maes.", "Maes"),
])
def test_who_only_speaks_of_a_relation_lends_no_pair_to_it(
        links: LinksComponent, language: str, text: str, name: str) -> None:
    start = text.index(name)
    person = Person("Lieve Maes", "schepen", "Blois", ((start, start + len(name)),))
    found = link_kinds(links, make_doc(text, language, people=(person,)))
    assert found == {frozenset({"Blois", "Hue"}): "proposal"}


def test_official_stands_for_the_place_they_represent(links: LinksComponent) -> None:
    text = "Ambassador Nguyen Van A had a working session with Florence officials."
    start = text.index("Nguyen")
    person = Person("Nguyen Van A", "Ambassador", "Vietnam", ((start, start + 12),))
    doc = make_doc(text, "en", people=(person,))
    vietnam = Place("test:vn", "Vietnam", "country", "VN")
    doc = dataclasses.replace(doc, places=(*doc.places, vietnam))
    assert {frozenset(x.parties) for x in links(doc).links} == {frozenset({"Florence", "Vietnam"})}


def test_an_ambassador_named_after_his_country_stands_for_it(links: LinksComponent) -> None:
    text = "Sáng 14/5, Chủ tịch Hue tiếp Đại sứ Italy tại Việt Nam Marco Bellini."
    start = text.index("Marco")
    person = Person("Marco Bellini", "Đại sứ Italy tại Việt Nam", "Italy",
                    ((start, start + 13),))
    doc = make_doc(text, "vi", people=(person,))
    assert {frozenset(x.parties) for x in links(doc).links} == {frozenset({"Hue", "Italy"})}


def test_a_country_named_by_its_envoys_adjective_only_stands_through_him(
        links: LinksComponent) -> None:
    text = ("Hamburg und Blois sind Partnerstädte. Der Bürgermeister von Hamburg empfing am "
            "Mittwoch den chinesischen Generalkonsul Li Wei.")
    start = text.index("Li Wei")
    person = Person("Li Wei", "chinesischen Generalkonsul", "China", ((start, start + 6),))
    doc = make_doc(text, "de", people=(person,))
    assert link_kinds(links, doc) == {frozenset({"Hamburg", "Blois"}): "twinning",
                                      frozenset({"Hamburg", "China"}): "cooperation"}


def test_a_citizen_with_no_office_does_not_stand_for_his_country(
        links: LinksComponent) -> None:
    # the nationality makes the winners Kenyan and Ethiopian, but a runner acts for no one
    text = ("El keniano Daniel Kiprono y la etíope Tigist Alemu ganaron ayer el Maratón de "
            "Hamburg, que reunió a más de 32.000 corredores.")
    people = tuple(Person(name, None, country, ((text.index(name),
                                                 text.index(name) + len(name)),))
                   for name, country in (("Daniel Kiprono", "Kenya"),
                                         ("Tigist Alemu", "Ethiopia")))
    doc = make_doc(text, "es", people=people)
    assert link_pairs(links, doc) == set()


def test_places_listed_after_from_are_one_side(links: LinksComponent) -> None:
    doc = make_doc("Thành phố Huế đón doanh nghiệp từ Blois và Torino tới dự hội chợ.", "vi")
    assert link_pairs(links, doc) == {frozenset({"Hue", "Blois"}), frozenset({"Hue", "Turin"})}


@pytest.mark.parametrize(("text", "language"), [
    ("Chủ tịch UBND thành phố Huế tiếp Đại sứ Italy.", "vi"),
    ("The mayor of Hue received the Ambassador of Italy.", "en"),
])
def test_a_country_after_its_unnamed_envoy_acts_through_him(
        links: LinksComponent, text: str, language: str) -> None:
    assert link_pairs(links, make_doc(text, language)) == {frozenset({"Hue", "Italy"})}


def test_place_inside_an_organisation_name_is_the_organisation(links: LinksComponent) -> None:
    text = "The Hamburg Chamber of Commerce signed an agreement with Da Nang."
    org = Organization("org:hamburg-chamber-of-commerce", "Hamburg Chamber of Commerce", "DE",
                       "chamber", ((4, 30),))
    pairs = {frozenset(x.parties) for x in links(make_doc(text, "en", organizations=(org,))).links}
    assert pairs == {frozenset({"Hamburg Chamber of Commerce", "Da Nang"})}


def test_events_of_a_signing(links: LinksComponent) -> None:
    doc = links(make_doc("Blois and Hue signed an agreement on 23 May 2007 in Florence.", "en"))
    assert [(e.type, e.date, set(e.parties), e.place) for e in doc.events] == [
        ("signing", "2007-05-23", {"Blois", "Hue"}, "Florence")]


def link_pairs(links: LinksComponent, doc: Doc) -> set[frozenset[str]]:
    return {frozenset(link.parties) for link in links(doc).links}


@pytest.mark.parametrize(("text", "language"), [
    ("Il protocollo prevede un tavolo tecnico che si riunirà una volta all'anno, alternando "
     "Torino e Hue.", "it"),
    ("The memorandum sets up a committee that meets every year, alternately in Turin and in "
     "Hue.", "en"),
    ("Das Abkommen sieht einen Ausschuss vor, der jährlich abwechselnd in Turin und Hue "
     "tagt.", "de"),
])
def test_the_seats_where_a_body_meets_in_turn_are_no_parties(
        links: LinksComponent, text: str, language: str) -> None:
    """"alternando Torino e Hue": where the table meets in turn, not a pair of its own."""
    assert link_pairs(links, make_doc(text, language)) == set()


def test_a_list_of_pairings_links_each_pair_only(links: LinksComponent) -> None:
    doc = make_doc("The pairings are: Blois and Da Nang; Turin and Hue; "
                   "Hamburg and Ho Chi Minh City.", "en")
    assert link_pairs(links, doc) == {frozenset({"Blois", "Da Nang"}), frozenset({"Turin", "Hue"}),
                                      frozenset({"Hamburg", "Ho Chi Minh City"})}


@pytest.mark.parametrize(("text", "language", "pairs"), [
    ("Blois's twin towns are Hamburg and Turin.", "en",
     {frozenset({"Blois", "Hamburg"}), frozenset({"Blois", "Turin"})}),
    ("Partnerskými městy Kolína jsou Ansbach a Lecco.", "cs",
     {frozenset({"Kolína", "Ansbach"}), frozenset({"Kolína", "Lecco"})}),
    ("Le città gemellate con Pesaro sono Rastatt e Nitra.", "it",
     {frozenset({"Pesaro", "Rastatt"}), frozenset({"Pesaro", "Nitra"})}),
    # after a town's count of its ties ("其中包括", among them), a status word glued before
    # "和" and each town's country before it
    ("广州市已与40个城市建立了友好城市关系，其中包括米兰市和里昂市。", "zh",
     {frozenset({"广州", "米兰"}), frozenset({"广州", "里昂"})}),
    ("广州市已与40个城市建立了友好城市关系，其中包括意大利米兰市和德国里昂市。", "zh",
     {frozenset({"广州", "米兰"}), frozenset({"广州", "里昂"})}),
    # each town after the country that holds it: the country locates it, the list goes on
    ("广州市已与40个城市建立了友好城市关系，其中包括意大利米兰市和法国里昂市。", "zh",
     {frozenset({"广州", "米兰"}), frozenset({"广州", "里昂"})}),
])
def test_twins_listed_after_their_verb_are_the_named_town_s_only(
        links: LinksComponent, text: str, language: str, pairs: set[frozenset[str]]) -> None:
    """"Blois's twin towns are Hamburg and Turin": each listed town is Blois's twin, not
    the other listed town's."""
    assert link_pairs(links, make_doc(text, language)) == pairs


@pytest.mark.parametrize("text", [
    "The council would also learn from Blois's other sister cities, which include Hamburg and "
    "Turin.",
    "The mayor hopes to visit Blois's twin towns, which are Hamburg and Turin.",
    "The delegation will tour Blois's sister cities, which include Hamburg and Turin.",
])
def test_twins_listed_in_a_relative_clause_exist_whatever_the_sentence_plans(
        links: LinksComponent, text: str) -> None:
    """"... would learn from Würzburg's other sister cities, which include Caen": the twins
    the clause lists are twins, not a plan of the sentence's."""
    assert link_kinds(links, make_doc(text, "en")) == {
        frozenset({"Blois", "Hamburg"}): "twinning", frozenset({"Blois", "Turin"}): "twinning"}


@pytest.mark.parametrize(("text", "language", "pairs"), [
    ("Blois counts Hamburg, Turin and Osaka among its sister cities.", "en",
     {frozenset({"Blois", "Hamburg"}), frozenset({"Blois", "Turin"}),
      frozenset({"Blois", "Osaka"})}),
    ("The mayor of Blois welcomed guests from Hamburg, which has been among its twin towns "
     "since 1979 together with Turin.", "en",
     {frozenset({"Blois", "Hamburg"}), frozenset({"Blois", "Turin"})}),
    ("Blois annovera tra le sue città gemelle Hamburg e Torino.", "it",
     {frozenset({"Blois", "Hamburg"}), frozenset({"Blois", "Turin"})}),
    ("Blois zählt Hamburg und Turin zu seinen Partnerstädten.", "de",
     {frozenset({"Blois", "Hamburg"}), frozenset({"Blois", "Turin"})}),
    # no town named apart from the list: its owner is unknown, and the listed are no pair
    ("Hamburg and Osaka are among its sister cities.", "en", set()),
    # the owner named right after the phrase, which a dash or a colon closes
    ("Среди других побратимов Блуа — немецкий Гамбург и вьетнамский Дананг.", "ru",
     {frozenset({"Блуа", "Гамбург"}), frozenset({"Блуа", "Дананг"})}),
    ("Среди побратимов Блуа: Гамбург и Дананг.", "ru",
     {frozenset({"Блуа", "Гамбург"}), frozenset({"Блуа", "Дананг"})}),
    ("Серед інших побратимів Блуа — німецький Гамбург і Хюе.", "uk",
     {frozenset({"Блуа", "Гамбург"}), frozenset({"Блуа", "Хюе"})}),
    # a list of towns, each after its country, closed by their count ("등 6개 도시와")
    ("수원시는 현재 이탈리아 밀라노시, 미국 시애틀시 등 6개 도시와 자매결연을 맺고 있다.", "ko",
     {frozenset({"수원", "밀라노"}), frozenset({"수원", "시애틀"})}),
])
def test_towns_among_its_twins_are_the_first_town_s_only(
        links: LinksComponent, text: str, language: str, pairs: set[frozenset[str]]) -> None:
    """"Blois counts Hamburg and Turin among its sister cities": each is Blois's twin, not
    the other listed town's."""
    assert link_pairs(links, make_doc(text, language)) == pairs


@pytest.mark.parametrize(("text", "language", "pairs"), [
    ("Under the programme, Hue has been paired with Blois, and Da Nang with Hamburg.", "en",
     [{"Hue", "Blois"}, {"Da Nang", "Hamburg"}]),
    ("Torino lavorerà in coppia con Blois sul turismo, Firenze con Hamburg, e Hue con "
     "Monterrey.", "it", [{"Turin", "Blois"}, {"Florence", "Hamburg"}, {"Hue", "Monterrey"}]),
    ("Hue was paired with Blois, while Da Nang was paired with Hamburg.", "en",
     [{"Hue", "Blois"}, {"Da Nang", "Hamburg"}]),
    # the last pairing after "and" ("..., Indore with Porto and Kochi with Gdańsk")
    ("The city pairs, Hue with Blois, Da Nang with Hamburg and Turin with Monterrey, signed "
     "letters of intent.", "en",
     [{"Hue", "Blois"}, {"Da Nang", "Hamburg"}, {"Turin", "Monterrey"}]),
    # two subjects of two pairs, each with its own verb, after ", while"
    ("Hue and Blois tested a bus app, while Da Nang and Hamburg launched a joint pilot.", "en",
     [{"Hue", "Blois"}, {"Da Nang", "Hamburg"}]),
])
def test_a_gapped_list_of_pairings_links_each_pair_only(links: LinksComponent, text: str,
                                                        language: str,
                                                        pairs: list[set[str]]) -> None:
    assert link_pairs(links, make_doc(text, language)) == {frozenset(p) for p in pairs}


@pytest.mark.parametrize(("text", "kind"), [
    ("Huế mong muốn thiết lập quan hệ hợp tác với Blois.\n"
     "Ngày 10/5/2023, tại Blois, đoàn đã đến chào xã giao lãnh đạo Blois.", "cooperation"),
    # a trip to two countries is no call on one party of the pair
    ("Huế mong muốn thiết lập quan hệ hợp tác với Blois.\n"
     "Ngày 10/5/2023, đoàn đã đến thăm và làm việc tại Blois và Italy.", "proposal"),
])
def test_a_delegation_calling_on_one_party_of_the_pair_is_the_other(
        links: LinksComponent, text: str, kind: str) -> None:
    doc = make_doc(text, "vi")
    assert link_kinds(links, doc) == {frozenset({"Blois", "Hue"}): kind}


@pytest.mark.parametrize(("text", "language"), [
    ("Blois and Hue signed an agreement.\n"
     "On 3 July 2023, the delegation met the mayor of Da Nang.", "en"),
    ("Blois e Huế hanno firmato un protocollo.\n"
     "Lunedì 3 luglio la delegazione ha incontrato il sindaco di Da Nang.", "it"),
])
def test_an_unnamed_delegation_calling_on_a_third_place_is_the_pair_party_foreign_to_it(
        links: LinksComponent, text: str, language: str) -> None:
    found = {frozenset(x.parties): (x.kind, x.date) for x in links(make_doc(text, language)).links}
    assert found[frozenset({"Blois", "Da Nang"})] == ("cooperation", "2023-07-03")


def test_the_town_where_an_unnamed_delegation_meets_its_province_is_no_host(
        links: LinksComponent) -> None:
    text = ("Si è chiusa ieri la missione di Firenze in Vietnam. Lunedì 3 luglio la delegazione "
            "ha avuto una sessione di lavoro a Hội An con il vicepresidente della provincia di "
            "Quảng Nam.")
    assert link_pairs(links, make_doc(text, "it")) == {frozenset({"Florence", "Quang Nam"})}


def test_an_unnamed_delegation_calls_on_every_host_of_its_sentence(
        links: LinksComponent) -> None:
    text = ("Il sindaco di Firenze è in Vietnam. Firenze e Huế hanno firmato un protocollo.\n"
            "Lunedì 3 luglio la delegazione ha visitato a Da Nang lo stabilimento della "
            "Saigon Robotics, per poi rendere una visita di cortesia al sindaco di Da Nang.")
    start = text.index("Saigon Robotics")
    org = Organization("org:saigon-robotics", "Saigon Robotics", None, "company",
                       ((start, start + len("Saigon Robotics")),))
    found = link_pairs(links, make_doc(text, "it", organizations=(org,)))
    assert frozenset({"Florence", "Da Nang"}) in found
    assert frozenset({"Saigon Robotics", "Da Nang"}) not in found


def test_the_host_s_own_country_does_not_stop_an_unnamed_delegation_s_call(
        links: LinksComponent) -> None:
    """"đoàn sang Italy, làm việc với lãnh đạo thành phố Florence": Italy says where the
    host is; the trip does not go beyond it."""
    text = ("Huế và Blois đã ký biên bản ghi nhớ.\n"
            "Ngày 3/7/2023, đoàn sang Italy, làm việc với lãnh đạo thành phố Florence.")
    found = {frozenset(x.parties): (x.kind, x.date) for x in links(make_doc(text, "vi")).links}
    assert [(pair - {"Florence"}, value) for pair, value in found.items()
            if "Florence" in pair] == [({"Hue"}, ("cooperation", "2023-07-03"))]


def test_a_ward_s_city_after_its_comma_locates_it(links: LinksComponent) -> None:
    """"quận Sumida, thủ đô Tokyo": the city that holds the ward is no party."""
    text = "Huế ký biên bản ghi nhớ với quận Sumida, thủ đô Tokyo (Nhật Bản)."
    extra = {"Sumida": ("city", "JP", "Tokyo"), "Tokyo": ("city", "JP", "Tokyo")}
    doc = make_doc(text, "vi")
    added = []
    for name, (kind, country, admin1) in extra.items():
        start = text.index(name)
        added.append(Place(f"test:{name}", name, kind, country,  # type: ignore[arg-type]
                           admin1=admin1, mentions=((start, start + len(name)),)))
    doc = dataclasses.replace(doc, places=tuple(sorted(
        (*doc.places, *added), key=lambda p: p.mentions[0])))
    assert link_pairs(links, doc) == {frozenset({"Hue", "Sumida"})}


def test_the_city_that_holds_the_story_s_ward_stands_for_it(links: LinksComponent) -> None:
    """"đoàn quận Sumida sang thăm Hà Nội", in a story about Hanoi's Tay Ho district and
    Sumida: the visit is to the ward, and dates its twinning."""
    text = ("Quận Tây Hồ kỷ niệm 10 năm quan hệ hữu nghị với quận Sumida.\n"
            "Quan hệ hữu nghị giữa hai quận được thiết lập từ năm 2014, khi đoàn quận Sumida "
            "sang thăm Hà Nội.")
    extra = {"Tây Hồ": ("Tay Ho", "VN", "Hanoi"), "Sumida": ("Sumida", "JP", "Tokyo"),
             "Hà Nội": ("Hanoi", "VN", "Hanoi")}
    doc = make_doc(text, "vi", published="2024-10-16")
    added = []
    for surface, (name, country, admin1) in extra.items():
        spans = tuple((m.start(), m.end()) for m in re.finditer(surface, text))
        added.append(Place(f"test:{name}", name, "city", country, admin1=admin1,
                           mentions=spans))
    doc = dataclasses.replace(doc, places=tuple(sorted(added, key=lambda p: p.mentions[0])))
    found = {frozenset(x.parties): (x.kind, x.date) for x in links(doc).links}
    assert found == {frozenset({"Tay Ho", "Sumida"}): ("twinning", "2014")}


@pytest.mark.parametrize(("second", "pairs"), [
    ("Tottori has been a friendship partner of Hue since 1994.",
     {frozenset({"Blois", "Tottori"}), frozenset({"Tottori", "Hue"})}),
    # called a city, it is the city
    ("Tottori city has been a friendship partner of Hue since 1994.",
     {frozenset({"Blois", "Tottori"}), frozenset({"Tottori-shi", "Hue"})}),
])
def test_a_bare_name_a_named_region_shares_with_its_capital_is_the_region(
        links: LinksComponent, second: str, pairs: set[frozenset[str]]) -> None:
    """"Governor of Tottori Prefecture ... Tottori has been a friendship partner of ...": the
    prefecture, not its capital (which the places keep)."""
    text = f"Blois received the Governor of Tottori Prefecture on Monday.\n{second}"
    doc = make_doc(text, "en")
    start = text.index("Tottori Prefecture")
    bare = text.index("Tottori", start + 1)
    added = [Place("test:tottori-pref", "Tottori", "region", "JP",
                   mentions=((start, start + len("Tottori Prefecture")),)),
             Place("test:tottori-shi", "Tottori-shi", "city", "JP", admin1="Tottori",
                   mentions=((bare, bare + len("Tottori")),))]
    doc = dataclasses.replace(doc, places=tuple(sorted(
        (*doc.places, *added), key=lambda p: p.mentions[0])))
    assert link_pairs(links, doc) == pairs


def test_a_bare_name_is_the_city_where_the_region_is_named_by_its_adjective(
        links: LinksComponent) -> None:
    """"župan Zadarske županije ... Zadar je zbratimljen s ...": Croatian names the county by
    an adjective of its town's name, so the bare name, which the county's English name
    ("Zadar County") holds, stays the town's."""
    text = ("Blois je primio župana Zadarske županije.\n"
            "Zadar je od 2001. godine zbratimljen s gradom Hue.")
    doc = make_doc(text, "hr")
    start = text.index("Zadarske županije")
    bare = text.index("Zadar je")
    added = [Place("test:zadar-county", "Zadar County", "region", "HR",
                   mentions=((start, start + len("Zadarske županije")),)),
             Place("test:zadar", "Zadar", "city", "HR", admin1="Zadar County",
                   mentions=((bare, bare + len("Zadar")),))]
    doc = dataclasses.replace(doc, places=tuple(sorted(
        (*doc.places, *added), key=lambda p: p.mentions[0])))
    assert frozenset({"Zadar", "Hue"}) in link_pairs(links, doc)


@pytest.mark.parametrize(("second", "pairs"), [
    ("Tottori est jumelée avec Hue depuis 1994.",
     {frozenset({"Blois", "Tottori"}), frozenset({"Tottori", "Hue"})}),
    # French writes "à" before a town ("au Québec" is the province, "à Québec" the city)
    ("Une délégation de Hue se rend à Tottori pour signer un jumelage.",
     {frozenset({"Blois", "Tottori"}), frozenset({"Tottori-shi", "Hue"})}),
])
def test_a_bare_name_after_french_a_is_the_city(links: LinksComponent, second: str,
                                                 pairs: set[frozenset[str]]) -> None:
    text = f"Blois a reçu lundi le gouverneur de la préfecture de Tottori.\n{second}"
    doc = make_doc(text, "fr")
    start = text.index("Tottori")
    bare = text.index("Tottori", start + 1)
    added = [Place("test:tottori-pref", "Tottori", "region", "JP",
                   mentions=((start, start + len("Tottori")),)),
             Place("test:tottori-shi", "Tottori-shi", "city", "JP", admin1="Tottori",
                   mentions=((bare, bare + len("Tottori")),))]
    doc = dataclasses.replace(doc, places=tuple(sorted(
        (*(p for p in doc.places if "Tottori" not in p.name), *added),
        key=lambda p: p.mentions[0])))
    assert link_pairs(links, doc) == pairs


def test_an_unnamed_delegation_calls_on_a_host_and_its_company(links: LinksComponent) -> None:
    """A company visited after the call ("sau đó thăm nhà máy của Tập đoàn ...") leaves the
    host the delegation's."""
    text = ("Huế và Blois đã ký biên bản ghi nhớ.\n"
            "Ngày 3/7/2023, đoàn sang Italy, làm việc với lãnh đạo thành phố Florence về hợp tác "
            "năng lượng, sau đó thăm nhà máy của Tập đoàn Saigon Robotics tại Florence.")
    start = text.index("Saigon Robotics")
    org = Organization("org:saigon-robotics", "Saigon Robotics", "IT", "company",
                       ((start, start + len("Saigon Robotics")),))
    found = {frozenset(x.parties): (x.kind, x.date)
             for x in links(make_doc(text, "vi", organizations=(org,))).links}
    assert found[frozenset({"Hue", "Florence"})] == ("cooperation", "2023-07-03")


def test_a_relation_word_in_a_programme_name_is_no_cue(links: LinksComponent) -> None:
    text = "Hue and Blois joined the International Urban Cooperation programme."
    start = text.index("International")
    name = "International Urban Cooperation"
    org = Organization("org:iuc", name, "EU", "programme", ((start, start + len(name)),))
    assert link_pairs(links, make_doc(text, "en", organizations=(org,))) == set()


def test_the_story_party_travelling_with_compatriots_is_no_cooperation_of_theirs(
        links: LinksComponent) -> None:
    text = ("Blois signed an agreement with Hue.\n"
            "The mission of Blois went on with a delegation of Blois University.")
    start = text.index("Blois University")
    org = Organization("org:blois-university", "Blois University", "FR", "university",
                       ((start, start + len("Blois University")),))
    assert link_pairs(links, make_doc(text, "en", organizations=(org,))) == {
        frozenset({"Blois", "Hue"})}


def test_a_pairing_of_two_cities_with_two_is_one_link_of_four(links: LinksComponent) -> None:
    doc = make_doc("The pairings are: Blois and Monterrey; Hue and Da Nang and Turin and "
                   "Florence.", "en")
    four = ("Hue", "Da Nang", "Turin", "Florence")
    assert link_pairs(links, doc) == {frozenset({"Blois", "Monterrey"})} | {
        frozenset({a, b}) for i, a in enumerate(four) for b in four[i + 1:]}


@pytest.mark.parametrize(("text", "language"), [
    ("Fans travelled from Hamburg, Blois and as far as Hue to see the band.", "en"),
    ("The band's tour moves on to Turin and Hamburg in June.", "en"),
    ("The delegation visited Monterrey and Florence last week.", "en"),
])
def test_the_stops_of_a_trip_with_no_traveller_named_are_no_partners(
        links: LinksComponent, text: str, language: str) -> None:
    assert link_pairs(links, make_doc(text, language)) == set()


def test_semicolons_of_one_list_keep_its_partners(links: LinksComponent) -> None:
    text = "Blois's other sister cities include Hamburg, Germany; Turin, Italy; and Monterrey."
    assert link_pairs(links, make_doc(text, "en")) == {
        frozenset({"Blois", "Hamburg"}), frozenset({"Blois", "Turin"}),
        frozenset({"Blois", "Monterrey"})}


def test_towns_an_apposition_places_a_town_between_are_no_parties(
        links: LinksComponent) -> None:
    text = ("Blois and Hue, a city of about 340,000 between Florence and Turin, became sister "
            "cities in 1961.")
    assert link_pairs(links, make_doc(text, "en")) == {frozenset({"Blois", "Hue"})}


def test_partners_listed_after_with_are_not_partners_of_each_other(
        links: LinksComponent) -> None:
    assert link_pairs(links, make_doc("It is twinned with Hamburg, Turin and Monterrey.",
                                      "en")) == set()
    assert link_pairs(links, make_doc("Blois is twinned with Hamburg, Turin and Monterrey.",
                                      "en")) == {frozenset({"Blois", "Hamburg"}),
                                                 frozenset({"Blois", "Turin"}),
                                                 frozenset({"Blois", "Monterrey"})}
    # each with what holds it: the list goes on through "in Italy"
    text = "Blois is also twinned with Hamburg, Turin in Italy and Hue in Vietnam."
    assert link_pairs(links, make_doc(text, "en")) == {
        frozenset({"Blois", "Hamburg"}), frozenset({"Blois", "Turin"}),
        frozenset({"Blois", "Hue"})}


@pytest.mark.parametrize(("text", "language"), [
    ("Blois et Turin sont jumelées depuis 1994. La ville est également jumelée avec Hamburg, "
     "en Allemagne, et Hue, au Vietnam.", "fr"),
    ("Blois e Turin sono gemellate dal 1994. La città è gemellata anche con Hamburg, in "
     "Germania, e Hue, in Vietnam.", "it"),
    ("Blois and Turin have been twinned since 1994. The city is also twinned with Hamburg, "
     "in Germany, and Hue, in Vietnam.", "en"),
])
def test_a_list_of_twins_goes_on_past_each_one_s_country_between_commas(
        links: LinksComponent, text: str, language: str) -> None:
    """"jumelée avec Osnabrück, en Allemagne, et Haarlem, aux Pays-Bas": two twins of the
    subject, not twins of each other."""
    assert link_pairs(links, make_doc(text, language)) == {
        frozenset({"Blois", "Turin"}), frozenset({"Blois", "Hamburg"}),
        frozenset({"Blois", "Hue"})}


@pytest.mark.parametrize(("text", "language"), [
    ("Exporters in Hue signed new contracts with buyers in Hamburg.", "en"),
    ("A Hue coffee roaster signed an agreement with a distributor in Hamburg.", "en"),
    ("Gli esportatori di Firenze hanno firmato contratti con clienti in Hamburg.", "it"),
    ("Les exportateurs de Blois ont signé des contrats avec des acheteurs à Hamburg.", "fr"),
    ("Los exportadores de Monterrey firmaron contratos con compradores en Hamburg.", "es"),
    ("Exporteure aus Blois unterzeichneten Verträge mit Kunden in Turin.", "de"),
    ("Exportadores de Braga assinaram contratos com compradores em Curitiba.", "pt"),
    ("A film by a Hue-born director won a prize with Hamburg partners.", "en"),
    # an airline's network
    ("A Hue airline has a codeshare partnership that lets passengers connect to flights to "
     "Hamburg and Turin.", "en"),
])
def test_a_market_and_a_birthplace_are_no_party(links: LinksComponent, text: str,
                                                language: str) -> None:
    assert link_pairs(links, make_doc(text, language)) == set()


def test_a_relation_between_unnamed_parties_relates_no_place(links: LinksComponent) -> None:
    text = "Turisti da Firenze e Hamburg affollano Torino: accordo tra albergatori sui prezzi."
    assert link_pairs(links, make_doc(text, "it")) == set()
    # a place named right after "tra" is a party again
    text = "Intesa tra Firenze e Hamburg sui prezzi."
    assert link_pairs(links, make_doc(text, "it")) == {frozenset({"Florence", "Hamburg"})}


def test_the_hosts_of_a_meeting_are_not_partners_of_each_other(links: LinksComponent) -> None:
    name = "Hamburg Chamber of Commerce"
    text = (f"Hue and Blois signed an agreement.\n"
            f"Meeting with the {name} and companies from Tuscany.")
    start = text.index(name)
    org = Organization("org:chamber", name, "DE", "chamber", ((start, start + len(name)),))
    pairs = link_pairs(links, make_doc(text, "en", organizations=(org,)))
    assert frozenset({name, "Tuscany"}) not in pairs
    assert frozenset({"Hue", name}) in pairs


@pytest.mark.parametrize(("text", "language"), [
    ("Tourists from Hamburg and Turin flocked to Hue for the partnership festival.", "en"),
    ("Turisti arrivati da Hamburg e da Blois hanno visitato Firenze, partner del progetto.",
     "it"),
    ("Đoàn du khách Ý từ Torino và Firenze đến Huế tham quan.", "vi"),
    # students named by their home
    ("Trường đã phối hợp đào tạo hơn 300 sinh viên Huế tại Hamburg.", "vi"),
    # a business delegation or a troupe of artists named by its home: firms and performers
    ("Năm ngoái, đoàn doanh nghiệp Huế cũng đã đến Hamburg tìm hiểu cơ hội đầu tư.", "vi"),
    ("Tại Hamburg, đoàn nghệ sĩ đến từ Huế biểu diễn múa rối nước.", "vi"),
    ("Một đoàn doanh nghiệp từ Huế và Blois đã sang Hamburg.", "vi"),
    # the ends of flights are no parties either, nor a received public's origins
    ("Blois recibió un millón de visitantes, con vuelos directos desde Hamburg y Turin.",
     "es"),
    ("Blois a reçu un million de visiteurs, avec des vols directs depuis Hamburg et Turin.",
     "fr"),
    # where cargo ships sail to
    ("La fruta salió del puerto de Blois rumbo a Hamburg y Turin, con un servicio naviero "
     "directo hasta Hue que ahorra una semana de viaje.", "es"),
    # the towns of two clubs are no parties of the clubs' partnership
    ("Les deux clubs de Blois et de Hue ont conclu un partenariat pour les jeunes.", "fr"),
])
def test_where_private_travellers_come_from_is_no_party(links: LinksComponent, text: str,
                                                        language: str) -> None:
    assert link_pairs(links, make_doc(text, language)) == set()


def test_a_venue_after_an_unknown_partner_is_no_party(links: LinksComponent) -> None:
    name = "Hue Airlines"
    text = f"{name} signed an agreement with Boeing in Hamburg."
    org = Organization("org:hue-airlines", name, "VN", "company", ((0, len(name)),))
    assert link_pairs(links, make_doc(text, "en", organizations=(org,))) == set()
    # with no partner named after "with", the venue is the counterpart of the visitor
    assert link_pairs(links, make_doc("The mayor of Hue signed an MoU in Hamburg.", "en")) == {
        frozenset({"Hue", "Hamburg"})}


def test_a_town_after_a_venue_and_and_is_a_venue_too(links: LinksComponent) -> None:
    text = ("Blois and Hue signed an agreement on tourism.\n"
            "Under it, a committee will meet alternately in Turin and Hamburg.")
    assert link_pairs(links, make_doc(text, "en")) == {frozenset({"Blois", "Hue"})}


def test_the_towns_of_a_list_after_a_venue_are_venues_too(links: LinksComponent) -> None:
    text = ("Under the agreement, Tuscany will recruit nurses from Quang Ninh through an "
            "agency that will run courses in Turin, Hamburg and Osaka.")
    assert link_pairs(links, make_doc(text, "en")) == {frozenset({"Tuscany", "Quang Ninh"})}


def test_a_named_traveller_visits_each_stop(links: LinksComponent) -> None:
    text = "The mayor of Blois visited Turin and Hamburg last week."
    assert link_pairs(links, make_doc(text, "en")) == {
        frozenset({"Blois", "Turin"}), frozenset({"Blois", "Hamburg"})}


@pytest.mark.parametrize(("text", "language"), [
    ("Blois and Turin signed an agreement with Hue.", "en"),
    ("Blois e Torino hanno firmato un accordo con Huế.", "it"),
    ("Blois và Torino đã ký thỏa thuận với Huế.", "vi"),
    ("Blois et Turin ont signé un accord avec Hue.", "fr"),
])
def test_coordinated_subjects_are_not_linked_to_each_other(
        links: LinksComponent, text: str, language: str) -> None:
    assert link_pairs(links, make_doc(text, language)) == {
        frozenset({"Blois", "Hue"}), frozenset({"Turin", "Hue"})}


def test_parties_of_one_side_cooperate_with_the_story_partner(links: LinksComponent) -> None:
    text = ("Monterrey and San Antonio signed a sister city agreement.\n"
            "The partners targeted for cooperation include San Antonio and the University "
            "of Texas.")
    start = text.index("University")
    org = Organization("org:university-of-texas", "University of Texas", "US", "university",
                       ((start, start + len("University of Texas")),))
    assert link_pairs(links, make_doc(text, "en", organizations=(org,))) == {
        frozenset({"Monterrey", "San Antonio"}), frozenset({"Monterrey", "University of Texas"})}


def test_a_story_pair_named_once_apart_lends_no_partner_to_one_side(
        links: LinksComponent) -> None:
    """A marathon's runners "from Hue" and its trains between its two home towns: the
    foreign town, named once and in no sentence of a relation, is no story partner of the
    home towns' partnership sentence."""
    text = ("The race starts in Florence and ends in Turin. Runners came from 42 countries, "
            "with large groups from Hue, Blois and Hamburg.\n"
            "The organizers announced a partnership with a sponsor and an agreement with a "
            "transit firm to run trains from Turin back to Florence.\n"
            "Florence and Turin really do work well on this one, the director said.")
    assert link_pairs(links, make_doc(text, "en")) == set()


def test_a_sentence_naming_both_sides_keeps_its_own_pairs(
        links: LinksComponent) -> None:
    text = ("Monterrey and San Antonio signed a sister city agreement.\n"
            "Monterrey also cooperates with Hamburg.")
    assert link_pairs(links, make_doc(text, "en")) == {
        frozenset({"Monterrey", "San Antonio"}), frozenset({"Monterrey", "Hamburg"})}


def test_a_following_sentence_about_the_agreement_gives_its_sectors(
        links: LinksComponent) -> None:
    text = ("Blois and Hue signed an agreement on Monday. The mayors spoke warmly. "
            "The agreement covers tourism and heritage.\n"
            "A new partnership on energy was also discussed.")
    result = links(make_doc(text, "en")).links
    assert [(set(link.parties), link.sectors) for link in result] == [
        ({"Blois", "Hue"}, ("culture_heritage", "tourism"))]


@pytest.mark.parametrize(("text", "language"), [
    ("Blois et Hue ont signé une convention lundi.\nD'une durée de trois ans, elle porte sur "
     "le tourisme et le patrimoine.", "fr"),
    ("Blois et Hue ont signé une convention lundi. Elle met l'accent sur le tourisme et le "
     "patrimoine.", "fr"),
    ("Blois y Hue firmaron un convenio el lunes. El texto prevé la promoción del turismo y "
     "del patrimonio.", "es"),
    ("Blois e Hue hanno firmato un protocollo lunedì. L'intesa riguarda il turismo e il "
     "patrimonio.", "it"),
    # one of the pair named in a field is no party of its own
    ("Blois et Hue ont signé une convention lundi. Elle porte sur le tourisme au départ de "
     "la gare de Hue et sur le patrimoine.", "fr"),
])
def test_a_sentence_stating_what_the_instrument_covers_gives_its_sectors(
        links: LinksComponent, text: str, language: str) -> None:
    """No cue word, no party: after a ``scope`` phrase ("elle porte sur", "el texto prevé")
    the fields are the relation's just reported."""
    result = links(make_doc(text, language)).links
    assert [(set(link.parties), link.sectors) for link in result] == [
        ({"Blois", "Hue"}, ("culture_heritage", "tourism"))]


def test_the_next_paragraph_naming_the_instrument_again_gives_its_sectors(
        links: LinksComponent) -> None:
    text = ("Blois and Hue signed a cultural agreement on Monday.\n"
            "Under the agreement, work will also focus on tourism.\n"
            "The mayors also spoke of energy and signed the guest book.")
    result = links(make_doc(text, "en")).links
    assert [(set(link.parties), link.sectors) for link in result] == [
        ({"Blois", "Hue"}, ("culture_heritage", "tourism"))]


def test_german_fields_are_the_heads_of_compounds(links: LinksComponent) -> None:
    text = ("Hamburg und Blois unterzeichneten eine Vereinbarung zur Elektronikindustrie und "
            "zur Radverkehrsplanung.")
    assert [link.sectors for link in links(make_doc(text, "de")).links] == [
        ("industry", "transport_mobility")]


def test_a_headline_in_the_present_does_not_date_the_signing_told_below(
        links: LinksComponent) -> None:
    text = ("Blois tekent akkoord met Hue\n"
            "BLOIS – Blois en Hue hebben gisteren een akkoord getekend.")
    result = links(make_doc(text, "nl", published="2024-06-20")).links
    assert [(link.kind, link.date) for link in result] == [("agreement", "2024-06-19")]


def test_the_next_paragraph_naming_the_instrument_after_another_sentence_gives_sectors(
        links: LinksComponent) -> None:
    text = ("Blois en Hue hebben dinsdag een samenwerkingsovereenkomst ondertekend. De "
            "burgemeesters waren tevreden.\n\nDe afspraken gaan over waterbeheer en toerisme.")
    result = links(make_doc(text, "nl")).links
    assert [(set(link.parties), link.sectors) for link in result] == [
        ({"Blois", "Hue"}, ("environment_climate", "tourism"))]


def test_a_sentence_opening_on_the_instrument_gives_its_fields_though_it_names_bodies(
        links: LinksComponent) -> None:
    """"Under the renewed agreement, researchers from A and B will ...": the bodies' project,
    and fields of the agreement told a few sentences before."""
    text = ("Blois and Hue renewed their cultural agreement on Monday.\n"
            "The relationship grew out of shared ties to rivers. \"Rivers matter,\" she said.\n"
            "Under the renewed agreement, researchers from Alpha Institute and Beta University "
            "will run a study on tourism.")
    orgs = tuple(Organization(f"test:{n}", n, "FR", "institute", mentions=(
        (text.find(n), text.find(n) + len(n)),)) for n in ("Alpha Institute", "Beta University"))
    result = {frozenset(x.parties): x.sectors
              for x in links(make_doc(text, "en", organizations=orgs)).links}
    assert result[frozenset({"Blois", "Hue"})] == ("culture_heritage", "education_research",
                                                   "tourism")


def test_italian_arts_are_culture(links: LinksComponent) -> None:
    text = "Firenze e Huế hanno firmato un patto di gemellaggio per scambi tra le orchestre."
    assert [link.sectors for link in links(make_doc(text, "it")).links] == [
        ("culture_heritage",)]


@pytest.mark.parametrize(("second", "sectors"), [
    # The next paragraph opens with the fields and names no one: the agreement's.
    ("Cooperation will also cover heritage.", ("culture_heritage", "tourism")),
    # It names countries: another matter.
    ("Italy and Vietnam want more cooperation in energy.", ("tourism",)),
])
def test_the_paragraph_after_the_agreement_gives_its_sectors_if_it_names_no_one(
        links: LinksComponent, second: str, sectors: tuple[str, ...]) -> None:
    text = "Blois and Hue signed an agreement on tourism on Monday.\n\n" + second
    result = links(make_doc(text, "en")).links
    assert [(set(link.parties), link.sectors) for link in result] == [
        ({"Blois", "Hue"}, sectors)]
    # the same when the agreement's paragraph goes on after it
    text = ("Blois and Hue signed an agreement on tourism on Monday. The text runs for five "
            "years.\n\n" + second)
    result = links(make_doc(text, "en")).links
    assert [(set(link.parties), link.sectors) for link in result] == [
        ({"Blois", "Hue"}, sectors)]


def test_the_next_paragraph_gives_its_sectors_after_a_sentence_of_no_relation(
        links: LinksComponent) -> None:
    text = ("Hamburg und Blois haben am Freitag eine Vereinbarung unterzeichnet. Die beiden "
            "Bürgermeister setzten ihre Unterschriften unter das Dokument.\n\n"
            "Die Zusammenarbeit soll sich auf Berufsbildung und Umwelttechnik konzentrieren.")
    result = links(make_doc(text, "de")).links
    assert [(set(link.parties), link.sectors) for link in result] == [
        ({"Hamburg", "Blois"}, ("education_research", "environment_climate"))]


def test_a_clause_after_a_semicolon_names_no_partner_of_the_one_before(
        links: LinksComponent) -> None:
    text = ("Hamburg pflegt seit 1991 eine Städtepartnerschaft mit Frankfurt; die Kontakte "
            "nach Hue entstanden bei einer Reise der Universität Hamburg.")
    start = text.index("Universität Hamburg")
    university = Organization("org:uni-hamburg", "Universität Hamburg", "DE", "university",
                              ((start, start + 19),))
    found = link_kinds(links, make_doc(text, "de", organizations=(university,)))
    assert frozenset({"Hamburg", "Hue"}) not in found  # no twinning across the semicolon


def test_a_district_body_is_twinned_and_in_parentheses_locates(links: LinksComponent) -> None:
    text = ("Der Rhein-Sieg-Kreis und Blois haben einen Partnerschaftsvertrag unterzeichnet. "
            "Die Gemeinde Hamburg (Rhein-Sieg-Kreis) ist mit Hue verschwistert.")
    spans = tuple((m.start(), m.end()) for m in re.finditer("Rhein-Sieg-Kreis", text))
    district = Organization("org:rhein-sieg-kreis", "Rhein-Sieg-Kreis", "DE", "government",
                            spans)
    assert link_kinds(links, make_doc(text, "de", organizations=(district,))) == {
        frozenset({"Rhein-Sieg-Kreis", "Blois"}): "twinning",
        frozenset({"Hamburg", "Hue"}): "twinning"}


def test_the_partners_of_a_group_are_the_whole_group(links: LinksComponent) -> None:
    text = ("Hamburg, Blois und Florence haben am Freitag eine Vereinbarung unterzeichnet. "
            "Die Unterschriften setzten die Bürgermeister im Rathaus.\n\nKernstück ist ein "
            "gemeinsames Ticket. Außerdem wollen die Partner beim Tourismus zusammenarbeiten.")
    result = links(make_doc(text, "de")).links
    assert {(frozenset(link.parties), link.sectors) for link in result} == {
        (frozenset(pair), ("tourism",)) for pair in (
            {"Hamburg", "Blois"}, {"Hamburg", "Florence"}, {"Blois", "Florence"})}


def test_a_sector_word_in_a_name_speaks_of_that_organisation_only(
        links: LinksComponent) -> None:
    text = "Hue signed agreements with the Hamburg Chamber of Commerce and with Blois."
    start = text.index("Hamburg Chamber")
    org = Organization("org:hamburg-chamber-of-commerce", "Hamburg Chamber of Commerce", "DE",
                       "chamber", ((start, start + len("Hamburg Chamber of Commerce")),))
    result = links(make_doc(text, "en", organizations=(org,))).links
    assert {frozenset(link.parties): link.sectors for link in result} == {
        frozenset({"Hue", "Hamburg Chamber of Commerce"}): ("economy_trade",),
        frozenset({"Hue", "Blois"}): ()}


def test_a_sector_word_in_a_place_s_name_speaks_of_no_field(links: LinksComponent) -> None:
    text = "Firenze è gemellata dal 1997 con Santiago de Compostela."  # not "compost*"
    result = links(make_doc(text, "it")).links
    assert {frozenset(link.parties): link.sectors for link in result} == {
        frozenset({"Florence", "Santiago de Compostela"}): ()}


def test_three_subjects_of_a_signing_are_one_group(links: LinksComponent) -> None:
    text = ("The Hue chapter of the Vietnam Friendship Union, Germany's Hamburg Foundation and "
            "Hue University on March 10 signed a memorandum of understanding.")
    doc = make_doc(text, "en", organizations=(
        _org(text, "Vietnam Friendship Union", "VN", "association"),
        _org(text, "Hamburg Foundation", "DE", "ngo"), _org(text, "Hue University", "VN",
                                                              "university")))
    pairs = link_pairs(links, doc)
    members = ["Vietnam Friendship Union", "Hamburg Foundation", "Hue University"]
    assert {frozenset(pair) for pair in combinations(members, 2)} <= pairs


def test_a_sector_word_in_a_name_lends_nothing_to_the_next_sentence(
        links: LinksComponent) -> None:
    text = ("The delegation of Hue visited the Hamburg Chamber of Commerce.\n"
            "Blois and Hue emphasised their long-term cooperation.")
    doc = make_doc(text, "en", organizations=(
        _org(text, "Hamburg Chamber of Commerce", "DE", "chamber"),))
    result = {frozenset(link.parties): link.sectors for link in links(doc).links}
    assert result[frozenset({"Blois", "Hue"})] == ()


@pytest.mark.parametrize(("text", "language"), [
    ("Une délégation de Florence a été reçue à Blois. Blois souhaite établir un jumelage avec "
     "la ville de Tuscany.", "fr"),
    ("A delegation of Florence visited Blois. Blois hopes to twin with the city in Tuscany.",
     "en"),
    ("A delegation of Florence visited Blois. Blois hopes to twin with the Tuscany city.",
     "en"),
])
def test_a_city_named_by_its_region_is_that_city(links: LinksComponent, text: str,
                                                 language: str) -> None:
    assert link_pairs(links, make_doc(text, language)) == {frozenset({"Florence", "Blois"})}


def test_a_region_after_a_comma_and_its_wrapper_locates_the_city(
        links: LinksComponent) -> None:
    text = "Đoàn công tác thành phố Da Nang, tỉnh Vinh Phuc đã làm việc với Hamburg."
    assert link_pairs(links, make_doc(text, "vi")) == {frozenset({"Da Nang", "Hamburg"})}


@pytest.mark.parametrize(("text", "language"), [
    ("The mayor of Blois received a delegation from Hue and recalled that the bond was born "
     "of a shared interest in the University of Texas.", "en"),
    ("El alcalde de Blois recibió a una delegación de Hue y recordó que el vínculo nació del "
     "interés por la University of Texas.", "es"),
])
def test_what_is_recalled_after_the_relation_names_no_party(
        links: LinksComponent, text: str, language: str) -> None:
    university = _org(text, "University of Texas", "US", "university")
    assert link_pairs(links, make_doc(text, language, organizations=(university,))) == {
        frozenset({"Blois", "Hue"})}


@pytest.mark.parametrize(("text", "language"), [
    ("The mayor of Blois recalled that Florence and Hue are twin cities.", "en"),
    ("O prefeito de Blois lembrou que Florence e Hue são cidades-irmãs.", "pt"),
])
def test_who_recalls_a_relation_of_two_others_is_no_party(
        links: LinksComponent, text: str, language: str) -> None:
    assert link_pairs(links, make_doc(text, language)) == {frozenset({"Florence", "Hue"})}


@pytest.mark.parametrize(("text", "language"), [
    ("Blois y Hue firmaron ayer un convenio. Para Blois es el primero en Asia. \"Hue conoce "
     "el valor del agua\", dijo el alcalde, quien recordó que la ciudad mantiene desde 2017 "
     "un convenio con Florence.", "es"),
    ("Blois and Hue signed an agreement yesterday. For Blois it is the first in Asia. “Hue "
     "knows the value of water,” said the mayor, who recalled that the city has had an "
     "agreement with Florence since 2017.", "en"),
    ("Blois e Hue hanno firmato ieri un accordo. Per Blois è il primo in Asia. «Hue conosce "
     "il valore dell'acqua», ha detto il sindaco, che ha ricordato che la città ha firmato "
     "nel 2017 un accordo con Florence.", "it"),
])
def test_a_place_the_speaker_quotes_before_a_report_is_no_party_of_the_relation_reported(
        links: LinksComponent, text: str, language: str) -> None:
    assert frozenset({"Hue", "Florence"}) not in link_pairs(links, make_doc(text, language))


def test_what_is_said_before_the_relation_still_names_its_parties(
        links: LinksComponent) -> None:
    text = "The mayor of Blois said that the city will sign an agreement with Hue."
    assert link_pairs(links, make_doc(text, "en")) == {frozenset({"Blois", "Hue"})}


def test_three_parties_between_are_one_link(links: LinksComponent) -> None:
    doc = make_doc("A memorandum of understanding between Florence, Hue and Da Nang was "
                   "signed.", "en")
    assert link_pairs(links, doc) == {frozenset({"Florence", "Hue"}),
                                      frozenset({"Florence", "Da Nang"}),
                                      frozenset({"Hue", "Da Nang"})}


@pytest.mark.parametrize(("text", "language", "members"), [
    ("Lãnh đạo ba tỉnh Vinh Phuc, Quang Ninh và Hamburg đã ký kết thỏa thuận hợp tác.", "vi",
     ["Vinh Phuc", "Quang Ninh", "Hamburg"]),
    ("Quang Ninh, Hue and Hamburg signed a memorandum of understanding.", "en",
     ["Quang Ninh", "Hue", "Hamburg"]),
])
def test_three_subjects_of_one_country_and_another_are_one_link(
        links: LinksComponent, text: str, language: str, members: list[str]) -> None:
    assert link_pairs(links, make_doc(text, language)) == {
        frozenset(pair) for pair in combinations(members, 2)}


def test_a_region_and_its_own_city_in_a_group_are_not_paired(links: LinksComponent) -> None:
    doc = make_doc("Tuscany, Florence and Hue signed a memorandum of understanding.", "en")
    assert link_pairs(links, doc) == {frozenset({"Florence", "Hue"}),
                                      frozenset({"Tuscany", "Hue"})}


def test_two_towns_named_together_without_a_cue_lend_nothing(links: LinksComponent) -> None:
    # a match report: the clubs' towns are named together in its lead, with no cue
    text = ("Tối qua, Hue thắng ngược Blois với tỷ số 3-2. Ban lãnh đạo đội bóng Hue đã thực "
            "hiện đúng thỏa thuận với nhà tài trợ.")
    assert link_pairs(links, make_doc(text, "vi")) == set()


def test_the_places_listed_as_a_market_are_no_parties(links: LinksComponent) -> None:
    text = "Hue đã ký thỏa thuận hợp tác với Blois và xuất khẩu sang Osaka và Manila."
    assert link_pairs(links, make_doc(text, "vi")) == {frozenset({"Hue", "Blois"})}


def test_a_consul_who_attends_talks_is_no_party(links: LinksComponent) -> None:
    text = ("Hue và Tuscany đã hội đàm. Dự hội đàm có ông Nguyễn Văn An, Tổng Lãnh sự Việt Nam "
            "tại Tuscany.")
    start = text.index("Nguyễn Văn An")
    person = Person("Nguyễn Văn An", "Tổng Lãnh sự Việt Nam tại Tuscany", "Vietnam",
                    ((start, start + 13),))
    assert link_pairs(links, make_doc(text, "vi", people=(person,))) == {
        frozenset({"Hue", "Tuscany"})}


def test_an_instrument_between_firms_is_not_the_witnesses(links: LinksComponent) -> None:
    text = ("Tại hội nghị, lãnh đạo Hue và Osaka đã chứng kiến lễ trao 7 biên bản ghi nhớ giữa "
            "các doanh nghiệp của hai bên.")
    assert "agreement" not in link_kinds(links, make_doc(text, "vi")).values()


def test_a_seat_written_with_its_noun_is_no_party(links: LinksComponent) -> None:
    text = "Hue đã ký thỏa thuận với Blois và một công ty có trụ sở tại thành phố Osaka."
    assert link_pairs(links, make_doc(text, "vi")) == {frozenset({"Hue", "Blois"})}


def test_the_ends_of_a_railway_are_no_parties(links: LinksComponent) -> None:
    text = ("Ông Nguyễn Văn An đề nghị phía Tuscany đẩy nhanh hợp tác thương mại, đặc biệt là "
            "tuyến đường sắt liên vận Da Nang - Florence.")
    assert link_pairs(links, make_doc(text, "vi")) == set()


@pytest.mark.parametrize(("text", "language"), [
    ("Công ty tại Hue vừa ký hợp đồng cung cấp gạo cho khách hàng tại Manila.", "vi"),
    ("Doanh nghiệp Hue mong muốn hợp tác lâu dài với các khách hàng Osaka.", "vi"),
    ("Một công ty của Hue đã ký kết hợp đồng xuất khẩu sang Osaka.", "vi"),
])
def test_a_firm_s_contract_and_its_customers_are_no_cooperation_of_places(
        links: LinksComponent, text: str, language: str) -> None:
    assert link_pairs(links, make_doc(text, language)) == set()


def test_a_venue_of_a_next_event_after_the_partner_of_with_is_no_party(
        links: LinksComponent) -> None:
    text = ("Đoàn tỉnh Quảng Nam đã làm việc với vùng Tuscany. Trước đó, ngày 7/10, đoàn đã "
            "làm việc với Trường Đại học Toscana về đào tạo và thăm một hợp tác xã trồng nho "
            "tại Blois.")
    doc = make_doc(text, "vi", organizations=(
        _org(text, "Trường Đại học Toscana", "IT", "university"),))
    assert link_pairs(links, doc) == {frozenset({"Quang Nam", "Tuscany"}),
                                      frozenset({"Quang Nam", "Trường Đại học Toscana"})}


def test_the_two_sides_of_a_story_with_no_pair_are_not_its_towns(links: LinksComponent) -> None:
    # a firm's buyer based in one town and a flight to another, each named once and apart:
    # "the two sides" who agreed on a price are the firms
    text = ("Một hợp tác xã của Hue đã ký hợp đồng với một công ty có trụ sở tại Osaka.\n"
            "Lô hàng đầu tiên sẽ được vận chuyển bằng đường hàng không đến Manila.\n"
            "Hai bên đã thỏa thuận được giá thu mua ổn định trong ba năm.")
    assert link_pairs(links, make_doc(text, "vi")) == set()


def test_the_ends_of_a_wished_flight_between_two_cities_are_no_parties(
        links: LinksComponent) -> None:
    text = ("Quảng Nam và Tuscany đã ký biên bản ghi nhớ. Chủ tịch Mario Rossi mong muốn sớm mở "
            "đường bay thẳng giữa Florence, thủ phủ của vùng, và Da Nang, đồng thời mời lãnh "
            "đạo tỉnh Quảng Nam dự hội nghị đầu tư của vùng vào tháng 11 tới.")
    assert link_pairs(links, make_doc(text, "vi")) == {frozenset({"Quang Nam", "Tuscany"})}


def test_a_place_told_by_its_old_name_before_its_new_one_is_the_new_one(
        links: LinksComponent) -> None:
    text = ("Ngày 12 tháng 3 năm 2005, lãnh đạo tỉnh Quảng Nam (nay là TP Da Nang) và vùng "
            "Tuscany đã ký kết biên bản thiết lập quan hệ hữu nghị.")
    found = {frozenset(x.parties): (x.kind, x.date) for x in links(make_doc(text, "vi")).links}
    assert found == {frozenset({"Da Nang", "Tuscany"}): ("twinning", "2005-03-12")}


def test_the_instruments_signed_before_are_not_dated_by_the_story(links: LinksComponent) -> None:
    text = ("Ngày 12/3, Chủ tịch UBND tỉnh Quảng Nam đã họp về công tác đối ngoại.\n"
            "- Tỉnh Quảng Nam tiếp tục triển khai có hiệu quả các thỏa thuận hợp tác đã ký với "
            "thành phố Blois.")
    found = {frozenset(x.parties): (x.kind, x.date) for x in links(make_doc(text, "vi")).links}
    assert found == {frozenset({"Quang Nam", "Blois"}): ("agreement", None)}


def test_the_body_a_sentence_s_words_come_from_is_no_party(links: LinksComponent) -> None:
    text = ("Theo Sở Công Thương Quảng Nam, hiệp định thương mại tự do ASEAN - Úc giúp trái cây "
            "được hưởng thuế suất 0%.")
    doc = make_doc(text, "vi", organizations=(
        _org(text, "Sở Công Thương Quảng Nam", "VN", "government"),
        _org(text, "ASEAN", None, "association")))  # type: ignore[arg-type]
    assert link_pairs(links, doc) == set()
    # the host of an invitation is no source
    text = "Theo lời mời của UBND tỉnh Quảng Nam, đoàn thành phố Blois đã sang thăm và làm việc."
    assert link_pairs(links, make_doc(text, "vi")) == {frozenset({"Quang Nam", "Blois"})}


def test_the_bodies_a_task_is_assigned_to_are_no_parties_of_the_tie(
        links: LinksComponent) -> None:
    text = ("Ngày 12/3, Chủ tịch UBND tỉnh Quảng Nam đã họp về công tác đối ngoại với Tuscany.\n"
            "- Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Ban Quản lý Di sản "
            "nghiên cứu, tham mưu việc thiết lập quan hệ kết nghĩa với thành phố Blois, địa "
            "phương có Công viên địa chất toàn cầu UNESCO.")
    doc = make_doc(text, "vi", organizations=(
        _org(text, "Sở Văn hóa, Thể thao và Du lịch", "VN", "government"),
        _org(text, "Ban Quản lý Di sản", "VN", "agency"),
        _org(text, "UNESCO", None, "association")))  # type: ignore[arg-type]
    found = {frozenset(x.parties): x.kind for x in links(doc).links}
    assert found[frozenset({"Quang Nam", "Blois"})] == "proposal"
    assert not any("Blois" in pair and len(pair & {"Sở Văn hóa, Thể thao và Du lịch",
                                                    "UNESCO"}) for pair in found)


def _org(text: str, name: str, country: str, kind: str) -> Organization:
    start = text.index(name)
    return Organization(f"org:{name.lower().replace(' ', '-')}", name, country, kind,
                        ((start, start + len(name)),))


def test_an_organisation_in_a_group_is_linked_to_its_compatriots_too(
        links: LinksComponent) -> None:
    # "between A, B and C" stands for every pair, the Vietnamese association with the
    # Vietnamese cities included; "the towns in X" are X's.
    text = ("A memorandum between the Association of Vietnamese Towns, the towns in Hamburg "
            "and Hue, Da Nang was signed.")
    doc = make_doc(text, "en", organizations=(
        _org(text, "Association of Vietnamese Towns", "VN", "association"),))
    members = ["Association of Vietnamese Towns", "Hamburg", "Hue", "Da Nang"]
    assert link_pairs(links, doc) == {frozenset(pair) for pair in combinations(members, 2)}


def test_an_organisation_after_a_possessive_is_no_member_of_the_group(
        links: LinksComponent) -> None:
    text = ("Along with the cooperation between Hue and Blois, Hue's Song Huong Company "
            "signed an agreement with Blois.")
    doc = make_doc(text, "en", organizations=(
        _org(text, "Song Huong Company", "VN", "company"),))
    assert frozenset({"Hue", "Song Huong Company"}) not in link_pairs(links, doc)


def test_a_place_in_parentheses_locates_the_party_before_it(links: LinksComponent) -> None:
    text = "Hue signed an agreement with the University of Pisa (Tuscany)."
    start = text.index("University")
    org = Organization("org:university-of-pisa", "University of Pisa", "IT", "university",
                       ((start, start + len("University of Pisa")),))
    doc = make_doc(text, "en", organizations=(org,))
    assert link_pairs(links, doc) == {frozenset({"Hue", "University of Pisa"})}


@pytest.mark.parametrize(("text", "date"), [
    ("On 20 July 2023 a delegation of Blois arrived in Paris.\n"
     "The delegation of Blois met the mayor of Hue.", "2023-07-20"),
    ("The delegation of Blois met the mayor of Hue.", "2023-07"),
    ("On 20-24 July 2023 a delegation of Blois toured Vietnam.\n"
     "The delegation of Blois met the mayor of Hue.", "2023-07"),
    ("Blois and Hue have been twin towns for years, and their mayors met.", None),
    ("Blois hopes to meet Hue.", None),
])
def test_an_event_without_its_own_date_is_dated_by_the_story(
        links: LinksComponent, text: str, date: str | None) -> None:
    result = links(make_doc(text, "en", published="2023-07-28")).links
    assert [(set(link.parties), link.date) for link in result] == [({"Blois", "Hue"}, date)]


@pytest.mark.parametrize(("text", "language", "kind", "date"), [
    # What a sentence reports during the range it names is on one of its days: the month.
    ("From 20 to 24 July a delegation of Blois visited Vietnam and met the mayor of Hue.",
     "en", "cooperation", "2023-07"),
    ("Tra il 20 e il 24 luglio una delegazione di Blois ha incontrato il sindaco di Huế.",
     "it", "cooperation", "2023-07"),
    ("Du 20 au 24 juillet, une délégation de Blois a rencontré le maire de Hue.",
     "fr", "cooperation", "2023-07"),
    ("Từ ngày 20 đến 24/7, đoàn Blois đã làm việc với lãnh đạo Huế.", "vi",
     "cooperation", "2023-07"),
    # A day of its own inside the range dates it.
    ("During its visit from 20 to 24 July, the delegation of Blois signed an agreement with "
     "Hue on 22 July.", "en", "agreement", "2023-07-22"),
    # Last month is the month before the story's.
    ("Lo scorso mese il sindaco di Huế ha firmato un accordo con Blois.", "it", "agreement",
     "2023-06"),
    ("Le mois dernier, le maire de Hue a signé un accord avec Blois.", "fr", "agreement",
     "2023-06"),
    ("El mes pasado, Monterrey y San Antonio firmaron un convenio de cooperación.", "es",
     "agreement", "2023-06"),
    ("Im vergangenen Monat unterzeichnete Hamburg eine Vereinbarung mit Da Nang.", "de",
     "agreement", "2023-06"),
    ("No mês passado, Lisboa e Curitiba assinaram um acordo de cooperação.", "pt", "agreement",
     "2023-06"),
    ("Vorige maand ondertekende Hamburg een overeenkomst met Da Nang.", "nl", "agreement",
     "2023-06"),
    ("Tháng trước, lãnh đạo Huế đã tiếp đoàn Blois.", "vi", "cooperation", "2023-06"),
    # A day written alone is of the month told before it, or of the story's.
    ("The delegation of Blois arrived in Vietnam on 20 July.\n"
     "On the 22nd, the mayor of Hue signed an agreement with Blois.", "en", "agreement",
     "2023-07-22"),
    ("Le 22, le maire de Hue a signé un accord avec Blois.", "fr", "agreement", "2023-07-22"),
])
def test_ranges_relative_months_and_days_alone_date_the_link(
        links: LinksComponent, text: str, language: str, kind: str, date: str) -> None:
    result = links(make_doc(text, language, published="2023-07-28")).links
    assert [(link.kind, link.date) for link in result] == [(kind, date)]


def test_without_publication_date_the_lead_dates_a_signing_told_later(
        links: LinksComponent) -> None:
    text = ("Mayors travelled to Hue on Friday 19 August 2022 to sign a political agreement.\n"
            "The accord outlines plans for the rebuilding of the city. The pact is signed by "
            "Blois and Hue.")
    result = links(make_doc(text, "en", published=None)).links
    assert [(link.kind, link.date) for link in result] == [("agreement", "2022-08-19")]


def test_a_twinning_dated_by_a_range_and_a_day_of_it_takes_the_day(
        links: LinksComponent) -> None:
    text = ("A delegation from Hue toured its sister city Blois from October 28 through "
            "November 1. The sister city relationship of Blois and Hue was affirmed by a "
            "proclamation on the 29th.")
    result = links(make_doc(text, "en", published="2013-11-01")).links
    assert [(link.kind, link.date) for link in result] == [("twinning", "2013-10-29")]


@pytest.mark.parametrize(("text", "language"), [
    # A signing told in the future is planned, on the coming 15 June of a February story.
    ("Blois signera un accord avec Hue le 15 juin.", "fr"),
    ("Hue will sign a cooperation agreement with Blois on June 15.", "en"),
    ("Il sindaco di Huế firmerà un accordo con Blois il 15 giugno.", "it"),
    ("Monterrey firmará un convenio con San Antonio el 15 de junio.", "es"),
    ("Lisboa assinará um acordo com Curitiba no dia 15 de junho.", "pt"),
    ("Blois zal op 15 juni een overeenkomst met Hue ondertekenen.", "nl"),
    ("Huế sẽ ký kết thỏa thuận hợp tác với Blois vào ngày 15/6.", "vi"),
])
def test_a_yearless_date_told_in_the_future_is_the_coming_one(
        links: LinksComponent, text: str, language: str) -> None:
    result = links(make_doc(text, language, published="2024-02-15")).links
    assert [(link.kind, link.date) for link in result] == [("proposal", "2024-06-15")]


@pytest.mark.parametrize(("text", "date"), [
    # The dateline dates the story, not the meeting it reports: only the month is sure.
    ("28 July 2023 – The delegation of Blois met the mayor of Hue.", "2023-07"),
    ("HANOI, July 28 (VNA) – The delegation of Blois met the mayor of Hue.", "2023-07"),
    # The same day named inside a sentence is the day of what the story reports.
    ("Visiting Italy on July 28, the mayor of Hue met Blois officials.\n"
     "The Hue delegation later signed an agreement with Blois.", "2023-07-28"),
])
def test_the_dateline_is_not_the_date_of_the_event(
        links: LinksComponent, text: str, date: str) -> None:
    result = links(make_doc(text, "en", published="2023-07-28")).links
    assert [(set(link.parties), link.date) for link in result] == [({"Blois", "Hue"}, date)]


def test_vi_building_relations_is_no_construction(links: LinksComponent) -> None:
    doc = make_doc("Huế và Blois ký kết thỏa thuận nhằm xây dựng quan hệ hợp tác, phát triển "
                   "kinh tế - xã hội.", "vi")
    assert [link.sectors for link in links(doc).links] == [("economy_trade",)]


def test_the_city_where_a_signing_is_held_is_not_a_party(links: LinksComponent) -> None:
    doc = make_doc("Chiều 12/3, tại thành phố Da Nang, chính quyền thành phố Huế và Blois đã "
                   "ký kết biên bản ghi nhớ hợp tác về chính quyền điện tử.", "vi")
    # "chính quyền thành phố Huế" is a party, "chính quyền điện tử" (e-government) a field.
    assert [(set(link.parties), link.sectors) for link in links(doc).links] == [
        ({"Hue", "Blois"}, ("smart_city_digital",))]


@pytest.mark.parametrize(("text", "language"), [
    ("Turin (ANSA) – A delegation of Hue visited Blois on Monday.", "en"),
    # a dateline with its date, as Spanish and French local news write it
    ("TURIN, 14 de marzo de 2024 – Blois y Hue firmaron un convenio este martes.", "es"),
    ("TURIN, Piémont, 8 mars 2024.- Blois et Hue ont signé une convention mardi.", "fr"),
    # a region and its wrapper after the comma; a press release's numeric date
    ("Turin, Tuscany Pref. – A delegation of Hue visited Blois on Monday.", "en"),
    ("Turin, 3/3/2026 – A delegation of Hue visited Blois on Monday.", "en"),
    # an agency's tag before the place, as ANSA writes it
    ("(ANSA) - TORINO, 12 MAR - Blois e Huế hanno firmato oggi a Torino un accordo.", "it"),
    # an Indian wire's agency tag ending the dateline with no dash
    ("Turin, Feb 4 (PTI) Blois and Hue on Wednesday signed an agreement here.", "en"),
    # a news site's domain after the place, as Indonesian news sites write it
    ("TURIN, TRIBUNJATIM.COM - Blois dan Hue menandatangani nota kesepahaman.", "id"),
    ("TURIN, KOMPAS.com - Blois dan Hue menandatangani nota kesepahaman.", "id"),
])
def test_the_dateline_place_is_not_a_party(links: LinksComponent, text: str,
                                           language: str) -> None:
    assert link_pairs(links, make_doc(text, language)) == {frozenset({"Hue", "Blois"})}


@pytest.mark.parametrize(("text", "expected"), [
    # an Indian paper's dateline: the town in capitals, alone on its line
    ("TURIN\n\nBlois signed an MoU with Hue.", "Turin"),
    ("Turin\n\nBlois signed an MoU with Hue.", None),
])
def test_a_town_in_capitals_alone_on_its_line_is_a_dateline(text: str,
                                                            expected: str | None) -> None:
    end = text.index("\n")
    assert dateline_place(text, [((0, end), "Turin")], [(0, end), (end + 2, len(text))]) \
        == expected


def test_a_wire_from_another_town_names_the_pair_s_town_of_its_country_by_its_own_body(
        links: LinksComponent) -> None:
    """"LIMA (EFE).- Trujillo y Xiamen ... El municipio mantiene ...": a wire filed from
    another town of the country; its town's own body is the pair's town of that country."""
    text = ("São Paulo – Curitiba e Hue assinaram um acordo de geminação. O município mantém "
            "um vínculo semelhante com Turin desde 1998.")
    found = {frozenset(link.parties): (link.kind, link.date)
             for link in links(make_doc(text, "pt")).links}
    assert found[frozenset({"Curitiba", "Turin"})] == ("twinning", "1998")
    assert frozenset({"São Paulo", "Turin"}) not in found


@pytest.mark.parametrize(("text", "language"), [
    ("Blois and Hue signed a twinning agreement in 2010. Blois has had a similar tie with "
     "Turin since 1998.", "en"),
    ("Blois e Hue hanno firmato un patto di gemellaggio nel 2010. Blois ha un legame analogo "
     "con Torino dal 1998.", "it"),
    ("Blois y Hue firmaron un acuerdo de hermanamiento en 2010. Blois mantiene un vínculo "
     "similar con Turin desde 1998.", "es"),
])
def test_a_relation_called_similar_is_of_the_kind_just_told(
        links: LinksComponent, text: str, language: str) -> None:
    """"un vínculo similar con Guayaquil", after a twinning: a twinning too."""
    assert link_kinds(links, make_doc(text, language)).get(
        frozenset({"Blois", "Turin"})) == "twinning"


@pytest.mark.parametrize(("text", "language"), [
    ("Blois – Le conseil municipal a approuvé lundi la délibération autorisant le maire à "
     "signer un accord avec Hue.", "fr"),
    ("Blois.– El pleno aprobó ayer una moción para hermanarse con Hue.", "es"),
    ("Blois – The City Council voted on Monday to seek a sister-city tie with Hue.", "en"),
])
def test_the_dateline_names_the_town_of_an_unnamed_own_body_after_it(
        links: LinksComponent, text: str, language: str) -> None:
    """"COLMAR – Le conseil municipal a approuvé ...": Colmar's council, a party."""
    assert link_kinds(links, make_doc(text, language)) == {
        frozenset({"Blois", "Hue"}): "proposal"}
    # another town's body leaves the dateline where the story is filed from
    other = "Blois – Le maire de Hue a signé un accord avec Florence."
    assert link_pairs(links, make_doc(other, "fr")) == {frozenset({"Hue", "Florence"})}


@pytest.mark.parametrize("text", [
    # a later sentence, its subject the town's noun that also opens "la commune de ..."
    "Blois – Le maire de Blois souhaite un jumelage avec Hue. La commune entretient par "
    "ailleurs depuis 1987 une coopération avec Florence.",
    "Blois – La commune a signé un accord avec Florence.",
])
def test_the_dateline_names_the_town_of_its_noun_opening_a_sentence(
        links: LinksComponent, text: str) -> None:
    assert frozenset({"Blois", "Florence"}) in link_pairs(links, make_doc(text, "fr"))
    # another town's: "La commune de Hue", "La commune portuaire de Hue"
    for named in ("La commune de Hue", "La commune portuaire de Hue"):
        other = text.replace("La commune", named)
        assert frozenset({"Blois", "Florence"}) not in link_pairs(links, make_doc(other, "fr"))


@pytest.mark.parametrize(("text", "language"), [
    ("Blois – Blois pourrait avoir une nouvelle ville jumelle. Le conseil municipal a approuvé "
     "lundi la délibération autorisant le maire à signer un accord avec Hue.", "fr"),
    ("Blois – Blois by mohl mít nové partnerské město. Zastupitelstvo ve čtvrtek schválilo "
     "záměr uzavřít smlouvu o partnerství s Hue.", "cs"),
    ("Blois – Blois soll eine neue Partnerstadt bekommen. Der Gemeinderat hat am Montag "
     "beschlossen, Gespräche über eine Städtepartnerschaft mit Hue aufzunehmen.", "de"),
])
def test_the_dateline_names_the_town_of_an_unnamed_own_body_after_a_lead_sentence(
        links: LinksComponent, text: str, language: str) -> None:
    """"LIBEREC – Liberec by mohl ... Zastupitelstvo ve čtvrtek schválilo ...": Liberec's
    council, a party, though a lead sentence stands between."""
    assert link_kinds(links, make_doc(text, language)) == {
        frozenset({"Blois", "Hue"}): "proposal"}


@pytest.mark.parametrize(("text", "language"), [
    ("Blois – The budget was adopted on Monday.\nOur city has signed an agreement with Hue.",
     "en"),
    ("Blois – Le budget a été adopté lundi.\nNotre ville a signé un accord avec Hue.", "fr"),
    ("Blois – Der Haushalt wurde am Montag beschlossen.\nUnsere Stadt hat ein Abkommen mit "
     "Hue unterzeichnet.", "de"),
    ("Blois – El presupuesto fue aprobado el lunes.\nNuestra ciudad firmó un acuerdo con Hue.",
     "es"),
    ("Blois – O orçamento foi aprovado na segunda-feira.\nA nossa cidade assinou um acordo "
     "com Hue.", "pt"),
])
def test_our_town_opening_a_sentence_is_the_dateline_s_town(
        links: LinksComponent, text: str, language: str) -> None:
    """A town's own release writes "Our city", "Notre ville": the town it is filed from."""
    assert link_kinds(links, make_doc(text, language)) == {
        frozenset({"Blois", "Hue"}): "agreement"}


def test_a_body_of_a_country_s_town_after_the_lead_is_not_the_dateline_s(
        links: LinksComponent) -> None:
    text = ("Blois – Blois cherche une ville jumelle. La ville allemande de Hamburg a signé "
            "un accord avec Hue.")
    assert frozenset({"Blois", "Hue"}) not in link_pairs(links, make_doc(text, "fr"))


def test_a_town_s_publication_names_the_town_of_its_unnamed_own_body(
        links: LinksComponent) -> None:
    """"Amtsblatt der Großen Kreisstadt Zittau", then "Der Stadtrat hat der
    Kooperationsvereinbarung mit ... zugestimmt": the town's own council, a party."""
    text = ("Amtsblatt der Stadt Blois\n\nAus der Sitzung des Stadtrates\n\nDer Stadtrat "
            "hat der Kooperationsvereinbarung mit Hue zugestimmt.")
    assert link_kinds(links, make_doc(text, "de")) == {frozenset({"Blois", "Hue"}): "proposal"}
    # another town's body is that town's
    other = ("Amtsblatt der Stadt Blois\n\nDer Bürgermeister von Hamburg hat der "
             "Kooperationsvereinbarung mit Hue zugestimmt.")
    assert link_pairs(links, make_doc(other, "de")) == {frozenset({"Hamburg", "Hue"})}


@pytest.mark.parametrize("text", [
    "COMUNE DI FIRENZE\nUfficio stampa\n\nIl sindaco ha firmato ieri il gemellaggio con Huế.",
    "Comitato Gemellaggi di Firenze\nNotiziario n. 1\n\nIl nostro Comune firmò nel 1994 la "
    "carta di gemellaggio con Huế.",
    # the committee's masthead with its town straight after its name, read as one body
    "COMITATO GEMELLAGGI FIRENZE\nNotiziario n. 1\n\nIl nostro Comune firmò nel 1994 la "
    "carta di gemellaggio con Huế.",
    "Associazione Gemellaggi Firenze\nNotiziario di primavera\n\nIl sindaco ha firmato ieri "
    "il gemellaggio con Huế.",
])
def test_it_a_town_s_release_or_newsletter_names_the_town_of_its_own_body(
        links: LinksComponent, text: str) -> None:
    """"COMUNE DI FIRENZE" or a twinning committee's masthead, then "Il sindaco ...", "Il
    nostro Comune ...": the town's own bodies, a party."""
    assert link_kinds(links, make_doc(text, "it")) == {frozenset({"Florence", "Hue"}): "twinning"}


@pytest.mark.parametrize("text", [
    "Blois City Council\nMinutes of the Ordinary Meeting\n\nThe Council approved a "
    "friendship agreement with Hue.",
    "City of Blois\nAnnual report\n\nThe mayor signed a friendship agreement with Hue.",
    "City of Blois | News\n\nThe council approved a friendship agreement with Hue.",
])
def test_en_a_council_s_masthead_names_the_town_of_its_own_body(
        links: LinksComponent, text: str) -> None:
    """"BLOIS CITY COUNCIL" or "CITY OF BLOIS" alone on a report's first line, then "The
    Council approved ...": the town's own council, a party."""
    assert link_pairs(links, make_doc(text, "en")) == {frozenset({"Blois", "Hue"})}


def test_en_a_council_report_s_own_city_is_the_city_s_of_its_text(
        links: LinksComponent) -> None:
    """"Worcester City Council" on its first line, then "That Cabinet notes the city's
    existing twinning links with Kleve in Germany and Le Vésinet in France": the twins are
    the report's town's, not each other's."""
    text = ("Blois City Council\nReport to Cabinet\n\nThat Cabinet notes the city's existing "
            "twinning links with Hue in Vietnam and Porto in Portugal.")
    assert link_pairs(links, make_doc(text, "en")) == {frozenset({"Blois", "Hue"}),
                                                       frozenset({"Blois", "Porto"})}


def test_en_an_unplaced_government_body_of_a_council_s_report_is_its_town(
        links: LinksComponent) -> None:
    """"NASHIK MUNICIPAL CORPORATION ... The Standing Committee hereby approves the draft MoU
    ... with Kofu City": a government body named by no place, in the town's own report, is
    the town's, not its partner."""
    text = ("Blois City Council\nAgenda of the Standing Committee\n\nThe Standing Committee "
            "approved the draft memorandum of understanding with Hue.")
    spans = tuple((m.start(), m.end()) for m in re.finditer("Standing Committee", text))
    body = Organization("org:standing-committee", "Standing Committee", None, "government",
                        spans)
    assert link_pairs(links, make_doc(text, "en", organizations=(body,))) == {
        frozenset({"Blois", "Hue"})}


@pytest.mark.parametrize("text", [
    "City of Blois welcomes visitors\n\nThe council approved a friendship agreement with Hue.",
    "Blois City Council approves budget\n\nThe council approved a friendship agreement with "
    "Hue.",
])
def test_en_a_headline_that_opens_with_a_town_s_body_is_no_masthead(
        links: LinksComponent, text: str) -> None:
    """A first line that goes on after the town's body ("City of Blois welcomes visitors") is
    a headline, not the town's masthead: "the council" names no town."""
    assert frozenset({"Blois", "Hue"}) not in link_pairs(links, make_doc(text, "en"))


@pytest.mark.parametrize(("text", "language"), [
    # minutes listing the town's ties one a line, a partner named more often than the town
    ("COMUNE DI FIRENZE\nVerbale n. 1\n\nL'assessore illustra i rapporti in vigore:\n"
     "- gemellaggio con la città tedesca di Hamburg, dal 1993;\n"
     "- accordo di cooperazione con la città di Porto, dal 2015;\n"
     "- protocollo d'intesa con Osaka, dal 2019.\n"
     "Con Porto prosegue il progetto; a Porto è in corso la mostra.", "it"),
    ("Amtsblatt der Stadt Blois\n\nDie Partnerschaften der Stadt:\n"
     "- Städtepartnerschaft mit Hamburg seit 1993;\n"
     "- Kooperationsvereinbarung mit Porto seit 2015;\n"
     "- Kooperationsvereinbarung mit Osaka seit 2019.\n"
     "In Porto läuft das Projekt weiter; in Porto ist die Ausstellung zu sehen.", "de"),
])
def test_a_town_s_publication_relates_each_partner_it_lists_to_its_town(
        links: LinksComponent, text: str, language: str) -> None:
    """A town's own minutes or notices ("COMUNE DI FIRENZE", "Amtsblatt der Stadt Blois")
    list its own partners one a line with no subject: each is the town's partner, though the
    text names one partner more often than the town."""
    town = "Florence" if language == "it" else "Blois"
    pairs = link_pairs(links, make_doc(text, language))
    assert {frozenset({town, "Hamburg"}), frozenset({town, "Porto"}),
            frozenset({town, "Osaka"})} <= pairs
    assert frozenset({"Porto", "Hamburg"}) not in pairs


@pytest.mark.parametrize(("text", "language"), [
    ("Blois, about 75 kilometers northeast of Turin, has had sister-city ties with Hue "
     "since 1989.", "en"),
    ("Blois, a 40-minute drive from Turin, signed an agreement with Hue.", "en"),
    ("Blois, a 30 chilometri da Torino, ha firmato un accordo con Huế.", "it"),
    # a direction with no distance
    ("Hue and Blois, a town of about 50,000 north of Turin, have been friendship cities "
     "since 2011.", "en"),
])
def test_a_place_a_distance_is_measured_from_is_no_party(links: LinksComponent, text: str,
                                                         language: str) -> None:
    assert link_pairs(links, make_doc(text, language)) == {frozenset({"Blois", "Hue"})}


@pytest.mark.parametrize(("text", "language"), [
    ("Hue will explore sister-city ties with Florence, a city of 360,000 in Tuscany.", "en"),
    ("Hue signed a sister city agreement with Florence, a city in central Italy's "
     "Tuscany.", "en"),
    ("Hue a signé un jumelage avec Florence, une ville de 360 000 habitants en Tuscany.",
     "fr"),
    ("Hue firmerà un gemellaggio con Florence, una città di 360.000 abitanti in Tuscany.",
     "it"),
])
def test_the_region_an_apposition_places_a_town_in_is_no_party(
        links: LinksComponent, text: str, language: str) -> None:
    """"Kitakata, a town of 45,000 in Fukushima Prefecture": the prefecture says where."""
    assert link_pairs(links, make_doc(text, language)) == {frozenset({"Hue", "Florence"})}


@pytest.mark.parametrize("text", [
    "Hue festeggia il gemellaggio con Issoire, la città dell'Alvernia, firmato nel 1994.",
    "Hue festeggia il gemellaggio con Issoire, la cittadina dell'Alvernia, firmato nel 1994.",
])
def test_it_a_region_within_the_town_s_first_level_region_names_the_town(
        links: LinksComponent, text: str) -> None:
    """"Issoire, la cittadina dell'Alvernia": a former region (or a province) that lies in
    the first-level region of the story's one town there stands for that town."""
    assert link_pairs(links, make_doc(text, "it")) == {frozenset({"Hue", "Issoire"})}


@pytest.mark.parametrize("text", [
    "Hue signed a twinning charter with Paray-le-Monial in Burgundy on Tuesday.",
    "The mayor of Hue travelled to Paray-le-Monial in Burgundy to sign the twinning charter.",
    "Hue signed a twinning charter with Beaune in Burgundy on Tuesday.",
])
def test_a_region_within_the_town_s_first_level_region_locates_it(
        links: LinksComponent, text: str) -> None:
    """"Paray-le-Monial in Burgundy": a former region (or any second-level one) that lies
    in the town's first-level region says where the town is."""
    town = "Beaune" if "Beaune" in text else "Paray-le-Monial"
    assert link_pairs(links, make_doc(text, "en")) == {frozenset({"Hue", town})}


@pytest.mark.parametrize("text", [
    "Hue signed a friendship agreement with Otsu City in Shiga Prefecture on Tuesday.",
    "Hue will sign a sister city agreement with Otsu city in Shiga Prefecture next year.",
])
def test_the_region_a_town_written_with_its_word_city_lies_in_is_no_party(
        links: LinksComponent, text: str) -> None:
    """"Uji City in Kyoto Prefecture": the prefecture says where the town is."""
    assert link_pairs(links, make_doc(text, "en")) == {frozenset({"Hue", "Otsu"})}


@pytest.mark.parametrize(("text", "language"), [
    ("Firenze – Il sindaco ha accolto ieri una delegazione di Huế.", "it"),
    ("Blois – The mayor received a delegation from Hue on Tuesday.", "en"),
    ("Firenze – Una delegazione di Huế è stata accolta ieri a Palazzo Vecchio.", "it"),
    ("Blois – A delegation from Hue was received at the town hall on Tuesday.", "en"),
])
def test_an_unnamed_host_of_a_story_about_two_places_is_the_other_one(
        links: LinksComponent, text: str, language: str) -> None:
    """"The mayor received a delegation from Hue" in a story filed from Blois: Blois hosts."""
    assert len(link_pairs(links, make_doc(text, language))) == 1


@pytest.mark.parametrize(("text", "language"), [
    ("A delegation from Florence, capital of Tuscany, visited Hue.", "en"),
    ("Una delegazione di Firenze, capoluogo della Tuscany, ha visitato Huế.", "it"),
    # an apposition with no comma before the region's word ("la metropoli ... capoluogo del
    # Guangdong")
    ("Una delegazione di Firenze, la città d'arte capoluogo della Tuscany, ha visitato Huế.",
     "it"),
    # the region's word and a demonym between ("capital da província chinesa de Shaanxi")
    ("Uma delegação de Florence, capital da região italiana de Tuscany, visitou Hue.", "pt"),
    # the country that owns the region between ("the capital of China's Shanxi province")
    ("A delegation from Florence, the capital of Italy's Tuscany region, visited Hue.", "en"),
])
def test_the_region_a_city_is_the_capital_of_locates_it(
        links: LinksComponent, text: str, language: str) -> None:
    assert link_pairs(links, make_doc(text, language)) == {frozenset({"Florence", "Hue"})}


def test_the_capital_of_a_region_stands_for_its_city(links: LinksComponent) -> None:
    """"to the capital of the Mexican state of Sonora": Hermosillo, named before."""
    text = ("Florence is hosting guests this week. A delegation from Hue travelled to the "
            "capital of the Italian region of Tuscany to sign an agreement.")
    assert link_pairs(links, make_doc(text, "en")) == {frozenset({"Florence", "Hue"})}


@pytest.mark.parametrize(("text", "language"), [
    ("Florence y Hue firmaron un memorando. Las dos ciudades cooperan desde 2019, cuando una "
     "delegación de Hue visitó la capital de la región de Tuscany.", "es"),
    ("Florence e Hue hanno firmato un memorandum. Le due città collaborano dal 2019, quando una "
     "delegazione di Hue ha visitato il capoluogo della regione di Tuscany.", "it"),
    ("Florence et Hue ont signé un protocole. Les deux villes coopèrent depuis 2019, quand une "
     "délégation de Hue a visité la capitale de la région de Tuscany.", "fr"),
])
def test_the_capital_of_a_region_stands_for_its_city_in_other_languages(
        links: LinksComponent, text: str, language: str) -> None:
    """"la capital de la provincia de Shaanxi": Xi'an, named before, not the province."""
    assert link_pairs(links, make_doc(text, language)) == {frozenset({"Florence", "Hue"})}


def test_the_region_before_capital_or_town_stands_for_its_city(links: LinksComponent) -> None:
    text = ("Florence is hosting guests this week. A delegation from Hue arrived in the "
            "Tuscany capital on Monday to sign an agreement.")
    assert link_pairs(links, make_doc(text, "en")) == {frozenset({"Florence", "Hue"})}
    alone = "A delegation from Hue arrived in the Tuscany capital on Monday to sign an agreement."
    assert link_pairs(links, make_doc(alone, "en")) == {frozenset({"Tuscany", "Hue"})}


def test_the_region_adjective_after_town_stands_for_its_city(links: LinksComponent) -> None:
    """"la ville toscane", "la ville wallonne": the one town of the story in that region."""
    text = ("Florence accueille des invités cette semaine. Une délégation de Hue est arrivée "
            "lundi dans la ville toscane pour signer un accord.")
    assert link_pairs(links, make_doc(text, "fr")) == {frozenset({"Florence", "Hue"})}


def test_the_region_after_town_and_its_country_s_adjective_stands_for_its_city(
        links: LinksComponent) -> None:
    """"la ville allemande de Basse-Saxe": the one town of the story in that region, when the
    adjective is of its country."""
    text = ("Florence accueille des invités. Hue a signé lundi un accord avec la ville "
            "italienne de Toscane.")
    assert link_pairs(links, make_doc(text, "fr")) == {frozenset({"Florence", "Hue"})}
    other = ("Florence accueille des invités. Hue a signé lundi un accord avec la ville "
             "allemande de Toscane.")
    assert frozenset({"Hue", "Tuscany"}) in link_pairs(links, make_doc(other, "fr"))


def test_the_region_after_the_town_noun_and_its_adjectives_stands_for_its_city(
        links: LinksComponent) -> None:
    """"la città portuale cinese della provincia dello Shandong": the one town of the story in
    that region, after the noun of one town, its adjectives and "of" (the test places spell
    the region "Toscane")."""
    text = ("Huế guarda a Firenze. Il consiglio di Huế ha chiesto un patto di gemellaggio con "
            "la città storica della regione Toscane.")
    assert link_pairs(links, make_doc(text, "it")) == {frozenset({"Florence", "Hue"})}


@pytest.mark.parametrize(("text", "language"), [
    ("The mayor of Blois welcomed the mayor of Hue.\nThe two municipalities signed an "
     "agreement on heritage.", "en"),
    ("Il sindaco di Firenze ha ricevuto il sindaco di Huế.\nLe due amministrazioni hanno "
     "firmato un accordo sul patrimonio.", "it"),
    # after a preposition joined to the article ("dai due sindaci")
    ("Il sindaco di Firenze ha ricevuto il sindaco di Huế.\nUn accordo sul patrimonio è "
     "stato firmato dai due sindaci.", "it"),
])
def test_the_two_administrations_are_the_pair_of_the_story(
        links: LinksComponent, text: str, language: str) -> None:
    result = links(make_doc(text, language)).links
    assert [(link.kind, link.sectors) for link in result] == [
        ("agreement", ("culture_heritage",))]


def test_a_place_owning_an_organisation_locates_it(links: LinksComponent) -> None:
    text = "Hue's Song Huong Company signed an agreement with Blois."
    start = text.index("Song")
    org = Organization("org:song-huong-company", "Song Huong Company", "VN", "company",
                       ((start, start + len("Song Huong Company")),))
    doc = make_doc(text, "en", organizations=(org,))
    assert link_pairs(links, doc) == {frozenset({"Song Huong Company", "Blois"})}


def test_an_embassy_stands_for_its_country_too(links: LinksComponent) -> None:
    text = "The Embassy of Vietnam in Italy held a working session with Turin on 9 May 2023."
    start = text.index("Embassy")
    embassy = Organization("org:embassy-of-vietnam-in-italy", "Embassy of Vietnam in Italy",
                           "VN", "embassy", ((start, start + len("Embassy of Vietnam in Italy")),))
    result = links(make_doc(text, "en", organizations=(embassy,))).links
    assert {(frozenset(link.parties), link.kind, link.date) for link in result} == {
        (frozenset({"Embassy of Vietnam in Italy", "Turin"}), "cooperation", "2023-05-09"),
        (frozenset({"Vietnam", "Turin"}), "cooperation", "2023-05-09")}


@pytest.mark.parametrize("name", ["Italian Ministry of Foreign Affairs",
                                  "Standing Committee of Italy's Senate"])
def test_a_national_body_stands_for_its_country_too(links: LinksComponent, name: str) -> None:
    text = f"The mayor of Hue held talks with the {name} in Rome."
    ministry = _org(text, name, "IT", "government")
    assert link_pairs(links, make_doc(text, "en", organizations=(ministry,))) == {
        frozenset({"Hue", name}), frozenset({"Hue", "Italy"})}


def test_an_embassy_is_not_linked_with_a_country(links: LinksComponent) -> None:
    text = ("The delegation cooperated with the Embassy of Vietnam in Italy and Tuscany to "
            "hold a seminar on cooperation between Tuscany – Italy and Vietnam.")
    embassy = _org(text, "Embassy of Vietnam in Italy", "VN", "embassy")
    pairs = link_pairs(links, make_doc(text, "en", organizations=(embassy,)))
    assert frozenset({"Embassy of Vietnam in Italy", "Italy"}) not in pairs


@pytest.mark.parametrize(("text", "language"), [
    ("Blois firmó un acuerdo con Hue en la ciudad de Monterrey.", "es"),
    ("Blois ha firmato un accordo con Huế nella città di Torino.", "it"),
    ("Blois signed an agreement with Hue in the town of San Antonio.", "en"),
])
def test_the_city_where_a_signing_takes_place_is_no_party(
        links: LinksComponent, text: str, language: str) -> None:
    assert link_pairs(links, make_doc(text, language)) == {frozenset({"Blois", "Hue"})}


def test_hosts_of_an_unnamed_delegation_are_not_partners(links: LinksComponent) -> None:
    doc = make_doc("Meeting with the mayors of Turin and Hamburg on waste management.", "en")
    assert link_pairs(links, doc) == set()
    doc = make_doc("The delegation met with the mayor of Turin to prepare projects for Hue.", "en")
    assert link_pairs(links, doc) == {frozenset({"Turin", "Hue"})}


def test_a_visit_to_several_places(links: LinksComponent) -> None:
    doc = make_doc("Study visit of Hue and Da Nang to Turin, Florence and Hamburg", "en")
    assert link_pairs(links, doc) == {frozenset({a, b}) for a in ("Hue", "Da Nang")
                                      for b in ("Turin", "Florence", "Hamburg")}


def test_the_towns_a_trip_visits_are_no_partners_of_each_other() -> None:
    """"Vom 3. bis 9. Mai besuchten Vertreter ... die Städte Hanoi, Haiphong und Da Nang":
    each town is the visitors' stop, none the others' partner."""
    text = ("Im Mai besuchten Vertreter mit Marc Gricourt an der Spitze erstmals die "
            "Städte Hue, Da Nang und Turin.")
    lex = load_language("de")
    cues = read_cues((0, len(text)), lex, KeyCache(text))
    towns = {"Marc Gricourt": "FR", "Hue": "VN", "Da Nang": "VN", "Turin": "IT"}
    parties = tuple(PartyMention((text.index(name), text.index(name) + len(name)),
                                 "Blois" if country == "FR" else name, "city", country,
                                 "person" if country == "FR" else "place")
                    for name, country in towns.items())
    clause = Clause((0, len(text)), parties, cues.events, (), lex.joiners)
    pairs = {frozenset((a.name, b.name)) for a, b in clause_pairs(text, clause).pairs}
    assert frozenset({"Hue", "Da Nang"}) not in pairs
    assert frozenset({"Blois", "Hue"}) in pairs


def test_dated_headings_date_what_follows_them(links: LinksComponent) -> None:
    text = ("A delegation from Hue spent two days in Italy.\n"
            "Day 1: 10 October 2022 – Turin\n"
            "Meeting of the Hue delegation with the mayor of Turin.\n"
            "Day 2: 11 October 2022 – Florence\n"
            "The Hue delegation met the mayor of Florence.")
    result = links(make_doc(text, "en", published="2022-10-20")).links
    assert {frozenset(link.parties): link.date for link in result} == {
        frozenset({"Hue", "Turin"}): "2022-10-10", frozenset({"Hue", "Florence"}): "2022-10-11"}


def test_the_overview_of_an_itinerary_is_dated_by_its_days(links: LinksComponent) -> None:
    text = ("A delegation from Hue visited Turin and Florence on 10-11 October 2022.\n"
            "Day 1: 10 October 2022 – Turin\n"
            "The delegation toured the old town.\n"
            "Day 2: 11 October 2022 – Florence\n"
            "The delegation toured the museums.")
    result = links(make_doc(text, "en", published="2022-10-20")).links
    assert {frozenset(link.parties): link.date for link in result} == {
        frozenset({"Hue", "Turin"}): "2022-10-10", frozenset({"Hue", "Florence"}): "2022-10-11"}


def test_the_delegation_s_adjective_is_the_story_s_party_of_that_country(
        links: LinksComponent) -> None:
    doc = make_doc("Firenze e la provincia di Vinh Phuc hanno firmato un accordo.\n"
                   "La delegazione vietnamita visiterà poi Torino.", "it")
    assert link_pairs(links, doc) == {frozenset({"Florence", "Vinh Phuc"}),
                                      frozenset({"Turin", "Vinh Phuc"})}


@pytest.mark.parametrize(("text", "language"), [
    ("Allo stadio anche duecento ultras di Firenze, da sempre gemellati con la curva di Huế.",
     "it"),
    ("I tifosi di Firenze sono gemellati da anni con quelli di Huế.", "it"),
    ("Two hundred Florence fans, twinned with the supporters of Hue, were there.", "en"),
])
def test_a_twinning_of_supporters_relates_no_towns(links: LinksComponent, text: str,
                                                    language: str) -> None:
    assert links(make_doc(text, language)).links == ()


@pytest.mark.parametrize(("text", "language"), [
    ("Una delegazione di Huế ha visitato Firenze.\n"
     "Firenze è gemellata dal 2010 con la città vietnamita.", "it"),
    ("A delegation of Hue visited Florence.\n"
     "Florence has been twinned with the Vietnamese city since 2010.", "en"),
    # a demonstrative takes it up too
    ("Une délégation de Hue a visité Florence.\n"
     "Florence est jumelée avec cette ville vietnamienne depuis 2010.", "fr"),
    ("Una delegazione di Huế ha visitato Firenze.\n"
     "Firenze è gemellata dal 2010 con questa città vietnamita.", "it"),
    ("Una delegación de Hue visitó Firenze.\n"
     "Firenze está hermanada desde 2010 con esta ciudad vietnamita.", "es"),
    ("Uma delegação de Hue visitou Firenze.\n"
     "Firenze é geminada desde 2010 com esta cidade vietnamita.", "pt"),
])
def test_the_town_of_a_country_named_before_is_its_twin(links: LinksComponent, text: str,
                                                         language: str) -> None:
    assert [(set(x.parties), x.kind, x.date) for x in links(make_doc(text, language)).links] == [
        ({"Hue", "Florence"}, "twinning", "2010")]


@pytest.mark.parametrize(("text", "language"), [
    ("Firenze vuole rafforzare la collaborazione con le imprese marocchine.", "it"),
    ("Florence wants to step up cooperation with Moroccan companies.", "en"),
])
def test_north_african_counterparts_are_their_country(links: LinksComponent, text: str,
                                                      language: str) -> None:
    assert [link.parties for link in links(make_doc(text, language)).links] == [
        ("Florence", "Morocco")]


@pytest.mark.parametrize(("text", "language"), [
    ("Firenze valuta un gemellaggio con Huế, antica capitale imperiale e patria dei "
     "cappelli di Da Nang.", "it"),
    ("Florence is considering a twinning with Hue, the old imperial capital and home of the "
     "hats of Da Nang.", "en"),
])
def test_a_town_in_the_genitive_of_an_apposition_is_no_partner(
        links: LinksComponent, text: str, language: str) -> None:
    assert link_pairs(links, make_doc(text, language)) == {frozenset({"Florence", "Hue"})}


def test_the_subject_told_after_a_colon_is_named_after_it(links: LinksComponent) -> None:
    doc = make_doc("Torino non è la prima città a farlo: Firenze ha sospeso il gemellaggio "
                   "con Huế.", "it")
    assert {frozenset(link.parties) for link in links(doc).links} == {
        frozenset({"Florence", "Hue"})}


def test_a_twinning_is_dated_by_its_earliest_date_in_the_sentence(
        links: LinksComponent) -> None:
    doc = make_doc("On 7 October 2023 Blois celebrated 45 years of its twinning with Hue, "
                   "established in 1978.", "en", published="2023-10-09")
    assert [(x.kind, x.date) for x in links(doc).links] == [("twinning", "1978")]


@pytest.mark.parametrize(("text", "language"), [
    ("Firenze è gemellata con Huế: un rapporto iniziato nel 1997 e concretizzatosi nel 2000.",
     "it"),
    ("Blois is twinned with Hue, a friendship that began in 1997 and was sealed in 2000.",
     "en"),
    ("Blois e Hue são cidades geminadas, após contactos iniciados em 1997, desde 2000.",
     "pt"),
])
def test_a_twinning_is_dated_by_its_making_not_by_its_first_contacts(
        links: LinksComponent, text: str, language: str) -> None:
    assert [(x.kind, x.date) for x in links(make_doc(text, language)).links] == [
        ("twinning", "2000")]


@pytest.mark.parametrize(("text", "language"), [
    ("Blois and Hue established friendly relations in 2014 and became sister cities in 2021.",
     "en"),
    ("Firenze e Huế hanno avviato rapporti di amicizia nel 2014 e sono gemellate dal 2021.",
     "it"),
])
def test_a_twinning_is_dated_by_the_date_right_after_its_words(
        links: LinksComponent, text: str, language: str) -> None:
    """Of two dates of the sentence, the one written right after the twinning's words."""
    assert [(x.kind, x.date) for x in links(make_doc(text, language)).links] == [
        ("twinning", "2021")]


@pytest.mark.parametrize(("text", "language"), [
    ("Il gemellaggio tra Firenze e Huế è stato sospeso nel marzo 2022.", "it"),
    ("The twinning of Blois and Hue was suspended in March 2022.", "en"),
])
def test_the_day_a_twinning_was_suspended_does_not_date_it(
        links: LinksComponent, text: str, language: str) -> None:
    assert [(x.kind, x.date) for x in links(make_doc(text, language)).links] == [
        ("twinning", None)]


def test_a_twinning_is_dated_by_the_earliest_date_told_of_it(links: LinksComponent) -> None:
    text = ("On 12 October 2023 Blois celebrated ten years of its twinning with Hue.\n"
            "Blois and Hue signed their twinning agreement in 2013.")
    doc = make_doc(text, "en", published="2023-10-13")
    assert [(x.kind, x.date) for x in links(doc).links] == [("twinning", "2013")]


@pytest.mark.parametrize(("text", "date"), [
    ("Blois and Hue celebrated their twinning on Saturday 22 July 2023. "
     "The twinning charter was signed in 1993.", "1993"),
    # A signing still to come dates nothing.
    ("Blois and Hue celebrated their twinning on Saturday 22 July 2023. "
     "A new charter will be signed in 2025.", "2023-07-22"),
])
def test_a_twinning_is_dated_by_the_signing_told_in_the_next_sentence(
        links: LinksComponent, text: str, date: str) -> None:
    result = links(make_doc(text, "en")).links
    assert [(set(link.parties), link.kind, link.date) for link in result] == [
        ({"Blois", "Hue"}, "twinning", date)]


@pytest.mark.parametrize(("text", "language"), [
    ("The cooperation agreement between Florence and Osaka was signed in Florence. The "
     "ceremony took place on 12 July.", "en"),
    ("The cooperation agreement between Florence and Osaka was signed in Florence. It was "
     "signed on 12 July.", "en"),
    ("L'accordo di cooperazione tra Firenze e Osaka è stato firmato a Firenze. La cerimonia "
     "si è svolta il 12 luglio.", "it"),
    # the ceremony's sentence names the pair's own officials and their guests
    ("Firenze e Osaka hanno rinnovato il patto di amicizia. La cerimonia si è svolta mercoledì "
     "12 luglio alla presenza del sindaco di Osaka, arrivato con una delegazione.", "it"),
])
def test_an_agreement_is_dated_by_its_signing_day_told_in_the_next_sentence(
        links: LinksComponent, text: str, language: str) -> None:
    """"... was signed in Orvieto. The ceremony took place on 12 May.": that day."""
    dates = {frozenset(link.parties): link.date for link in links(make_doc(text, language)).links}
    assert dates[frozenset({"Florence", "Osaka"})] == "2023-07-12"


@pytest.mark.parametrize(("text", "language", "date"), [
    ("The council of Blois adopted a motion to twin with Hue. The motion was approved on "
     "Tuesday.", "en", "2023-07-25"),
    ("The council of Blois adopted a motion to twin with Hue. Its author spoke at length. The "
     "motion was approved on Tuesday.", "en", "2023-07-25"),
    ("Il consiglio comunale di Firenze propone un gemellaggio con Hue. Il documento è stato "
     "votato lunedì.", "it", "2023-07-24"),
    ("Pemerintah Kota Blois berencana menjalin kerja sama sister city dengan Hue. Rencana itu "
     "mendapat persetujuan DPRD Kota Blois, Kamis (27/7/2023).", "id", "2023-07-27"),
    # a day in a sentence that tells no vote of the motion is not the wish's
    ("The council of Blois adopted a motion to twin with Hue. The motion recalls the floods "
     "of Tuesday.", "en", None),
    # the sentence opened by the council that votes the motion
    ("Blois wants to twin with Hue, a motion tabled by a councillor says. The city council on "
     "Tuesday approved the motion.", "en", "2023-07-25"),
    ("Blois wants to twin with Hue, a motion tabled by a councillor says. The city council "
     "approved the motion on Tuesday.", "en", "2023-07-25"),
    ("Blois veut se jumeler avec Hue, selon une motion d'une conseillère. Le conseil municipal "
     "a adopté mardi la motion.", "fr", "2023-07-25"),
    # ... not when it votes something else
    ("Blois wants to twin with Hue, a motion tabled by a councillor says. The city council on "
     "Tuesday approved the budget.", "en", None),
    # right after the wish, a motion's vote, whoever votes it and in whatever order
    ("Blois wants to twin with Hue. Councillors on Tuesday approved the motion.", "en",
     "2023-07-25"),
    ("Blois soll eine Partnerschaft mit Hue prüfen. Der Kreistag hat am Dienstag einen "
     "entsprechenden Antrag angenommen.", "de", "2023-07-25"),
    ("Blois quiere hermanarse con Hue. Los concejales aprobaron la propuesta el martes.", "es",
     "2023-07-25"),
    ("Blois quiere hermanarse con Hue. El Concejo Municipal aprobó la iniciativa el martes.",
     "es", "2023-07-25"),
    ("Blois stadsstyrelse föreslår ett vänortssamarbete med Hue. Stadsstyrelsen behandlade "
     "ärendet i tisdags.", "sv", "2023-07-25"),
    # ... but a sentence further on, only the motion or the town's body opening it
    ("Blois wants to twin with Hue. Its author spoke at length. Councillors on Tuesday "
     "approved the motion.", "en", None),
])
def test_a_wish_is_dated_by_the_vote_of_its_motion_told_later(
        links: LinksComponent, text: str, language: str, date: str | None) -> None:
    """"... a motion to twin with Hue. The motion was approved on Tuesday.": that day."""
    dates = {frozenset(link.parties): link.date for link in links(make_doc(text, language)).links}
    assert dates[frozenset({"Blois" if "Blois" in text else "Florence", "Hue"})] == date


@pytest.mark.parametrize(("text", "language"), [
    ("Blois and Hue celebrate 50 years as twin towns this year.", "en"),
    ("Firenze e Hue festeggiano quest'anno 50 anni di gemellaggio.", "it"),
    ("Blois och Hue firar i år 50 år som vänorter.", "sv"),
])
def test_a_twinning_counted_in_years_this_year_is_dated_by_its_birth(
        links: LinksComponent, text: str, language: str) -> None:
    """"celebrate 50 years as twin towns this year": born 50 years before, not this year."""
    dates = {frozenset(link.parties): link.date for link in links(make_doc(text, language)).links}
    assert set(dates.values()) == {"1973"}


@pytest.mark.parametrize(("text", "language"), [
    ("The mayor of Blois received a delegation from Hue on Monday. Vietnamese guests visited "
     "Poitiers.", "en"),
    ("Мэр Blois принял делегацию Hue в понедельник. Вьетнамские гости посетили Poitiers.", "ru"),
])
def test_guests_named_by_their_country_are_the_named_town_of_the_story(
        links: LinksComponent, text: str, language: str) -> None:
    """"Vietnamese guests visited ..." after Hue's delegation: Hue's guests, no country."""
    pairs = {frozenset(link.parties) for link in links(make_doc(text, language)).links}
    assert frozenset({"Hue", "Poitiers"}) in pairs
    assert not any("Vietnam" in pair for pair in pairs)


def test_a_place_before_based_locates_the_firm(links: LinksComponent) -> None:
    text = ("The club signed an agreement with Hamburg-based firm Kestrel, and a friendly "
            "against Turin was agreed.")
    org = Organization("test:kestrel", "Kestrel", mentions=((text.find("Kestrel"),
                                                            text.find("Kestrel") + 7),))
    found = links(make_doc(text, "en", organizations=(org,))).links
    assert not any("Hamburg" in link.parties for link in found)


def test_places_named_once_apart_are_not_the_pair_of_the_story(links: LinksComponent) -> None:
    text = ("Morgan, signed in the summer from Hamburg, scored twice.\n"
            "A friendly against Turin has been agreed for July.")
    assert link_pairs(links, make_doc(text, "en")) == set()
    text = ("The mayor of Blois arrived on Monday.\nHue officials welcomed him.\n"
            "The two cities signed an agreement on heritage.")
    assert link_pairs(links, make_doc(text, "en")) == {frozenset({"Blois", "Hue"})}


def test_a_renewed_twinning_is_dated_by_its_first_charter(links: LinksComponent) -> None:
    doc = make_doc("On Saturday Blois and Hue renewed the twinning charter first signed in 1984.",
                   "en", published="2024-10-18")
    result = links(doc)
    assert [(x.kind, x.date) for x in result.links] == [("twinning", "1984")]
    assert [(e.type, e.date) for e in result.events] == [("signing", "2024-10-12")]


def test_a_twinning_told_at_its_anniversary_is_dated_by_its_signing(
        links: LinksComponent) -> None:
    text = ("A delegation from Hue arrived in Blois on Tuesday to mark the 30th anniversary of "
            "the sister city relationship between the two cities.\n"
            "The mayor of Blois said the partnership, signed in 1994, brought students to Hue.")
    doc = make_doc(text, "en", published="2024-04-12")
    assert [(x.kind, x.date) for x in links(doc).links] == [("twinning", "1994")]


def test_a_twinning_feasted_is_dated_by_the_signing_told_next(links: LinksComponent) -> None:
    text = ("On Saturday Blois and Hue celebrated their twinning with a concert. "
            "The charter was signed in 1959.")
    doc = make_doc(text, "en", published="2024-06-17")
    assert [(x.kind, x.date) for x in links(doc).links] == [("twinning", "1959")]
    undated = make_doc("Blois and Hue are twin cities. The mayor met them on Saturday.", "en",
                       published="2024-06-17")
    assert [(x.kind, x.date) for x in links(undated).links] == [("twinning", None)]


@pytest.mark.parametrize(("text", "language"), [
    ("Blois and Hue celebrated their twinning. A delegation from the Italian twin town of "
     "Florence also came.", "en"),
    ("Blois und Hue feierten ihre Städtepartnerschaft. Auch eine Abordnung aus der "
     "italienischen Partnerstadt Florence war angereist.", "de"),
    # an apposition calls it "our twin town", whoever else the sentence names
    ("Blois and Hue celebrated their twinning. Pupils from Blois High School stayed with "
     "families in Florence, our Italian twin town near Turin.", "en"),
])
def test_a_twin_town_named_alone_is_the_story_towns_twin(links: LinksComponent, text: str,
                                                         language: str) -> None:
    found = link_kinds(links, make_doc(text, language))
    assert found.get(frozenset({"Blois", "Florence"})) == "twinning"
    assert frozenset({"Hue", "Florence"}) not in found


@pytest.mark.parametrize("text", [
    "Mit den Partnerstädten Blois und Florence pflegt Hamburg enge Kontakte.",
    "Auch mit den Partnerstädten Blois und Florence pflegt Hamburg enge Kontakte.",
])
def test_a_fronted_with_group_is_the_partner_of_the_subject(links: LinksComponent,
                                                            text: str) -> None:
    assert link_kinds(links, make_doc(text, "de")) == {
        frozenset({"Hamburg", "Blois"}): "twinning", frozenset({"Hamburg", "Florence"}): "twinning"}


def test_german_years_of_existence_are_an_anniversary(links: LinksComponent) -> None:
    doc = make_doc("Blois und Hue haben am Samstag das 30-jährige Bestehen ihrer "
                   "Städtepartnerschaft gefeiert.", "de", published="2024-05-06")
    result = links(doc)
    assert [(x.kind, x.date) for x in result.links] == [("twinning", "2024-05-04")]
    assert "anniversary" in {e.type for e in result.events}


def test_a_relation_is_not_dated_in_the_storys_future(links: LinksComponent) -> None:
    doc = make_doc("Nel 2025 ricorrerà il quarantesimo anniversario del gemellaggio tra Firenze "
                   "e Huế.", "it", published="2024-05-15")
    result = links(doc)
    assert [(x.kind, x.date) for x in result.links] == [("twinning", None)]
    assert [e.date for e in result.events] == ["2025"]  # the anniversary keeps its year


def test_the_story_date_does_not_date_an_old_twinning(links: LinksComponent) -> None:
    doc = make_doc("Turin, 28 July 2023 – Turin and Hue are twin cities.", "en",
                   published="2023-07-28")
    assert [(set(x.parties), x.kind, x.date) for x in links(doc).links] == [
        ({"Turin", "Hue"}, "twinning", None)]


def test_without_publication_date_a_neighbour_sentence_dates_the_link(
        links: LinksComponent) -> None:
    text = "The pairings are: Blois and Hue; Turin and Da Nang.\nThey were announced in May 2019."
    result = links(make_doc(text, "en", published=None)).links
    assert {link.date for link in result} == {"2019-05"}


def test_a_neighbour_sentence_about_another_relation_does_not_date_the_link(
        links: LinksComponent) -> None:
    text = ("The mayor of Blois met the mayor of Hue.\n"
            "Turin signed an agreement with Da Nang in May 2019.")
    result = links(make_doc(text, "en", published=None)).links
    assert {frozenset(link.parties): link.date for link in result} == {
        frozenset({"Blois", "Hue"}): None, frozenset({"Turin", "Da Nang"}): "2019-05"}


@pytest.mark.parametrize(("text", "language"), [
    ("Blois and Hue signed a new agreement that renews the agreement of 2009.", "en"),
    ("Blois e Hue hanno firmato una nuova intesa che rinnova l'accordo del 2009.", "it"),
    ("Blois et Hue ont signé un accord qui renouvelle celui de 2009.", "fr"),
    ("Blois y Hue firmaron un acuerdo que renueva el de 2009.", "es"),
    ("Blois und Hue erneuerten mit einem neuen Abkommen den Vertrag von 2009.", "de"),
    ("Blois e Hue renovaram o acordo de 2009 com um novo acordo.", "pt"),
    ("Blois en Hue verlengden met een nieuwe overeenkomst het akkoord uit 2009.", "nl"),
    ("Blois và Hue đã ký thỏa thuận gia hạn hiệp định năm 2009.", "vi"),
    # the renewed instrument's date a clause after the verb
    ("Blois e Hue hanno rinnovato per altri cinque anni il memorandum d'intesa firmato per la "
     "prima volta nel 2009.", "it"),
])
def test_the_date_of_a_renewed_agreement_does_not_date_the_renewal(
        links: LinksComponent, text: str, language: str) -> None:
    result = links(make_doc(text, language, published=None)).links
    assert [(set(link.parties), link.kind, link.date) for link in result] == [
        ({"Blois", "Hue"}, "agreement", None)]


def test_the_instrument_a_new_one_builds_on_does_not_date_it(links: LinksComponent) -> None:
    text = ("Blois en Hue hebben afgelopen dinsdag in het stadhuis van Blois een nieuwe "
            "samenwerkingsovereenkomst ondertekend. De overeenkomst bouwt voort op de "
            "intentieverklaring die beide steden in 1998 sloten.")
    result = links(make_doc(text, "nl", published="2024-10-10")).links
    assert [(link.kind, link.date) for link in result] == [("agreement", "2024-10-08")]


def test_a_renewal_written_with_its_own_date_is_dated(links: LinksComponent) -> None:
    text = "In 2024 Blois and Hue renewed the agreement they signed in 2009."
    assert [link.date for link in links(make_doc(text, "en", published=None)).links] == ["2024"]


@pytest.mark.parametrize(("text", "language"), [
    ("Blois et Hue ont renouvelé le 3 mars dernier l'accord signé en 2012.", "fr"),
    ("Blois e Hue renovaram no dia 3 de março o acordo assinado em 2012.", "pt"),
])
def test_the_day_right_after_the_renewal_verb_dates_the_renewal(
        links: LinksComponent, text: str, language: str) -> None:
    result = links(make_doc(text, language, published="2024-04-02")).links
    assert [link.date for link in result] == ["2024-03-03"]


@pytest.mark.parametrize(("text", "date"), [
    ("Blois presented the signed waste project between Hue and Blois.", None),
    ("Hue recalled the agreements previously signed with Blois.", None),
    ("Hue signed an agreement with Blois.", "2023-07"),
])
def test_a_signing_done_before_the_story_is_not_dated_by_it(
        links: LinksComponent, text: str, date: str | None) -> None:
    result = links(make_doc(text, "en", published="2023-07-28")).links
    assert [(set(link.parties), link.date) for link in result] == [({"Blois", "Hue"}, date)]


def test_a_region_or_country_after_a_comma_locates_the_place_before_it(
        links: LinksComponent) -> None:
    doc = make_doc("The City of Florence, Tuscany, Italy and Hue, Vietnam signed a sister city "
                   "agreement.", "en")
    assert link_pairs(links, doc) == {frozenset({"Florence", "Hue"})}
    # the same with the region's article elided ("Guelph, nell'Ontario")
    doc = make_doc("Blois è gemellata dal 2009 con Florence, nell'Tuscany, dove vivono "
                   "molti emigrati.", "it")
    assert link_pairs(links, doc) == {frozenset({"Florence", "Blois"})}


def test_the_unnamed_visitor_is_the_party_the_story_is_about(links: LinksComponent) -> None:
    text = "Hue and Blois signed an agreement.\nMeeting with the Mayor of Turin."
    assert link_pairs(links, make_doc(text, "en")) == {frozenset({"Hue", "Blois"}),
                                                       frozenset({"Hue", "Turin"})}


@pytest.mark.parametrize(("text", "language"), [
    ("A delegation from Hue visited Blois.", "en"),
    ("Blois welcomed a delegation of Hue.", "en"),
    ("The mayor of Blois received the mayor of Hue.", "en"),
    ("Hue visited Blois to discuss heritage.", "en"),
    ("Una delegazione di Huế è stata ospite a Blois.", "it"),
    ("Chủ tịch Blois tiếp đoàn Huế.", "vi"),
    ("Blois a accueilli une délégation de Hue.", "fr"),
    ("Uma delegação de Hue visitou Blois.", "pt"),
    ("Blois recebeu uma comitiva de Hue.", "pt"),
    ("Een delegatie uit Hue bezocht Blois.", "nl"),
    ("Blois ontving een delegatie uit Hue.", "nl"),
    ("Delegasi dari Hue mengunjungi Blois.", "id"),
    ("Wali Kota Blois menerima delegasi dari Hue.", "id"),
])
def test_a_visit_has_a_visitor_and_a_host(links: LinksComponent, text: str,
                                          language: str) -> None:
    visits = [e for e in links(make_doc(text, language)).events if e.type == "visit"]
    assert [(e.parties, e.place) for e in visits] == [(("Hue", "Blois"), "Blois")]


def test_one_event_per_happening(links: LinksComponent) -> None:
    text = ("A delegation from Hue visited Blois on 3 May 2023.\n"
            "During the visit on 3 May 2023, Hue and Blois discussed tourism.")
    visits = [e for e in links(make_doc(text, "en")).events if e.type == "visit"]
    assert len(visits) == 1
    assert visits[0].date == "2023-05-03" and len(visits[0].evidence) == 2


def test_the_areas_listed_after_an_agreement_are_its_sectors(links: LinksComponent) -> None:
    text = ("Blois and Hue signed an agreement covering these areas:\n"
            "  • heritage conservation;\n  b. urban renewal;\n"
            "The mayors then visited a hospital.")
    result = links(make_doc(text, "en")).links
    assert [set(link.sectors) for link in result] == [{"culture_heritage", "urban_planning"}]


def test_signing_in_one_partys_city_implies_the_other_visited(links: LinksComponent) -> None:
    doc = make_doc("The mayors of Blois and Hue signed the agreement in Hue on 3 May 2023.", "en")
    visits = [e for e in links(doc).events if e.type == "visit"]
    assert [(e.parties, e.place, e.date) for e in visits] == [
        (("Blois", "Hue"), "Hue", "2023-05-03")]


def test_an_organisation_beside_twin_towns_cooperates_it_is_no_twin(
        links: LinksComponent) -> None:
    text = "Blois and the Hue Heritage Centre celebrated their twinning."
    start = text.index("Hue Heritage")
    org = Organization("org:hue-heritage-centre", "Hue Heritage Centre", "VN", "agency",
                       ((start, start + len("Hue Heritage Centre")),))
    kinds = link_kinds(links, make_doc(text, "en", organizations=(org,)))
    assert kinds == {frozenset({"Blois", "Hue Heritage Centre"}): "cooperation"}


def test_a_company_called_on_is_a_stop_not_a_partner(links: LinksComponent) -> None:
    text = "Hue and Blois signed an agreement.\nVisit to the company Loire Tools in Blois."
    start = text.index("Loire Tools")
    org = Organization("org:loire-tools", "Loire Tools", "FR", "company",
                       ((start, start + len("Loire Tools")),))
    doc = links(make_doc(text, "en", organizations=(org,)))
    assert {frozenset(link.parties) for link in doc.links} == {frozenset({"Hue", "Blois"})}
    assert ("Hue", "Loire Tools") in {e.parties[:2] for e in doc.events if e.type == "visit"}


@pytest.mark.parametrize("text", [
    "Blois and Hue have not yet signed an agreement.",
    "Blois and Hue will sign an agreement next year.",
    "Blois presented the signed waste project between Hue and Blois.",
])
def test_a_signing_not_done_in_the_story_is_no_event(links: LinksComponent, text: str) -> None:
    assert "signing" not in [e.type for e in links(make_doc(text, "en")).events]


def test_events_whose_dates_agree_are_one(links: LinksComponent) -> None:
    text = ("Blois and Hue sign a cooperation agreement.\n"
            "The agreement was signed by Blois and Hue yesterday.")
    signings = [e for e in links(make_doc(text, "en")).events if e.type == "signing"]
    assert [(e.parties, e.date, len(e.evidence)) for e in signings] == [
        (("Blois", "Hue"), "2023-07-27", 2)]


def test_a_visit_whose_direction_is_not_said_is_a_meeting(links: LinksComponent) -> None:
    text = "Blois and Hue signed an agreement.\nThe two sides praised the visit."
    doc = links(make_doc(text, "en"))
    assert [e.type for e in doc.events] == ["signing", "meeting"]
    doc = links(make_doc("La visita del sindaco di Huế a Blois ha rafforzato i legami.", "it"))
    assert [(e.type, e.parties) for e in doc.events] == [("visit", ("Hue", "Blois"))]


def test_a_place_before_its_organisation_in_the_genitive_locates_it(
        links: LinksComponent) -> None:
    text = ("Nella sede di Torino della Camera Italo-Vietnamita si è discussa la "
            "collaborazione con Huế.")
    start = text.index("Camera")
    org = Organization("org:camera", "Camera Italo-Vietnamita", None, "chamber",
                       ((start, start + len("Camera Italo-Vietnamita")),))
    doc = make_doc(text, "it", organizations=(org,))
    assert link_pairs(links, doc) == {frozenset({"Camera Italo-Vietnamita", "Hue"})}


def test_a_place_naming_a_forum_is_where_it_meets(links: LinksComponent) -> None:
    doc = make_doc("Hue will join Blois at the Economic Forum of Turin to discuss cooperation.",
                   "en")
    assert link_pairs(links, doc) == {frozenset({"Hue", "Blois"})}


def test_a_portuguese_visit_keeps_its_direction_and_its_sectors(links: LinksComponent) -> None:
    text = ("Uma delegação de Hue visitou Lisboa para discutir a cooperação nas áreas do "
            "turismo, da cultura e da educação.")
    result = links(make_doc(text, "pt"))
    visits = [e for e in result.events if e.type == "visit"]
    assert [(e.parties, e.place) for e in visits] == [(("Hue", "Lisbon"), "Lisbon")]
    assert [(set(link.parties), link.kind, set(link.sectors)) for link in result.links] == [
        ({"Hue", "Lisbon"}, "cooperation",
         {"tourism", "culture_heritage", "education_research"})]


def test_a_wrapper_word_may_sit_before_the_comma_of_an_apposition(
        links: LinksComponent) -> None:
    doc = make_doc("Florence City, Tuscany and Hue signed a sister city agreement.", "en")
    assert link_pairs(links, doc) == {frozenset({"Florence", "Hue"})}


@pytest.mark.parametrize(("text", "language"), [
    # a part of the holder after the preposition
    ("Blois a fêté son jumelage avec Hue, dans le centre du Vietnam.", "fr"),
    ("Blois celebró su hermanamiento con Hue, en el centro de Vietnam.", "es"),
    ("Blois celebrated its twinning with Hue, in the centre of Vietnam.", "en"),
    # the region a town is the capital of, named with its article
    ("Poitiers, capital del departamento francés de la Vienne, está hermanada con Hue.",
     "es"),
    ("Poitiers, chef-lieu du département de la Vienne, est jumelée avec Hue.", "fr"),
])
def test_a_holder_told_after_a_town_s_comma_is_no_partner(links: LinksComponent, text: str,
                                                          language: str) -> None:
    assert link_pairs(links, make_doc(text, language)) in (
        {frozenset({"Blois", "Hue"})}, {frozenset({"Poitiers", "Hue"})})


def test_a_venue_of_another_city_beside_a_country_alone_is_no_party(
        links: LinksComponent) -> None:
    """The next convention may be signed in Hamburg with "a Vietnamese delegation": the
    story is about Blois and Hue, and Hamburg is only where it may happen."""
    text = ("Blois et Hue ont signé un accord. Blois et Hue coopèrent depuis 2010 sur le "
            "patrimoine. Une convention pourrait être signée à Hamburg l'an prochain, lors de "
            "la visite d'une délégation vietnamienne.")
    found = link_kinds(links, make_doc(text, "fr"))
    assert not any("Hamburg" in pair for pair in found)


def test_places_where_things_happen_are_not_the_pair_of_the_story(
        links: LinksComponent) -> None:
    """A story filed from Hamburg about a company: robots assembled in Blois, an office to
    open in Hue. Neither the dateline nor the venues make a pair of the story."""
    text = ("HAMBURG – Der Konzern hat einen Vertrag unterzeichnet. Der Vertrag wurde am "
            "3. März unterzeichnet, die Roboter werden in Blois montiert. Ein Büro soll in Hue "
            "eröffnen.")
    found = link_kinds(links, make_doc(text, "de"))
    assert [pair for pair in found if pair <= set(PLACES)] == []


@pytest.mark.parametrize(("text", "language"), [
    ("La société Alpha, basée à Hamburg, a signé un partenariat avec Blois.", "fr"),
    # a fair of a town, its words between ("la Foire du livre de Hamburg")
    ("Le festival de Blois a signé un accord avec la Foire du livre de Hamburg.", "fr"),
    # an agency of a town, its trade between ("une agence de voyages de Hamburg")
    ("Blois a signé un partenariat avec une agence de voyages de Hamburg.", "fr"),
    ("Blois a conclu un accord avec l'agence de tourisme de Hamburg.", "fr"),
    ("The Alpha company, based in Hamburg, signed a partnership with Blois.", "en"),
    ("O clube de Blois anunciou uma parceria com uma empresa de Hamburg.", "pt"),
    ("Il porto di Blois ha firmato un accordo con un cliente di Hamburg.", "it"),
    ("La squadra di Blois ha firmato una partnership con un'azienda di Hamburg.", "it"),
    ("La società di navigazione di Blois ha firmato un accordo con una società di Hamburg.",
     "it"),
    # the firm's country or trade between ("un gruppo giapponese di Osaka")
    ("Il porto di Blois ha firmato un accordo di fornitura con un gruppo tedesco di Hamburg.",
     "it"),
    # the airport where visitors land
    ("La delegazione di Blois è atterrata ieri all'aeroporto di Hamburg.", "it"),
    # the places of a firm's market or sites, a list after the first
    ("Blois signed a partnership with Alpha for factories in Turin and Hamburg.", "en"),
    # a place another is near, a campus named by its place, a route's two ends
    ("Blois signed a partnership with Turin, a town near Hamburg.", "en"),
    ("Under the agreement, students from Blois will study at the Hamburg campus.", "en"),
    ("The two firms of Blois signed an agreement to add a route from Turin to Hamburg.", "en"),
    # an airport's new routes
    ("Gli aeroporti di Blois, accordo con due compagnie: da giugno voli per Hamburg e Turin.",
     "it"),
    # a firm told by its trade and its town ("một công ty lữ hành ở Hội An")
    ("Một công ty lữ hành ở Blois ký hợp đồng hợp tác với một hãng du lịch của Hamburg.", "vi"),
    ("Một công ty ở Blois đã ký thỏa thuận hợp tác với một nhà phân phối của Hamburg.", "vi"),
    ("Cùng ngày, một doanh nghiệp tại Blois hợp tác với một công ty của Hamburg.", "vi"),
])
def test_where_an_organisation_is_based_is_no_party(links: LinksComponent, text: str,
                                                    language: str) -> None:
    assert frozenset({"Hamburg", "Blois"}) not in link_kinds(links, make_doc(text, language))


@pytest.mark.parametrize(("text", "pair"), [
    # a firm's home, its particle glued to the place ("안산시에 본사를 둔")
    ("수원시에 본사를 둔 알파전자는 다낭시와 기술 협력 계약을 맺었다.", {"수원", "다낭"}),
    # a firm of a town, a word between ("오스틴의 반도체 업체와")
    ("수원시는 시애틀의 반도체 업체와 기술 협력 계약을 맺었다.", {"수원", "시애틀"}),
    # a firm's factories ("박닌성에 공장을 두고")
    ("수원시의 알파전자는 다낭시에 공장을 두고 있으며 기술 협력 계약을 맺었다.", {"수원", "다낭"}),
])
def test_ko_a_firm_s_site_glued_to_its_particle_is_no_party(
        links: LinksComponent, text: str, pair: set[str]) -> None:
    """Korean glues the place's particle and the site word's own ("안산시에 본사를 둔"): the
    place is a firm's home or site, no party."""
    assert frozenset(pair) not in link_kinds(links, make_doc(text, "ko"))


def test_a_country_set_off_by_commas_after_a_body_locates_it(links: LinksComponent) -> None:
    """Two universities of unknown country are no pair; one located by a country set off by
    commas is ("an MoU with Deakin University, Australia, for joint research")."""
    text = "Alpha University signed an MoU with Beta University, Italy, for joint research."
    orgs = tuple(Organization(f"org:{name}", name, None, "university",
                              ((text.index(name), text.index(name) + len(name)),))
                 for name in ("Alpha University", "Beta University"))
    pairs = link_pairs(links, make_doc(text, "en", organizations=orgs))
    assert pairs == {frozenset({"Alpha University", "Beta University"})}


def test_the_town_after_a_universitys_name_locates_it(links: LinksComponent) -> None:
    """"Beta University in Hamburg": where the university is, not Hamburg's university (the
    counterpart noun of "the universities in Hamburg" ends no name)."""
    text = "Alpha University and Beta University in Hamburg signed an agreement on exchanges."
    orgs = (Organization("org:alpha", "Alpha University", "VN", "university", ((0, 16),)),
            Organization("org:beta", "Beta University", "DE", "university", ((21, 36),)))
    pairs = link_pairs(links, make_doc(text, "en", organizations=orgs))
    assert pairs == {frozenset({"Alpha University", "Beta University"})}


def test_a_region_a_country_owns_after_in_locates_the_city(links: LinksComponent) -> None:
    text = "Blois signed an agreement with Florence in Italy's Tuscany."
    assert set(link_kinds(links, make_doc(text, "en"))) == {frozenset({"Blois", "Florence"})}


@pytest.mark.parametrize(("text", "language"), [
    ("Die Delegation besichtigte den Hafen in Hamburg, bevor sie nach Blois weiterreiste.",
     "de"),
    ("The delegation toured the port in Hamburg before travelling on to Blois.", "en"),
    ("La delegazione ha visitato il porto di Hamburg prima di ripartire per Blois.", "it"),
    # where they go back to at the end of the trip
    ("Die Delegation besichtigte den Hafen in Hamburg und reiste am Abend zurück nach Blois.",
     "de"),
    ("Die Delegation besichtigte den Hafen in Hamburg, bevor sie am Montag nach Blois "
     "zurückflog.", "de"),
    ("Die Gäste besuchten Hamburg, bevor sie am Sonntag mit dem Bus nach Blois zurückfuhren.",
     "de"),
])
def test_where_the_visitors_go_next_is_no_party(links: LinksComponent, text: str,
                                                language: str) -> None:
    assert frozenset({"Hamburg", "Blois"}) not in link_kinds(links, make_doc(text, language))


def test_where_the_visitors_go_next_to_a_fair_is_no_party(links: LinksComponent) -> None:
    """"weiter nach Osaka, wo sich Bayern auf der Weltausstellung präsentiert": the fair
    is where they go, no host they meet."""
    text = ("Hamburg und Hue haben am Dienstag eine Vereinbarung unterzeichnet. Die Delegation "
            "reist am Donnerstag weiter nach Da Nang, wo sich Hamburg auf der Weltausstellung "
            "präsentiert.")
    assert link_pairs(links, make_doc(text, "de")) == {frozenset({"Hamburg", "Hue"})}


@pytest.mark.parametrize(("text", "language"), [
    ("Blois et Hue ont signé un accord mercredi. La délégation, arrivée lundi de Da Nang, a "
     "visité Blois avant de regagner Hue.", "fr"),
    ("Blois y Hue firmaron un convenio el miércoles. La delegación, que llegó el lunes desde "
     "Da Nang, visitó Blois.", "es"),
    ("Blois e Hue hanno firmato un accordo mercoledì. La delegazione, arrivata da Da Nang, ha "
     "visitato Blois.", "it"),
    # the day they arrived written between the verb and "from"
    ("Blois e Hue hanno firmato un accordo mercoledì. La delegazione, arrivata lunedì 10 "
     "giugno da Da Nang, ha visitato Blois.", "it"),
    # where they arrived, on the way to the host town
    ("Blois e Hue hanno firmato un accordo mercoledì. La delegazione, arrivata lunedì a Da "
     "Nang, ha visitato Blois.", "it"),
    # the town they came through
    ("Blois et Hue ont signé un accord mercredi. La délégation, arrivée lundi via Da Nang, a "
     "visité Blois.", "fr"),
    ("Blois et Hue ont signé un accord mercredi. Une délégation se rendra à Hue en octobre, "
     "via Da Nang.", "fr"),
    ("Blois et Hue ont signé un accord mercredi. Les visiteurs, arrivés en ferry par Da Nang, "
     "ont visité Blois.", "fr"),
    # a verb-final arriving verb after its town
    ("Blois und Hue haben am Mittwoch eine Vereinbarung unterzeichnet. Die Delegation, die "
     "eigens aus Da Nang angereist war, besuchte Blois.", "de"),
])
def test_the_town_visitors_came_through_is_no_party(links: LinksComponent, text: str,
                                                    language: str) -> None:
    """A town after an arrival verb and "from", of a country of the story's pair and none
    of it, is where the visitors came through (or arrived in); so is where they leave for."""
    assert link_pairs(links, make_doc(text, language)) == {frozenset({"Blois", "Hue"})}
    home = text.replace("Da Nang", "Hue")
    assert link_pairs(links, make_doc(home, language)) == {frozenset({"Blois", "Hue"})}


def test_a_place_a_relative_clause_only_locates_is_no_party(links: LinksComponent) -> None:
    """"with the South Bohemian Region, where Cesky Krumlov is located": it says where."""
    text = "Blois signed a memorandum with Tuscany, where Florence is located, in 2019."
    assert link_pairs(links, make_doc(text, "en")) == {frozenset({"Blois", "Tuscany"})}


@pytest.mark.parametrize("text", [
    "Blois and Hue signed an MoU. The delegation will leave for Hamburg tomorrow and return "
    "to Florence on Friday.",
    "Blois and Hue signed an MoU. The delegation heads to Hamburg on Friday.",
    "Blois and Hue signed an MoU, with the first students of Blois heading to Hamburg.",
])
def test_the_next_stop_told_in_a_sentence_of_its_own_is_no_party(links: LinksComponent,
                                                                  text: str) -> None:
    assert link_pairs(links, make_doc(text, "en")) == {frozenset({"Blois", "Hue"})}


@pytest.mark.parametrize(("text", "language", "pair"), [
    # the day between the verb and its preposition
    ("Curitiba e Braga assinaram um acordo de cooperação. A comitiva portuguesa segue na "
     "quinta-feira (9) para São Paulo.", "pt", {"Curitiba", "Braga"}),
    ("Curitiba e Braga assinaram um acordo de cooperação. A comitiva portuguesa segue amanhã "
     "para São Paulo.", "pt", {"Curitiba", "Braga"}),
    # the town glued before "로 이동" (moves on to)
    ("수원시와 다낭시는 업무협약을 체결했다. 다낭시 대표단은 수원화성을 둘러본 뒤 부산으로 이동할 "
     "예정이다.", "ko", {"수원", "다낭"}),
])
def test_the_town_the_visitors_move_on_to_is_no_party(links: LinksComponent, text: str,
                                                      language: str, pair: set[str]) -> None:
    assert link_pairs(links, make_doc(text, language, published="2025-10-08")) == {
        frozenset(pair)}


def test_ja_the_town_seen_last_before_going_home_is_no_party(links: LinksComponent) -> None:
    """"4日に大阪を訪問した後、帰国する予定": the visitors' last stop, no party."""
    text = ("京都市はフィレンツェ市と姉妹都市提携を結んだ。フィレンツェ市の代表団は、4日に大阪を"
            "訪問した後、帰国する予定です。")
    assert link_pairs(links, make_doc(text, "ja")) == {frozenset({"京都", "フィレンツェ"})}


def test_ja_talks_about_a_twinning_do_not_date_it(links: LinksComponent) -> None:
    """"姉妹都市提携について協議を始めました": the twinning was talked about then, made later."""
    text = ("京都市は令和7年10月2日、フィレンツェ市と姉妹都市提携の協定書に調印しました。"
            "令和6年5月に京都市の代表団がフィレンツェ市を訪問した際、姉妹都市提携について"
            "協議を始めました。")
    doc = make_doc(text, "ja", published="2025-10-03")
    assert [(x.kind, x.date) for x in links(doc).links] == [("twinning", "2025-10-02")]


def test_a_network_that_brings_cities_together_relates_its_lead_with_each(
        links: LinksComponent) -> None:
    """"Led by the City of Ghent, the network brings together Bergamo, Gdynia and Burgos";
    a festival that "brought together" chefs from towns relates nobody."""
    text = "Led by Blois, the network brings together Hue, Hamburg and Florence."
    assert link_pairs(links, make_doc(text, "en")) == {
        frozenset({"Blois", "Hue"}), frozenset({"Blois", "Hamburg"}),
        frozenset({"Blois", "Florence"})}
    project = ("The project, launched in 2024, brings together the cities of Hue, Hamburg "
               "and Florence.")
    assert link_pairs(links, make_doc(project, "en")) == {
        frozenset({"Hue", "Hamburg"}), frozenset({"Hue", "Florence"}),
        frozenset({"Hamburg", "Florence"})}
    # "the partners" of the network, met on a day, date every pair of it
    met = text + " The partners met in Blois on 4 February."
    assert {frozenset(x.parties): x.date for x in links(make_doc(met, "en")).links} == {
        frozenset({"Blois", "Hue"}): "2023-02-04", frozenset({"Blois", "Hamburg"}): "2023-02-04",
        frozenset({"Blois", "Florence"}): "2023-02-04"}
    fair = "The festival brought together chefs from Hue, Hamburg and Florence."
    assert link_pairs(links, make_doc(fair, "en")) == set()


@pytest.mark.parametrize(("text", "pairs"), [
    # the firms' market goes on around its town: no party
    ("A delegation from Hamburg visited Hue, where 60 Hamburg-based companies were now "
     "operating in Da Nang and the neighbouring province of Quang Ninh.",
     {frozenset({"Hamburg", "Hue"})}),
    # the venue's neighbours are venues, hosts of the visit as it is
    ("The Blois delegation held talks in Da Nang and the neighbouring province of Quang Ninh.",
     {frozenset({"Blois", "Da Nang"}), frozenset({"Blois", "Quang Ninh"})}),
])
def test_regions_told_around_a_venue_or_a_market_are_where(
        links: LinksComponent, text: str, pairs: set[frozenset[str]]) -> None:
    assert link_pairs(links, make_doc(text, "en")) == pairs


def test_the_place_that_owns_a_district_or_town_after_it_is_no_party(
        links: LinksComponent) -> None:
    """"Hanoi's Tay Ho District and the Japanese city of Nara signed ...": the city says
    where the district is."""
    text = "Tuscany's Florence and Hue signed an agreement on culture."
    assert link_pairs(links, make_doc(text, "en")) == {frozenset({"Florence", "Hue"})}


def test_a_clause_of_its_own_dates_the_relation_it_tells(links: LinksComponent) -> None:
    """"... established relations in 2010, and signed an MoU in 2015": the MoU's year."""
    text = "Blois and Hue established relations in 2010, and signed an MoU in 2015."
    found = {frozenset(x.parties): (x.kind, x.date) for x in links(make_doc(text, "en")).links}
    assert found == {frozenset({"Blois", "Hue"}): ("agreement", "2015")}


def test_a_list_of_onward_stops_ends_with_its_sentence(links: LinksComponent) -> None:
    """"... before flying to Bali. Darwin has been twinned with Ambon": the next sentence's
    first town opens no list of the trip's stops, though the key folds the full stop away."""
    text = ("The delegation will visit Osaka before flying to Manila. Hamburg has been twinned "
            "with Hue since 1988, while Blois has a sister-city agreement with Florence.")
    pairs = link_pairs(links, make_doc(text, "en"))
    assert pairs == {frozenset({"Hamburg", "Hue"}), frozenset({"Blois", "Florence"})}


def test_the_stop_a_trip_leaves_is_no_party(links: LinksComponent) -> None:
    """"Nach Hamburg reist ... weiter nach Blois": after Hamburg, the trip goes on."""
    found = link_kinds(links, make_doc(
        "Nach Hamburg reist die Delegation aus Hue weiter nach Blois.", "de"))
    assert found == {frozenset({"Hue", "Blois"}): "cooperation"}


@pytest.mark.parametrize(("text", "language"), [
    ("Die Delegation aus Hue reiste weiter nach Blois, wo sie eine Fachmesse besuchte.", "de"),
    ("The delegation from Hue travelled on to Blois, where it toured a trade fair.", "en"),
])
def test_where_a_fair_is_visited_is_no_party(links: LinksComponent, text: str,
                                             language: str) -> None:
    assert frozenset({"Hue", "Blois"}) not in link_kinds(links, make_doc(text, language))


def test_the_town_the_visitors_return_to_is_no_party(links: LinksComponent) -> None:
    text = "The delegation visited Hamburg, Blois's sister city, before returning to Turin."
    assert link_pairs(links, make_doc(text, "en")) == {frozenset({"Hamburg", "Blois"})}


def test_the_ends_of_a_route_are_no_parties(links: LinksComponent) -> None:
    text = ("Blois ha ricevuto ieri Hue. Al centro dell'incontro la possibilità di un collegamento "
            "aereo diretto tra Hamburg e Florence.")
    found = link_kinds(links, make_doc(text, "it"))
    assert frozenset({"Hamburg", "Florence"}) not in found
    assert frozenset({"Blois", "Hue"}) in found


def test_a_region_holding_a_town_named_before_in_its_sentence_is_where(
        links: LinksComponent) -> None:
    text = ("Il sindaco di Florence e il sindaco di Hamburg, arrivato in Tuscany con una "
            "delegazione, hanno rinnovato il gemellaggio.")
    assert set(link_kinds(links, make_doc(text, "it"))) == {frozenset({"Florence", "Hamburg"})}


def test_a_demonym_inside_a_persons_name_is_no_party(links: LinksComponent) -> None:
    text = "Blois ha ricevuto Hue. Alla riunione ha partecipato Giuseppe Russo, con la delegazione."
    start = text.index("Giuseppe")
    person = Person("Giuseppe Russo", affiliation="Blois",
                    mentions=((start, start + len("Giuseppe Russo")),))
    found = link_kinds(links, make_doc(text, "it", people=(person,)))
    assert all(len(pair) == 2 and pair <= {"Blois", "Hue"} for pair in found)


@pytest.mark.parametrize(("text", "language"), [
    ("Blois firmó un acuerdo con Florence, en Tuscany.", "es"),
    ("Blois a signé un accord avec Florence, en Tuscany.", "fr"),
])
def test_a_region_after_a_comma_and_a_preposition_locates_the_city(
        links: LinksComponent, text: str, language: str) -> None:
    assert set(link_kinds(links, make_doc(text, language))) == {frozenset({"Blois", "Florence"})}


def test_the_addressees_of_a_letter_are_no_party_of_what_it_proposes(
        links: LinksComponent) -> None:
    text = ("UBND tỉnh Quang Ninh vừa có văn bản gửi Bộ Ngoại giao và Đại sứ quán Việt Nam "
            "tại Italy về việc đề xuất thiết lập quan hệ hữu nghị với thành phố Florence.")
    embassy = _org(text, "Đại sứ quán Việt Nam tại Italy", "VN", "embassy")
    ministry = _org(text, "Bộ Ngoại giao", "VN", "government")
    pairs = link_pairs(links, make_doc(text, "vi", organizations=(ministry, embassy)))
    assert pairs == {frozenset({"Quang Ninh", "Florence"})}


def test_a_demonym_of_another_language_is_no_word_with_vietnamese_accents(
        links: LinksComponent) -> None:
    """"sinh thái" (ecological) folds to the English "Thai"."""
    text = "Hue và Da Nang ký kết thỏa thuận phát triển du lịch sinh thái vùng ven biển."
    assert link_pairs(links, make_doc(text, "vi")) == set()


def test_a_region_s_department_that_signs_signs_for_it_and_tells_the_day(
        links: LinksComponent) -> None:
    """The lead dates the memorandum by the trip ("Từ ngày 5 đến 10/11 ... Trong chuyến công
    tác ... đã ký"); the paragraph of the signing tells the day, with the region's
    department as the signatory."""
    text = ("Từ ngày 5 đến 10/11, đoàn tỉnh Quang Ninh thăm Italy. Trong chuyến công tác, "
            "tỉnh Quang Ninh và vùng Tuscany đã ký biên bản ghi nhớ. Ngày 8/11, tại Florence, "
            "tỉnh Quang Ninh và Sở Kinh tế vùng Tuscany đã ký biên bản ghi nhớ.")
    department = _org(text, "Sở Kinh tế vùng Tuscany", "IT", "government")
    doc = make_doc(text, "vi", published="2023-11-12", organizations=(department,))
    found = {frozenset(link.parties): link for link in links(doc).links}
    link = found[frozenset({"Quang Ninh", "Tuscany"})]
    assert (link.kind, link.date) == ("agreement", "2023-11-08")


@pytest.mark.parametrize(("text", "language"), [
    ("Blois firmó ayer un convenio con Hue. Blois y Hue cooperan en turismo.\n"
     "El ayuntamiento mantiene desde 1985 un hermanamiento con la ciudad alemana de Hamburg.",
     "es"),
    ("Blois signed an agreement with Hue. Blois and Hue cooperate in tourism.\n"
     "The city has had a twinning since 1985 with the German city of Hamburg.", "en"),
    # or its region's
    ("Blois ha firmato ieri un accordo con Hue. Blois e Hue collaborano nel turismo.\n"
     "Nel 1985 fu approvato il gemellaggio con la città assiana di Frankfurt.", "it"),
    ("Blois ha firmato ieri un accordo con Hue. Blois e Hue collaborano nel turismo.\n"
     "L'assemblea ha dato mandato di avviare i contatti con la città messicana di Monterrey, "
     "in vista di un possibile gemellaggio.", "it"),
])
def test_an_unnamed_subject_s_partner_may_follow_its_country_s_adjective(
        links: LinksComponent, text: str, language: str) -> None:
    """"con la ciudad francesa de Niort": the adjective of nationality tells the partner's
    country, and the partner is still the one the relation word leads to."""
    partner = next(name for name in ("Frankfurt", "Monterrey", "Hamburg") if name in text)
    kind = "proposal" if "possibile" in text else "twinning"
    assert link_kinds(links, make_doc(text, language)) == {
        frozenset({"Blois", "Hue"}): "agreement", frozenset({"Blois", partner}): kind}


def test_the_french_city_may_be_a_town_named_inside_a_body_s_name(
        links: LinksComponent) -> None:
    """"studenti del Lycée Descartes di Blois ... il gemellaggio tra Firenze e la città
    francese": the school's town is the French city."""
    text = ("Gli studenti del Lycée Descartes di Blois sono ospiti a Firenze. Lo scambio rientra "
            "nel gemellaggio tra Firenze e la città francese, in vigore dal 1957.")
    doc = make_doc(text, "it", organizations=(
        _org(text, "Lycée Descartes di Blois", "FR", "school"),))
    assert link_kinds(links, doc)[frozenset({"Florence", "Blois"})] == "twinning"


def test_a_country_after_a_province_s_comma_is_the_country() -> None:
    """"the City of Qingdao, Shandong Province, China": the country after the province's
    noun and a comma says where the province is; it is no "provincia cinese", the province
    named before."""
    text = "Blois will sign an agreement with Qingdao, Shandong Province, China."

    def at(word: str, kind: str, country: str, via: str) -> PartyMention:
        start = text.index(word)
        return PartyMention((start, start + len(word)), word, kind, country, via)

    parties = [at("Blois", "city", "FR", "place"), at("Qingdao", "city", "CN", "place"),
               at("Shandong", "region", "CN", "place"), at("China", "country", "CN", "demonym")]
    found = one_town_named_before(parties, load_language("en"), KeyCache(text))
    assert [p.name for p in found] == ["Blois", "Qingdao", "Shandong", "China"]


@pytest.mark.parametrize(("text", "language", "pairs"), [
    ("A comitiva de Hue segue depois para Braga e Lisboa.", "pt", set()),
    ("Boa parte da carga de Hue segue para Braga e Lisboa.", "pt", set()),
    ("The delegation of Hue signed an MoU with Turin on Monday before heading on to Hamburg "
     "and Frankfurt.", "en", {frozenset({"Hue", "Turin"})}),
])
def test_every_town_listed_after_where_visitors_go_on_to_is_a_stop(
        links: LinksComponent, text: str, language: str, pairs: set[frozenset[str]]) -> None:
    """"A comitiva chinesa segue depois para Campinas e São Paulo": the next stops, each of
    the list, are no parties, nor partners of each other."""
    assert link_pairs(links, make_doc(text, language)) == pairs


def test_a_document_s_lexicon_hits_are_found_once_and_are_those_of_a_full_scan() -> None:
    lex = load_language("en")
    text = "Blois and Hue, the two sides, met in the city of Turin with fans from Hamburg."
    keys = KeyCache(text)
    first = keys.hits(lex.references, lex.keep_accents)
    assert first == tuple(lex.references.finditer(keys.get(lex.keep_accents)))
    assert {hit.label for hit in first} >= {"collective", "with"}
    assert keys.hits(lex.references, lex.keep_accents) is first
    assert keys.hits(lex.events, lex.keep_accents) == tuple(
        lex.events.finditer(keys.get(lex.keep_accents)))


def test_another_story_s_headline_is_no_relation(links: LinksComponent) -> None:
    """"Related articles" and the headlines after it name other stories' twinnings."""
    text = ("Hue and Blois signed an agreement on Monday.\nRelated articles\n"
            "Hamburg and Turin mark 50 years of twinning")
    pairs = {frozenset(x.parties) for x in links(make_doc(text, "en")).links}
    assert pairs == {frozenset({"Hue", "Blois"})}


@pytest.mark.parametrize(("text", "language", "expected"), [
    # the line before the table names the place and the relation
    ("Hue and Blois signed an agreement on Monday.\nThe twin cities of Hue\n"
     "Partner | Country | Year\nBlois | France | 1998\nHamburg | Germany | 2005", "en",
     {("Blois", "twinning", "1998"), ("Hamburg", "twinning", "2005")}),
    # no such line: the story's partner is a row, and the story's relation is the rows'
    ("Hue und Blois sind seit 1998 Partnerstädte.\nPartner | Land | Jahr\n"
     "Blois | Frankreich | 1998\nHamburg | Deutschland | 2005", "de",
     {("Blois", "twinning", "1998"), ("Hamburg", "twinning", "2005")}),
    ("Ngày 11/3, Huế đã làm việc với Osaka.\nĐối tác | Quốc gia | Năm\nOsaka | Nhật Bản | 2024\n"
     "Hamburg | Đức | 2019", "vi",
     {("Osaka", "cooperation", "2024-03-11"), ("Hamburg", "cooperation", "2019")}),
])
def test_a_table_of_partners_flattened_into_lines(links: LinksComponent, text: str,
                                                  language: str, expected: set[tuple[str, str, str]]
                                                  ) -> None:
    """"Partner | Country | Year" and its rows: each row's place is a partner of the place
    the table lists partners of."""
    found = {(next(p for p in x.parties if p != "Hue"), x.kind, x.date)
             for x in links(make_doc(text, language, published="2024-03-12")).links
             if "Hue" in x.parties}
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a column of places of any kind, after a line that states the relation
    ("Blois and its partner cities\n\nCity | Country | Relationship | Since\n"
     "Hue | Vietnam | Sister city | 1989\nPorto | Portugal | Friendship city | 2004\n",
     {(("Blois", "Hue"), "twinning", "1989"), (("Blois", "Porto"), "twinning", "2004")}),
    # each row's own cell states its relation, over the line before the table's
    ("The partners of Blois\n\nPartner | Country | Relationship | Since\n"
     "Hue | Vietnam | Sister city | 1989\nPorto | Portugal | Cooperation agreement | 2004\n",
     {(("Blois", "Hue"), "twinning", "1989"), (("Blois", "Porto"), "agreement", "2004")}),
    # a column of places under no relation: no partners
    ("Summer flights from Blois\n\nCity | Country | Flights a week\nHue | Vietnam | 3\n"
     "Porto | Portugal | 2\n", set()),
])
def test_en_a_table_of_cities_under_a_stated_relation(
        links: LinksComponent, text: str, expected: set[tuple[tuple[str, ...], str, str]]
        ) -> None:
    """"City | Country | Relationship | Since" after "Our partner cities": each row's town is
    a partner, of the kind its own row states ("Sister city"); not after a line that states
    no relation ("Summer flights from Blois")."""
    found = {(tuple(sorted(x.parties)), x.kind, x.date)
             for x in links(make_doc(text, "en", published="2024-03-12")).links}
    assert found == expected


@pytest.mark.parametrize("text", [
    "Ngày 11/3, đoàn Osaka đã làm việc với Quang Ninh trước khi đến Huế.",
    # the way to the airport home
    "Ngày 11/3, đoàn Osaka đã làm việc với Quang Ninh và ngày mai sẽ ra Huế để bay về nước.",
    "Ngày 11/3, đoàn Osaka đã làm việc với Quang Ninh, chiều nay đoàn sẽ ra Huế.",
])
def test_the_place_a_delegation_goes_on_to_is_no_party(links: LinksComponent,
                                                       text: str) -> None:
    pairs = {frozenset(x.parties) for x in links(make_doc(text, "vi")).links}
    assert pairs == {frozenset({"Osaka", "Quang Ninh"})}


@pytest.mark.parametrize(("text", "language"), [
    ("Da Nang signed an agreement with Hamburg.\n"
     "The mayor of Da Nang later met the Vietnamese community in Osaka.", "en"),
    ("Da Nang ký kết thỏa thuận với Hamburg.\n"
     "Đoàn Da Nang đã gặp gỡ cộng đồng người Việt Nam tại Osaka.", "vi"),
    ("Da Nang ký kết thỏa thuận với Hamburg.\n"
     "Đoàn Da Nang đã gặp gỡ bà con kiều bào đang sinh sống tại Osaka và Manila.", "vi"),
    ("Da Nang ha firmato un accordo con Hamburg.\n"
     "Il sindaco di Da Nang ha poi incontrato la comunità vietnamita a Osaka.", "it"),
])
def test_a_country_s_people_abroad_are_no_party(links: LinksComponent, text: str,
                                                language: str) -> None:
    """The compatriots a delegation meets on its trip ("the Vietnamese community in Osaka")
    are no party: neither their country nor the town they live in."""
    assert link_pairs(links, make_doc(text, language)) == {frozenset({"Da Nang", "Hamburg"})}


def test_a_community_with_no_nationality_is_no_country_s_people(
        links: LinksComponent) -> None:
    """A community with no nationality next to it says nothing of who lives abroad."""
    doc = make_doc("Da Nang ha firmato un accordo con Hamburg.\n"
                   "Il sindaco di Da Nang ha poi incontrato la comunità di imprese a Osaka.", "it")
    assert frozenset({"Da Nang", "Osaka"}) in link_pairs(links, doc)


@pytest.mark.parametrize(("text", "language", "mission"), [
    ("A delegation of Da Nang visited Hamburg.\n"
     "The delegation also held talks with the Vietnamese Embassy in Germany.", "en",
     "Vietnamese Embassy in Germany"),
    ("Đoàn Da Nang thăm Hamburg.\n"
     "Đoàn cũng đã làm việc với Đại sứ quán Việt Nam tại Osaka.", "vi",
     "Đại sứ quán Việt Nam"),
])
def test_a_delegation_calling_on_its_own_mission_abroad_makes_no_pair(
        links: LinksComponent, text: str, language: str, mission: str) -> None:
    """An unnamed delegation that calls on its own country's embassy abroad: no partner of
    the hosts, and the town after the embassy ("tại Osaka") is only where it sits."""
    org = _org(text, mission, "VN", "embassy")
    doc = make_doc(text, language, organizations=(org,))
    assert link_pairs(links, doc) == {frozenset({"Da Nang", "Hamburg"})}


def test_a_foreign_mission_is_the_hosts_partner(links: LinksComponent) -> None:
    """The embassy of the hosts' partner country, which a named host works with, is its
    partner: only one's own mission is left out."""
    text = ("A delegation of Da Nang visited Hamburg.\n"
            "Hamburg also held talks with the Vietnamese Embassy in Germany.")
    org = _org(text, "Vietnamese Embassy in Germany", "VN", "embassy")
    pairs = link_pairs(links, make_doc(text, "en", organizations=(org,)))
    assert frozenset({"Hamburg", "Vietnamese Embassy in Germany"}) in pairs


@pytest.mark.parametrize(("text", "language", "pairs"), [
    # where the visitors go next, told in the future, is no party
    ("Firenze e Huế hanno firmato un accordo.\n"
     "La delegazione di Huế ripartirà domani per Hamburg.", "it", set()),
    ("Florence and Hue signed an agreement.\n"
     "The delegation of Hue will leave tomorrow for Hamburg.", "en", set()),
    # unless the sentence goes on with whom they meet there
    ("Firenze e Huế hanno firmato un accordo.\n"
     "La delegazione di Huế ripartirà domani per Hamburg, dove incontrerà il sindaco.", "it",
     {frozenset({"Hue", "Hamburg"})}),
    ("Florence and Hue signed an agreement.\n"
     "The delegation of Hue will leave tomorrow for Hamburg, where it will meet the mayor.",
     "en", {frozenset({"Hue", "Hamburg"})}),
    # nor when they only call on their own mission there
    ("Florence and Hue signed an agreement.\n"
     "The delegation of Hue will leave tomorrow for Hamburg, where it will meet staff of the "
     "Vietnamese consulate.", "en", set()),
    # the legs before the story's are where the delegation was, no parties
    ("Florence and Hue signed an agreement.\n"
     "The delegation of Hue, which had stopped in Osaka and Manila, will leave tomorrow for "
     "Hamburg.", "en", set()),
    ("Firenze e Huế hanno firmato un accordo.\n"
     "La delegazione di Huế, che aveva fatto tappa a Osaka e Manila, è ripartita per Hamburg.",
     "it", set()),
    # nor a leg where the visitors only met their own country's firms
    ("Firenze e Huế hanno firmato un accordo.\n"
     "La delegazione di Firenze aveva fatto tappa a Osaka, dove ha incontrato una trentina di "
     "imprese italiane.", "it", set()),
    # the stops before it are where the delegation was, and no pair of each other
    ("Firenze e Huế hanno firmato un accordo.\n"
     "La delegazione, che aveva fatto tappa a Osaka e Manila, ripartirà domani per Hamburg.",
     "it", set()),
])
def test_the_next_leg_of_a_trip_is_no_party(links: LinksComponent, text: str, language: str,
                                            pairs: set[frozenset[str]]) -> None:
    assert link_pairs(links, make_doc(text, language)) == {
        frozenset({"Florence", "Hue"})} | pairs


def _headlined(text: str, language: str) -> Doc:
    doc = make_doc(text, language)
    title = text.split("\n", 1)[0]
    return dataclasses.replace(doc, article=dataclasses.replace(doc.article, title=title))


@pytest.mark.parametrize(("body", "kind"), [
    # the body signs a memorandum and calls the twinning a first step to come
    ("Firenze e Huế hanno firmato ieri un protocollo d'intesa. È il primo passo verso un "
     "vero gemellaggio.", "agreement"),
    # the body states the twinning: the headline's kind stands
    ("Firenze e Huế hanno firmato ieri il patto di gemellaggio.", "twinning"),
])
def test_a_headline_s_relation_the_body_only_wishes_gives_way(
        links: LinksComponent, body: str, kind: str) -> None:
    doc = _headlined(f"Gemellaggio tra Firenze e Huế: firmato il protocollo\n\n{body}", "it")
    assert link_kinds(links, doc) == {frozenset({"Florence", "Hue"}): kind}


def test_a_meeting_that_is_a_step_towards_cooperation_took_place(
        links: LinksComponent) -> None:
    """"verso una cooperazione" wishes the cooperation right after it, not the meeting."""
    doc = make_doc("L'incontro tra Firenze e Huế segna un passo verso una cooperazione più "
                   "stretta.", "it")
    assert [e.type for e in links(doc).events] == ["meeting"]


@pytest.mark.parametrize(("text", "pairs"), [
    # "The Japanese delegation" is the story's Japanese party, not Japan
    ("Hue and Osaka signed an agreement.\nThe Japanese delegation also met leaders of Da Nang.",
     {frozenset({"Hue", "Osaka"}), frozenset({"Osaka", "Da Nang"})}),
    # a tour of countries by it names no town of the story
    ("Hue and Osaka signed an agreement.\nThe visit to Vietnam by the Japanese delegation "
     "was short.", {frozenset({"Hue", "Osaka"})}),
    # where it goes after the story's events is no party
    ("Hue and Osaka signed an agreement.\nThe Japanese delegation will visit the port "
     "before departing for Manila.", {frozenset({"Hue", "Osaka"})}),
])
def test_a_delegation_named_by_its_country_s_adjective(links: LinksComponent, text: str,
                                                       pairs: set[frozenset[str]]) -> None:
    assert link_pairs(links, make_doc(text, "en")) == pairs


def test_a_dutch_delegation_named_by_its_country_s_adjective(links: LinksComponent) -> None:
    """"De Zuid-Afrikaanse delegatie bezocht ... Zeebrugge": the story's party of that
    country, not the country."""
    text = ("Hue en Osaka hebben een akkoord ondertekend.\nDe Japanse delegatie bezocht dinsdag "
            "de haven van Da Nang.")
    assert link_pairs(links, make_doc(text, "nl")) == {
        frozenset({"Hue", "Osaka"}), frozenset({"Osaka", "Da Nang"})}


@pytest.mark.parametrize(("middle", "owner"), [
    # a wire story's paragraph of one sentence: the next paragraph's "two sides" are its pair
    ("On Sunday, the mayor of Osaka also welcomed a delegation from Manila.",
     frozenset({"Osaka", "Manila"})),
    # a paragraph of several sentences: the story's pair
    ("On Sunday, the mayor of Osaka also welcomed a delegation from Manila. It rained.",
     frozenset({"Hue", "Blois"})),
])
def test_the_two_sides_after_a_paragraph_of_one_sentence(
        links: LinksComponent, middle: str, owner: frozenset[str]) -> None:
    text = (f"Hue and Blois signed an agreement.\n\n{middle}\n\n"
            "The two sides agreed to cooperate on waste treatment.")
    assert {frozenset(link.parties) for link in links(make_doc(text, "en")).links
            if link.sectors == ("waste_circular",)} == {owner}


@pytest.mark.parametrize(("text", "language", "pair"), [
    ("Monterrey y San Antonio firmaron un acuerdo.\n"
     "La delegación de San Antonio visitará el puerto antes de viajar a Manila.", "es",
     {"Monterrey", "San Antonio"}),
    # an article between the words of leaving and the place
    ("Monterrey y San Antonio firmaron un acuerdo.\n"
     "La delegación de San Antonio se reunió con el alcalde antes de viajar a la Manila.",
     "es", {"Monterrey", "San Antonio"}),
    ("Blois et Hue ont signé une convention.\n"
     "La délégation de Hue a rencontré le maire avant de se rendre à Osaka.", "fr",
     {"Blois", "Hue"}),
])
def test_where_the_visitors_go_after_the_story_is_no_party(
        links: LinksComponent, text: str, language: str, pair: set[str]) -> None:
    assert link_pairs(links, make_doc(text, language)) == {frozenset(pair)}


@pytest.mark.parametrize(("text", "kind"), [
    # a relation word opening a headline as its rubric names the section
    ("Jumelage : Blois et Hue renouvellent leur convention de coopération\n\n"
     "Blois et Hue ont renouvelé mardi leur convention de coopération.", "agreement"),
    # not a relation word that the headline states
    ("Blois et Hue célèbrent leur jumelage\n\n"
     "Blois et Hue ont renouvelé mardi leur convention de coopération.", "twinning"),
])
def test_a_rubric_opening_a_headline_is_no_relation(links: LinksComponent, text: str,
                                                    kind: str) -> None:
    assert link_kinds(links, _headlined(text, "fr")) == {frozenset({"Blois", "Hue"}): kind}


def test_the_next_stops_of_a_tour_are_no_parties(links: LinksComponent) -> None:
    text = ("Blois et Hue ont signé une convention.\n"
            "La délégation de Hue poursuivra sa tournée européenne à Osaka puis à Manila.")
    assert link_pairs(links, make_doc(text, "fr")) == {frozenset({"Blois", "Hue"})}


@pytest.mark.parametrize(("text", "language"), [
    ("Hue and Osaka signed an agreement.\n"
     "The Japanese delegation also visited Saigon Robotics.", "en"),
    ("Hue und Osaka unterzeichneten eine Vereinbarung.\n"
     "Die japanische Delegation besuchte zudem Saigon Robotics.", "de"),
])
def test_the_delegation_named_by_its_adjective_is_the_story_s_party(
        links: LinksComponent, text: str, language: str) -> None:
    org = _org(text, "Saigon Robotics", "VN", "company")
    assert link_pairs(links, make_doc(text, language, organizations=(org,))) == {
        frozenset({"Hue", "Osaka"}), frozenset({"Osaka", "Saigon Robotics"})}


@pytest.mark.parametrize(("text", "language"), [
    ("Monterrey y San Antonio firmaron ayer un memorándum.\n"
     "El acuerdo se enmarca en la relación de ciudades hermanas que ambas urbes mantienen "
     "desde 1999.", "es"),
    ("Blois et Hue ont signé hier une convention.\nLes deux communes sont jumelées depuis 1999.",
     "fr"),
])
def test_the_two_towns_named_by_a_collective_noun_are_the_pair(
        links: LinksComponent, text: str, language: str) -> None:
    """"ambas urbes", "les deux communes": the pair just named, whose twinning the sentence
    states, the most formal relation of the pair and dated by its establishment."""
    assert [(x.kind, x.date) for x in links(make_doc(text, language)).links] == [
        ("twinning", "1999")]


def test_malay_is_read_with_the_indonesian_rules(links: LinksComponent) -> None:
    """A Malay text keeps its language and is read with the rules of Indonesian, a close
    language we read ("memorandum persefahaman", "bandar kembar")."""
    doc = make_doc("Kerajaan Bandar Hue dan Turin menandatangani memorandum persefahaman "
                   "dalam bidang pelancongan hari ini.", "ms")
    assert doc.language == "ms" and doc.rules_language == "id"
    assert [(x.kind, x.sectors) for x in links(doc).links] == [("agreement", ("tourism",))]


@pytest.mark.parametrize(("text", "kind"), [
    ("Hue a Turin podpísali v utorok zmluvu o spolupráci v oblasti cestovného ruchu.",
     "agreement"),
    ("Hue a Turin sú od roku 1999 partnerské mestá.", "twinning"),
    ("Mesto Hue chce s mestom Turin nadviazať partnerstvo miest.", "proposal"),
])
def test_slovak_is_read_with_the_czech_rules(links: LinksComponent, text: str,
                                             kind: str) -> None:
    """A Slovak text keeps its language and is read with Czech's rules, to which Slovak's
    words are added ("zmluva o spolupráci", "partnerským mestom", "nadviazať partnerstvo")."""
    doc = make_doc(text, "sk")
    assert doc.language == "sk" and doc.rules_language == "cs"
    assert [x.kind for x in links(doc).links] == [kind]


def test_slovak_fields_are_read_with_the_czech_rules(links: LinksComponent) -> None:
    """Slovak's names of fields, added to Czech's ("cestovného ruchu", "výmeny žiakov")."""
    doc = make_doc("Hue a Turin podpísali zmluvu o spolupráci v oblasti cestovného ruchu a "
                   "výmeny žiakov.", "sk")
    assert [x.sectors for x in links(doc).links] == [("education_research", "tourism")]


def test_de_the_partnership_named_without_its_parties_dates_the_stories_twinning(
        links: LinksComponent) -> None:
    """"Die Partnerschaft besteht seit 1982": the story's pair, whose twinning it dates."""
    text = ("Hamburg und seine Partnerstadt Hue haben am Mittwoch eine Vereinbarung "
            "unterzeichnet. Die Partnerschaft besteht seit 1982.")
    result = links(make_doc(text, "de", published="2024-09-20")).links
    assert [(x.kind, x.date) for x in result] == [("twinning", "1982")]


def test_vi_a_visit_s_tai_before_a_town_s_noun_names_its_host(links: LinksComponent) -> None:
    """"thăm và làm việc tại thành phố Turin": Turin hosts the delegation, not only where."""
    text = ("Đoàn công tác tỉnh Vinh Phuc đã làm việc với vùng Tuscany. Ngày 17/10, đoàn thăm "
            "và làm việc tại thành phố Turin.")
    pairs = {frozenset(link.parties) for link in links(make_doc(text, "vi")).links}
    assert frozenset({"Vinh Phuc", "Turin"}) in pairs


def test_vi_a_town_visited_only_for_the_own_embassy_hosts_nobody(
        links: LinksComponent) -> None:
    """"đoàn đến Florence và làm việc với Đại sứ quán Việt Nam tại Italy": the delegation's
    own mission sits there; the town is no host of it."""
    text = ("Đoàn công tác tỉnh Vinh Phuc đã làm việc với vùng Tuscany. Ngày 19/10, đoàn đến "
            "Florence và làm việc với Đại sứ quán Việt Nam tại Italy.")
    name = "Đại sứ quán Việt Nam tại Italy"
    start = text.index(name)
    embassy = Organization("org:embassy", name, "VN", "embassy", ((start, start + len(name)),))
    doc = make_doc(text, "vi", organizations=(embassy,))
    pairs = {frozenset(link.parties) for link in links(doc).links}
    assert frozenset({"Vinh Phuc", "Tuscany"}) in pairs
    assert not any("Florence" in pair for pair in pairs)


@pytest.mark.parametrize("text", [
    # two places never related, each named once, are no pair lending its visitor to hosts
    "Gian hàng Italy có doanh nghiệp đến từ Turin. Ban tổ chức dự kiến đón nhiều đoàn doanh "
    "nghiệp từ Hue và Da Nang.",
    # a market named after its ward is where the visitors go, no party
    "Đoàn Tuscany đã làm việc với Vinh Phuc và thăm chợ nổi Hue.",
])
def test_vi_fair_visitors_and_a_market_s_town_are_no_party(links: LinksComponent,
                                                            text: str) -> None:
    pairs = {frozenset(link.parties) for link in links(make_doc(text, "vi")).links}
    assert not any({"Turin", "Hue"} & pair for pair in pairs)


@pytest.mark.parametrize(("text", "language"), [
    ("I sindaci di Blois, Hamburg, Osaka e Manila, tra gli altri, hanno partecipato a un "
     "incontro sulla mobilità.", "it"),
    ("Les maires de Blois, Hamburg, Osaka et Manila, entre autres, ont participé à une réunion "
     "sur la mobilité.", "fr"),
    ("Los alcaldes de Blois, Hamburg, Osaka y Manila, entre otros, participaron en una reunión "
     "sobre movilidad.", "es"),
    ("Os prefeitos de Blois, Hamburg, Osaka e Manila, entre outros, participaram de uma reunião "
     "sobre mobilidade.", "pt"),
])
def test_a_roll_call_in_other_languages(links: LinksComponent, text: str,
                                        language: str) -> None:
    assert links(make_doc(text, language)).links == ()
    # without it, the same list meets
    assert links(make_doc(text.replace(", tra gli altri,", "").replace(", entre autres,", "")
                          .replace(", entre otros,", "").replace(", entre outros,", ""),
                          language)).links


def test_a_roll_call_closed_by_among_others_pairs_no_participants(
        links: LinksComponent) -> None:
    text = ("Mayors of Blois, Hamburg, Turin, Osaka and Manila, among others, discussed urban "
            "transport in three sessions.")
    assert links(make_doc(text, "en")).links == ()
    # after a cue the list is the cue's
    found = link_kinds(links, make_doc("Blois signed agreements with Hamburg and Osaka, among "
                                       "others.", "en"))
    assert found.get(frozenset({"Blois", "Hamburg"})) == "agreement"


def test_pairs_listed_one_a_line_after_a_colon_are_each_a_pair(links: LinksComponent) -> None:
    text = ("The pairs were presented at the kick-off meeting held on 4 July 2023. The new "
            "pairs and their themes of cooperation are:\n• Hue (Vietnam) – Blois (France): "
            "heritage tourism\n• Da Nang – Hamburg: green ports\n\nEach pair will prepare a plan.")
    found = {frozenset(link.parties): (link.kind, link.date)
             for link in links(make_doc(text, "en")).links}
    assert found == {frozenset({"Hue", "Blois"}): ("cooperation", "2023-07-04"),
                     frozenset({"Da Nang", "Hamburg"}): ("cooperation", "2023-07-04")}
    # numbered, each town with its country after a comma, or joined by "and"
    text = ("The selected city pairs are:\n1. Hue, Vietnam – Blois, France\n2. Da Nang and "
            "Hamburg\n")
    assert set(link_kinds(links, make_doc(text, "en"))) == {
        frozenset({"Hue", "Blois"}), frozenset({"Da Nang", "Hamburg"})}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Hue è gemellata con:\n- Blois (Francia), dal 1999;\n- Hamburg (Germania), dal 2005.\n"
     "Dal 2012 ha un patto di amicizia con Osaka.", "it",
     {("Blois", "twinning", "1999"), ("Hamburg", "twinning", "2005"),
      ("Osaka", "twinning", "2012")}),
    ("Hue is twinned with:\n• Blois, France (1999)\n• Hamburg, Germany (2005)", "en",
     {("Blois", "twinning", "1999"), ("Hamburg", "twinning", "2005")}),
    ("Huế đã ký thỏa thuận hợp tác với:\n1. Blois (Pháp) năm 2015\n2. Osaka (Nhật Bản) năm 2019",
     "vi", {("Blois", "agreement", "2015"), ("Osaka", "agreement", "2019")}),
])
def test_partners_of_one_place_listed_one_a_line_after_a_colon(
        links: LinksComponent, text: str, language: str,
        expected: set[tuple[str, str, str]]) -> None:
    """Each line's town is the partner of the one place the sentence before the colon names,
    of its kind, dated by the line's own year; the listed towns are not each other's."""
    found = links(make_doc(text, language)).links
    assert {(next(p for p in x.parties if p != "Hue"), x.kind, x.date) for x in found
            if "Hue" in x.parties} == expected
    assert all("Hue" in x.parties for x in found)


def test_a_future_start_of_planned_work_makes_no_signing_a_plan(links: LinksComponent) -> None:
    text = ("On 20 July Hue and Blois signed a letter of intent launching a pilot project, to "
            "be carried out in Hue from September 2024.")
    (link,) = links(make_doc(text, "en")).links
    assert (link.kind, link.date) == ("agreement", "2023-07-20")


@pytest.mark.parametrize(("text", "kind"), [
    ("Blois city council approved a motion that asks the mayor to start the procedure for a "
     "twinning with Hue.", "proposal"),
])
def test_a_council_motion_for_a_twinning_is_a_proposal(links: LinksComponent, text: str,
                                                       kind: str) -> None:
    assert link_kinds(links, make_doc(text, "en")) == {frozenset({"Blois", "Hue"}): kind}


@pytest.mark.parametrize("text", [
    # the speakers of a forum
    "A webinar will follow on 3 March, with speakers from the cities of Blois and Hamburg.",
    # firms told by their towns, and the towns of what they sign
    "A machinery maker of Turin signed a distribution agreement with an importer based in Hue, "
    "and a furniture company from Blois started a partnership with a hotel group of Da Nang.",
    "The pavilion hosted furniture makers from Tuscany, Vinh Phuc and Quang Ninh in Hue.",
])
def test_speakers_and_firms_told_by_their_towns_link_no_towns(links: LinksComponent,
                                                              text: str) -> None:
    pairs = [link.parties for link in links(make_doc(text, "en")).links]
    assert pairs == []


def test_gapped_pairs_each_after_of_are_each_a_pair(links: LinksComponent) -> None:
    text = ("The agreement is the third in two years, after those of Tuscany with Vinh Phuc and "
            "of Blois with Hue.")
    found = set(link_kinds(links, make_doc(text, "en")))
    assert found == {frozenset({"Tuscany", "Vinh Phuc"}), frozenset({"Blois", "Hue"})}


def test_many_towns_at_a_forum_are_its_participants_not_partners(
        links: LinksComponent) -> None:
    for text in (
            "Representatives of Blois, Hamburg, Osaka and Manila took part in the forum in Hue.",
            "The webinar brought together officials from Blois, Hamburg, Osaka and Manila to "
            "discuss electric buses."):
        assert links(make_doc(text, "en")).links == ()
    # two sides of a forum of their own stay partners
    found = link_kinds(links, make_doc("Blois and Hue held a forum on heritage.", "en"))
    assert found.get(frozenset({"Blois", "Hue"})) == "cooperation"


def test_witnesses_that_open_a_sentence_end_at_its_last_comma(links: LinksComponent) -> None:
    """"In the presence of Chief Minister ..., the Government of Rajasthan and the Tuscany
    Region signed": the Chief Minister acts for Rajasthan, which signs all the same."""
    text = ("In the presence of Chief Minister Shri Anil Rao, the Government of Hamburg and "
            "Tuscany signed a memorandum of understanding.")
    minister = Person("Anil Rao", role="Chief Minister", affiliation="Hamburg",
                      mentions=((text.index("Anil"), text.index(", the")),))
    doc = make_doc(text, "en", people=(minister,))
    assert link_kinds(links, doc) == {frozenset({"Hamburg", "Tuscany"}): "agreement"}


def test_witnesses_after_a_lead_in_end_before_a_subject_told_with_its_people(
        links: LinksComponent) -> None:
    """"Today, in the presence of Commissioner ..., the Mayor of Hamburg, Anna Berg, and the
    Mayor of Florence, ..., signed": the witnesses end at the first comma a party follows, not
    at the last one, right before the verb."""
    text = ("Today, in the presence of Commissioner Helena Dahl, the Mayor of Hamburg, Anna "
            "Berg, and the Mayor of Florence, Paolo Rossi, signed a memorandum of understanding.")
    assert link_kinds(links, make_doc(text, "en")) == {
        frozenset({"Hamburg", "Florence"}): "agreement"}


def test_zh_guests_written_before_their_verb_witness(links: LinksComponent) -> None:
    """Chinese writes the guests of a signing before "出席" ("中国驻米兰总领事刘晨出席签字仪式"):
    the country its consul acts for witnesses, and is no party."""
    text = "宁波市与米兰市签署了合作备忘录。中国驻米兰总领事刘晨出席签字仪式。"
    start = text.index("刘晨")
    consul = Person(name="刘晨", role="中国驻米兰总领事", affiliation="China",
                    mentions=((start, start + 2),))
    assert link_kinds(links, make_doc(text, "zh", people=(consul,))) == {
        frozenset({"宁波", "米兰"}): "agreement"}


def test_zh_a_body_glued_before_its_news_is_the_source(links: LinksComponent) -> None:
    """"成都市人民政府外事办公室消息，": the office the news comes from is no party of the visit
    it tells."""
    text = "成都市人民政府外事办公室消息，里昂市代表团访问成都。"
    office = Organization(id="org:x", name="成都市人民政府外事办公室", country="CN",
                          type="agency", mentions=((0, 12),))
    assert link_kinds(links, make_doc(text, "zh", organizations=(office,))) == {
        frozenset({"成都", "里昂"}): "cooperation"}


def test_the_own_town_named_by_its_noun_lists_its_partners(links: LinksComponent) -> None:
    text = ("Huế và Torino đã ký thỏa thuận hợp tác. Thành phố đề xuất thiết lập quan hệ hữu "
            "nghị với Blois, đồng thời nghiên cứu khả năng ký kết biên bản ghi nhớ với thành "
            "phố Hamburg.")
    assert link_pairs(links, make_doc(text, "vi")) == {
        frozenset({"Hue", "Turin"}), frozenset({"Hue", "Blois"}), frozenset({"Hue", "Hamburg"})}


def test_the_two_sides_talking_of_another_party_are_not_its_relation(
        links: LinksComponent) -> None:
    text = ("Huế mong muốn kết nghĩa với Blois. Hai bên cũng trao đổi về khả năng hợp tác giữa "
            "Hamburg với các trường đại học của Việt Nam.")
    assert link_kinds(links, make_doc(text, "vi")).get(frozenset({"Hue", "Blois"})) == "proposal"



def test_a_building_of_the_opening_phrase_is_no_party(links: LinksComponent) -> None:
    # "Ngày 18/1, tại Trung tâm ..., UBND ...": where the signing is held
    text = "Ngày 18/1, tại Trung tâm Văn hóa Hue, UBND Hue và Blois ký kết biên bản kết nghĩa."
    org = _org(text, "Trung tâm Văn hóa Hue", "VN", "agency")
    found = {frozenset(x.parties) for x in links(make_doc(text, "vi", organizations=(org,))).links}
    assert found == {frozenset({"Hue", "Blois"})}


@pytest.mark.parametrize(("text", "language"), [
    ("FIRENZE – Une délégation de Hue a séjourné du 3 au 5 octobre en Tuscany. Les deux "
     "parties ont signé un accord jeudi.", "fr"),
    ("FIRENZE – A delegation from Hue stayed in Tuscany from 3 to 5 October. The two sides "
     "signed an agreement on Thursday.", "en"),
])
def test_the_dateline_s_town_yields_to_its_region_where_the_visitors_stayed(
        links: LinksComponent, text: str, language: str) -> None:
    """The dateline's town, named nowhere else, is not the story's party when the story names
    the region it lies in, if only as where the visitors stayed: the region hosts them."""
    assert link_pairs(links, make_doc(text, language)) == {frozenset({"Tuscany", "Hue"})}


def test_the_town_of_an_envoy_s_post_is_no_party(links: LinksComponent) -> None:
    """"The Chinese Consul-General in Lagos, Mr. Li Jun, who witnessed the signing, said
    Hebei ...": the town is the seat of the post."""
    text = ("Blois signed a memorandum with Hue on Monday. The Consul General in Florence, who "
            "witnessed the signing, said Hue was ready to invest.")
    assert link_pairs(links, make_doc(text, "en")) == {frozenset({"Blois", "Hue"})}


def test_a_region_after_in_the_and_a_nationality_locates_the_town() -> None:
    """"Irapuato, in the Mexican state of Guanajuato": the state says where the partner is."""
    from citypact.extract.linking.parties import mark_locators
    text = "a twinning with Irapuato, in the Mexican state of Guanajuato."
    town = PartyMention((16, 24), "Irapuato", "city", "MX", "place", admin1="Guanajuato")
    state = PartyMention((50, 60), "Guanajuato", "region", "MX", "place")
    assert text[16:24] == "Irapuato" and text[50:60] == "Guanajuato"
    assert [p.locator for p in mark_locators(text, [town, state])] == [False, True]


@pytest.mark.parametrize("between", [" in China's ", " city in South Korea's ",
                                     " in New Zealand's ", ", in China's ",
                                     ", in South Korea's ", " City, in China's "])
def test_a_region_after_in_and_its_country_s_possessive_locates_the_town(between: str) -> None:
    """"Jinan in China's Shandong Province", "Gyeongju city in South Korea's North Gyeongsang
    Province", "Fuzhou, in China's Fujian province": the region, owned by a country of one or
    two words, says where the town is."""
    from citypact.extract.linking.parties import mark_locators
    text = f"Hue signed an MoU with Gyeongju{between}North Gyeongsang Province."
    start = text.index("Gyeongju")
    town = PartyMention((start, start + 8), "Gyeongju", "city", "KR", "place",
                        admin1="North Gyeongsang")
    country_name = between.split(" in ")[1][:-3]
    at = text.index(country_name)
    country = PartyMention((at, at + len(country_name)), country_name, "country", "KR", "place")
    at = text.index("North Gyeongsang")
    region = PartyMention((at, at + 16), "North Gyeongsang", "region", "KR", "place")
    assert [p.locator for p in mark_locators(text, [town, country, region])][2] is True


def test_officials_of_a_town_count_for_it_as_the_story_s_party(
        links: LinksComponent) -> None:
    """Council news that names its own town less often than each of two partners, but
    through its officials ("The Lord Mayor, Cr Sarah Lyons, ..."), is about its town."""
    text = ("Fifty years with Hamburg\nCouncil endorsed events for Blois's twinning with "
            "Hamburg, signed in 1977. Mayor Anne Roy will lead a delegation to Hamburg, and "
            "Hamburg students are expected in Blois.\nFriendship with Hue\nCouncil agreed to "
            "renew its friendship city agreement with Hue, first signed in 1996. Deputy Mayor "
            "Marc Dion moved the motion, seconded by Cr Lea Bon, and a Hue delegation visits "
            "Blois next month.")
    people = tuple(Person(name, role, "Blois", ((text.index(name), text.index(name) + len(name)),))
                   for name, role in (("Anne Roy", "Mayor"), ("Marc Dion", "Deputy Mayor"),
                                      ("Lea Bon", "Cr")))
    found = {frozenset(x.parties): (x.kind, x.date)
             for x in links(make_doc(text, "en", people=people)).links}
    assert found == {frozenset({"Blois", "Hamburg"}): ("twinning", "1977"),
                     frozenset({"Blois", "Hue"}): ("twinning", "1996")}


def test_both_cities_after_a_sentence_of_two_partners_are_those_partners(
        links: LinksComponent) -> None:
    """"... with Fukui, Japan, since 1979 and with Morelia, Mexico, since 1985. The
    association runs student exchanges with both cities.": not the story's pair."""
    text = ("Blois is exploring a friendship city relationship with Hue. Blois has been twinned "
            "with Hamburg since 1979 and with Florence since 1985. A local association runs "
            "student exchanges with both cities.")
    found = link_kinds(links, make_doc(text, "en"))
    assert found == {frozenset({"Blois", "Hue"}): "proposal",
                     frozenset({"Blois", "Hamburg"}): "twinning",
                     frozenset({"Blois", "Florence"}): "twinning"}


@pytest.mark.parametrize(("text", "language"), [
    ("The first talks were held in Blois, during a trip of the mayor of Hue.", "en"),
    ("Un primo incontro si è svolto a Blois, durante una missione del sindaco di Hue.", "it"),
    ("Un primo incontro si è svolto a Blois, durante una visita del sindaco di Hue.", "it"),
    ("La première rencontre a eu lieu à Blois, lors d'une visite du maire de Hue.", "fr"),
])
def test_a_venue_before_the_visit_is_its_host_not_its_visitor(
        links: LinksComponent, text: str, language: str) -> None:
    visits = [e for e in links(make_doc(text, language)).events if e.type == "visit"]
    assert [(e.parties, e.place) for e in visits] == [(("Hue", "Blois"), "Blois")]



@pytest.mark.parametrize(("text", "town"), [
    ("They spent Tuesday at the Port of Marseille, where dockers met them.", "Marseille"),
    ("a hydrogen hub at the port of Marseille", "Marseille"),
    ("The visitors toured the ports of Marseille and Toulon.", "Marseille"),
    ("before meeting councillors at our Marseille office.", "Marseille"),
    ("The guests met the mayor at the firm's Marseille offices.", "Marseille"),
])
def test_a_town_s_port_or_a_body_s_office_locates_no_party(text: str, town: str) -> None:
    """A town's port, or a body's office in a town, is a site: the town is where, no party."""
    from citypact.extract.linking.cues import KeyCache
    from citypact.extract.linking.lexicons import lexicons_for
    from citypact.extract.linking.venues import mark_venues
    start = text.index(town)
    party = PartyMention((start, start + len(town)), town, "city", "FR", "place")
    lex = lexicons_for("en")
    assert [p.locator for p in mark_venues([party], lex, KeyCache(text))] == [True]


@pytest.mark.parametrize(("text", "date"), [
    ("50 YEARS AGO – August 1976\n"
     "The mayor of Blois travelled to Hue last week to sign the twinning charter.\n"
     "25 YEARS AGO – August 2001\n"
     "The choir of Turin sang in Florence.", "1976-08"),
    ("Ten years ago: May 2016\n"
     "Hue and Blois signed a cooperation agreement yesterday.\n"
     "Five years ago: May 2021\n"
     "The choir of Turin sang in Florence.", "2016-05"),
    ("Ten years ago: May 2016\n"
     "Blois and Hue signed a friendship agreement last month.\n"
     "Five years ago: May 2021\n"
     "The choir of Turin sang in Florence.", "2016-05"),
    # a date of the present under a heading of the present stays
    ("This month: August 2026\n"
     "Blois signed a cooperation agreement with Hue last week.\n"
     "Last month: July 2026\n"
     "The choir of Turin sang in Florence.", "2026-08"),
])
def test_a_date_of_the_present_under_an_old_heading_counts_from_it(
        links: LinksComponent, text: str, date: str) -> None:
    """An archive column's item ("50 YEARS AGO – August 1976 ... last week"): its heading's
    date, not a week before publication."""
    result = links(make_doc(text, "en", published="2026-08-20")).links
    assert {frozenset(link.parties): link.date for link in result}[
        frozenset({"Blois", "Hue"})] == date


@pytest.mark.parametrize(("text", "kind"), [
    ("On the sidelines of the forum, Blois and Hue agreed to prepare a twinning agreement.",
     "proposal"),
    ("On the sidelines of the summit, Blois and Hue agreed to establish sister city relations.",
     "proposal"),
    ("On the margins of the fair, Blois and Hue agreed to draft an agreement on twinning "
     "relations.", "proposal"),
    # the act of the sentence still tells what was done
    ("On the sidelines of the forum, Blois and Hue signed a cooperation agreement.",
     "agreement"),
])
def test_the_meeting_an_opening_phrase_recalls_relates_no_one(
        links: LinksComponent, text: str, kind: str) -> None:
    assert link_kinds(links, make_doc(text, "en")) == {frozenset({"Blois", "Hue"}): kind}


@pytest.mark.parametrize("text", [
    "Blois and Hue are twin towns.\nMon – welcome supper\nTue – gardens + river trip down to Turin",
    "Blois and Hue are twin towns.\nOn Tuesday the guests from Hue took a boat trip to Turin.",
    "Blois and Hue are twin towns.\nThe visitors from Hue enjoyed a sightseeing trip to Turin.",
])
def test_an_outing_of_the_programme_is_no_visit_of_its_town(links: LinksComponent,
                                                           text: str) -> None:
    assert link_kinds(links, make_doc(text, "en")) == {frozenset({"Blois", "Hue"}): "twinning"}


@pytest.mark.parametrize(("second", "language", "partner"), [
    ("La provincia ya colabora desde 2021 con el distrito portugués de Lisboa.", "es",
     "Lisbon"),
    ("Der Landkreis unterhält bereits seit 2021 eine Partnerschaft mit dem Kreis Kraków.",
     "de", "Kraków"),
    ("Der Landkreis arbeitet seit 2021 mit dem Bezirk Kyoto zusammen.", "de", "Kyoto"),
])
def test_a_subject_named_by_the_story_s_noun_alone_cooperates_with_its_partner(
        links: LinksComponent, second: str, language: str, partner: str) -> None:
    """"La provincia", "Der Landkreis" opening the sentence: the story's first party, whose
    partner is named after a district's noun ("el distrito portugués de", "dem Kreis")."""
    first = {"es": "Torino y Hue firmaron un acuerdo el lunes. ",
             "de": "Turin und Hue haben am Montag ein Abkommen unterzeichnet. "}[language]
    result = {frozenset(x.parties): x.date
              for x in links(make_doc(first + second, language)).links}
    assert result.get(frozenset({"Turin", partner})) == "2021"
    assert frozenset({"Hue", partner}) not in result


@pytest.mark.parametrize("text", [
    "Hamburg arbeitet seit 2010 mit Kyoto zusammen.",
    "Hamburg arbeitet seit 2010 eng mit der Stadt Kyoto zusammen.",
    "Hamburg und Kyoto arbeiten seit 2010 zusammen.",
    "Hamburg hat im Jahr 2010 mit Kyoto zusammengearbeitet.",
])
def test_a_german_separable_verb_of_working_together_is_a_cooperation(
        links: LinksComponent, text: str) -> None:
    result = {frozenset(x.parties): (x.kind, x.date) for x in links(make_doc(text, "de")).links}
    assert result == {frozenset({"Hamburg", "Kyoto"}): ("cooperation", "2010")}


@pytest.mark.parametrize("text", [
    "Seit Februar verbindet Hamburg und die Stadt Kyoto ein Solidaritätspakt.",
    "Hamburg und Kyoto verbindet seit 2022 ein Partnerschaftspakt.",
])
def test_a_german_pact_of_two_towns_is_an_agreement(links: LinksComponent, text: str) -> None:
    kinds = {frozenset(x.parties): x.kind for x in links(make_doc(text, "de")).links}
    assert kinds == {frozenset({"Hamburg", "Kyoto"}): "agreement"}


@pytest.mark.parametrize(("text", "language"), [
    ("Blois est jumelée avec Hamburg depuis 1964, tandis que Turin l'est avec Kyoto depuis "
     "1990.", "fr"),
    ("Blois está hermanada con Hamburg desde 1964, mientras que Turin lo está con Kyoto "
     "desde 1990.", "es"),
    ("Blois é geminada com Hamburg desde 1964, enquanto Turin o é com Kyoto desde 1990.",
     "pt"),
    ("Blois ist seit 1964 mit Hamburg verschwistert, während Turin es seit 1990 mit Kyoto "
     "ist.", "de"),
    ("Blois è gemellata con Hamburg dal 1964, mentre Torino lo è con Kyoto dal 1990.", "it"),
])
def test_a_second_clause_that_takes_the_relation_up_by_a_pronoun_pairs_its_own_parties(
        links: LinksComponent, text: str, language: str) -> None:
    """"tandis que Turin l'est avec Kyoto": the second clause's towns are twins of each
    other, not of the first clause's subject."""
    result = {frozenset(x.parties): x.date for x in links(make_doc(text, language)).links}
    assert result == {frozenset({"Blois", "Hamburg"}): "1964",
                      frozenset({"Turin", "Kyoto"}): "1990"}


@pytest.mark.parametrize(("text", "language"), [
    ("A delegation from Hue visited Florence on Monday within the framework of the agreement "
     "signed in 2019.", "en"),
    ("Une délégation de Hue a visité Blois lundi dans le cadre de l'accord signé en 2019.",
     "fr"),
    ("Dans le cadre de la convention signée en 2019, une délégation de Hue a visité Blois "
     "lundi.", "fr"),
    ("Una delegazione di Hue ha visitato Firenze lunedì nell'ambito dell'accordo firmato nel "
     "2019.", "it"),
    ("Una delegación de Hue visitó Monterrey el lunes en el marco del acuerdo firmado en "
     "2019.", "es"),
    ("Uma delegação de Hue visitou Braga na segunda-feira no âmbito do acordo assinado em "
     "2019.", "pt"),
    ("Eine Delegation aus Hue besuchte am Montag Hamburg im Rahmen des 2019 unterzeichneten "
     "Abkommens.", "de"),
])
def test_a_visit_within_the_framework_of_an_older_agreement_is_a_cooperation_of_its_day(
        links: LinksComponent, text: str, language: str) -> None:
    """The framework phrase, up to its clause's end, holds the older agreement and its
    signing participle: neither is the sentence's; the visit is, dated by its own day."""
    found = [(x.kind, x.date) for x in links(make_doc(text, language)).links]
    assert found == [("cooperation", "2023-07-24")]


def test_a_date_inside_a_framework_phrase_does_not_date_the_visit(
        links: LinksComponent) -> None:
    text = ("A delegation from Hue visited Florence within the framework of the agreement "
            "signed in 2019.")
    found = [(x.kind, x.date) for x in links(make_doc(text, "en")).links]
    assert found and found[0][1] != "2019"


def test_an_instrument_signed_within_the_framework_of_a_twinning_stays_an_agreement(
        links: LinksComponent) -> None:
    text = "Florence and Hue signed an agreement in 2019 within the framework of their twinning."
    found = [(x.kind, x.date) for x in links(make_doc(text, "en")).links]
    assert found == [("agreement", "2019")]



@pytest.mark.parametrize("text", [
    "Primátor mesta Turin prijal v pondelok delegáciu mesta Hue. Obe samosprávy podpísali "
    "memorandum o spolupráci.",
    "Primátor mesta Turin prijal v pondelok delegáciu mesta Hue. Obe mestá podpísali "
    "memorandum o spolupráci.",
])
def test_sk_both_sides_are_the_story_s_pair(links: LinksComponent, text: str) -> None:
    """Slovak's words for both sides ("obe samosprávy", "obe mestá"), added to Czech's."""
    result = links(make_doc(text, "sk", published="2025-05-22")).links
    assert [(sorted(x.parties), x.kind) for x in result] == [(["Hue", "Turin"], "agreement")]


def test_a_nationality_adjective_takes_no_noun_of_the_next_sentence(
        links: LinksComponent) -> None:
    """"... žije početná talianska menšina. Hostí viedol ...": the adjective ends its
    sentence; the guests of the next one are no unnamed Italian party."""
    text = ("Primátor mesta Hue prijal v pondelok delegáciu mesta Turin, kde žije početná "
            "vietnamská menšina. Hostí viedol predseda Ján Hriešik. Obe samosprávy podpísali "
            "memorandum o spolupráci.")
    result = links(make_doc(text, "sk", published="2025-05-22")).links
    assert [(sorted(x.parties), x.kind) for x in result] == [(["Hue", "Turin"], "agreement")]


@pytest.mark.parametrize("text", [
    "The renewal was signed at Palazzo Civico, Turin, on Wednesday by the mayors of Hue and "
    "Blois.",
    "The agreement between Hue and Blois was signed at the Sala dei Mappamondi, Turin.",
])
def test_the_town_after_a_building_of_the_venue_is_no_party(links: LinksComponent,
                                                           text: str) -> None:
    """A town named after the building a venue's preposition puts first ("signed at Áras an
    Chontae, Mullingar"): where the building is, no party."""
    result = links(make_doc(text, "en")).links
    assert [sorted(x.parties) for x in result] == [["Blois", "Hue"]]


@pytest.mark.parametrize(("text", "language"), [
    ("FIRENZE – Il sindaco di Blois ha scritto al sindaco di Firenze. «Le nostre città sono "
     "gemellate dal 1990 e oggi vi siamo vicini», si legge nella lettera.", "it"),
    ("FIRENZE – Il sindaco di Blois ha scritto al sindaco di Firenze. «Le nostre due città "
     "sono gemellate dal 1990», si legge nella lettera.", "it"),
    ("The Mayor of Blois wrote to the Mayor of Florence. \"Our two cities have been twinned "
     "since 1990,\" the letter says.", "en"),
])
def test_our_cities_in_a_mayor_s_letter_are_the_pair(links: LinksComponent, text: str,
                                                      language: str) -> None:
    """One of the pair's mayors writing to the other: "our cities" are the two of them."""
    found = {frozenset(x.parties): (x.kind, x.date)
             for x in links(make_doc(text, language, published="2023-05-26")).links}
    assert found.get(frozenset({"Florence", "Blois"})) == ("twinning", "1990")


@pytest.mark.parametrize(("text", "language", "pairs"), [
    ("据了解，广州市已与米兰市、里昂市建立友好城市关系。", "zh",
     {frozenset({"广州", "米兰"}), frozenset({"广州", "里昂"})}),
    ("据悉，广州市已与意大利米兰市、法国里昂市建立友好城市关系。", "zh",
     {frozenset({"广州", "米兰"}), frozenset({"广州", "里昂"})}),
    ("発表によると、大阪市はミラノ市と姉妹都市提携を結んだ。", "ja",
     {frozenset({"大阪", "ミラノ"})}),
    # the body right after the source's word is the source, no party
    ("据新华社报道，广州市与米兰市签署了合作协议。", "zh", {frozenset({"广州", "米兰"})}),
    ("According to a statement issued by Hamburg, Turin and Blois signed a cooperation "
     "agreement.", "en", {frozenset({"Turin", "Blois"})}),
])
def test_a_town_after_the_comma_that_closes_a_source_s_phrase_is_a_party(
        links: LinksComponent, text: str, language: str, pairs: set[frozenset[str]]) -> None:
    """"据了解，洛阳市已与 ...": the phrase ("it is learned") names no source, and the town
    after its comma is the subject of what it says."""
    assert link_pairs(links, make_doc(text, language)) == pairs


@pytest.mark.parametrize(("text", "language", "kind"), [
    ("Florence and Hue signed a friendship agreement on Monday.\n"
     "Florence is already twinned with 26 foreign cities.", "en", "agreement"),
    ("Florence et Hue ont signé lundi un accord d'amitié.\n"
     "Florence est déjà jumelée avec 26 villes étrangères.", "fr", "agreement"),
    ("广州与米兰昨天签署了友好交流城市关系协议书。\n"
     "广州目前已与26个外国城市建立友好城市关系。", "zh", "agreement"),
    ("广州与米兰昨天签署了友好交流城市关系协议书。\n"
     "据了解，广州目前已与26个外国城市建立友好城市关系。", "zh", "agreement"),
    # the count written as a word, in a case ("s pěti městy": with five towns)
    ("Florence a Hue podepsaly v pondělí memorandum o spolupráci.\n"
     "Florence má partnerské vztahy s pěti městy.", "cs", "agreement"),
    # the story's other party named as the partner is the pair's twinning
    ("Florence and Hue signed a friendship agreement on Monday.\n"
     "Florence is already twinned with Hue.", "en", "twinning"),
])
def test_ties_with_a_count_of_unnamed_towns_are_no_tie_of_the_story_s_pair(
        links: LinksComponent, text: str, language: str, kind: str) -> None:
    """"Florence is already twinned with 26 foreign cities": its twins are those towns, not
    the story's other party."""
    doc = make_doc(text, language)
    pair = frozenset(place.name for place in doc.places)
    assert link_kinds(links, doc) == {pair: kind}


@pytest.mark.parametrize(("text", "language"), [
    # a tour told day by day: each day's town is a stop where no one is met
    ("Florence y Hue firmaron ayer un convenio de colaboración.\n"
     "La delegación de Hue visitará hoy Turin y mañana Hamburg.", "es"),
    ("Florence i Hue van signar ahir un conveni de col·laboració.\n"
     "La delegació de Hue visitarà avui Turin i demà Hamburg.", "ca"),
    ("Florence e Hue assinaram ontem um acordo de cooperação.\n"
     "A delegação de Hue visita hoje Turin e amanhã Hamburg.", "pt"),
    # the way home, told in the present
    ("Florence e Hue assinaram ontem um acordo de cooperação.\n"
     "A delegação de Hue visita hoje o porto e regressa a Lisboa na segunda-feira.", "pt"),
])
def test_the_towns_of_a_tour_told_day_by_day_and_the_way_home_are_stops(
        links: LinksComponent, text: str, language: str) -> None:
    """"visitará hoy Reus y mañana Barcelona", "regressa a Lisboa": where the visitors pass,
    no partner of theirs."""
    assert link_pairs(links, make_doc(text, language)) == {frozenset({"Florence", "Hue"})}


@pytest.mark.parametrize("text", [
    # the town they flew into, of the host's country, and the next stop told in the future
    "Florence a Hue podepsaly v pondělí memorandum o spolupráci.\n"
    "Delegace z Hue přiletěla do Turin v neděli a v úterý odcestuje do Hamburg.",
])
def test_cs_the_town_flown_into_and_the_next_stop_are_no_partners(
        links: LinksComponent, text: str) -> None:
    """"přiletěla do Prahy", "odcestuje do Vídně": where the visitors pass."""
    assert link_pairs(links, make_doc(text, "cs")) == {frozenset({"Florence", "Hue"})}


def test_a_town_travelled_through_is_no_party(links: LinksComponent) -> None:
    """"que chegou à cidade na quarta-feira via Maputo": the town the visitor came through is
    no twin of the one the sentence names."""
    text = ("Braga e Hue assinaram ontem um acordo de cooperação.\nA presidente, que chegou à "
            "cidade na quarta-feira via Lisboa, sublinhou que Hue mantém já uma geminação com "
            "Curitiba desde 2001.")
    assert link_pairs(links, make_doc(text, "pt")) == {frozenset({"Braga", "Hue"}),
                                                       frozenset({"Hue", "Curitiba"})}


@pytest.mark.parametrize(("text", "language"), [
    ("Osaka er vennskapsby med Hamburg i Tyskland, Blois i Frankrike og Kraków i Polen.", "nb"),
    ("Osaka är vänort till Hamburg i Tyskland, Blois i Frankrike och Kraków i Polen.", "sv"),
])
def test_scandinavian_listed_twins_each_in_its_country_are_the_subject_s(
        links: LinksComponent, text: str, language: str) -> None:
    """"Borlänge i Sverige, Viborg i Danmark og Hämeenlinna i Finland": each country locates
    the town before it, and the list goes on through it."""
    assert link_pairs(links, make_doc(text, language)) == {
        frozenset({"Osaka", town}) for town in ("Hamburg", "Blois", "Kraków")}


def test_fields_told_after_a_group_named_back_in_a_later_paragraph_are_the_group_s(
        links: LinksComponent) -> None:
    """"Byene har vært vennskapsbyer siden 1961. ... vedtok ordførerne en felles erklæring om
    å samarbeide om ungdomsutveksling": the towns named back in this paragraph are the group
    of the paragraph before, and the next sentence's fields are theirs."""
    text = ("Osaka er vennskapsby med Hamburg i Tyskland, Blois i Frankrike og Kraków i "
            "Polen.\n\nByene har vært vennskapsbyer siden 1961. På fellesmøtet vedtok "
            "ordførerne en felles erklæring om å samarbeide om ungdomsutveksling.")
    assert {frozenset(link.parties): link.sectors for link in links(make_doc(text, "nb")).links
            } == {frozenset({"Osaka", town}): ("social_exchange",)
                  for town in ("Hamburg", "Blois", "Kraków")}


@pytest.mark.parametrize(("text", "language", "kind"), [
    ("De to byer Osaka og Hamburg vil næste forår underskrive en hensigtserklæring om et "
     "egentligt venskabsbysamarbejde.", "da", "proposal"),
    ("De två städerna Osaka och Hamburg ska nästa vår underteckna en avsiktsförklaring om ett "
     "egentligt vänortssamarbete.", "sv", "proposal"),
    ("De to byene Osaka og Hamburg skal neste vår undertegne en intensjonsavtale om et "
     "egentlig vennskapsbysamarbeid.", "nb", "proposal"),
    # signed, the letter is the pair's agreement, its twinning still to come
    ("Osaka og Hamburg undertegnet i går en intensjonsavtale om et vennskapsbysamarbeid.", "nb",
     "agreement"),
])
def test_a_twinning_a_scandinavian_letter_of_intent_is_about_is_its_aim(
        links: LinksComponent, text: str, language: str, kind: str) -> None:
    """"en hensigtserklæring om et egentligt venskabsbysamarbejde": the twinning is what the
    letter is signed for, not made by it."""
    assert link_kinds(links, make_doc(text, language)) == {frozenset({"Osaka", "Hamburg"}): kind}


@pytest.mark.parametrize(("text", "language"), [
    # a visit made for a twinning's feast: both the feast and the visit are events
    ("A delegation from Hue visited Blois to celebrate 30 years of their twinning.", "en"),
    ("Mayor Tran's delegation from Hue visited Blois on Monday and attended the celebration of "
     "30 years of the twinning.", "en"),
])
def test_a_visit_made_for_an_anniversary_is_an_event_too(links: LinksComponent, text: str,
                                                         language: str) -> None:
    types = {e.type for e in links(make_doc(text, language)).events}
    assert {"anniversary", "visit"} <= types
