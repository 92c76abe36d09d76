from citypact.extract.components.sentences import (
    Furniture,
    load_abbreviations,
    load_month_names,
    page_furniture,
    split_sentences,
)


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, load_abbreviations())]


def test_abbreviations_and_initials_do_not_split() -> None:
    text = "Mr. Nguyen met Dr. J. Smith in Washington, D.C. on Monday. They signed an MoU."
    assert sentences(text) == ["Mr. Nguyen met Dr. J. Smith in Washington, D.C. on Monday.",
                               "They signed an MoU."]


def test_polish_year_abbreviation_ends_a_sentence_but_ul_does_not() -> None:
    # "r." (roku) after a year is no initial; "ul." (ulica) and "m.in." are abbreviations.
    assert sentences("Umowę zawarto 14 maja 1994 r. Gości powitał prezydent. Biuro przy "
                     "ul. Długiej przyjmuje m.in. Niemców.") == [
        "Umowę zawarto 14 maja 1994 r.", "Gości powitał prezydent.",
        "Biuro przy ul. Długiej przyjmuje m.in. Niemców."]


def test_russian_year_abbreviation_ends_a_sentence_but_a_town_s_does_not() -> None:
    # "г." after a year is "года"; before a town's name it is "город"; "ул." is "улица".
    assert sentences("Соглашение заключено 14 мая 1994 г. Гостей принял мэр. Делегация "
                     "посетила г. Владивосток и ул. Светланскую.") == [
        "Соглашение заключено 14 мая 1994 г.", "Гостей принял мэр.",
        "Делегация посетила г. Владивосток и ул. Светланскую."]


def test_chinese_full_width_stops_end_a_sentence_without_a_space() -> None:
    assert sentences("宁波市与米兰市签署备忘录。双方将开展合作！他说：“好。”") == [
        "宁波市与米兰市签署备忘录。", "双方将开展合作！", "他说：“好。”"]


def test_arabic_question_mark_ends_a_sentence() -> None:
    # "؟" is Arabic's question mark; "د." (دكتور) before a name is an abbreviation
    assert sentences("هل ستوقع طنجة الاتفاقية؟ قال د. كريم إن الموعد لم يحدد.") == [
        "هل ستوقع طنجة الاتفاقية؟", "قال د. كريم إن الموعد لم يحدد."]


def test_czech_abbreviations_and_spaced_dates_do_not_split() -> None:
    # "sv." (svatý), "nám." (náměstí), "tzv." and a date written "12. 3. 2024" stay inside.
    assert sentences("Koncert v kostele sv. Ignáce na nám. Míru podepsali 12. 3. 2024 v "
                     "Jihlavě. Tzv. partnerská města se sešla.") == [
        "Koncert v kostele sv. Ignáce na nám. Míru podepsali 12. 3. 2024 v Jihlavě.",
        "Tzv. partnerská města se sešla."]


def test_hungarian_year_first_dates_and_abbreviations_do_not_split() -> None:
    # a year's and a day's dot before a lower-case month or word ("2024. március 12-én"),
    # "ún." (so-called) and "pl." (for example) before a capital stay inside.
    assert sentences("A megállapodást 2024. március 12-én írták alá, ún. keretmegállapodásként. "
                     "A küldöttség pl. Pécsre is ellátogatott.") == [
        "A megállapodást 2024. március 12-én írták alá, ún. keretmegállapodásként.",
        "A küldöttség pl. Pécsre is ellátogatott."]


def test_finnish_abbreviations_do_not_split() -> None:
    # "mm." (among others), "esim." (for example) and "ns." (so-called) before a capital, and
    # a day's dot before a lower-case month ("14. lokakuuta"), stay inside.
    assert sentences("Kaupungit tekevät yhteistyötä mm. Tampereen ja esim. Oulun kanssa. "
                     "Sopimus allekirjoitettiin 14. lokakuuta. Ns. Pohjolan verkosto "
                     "kokoontuu.") == [
        "Kaupungit tekevät yhteistyötä mm. Tampereen ja esim. Oulun kanssa.",
        "Sopimus allekirjoitettiin 14. lokakuuta.", "Ns. Pohjolan verkosto kokoontuu."]


def test_estonian_abbreviations_do_not_split() -> None:
    # "nt" (for example), "u" (about) and "jm" (and others) before a capital or a number,
    # and a day's dot before a lower-case month ("14. oktoobril"), stay inside.
    assert sentences("Linnad teevad koostööd nt. Tartu ja Pärnuga. Leping allkirjastati 14. "
                     "oktoobril. Reisijaid oli u. 300 000, sh. Soome jm. Turistid tulid "
                     "hiljem.") == [
        "Linnad teevad koostööd nt. Tartu ja Pärnuga.",
        "Leping allkirjastati 14. oktoobril.",
        "Reisijaid oli u. 300 000, sh. Soome jm. Turistid tulid hiljem."]


def test_bulgarian_abbreviations_do_not_split() -> None:
    # "т.е." (that is), "напр." (for example) and "гр." (town) before a capital stay inside
    assert sentences("Пътниците ще са повече, т.е. Летище София расте. Гости дойдоха напр. "
                     "Варна и гр. Бургас. Срещата беше успешна.") == [
        "Пътниците ще са повече, т.е. Летище София расте.",
        "Гости дойдоха напр. Варна и гр. Бургас.", "Срещата беше успешна."]


def test_line_breaks_always_split() -> None:
    assert sentences("Headline without stop\nBody starts here.") == [
        "Headline without stop", "Body starts here."]


def test_vietnamese_and_italian() -> None:
    assert sentences("TP. Hồ Chí Minh tiếp đoàn. Hai bên ký kết.") == [
        "TP. Hồ Chí Minh tiếp đoàn.", "Hai bên ký kết."]
    assert sentences("Il sig. Rossi ha firmato. Poi è partito!") == [
        "Il sig. Rossi ha firmato.", "Poi è partito!"]


def test_low_opening_quotes_begin_a_sentence() -> None:
    assert sentences("De delegatie vertrok. „We willen samenwerken”, zei ze. Daarna at men.") == [
        "De delegatie vertrok.", "„We willen samenwerken”, zei ze.", "Daarna at men."]
    assert sentences("Sie reisten ab. „Wir wollen kooperieren.“ Dann aßen sie.") == [
        "Sie reisten ab.", "„Wir wollen kooperieren.“", "Dann aßen sie."]


def test_spans_are_exact_offsets() -> None:
    text = "  One here.   Two there.  "
    spans = split_sentences(text, load_abbreviations())
    assert [text[s:e] for s, e in spans] == ["One here.", "Two there."]


def test_etc_ends_a_sentence_before_a_capital_only() -> None:
    text = "They discussed waste, energy, etc. The meeting ended with lunch, ecc. and coffee."
    spans = split_sentences(text, load_abbreviations())
    assert [text[s:e] for s, e in spans] == [
        "They discussed waste, energy, etc.", "The meeting ended with lunch, ecc. and coffee."]


def test_a_sentence_end_that_lost_its_space() -> None:
    text = "They see great opportunities.Favaro said so. Visit vietnamplus.vn today.See you."
    assert sentences(text) == ["They see great opportunities.", "Favaro said so.",
                               "Visit vietnamplus.vn today.", "See you."]


def test_an_ordinal_day_before_its_month_ends_no_sentence() -> None:
    text = "Die Delegation kam am 28. September 2022 an. Sie blieb bis zum 2. Oktober."
    spans = split_sentences(text, load_abbreviations(), load_month_names())
    assert [text[s:e] for s, e in spans] == ["Die Delegation kam am 28. September 2022 an.",
                                             "Sie blieb bis zum 2. Oktober."]


def test_a_dateline_abbreviation_before_its_agency_ends_no_sentence() -> None:
    text = "SPRINGFIELD, Ill. (AP) — The mayor met them. He fell ill. (He was fine.) Bye."
    assert sentences(text) == ["SPRINGFIELD, Ill. (AP) — The mayor met them.",
                               "He fell ill.", "(He was fine.)", "Bye."]


def test_the_page_around_a_story_is_furniture() -> None:
    """A web page's extracted text: its cookie banner, its tags and the headlines of other
    stories after "Related articles" / "Tin liên quan" are the page's, not the story's; the
    story's lines after the headlines are the story's again."""
    text = ("We use cookies to improve your experience. Accept all\n"
            "Hue and Blois signed an agreement.\n"
            "Tags: Hue, Blois, cooperation\n"
            "Related articles\n"
            "Hamburg marks 50 years of twinning with Turin\n\n"
            "Tin liên quan:\n"
            "Đà Nẵng tiếp đoàn thành phố Osaka\n"
            "The mayor of Hue thanked the guests. They left on Sunday.")
    lines = [text[s:e] for s, e in page_furniture(text, Furniture.load())]
    assert lines == ["We use cookies to improve your experience. Accept all",
                     "Tags: Hue, Blois, cooperation", "Related articles",
                     "Hamburg marks 50 years of twinning with Turin", "Tin liên quan:",
                     "Đà Nẵng tiếp đoàn thành phố Osaka"]


def test_a_photo_credit_is_furniture_and_a_caption_is_not() -> None:
    text = ("Photo: The mayors at the signing in Hue. (Photo: Clare Keogh)\n"
            "Ảnh: Lãnh đạo hai thành phố trao biên bản. Ảnh: Thanh Hà\n"
            "Foto: il sindaco con la sindaca in piazza del Popolo\n"
            "Photo: City of York Council")
    names = [text[s:e] for s, e in page_furniture(text, Furniture.load())]
    assert names == ["Clare Keogh", "Thanh Hà", "City of York Council"]


def test_a_breadcrumb_and_an_inline_related_story_are_furniture() -> None:
    text = ("Home > World > Europe > Germany\nHue and Blois signed an agreement.\n"
            "Leggi anche: Rimini e Sopot rinnovano il gemellaggio\n"
            "Revenue rose > 5% in 2023 > the target.")
    lines = [text[s:e] for s, e in page_furniture(text, Furniture.load())]
    assert lines == ["Home > World > Europe > Germany",
                     "Leggi anche: Rimini e Sopot rinnovano il gemellaggio"]


def test_a_menu_a_weather_widget_and_the_publishers_address_are_furniture() -> None:
    """A menu's towns name sections and a widget's town its weather; the cells of a table
    flattened into lines (a year among them) are the story's."""
    text = ("News | Sport | Swindon | Wiltshire | Chippenham | UK & World\n"
            "Thời sự | Hà Nội | TP.HCM | Đà Nẵng | Quốc tế\n"
            "Hạ Long 26°C Có mây\n"
            "Swindon and Salzgitter signed an agreement.\n"
            "San Francisco | United States | 1984 | Climate\n"
            "Temperatures in Hanoi reached 38°C on Monday.\n"
            "Tòa soạn: Số 18 đường 25/4, phường Hồng Gai, tỉnh Quảng Ninh\n"
            "Redazione: Via Roma 12, 14100 Asti")
    lines = [text[s:e] for s, e in page_furniture(text, Furniture.load())]
    assert lines == ["News | Sport | Swindon | Wiltshire | Chippenham | UK & World",
                     "Thời sự | Hà Nội | TP.HCM | Đà Nẵng | Quốc tế", "Hạ Long 26°C Có mây",
                     "Tòa soạn: Số 18 đường 25/4, phường Hồng Gai, tỉnh Quảng Ninh",
                     "Redazione: Via Roma 12, 14100 Asti"]


def test_headline_lists_with_numbers_bullets_questions_and_capital_headings() -> None:
    """A headline's number, bullet or closing question mark ends no list; a label alone
    opens its line of tags; a heading in capitals may open its headline's line; a path may
    be parted by slashes."""
    text = ("Home / Novità / Notizie\n"
            "Cork and Rennes signed a pact.\n"
            "Tags\nSalzgitter twinning Germany\n"
            "Most Viewed\n1. Bristol and Hannover sign new memorandum\n"
            "2. Will Bath renew its twinning with Braunschweig?\n"
            "- Hải Phòng kết nghĩa với thành phố Ulsan (14/10/2025)\n"
            "The mayor spoke. The guests left.\n"
            "LEGGI ANCHE Alba, la delegazione di Böblingen in visita\n"
            "ROMA Il sindaco ha firmato il patto con Valence.\n"
            "Revenue fell 3 / 4 / 5 per cent.")
    lines = [text[s:e] for s, e in page_furniture(text, Furniture.load())]
    assert lines == ["Home / Novità / Notizie", "Tags", "Salzgitter twinning Germany",
                     "Most Viewed", "1. Bristol and Hannover sign new memorandum",
                     "2. Will Bath renew its twinning with Braunschweig?",
                     "- Hải Phòng kết nghĩa với thành phố Ulsan (14/10/2025)",
                     "LEGGI ANCHE Alba, la delegazione di Böblingen in visita"]


def test_a_menu_written_one_item_a_line_is_furniture() -> None:
    """Five short items or more in a row are a flattened menu; a list introduced by a colon
    and a block of signatures are the story's."""
    menu = "Thời sự\nHà Nội\nTP.HCM\n\nĐà Nẵng\nQuốc tế\nSáng 15/10, Quảng Ninh đã ký."
    assert [menu[s:e] for s, e in page_furniture(menu, Furniture.load())] == [
        "Thời sự", "Hà Nội", "TP.HCM", "Đà Nẵng", "Quốc tế"]
    story = ("Cork is twinned with these towns:\nRennes\nCoburg\nSan Francisco\nShanghai\n"
             "Swansea\nThe mayor spoke.\n"
             "IL SINDACO\nPaolo Dal Molin\nIL SEGRETARIO GENERALE\nRoberta Facchin\n"
             "CERTIFICATO DI PUBBLICAZIONE")
    assert page_furniture(story, Furniture.load()) == ()


def test_a_related_storys_cut_lead_is_furniture() -> None:
    """Under a related story's headline, its lead cut short with an ellipsis is the list's;
    the story's own next sentence ends the list."""
    text = ("Tin liên quan\nHải Phòng kết nghĩa với thành phố Ulsan\n"
            "Ngày 12/10, UBND thành phố Hải Phòng và thành phố Ulsan đã ký thỏa thuận...\n"
            "Ông Bảo cho biết tỉnh sẽ tiếp tục hợp tác.\nHe said it was a first step...")
    assert [text[s:e] for s, e in page_furniture(text, Furniture.load())] == [
        "Tin liên quan", "Hải Phòng kết nghĩa với thành phố Ulsan",
        "Ngày 12/10, UBND thành phố Hải Phòng và thành phố Ulsan đã ký thỏa thuận..."]
