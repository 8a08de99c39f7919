"""Hand-written expected dates (written before running chronicle) for the event mentions of
corpus.jsonl: (article, trigger, sentence hint or None, accepted). accepted: a set of TIMEX
values the mention's date_value may have (source text), "article" in the set = the article-date fallback
is right, None = not scored. A listed mention chronicle does not extract counts as MISSING (reported
apart from wrong dates). python expected_dates.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import ARTICLE as A, score_dates  # noqa: E402

Y2018 = {"2018"}                                                      # the St James emergency (apart)
WAKE07 = {"2025-09-07", "2025-09-07TEV", "2025-09-07TNI"}             # five mourners killed, Sunday night
DEC08 = {"2025-09-08", "2025-09-08TEV", "2025-09-08TNI", "2025-09-08T19", "2025-09-08T19:00"}  # declared "tonight"
DEC08D = {"2025-09-08"}                                               # "declared on September 8"
SWP09 = {"2025-09-09"}                                                # the first sweep, 47 detained
HSE16 = {"2025-09-16"}                                                # the House vote and its debate
HSE16A = {A, "2025-09-16"}                                            # Crooks's denial in the debate (day implied)
ARR18 = {"2025-09-18"}                                                # Morris arrested "last Thursday"
PPN19 = {"2025-09-19"}                                                # the Senate sitting postponed
SAT20 = {"2025-09-20"}                                                # Linstead shooting; Denham Town arrest (apart)
SUN21 = {"2025-09-21"}                                                # INDECOM's probe opened
SEN22 = {"2025-09-22"}                                                # the Senate vote
CHG24 = {"2025-09-24"}                                                # Morris charged "last Wednesday"
ORD26 = {"2025-09-26"}                                                # the Supreme Court's release order
SUN28 = {"2025-09-28"}                                                # the briefing "Two days after the release order"
WLK29 = {"2025-09-29"}                                                # the twelve walk out "yesterday"
Y2019 = {"2019"}                                                      # the 2019 teachers' strike (apart)
CLS14 = {"2024-04-14"}                                                # the closure ordered
CLS14L = {"2024-04-14", "2024-04-14TAF", "2024-04-14TEV"}             # ordered "hours" before the late raids
RAID14 = {"2024-04-14", "2024-04-14TEV", "2024-04-14TNI"}             # the raids "late Sunday"
DET14 = {"2024-04-14", "2024-04-14TEV", "2024-04-14TNI", "2024-04-15"}  # the council detained overnight
ARR14 = {"2024-04-14"}                                                # "arrested on April 14"
GAG15 = {"2024-04-15"}                                                # the gag order
MON15A = {A, "2024-04-15"}                                            # the denial; the sit-in called (b1's day)
SIT17 = {"2024-04-17", "2024-04-17TMO", "2024-04-17T10", "2024-04-17T10:00"}  # "a little after ten on Wednesday morning"
MOV17 = {"2024-04-17", "2024-04-17TMO", "2024-04-17T10:40"}          # "At ten forty the police move in"
FRE17 = {"2024-04-17", "2024-04-17TEV", "2024-04-17TNI", "2024-04-17T24", "2024-04-17T24:00", "2024-04-18T00:00"}  # freed by midnight
SIT17D = {"2024-04-17"}                                               # "the Amman sit-in of April 17"
BAIL23 = {"2024-04-23"}                                               # the council bailed
KRK24 = {"2024-04-24"}                                                # the Karak sit-in dispersed (apart)
KRK24E = {"2024-04-24", "2024-04-24TEV"}                              # the nine freed "the same evening"
PPN05 = {"2024-05-05", "2024-05-05TMO"}                               # the hearing postponed "that morning"
UPH19 = {"2024-05-19"}                                                # the closure upheld
Y2000 = {"2000-06", "2000"}                                           # the rig forced out in June 2000 (apart)
PIR11 = {"2023-10-11", "2023-10-11TNI"}                               # the piracy "on the night before the seizure" (apart)
WC12 = {"2023-10-12", "2023-10-12TMO", "2023-10-12T06:30"}            # water cannon and detention, 06:30
SUM13 = {"2023-10-13", "2023-10-13TMO"}                               # the summons and the note "this morning"
FRI13A = {A, "2023-10-13"}                                            # the press release's own day
DEN14 = {"2023-10-14"}                                                # Suriname's denial "on Saturday"
FIN16 = {"2023-10-16", "2023-10-16TMO", "2023-10-16TAF"}              # the captain fined, hours before the evening
RET16 = {"2023-10-16", "2023-10-16TEV"}                               # four crewmen home "yesterday evening"
TUE17A = {A, "2023-10-17"}                                            # the visit postponed, said "today"
MET23 = {"2023-10-23"}                                                # the ministers meet, agree a hotline
FRE24 = {"2023-10-24"}                                                # the captain freed, the boat returned
GRN25 = {"2023-10-25"}                                                # Grenada's nurses end a strike (apart)
BHS26 = {"2023-10-26"}                                                # two arrested in Nassau (apart)
Y2022 = {"2022"}                                                      # the 2022 beating in Ohrid (apart)
FIRE08 = {"2026-02-08", "2026-02-08T02", "2026-02-08T02:00", "2026-02-08TNI"}  # set on fire shortly after 2 a.m.
POST08 = {"2026-02-08", "2026-02-08T09:12", "2026-02-08TMO"}          # the post on X at 09:12
ARR09 = {"2026-02-09", "2026-02-09TMO"}                               # two arrested Monday morning
NOTE09 = {"2026-02-09"}                                               # the protest note
MON09A = {A, "2026-02-09"}                                            # police said (d1's day)
TUE10 = {"2026-02-10"}                                                # the veto threat; the condemnation and denial
THU12A = {A, "2026-02-12"}                                            # the visit postponed, said "on Thursday"
OHR14 = {"2026-02-14"}                                                # graffiti in Ohrid "last Saturday" (apart)
VIS18 = {"2026-02-18"}                                                # the visit and the joint statement
CHG19 = {"2026-02-19"}                                                # the two charged, remanded

EXPECTED = [
 # A (2025): 2018 (St James) apart; Sun 09-07 night (wake killings); a1 Mon 09-08 (the emergency declared that
 #    evening); Tue 09-09 (the first sweep); Tue 09-16 (the House vote and debate); a2 Wed 09-17; Thu 09-18 (Morris
 #    arrested); Fri 09-19 (the Senate sitting postponed); Sat 09-20 (Linstead shooting; Denham Town arrest apart);
 #    Sun 09-21 (INDECOM probe); Mon 09-22 (the Senate vote); a3 Tue 09-23; Wed 09-24 (Morris charged); Fri 09-26 (the
 #    release order); Sun 09-28 (the briefing); Mon 09-29 (the twelve walk out); a4 Tue 09-30.
 ("a1", "declared", None, DEC08), ("a1", "killed", None, WAKE07), ("a1", "made", None, DEC08),
 ("a1", "announcement", None, DEC08), ("a1", "join", None, None), ("a1", "lasts", None, None),
 ("a1", "said", "would ask Parliament", {A}), ("a1", "ask", None, None), ("a1", "extend", None, None),
 ("a1", "expected", None, None), ("a1", "debate", None, None), ("a1", "told", None, {A}),
 ("a1", "opened", None, WAKE07), ("a1", "fire", None, WAKE07), ("a1", "came", None, None),
 ("a1", "said", "Opposition Leader", {A}), ("a1", "study", None, None), ("a1", "vote", None, None),
 ("a1", "deciding", None, None),
 ("a2", "approved", None, HSE16), ("a2", "extension", None, None), ("a2", "clearing", None, None),
 ("a2", "requires", None, None), ("a2", "declared", None, DEC08D), ("a2", "shot", None, WAKE07),
 ("a2", "sweep", None, SWP09), ("a2", "detained", None, SWP09), ("a2", "remain", None, None),
 ("a2", "debate", None, HSE16), ("a2", "accused", None, HSE16), ("a2", "protecting", None, None),
 ("a2", "denied", None, HSE16A), ("a2", "said", None, HSE16A), ("a2", "reduced", None, None),
 ("a2", "scheduled", None, None), ("a2", "vote", None, None), ("a2", "need", None, None), ("a2", "support", None, None),
 ("a3", "approved", None, SEN22), ("a3", "extension", None, None), ("a3", "postponed", None, PPN19),
 ("a3", "sitting", None, None), ("a3", "found", None, PPN19), ("a3", "say", None, {A}),
 ("a3", "arrested", "Bog Walk", ARR18), ("a3", "sought", None, None), ("a3", "killings", None, WAKE07),
 ("a3", "shot", None, SAT20), ("a3", "operation", None, SAT20), ("a3", "arrested", "Denham Town", SAT20), ("a3", "said", None, {A}), ("a3", "opened", None, SUN21),
 ("a3", "probe", None, SUN21), ("a3", "shooting", None, SAT20), ("a3", "declared", None, Y2018),
 ("a3", "lasted", None, None),
 ("a4", "walked", None, WLK29), ("a4", "detained", None, None), ("a4", "ordered", None, ORD26),
 ("a4", "release", "ordered their release", None), ("a4", "ruling", None, ORD26), ("a4", "found", None, ORD26),
 ("a4", "held", None, None), ("a4", "brought", None, None), ("a4", "says", None, {A}), ("a4", "appeal", None, None),
 ("a4", "charged", None, CHG24), ("a4", "killings", None, WAKE07), ("a4", "appear", None, None),
 ("a4", "order", None, ORD26), ("a4", "told", None, SUN28), ("a4", "briefing", None, SUN28),
 ("a4", "freed", None, None), ("a4", "walk", None, None), ("a4", "said", None, {A}), ("a4", "move", None, None),
 ("a4", "revoke", None, None),
 # B (2024): 2019 (a strike) apart; Sun 04-14 (the closure ordered, raids late that night, the council detained
 #    overnight); b1 Mon 04-15 (the gag order, the denial, the sit-in called); Wed 04-17 (the sit-in at the Fourth
 #    Circle, the police move in at 10:40, all freed by midnight); b2 Thu 04-18 (a feature in the historical present);
 #    Tue 04-23 (bail); Wed 04-24 (Karak, apart); Sun 05-05 (hearing postponed); Sun 05-19 (closure upheld); b3 Mon 05-20.
 ("b1", "raided", None, RAID14), ("b1", "ordered", None, CLS14L), ("b1", "closed", None, None),
 ("b1", "arrested", None, None), ("b1", "detained", None, DET14), ("b1", "said", "syndicate lawyer", {A}),
 ("b1", "accuses", None, {A}), ("b1", "inciting", None, None), ("b1", "posted", None, None),
 ("b1", "banned", None, GAG15), ("b1", "order", None, GAG15), ("b1", "covers", None, None),
 ("b1", "denied", None, MON15A), ("b1", "called", None, MON15A), ("b1", "sit-in", None, None),
 ("b1", "led", None, Y2019), ("b1", "strike", None, Y2019), ("b1", "ended", None, Y2019),
 ("b2", "reach", None, SIT17), ("b2", "carry", None, None), ("b2", "taught", None, None),
 ("b2", "writes", None, SIT17), ("b2", "holds", None, SIT17), ("b2", "move", None, MOV17),
 ("b2", "pull", None, MOV17), ("b2", "push", None, MOV17), ("b2", "bundled", None, MOV17),
 ("b2", "driven", None, MOV17), ("b2", "freed", None, FRE17), ("b2", "say", "teachers say", {A}),
 ("b2", "came", None, SIT17), ("b2", "shut", None, CLS14), ("b2", "imposed", None, GAG15),
 ("b2", "order", None, GAG15), ("b2", "tell", None, None), ("b2", "insist", None, {A}),
 ("b2", "investigated", None, None), ("b2", "strike", None, Y2019), ("b2", "say", "reviewed", {A}),
 ("b2", "reviewed", None, None), ("b2", "closure", None, None),
 ("b3", "upheld", None, UPH19), ("b3", "closure", None, None), ("b3", "rejecting", None, UPH19),
 ("b3", "appeal", None, None), ("b3", "hearing", None, None), ("b3", "set", None, None),
 ("b3", "postponed", None, PPN05), ("b3", "asked", None, PPN05), ("b3", "examine", None, None),
 ("b3", "arrested", None, ARR14), ("b3", "released", None, BAIL23), ("b3", "bail", None, None),
 ("b3", "investigation", None, None), ("b3", "release", None, BAIL23), ("b3", "dispersed", None, KRK24),
 ("b3", "sit-in", "teachers in Karak", KRK24), ("b3", "detained", None, KRK24), ("b3", "freed", None, KRK24E),
 ("b3", "said", "Organisers said", {A}), ("b3", "protest", None, KRK24), ("b3", "linked", None, None),
 ("b3", "sit-in", "Amman sit-in", SIT17D), ("b3", "said", "Hala Masri", {A}), ("b3", "take", None, None),
 # C (2023): June 2000 (a rig forced out) apart; Wed 10-11 night (piracy, apart); Thu 10-12 06:30 (water cannon,
 #    detention); c1 Fri 10-13 (summons and protest note that morning); Sat 10-14 (denial); Mon 10-16 (captain
 #    fined, four crew home that evening); c2 Tue 10-17 (the visit postponed); Mon 10-23 (ministers meet, hotline);
 #    Tue 10-24 (captain freed); Wed 10-25 and Thu 10-26 (unrelated digest items, apart); c3 Fri 10-27 (a digest).
 ("c1", "informs", None, FRI13A), ("c1", "fired", None, WC12), ("c1", "detained", None, WC12),
 ("c1", "taken", None, WC12), ("c1", "summoned", None, SUM13), ("c1", "handed", None, SUM13),
 ("c1", "protest", None, SUM13), ("c1", "calls", None, FRI13A), ("c1", "release", "immediate release", None),
 ("c1", "travel", None, None), ("c1", "raise", None, None),
 ("c2", "returned", None, RET16), ("c2", "fined", None, FIN16), ("c2", "fishing", "without", None),
 ("c2", "remains", None, None), ("c2", "custody", None, None), ("c2", "paid", None, None),
 ("c2", "denied", None, DEN14), ("c2", "used", None, None), ("c2", "boarded", None, WC12),
 ("c2", "carrying", None, None), ("c2", "said", "said today", TUE17A), ("c2", "visit", None, None),
 ("c2", "planned", None, None), ("c2", "postponed", None, TUE17A), ("c2", "request", None, None),
 ("c2", "say", "fishermen", {A}), ("c2", "robbed", None, PIR11), ("c2", "beat", None, PIR11),
 ("c2", "seizure", None, WC12), ("c2", "treating", None, None), ("c2", "attack", None, PIR11),
 ("c2", "piracy", None, PIR11), ("c2", "say", "no link", {A}),
 ("c3", "met", None, MET23), ("c3", "agreed", None, MET23), ("c3", "set", None, None), ("c3", "hotline", None, None),
 ("c3", "visit", None, MET23), ("c3", "planned", None, None), ("c3", "freed", None, FRE24), ("c3", "paid", None, None),
 ("c3", "returned", None, FRE24), ("c3", "ended", None, GRN25), ("c3", "strike", None, None),
 ("c3", "promised", None, None), ("c3", "pay", None, None), ("c3", "arrested", None, BHS26), ("c3", "fire", None, None),
 ("c3", "forced", None, Y2000), ("c3", "claims", None, None),
 # D (2026): 2022 (a beating in Ohrid) apart; Sun 02-08 shortly after 02:00 (the club set on fire; the minister's
 #    post at 09:12); d1 Mon 02-09 (two arrested that morning; the protest note); Tue 02-10 (veto threat,
 #    condemnation and denial); d2 Thu 02-12 (the visit postponed); Sat 02-14 (Ohrid graffiti, apart); Wed 02-18 (the
 #    visit, the joint statement); Thu 02-19 (charges); d3 Fri 02-20.
 ("d1", "handed", None, NOTE09), ("d1", "protest", None, NOTE09), ("d1", "burning", "over the burning", FIRE08),
 ("d1", "set", None, FIRE08), ("d1", "fire", None, FIRE08), ("d1", "hurt", None, None),
 ("d1", "burning", "crime of hatred", FIRE08), ("d1", "wrote", None, POST08), ("d1", "punished", None, None),
 ("d1", "said", "police said", MON09A), ("d1", "arrested", None, ARR09), ("d1", "travel", None, None),
 ("d1", "said", "the ministry said", {A}), ("d1", "beaten", None, Y2022), ("d1", "froze", None, None),
 ("d2", "threatened", None, TUE10), ("d2", "block", None, None), ("d2", "opening", None, None), ("d2", "arson", None, FIRE08),
 ("d2", "tried", None, None), ("d2", "condemned", None, TUE10), ("d2", "fire", None, FIRE08), ("d2", "denied", None, TUE10),
 ("d2", "tolerated", None, None), ("d2", "said", None, THU12A), ("d2", "visit", None, None), ("d2", "set", None, None),
 ("d2", "postponed", None, THU12A), ("d2", "given", None, None), ("d2", "arrested", None, ARR09),
 ("d2", "held", None, None), ("d2", "decide", None, None), ("d2", "charges", None, None),
 ("d3", "visited", None, VIS18), ("d3", "trip", None, None), ("d3", "postponed", None, None),
 ("d3", "signed", None, VIS18), ("d3", "statement", None, VIS18), ("d3", "condemning", None, None),
 ("d3", "charged", None, CHG19), ("d3", "causing", None, None), ("d3", "inciting", None, None),
 ("d3", "remanded", None, CHG19), ("d3", "placed", None, CHG19), ("d3", "arrest", "house arrest", None),
 ("d3", "sprayed", None, OHR14), ("d3", "made", None, None), ("d3", "arrests", None, None),
 ("d3", "say", None, {A}), ("d3", "said", None, {A}), ("d3", "pay", None, None), ("d3", "rebuild", None, None),
]

score_dates(sys.argv[1], EXPECTED)
