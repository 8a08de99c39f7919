"""(roles6) A seat of government named for its government ("Dar es Salaam has summoned Uganda's
envoy") resolves to its country, as a capital does (countries.yaml capitals)."""
from chronicle.actors import lexicon


def test_dar_es_salaam_is_tanzania():
    assert [c[2] for c in lexicon.find_countries("Dar es Salaam has summoned Uganda's envoy")] == ["TZA", "UGA"]


def test_lowercase_is_no_seat():
    assert [c[2] for c in lexicon.find_countries("the dar es salaam road")] == []
