"""(roles6) An undated speculated event -- a condition ("might freeze aid if Eritrea barred the
monitors"), a demand ("urged ... to release"), a "may" -- all of whose mentions are ``possible`` is
no plan a later act of its type and parties realizes by those alone (linker._fits_plan); a common
named person still ties them ("pressed the government to free Okonkwo" / "freed
Okonkwo"), and an undated stated plan ("would reject") is realized as before."""
from datetime import date

from test_linker import m

from chronicle.link import link


def _pair(status, people=()):
    plan = m("p1-1", doc="p1", type="REJECT", status=status, act=("ERI",), rec=(), people=people,
             start=date(2024, 10, 2), text=False, reported=date(2024, 10, 2))
    act = m("p2-1", doc="p2", type="REJECT", act=("ERI",), rec=(), people=people,
            start=date(2024, 12, 4), reported=date(2024, 12, 5))
    return link([plan, act])


def test_undated_condition_is_not_realized_by_a_later_act_of_its_type():
    res = _pair("possible")
    assert len(res.events) == 2 and not res.links


def test_undated_stated_plan_is_still_realized():
    res = _pair("planned")
    assert len(res.links) == 1


def test_undated_demand_naming_the_person_is_still_realized():
    res = _pair("possible", people=("p:okonkwo",))
    assert len(res.links) == 1
