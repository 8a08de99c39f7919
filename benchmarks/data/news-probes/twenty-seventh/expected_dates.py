"""Hand-written expected dates (written before running chronicle) for the event mentions of
corpus.jsonl: (article, trigger, sentence hint or None, accepted). accepted: a set of TIMEX
values the mention's date_value may have (source text), "article" in the set = the article-date fallback
is right, None = not scored. A listed mention chronicle does not extract counts as MISSING (reported
apart from wrong dates). python expected_dates.py DB"""
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import ARTICLE as A, score_dates  # noqa: E402


def days(first: str, last: str) -> set:
    d, end, out = date.fromisoformat(first), date.fromisoformat(last), set()
    while d <= end:
        out.add(d.isoformat())
        d += timedelta(days=1)
    return out


CR10 = {"2023-10-10", "2023-10-10TMO", "2023-10-10T08:07"}       # Flight 611 loses contact / crashes ~08:07, Tuesday
TKO10 = {"2023-10-10", "2023-10-10TMO", "2023-10-10T07:55"}      # take-off at 7:55 a.m., Tuesday
FND11 = {"2023-10-11", "2023-10-11TMO"}                          # wreckage spotted Wednesday morning; rescue; grounding
FND11N = FND11 | {"2023-10-11TNI", "2023-10-11TEV"}             # eleven bodies recovered by nightfall
HEL13 = {"2023-10-13"}                                           # the helicopter crash near Lukla (apart)
SAT14 = {"2023-10-14"}                                           # a survivor dies; the Pokhara airport protest dispersed
MON16 = {"2023-10-16"}                                           # the recorders sent to France
W42 = {"2023-W42"} | days("2023-10-16", "2023-10-22")           # the BEA downloads the recorders "last week"
SUN22 = {"2023-10-22"}                                           # the recorders come back from Paris
LIFT23 = {"2023-10-23"}                                          # the grounding lifted, Monday
TUE24 = {"2023-10-24"}                                           # the interview, Tuesday
PUTA = days("2023-10-25", "2023-11-09") | {"2023-W43", "2023-W44", "2023-W45"}  # the report put off (day not given)
REP20 = {"2023-11-20"}                                           # the report released; the march to CAAN
CRU16 = {"2024-03-16", "2024-03-16T18:40", "2024-03-16TEV", "2024-03-16TNI"}  # the crush at ~18:40 local, Saturday
WE16 = CRU16 | {"2024-W11-WE"}                                   # "last weekend" (op-ed of Thursday 03-21)
SUN17 = {"2024-03-17"}                                           # the league's statement, Sunday
MON18 = {"2024-03-18"}                                           # Olimpia's denial
TUE19 = {"2024-03-19"}                                           # Reyes arrested
WED20 = {"2024-03-20"}                                           # Reyes charged ("yesterday" in the Thursday op-ed)
THU21 = {"2024-03-21"}                                           # Reyes remanded
SAT23 = {"2024-03-23"}                                           # the championship resumed
SUN24 = {"2024-03-24"}                                           # the San Pedro Sula fans' fight (apart)
PPB = days("2024-03-17", "2024-03-30") | {"2024-W12", "2024-W13"}  # the March 30 date postponed (day not given)
SAT06 = {"2024-04-06"}                                           # the derby played
STP01 = {"2025-11-01", "2025-11-01T07:00", "2025-11-01TMO"}     # gas flows stop at 7 a.m., Saturday
SUN02 = {"2025-11-02"}                                           # Tiraspol's emergency
MON03 = {"2025-11-03"}                                           # rolling blackouts begin
TUE04 = {"2025-11-04"}                                           # Cuciurgan switches to coal
THU06 = {"2025-11-06"}                                           # Tiraspol's claim about the coal train
EU10 = {"2025-11-10"}                                            # the Commission's grant ("yesterday" in the 11-11 statement)
STM11 = {"2025-11-11", "2025-11-11T23:40", "2025-11-11TNI", "2025-11-11TEV"}  # the ministry's statement, late Tuesday
BAL11 = {"2025-11-11", "2025-11-11TMO"}                          # the Balti power cut "this morning" (apart)
RST11 = {"2025-11-11", "2025-11-11T14:00", "2025-11-11TAF"}      # Balti supply restored at 14:00
WED19 = {"2025-11-19"}                                           # gas reaches Transnistria
THU20 = {"2025-11-20"}                                           # the blackouts end (the correction's day)
MIS07 = {"2026-01-07"}                                           # Bautista reported missing ("four days after")
SUN11 = {"2026-01-11"}                                           # her body found
TUE13 = {"2026-01-13"}                                           # the employer's son arrested
WED14 = {"2026-01-14"}                                           # Manila suspends deployment
THU15 = {"2026-01-15"}                                           # Kuwait's foreign ministry rejects and denies
FRI16 = {"2026-01-16"}                                           # Kuwait stops new visas
SUN18 = {"2026-01-18"}                                           # the body flown home
TUE20 = {"2026-01-20"}                                           # the son charged; Bautista buried
SUN25 = {"2026-01-25"}                                           # the Riyadh nurse dies (apart)
TUE27 = {"2026-01-27"}                                           # the embassy tells of the postponement
PPD = days("2026-01-15", "2026-01-27") | {"2026-W03", "2026-W04", "2026-W05"}  # the January 26 meeting postponed (day not given)
TLK = {"2026-02-08", "2026-02-09"}                               # two days of talks in Kuwait City
MON09 = {"2026-02-09"}                                           # the agreement signed
MON16b = {"2026-02-16"}                                          # the suspension lifted; visas resumed

EXPECTED = [
 # A (2023): May 2022 (Mustang crash) apart; 10-10 Tue 07:55 take-off, ~08:07 crash; a1 Wed 10-11 (wreckage, rescue,
 #    grounding; the airline's denial "the day after the crash"); 10-13 Fri (Lukla helicopter, apart); 10-14 Sat (a
 #    survivor dies; the airport protest dispersed); a2 Mon 10-16 (recorders sent); 10-22 Sun (back from Paris); 10-23
 #    Mon (grounding lifted); 10-24 Tue (interview); a3 Wed 10-25 (report promised for 11-09); 11-20 Mon (report
 #    released, a march); a4 Tue 11-21 (with a "Key dates:" box).
 ("a1", "spotted", None, FND11), ("a1", "lost", None, CR10), ("a1", "flight", "into a flight", CR10),
 ("a1", "pulled", None, FND11), ("a1", "airlifted", None, FND11), ("a1", "said", "Nepal Army said", {A}),
 ("a1", "recovered", "eleven bodies", FND11N), ("a1", "expected", None, {A} | FND11N), ("a1", "reach", None, None),
 ("a1", "took", None, TKO10), ("a1", "flown", None, CR10 | TKO10), ("a1", "grounded", None, FND11),
 ("a1", "said", "said the flight recorders", {A} | FND11), ("a1", "recovered", "once recovered", None),
 ("a1", "sent", None, None), ("a1", "analysis", None, None), ("a1", "crashed", None, {"2022-05"}),
 ("a1", "killing", None, {"2022-05"}),
 ("a2", "sent", None, MON16), ("a2", "crashed", None, CR10), ("a2", "said", None, {A}), ("a2", "rose", None, SAT14),
 ("a2", "died", None, SAT14), ("a2", "denied", None, {A, "2023-10-11"}), ("a2", "overloaded", None, None),
 ("a2", "accusation", None, SAT14), ("a2", "made", None, SAT14), ("a2", "protested", None, SAT14),
 ("a2", "dispersed", None, SAT14),
 ("a3", "crash", "October 10", CR10), ("a3", "investigating", None, None), ("a3", "led", None, None),
 ("a3", "spoke", None, TUE24), ("a3", "came", None, SUN22), ("a3", "downloaded", None, W42),
 ("a3", "say", "families say", {A}), ("a3", "say", "Nothing I say", None), ("a3", "overloaded", None, None), ("a3", "shows", None, None),
 ("a3", "denied", None, FND11), ("a3", "crash", "day after the crash", CR10), ("a3", "found", "found nothing", None),
 ("a3", "allowed", None, LIFT23), ("a3", "inspected", None, None), ("a3", "found", "airworthy", None),
 ("a3", "Lifting", None, LIFT23), ("a3", "grounding", None, None), ("a3", "flown", None, None),
 ("a3", "blaming", None, None), ("a3", "accident", None, HEL13), ("a3", "crashed", None, HEL13),
 ("a3", "killed", None, HEL13), ("a3", "flying", None, HEL13), ("a3", "inquiry", None, None),
 ("a3", "come", None, None), ("a3", "publish", None, None),
 ("a4", "crash", None, CR10 | {"2023-10"}), ("a4", "released", "eleven days", REP20), ("a4", "promised", None, None),
 ("a4", "saying", None, REP20), ("a4", "descended", None, CR10), ("a4", "impact", None, CR10),
 ("a4", "release", None, None), ("a4", "scheduled", None, None), ("a4", "put", None, PUTA), ("a4", "request", None, PUTA),
 ("a4", "wanted", None, None), ("a4", "check", None, None), ("a4", "said", None, {A} | REP20), ("a4", "study", None, None),
 ("a4", "marched", None, REP20), ("a4", "published", None, REP20), ("a4", "demanded", None, REP20),
 ("a4", "suspended", None, None),
 ("a4", "crashes", None, CR10), ("a4", "killed", None, CR10), ("a4", "found", None, FND11), ("a4", "rescued", None, FND11),
 ("a4", "grounded", None, FND11), ("a4", "dies", None, SAT14), ("a4", "protest", None, SAT14), ("a4", "broken", None, SAT14),
 ("a4", "sent", None, MON16), ("a4", "lifted", None, LIFT23), ("a4", "released", "Nov 20", REP20),
 # B (2024): 2019 (four fans killed outside the stadium) apart; 03-16 Sat ~18:40 local (the crush; the derby called
 #    off); b1 Sun 03-17 (the league's statement; the mayor's order); 03-18 Mon (Olimpia's denial); 03-19 Tue (Reyes
 #    arrested); 03-20 Wed (charged); b2 Thu 03-21 (op-ed; a remand that day); 03-23 Sat (resumed); 03-24 Sun (San Pedro
 #    Sula fight, apart); 03-30 (the derby's new date, postponed again); 04-06 Sat (the derby played); b3 Mon 04-08.
 ("b1", "died", None, CRU16), ("b1", "injured", None, CRU16), ("b1", "pushed", None, CRU16), ("b1", "derby", None, None),
 ("b1", "reported", None, {A}), ("b1", "crush", None, CRU16), ("b1", "happened", None, CRU16),
 ("b1", "statement", None, SUN17), ("b1", "issued", None, SUN17), ("b1", "said", "Liga Nacional said", {A} | SUN17),
 ("b1", "suspends", None, SUN17), ("b1", "guarantee", None, None), ("b1", "called", None, CRU16),
 ("b1", "ordered", None, {A}), ("b1", "closed", None, None), ("b1", "investigates", None, None),
 ("b1", "said", "Witnesses said", {A}), ("b1", "opened", None, CRU16), ("b1", "held", None, None),
 ("b1", "killed", None, {"2019"}), ("b1", "fight", None, {"2019"}),
 ("b2", "went", None, WE16), ("b2", "match", None, WE16), ("b2", "come", None, None), ("b2", "did", "decent", SUN17),
 ("b2", "stopped", None, SUN17), ("b2", "deny", None, MON18), ("b2", "sold", None, None), ("b2", "arrested", None, TUE19),
 ("b2", "paid", None, None), ("b2", "run", None, None), ("b2", "charged", None, WED20), ("b2", "read", None, None),
 ("b2", "says", None, {A}), ("b2", "resume", None, None), ("b2", "restart", None, None), ("b2", "audit", None, None),
 ("b2", "carried", None, None), ("b2", "asked", None, {"2019"}), ("b2", "killings", None, {"2019"}),
 ("b2", "happened", None, None),
 ("b3", "played", None, SAT06), ("b3", "derby", None, SAT06), ("b3", "crushed", None, CRU16), ("b3", "won", None, SAT06),
 ("b3", "match", "rescheduled", None), ("b3", "rescheduled", None, None), ("b3", "postponed", None, PPB),
 ("b3", "request", None, None), ("b3", "resumed", None, SAT23), ("b3", "announced", None, None),
 ("b3", "charged", None, WED20), ("b3", "crush", None, CRU16), ("b3", "held", None, None), ("b3", "remanded", None, THU21),
 ("b3", "says", None, {A}), ("b3", "appeal", None, None), ("b3", "remains", None, None),
 ("b3", "separated", None, SUN24), ("b3", "fought", None, SUN24), ("b3", "arrested", None, SUN24),
 ("b3", "match", "league match", None),
 # C (2025): Oct 2022 (a Russian cut) apart; 11-01 Sat 07:00 (gas stops); 11-02 Sun (emergency); c1 Mon 11-03
 #    (blackouts begin; coal switch planned for Tuesday); 11-04 Tue (switched); 11-06 Thu (Tiraspol's claim); 11-10 Mon
 #    (EU grant); 11-11 Tue (statement at 23:40; Balti cut that morning, apart); c2 Wed 11-12; 11-15 (planned first gas);
 #    11-19 Wed (gas arrives); 11-20 Thu (blackouts end); c3 Fri 11-21 (with a correction).
 ("c1", "began", None, MON03), ("c1", "blackouts", None, MON03), ("c1", "stopped", "two days after", STP01),
 ("c1", "deliveries", None, None), ("c1", "declared", None, SUN02), ("c1", "ordered", None, SUN02),
 ("c1", "halt", None, None), ("c1", "stopped", "7 a.m.", STP01), ("c1", "said", "Moldovagaz said", {A}),
 ("c1", "cited", None, None), ("c1", "said", "Lungu said", {A}), ("c1", "offered", None, None),
 ("c1", "supply", None, None), ("c1", "replied", None, None), ("c1", "switch", None, None),
 ("c1", "said", "operator said", {A}), ("c1", "supplies", None, None), ("c1", "cut", None, {"2022-10"}),
 ("c1", "pushing", None, None),
 ("c2", "publishes", None, {A}), ("c2", "issued", None, STM11), ("c2", "statement", "publishes the statement", STM11),
 ("c2", "welcomes", None, STM11 | {A}), ("c2", "decision", None, EU10), ("c2", "announced", "announced yesterday", EU10),
 ("c2", "grant", None, None), ("c2", "purchase", None, None), ("c2", "enter", None, None), ("c2", "bought", None, None),
 ("c2", "denies", None, STM11 | {A}), ("c2", "claims", None, THU06), ("c2", "made", None, THU06),
 ("c2", "blocked", None, None), ("c2", "held", None, None), ("c2", "check", None, None), ("c2", "continued", None, None),
 ("c2", "switched", None, TUE04), ("c2", "announced", "operator had announced", None), ("c2", "continue", None, None),
 ("c2", "informs", None, STM11 | {A}), ("c2", "cut", None, BAL11), ("c2", "left", "20,000", BAL11),
 ("c2", "caused", None, BAL11), ("c2", "restored", None, RST11),
 ("c3", "reached", "first time", WED19), ("c3", "planned", None, None), ("c3", "ended", "next day", THU20),
 ("c3", "delivery", None, None), ("c3", "held", None, None), ("c3", "dispute", None, None), ("c3", "pay", None, None),
 ("c3", "said", "officials said", {A}), ("c3", "let", None, WED19), ("c3", "reached", "Tiraspol network", WED19),
 ("c3", "said", "Obolenskii, said", {A}), ("c3", "restart", None, None), ("c3", "stay", None, None),
 ("c3", "said", "earlier version", None), ("c3", "ended", "earlier version", THU20), ("c3", "ended", "They ended", THU20),
 # D (2026): 2018 (a four-month ban) apart; 01-07 Wed (reported missing); 01-11 Sun (body found); 01-13 Tue (son
 #    arrested); 01-14 Wed (deployment suspended); d1 Thu 01-15 (Kuwait rejects that day); 01-16 Fri (visas stopped);
 #    01-18 Sun (body flown home); 01-20 Tue (charged; buried); 01-25 Sun (Riyadh nurse, apart); 01-26 Mon (meeting
 #    planned, postponed); 01-27 Tue (the embassy tells of it); d2 Wed 01-28; 02-08/09 (talks; signed 02-09); 02-16 Mon
 #    (lifted; visas resumed); d3 Tue 02-17 (a trial due in March, never told).
 ("d1", "suspended", None, WED14), ("d1", "deployment", None, None), ("d1", "found", "desert north", SUN11),
 ("d1", "announced", None, WED14 | {A}), ("d1", "found", "near Jahra", SUN11), ("d1", "reported", None, MIS07),
 ("d1", "missing", None, None), ("d1", "arrested", None, TUE13), ("d1", "said", "Migrant Workers said", {A}),
 ("d1", "send", None, None), ("d1", "gives", None, None), ("d1", "told", None, {A} | WED14), ("d1", "returning", None, None),
 ("d1", "covered", None, None), ("d1", "said", "secretary said", {A}), ("d1", "flown", None, None), ("d1", "meet", None, None),
 ("d1", "banned", None, {"2018"}), ("d1", "found", "freezer", {"2018"}),
 ("d2", "stopped", None, FRI16), ("d2", "issuing", None, None), ("d2", "suspended", None, WED14),
 ("d2", "described", None, None), ("d2", "measure", None, FRI16), ("d2", "rejected", None, THU15),
 ("d2", "called", None, THU15), ("d2", "decision", None, WED14), ("d2", "denied", None, THU15), ("d2", "lacked", None, None),
 ("d2", "meeting", None, None), ("d2", "planned", None, None), ("d2", "postponed", None, PPD), ("d2", "request", None, None),
 ("d2", "said", None, TUE27), ("d2", "giving", None, None), ("d2", "charged", None, TUE20), ("d2", "murder", None, None),
 ("d2", "arrest", None, TUE13), ("d2", "died", None, SUN25), ("d2", "fall", None, SUN25), ("d2", "asked", None, None),
 ("d2", "investigate", None, None),
 ("d3", "lifted", "on Monday lifted", MON16b), ("d3", "suspension", "on Monday lifted", None),
 ("d3", "signed", "a week after", MON09), ("d3", "agreement", "a week after", MON09), ("d3", "bars", None, None),
 ("d3", "holding", None, None), ("d3", "sets", None, None), ("d3", "signed", "February 9", MON09),
 ("d3", "agreement", "February 9", MON09), ("d3", "talks", None, TLK), ("d3", "meeting", None, TLK),
 ("d3", "planned", None, None), ("d3", "resumed", None, MON16b), ("d3", "issuing", None, None),
 ("d3", "lifted", "same day", MON16b), ("d3", "said", None, {A}), ("d3", "flown", None, SUN18),
 ("d3", "buried", None, TUE20), ("d3", "trial", None, None), ("d3", "open", None, None), ("d3", "took", None, None),
 ("d3", "told", None, {A}),
]

score_dates(sys.argv[1], EXPECTED)
