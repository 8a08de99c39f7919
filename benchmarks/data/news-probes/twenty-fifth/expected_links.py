"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "the Lian Xing trawlers detained off Sherbro Island 9 May 2023": [("a1", "detained"), ("a2", "arrest"),
                                                                      ("a3", "seized", "earlier this month")],
    "the trawlers escorted into Freetown 10 May 2023": [("a1", "escorted")],
    "the fines announced 11 May 2023": [("a1", "said", "Sesay said on Thursday"), ("a2", "announced")],
    "the owner's denial 12 May 2023": [("a1", "denied")],
    "the hearing adjourned to 22 May 2023": [("a2", "adjourned")],
    "the Tombo fishermen's march 16 May 2023": [("a2", "marched"), ("a2", "march", "The march was organised"), ("a4", "marched")],
    "the crew flown out 13-14 May 2023": [("a2", "flown")],
    "the fines upheld 22 May 2023": [("a3", "upheld"), ("a3", "sat", "May 22")],
    "the Sea Breeze detained off Bonthe 21 May 2023": [("a3", "detained"), ("a4", "seized")],
    "the fines paid 26 May 2023": [("a4", "paid")],
    "the trawlers leave Freetown 29 May 2023": [("a4", "left")],
    "the Port Vila result declared 20 Nov 2024": [("b1", "declared")],
    "Tari's Port Vila petition filed 25 Nov 2024": [("b2", "filed", "lawyers filed")],
    "Tari's supporters dispersed 26 Nov 2024": [("b2", "disperse"), ("b2", "used")],
    "four supporters arrested 26 Nov 2024": [("b2", "arrested")],
    "the first hearing adjourned 2 Dec 2024": [("b3", "adjourned")],
    "the recount ordered 9 Dec 2024": [("b3", "ordered")],
    "the Fresh Wota recount 11 Dec 2024": [("b3", "recount", "That recount"), ("b3", "held")],
    "the Port Vila petition dismissed 13 Dec 2024": [("b3", "dismissed", "has dismissed"), ("b3", "handed")],
    "the two Khurvaleti villagers detained 8 Jul 2025": [("c1", "detained", "Russian border guards detained"), ("c1", "seized"),
                                                         ("c2", "detain"), ("c3", "detained", "on July 8")],
    "Georgia condemns the detention 9 Jul 2025": [("c1", "condemned")],
    "Kapanadze released 10 Jul 2025": [("c2", "released", "two days after")],
    "Beridze ordered held 12 Jul 2025": [("c2", "orders")],
    "the IPRM meeting in Ergneti 15 Jul 2025": [("c2", "met")],
    "Beridze released 25 Jul 2025": [("c3", "released", "released on Friday"), ("c3", "handed")],
    "Uzbekistan accuses Turkmenistan 6 Apr 2026": [("d1", "accused"), ("d3", "accusation")],
    "the Turkmen ambassador summoned 7 Apr 2026": [("d1", "summoned"), ("d1", "handed")],
    "Ashgabat denies over-drawing 8 Apr 2026": [("d2", "rejected"), ("d2", "said", "last Wednesday")],
    "the commission's session postponed 13 Apr 2026": [("d2", "postponed")],
    "Urgench farmers protest 10 Apr 2026": [("d2", "protested")],
    "the commission's session in Tashkent 21-22 Apr 2026": [("d3", "session"), ("d3", "talks")],
    "the withdrawal cut agreed and the protocol signed 22 Apr 2026": [("d3", "agreed"), ("d3", "signed", "water ministers")],
}
APART = [
    (("a1", "detained"), ("a1", "fined", "Lian Xing 9")),                       # 2023 detention vs the 2021 fine
    (("a1", "detained"), ("a3", "detained")),                                    # Lian Xing 9 May vs Sea Breeze 21 May
    (("a2", "announced"), ("a3", "upheld")),                                     # fines announced 11 May vs upheld 22 May
    (("a2", "adjourned"), ("a3", "upheld")),                                     # hearing put off vs held
    (("a4", "paid"), ("a4", "left")),                                            # paid 26 May vs left 29 May
    (("b2", "filed", "lawyers filed"), ("b2", "filed", "Tanna")),                # Tari's petition vs Nako's, same day
    (("b3", "dismissed", "has dismissed"), ("b3", "thrown")),                   # Port Vila 13 Dec vs Tanna 5 Dec
    (("b3", "dismissed", "has dismissed"), ("b1", "dismissed")),                # 2024 petition vs 2020 petition
    (("b3", "adjourned"), ("b3", "sat")),                                        # adjourned 2 Dec vs sat 9 Dec
    (("b3", "ordered"), ("b3", "held")),                                         # recount ordered 9 Dec vs held 11 Dec
    (("c1", "detained", "Russian border guards detained"), ("c3", "detained", "Odzisi")),  # 8 Jul vs 24 Jul, another man
    (("c1", "detained", "Russian border guards detained"), ("c2", "detained", "Kareli")),  # 2025 vs 2019
    (("c2", "released", "two days after"), ("c3", "released", "released on Friday")),       # Kapanadze 10 Jul vs Beridze 25 Jul
    (("c2", "met"), ("c2", "meeting", "August 5")),                              # 15 Jul meeting vs 5 Aug plan
    (("d1", "accused"), ("d1", "summoned")),                                     # 6 Apr vs 7 Apr
    (("d3", "signed", "water ministers"), ("d3", "signed", "Dushanbe")),        # TKM-UZB protocol vs UZB-TJK deal, same day
    (("d3", "signed", "water ministers"), ("d1", "signed")),                    # 2026 protocol vs 2021 protocol
    (("d2", "postponed"), ("d3", "session")),                                    # postponed 13 Apr vs held 21-22 Apr
]
REALIZES = {
    "the committee's sitting realizes 'will hear the case on Monday'": (("a3", "upheld"), ("a1", "hear")),
    "the crew flown out realizes 'will be sent home this week'": (("a2", "flown"), ("a1", "sent")),
    "the payment realizes 'the company would pay'": (("a4", "paid"), ("a3", "pay")),
    "the departure realizes 'will be released once the money is received'": (("a4", "left"), ("a3", "released")),
    "the petition filed realizes 'would file a petition ... next week'": (("b2", "filed", "lawyers filed"), ("b1", "file")),
    "the court sitting realizes 'The first hearing is set for December 2'": (("b3", "sat"), ("b2", "hearing")),
    "the Ergneti meeting realizes 'due in Ergneti next Tuesday'": (("c2", "met"), ("c1", "meeting")),
    "the Tashkent session realizes 'due to meet in Tashkent on April 14'": (("d3", "session"), ("d1", "meet")),
}
NEVER = {
    "no realizes link into the owner's appeal": [("a3", "appeal")],
    "no realizes link into tracking on every licensed vessel": [("a4", "install")],
    "no realizes link into Tari's appeal": [("b3", "appeal")],
    "no realizes link into the IPRM meeting of 5 August": [("c2", "meeting", "August 5")],
    "no realizes link into the withdrawal cut from 1 May": [("d3", "cut", "agreed on Wednesday")],
    "no realizes link into the joint measurements at Kerki": [("d3", "measure")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
