"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "Mellit market strike 11 Sep 2023": [("m1", "strike", "main market"), ("m2", "strike"), ("m3", "bombing", "market bombing"),
                                         ("m4", "strike", "September 11")],
    "second strike on Mellit 18 Sep 2023": [("m3", "struck"), ("m3", "strike", "second strike"), ("m4", "bombing", "water station")],
    "journalist detained 5 Feb 2024": [("n1", "detained", "on Monday"), ("n2", "detained"), ("n3", "arrested")],
    "journalist charged 7 Feb 2024": [("n2", "charged"), ("n3", "charged")],
    "journalist released 21 Feb 2024": [("n4", "released"), ("n4", "release")],
    "Japan's aid pledge 10 Nov 2025": [("o1", "pledged"), ("o3", "pledged")],
    "Belarus-Russia exercises planned for 2-6 March": [("p1", "exercises", "from March 2"), ("p2", "exercises")],
    "Belarus-Russia exercises held 2-6 March": [("p3", "exercises", "ended"), ("p3", "exercises", "began on Monday")],
}
APART = [
    (("m1", "strike", "main market"), ("m3", "struck")),                 # market strike vs second strike a week later
    (("m2", "strike"), ("m4", "bombing", "water station")),              # same, told by other outlets
    (("m1", "strike", "main market"), ("m1", "bombed")),                 # September strike vs June bombing
    (("m3", "retaliate"), ("m4", "shelled")),                            # the threat vs the shelling it announced
    (("n1", "detained", "on Monday"), ("n1", "detained", "2022")),       # 2024 detention vs 2022 detention
    (("n1", "detained", "on Monday"), ("n2", "charged")),                # detention vs charge
    (("n4", "released"), ("n1", "released")),                            # 2024 release vs 2022 release
    (("o1", "pledged"), ("o2", "landed")),                               # pledge vs delivery
    (("o2", "landed"), ("o3", "reached")),                               # first shipment vs the last two
    (("o1", "send"), ("o1", "sent")),                                    # 2025 aid plan vs 2013 relief team
    (("p1", "exercises", "from March 2"), ("p1", "exercises", "Zapad")), # 2026 drills vs Zapad-2025
    (("p2", "accused"), ("p2", "rejected")),                             # accusation vs its rejection
]
REALIZES = {
    "the RSF shelling realizes its threat to retaliate": (("m4", "shelled"), ("m3", "retaliate")),
    "the appeal ruled on Tuesday realizes 'will hear the appeal on Tuesday'": (("n4", "ruled"), ("n3", "hear")),
    "the first shipment landed realizes 'will arrive in Cebu on Thursday'": (("o2", "landed"), ("o1", "arrive")),
    "the first shipment landed realizes 'Tokyo will send tents'": (("o2", "landed"), ("o1", "send")),
    "the last shipments reached Cebu realize 'two more planes would follow'": (("o3", "reached"), ("o2", "follow")),
    "the exercises held realize p1's announced exercises": (("p3", "exercises", "began on Monday"), ("p1", "exercises", "from March 2")),
    "the exercises held realize p2's planned exercises": (("p3", "exercises", "began on Monday"), ("p2", "exercises")),
    "the crossings closed on Monday realize 'would close two border crossings'": (("p3", "closed"), ("p2", "close")),
}
NEVER = {
    "no realizes link into the Security Council discussion": [("m4", "discuss")],
    "no realizes link into the repair of the water station": [("m3", "repair")],
    "no realizes link into the trial in April": [("n4", "open"), ("n4", "trial")],
    "no realizes link into South Korea's aid": [("o2", "send")],
    "no realizes link into the engineers' arrival": [("o3", "arrive")],
    "no realizes link into the cancelled naval phase": [("p1", "held", "naval phase")],
    "no realizes link into training again in the autumn": [("p3", "train")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
