"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "Russian veto threat 6 Nov 2023": [("a1", "threatened"), ("a2", "threatened"), ("a3", "threat")],
    "Abyei vote postponed 8 Nov 2023": [("a1", "postponed"), ("a1", "moved"), ("a2", "delayed")],
    "UNISFA mandate renewed 10 Nov 2023": [("a2", "renewed"), ("a2", "adopted"), ("a3", "extended"), ("a3", "renewal"),
                                           ("a3", "adopted")],
    "UN patrol attacked near Agok 14 Nov 2023": [("a3", "attacked"), ("a3", "ambushed"), ("a3", "killed", "peacekeeper was killed"),
                                                 ("a3", "killing")],
    "coast guard ship and fishing boat collide 11 Jun 2024": [("b1", "colliding"), ("b2", "collision", "this week"),
                                                              ("b2", "collision", "Tuesday's collision"),
                                                              ("b3", "collision", "last week"),
                                                              ("b3", "collision", "The collision was the deadliest"),
                                                              ("b4", "collision")],
    "China lodges protest with Seoul 12 Jun 2024": [("b1", "lodged"), ("b1", "protest"), ("b1", "demanded")],
    "compensation agreed 1 Jul 2024": [("b4", "agreed", "South Korea agreed on Monday"), ("b4", "agreement"), ("b4", "reached"),
                                       ("b4", "deal")],
    "joint patrol proposal rejected by Seoul": [("b3", "rejected"), ("b4", "rejected")],
    "protesters killed at Parotani 31 Jul 2025": [("c1", "killed"), ("c1", "died"), ("c2", "killed"), ("c2", "shot"), ("c3", "died")],
    "Cochabamba emergency declared 1 Aug 2025": [("c1", "declared"), ("c2", "issued"), ("c3", "declared")],
    "emergency extended by Congress 28 Aug 2025": [("c2", "voted"), ("c2", "extension"), ("c2", "approved"), ("c3", "extended")],
    "march on La Paz banned 27 Aug 2025": [("c2", "banned"), ("c3", "banned")],
    "Mekong Ledger newsroom raided 10 Feb 2026": [("d1", "raided"), ("d1", "raid"), ("d2", "raided"), ("d2", "raid"),
                                                  ("d3", "raided"), ("d3", "raid")],
    "Australian editor deported 12 Feb 2026": [("d2", "deported"), ("d2", "expulsion"), ("d2", "deportation"), ("d3", "expelled"),
                                               ("d3", "deportation")],
    "Australia summons Cambodia's ambassador 13 Feb 2026": [("d2", "summoned"), ("d2", "called"), ("d3", "summoned")],
}
APART = [
    (("a1", "threatened"), ("a2", "renewed")),                          # the veto threat vs the renewal
    (("a1", "postponed"), ("a2", "renewed")),                           # the postponement vs the renewal
    (("a3", "attacked"), ("a3", "attack")),                             # November patrol attack vs the September attack
    (("a3", "killed", "peacekeeper was killed"), ("a3", "killed", "a trader was killed")),
    (("a2", "attacked"), ("a3", "attacked")),                           # February attacks vs the November one
    (("b1", "lodged"), ("b2", "protested")),                            # China's diplomatic protest vs fishermen's protest
    (("b2", "died"), ("b3", "died")),                                   # 2024 death vs 2016 deaths
    (("b2", "rejected"), ("b3", "rejected")),                           # Beijing rejects an account vs Seoul rejects patrols
    (("b2", "agreed"), ("b4", "agreed", "South Korea agreed on Monday")),  # investigation agreed vs compensation agreed
    (("c1", "declared"), ("c2", "extension")),                          # declared vs extended
    (("c2", "extension"), ("c3", "lifted")),                            # extended vs lifted
    (("c1", "declared"), ("c3", "lifted")),                             # declared vs lifted
    (("c2", "banned"), ("c3", "signed")),                               # march banned vs agreement signed
    (("d1", "raided"), ("d2", "deported")),                             # the raid vs the deportation
    (("d2", "summoned"), ("d3", "rejected")),                           # Australia's summons vs Cambodia's rejection
    (("d1", "revoked"), ("d3", "revoked")),                             # 2023 licence vs 2026 licence
    (("d2", "deported"), ("d3", "revoked")),                            # deportation vs licence revoked
]
REALIZES = {
    "compensation agreed realizes 'Seoul would compensate the families'": (("b4", "agreed", "South Korea agreed on Monday"),
                                                                          ("b1", "compensate")),
    "the extension voted realizes 'would ask Congress to extend'": (("c2", "extension"), ("c1", "extend")),
    "the deportation realizes 'would be deported'": (("d2", "deported"), ("d1", "deported")),
}
NEVER = {
    "no realizes link into Moscow blocking the resolution": [("a1", "block")],
    "no realizes link into the extra police officers": [("a1", "adding"), ("a2", "sought")],
    "no realizes link into the technical rollover": [("a1", "adopt")],
    "no realizes link into the joint patrols": [("b3", "proposal"), ("b4", "call")],
    "no realizes link into troops sent to the Chapare": [("c1", "sent"), ("c2", "deployed")],
    "no realizes link into the march on La Paz": [("c2", "march"), ("c3", "march")],
    "no realizes link into Hayes' challenge": [("d2", "challenge"), ("d3", "challenge")],
    "no realizes link into the foreign minister's visit": [("d3", "visit")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
