"""Hand-written expected dates (written before running chronicle) for the event mentions of
corpus.jsonl: (article, trigger, sentence hint or None, accepted). accepted: a set of TIMEX
values the mention's date_value may have (source text), "article" in the set = the article-date fallback
is right, None = not scored. A listed mention chronicle does not extract counts as MISSING (reported
apart from wrong dates). python expected_dates.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import ARTICLE as A, score_dates  # noqa: E402

# A. Madagascar (2024)
BAN13 = {"2024-11-13"}                                                # the prefect "banned the rally on Wednesday" / "three days earlier"
RAL16 = {"2024-11-16"}                                                # the rally held in defiance "on Saturday" / "on 16 November"
NOON16 = {"2024-11-16", "2024-11-16TAF", "2024-11-16TMD", "2024-11-16T12:00"}  # gendarmes "charged the crowd shortly after noon"
ARR16 = {"2024-11-16", "2024-11-16TEV", "2024-11-16TNI"}              # the leader arrested "late the same evening" / "on the evening of"
SAY16A = {A, "2024-11-16", "2024-11-17"}                              # undated sayings in the article of Sunday 17 November
DNY17 = {"2024-11-17"}                                                # the spokesman "on Sunday denied"
HLD16N = {"2024-11-16", "2024-11-16TNI"}                              # the reporters "held overnight"
REL17M = {"2024-11-17", "2024-11-17TMO"}                              # "released the following morning"
SAY18A = {A, "2024-11-18"}                                            # the alert of 18 November: condemns, calls, urges, said
Y2021 = {"2021"}                                                      # three reporters arrested in Toliara in 2021 (apart)
Y2009F = {"2009-02-07"}                                               # presidential guards fired "on 7 February that year" (apart)
Y2009 = {"2009"}                                                      # the 2009 protests (apart)
CHG18 = {"2024-11-18"}                                                # charged and placed in detention "on Monday 18 November"
SAY19A = {A, "2024-11-18", "2024-11-19"}                              # the lawyers said; he rejects the accusations
TOA19 = {"2024-11-19", "2024-11-19TMO"}                               # the Toamasina deputy arrested "this Tuesday 19 November at dawn" (apart)
MUS15 = {"2024-11-15"}                                                # bulletin: Mauritius's assembly "on Friday 15 November" (unrelated)
SEY18 = {"2024-11-18"}                                                # bulletin: the Seychelles president "on Monday 18 November" (unrelated)
PPN21 = {"2024-11-21"}                                                # the bail hearing postponed "on Thursday 21 November"
BAIL28 = {"2024-11-28", "2024-11-28TMO", "2024-11-28TAF"}             # bail granted "hours" before "Thursday evening"
LVE28 = {"2024-11-28", "2024-11-28TEV"}                               # he leaves prison "on Thursday evening"
NGT28 = {"2024-11-28", "2024-11-28TEV", "2024-11-28TNI"}              # supporters dance "the same night"
DRP29A = {A, "2024-11-28", "2024-11-29"}                              # "The party has dropped its call"
# B. Uganda and Denmark (2025)
ORD13 = {"2025-05-13"}                                                # Kjærgaard "ordered on Tuesday to leave"; permit revoked; order served
INF13 = {"2025-05-13", "2025-05-13TMO"}                               # "informed us on the morning of 13 May"
SUM14 = {"2025-05-14"}                                                # the charge d'affaires summoned "on Wednesday"; the denial "the same day"
FLY15 = {"2025-05-15", "2025-05-15TEV"}                               # "She flew out on Thursday evening"; "a day after ... put on a plane"
LFT15 = {"2025-05-15"}                                                # "the day after the charity's country director left Uganda"
SUS16 = {"2025-05-16"}                                                # the programme suspended "on Friday" / "on 16 May"
SAY16B = {A, "2025-05-16"}                                            # the minister's undated saying
Y2021A = {"2021-08"}                                                  # the NGO Bureau halted 54 organisations "in August 2021" (apart)
Y2018 = {"2018"}                                                      # Denmark withheld aid to Tanzania in 2018 (apart)
SPK29 = {"2025-05-29"}                                                # the ambassador "spoke to the Observer on Thursday"
GUL19 = {"2025-05-19"}                                                # two Ugandan staff "arrested on Monday the 19th" (apart)
GUL19W = {"2025-05-19", "2025-W21"}                                   # the question's "arrested in Gulu last week"
GUL21 = {"2025-05-21"}                                                # "freed on police bond two days later"
MOV28 = {"2025-05-28"}                                                # "Yesterday we agreed ... to move her visit", said on Thursday 29 May
ARV10 = {"2025-06-10"}                                                # Holm arrived "on Tuesday, 10 June" (the correction's wrong Monday too)
SAY13 = {"2025-06-13"}                                                # the Danish foreign ministry "said on Friday"
MET11 = {"2025-06-11"}                                                # met Museveni "on Wednesday"
SAY13A = {A, "2025-06-13"}                                            # Kjærgaard's undated saying
# C. Cyprus (2026)
SET10 = {"2026-01-10", "2026-01-10TNI"}                               # the post "set up on Saturday night" / "Sat 10 Jan, night"
HRT12 = {"2026-01-12"}                                                # the patrol pushed back, two peacekeepers hurt "on Monday"
SAY12A = {A, "2026-01-12", "2026-01-13"}                              # undated sayings in the article of Tuesday 13 January
THR12 = {"2026-01-12", "2026-01-12TEV"}                               # the Turkish Cypriot leader "said on Monday evening ... and warned"
Y2023C = {"2023-08"}                                                  # the Pyla scuffle "In August 2023" (apart)
CMP13 = {"2026-01-13"}                                                # "Tue 13 Jan | Cyprus lodges a formal complaint"
PPN15 = {"2026-01-15"}                                                # "Thu 15 Jan | Council talks ... are postponed"
HNT16 = {"2026-01-16"}                                                # the hunter detained near Deneia (apart)
HNT17 = {"2026-01-17"}                                                # the hunter "freed the next day" / "the following day"
FIN1617 = {"2026-01-16", "2026-01-17"}                                # "he is fined and freed the next day"; "paid his fine"
UNSC20 = {"2026-01-20"}                                               # the Council's consultations and press statement "Tue 20 Jan"
DSM31 = {"2026-01-31"}                                                # the post "dismantled ... on Saturday"
SAY31A = {A, "2026-01-31", "2026-02-01", "2026-02-02"}                # "UN peacekeepers said"
DEAL28 = {"2026-01-28"}                                               # "accepted" three days before Saturday; "The deal was reached on Wednesday"
MET2628 = {"2026-01-26", "2026-01-28", "2026-01-28TMO"}               # the envoy "met the two leaders separately on 26 January and then together ... on Wednesday morning"
# D. Trinidad and Tobago and Venezuela (2023)
DET03 = {"2023-03-03"}                                                # the 40 "detained on 3 March"
ORD06 = {"2023-03-06"}                                                # the deportation orders "on 6 March"
INJ09 = {"2023-03-09"}                                                # the High Court "halted on 9 March the deportation"
INJ09E = {"2023-03-09", "2023-03-09TEV"}                              # "On the evening of 9 March a judge ... granted an interim injunction"
APL10 = {"2023-03-10"}                                                # the Attorney General "appealed ... on 10 March" / "the next day"; Caracas's call
GUY08 = {"2023-03-08"}                                                # bulletin: two men arrested in Georgetown (unrelated)
BRB07 = {"2023-03-07"}                                                # bulletin: Barbados's parliament (unrelated)
HRD16 = {"2023-03-16"}                                                # "The appeal was heard on 16 March"
LFT20 = {"2023-03-20"}                                                # the Court of Appeal lifted the injunction "a day after" / "On 20 March"
VIG20 = {"2023-03-20", "2023-03-20TEV", "2023-03-20TNI"}              # the vigil "on Monday night"
DEP21 = {"2023-03-21", "2023-03-21TMO"}                               # deported "at dawn on Tuesday"
DEP21D = {"2023-03-21"}                                               # "removed to Venezuela on 21 March"
SAY21A = {A, "2023-03-21", "2023-03-22"}                              # the ministry's and the lawyers' undated sayings
UNH21 = {"2023-03-21"}                                                # the UN refugee agency "said on Tuesday"
CED11 = {"2023-W11"}                                                  # 22 detained off Cedros "last week" (apart)
Y2019 = {"2019"}                                                      # 82 deported in 2019 (apart)
JDG13 = {"2023-04-13"}                                                # the reasons "delivered on 13 April 2023"
HELD = {"2023-03-20", "2023-04-13"}                                   # "Held: the appeal was allowed" (the order of 20 March, the reasons of 13 April)

EXPECTED = [
 ("a1", "fired", "tear gas", RAL16), ("a1", "gathered", None, RAL16), ("a1", "ban", None, None),
 ("a1", "arrested", None, ARR16), ("a1", "said", "his party said", SAY16A), ("a1", "banned", None, BAN13),
 ("a1", "citing", None, None), ("a1", "say", None, SAY16A), ("a1", "notified", None, None),
 ("a1", "said", "Witnesses said", SAY16A), ("a1", "charged", None, NOON16), ("a1", "chased", None, NOON16),
 ("a1", "detained", None, RAL16), ("a1", "filming", None, None), ("a1", "denied", None, DNY17),
 ("a1", "arrest", None, ARR16), ("a1", "called", None, DNY17), ("a1", "said", "would call a general strike", SAY16A),
 ("a1", "call", None, None), ("a1", "strike", None, None), ("a1", "freed", None, None),
 ("a1", "protests", None, Y2009), ("a1", "ended", None, Y2009), ("a1", "fired", "presidential guards", Y2009F),
 ("a1", "killing", None, Y2009F),
 ("a2", "condemns", None, SAY18A), ("a2", "detention", None, RAL16), ("a2", "calls", None, SAY18A),
 ("a2", "return", None, None), ("a2", "arrested", None, RAL16), ("a2", "covering", None, None),
 ("a2", "rally", None, RAL16), ("a2", "banned", None, BAN13), ("a2", "held", None, HLD16N),
 ("a2", "released", None, REL17M), ("a2", "confiscated", None, None), ("a2", "returned", None, None),
 ("a2", "said", None, SAY18A), ("a2", "urges", None, SAY18A), ("a2", "investigation", None, None),
 ("a2", "seizure", None, None), ("a2", "documented", None, Y2021), ("a2", "arrest", None, Y2021),
 ("a2", "protest", None, Y2021),
 ("a3", "charged", None, CHG18), ("a3", "placed", None, CHG18), ("a3", "said", None, SAY19A),
 ("a3", "arrested", "Arrested on the evening", ARR16), ("a3", "rally", None, RAL16), ("a3", "forbidden", None, None),
 ("a3", "rejects", None, SAY19A), ("a3", "request", None, None), ("a3", "hearing", None, None),
 ("a3", "arrested", "Lalao Rasoanirina", TOA19), ("a3", "gave", None, None), ("a3", "adopted", None, MUS15),
 ("a3", "boycotted", None, MUS15), ("a3", "vote", None, MUS15), ("a3", "received", None, SEY18),
 ("a4", "wave", None, RAL16), ("a4", "banned", None, BAN13), ("a4", "rally", None, None), ("a4", "fires", None, RAL16),
 ("a4", "speak", None, PPN21), ("a4", "postponed", None, PPN21), ("a4", "hearing", None, None),
 ("a4", "raises", None, LVE28), ("a4", "leaves", None, LVE28), ("a4", "granted", None, BAIL28),
 ("a4", "report", None, None), ("a4", "dance", None, NGT28), ("a4", "dropped", None, DRP29A),
 ("a4", "call", None, None), ("a4", "strike", None, None),
 ("b1", "suspended", None, SUS16), ("b1", "put", None, FLY15), ("b1", "expulsion", None, None),
 ("b1", "ordered", None, ORD13), ("b1", "leave", None, None), ("b1", "revoked", None, ORD13),
 ("b1", "accusing", None, None), ("b1", "financing", None, None), ("b1", "flew", None, FLY15),
 ("b1", "summoned", None, SUM14), ("b1", "denied", None, SUM14), ("b1", "saying", None, None),
 ("b1", "broken", None, None), ("b1", "said", None, SAY16B), ("b1", "suspension", None, None),
 ("b1", "explained", None, None), ("b1", "travel", None, None), ("b1", "halted", None, Y2021A),
 ("b1", "withheld", None, Y2018),
 ("b2", "spoke", None, SPK29), ("b2", "expelled", None, None), ("b2", "informed", None, INF13),
 ("b2", "served", None, ORD13), ("b2", "asked", None, None), ("b2", "arrested", "Ugandan employees", GUL19W),
 ("b2", "arrested", "Monday the 19th", GUL19), ("b2", "freed", None, GUL21), ("b2", "told", None, None),
 ("b2", "link", None, None), ("b2", "come", None, None), ("b2", "agreed", None, MOV28), ("b2", "move", None, None),
 ("b2", "visit", None, None), ("b2", "review", None, None), ("b2", "suspended", None, SUS16),
 ("b3", "arrived", "An earlier version", ARV10), ("b3", "arrived", "She arrived on Tuesday", ARV10),
 ("b3", "said", "An earlier version", None), ("b3", "resume", None, None), ("b3", "suspended", "resume its suspended", None),
 ("b3", "said", "foreign ministry said", SAY13), ("b3", "agreed", None, ARV10),
 ("b3", "arrived", "Holm arrived in Kampala on Tuesday", ARV10), ("b3", "met", None, MET11),
 ("b3", "agreement", None, None), ("b3", "apply", None, None), ("b3", "given", None, None), ("b3", "answer", None, None),
 ("b3", "suspended", "was suspended on 16 May", SUS16), ("b3", "left", None, LFT15), ("b3", "leave", None, None),
 ("b3", "said", "now in Copenhagen", SAY13A), ("b3", "go", None, None),
 ("c1", "injured", None, HRT12), ("c1", "pushed", None, HRT12), ("c1", "checking", None, None),
 ("c1", "said", "UN mission in Cyprus said", SAY12A), ("c1", "set", None, SET10), ("c1", "called", None, None),
 ("c1", "treated", None, None), ("c1", "discharged", None, None), ("c1", "condemned", None, SAY12A),
 ("c1", "assault", None, HRT12), ("c1", "lodge", None, None), ("c1", "complaint", None, None),
 ("c1", "said", "its spokesman said", SAY12A), ("c1", "said", "said on Monday evening", THR12), ("c1", "warned", None, THR12),
 ("c1", "follow", None, None), ("c1", "remove", None, None), ("c1", "discuss", None, None),
 ("c1", "consultations", None, None), ("c1", "scuffled", None, Y2023C), ("c1", "blocked", None, Y2023C),
 ("c2", "reached", None, UNSC20), ("c2", "place", None, SET10), ("c2", "push", None, HRT12), ("c2", "hurt", None, HRT12),
 ("c2", "threatens", None, HRT12), ("c2", "put", None, None), ("c2", "lodges", None, CMP13),
 ("c2", "complaint", None, CMP13), ("c2", "talks", None, None), ("c2", "postponed", None, PPN15),
 ("c2", "request", None, None), ("c2", "detain", None, HNT16), ("c2", "fined", None, FIN1617),
 ("c2", "freed", None, HNT17), ("c2", "holds", None, UNSC20), ("c2", "consultations", None, UNSC20),
 ("c2", "issues", None, UNSC20), ("c2", "statement", None, UNSC20), ("c2", "calling", None, UNSC20),
 ("c2", "removed", None, None), ("c2", "meet", None, None),
 ("c3", "dismantled", None, DSM31), ("c3", "placed", None, None), ("c3", "said", "UN peacekeepers said", SAY31A),
 ("c3", "accepted", None, DEAL28), ("c3", "remove", None, None), ("c3", "deal", None, DEAL28),
 ("c3", "reached", None, DEAL28), ("c3", "met", None, MET2628), ("c3", "withdraw", None, None),
 ("c3", "increase", None, None), ("c3", "called", None, UNSC20), ("c3", "removal", None, None),
 ("c3", "detained", None, HNT16), ("c3", "paid", None, FIN1617), ("c3", "freed", None, HNT17),
 ("c3", "said", "UNFICYP said", {A}), ("c3", "publish", None, None), ("c3", "inquiry", None, None),
 ("d1", "halted", None, INJ09), ("d1", "deportation", None, None), ("d1", "detained", None, DET03),
 ("d1", "landing", None, None), ("d1", "ordered", None, ORD06), ("d1", "expulsion", None, None),
 ("d1", "planned", None, None), ("d1", "return", None, None), ("d1", "appealed", None, APL10),
 ("d1", "remain", None, None), ("d1", "called", None, APL10), ("d1", "announced", None, APL10),
 ("d1", "send", None, None), ("d1", "arrested", None, GUY08), ("d1", "smuggling", None, None),
 ("d1", "approved", None, BRB07),
 ("d2", "deported", "at dawn on Tuesday", DEP21), ("d2", "lifted", None, LFT20), ("d2", "blocked", None, None),
 ("d2", "removal", None, None), ("d2", "taken", None, DEP21), ("d2", "said", "Ministry of National Security said", SAY21A),
 ("d2", "said", "Lawyers for the families said", SAY21A), ("d2", "told", None, None), ("d2", "left", None, DEP21),
 ("d2", "held", "vigil", VIG20), ("d2", "vigil", None, VIG20), ("d2", "ruling", None, LFT20),
 ("d2", "said", "refugee agency said", UNH21), ("d2", "regretted", None, UNH21), ("d2", "asked", None, None),
 ("d2", "detained", None, CED11), ("d2", "held", "being held", None), ("d2", "deported", "In 2019", Y2019),
 ("d2", "protests", None, Y2019),
 ("d3", "delivered", None, JDG13), ("d3", "entered", None, None), ("d3", "detained", None, DET03),
 ("d3", "made", None, ORD06), ("d3", "orders", None, ORD06), ("d3", "removal", None, None), ("d3", "fixed", None, None),
 ("d3", "granted", None, INJ09E), ("d3", "injunction", "interim injunction", INJ09E), ("d3", "restraining", None, None),
 ("d3", "hearing", None, None), ("d3", "listed", None, None), ("d3", "appealed", None, APL10),
 ("d3", "heard", None, HRD16), ("d3", "allowed", "On 20 March this Court", LFT20), ("d3", "discharged", None, LFT20),
 ("d3", "injunction", "discharged the injunction", LFT20), ("d3", "stating", None, LFT20), ("d3", "follow", None, None),
 ("d3", "removed", None, DEP21D), ("d3", "allowed", "Held", HELD), ("d3", "erred", None, None),
]

score_dates(sys.argv[1], EXPECTED)
