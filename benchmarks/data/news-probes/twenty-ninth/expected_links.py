"""Hand-written expected canonical events for corpus.jsonl (written before running chronicle):
mentions (article, trigger[, sentence hint]) that report one real event, pairs that must stay apart, realizes
links, and no realizes link into plans never realised in the corpus. python expected_links.py DB

One plain slip fixed after the first run: a4's chronology mentions are named by the line's own words, not by
its date prefix ("14 May"), which the sentence splitter cuts ("...\n14" | "May: parliament passes ...")."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_scoring import score_links  # noqa: E402

SAME = {
    "Armenia's parliament passes the media amendments 14 May 2024": [("a1", "passed"), ("a2", "approved"), ("a2", "passed"),
                                                                     ("a4", "passes", "parliament passes the bill")],
    "protesters block Baghramyan Avenue 14 May 2024": [("a1", "blocked"), ("a2", "blocked"), ("a4", "block", "protesters block")],
    "police detain 57 protesters 14-15 May 2024": [("a1", "detaining"), ("a2", "detained"),
                                                    ("a3", "detained", "two days earlier"), ("a4", "detain", "police detain 57")],
    "eleven released without charge 15 May 2024": [("a2", "released")],
    "the Interior Ministry denies rubber bullets 15 May 2024": [("a2", "denied")],
    "a Yerevan court fines 31 protesters 16 May 2024": [("a3", "fined"), ("a4", "fines", "court fines 31")],
    "the Human Rights Defender opens an inquiry 16 May 2024": [("a3", "opened"), ("a4", "opens", "opens an inquiry")],
    "the march to Republic Square 18 May 2024": [("a3", "walked"), ("a4", "march", "march from Liberty Square")],
    "Gyumri traders protest a turnover tax 18 May 2024": [("a3", "protested")],
    "the president refers the law to the Constitutional Court 20 May 2024": [("a3", "referred"), ("a4", "refers", "refers the law")],
    "appeals filed against twelve fines 21 May 2024": [("a3", "filed")],
    "the Constitutional Court hearing postponed 3 Jun 2024": [("a4", "postponed", "was postponed the day before"),
                                                              ("a4", "postponed", "hearing is postponed by a week")],
    "the Constitutional Court hears the challenge 11 Jun 2024": [("a4", "heard"), ("a4", "hears", "court hears the challenge")],
    "a silent sit-in outside the court 11 Jun 2024": [("a4", "sit-in"), ("a4", "held")],
    "the 2018 rallies": [("a2", "rallies")],
    "Kiribati and China sign a police pact 10 Jul 2025": [("b1", "signed", "in Beijing on Thursday"),
                                                         ("b1", "signed", "Great Hall"), ("b1", "signed", "On 10 July 2025"),
                                                         ("b2", "signing"), ("b3", "signed")],
    "Kiribati and Japan sign a maritime surveillance arrangement 10 Jul 2025": [("b1", "signed", "Tokyo")],
    "Australia warns it could suspend its police programme 11 Jul 2025": [("b1", "warned")],
    "Australia suspends its police support programme 14 Jul 2025": [("b2", "suspended"), ("b3", "suspended")],
    "the Betio march and petition 15 Jul 2025": [("b2", "marched"), ("b2", "handed")],
    "two men arrested after stones thrown at a shop 15 Jul 2025": [("b2", "arrested")],
    "the no-confidence motion lodged 16 Jul 2025": [("b2", "lodged", "opposition lodged"), ("b2", "lodged", "It was lodged")],
    "Ruatu denies Chinese officers will be armed 16 Jul 2025": [("b2", "denied")],
    "the no-confidence vote put off 21 Jul 2025": [("b3", "put"), ("b3", "adjourned")],
    "the no-confidence vote held and defeated 29 Jul 2025": [("b3", "held"), ("b3", "defeated")],
    "eight Chinese liaison officers land at Bonriki 8 Aug 2025": [("b3", "landed")],
    "the December 2022 motion withdrawn": [("b3", "withdrawn")],
    "protesters shut the Sharara field 5 Feb 2023": [("c1", "shut"), ("c1", "shutdown"),
                                                     ("c2", "shutdown", "organised the shutdown")],
    "the NOC declares force majeure 6 Feb 2023": [("c1", "declared")],
    "the LNA denies any role 6 Feb 2023": [("c1", "denied")],
    "the prime minister promises a fund for the south 7 Feb 2023": [("c2", "promised")],
    "the Attorney General orders an investigation 7 Feb 2023": [("c2", "ordered"), ("c2", "investigation")],
    "gunmen storm El Feel and seize a guard 8 Feb 2023": [("c2", "stormed"), ("c2", "seized")],
    "the El Feel guard released 8 Feb 2023": [("c2", "released")],
    "the delegation's trip postponed 9 Feb 2023": [("c2", "postponed")],
    "the delegation arrives in Ubari 12 Feb 2023": [("c3", "arrived")],
    "the Ubari agreement signed 13 Feb 2023": [("c3", "signed"), ("c3", "agreement"), ("c3", "deal")],
    "the protesters leave Sharara 14 Feb 2023": [("c3", "left"), ("c3", "ended")],
    "the NOC lifts force majeure 16 Feb 2023": [("c3", "lifted"), ("c3", "lifting"), ("c3", "announces")],
    "the 2020 oil blockade": [("c1", "blocked")],
    "BDF soldiers kill three Zimbabwean men near Pandamatenga 15 Mar 2026": [
        ("d1", "killing", "protest against the killing"), ("d1", "killing", "returned fire"), ("d1", "incident"),
        ("d3", "killing"), ("d3", "shooting")],
    "Zimbabwe summons Botswana's high commissioner 17 Mar 2026": [("d1", "summoned")],
    "Botswana's defence minister denies a shoot-to-kill policy 17 Mar 2026": [("d1", "denied")],
    "the joint commission of inquiry agreed 18 Mar 2026": [("d2", "agreed")],
    "the coffins carried across at Kazungula 20 Mar 2026": [("d2", "carried")],
    "the funeral in Mabale 21 Mar 2026": [("d2", "buried"), ("d2", "funeral")],
    "the march to the Hwange district office 21 Mar 2026": [("d2", "marched", "about 300 people"), ("d2", "marched", "I marched")],
    "Botswana asks to move the commission's meeting 22 Mar 2026": [("d2", "asked")],
    "six Namibian fishermen arrested on the Chobe 24 Mar 2026": [("d3", "arrested"), ("d3", "handed")],
    "the Namibian fishermen released on bail 25 Mar 2026": [("d3", "released")],
    "the survivor charged in Kasane 25 Mar 2026": [("d3", "charged"), ("d3", "remanded")],
    "the joint commission meets in Kasane 26 Mar 2026": [("d3", "met")],
    "the 2019 shooting near Kazungula": [("d1", "shot")],
}
APART = [
    (("a2", "detained"), ("a2", "rallies")),                                   # 2024 detentions vs the 2018 rallies
    (("a2", "detained"), ("a3", "fined")),                                     # detained 14 May vs fined 16 May
    (("a3", "walked"), ("a3", "protested")),                                   # Yerevan march vs Gyumri traders, 18 May
    (("a3", "walked"), ("a2", "blocked")),                                     # march 18 May vs blockade 14 May
    (("a2", "blocked"), ("a4", "sit-in")),                                     # blockade 14 May vs sit-in 11 June
    (("a4", "postponed", "was postponed the day before"), ("a4", "heard")),    # postponed 3 June vs heard 11 June
    (("a2", "passed"), ("a3", "referred")),                                    # passed 14 May vs referred 20 May
    (("a3", "fined"), ("a3", "filed")),                                        # fines 16 May vs appeals 21 May
    (("a3", "opened"), ("a3", "fined")),                                       # ombudsman's inquiry vs court's fines
    (("b1", "signed", "in Beijing on Thursday"), ("b1", "signed", "Tokyo")),   # China pact vs Japan arrangement
    (("b2", "lodged", "opposition lodged"), ("b3", "held")),                   # lodged 16 July vs vote 29 July
    (("b3", "put"), ("b3", "held")),                                           # put off 21 July vs held 29 July
    (("b3", "defeated"), ("b3", "withdrawn")),                                 # 2025 motion vs December 2022 motion
    (("b2", "marched"), ("b2", "arrested")),                                   # march vs two arrests, 15 July
    (("b1", "warned"), ("b2", "suspended")),                                   # warning 11 July vs suspension 14 July
    (("c1", "shut"), ("c2", "stormed")),                                       # Sharara 5 Feb vs El Feel 8 Feb
    (("c1", "shut"), ("c1", "blocked")),                                       # 2023 shutdown vs 2020 blockade
    (("c1", "declared"), ("c3", "lifted")),                                    # force majeure declared vs lifted
    (("c2", "postponed"), ("c3", "arrived")),                                  # postponed 9 Feb vs arrived 12 Feb
    (("c3", "signed"), ("c3", "left")),                                        # agreement 13 Feb vs leaving 14 Feb
    (("c2", "seized"), ("c2", "released")),                                    # guard seized vs released
    (("d1", "killing", "protest against the killing"), ("d1", "shot")),        # 2026 killing vs 2019 shooting
    (("d1", "summoned"), ("d1", "killing", "protest against the killing")),    # summons 17 Mar vs killing 15 Mar
    (("d2", "agreed"), ("d3", "met")),                                         # commission agreed 18 Mar vs met 26 Mar
    (("d3", "arrested"), ("d1", "taken")),                                     # Namibians 24 Mar vs survivor held 15 Mar
    (("d3", "arrested"), ("d3", "charged")),                                   # Namibians 24 Mar vs survivor charged 25 Mar
    (("d2", "marched", "about 300 people"), ("d3", "met")),                    # march 21 Mar vs commission 26 Mar
]
REALIZES = {
    "the ombudsman's inquiry opened realizes 'she would open an inquiry'": (("a3", "opened"), ("a2", "open")),
    "the march to Republic Square realizes 'called a march for Saturday'": (("a3", "walked"), ("a2", "march")),
    "Australia's suspension realizes 'warned that it could suspend'": (("b2", "suspended"), ("b1", "suspend")),
    "the motion lodged realizes 'would table a motion of no confidence'": (("b2", "lodged", "opposition lodged"), ("b1", "table")),
    "the vote held realizes 'set the vote for Tuesday, 22 July'": (("b3", "held"), ("b2", "vote")),
    "the officers landing realize 'will send eight police liaison officers to Tarawa in August'": (("b3", "landed"), ("b1", "send")),
    "the delegation arriving realizes 'will now travel on Sunday'": (("c3", "arrived"), ("c2", "travel")),
    "the commission meeting realizes 'its first meeting was to be held in Kasane today'": (("d3", "met"), ("d2", "meeting")),
}
NEVER = {
    "no realizes link into the general strike threatened": [("a2", "strike")],
    "no realizes link into the ruling by the end of the month": [("a4", "announce"), ("a4", "ruling")],
    "no realizes link into Canberra's review in September": [("b3", "review")],
    "no realizes link into the NOC's legal action": [("c3", "take")],
    "no realizes link into the commission's findings": [("d3", "present")],
}

score_links(sys.argv[1], SAME, APART, REALIZES, NEVER)
