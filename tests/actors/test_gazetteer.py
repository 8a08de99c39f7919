"""Gazetteer: data-file examples, stop list, user extension files."""
from __future__ import annotations

import pytest

from chronicle.actors import lexicon
from chronicle.actors.gazetteer import Gazetteer
from chronicle.model import Location

DOC = lexicon.load_resource("gazetteer.yaml")


@pytest.fixture(scope="module")
def gz():
    return Gazetteer.default()


@pytest.mark.parametrize("e", DOC["examples"], ids=lambda e: repr(e["name"]))
def test_gazetteer_example(gz, e):
    loc = gz.lookup(e["name"])
    if e["country"] is None:
        assert loc is None
        assert not gz.is_place(e["name"])
        return
    assert loc is not None and loc.country == e["country"]
    assert loc.text == e["name"]
    assert gz.is_place(e["name"])
    for field, key in (("latitude", "lat"), ("longitude", "lon")):
        if key in e:
            got = getattr(loc, field)
            if e[key] is None:
                assert got is None
            else:
                assert got == pytest.approx(e[key], abs=0.2)


@pytest.mark.parametrize("name", DOC["stop"])
def test_stop_list(gz, name):
    assert gz.lookup(name) is None
    assert gz.lookup(name.lower()) is None


def test_pyongyang(gz):
    loc = gz.lookup("Pyongyang")
    assert isinstance(loc, Location)
    assert (loc.name, loc.country) == ("Pyongyang", "PRK")
    assert loc.latitude == pytest.approx(39.0, abs=0.1)
    assert loc.longitude == pytest.approx(125.7, abs=0.1)


def test_country_has_no_invented_coordinates(gz):
    loc = gz.lookup("Russia")
    assert (loc.name, loc.country, loc.latitude, loc.longitude) == ("Russia", "RUS", None, None)


def test_ambiguous_name_goes_to_most_populous(gz):
    assert gz.lookup("Moscow").country == "RUS"  # not Moscow, Idaho
    assert gz.lookup("Paris").country == "FRA"  # not Paris, Texas
    assert gz.lookup("Tripoli").country == "LBY"


def test_default_is_shared(gz):
    assert Gazetteer.default() is gz


def test_user_file_extension(tmp_path, gz):
    f = tmp_path / "places.csv"
    f.write_text(
        "name,country,latitude,longitude,aliases\n"
        "Sohae,PRK,39.66,124.70,Sohae Satellite Launching Station;Tongchang-ri\n"
        "Yongbyon,KP,39.80,125.75\n"
        "Zaporizhzhia Nuclear Plant,Ukraine,47.51,34.58,ZNPP\n"
        "Nowhere Base,,,\n",
        encoding="utf-8",
    )
    mine = Gazetteer()
    assert mine.add_file(f) == 4
    loc = mine.lookup("Tongchang-ri")
    assert (loc.name, loc.country, loc.latitude, loc.longitude) == ("Sohae", "PRK", 39.66, 124.70)
    assert mine.lookup("Yongbyon").country == "PRK"
    assert mine.lookup("ZNPP").country == "UKR"
    assert mine.lookup("Nowhere Base") == Location(text="Nowhere Base", name="Nowhere Base")
    # other instances (and the shared default) are not changed
    assert gz.lookup("Tongchang-ri") is None
    assert Gazetteer().lookup("ZNPP") is None


def test_user_file_without_header_and_bad_rows(tmp_path):
    f = tmp_path / "p.csv"
    f.write_text("Camp Humphreys,KOR,36.96,127.03\n", encoding="utf-8")
    g = Gazetteer()
    g.add_file(f)
    assert g.lookup("Camp Humphreys").country == "KOR"
    bad = tmp_path / "bad.csv"
    bad.write_text("X,KOR,north,127\n", encoding="utf-8")
    with pytest.raises(ValueError):
        Gazetteer().add_file(bad)


def test_lookup_reads_a_name_across_spaces_and_line_breaks(gz):
    # a name wrapped or spaced in the source text is the same place (its speed is
    # benchmarks/gazetteer_lookup.py's: speed targets live in benchmarks, not in timed tests)
    for spaced, name, iso3 in (("Dar  es\tSalaam", "Dar es Salaam", "TZA"), ("Addis\nAbaba", "Addis Ababa", "ETH")):
        loc = gz.lookup(spaced)
        assert loc is not None and (loc.name, loc.country) == (name, iso3)
        assert loc.text == spaced
