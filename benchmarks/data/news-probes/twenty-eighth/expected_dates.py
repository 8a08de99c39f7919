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


ARR10 = {"2023-09-10", "2023-09-10T22:40", "2023-09-10TNI", "2023-09-10TEV"}  # Wichai arrested ~10:40 p.m., Sunday
CRT11 = {"2023-09-11"}                                           # custody ordered, bail refused; the spokesman's denial
AUG = {"2023-08"}                                                # the Khon Kaen speech
Y2020 = {"2020"}                                                 # the 2020 arrest and bail (apart)
RAL12 = {"2023-09-12", "2023-09-12TEV", "2023-09-12TNI"}         # the rally, three detained and released, Tuesday evening
TUE12 = {"2023-09-12"}                                           # the EU delegation's and the Election Commission's words
THU14M = {"2023-09-14", "2023-09-14TMO"}                         # the second bail request filed, Thursday morning
PUT14 = {"2023-09-14", "2023-09-14TMO", "2023-09-14TAF"}         # the ruling put off (after the morning filing)
KAN14 = {"2023-09-14", "2023-09-14TAF"}                          # Kanya Sutthiwong arrested in Chiang Mai (apart)
Y2022 = {"2022"}                                                 # the complaint against her filed "last year"
BAIL18 = {"2023-09-18", "2023-09-18TMO", "2023-09-18TAF"}        # bail granted (hours before 7:30 p.m.), conditions
OUT18 = {"2023-09-18", "2023-09-18T19:30", "2023-09-18TEV"}     # Wichai walks out of prison
SUB21 = {"2023-09-21"}                                           # the EC's petition submitted
MID10 = {"2026-02-10", "2026-02-10T00:00", "2026-02-09T24:00"}   # the crossings closed at midnight
LOG02 = MID10 | {"2026-02-10T00:02"}                             # the 00:02 live-blog entry
STM10 = {"2026-02-10", "2026-02-10T09:40", "2026-02-10TMO"}     # Minsk's statement (09:40 entry)
PM10 = {"2026-02-10", "2026-02-10T11:15", "2026-02-10TMO"}      # the prime minister to reporters (11:15 entry)
DEC09 = {"2026-02-09"}                                           # the government's decision to close
AIR07 = {"2026-02-07", "2026-02-07TNI", "2026-02-07TEV"}         # balloons close Vilnius airport, Saturday night
Y2021 = {"2021"}                                                 # the 2021 border emergency (apart)
BAR11 = {"2026-02-11"}                                           # the lorries barred from leaving Belarus
SUM12 = {"2026-02-12"}                                           # the summons and the protest note, Thursday
FRI13 = {"2026-02-13"}                                           # VSAT's Friday statement (the article's day)
POL18 = {"2026-02-18"}                                           # Poland shuts Bobrowniki (apart)
SAN23 = {"2026-02-23"}                                           # EU ministers agree to blacklist
DEC26 = {"2026-02-26"}                                           # the decision to reopen
PUT28 = {"2026-02-28"}                                           # the reopening put back a day, Saturday
REO02 = {"2026-03-02", "2026-03-02T08:00", "2026-03-02TMO"}     # the crossings reopened at 8:00
BEG03 = {"2026-03-03", "2026-03-03T06:15", "2026-03-03TMO"}     # the first lorries leave Belarus
MAR25 = {"2025-03"}                                              # the first 30 million euros paid
ANN10 = {"2025-04-10"}                                           # the Commission announces the 90-million payment
REF12 = {"2025-04-12"}                                           # five MEPs refused entry, put on a flight back
SUM14 = {"2025-04-14"}                                           # the EU summons Tunisia's ambassador
REJ15 = {"2025-04-15"}                                           # the presidency rejects the aid
PPN17 = {"2025-04-17"}                                           # the commissioner's visit postponed
W16 = {"2025-W16"} | days("2025-04-14", "2025-04-18")            # MEPs' threats "this week" (editorial of Friday 04-18)
RET24 = {"2025-04-24"}                                           # Tunisia transfers the 30 million back
VIS06 = {"2025-05-06"}                                           # Varga in Tunis; Italy's grant signed the same day
INC19 = {"2024-10-19", "2024-10-19TAF"}                          # the Venezuelan patrol vessel's incursion, Saturday afternoon
NOTE20 = {"2024-10-20"}                                          # Guyana's protest note
SUM21 = {"2024-10-21"}                                           # Venezuela's ambassador summoned; Caracas denies
ATT22 = {"2024-10-22"}                                           # the first Cuyuni attack, two soldiers wounded
MET23 = {"2024-10-23"}                                           # the CARICOM emergency meeting
SENT = days("2024-10-22", "2024-10-24") | {A}                    # troops sent (day not given, told Thursday 10-24)
ATT29 = {"2024-10-29"}                                           # the second Cuyuni attack (apart)
PPN01 = {"2024-11-01"}                                           # Brazil announces the postponement
TLK18 = {"2024-11-18"}                                           # the Brasilia talks, the hotline agreed
DEC23 = {"2023-12"}                                              # the December 2023 Argyle meeting (apart)

EXPECTED = [
 # A (2023): 2020 (an earlier arrest and bail) apart; 08 (the Khon Kaen speech); 09-10 Sun ~22:40 (arrested, charged);
 #    a1 Mon 09-11 (held twelve days, bail refused; the spokesman's denial); 09-12 Tue evening (the rally, three
 #    detained and released; the EU's concern; the Election Commission will ask for dissolution); a2 Wed 09-13;
 #    09-14 Thu (the second bail request filed in the morning, the ruling put off to Monday; Kanya Sutthiwong arrested
 #    in Chiang Mai in the afternoon, apart); a3 Fri 09-15 (press review); 09-18 Mon (bail granted, out at 19:30);
 #    09-21 Thu (the EC's petition); a4 Fri 09-22 ("What we know" list; "What happens next" in the future tense).
 ("a1", "ordered", None, CRT11), ("a1", "held", None, None), ("a1", "rejected", None, CRT11),
 ("a1", "request", None, None), ("a1", "bail", "request for bail", None), ("a1", "arrested", "police arrested", ARR10),
 ("a1", "return", None, ARR10), ("a1", "leads", None, None), ("a1", "detained", None, ARR10), ("a1", "charged", None, ARR10),
 ("a1", "sedition", None, None), ("a1", "speech", None, AUG), ("a1", "gave", None, AUG), ("a1", "said", "police said", {A}),
 ("a1", "said", "Somchai", {A}), ("a1", "appeal", None, None), ("a1", "refusal", None, CRT11), ("a1", "called", None, {A}),
 ("a1", "arrest", None, ARR10), ("a1", "persecution", None, None), ("a1", "arrested", "2020", Y2020),
 ("a1", "protests", None, Y2020), ("a1", "freed", None, Y2020), ("a1", "bail", "freed on bail", None),
 ("a2", "read", None, None), ("a2", "jail", None, None), ("a2", "unfurled", None, RAL12), ("a2", "rally", None, RAL12),
 ("a2", "said", "Police said", {A} | RAL12), ("a2", "detained", None, RAL12), ("a2", "scuffles", None, RAL12),
 ("a2", "tried", None, RAL12), ("a2", "take", None, None), ("a2", "released", None, RAL12 | {"2023-09-12T24:00"}),
 ("a2", "said", "delegation", TUE12), ("a2", "following", None, None), ("a2", "case", None, None),
 ("a2", "denied", None, CRT11), ("a2", "arrest", None, ARR10), ("a2", "said", "Election Commission said", TUE12),
 ("a2", "ask", None, None), ("a2", "dissolve", None, None), ("a2", "funding", None, None), ("a2", "trip", None, None),
 ("a2", "file", None, None), ("a2", "request", None, None), ("a2", "told", None, {A}), ("a2", "held", None, None),
 ("a3", "leads", None, None), ("a3", "decision", None, PUT14), ("a3", "put", None, PUT14), ("a3", "ruling", None, None),
 ("a3", "request", None, THU14M), ("a3", "filed", "lawyers filed", THU14M), ("a3", "wants", None, None),
 ("a3", "think", None, None), ("a3", "quotes", None, {A}), ("a3", "saying", None, None), ("a3", "gives", None, {A}),
 ("a3", "arrest", None, KAN14), ("a3", "complaint", None, Y2022), ("a3", "filed", "complaint filed", Y2022),
 ("a3", "notes", None, {A}), ("a3", "arrested", None, None), ("a3", "argues", None, {A}), ("a3", "plan", None, None),
 ("a3", "seek", None, None), ("a3", "dissolution", None, None), ("a3", "case", None, None), ("a3", "turns", None, None),
 ("a4", "walked", None, OUT18), ("a4", "granted", None, BAIL18), ("a4", "bail", None, BAIL18),
 ("a4", "request", None, THU14M), ("a4", "barred", None, BAIL18), ("a4", "leaving", None, None),
 ("a4", "speaking", None, None), ("a4", "rallies", None, None), ("a4", "spent", None, None), ("a4", "custody", None, None),
 ("a4", "arrest", None, ARR10), ("a4", "submitted", None, SUB21), ("a4", "petition", None, SUB21),
 ("a4", "dissolve", None, None), ("a4", "report", None, None), ("a4", "decide", None, None), ("a4", "indict", None, None),
 ("a4", "announce", None, None), ("a4", "accepts", None, None), ("a4", "case", None, None), ("a4", "hold", None, None),
 ("a4", "congress", None, None), ("a4", "choose", None, None), ("a4", "suspends", None, None),
 # B (2026): 2021 (a border emergency) apart; 02-07 Sat night (balloons close Vilnius airport); 02-09 Mon (decision);
 #    b1 Tue 02-10 (live blog: crossings closed at midnight, Minsk's 09:40 statement, the PM at 11:15); 02-11 Wed
 #    (lorries barred from leaving Belarus); 02-12 Thu (summons, protest note); b2 Fri 02-13 (EU sanctions to be
 #    discussed on 23 February); 02-18 Wed (Poland shuts Bobrowniki, apart); 02-23 Mon (EU blacklist agreed); 02-26 Thu
 #    (reopening decided for 1 March); 02-28 Sat (put back a day); 03-02 Mon 08:00 (reopened); b3 Tue 03-03 (first
 #    lorries out at 06:15).
 ("b1", "closed", None, MID10), ("b1", "traffic", None, None), ("b1", "said", None, {A} | LOG02),
 ("b1", "called", None, STM10), ("b1", "closure", None, MID10), ("b1", "provocation", None, None),
 ("b1", "warned", None, STM10), ("b1", "reserves", None, None), ("b1", "respond", None, None), ("b1", "told", None, PM10),
 ("b1", "stay", None, None), ("b1", "shut", None, None), ("b1", "keep", None, None), ("b1", "coming", None, None),
 ("b1", "took", None, DEC09), ("b1", "decision", None, DEC09), ("b1", "forced", None, AIR07), ("b1", "close", None, AIR07),
 ("b1", "says", None, {A}), ("b1", "declared", None, Y2021), ("b1", "emergency", None, Y2021),
 ("b1", "pushed", None, Y2021), ("b1", "say", None, {A}), ("b1", "step", None, None), ("b1", "planned", None, None),
 ("b2", "summoned", None, SUM12), ("b2", "handed", None, SUM12), ("b2", "note", None, SUM12),
 ("b2", "protest", None, SUM12), ("b2", "called", None, SUM12), ("b2", "hostage-taking", None, BAR11),
 ("b2", "barred", None, BAR11), ("b2", "leaving", None, None), ("b2", "says", None, {A}), ("b2", "held", None, None),
 ("b2", "expired", None, MID10), ("b2", "closed", None, MID10), ("b2", "said", "VSAT", {A} | FRI13),
 ("b2", "crossed", None, None), ("b2", "closure", None, MID10), ("b2", "discuss", None, None),
 ("b2", "sanctions", None, None), ("b2", "meeting", None, None), ("b2", "said", "Valiukas", {A}),
 ("b3", "held", None, BAR11), ("b3", "began", None, BEG03), ("b3", "crossing", "Medininkai at 6:15", BEG03), ("b3", "crossing", "Bobrowniki", POL18),
 ("b3", "reopened", None, REO02), ("b3", "decided", None, DEC26), ("b3", "reopen", None, None),
 ("b3", "agreed", None, SAN23), ("b3", "blacklist", None, SAN23), ("b3", "put", None, PUT28),
 ("b3", "reopening", None, None), ("b3", "add", None, None), ("b3", "called", None, {A}), ("b3", "sanctions", None, SAN23),
 ("b3", "denied", None, {A}), ("b3", "holding", None, None), ("b3", "shut", None, POL18), ("b3", "surge", None, None),
 ("b3", "said", None, {A}), ("b3", "keep", None, None), ("b3", "closed", None, None),
 # C (2025): 2023 (the migration memorandum); 03 (30 million paid); 04-10 Thu (90 million announced); 04-12 Sat (five
 #    MEPs refused entry); c1 Mon 04-14 (the EU summons the ambassador; a visit due on 22 April); 04-15 Tue (the
 #    presidency rejects the aid); 04-17 Thu (the visit postponed); c2 Fri 04-18 (editorial, day-month dates); 04-24
 #    Thu (the 30 million sent back); 05-06 Tue (Varga in Tunis; Italy's grant signed, apart); c3 Wed 05-07.
 ("c1", "summoned", None, SUM14), ("c1", "refused", None, REF12), ("c1", "entry", None, REF12), ("c1", "put", None, REF12),
 ("c1", "flight", None, REF12), ("c1", "planned", None, None), ("c1", "meet", None, None), ("c1", "denied", None, {A}),
 ("c1", "expelled", None, None), ("c1", "saying", None, {A}), ("c1", "coordinated", None, None),
 ("c1", "visit", "coordinated the visit", None), ("c1", "incident", None, REF12), ("c1", "came", None, REF12),
 ("c1", "announced", None, ANN10), ("c1", "payment", None, None), ("c1", "support", None, None),
 ("c1", "memorandum", None, {"2023"}), ("c1", "paid", None, MAR25), ("c1", "due", None, None),
 ("c1", "visit", "due to visit", None),
 ("c2", "rejected", None, REJ15), ("c2", "announced", None, ANN10), ("c2", "saying", None, REJ15),
 ("c2", "accepts", None, None), ("c2", "cooperation", None, None), ("c2", "speaking", None, REJ15),
 ("c2", "refusal", None, REF12), ("c2", "entry", None, REF12), ("c2", "defends", None, {A}), ("c2", "soured", None, None),
 ("c2", "said", None, PPN17), ("c2", "visit", None, None), ("c2", "planned", None, None), ("c2", "postponed", None, PPN17),
 ("c2", "Postponing", None, None), ("c2", "Threatening", None, W16), ("c2", "freeze", None, None), ("c2", "did", None, W16),
 ("c3", "met", None, VIS06), ("c3", "visit", "first visit", VIS06), ("c3", "rejected", None, REJ15 | {"2025-04"}),
 ("c3", "said", "both sides", VIS06 | {A}), ("c3", "wanted", None, None), ("c3", "turn", None, None),
 ("c3", "transferred", None, RET24), ("c3", "received", None, MAR25), ("c3", "confirmed", None, {A}),
 ("c3", "said", "Commission said", {A}), ("c3", "announced", None, ANN10 | {"2025-04"}), ("c3", "remained", None, None),
 ("c3", "signed", None, VIS06), ("c3", "grant", None, VIS06), ("c3", "visit", "Italy signed", VIS06),
 ("c3", "turned", None, REF12 | {"2025-04"}), ("c3", "hoped", None, None), ("c3", "meet", None, None),
 ("c3", "called", None, {A}), ("c3", "visit", "UGTT", VIS06),
 # D (2024): 2023-12 (Argyle meeting, pledge) apart; 10-19 Sat afternoon (incursion); 10-20 Sun (protest note); d1 Mon
 #    10-21 (summons, denial; CARICOM meeting planned for Wednesday); 10-22 Tue (first Cuyuni attack); 10-23 Wed
 #    (CARICOM meeting); d2 Thu 10-24 (troops sent; Brasilia meeting set for 4 November); 10-29 Tue (second Cuyuni
 #    attack, apart); 11-01 Fri (postponement announced); 11-18 Mon (Brasilia talks, hotline agreed); d3 Wed 11-20.
 ("d1", "summoned", None, SUM21), ("d1", "protest", "to protest against", SUM21), ("d1", "called", None, SUM21 | {A}),
 ("d1", "incursion", "what it called", INC19), ("d1", "sailed", None, INC19), ("d1", "sent", None, NOTE20),
 ("d1", "note", None, NOTE20), ("d1", "protest", "sent a protest", NOTE20), ("d1", "denied", None, SUM21),
 ("d1", "incursion", "denied any", INC19), ("d1", "saying", None, SUM21), ("d1", "patrolling", None, INC19),
 ("d1", "hold", None, None), ("d1", "meeting", None, None), ("d1", "request", None, None), ("d1", "met", None, DEC23),
 ("d1", "pledged", None, DEC23), ("d1", "use", None, None), ("d1", "force", None, None), ("d1", "dispute", None, None),
 ("d2", "backed", None, MET23), ("d2", "meeting", None, MET23), ("d2", "called", None, MET23), ("d2", "respect", None, None),
 ("d2", "pledge", None, {"2023", "2023-12"}), ("d2", "fired", None, ATT22), ("d2", "wounding", None, ATT22),
 ("d2", "said", "army said", {A, "2024-10-24"}), ("d2", "sent", None, SENT), ("d2", "blame", None, None),
 ("d2", "attack", None, ATT22), ("d2", "said", "police said", {A}), ("d2", "bore", None, None),
 ("d2", "said", "Brazil", {A}), ("d2", "meet", None, None),
 ("d3", "agreed", None, TLK18), ("d3", "set", "set up", None), ("d3", "hotline", None, None),
 ("d3", "talks", "at talks", TLK18), ("d3", "postponed", None, PPN01), ("d3", "request", None, None),
 ("d3", "meeting", None, TLK18), ("d3", "set", "first set", None), ("d3", "announced", None, PPN01),
 ("d3", "postponement", None, PPN01), ("d3", "attacked", None, ATT29), ("d3", "attack", "second such", ATT29),
 ("d3", "attack", "No one", ATT29), ("d3", "hurt", None, None), ("d3", "said", None, {A} | TLK18),
 ("d3", "talks", "frank", TLK18), ("d3", "repeat", None, None), ("d3", "denial", None, SUM21),
 ("d3", "incursion", None, INC19), ("d3", "mentioned", None, None), ("d3", "statement", None, TLK18),
]

score_dates(sys.argv[1], EXPECTED)
