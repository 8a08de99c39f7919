"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "the state prosecutor summons Šipovac 9 Oct 2025": [("a1", "summoned")],
    "the state court issues the arrest warrant 15 Oct 2025": [("a1", "issued")],
    "SIPA officers turned back at the RS interior ministry 16 Oct 2025": [("a1", "turned"), ("a3", "stopped")],
    "SIPA arrests a customs officer in Bijeljina 16 Oct 2025": [("a1", "arrested")],
    "the RS assembly's 2021 vote": [("a1", "voted")],
    "the special session put off 19 Oct 2025": [("a2", "put")],
    "EUFOR's reserve troops arrive at Butmir 19 Oct 2025": [("a2", "arrived")],
    "the assembly adopts a declaration rejecting the warrant 22 Oct 2025": [("a2", "adopted"), ("a3", "declaration")],
    "the assembly threatens to pull officers out of the border police 22 Oct 2025": [("a2", "threatens"), ("a3", "threat")],
    "the EU-brokered talks in Sarajevo 23 Oct 2025": [("a3", "talks"), ("a3", "brought")],
    "the agreement that Šipovac comes in 23 Oct 2025": [("a3", "agreed")],
    "the court suspends the warrant 24 Oct 2025": [("a3", "suspended")],
    "Šipovac walks into the prosecutor's office 27 Oct 2025": [("a3", "walked"), ("a3", "arrived")],
    "Šipovac questioned 27 Oct 2025": [("a3", "questioned")],
    "Šipovac released after questioning 27 Oct 2025": [("a3", "released")],
    "Shongwe arrested at the Ngwenya border post 2 Mar 2024": [("b1", "arrested", "Police in Eswatini")],
    "the union calls a strike 3 Mar 2024": [("b1", "called")],
    "Shongwe appears in court 5 Mar 2024": [("b2", "appeared")],
    "Shongwe charged under the terrorism act 5 Mar 2024": [("b2", "charged"), ("b3", "charged")],
    "Shongwe remanded 5 Mar 2024": [("b2", "remanded")],
    "police ban the march 6 Mar 2024": [("b2", "banned"), ("b2", "ban")],
    "the teachers' strike begins 7 Mar 2024": [("b2", "strike", "as the strike began")],
    "the teachers' march through Mbabane 8 Mar 2024": [("b2", "marched")],
    "tear gas fired on the marchers 8 Mar 2024": [("b2", "fired"), ("b3", "used")],
    "fourteen marchers arrested 8 Mar 2024": [("b2", "arrested")],   # b3's two "arrested" share one sentence: not keyed
    "bus drivers protest in Manzini 8 Mar 2024": [("b2", "protest")],
    "the fourteen released on police bail 9 Mar 2024": [("b2", "released")],
    "the bail hearing adjourned 12 Mar 2024": [("b3", "adjourned")],
    "bail granted 14 Mar 2024": [("b3", "granted")],
    "Shongwe released 14 Mar 2024": [("b3", "released")],
    "the union suspends the strike 15 Mar 2024": [("b3", "suspended")],
    "the SADC envoy's meeting 18 Mar 2024": [("b3", "meeting")],
    "two pro-democracy MPs arrested Jul 2021": [("b1", "arrested", "July 2021")],
    "Domingos Taek shot dead near Naktuka 10 Sep 2023": [("c1", "shot"), ("c1", "killed"), ("c2", "shot", "farmer shot near"),
                                                        ("c3", "killing", "set up after the killing"),
                                                        ("c3", "killing", "in protest at the killing")],
    "Taek's body handed back at Oesilo 10 Sep 2023": [("c1", "handed", "handed back")],
    "Timor-Leste summons Indonesia's ambassador 11 Sep 2023": [("c1", "summoned")],
    "villagers block the road to the Sakato crossing 13 Sep 2023": [("c2", "blocked"), ("c3", "blocked")],
    "police disperse the villagers 13 Sep 2023": [("c2", "dispersed")],
    "Timor-Leste closes the Sakato crossing 13 Sep 2023": [("c2", "closed"), ("c3", "shut")],
    "the ministers agree a joint investigation team 14 Sep 2023": [("c2", "agreed")],
    "two Timorese arrested in Atambua 16 Sep 2023": [("c3", "arrested")],
    "the joint border committee meets in Kupang 27 Sep 2023": [("c3", "met"), ("c3", "convened")],
    "the committee's agreement 27 Sep 2023": [("c3", "agreed")],
    "the Sakato crossing reopened 29 Sep 2023": [("c3", "reopened")],
    "the Naktuka post built in 2013": [("c1", "built")],
    "four Nigerien pipeline workers detained at Sèmè 3 Feb 2026": [("d1", "arrested"), ("d1", "detained", "detained by Beninese"),
                                                                  ("d1", "arrests"), ("d2", "detained"), ("d4", "arrest")],
    "Niger threatens to stop pumping 4 Feb 2026": [("d1", "threatened"), ("d2", "threatened")],
    "Niger stops pumping 6 Feb 2026": [("d2", "stopped"), ("d4", "halted")],
    "gunmen attack the pipeline near Dosso 8 Feb 2026": [("d2", "attacked"), ("d2", "attack")],
    "the four charged 9 Feb 2026": [("d2", "charged")],
    "the Cotonou meeting postponed 10 Feb 2026": [("d2", "postponed"), ("d3", "called")],
    "the Parakou talks 17 Feb 2026": [("d3", "sat"), ("d3", "talks")],
    "the Parakou agreement 18 Feb 2026": [("d3", "agreement", "ended after midnight"), ("d4", "deal")],
    "two workers freed and handed over 19 Feb 2026": [("d3", "handed"), ("d4", "freed")],
    "Niger resumes pumping 21 Feb 2026": [("d4", "resumed"), ("d4", "restarted")],
    "Benin detains three Nigeriens at Sèmè May 2024": [("d1", "detained", "In May 2024")],
    "Niger shuts the pipeline in 2024": [("d1", "closed"), ("d3", "shut")],
    "Chinese road workers abducted in Sudan 2012": [("d3", "abducted")],
    "the pipeline financing agreement signed 2019": [("d3", "signed"), ("d3", "agreement", "financing agreement")],
}
APART = [
    (("a1", "summoned"), ("a1", "issued")),                                        # summons 9 Oct vs warrant 15 Oct
    (("a1", "issued"), ("a3", "suspended")),                                       # warrant issued 15 Oct vs suspended 24 Oct
    (("a1", "turned"), ("a1", "arrested")),                                        # SIPA turned back vs the Bijeljina arrest, both 16 Oct
    (("a2", "adopted"), ("a3", "brought")),                                        # the declaration 22 Oct vs the talks 23 Oct
    (("a3", "questioned"), ("a3", "released")),                                    # questioned vs released, both 27 Oct
    (("a1", "voted"), ("a2", "adopted")),                                          # the 2021 vote vs the 2025 declaration
    (("a2", "put"), ("a2", "opened")),                                             # the session put off 19 Oct vs opened 22 Oct
    (("b1", "arrested", "Police in Eswatini"), ("b2", "arrested")),               # Shongwe 2 Mar vs the fourteen 8 Mar
    (("b1", "arrested", "Police in Eswatini"), ("b1", "arrested", "July 2021")),  # 2024 vs the 2021 MPs
    (("b2", "released"), ("b3", "released")),                                      # the fourteen 9 Mar vs Shongwe 14 Mar
    (("b2", "marched"), ("b2", "protest")),                                        # Mbabane march vs Manzini protest, both 8 Mar
    (("b2", "banned"), ("b2", "marched")),                                         # the ban 6 Mar vs the march 8 Mar
    (("b3", "adjourned"), ("b3", "granted")),                                      # adjourned 12 Mar vs granted 14 Mar
    (("b2", "charged"), ("b1", "arrested", "Police in Eswatini")),                # charged 5 Mar vs arrested 2 Mar
    (("c1", "shot"), ("c1", "summoned")),                                          # the shooting 10 Sep vs the summons 11 Sep
    (("c2", "blocked"), ("c2", "closed")),                                         # villagers' blockade vs the state's closure, both 13 Sep
    (("c2", "closed"), ("c3", "reopened")),                                        # closed 13 Sep vs reopened 29 Sep
    (("c2", "agreed"), ("c3", "agreed")),                                          # the ministers 14 Sep vs the committee 27 Sep
    (("c3", "arrested"), ("c2", "blocked")),                                       # Atambua arrests vs the Sakato blockade
    (("c1", "tore"), ("c2", "blocked")),                                           # 2013 vs 2023
    (("d1", "detained", "detained by Beninese"), ("d1", "detained", "In May 2024")),  # 2026 vs 2024
    (("d2", "stopped"), ("d4", "resumed")),                                        # stopped 6 Feb vs resumed 21 Feb
    (("d2", "stopped"), ("d3", "shut")),                                           # 2026 stop vs 2024 shutdown
    (("d2", "attacked"), ("d2", "stopped")),                                       # the Dosso attack 8 Feb vs the stop 6 Feb
    (("d2", "postponed"), ("d3", "sat")),                                          # postponed 10 Feb vs the talks 17 Feb
    (("d2", "charged"), ("d1", "detained", "detained by Beninese")),              # charged 9 Feb vs detained 3 Feb
    (("d3", "agreement", "ended after midnight"), ("d3", "signed")),              # the 2026 deal vs the 2019 financing
    (("d1", "threatened"), ("d2", "stopped")),                                     # the threat 4 Feb vs the stop 6 Feb
]
REALIZES = {
    "the session opened realizes 'called a special session for Monday'": (("a2", "opened"), ("a1", "session")),
    "the reserves' arrival realizes EUFOR's 'would bring in reserve troops'": (("a2", "arrived"), ("a1", "bring")),
    "the Sarajevo talks realize 'the European Union's offer of talks in Sarajevo tomorrow'": (("a3", "brought"), ("a2", "talks")),
    "Šipovac walking in realizes 'agreed that he would come in voluntarily'": (("a3", "walked"), ("a3", "come")),
    "the court appearance realizes 'he would appear in court on Tuesday'": (("b2", "appeared"), ("b1", "appear")),
    "the strike realizes 'called a national teachers' strike from Thursday'": (("b2", "strike", "as the strike began"),
                                                                              ("b1", "strike")),
    "the Mbabane march realizes 'plans to march to the Prime Minister's office ... on Friday'": (("b2", "marched"),
                                                                                                ("b1", "march")),
    "the envoy's meeting realizes 'its envoy ... would visit Mbabane on Wednesday'": (("b3", "meeting"), ("b2", "visit")),
    "the joint team set up realizes 'agreed ... to set up a joint investigation team'": (("c3", "set", "team set up"),
                                                                                        ("c2", "set")),
    "the committee convened realizes 'The committee's meeting, first set for September 19'": (("c3", "convened"),
                                                                                              ("c3", "meeting")),
    "Niger's stop realizes 'threatened ... to stop pumping crude'": (("d2", "stopped"), ("d1", "stop")),
    "the Parakou talks realize 'A meeting ... that was due to open in Cotonou today'": (("d3", "sat"), ("d2", "meeting")),
    "pumping resumed realizes 'Niger would resume pumping once they were home'": (("d4", "resumed"),
                                                                                  ("d3", "resume", "would resume")),
}
NEVER = {
    "no realizes link into the officers pulled out of the border police": [("a2", "withdraw"), ("a3", "pull")],
    "no realizes link into US sanctions": [("a2", "sanctions")],
    "no realizes link into SIPA trying again to detain the minister": [("a2", "detain")],
    "no realizes link into the terrorism charge withdrawn": [("b3", "withdraw")],
    "no realizes link into an investigation of the tear gas": [("b3", "investigate")],
    "no realizes link into the case taken to ASEAN": [("c1", "taking")],
    "no realizes link into compensation paid to Taek's family": [("c3", "pay")],
    "no realizes link into the remaining two's trial on March 10": [("d4", "stand")],
    "no realizes link into the remaining two freed": [("d4", "free")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
