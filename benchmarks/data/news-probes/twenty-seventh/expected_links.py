"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "Himal Air flight 611 crashes 10 Oct 2023": [("a2", "crashed"), ("a3", "crash", "October 10"), ("a4", "crash"),
                                                 ("a4", "crashes")],
    "the wreckage spotted 11 Oct 2023": [("a1", "spotted"), ("a4", "found")],
    "three survivors pulled out 11 Oct 2023": [("a1", "pulled"), ("a4", "rescued")],
    "Himal Air's other planes grounded 11 Oct 2023": [("a1", "grounded"), ("a4", "grounded")],
    "Himal Air denies overloading 11 Oct 2023": [("a2", "denied"), ("a3", "denied")],
    "the Lukla helicopter crash 13 Oct 2023": [("a3", "crashed")],
    "a survivor dies 14 Oct 2023": [("a2", "died"), ("a4", "dies")],
    "relatives protest at Pokhara airport 14 Oct 2023": [("a2", "protested"), ("a4", "protest")],
    "the airport protest dispersed 14 Oct 2023": [("a2", "dispersed"), ("a4", "broken")],
    "the recorders sent to France 16 Oct 2023": [("a2", "sent"), ("a4", "sent")],
    "the recorders come back from Paris 22 Oct 2023": [("a3", "came")],
    "the grounding lifted 23 Oct 2023": [("a3", "allowed"), ("a4", "lifted")],
    "the preliminary report released 20 Nov 2023": [("a4", "released", "eleven days"), ("a4", "released", "Nov 20")],
    "relatives march to the CAAN office 20 Nov 2023": [("a4", "marched")],
    "the crush at the Estadio Nacional 16 Mar 2024": [("b1", "died"), ("b1", "crush"), ("b3", "crushed")],
    "the league suspends the championship 17 Mar 2024": [("b1", "suspends"), ("b2", "stopped")],
    "the mayor orders the stadium closed 17 Mar 2024": [("b1", "ordered")],
    "Olimpia denies overselling 18 Mar 2024": [("b2", "deny")],
    "Osman Reyes arrested 19 Mar 2024": [("b2", "arrested")],
    "Reyes charged with manslaughter 20 Mar 2024": [("b2", "charged"), ("b3", "charged")],
    "Reyes remanded 21 Mar 2024": [("b3", "remanded")],
    "the championship resumed behind closed doors 23 Mar 2024": [("b3", "resumed")],
    "Marathon and Real Espana fans fight outside the Olimpico 24 Mar 2024": [("b3", "fought")],
    "the derby played in San Pedro Sula 6 Apr 2024": [("b3", "played")],
    "the 2019 killings outside the stadium": [("b1", "killed"), ("b2", "killings")],
    "gas to Transnistria stops 1 Nov 2025": [("c1", "stopped", "two days after"), ("c1", "stopped", "7 a.m.")],
    "Tiraspol declares an economic emergency 2 Nov 2025": [("c1", "declared")],
    "rolling blackouts begin 3 Nov 2025": [("c1", "began")],
    "Cuciurgan switches to coal 4 Nov 2025": [("c2", "switched")],
    "the EU grant announced 10 Nov 2025": [("c2", "announced", "announced yesterday")],
    "the ministry's denial 11 Nov 2025": [("c2", "denies")],
    "the Balti power cut 11 Nov 2025": [("c2", "cut")],
    "gas reaches Transnistria 19 Nov 2025": [("c3", "reached", "first time"), ("c3", "reached", "Tiraspol network")],
    "the rolling blackouts end 20 Nov 2025": [("c3", "ended", "next day"), ("c3", "ended", "earlier version"),
                                              ("c3", "ended", "They ended")],
    "Bautista's body found 11 Jan 2026": [("d1", "found", "desert north"), ("d1", "found", "near Jahra")],
    "the employer's son arrested 13 Jan 2026": [("d1", "arrested"), ("d2", "arrest")],
    "Manila suspends deployment to Kuwait 14 Jan 2026": [("d1", "suspended"), ("d2", "suspended")],
    "Kuwait rejects the suspension 15 Jan 2026": [("d2", "rejected")],
    "Kuwait stops new visas for Filipinos 16 Jan 2026": [("d2", "stopped")],
    "Bautista's body flown home 18 Jan 2026": [("d3", "flown")],
    "the son charged with murder 20 Jan 2026": [("d2", "charged")],
    "Bautista buried 20 Jan 2026": [("d3", "buried")],
    "the Riyadh nurse dies 25 Jan 2026": [("d2", "died")],
    "the joint committee meeting postponed Jan 2026": [("d2", "postponed")],
    "the Kuwait City talks 8-9 Feb 2026": [("d3", "talks")],
    "the labour agreement signed 9 Feb 2026": [("d3", "signed", "a week after"), ("d3", "signed", "February 9")],
    "Manila lifts its suspension 16 Feb 2026": [("d3", "lifted", "on Monday lifted"), ("d3", "lifted", "same day")],
    "Kuwait resumes visas 16 Feb 2026": [("d3", "resumed")],
}
APART = [
    (("a3", "crashed"), ("a1", "crashed")),                                     # Lukla helicopter 2023 vs Mustang 2022
    (("a2", "crashed"), ("a1", "crashed")),                                     # Flight 611 2023 vs Mustang 2022
    (("a2", "crashed"), ("a3", "crashed")),                                     # Flight 611 10 Oct vs helicopter 13 Oct
    (("a2", "died"), ("a3", "killed")),                                         # survivor dies 14 Oct vs pilot killed 13 Oct
    (("a1", "grounded"), ("a3", "allowed")),                                    # grounded 11 Oct vs lifted 23 Oct
    (("a2", "sent"), ("a3", "came")),                                           # sent 16 Oct vs back 22 Oct
    (("a2", "protested"), ("a4", "marched")),                                   # airport protest 14 Oct vs march 20 Nov
    (("a4", "put"), ("a4", "released", "eleven days")),                         # report put off vs released
    (("b1", "died"), ("b1", "killed")),                                         # crush 2024 vs 2019 killings
    (("b1", "died"), ("b3", "fought")),                                         # crush 16 Mar vs San Pedro Sula fight 24 Mar
    (("b2", "arrested"), ("b2", "charged")),                                    # arrest 19 Mar vs charge 20 Mar
    (("b2", "charged"), ("b3", "remanded")),                                    # charge 20 Mar vs remand 21 Mar
    (("b2", "arrested"), ("b3", "arrested")),                                   # Reyes 19 Mar vs eleven fans 24 Mar
    (("b2", "stopped"), ("b3", "resumed")),                                     # suspended 17 Mar vs resumed 23 Mar
    (("b3", "postponed"), ("b3", "played")),                                    # postponed vs played 6 Apr
    (("c1", "stopped", "7 a.m."), ("c1", "cut")),                               # gas stop 2025 vs 2022 cut
    (("c1", "began"), ("c2", "cut")),                                           # Transnistria blackouts vs Balti power cut
    (("c1", "began"), ("c3", "ended", "They ended")),                           # blackouts begun 3 Nov vs ended 20 Nov
    (("c2", "announced", "announced yesterday"), ("c3", "reached", "first time")),  # grant 10 Nov vs gas 19 Nov
    (("c2", "claims"), ("c2", "denies")),                                       # Tiraspol's claim 6 Nov vs denial 11 Nov
    (("d1", "found", "near Jahra"), ("d2", "died")),                            # Bautista vs the Riyadh nurse
    (("d1", "suspended"), ("d1", "banned")),                                    # 2026 suspension vs 2018 ban
    (("d1", "suspended"), ("d3", "lifted", "on Monday lifted")),                # suspended 14 Jan vs lifted 16 Feb
    (("d2", "stopped"), ("d3", "resumed")),                                     # visas stopped 16 Jan vs resumed 16 Feb
    (("d1", "arrested"), ("d2", "charged")),                                    # arrest 13 Jan vs charge 20 Jan
    (("d2", "charged"), ("d3", "buried")),                                      # the charge vs the burial, both 20 Jan
    (("d2", "postponed"), ("d3", "talks")),                                     # postponed vs held 8-9 Feb
]
REALIZES = {
    "the recorders sent realize 'would be sent to France for analysis'": (("a2", "sent"), ("a1", "sent")),
    "the report released realizes 'We will publish it on November 9'": (("a4", "released", "eleven days"), ("a3", "publish")),
    "the championship resumed realizes 'matches will resume this weekend'": (("b3", "resumed"), ("b2", "resume")),
    "the switch to coal realizes 'will switch from gas to coal on Tuesday'": (("c2", "switched"), ("c1", "switch")),
    "the gas reaching Transnistria realizes 'will enter the national network ... on 15 November'":
        (("c3", "reached", "first time"), ("c2", "enter")),
    "the body flown home realizes 'would be flown home on Sunday'": (("d3", "flown"), ("d1", "flown")),
    "the Kuwait City talks realize 'he would meet Kuwaiti labour officials ... on January 26'": (("d3", "talks"), ("d1", "meet")),
}
NEVER = {
    "no realizes link into reaching the other bodies on Thursday": [("a1", "reach")],
    "no realizes link into the airline's licence suspended": [("a4", "suspended")],
    "no realizes link into an audit of every stadium": [("b2", "audit"), ("b2", "carried")],
    "no realizes link into Reyes's appeal": [("b3", "appeal")],
    "no realizes link into the factories restarting": [("c3", "restart")],
    "no realizes link into the trial opening in March": [("d3", "trial"), ("d3", "open")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
