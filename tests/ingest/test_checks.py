import pytest

from sitrep.errors import InputError
from sitrep.ingest import checks

ENGLISH = "The army said on Monday that it had shelled the town, and officials said at least seven people were killed in the attack."
FRENCH = "L'armée a déclaré lundi qu'elle avait bombardé la ville et les responsables ont dit que sept personnes sont mortes dans une attaque sur le marché."
GERMAN = "Die Armee hat am Montag mitgeteilt, dass sie die Stadt beschossen habe, und die Behörden sagten, dass mindestens sieben Menschen bei dem Angriff auf den Markt getötet wurden."
ARABIC = "قال الجيش يوم الاثنين إنه قصف المدينة وقال مسؤولون إن سبعة أشخاص على الأقل قتلوا في الهجوم على السوق المزدحم في وسط البلدة"


def code(fn, *args):
    with pytest.raises(InputError) as info:
        fn(*args)
    return info.value.code


def test_suffix():
    assert checks.check_suffix(".TXT") == ".txt"
    assert code(checks.check_suffix, ".pdf") == "E010"
    assert code(checks.check_suffix, "") == "E010"


def test_size():
    checks.check_size(10, 10)
    assert code(checks.check_size, 11, 10) == "E003"


def test_binary():
    checks.check_binary(b"plain text\n\twith tabs\r\n")
    assert code(checks.check_binary, b"PK\x03\x04\x00\x00binary") == "E002"
    assert code(checks.check_binary, bytes(range(1, 32)) * 10) == "E002"
    checks.check_binary("text".encode("utf-16"))  # BOM: text, decoded later
    assert code(checks.check_text, "abc\x00def") == "E002"


def test_decode_utf8_cp1252_and_replacement():
    assert checks.decode("café".encode()) == ("café", None)
    assert checks.decode("\ufeffhi".encode("utf-8")) == ("hi", None)
    text, warning = checks.decode("“Quoted” café".encode("cp1252"))
    assert text == "“Quoted” café" and "E" not in warning[:1] and "Windows-1252" in warning
    text, warning = checks.decode(b"ab\x81\xffcd")  # 0x81 is undefined in cp1252
    assert "\ufffd" in text and "replacement" in warning
    assert checks.decode("hello".encode("utf-16")) == ("hello", None)


def test_english_check():
    checks.check_english(ENGLISH)
    checks.check_english("Bonjour")  # too short to judge
    assert checks.english_score(ENGLISH) > 0.3
    with pytest.raises(InputError) as info:
        checks.check_english(FRENCH)
    assert info.value.code == "E005" and "French" in info.value.message
    with pytest.raises(InputError) as info:
        checks.check_english(GERMAN)
    assert "German" in info.value.message
    with pytest.raises(InputError) as info:
        checks.check_english(ARABIC)
    assert "Arabic" in info.value.message


def test_decode_mixed_utf8_and_latin1_keeps_both():
    # A story pasted together from a UTF-8 source and a Latin-1 one: the UTF-8 half must not
    # be garbled ("cafÃ©", "â€œ") by reading the whole file as Windows-1252.
    data = "“Calm,” said the café owner. ".encode() + "The régime denied it.".encode("latin-1")
    text, warning = checks.decode(data)
    assert text == "“Calm,” said the café owner. The régime denied it."
    assert "Windows-1252" in warning and "byte 39" in warning
    # ... and a byte Windows-1252 leaves undefined costs only itself
    text, warning = checks.decode("“Calm” in the café".encode() + b" r\x81gime")
    assert text == "“Calm” in the café r\ufffdgime" and "replacement" in warning


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_not_skipped_as_binary(codec):
    data = "Police fired tear gas in the café.\r\n".encode(codec)
    checks.check_binary(data)
    text, warning = checks.decode(data)
    assert text == "Police fired tear gas in the café.\r\n" and codec.upper() in warning
    assert checks.utf16_without_bom("Police fired tear gas in the café.".encode("utf-16")) is None  # it has one


def test_binary_with_many_zero_bytes_is_still_binary():
    assert code(checks.check_binary, b"\x00\x00\x00\x01" * 100) == "E002"  # both halves zero: no text
    assert code(checks.check_binary, b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256))) == "E002"


CHINESE = "周六，警察在首都向数百名抗议者发射催泪瓦斯，内政部表示，至少有三人死亡。"
JAPANESE = "土曜日、警察は首都で数百人の抗議者に催涙ガスを発射し、少なくとも三人が死亡したと内務省が発表した。"
THAI = "ตำรวจยิงแก๊สน้ำตาใส่ผู้ประท้วงหลายร้อยคนในเมืองหลวงเมื่อวันเสาร์"


@pytest.mark.parametrize("text", [CHINESE, JAPANESE, THAI], ids=["Chinese", "Japanese", "Thai"])
def test_english_check_judges_scripts_without_spaces(text):
    # two short sentences of Chinese are as long as two English ones: one letter, one word
    with pytest.raises(InputError) as info:
        checks.check_english(text)
    assert info.value.code == "E005" and "script" in info.value.message


def test_english_check_keeps_english_with_a_cjk_name():
    checks.check_english(ENGLISH + " The minister, 王毅, denied it.")


def test_length():
    assert code(checks.check_length, "  \n ", 100) == "E001"
    assert code(checks.check_length, "x" * 101, 100) == "E013"
    checks.check_length("x" * 100, 100)


def test_a_short_english_report_in_headline_style_is_english():
    # few function words (one "on" in 14 words), but no other language's: not E005 (it said
    # "detected 'English'" while refusing the text)
    checks.check_english("Report\n\nProtesters marched through Nairobi's central business district on Tuesday, police fired tear gas.")


def test_a_text_of_no_language_known_is_still_refused():
    with pytest.raises(InputError) as info:
        checks.check_english("xq zvrt plok mrrn qwerty asdf zxcv hjkl uiop vbnm tyui ghjk fdsa lkjh")
    assert info.value.code == "E005"


# Short texts in headline style, where a language drops its articles and only a word or two it
# shares with English ("in", "a", "on", "no") is left; written for the test.
HEADLINES = {
    "German": "Proteste in Hamburg: Tausende Bauern gegen Agrarreform, Polizei setzt Pfefferspray ein, viele Festnahmen gemeldet",
    "French": "Grève générale: milliers enseignants défilent, on signale heurts entre manifestants, policiers près préfecture",
    "Spanish": "Miles agricultores bloquean carreteras contra recortes; policía dispersa marcha frente ministerio, no hay heridos",
    "Czech": "Policie zadržela desítky fanoušků a použila vodní děla v centru Brna během nedělního zápasu proti Slavii",
    "Polish": "Tysiące nauczycieli protestowało a policja zablokowała ulice w Krakowie podczas czwartkowej demonstracji przeciwko reformie",
    "Swahili": "Wakulima walifunga barabara katika mji wa Eldoret siku ya Alhamisi wakipinga bei ya mbolea kwa serikali a",
    "Turkish": "İzmir limanında yüzlerce işçi grev yaptı, polis barikat kurdu ve on kişi gözaltına alındı, sendika açıklama yaptı",
    "Tagalog": "Daan-daang magsasaka ang nagmartsa sa Davao noong Lunes at humiling ng tulong sa gobyerno ayon sa pulisya",
}


@pytest.mark.parametrize("lang", sorted(HEADLINES))
def test_a_short_text_of_another_language_is_not_excused_as_english(lang):
    # one shared function word (or a tie with English) is no lead: E005, naming the language
    with pytest.raises(InputError) as info:
        checks.check_english(HEADLINES[lang])
    assert info.value.code == "E005" and lang in info.value.message


@pytest.mark.parametrize("text", [
    "Floods swept through villages across Assam state on Tuesday, rescuers pulled survivors from rooftops, officials said.",
    "Report\n\nRiot police dispersed striking dockworkers outside Mombasa port on Monday, witnesses reported.",
])
def test_a_short_english_report_with_few_function_words_is_still_english(text):
    checks.check_english(text)


@pytest.mark.parametrize("text", ["Gunmen kill five\nhttps://t.co/a1\nhttps://t.co/b2",
                                  "Bomb hits market\n\nhttps://example.com/a\nhttps://example.com/b\n",
                                  "Kenya protest\nhttps://example.com/a\nGaza strike\nhttps://example.com/b"])
def test_a_short_alert_with_its_links_is_a_story(text):
    checks.check_not_url(text)  # a headline over its links, not a list of addresses


@pytest.mark.parametrize("text", ["See also:\nhttps://example.com/a\nhttps://example.com/b",
                                  "Read more\nhttps://example.com/a\nhttps://example.com/b\nRelated links\nhttps://example.com/c"])
def test_a_list_of_addresses_under_headings_is_no_story(text):
    assert code(checks.check_not_url, text) == "E015"


@pytest.mark.parametrize("story", ["The crowd chanted \u201cOL\u00c9\u201d as police fired tear gas.",
                                   "Fans of the club chanted \u201cVAMOS OL\u00c9\u2014OL\u00c9\u201d outside the stadium.",
                                   "A banner read \u201cAQU\u00cd\u201d and \u201cS\u00cd\u201d in the square."])
def test_decode_a_windows_1252_file_whole_when_it_holds_no_real_utf8(story):
    # A capital accent before a curly quote or a dash ("\xc9\x94") is also a UTF-8 pair ("ɔ"):
    # with no other UTF-8 in the file, that pair is an accident and the file is Windows-1252.
    text, warning = checks.decode(story.encode("cp1252"))
    assert text == story and "Windows-1252" in warning


def test_decode_real_utf8_beside_a_stray_byte_is_still_kept():
    # two-byte letters of another script (Cyrillic) outnumber the stray Latin-1 bytes: real UTF-8
    data = "Мэр Москвы сказал".encode() + b" \xe9t\xe9"
    assert checks.decode(data)[0] == "Мэр Москвы сказал été"
    data = "ÉTÉ, said the café owner, ".encode() + "régime".encode("latin-1")  # Latin-1 letters in UTF-8
    assert checks.decode(data)[0] == "ÉTÉ, said the café owner, régime"


def test_small_16_bit_numbers_are_not_utf16_text():
    import random

    rng = random.Random(1)
    samples = b"".join(rng.randint(1, 255).to_bytes(2, "little") for _ in range(3000))  # every high byte zero
    assert checks.utf16_without_bom(samples) is None
    assert code(checks.check_binary, samples) == "E002"
    assert checks.utf16_without_bom("Police fired tear gas.\r\n\tWitnesses said.".encode("utf-16-le")) == "utf-16-le"


@pytest.mark.parametrize("data", [
    "Police fired tear gas in the café.\r\n".encode("utf-32"),  # byte order mark (little-endian here)
    b"\x00\x00\xfe\xff" + "Police fired tear gas in the café.\r\n".encode("utf-32-be"),
])
def test_utf32_with_a_byte_order_mark_is_read_not_skipped_as_binary(data):
    checks.check_binary(data)
    assert checks.decode(data) == ("Police fired tear gas in the café.\r\n", None)


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text", ["Police fired tear gas in the café.\r\n", "Полиция применила слезоточивый газ.\n"])
def test_utf32_without_a_byte_order_mark_is_read_with_a_notice(codec, text):
    data = text.encode(codec)
    checks.check_binary(data)
    decoded, warning = checks.decode(data)
    assert decoded == text and codec.upper() in warning
    assert checks.utf16_without_bom(data) is None and checks.utf32_without_bom(text.encode("utf-16-le")) is None


def test_small_32_bit_numbers_are_not_utf32_text():
    import random

    rng = random.Random(1)
    samples = b"".join(rng.randint(1, 255).to_bytes(4, "little") for _ in range(3000))  # high bytes zero, values not text
    assert checks.utf32_without_bom(samples) is None
    assert code(checks.check_binary, samples) == "E002"


def test_broken_utf32_says_so():
    text, warning = checks.decode("Police fired tear gas.".encode("utf-32") + b"A")  # a character cut short
    assert text.startswith("Police fired tear gas.") and "not valid UTF-32" in warning


def test_32_bit_counts_and_numbers_of_far_scripts_are_not_utf32_text():
    import random

    counts = b"".join(i.to_bytes(4, "little") for i in range(100_000))  # 0..99999: letters of many scripts, no spaces
    rng = random.Random(2)
    cjk = b"".join(rng.randint(0x4E00, 0x9FFF).to_bytes(4, "little") for _ in range(3000))
    for data in (counts, cjk, counts[4 * 40_000:]):
        assert checks.utf32_without_bom(data) is None and checks.wide_codec(data) is None
        assert code(checks.check_binary, data) == "E002"


def test_a_utf16_mark_before_a_nul_is_not_taken_for_utf32():
    data = b"\xff\xfe\x00\x00" + "Police fired tear gas in the capital.".encode("utf-16-le")  # UTF-32's mark by accident
    assert checks.wide_codec(data) is None
    assert code(checks.check_binary, data) == "E002"


def test_utf32_text_of_a_spaced_script_without_a_mark_is_still_read():
    text = "Полиция применила слезоточивый газ против демонстрантов в столице.\n" * 20
    assert checks.utf32_without_bom(text.encode("utf-32-le")) == "utf-32-le"
