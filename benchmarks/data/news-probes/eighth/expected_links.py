"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "Jau hunger strike begins 7 Aug 2023": [("h1", "began"), ("h1", "strike", "began a hunger"), ("h2", "began"), ("h3", "began")],
    "force-feeding alleged 14 Aug 2023": [("h2", "accusation"), ("h3", "accused")],
    "allegation rejected 15 Aug 2023": [("h2", "rejected"), ("h3", "denied")],
    "hunger strike ends 19 Aug 2023": [("h3", "ended"), ("h3", "called")],
    "Trans Niger Pipeline blast 3 Mar 2024": [("p1", "explosion"), ("p1", "blast"), ("p2", "blowing"), ("p2", "attack"),
                                              ("p3", "explosion"), ("p3", "sabotage"), ("p4", "bombing", "following a bombing"),
                                              ("p4", "attack", "March 3 attack"), ("p4", "blast"), ("p4", "bombing", "first bombing")],
    "three suspects arrested 6 Mar 2024": [("p2", "arrested"), ("p2", "detained"), ("p3", "arrested"), ("p4", "arrested")],
    "pipeline reopened 12 Mar 2024": [("p3", "began"), ("p3", "reopened"), ("p4", "resumed")],
    "second pipeline attack 16 Mar 2024": [("p4", "attacked"), ("p4", "attack", "The second attack"), ("p4", "tampered")],
    "Banda disqualified 10 Jun 2025": [("c1", "disqualified"), ("c2", "barred"), ("c2", "exclude"), ("c2", "disqualification"),
                                       ("c3", "excluded"), ("c3", "exclusion")],
    "march on the commission 11 Jun 2025": [("c1", "marched"), ("c2", "protest"), ("c3", "protests")],
    "twelve protesters detained 11 Jun 2025": [("c1", "detained"), ("c2", "detained"), ("c3", "detained")],
    "High Court ruling 20 Jun 2025": [("c2", "overturned"), ("c2", "ruled"), ("c3", "ruled")],
    "Senegal-Mauritania pact signed 20 Jan 2026": [("d1", "signed", "signed a defence"), ("d1", "signed", "agreement was signed"),
                                                   ("d2", "signed", "with Senegal last month"), ("d2", "signed", "January 20"),
                                                   ("d3", "signed", "last month")],
    "Mauritania ratifies 5 Feb 2026": [("d2", "ratified"), ("d3", "ratified")],
}
APART = [
    (("h1", "began"), ("h3", "ended")),                                # strike begins vs strike ends
    (("h1", "denied"), ("h2", "rejected")),                            # denial of any strike vs rejection of force-feeding claim
    (("h2", "accusation"), ("h2", "rejected")),                        # allegation vs its rejection
    (("h1", "ended"), ("h3", "ended")),                                # 2021 strike ended vs 2023 strike ended
    (("h1", "protests"), ("h3", "protest")),                           # 2011 protests vs the 2023 strike
    (("p1", "explosion"), ("p4", "attacked")),                         # first vs second attack on the pipeline
    (("p1", "explosion"), ("p1", "drilled")),                          # 2024 blast vs 2022 thefts
    (("p2", "arrested"), ("p3", "charged")),                           # arrests vs charges
    (("p1", "declared"), ("p3", "lifted")),                            # force majeure declared vs lifted
    (("p3", "reopened"), ("p4", "attacked")),                          # reopening vs second attack
    (("c1", "disqualified"), ("c3", "reinstated")),                    # barred vs reinstated
    (("c1", "disqualified"), ("c2", "filed")),                         # barred vs the appeal
    (("c1", "detained"), ("c2", "released")),                          # detained vs bailed
    (("c2", "overturned"), ("c3", "reinstated")),                      # court ruling vs commission's reinstatement
    (("d1", "signed", "signed a defence"), ("d2", "ratified")),        # signing vs ratification
    (("d2", "ratified"), ("d3", "postponed")),                         # Nouakchott ratifies vs Dakar postpones
    (("d1", "signed", "signed a defence"), ("d1", "clashes")),         # 2026 pact vs 1989 clashes
]
REALIZES = {
    "the appeal filed realizes 'would challenge the ruling in the High Court'": (("c2", "filed"), ("c1", "challenge")),
    "the reinstatement realizes the court's order that his name 'be restored'": (("c3", "reinstated"), ("c2", "restored")),
}
NEVER = {
    "no realizes link into the UN rapporteur's visit": [("h2", "visit")],
    "no realizes link into the year-end review of the rules": [("h3", "review")],
    "no realizes link into the release of elderly and sick inmates": [("h3", "release")],
    "no realizes link into the assessment team and compensation": [("p2", "send"), ("p2", "pay")],
    "no realizes link into deploying private security contractors": [("p3", "deploy")],
    "no realizes link into the Blantyre rally": [("c2", "rally")],
    "no realizes link into the threatened boycott": [("c3", "boycott")],
    "no realizes link into Senegal's plenary vote": [("d2", "vote")],
    "no realizes link into the first joint patrol": [("d1", "hold")],
    "no realizes link into the liaison office in Rosso": [("d1", "set")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
