"""The date grammar as a table of inputs and expected outputs."""

import datetime as dt
import re

import pytest

from citypact.extract.components.dates import DatesComponent, detect_published, make_date_grammar
from citypact.extract.components.sentences import SentencesComponent
from citypact.extract.matchers.date_words import _END, _HAN, _START, _alternation
from citypact.extract.matchers.dates import DateGrammar
from citypact.extract.pipeline import Doc
from citypact.model import Article

BASE = dt.date(2023, 11, 15)


@pytest.fixture(scope="module")
def grammar() -> DateGrammar:
    return make_date_grammar()


@pytest.mark.parametrize(("text", "expected"), [
    ("signed on 28 July 2023 in Rome", [("2023-07-28", None)]),
    ("on July 28 (local time)", [("2023-07-28", None)]),
    ("on November 9", [("2023-11-09", None)]),
    ("lo scorso 4 febbraio", [("2023-02-04", None)]),
    ("il 5 dicembre 2022", [("2022-12-05", None)]),
    ("ngày 28/7/2023", [("2023-07-28", None)]),
    ("ngày 28 tháng 7 năm 2023", [("2023-07-28", None)]),
    ("chiều 9/1, đoàn công tác", [("2023-01-09", None)]),
    ("tháng 7/2023", [("2023-07", None)]),
    ("Từ ngày 8 đến 11/7, đoàn công tác", [("2023-07-08", "2023-07-11")]),
    ("từ ngày 8-11/7/2022", [("2022-07-08", "2022-07-11")]),
    ("từ 30/6 đến 2/7", [("2023-06-30", "2023-07-02")]),
    # Day and month joined by a hyphen (Báo Đà Nẵng, Tuổi Trẻ); a score is no date.
    ("Chiều 12-3, tại trụ sở", [("2023-03-12", None)]),
    ("từ ngày 11 đến 14-3", [("2023-03-11", "2023-03-14")]),
    ("từ 30-6 đến 2-7", [("2023-06-30", "2023-07-02")]),
    ("thắng với tỷ số 3-2", []),
    # the dot style of Thanh Niên; a thousand is no date
    ("Tối 20.11, UBND thành phố", [("2023-11-20", None)]),
    ("ngày 1.000 người", []),
    # this year, in phrases that cannot count years ("nhiều năm nay" is "for years now")
    ("đầu năm nay, đoàn", [("2023", None)]),
    ("hợp tác nhiều năm nay", []),
    # An ordinal is no weekday: "lần thứ 3" (the third time), "đứng thứ hai" (ranks second).
    ("Diễn đàn hợp tác lần thứ 3, với sự tham dự", []),
    ("đứng thứ hai trong các địa phương", []),
    ("dal 8 all'11 luglio", [("2023-07-08", "2023-07-11")]),
    ("il 12 e 13 maggio", [("2023-05-12", "2023-05-13")]),
    ("les 12 et 13 mai 2022", [("2022-05-12", "2022-05-13")]),
    ("el 12 y 13 de mayo", [("2023-05-12", "2023-05-13")]),
    ("10-14 October 2022", [("2022-10-10", "2022-10-14")]),
    # The second day of a range may take an article: the range is kept, not its last day.
    ("tra l'8 e il 10 maggio", [("2023-05-08", "2023-05-10")]),
    ("tra l'8 e l'11 maggio", [("2023-05-08", "2023-05-11")]),
    ("between 8 and 10 May", [("2023-05-08", "2023-05-10")]),
    ("between the 8th and the 10th of May", [("2023-05-08", "2023-05-10")]),
    ("entre el 8 y el 10 de mayo", [("2023-05-08", "2023-05-10")]),
    ("entre le 8 et le 10 mai", [("2023-05-08", "2023-05-10")]),
    ("zwischen dem 8. und dem 10. Mai", [("2023-05-08", "2023-05-10")]),
    ("entre 8 e 10 de maio", [("2023-05-08", "2023-05-10")]),
    ("the 4th of June", [("2023-06-04", None)]),
    ("The 29th day of October, 2013", [("2013-10-29", None)]),
    ("from June 3 to 5", [("2023-06-03", "2023-06-05")]),
    # A year alone in brackets after a listed partner is its date; a number is none.
    ("sister cities: Osaka (since 1978), Tianjin (1980) and Milan (2004)",
     [("1978", None), ("1980", None), ("2004", None)]),
    ("a fleet of 40 buses (2024 models)", []),
    # A range across two months is one date; its first day takes the year of the second.
    ("from 30 May to 2 June", [("2023-05-30", "2023-06-02")]),
    ("from May 30 to June 2, 2022", [("2022-05-30", "2022-06-02")]),
    ("from 30 December 2022 to 2 January 2023", [("2022-12-30", "2023-01-02")]),
    ("dal 30 maggio al 2 giugno", [("2023-05-30", "2023-06-02")]),
    ("du 30 mai au 2 juin 2022", [("2022-05-30", "2022-06-02")]),
    ("del 30 de mayo al 2 de junio", [("2023-05-30", "2023-06-02")]),
    ("vom 30. Mai bis 2. Juni", [("2023-05-30", "2023-06-02")]),
    ("vom 30. Mai bis zum 2. Juni", [("2023-05-30", "2023-06-02")]),
    ("am 3./4. Juni", [("2023-06-03", "2023-06-04")]),
    ("de 30 de maio a 2 de junho", [("2023-05-30", "2023-06-02")]),
    ("signed on 3 May, 2 June and 5 July", [("2023-05-03", None), ("2023-06-02", None),
                                            ("2023-07-05", None)]),
    ("on May 3 and 5 other cities", [("2023-05-03", None)]),
    ("on June 5 and 6", [("2023-06-05", "2023-06-06")]),
    ("on June 5 and 6, 2024 in Hanoi", [("2024-06-05", "2024-06-06")]),
    ("June 5th and 6th in Hanoi", [("2023-06-05", "2023-06-06")]),
    ("on June 5 and 16 delegates", [("2023-06-05", None)]),
    ("el 1.º de junio", [("2023-06-01", None)]),
    ("am Mittwoch, dem 5. Juni 2024", [("2024-06-05", None)]),
    ("sáng thứ Tư (5/7)", [("2023-07-05", None)]),
    ("in the spring of 2021", [("2021", None)]),
    ("mid-2021", [("2021", None)]),
    ("im Frühjahr 2021", [("2021", None)]),
    ("from 13-14 October 2022", [("2022-10-13", "2022-10-14")]),
    ("October 11 – 2022 in Latina", [("2022-10-11", None)]),
    ("1/22/2015 10:53", [("2015-01-22", None)]),
    ("Friday, 29/07/2016 10:31", [("2016-07-29", None)]),
    ("2022.6.27 16:25", [("2022-06-27", None)]),
    ("19 de agosto de 2019", [("2019-08-19", None)]),
    ("am 19. August 2019", [("2019-08-19", None)]),
    ("le 3 mars 2021", [("2021-03-03", None)]),
    ("em 28 de julho de 2023", [("2023-07-28", None)]),
    ("no dia 1º de março de 2022", [("2022-03-01", None)]),
    ("assinado em 2015", [("2015", None)]),
    ("in August 2019", [("2019-08", None)]),
    # A month alone after its cue word is one of the story's year (the last one's when ahead).
    ("firmato ad aprile", [("2023-04", None)]),
    ("nel mese di dicembre", [("2023-12", None)]),
    ("signed in April", [("2023-04", None)]),
    ("signé en avril", [("2023-04", None)]),
    ("im April unterzeichnet", [("2023-04", None)]),
    ("assinado em abril", [("2023-04", None)]),
    ("firmado en abril", [("2023-04", None)]),
    ("inizio aprile", [("2023-04", None)]),
    ("entro fine marzo", [("2023-03", None)]),
    ("fin mars", [("2023-03", None)]),
    ("a finales de marzo", [("2023-03", None)]),
    ("finales de marzo", [("2023-03", None)]),
    ("Mitte Mai", [("2023-05", None)]),
    ("no início de junho", [("2023-06", None)]),
    ("early June", [("2023-06", None)]),
    ("in mid-June", [("2023-06", None)]),
    ("at the end of May", [("2023-05", None)]),
    ("đầu tháng 6", [("2023-06", None)]),
    ("vào tháng 11", [("2023-11", None)]),
    ("cuối tháng 3/2022", [("2022-03", None)]),
    ("kéo dài 3 tháng", []),
    ("since 2004", [("2004", None)]),
    ("nel 2015 Ho Chi Minh City", [("2015", None)]),
    ("il gemellaggio risale al 1985", [("1985", None)]),
    ("gemellate dal lontano 1987", [("1987", None)]),
    ("2023-11", [("2023-11", None)]),
    ("yesterday", [("2023-11-14", None)]),
    ("said on Tuesday", [("2023-11-14", None)]),
    ("hôm qua", [("2023-11-14", None)]),
    ("Chiều qua, hai bên ký kết.", [("2023-11-14", None)]),  # yesterday afternoon
    ("Sáng nay, hai bên ký kết.", [("2023-11-15", None)]),
    ("na última terça-feira", [("2023-11-14", None)]),
    ("ontem", [("2023-11-14", None)]),
    ("mardi dernier", [("2023-11-14", None)]),
    ("samedi dernier", [("2023-11-11", None)]),
    ("el pasado martes", [("2023-11-14", None)]),
    ("el pasado 4 de marzo", [("2023-03-04", None)]),
    ("am vergangenen Dienstag", [("2023-11-14", None)]),
    ("am Dienstag, 12. März 2024", [("2024-03-12", None)]),
    ("nesta terça-feira (14)", [("2023-11-14", None)]),
    ("no passado sábado", [("2023-11-11", None)]),
    ("afgelopen dinsdag", [("2023-11-14", None)]),
    ("donderdagavond", [("2023-11-09", None)]),
    ("gisteren", [("2023-11-14", None)]),
    ("op dinsdag 12 maart 2024", [("2024-03-12", None)]),
    ("van 3 tot en met 5 mei", [("2023-05-03", "2023-05-05")]),
    ("van 3 t/m 5 mei 2022", [("2022-05-03", "2022-05-05")]),
    ("i tisdags", [("2023-11-14", None)]),
    ("i går", [("2023-11-14", None)]),
    ("onsdagskvällen den 12 maj 2024", [("2024-05-12", None)]),
    ("den 7–9 april", [("2023-04-07", "2023-04-09")]),
    ("den 3 till 5 maj 2022", [("2022-05-03", "2022-05-05")]),
    ("12 och 13 maj 2024", [("2024-05-12", "2024-05-13")]),
    ("od 3 do 5 maja 2022 r.", [("2022-05-03", "2022-05-05")]),
    ("12 marca 2024 r.", [("2024-03-12", None)]),
    ("w ubiegły piątek", [("2023-11-10", None)]),
    ("wczoraj", [("2023-11-14", None)]),
    ("op 12 en 13 oktober", [("2023-10-12", "2023-10-13")]),
    ("van 30 mei tot en met 2 juni", [("2023-05-30", "2023-06-02")]),
    # Romanian ranges and weekdays, with its article ("vinerea trecută") or a cedilla.
    ("între 3 și 5 mai", [("2023-05-03", "2023-05-05")]),
    ("de la 3 la 5 mai 2022", [("2022-05-03", "2022-05-05")]),
    ("pe 12 şi 13 octombrie", [("2023-10-12", "2023-10-13")]),
    ("vinerea trecută", [("2023-11-10", None)]),
    ("marţi", [("2023-11-14", None)]),
    ("ieri", [("2023-11-14", None)]),
    # Latin American Spanish: the day before yesterday
    ("La delegación llegó antier a Salta.", [("2023-11-13", None)]),
    # "luni" after a number is "months", no Monday; "mai" after "în" is "more", no May.
    ("acum trei luni", []),
    ("în mai multe orașe", []),
    ("pe 5 mai mult de 100 de elevi", [("2023-05-05", None)]),
    ("sinds 1989", [("1989", None)]),
    ("in 2015 tekenden", [("2015", None)]),
    ("begin maart", [("2023-03", None)]),
    # Months, weeks and years counted from the publication date; a week dates its month.
    ("last month", [("2023-10", None)]),
    ("lo scorso mese", [("2023-10", None)]),
    ("il mese scorso", [("2023-10", None)]),
    ("le mois dernier", [("2023-10", None)]),
    ("el mes pasado", [("2023-10", None)]),
    ("im vergangenen Monat", [("2023-10", None)]),
    ("vorige maand", [("2023-10", None)]),
    ("luna trecută", [("2023-10", None)]),
    ("anul trecut", [("2022", None)]),
    ("vorige week", [("2023-11", None)]),
    ("vorig jaar", [("2022", None)]),
    ("förra månaden", [("2023-10", None)]),
    ("förra veckan", [("2023-11", None)]),
    ("i fjol", [("2022", None)]),
    # Danish and Norwegian, read with the Swedish rules and their own words
    ("i tirsdags", [("2023-11-14", None)]),
    ("den 12. maj 2024", [("2024-05-12", None)]),
    ("fra 30. september til 2. oktober", [("2023-09-30", "2023-10-02")]),
    ("forrige uge", [("2023-11", None)]),
    ("forrige uke", [("2023-11", None)]),
    ("i fjor", [("2022", None)]),
    ("för tio år sedan", [("2013", None)]),
    ("dinsdag vorige week", [("2023-11-07", None)]),
    ("no mês passado", [("2023-10", None)]),
    ("tháng trước", [("2023-10", None)]),
    ("3 tháng trước", []),  # three months ago
    ("late last week", [("2023-11", None)]),
    ("la semaine dernière", [("2023-11", None)]),
    ("tuần trước", [("2023-11", None)]),
    ("l'anno scorso", [("2022", None)]),
    ("l’an dernier", [("2022", None)]),
    ("năm ngoái", [("2022", None)]),
    ("next month", [("2023-12", None)]),
    # A yearless date of a counted year.
    ("in March last year", [("2022-03", None)]),
    ("on 5 March last year", [("2022-03-05", None)]),
    ("a marzo dell'anno scorso", [("2022-03", None)]),
    ("il 5 marzo dello scorso anno", [("2022-03-05", None)]),
    ("en mars de l'année dernière", [("2022-03", None)]),
    ("en marzo del año pasado", [("2022-03", None)]),
    ("im März letzten Jahres", [("2022-03", None)]),
    ("heuer im Herbst", [("2023", None)]),
    ("im März dieses Jahres", [("2023-03", None)]),
    ("em março do ano passado", [("2022-03", None)]),
    ("in maart van vorig jaar", [("2022-03", None)]),
    ("vào tháng 3 năm ngoái", [("2022-03", None)]),
    ("ngày 5/3 năm ngoái", [("2022-03-05", None)]),
    # years counted back: the year that many years before the publication's
    ("cách đây 3 năm trước", [("2020", None)]),  # three years ago, not last year
    ("il y a trente ans, ils signaient", [("1993", None)]),
    ("hace diez años", [("2013", None)]),
    ("hace treinta y cinco años", [("1988", None)]),
    ("30 anni fa", [("1993", None)]),
    ("vor 20 Jahren", [("2003", None)]),
    # Austrian month names
    ("am 3. Feber 2024", [("2024-02-03", None)]),
    ("am 14. Jänner 2025", [("2025-01-14", None)]),
    # a bare year between an article and its participle ("des 1988 geschlossenen Vertrags")
    ("des 1988 geschlossenen Partnerschaftsvertrags", [("1988", None)]),
    # English writes the year as an adjective before the tie it dates
    ("to renew the cities' 1996 sister city agreement", [("1996", None)]),
    ("their 2015 memorandum of understanding", [("2015", None)]),
    ("die 1999 unterzeichnete Vereinbarung", [("1999", None)]),
    ("die 2000 Besucher", []),
    # ... with an aside between dashes or commas before the participle
    ("die beide Städte 1948 – nur drei Jahre nach Kriegsende – besiegelt hatten",
     [("1948", None)]),
    ("die beide Städte 1948, kurz nach Kriegsende, besiegelt hatten", [("1948", None)]),
    ("das 1963 - im Jahr des Élysée-Vertrags - unterzeichnete Abkommen", [("1963", None)]),
    # German writes a bare year right after its finite verb or auxiliary
    ("Hamburg hat 2010 mit Kyoto zusammengearbeitet", [("2010", None)]),
    ("Die beiden Städte unterzeichneten 1994 einen Vertrag", [("1994", None)]),
    ("Die Partnerschaft wurde 1987 besiegelt", [("1987", None)]),
    # ... not a number of people or things after it
    ("Die Stadt hat 2000 Einwohner mehr", []),
    ("the town welcomed in 2000 visitors", []),
    ("two years ago", [("2021", None)]),
    ("il y a quelques années", []),
    # Years counted back: the year ("dieci anni fa"), not a span ("da dieci anni").
    ("dieci anni fa", [("2013", None)]),
    ("trent'anni fa", [("1993", None)]),
    ("há dez anos", [("2013", None)]),
    ("são cidades-irmãs há 12 anos", [("2011", None)]),
    ("ten years ago", [("2013", None)]),
    ("il 5 marzo di dieci anni fa", [("2013-03-05", None)]),
    ("gemellate da dieci anni", []),
    ("thứ Hai tuần trước", [("2023-11-06", None)]),  # Monday of last week
    ("on Monday last week", [("2023-11-06", None)]),
    ("questa mattina", [("2023-11-15", None)]),
    ("esta mañana", [("2023-11-15", None)]),
    ("el año que viene", [("2024", None)]),
    # Not dates: ordinals, a festival's year, a span of years, "may" the verb.
    ("the 50th anniversary", []),
    ("Hokkaido Festival 2023", []),
    ("from 2022 to 2024", [("2022", None)]),
    # the years an anniversary counts, up to the story's: the first; a past span, nothing
    ("kỷ niệm 20 năm quan hệ hữu nghị (2003-2023)", [("2003", None)]),
    ("the poet (1920-1995) wrote", []),
    ("The twinning dates back to 1989", [("1989", None)]),
    ("on 3/3/2026, Nyeri", [("2026-03-03", None)]),
    # Indonesian: the weekday with its date in brackets, months, ranges, relative words
    ("Selasa (12/3/2024)", [("2024-03-12", None)]),
    ("pada 12 Maret 2024", [("2024-03-12", None)]),
    ("pada 3-5 Mei 2024", [("2024-05-03", "2024-05-05")]),
    ("dari 3 hingga 5 Mei 2024", [("2024-05-03", "2024-05-05")]),
    ("sejak 1993", [("1993", None)]),
    ("pada Agustus 2022", [("2022-08", None)]),
    ("kemarin", [("2023-11-14", None)]),
    ("tahun depan", [("2024", None)]),
    ("tiga puluh tahun lalu", [("1993", None)]),
    ("it may be", []),
    # Turkish: the year's case ending after an apostrophe, a month with its ending, ranges
    ("1998'den bu yana kardeş şehir", [("1998", None)]),
    ("protokol 2015 yılında imzalandı", [("2015", None)]),
    ("14 Mayıs 1999'da imzalanmıştı", [("1999-05-14", None)]),
    ("3-5 Mayıs tarihleri arasında", [("2023-05-03", "2023-05-05")]),
    ("dünkü oturumunda", [("2023-11-14", None)]),
    ("geçen ay", [("2023-10", None)]),
    ("dünya", []),
    # a month before "ayında", of the year written before it; capitals with the dotted İ
    ("2023 yılının mart ayında", [("2023-03", None)]),
    ("Eylül ayında imzalanan protokol", [("2023-09", None)]),
    ("12 NİSAN 2024 SALI GÜNÜ", [("2024-04-12", None)]),
    ("GEÇEN YIL", [("2022", None)]),
    # an Arabic ordinal day before its month, not a part of the month ("النصف الثاني من":
    # its second half)
    ("في الثاني من مايو 2024", [("2024-05-02", None)]),
    ("في النصف الثاني من مايو 2024", [("2024-05", None)]),
    # the other languages' ordinal days, the joining word kept: not an ordinal alone before
    # a month, nor a week of it
    ("signed on the first of May 2023", [("2023-05-01", None)]),
    ("on the twenty-first of March 2022", [("2022-03-21", None)]),
    ("at the first May 2023 meeting", [("2023-05", None)]),
    ("the first week of May 2023", [("2023-05", None)]),
    ("signé le premier mai 2023", [("2023-05-01", None)]),
    ("firmato il primo maggio 2023", [("2023-05-01", None)]),
    ("firmado el primero de mayo de 2023", [("2023-05-01", None)]),
    ("assinado em primeiro de maio de 2023", [("2023-05-01", None)]),
    ("am ersten Mai 2023 unterzeichnet", [("2023-05-01", None)]),
    # an article before a day and month by a slash, with no year: the story's year
    ("ont renouvelé leur accord le 3/10, à Nanchang", [("2023-10-03", None)]),
    ("el convenio, firmado el 14/3 en Lima", [("2023-03-14", None)]),
    ("l'accordo firmato il 12/5 a Torino", [("2023-05-12", None)]),
    # ... not a word that ends in one, nor a figure with a dot
    ("Ville 3/10", []),
    ("le 3.10 du classement", []),
    # a number after a number sign counts an issue or an act, no day (the month stays)
    ("Amtsblatt Nr. 13 / 28. März 2025", [("2025-03", None)]),
    ("Bulletin n° 12/3 du conseil", []),
    ("Nr 12 - 14. März 2024 erschienen", [("2024-03", None)]),
    # Finnish: the month in its partitive after a day and its dot, or in its genitive, a
    # weekday's essive, relative days and weeks, years counted back
    ("tiistaina 14. lokakuuta 2025", [("2025-10-14", None)]),
    ("3.–5. toukokuuta 2022", [("2022-05-03", "2022-05-05")]),
    ("tiistaina", [("2023-11-14", None)]),
    ("eilen", [("2023-11-14", None)]),
    ("viime viikolla", [("2023-11", None)]),
    ("viime kuussa", [("2023-10", None)]),
    ("viime vuonna", [("2022", None)]),
    ("kymmenen vuotta sitten", [("2013", None)]),
    ("vuodesta 1940", [("1940", None)]),
    # Estonian: the month in its adessive after a day and its dot, numbers, a weekday's
    # adessive, relative days and weeks, years counted back, a year with its ordinal's dot
    # before its noun ("alates 1956. aastast") or after "aastast"
    ("teisipäeval, 14. oktoobril 2025", [("2025-10-14", None)]),
    ("3.–5. maini 2022", [("2022-05-03", "2022-05-05")]),
    ("teisipäeval", [("2023-11-14", None)]),
    ("eile", [("2023-11-14", None)]),
    ("eelmisel nädalal", [("2023-11", None)]),
    ("mullu", [("2022", None)]),
    ("kümme aastat tagasi", [("2013", None)]),
    ("aastast 1953", [("1953", None)]),
    ("alates 1956. aastast", [("1956", None)]),
])
def test_grammar(grammar: DateGrammar, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(m.value, m.end_value) for m in grammar.find(text, BASE)] == expected


FEBRUARY = dt.date(2024, 2, 15)  # a Thursday


@pytest.mark.parametrize(("language", "text", "expected"), [
    # Far ahead of a February story, a yearless date is last year's ...
    ("fr", "Le musée a ouvert le 15 juin.", "2023-06-15"),
    ("en", "On 15 June, the cities signed an agreement that will boost tourism.", "2023-06-15"),
    ("en", "The pact that will boost trade was signed on 15 June.", "2023-06-15"),
    ("es", "El convenio que impulsará el turismo se firmó el 15 de junio.", "2023-06-15"),
    ("it", "lo scorso 10 marzo", "2023-03-10"),  # past, though close ahead
    ("fr", "le 10 mars dernier", "2023-03-10"),
    ("vi", "ngày 10/3 vừa qua", "2023-03-10"),
    # a done act right before it, though close ahead, with no other tense word
    ("en", "The agreement was signed on 10 March.", "2023-03-10"),
    ("it", "L'accordo è stato firmato il 10 marzo.", "2023-03-10"),
    ("sv", "Avtalet undertecknades den 10 mars.", "2023-03-10"),
    ("en", "The mayors meet in Hue on 10 March.", "2024-03-10"),  # no act done: this year's
    # ... unless it is told to come: a future verb or word by it gives the coming one.
    ("fr", "Le musée ouvrira le 15 juin.", "2024-06-15"),
    ("en", "The museum will open on June 15.", "2024-06-15"),
    ("en", "On June 15 the museum will open.", "2024-06-15"),
    ("en", "Walsh said the next trip was planned for 10 to 17 August.", "2024-08-10"),
    ("it", "La cerimonia si terrà il 12 e 13 ottobre a Cognac.", "2024-10-12"),
    ("it", "il prossimo 15 giugno", "2024-06-15"),
    # scheduled, unless the plan was the past's
    ("it", "Firmeranno nel corso della missione in Brasile, in programma dal 3 al 7 giugno.",
     "2024-06-03"),
    ("it", "La firma è prevista per il 20 giugno.", "2024-06-20"),
    ("it", "La firma è prevista a Beppu dal 3 al 5 giugno.", "2024-06-03"),
    ("it", "La visita era stata fissata per il 18 giugno.", "2023-06-18"),
    # the conditional of a wish, and a verb opening its sentence, plan too
    ("it", "«Vorremmo firmare la lettera già il 20 gennaio», ha detto.", "2025-01-20"),
    ("it", "Firmeremo la lettera il 20 gennaio.", "2025-01-20"),
    ("it", "L'accordo sarebbe stato firmato il 20 gennaio.", "2024-01-20"),
    ("fr", "le 15 juin prochain", "2024-06-15"),
    ("es", "La feria se celebrará del 10 al 14 de octubre.", "2024-10-10"),
    ("es", "el próximo 15 de junio", "2024-06-15"),
    ("pt", "A delegação chegará a Braga no dia 5 de setembro.", "2024-09-05"),
    ("de", "Die Delegation wird am 5. September erwartet.", "2024-09-05"),
    ("de", "am kommenden 5. September", "2024-09-05"),
    # the present of a journey's verb tells a timetable
    ("de", "Vom 3. bis 7. Oktober fährt eine Gruppe in die Partnerstadt.", "2024-10-03"),
    ("nl", "De delegatie zal op 5 september in Gent aankomen.", "2024-09-05"),
    ("nl", "op 15 juni aanstaande", "2024-06-15"),
    ("nl", "op 10 maart jl.", "2023-03-10"),
    ("sv", "Delegationen ska komma till Lund den 5 september.", "2024-09-05"),
    ("sv", "Avtalet undertecknades i tisdags.", "2024-02-13"),
    ("da", "Aftalen blev underskrevet den 12. maj 2023.", "2023-05-12"),
    ("da", "Aftalen blev underskrevet i tirsdags.", "2024-02-13"),
    ("nb", "Avtalen ble undertegnet 12. mai 2023.", "2023-05-12"),
    ("nb", "Delegasjonen besøkte Bodø fra 30. september til 2. oktober 2023.", "2023-09-30"),
    ("id", "Delegasi akan tiba pada 5 September.", "2024-09-05"),
    ("id", "pada 10 Maret lalu", "2023-03-10"),
    ("pl", "Delegacja przyjedzie do Gdańska 5 września.", "2024-09-05"),
    ("cs", "Delegace přijede do Brna 5. září.", "2024-09-05"),
    ("cs", "Smlouvu podepsali 12. 3. 2024 v Jihlavě.", "2024-03-12"),
    # Hungarian writes the year first, with a dot, and glues the day's ending to it
    ("hu", "A küldöttség szeptember 5-én érkezik Debrecenbe.", "2024-09-05"),
    ("hu", "A megállapodást 2024. március 12-én írták alá Szegeden.", "2024-03-12"),
    ("hu", "A testvérvárosi megállapodást 1994. május 12-én írták alá.", "1994-05-12"),
    ("ru", "Делегация прибудет в Казань 5 сентября.", "2024-09-05"),
    ("uk", "Делегація прибуде до Полтави 5 вересня.", "2024-09-05"),
    ("el", "Η αντιπροσωπεία θα φτάσει στη Λάρισα στις 5 Σεπτεμβρίου.", "2024-09-05"),
    # Arabic: the Maghreb's, the Levant's and Egypt's month names, Arabic-Indic digits
    ("ar", "وقع العمدة الاتفاقية يوم 15 أفريل 2024.", "2024-04-15"),
    ("ar", "سيصل الوفد إلى إربد في 5 أيلول.", "2024-09-05"),
    ("ar", "وقعت المدينتان الاتفاقية في ٣ كانون الثاني ٢٠٢٣.", "2023-01-03"),
    ("ar", "احتفلت المدينتان في 12 أكتوبر 1994 بالتوأمة.", "1994-10-12"),
    # a day written as an ordinal word before its month ("الأول من", the first of)
    ("ar", "وقعت المدينتان الاتفاقية في الأول من تموز 2023.", "2023-07-01"),
    ("ar", "سيصل الوفد إلى إربد في الحادي والعشرين من أيلول.", "2024-09-21"),
    # a year alone in Arabic-Indic digits, and the Gregorian year bracketed after the Hijri one
    ("ar", "ترتبط المدينة باتفاقية توأمة مع شيكاغو منذ عام ٢٠٠٤.", "2004"),
    ("ar", "ترتبط جدة بعلاقات توأمة مع إسطنبول منذ ١٤٣٠ ه (٢٠٠٩ م).", "2009"),
    ("ro", "Delegația va sosi la Iași pe 5 septembrie.", "2024-09-05"),
    ("vi", "Hai bên sẽ ký kết vào ngày 15/6.", "2024-06-15"),
    ("vi", "Huế sẽ ký kết thỏa thuận hợp tác với Blois vào ngày 15/6.", "2024-06-15"),
    ("en", "Hue will sign a cooperation agreement with Blois on June 15.", "2024-06-15"),
    ("pt", "Lisboa assinará um acordo com Curitiba no dia 15 de junho.", "2024-06-15"),
    ("vi", "ngày 15 tháng 6 tới", "2024-06-15"),
    # A month alone, told as past or to come.
    ("en", "next September", "2024-09"),
    ("it", "lo scorso settembre", "2023-09"),
    ("it", "nel settembre scorso", "2023-09"),
    ("it", "il prossimo settembre", "2024-09"),
    ("fr", "en septembre prochain", "2024-09"),
    ("es", "el pasado septiembre", "2023-09"),
    ("es", "el próximo septiembre", "2024-09"),
    ("pt", "no próximo mês de setembro", "2024-09"),
    ("de", "im kommenden September", "2024-09"),
    ("nl", "komende september", "2024-09"),
    ("nl", "afgelopen september", "2023-09"),
    ("id", "pada September lalu", "2023-09"),
    ("id", "pada September mendatang", "2024-09"),
    ("pl", "w październiku ubiegłego roku", "2023-10"),
    ("pl", "We wtorek prezydenci podpisali porozumienie.", "2024-02-13"),
    ("pl", "W ubiegłą środę podpisano umowę.", "2024-02-14"),
    ("pl", "W najbliższy piątek delegacja przyjedzie do Lublina.", "2024-02-16"),
    ("cs", "V úterý primátoři podepsali memorandum.", "2024-02-13"),
    # Slovak, read with Czech's rules
    ("cs", "V utorok primátori podpísali memorandum.", "2024-02-13"),
    ("cs", "Zmluvu podpísali 12. mája 1994.", "1994-05-12"),
    ("cs", "Delegácia prišla minulý týždeň.", "2024-02"),
    ("cs", "v říjnu loňského roku", "2023-10"),
    ("cs", "Oslavy proběhnou od 3. do 5. října.", "2024-10-03"),
    ("hu", "Kedden a polgármesterek aláírták a megállapodást.", "2024-02-13"),
    ("hu", "A múlt szerdán aláírták a szándéknyilatkozatot.", "2024-02-14"),
    ("hu", "Az ünnepségeket október 3. és 5. között rendezik meg.", "2024-10-03"),
    ("hu", "A két város 1997 óta testvérváros.", "1997"),
    ("hu", "az 1994-ben aláírt megállapodás", "1994"),
    ("ru", "в октябре прошлого года", "2023-10"),
    ("ru", "Во вторник мэры подписали соглашение.", "2024-02-13"),
    ("ru", "В прошлую среду подписали меморандум.", "2024-02-14"),
    ("ru", "В ближайшую пятницу делегация посетит Омск.", "2024-02-16"),
    ("uk", "у жовтні минулого року", "2023-10"),
    ("uk", "У вівторок мери підписали угоду.", "2024-02-13"),
    ("el", "Την Τρίτη οι δήμαρχοι υπέγραψαν συμφωνία.", "2024-02-13"),
    ("ar", "وقع العمدتان الاتفاقية يوم الثلاثاء.", "2024-02-13"),
    ("ar", "وقعت بلدية دبي أمس اتفاقية تعاون.", "2024-02-14"),
    ("ar", "سيزور الوفد المدينة يوم الجمعة المقبل.", "2024-02-16"),
    ("ar", "زار وفد من المجلس البلدي إسبانيا الشهر الماضي.", "2024-01"),
    ("el", "Την περασμένη Τετάρτη υπεγράφη μνημόνιο.", "2024-02-14"),
    ("el", "Την ερχόμενη Παρασκευή η αντιπροσωπεία θα επισκεφθεί τη Λάρισα.", "2024-02-16"),
    ("el", "από τις 3 έως τις 5 Ιουνίου 2024", "2024-06-03"),
    # Catalan, read with Spanish's rules (the grammar gets a text's rules language): its
    # months, the elided "d'", its weekdays, its past ("van signar"), future ("visitarà")
    # and relative words
    ("es", "Els alcaldes van signar el conveni el 3 d'abril de 2023.", "2023-04-03"),
    ("es", "L'acord es va signar el 14 de març.", "2024-03-14"),
    ("es", "Dimarts passat els alcaldes van signar l'acord.", "2024-02-13"),
    ("es", "Divendres la delegació visitarà Girona.", "2024-02-16"),
    ("es", "Ahir es va signar el memoràndum.", "2024-02-14"),
    ("es", "Les ciutats estan agermanades des de 1998.", "1998"),
    ("es", "Del 3 al 5 de maig la delegació visitarà Girona.", "2024-05-03"),
    # Galician, read with Portuguese's rules
    ("pt", "Os alcaldes asinaron o convenio o 12 de xuño de 2023.", "2023-06-12"),
    ("pt", "O pasado martes asinaron o convenio.", "2024-02-13"),
    # Croatian, and Serbian and Bosnian read with its rules: the genitive months and the
    # year's dot ("14. listopada 2023.", "14. oktobra 2023. godine"), the weekdays in the
    # accusative, "jučer"/"juče", the future with "će", a range, the week ("prošli tjedan",
    # Bosnian "prošle sedmice", Serbian "prošle nedelje"), a year of a tie
    ("hr", "Sporazum je potpisan 14. listopada 2023.", "2023-10-14"),
    # a month's word that is another month in a close language is read as the text's
    # language reads it: "listopad" is October in Croatian, November in Czech and Polish
    ("cs", "Memorandum podepsali ve čtvrtek 14. listopadu 2023.", "2023-11-14"),
    ("pl", "Umowę podpisano 14 listopada 2023 r.", "2023-11-14"),
    ("hr", "Sporazum je potpisan u listopadu 2023.", "2023-10"),
    ("cs", "Memorandum podepsali v listopadu 2023.", "2023-11"),
    ("hr", "Memorandum su potpisali 14. oktobra 2023. godine.", "2023-10-14"),
    ("hr", "Jučer je potpisan sporazum o suradnji.", "2024-02-14"),
    ("hr", "Juče su gradonačelnici potpisali memorandum.", "2024-02-14"),
    ("hr", "Gradonačelnici su se sastali u utorak.", "2024-02-13"),
    ("hr", "Izaslanstvo će posjetiti Split u petak.", "2024-02-16"),
    ("hr", "Od 3. do 5. lipnja izaslanstvo će boraviti u Splitu.", "2024-06-03"),
    ("hr", "Sporazum je potpisan prošli tjedan.", "2024-02"),
    ("hr", "Vijeće je odluku usvojilo prošle sedmice.", "2024-02"),
    ("hr", "Veće je odluku usvojilo prošle nedelje.", "2024-02"),
    ("hr", "Gradovi su zbratimljeni od 2001. godine.", "2001"),
    # Slovenian, read with Croatian's rules: its months ("14. marca", "junija"), "včeraj",
    # its weekdays ("v torek"), its week ("prejšnji teden"), a year after "od leta"
    ("sl", "Sporazum sta župana podpisala 14. marca 2023.", "2023-03-14"),
    ("sl", "Pismo o nameri bosta podpisala 3. junija 2024.", "2024-06-03"),
    ("sl", "Župana sta včeraj podpisala sporazum o sodelovanju.", "2024-02-14"),
    ("sl", "Delegacija je prispela v torek.", "2024-02-13"),
    ("sl", "Mestni svet je predlog potrdil prejšnji teden.", "2024-02"),
    ("sl", "Mesti sta pobrateni od leta 1989.", "1989"),
    # Latvian: a year with its noun before the day and month ("2019. gada 14. oktobrī"), a
    # month in its locative, "vakar", a weekday, a year's ordinal dot before "gadā"
    ("lv", "Līgums tika parakstīts 2019. gada 14. oktobrī.", "2019-10-14"),
    ("lv", "Līgums tika parakstīts 2019. gada oktobrī.", "2019-10"),
    ("lv", "Vakar mēri parakstīja sadarbības līgumu.", "2024-02-14"),
    ("lv", "Delegācija ieradās otrdien.", "2024-02-13"),
    ("lv", "Sadraudzības līgums tika noslēgts 1995. gadā.", "1995"),
    ("lv", "Dome lēmumu apstiprināja pagājušajā nedēļā.", "2024-02"),
    # Lithuanian: a year with "m." before the month and day ("2019 m. spalio 14 d."),
    # "vakar", a weekday, a year before "metais", the week
    ("lt", "Sutartis pasirašyta 2019 m. spalio 14 d.", "2019-10-14"),
    ("lt", "Vakar merai pasirašė bendradarbiavimo sutartį.", "2024-02-14"),
    ("lt", "Delegacija atvyko antradienį.", "2024-02-13"),
    ("lt", "Draugystės sutartis pasirašyta 1998 metais.", "1998"),
    ("lt", "Taryba sprendimą priėmė praėjusią savaitę.", "2024-02"),
    # Bulgarian: its months ("14 октомври 2023 г."), "онзи ден", its weekdays ("в сряда"),
    # its week ("миналата седмица"), a year after "от"
    ("bg", "Кметовете подписаха споразумението на 14 октомври 2023 г.", "2023-10-14"),
    ("bg", "Кметовете подписаха онзи ден споразумение за сътрудничество.", "2024-02-13"),
    ("bg", "Делегацията пристигна в сряда.", "2024-02-14"),
    ("bg", "Общинският съвет одобри предложението миналата седмица.", "2024-02"),
    ("bg", "Градовете са побратимени от 1989 г.", "1989"),
    ("pt", "Onte asinouse o acordo.", "2024-02-14"),
    ("pt", "Ourense está irmandada dende 1986 con Vila Real.", "1986"),
    ("pt", "A delegación chegará o 5 de decembro.", "2024-12-05"),
    ("uk", "Минулої середи підписали меморандум.", "2024-02-14"),
    ("uk", "У найближчу п'ятницю делегація відвідає Полтаву.", "2024-02-16"),
    ("uk", "12.03.2024 підписали меморандум.", "2024-03-12"),
    # Chinese: year, month and day by their characters, relative words inside a run
    ("zh", "双方于2024年9月5日签署合作协议。", "2024-09-05"),
    ("zh", "两市于1979年12月结为友好城市。", "1979-12"),
    ("zh", "会议昨天在广州举行。", "2024-02-14"),
    ("zh", "两市明年将互派代表团。", "2025"),
    # Japanese: the same shapes, relative words inside a run of kana and kanji, era years
    ("ja", "両市は2024年9月5日に協定を締結した。", "2024-09-05"),
    ("ja", "両市は1979年12月に姉妹都市となった。", "1979-12"),
    ("ja", "会談は昨日、横浜市で行われた。", "2024-02-14"),
    ("ja", "両市は来年、代表団を派遣する。", "2025"),
    ("ja", "両県は令和6年に協定を結んだ。", "2024"),
    ("ja", "平成元年4月1日に提携した。", "1989-04-01"),
    # the abbreviated month of a Portuguese-language wire's dateline
    ("pt", "Luanda, 12 Fev (ANGOP) – Os dois municípios assinaram o acordo.", "2024-02-12"),
    # Taiwan's Minguo years, three digits in the traditional script
    ("zh", "兩市於民國114年10月3日簽署姊妹市協定書。", "2025-10-03"),
    # Korean: year, month and day by their Hangul words, relative words glued to particles
    ("ko", "양측은 2024년 9월 5일 협약을 체결했다.", "2024-09-05"),
    ("ko", "두 도시는 1979년 12월 자매결연을 맺었다.", "1979-12"),
    ("ko", "회의는 어제 부산에서 열렸다.", "2024-02-14"),
    ("ko", "두 도시는 내년에 대표단을 교환할 예정이다.", "2025"),
    ("ko", "지난주 대표단이 방문했다.", "2024-02"),  # last week: 5-11 February
    ("ro", "în luna septembrie a anului trecut", "2023-09"),
    ("vi", "tháng 9 vừa qua", "2023-09"),
    ("vi", "tháng 9 tới", "2024-09"),
    ("it", "Il gemellaggio sarà firmato a giugno.", "2024-06"),
    ("en", "The mayor will visit on Tuesday.", "2024-02-20"),
    ("en", "The mayor visited on Tuesday.", "2024-02-13"),
    # the present of a journey's verb tells a timetable
    ("en", "They travel to Ottawa on Tuesday to meet the ambassador.", "2024-02-20"),
    # reported speech's "would" is a future, unless a past verb stands between
    ("en", "She said the council would welcome an orchestra from Hue in October.", "2024-10"),
    ("en", "The mayor said the two towns would sign the charter in September.", "2024-09"),
    ("en", "He said the pact would boost trade, and it was signed in September.", "2023-09"),
    # an invitation is to what is to come, unless it was received
    ("en", "He invited a delegation of the chamber to the textile fair in October.", "2024-10"),
    ("en", "The mayor, who was invited to Paris in January, spoke.", "2024-01"),
    # A clause opened by "before", "then" carries the sentence's future across its comma.
    ("en", "They will tour Ningbo, before returning to Vienna on Tuesday.", "2024-02-20"),
    ("en", "They will meet in Rome, then fly to Paris on Tuesday.", "2024-02-20"),
    # ... and so does a date parted from it by an apposition only
    ("en", "He will lead a mission to Bengaluru, the state capital, in November.", "2024-11"),
    ("it", "La delegazione visiterà il porto di Genova, prima di ripartire martedì per Milano.",
     "2024-02-20"),
    ("en", "The city will build a port, and the works began on Tuesday.", "2024-02-13"),
    # a relative clause after the date tells what its noun does, not when
    ("en", "They signed an MoU on Tuesday that will let students study abroad.", "2024-02-13"),
    ("en", "The towns signed the charter on Tuesday which will bring new exchanges.",
     "2024-02-13"),
    ("en", "The mayor met the envoy on Tuesday who will open the consulate.", "2024-02-13"),
    ("de", "Der Vertrag wurde am Dienstagabend unterzeichnet.", "2024-02-13"),
    ("de", "Der Vertrag wurde Ende 2023 unterzeichnet.", "2023"),
    # The weekday written before a yearless date tells its year: 4 June 2024 is a Tuesday.
    ("en", "Tuesday, June 4", "2024-06-04"),
    ("en", "on Sunday (June 9)", "2024-06-09"),
    ("it", "martedì 4 giugno", "2024-06-04"),
    ("fr", "mardi 4 juin", "2024-06-04"),
    ("es", "el martes 4 de junio", "2024-06-04"),
    ("de", "am Dienstag, 4. Juni", "2024-06-04"),
    ("pt", "terça-feira, 4 de junho", "2024-06-04"),
    ("nl", "dinsdag 4 juni", "2024-06-04"),
    ("sv", "tisdagen den 4 juni", "2024-06-04"),
    ("tr", "Protokol salı günü imzalandı.", "2024-02-13"),
    ("tr", "geçen cumartesi", "2024-02-10"),
    # Turkish writes the weekday after the date it names: no day of its own.
    ("tr", "Protokol 6 Şubat 2024 Salı günü imzalandı.", "2024-02-06"),
    ("id", "Selasa, 4 Juni", "2024-06-04"),
    ("ro", "marți, 4 iunie", "2024-06-04"),
    ("vi", "thứ Ba, ngày 4/6", "2024-06-04"),
    # the present of a scheduled event tells what is to come
    ("en", "the Ocean Expo, which opens in Yeosu in January", "2025-01"),
    ("it", "la fiera, che si apre a gennaio", "2025-01"),
    ("fr", "le salon, qui s'ouvre en janvier", "2025-01"),
    # ... or one that lasts until a day to come
    ("es", "La visita se extiende hasta el sábado.", "2024-02-17"),
    # ... but not the present of a habit: what happens each time is no timetable
    ("en", "The museum opens in October every year.", "2023-10"),
    ("en", "The fair takes place each October, on 12 October.", "2023-10-12"),
    ("it", "Ogni anno la fiera si tiene il 12 ottobre.", "2023-10-12"),
    ("fr", "Chaque année, le salon s'ouvre le 12 octobre.", "2023-10-12"),
    ("es", "La feria se celebra cada año el 12 de octubre.", "2023-10-12"),
    ("de", "Die Messe beginnt jedes Jahr am 12. Oktober.", "2023-10-12"),
    ("vi", "Hằng năm, lễ hội sẽ khai mạc vào ngày 12/10.", "2023-10-12"),
    # Finnish: a future passive, and a weekday to come after "ensi"
    ("fi", "Sopimus allekirjoitetaan 5. syyskuuta.", "2024-09-05"),
    ("fi", "Sopimus allekirjoitettiin tiistaina.", "2024-02-13"),
    ("fi", "Valtuuskunta saapuu ensi tiistaina.", "2024-02-20"),
    # Estonian: a future passive, a past one, and a weekday to come after "järgmisel"
    ("et", "Leping allkirjastatakse 5. septembril.", "2024-09-05"),
    ("et", "Leping allkirjastati teisipäeval.", "2024-02-13"),
    ("et", "Delegatsioon saabub järgmisel teisipäeval.", "2024-02-20"),
])
def test_the_tense_and_the_weekday_tell_the_year(grammar: DateGrammar, language: str,
                                                  text: str, expected: str) -> None:
    assert [m.value for m in grammar.find(text, FEBRUARY, language=language)] == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # A day written alone is of the month of the date told before it ...
    ("en", "The delegation arrived on 27 May. On the 29th, the mayors signed the pact.",
     ["2023-05-27", "2023-05-29"]),
    ("en", "They toured from 10 to 14 October. On the 12th they met the mayor.",
     ["2023-10-10", "2023-10-12"]),
    ("it", "La delegazione è arrivata il 27 maggio. Il 29 il sindaco ha firmato il patto.",
     ["2023-05-27", "2023-05-29"]),
    ("fr", "La délégation est arrivée le 27 mai. Le 29, les maires ont signé.",
     ["2023-05-27", "2023-05-29"]),
    ("es", "La delegación llegó el 27 de mayo. El día 29 se firmó el convenio.",
     ["2023-05-27", "2023-05-29"]),
    ("pt", "A delegação chegou em 27 de maio. No dia 29 foi assinado o acordo.",
     ["2023-05-27", "2023-05-29"]),
    ("de", "Die Delegation kam am 27. Mai. Am 29. unterzeichneten die Bürgermeister.",
     ["2023-05-27", "2023-05-29"]),
    ("sv", "Delegationen kom den 27 maj. Den 29 undertecknade borgmästarna avtalet.",
     ["2023-05-27", "2023-05-29"]),
    ("vi", "Đoàn đến Rome ngày 27/5. Sáng 29, hai bên ký kết.", ["2023-05-27", "2023-05-29"]),
    ("zh", "代表团5月27日抵达。29日，两市市长签署了协议。", ["2023-05-27", "2023-05-29"]),
    ("ko", "대표단은 5월 27일 도착했다. 29일 두 시장이 협약에 서명했다.",
     ["2023-05-27", "2023-05-29"]),
    ("ko", "대표단은 11월 3일부터 5일까지 청두를 방문했다. 4일 오전 시장이 대표단을 접견했다.",
     ["2023-11-03", "2023-11-04"]),
    ("zh", "11月3日至5日，代表团访问成都。4日上午，市长会见了代表团。",
     ["2023-11-03", "2023-11-04"]),
    ("ja", "訪問団は5月27日に到着した。29日、両市長が協定に署名した。",
     ["2023-05-27", "2023-05-29"]),
    ("ja", "11月3日から5日まで、代表団は福岡市を訪れた。4日、市長と会談した。",
     ["2023-11-03", "2023-11-04"]),
    ("it", "La delegazione è arrivata il 5 giugno. L'8 il sindaco ha firmato il patto.",
     ["2023-06-05", "2023-06-08"]),
    # ... else of the story's month (the last such day; the next one when to come).
    ("it", "Il 10 il sindaco ha firmato il patto.", ["2024-02-10"]),
    ("en", "The mayors met on the 20th, when the pact was signed.", ["2024-01-20"]),
    ("en", "The delegation will come on the 29th.", ["2024-02-29"]),
    ("it", "Il prossimo 10 il sindaco firmerà il patto.", ["2024-03-10"]),
    ("es", "El próximo día 10 se firmará el convenio.", ["2024-03-10"]),
    ("pt", "No próximo dia 10 será assinado o acordo.", ["2024-03-10"]),
    ("it", "Lo scorso 25 il sindaco ha firmato il patto.", ["2024-01-25"]),
    # Korean tells the tense by the verb that ends the date's clause
    ("ko", "수원시는 10일 다낭시와 협약을 체결할 예정이다.", ["2024-03-10"]),
    ("ko", "수원시는 20일 다낭시와 협약을 체결했다.", ["2024-01-20"]),
    # With its weekday, the nearest day that has both (13 February 2024 is a Tuesday).
    ("it", "Martedì 13 il sindaco ha firmato il patto.", ["2024-02-13"]),
    ("fr", "Mardi 13, les maires ont signé.", ["2024-02-13"]),
    ("es", "El martes 13 se firmó el convenio.", ["2024-02-13"]),
    ("en", "On Tuesday 13th, the mayors signed.", ["2024-02-13"]),
    ("de", "Am Dienstag, 13. unterzeichneten sie.", ["2024-02-13"]),
    ("pt", "nesta terça-feira (13), o prefeito assinou", ["2024-02-13"]),
    ("en", "They arrived on 27 May. On Wednesday 31, they signed.", ["2023-05-27", "2023-05-31"]),
    # A count is no day; a day before the month told is not of that month.
    ("en", "On Tuesday 3 delegations arrived.", ["2024-02-13"]),
    ("de", "Am Dienstag 25 Jahre Partnerschaft gefeiert.", ["2024-02-13"]),  # no dot: a count
    ("en", "On the 29th floor the mayors met.", []),
    ("it", "Il 29 per cento dei cittadini.", []),
    ("en", "On 27 May they came. On the 2nd they left.", ["2023-05-27"]),
    # ... but before the story's own day, told first in a wire's dateline, a day of the days
    # before it
    ("zh", "新华社长沙2月15日电 两市14日在长沙签署协议。", ["2024-02-15", "2024-02-14"]),
    # "The same day": the last single day told before it, not a trip's range.
    ("vi", "Chiều 15/1, Phó Thủ tướng tiếp đoàn, thăm Việt Nam từ ngày 14 đến 18/1. Sáng cùng "
     "ngày, hai bên đã ký.", ["2024-01-15", "2024-01-14", "2024-01-15"]),
    ("en", "On 12 January the mayor met the governor. Later that day, they signed.",
     ["2024-01-12", "2024-01-12"]),
    ("it", "Il 12 gennaio il sindaco ha ricevuto la delegazione. Lo stesso giorno è stato "
     "firmato il patto.", ["2024-01-12", "2024-01-12"]),
    # ... and not the day something was said or announced: the report's, no event's
    ("en", "The cities signed on 12 January, the office said on 14 January. On the same day, "
     "a memorandum was signed.", ["2024-01-12", "2024-01-14", "2024-01-12"]),
    ("en", "The mayors met on 12 January, the council announced 15 January. Later that day, "
     "they signed.", ["2024-01-12", "2024-01-15", "2024-01-12"]),
    # A weekday in lower case is a day after a word that dates ("Sáng thứ hai"), an ordinal
    # after a noun ("địa phương nước ngoài thứ hai", the second foreign town).
    ("vi", "Sáng thứ hai, đoàn đã đến.", ["2024-02-12"]),
    ("vi", "Đây là địa phương nước ngoài thứ hai kết nghĩa với thị xã.", []),
    ("vi", "Thứ Hai (12/2), đoàn đã đến.", ["2024-02-12"]),
    ("vi", "Vào thứ năm tuần trước, đoàn đã đến.", ["2024-02-08"]),
    ("vi", "Thứ năm tuần trước là ngày đoàn đến.", ["2024-02-08"]),
    ("vi", "Đoàn đến thứ năm tuần trước.", ["2024-02-08"]),
    # a weekday written with a digit is no first digit of a longer ordinal ("lần thứ 28" is
    # no Monday the 8th)
    ("vi", "Chiều 2/2, bên lề Lễ hội Biển lần thứ 28, hai bên đã ký.", ["2024-02-02"]),
    ("vi", "Hội chợ lần thứ 35, với sự tham dự của đoàn.", []),
    ("vi", "Lễ hội lần thứ 21, diễn ra tại Huế.", []),
])
def test_a_day_written_alone_takes_its_month_from_the_story(
        grammar: DateGrammar, language: str, text: str, expected: list[str]) -> None:
    assert [m.value for m in grammar.find(text, FEBRUARY, language=language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The twinning was founded ten years ago."),
    ("it", "Il gemellaggio è nato dieci anni fa."),
    ("fr", "Le jumelage est né il y a dix ans."),
    ("es", "El hermanamiento nació hace 10 años."),
    ("de", "Die Partnerschaft wurde vor zehn Jahren gegründet."),
    ("pt", "A geminação nasceu há dez anos."),
    ("ca", "L'agermanament va néixer fa deu anys."),
    ("gl", "O irmandamento naceu hai dez anos."),
    ("pl", "Partnerstwo zawarto dziesięć lat temu."),
    ("cs", "Partnerství vzniklo před deseti lety."),
    ("hu", "A testvérvárosi kapcsolat tíz évvel ezelőtt jött létre."),
    ("ru", "Города стали побратимами десять лет назад."),
    ("uk", "Міста стали побратимами десять років тому."),
    ("el", "Οι πόλεις αδελφοποιήθηκαν πριν από δέκα χρόνια."),
    ("ar", "تأسست التوأمة بين المدينتين قبل 10 سنوات."),
    ("ar", "احتفلت المدينتان بمرور عشرة أعوام على التوأمة."),
    # "ب" glued before the number ("بعشرة", "ب10")
    ("ar", "احتفلت المدينتان بعشرة أعوام على توأمتهما."),
    ("ar", "احتفلت المدينتان ب10 أعوام على توأمتهما."),
    ("ro", "Înfrățirea a fost semnată acum zece ani."),
    ("ro", "Înfrățirea a fost semnată în urmă cu 10 ani."),
    ("vi", "Hai tỉnh kết nghĩa 10 năm trước."),
    ("tr", "İki kent on yıl önce kardeş şehir oldu."),
    # an anniversary counted: the twinning's birth, not the feast's year
    ("en", "The towns celebrate 10 years as twin towns."),
    ("it", "Le due città festeggiano dieci anni di gemellaggio."),
    ("sv", "Städerna firar tio år som vänorter."),
    ("hr", "Gradovi su se zbratimili prije deset godina."),
    ("hr", "Saradnja je počela pre deset godina."),
    ("sl", "Sodelovanje se je začelo pred desetimi leti."),
    ("bg", "Сътрудничеството започна преди десет години."),
])
def test_years_counted_back_from_the_story(grammar: DateGrammar, language: str,
                                           text: str) -> None:
    assert [m.value for m in grammar.find(text, FEBRUARY, language=language)] == ["2014"]


def test_ro_mai_before_more_is_no_month(grammar: DateGrammar) -> None:
    """Romanian "mai" is May and "more": a month alone before "multe" is the adverb, also
    after the English cue "in" that Romanian written without diacritics shares."""
    assert grammar.find("Delegații din mai multe orașe.", FEBRUARY, language="ro") == []
    assert grammar.find("in mai multe orase", FEBRUARY, language="ro") == []
    assert [m.value for m in grammar.find("in mai", FEBRUARY, language="ro")] == ["2023-05"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("next Wednesday", "en", "2024-05-22"),
    ("mercredi prochain", "fr", "2024-05-22"),
    ("el próximo miércoles", "es", "2024-05-22"),
    ("last Wednesday", "en", "2024-05-08"),
    ("mercredi dernier", "fr", "2024-05-08"),
    ("on Wednesday", "en", "2024-05-15"),
    ("will sign on Wednesday", "en", "2024-05-15"),
])
def test_the_publications_own_weekday(grammar: DateGrammar, text: str, language: str,
                                      expected: str) -> None:
    """Published on a Wednesday: "on Wednesday" is that day, also told as to come; "next"
    or "last" right beside the weekday's name is the one a week on or back."""
    wednesday = dt.date(2024, 5, 15)
    assert [m.value for m in grammar.find(text, wednesday, language=language)] == [expected]


def test_a_week_across_two_months_dates_nothing(grammar: DateGrammar) -> None:
    assert grammar.find("last week", dt.date(2023, 11, 8)) == []  # 30 October - 5 November


def test_yearless_date_far_ahead_is_last_year(grammar: DateGrammar) -> None:
    assert [m.value for m in grammar.find("on 20 December", BASE - dt.timedelta(days=300))] == [
        "2022-12-20"]


def test_relative_dates_need_an_exact_base(grammar: DateGrammar) -> None:
    assert grammar.find("yesterday", None) == []
    assert grammar.find("yesterday", BASE, base_is_exact=False) == []


@pytest.mark.parametrize(("text", "header", "expected"), [
    ("Ho Chi Minh City and Turin...", "2023-10-28", "2023-10-28"),
    ("27 Settembre 2024_ Ho Chi Minh City...", "2024-09", "2024-09-27"),
    ("Friday, 29/07/2016 10:31:00 (GMT+7)\nThe seminar...", None, "2016-07-29"),
    ("Published on 15 June 2007 - Updated 22 December 2010", None, "2007-06-15"),
    ("Update: October, 22/2025 - 08:15\nHAI PHONG — The port city...", None, "2025-10-22"),
    ("Update: October 22/2025\nHAI PHONG — The port city...", None, "2025-10-22"),
    ("Study visit\n10-14 October 2022\nThe programme...", None, None),
    ("Met on March 10 to sign.", None, None),
])
def test_published(grammar: DateGrammar, text: str, header: str | None,
                   expected: str | None) -> None:
    assert detect_published(text, header, grammar) == expected


def test_published_from_closing_byline(grammar: DateGrammar) -> None:
    body = "Phó Chủ tịch tiếp đoàn. " * 30
    assert detect_published(body + "(Sở Ngoại vụ, ngày 2-6-2009)", None, grammar) == "2009-06-02"


def test_a_story_without_a_date_lends_its_year_to_yearless_dates_as_a_guess() -> None:
    text = "The study visit ran on 10-14 October 2022.\nDay 3: October 12 – Rome"
    article = Article(id="x", text=text, language="en", published=None)
    doc = DatesComponent()(Doc(article=article, language="en"))
    assert doc.published is None
    assert [(m.value, m.guessed) for m in doc.dates] == [("2022-10-10", False),
                                                         ("2022-10-12", True)]


def test_a_year_written_alone_dates_the_story_for_the_guess() -> None:
    text = "The talks took place at the Harbour Festival 2023, on November 16."
    article = Article(id="y", text=text, language="en", published=None)
    doc = DatesComponent()(Doc(article=article, language="en"))
    assert [(m.value, m.guessed) for m in doc.dates] == [("2023-11-16", True)]


@pytest.mark.parametrize(("text", "datelines"), [
    ("HANOI, July 28 (VNA) – Hue met Blois on July 28.", [True, False]),
    ("28 July 2023 – Hue met Blois.\nVisiting Blois on 28 July, Hue signed.", [True, False]),
    ("Thời gian: 28/07/2023 - 16:49\nHue met Blois on July 27.", [True, False]),
    ("Visiting Italy on July 28, Hue met Blois.", [False]),
    ("On July 28, Hue met Blois.", [False]),
    ("July 28, Hue met Blois.", [False]),  # the day the first sentence reports
    ("Sáng 28/7, Huế tiếp đoàn Blois.", [False]),
    ("Sáng nay (28/7), Huế tiếp đoàn Blois.", [False]),  # its date in brackets, then a comma
    ("HANOI, July 27 (VNA) – Hue met Blois.", [False]),  # not the publication date
    # the word of the day some languages write between the town and the date
    ("Đà Nẵng, ngày 28/7/2023 - Hue met Blois on 28/7/2023.", [True, False]),
    ("Roma, il 28/07/2023 – Hue met Blois.", [True]),
    # the town's state after it ("SANTIAGO DE QUERÉTARO, Qro., 13 de noviembre de 2024.-")
    ("MORELIA, Mich., 28 de julio de 2023.- Hue y Blois firmaron el 28 de julio.", [True, False]),
    # an agency's tag before the town ("(ANSA) - BARI, 12 MAR -", "ARC – Trieste, 14 mar –")
    ("(ANSA) - ROMA, 28/07/2023 - Hue met Blois.", [True]),
    ("ARC – Trieste, 28/07/2023 – Hue met Blois on 26 July.", [True, False]),
    ("Hue met Blois, the day 28/07/2023.", [False]),
    # the page's sections parted by bars before it ("Tin cộng đồng | Thứ Bảy, 20/9/2025")
    ("Tin cộng đồng | Thứ Sáu, 28/7/2023\nHue met Blois on 28/7/2023.", [True, False]),
    ("Cronaca | Vicenza | 28 luglio 2023\nHue met Blois.", [True]),
    ("Giác Ngộ Online | 28/07/2023 - 15:20\nHue met Blois.", [True]),
    ("Hue met Blois | the day 28/07/2023.", [False]),
])
def test_the_dateline_is_the_publication_date_opening_a_line(
        text: str, datelines: list[bool]) -> None:
    article = Article(id="z", text=text, language="en", published="2023-07-28")
    doc = DatesComponent()(Doc(article=article, language="en", published="2023-07-28"))
    assert [m.dateline for m in doc.dates] == datelines


@pytest.mark.parametrize(("text", "language", "datelines"), [
    # the date opens the first sentence, which runs on with no comma
    ("28 июля 2023 года губернатор Хюэ и мэр Блуа подписали соглашение.", "ru", [False]),
    ("28 July 2023 the mayors of Hue and Blois signed the agreement.", "en", [False]),
    ("28 luglio 2023 è una data storica per Hue e Blois.", "it", [False]),
    # a post's time stamp runs on no further
    ("Hue Twinning Association\n28 July at 19:42 ·\nHue met Blois.", "en", [True]),
    ("28 luglio 2023 – Hue e Blois hanno firmato.", "it", [True]),
])
def test_a_date_opening_a_sentence_that_runs_on_is_no_dateline(
        text: str, language: str, datelines: list[bool]) -> None:
    article = Article(id="r", text=text, language=language, published="2023-07-28")
    doc = DatesComponent()(Doc(article=article, language=language, published="2023-07-28"))
    assert [m.dateline for m in doc.dates] == datelines


@pytest.mark.parametrize(("text", "expected"), [
    # 19 August 2022 was a Friday; 19 August 2023 a Saturday.
    ("Talks since 2022 went on in 2023. Mayors met on Friday 19 August.", ("2022-08-19", False)),
    ("Talks went on in 2023. Mayors met on Saturday, 19 August.", ("2023-08-19", False)),
    # No year the story writes has that weekday: still a guess.
    ("Talks went on in 2023. Mayors met on Monday 19 August.", ("2023-08-19", True)),
    ("Talks went on in 2023. Mayors met on 19 August.", ("2023-08-19", True)),
])
def test_a_weekday_tells_the_year_of_a_yearless_date_in_an_undated_story(
        text: str, expected: tuple[str, bool]) -> None:
    article = Article(id="w", text=text, language="en", published=None)
    doc = DatesComponent()(Doc(article=article, language="en"))
    assert [(m.value, m.guessed) for m in doc.dates if len(m.value) == 10] == [expected]


@pytest.mark.parametrize("text", [
    # Petra's town and date, its tag in brackets; WAM's "في" and its tag between slashes
    "إربد ٢٨ تموز (بترا) – استقبل رئيس البلدية الوفد.",
    "دبي في 28 يوليو / وام / وقعت بلدية دبي اتفاقية.",
])
def test_an_arabic_agency_s_dateline_is_the_publication_date(text: str) -> None:
    article = Article(id="a", text=text, language="ar", published="2023-07-28")
    doc = DatesComponent()(Doc(article=article, language="ar", published="2023-07-28"))
    assert [m.dateline for m in doc.dates] == [True]


def test_a_weekday_alone_is_dropped_without_an_exact_base(grammar: DateGrammar) -> None:
    assert grammar.find("They met on Friday.", dt.date(2023, 12, 31), base_is_exact=False) == []


def test_an_alternation_of_words_prefers_the_longest() -> None:
    pattern = re.compile(_alternation(["in", "in the middle of", "inizio", "in the"]))
    assert pattern.match("in the middle of May").group() == "in the middle of"
    assert pattern.match("in the end").group() == "in the"
    assert pattern.match("inizio aprile").group() == "inizio"
    assert pattern.fullmatch("i") is None
    assert re.compile(_alternation(["a.b"])).fullmatch("axb") is None  # escaped


@pytest.mark.parametrize("char", [
    "a", "Z", "é", "İ", "ı", "ſ", "\u212a", "\u0345", "Ω", "ж", "ß", "5", "_", " ", ",", "昨",
    "会", "々", "カ", "・", "한", "\u3099"])
def test_the_boundaries_of_relative_words_ignore_case_as_their_class_does(char: str) -> None:
    """The boundaries' class, compiled case-sensitively inside case-insensitive patterns
    (folding the case of its Han characters was slow), stops what it stops in any case:
    a letter that case folding maps into or out of the word characters too."""
    word_not_han = re.compile(rf"[^\W{_HAN}]")
    start = re.compile(rf"{_START}x", re.IGNORECASE)
    end = re.compile(rf"x{_END}", re.IGNORECASE)
    assert (start.match(char + "x", 1) is None) == (word_not_han.match(char) is not None)
    assert (end.match("x" + char) is None) == (word_not_han.match(char) is not None)


def test_relative_words_glued_to_han_characters_after_a_text_without_them() -> None:
    """A text with no Han character bounds its words by ``\\w`` alone (a cheaper pattern);
    a text with one, read next with the same words, keeps the boundaries a Han character
    does not stop ("会议yesterday举行")."""
    grammar = make_date_grammar()
    assert [m.span for m in grammar.find("The mayors met yesterday.", BASE, language="en")] == [
        (15, 24)]
    assert [m.span for m in grammar.find("They signed yesterday; 会议yesterday举行。", BASE,
                                         language="en")] == [(12, 21), (25, 34)]


def test_patterns_narrowed_to_a_text_s_words_find_every_language_s_words(
        grammar: DateGrammar) -> None:
    """The month, weekday and relative patterns are compiled with the words a text holds;
    a text that mixes languages and cases still has all of its dates, and one with no month
    word has none."""
    text = ("Signed in MID-MARCH 2021, renewed il 12 maggio 2022 and reviewed on 3 NİSAN "
            "2023; the delegation arrived yesterday and leaves hôm nay.")
    found = [m.value for m in grammar.find(text, BASE, language="en")]
    assert found == ["2021-03", "2022-05-12", "2023-04-03", "2023-11-14", "2023-11-15"]
    assert grammar.find("The twelve members met in the hall.", BASE, language="en") == []


def test_a_text_read_again_is_dated_as_a_fresh_grammar_dates_it(grammar: DateGrammar) -> None:
    """The grammar keeps the matches of the last text it read (an undated story is read for
    its years, then for its dates): read again against a base, in a language, the text is
    dated as a fresh grammar dates it, and the next text is read anew."""
    text = ("Twinned twenty years ago, Hue and Blois signed a pact on 3 May; the mayors met "
            "yesterday.")
    assert [m.value for m in grammar.find(text)] == []
    again = grammar.find(text, BASE, language="en")
    assert [m.value for m in again] == ["2003", "2023-05-03", "2023-11-14"]
    assert again == make_date_grammar().find(text, BASE, language="en")
    assert [m.value for m in grammar.find("Signed on 4 June.", BASE, language="en")] == [
        "2023-06-04"]


def test_a_cookie_banner_and_related_headlines_are_not_the_story_s_top_and_bottom() -> None:
    """A web page's cookie banner pushes its byline past the top lines, and the dated
    headlines of other stories follow its closing byline: the publication date is read
    without them."""
    banner = "We use cookies to measure traffic and remember your choices. " * 6
    story = "Turin and Lyon signed an agreement on Monday. " * 10
    for text, published in [
            (f"Home > News\n{banner}\nPublished: 12 March 2024, 10:15\n{story}", "2024-03-12"),
            (f"{story}\nHoang Minh, 2-6-2023\nRelated articles\n"
             "Da Nang hosts Osaka delegation (14/05/2021)", "2023-06-02")]:
        article = Article(id="w", text=text, language="en", published=None)
        doc = DatesComponent()(SentencesComponent()(Doc(article=article, language="en")))
        assert doc.published == published


@pytest.mark.parametrize(("text", "language", "expected"), [
    # the weekday with its day in brackets, before where the trip goes
    ("A comitiva segue na quinta-feira (9) para Blumenau.", "pt", ["2025-10-09"]),
    # an older date earlier in the story, whose month has no Thursday the 9th
    ("O acordo de 3 de outubro de 2023 foi renovado. A comitiva segue na quinta-feira (9) "
     "para Blumenau.", "pt", ["2023-10-03", "2025-10-09"]),
    ("La convention du 3 octobre 2023 a été renouvelée. La délégation repart jeudi 9, direction "
     "Lyon.", "fr", ["2023-10-03", "2025-10-09"]),
    # a month that has the day on that weekday still dates it
    ("La delegazione è arrivata il 3 maggio 2023. Venerdì 5 ha firmato.", "it",
     ["2023-05-03", "2023-05-05"]),
])
def test_a_weekday_with_its_day_takes_the_story_s_week_over_an_older_month(
        grammar: DateGrammar, text: str, language: str, expected: list[str]) -> None:
    wednesday = dt.date(2025, 10, 8)
    assert [m.value for m in grammar.find(text, wednesday, language=language)] == expected
