"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "Kaluanda arrested at Lisbon airport 13 May 2023": [("a1", "arrested", "Portuguese police arrested"), ("a1", "detained"),
                                                        ("a2", "arrest"), ("a3", "arrested"), ("a4", "arrest")],
    "Neto arrested in Dubai Jun 2022": [("a1", "arrested", "arrested in Dubai"), ("a2", "arrested")],
    "Angola submits the extradition request 26 May 2023": [("a2", "submitted"), ("a2", "request", "submitted the formal request"),
                                                           ("a2", "request", "The request was accepted")],
    "the appeals court postpones the hearing 20 Jun 2023": [("a2", "postponed"), ("a3", "postponed")],
    "the extradition hearing held 4 Jul 2023": [("a3", "hearing", "two days after a hearing"),
                                                ("a3", "hearing", "The hearing on Tuesday")],
    "the Court of Appeal approves the extradition 6 Jul 2023": [("a3", "approved"), ("a3", "ruled"), ("a3", "ruling")],
    "Kaluanda extradited to Luanda 21 Sep 2023": [("a4", "extradited", "a day after Portugal extradited"), ("a4", "flown")],
    "Neto extradited from Dubai late Jun 2023": [("a3", "extradited"), ("a4", "extradited", "extradited from Dubai in June")],
    "the fuel price rise imposed 30 Sep 2024": [("b1", "announced"), ("b3", "imposed")],
    "student Brice Mba shot dead 1 Oct 2024": [("b1", "shot"), ("b1", "death"), ("b2", "killed"), ("b2", "death"),
                                               ("b2", "shooting"), ("b3", "killed"), ("b3", "shot")],
    "the first fuel protests 1 Oct 2024": [("b1", "protesting"), ("b2", "protests"), ("b2", "clashes"), ("b3", "protests")],
    "the march banned 3 Oct 2024": [("b2", "banned"), ("b2", "ban")],
    "the march held in defiance 5 Oct 2024": [("b2", "marched"), ("b2", "march", "Saturday's march came"),
                                              ("b3", "march", "last Saturday's march")],
    "about 40 arrested at the march 5 Oct 2024": [("b2", "arrested"), ("b2", "detained"), ("b3", "arrested")],
    "the price rise suspended 10 Oct 2024": [("b3", "suspended"), ("b3", "decision")],
    "Saint Lucia breaks with Taiwan 3 Mar 2025": [("c1", "cut"), ("c1", "switched", "switched recognition to Beijing"),
                                                  ("c2", "broke"), ("c2", "switch"), ("c3", "switched"), ("c3", "switch")],
    "China and Saint Lucia establish relations 7 Mar 2025": [("c2", "established"), ("c2", "signing"), ("c2", "communique")],
    "Taiwan's embassy in Castries closes 6 Mar 2025": [("c2", "closed"), ("c3", "closed")],
    "China's embassy in Castries opens 24 Mar 2025": [("c3", "opened"), ("c3", "opening")],
    "the no-confidence motion defeated 19 Mar 2025": [("c3", "defeated"), ("c3", "debate")],
    "attack on the Morro barracks 19 Apr 2026": [("d1", "repelled"), ("d1", "attack", "repelled an attack"), ("d1", "stormed"),
                                                 ("d1", "attack", "condemned the attack"), ("d2", "attack"), ("d2", "raid"),
                                                 ("d3", "attack"), ("d3", "assault")],
    "Sacramento arrested 23 Apr 2026": [("d2", "arrested"), ("d2", "arrest"), ("d3", "arrested")],
    "tear gas on Sacramento's supporters 24 Apr 2026": [("d2", "fired"), ("d2", "disperse")],
    "the trial postponed 5 May 2026": [("d3", "postponed"), ("d3", "delayed")],
    "the trial opens 19 May 2026": [("d3", "opened"), ("d3", "trial", "The trial of 14 people")],
}
APART = [
    (("a1", "arrested", "Portuguese police arrested"), ("a1", "arrested", "arrested in Dubai")),  # Kaluanda 2023 vs Neto 2022
    (("a2", "postponed"), ("a3", "hearing", "The hearing on Tuesday")),  # hearing postponed vs held
    (("a3", "approved"), ("a4", "extradited", "a day after Portugal extradited")),  # approval vs the extradition
    (("a3", "extradited"), ("a4", "extradited", "a day after Portugal extradited")),  # Neto's vs Kaluanda's extradition
    (("a4", "charged"), ("a4", "extradited", "a day after Portugal extradited")),  # charged Friday vs extradited Thursday
    (("a1", "ordered"), ("a4", "ordered")),                               # custody in Lisbon vs detention in Luanda
    (("a3", "approved"), ("a4", "rejected")),                             # approval vs appeal rejected
    (("b1", "protesting"), ("b2", "marched")),                            # Tuesday's protests vs Saturday's march
    (("b2", "banned"), ("b2", "marched")),                                # the ban vs the march held
    (("b1", "announced"), ("b3", "suspended")),                           # the rise vs its suspension
    (("b1", "withdrawn"), ("b3", "suspended")),                           # 2018 withdrawal vs 2024 suspension
    (("b3", "arrested"), ("b3", "released")),                             # arrested vs released
    (("b3", "charged", "was charged on Wednesday"), ("b3", "released")),  # officer charged vs protesters released
    (("b1", "blocked"), ("b2", "blocked")),                               # taxi drivers' blockade vs riot police
    (("c1", "cut"), ("c2", "established")),                               # break with Taipei vs ties with Beijing
    (("c1", "switched", "switched recognition to Beijing"), ("c1", "switched", "switched back to Taipei")),  # 2025 vs 2007
    (("c1", "recognised"), ("c2", "established")),                        # 1997 vs 2025
    (("c1", "broke"), ("c2", "broke")),                                   # Nauru 2024 vs Saint Lucia 2025
    (("c2", "closed"), ("c3", "opened")),                                 # Taiwan's embassy closed vs China's opened
    (("c2", "signing"), ("c3", "signed")),                                # communique vs aid agreement
    (("c2", "protested"), ("c3", "defeated")),                            # street protest vs motion defeated
    (("d1", "arrested"), ("d2", "arrested")),                             # Cravid vs Sacramento
    (("d1", "attack", "repelled an attack"), ("d1", "assault")),          # 2026 vs 2022 attack
    (("d1", "killing"), ("d1", "killed")),                                # three killed 2026 vs four killed 2022
    (("d3", "postponed"), ("d3", "opened")),                              # trial postponed vs opened
    (("d2", "charged"), ("d2", "arrested")),                              # Cravid charged vs Sacramento arrested
    (("d2", "arrived"), ("d2", "announced")),                             # mission arrives vs announced
]
REALIZES = {
    "Angola's request realizes 'would submit a formal extradition request'": (("a2", "submitted"), ("a1", "submit")),
    "the march held realizes the coalition's call": (("b2", "marched"), ("b1", "march")),
    "the PM meets the unions realizes 'would meet transport unions on Tuesday'": (("b3", "met"), ("b2", "meet")),
    "Taiwan's embassy closed realizes 'the embassy would close'": (("c2", "closed"), ("c1", "close")),
    "China's embassy opens realizes 'an embassy would open in Castries this month'": (("c3", "opened"), ("c2", "open")),
    "Taiwan's aid halted realizes 'would be halted'": (("c3", "halted"), ("c1", "halted")),
    "the ECCAS mission arrives realizes 'would send a fact-finding mission'": (("d2", "arrived"), ("d1", "send")),
    "the trial opens realizes 'would be tried by a military court'": (("d3", "opened"), ("d1", "tried")),
}
NEVER = {
    "no realizes link into Kaluanda's trial expected next year": [("a4", "trial", "his trial is expected")],
    "no realizes link into the complaint to the African Commission": [("a4", "ask")],
    "no realizes link into the general strike called for Monday": [("b3", "strike")],
    "no realizes link into the second march": [("b3", "march", "second march planned")],
    "no realizes link into the hospital wing opening in May": [("c1", "open", "due to open in May")],
    "no realizes link into the court challenge": [("c3", "challenge")],
    "no realizes link into the verdict": [("d3", "deliver"), ("d3", "verdict")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
