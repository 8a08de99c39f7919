"""Hand-written expected dates (written before running chronicle) for the event mentions of
corpus.jsonl: (article, trigger, sentence hint or None, accepted). accepted: a set of TIMEX
values the mention's date_value may have (source text), "article" in the set = the article-date fallback
is right, None = not scored. A listed mention chronicle does not extract counts as MISSING (reported
apart from wrong dates). python expected_dates.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import ARTICLE as A, score_dates  # noqa: E402

T14 = {"2023-03-14"}                                            # the return agreement signed in Kigoma, Tuesday
P16 = {"2023-03-16"}                                            # refugees protest in Nduta, two leaders detained, Thursday
PM27 = {"2023-03-27", "2023-03-27TEV"}                          # the first convoy postponed, Monday evening
C04 = {"2023-04-04", "2023-04-04TMO", "2023-04-04TAF"}          # the first convoy leaves and crosses, Tuesday
OLD19 = {"2019", "2019-08"}                                     # the August 2019 agreement and its aftermath
R05 = {"2024-02-05"}                                            # Keller's visa refused (email), Monday
G19 = {"2024-02-19"}                                            # the visa issued, Monday
K22 = {"2024-02-22"}                                            # Keller arrives in Addis Ababa, Thursday
S17 = {"2025-05-17"}                                            # SADC summit decides not to renew, Saturday
PP08 = {"2025-07-08"}                                           # the handover postponed, Tuesday
AN07 = {"2025-07-07"}                                           # insurgents attack Ancuabe, Monday
D10 = {"2026-03-10"}                                            # four Boromo Gold employees detained, Tuesday
H11 = {"2026-03-11"}                                            # gold shipments suspended, Wednesday
X19 = {"2026-03-19"}                                            # the first talks postponed, Thursday
M23 = {"2026-03-23"}                                            # talks begin, Monday
S28 = {"2026-03-28"}                                            # the settlement signed, Saturday
F30 = {"2026-03-30"}                                            # the two Burkinabe employees freed, Monday
F02 = {"2026-04-02"}                                            # the two Canadians freed, Thursday


def at(day, *times):
    return {day} | {f"{day}T{t}" for t in times}


EXPECTED = [
 # A (2023): 2019-08 (an earlier return agreement, forced returns alleged) apart; 03-14 Tue (tripartite agreement signed
 #    in Kigoma); 03-16 Thu (refugees protest in Nduta, dispersed, two leaders detained and freed that evening);
 #    a1 Fri 03-17 (first convoy expected March 28); 2023-W12 (Burundi's ambassador visits the camp); 03-27 Mon evening
 #    (convoy postponed by a week); a2 Tue 03-28; 04-04 Tue (buses leave Nduta, cross at Manyovu, reach Mabanda);
 #    a3 Thu 04-06 (op-ed with a Key dates box); second convoy set for April 18 (plan, never told).
 ("a1", "signed", "signed an agreement on Tuesday", T14), ("a1", "agreement", "signed an agreement", T14),
 ("a1", "said", "officials said", {A}), ("a1", "return", "to return about", None), ("a1", "signed", "was signed in Kigoma", T14),
 ("a1", "said", "the agency said", {A}), ("a1", "statement", None, {A}), ("a1", "leave", None, None),
 ("a1", "expected", None, {A}), ("a1", "cross", None, None), ("a1", "told", None, {A}),
 ("a1", "protested", None, P16), ("a1", "saying", None, P16), ("a1", "arrest", None, None),
 ("a1", "dispersed", None, P16), ("a1", "detained", None, P16), ("a1", "released", None, P16 | {"2023-03-16TEV"}),
 ("a1", "signed", "August 2019", OLD19), ("a1", "agreement", "similar agreement", OLD19), ("a1", "carried", None, None),
 ("a1", "accused", None, OLD19), ("a1", "forcing", None, OLD19), ("a1", "denied", None, OLD19),
 ("a1", "said", "UNHCR said it would verify", {A}), ("a1", "verify", None, None),
 ("a2", "leave", "due to leave", None), ("a2", "postponed", "has been postponed", PM27), ("a2", "washed", None, None),
 ("a2", "said", "Ministry of Home Affairs said", {A} | PM27), ("a2", "postponement", None, PM27), ("a2", "announced", None, PM27),
 ("a2", "board", None, None), ("a2", "told", "were told to return", PM27 | {A}), ("a2", "return", "to return to their", None),
 ("a2", "said", "a ministry spokesman said", {A}), ("a2", "leave", "now expected", None), ("a2", "expected", "now expected", {A}),
 ("a2", "delay", None, PM27), ("a2", "signed", "tripartite deal", T14), ("a2", "deal", "tripartite deal", T14),
 ("a2", "detained", None, P16 | {"2023-03"}), ("a2", "protest", None, P16 | {"2023-03"}),
 ("a2", "said", "many families were relieved", {A}), ("a2", "said", "The agency has said", {A}), ("a2", "return", "any return", None),
 ("a2", "visited", None, {"2023-W12"}), ("a2", "promised", None, {"2023-W12"}),
 ("a3", "pulled", None, C04), ("a3", "signed", "ministers signed", T14), ("a3", "deal", "return deal", T14),
 ("a3", "promised", None, None), ("a3", "crossed", "583", C04), ("a3", "reached", None, C04 | {"2023-04-04TNI", "2023-04-04TEV"}),
 ("a3", "welcomed", None, C04 | {"2023-04-04TNI", "2023-04-04TEV"}), ("a3", "agreement", "The 2019 agreement", OLD19),
 ("a3", "began", None, OLD19), ("a3", "crossing", None, {"2019", "2020", "2019-08"}),
 ("a3", "arrested", None, {"2019", "2020", "2019-08"}), ("a3", "convoy", "second convoy", None), ("a3", "set", None, None),
 ("a3", "sign", "March 14:", T14), ("a3", "protest", "March 16:", P16), ("a3", "detained", "two leaders detained", P16),
 ("a3", "postponed", "first convoy postponed", PM27), ("a3", "crosses", None, C04),
 # B (2024): 2021-05 (a Kenyan correspondent expelled) and 2023 (local reporters detained under the Amhara emergency) and
 #    2023-12 (two Reporter staff arrested) apart; 02-05 Mon (visa refused by email); b1 Wed 02-07 (DW protests, CPJ
 #    urges, the ambassador to raise it Thursday); 02-08 Thu (the ambassador raises it, review promised); 02-13 Tue
 #    (spokesman denies any refusal, Addis Standard); 02-14 Wed (second application); b2 Fri 02-16 (press review);
 #    02-19 Mon (visa issued); 02-22 Thu (Keller arrives, met by the ambassador); b3 Fri 02-23 (correction appended);
 #    accreditation next week, bureau in March (plans, never told).
 ("b1", "refused", "has refused a work visa", R05), ("b1", "said", "broadcaster said on Wednesday", {A}),
 ("b1", "calling", None, {A}), ("b1", "decision", "calling the decision", R05), ("b1", "attack", None, None),
 ("b1", "open", None, None), ("b1", "told", None, R05), ("b1", "rejected", None, R05), ("b1", "said", "DW said", {A}),
 ("b1", "protest", None, {A}), ("b1", "said", "in a statement", {A}), ("b1", "statement", None, {A}),
 ("b1", "urged", None, {A}), ("b1", "reverse", None, None), ("b1", "refusal", None, R05),
 ("b1", "said", "its ambassador would raise", {A}), ("b1", "raise", None, None), ("b1", "respond", None, {A}),
 ("b1", "expelled", None, {"2021-05"}), ("b1", "accusing", None, {"2021-05"}), ("b1", "detained", None, {"2023"}),
 ("b2", "took", None, {A, "2024-W07"}), ("b2", "refused", "refused on February 5", R05),
 ("b2", "reported", None, {"2024-02-13"}), ("b2", "denied", None, {"2024-02-13"}), ("b2", "refused", "denied that any", R05),
 ("b2", "said", "He said the application", {"2024-02-13"}), ("b2", "apply", None, None),
 ("b2", "quoted", "quoted him", {A, "2024-02-13"}), ("b2", "saying", "quoted him", {"2024-02-13"}),
 ("b2", "wrote", None, {A, "2024-W07"}), ("b2", "raised", None, {"2024-02-08"}), ("b2", "meeting", None, {"2024-02-08"}),
 ("b2", "quoted", "quoted a diplomat", {A, "2024-W07"}), ("b2", "promised", None, {"2024-02-08"}), ("b2", "review", None, None),
 ("b2", "questioned", None, {A, "2024-W07"}), ("b2", "arrested", None, {"2023-12"}), ("b2", "said", "it said", {A}),
 ("b2", "submitted", None, {"2024-02-14"}), ("b2", "said", "DW said it hoped", {A}), ("b2", "travel", None, None),
 ("b2", "called", None, {A}), ("b2", "punish", None, None),
 ("b3", "arrived", None, K22), ("b3", "granted", None, G19), ("b3", "refused", None, R05 | {"2024-02"}),
 ("b3", "issued", "was issued on Monday, the broadcaster", G19), ("b3", "said", "the broadcaster said", {A}),
 ("b3", "filed", None, {"2024-02-14"}), ("b3", "said", "The government spokesman said", {A}), ("b3", "refusal", None, None),
 ("b3", "met", None, K22), ("b3", "receive", None, None), ("b3", "accreditation", None, None), ("b3", "open", None, None),
 ("b3", "told", None, {A} | K22), ("b3", "welcomed", None, {A}), ("b3", "decision", None, G19),
 ("b3", "arrested", None, {"2023-12"}), ("b3", "freed", None, None), ("b3", "said", "but said two reporters", {A}),
 ("b3", "said", "An earlier version", None), ("b3", "issued", "on Tuesday", None), ("b3", "issued", "February 19", G19),
 # C (2025): 2021-07 (mission deployed after Palma) and 2024-05 (Macomia attack) apart; 05-17 Sat (SADC summit in
 #    Harare decides not to renew); c1 Mon 05-19 (handover planned for July 10); 07-07 Mon (insurgents attack Ancuabe);
 #    07-08 Tue (handover put back to July 17); c2 Wed 07-09 (explainer); 07-16/17 overnight (a second attack on Ancuabe
 #    district repelled, apart); 07-17 Thu (handover ceremony in Pemba, live blog); Tanzanians to fly out Saturday (plan,
 #    never told); mandate expires July 15.
 ("c1", "decided", None, S17), ("c1", "renew", None, None), ("c1", "expires", None, None), ("c1", "withdraw", None, None),
 ("c1", "said", "the regional bloc said", {A}), ("c1", "decision", None, S17), ("c1", "taken", None, S17),
 ("c1", "summit", None, S17), ("c1", "said", "final communique said", {A} | S17), ("c1", "communique", None, {A} | S17),
 ("c1", "cited", None, S17), ("c1", "said", "Mozambique's own forces", S17), ("c1", "deployed", None, {"2021-07"}),
 ("c1", "overran", None, {"2021", "2021-07"}), ("c1", "ceremony", None, None), ("c1", "planned", None, {A}),
 ("c1", "told", None, {A}), ("c1", "thanked", None, {A} | S17), ("c1", "said", "the insurgency had been", {A} | S17),
 ("c1", "attacked", None, {"2024-05"}), ("c1", "killing", None, {"2024-05"}),
 ("c2", "ceremony", None, None), ("c2", "close", None, None), ("c2", "pushed", None, PP08), ("c2", "postponed", None, PP08),
 ("c2", "said", "defence ministry said on Tuesday", PP08), ("c2", "handover", None, None), ("c2", "take", None, None),
 ("c2", "announcement", None, PP08), ("c2", "came", None, PP08), ("c2", "attacked", None, AN07), ("c2", "killing", None, AN07),
 ("c2", "burning", None, AN07), ("c2", "decided", None, S17 | {"2025-05"}), ("c2", "renew", None, None),
 ("c2", "expires", None, None), ("c2", "remain", None, None), ("c2", "said", "a regional official said", {A}),
 ("c2", "leave", None, None), ("c2", "expected", None, {A}), ("c2", "return", None, None), ("c2", "agree", None, None),
 ("c3", "arrived", None, at("2025-07-17", "09:40")), ("c3", "ceremony", "postponed from July 10", at("2025-07-17", "10:00", "09:40")),
 ("c3", "postponed", None, PP08), ("c3", "attack", "Ancuabe attack", AN07), ("c3", "start", None, None),
 ("c3", "lowered", None, at("2025-07-17", "10:25")), ("c3", "handed", None, at("2025-07-17", "10:25")),
 ("c3", "received", None, at("2025-07-17", "10:25")), ("c3", "signed", None, at("2025-07-17", "10:25")),
 ("c3", "said", "defence minister said", at("2025-07-17", "11:05")), ("c3", "speech", None, at("2025-07-17", "11:05")),
 ("c3", "killed", None, None), ("c3", "said", "military spokesman said", at("2025-07-17", "12:30")),
 ("c3", "attack", "second attack", {"2025-07-16", "2025-07-17", "2025-07-16TNI", "2025-07-17TNI"}),
 ("c3", "repelled", None, {"2025-07-16", "2025-07-17", "2025-07-16TNI", "2025-07-17TNI"}),
 ("c3", "began", None, at("2025-07-17", "13:15")), ("c3", "boarding", None, at("2025-07-17", "13:15")),
 ("c3", "fly", None, None), ("c3", "told", None, at("2025-07-17", "14:00")), ("c3", "feared", None, at("2025-07-17", "14:00")),
 ("c3", "return", None, None), ("c3", "leave", None, None),
 # D (2026): 2024-11 (an auditor of another miner detained) apart; 03-10 Tue (four Boromo Gold employees detained in
 #    Ouagadougou); 03-11 Wed (shipments suspended); d1 Wed 03-11; 03-12 Thu (Canada's ambassador meets the mines
 #    minister as expected); 03-13 Fri (consular access granted); 03-19 Thu (first talks postponed, negotiators refused
 #    entry); 03-23 Mon (talks begin; shares rise); d2 Tue 03-24; 03-28 Sat (settlement signed); 03-30 Mon (two
 #    Burkinabe freed); d3 Tue 03-31 (the Canadians to be freed once paid); 04-01 Wed (first instalment paid); 04-02 Thu
 #    (two Canadians freed, handed to the ambassador); d4 Fri 04-03 (timeline box); fly home Saturday, second instalment
 #    in June (plans, never told).
 ("d1", "detained", "security forces detained", D10), ("d1", "said", "the company said, as", {A}),
 ("d1", "taken", None, D10), ("d1", "said", "had done nothing wrong", {A}), ("d1", "called", None, {A}),
 ("d1", "release", None, None), ("d1", "said", "company said on Wednesday", {A}), ("d1", "suspended", None, {A} | H11),
 ("d1", "freed", None, None), ("d1", "meet", None, None), ("d1", "expected", None, {A}),
 ("d1", "said", "a Canadian official said", {A}), ("d1", "accused", None, {A}), ("d1", "said", "said in a statement", {A}),
 ("d1", "statement", None, {A}), ("d1", "recover", None, None), ("d1", "fell", None, {A}),
 ("d1", "detained", "November 2024", {"2024-11"}),
 ("d2", "began", "began talks on Monday", M23), ("d2", "talks", "began talks on Monday", M23),
 ("d2", "called", None, X19), ("d2", "session", None, None), ("d2", "meeting", None, None), ("d2", "scheduled", None, None),
 ("d2", "postponed", None, X19), ("d2", "refused", None, X19), ("d2", "said", "the people said", {A}),
 ("d2", "detained", None, D10), ("d2", "held", None, {A}), ("d2", "met", None, {"2026-03-12"}),
 ("d2", "asked", None, {"2026-03-12"}), ("d2", "granted", None, {"2026-03-13"}), ("d2", "kept", None, {A}),
 ("d2", "suspended", None, H11), ("d2", "said", "Analysts said", {A}), ("d2", "settlement", None, None),
 ("d2", "said", "analyst in Dakar said", {A}), ("d2", "rose", None, M23), ("d2", "began", "after the talks began", M23),
 ("d2", "talks", "after the talks began", M23), ("d2", "declined", None, {A}),
 ("d3", "detained", None, D10 | {"2026-W11"}), ("d3", "released", "released on Monday", F30),
 ("d3", "agreed", None, S28), ("d3", "pay", "agreed to pay", None), ("d3", "settle", None, None),
 ("d3", "settlement", None, S28), ("d3", "signed", None, S28), ("d3", "said", "government statement said", {A}),
 ("d3", "statement", "government statement", {A}), ("d3", "pay", "will pay the sum", None),
 ("d3", "freed", None, F30), ("d3", "returned", None, F30), ("d3", "said", "the company said", {A}),
 ("d3", "remain", None, {A}), ("d3", "released", "will be released once", None), ("d3", "received", None, None),
 ("d3", "said", "the statement said", {A}), ("d3", "say", None, {A}), ("d3", "resume", None, None),
 ("d3", "halted", None, H11), ("d3", "denounced", None, {A}), ("d3", "detentions", None, D10),
 ("d3", "denied", None, {A}), ("d3", "saying", None, {A}), ("d3", "investigation", None, None),
 ("d3", "called", None, {A}), ("d3", "release", None, F30),
 ("d4", "released", "on Thursday", F02), ("d4", "detention", None, D10), ("d4", "said", "the company said gold", {A}),
 ("d4", "restart", None, None), ("d4", "handed", None, F02), ("d4", "fly", None, None),
 ("d4", "said", "foreign ministry said", {A}), ("d4", "paid", None, {"2026-04-01"}),
 ("d4", "settlement", "$80 million settlement", S28), ("d4", "release", None, F02), ("d4", "freed", None, F30),
 ("d4", "detained", "March 10:", D10), ("d4", "suspends", None, H11), ("d4", "postponed", None, X19),
 ("d4", "talks", "first round of talks", None), ("d4", "signed", "settlement signed", S28),
 ("d4", "settlement", "settlement signed", S28), ("d4", "released", "Burkinabe employees released", F30),
 ("d4", "released", "two Canadians released", F02), ("d4", "instalment", "second instalment", None),
 ("d4", "said", "Analysts said the case", {A}), ("d4", "weigh", None, None),
]

score_dates(sys.argv[1], EXPECTED)
