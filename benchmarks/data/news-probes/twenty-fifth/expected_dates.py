"""Hand-written expected dates (written before running chronicle) for the event mentions of
corpus.jsonl: (article, trigger, sentence hint or None, accepted). accepted: a set of TIMEX
values the mention's date_value may have (source text), "article" in the set = the article-date fallback
is right, None = not scored. A listed mention chronicle does not extract counts as MISSING (reported
apart from wrong dates). python expected_dates.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import ARTICLE as A, score_dates  # noqa: E402

DET09 = {"2023-05-09", "2023-05-09TNI", "2023-05-09TEV"}        # the two trawlers detained late on Tuesday
ESC10 = {"2023-05-10"}                                          # escorted into Freetown, Wednesday
FIN11 = {"2023-05-11"}                                          # the minister announces the fines, Thursday
DEN12 = {"2023-05-12"}                                          # the owner's denial, Friday
WKD = {"2023-05-13", "2023-05-14", "2023-W19-WE"}               # 29 crew flown out over the weekend
MAR16 = {"2023-05-16"}                                          # the Tombo fishermen's march ("yesterday" in a2)
ADJ = {"2023-05-12", "2023-05-13", "2023-05-14", "2023-05-15", "2023-W19", "2023-W20"}  # the hearing adjourned (day not given)
SB21 = {"2023-05-21"}                                           # the Sea Breeze detained off Bonthe, Sunday
UPH22 = {"2023-05-22"}                                          # the committee upholds the fines, Monday
PAID26 = {"2023-05-26"}                                         # the fines paid ("three days after" the departure)
LEFT29 = {"2023-05-29"}                                         # the trawlers leave Freetown ("yesterday" in a4)
DECL20 = {"2024-11-20"}                                         # the Port Vila result declared, Wednesday
THU21 = {"2024-11-21"}                                          # Tari speaks to supporters at Seaside, Thursday
FIL25 = {"2024-11-25"}                                          # the petitions filed ("the day before" Tuesday; Tanna "on Monday")
PR26 = {"2024-11-26"}                                           # the gathering dispersed with tear gas, four arrested, Tuesday
ADJ02 = {"2024-12-02"}                                          # the first hearing adjourned
TAN05 = {"2024-12-05"}                                          # the Tanna petition thrown out
SAT09 = {"2024-12-09"}                                          # the court sits, orders a recount ("Monday last week")
REC11 = {"2024-12-11"}                                          # the recount held, Wednesday
DIS13 = {"2024-12-13"}                                          # the Port Vila petition dismissed, Friday
DET08 = {"2025-07-08"}                                          # Kapanadze and Beridze detained near Khurvaleti, Tuesday
CON09 = {"2025-07-09"}                                          # Georgia's foreign ministry condemns, Wednesday
REL10 = {"2025-07-10"}                                          # Kapanadze released at Ergneti
ORD12 = {"2025-07-12"}                                          # the Tskhinvali court orders Beridze held
FEN14 = {"2025-07-14"}                                          # fencing moved near Atotsi
MET15 = {"2025-07-15"}                                          # the IPRM meeting in Ergneti, Tuesday
THU24 = {"2025-07-24"}                                          # the fine paid ("the previous day"); a man detained near Odzisi, Thursday
REL25 = {"2025-07-25"}                                          # Beridze released, handed over, Friday
ACC06 = {"2026-04-06"}                                          # Uzbekistan's accusation, Monday
SUM07 = {"2026-04-07"}                                          # the Turkmen ambassador summoned, Tuesday
DEN08 = {"2026-04-08"}                                          # Ashgabat's denial ("last Wednesday")
PR10 = {"2026-04-10"}                                           # farmers protest in Urgench, six detained, Friday
PP13 = {"2026-04-13"}                                           # the commission's session postponed (announced Monday)
TU21 = {"2026-04-21", "2026-04-21TNI"}                          # the talks begin, Tuesday, and run late into the night
SES = {"2026-04-21", "2026-04-22"}                              # the two-day session, 21-22 April
AG22 = {"2026-04-22", "2026-04-21TNI"}                          # the withdrawal cut agreed and the protocol signed, Wednesday

EXPECTED = [
 # A (2023): 2021 (the Lian Xing 9 fined) apart; 05-09 Tue late (two trawlers detained off Sherbro Island); 05-10 Wed
 #    (escorted into Freetown); 05-11 Thu (fines announced); 05-12 Fri (denial; a1: hearing on Monday, crew home this
 #    week); 05-13/14 (29 crew flown out); 05-15 Mon (hearing due, adjourned to 05-22); 05-16 Tue (Tombo march); a2 Wed
 #    05-17; 05-21 Sun (the Sea Breeze detained off Bonthe, apart); 05-22 Mon (fines upheld); a3 Tue 05-23 (correction:
 #    sat on Monday, May 22); 05-26 Fri (fines paid); 05-29 Mon (the trawlers leave); a4 Tue 05-30 (editorial; tracking
 #    promised last month, never told).
 ("a1", "detained", None, DET09), ("a1", "fishing", "detained two Chinese-owned", DET09),
 ("a1", "said", "detained two Chinese-owned", {A}), ("a1", "escorted", None, ESC10),
 ("a1", "said", "Sesay said on Thursday", FIN11), ("a1", "fined", "each vessel", None),
 ("a1", "fishing", "six nautical miles", None), ("a1", "denied", None, DEN12), ("a1", "entered", None, None),
 ("a1", "said", "tracking data", DEN12), ("a1", "showed", None, None), ("a1", "stayed", None, None),
 ("a1", "hear", None, None), ("a1", "sent", None, None), ("a1", "said", "sent home this week", {A}),
 ("a1", "fined", "Lian Xing 9", {"2021"}), ("a1", "using", None, None),
 ("a2", "marched", None, MAR16), ("a2", "demanding", None, MAR16), ("a2", "ban", None, None),
 ("a2", "march", "The march was organised", MAR16), ("a2", "organised", None, MAR16 | {A}),
 ("a2", "arrest", None, DET09 | {"2023-W19"}), ("a2", "escorted", None, MAR16), ("a2", "hurt", None, None),
 ("a2", "hearing", None, None), ("a2", "adjourned", None, ADJ), ("a2", "told", "told Awoko", {A}),
 ("a2", "request", None, ADJ), ("a2", "flown", None, WKD), ("a2", "guard", None, None),
 ("a2", "announced", None, FIN11), ("a2", "told", "told the marchers", MAR16), ("a2", "negotiate", None, None),
 ("a3", "upheld", None, UPH22), ("a3", "seized", "earlier this month", DET09 | {"2023-05"}),
 ("a3", "rejecting", None, UPH22), ("a3", "crossed", None, None), ("a3", "said", "would pay", UPH22 | {A}),
 ("a3", "pay", None, None), ("a3", "appeal", None, None), ("a3", "released", None, None),
 ("a3", "received", None, None), ("a3", "said", "once the money", {A}), ("a3", "detained", None, SB21),
 ("a3", "fishing", "without a licence", SB21), ("a3", "commented", None, None),
 ("a3", "said", "earlier version", None), ("a3", "sat", "on Tuesday", None), ("a3", "sat", "May 22", UPH22),
 ("a4", "left", None, LEFT29), ("a4", "paid", None, PAID26), ("a4", "marched", None, MAR16 | {"2023-W20"}),
 ("a4", "protect", None, None), ("a4", "seized", None, SB21 | {"2023-05-23", "2023-W20", "2023-W21"}),
 ("a4", "heard", None, None), ("a4", "promised", None, {"2023-04"}), ("a4", "install", None, None),
 ("a4", "urge", None, {A}), ("a4", "publish", None, None), ("a4", "fined", None, None),
 ("a4", "caught", None, {"2021"}),
 # B (2024): 2020 (Tari's Efate Rural petition dismissed) apart; 11-20 Wed (Port Vila result declared); 11-21 Thu
 #    (Tari speaks at Seaside, alleges tampering); b1 Fri 11-22 (petition next week); 11-25 Mon (both petitions filed,
 #    Port Vila and Tanna); 11-26 Tue (supporters dispersed with tear gas, four arrested and bailed that evening); b2 Wed
 #    11-27 (translated; "Jean-Baptiste Tari" = "John Baptist Tari"); 12-02 Mon (hearing adjourned); 12-05 Thu (Tanna
 #    petition thrown out, apart); 12-09 Mon (the court sits, orders a recount); 12-11 Wed (recount); 12-13 Fri (petition
 #    dismissed); 12-14 Sat (Tari to the reporter); b3 Mon 12-16 (radio transcript).
 ("b1", "rejected", None, {A} | THU21), ("b1", "declared", None, DECL20), ("b1", "said", "file a petition", {A} | THU21),
 ("b1", "file", None, None), ("b1", "finished", None, {A} | DECL20), ("b1", "speaking", None, THU21),
 ("b1", "alleged", None, THU21), ("b1", "opened", None, None), ("b1", "denied", None, {A}),
 ("b1", "checked", None, None), ("b1", "told", None, {A}), ("b1", "challenged", None, {"2020"}),
 ("b1", "dismissed", None, {"2020"}),
 ("b2", "used", None, PR26), ("b2", "disperse", None, PR26), ("b2", "gathered", None, PR26),
 ("b2", "arrested", None, PR26), ("b2", "released", None, PR26 | {"2024-11-26TEV"}),
 ("b2", "filed", "lawyers filed", FIL25), ("b2", "asking", None, FIL25), ("b2", "annulled", None, None),
 ("b2", "hearing", None, None), ("b2", "said", "Iavro", {A}), ("b2", "authorised", None, None),
 ("b2", "called", None, {A}), ("b2", "remain", None, None), ("b2", "filed", "Tanna", FIL25),
 ("b3", "dismissed", "has dismissed", DIS13), ("b3", "handed", None, DIS13), ("b3", "adjourned", None, ADJ02),
 ("b3", "sat", None, SAT09), ("b3", "ordered", None, SAT09), ("b3", "recount", "ordered a recount", None),
 ("b3", "held", None, REC11), ("b3", "recount", "That recount", REC11), ("b3", "found", None, REC11),
 ("b3", "said", "result stands", DIS13), ("b3", "stands", None, None), ("b3", "thrown", None, TAN05),
 ("b3", "appeal", None, None), ("b3", "says", None, {A}), ("b3", "told", None, {"2024-12-14"}),
 ("b3", "spoken", None, None),
 # C (2025): 2019 (a Kareli doctor detained nine weeks) apart; 07-08 Tue (two Khurvaleti villagers detained); c1 Wed
 #    07-09 (condemnation, hotline; IPRM next Tuesday); 07-10 Thu (Kapanadze released); 07-12 Sat (Beridze remanded);
 #    07-14 Mon (fencing near Atotsi, apart); 07-15 Tue (IPRM meeting in Ergneti); c2 Wed 07-16 (factbox; next meeting
 #    08-05, never told); 07-24 Thu (fine paid; a man detained near Odzisi, apart); 07-25 Fri (Beridze freed); c3 Sat 07-26.
 ("c1", "detained", "Russian border guards detained", DET08), ("c1", "took", None, DET08),
 ("c1", "said", "State Security Service said", {A}), ("c1", "cutting", None, DET08), ("c1", "seized", None, DET08),
 ("c1", "condemned", None, CON09), ("c1", "detention", None, DET08), ("c1", "called", None, CON09),
 ("c1", "free", None, None), ("c1", "said", "activated the hotline", {A} | CON09),
 ("c1", "activated", None, {A} | CON09 | DET08), ("c1", "meeting", None, None),
 ("c1", "said", "next Tuesday", {A}), ("c1", "accused", None, {A}), ("c1", "crossing", None, None),
 ("c2", "met", None, MET15), ("c2", "demanded", None, MET15), ("c2", "held", "since last week", None),
 ("c2", "detain", None, DET08), ("c2", "released", "two days after", REL10), ("c2", "arrest", None, DET08),
 ("c2", "orders", None, ORD12), ("c2", "held", "for two months", None), ("c2", "moved", None, FEN14),
 ("c2", "reports", None, FEN14), ("c2", "detained", "Kareli", {"2019"}), ("c2", "released", "Kareli", {"2019"}),
 ("c2", "meeting", "August 5", None),
 ("c3", "detained", "on July 8", DET08), ("c3", "released", "released on Friday", REL25), ("c3", "handed", None, REL25),
 ("c3", "said", "State Security Service said", {A}), ("c3", "said", "His family said", {A}), ("c3", "paid", None, THU24),
 ("c3", "taken", None, REL25), ("c3", "released", "in the evening", REL25 | {"2025-07-25TEV"}),
 ("c3", "welcomed", None, {A}), ("c3", "said", "had to stop", {A}), ("c3", "stop", None, None),
 ("c3", "detained", "Odzisi", THU24), ("c3", "said", "Odzisi", {A}), ("c3", "identified", None, None),
 # D (2026): 2021 (the Turkmenabat protocol) apart; 04-06 Mon (Uzbekistan's accusation); 04-07 Tue (the ambassador
 #    summoned; d1: commission due 04-14); 04-08 Wed (Ashgabat denies); 04-10 Fri (Urgench protest, six detained); 04-13
 #    Mon (session postponed to 04-21); d2 Tue 04-14; 04-21/22 (session in Tashkent; cut agreed and protocol signed
 #    Wednesday; Uzbekistan and Tajikistan sign an electricity deal in Dushanbe the same day, apart); d3 Thu 04-23; the cut
 #    from 05-01 and the joint measurements (plans, never told).
 ("d1", "accused", None, ACC06), ("d1", "drawing", None, None), ("d1", "leaving", None, None),
 ("d1", "said", "water ministry said", {A} | ACC06), ("d1", "fallen", None, None), ("d1", "summoned", None, SUM07),
 ("d1", "handed", None, SUM07), ("d1", "commented", None, None), ("d1", "meet", None, None),
 ("d1", "said", "officials said", {A}), ("d1", "signed", None, {"2021"}), ("d1", "share", None, None),
 ("d2", "rejected", None, {A} | DEN08), ("d2", "said", "last Wednesday", DEN08), ("d2", "blamed", None, DEN08),
 ("d2", "session", None, None), ("d2", "postponed", None, PP13), ("d2", "announced", None, PP13),
 ("d2", "consultations", None, None), ("d2", "protested", None, PR10), ("d2", "detained", None, PR10),
 ("d2", "say", None, {A}), ("d2", "ask", None, None), ("d2", "cut", None, None),
 ("d3", "agreed", None, AG22), ("d3", "cut", "agreed on Wednesday", None), ("d3", "session", None, SES),
 ("d3", "signed", "water ministers", AG22), ("d3", "talks", None, TU21 | SES), ("d3", "began", "talks that began", TU21),
 ("d3", "ran", None, TU21), ("d3", "measure", None, None), ("d3", "said", "good neighbourliness", {A}),
 ("d3", "began", "its accusation", ACC06), ("d3", "accusation", None, ACC06), ("d3", "settled", None, {A} | AG22),
 ("d3", "signed", "Dushanbe", AG22),
]

score_dates(sys.argv[1], EXPECTED)
