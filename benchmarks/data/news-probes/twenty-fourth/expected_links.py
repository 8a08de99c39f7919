"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "the election commission's headquarters raided 17 Oct 2023": [("a1", "raided"), ("a1", "search", "The search was linked"),
                                                                 ("a2", "search"), ("a2", "conducted")],
    "the chairman questioned 18 Oct 2023": [("a1", "questioned")],
    "the Democratic Party rally on Sukhbaatar Square 21 Oct 2023": [("a2", "gathered"), ("a2", "rally", "ended peacefully")],
    "the committee hearing postponed 23 Oct 2023": [("a2", "postponed"), ("a3", "postponed")],
    "the chairman arrested 27 Oct 2023": [("a3", "arrested", "arrested on Friday"), ("a3", "arrested", "last Friday")],
    "the committee hearing held 31 Oct 2023": [("a3", "hearing", "Tuesday's hearing")],
    "the residents' strike begins 3 Jun 2024": [("b1", "strike", "which began on Monday"), ("b1", "began")],
    "the march to the Legislative Palace 7 Jun 2024": [("b2", "marched"), ("b3", "march")],
    "two residents detained at the march 7 Jun 2024": [("b2", "detained"), ("b3", "detained")],
    "the Thursday talks postponed Jun 2024": [("b2", "postponed")],
    "the talks at the Ministry of Labour begin 11 Jun 2024": [("b3", "talks", "Talks at the Ministry"), ("b3", "began")],
    "the agreement signed 12 Jun 2024": [("b3", "signed", "shortly after midnight"), ("b3", "signed", "June 12")],
    "the Koro Spirit detained 15 Sep 2025": [("c1", "detained", "Tonga has detained"), ("c1", "detained", "Monday morning")],
    "the master arrested 15 Sep 2025": [("c1", "arrested")],
    "the passengers flown to Nadi 17 Sep 2025": [("c2", "flown")],
    "the Koro Spirit released 30 Sep 2025": [("c3", "released", "released from detention"), ("c3", "lifted")],
    "Lesotho announces the cut 2 Feb 2026": [("d1", "announced"), ("d2", "announced"), ("d4", "announces")],
    "the ministers meet in Maseru 10 Feb 2026": [("d2", "meeting", "yesterday's meeting"), ("d2", "meeting", "At the meeting"),
                                                 ("d4", "meets")],
    "the cut deferred to 2 March 10 Feb 2026": [("d2", "deferred"), ("d4", "deferred")],
    "South Africa pays 300 million rand 27 Feb 2026": [("d3", "paid", "300 million"), ("d4", "pays")],
    "flows halved 2 Mar 2026": [("d3", "cut", "by half on Monday"), ("d4", "halved")],
    "villagers arrested near Katse 3 Mar 2026": [("d3", "arrested"), ("d4", "arrested")],
    "the agreement signed in Pretoria 12 Mar 2026": [("d4", "signed", "two governments signed"),
                                                     ("d4", "signed", "who signed for South Africa"), ("d4", "signed", "Mar 12:")],
    "full flows restored 14 Mar 2026": [("d4", "restored", "were restored on Saturday"), ("d4", "restored", "Mar 14:")],
}
APART = [
    (("a1", "raided"), ("a1", "raid", "similar raid")),                       # 2023 raid vs June 2016 raid
    (("a1", "questioned"), ("a3", "arrested", "arrested on Friday")),         # questioned 18 Oct vs arrested 27 Oct
    (("a2", "postponed"), ("a3", "hearing", "Tuesday's hearing")),            # postponed 23 Oct vs held 31 Oct
    (("a2", "detained"), ("a3", "arrested", "last Friday")),                  # egg-throwers 21 Oct vs the chairman 27 Oct
    (("a3", "arrested", "last Friday"), ("a3", "ordered")),                   # arrest 27 Oct vs remand order 30 Oct
    (("b1", "began"), ("b1", "stopped")),                                     # 2024 strike vs 2019 strike
    (("b1", "strike", "which began on Monday"), ("b2", "strike", "48-hour strike")),  # Uruguay residents vs Cordoba teachers
    (("b2", "ended", "Hospital del Salvador"), ("b3", "suspended")),          # Chilean nurses 7 Jun vs residents 12 Jun
    (("b2", "postponed"), ("b3", "began")),                                   # talks put off vs talks begun 11 Jun
    (("c1", "detained", "Tonga has detained"), ("c1", "held", "Savusavu")),   # 2025 detention vs 2022 one
    (("c1", "detained", "Tonga has detained"), ("c3", "released", "released from detention")),  # 15 Sep vs 30 Sep
    (("c3", "released", "released from detention"), ("c3", "sailed")),       # released 30 Sep vs sailed 1 Oct
    (("d1", "halted"), ("d3", "cut", "by half on Monday")),                   # 2019 maintenance halt vs 2026 cut
    (("d3", "paid", "300 million"), ("d4", "paid")),                          # paid 27 Feb vs paid 13 Mar
    (("d4", "signed", "two governments signed"), ("d4", "restored", "were restored on Saturday")),  # 12 Mar vs 14 Mar
    (("d3", "arrested"), ("d4", "granted")),                                  # arrested 3 Mar vs bail 13 Mar
]
REALIZES = {
    "the hearing held realizes 'said it would hear him next Tuesday'": (("a3", "hearing", "Tuesday's hearing"), ("a1", "hear")),
    "the rally realizes 'called a rally on Sukhbaatar Square for Saturday'": (("a2", "gathered"), ("a1", "rally")),
    "the march realizes 'We will march ... on Friday at 17:00'": (("b2", "marched"), ("b1", "march")),
    "the talks begun on Tuesday realize 'Talks at the Ministry of Labour, set for Thursday'": (("b3", "talks", "Talks at the Ministry"),
                                                                                              ("b2", "talks", "Talks at the Ministry")),
    "the master's first appearance realizes 'will appear in the Magistrate's Court on Thursday'": (("c2", "appearance", "First appearance"),
                                                                                                   ("c1", "appear")),
    "the passengers flown to Nadi realize 'would be flown home this week'": (("c2", "flown"), ("c1", "flown")),
    "the guilty plea realizes 'Adjourned ... for plea'": (("c3", "pleaded"), ("c2", "plea", "for plea")),
    "the meeting in Maseru realizes 'expected to travel to Maseru next week'": (("d2", "meeting", "yesterday's meeting"), ("d1", "travel")),
    "the cut of 2 March realizes 'will halve the flow ... from February 16 unless'": (("d3", "cut", "by half on Monday"), ("d1", "halve")),
    "the cut of 2 March realizes 'the reduction will take effect on 2 March at 06:00'": (("d3", "cut", "by half on Monday"),
                                                                                         ("d2", "reduction", "take effect")),
    "the signing in Pretoria realizes 'expected to sign an agreement there'": (("d4", "signed", "two governments signed"), ("d3", "sign")),
}
NEVER = {
    "no realizes link into the machines tested in December": [("a3", "test")],
    "no realizes link into the contract published next week": [("a3", "publish")],
    "no realizes link into the committee's resolution vote on Thursday": [("a3", "vote")],
    "no realizes link into the Cordoba teachers' 48-hour strike": [("b2", "strike", "48-hour strike")],
    "no realizes link into the residents walking out again": [("b3", "walk")],
    "no realizes link into the pay review in September": [("b3", "review")],
    "no realizes link into the ferry spot checks from November": [("c3", "checks")],
    "no realizes link into the Solomon Islands budget amendment": [("c3", "table")],
    "no realizes link into the joint commission on the royalty formula": [("d4", "set"), ("d4", "review")],
    "no realizes link into the pressure cuts lifted over the coming week": [("d4", "lifted")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
