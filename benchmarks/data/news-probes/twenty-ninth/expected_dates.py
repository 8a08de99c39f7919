"""Hand-written expected dates (written before running chronicle) for the event mentions of
corpus.jsonl: (article, trigger, sentence hint or None, accepted). accepted: a set of TIMEX
values the mention's date_value may have (source text), "article" in the set = the article-date fallback
is right, None = not scored. A listed mention chronicle does not extract counts as MISSING (reported
apart from wrong dates). python expected_dates.py DB

One plain slip fixed after the first run: the hints of a4's chronology lines named the line's date prefix
("14 May"), which the sentence splitter cuts ("...\n14" | "May: parliament passes ..."); they now name the
line's own words.
No accepted value changed."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import ARTICLE as A, score_dates  # noqa: E402

Y2018 = {"2018"}                                                  # the 2018 rallies and the resignation (apart)
PASS14 = {"2024-05-14", "2024-05-14TAF"}                          # the media amendments passed, Tuesday afternoon
EVE14 = {"2024-05-14", "2024-05-14TEV"}                           # Baghramyan Avenue blocked, Tuesday evening
FLASH14 = {"2024-05-14", "2024-05-14TEV", "2024-05-14TNI"}        # the flash: police detaining, Tuesday evening
DET14 = {"2024-05-14", "2024-05-14TEV", "2024-05-14TNI", "2024-05-15"}  # 57 detained overnight (Tue into Wed)
NIGHT14 = {"2024-05-14", "2024-05-14TNI"}                         # stun grenades at the cordon before midnight
REL15 = {"2024-05-15", "2024-05-15TMO"}                           # eleven released by Wednesday morning
WED15 = {"2024-05-15"}                                            # the ombudsman's promise, the march called
THU16 = {"2024-05-16"}                                            # fines, the refused videos
AFT16 = {"2024-05-16", "2024-05-16TAF"}                           # the inquiry opened "that same afternoon"
SAT18 = {"2024-05-18"}                                            # the march; the Gyumri traders (apart)
MON20 = {"2024-05-20"}                                            # the referral to the Constitutional Court
TUE21 = {"2024-05-21", "2024-05-21TMO"}                           # appeals filed "this morning"
PPN03 = {"2024-06-03"}                                            # the hearing postponed "the day before" 4 June
HRG11 = {"2024-06-11"}                                            # the hearing, the sit-in
SIG10 = {"2025-07-10"}                                            # the police pact signed; Japan's arrangement (apart)
FRI11 = {"2025-07-11"}                                            # Australia's warning
SUS14 = {"2025-07-14"}                                            # Australia suspends its programme
MAR15 = {"2025-07-15"}                                            # the Betio march and petition
EVE15 = {"2025-07-15", "2025-07-15TEV", "2025-07-15TNI"}          # two men arrested after stones thrown that evening
LOD16 = {"2025-07-16"}                                            # the motion lodged; Ruatu's denial
PUT21 = {"2025-07-21"}                                            # the vote put off, the sitting adjourned
VOT29 = {"2025-07-29"}                                            # the vote held, the motion defeated
LND08 = {"2025-08-08"}                                            # eight Chinese officers land at Bonriki
DEC22 = {"2022-12"}                                               # the 2022 motion withdrawn (apart)
SHUT05 = {"2023-02-05", "2023-02-05TMO"}                          # Sharara shut, Sunday morning
FM06 = {"2023-02-06"}                                             # force majeure declared
TUE07 = {"2023-02-07"}                                            # the fund promised, the investigation ordered
FEEL08 = {"2023-02-08"}                                           # El Feel stormed, a guard seized (apart)
FEEL08N = {"2023-02-08", "2023-02-08TNI"}                         # the guard released that night
PPN09 = {"2023-02-09"}                                            # the trip postponed at the last minute (Thursday)
ARR12 = {"2023-02-12"}                                            # the delegation arrives ("a day after" Monday)
AGR13 = {"2023-02-13"}                                            # the agreement signed in Ubari
LFT14 = {"2023-02-14"}                                            # the protesters leave the field
RES15 = {"2023-02-15"}                                            # production resumes ("yesterday" of 16 February)
FML16 = {"2023-02-16"}                                            # force majeure lifted
Y2020 = {"2020"}                                                  # the 2020 blockade (apart)
KIL15 = {"2026-03-15", "2026-03-15TEV", "2026-03-15TNI"}          # three men killed late on Sunday
MON16 = {"2026-03-16"}                                            # the BDF's account
SUM17 = {"2026-03-17"}                                            # the summons
AGR18 = {"2026-03-18"}                                            # the joint commission agreed
FRI20 = {"2026-03-20", "2026-03-20TAF"}                           # the coffins carried across, Friday afternoon
SAT21 = {"2026-03-21"}                                            # the funeral and the march
SUN22 = {"2026-03-22"}                                            # Botswana asks to move the meeting ("Yesterday")
NAM24 = {"2026-03-24"}                                            # six Namibian fishermen arrested (apart)
CHG25 = {"2026-03-25"}                                            # the survivor charged and remanded; the Namibians bailed
MET26 = {"2026-03-26"}                                            # the commission meets in Kasane
Y2019 = {"2019"}                                                  # the 2019 shooting (apart)

EXPECTED = [
 # A (2024): 2018 rallies apart; Tue 05-14 (bill passed in the afternoon, avenue blocked in the evening, 57 detained
 #    overnight; a1 is the flash of that evening); a2 Wed 05-15 (eleven released in the morning, the ombudsman's
 #    promise, the march called for Saturday); Thu 05-16 (31 fined, the inquiry opened); Sat 05-18 (the march; Gyumri
 #    traders apart); Mon 05-20 (the referral); a3 Tue 05-21 (appeals filed this morning); Mon 06-03 (hearing
 #    postponed); Tue 06-11 (hearing, sit-in); a4 Wed 06-12 (with a chronology box).
 ("a1", "detaining", None, FLASH14), ("a1", "blocked", None, EVE14), ("a1", "passed", None, PASS14),
 ("a1", "said", None, {A}), ("a1", "follow", None, None),
 ("a2", "detained", None, DET14), ("a2", "blocked", None, EVE14), ("a2", "approved", None, PASS14),
 ("a2", "requiring", None, None), ("a2", "register", None, None), ("a2", "passed", None, PASS14),
 ("a2", "walked", None, PASS14), ("a2", "vote", None, PASS14), ("a2", "said", "Police said officers", {A}),
 ("a2", "used", None, NIGHT14), ("a2", "tried", None, NIGHT14), ("a2", "break", None, None),
 ("a2", "held", None, None), ("a2", "released", None, REL15), ("a2", "charge", None, None),
 ("a2", "said", "spokesman said", {A}), ("a2", "denied", None, {A} | WED15), ("a2", "fired", None, None),
 ("a2", "claimed", None, None), ("a2", "said", "Human Rights Defender", WED15), ("a2", "open", None, None),
 ("a2", "inquiry", None, None), ("a2", "use", None, None), ("a2", "called", None, {A} | WED15),
 ("a2", "march", None, None), ("a2", "threatened", None, {A} | WED15), ("a2", "strike", None, None),
 ("a2", "took", None, None), ("a2", "effect", None, None), ("a2", "protests", None, None),
 ("a2", "rallies", None, Y2018), ("a2", "forced", None, Y2018), ("a2", "resign", None, Y2018),
 ("a3", "spent", None, THU16),
 ("a3", "detained", "two days earlier", DET14), ("a3", "brought", None, THU16), ("a3", "fined", None, THU16),
 ("a3", "disobeying", None, None), ("a3", "order", None, None), ("a3", "hearings", None, THU16),
 ("a3", "lasted", None, None), ("a3", "asked", None, THU16), ("a3", "refused", None, THU16),
 ("a3", "opened", None, AFT16), ("a3", "inquiry", None, AFT16), ("a3", "promised", None, WED15),
 ("a3", "gave", None, AFT16), ("a3", "showed", "bruises", None), ("a3", "walked", None, SAT18),
 ("a3", "detained", "Nobody", None), ("a3", "protested", None, SAT18), ("a3", "showed", "both crowds", None),
 ("a3", "report", None, None), ("a3", "declined", None, MON20), ("a3", "sign", None, None),
 ("a3", "referred", None, MON20), ("a3", "filed", None, TUE21), ("a3", "appeals", None, TUE21),
 ("a3", "fines", None, THU16), ("a3", "expect", None, None), ("a3", "lose", None, None), ("a3", "file", None, None),
 ("a4", "heard", None, HRG11), ("a4", "challenge", None, None), ("a4", "planned", None, None),
 ("a4", "hearing", "had been set", None), ("a4", "set", None, None),
 ("a4", "postponed", "was postponed the day before", PPN03), ("a4", "said", "judges was ill", PPN03),
 ("a4", "ill", None, None), ("a4", "told", None, HRG11), ("a4", "breached", None, None),
 ("a4", "argued", None, HRG11), ("a4", "required", None, None), ("a4", "held", None, HRG11),
 ("a4", "sit-in", None, HRG11), ("a4", "hearing", "during the hearing", HRG11), ("a4", "made", None, None),
 ("a4", "arrests", None, None), ("a4", "said", "announce its ruling", {A} | HRG11), ("a4", "announce", None, None),
 ("a4", "ruling", None, None),
 ("a4", "passes", "parliament passes the bill", PASS14), ("a4", "block", "protesters block", EVE14), ("a4", "detain", "police detain 57", DET14),
 ("a4", "fines", "court fines 31", THU16), ("a4", "opens", "opens an inquiry", AFT16), ("a4", "inquiry", "opens an inquiry", AFT16),
 ("a4", "march", "march from Liberty Square", SAT18), ("a4", "refers", "refers the law", MON20),
 ("a4", "postponed", "hearing is postponed by a week", PPN03), ("a4", "hearing", "hearing is postponed by a week", None),
 ("a4", "hears", "court hears the challenge", HRG11),
 # B (2025): 2022-12 (a motion withdrawn) apart; Thu 07-10 (the pact signed in Beijing; Japan's arrangement in
 #    Tokyo, apart); b1 Fri 07-11 (Australia's warning; the motion announced); Mon 07-14 (Australia suspends); Tue
 #    07-15 (the march; two arrested that evening); Wed 07-16 (the motion lodged, the vote set for 22 July, Ruatu's
 #    denial); b2 Thu 07-17 (with a correction); Mon 07-21 (the vote put off a week); Tue 07-29 (the vote held,
 #    defeated); Fri 08-08 (eight officers land); b3 Mon 08-11 (a Q&A explainer).
 ("b1", "signed", "in Beijing on Thursday", SIG10), ("b1", "agreement", None, None), ("b1", "rebuke", None, SIG10 | FRI11),
 ("b1", "drawing", None, None), ("b1", "trained", None, None), ("b1", "signed", "Great Hall", SIG10),
 ("b1", "ceremony", None, SIG10), ("b1", "signed", "Tokyo", SIG10), ("b1", "arrangement", None, SIG10),
 ("b1", "help", None, None), ("b1", "patrol", None, None), ("b1", "published", None, {A} | SIG10 | FRI11),
 ("b1", "statement", None, {A} | SIG10 | FRI11), ("b1", "translated", None, None),
 ("b1", "signed", "On 10 July 2025", SIG10), ("b1", "agreed", None, SIG10), ("b1", "strengthen", None, None),
 ("b1", "cooperation", None, None), ("b1", "send", None, None), ("b1", "provide", None, None),
 ("b1", "target", None, None), ("b1", "said", "foreign minister said", FRI11), ("b1", "disappointed", None, None),
 ("b1", "warned", None, FRI11), ("b1", "suspend", None, None), ("b1", "said", "Tioti", {A} | FRI11),
 ("b1", "table", None, None), ("b1", "motion", None, None), ("b1", "sits", None, None),
 ("b2", "lodged", "opposition lodged", LOD16), ("b2", "motion", None, None), ("b2", "accusing", None, LOD16),
 ("b2", "signing", None, SIG10), ("b2", "agreement", None, None), ("b2", "consulting", None, None),
 ("b2", "set", None, {A} | LOD16), ("b2", "vote", None, None), ("b2", "suspended", None, SUS14),
 ("b2", "warned", None, None), ("b2", "stay", None, None), ("b2", "train", None, None),
 ("b2", "suspension", None, SUS14), ("b2", "lasts", None, None), ("b2", "said", "spokeswoman", {A}),
 ("b2", "marched", None, MAR15), ("b2", "handed", None, MAR15), ("b2", "petition", None, MAR15),
 ("b2", "arrested", None, EVE15), ("b2", "thrown", None, EVE15), ("b2", "march", None, MAR15),
 ("b2", "said", "organisers", {A}), ("b2", "said", "Ruatu said", LOD16), ("b2", "training", None, None),
 ("b2", "denied", None, LOD16), ("b2", "carry", None, None), ("b2", "said", "earlier version", None),
 ("b2", "lodged", "lodged on Tuesday", None), ("b2", "lodged", "It was lodged", LOD16),
 ("b3", "sign", None, None), ("b3", "signed", None, SIG10), ("b3", "agreement", None, None),
 ("b3", "train", None, None), ("b3", "supply", None, None), ("b3", "survive", None, None), ("b3", "vote", None, None),
 ("b3", "set", None, None), ("b3", "put", None, PUT21), ("b3", "adjourned", None, PUT21), ("b3", "saying", None, PUT21),
 ("b3", "sitting", None, None), ("b3", "meeting", None, None), ("b3", "held", None, VOT29),
 ("b3", "defeated", None, VOT29), ("b3", "motion", "finally held", None), ("b3", "arrived", None, None),
 ("b3", "landed", None, LND08), ("b3", "announced", None, None), ("b3", "met", None, LND08),
 ("b3", "resumed", None, None), ("b3", "suspended", None, SUS14), ("b3", "says", None, {A}),
 ("b3", "review", None, None), ("b3", "decision", None, None), ("b3", "faced", None, None),
 ("b3", "motion", "faced such a motion", None), ("b3", "motion", "December 2022", DEC22),
 ("b3", "withdrawn", None, DEC22),
 # C (2023): 2020 (blockade) apart; Sun 02-05 morning (Sharara shut); c1 Mon 02-06 (force majeure; accusation and
 #    denial, days not given); Tue 02-07 (fund promised, investigation ordered); Wed 02-08 (El Feel raid, guard freed
 #    that night, apart); Thu 02-09 (trip postponed at the last minute); c2 Fri 02-10; Sun 02-12 (delegation arrives);
 #    Mon 02-13 (agreement signed); Tue 02-14 (protesters leave); Wed 02-15 (production resumes); Thu 02-16 (force
 #    majeure lifted); c3 Fri 02-17.
 ("c1", "declared", None, FM06), ("c1", "loadings", None, None), ("c1", "shut", None, SHUT05),
 ("c1", "entered", None, SHUT05), ("c1", "forced", None, SHUT05), ("c1", "close", None, SHUT05),
 ("c1", "cutting", None, SHUT05), ("c1", "told", None, {A}), ("c1", "call", None, None), ("c1", "demand", None, None),
 ("c1", "accused", None, {A} | FM06), ("c1", "shutdown", None, SHUT05), ("c1", "denied", None, {A} | FM06),
 ("c1", "saying", None, {A} | FM06), ("c1", "protest", None, SHUT05), ("c1", "role", None, None),
 ("c1", "exports", None, None), ("c1", "blocked", None, Y2020), ("c1", "closed", None, Y2020),
 ("c2", "due", None, None), ("c2", "negotiate", None, None), ("c2", "occupying", None, None), ("c2", "leave", None, None),
 ("c2", "trip", None, None), ("c2", "postponed", None, PPN09), ("c2", "travel", None, None),
 ("c2", "promised", None, TUE07), ("c2", "fund", None, None), ("c2", "said", "largely legitimate", TUE07),
 ("c2", "demands", None, None), ("c2", "ordered", None, TUE07), ("c2", "investigation", None, TUE07),
 ("c2", "organised", None, None), ("c2", "shutdown", "organised the shutdown", SHUT05),
 ("c2", "protest", None, None), ("c2", "trouble", None, None), ("c2", "stormed", None, FEEL08),
 ("c2", "seized", None, FEEL08), ("c2", "released", None, FEEL08N), ("c2", "talks", None, None),
 ("c2", "affected", None, None), ("c2", "said", "operator said", {A}), ("c2", "says", None, {A}),
 ("c2", "shutdown", "costing", None), ("c2", "costing", None, None),
 ("c3", "lifted", None, FML16), ("c3", "ended", None, LFT14), ("c3", "occupation", None, None),
 ("c3", "deal", None, AGR13), ("c3", "statement", None, {A} | FML16), ("c3", "translated", None, None),
 ("c3", "announces", None, FML16), ("c3", "lifting", None, FML16), ("c3", "resumption", None, RES15),
 ("c3", "production", None, None), ("c3", "thanks", None, FML16), ("c3", "warns", None, FML16),
 ("c3", "take", None, None), ("c3", "action", None, None), ("c3", "closes", None, None),
 ("c3", "agreement", None, AGR13), ("c3", "signed", None, AGR13), ("c3", "arrived", None, ARR12),
 ("c3", "promises", None, None), ("c3", "left", None, LFT14), ("c3", "said", None, {A}),
 # D (2026): 2019 (a shooting near Kazungula) apart; Sun 03-15 late (three killed, a fourth wounded and held);
 #    Mon 03-16 (the BDF's account); d1 Tue 03-17 (summons; demand and denial, days not given); Wed 03-18 (the joint
 #    commission agreed); Fri 03-20 afternoon (coffins home); Sat 03-21 (funeral, march); Sun 03-22 (the meeting
 #    moved); d2 Mon 03-23 (op-ed; the meeting had been set for that day); Tue 03-24 (Namibian fishermen arrested,
 #    apart); Wed 03-25 (survivor charged, remanded; Namibians bailed); Thu 03-26 (commission meets); d3 Fri 03-27.
 ("d1", "summoned", None, SUM17), ("d1", "protest", None, SUM17), ("d1", "killing", "protest against the killing", KIL15),
 ("d1", "said", "said on Monday", MON16), ("d1", "come", None, None), ("d1", "fire", None, None),
 ("d1", "returned", None, KIL15), ("d1", "killing", "returned fire", KIL15), ("d1", "wounded", None, KIL15),
 ("d1", "taken", None, KIL15), ("d1", "custody", None, None), ("d1", "recovered", None, KIL15 | MON16),
 ("d1", "said", "it said", {A} | MON16), ("d1", "said", "foreign ministry said", {A} | SUM17),
 ("d1", "crossed", None, None), ("d1", "look", None, None), ("d1", "demanded", None, {A} | SUM17),
 ("d1", "investigation", None, None), ("d1", "denied", None, {A} | SUM17), ("d1", "incident", None, KIL15),
 ("d1", "shot", None, Y2019), ("d1", "kill", None, None),
 ("d2", "stood", None, FRI20), ("d2", "carried", None, FRI20), ("d2", "waited", None, None),
 ("d2", "buried", None, SAT21), ("d2", "heard", None, None), ("d2", "funeral", None, SAT21),
 ("d2", "marched", "about 300 people", SAT21), ("d2", "demand", None, None), ("d2", "let", None, SAT21),
 ("d2", "pass", None, None), ("d2", "marched", "I marched", SAT21), ("d2", "agreed", None, AGR18),
 ("d2", "set", None, None), ("d2", "inquiry", None, None), ("d2", "meeting", None, None), ("d2", "held", None, None),
 ("d2", "asked", None, SUN22), ("d2", "moved", None, None), ("d2", "finished", None, None),
 ("d2", "interviewing", None, None), ("d2", "delay", None, None), ("d2", "hear", None, None),
 ("d2", "charged", None, None),
 ("d3", "killing", None, KIL15), ("d3", "met", None, MET26), ("d3", "planned", None, None), ("d3", "inquiry", None, None),
 ("d3", "visited", None, MET26), ("d3", "shooting", None, KIL15), ("d3", "agreed", None, MET26),
 ("d3", "hear", None, None), ("d3", "said", None, {A} | MET26), ("d3", "present", None, None),
 ("d3", "findings", None, None), ("d3", "charged", None, CHG25), ("d3", "entry", None, None),
 ("d3", "possession", None, None), ("d3", "remanded", None, CHG25), ("d3", "custody", None, None),
 ("d3", "arrested", None, NAM24), ("d3", "fishing", None, None), ("d3", "handed", None, NAM24),
 ("d3", "released", None, CHG25), ("d3", "bail", None, None),
]

score_dates(sys.argv[1], EXPECTED)
