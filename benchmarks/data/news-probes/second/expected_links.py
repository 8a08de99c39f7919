"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into the strike that was never held. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "ceasefire agreed 8 Feb (e1, e2 'the truce, which was agreed')": [("e1", "agreed"), ("e2", "agreed")],
    "defence ministers' meeting 17 Feb": [("e4", "met"), ("e4", "meeting")],
    "Athens summit 3 Dec": [("f3", "met"), ("f4", "summit")],
    "agreements signed 3 Dec": [("f3", "signed"), ("f4", "signed")],
    "Bellini kidnapped 15 Nov": [("g1", "kidnapped"), ("g1", "seized"), ("g2", "abduction"), ("g2", "abducted"),
                                 ("g3", "kidnapped"), ("g3", "seized")],
    "Bellini released 4 Dec": [("g3", "freed"), ("g3", "released")],
    "NLC called the strike 28 May": [("h1", "called", "NLC) on Wednesday"), ("h4", "announced")],
    "the planned (never held) strike of 4 June": [("h1", "strike", "next Wednesday"), ("h2", "strike", "planned for Wednesday"),
                                                  ("h3", "strike", "due to begin"), ("h4", "strike", "planned for Wednesday")],
    "strike called off 3 June": [("h3", "called", "called off"), ("h4", "called")],
    "first round of talks 2 June": [("h2", "met"), ("h2", "talks", "chaired")],
}
APART = [
    (("e1", "agreed"), ("e4", "agreed", "strengthen")),            # ceasefire 8 Feb vs strengthening 17 Feb
    (("e1", "talks"), ("e4", "met")),                              # KL talks 8 Feb vs ministers' meeting 17 Feb
    (("f1", "signed"), ("f3", "signed")),                          # 2023 declaration vs 2024 agreements
    (("f1", "travelled"), ("f3", "met")),                          # 2023 visit vs 2024 summit
    (("f1", "met", "foreign ministers"), ("f3", "met")),           # September FMs vs December leaders
    (("f1", "met", "last met"), ("f3", "met")),                    # July NATO sidelines vs December
    (("f3", "meet"), ("f3", "met")),                               # next year's plan vs this summit
    (("g1", "abducted"), ("g1", "kidnapped")),                     # 2018 Maccalli vs 2025 Bellini
    (("h1", "called", "June 2024"), ("h1", "called", "NLC) on Wednesday")),  # 2024 strike call vs 2025
    (("h2", "met"), ("h3", "talks")),                              # first round 2 June vs second round 3 June
    (("h3", "called", "called off"), ("h1", "called", "NLC) on Wednesday")),  # calling off vs calling
]
REALIZES = {
    "KL ministers' meeting realizes the emergency meeting called for next Tuesday": (("e4", "met"), ("e3", "meet")),
    "the Athens summit realizes the meeting rescheduled for December": (("f3", "met"), ("f2", "meeting")),
    "the second round of talks realizes its announcement": (("h3", "talks"), ("h2", "talks", "second round")),
}
NEVER = {"no realizes link into the never-held strike": [("h1", "strike", "next Wednesday"), ("h2", "strike", "planned for Wednesday")]}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
