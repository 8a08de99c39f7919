"""Hand-written expected dates (written before running chronicle) for the event mentions of
corpus.jsonl: (article, trigger, sentence hint or None, accepted). accepted: a set of TIMEX
values the mention's date_value may have (source text), "article" in the set = the article-date fallback
is right, None = not scored. A listed mention chronicle does not extract counts as MISSING (reported
apart from wrong dates). python expected_dates.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import ARTICLE as A, score_dates  # noqa: E402

Y2019 = {"2019"}                                                      # the 2019 boycott, mandates handed back (apart)
WLK10 = {"2025-11-10"}                                                # the walkout "on Monday", the law passed, deputies left
MON10A = {A, "2025-11-10"}                                            # a1's undated sayings
BLK13 = {"2025-11-13"}                                                # the Vora blockade "for most of Thursday"
CLR13 = {"2025-11-13", "2025-11-13TAF", "2025-11-13TEV"}              # police cleared it (17:05-19:45 in the box)
T0640 = {"2025-11-13", "2025-11-13T06:40", "2025-11-13TMO"}           # timeline lines: the day, the clock time, the part of day
T0915 = {"2025-11-13", "2025-11-13T09:15", "2025-11-13TMO"}
T1330 = {"2025-11-13", "2025-11-13T13:30", "2025-11-13TAF"}
T1705 = {"2025-11-13", "2025-11-13T17:05", "2025-11-13TAF", "2025-11-13TEV"}
T1820 = {"2025-11-13", "2025-11-13T18:20", "2025-11-13TEV", "2025-11-13TAF"}
T1945 = {"2025-11-13", "2025-11-13T19:45", "2025-11-13TEV"}
REL14 = {"2025-11-14", "2025-11-14TMO"}                               # the 22 released "on Friday morning"
FRI14A = {A, "2025-11-14", "2025-11-14TMO"}                           # prosecutors' undated saying
SHK13 = {"2025-11-13"}                                                # the Shkodër bypass blocked "on Thursday" (apart)
PPN18 = {"2025-11-18", "2025-W47"}                                    # the talks "set for last Tuesday but were postponed"
CRT21 = {"2025-11-21"}                                                # the five before a court "on Friday", released
MTG24 = {"2025-11-24"}                                                # the deal struck "yesterday", the agreement
THR47 = {"2025-W47", "2025-11-17", "2025-11-18", "2025-11-19", "2025-11-20", "2025-11-21", "2025-11-22",
         "2025-11-23"}                                                # "as he had threatened last week"
TUE25A = {A, "2025-11-24"}                                            # a3's undated sayings
SUS09 = {"2024-04-09", "2024-04-09TEV"}                               # the suspension read out "on Tuesday evening"
SRC10 = {"2024-04-10", "2024-04-10TMO"}                               # the search "on Wednesday morning", computers taken
WED10A = {A, "2024-04-10", "2024-04-10TMO"}                           # the director's undated sayings in b1
SZ2022 = {"2022-09"}                                                  # the junta seized power "in September 2022"
RFI2022 = {"2022-12", "2023-03"}                                      # RFI "in December of that year" and France 24 "in March 2023"
                                                                      # (apart): one "suspended" heads both acts, the hint cannot tell them
WDR10 = {"2024-04-10"}                                                # the accreditation withdrawn "yesterday" (b2)
GIV = {A, "2024-04-10", "2024-04-11"}                                 # "has been given forty-eight hours" (undated)
RCV11 = {"2024-04-11", "2024-04-11TMO"}                               # the chargé received "this morning"
RCV11A = {A, "2024-04-11", "2024-04-11TMO"}                           # "We explained our position"
APO14 = {"2024-05-14"}                                                # the apology "two days after" = before the lifting
LFT16 = {"2024-05-16"}                                                # the suspension lifted "on Thursday"
AIR17 = {"2024-05-17", "2024-05-17TMO"}                               # back on air "on Friday morning"
B3SAY = {A, "2024-05-16", "2024-05-17", "2024-05-17TMO"}              # the director's undated saying in b3
LDG16 = {"2024-04-16"}                                                # the appeal lodged "on April 16"
LFT13 = {"2024-04-13"}                                                # Verhaegen left "on April 13"
FMS15 = {"2024-05-15"}                                                # Faso Matin suspended "on Wednesday" (apart)
PPN02 = {"2026-03-02"}                                                # India postpones the JRC meeting (c1 "on Monday")
PPN02W = {"2026-03-02", "2026-W10"}                                   # ... "put off last week", "three weeks earlier"
CAL01 = {"2026-03-01"}                                                # the minister's call "the day before the announcement"
SUM03 = {"2026-03-03"}                                                # the deputy high commissioner summoned "on Tuesday"
SUM03A = {A, "2026-03-03"}                                            # "a ministry official said"
TST04 = {"2026-03-04"}                                                # the Teesta committee's meeting put off "on Wednesday" (apart)
THU05 = {"2026-03-05"}                                                # Delhi's reply "on Thursday"
MAR06 = {"2026-03-06"}                                                # the march to Shibganj "on Friday"
EVE06 = {"2026-03-06", "2026-03-06TEV"}                               # ... dispersed "in the evening after a rally"
SPK11 = {"2026-03-11"}                                                # the interview "on Wednesday"
LTR09 = {"2026-03-09"}                                                # the letter received "on Monday"
OPN23 = {"2026-03-23"}                                                # the meeting opened "on Monday", the BSF's statement
AGR24 = {"2026-03-24"}                                                # the flow survey agreed "on Tuesday"
AGR2324 = {"2026-03-23", "2026-03-24"}                                # "had also agreed" during the two-day meeting
C4SAY = {A, "2026-03-23", "2026-03-24"}                               # c4's undated sayings
ARR22 = {"2026-03-22", "2026-03-22TNI"}                               # two Bangladeshis arrested "on Sunday night" (apart)
DHK23A = {A, "2026-03-23"}                                            # Dhaka's undated answer to the BSF
Y1996 = {"1996-12-12"}                                                # the treaty "signed ... on December 12 of that year"
DET14 = {"2023-05-14"}                                                # Wrona detained "since Sunday"
SUM17 = {"2023-05-17"}                                                # the UAE ambassador summoned "on Wednesday"
SUM17A = {A, "2023-05-17"}                                            # d1's undated sayings
Y2018 = {"2018"}                                                      # the British student held in 2018 (apart)
CHG22 = {"2023-05-22"}                                                # charged "on 22 May 2023"
ADJ05 = {"2023-06-05"}                                                # the hearing "set for 5 June 2023 was adjourned"
VRD12 = {"2023-06-12"}                                                # the hearing of 12 June and the judgment (dateline)
PAY13 = {"2023-06-13"}                                                # the fine paid "on Tuesday"
PAY13A = {A, "2023-06-13"}                                            # "the foreign ministry said"
DEP15 = {"2023-06-15"}                                                # deported "on Thursday"
LND15 = {"2023-06-15", "2023-06-15TEV"}                               # landed "that evening", told reporters at the airport
LND15A = {A, "2023-06-15", "2023-06-15TEV"}                           # "He said he would not appeal"
VIS19 = {"2023-05-19"}                                                # the consul's visit "on May 19"
TOU03 = {"2023-06-03"}                                                # the tourist arrested "on June 3" (apart)

EXPECTED = [
 # A (2025): 2019 apart; Mon 11-10 (walkout, the law passed); a1 Tue 11-11; Thu 11-13 (the Vora blockade, cleared,
 #    22 detained; the Shkodër bypass blocked, apart); a2 Fri 11-14 (the 22 released); Tue 11-18 (the talks, postponed);
 #    Fri 11-21 (the five in court, released pending trial); Mon 11-24 (the deal); a3 Tue 11-25; Thu 11-27 (the return, told
 #    ahead).
 ("a1", "walked", None, WLK10), ("a1", "said", "would boycott", WLK10), ("a1", "boycott", "would boycott", None),
 ("a1", "withdraws", None, None), ("a1", "vetting", None, None), ("a1", "passed", None, WLK10), ("a1", "left", None, WLK10),
 ("a1", "told", None, MON10A), ("a1", "block", None, None), ("a1", "takes", None, None), ("a1", "called", None, MON10A),
 ("a1", "boycott", "walk away", None), ("a1", "said", "invite", MON10A), ("a1", "invite", None, None),
 ("a1", "talks", None, None), ("a1", "boycotted", None, Y2019), ("a1", "handed", None, Y2019),
 ("a2", "blocked", "Vora for most", BLK13), ("a2", "cleared", None, CLR13), ("a2", "detained", "Twenty-two", BLK13 | T1820),
 ("a2", "unfolded", None, None), ("a2", "sit", None, T0640), ("a2", "backs", None, T0640), ("a2", "addresses", None, T0915),
 ("a2", "says", "stay shut", T0915), ("a2", "shut", None, None), ("a2", "withdrawn", None, None), ("a2", "give", None, T1330),
 ("a2", "leave", None, None), ("a2", "used", None, T1705), ("a2", "push", None, T1705), ("a2", "throw", None, T1705),
 ("a2", "say", "22 people", T1820), ("a2", "detained", "22 people have been", BLK13 | T1820), ("a2", "injured", None, BLK13 | T1820),
 ("a2", "reopens", None, T1945), ("a2", "released", None, REL14), ("a2", "said", "prosecutors said", FRI14A),
 ("a2", "charged", None, None), ("a2", "blocking", None, None), ("a2", "protesting", None, None),
 ("a2", "blocked", "Shkodër", SHK13), ("a2", "protest", "not linked", None),
 ("a3", "take", None, None), ("a3", "boycott", "will have lasted", None), ("a3", "lasted", None, None),
 ("a3", "caused", None, None), ("a3", "struck", None, MTG24), ("a3", "meeting", "deal was struck", MTG24),
 ("a3", "called", "meeting called", None), ("a3", "talks", "had been set", None), ("a3", "set", None, None),
 ("a3", "postponed", None, PPN18), ("a3", "said", "would not attend", None), ("a3", "attend", None, None),
 ("a3", "charges", None, None), ("a3", "dropped", "unless the charges", None), ("a3", "dropped", "They were not dropped", None),
 ("a3", "appeared", None, CRT21), ("a3", "released", None, CRT21), ("a3", "trial", None, None),
 ("a3", "agreement", None, MTG24), ("a3", "ask", None, None), ("a3", "opinion", None, None), ("a3", "apply", None, None),
 ("a3", "published", None, None), ("a3", "said", "block the highway again", TUE25A), ("a3", "block", None, None),
 ("a3", "threatened", None, THR47), ("a3", "denied", None, TUE25A), ("a3", "offered", None, None),
 # B (2024): Sep 2022 (the coup), Dec 2022 (RFI suspended) and Mar 2023 (France 24) apart; Tue 04-09 evening (Radio
 #    Kouritenga suspended); b1 Wed 04-10 (the search; the accreditation withdrawn); b2 Thu 04-11 (the chargé received);
 #    Sat 04-13 (Verhaegen leaves); Mon 04-15 (the march, never held); Tue 04-16 (the appeal lodged); Tue 05-14 (the
 #    apology); Wed 05-15 (Faso Matin suspended, apart); Thu 05-16 (the suspension lifted); b3 Fri 05-17 (back on air).
 ("b1", "suspended", "Radio Kouritenga", SUS09), ("b1", "interview", None, None), ("b1", "presented", None, None),
 ("b1", "said", "statement read", SUS09), ("b1", "accused", None, SUS09), ("b1", "giving", None, None),
 ("b1", "ordered", None, SUS09), ("b1", "searched", None, SRC10), ("b1", "took", None, SRC10), ("b1", "told", None, WED10A),
 ("b1", "said", "would appeal", WED10A), ("b1", "appeal", None, None), ("b1", "seized", None, SZ2022),
 ("b1", "suspended", "Radio France Internationale", RFI2022), ("b1", "conducted", None, None),
 ("b1", "said", "not been contacted", WED10A), ("b1", "contacted", None, None),
 ("b2", "interviewed", None, None), ("b2", "withdrawn", "accreditation", WDR10), ("b2", "given", None, GIV),
 ("b2", "leave", None, None), ("b2", "expulsion", None, None), ("b2", "says", "Belgium says", {A}), ("b2", "asked", None, None),
 ("b2", "protested", None, None), ("b2", "received", None, RCV11), ("b2", "explained", None, RCV11A),
 ("b2", "summon", None, None), ("b2", "called", None, None), ("b2", "march", None, None), ("b2", "suspension", None, None),
 ("b2", "allowed", None, None), ("b2", "filed", None, None), ("b2", "seized", "Were the station", None),
 ("b2", "seized", "Nothing was seized", None), ("b2", "taken", None, SRC10), ("b2", "returned", None, None),
 ("b3", "lifted", None, LFT16), ("b3", "suspension", "lifted the suspension", None), ("b3", "end", None, None),
 ("b3", "apologised", None, APO14), ("b3", "went", None, AIR17), ("b3", "said", "withdrawn the appeal", B3SAY),
 ("b3", "withdrawn", None, None), ("b3", "appeal", None, None), ("b3", "lodged", None, LDG16), ("b3", "heard", None, None),
 ("b3", "adjourned", None, None), ("b3", "led", None, None), ("b3", "left", None, LFT13), ("b3", "refused", None, None),
 ("b3", "march", None, None), ("b3", "planned", None, None), ("b3", "took", None, None), ("b3", "banned", None, None),
 ("b3", "demonstrations", None, None), ("b3", "suspended", None, FMS15),
 # C (2026): Dec 1996 (the treaty signed) apart; Sun 03-01 (the Indian minister's call); c1 Mon 03-02 (the JRC meeting
 #    postponed); Tue 03-03 (the summons, the protest note); Wed 03-04 (the Teesta committee's meeting put off, apart);
 #    Thu 03-05 (Delhi's reply); Fri 03-06 (the march to Shibganj); c2 Sat 03-07; Mon 03-09 (the letter received);
 #    Wed 03-11 (the interview); c3 Thu 03-12; Sun 03-22 night (two Bangladeshis arrested near Hili, apart); Mon 03-23
 #    (the meeting opens); Tue 03-24 (the flow survey agreed); c4 Wed 03-25.
 ("c1", "postponed", None, PPN02), ("c1", "meeting", "ministerial meeting", None), ("c1", "open", None, None),
 ("c1", "said", None, PPN02), ("c1", "citing", None, None), ("c1", "meeting", "meant to start", None), ("c1", "start", None, None),
 ("c1", "talks", None, None), ("c1", "renewing", None, None), ("c1", "expires", None, None), ("c1", "given", None, None),
 ("c2", "marched", None, MAR06), ("c2", "protest", "to protest against", None),
 ("c2", "postponement", "New Delhi's postponement", PPN02W), ("c2", "march", "largest such march", None),
 ("c2", "organised", None, None), ("c2", "stopped", None, MAR06), ("c2", "dispersed", None, EVE06), ("c2", "rally", None, EVE06),
 ("c2", "planned", None, None), ("c2", "hand", None, None), ("c2", "send", None, None), ("c2", "receive", None, None),
 ("c2", "summoned", None, SUM03), ("c2", "handed", None, SUM03), ("c2", "note", "protest note", None),
 ("c2", "postponement", "protest note over", PPN02W), ("c2", "said", "ministry official said", SUM03A),
 ("c2", "said", "on Thursday", THU05), ("c2", "received", None, None), ("c2", "proposed", None, None),
 ("c2", "put", None, TST04), ("c2", "meeting", "Teesta", None),
 ("c3", "put", None, PPN02W), ("c3", "meeting", "put off last week", None), ("c3", "rescheduled", None, None),
 ("c3", "spoke", None, SPK11), ("c3", "edited", None, None), ("c3", "give", None, None),
 ("c3", "postponement", None, PPN02W), ("c3", "convinced", None, None), ("c3", "called", None, CAL01),
 ("c3", "announcement", None, PPN02), ("c3", "said", "scheduling problems", CAL01), ("c3", "summoned", None, SUM03),
 ("c3", "recall", None, None), ("c3", "propose", None, None), ("c3", "talks", None, None), ("c3", "received", None, LTR09),
 ("c3", "proposing", None, None), ("c3", "accepted", None, None), ("c3", "meeting", "goes ahead", None),
 ("c3", "demand", None, None), ("c3", "measurement", None, None), ("c3", "postponed", None, None), ("c3", "take", None, None),
 ("c4", "agreed", "measure the Ganges", AGR24), ("c4", "measure", None, None), ("c4", "meeting", "two-day", None),
 ("c4", "postponed", None, PPN02W), ("c4", "opened", None, OPN23), ("c4", "call", None, OPN23),
 ("c4", "said", "water resources minister", C4SAY), ("c4", "agreed", "hold the first round", AGR2324),
 ("c4", "hold", None, None), ("c4", "negotiations", None, None), ("c4", "said", "joint statement", C4SAY),
 ("c4", "signed", None, Y1996), ("c4", "remain", None, None), ("c4", "agreed", "new one is agreed", None),
 ("c4", "meet", None, None), ("c4", "said", "Border Security Force said", OPN23), ("c4", "arrested", None, ARR22),
 ("c4", "crossing", None, None), ("c4", "said", "Dhaka said", DHK23A), ("c4", "strayed", None, None),
 ("c4", "asked", None, DHK23A), ("c4", "return", None, None),
 # D (2023): 2018 (a British student held) apart; Sun 05-14 (Wrona detained at Dubai airport); Wed 05-17 (the UAE
 #    ambassador summoned); d1 Thu 05-18; Fri 05-19 (the consul's visit); Mon 05-22 (charged); Sat 06-03 (a tourist arrested
 #    in Abu Dhabi, apart); Mon 06-05 (the hearing adjourned); Mon 06-12 (the hearing, the judgment; d2's date line);
 #    d2 Tue 06-13 (the fine paid); Thu 06-15 (deported, landed in the evening); d3 Fri 06-16.
 ("d1", "summoned", None, SUM17), ("d1", "detention", None, DET14), ("d1", "held", None, None),
 ("d1", "detained", "Dubai International", DET14), ("d1", "board", None, None), ("d1", "told", "his wife told", SUM17A),
 ("d1", "said", "She said", SUM17A), ("d1", "questioned", None, None), ("d1", "criticising", None, None),
 ("d1", "said", "Jasiński said", SUM17A), ("d1", "told", "ambassador had been told", SUM17), ("d1", "expected", None, None),
 ("d1", "allowed", None, None), ("d1", "see", None, None), ("d1", "said", "UAE embassy said", SUM17A),
 ("d1", "denied", None, SUM17A), ("d1", "refused", None, None), ("d1", "saying", None, None), ("d1", "arranged", None, None),
 ("d1", "visit", None, None), ("d1", "detained", "In 2018", Y2018), ("d1", "pardoned", None, Y2018),
 ("d2", "issued", None, None), ("d2", "charged", None, CHG22), ("d2", "publishing", None, None),
 ("d2", "hearing", "set for 5 June", None), ("d2", "set", None, None), ("d2", "adjourned", None, ADJ05),
 ("d2", "asked", None, None), ("d2", "hearing", "At the hearing", VRD12), ("d2", "admitted", None, VRD12),
 ("d2", "writing", None, None), ("d2", "denied", None, VRD12), ("d2", "harm", None, None), ("d2", "convicted", None, VRD12),
 ("d2", "sentenced", None, VRD12), ("d2", "ordered", None, VRD12), ("d2", "deportation", None, None),
 ("d2", "payment", None, None), ("d2", "confiscation", None, None), ("d2", "appealed", None, None),
 ("d3", "fined", None, VRD12), ("d3", "deported", None, DEP15), ("d3", "landed", None, LND15),
 ("d3", "ordered", None, VRD12), ("d3", "deportation", None, None), ("d3", "paid", None, PAY13),
 ("d3", "said", "paid the fine", PAY13A), ("d3", "visited", None, VIS19), ("d3", "arrest", None, DET14),
 ("d3", "told", None, LND15), ("d3", "treated", None, None), ("d3", "allowed", None, None), ("d3", "call", None, None),
 ("d3", "said", "would not appeal", LND15A), ("d3", "appeal", None, None), ("d3", "said", "no further protest", {A}),
 ("d3", "lodged", None, None), ("d3", "protest", None, None), ("d3", "arrested", None, TOU03), ("d3", "remains", None, None),
 ("d3", "said", "unrelated", {A}), ("d3", "charges", None, None),
]

score_dates(sys.argv[1], EXPECTED)
