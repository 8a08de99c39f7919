"""Hand-written expected dates (written before running chronicle) for the event mentions of
corpus.jsonl: (article, trigger, sentence hint or None, accepted). accepted: a set of TIMEX
values the mention's date_value may have (source text), "article" in the set = the article-date fallback
is right, None = not scored. A listed mention chronicle does not extract counts as MISSING (reported
apart from wrong dates). python expected_dates.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import ARTICLE as A, score_dates  # noqa: E402

Y2021D = {"2021-12"}                                                  # the entity assembly's vote "In December 2021" (apart)
SUM09 = {"2025-10-09"}                                                # Šipovac summoned "on October 9"
APP14 = {"2025-10-14"}                                                # he "did not appear on Tuesday"
APP14A = {A, "2025-10-14"}                                            # "His office said" (undated)
ISS15 = {"2025-10-15"}                                                # the warrant issued "the previous day"
TRN16 = {"2025-10-16", "2025-10-16TMO"}                               # SIPA turned back "on Thursday morning"
WDR16 = {"2025-10-16", "2025-10-16TMO", "2025-10-16TAF"}              # withdrew after a three-hour standoff
EUF16 = {"2025-10-16", "2025-10-16TEV"}                               # EUFOR "said on Thursday evening"
BIJ16 = {"2025-10-16"}                                                # the Bijeljina customs arrest "the same day" (apart)
CAL17A = {A, "2025-10-17"}                                            # "has called a special session for Monday"
PUT19 = {"2025-10-19"}                                                # the session "put off on Sunday by two days"
PUT19A = {A, "2025-10-19", "2025-10-22", "2025-10-22T09:10", "2025-10-22TMO"}  # the opposition's undated saying
ARR19 = {"2025-10-19"}                                                # the reserves "arrived ... on Sunday"
T0910 = {"2025-10-22", "2025-10-22T09:10", "2025-10-22TMO"}           # live blog entries: the day, the clock time, the part of day
T1035 = {"2025-10-22", "2025-10-22T10:35", "2025-10-22TMO"}
T1250 = {"2025-10-22", "2025-10-22T12:50", "2025-10-22TAF"}
T1540 = {"2025-10-22", "2025-10-22T15:40", "2025-10-22TAF"}
T1615 = {"2025-10-22", "2025-10-22T16:15", "2025-10-22TAF"}
T1730 = {"2025-10-22", "2025-10-22T17:30", "2025-10-22TAF", "2025-10-22TEV"}
DCL22 = {"2025-10-22"}                                                # the declaration / the threat, told later
QST27 = {"2025-10-27"}                                                # "yesterday" (a3): walked in, questioned
ARV27 = {"2025-10-27", "2025-10-27TMO", "2025-10-27T10:00"}           # "arrived shortly before ten in the morning"
LFT27 = {"2025-10-27", "2025-10-27TAF", "2025-10-27T14:45"}           # "left at about a quarter to three", released
QSD27 = {"2025-10-27", "2025-10-27TMO", "2025-10-27TAF"}              # questioned between the two
STP16 = {"2025-10-16"}                                                # "Twelve days ago SIPA agents were stopped"
TLK23 = {"2025-10-23"}                                                # "The day after the assembly's declaration"
AGR23 = {"2025-10-23", "2025-10-23TEV"}                               # "by the evening they had agreed"
SUS24 = {"2025-10-24"}                                                # the warrant suspended "on Friday"
TOD28 = {"2025-10-28", "2025-10-28TMO"}                               # "told reporters this morning"
ARR02 = {"2024-03-02", "2024-03-02TNI"}                               # Shongwe arrested "on Saturday night"
ARR0208 = {"2024-03-02", "2024-03-08"}                                # the letter's list lines "2 March: ... arrested" and
                                                                      # "8 March: ... fourteen arrested" are one sentence to the
                                                                      # splitter: the hint cannot tell the two "arrested" apart
SUN03 = {"2024-03-03"}                                                # confirmed / met / called "on Sunday"
UNN04A = {A, "2024-03-03", "2024-03-04"}                              # "the union said" (undated)
TOD04 = {"2024-03-04"}                                                # "told a news conference in Manzini today"
Y2021J = {"2021-07"}                                                  # two MPs arrested "in July 2021" (apart)
TUE05 = {"2024-03-05"}                                                # the digest's "Tuesday:" item; the letter's "5 March"
WED06 = {"2024-03-06"}                                                # "Wednesday:" the ban, the denial
THU07 = {"2024-03-07"}                                                # "Thursday:" the strike begins
FRI08 = {"2024-03-08"}                                                # "Friday:" the march, tear gas, 14 arrested; the letter's "8 March"
MNZ08 = {"2024-03-08", "2024-03-08TMO"}                               # the Manzini bus drivers "the same morning" (apart)
SAT09 = {"2024-03-09"}                                                # "Saturday:" the 14 released, SADC's announcement
ADJ12 = {"2024-03-12"}                                                # "12 March: the bail hearing adjourned"
BAL14 = {"2024-03-14"}                                                # "14 March: bail granted"
REL14E = {"2024-03-14", "2024-03-14TEV"}                              # "released in the evening"
SUS15 = {"2024-03-15"}                                                # the strike suspended "on 15 March"
MTG18 = {"2024-03-18"}                                                # the envoy's meeting "yesterday", teachers back
SHT10 = {"2023-09-10", "2023-09-10TAF"}                               # Taek shot "on Sunday afternoon"
SHT10D = {"2023-09-10"}                                               # the shooting told without its part of day
NIG10 = {"2023-09-10", "2023-09-10TNI", "2023-09-10TEV"}              # the body handed back "the same night"
CAR10 = {"2023-09-10", "2023-09-10TAF", "2023-09-10TEV"}              # the body carried across
SUM11 = {"2023-09-11"}                                                # the ambassador summoned "on Monday", the note handed
SUM11A = {A, "2023-09-11"}                                            # "the foreign ministry said"
BRO10A = {A, "2023-09-10", "2023-09-10TAF", "2023-09-11"}             # "The brother said" (undated)
Y2013 = {"2013"}                                                      # the Naktuka post built and torn down (apart)
BLK13 = {"2023-09-13"}                                                # the road blocked "On Wednesday", the crossing closed
DSP13 = {"2023-09-13", "2023-09-13TAF"}                               # dispersed "in the afternoon"
AGR14 = {"2023-09-14"}                                                # the ministers' call "On Thursday"; the reply "yesterday"
MET27 = {"2023-09-27"}                                                # the committee met / convened "on Wednesday"
REO29 = {"2023-09-29"}                                                # the crossing reopened "on Friday"
ATB16 = {"2023-09-16"}                                                # two Timorese arrested in Atambua "on September 16" (apart)
ARR03 = {"2026-02-03"}                                                # the four detained "on Tuesday" / "on February 3"
THR04 = {"2026-02-04"}                                                # Niger's threat "on Wednesday"
THR04A = {A, "2026-02-04"}                                            # the minister's and the spokesman's undated sayings
Y2024M = {"2024-05"}                                                  # Benin detains three Nigeriens "In May 2024" (apart)
STP06 = {"2026-02-06"}                                                # pumping stopped "since Friday"; halted
PPN10 = {"2026-02-10", "2026-02-10TEV"}                               # the meeting postponed, "said on Tuesday evening"
CHG09 = {"2026-02-09"}                                                # charged "on Monday", the ministry "said on Monday"
CHG09A = {A, "2026-02-09"}                                            # "the ministry said" (undated)
ATK08 = {"2026-02-08"}                                                # the Dosso attack "on Sunday" / "on February 8" (apart)
CLM08A = {A, "2026-02-08", "2026-02-09"}                              # the rebels "claimed the attack"
PRK17 = {"2026-02-17"}                                                # the delegations "sat down in Parakou on Tuesday"
TLK1718 = {"2026-02-17", "2026-02-17TNI", "2026-02-17T24:00", "2026-02-18", "2026-02-18TNI",
           "2026-02-18T00:00"}                                        # the talks "ended after midnight", the deal
FRE19 = {"2026-02-19"}                                                # two freed "yesterday" (d3) / "two days after" (d4)
HND19 = {"2026-02-19", "2026-02-19TAF"}                               # "handed to Nigerien officials in the afternoon"
Y2012 = {"2012"}
Y2016 = {"2016"}
Y2019 = {"2019"}
Y2024 = {"2024"}
RES21 = {"2026-02-21"}                                                # pumping resumed "on Saturday"
SUN22 = {"2026-02-22"}                                                # the minister "said on Sunday"
REP20 = {"2026-02-20"}                                                # repairs "completed on Friday"
FIL08 = {"2026-W08", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21",
         "2026-02-22"}                                                # a bail application filed "last week"

EXPECTED = [
 # A (2025): Dec 2021 apart; Thu 10-09 (summons); Tue 10-14 (not appeared); Wed 10-15 (the warrant); Thu 10-16 morning
 #    (SIPA turned back; the Bijeljina arrest apart; EUFOR's evening statement); a1 Fri 10-17; Sun 10-19 (the session
 #    put off, reserves arrive); a2 Wed 10-22 (the session, the declaration); Thu 10-23 (the talks); Fri 10-24 (the warrant
 #    suspended); Mon 10-27 (questioned, released); a3 Tue 10-28.
 ("a1", "turned", None, TRN16), ("a1", "gone", None, None), ("a1", "arrest", "had gone to arrest", None),
 ("a1", "warrant", "on a warrant issued", None), ("a1", "issued", None, ISS15), ("a1", "formed", None, TRN16),
 ("a1", "withdrew", None, WDR16), ("a1", "standoff", None, TRN16), ("a1", "arrest", "without making", None),
 ("a1", "fired", None, None), ("a1", "summoned", None, SUM09), ("a1", "answer", "answer questions", None),
 ("a1", "went", None, None), ("a1", "inquiry", None, None), ("a1", "appear", None, APP14), ("a1", "interview", None, None),
 ("a1", "said", "His office said", APP14A), ("a1", "answer", "no standing", None),
 ("a1", "said", "Thursday evening", EUF16), ("a1", "bring", None, None), ("a1", "support", None, None),
 ("a1", "called", None, CAL17A), ("a1", "session", None, None), ("a1", "debate", None, None),
 ("a1", "arrested", None, BIJ16), ("a1", "taking", None, None), ("a1", "voted", None, Y2021D),
 ("a1", "withdrawing", None, None), ("a1", "carried", None, None),
 ("a2", "arriving", None, T0910), ("a2", "session", "Deputies are arriving", None), ("a2", "called", "called for Monday", None),
 ("a2", "put", None, PUT19), ("a2", "session", "had been called", None), ("a2", "request", None, None),
 ("a2", "said", "needed time", PUT19A), ("a2", "study", None, None), ("a2", "opened", None, T1035), ("a2", "read", None, T1035),
 ("a2", "confirmed", None, T1250), ("a2", "arrived", None, ARR19), ("a2", "said", "A spokesman said", T1250),
 ("a2", "patrol", None, None), ("a2", "denied", None, T1250), ("a2", "sent", None, None), ("a2", "carry", None, None),
 ("a2", "arrests", None, None), ("a2", "adopted", None, T1540), ("a2", "rejecting", None, None),
 ("a2", "threatens", None, T1540), ("a2", "withdraw", None, None), ("a2", "tries", None, None), ("a2", "detain", None, None),
 ("a2", "called", "called the declaration", T1615), ("a2", "declaration", "called the declaration", None),
 ("a2", "attack", None, None), ("a2", "urged", None, T1615), ("a2", "accept", None, None), ("a2", "offer", None, None),
 ("a2", "talks", None, None), ("a2", "said", "US embassy", T1730), ("a2", "use", None, None), ("a2", "sanctions", None, None),
 ("a2", "obstruct", None, None),
 ("a3", "eased", None, QST27), ("a3", "walked", None, QST27), ("a3", "arrived", None, ARV27), ("a3", "left", None, LFT27),
 ("a3", "questioned", None, QSD27), ("a3", "released", None, LFT27), ("a3", "hand", None, None), ("a3", "leave", None, None),
 ("a3", "stopped", None, STP16), ("a3", "changed", None, None), ("a3", "talks", None, TLK23),
 ("a3", "declaration", None, DCL22), ("a3", "brought", None, TLK23), ("a3", "agreed", None, AGR23), ("a3", "come", None, None),
 ("a3", "suspended", None, SUS24), ("a3", "threat", None, DCL22), ("a3", "pull", None, None), ("a3", "repeating", None, None),
 ("a3", "told", None, TOD28), ("a3", "stay", None, None),
 # B (2024): Jul 2021 apart; Sat 03-02 night (Shongwe arrested); Sun 03-03 (confirmed; the strike called); b1 Mon 03-04;
 #    Tue 03-05 (appeared, charged, remanded); Wed 03-06 (the ban); Thu 03-07 (the strike); Fri 03-08 (the march, tear gas,
 #    14 arrested; the Manzini protest apart); Sat 03-09 (14 released; the visit announced); b2 Mon 03-11; Tue 03-12 (bail
 #    adjourned); Thu 03-14 (bail, release); Fri 03-15 (strike suspended); Mon 03-18 (the envoy's meeting); b3 Tue 03-19.
 ("b1", "arrested", "Police in Eswatini", ARR02), ("b1", "returned", None, ARR02), ("b1", "conference", None, None),
 ("b1", "said", "the union said", UNN04A), ("b1", "held", None, None), ("b1", "confirmed", None, SUN03),
 ("b1", "said", "She said", SUN03), ("b1", "appear", None, None), ("b1", "gave", None, None), ("b1", "charges", None, None),
 ("b1", "met", None, SUN03), ("b1", "called", None, SUN03), ("b1", "strike", None, None), ("b1", "plans", None, None),
 ("b1", "march", None, None), ("b1", "hand", None, None), ("b1", "petition", None, None), ("b1", "demanding", None, None),
 ("b1", "release", None, None), ("b1", "teach", None, None), ("b1", "sits", None, None), ("b1", "told", None, TOD04),
 ("b1", "arrested", "July 2021", Y2021J), ("b1", "unrest", None, None), ("b1", "jailed", None, None),
 ("b2", "held", "held since", None), ("b2", "appeared", None, TUE05), ("b2", "charged", None, TUE05),
 ("b2", "inciting", None, None), ("b2", "speech", None, None), ("b2", "gave", None, None), ("b2", "application", None, None),
 ("b2", "set", None, TUE05), ("b2", "remanded", None, TUE05), ("b2", "banned", None, WED06), ("b2", "march", None, None),
 ("b2", "saying", None, None), ("b2", "given", None, None), ("b2", "requires", None, None), ("b2", "denied", None, WED06),
 ("b2", "reports", None, None), ("b2", "beaten", None, None), ("b2", "stayed", None, THU07),
 ("b2", "strike", "as the strike began", THU07), ("b2", "began", None, THU07), ("b2", "said", "education ministry", THU07),
 ("b2", "report", None, None), ("b2", "marched", None, FRI08), ("b2", "defiance", None, None), ("b2", "ban", None, WED06),
 ("b2", "fired", None, FRI08), ("b2", "reached", None, FRI08), ("b2", "arrested", None, FRI08),
 ("b2", "held", "bus drivers", MNZ08), ("b2", "protest", None, MNZ08), ("b2", "arrests", None, None), ("b2", "made", None, None),
 ("b2", "released", None, SAT09), ("b2", "said", "Development Community said", SAT09), ("b2", "visit", None, None),
 ("b2", "meet", None, None),
 ("b3", "welcome", None, None), ("b3", "meeting", None, MTG18), ("b3", "took", None, MTG18), ("b3", "announced", None, None),
 ("b3", "visit", None, None), ("b3", "postponed", None, None), ("b3", "request", None, None), ("b3", "write", None, None),
 ("b3", "set", None, None), ("b3", "recorded", None, None), ("b3", "arrested", "border post without", ARR0208),
 ("b3", "charged", None, TUE05), ("b3", "considered", None, None), ("b3", "used", None, FRI08),
 ("b3", "striking", None, None), ("b3", "marching", None, None), 
 ("b3", "adjourned", None, ADJ12), ("b3", "granted", None, BAL14), ("b3", "released", None, REL14E),
 ("b3", "note", None, None), ("b3", "suspended", None, SUS15), ("b3", "strike", None, None), ("b3", "returned", None, MTG18),
 ("b3", "urge", None, None), ("b3", "ask", None, None), ("b3", "withdraw", None, None), ("b3", "remains", None, None),
 ("b3", "investigate", None, None), ("b3", "use", None, FRI08),
 # C (2023): 2013 apart; Sun 09-10 afternoon (Taek shot dead; the body handed back at night); Mon 09-11 (the summons);
 #    c1 Tue 09-12 (the army's claim); Wed 09-13 (the road blocked, dispersed; the crossing closed); Thu 09-14 (the joint
 #    team agreed); c2 Fri 09-15; Sat 09-16 (Atambua arrests, apart); Tue 09-19 (the committee, first date); Wed 09-27
 #    (the committee meets); Fri 09-29 (reopened); c3 Sat 09-30.
 ("c1", "summoned", None, SUM11), ("c1", "handed", "handed him", SUM11), ("c1", "note", None, None),
 ("c1", "shot", None, SHT10), ("c1", "said", "foreign ministry said", SUM11A), ("c1", "killed", None, SHT10),
 ("c1", "claim", None, None), ("c1", "working", None, None), ("c1", "said", "The brother said", BRO10A),
 ("c1", "fired", None, SHT10), ("c1", "carried", None, CAR10), ("c1", "handed", "handed back", NIG10),
 ("c1", "told", None, {A}), ("c1", "rule", None, None), ("c1", "taking", None, None), ("c1", "refused", None, None),
 ("c1", "cooperate", None, None), ("c1", "built", None, Y2013), ("c1", "tore", None, Y2013),
 ("c2", "attacked", None, SHT10), ("c2", "fired", None, SHT10), ("c2", "statement", None, None), ("c2", "death", None, None),
 ("c2", "shot", "farmer shot near", SHT10D), ("c2", "reported", None, None), ("c2", "wounded", None, None),
 ("c2", "released", None, None), ("c2", "taken", None, None), ("c2", "say", None, None), ("c2", "shot", "300 metres", SHT10D),
 ("c2", "claims", None, None), ("c2", "recognise", None, None), ("c2", "happened", None, None), ("c2", "claim", None, None),
 ("c2", "blocked", None, BLK13), ("c2", "dispersed", None, DSP13), ("c2", "closed", None, BLK13),
 ("c2", "agreed", None, AGR14), ("c2", "call", None, AGR14), ("c2", "set", None, None), ("c2", "expected", None, None),
 ("c2", "test", None, None), ("c2", "asked", None, None), ("c2", "attack", None, None), ("c2", "replied", None, AGR14),
 ("c2", "investigation", None, None), ("c2", "show", None, None),
 ("c3", "reopened", None, REO29), ("c3", "met", None, MET27), ("c3", "meeting", None, None), ("c3", "set", "first set", None),
 ("c3", "put", None, None), ("c3", "request", None, None), ("c3", "convened", None, MET27), ("c3", "agreed", None, MET27),
 ("c3", "set", "team set up", AGR14), ("c3", "killing", "set up after the killing", SHT10D), ("c3", "report", None, None),
 ("c3", "keep", None, None), ("c3", "promised", None, {A}), ("c3", "pay", None, None), ("c3", "said", "Timorese official", {A}),
 ("c3", "shut", None, BLK13), ("c3", "blocked", None, BLK13), ("c3", "protest", None, BLK13),
 ("c3", "killing", "in protest at the killing", SHT10D), ("c3", "said", "police in Atambua", {A}),
 ("c3", "arrested", None, ATB16), ("c3", "smuggling", None, None), ("c3", "said", "Dili said", {A}), ("c3", "asked", None, None),
 # D (2026): 2012 / 2016 / 2019 / 2024 and May 2024 apart; Tue 02-03 (the four detained); Wed 02-04 (the threat); d1 Thu
 #    02-05; Fri 02-06 (pumping stopped); Sun 02-08 (the Dosso attack, apart); Mon 02-09 (charged); Tue 02-10 evening (the
 #    meeting postponed); d2 Wed 02-11; Tue 02-17 to after midnight (the Parakou talks, the deal); Thu 02-19 (two freed);
 #    d3 Fri 02-20 (repairs completed); Sat 02-21 (pumping resumed); Sun 02-22 (the minister); d4 Mon 02-23.
 ("d1", "threatened", None, THR04), ("d1", "stop", None, None), ("d1", "pumping", None, None),
 ("d1", "arrested", None, ARR03), ("d1", "freed", None, None), ("d1", "work", None, None),
 ("d1", "detained", "detained by Beninese", ARR03), ("d1", "accused", None, ARR03), ("d1", "entering", None, None),
 ("d1", "said", "has not said", None), ("d1", "charged", None, None), ("d1", "doing", None, None),
 ("d1", "said", "televised statement", THR04A), ("d1", "statement", None, None), ("d1", "released", None, None),
 ("d1", "leave", None, None), ("d1", "said", "matter for the courts", THR04A), ("d1", "arrests", None, ARR03),
 ("d1", "rejected", None, THR04A), ("d1", "called", None, None), ("d1", "blackmail", None, None), ("d1", "row", None, None),
 ("d1", "detained", "In May 2024", Y2024M), ("d1", "closed", None, Y2024M),
 ("d2", "meeting", None, None), ("d2", "open", None, None), ("d2", "mediation", None, None), ("d2", "postponed", None, PPN10),
 ("d2", "said", "Tuesday evening", PPN10), ("d2", "giving", None, None), ("d2", "carried", None, None),
 ("d2", "stopped", None, STP06), ("d2", "threatened", None, THR04), ("d2", "detained", None, ARR03),
 ("d2", "charged", None, CHG09), ("d2", "returned", None, CHG09), ("d2", "said", "defence ministry said", CHG09),
 ("d2", "attacked", None, ATK08), ("d2", "set", None, ATK08), ("d2", "fire", None, None), ("d2", "claimed", None, CLM08A),
 ("d2", "attack", None, ATK08), ("d2", "linked", None, None), ("d2", "dispute", None, None),
 ("d2", "said", "not linked", CHG09A), ("d2", "expected", None, None),
 ("d3", "sat", None, PRK17), ("d3", "called", None, PPN10), ("d3", "brought", None, None), ("d3", "detained", None, None),
 ("d3", "spent", None, None), ("d3", "smoothing", None, None), ("d3", "negotiated", None, Y2012), ("d3", "release", None, None),
 ("d3", "abducted", None, Y2012), ("d3", "helped", None, Y2016), ("d3", "end", None, None), ("d3", "strike", None, Y2016),
 ("d3", "signed", None, Y2019), ("d3", "agreement", "financing agreement", Y2019), ("d3", "trying", None, None),
 ("d3", "keep", None, None), ("d3", "shut", None, Y2024), ("d3", "flew", None, Y2024), ("d3", "kept", None, PRK17),
 ("d3", "talks", None, TLK1718), ("d3", "ended", None, TLK1718), ("d3", "agreement", "ended after midnight", TLK1718),
 ("d3", "drop", None, None), ("d3", "case", None, None), ("d3", "escorted", None, None),
 ("d3", "resume", "would resume", None), ("d3", "charges", None, None), ("d3", "accused", None, None),
 ("d3", "forgery", None, None), ("d3", "stand", None, None), ("d3", "freed", None, FRE19), ("d3", "driven", None, FRE19),
 ("d3", "handed", None, HND19), ("d3", "said", None, None), ("d3", "resume", "has not yet said", None),
 ("d4", "resumed", None, RES21), ("d4", "halted", None, STP06), ("d4", "arrest", None, ARR03),
 ("d4", "said", "resumed pumping", {A}), ("d4", "expected", None, None), ("d4", "load", None, None),
 ("d4", "restarted", None, RES21), ("d4", "freed", None, FRE19), ("d4", "deal", None, TLK1718),
 ("d4", "brokered", None, TLK1718), ("d4", "remain", None, None), ("d4", "stand", None, None), ("d4", "trial", None, None),
 ("d4", "filed", None, FIL08), ("d4", "application", None, None), ("d4", "said", "on Sunday", SUN22),
 ("d4", "kept", None, None), ("d4", "called", None, SUN22), ("d4", "free", None, None), ("d4", "comment", None, None),
 ("d4", "damaged", None, ATK08), ("d4", "completed", None, REP20), ("d4", "said", "Repairs", {A}),
]

score_dates(sys.argv[1], EXPECTED)
