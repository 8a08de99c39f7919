"""Regression guard on the shipped multi-article news probes (benchmarks/data/news-probes): the
event dates and canonical events chronicle gets right there must not drop. The floors are the
counts measured when the probes were last worked on; a change that loses one fails here."""
from __future__ import annotations

import contextlib
import io
import re
import runpy
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronicle.cli.main import app

PROBES = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "news-probes"
# probe -> (dates right at least, link expectations met at least, unexpected realizes at most)
# fourth: 2 unexpected `realizes` links, both judged right: the journalist released realizes CPJ's
# "urged ... to release"; "In all, Japan delivered 800 tents ..." (the total, unscored) realizes
# "Tokyo will send tents ... in three shipments" (docs/sections/events.md, fourth probe)
# fifth: measurement only, nothing tuned on it yet. First run 43 dates (HEAD 6e3f902 + in-flight dating
# changes); committed 6e3f902 alone and the tree at the final rerun both give 42, so the floor is 42
# sixth: first run 44 dates (HEAD d33e7e4 + other helpers' in-flight link/time/store changes); the
# dating round on its wrong-date classes (docs/sections/time.md) gives 48 on committed 6ad2d87's src
# with the new dating.py / dating.yaml (50 on the tree of that day), so the floor is 48; the
# extraction round on its missing classes (border closed / reopened, convoy stopped / let through,
# fire returned, protest note, troops leaving; events.md) gives 55 dates and 18 links on committed
# 6ad2d87 + only its files; both rounds committed give 62 and 18: floor (62, 18). No longer unseen.
# second links 14 -> 15, fourth 18 -> 19: a countryless plan realized by the act naming a party by a
# common word ("will arrive in Cebu" / "landed at Mactan-Cebu International Airport"; linking.md)
# seventh: measurement only, nothing tuned on it. First run 40 dates, 6 links, 1 unexpected `realizes` (the envoy
# arriving realizes "would welcome the Qatari envoy", a plan merged with the never-held Doha talks) on HEAD 7e57664 +
# in-flight link changes; committed 7e57664 alone the same. Events round extract8 (bombings, drones downed, vessels
# stopped, court fines, offers / refusals / the recall as nouns; events.md) gives 51 dates and 11 links on committed
# 567504a + only its files: floor (51, 11, 1). No longer unseen.
# Dating round on its wrong-date classes (time.md): 40 -> 46 dates on committed dd619de + only dating.py / dating.yaml;
# 51 -> 59 dates, links 11, on committed 099672d (with the events round) + only those files: floor (59, 11, 1).
# eighth: measurement only, nothing tuned on it. First run 38 dates, 7 links, 0 unexpected `realizes` on HEAD 567504a +
# other helpers' in-flight event/time changes; committed 567504a alone the same. Events round extract9 (hunger strikes, electoral
# disqualification / reinstatement; events.md) gives 42 dates, 8 links, 0 unexpected on committed 3382e83 + only its
# files (triggers.yaml, parties.yaml): floor (42, 8, 0). No longer unseen.
# Dating round on its wrong-date classes (time.md): 38 -> 41 dates, links 7, on committed 3382e83 + only dating.py /
# dating.yaml; with both rounds' files 45 dates, 8 links, 0 unexpected (both committed: floor (45, 8, 0)).
# Ninth: dating round on its wrong-date classes: 51 -> 54 dates, links 14, on committed 83c435d + only dating.py /
# dating.yaml. The same round dates the fifth probe's "intercepted" (62 -> 63); the fifth's links are 18 since the
# seventh probe's events round (extract8).
# Ninth: events round (extract10: entry granted, passive signing / imposing, summons nouns, events.md): 54 -> 62 of
# 71 -> 77 found, links 14 -> 15, on committed 31286eb + only the event files.
# Sixth: actor round (object "him" after an unnamed official, events.md): links 19 -> 20 on committed HEAD +
# only the actor files.
# tenth: measurement only, nothing tuned on it. First run 49 dates (of 61 found, 146 not extracted), 13 links, 0 unexpected
# `realizes` on HEAD 98a0d0f + another helper's in-flight events/dating.py; committed 98a0d0f alone the same.
# Tenth: events round (extract11: deportations, attacks told in passing, raid / killing nouns, mandates and
# emergencies extended, diplomatic protests): 49 -> 59 dates (of 61 -> 73 found), links 13 -> 16, on committed
# ec2eb00 + only events/detect.py and resources/events/triggers.yaml; the same round: fifth 63 -> 64 dates,
# seventh 59 -> 60 dates and 11 -> 12 links, ninth 62 -> 64 dates.
# Tenth: dating round (datingFix9: a "when" clause of coordinated passives, a participle's bodily act, a comment's
# date hung in its subject, a named possessor refers back, no type-only antecedent for a plan's object): 49 -> 51
# dates, links 13, on committed ec2eb00 + only dating.py / dating.yaml; on committed e5efca2 (with the events round)
# + only dating.py / dating.yaml 59 -> 61 dates, links 16 -> 17; other probes unchanged.
# Events round extract12 (quantified crowds, died of gunshot wounds, a put-off vote's content planned,
# censored sites, cut roads, objections, dated declarations), on committed 26b762c + only events/detect.py,
# events/status.py, resources/events/{triggers,status}.yaml: eighth 45 -> 50, ninth 64 -> 65, tenth 61 -> 64 dates;
# links unchanged.
# eleventh: measurement only, nothing tuned on it. First run 41 dates (of 57 found, 146 not extracted), 10 links, 0
# unexpected `realizes` on HEAD 7a445a6 + other helpers' in-flight events/{detect,status}.py and
# resources/events/{status,triggers}.yaml; committed 7a445a6 alone the same.
# Eleventh: dating round (datingFix10: offsets in months and from a year, "between" parties' date, a delivered
# message's content verb): 41 -> 45 dates, links 10, on committed 33ddb9c and on a0d1dde + only dating.py /
# dating.yaml; other probes unchanged.
# Both eleventh rounds together (extract13 + datingFix10) on committed a0d1dde: 52 dates, 11 links; extract13 also
# raised second 64 -> 65 and tenth 64 -> 65 dates.
# twelfth: measurement only, nothing tuned on it. First run 62 dates (of 78 found, 180 not extracted), 18 links, 2
# unexpected `realizes` (the appeal rejected realizes "would appeal"; the officer charged realizes Amnesty's "investigate",
# both judged tolerable) on HEAD c7b4adc + other helpers' in-flight events/detect.py and resources/time/{refs,sets,times}.yaml;
# committed c7b4adc alone the same; a later rerun with more in-flight changes 62 of 79 found, links the same: floor (62, 18, 2).
# Events round extract14 (an attack / raid / ambush on a base, convoy, camp or pipeline as a noun; a participle
# coordinated with a passive is passive: "was summoned and handed a protest note", "arrested and charged") on
# committed c7b4adc + only events/detect.py and resources/events/triggers.yaml: third 42 -> 43, fourth 52 -> 53,
# fifth 64 -> 65, sixth 62 -> 63, seventh 60 -> 61, eighth 50 -> 51, ninth 65 -> 66, tenth 65 -> 66 dates; links
# fourth 19 -> 20, sixth 20 -> 21. Fourth's third unexpected `realizes` was wrong: the journalist "charged" (now found
# in n3 too, ACCUSE allege 112) realized "the court will hear the appeal" (ACCUSE investigate 090).
# Linking round linkMode (a plan is realized only by an act of its PLOVER mode; linking.md): fourth's unexpected
# `realizes` 3 -> 2 (that link gone), HEAD 288a436 + other helpers' in-flight dating/time changes, before and after
# differing only in link/{linker,records,store_adapter}.py; every other link, event and date of the twelve probes
# identical: floor (53, 20, 2).
# Twelfth: dating round (datingFix11: a clock time told on as its day, a past-perfect flashback is not the story's
# time, a possessed subject of "came ... after", a participle's act at a dated event): 62 -> 71 dates, links 18, with
# other helpers' in-flight changes in the tree, only dating.py / dating.yaml changed; other probes unchanged.
# thirteenth: measurement only, nothing tuned on it. First run 58 dates (of 72 found, 159 not extracted), 20 links, 1
# unexpected `realizes` (the 11 supporters released on bail realize Guinea's demand that the embassy "hand Barry over",
# judged wrong) on HEAD d70232a + other helpers' in-flight events/detect.py, link/{linker,records,store_adapter}.py,
# resources/events/triggers.yaml, resources/time/{dates,durations,times}.yaml, time/tense.py; committed d70232a alone
# the same: floor (58, 20, 1).
# Twelfth: events round extract15 (shot dead, killed in protests, crowds dispersed, relations broken, recognition
# switched, embassies opened, trials and court appearances, chanting against, an attack withstood has no actor from
# the one who repelled it, a bare quantity subject): 71 -> 83 dates (of 79 -> 93 found), links 18 -> 20, unexpected
# 2, on committed d70232a + only events/detect.py and resources/events/triggers.yaml; other probes unchanged.
# Thirteenth: events round extract16 (a prison attacked / stormed and the attack on a prison, by the head word;
# escaped prisoners recaptured; a civil plane intercepted; refuge taken in an embassy is diplomatic asylum): 58 -> 64
# dates (of 72 -> 80 found), links 20 -> 23, unexpected 1, on committed 657ac76 + only events/detect.py and
# resources/events/triggers.yaml; other probes unchanged.
# Thirteenth: dating round (datingFix12: a purpose gerund's date is the verb's, a date ending a participle on the
# object is the verb's too, a date after the object's noun complement is that noun's, a filed claim's relative
# clause, "a day earlier" after a background month): 58 -> 63 dates (of 72), links 20, on committed 657ac76 + only
# dating.py / dating.yaml / time/resolve.py / time/dates.yaml; with extract16's detection 64 -> 70 (of 80), links 23,
# unexpected 1; other probes unchanged: floor (70, 23, 1) (both rounds).
# fourteenth: measurement only, nothing tuned on it. First run 61 dates (of 85 found, 143 not extracted), 18 links, 0
# unexpected `realizes` on HEAD 07dff9c + other helpers' in-flight events/dating.py, resources/events/dating.yaml,
# resources/time/times.yaml; committed 07dff9c alone the same: floor (61, 18, 0).
# Dating round datingFix13 on the wrong dates left across the probes (an onset participle dates its noun, "less than
# N after" gives the month both days are in, a second coordinated offset clause): ninth 66 -> 69, sixth 63 -> 64,
# twelfth 83 -> 84 dates, links and unexpected `realizes` unchanged, with other helpers' in-flight changes in the tree,
# only dating.py / dating.yaml changed; other probes unchanged: floors (64, 21, 0), (69, 15, 0), (84, 20, 2).
# Detection round extract17 on its misses (an official shot dead, wounded in an attack, came under fire, homes
# burned, set fire to, an embassy stormed): 61 -> 63 dates (of 88 found, 140 not extracted), links 18, unexpected 0;
# fifth gains "killed in the attack" (found, dated wrong), ninth "set fire" 69 -> 70, other probes unchanged
# (measured as copies with and without only this round's files): floors (63, 18, 0), (70, 15, 0).
# Roles round roles1 (an apposition before a possessive, "his arrest" a recipient, seas named after a country):
# twelfth links 20 -> 21, unexpected `realizes` 2 -> 1; thirteenth 70 -> 71 dates, 23 -> 24 links; other probes
# unchanged by it (same tree with and without roles1's files): floors (84, 21, 1), (71, 24, 1).
# Fourteenth: dating round datingFix14 (a "when" clause on a gapped participle, an offset's day inside a coarser own
# date, a definite noun under "under" is a frame, a past relative clause under a plan is not in the plan's time):
# 63 -> 68 dates (of 88 found), links 18, unexpected 0; other probes unchanged (copies of the tree with and without
# only dating.py / dating.yaml): floor (68, 18, 0).
# Tagger round timeProbe1 (a day naming a violent act or what an inquiry looks into is past, a day right after a past
# reporting verb is the report's, "May that year" is the story's year, "Zapad-2025" is a name): fourth 53 -> 57 dates,
# links 20 -> 21; fourteenth 63 -> 64 dates (before datingFix14); other probes unchanged (copies of the tree with and
# without only time/ and resources/time/): floor (57, 21, 2).
# Linking round linkRecipient (a report naming its actor's country and no recipient joins the one act of that actor,
# type and status naming a recipient, of its day or of a day inside its week; one set of recipients per such event):
# eighth links 8 -> 9 ("ratified last week" / "ratified ... on Thursday"); eleventh's protest note, sixth's Torkham
# closure and seventh's detained boat fewer events (not yet met); dates, unexpected `realizes` and other probes
# unchanged (relinking the same probe databases with and without only link/): floor (51, 9, 0).
# Fourteenth with both rounds (datingFix14 and timeProbe1's "May that year") on one tree: 69 dates, HEAD 4bfd74c:
# floor (69, 18, 0).
# fifteenth: measurement only, nothing tuned on it. First run 55 dates (of 71 found, 172 not extracted), 16 links, 0
# unexpected `realizes` on HEAD 3bbdda3 + other helpers' in-flight link/store_adapter.py, store/{migrations,schema}.py,
# time/tense.py; committed 3bbdda3 alone the same: floor (55, 16, 0).
# Detection round extract18 (a document's act: "handed a note demanding", "a letter of apology"; a measure "came into
# force" typed as its imposing; "High Commission" as an embassy, "its mission" a state's): fourteenth 69 -> 75 dates (of
# 88 -> 95 found), links 18 -> 22, unexpected `realizes` 0 -> 3, all judged right (the duty in force realizes b1's
# planned "duty", the expected link keyed on "impose"; and "if the duty took effect"; the ban in force realizes "would
# ban"); ninth 70 -> 71; other probes unchanged (copies of the tree with and without only events/detect.py and
# triggers.yaml): floors (75, 22, 3), (71, 15, 0).
# Dating round datingFix15 (an offset passes to the event noun of an unextracted verb, "two days after talks ...
# broke down"; "a day after reaching a deal"; a time naming its day anchors; a decree read on television dates what it
# says; "have been closed since last Thursday" dated by its onset): fifteenth 55 -> 59 dates, links 16 -> 16, unexpected
# `realizes` 0 -> 0; other probes unchanged (copies of the tree with and without only dating.py / dating.yaml): floor
# (59, 16, 0).
# Detection round extract19 (a missile a state fires, launches or tests with no target named is a weapons test,
# MOBILIZE `weapons`, and "the launch" / "the test" / "its missile launch" name it): fifteenth 59 -> 67 dates (71 -> 78
# found), links 16 -> 17, unexpected `realizes` 0 -> 0 (copies of the tree with datingFix15's changes, with and without
# only this round's detect.py hunks and triggers.yaml): floor (67, 17, 0).
# sixteenth: measurement only, nothing tuned on it. First run 43 dates (of 56 found, 169 not extracted), 15 links, 2
# unexpected `realizes` (one judged right: the rector's resignation realizes the students' demand that he resign; one
# wrong: b3's postponement request merged with "ordered" realizes b1's "would ask ... to convene talks") on HEAD e3b0c12
# + other helpers' in-flight events/{dating,detect}.py, resources/events/{parties,selection}.yaml,
# resources/time/{refs,sets}.yaml; committed e3b0c12 alone the same: floor (43, 15, 2).
# Detection round extract20 (an asset freeze of "trading" firms is a sanction, not economic news; "added ... to its
# blacklist / sanctions list" SANCTION 163; people "held hostage" ASSAULT abduct; "port / phone / conference calls"
# no REQUEST): fifteenth 68 -> 71 dates (79 -> 82 found), links 17 -> 19, unexpected `realizes` 0 -> 0; eleventh 52
# dates unchanged (a wrong-dated "the port call was refused", carried by the port call misread as a request, no longer
# found: 65 -> 64 found); other probes unchanged (copies of the tree with and without only this round's detect.py
# hunks, stage.py, triggers.yaml, selection.yaml): floor (71, 19, 0).
# Dating round datingFix16 (a date right after a definite event noun that is the bare object of a comment verb is the
# comment's: "claimed the attack on Wednesday", `comment_verbs.next_to_noun_verbs`): sixteenth 43 -> 45 dates, links
# 15 -> 16, unexpected `realizes` 2 -> 2; other probes unchanged (copies of the tree with and without only this
# round's dating.py / dating.yaml): floor (45, 16, 2).
# Detection round extract21 (clemency granted / a death sentence commuted and a court staying an execution CONCEDE;
# police evicting people COERCE 170 and "the eviction" referring back; drones as weapons; "targeted with missiles";
# "the bulk carrier attacked by ..." a passive done to the noun and its appositive name): sixteenth 45 -> 51 dates
# (56 -> 65 found), links 16 -> 21, unexpected `realizes` 2 -> 2; other probes unchanged (copies of the tree with and
# without only this round's detect.py hunk and triggers.yaml): floor (51, 21, 2).
# Dating round datingFix17 (a speech act of the speaker told inside a dated report is the report's: a directive
# conjunct "said on Wednesday that officers had used force on March 12 and asked the ministry to ...", the speakers'
# stance "said on Friday that it accepted the ruling"; `report_conjunct.directives` / `stances`): sixteenth 45 -> 47
# dates, links 16 -> 16, unexpected `realizes` 2 -> 2; seventh 61 -> 62 dates; other probes unchanged (copies of the
# tree with and without only this round's dating.py / dating.yaml): floors (47, 16, 2), seventh (62, 12, 1).
# Dating round datingFix18 (a second object the parser makes a conjunct of the verb is an object, its date the
# verb's: "kidnapped a priest and his driver on Tuesday"; a date behind "for" after the object of a verb of calling is
# the planned event's, `scheduled_by.for_verbs`; a past perfect under a dated report with no date of its own takes the
# report's, `reported_perfect`): seventeenth 54 -> 58 dates, links 10 -> 11; sixteenth 53 -> 54; fourteenth 75 -> 77 (the
# after tree also held timeStoryDay's midnight, committed first: 75 -> 76 alone);
# other probes unchanged (copies of the tree with and without only this round's dating.py / dating.yaml): floors
# (77, 22, 3), (54, 22, 2), (58, 11, 0).
# seventeenth: measurement only, nothing tuned on it. First run 54 dates (of 69 found, 155 not extracted), 9 links, 0
# unexpected `realizes` on HEAD 7a7c88f + other helpers' in-flight events/detect.py, resources/events/triggers.yaml;
# committed 7a7c88f alone the same: floor (54, 9, 0).
# linkSplit2: a countryless plan and act of one type naming a common organisation ("would send an envoy next week to
# meet" / "the African Union envoy met", "would march to Congress on Monday" / "marched to Congress"), the act on a
# day inside the plan's text date of a week or less, each the other's only one, realize (`linker._org_pair`):
# sixteenth links 21 -> 22, seventeenth 9 -> 10, unexpected `realizes` unchanged; the other fifteen probes link
# identically (every probe's stored mentions relinked with and without the rule): floors (53, 22, 2) with extract21 and datingFix17, (54, 10, 0).
# roles6: an undated plan all of whose mentions are speculated (a condition, a demand) is realized only by an act
# naming a common person; a dateline is no speaker of a reported "they"; Dar es Salaam a seat of government:
# unexpected `realizes` eighteenth 2 -> 1, fourteenth 3 -> 2, thirteenth 1 -> 0 (each removed link judged wrong);
# dates and links identical on all nineteen probes (copies of HEAD with and without only this round's detect.py
# hunks, link/{linker,records,store_adapter}.py, countries.yaml): floors (53, 9, 1), (77, 23, 2), (71, 24, 0).
# roles4: a weapon is no actor ("hit by drones": the ship is the participant); a bare definite group noun after
# that noun with a country in the article is that group ("Slovak farmers ... the farmers"): eleventh 52 -> 53 dates,
# fifteenth links 19 -> 20, unexpected `realizes` unchanged, other probes identical (copies of the tree with and
# without only detect.py, actors/extract.py, parties.yaml of the round): floors (53, 11, 0), (71, 20, 0).
# Detection round extract22 (people arrested, detained, kidnapped or abducted told with no party, a reduced relative
# included, on people nouns; the assassination of a person needs no assassin; a leader, commander or militant wounded
# in a raid, killed in a gunfight or shootout; a bridge or pipeline blown up; shells or mortar rounds that fell or
# landed on a place): seventeenth 58 -> 66 dates (69 -> 78 found), links 11 -> 12, unexpected `realizes` 0 -> 0;
# ninth 71 -> 72; eleventh a detention found, dated wrong (52 of 65); other probes unchanged (copies of the tree
# with and without only this round's triggers.yaml): floors seventeenth (66, 12, 0), ninth (72, 15, 0).
# eighteenth: measurement only, nothing tuned on it. First run 45 dates (of 58 found, 168 not extracted), 7 links, 2
# unexpected `realizes` (both judged wrong: the army's rejection of the OPCW report realizes the hypothetical "if Sudan
# obstructed the inquiry"; the hijacker's asylum request "had asked" realizes Tanzania's "would ask Kenya to hand the man
# over") on HEAD 05448dc + other helpers' in-flight events/{dating,detect}.py, resources/events/{dating,parties,selection,
# triggers}.yaml; committed 05448dc alone the same: floor (45, 7, 2).
# datingFix19 (a date inside a subject headed by an event noun is the date of its past consequence verb and of a
# consequence hung on it: "an air raid on Sunday released a gas that killed four people", "a second air raid on
# Saturday hit the market, killing two traders"; "quoted X as saying on Friday" dates a reported perfect; an act a
# length after an event the text has dated is that far from its day): eighteenth 45 -> 48 dates (b1 "killed", b2
# "killing", "the strike"), links 7 -> 7, unexpected `realizes` 2 -> 2, the other seventeen probes identical (copies
# of HEAD 315a01a with and without only this round's dating.py, dating.yaml); on the tree with extract24's in-flight
# detection 51 -> 53 dates, links 9 -> 9 (that tree also held roles6's in-flight
# linker change: unexpected `realizes` 1 -> 1; 2 without it): floor (53, 9, 2).
# Detection round extract23 (a warship, a radar or launch site, an air base or a launcher struck, targeted, hit or
# sunk is an armed act with the thing the participant; an armed attack repelled is done to the one who repelled it;
# a humanitarian pause declared is a ceasefire): sixteenth 54 -> 55 dates (65 -> 67 found: c4 "struck" right,
# "targeted" article-dated, wrong), links 22 -> 23, unexpected `realizes` 2 -> 2; other probes unchanged (copies of
# the tree with and without only this round's detect.py hunks, triggers.yaml, selection.yaml): floor (55, 23, 2).
# Roles round roles5 (a naming verb with a predicate judges its object's event: "called the ban 'a hostile act'",
# the ban refers back to Kenya's; "calling Estonia's accusation 'baseless'", the accusation is Estonia's):
# fourteenth links 22 -> 23 (dates 77 unchanged: the judged ban stays Wednesday's), third links 14 -> 15 and
# unexpected `realizes` 1 -> 0; fifteenth d1 "calling the blockade" no longer found (was article-dated, wrong: 71
# right unchanged, 11 -> 10 wrong); all other probes identical (copies of the tree with and without only this
# round's detect.py hunk, dating.py, dating.yaml, parties.yaml): floors third (43, 15, 0), fourteenth (77, 23, 3).
# Detection round extract24 (a vehicle hijacked is ASSAULT abduct 181 whoever did it, and seized by pirates or
# gunmen the same; chemical weapons or a toxic gas used; charges dropped by prosecutors; a base or camp handed to a
# force; "gave himself up"; a date in an event noun's "on" phrase is no target): eighteenth 45 -> 51 dates right
# (58 -> 65 found, 13 -> 14 wrong), links 7 -> 9, unexpected `realizes` 2 -> 2; other probes identical (copies of
# HEAD with and without only this round's triggers.yaml and detect.py hunk): floor (51, 9, 2).
# nineteenth: measurement only, nothing tuned on it. First run 44 dates (of 76 found, 146 not extracted), 9 links, 0
# unexpected `realizes` on committed 49fbdfc alone (git worktree, PYTHONPATH); the tree then also had other helpers'
# in-flight events/{dating,detect}.py, link/{linker,records,store_adapter}.py, resources/actors/countries.yaml,
# resources/events/dating.yaml, and gave the same: floor (44, 9, 0).
# Roles round roles7 (a reporting or perceiving verb's subject is no party of the reported act; a plural pronoun
# taking up weapons is no actor; people done to are not replaced as target by the place): all eighteen probes
# identical (copies of HEAD with and without only this round's detect.py hunks and parties.yaml; with "hear" in the
# list the fourth found one more mention, n3 "appeal", dated wrong, so "hear" was left out and the fourth is identical
# again): floors unchanged.
# Extraction round extract25 (boats turned / pushed back as a refused entry, "back" read as a particle; towns and
# mines seized or occupied by armed men COERCE 192, recaptured / retaken ASSAULT; armed men attacking a town or mine,
# forces driven out; "an exchange of fire" with a party): nineteenth 44 -> 50 dates right (76 -> 87 found), links
# 9 -> 13, unexpected `realizes` 0 -> 0; second 65 -> 66 (78 -> 79 found); the other seventeen identical (copies of
# the tree with and without only this round's triggers.yaml, selection.yaml and detect.py line, PYTHONPATH).
# Time round (a weekday after dawn / dusk resolved by its clause's tense, not inside the article's week:
# `dawn_dusk_weekday`): nineteenth 50 -> 52 dates, links 13 -> 13; other probes identical (copies of HEAD with and
# without only times.yaml): floor (52, 13, 0).
FLOORS = {"first": (39, 10, 0), "second": (66, 15, 0), "third": (43, 15, 0), "fourth": (57, 21, 2),
          "fifth": (65, 18, 0), "sixth": (64, 21, 0), "seventh": (62, 12, 1),
          "eighth": (51, 9, 0), "ninth": (72, 15, 0), "tenth": (66, 17, 0), "eleventh": (53, 11, 0),
          "twelfth": (84, 21, 1), "thirteenth": (71, 24, 0),
          "fourteenth": (77, 23, 2), "fifteenth": (71, 20, 0), "sixteenth": (55, 23, 2),
          "seventeenth": (66, 12, 0), "eighteenth": (53, 9, 1),
          "nineteenth": (52, 13, 0)}


def _score(script: Path, db: str) -> str:
    """What a probe's scorer prints for DB, run in this process as `python SCRIPT DB` would run it
    (in process: a fresh interpreter per probe spent most of this file's time loading spaCy)."""
    out, argv, path = io.StringIO(), sys.argv, list(sys.path)
    sys.argv = [str(script), db]
    try:
        with contextlib.redirect_stdout(out):
            runpy.run_path(str(script), run_name="__main__")
    finally:
        sys.argv, sys.path[:] = argv, path
    return out.getvalue()


@pytest.mark.parametrize("probe", sorted(FLOORS))
def test_probe_does_not_regress(probe, tmp_path):
    db = str(tmp_path / "probe.db")
    res = CliRunner().invoke(app, ["ingest", str(PROBES / probe / "corpus.jsonl"), "--db", db, "--quiet"])
    assert res.exit_code == 0, res.output
    dates = _score(PROBES / probe / "expected_dates.py", db)
    links = _score(PROBES / probe / "expected_links.py", db)
    right = int(re.search(r"(\d+) right, \d+ wrong", dates).group(1))
    met = int(re.search(r"(\d+) of \d+ expectations met", links).group(1))
    unexpected = int(re.search(r"realizes links not expected: (\d+)", links).group(1))
    min_right, min_met, max_unexpected = FLOORS[probe]
    assert right >= min_right, dates
    assert met >= min_met, links
    assert unexpected <= max_unexpected, links
