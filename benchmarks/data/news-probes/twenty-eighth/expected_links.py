"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "Wichai Rattanakorn arrested at Suvarnabhumi 10 Sep 2023": [("a1", "arrested", "police arrested"), ("a1", "detained"),
                                                                 ("a1", "arrest"), ("a2", "arrest"), ("a4", "arrest")],
    "Wichai charged with sedition 10 Sep 2023": [("a1", "charged")],
    "the court refuses Wichai bail 11 Sep 2023": [("a1", "rejected"), ("a1", "refusal")],
    "the government spokesman denies a political arrest 11 Sep 2023": [("a2", "denied")],
    "the rally outside the Criminal Court 12 Sep 2023": [("a2", "rally"), ("a2", "unfurled")],
    "three protesters detained 12 Sep 2023": [("a2", "detained")],
    "the three protesters released 12 Sep 2023": [("a2", "released")],
    "the second bail request filed 14 Sep 2023": [("a3", "filed", "lawyers filed"), ("a3", "request")],
    "the bail ruling put off to Monday 14 Sep 2023": [("a3", "put"), ("a3", "decision")],
    "Kanya Sutthiwong arrested in Chiang Mai 14 Sep 2023": [("a3", "arrest")],
    "Wichai granted bail 18 Sep 2023": [("a4", "granted"), ("a4", "barred")],
    "Wichai walks out of prison 18 Sep 2023": [("a4", "walked")],
    "the EC submits its dissolution petition 21 Sep 2023": [("a4", "submitted"), ("a4", "petition")],
    "Wichai's 2020 arrest": [("a1", "arrested", "2020")],
    "Lithuania closes the Medininkai and Salcininkai crossings 10 Feb 2026": [("b1", "closed"), ("b1", "closure"),
                                                                             ("b2", "closed"), ("b2", "closure")],
    "Lithuania's government decides the closure 9 Feb 2026": [("b1", "decision")],
    "Minsk calls the closure a provocation 10 Feb 2026": [("b1", "called")],
    "Minsk warns it may respond 10 Feb 2026": [("b1", "warned")],
    "balloons force Vilnius airport to close 7 Feb 2026": [("b1", "close")],
    "Lithuania's 2021 border emergency": [("b1", "declared")],
    "Belarus bars Lithuanian lorries from leaving 11 Feb 2026": [("b2", "barred"), ("b2", "hostage-taking"), ("b3", "held")],
    "Lithuania summons Belarus's charge d'affaires 12 Feb 2026": [("b2", "summoned")],
    "Lithuania's protest note 12 Feb 2026": [("b2", "handed"), ("b2", "note")],
    "Poland shuts Bobrowniki 18 Feb 2026": [("b3", "shut")],
    "EU ministers agree to blacklist Belarusian officials 23 Feb 2026": [("b3", "agreed"), ("b3", "blacklist")],
    "Lithuania decides to reopen 26 Feb 2026": [("b3", "decided")],
    "the reopening put back a day 28 Feb 2026": [("b3", "put")],
    "Lithuania reopens the crossings 2 Mar 2026": [("b3", "reopened")],
    "the first lorries leave Belarus 3 Mar 2026": [("b3", "began")],
    "five MEPs refused entry at Tunis-Carthage 12 Apr 2025": [("c1", "refused"), ("c1", "incident"), ("c2", "refusal"),
                                                              ("c3", "turned")],
    "the EU summons Tunisia's ambassador 14 Apr 2025": [("c1", "summoned")],
    "the Commission announces the 90-million payment 10 Apr 2025": [("c1", "announced"), ("c2", "announced"),
                                                                     ("c3", "announced")],
    "the first 30 million euros paid Mar 2025": [("c1", "paid"), ("c3", "received")],
    "Tunisia rejects the aid 15 Apr 2025": [("c2", "rejected"), ("c3", "rejected")],
    "Commissioner Varga's visit postponed 17 Apr 2025": [("c2", "postponed")],
    "Tunisia sends back the 30 million euros 24 Apr 2025": [("c3", "transferred")],
    "Varga meets Ben Salah in Tunis 6 May 2025": [("c3", "met"), ("c3", "visit", "first visit"), ("c3", "visit", "UGTT")],
    "Italy signs a coast-guard grant 6 May 2025": [("c3", "signed"), ("c3", "grant")],
    "the Venezuelan patrol vessel's incursion 19 Oct 2024": [("d1", "incursion", "what it called"), ("d1", "sailed"),
                                                             ("d3", "incursion")],
    "Guyana's protest note 20 Oct 2024": [("d1", "sent"), ("d1", "note")],
    "Guyana summons Venezuela's ambassador 21 Oct 2024": [("d1", "summoned")],
    "Venezuela denies the incursion 21 Oct 2024": [("d1", "denied"), ("d3", "denial")],
    "the CARICOM emergency meeting 23 Oct 2024": [("d2", "meeting")],
    "CARICOM leaders back Guyana 23 Oct 2024": [("d2", "backed")],
    "gunmen fire on a GDF patrol on the Cuyuni 22 Oct 2024": [("d2", "fired"), ("d2", "attack"), ("d2", "wounding")],
    "the Brasilia meeting postponed 1 Nov 2024": [("d3", "postponement"), ("d3", "announced")],
    "gunmen attack a GDF supply boat 29 Oct 2024": [("d3", "attacked"), ("d3", "attack", "second such")],
    "the Brasilia talks 18 Nov 2024": [("d3", "talks", "at talks"), ("d3", "meeting"), ("d3", "talks", "frank")],
    "the hotline agreed 18 Nov 2024": [("d3", "agreed")],
    "Ali and Maduro meet in Saint Vincent Dec 2023": [("d1", "met")],
}
APART = [
    (("a1", "arrested", "police arrested"), ("a1", "arrested", "2020")),       # Wichai 2023 vs his 2020 arrest
    (("a1", "arrested", "police arrested"), ("a3", "arrest")),                 # Wichai 10 Sep vs Kanya 14 Sep
    (("a1", "arrested", "police arrested"), ("a2", "detained")),               # Wichai vs three protesters 12 Sep
    (("a1", "rejected"), ("a4", "granted")),                                   # bail refused 11 Sep vs granted 18 Sep
    (("a3", "put"), ("a4", "granted")),                                        # ruling put off 14 Sep vs bail 18 Sep
    (("a3", "filed", "lawyers filed"), ("a4", "submitted")),                   # bail request vs the EC's petition
    (("a2", "detained"), ("a2", "released")),                                  # detained vs released, same evening
    (("a1", "freed"), ("a4", "walked")),                                       # 2020 bail vs 2023 release
    (("b1", "closed"), ("b3", "reopened")),                                    # closed 10 Feb vs reopened 2 Mar
    (("b1", "closed"), ("b3", "shut")),                                        # Lithuania 10 Feb vs Poland 18 Feb
    (("b1", "closed"), ("b1", "close")),                                       # crossings vs Vilnius airport 7 Feb
    (("b1", "closed"), ("b1", "declared")),                                    # 2026 closure vs 2021 emergency
    (("b2", "barred"), ("b3", "began")),                                       # lorries held 11 Feb vs let out 3 Mar
    (("b2", "summoned"), ("b1", "called")),                                    # Vilnius's summons vs Minsk's words
    (("b3", "decided"), ("b3", "reopened")),                                   # decision 26 Feb vs reopening 2 Mar
    (("c1", "refused"), ("c1", "summoned")),                                   # entry refused 12 Apr vs summons 14 Apr
    (("c1", "announced"), ("c3", "transferred")),                              # announced 10 Apr vs sent back 24 Apr
    (("c1", "paid"), ("c3", "transferred")),                                   # paid in March vs returned 24 Apr
    (("c2", "rejected"), ("c3", "transferred")),                               # rejected 15 Apr vs returned 24 Apr
    (("c2", "postponed"), ("c3", "met")),                                      # postponed 17 Apr vs visit 6 May
    (("c3", "met"), ("c3", "signed")),                                         # EU visit vs Italy's grant, same day
    (("d2", "fired"), ("d3", "attacked")),                                     # Cuyuni 22 Oct vs 29 Oct
    (("d1", "incursion", "what it called"), ("d2", "fired")),                  # naval incursion vs river ambush
    (("d1", "summoned"), ("d1", "sent")),                                      # summons 21 Oct vs note 20 Oct
    (("d1", "summoned"), ("d1", "denied")),                                    # Guyana's summons vs Caracas's denial
    (("d3", "postponement"), ("d3", "talks", "at talks")),                     # postponed 1 Nov vs held 18 Nov
    (("d1", "met"), ("d3", "talks", "at talks")),                              # Argyle 2023 vs Brasilia 2024
    (("d2", "meeting"), ("d3", "talks", "at talks")),                          # CARICOM 23 Oct vs Brasilia 18 Nov
]
REALIZES = {
    "the second bail request filed realizes 'will file a second bail request on Thursday'":
        (("a3", "filed", "lawyers filed"), ("a2", "file")),
    "the EC's petition submitted realizes 'would ask the Constitutional Court to dissolve'":
        (("a4", "submitted"), ("a2", "ask")),
    "the EU blacklist realizes 'will discuss new sanctions on Belarus ... on 23 February'":
        (("b3", "blacklist"), ("b2", "sanctions")),
    "the crossings reopened realize 'to reopen them on 1 March'": (("b3", "reopened"), ("b3", "reopen")),
    "Varga's visit realizes 'is due to visit Tunis on 22 April'": (("c3", "met"), ("c1", "visit", "due to visit")),
    "the CARICOM meeting realizes 'will hold an emergency virtual meeting on Wednesday'": (("d2", "meeting"), ("d1", "meeting")),
    "the Brasilia talks realize 'would meet in Brasilia on 4 November'": (("d3", "talks", "at talks"), ("d2", "meet")),
}
NEVER = {
    "no realizes link into the appeal against the bail refusal": [("a1", "appeal")],
    "no realizes link into reporting to prosecutors on 2 October": [("a4", "report")],
    "no realizes link into the indictment decision": [("a4", "indict"), ("a4", "decide")],
    "no realizes link into the party congress on 14 October": [("a4", "hold"), ("a4", "congress"), ("a4", "choose")],
    "no realizes link into a new border emergency": [("b1", "planned")],
    "no realizes link into freezing the rest of the package": [("c2", "freeze")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
