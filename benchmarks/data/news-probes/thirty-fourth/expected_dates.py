"""Hand-written expected dates (written before running chronicle) for the event mentions of
corpus.jsonl: (article, trigger, sentence hint or None, accepted). accepted: a set of TIMEX
values the mention's date_value may have (source text), "article" in the set = the article-date fallback
is right, None = not scored. A listed mention chronicle does not extract counts as MISSING (reported
apart from wrong dates). python expected_dates.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import ARTICLE as A, score_dates  # noqa: E402

# A. Moldova and Russia (2025)
DET13 = {"2025-02-13"}                                                # Ciobanu detained "the previous day" / "On 13 February 2025"
STP13 = {"2025-02-13", "2025-02-13TAF"}                               # "stopped on Thursday afternoon", taken to Tiraspol
SUM14 = {"2025-02-14"}                                                # the ambassador summoned "on Friday", the note handed
SAY14A = {A, "2025-02-14"}                                            # "the foreign ministry said", the embassy's denial (undated)
Y2023J = {"2023-07"}                                                  # the embassy staff cut "In July 2023" (apart)
DCL17 = {"2025-02-17"}                                                # the note "delivered on Monday", dated 17 February: decided, declare
PUB18 = {"2025-02-18"}                                                # published "on Tuesday"; the spokeswoman "said on Tuesday"
ORD18 = {"2025-02-18", "2025-02-18TAF", "2025-02-18TEV"}              # "Hours later" a Moldovan counsellor ordered out
LVA20 = {"2025-02-20"}                                                # factbox "Feb 20: the Russian attaché leaves"
LVM21 = {"2025-02-21"}                                                # factbox "Feb 21: the Moldovan counsellor leaves"; talks put off
FRM22 = {"2025-02-22"}                                                # a farmer detained near Dubăsari (apart)
FRM22E = {"2025-02-22", "2025-02-22TEV"}                              # the farmer "released the same evening" (apart)
TLK25 = {"2025-02-25"}                                                # the Bender talks held, the agreement
FRE26 = {"2025-02-26"}                                                # Ciobanu "freed on Wednesday"; the spokesman "said on Wednesday"
HND26 = {"2025-02-26", "2025-02-26TAF"}                               # "handed over ... in the afternoon"
# B. Kenya, Taita Taveta County (2024)
EVI03 = {"2024-09-03"}                                                # the evictions "on Tuesday" / "the previous day" / "On September 3"
PRT04 = {"2024-09-04"}                                                # the road blocked, tear gas, twelve arrested "on Wednesday"
SAY05A = {A, "2024-09-04", "2024-09-05"}                              # the governor's office's undated denial
Y2015 = {"2015"}                                                      # the court order of 2015 (background)
CHG06 = {"2024-09-06"}                                                # the twelve charged and freed "on September 6"
TBL10 = {"2024-09-10"}                                                # the motion "first tabled on 10 September"
ORD16 = {"2024-09-16"}                                                # the Land Court's order "on Monday 16 September"
DEC18 = {"2024-09-18"}                                                # the High Court "declined on Wednesday" (minutes of the 19th)
SIT19 = {"2024-09-19", "2024-09-19TAF"}                               # the sitting of Thursday 19 September at 2.30 p.m.
RCH20 = {"2024-09-20"}                                                # the resolution "reached the Senate the next day"
ADJ30 = {"2024-09-30"}                                                # the protesters' case "adjourned on Monday"
HRD0102 = {"2024-10-01", "2024-10-02"}                                # the committee "heard the case on Tuesday and Wednesday"
SEN02 = {"2024-10-02", "2024-10-02TEV", "2024-10-02TNI"}              # the Senate's vote "late on Wednesday"
Y2024A = {"2024-08"}                                                  # Kirinyaga's governor's removal upheld "In August" (apart)
# C. The Bahamas and Cuba (2026)
DET07 = {"2026-03-07", "2026-03-07TEV", "2026-03-07TNI"}              # the Caribe Luna detained "late on Saturday"
DET07W = DET07 | {"2026-03-06"}                                      # c3 "two weeks after ... detained it" (from Friday 20 March):
                                                                      # the text's own count (6 March) accepted too (a slip fixed after the first run)
ESC08 = {"2026-03-08"}                                                # escorted to Nassau "on Sunday"; the captain arrested "on arrival"
SAY09A = {A, "2026-03-09"}                                            # the force said / the spokesman said (undated)
ASK09A = {A, "2026-03-08", "2026-03-09"}                              # the embassy "said on Monday it had asked"
DOM09 = {"2026-03-09"}                                                # the Dominican boat detained "the same day" (apart)
Y2019 = {"2019"}                                                      # two Cuban boats seized in 2019 (apart)
NOT11 = {"2026-03-11"}                                                # the protest note handed "on Wednesday"; the denial "the same day"
VIS12 = {"2026-03-12"}                                                # the consul's visit "On Thursday"
CHG13 = {"2026-03-13"}                                                # the captain charged and remanded "today"
SAY13A = {A, "2026-03-13"}                                            # the attorney general's office said (undated)
BRB10 = {"2026-03-10"}                                                # round-up: Barbados's parliament "on Tuesday" (unrelated)
GUY12 = {"2026-03-12"}                                                # round-up: Georgetown march "on Thursday" (unrelated)
JAM11 = {"2026-03-11"}                                                # round-up: Jamaica's arrest "on Wednesday" (unrelated)
FLN17 = {"2026-03-17"}                                                # the crew "flown to Havana on Tuesday"
LFT20 = {"2026-03-20", "2026-03-20TAF"}                               # the ship "left Nassau on Friday afternoon"
REL19 = {"2026-03-19"}                                                # "A magistrate had released the ship on Thursday"
MET18 = {"2026-03-18"}                                                # "a day after Cuba's ambassador met"; the Dominican crew fined
SAY20 = {"2026-03-20"}                                                # "Havana said on Friday"
# D. Cameroon and Equatorial Guinea (2023)
KIL13 = {"2023-05-13", "2023-05-13TEV"}                               # Ngono "shot dead on Saturday evening"
KIL13D = {"2023-05-13"}                                               # the killing told without its part of day ("on May 13")
BLK14 = {"2023-05-14"}                                                # "a day after Cameroonian traders burned tyres and blocked"
CLS15 = {"2023-05-15"}                                                # the border closed "on Monday"
SAY15A = {A, "2023-05-15"}                                            # the government's / the governor's undated sayings
Y2017D = {"2017-12"}                                                  # the crossing closed "in December 2017" (apart)
SUM16 = {"2023-05-16"}                                                # the ambassador summoned "on Tuesday"
DNY17 = {"2023-05-17"}                                                # the denial "yesterday" (podcast of Thursday)
GAB16 = {"2023-05-16", "2023-05-16TNI"}                               # the Mongomo crossing shut "on Tuesday night" (apart)
PPN21 = {"2023-05-21", "2023-05-21TEV"}                               # the meeting "postponed on Sunday evening"
AGR25 = {"2023-05-25"}                                                # "agreed on Thursday"; the commission met
OPN25 = {"2023-05-25", "2023-05-25TMO"}                               # "opened on Thursday morning"
ARR24 = {"2023-05-24"}                                                # two soldiers "arrested ... on Wednesday"
SAY26A = {A, "2023-05-24", "2023-05-25", "2023-05-26"}                # the police chief's undated saying
REO29 = {"2023-05-29", "2023-05-29TMO"}                               # reopened, lorries crossing "on Monday morning"
AGRW21 = {"2023-W21", "2023-05-25"}                                   # "as the two governments had agreed last week"
MAR29 = {"2023-05-29", "2023-05-29TAF"}                               # the march "the same afternoon"
INQ30 = {"2023-05-30"}                                                # the inquiry team "began work ... on Tuesday"; "said yesterday"

EXPECTED = [
 ("a1", "summoned", None, SUM14), ("a1", "detained", None, DET13), ("a1", "said", "the foreign ministry said", SAY14A),
 ("a1", "stopped", None, STP13), ("a1", "driving", None, None), ("a1", "taken", None, STP13),
 ("a1", "said", "officials in Chisinau said", SAY14A), ("a1", "helped", None, DET13), ("a1", "hold", None, None),
 ("a1", "denied", None, SAY14A), ("a1", "handed", None, SUM14), ("a1", "told", None, SUM14),
 ("a1", "take", None, None), ("a1", "raise", None, None), ("a1", "Talks", None, None), ("a1", "cut", None, Y2023J),
 ("a1", "accusing", None, None), ("a1", "plotting", None, None),
 ("a2", "delivered", None, DCL17), ("a2", "published", None, PUB18), ("a2", "detained", None, DET13),
 ("a2", "decided", None, DCL17), ("a2", "declare", None, DCL17), ("a2", "leave", "within 72 hours", None),
 ("a2", "said", "spokeswoman said", PUB18), ("a2", "respond", None, None), ("a2", "ordered", None, ORD18),
 ("a2", "leave", "by Friday", None),
 ("a3", "freed", None, FRE26), ("a3", "talks", "the first talks in five months", TLK25),
 ("a3", "detained", "Varnița checkpoint", DET13), ("a3", "took", None, DET13), ("a3", "summoned", None, SUM14),
 ("a3", "handed", "protest note", SUM14), ("a3", "declared", None, DCL17), ("a3", "given", None, DCL17),
 ("a3", "leave", "72 hours to leave", None), ("a3", "orders", None, ORD18), ("a3", "leaves", "Russian attaché leaves", LVA20),
 ("a3", "leaves", "Moldovan counsellor leaves", LVM21), ("a3", "talks", "due that day", None), ("a3", "put", None, LVM21),
 ("a3", "detain", None, FRM22), ("a3", "released", None, FRM22E), ("a3", "talks", "talks are held", TLK25),
 ("a3", "held", None, TLK25), ("a3", "agree", None, TLK25), ("a3", "release", None, None),
 ("a3", "handed", "Varnița bridge", HND26), ("a3", "raise", None, None), ("a3", "said", "A spokesman said", FRE26),
 ("b1", "fired", None, PRT04), ("b1", "blocked", None, PRT04), ("b1", "protest", None, PRT04),
 ("b1", "demolition", None, EVI03), ("b1", "arrested", None, PRT04), ("b1", "evicted", None, EVI03),
 ("b1", "escorted", None, EVI03), ("b1", "flattened", None, EVI03), ("b1", "denied", None, SAY05A),
 ("b1", "eviction", None, None), ("b1", "ordered", None, Y2015), ("b1", "charged", None, None),
 ("b1", "table", None, None), ("b1", "impeach", None, None),
 ("b2", "confirmed", None, SIT19), ("b2", "reported", None, SIT19), ("b2", "deferred", None, None),
 ("b2", "filed", None, None), ("b2", "declined", None, DEC18), ("b2", "stop", None, None), ("b2", "vote", None, None),
 ("b2", "moved", None, SIT19), ("b2", "tabled", None, TBL10), ("b2", "denied", None, SIT19),
 ("b2", "allocated", None, None), ("b2", "voted", None, SIT19), ("b2", "carried", None, SIT19),
 ("b2", "forward", None, None), ("b2", "ordered", None, ORD16), ("b2", "halt", None, None),
 ("b3", "voted", "on Wednesday voted to throw out", SEN02), ("b3", "throw", None, SEN02),
 ("b3", "evicted", None, EVI03), ("b3", "escorted", None, EVI03), ("b3", "charged", "Twelve were charged", CHG06),
 ("b3", "freed", None, CHG06), ("b3", "adjourned", None, ADJ30), ("b3", "reached", None, RCH20),
 ("b3", "heard", None, HRD0102), ("b3", "voted", "voted 26 to 14", SEN02), ("b3", "reject", None, SEN02),
 ("b3", "upheld", None, Y2024A), ("b3", "removal", None, None), ("b3", "order", None, ORD16),
 ("b3", "march", None, None), ("b3", "demand", None, None),
 ("c1", "detained", "Royal Bahamas Defence Force detained", DET07), ("c1", "escorted", None, ESC08),
 ("c1", "said", "the force said", SAY09A), ("c1", "arrested", None, ESC08), ("c1", "questioned", None, SAY09A),
 ("c1", "asked", None, ASK09A), ("c1", "detained", "Dominican-flagged", DOM09), ("c1", "seized", None, Y2019),
 ("c1", "fined", None, Y2019),
 ("c2", "handed", None, NOT11), ("c2", "accusing", None, None), ("c2", "denied", None, NOT11),
 ("c2", "refused", None, None), ("c2", "visit", "a visit had been arranged", None), ("c2", "visited", None, VIS12),
 ("c2", "charged", None, CHG13), ("c2", "remanded", None, CHG13), ("c2", "said", "attorney general", SAY13A),
 ("c2", "flown", None, None), ("c2", "passed", None, BRB10), ("c2", "marched", None, GUY12),
 ("c2", "arrested", None, JAM11),
 ("c3", "left", None, LFT20), ("c3", "posted", None, None), ("c3", "detained", "two weeks after", DET07W),
 ("c3", "flown", None, FLN17), ("c3", "apply", None, None), ("c3", "released", None, REL19), ("c3", "met", None, MET18),
 ("c3", "said", "Havana said", SAY20), ("c3", "detained", "Dominican fishing boat", DOM09), ("c3", "fined", None, MET18),
 ("d1", "closed", "closed its border", CLS15), ("d1", "burned", None, BLK14), ("d1", "blocked", None, BLK14),
 ("d1", "protest", None, BLK14), ("d1", "killing", None, KIL13D), ("d1", "shot", None, KIL13),
 ("d1", "fired", None, KIL13), ("d1", "refused", None, None), ("d1", "summon", None, None),
 ("d1", "appealed", None, SAY15A), ("d1", "closed", "last closed", Y2017D), ("d1", "foiled", None, Y2017D),
 ("d1", "attempt", None, Y2017D),
 ("d2", "summoned", None, SUM16), ("d2", "demanded", None, SUM16), ("d2", "investigation", None, None),
 ("d2", "told", None, SUM16), ("d2", "denied", None, DNY17), ("d2", "shot", None, None), ("d2", "fired", None, None),
 ("d2", "closure", "costing traders", None), ("d2", "meet", None, None), ("d2", "shut", None, GAB16),
 ("d2", "closure", "nothing to do", GAB16),
 ("d3", "agreed", None, AGR25), ("d3", "reopen", None, None), ("d3", "set", "set up a joint inquiry", None),
 ("d3", "inquiry", None, None), ("d3", "killing", None, KIL13D), ("d3", "met", None, AGR25),
 ("d3", "meeting", None, None), ("d3", "postponed", None, PPN21), ("d3", "opened", None, OPN25),
 ("d3", "arrested", None, ARR24), ("d3", "shooting", None, KIL13D), ("d3", "said", "police chief said", SAY26A),
 ("d3", "arrests", None, ARR24), ("d3", "talks", None, AGR25), ("d3", "take", None, None),
 ("d4", "began", "Lorries began", REO29), ("d4", "crossing", None, REO29), ("d4", "reopened", None, REO29),
 ("d4", "agreed", None, AGRW21), ("d4", "held", None, MAR29), ("d4", "march", "held a march", MAR29),
 ("d4", "killing", None, KIL13D), ("d4", "closure", None, CLS15), ("d4", "march", "passed off", MAR29),
 ("d4", "began", "began work", INQ30), ("d4", "said", None, INQ30), ("d4", "ask", None, None),
]

score_dates(sys.argv[1], EXPECTED)
