"""(roles6) An undated speculated event -- a condition ("could impose sanctions if Sudan obstructed
the inquiry"), a demand ("urged ... to release"), a "may" -- all of whose mentions are ``possible`` is
no plan a later act of its type and parties realizes by those alone (linker._fits_plan); a common
named person still ties them ("urged the authorities to release Toktogulov" / "released
Toktogulov"), and an undated stated plan ("would reject") is realized as before."""
from datetime import date

from test_linker import m

from chronicle.link import link


def _pair(status, people=()):
    plan = m("b2-1", doc="b2", type="REJECT", status=status, act=("SDN",), rec=(), people=people,
             start=date(2024, 10, 2), text=False, reported=date(2024, 10, 2))
    act = m("b3-1", doc="b3", type="REJECT", act=("SDN",), rec=(), people=people,
            start=date(2024, 12, 4), reported=date(2024, 12, 5))
    return link([plan, act])


def test_undated_condition_is_not_realized_by_a_later_act_of_its_type():
    res = _pair("possible")
    assert len(res.events) == 2 and not res.links


def test_undated_stated_plan_is_still_realized():
    res = _pair("planned")
    assert len(res.links) == 1


def test_undated_demand_naming_the_person_is_still_realized():
    res = _pair("possible", people=("p:toktogulov",))
    assert len(res.links) == 1
