"""Hand-written expected dates (written before running chronicle) for the event mentions of
corpus.jsonl: (article, trigger, sentence hint or None, accepted). accepted: a set of TIMEX
values the mention's date_value may have (source text), "article" in the set = the article-date fallback
is right, None = not scored. A listed mention chronicle does not extract counts as MISSING (reported
apart from wrong dates). python expected_dates.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import ARTICLE as A, score_dates  # noqa: E402

S16 = {"2023-05-16"}                                            # the border treaty signed in Vientiane, Tuesday
R22 = {"2023-06-22"}                                            # Cambodia's assembly ratifies, Thursday
L21 = {"2023-06-21"}                                            # Laos postpones its vote, Wednesday
G06 = {"2024-09-06"}                                            # customs officers walk off the job, Friday
D14 = {"2024-09-14", "2024-09-14TNI", "2024-09-14T24:00", "2024-09-14T23:59"}  # the deal signed Saturday before midnight
O24 = {"2024-10"}                                               # the ship-to-ship transfer, October last year
Y05 = {"2025-03-05"}                                            # the Orion Star seized at Yeosu, Wednesday
K14 = {"2026-01-14"}                                            # the trader killed in Chililabombwe, Wednesday
M16 = {"2026-01-16"}                                            # the mob storms the consulate, Friday
EXPECTED = [
 # A (2023): 2017 (armies face off) and 2019 (survey agreement) apart; 05-15 Mon (villagers protest in Stung Treng);
 #    05-16 Tue (treaty signed in Vientiane); a1 Wed 05-17; 06-21 Wed (Laos postpones its June 28 vote, statement);
 #    06-22 Thu (Cambodia's assembly ratifies; activists announce a petition); the week before (activists questioned);
 #    a2 Fri 06-23; 08-15 Tue (Lao assembly ratifies); August (Constitutional Council rejects the petition);
 #    08-25 Fri (instruments exchanged in Phnom Penh); 08-27 Sun (Don Sahong spillway); 08-28 Mon (first post planted);
 #    a3 Wed 08-30; rice talks next week (plan, apart).
 ("a1", "signed", "signed a treaty on Tuesday", S16), ("a1", "said", "officials said", {A}), ("a1", "negotiations", None, None),
 ("a1", "signed", "was signed in Vientiane", S16), ("a1", "ceremony", None, S16), ("a1", "faced", None, {"2017"}),
 ("a1", "said", "after the signing", S16), ("a1", "signing", None, S16), ("a1", "ratified", "must still be", None),
 ("a1", "said", "Cambodian officials said", {A}), ("a1", "expected", None, {A}), ("a1", "vote", None, None),
 ("a1", "protested", None, {"2023-05-15"}), ("a1", "saying", None, {"2023-05-15"}), ("a1", "pass", None, None),
 ("a1", "intervene", None, {"2023-05-15"}), ("a1", "signed", "survey agreement", {"2019"}), ("a1", "agreement", None, {"2019"}),
 ("a1", "allowed", None, {"2019", A}), ("a1", "map", None, None), ("a1", "surveyed", None, None), ("a1", "told", None, {A}),
 ("a2", "ratified", None, R22), ("a2", "signed", None, S16), ("a2", "vote", "The vote came", R22),
 ("a2", "postponed", "Laos postponed", L21), ("a2", "statement", None, L21), ("a2", "issued", None, L21),
 ("a2", "decided", None, L21), ("a2", "postpone", None, L21), ("a2", "examination", None, None), ("a2", "scheduled", None, None),
 ("a2", "study", None, None), ("a2", "postponement", None, L21), ("a2", "objection", None, None), ("a2", "ratification", "committed", None),
 ("a2", "told", None, R22), ("a2", "vote", "after the vote", R22), ("a2", "expected", None, R22), ("a2", "ratify", None, None),
 ("a2", "said", "Opposition activists", R22), ("a2", "petition", None, None), ("a2", "questioned", None, {"2023-W24"}),
 ("a2", "organising", None, {"2023-05-15", "2023-05"}), ("a2", "protest", None, {"2023-05-15", "2023-05"}),
 ("a2", "said", "rights group said", {A}),
 ("a3", "planted", None, {"2023-08-28"}), ("a3", "said", "Cambodian official said", {A}), ("a3", "install", None, None),
 ("a3", "exchange", None, {"2023-08-25"}), ("a3", "brought", None, {"2023-08-25"}), ("a3", "ratified", None, {"2023-08-15"}),
 ("a3", "deferring", None, L21), ("a3", "approved", None, R22 | {"2023-06"}), ("a3", "rejected", None, {"2023-08"}),
 ("a3", "petition", None, None), ("a3", "ruling", None, {"2023-08"}), ("a3", "acted", None, R22 | {"2023-06"}),
 ("a3", "opened", None, {"2023-08-27"}), ("a3", "said", "its operator said", {A}), ("a3", "hold", None, None),
 ("a3", "talks", None, None), ("a3", "said", "An earlier version", None), ("a3", "signed", "in Phnom Penh on May 16", S16),
 ("a3", "signed", "It was signed in Vientiane", S16), ("a3", "regret", None, {A}),
 # B (2024): 2022-03 (a two-day customs strike, a review promised) apart; 08-30 Fri (strike announced); 09-06 Fri (officers
 #    walk off, port closed); 09-08 Sun (tear gas on truck drivers blocking the gate, three arrested and released);
 #    b1 Mon 09-09 (meeting set for Wednesday); 09-10 Tue (deputy general secretary arrested); 09-11 Wed (talks postponed,
 #    she is freed on bail and charged); b2 Thu 09-12 (talks now Saturday); 09-14 Sat (eleven hours of talks, deal signed
 #    before midnight, members vote to go back); 09-15 Sun (officers back, gates open at six, MSC Gina berths);
 #    09-16 Mon (interview); b3 Tue 09-17; 09-30 Mon (charge dropped); 10-01 Tue (first instalment paid); b4 Wed 10-02;
 #    second instalment in December, a pay review next year (plans).
 ("b1", "remained", None, {A}), ("b1", "closed", "remained closed", {A, "2024-09-06"}), ("b1", "strike", "as a strike", G06 | {A}),
 ("b1", "stranding", None, {A}), ("b1", "forcing", None, {A}), ("b1", "divert", None, {A}), ("b1", "walked", None, G06),
 ("b1", "demand", None, G06 | {A}), ("b1", "announced", None, {"2024-08-30"}), ("b1", "strike", "had announced", None),
 ("b1", "failed", None, {"2024-08-30", "2024-08"}), ("b1", "cleared", None, None), ("b1", "stoppage", None, G06),
 ("b1", "began", None, G06), ("b1", "said", "Harbours Authority said", {A}), ("b1", "fired", None, {"2024-09-08"}),
 ("b1", "disperse", None, {"2024-09-08"}), ("b1", "blocked", None, {"2024-09-08"}), ("b1", "protest", None, {"2024-09-08"}),
 ("b1", "arrested", None, {"2024-09-08"}), ("b1", "released", None, {"2024-09-08"}), ("b1", "said", "Ansah-Akrofi said", {A}),
 ("b1", "said", "it would meet", {A}), ("b1", "meet", "union leaders", None), ("b1", "discuss", None, None), ("b1", "told", None, {A}),
 ("b1", "return", None, None), ("b1", "said", "headline of this story", None),
 ("b2", "strike", "customs strike", G06 | {A}), ("b2", "shut", None, G06 | {A}), ("b2", "stopped", None, G06),
 ("b2", "closed", None, G06), ("b2", "sent", None, {A, "2024-09-06", "2024-W37"}), ("b2", "talks", "Were there talks", None),
 ("b2", "meeting", None, {"2024-09-11"}), ("b2", "postponed", None, {"2024-09-11"}), ("b2", "travelled", None, {"2024-09-11"}),
 ("b2", "said", "ministry said", {"2024-09-11", A}), ("b2", "talks", "now be held", None), ("b2", "held", None, None),
 ("b2", "arrested", None, {"2024-09-10"}), ("b2", "blocked", None, {"2024-09-10"}), ("b2", "freed", None, {"2024-09-11"}),
 ("b2", "charged", None, {"2024-09-11", A}), ("b2", "estimate", None, {A}), ("b2", "rose", None, {"2024-W37", A}),
 ("b2", "struck", None, {"2022-03"}), ("b2", "stayed", None, {"2022-03"}),
 ("b3", "returned", None, {"2024-09-15"}), ("b3", "signed", "signed a deal", D14), ("b3", "deal", None, D14),
 ("b3", "ending", None, D14), ("b3", "strike", "nine-day", G06 | D14), ("b3", "spoke", None, {"2024-09-16"}),
 ("b3", "agreement", None, D14), ("b3", "reached", None, D14), ("b3", "signed", "We signed on Saturday", D14),
 ("b3", "talks", None, D14), ("b3", "came", None, {"2024-09-14"}), ("b3", "paid", "will be paid", None),
 ("b3", "call", None, D14), ("b3", "guaranteed", None, {A, "2024-09-14", "2024-09"}), ("b3", "voted", None, {"2024-09-14"}),
 ("b3", "opened", None, {"2024-09-15", "2024-09-15TMO", "2024-09-15T06:00"}), ("b3", "dropped", None, None),
 ("b3", "promised", None, D14 | {A}), ("b3", "raise", None, None),
 ("b3", "berthed", None, {"2024-09-15", "2024-09-15TAF"}), ("b3", "said", "ports authority said", {A}),
 ("b4", "paid", None, {"2024-10-01"}), ("b4", "promised", "as promised", D14), ("b4", "agreement", None, D14),
 ("b4", "ended", "ended last month", D14), ("b4", "strike", "last month", G06 | D14 | {"2024-09"}),
 ("b4", "said", "Customs Officers Union said", {A}), ("b4", "received", None, {"2024-10-01", A}),
 ("b4", "said", "Kwesi Boateng said", {A}), ("b4", "dropped", None, {"2024-09-30"}), ("b4", "said", "her lawyer said", {A}),
 ("b4", "arrested", None, {"2024-09-10"}), ("b4", "stoppage", None, G06 | {"2024-09"}), ("b4", "cost", None, G06 | {"2024-09"}),
 ("b4", "returned", None, {A}), ("b4", "said", "on Wednesday", {A}), ("b4", "announced", None, {A}),
 ("b4", "review", "next year", None), ("b4", "welcomed", None, {A}), ("b4", "warned", None, {A}), ("b4", "strike", "again", None),
 ("b4", "strike", "In 2022", {"2022"}), ("b4", "ended", "In 2022", {"2022"}), ("b4", "promised", "never took place", {"2022"}),
 # C (2025): 2024 (a Togo-flagged tanker held three months, released) apart; 2024-10 (the ship-to-ship diesel transfer,
 #    spotted by a Japanese patrol plane); 03-05 Wed (Orion Star arrives from Taiwan and is seized at Yeosu); c1 Thu 03-06
 #    (crew questioned; Russia demands consular access); 03-10 Mon (Russian protest note); 03-11 Tue (seven crew fly home);
 #    c2 Wed 03-12 (the captain's detention hearing, custody granted); the week before c3 (raised at the UN committee);
 #    04-18 Fri (tanker released, bond posted); 04-19 Sat (sails for Vladivostok); 04-21 Mon (captain charged);
 #    c3 Tue 04-22; trial set for May 20 (plan).
 ("c1", "detained", None, Y05), ("c1", "transferring", None, O24), ("c1", "said", "officials said", {A}),
 ("c1", "seized", "was seized at", Y05), ("c1", "arrived", None, Y05), ("c1", "said", "foreign ministry said", {A}),
 ("c1", "questioned", None, {A}), ("c1", "believe", None, {A}), ("c1", "transferred", None, O24),
 ("c1", "said", "ministry official said", {A}), ("c1", "transfer", None, O24), ("c1", "spotted", None, O24), ("c1", "added", None, {A}),
 ("c1", "demanded", None, {A, "2025-03-05", "2025-03-06"}), ("c1", "said", "the ministry said", {A}),
 ("c1", "seized", "several ships", None), ("c1", "held", None, {"2024"}), ("c1", "released", None, {"2024"}),
 ("c2", "hearing", "following the detention", {A}), ("c2", "arrived", None, {A, "2025-03-12T09:55"}),
 ("c2", "answer", None, {A, "2025-03-12T09:55"}), ("c2", "hearing", "opened behind", {A, "2025-03-12T10:10"}),
 ("c2", "opened", None, {A, "2025-03-12T10:10"}), ("c2", "asking", None, {A}), ("c2", "keep", None, None),
 ("c2", "quoted", None, {A}), ("c2", "saying", None, {A}), ("c2", "sent", None, {"2025-03-10"}), ("c2", "note", "protest note", {"2025-03-10"}),
 ("c2", "calling", None, {"2025-03-10"}), ("c2", "detention", "of the crew", Y05), ("c2", "said", "it had received", {A}),
 ("c2", "received", None, {A, "2025-03-10", "2025-03-11"}), ("c2", "reply", None, None), ("c2", "told", None, {A}),
 ("c2", "denied", None, {A}), ("c2", "transfer", None, O24), ("c2", "ordered", None, O24),
 ("c2", "granted", None, {A, "2025-03-12T13:05"}), ("c2", "remain", None, None), ("c2", "allowed", None, {"2025-03-11"}),
 ("c2", "fly", None, {"2025-03-11"}), ("c2", "said", "consular official said", {A}),
 ("c3", "released", "released the Panama", {"2025-04-18"}), ("c3", "impounding", None, Y05), ("c3", "charged", None, {"2025-04-21"}),
 ("c3", "violating", None, O24), ("c3", "sailed", None, {"2025-04-19"}), ("c3", "posted", None, {"2025-04-18", "2025-04", A}),
 ("c3", "said", "customs official said", {A}), ("c3", "left", None, {"2025-04-19"}), ("c3", "indicted", None, {"2025-04-21"}),
 ("c3", "transfer", None, O24), ("c3", "trial", None, None), ("c3", "open", None, None), ("c3", "face", None, None),
 ("c3", "welcomed", None, {A}), ("c3", "release", None, {"2025-04-18"}), ("c3", "called", None, {A}),
 ("c3", "charge", None, {"2025-04-21"}), ("c3", "reported", None, {A}), ("c3", "raised", None, {"2025-W16"}),
 ("c3", "meeting", None, {"2025-W16"}), ("c3", "said", "a diplomat said", {A}), ("c3", "held", None, {"2024"}),
 ("c3", "releasing", None, {"2024"}),
 # D (2026): 2023 (the consulate stoned over truck fees) apart; 01-14 Wed (a Congolese trader beaten to death in
 #    Chililabombwe); 01-16 Fri (a mob storms, ransacks and burns the Zambian consulate, the consul evacuated);
 #    01-17 Sat (Zambia summons the Congolese ambassador, shuts Kasumbalesa; a customs agent arrested); d1 Sat 01-17;
 #    01-18 Sun (fourteen arrested in Lubumbashi); 01-19 Mon (Kinshasa apologises); 01-20 Tue (a peaceful gathering
 #    outside the consulate, distinct from the attack); d2 Tue 01-20; 01-21 Wed (autopsy result; the agent charged with
 #    murder); 01-22 Thu (ministers meet in Ndola, crossing reopened); 01-23 Fri (the fourteen charged; 600 lorries by
 #    evening); d3 Sat 01-24; the consulate to reopen next month (plan).
 ("d1", "stormed", None, M16), ("d1", "set", None, M16), ("d1", "beaten", None, K14), ("d1", "said", "witnesses said", {A}),
 ("d1", "evacuated", None, M16), ("d1", "ransacked", None, M16), ("d1", "told", None, {A}), ("d1", "burned", None, M16),
 ("d1", "killed", None, K14), ("d1", "dispute", "customs agent", K14), ("d1", "summoned", None, {"2026-01-17"}),
 ("d1", "closed", None, {"2026-01-17"}), ("d1", "attack", None, M16), ("d1", "breach", None, M16),
 ("d1", "said", "in a statement", {A}), ("d1", "statement", None, {A}), ("d1", "demanded", None, {A}), ("d1", "arrested", None, None),
 ("d1", "stoned", None, {"2023"}), ("d1", "dispute", "truck fees", {"2023"}),
 ("d2", "apologised", None, {"2026-01-19"}), ("d2", "attack", None, M16), ("d2", "promised", None, {"2026-01-19"}),
 ("d2", "pay", None, None), ("d2", "said", "Patrick Muyaya said", {"2026-01-19"}), ("d2", "arrested", "fourteen", {"2026-01-18"}),
 ("d2", "said", "police commander said", {A}), ("d2", "suspected", None, {A}), ("d2", "looting", None, M16),
 ("d2", "arson", None, M16), ("d2", "welcomed", None, {A, "2026-01-19", "2026-01-20"}), ("d2", "apology", None, {"2026-01-19"}),
 ("d2", "said", "would stay shut", {A, "2026-01-19", "2026-01-20"}), ("d2", "guaranteed", None, None),
 ("d2", "gathered", None, {"2026-01-20", "2026-01-20TMO"}), ("d2", "demand", None, {"2026-01-20", "2026-01-20TMO"}),
 ("d2", "reopening", None, None), ("d2", "dispersed", None, {"2026-01-20"}), ("d2", "arrested", "customs agent", {"2026-01-17"}),
 ("d2", "death", None, K14), ("d2", "said", "Zambian police said", {A}), ("d2", "autopsy", None, None), ("d2", "meet", None, None),
 ("d3", "reopens", None, {"2026-01-22"}), ("d3", "reopened", None, {"2026-01-22"}), ("d3", "shut", None, {"2026-01-17"}),
 ("d3", "burning", None, M16), ("d3", "announced", None, {"2026-01-22"}), ("d3", "met", None, {"2026-01-22", "2026-01-22TMO"}),
 ("d3", "agreed", None, {"2026-01-22", "2026-01-22TMO"}), ("d3", "patrols", None, None),
 ("d3", "crossed", None, {"2026-01-23", "2026-01-23TEV"}), ("d3", "charged", "fourteen", {"2026-01-23"}),
 ("d3", "arrested", None, {"2026-01-18", "2026-W03-WE", "2026-W03"}), ("d3", "looting", None, M16), ("d3", "arson", None, M16),
 ("d3", "attacking", None, M16), ("d3", "remanded", None, {"2026-01-23"}), ("d3", "autopsy", None, {"2026-01-21"}),
 ("d3", "killed", None, K14), ("d3", "showed", None, {"2026-01-21"}), ("d3", "died", None, K14),
 ("d3", "said", "Zambian police said", {"2026-01-21"}), ("d3", "death", None, K14), ("d3", "charged", "murder", {"2026-01-21"}),
 ("d3", "says", None, {A}), ("d3", "reopen", None, None), ("d3", "ended", None, {"2026-01-20"}),
 ("d3", "sit-in", None, {"2026-01-19", "2026-01-20"}), ("d3", "rose", None, {"2025-12"}),
]

score_dates(sys.argv[1], EXPECTED)
