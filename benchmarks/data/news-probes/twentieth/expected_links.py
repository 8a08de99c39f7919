"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "Chile imposes the beef duty 17 Mar 2023": [("a1", "imposed"), ("a1", "retaliation"), ("a3", "responded")],
    "Argentina's wine duty in force 15 Mar 2023": [("a1", "charging"), ("a1", "took", "took effect"), ("a3", "slapped")],
    "truckers block Cristo Redentor 26 Mar 2023": [("a2", "blocked"), ("a2", "protest"), ("a3", "blocked")],
    "the Mendoza talks postponed 27 Mar 2023": [("a2", "postponed"), ("a2", "decision"), ("a2", "postponement")],
    "the ministers meet in Mendoza 4 Apr 2023": [("a3", "met"), ("a3", "talks", "eight hours")],
    "the Khurmala drone strike 16 Jul 2024": [("b1", "attack", "drone attack"), ("b1", "strike"),
                                             ("b1", "attack", "condemned the attack"), ("b2", "strike"),
                                             ("b2", "attack", "in that attack"), ("b3", "attack", "ordered the attack")],
    "two workers killed at Khurmala 16 Jul 2024": [("b1", "killed", "two workers"), ("b2", "killed"), ("b3", "killed")],
    "Khurmala production halted 16 Jul 2024": [("b1", "halted"), ("b2", "halted")],
    "the faction denies 17 Jul 2024": [("b1", "denied"), ("b1", "statement")],
    "the Sarsang drone strike 20 Jul 2024": [("b2", "struck"), ("b2", "attack", "second attack"), ("b3", "strike")],
    "three suspects detained near Daquq 25 Jul 2024": [("b3", "arrested", "three men"), ("b3", "detained")],
    "inspectors refused at Isfahan 11 Feb 2025": [("c1", "refused", "centrifuge workshop"), ("c1", "turned"),
                                                 ("c1", "refusal"), ("c2", "turned"), ("c3", "stopped"),
                                                 ("c4", "turned")],
    "Grossi's trip postponed 18 Feb 2025": [("c2", "postponed"), ("c2", "put")],
    "Grossi in Tehran 3 Mar 2025": [("c3", "went"), ("c3", "met"), ("c3", "talks"), ("c4", "visit", "Grossi's visit")],
    "inspectors' return agreed 3 Mar 2025": [("c3", "agreed"), ("c4", "agreed", "as agreed during")],
    "the board opens 10 Mar 2025": [("c4", "opened"), ("c4", "meeting")],
    "Kila Wari shot dead 9 May 2026": [("d1", "shooting"), ("d1", "shot"), ("d1", "opened"), ("d2", "killed"),
                                       ("d3", "shooting"), ("d3", "death")],
    "the Lae riot 10 May 2026": [("d1", "looted"), ("d1", "burned"), ("d1", "set"), ("d2", "riot"), ("d3", "riots", "The riots")],
    "the curfew imposed 10 May 2026": [("d1", "imposed")],
    "Marape in Lae 12 May 2026": [("d2", "arrived"), ("d2", "visiting"), ("d3", "visit")],
    "the constable suspended 10 May 2026": [("d1", "suspended"), ("d2", "suspended")],
    "the constable charged and remanded 18 May 2026": [("d3", "charged", "with murder"), ("d3", "appeared")],
}
APART = [
    (("a1", "imposed"), ("a1", "charging")),                                # Chile's beef duty 17 Mar vs Argentina's wine duty 15 Mar
    (("a1", "announced"), ("a1", "charging")),                              # wine duty announced 6 Mar vs in force 15 Mar
    (("a2", "postponed"), ("a3", "met")),                                   # talks postponed 27 Mar vs held 4 Apr
    (("a2", "blocked"), ("a2", "cleared")),                                 # blockade 26 Mar vs cleared 27 Mar
    (("a2", "detained"), ("a2", "released")),                               # drivers detained vs released hours later
    (("a3", "lifted", "beef duty"), ("a3", "lifted", "ban lifted")),        # 2023 duty lifted vs 2019 salmon ban lifted
    (("a3", "banned"), ("a1", "imposed")),                                  # 2019 salmon ban vs 2023 beef duty
    (("b1", "attack", "drone attack"), ("b2", "struck")),                   # Khurmala 16 Jul vs Sarsang 20 Jul
    (("b1", "attack", "drone attack"), ("b1", "struck")),                   # Khurmala 2024 vs Khor Mor rockets 2022
    (("b1", "denied"), ("b2", "rejected")),                                 # denial 17 Jul vs second denial 22 Jul
    (("b1", "condemned"), ("b2", "condemned")),                             # Sudani 17 Jul vs U.S. embassy 22 Jul
    (("b2", "resumed"), ("b3", "returned")),                                # partial restart 21 Jul vs full output 30 Jul
    (("b3", "visited"), ("b3", "detained")),                                # Sudani in Erbil 24 Jul vs arrests 25 Jul
    (("c1", "refused", "centrifuge workshop"), ("c4", "refused")),          # Isfahan 11 Feb vs Fordow 19 Mar
    (("c1", "refused", "centrifuge workshop"), ("c1", "refused", "September 2023")),  # 2025 vs 2023
    (("c2", "postponed"), ("c3", "went")),                                  # trip postponed 18 Feb vs made 3 Mar
    (("c3", "met"), ("c4", "returned")),                                    # Grossi's talks 3 Mar vs inspectors back 18 Mar
    (("c1", "denied"), ("c4", "denied")),                                   # denial of 13 Feb vs denial of 19 Mar
    (("d1", "shot"), ("d1", "looted")),                                     # the shooting 9 May vs the riot 10 May
    (("d1", "imposed"), ("d2", "extended")),                                # curfew imposed 10 May vs extended 13 May
    (("d2", "extended"), ("d3", "lifted")),                                 # extended 13 May vs lifted 21 May
    (("d1", "burned"), ("d2", "set")),                                      # market burned 10 May vs Kamkumung fire 12 May
    (("d1", "arrested"), ("d2", "arrested")),                               # 43 looters vs six men
    (("d3", "died"), ("d1", "died")),                                       # the man who died 19 May vs the guard 10 May
    (("d3", "rioting"), ("d1", "looted")),                                  # 2024 riots vs 2026 riot
    (("d3", "charged", "with murder"), ("d2", "suspended")),                # charged 18 May vs suspended 10 May
]
REALIZES = {
    "the WTO request realizes 'Chile would ask the WTO for consultations'": (("a2", "requested"), ("a1", "ask")),
    "the Mendoza meeting realizes 'expected to meet in Mendoza on March 28'": (("a3", "met"), ("a1", "meet")),
    "the duties suspended realizes 'agreed to suspend the duties'": (("a3", "suspended"), ("a3", "suspend")),
    "Sudani visited Erbil realizes 'will visit Erbil on Wednesday'": (("b3", "visited"), ("b2", "visit")),
    "Grossi went to Tehran realizes 'expected to travel to Tehran on February 19'": (("c3", "went"), ("c1", "travel")),
    "inspectors returned realizes 'inspectors would be allowed back'": (("c4", "returned"), ("c3", "allowed")),
    "Marape arrived in Lae realizes 'he would travel to Lae on Tuesday'": (("d2", "arrived"), ("d1", "travel")),
    "the constable charged realizes 'will be charged with murder'": (("d3", "charged", "with murder"), ("d2", "charged")),
}
NEVER = {
    "no realizes link into the family's march (called off)": [("d2", "march"), ("d2", "hold")],
    "no realizes link into Argentina's threatened counter-complaint": [("a3", "threat")],
    "no realizes link into the Khurmala trial in the autumn": [("b3", "trial"), ("b3", "open")],
    "no realizes link into the European resolution (deferred)": [("c2", "resolution", "censuring"), ("c2", "push")],
    "no realizes link into the checkpoint inquiry next month": [("d3", "inquiry"), ("d3", "start")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
