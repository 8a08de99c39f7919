"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "the return agreement signed in Kigoma 14 Mar 2023": [("a1", "signed", "signed an agreement on Tuesday"),
                                                          ("a1", "signed", "was signed in Kigoma"),
                                                          ("a2", "signed", "tripartite deal"), ("a3", "signed", "ministers signed"),
                                                          ("a3", "sign", "March 14:")],
    "refugees protest in Nduta 16 Mar 2023": [("a1", "protested"), ("a2", "protest"), ("a3", "protest", "March 16:")],
    "two refugee leaders detained 16 Mar 2023": [("a1", "detained"), ("a2", "detained"), ("a3", "detained", "two leaders detained")],
    "the first convoy postponed 27 Mar 2023": [("a2", "postponed", "has been postponed"), ("a2", "postponement"),
                                               ("a3", "postponed", "first convoy postponed")],
    "the first convoy crosses into Burundi 4 Apr 2023": [("a3", "crossed", "583"), ("a3", "crosses")],
    "Burundi's ambassador visits Nduta 2023-W12": [("a2", "visited")],
    "Keller's visa refused 5 Feb 2024": [("b1", "refused", "has refused a work visa"), ("b1", "rejected"),
                                         ("b2", "refused", "refused on February 5"), ("b3", "refused")],
    "the German ambassador raises the case 8 Feb 2024": [("b2", "raised"), ("b2", "meeting")],
    "the spokesman's denial 13 Feb 2024": [("b2", "denied")],
    "the second application 14 Feb 2024": [("b2", "submitted"), ("b3", "filed")],
    "the visa granted 19 Feb 2024": [("b3", "granted"), ("b3", "issued", "was issued on Monday, the broadcaster"),
                                     ("b3", "issued", "February 19")],
    "Keller arrives in Addis Ababa 22 Feb 2024": [("b3", "arrived"), ("b3", "met")],
    "SADC decides not to renew the mandate 17 May 2025": [("c1", "decided"), ("c1", "decision"), ("c2", "decided")],
    "the handover postponed 8 Jul 2025": [("c2", "pushed"), ("c2", "postponed"), ("c2", "announcement"), ("c3", "postponed")],
    "insurgents attack Ancuabe 7 Jul 2025": [("c2", "attacked"), ("c3", "attack", "Ancuabe attack")],
    "the handover ceremony in Pemba 17 Jul 2025": [("c3", "ceremony", "postponed from July 10"), ("c3", "handed")],
    "four Boromo Gold employees detained 10 Mar 2026": [("d1", "detained", "security forces detained"), ("d2", "detained"),
                                                        ("d3", "detained"), ("d3", "detentions"), ("d4", "detention"),
                                                        ("d4", "detained", "March 10:")],
    "gold shipments suspended 11 Mar 2026": [("d1", "suspended"), ("d2", "suspended"), ("d3", "halted"), ("d4", "suspends")],
    "Canada's ambassador meets the mines minister 12 Mar 2026": [("d2", "met")],
    "the first talks postponed 19 Mar 2026": [("d2", "postponed"), ("d2", "called"), ("d4", "postponed")],
    "the talks begin 23 Mar 2026": [("d2", "began", "began talks on Monday"), ("d2", "talks", "began talks on Monday"),
                                    ("d2", "talks", "after the talks began")],
    "the settlement signed 28 Mar 2026": [("d3", "settlement"), ("d3", "signed"), ("d3", "agreed"),
                                          ("d4", "signed", "settlement signed")],
    "the two Burkinabe employees freed 30 Mar 2026": [("d3", "released", "released on Monday"), ("d3", "freed"), ("d3", "release"),
                                                      ("d4", "freed"), ("d4", "released", "Burkinabe employees released")],
    "the two Canadians freed 2 Apr 2026": [("d4", "released", "on Thursday"), ("d4", "handed"), ("d4", "release"),
                                           ("d4", "released", "two Canadians released")],
    "the first instalment paid 1 Apr 2026": [("d4", "paid")],
}
APART = [
    (("a1", "signed", "signed an agreement on Tuesday"), ("a1", "signed", "August 2019")),  # 2023 deal vs 2019 deal
    (("a1", "detained"), ("a3", "arrested")),                                  # leaders 2023 vs returnees 2019-20
    (("a2", "postponed", "has been postponed"), ("a3", "crossed", "583")),     # convoy postponed 27 Mar vs crosses 4 Apr
    (("a1", "protested"), ("a2", "visited")),                                  # protest 16 Mar vs ambassador's visit W12
    (("b1", "refused", "has refused a work visa"), ("b1", "expelled")),        # 2024 refusal vs 2021 expulsion
    (("b1", "refused", "has refused a work visa"), ("b3", "granted")),         # refused 5 Feb vs granted 19 Feb
    (("b2", "refused", "refused on February 5"), ("b3", "issued", "was issued on Monday, the broadcaster")),
    (("b2", "submitted"), ("b3", "granted")),                                  # applied 14 Feb vs granted 19 Feb
    (("c1", "attacked"), ("c2", "attacked")),                                  # Macomia 2024 vs Ancuabe 2025
    (("c2", "attacked"), ("c3", "attack", "second attack")),                   # Ancuabe 7 Jul vs the second attack 16-17 Jul
    (("c1", "decided"), ("c2", "postponed")),                                  # decision 17 May vs postponement 8 Jul
    (("d1", "detained", "security forces detained"), ("d1", "detained", "November 2024")),  # 2026 vs 2024 detention
    (("d3", "released", "released on Monday"), ("d4", "released", "on Thursday")),  # Burkinabe 30 Mar vs Canadians 2 Apr
    (("d2", "postponed"), ("d2", "began", "began talks on Monday")),           # put off 19 Mar vs begun 23 Mar
    (("d3", "signed"), ("d4", "paid")),                                        # signed 28 Mar vs paid 1 Apr
]
REALIZES = {
    "the convoy crossing realizes 'expected to leave ... and cross at the Manyovu border post'": (("a3", "crossed", "583"), ("a1", "cross")),
    "the buses leaving Nduta realize 'now expected to leave on April 4'": (("a3", "pulled"), ("a2", "leave", "now expected")),
    "the ambassador raising the case realizes 'would raise the case ... on Thursday'": (("b2", "raised"), ("b1", "raise")),
    "the Pemba ceremony realizes 'A handover ceremony is planned in Pemba on July 10'": (("c3", "ceremony", "postponed from July 10"), ("c1", "ceremony")),
    "the ambassador's meeting realizes 'expected to meet the mines minister on Thursday'": (("d2", "met"), ("d1", "meet")),
    "the Canadians freed realize 'will be released once the first payment is received'": (("d4", "released", "on Thursday"), ("d3", "released", "will be released once")),
}
NEVER = {
    "no realizes link into the second convoy set for April 18": [("a3", "convoy", "second convoy"), ("a3", "set")],
    "no realizes link into Keller's accreditation next week": [("b3", "receive"), ("b3", "accreditation")],
    "no realizes link into a return of the mission": [("c2", "return")],
    "no realizes link into the Tanzanians flying out on Saturday": [("c3", "fly")],
    "no realizes link into the Canadians flying home on Saturday": [("d4", "fly")],
    "no realizes link into the second instalment in June": [("d4", "instalment", "second instalment")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
