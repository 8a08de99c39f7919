"""Hand-written expected dates (written before running chronicle) for the event mentions of
corpus.jsonl: (article, trigger, sentence hint or None, accepted). accepted: a set of TIMEX
values the mention's date_value may have (source text), "article" in the set = the article-date fallback
is right, None = not scored. A listed mention chronicle does not extract counts as MISSING (reported
apart from wrong dates). python expected_dates.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import ARTICLE as A, score_dates  # noqa: E402

Q19 = {"2019-10", "2019"}                                     # Rajesh Muniandy arrested and questioned, October 2019
T12 = {"2025-08-12", "2025-08-12T23:00", "2025-08-12TNI"}      # the Aurora Star attacked, Tuesday about 11 p.m.
P14 = {"2025-08-14", "2025-08-14TAF"}                          # the Nordic Pearl targeted, Thursday afternoon
W20 = {"2025-08-20", "2025-08-20TNI"}                          # the U.S. strikes, Wednesday night
E12 = {"2026-03-12", "2026-03-12TMO"}                          # the rectorate evicted, Thursday at dawn
H16 = {"2024-06-16", "2024-06-16TMO"}                          # Guatemalan boats near Hunting Caye, Sunday morning
EXPECTED = [
 # A: arrest 2019-10, sentence 2021, final appeal dismissed early 2023-04, a Singaporean hanged 04-19, letter 04-20,
 #    clemency letter 04-21, vigil 04-23, application filed 04-24, stay 04-25 (execution had been set for 04-26),
 #    hearing + application dismissed 05-16, petition 05-16..18, sentence commuted 05-18, PM thanks 05-19
 ("a1", "hang", None, None), ("a1", "convicted", "Singapore will hang", None), ("a1", "said", "his family said", {A}),
 ("a1", "informed", None, {"2023-04-20"}), ("a1", "delivered", None, {"2023-04-20"}),
 ("a1", "arrested", None, {"2019-10"}), ("a1", "sentenced", None, {"2021"}), ("a1", "dismissed", None, {"2023-04"}),
 ("a1", "appeal", "dismissed his final appeal", {"2023-04"}),
 ("a1", "wrote", None, {"2023-04-21"}), ("a1", "asking", None, {"2023-04-21"}), ("a1", "commuted", None, None),
 ("a1", "learned", None, {A}), ("a1", "respect", None, None), ("a1", "plead", None, {A, "2023-04-21"}),
 ("a1", "told", None, {A, "2023-04-21"}), ("a1", "plan", None, None), ("a1", "vigil", None, None),
 ("a1", "said", "His lawyers said", {A}), ("a1", "file", None, None), ("a1", "application", None, None),
 ("a1", "arguing", None, None), ("a1", "denied", None, Q19), ("a1", "questioning", None, Q19),
 ("a1", "executed", None, {"2023-04-19"}), ("a1", "trafficking", "kilogram of cannabis", None), ("a1", "appeals", None, None),
 ("a2", "stayed", None, {"2023-04-25"}), ("a2", "execution", "stayed the execution", None), ("a2", "hanged", "due to be hanged", None),
 ("a2", "consider", None, None), ("a2", "denied", None, Q19), ("a2", "filed", None, {"2023-04-24"}),
 ("a2", "application", "The application was filed", {"2023-04-24"}), ("a2", "said", "Karan Nair, said", {A}),
 ("a2", "hear", None, None), ("a2", "postponed", None, {A, "2023-04-25"}),
 ("a2", "said", "said in a statement", {A, "2023-04-25"}), ("a2", "held", None, {"2023-04-23"}),
 ("a2", "vigil", None, {"2023-04-23"}), ("a2", "handed", None, {"2023-04-23"}), ("a2", "petition", None, {"2023-04-23"}),
 ("a2", "welcomed", None, {A, "2023-04-25"}), ("a2", "stay", None, {"2023-04-25"}),
 ("a2", "wrote", None, {"2023-04-21", "2023-W16"}), ("a2", "seeking", None, {"2023-04-21", "2023-W16"}),
 ("a2", "said", "said he had also raised", {A}), ("a2", "raised", None, {"2023-04-25"}),
 ("a2", "hanged", "has hanged 13 people", None), ("a2", "resumed", None, {"2022-03"}),
 ("a2", "executed", None, {"2023-04-19"}), ("a2", "convicted", "Last Wednesday", None), ("a2", "says", None, None),
 ("a2", "deters", None, None),
 ("a3", "commuted", None, {"2023-05-18"}), ("a3", "rejected", None, {"2023-05-16"}),
 ("a3", "said", "commuted the death sentence", {A}), ("a3", "hearing", None, {"2023-05-16"}),
 ("a3", "dismissed", None, {"2023-05-16"}), ("a3", "ruling", None, {"2023-05-16"}), ("a3", "questioned", None, {"2019"}),
 ("a3", "said", "His lawyer said", {A}),
 ("a3", "submitted", None, {"2023-05-16", "2023-05-17", "2023-05-18", "2023-W20"}),
 ("a3", "petition", None, {"2023-05-16", "2023-05-17", "2023-05-18", "2023-W20"}),
 ("a3", "granted", None, {"2023-05-18"}), ("a3", "clemency", "granted clemency", {"2023-05-18"}),
 ("a3", "taken", None, {"1998"}), ("a3", "said", "granted clemency", {A}), ("a3", "say", None, {A}),
 ("a3", "thanked", None, {"2023-05-19"}), ("a3", "told", None, {A, "2023-05-19"}), ("a3", "planned", None, None),
 ("a3", "protest", None, None), ("a3", "called", None, {A}), ("a3", "rally", None, None),
 ("a3", "said", "Rights groups said", {A}), ("a3", "halt", None, None), ("a3", "hanged", None, None),
 ("a3", "convicted", "scheduled to be hanged", None),
 # B: 2008 agreement, referendums 2018/2019, fishermen detained 2022-03, ICJ ruling 2024-06-13 (celebrations that
 #    night), Guatemala's reaction 06-14, boats near Hunting Caye 06-16 morning, first protest note 06-17, denial 06-18,
 #    OAS meeting set for 07-02, put off 07-01, second protest note 07-05, talks + agreement 07-09, OAS welcome 07-10
 ("b1", "ruled", None, {"2024-06-13"}), ("b1", "belong", None, None), ("b1", "settling", None, {"2024-06-13"}),
 ("b1", "dispute", "territorial dispute", None), ("b1", "brought", None, None), ("b1", "agreement", None, {"2008"}),
 ("b1", "drew", None, {"2024-06-13"}), ("b1", "rejected", None, {"2024-06-13"}), ("b1", "claim", None, None),
 ("b1", "ruling", "The ruling is final", {"2024-06-13"}), ("b1", "appealed", None, None),
 ("b1", "celebrated", None, {"2024-06-13", "2024-06-13TNI"}), ("b1", "called", None, {A, "2024-06-13"}),
 ("b1", "decision", None, {"2024-06-13"}), ("b1", "said", "foreign ministry said on Friday", {"2024-06-14"}),
 ("b1", "accepted", None, {"2024-06-14"}), ("b1", "rejects", None, {"2024-06-14"}), ("b1", "cut", None, None),
 ("b1", "said", "Ana Lucía Morales said", {A}), ("b1", "ask", None, None), ("b1", "convene", None, None),
 ("b1", "talks", None, None), ("b1", "voted", None, {"2018", "2019"}), ("b1", "send", None, None),
 ("b1", "detained", None, {"2022-03"}),
 ("b2", "handed", None, {"2024-06-17"}), ("b2", "note", None, {"2024-06-17"}), ("b2", "protest", None, {"2024-06-17"}),
 ("b2", "seen", None, H16), ("b2", "awarded", None, {"2024-06-13"}), ("b2", "spotted", None, H16), ("b2", "left", None, H16),
 ("b2", "said", "the BDF said", {A}), ("b2", "called", None, {A, "2024-06-17"}), ("b2", "incursion", None, H16),
 ("b2", "demanded", None, {A, "2024-06-17"}), ("b2", "repeated", None, None), ("b2", "denied", None, {"2024-06-18"}),
 ("b2", "entered", None, H16), ("b2", "said", "routine patrol", {"2024-06-18"}), ("b2", "patrol", None, H16),
 ("b2", "said", "Organization of American States said", {A}), ("b2", "meet", None, None), ("b2", "discuss", None, None),
 ("b2", "implemented", None, None), ("b2", "told", None, {A}), ("b2", "requested", None, {"2024-W24", "2024-06-14"}),
 ("b2", "talks", None, None), ("b2", "said", "Fishermen in Punta Gorda", {A}), ("b2", "feared", None, {A}),
 ("b2", "detentions", None, None),
 ("b3", "agreed", None, {"2024-07-09"}), ("b3", "set", "agreed on Tuesday", None), ("b3", "mark", None, None),
 ("b3", "talks", "at talks in Washington", {"2024-07-09"}), ("b3", "postponed", None, {"2024-07-01"}),
 ("b3", "meeting", "The meeting at the Organization", {"2024-07-09", "2024-07-02"}), ("b3", "put", None, {"2024-07-01"}),
 ("b3", "start", None, None), ("b3", "said", "she had needed time", {A}), ("b3", "consult", None, None),
 ("b3", "hold", None, None), ("b3", "meeting", "its first meeting", None), ("b3", "allowed", None, None),
 ("b3", "work", None, None), ("b3", "talks", "The talks came", {"2024-07-09"}), ("b3", "came", None, {"2024-07-09"}),
 ("b3", "sent", None, {"2024-07-05"}), ("b3", "note", None, {"2024-07-05"}), ("b3", "protest", None, {"2024-07-05"}),
 ("b3", "ordered", None, None), ("b3", "leave", None, None), ("b3", "said", "Guatemala said the skiff", {A}),
 ("b3", "welcomed", None, {"2024-07-10"}), ("b3", "agreement", None, {"2024-07-09"}), ("b3", "praised", None, {"2024-07-10"}),
 ("b3", "accepting", None, None), ("b3", "ruling", None, {"2024-06-13"}),
 # C: Galaxy Leader seized 2023-11, Gaza ceasefire 2025-01, Oman's truce 2025-05; the Aurora Star attacked 2025-08-12
 #    about 11 p.m., crew rescued 08-13 morning, claim 08-13, the Nordic Pearl targeted 08-14 afternoon, the Aurora Star
 #    sinks 08-15, Houthi claim + U.S. warning 08-15, Pelagos suspends transits 08-16, sailors home 08-18/19, U.S.
 #    strikes 08-20 night, calls for restraint 08-21, a radar site struck 08-23, missile at the destroyer 08-24
 ("c1", "rescued", None, {"2025-08-13", "2025-08-13TMO"}), ("c1", "hit", None, T12),
 ("c1", "said", "naval mission said", {A}), ("c1", "attacked", "was attacked at about", T12), ("c1", "carrying", None, None),
 ("c1", "said", "UKMTO agency said", {A}), ("c1", "broke", None, T12 | {"2025-08-13"}),
 ("c1", "abandoned", None, T12 | {"2025-08-13", "2025-08-13TMO"}), ("c1", "claimed", None, {"2025-08-13"}),
 ("c1", "attack", "claimed the attack", T12), ("c1", "said", "televised statement", {A, "2025-08-13"}),
 ("c1", "violated", None, None), ("c1", "seized", None, {"2023-11"}), ("c1", "attacked", "have attacked dozens", None),
 ("c1", "slowed", None, None), ("c1", "ceasefire", None, {"2025-01"}), ("c1", "said", "EU mission said", {A}),
 ("c1", "drifting", None, {A}), ("c1", "sink", None, None), ("c1", "reach", None, None), ("c1", "expected", None, {A}),
 ("c2", "attacked", None, T12), ("c2", "sank", None, {"2025-08-15"}), ("c2", "reach", None, None),
 ("c2", "said", "UKMTO said on Saturday", {"2025-08-16"}), ("c2", "attack", "Two days after that attack", T12),
 ("c2", "targeted", None, P14), ("c2", "missed", None, P14), ("c2", "continued", None, P14 | {A}),
 ("c2", "said", "its manager said", {A}), ("c2", "said", "Houthis said on Friday", {"2025-08-15"}), ("c2", "fired", None, P14),
 ("c2", "said", "said on Saturday it had suspended", {"2025-08-16"}), ("c2", "suspended", None, {"2025-08-16"}),
 ("c2", "send", None, None), ("c2", "warned", None, {A, "2025-08-15"}), ("c2", "strike", None, None),
 ("c2", "attacks", "if the attacks continued", None), ("c2", "allow", None, None), ("c2", "close", None, None),
 ("c2", "told", None, {"2025-08-15"}), ("c2", "taken", None, {A, "2025-08-13"}), ("c2", "flown", None, None),
 ("c2", "said", "workers' department said", {A}),
 ("c3", "struck", None, W20), ("c3", "attacked", None, T12), ("c3", "said", "Central Command said.", {A}),
 ("c3", "said", "health ministry said", {A}), ("c3", "killed", None, W20), ("c3", "wounded", None, W20),
 ("c3", "quoted", None, {A}), ("c3", "saying", None, {A}), ("c3", "retaliate", None, None), ("c3", "choose", None, None),
 ("c3", "said", "the strikes had destroyed", {A}), ("c3", "strikes", None, W20), ("c3", "destroyed", None, W20),
 ("c3", "launch", None, None), ("c3", "acted", None, W20), ("c3", "attack", "attack on the Nordic Pearl", P14 | {"2025-W33"}),
 ("c3", "called", None, {"2025-08-21"}), ("c3", "restraint", None, None), ("c3", "mediated", None, None),
 ("c3", "said", "in contact with both sides", {A, "2025-08-21"}), ("c3", "brokered", None, {"2025-05"}),
 ("c3", "truce", None, {"2025-05"}), ("c3", "stopped", None, {"2025-05"}), ("c3", "targeting", None, None),
 ("c3", "said", "Philippine government said on Tuesday", {"2025-08-19"}), ("c3", "arrived", None, {"2025-08-18", "2025-08-19"}),
 ("c4", "fired", None, {"2025-08-24"}), ("c4", "retaliation", None, {"2025-08-24"}),
 ("c4", "strikes", "last week's American strikes", W20 | {"2025-W34"}), ("c4", "shot", None, {"2025-08-24"}),
 ("c4", "said", "U.S. officials said", {A}), ("c4", "intercepted", None, {"2025-08-24"}), ("c4", "launched", None, {"2025-08-24"}),
 ("c4", "said", "Central Command statement said", {A}), ("c4", "reported", None, {A, "2025-08-24"}),
 ("c4", "said", "Al-Masirah", {A, "2025-08-24"}), ("c4", "targeted", None, {"2025-08-24"}), ("c4", "response", None, None),
 ("c4", "aggression", None, W20 | {"2025-W34"}), ("c4", "keep", "would keep attacking", None), ("c4", "attacking", None, None),
 ("c4", "said", "Nordlinie, said on Monday", {"2025-08-25"}), ("c4", "keep", "keep its vessels away", None),
 ("c4", "suspended", None, {"2025-08-16", "2025-08"}), ("c4", "sunk", None, {"2025-08-15", "2025-08"}),
 ("c4", "strikes", "The strikes on Wednesday night", W20), ("c4", "killed", None, W20),
 ("c4", "said", "Central Command said on Sunday", {"2025-08-24"}), ("c4", "struck", None, {"2025-08-23"}),
 # D: 2015-09 occupation and resignation; Senate cut 2026-03-05, rectorate occupied 03-09, evicted 03-12 at dawn and
 #    23 arrested, released 03-13, march 03-16, rector resigns 03-17, minister meets students 03-18, Senate vote set for
 #    03-19 postponed to 03-24, president meets the federation 03-22, Senate restores the funds and interim rector
 #    elected 03-24, the Ombudsman speaks 03-25 (the second march planned for 03-25 called off)
 ("d1", "evicted", None, E12), ("d1", "ending", None, E12),
 ("d1", "occupation", None, {"2026-03-09", "2026-03-12", "2026-03-12TMO", "2026-W11"}), ("d1", "cuts", None, None),
 ("d1", "said", "prosecutors said", {A}), ("d1", "arrested", None, E12), ("d1", "held", None, E12 | {"2026-03-12TNI"}),
 ("d1", "released", None, {"2026-03-13"}), ("d1", "charge", None, None), ("d1", "found", None, {"2026-03-13"}),
 ("d1", "damaged", None, None), ("d1", "took", None, {"2026-03-09"}), ("d1", "approved", None, {"2026-03-05"}),
 ("d1", "cut", "approved a 20 percent cut", {"2026-03-05"}), ("d1", "demanding", None, {A}), ("d1", "reversed", None, None),
 ("d1", "resign", None, None), ("d1", "defend", None, None), ("d1", "said", "federation said on Friday", {"2026-03-13"}),
 ("d1", "march", None, None), ("d1", "condemned", None, {A}), ("d1", "eviction", None, E12),
 ("d1", "said", "Ombudsman's office said", {A}), ("d1", "opened", None, {A}), ("d1", "inquiry", None, {A}),
 ("d1", "beat", None, E12), ("d1", "occupied", None, {"2015-09"}), ("d1", "resigned", None, {"2015-09"}),
 ("d2", "resigned", None, {"2026-03-17"}), ("d2", "marched", None, {"2026-03-16"}), ("d2", "demand", None, None),
 ("d2", "reversed", "marched to Congress", None), ("d2", "march", "Monday's march", {"2026-03-16"}),
 ("d2", "said", "police said", {A}), ("d2", "ended", None, {"2026-03-16"}), ("d2", "threw", None, {"2026-03-16"}),
 ("d2", "hurt", None, {"2026-03-16"}), ("d2", "met", None, {"2026-03-18"}), ("d2", "promised", None, {"2026-03-18"}),
 ("d2", "ask", None, None), ("d2", "restore", None, None), ("d2", "vote", None, None), ("d2", "scheduled", None, None),
 ("d2", "postponed", None, {A, "2026-03-18"}), ("d2", "finished", None, None), ("d2", "said", "Raúl Ferreira said", {A}),
 ("d2", "said", "Students said", {A}), ("d2", "hold", None, None), ("d2", "march", "second march", None),
 ("d2", "reverse", None, None), ("d2", "stop", None, None), ("d2", "said", "said federation leader", {A}),
 ("d2", "inquiry", None, None), ("d2", "eviction", None, E12), ("d2", "expected", None, {A}), ("d2", "report", None, None),
 ("d3", "voted", None, {"2026-03-24"}), ("d3", "restore", None, None), ("d3", "cut", None, {"2026-03-05", "2026-03"}),
 ("d3", "handing", None, {"2026-03-24"}), ("d3", "protested", None, None), ("d3", "approved", None, {"2026-03-24"}),
 ("d3", "met", None, {"2026-03-22"}), ("d3", "approve", None, None),
 ("d3", "called", None, {A, "2026-03-24", "2026-03-25"}), ("d3", "march", None, None), ("d3", "planned", None, None),
 ("d3", "said", "said students would leave", {A}), ("d3", "leave", None, None), ("d3", "occupied", None, None),
 ("d3", "elected", None, {"2026-03-24"}), ("d3", "resigned", None, {"2026-03-17"}),
 ("d3", "said", "She said she would meet", {A}), ("d3", "meet", None, None), ("d3", "discuss", None, None),
 ("d3", "eviction", None, E12), ("d3", "said", "Ombudsman said on Wednesday", {"2026-03-25"}), ("d3", "used", None, E12),
 ("d3", "asked", None, {"2026-03-25"}), ("d3", "suspend", None, None), ("d3", "responded", None, None),
]

score_dates(sys.argv[1], EXPECTED)
