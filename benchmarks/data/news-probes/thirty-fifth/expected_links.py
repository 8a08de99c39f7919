"""Hand-written link expectations (written before running chronicle) for corpus.jsonl:
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart,
realizes links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "the prefect bans the Place du 13-Mai rally 13 Nov 2024": [("a1", "banned"), ("a2", "banned"), ("a4", "banned")],
    "the rally held in defiance of the ban 16 Nov 2024": [("a1", "gathered"), ("a2", "rally"), ("a3", "rally")],
    "gendarmes fire tear gas at the rally 16 Nov 2024": [("a1", "fired", "tear gas"), ("a4", "fires")],
    "Randrianarivelo arrested at his home 16 Nov 2024": [("a1", "arrested"), ("a1", "arrest"),
                                                        ("a3", "arrested", "Arrested on the evening")],
    "two reporters detained at the rally 16 Nov 2024": [("a1", "detained"), ("a2", "arrested"), ("a2", "detention")],
    "the two reporters released 17 Nov 2024": [("a2", "released")],
    "Randrianarivelo charged and remanded 18 Nov 2024": [("a3", "charged"), ("a3", "placed")],
    "the Toamasina deputy arrested 19 Nov 2024": [("a3", "arrested", "Lalao Rasoanirina")],
    "the bail hearing postponed 21 Nov 2024": [("a4", "postponed")],
    "bail granted to Randrianarivelo 28 Nov 2024": [("a4", "granted")],
    "Randrianarivelo leaves Antanimora prison 28 Nov 2024": [("a4", "leaves")],
    "presidential guards fire on marchers 7 Feb 2009": [("a1", "fired", "presidential guards"), ("a1", "killing")],
    "Mauritius's assembly adopts the electoral bill 15 Nov 2024": [("a3", "adopted")],
    "Uganda orders Kjærgaard to leave 13 May 2025": [("b1", "ordered"), ("b2", "served")],
    "Denmark summons Uganda's charge d'affaires 14 May 2025": [("b1", "summoned")],
    "Uganda's denial 14 May 2025": [("b1", "denied")],
    "Kjærgaard flies out of Entebbe 15 May 2025": [("b1", "flew"), ("b1", "put"), ("b3", "left")],
    "Denmark suspends the governance programme 16 May 2025": [("b1", "suspended"), ("b2", "suspended"),
                                                              ("b3", "suspended", "was suspended on 16 May")],
    "two Ugandan staff arrested in Gulu 19 May 2025": [("b2", "arrested", "Ugandan employees"),
                                                      ("b2", "arrested", "Monday the 19th")],
    "the two Gulu staff freed on bond 21 May 2025": [("b2", "freed")],
    "the minister's visit moved to 10 June (28 May 2025)": [("b2", "agreed")],
    "Holm arrives in Kampala 10 Jun 2025": [("b3", "arrived", "She arrived on Tuesday"),
                                           ("b3", "arrived", "Holm arrived in Kampala on Tuesday")],
    "Holm and Uganda's foreign minister agree a framework 10 Jun 2025": [("b3", "agreed")],
    "Holm meets Museveni 11 Jun 2025": [("b3", "met")],
    "Uganda's NGO Bureau halts 54 organisations Aug 2021": [("b1", "halted")],
    "Turkish Cypriot troops place the Louroujina post 10 Jan 2026": [("c1", "set"), ("c2", "place")],
    "a UN patrol pushed back, two peacekeepers hurt 12 Jan 2026": [("c1", "injured"), ("c1", "pushed"), ("c1", "assault"),
                                                                   ("c2", "push"), ("c2", "hurt")],
    "the Turkish Cypriot leader's threat 12 Jan 2026": [("c1", "warned"), ("c2", "threatens")],
    "Cyprus lodges a complaint with the Secretary-General 13 Jan 2026": [("c2", "lodges"), ("c2", "complaint")],
    "the Council's consultations postponed 15 Jan 2026": [("c2", "postponed")],
    "the Council's closed consultations 20 Jan 2026": [("c2", "holds"), ("c2", "consultations")],
    "the Council's press statement calling for removal 20 Jan 2026": [("c2", "issues"), ("c2", "calling"), ("c3", "called")],
    "a Greek Cypriot hunter detained near Deneia 16 Jan 2026": [("c2", "detain"), ("c3", "detained")],
    "the hunter freed 17 Jan 2026": [("c2", "freed"), ("c3", "freed")],
    "the leaders accept the UN deal 28 Jan 2026": [("c3", "accepted"), ("c3", "reached")],
    "the Louroujina post dismantled 31 Jan 2026": [("c3", "dismantled")],
    "Turkish Cypriot workers scuffle with peacekeepers at Pyla Aug 2023": [("c1", "scuffled")],
    "40 Venezuelans detained at Icacos 3 Mar 2023": [("d1", "detained"), ("d3", "detained")],
    "the deportation orders 6 Mar 2023": [("d1", "ordered"), ("d3", "made")],
    "the High Court's injunction 9 Mar 2023": [("d1", "halted"), ("d3", "granted")],
    "the Attorney General appeals 10 Mar 2023": [("d1", "appealed"), ("d3", "appealed")],
    "the appeal heard 16 Mar 2023": [("d3", "heard")],
    "the Court of Appeal lifts the injunction 20 Mar 2023": [("d2", "lifted"), ("d2", "ruling"), ("d3", "discharged"),
                                                             ("d3", "allowed", "On 20 March this Court")],
    "the 40 deported to Güiria 21 Mar 2023": [("d2", "deported", "at dawn on Tuesday"), ("d2", "taken"), ("d3", "removed")],
    "the church groups' vigil at Aripo 20 Mar 2023": [("d2", "held", "vigil"), ("d2", "vigil")],
    "Venezuela calls for dignified treatment 10 Mar 2023": [("d1", "called")],
    "Guyana arrests two fuel smugglers 8 Mar 2023": [("d1", "arrested")],
    "22 Venezuelans detained off Cedros (week of 13 Mar 2023)": [("d2", "detained")],
    "82 Venezuelans deported 2019": [("d2", "deported", "In 2019")],
}
APART = [
    (("a1", "arrested"), ("a3", "arrested", "Lalao Rasoanirina")),                # the leader 16 Nov vs the Toamasina deputy 19 Nov
    (("a1", "arrested"), ("a1", "detained")),                                      # the leader vs the two reporters
    (("a1", "fired", "tear gas"), ("a1", "fired", "presidential guards")),        # 2024 vs 2009
    (("a1", "banned"), ("a1", "gathered")),                                        # banned 13 Nov vs held 16 Nov
    (("a3", "charged"), ("a3", "arrested", "Arrested on the evening")),           # charged 18 Nov vs arrested 16 Nov
    (("a4", "postponed"), ("a4", "granted")),                                      # postponed 21 Nov vs granted 28 Nov
    (("a2", "arrested"), ("a2", "released")),                                      # arrested 16 Nov vs released 17 Nov
    (("a2", "arrested"), ("a2", "arrest")),                                        # 2024 vs the 2021 Toliara arrests
    (("b1", "suspended"), ("b1", "halted")),                                       # Denmark 2025 vs Uganda's NGO Bureau 2021
    (("b1", "suspended"), ("b1", "withheld")),                                     # Uganda 2025 vs Tanzania 2018
    (("b2", "arrested", "Monday the 19th"), ("b1", "ordered")),                    # the Gulu staff vs the director's expulsion
    (("b2", "arrested", "Monday the 19th"), ("b2", "freed")),                      # arrested 19 May vs freed 21 May
    (("b1", "summoned"), ("b1", "denied")),                                        # Denmark's summons vs Uganda's denial
    (("b2", "agreed"), ("b3", "agreed")),                                          # the visit moved 28 May vs the framework 10 Jun
    (("b1", "ordered"), ("b1", "flew")),                                           # ordered 13 May vs left 15 May
    (("c1", "set"), ("c3", "dismantled")),                                         # placed 10 Jan vs dismantled 31 Jan
    (("c1", "pushed"), ("c1", "scuffled")),                                        # 2026 vs the 2023 Pyla scuffle
    (("c2", "postponed"), ("c2", "consultations")),                                # postponed 15 Jan vs held 20 Jan
    (("c2", "detain"), ("c2", "push")),                                            # the hunter vs the UN patrol
    (("c2", "detain"), ("c2", "freed")),                                           # detained 16 Jan vs freed 17 Jan
    (("c3", "accepted"), ("c3", "dismantled")),                                    # the deal 28 Jan vs the dismantling 31 Jan
    (("d1", "detained"), ("d2", "detained")),                                      # Icacos 3 Mar vs Cedros, the week of 13 Mar
    (("d2", "deported", "at dawn on Tuesday"), ("d2", "deported", "In 2019")),    # 2023 vs 2019
    (("d1", "halted"), ("d2", "lifted")),                                          # the injunction 9 Mar vs lifted 20 Mar
    (("d3", "heard"), ("d3", "discharged")),                                       # heard 16 Mar vs decided 20 Mar
    (("d1", "arrested"), ("d1", "detained")),                                      # Guyana's smugglers vs the 40 Venezuelans
    (("d1", "ordered"), ("d2", "deported", "at dawn on Tuesday")),                # ordered 6 Mar vs carried out 21 Mar
]
REALIZES = {
    "Kjærgaard's flight out realizes 'ordered ... to leave Uganda within 48 hours'": (("b1", "flew"), ("b1", "leave")),
    "Holm's arrival realizes 'she would travel to Kampala early next month'": (("b3", "arrived", "Holm arrived in Kampala on Tuesday"),
                                                                               ("b1", "travel")),
    "the complaint lodged realizes 'will lodge a formal complaint'": (("c2", "lodges"), ("c1", "lodge")),
    "the Council's consultations realize 'due to discuss the incident ... on Friday'": (("c2", "consultations"), ("c1", "discuss")),
    "the envoy's meetings realize 'expected to meet both leaders next week'": (("c3", "met"), ("c2", "meet")),
    "the post dismantled realizes 'will withdraw the post'": (("c3", "dismantled"), ("c3", "withdraw")),
    "the deportation realizes 'planned to return them to Güiria on 10 March'": (("d2", "deported", "at dawn on Tuesday"),
                                                                              ("d1", "return")),
    "the reasons delivered realize 'stating that reasons would follow'": (("d3", "delivered"), ("d3", "follow")),
}
NEVER = {
    "no realizes link into the general strike threatened": [("a1", "call")],
    "no realizes link into Civic Voice Denmark's new registration": [("b3", "apply")],
    "no realizes link into the programme resumed from July": [("b3", "resume")],
    "no realizes link into UNFICYP's published findings": [("c3", "publish")],
    "no realizes link into Caracas's consular official": [("d1", "send")],
    "no realizes link into the judicial review hearing listed for 27 April": [("d3", "hearing")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
