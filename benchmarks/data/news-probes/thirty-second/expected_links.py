"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "Albania's opposition walks out of parliament 10 Nov 2025": [("a1", "walked")],
    "the vetting law passed 10 Nov 2025": [("a1", "passed")],
    "opposition supporters block the highway at Vora 13 Nov 2025": [("a2", "blocked", "Vora for most")],
    "police clear the Vora blockade 13 Nov 2025": [("a2", "cleared")],
    "22 detained at Vora 13 Nov 2025": [("a2", "detained", "Twenty-two"), ("a2", "detained", "22 people have been")],
    "the 22 released 14 Nov 2025": [("a2", "released")],
    "taxi drivers block Shkodër's bypass 13 Nov 2025": [("a2", "blocked", "Shkodër")],
    "the Speaker's talks postponed (set for 18 Nov 2025)": [("a3", "postponed")],
    "the five in court, released pending trial 21 Nov 2025": [("a3", "released")],
    "the deal struck at the Speaker's meeting 24 Nov 2025": [("a3", "struck"), ("a3", "agreement")],
    "the 2019 boycott": [("a1", "boycotted")],
    "Radio Kouritenga suspended 9 Apr 2024": [("b1", "suspended", "Radio Kouritenga")],
    "police search Radio Kouritenga's offices 10 Apr 2024": [("b1", "searched")],
    "the station's computers taken away 10 Apr 2024": [("b1", "took"), ("b2", "taken")],
    "Verhaegen's accreditation withdrawn 10 Apr 2024": [("b2", "withdrawn", "accreditation")],
    "the Belgian chargé received 11 Apr 2024": [("b2", "received")],
    "Verhaegen leaves Burkina Faso 13 Apr 2024": [("b3", "left")],
    "the appeal lodged with the Council of State 16 Apr 2024": [("b3", "lodged")],
    "the director apologises 14 May 2024": [("b3", "apologised")],
    "the regulator lifts Radio Kouritenga's suspension 16 May 2024": [("b3", "lifted")],
    "Faso Matin suspended 15 May 2024": [("b3", "suspended")],
    "India postpones the Joint Rivers Commission meeting 2 Mar 2026": [("c1", "postponed"), ("c3", "put"),
                                                                       ("c4", "postponed")],
    "the march to the border at Shibganj 6 Mar 2026": [("c2", "marched")],
    "the marchers stopped by Border Guard Bangladesh 6 Mar 2026": [("c2", "stopped")],
    "Bangladesh summons India's deputy high commissioner 3 Mar 2026": [("c2", "summoned"), ("c3", "summoned")],
    "the Teesta committee puts off its meeting 4 Mar 2026": [("c2", "put")],
    "the Joint Rivers Commission meeting opens in New Delhi 23 Mar 2026": [("c4", "opened")],
    "the joint Farakka flow survey agreed 24 Mar 2026": [("c4", "agreed", "measure the Ganges")],
    "the BSF arrests two Bangladeshis near Hili 22 Mar 2026": [("c4", "arrested")],
    "the Ganges Water Treaty signed 12 Dec 1996": [("c4", "signed")],
    "Tomasz Wrona detained at Dubai airport 14 May 2023": [("d1", "detained", "Dubai International"), ("d1", "detention"),
                                                           ("d3", "arrest")],
    "Poland summons the UAE ambassador 17 May 2023": [("d1", "summoned")],
    "the consul's first visit 19 May 2023": [("d3", "visited")],
    "Wrona charged 22 May 2023": [("d2", "charged")],
    "the hearing adjourned 5 Jun 2023": [("d2", "adjourned")],
    "Wrona convicted 12 Jun 2023": [("d2", "convicted")],
    "Wrona sentenced to a fine 12 Jun 2023": [("d2", "sentenced"), ("d3", "fined")],
    "the court orders Wrona's deportation 12 Jun 2023": [("d2", "ordered"), ("d3", "ordered")],
    "the fine paid 13 Jun 2023": [("d3", "paid")],
    "Wrona deported 15 Jun 2023": [("d3", "deported")],
    "a Polish tourist arrested in Abu Dhabi 3 Jun 2023": [("d3", "arrested")],
    "a British doctoral student detained in the UAE in 2018": [("d1", "detained", "In 2018")],
}
APART = [
    (("a1", "walked"), ("a2", "blocked", "Vora for most")),                        # walkout 10 Nov vs blockade 13 Nov
    (("a2", "blocked", "Vora for most"), ("a2", "blocked", "Shkodër")),           # Vora vs Shkodër, both 13 Nov
    (("a2", "blocked", "Vora for most"), ("a2", "cleared")),                      # the blockade vs its clearance
    (("a2", "detained", "Twenty-two"), ("a2", "released")),                       # detained 13 Nov vs released 14 Nov
    (("a2", "released"), ("a3", "released")),                                      # the 22 on 14 Nov vs the five on 21 Nov
    (("a3", "postponed"), ("a3", "struck")),                                       # postponed (18 Nov) vs the deal 24 Nov
    (("a1", "walked"), ("a1", "boycotted")),                                       # 2025 walkout vs the 2019 boycott
    (("b1", "suspended", "Radio Kouritenga"), ("b3", "suspended")),               # Radio Kouritenga vs Faso Matin
    (("b1", "suspended", "Radio Kouritenga"), ("b1", "suspended", "Radio France Internationale")),  # 2024 vs 2022/2023
    (("b1", "suspended", "Radio Kouritenga"), ("b3", "lifted")),                  # suspended 9 Apr vs lifted 16 May
    (("b1", "suspended", "Radio Kouritenga"), ("b1", "searched")),                # the suspension vs the search
    (("b2", "withdrawn", "accreditation"), ("b3", "left")),                        # accreditation withdrawn 10 Apr vs left 13 Apr
    (("b3", "apologised"), ("b3", "lifted")),                                      # apology 14 May vs lifting 16 May
    (("c1", "postponed"), ("c2", "put")),                                          # the JRC meeting vs the Teesta committee's
    (("c2", "summoned"), ("c2", "marched")),                                       # summons 3 Mar vs march 6 Mar
    (("c1", "postponed"), ("c4", "opened")),                                       # postponed 2 Mar vs opened 23 Mar
    (("c4", "opened"), ("c4", "agreed", "measure the Ganges")),                   # opened 23 Mar vs agreed 24 Mar
    (("c4", "signed"), ("c4", "agreed", "measure the Ganges")),                   # 1996 treaty vs 2026 agreement
    (("c4", "arrested"), ("c2", "stopped")),                                       # BSF arrests at Hili vs BGB stopping marchers
    (("d1", "detained", "Dubai International"), ("d3", "arrested")),              # Wrona 14 May vs the tourist 3 Jun
    (("d1", "detained", "Dubai International"), ("d1", "detained", "In 2018")),   # 2023 vs 2018
    (("d2", "charged"), ("d2", "convicted")),                                      # charged 22 May vs convicted 12 Jun
    (("d2", "adjourned"), ("d2", "convicted")),                                    # adjourned 5 Jun vs judgment 12 Jun
    (("d1", "summoned"), ("d3", "visited")),                                       # summons 17 May vs consul's visit 19 May
    (("d2", "ordered"), ("d3", "deported")),                                       # order 12 Jun vs deportation 15 Jun
    (("d3", "paid"), ("d3", "deported")),                                          # fine paid 13 Jun vs deported 15 Jun
]
REALIZES = {
    "the Vora blockade realizes 'supporters would block the Tirana-Durrës highway at Vora on Thursday'":
        (("a2", "blocked", "Vora for most"), ("a1", "block")),
    "Verhaegen's departure realizes 'given forty-eight hours to leave'": (("b3", "left"), ("b2", "leave")),
    "the appeal lodged realizes 'the station would appeal to the Council of State'": (("b3", "lodged"), ("b1", "appeal")),
    "the New Delhi meeting realizes 'a ministerial meeting ... that was to open in Dhaka on Wednesday'":
        (("c4", "opened"), ("c1", "open")),
    "the consul's visit realizes 'a visit had been arranged for Friday'": (("d3", "visited"), ("d1", "visit")),
    "Wrona's deportation realizes the court's 'ordered his deportation'": (("d3", "deported"), ("d2", "deportation")),
}
NEVER = {
    "no realizes link into the vetting law withdrawn": [("a1", "withdraws")],
    "no realizes link into the charges against the five dropped": [("a3", "dropped", "unless the charges")],
    "no realizes link into a second highway blockade": [("a3", "block")],
    "no realizes link into the journalists' march of April 15": [("b2", "march")],
    "no realizes link into the equipment returned": [("b2", "returned")],
    "no realizes link into the memorandum handed to Indian officials": [("c2", "hand")],
    "no realizes link into Bangladesh recalling its high commissioner": [("c3", "recall")],
    "no realizes link into the matter taken to the prime ministers": [("c3", "take")],
    "no realizes link into an appeal against the Dubai judgment": [("d2", "appealed"), ("d3", "appeal")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
