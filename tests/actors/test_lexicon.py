"""Country, sector and media lexicons: every data-file example is a test."""
from __future__ import annotations

import pytest

from chronicle.actors import lexicon
from chronicle.actors.lexicon import (
    ORG_SECTOR,
    country_name,
    country_of,
    find_countries,
    find_sector_terms,
    media_outlet,
    organisation,
    sector_of,
)

COUNTRIES = lexicon.load_resource("countries.yaml")
SECTORS = lexicon.load_resource("sectors.yaml")
MEDIA = lexicon.load_resource("media.yaml")


def _ids(items):
    return [str(i) for i in items]


# ------------------------------------------------------------------ countries.yaml examples
def _country_cases():
    out = []
    for iso3, e in {**COUNTRIES["countries"], **COUNTRIES["extra"]}.items():
        for n in e.get("aliases", []) + e.get("demonyms", []) + ([e["name"]] if e.get("name") else []):
            out.append((n, iso3))
            p = lexicon.plural_demonym(n) if n in e.get("demonyms", []) else None
            if p:
                out.append((p, iso3))
        for cap in e.get("capitals", []):
            out.append((cap, iso3))
    for iso3, caps in COUNTRIES["capitals"].items():
        out += [(c, iso3) for c in caps]
    return out


@pytest.mark.parametrize("text,iso3", _country_cases(), ids=_ids(_country_cases()))
def test_country_entry(text, iso3):
    assert country_of(text) == iso3


@pytest.mark.parametrize("e", COUNTRIES["examples"], ids=lambda e: e["text"])
def test_country_example(e):
    assert country_of(e["text"]) == e["country"]


def _metonym_cases():
    return [(ex, m["phrase"], m["country"]) for m in COUNTRIES["metonyms"] for ex in m["examples"]]


@pytest.mark.parametrize("text,phrase,iso3", _metonym_cases(), ids=_ids(_metonym_cases()))
def test_metonym_example(text, phrase, iso3):
    assert [c for _, _, c in find_countries(text)] == [iso3]
    assert country_of(phrase) == iso3


def _blocked_cases():
    return [(ex, b["phrase"]) for b in COUNTRIES["blocked"] for ex in b["examples"]]


@pytest.mark.parametrize("text,phrase", _blocked_cases(), ids=_ids(_blocked_cases()))
def test_blocked_example(text, phrase):
    assert find_countries(text) == []
    assert country_of(phrase) is None


# ------------------------------------------------------------------ country API
def test_every_iso_country_resolves_by_name_and_has_short_name():
    import pycountry

    for c in pycountry.countries:
        assert country_of(c.name) == c.alpha_3, c.name
        name = country_name(c.alpha_3)
        assert name and "," not in name, c.alpha_3
        assert country_of(name) == c.alpha_3, name


def test_every_sovereign_state_has_a_demonym():
    # every ISO 3166-1 country except dependent territories (and COG / DMA / VAT, whose
    # demonyms "Congolese" / "Dominican" belong to COD / DOM, and the Holy See) has demonyms
    territories = {"HKG", "MAC", "PRI", "GRL", "REU", "GLP", "MTQ", "GUF", "MYT", "PYF",
                   "NCL", "GUM", "CUW", "ESH", "VIR", "ABW", "JEY", "GGY", "IMN", "BMU",
                   "CYM", "ASM", "MNP", "FRO", "SXM", "MAF", "TCA", "VGB", "AIA", "BLM",
                   "ALA", "SPM", "WLF", "COK", "MSR", "FLK", "NIU", "TKL", "SHN", "PCN",
                   "NFK", "CXR", "CCK", "IOT", "ATF", "BVT", "HMD", "SGS", "UMI", "SJM",
                   "BES", "ATA", "COG", "DMA", "VAT"}
    import pycountry

    missing = [c.alpha_3 for c in pycountry.countries
               if c.alpha_3 not in territories and not COUNTRIES["countries"].get(c.alpha_3, {}).get("demonyms")]
    assert missing == []


@pytest.mark.parametrize("iso3,name", [("PRK", "North Korea"), ("RUS", "Russia"), ("USA", "United States"),
                                       ("KOR", "South Korea"), ("SUN", "Soviet Union"), ("IRN", "Iran"),
                                       ("prk", "North Korea"), ("XXX", None), ("", None)])
def test_country_name(iso3, name):
    assert country_name(iso3) == name


@pytest.mark.parametrize("text,iso3", [
    ("North Korea", "PRK"), ("North Korean", "PRK"), ("Russia’s", "RUS"), ("Russia's", "RUS"),
    ("Pyongyang", "PRK"), ("Moscow", "RUS"), ("Kremlin", "RUS"), ("the United States", "USA"),
    ("US", "USA"), ("U.S.", "USA"), ("USA", "USA"), ("America", "USA"), ("American", "USA"),
    ("Britain", "GBR"), ("UK", "GBR"), ("U.K.", "GBR"), ("British", "GBR"), ("Iran", "IRN"),
    ("Syria", "SYR"), ("Vietnam", "VNM"), ("Laos", "LAO"), ("Czech Republic", "CZE"),
    ("Ivory Coast", "CIV"), ("Burma", "MMR"), ("Taiwan", "TWN"), ("Palestine", "PSE"),
    ("Palestinian", "PSE"), ("Vatican", "VAT"), ("Turkey", "TUR"), ("Türkiye", "TUR"),
    ("Israeli", "ISR"), ("Ukrainian", "UKR"), ("Iranian", "IRN"), ("Chinese", "CHN"),
    ("Soviet", "SUN"), ("USSR", "SUN"), ("Russians", "RUS"), ("Afghans", "AFG"), ("ROK", "KOR"),
    ("DPRK", "PRK"), ("N. Korea", "PRK"), ("South Korea", "KOR"), ("Seoul", "KOR"),
    ("Beijing", "CHN"), ("Tehran", "IRN"), ("Kyiv", "UKR"), ("Kiev", "UKR"),
    ("White House", "USA"), ("Downing Street", "GBR"), ("  North Korea  ", "PRK"),
    ("north korea", "PRK"), ("Georgia", "GEO"), ("Niger", "NER"), ("Nigeria", "NGA"),
])
def test_country_of(text, iso3):
    assert country_of(text) == iso3


@pytest.mark.parametrize("text", ["us", "Us", "turkey", "china", "chad", "holland", "Holland",
                                  "Nigeri", "Korea", "kremlin", "", "   ", "North", "Russia Today",
                                  "Latin America", "the"])
def test_country_of_negative(text):
    assert country_of(text) is None


def test_find_countries_offsets():
    text = "North Korean leader Kim met Russia’s Putin in Pyongyang; Niger and Nigeria, U.S.-led."
    got = find_countries(text)
    assert [(text[s:e], c) for s, e, c in got] == [
        ("North Korean", "PRK"), ("Russia", "RUS"), ("Pyongyang", "PRK"),
        ("Niger", "NER"), ("Nigeria", "NGA"), ("U.S.", "USA")]


def test_find_countries_word_boundaries_and_case():
    assert find_countries("Nigerian troops") == [(0, 8, "NGA")]
    assert find_countries("let us go, said the turkey farmer from china") == []
    assert find_countries("Guinea-Bissau and Papua New Guinea and Equatorial Guinea") == [
        (0, 13, "GNB"), (18, 34, "PNG"), (39, 56, "GNQ")]
    assert find_countries("South Sudanese and Sudanese") == [(0, 14, "SSD"), (19, 27, "SDN")]
    assert find_countries("the Kremlin and the White House") == [(4, 11, "RUS"), (20, 31, "USA")]
    assert find_countries("Latin American and American") == [(19, 27, "USA")]
    assert find_countries("") == []


def test_capitals_table():
    caps = lexicon.capitals()
    assert "Pyongyang" in caps["PRK"] and "Kiev" in caps["UKR"] and "Astana" in caps["KAZ"]
    assert "SYC" not in caps  # Victoria is on the stop list


# ------------------------------------------------------------------ sectors.yaml examples
def _sector_cases():
    out = []
    for e in SECTORS["terms"] + SECTORS["organisations"]:
        for phrase, sector in e["examples"]:
            out.append((phrase, sector))
    return out


@pytest.mark.parametrize("phrase,sector", _sector_cases(), ids=_ids(_sector_cases()))
def test_sector_example(phrase, sector):
    assert sector_of(phrase) == sector


@pytest.mark.parametrize("phrase,sector", [
    ("Vice Chairman of North Korea's Standing Committee of the Supreme People's Assembly", "LEG"),
    ("Defence Minister", "GOV"), ("Defense Ministry", "GOV"), ("Russian Ambassador", "GOV"),
    ("North Korean leader", "GOV"), ("Russia's Security Council Secretary", "GOV"),
    ("Deputy Foreign Minister", "GOV"), ("news agency", "MED"), ("troops", "MIL"),
    ("army spokesman", "MIL"), ("opposition leader", "OPP"), ("rebel leader", "REB"),
    ("party secretary", "PTY"), ("police chief", "COP"), ("KCNA", "MED"),
    ("Yonhap news agency", "MED"), ("UN Secretary-General", "IGO"),
    ("Amnesty International researcher", "NGO"), ("general amnesty", None),
    ("the weather", None), ("", None),
])
def test_sector_precedence(phrase, sector):
    assert sector_of(phrase) == sector


def test_find_sector_terms():
    text = "North Korean leader Kim told the Supreme People's Assembly and Yonhap news agency"
    got = find_sector_terms(text)
    assert [(text[s:e], t, sec) for s, e, t, sec in got] == [
        ("leader", "leader", "GOV"),
        ("Supreme People's Assembly", "Supreme People's Assembly", "LEG"),
        ("Yonhap", "Yonhap", "MED"),
        ("news agency", "news agency", "MED"),
    ]
    # acronyms are case-sensitive in running text
    assert find_sector_terms("who said what") == []
    assert [t[3] for t in find_sector_terms("the WHO said")] == ["IGO"]


def test_org_sector_table():
    assert ORG_SECTOR["United Nations"] == ("United Nations", "IGO", None)
    assert ORG_SECTOR["UN"] == ("United Nations", "IGO", None)
    assert ORG_SECTOR["KCNA"] == ("KCNA", "MED", "PRK")
    assert "NATO" in ORG_SECTOR and len(ORG_SECTOR) > 100
    assert organisation("the united nations") == ("United Nations", "IGO", None)
    assert organisation("Human Rights Watch's") == ("Human Rights Watch", "NGO", None)
    assert organisation("nothing here") is None


def test_sector_codes_are_known():
    for e in SECTORS["terms"] + SECTORS["organisations"]:
        assert e["sector"] in lexicon.SECTORS, e
        for _, s in e["examples"]:
            assert s is None or s in lexicon.SECTORS


# ------------------------------------------------------------------ media.yaml examples
def _media_cases():
    return [(text, canon) for e in MEDIA["outlets"] for text, canon in e["examples"]]


@pytest.mark.parametrize("text,canonical", _media_cases(), ids=_ids(_media_cases()))
def test_media_example(text, canonical):
    got = media_outlet(text)
    assert (got[0] if got else None) == canonical


@pytest.mark.parametrize("text,expected", [
    ("TASS", ("TASS", "RUS")), ("Ria Novosti", ("RIA Novosti", "RUS")),
    ("the Yonhap news agency", ("Yonhap", "KOR")), ("Yonhap News Agency", ("Yonhap", "KOR")),
    ("Korean Central News Agency", ("KCNA", "PRK")), ("kcna", ("KCNA", "PRK")),
    ("Associated Press", ("Associated Press", "USA")), ("Agence France-Presse", ("AFP", "FRA")),
    ("Reuters'", ("Reuters", "GBR")), ("Al Jazeera", ("Al Jazeera", "QAT")),
    ("the news agency", None), ("", None), ("Pyongyang", None),
])
def test_media_outlet(text, expected):
    assert media_outlet(text) == expected


def test_media_outlets_have_countries_and_are_many():
    assert len(MEDIA["outlets"]) >= 50
    for e in MEDIA["outlets"]:
        assert e.get("country") is None or country_name(e["country"]), e["name"]


def test_metonym_and_blocked_countries_are_valid():
    for m in COUNTRIES["metonyms"]:
        assert country_name(m["country"]), m
    for iso3 in COUNTRIES["countries"]:
        assert country_name(iso3), iso3
