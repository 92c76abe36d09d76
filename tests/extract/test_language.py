"""Language identification on short paragraphs written for these tests."""

from __future__ import annotations

import pytest

from citypact.extract.components.language import LanguageComponent, told_by_words


@pytest.fixture(scope="module")
def language() -> LanguageComponent:
    return LanguageComponent()


@pytest.mark.parametrize(("text", "code"), [
    pytest.param("A prefeitura de Curitiba e a Câmara Municipal de Braga assinaram ontem um "
                 "protocolo de intenções para a cooperação nas áreas do turismo e da cultura. "
                 "As duas cidades desejam estabelecer uma geminação no próximo ano.", "pt",
                 id="pt"),
    pytest.param("El ayuntamiento de Sevilla y la ciudad de Hue firmaron ayer un convenio de "
                 "cooperación en turismo y cultura. Ambas ciudades desean un hermanamiento.",
                 "es", id="es"),
    pytest.param("Il Comune di Firenze e la città di Huế hanno firmato ieri un protocollo "
                 "d'intesa sul turismo e la cultura.", "it", id="it"),
    pytest.param("De gemeente Gouda en de stad Ravenna hebben gisteren een "
                 "samenwerkingsovereenkomst ondertekend op het gebied van toerisme en cultuur. "
                 "Beide steden willen volgend jaar een stedenband aangaan.", "nl", id="nl"),
    pytest.param("Göteborgs Stad och den polska hamnstaden Gdańsk undertecknade i går ett "
                 "samförståndsavtal om samarbete inom sjöfart och kultur. Båda städerna vill "
                 "nästa år inleda ett vänortssamarbete.", "sv", id="sv"),
    # Danish and Norwegian are told apart from Swedish, then read with its rules
    pytest.param("Aarhus Kommune og den tyske havneby Kiel underskrev i går en "
                 "samarbejdsaftale om klima og havne. Begge byer ønsker at udveksle erfaringer "
                 "om vedvarende energi.", "da", id="da"),
    pytest.param("Tromsø kommune og den finske byen Rovaniemi signerte i går en "
                 "samarbeidsavtale om reiseliv og utdanning. Ordføreren sier at byene ikke bare "
                 "skal utveksle studenter, men også forskere neste år.", "nb", id="nb"),
    pytest.param("Kommunen og den finske byen Rovaniemi underteikna i går ein samarbeidsavtale "
                 "om reiseliv og utdanning. Ordføraren seier at byane skal utveksle studentar "
                 "neste år.", "nn", id="nn"),
    pytest.param("BURSA (AA) - Bursa Büyükşehir Belediyesi ile Almanya'nın Darmstadt kenti "
                 "arasında kardeş şehir protokolü imzalandı. Belediye Başkanı törende konuştu.",
                 "tr", id="tr"),
    pytest.param("Pemerintah Kota Surabaya dan Kota Busan menandatangani nota kesepahaman "
                 "kerja sama di bidang pariwisata dan pendidikan, Selasa (12/3/2024). Kedua kota "
                 "berharap hubungan kota kembar itu semakin erat.", "id", id="id"),
    # Malay is told apart, so that a Malaysian text is not read with Indonesian rules
    pytest.param("Majlis Bandaraya Melaka dan bandar raya Nanning telah menandatangani "
                 "memorandum persefahaman bagi kerjasama pelancongan. Kedua-dua bandar raya "
                 "akan bertukar lawatan pegawai kerajaan tempatan pada tahun hadapan.", "ms",
                 id="ms"),
    # Slovak is told apart from Czech, whose rules read it
    pytest.param("Primátor Žiliny a prezident Bielska-Bialej včera podpísali memorandum o "
                 "porozumení v oblasti dopravy a cestovného ruchu. Obe mestá chcú budúci rok "
                 "nadviazať partnerstvo miest.", "sk", id="sk"),
    pytest.param("Prezydent Lublina i mer Łucka podpisali wczoraj porozumienie o współpracy w "
                 "dziedzinie turystyki i kultury. Oba miasta chcą w przyszłym roku zawrzeć umowę "
                 "o partnerstwie.", "pl", id="pl"),
    pytest.param("Primátorka Brna a starosta Vídně včera podepsali memorandum o spolupráci v "
                 "oblasti cestovního ruchu a kultury. Obě města chtějí v příštím roce uzavřít "
                 "smlouvu o partnerství.", "cs", id="cs"),
    pytest.param("Debrecen polgármestere és Nagyvárad alpolgármestere tegnap együttműködési "
                 "megállapodást írt alá a turizmus és a kultúra területén. A két város jövőre "
                 "testvérvárosi szerződést szeretne kötni.", "hu", id="hu"),
    pytest.param("Мэр Омска и аким Павлодара вчера подписали соглашение о сотрудничестве в "
                 "сфере туризма и культуры. Оба города планируют в следующем году установить "
                 "побратимские связи.", "ru", id="ru"),
    pytest.param("Міський голова Полтави та мер Каунаса вчора підписали угоду про співпрацю "
                 "у сфері туризму і культури. Обидва міста планують наступного року встановити "
                 "побратимські зв'язки.", "uk", id="uk"),
    pytest.param("宁波市市长和米兰市副市长昨天签署了经贸与文化合作备忘录。两市计划明年缔结友好城市"
                 "关系，并在旅游和教育领域开展交流。", "zh", id="zh"),
    pytest.param("京都市の市長とフィレンツェ市の副市長は昨日、文化交流に関する覚書に署名した。両市は"
                 "来年、姉妹都市提携60周年を記念する式典を開く予定だ。", "ja", id="ja"),
    pytest.param("수원시장과 다낭시 부위원장은 어제 관광과 교육 분야 협력을 위한 업무협약을 "
                 "체결했다. 두 도시는 내년에 자매결연을 맺을 계획이다.", "ko", id="ko"),
    pytest.param("Ο δήμαρχος Θεσσαλονίκης και ο δήμαρχος της Μπολόνιας υπέγραψαν χθες μνημόνιο "
                 "συνεργασίας στους τομείς του τουρισμού και του πολιτισμού. Οι δύο πόλεις "
                 "σχεδιάζουν να αδελφοποιηθούν τον επόμενο χρόνο.", "el", id="el"),
    pytest.param("وقع عمدة طنجة وعمدة إشبيلية أمس اتفاقية توأمة بين المدينتين في مجالات السياحة "
                 "والثقافة. ويزور الوفد الإسباني غدا مدينة تطوان.", "ar", id="ar"),
    # Catalan is told apart from Spanish, whose rules read it
    pytest.param("L'alcaldessa de Vic i el batlle de Perpinyà van signar ahir un conveni de "
                 "col·laboració en turisme i cultura. Les dues ciutats volen un agermanament "
                 "l'any vinent.", "ca", id="ca"),
    # Galician, which lingua has no model of, by words Spanish and Portuguese never write
    pytest.param("O alcalde de Ferrol e a presidenta da Câmara de Aveiro asinaron onte un "
                 "convenio de colaboración en turismo. As dúas cidades queren tamén un "
                 "irmandamento.", "gl", id="gl"),
    pytest.param("O Concello de Lugo asinou onte coa cidade de Braga un convenio.", "gl",
                 id="gl-short"),
    # ... and a Spanish or Portuguese text about Galicia, its institutions named in
    # Galician, stays Spanish or Portuguese
    pytest.param("El Concello de Vigo y la Xunta de Galicia firmaron ayer un convenio con la "
                 "Deputación de Pontevedra para el Camiño Portugués.", "es",
                 id="es-about-galicia"),
    # a short Spanish text full of Catalan names, which lingua calls Catalan
    pytest.param("El Ajuntament de l'Hospitalet de Llobregat y la Generalitat de Catalunya "
                 "firmaron ayer un convenio con la ciudad de Lyon.", "es",
                 id="es-catalan-names"),
    pytest.param("A Câmara de Valença e o Concello de Tui assinaram ontem um acordo com a "
                 "Xunta de Galicia para a ponte internacional sobre o Minho.", "pt",
                 id="pt-about-galicia"),
    # Finnish, its places in their cases
    pytest.param("Oulun kaupunki ja ruotsalainen Luulaja allekirjoittivat eilen "
                 "yhteistyösopimuksen matkailusta ja koulutuksesta. Kaupungit toivovat "
                 "solmivansa ensi vuonna ystävyyskaupunkisuhteen.", "fi", id="fi"),
    # Estonian, close to Finnish, its places in their cases
    pytest.param("Tartu linn ja Läti Valmiera allkirjastasid eile koostöölepingu turismi ja "
                 "hariduse valdkonnas. Linnad soovivad järgmisel aastal sõlmida ka "
                 "sõpruslinna lepingu.", "et", id="et"),
    # Latvian and Lithuanian, their places in their cases
    pytest.param("Jelgavas valstspilsētas pašvaldība un Igaunijas pilsēta Tartu vakar "
                 "parakstīja sadarbības līgumu kultūrā un izglītībā. Pilsētas vēlas kļūt par "
                 "sadraudzības pilsētām nākamgad.", "lv", id="lv"),
    pytest.param("Šiaulių miesto savivaldybė ir Latvijos miestas Jelgava vakar pasirašė "
                 "bendradarbiavimo sutartį dėl kultūros ir švietimo. Miestai nori tapti "
                 "miestais partneriais kitais metais.", "lt", id="lt"),
    # Croatian and Bosnian, which lingua tells apart; Serbian in Latin letters, which
    # lingua's (Cyrillic) Serbian model calls Bosnian, is told by its ekavian words
    pytest.param("Gradonačelnik Zadra i gradonačelnica Ancone potpisali su jučer sporazum o "
                 "suradnji u području turizma i kulture. Oba grada žele postati gradovi "
                 "prijatelji sljedeće godine.", "hr", id="hr"),
    pytest.param("Načelnik Općine Centar Sarajevo i delegacija iz Ankare potpisali su juče "
                 "sporazum o saradnji u oblasti kulture. Sarajevo i Ankara su gradovi "
                 "prijatelji od prošle sedmice.", "bs", id="bs"),
    pytest.param("Gradonačelnik Novog Sada i predsednik opštine Bečej potpisali su juče "
                 "sporazum o saradnji. Posle posete delegacije iz Segedina, dve opštine žele "
                 "da postanu bratski gradovi sledeće godine.", "sr", id="sr-latin"),
    # Slovenian, which lingua tells apart from Croatian, Slovak and Czech; Serbian in Cyrillic
    # letters, lingua's Serbian model
    pytest.param("Župan Mestne občine Maribor in županja Ptuja sta včeraj podpisala sporazum o "
                 "sodelovanju na področju turizma. Obe mesti želita postati partnerski mesti "
                 "prihodnje leto.", "sl", id="sl"),
    pytest.param("Градоначелник Ниша и градоначелник Кошица потписали су јуче повељу о "
                 "братимљењу. Два града сарађују од 2015. године у области културе.", "sr",
                 id="sr-cyrillic"),
    # Bulgarian, lingua's model: Cyrillic as Russian's, Ukrainian's and Serbian's
    pytest.param("Кметът на Пловдив и кметицата на Бърно подписаха вчера споразумение за "
                 "сътрудничество. Двата града желаят да станат побратимени градове догодина.",
                 "bg", id="bg"),
])
def test_a_paragraph_is_detected_in_its_language(language: LanguageComponent, text: str,
                                                 code: str) -> None:
    assert language.detect(text) == code


def test_a_top_of_names_and_figures_is_read_on_until_the_language_is_sure(
        language: LanguageComponent) -> None:
    """A text opening with a long list of towns and figures, which tells no language, is read
    further, to the sentences that tell it."""
    roster = "Hue 12, Huế 14, Lyon 9, Bonn 3, Graz 7, Turku 5, Brno 8, Cluj 4, Pécs 6. " * 14
    text = roster + ("Il Comune di Firenze e la città di Huế hanno firmato ieri un protocollo "
                     "d'intesa sul turismo e la cultura, e le due città vogliono rinnovarlo. ") * 6
    assert len(roster) > 1000
    assert language.detect(text) == "it"


@pytest.mark.parametrize(("text", "code"), [
    # a Canadian city's English release with a French heading, names and a quote
    pytest.param("For Immediate Release / Pour diffusion immédiate\nMay 2, 2026\n\n"
                 "MONCTON, NB – The City of Moncton and la Ville de Poitiers signed a "
                 "cooperation agreement on Thursday to share expertise in tourism and culture. "
                 "The mayors signed it at City Hall, in the presence of the président of the "
                 "Communauté urbaine de Poitiers. « Nous partageons les mêmes défis et la même "
                 "langue », a déclaré la mairesse. The agreement covers tourism and culture, "
                 "and the two cities will exchange staff next year.", "en", id="en-release"),
    # the same shape the other way round: a French release quoting its English partner
    pytest.param("Communiqué de presse / News Release\n\nLa Ville de Québec et la City of "
                 "Calgary ont signé jeudi une entente de coopération sur le tourisme. « We share "
                 "the same challenges and the same winters », said the Mayor of Calgary. Les deux "
                 "villes échangeront des employés municipaux l'an prochain et organiseront un "
                 "festival commun.", "fr", id="fr-release"),
    # an English story whose one French line is a long quote, kept English
    pytest.param("The mayor of Lens said the visit was a success. « Nous sommes très heureux "
                 "de renforcer les liens entre nos deux villes minières », a-t-elle déclaré. "
                 "The two towns will sign an agreement in October, and a group of students from "
                 "Sudbury will travel to France next spring for a week of classes.", "en",
                 id="en-french-quote"),
])
def test_a_bilingual_text_is_read_in_the_language_of_most_of_its_sentences(
        language: LanguageComponent, text: str, code: str) -> None:
    """A heading and a quote in another language are outnumbered by the sentences around."""
    assert language.detect(text) == code


@pytest.mark.parametrize(("text", "given", "code"), [
    # three Galician words, none Spanish: Galician
    ("o alcalde dixo onte que unha cidade", "es", "gl"),
    # two are not enough
    ("o alcalde dixo onte que a cidade", "es", "es"),
    # more Portuguese words than Galician ones: Portuguese
    ("não há uma cidade com tamén xa onte em que já", "pt", "pt"),
    # a language Galician is not told from stays
    ("o alcalde dixo onte que unha cidade", "it", "it"),
    # Catalan with more Spanish words than Catalan ones is Spanish; Catalan ones win
    ("la Generalitat y el Ajuntament firmaron ayer con la ciudad", "ca", "es"),
    ("la Generalitat i l'Ajuntament van signar ahir amb la ciutat", "ca", "ca"),
    # Serbian's ekavian words in a text lingua calls Bosnian or Croatian: Serbian; their
    # ijekavian ones outnumbering them: the language lingua named
    ("posle posete delegacije opština je dve godine", "bs", "sr"),
    ("posle posete delegacije opština je dve godine", "hr", "sr"),
    ("poslije posjete delegacije općina je dvije godine posle", "bs", "bs"),
])
def test_a_language_lingua_lacks_is_told_by_its_own_words(text: str, given: str,
                                                           code: str) -> None:
    assert told_by_words(given, text) == code
