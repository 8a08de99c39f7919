"""Attribution: who says so, and through whom (resources/events/attribution.yaml).

"X said" / "according to X" give the speaker; "quoting A and B" / "citing C" give the
channel. When a person or institution speaks and news agencies report it, the person is the
speaker and the agencies are the channel ("Rudenko said ..., TASS and Ria Novosti reported").
"according to the reports" points back to the previous attribution in the article.
"""
from __future__ import annotations

import bisect
from typing import Optional

from chronicle.actors import lexicon
from chronicle.events.lexicon import attribution_cues, date_word
from chronicle.model import Attribution
from chronicle.nlp import ents_in


def _subtree_span(tok):
    sub = list(tok.subtree)
    return sub[0].i, sub[-1].i + 1


def _strip_det(span):
    cut = label_end(span.doc, span.end - 1)
    if span.start < cut < span.end:  # "11:45 - Army spokesman X has confirmed": the label is no speaker
        span = span.doc[cut:span.end]
    while len(span) > 1 and span[0].pos_ == "DET":
        span = span[1:]
    return span


_LABEL_DASHES = {"-", "--", "\u2014", "\u2013"}
_LABEL_WORDS = 8  # the longest label: "LAE, Papua New Guinea --", "10:15 a.m. -"


def line_starts(doc) -> list[int]:
    """Indices of the tokens that open a line, computed once per document (walking back from each
    token to its line's start made one long line quadratic)."""
    starts = doc.user_data.get("chronicle_line_starts")
    if starts is None:
        starts = [0] + [k for k in range(1, len(doc)) if (doc[k - 1].is_space and "\n" in doc[k - 1].text)
                        or "\n" in doc[k - 1].whitespace_]
        doc.user_data["chronicle_line_starts"] = starts
    return starts


def label_end(doc, i: int) -> int:
    """The first token of token i's line after the line's label (roles8), else the line's first
    token: an interview's speaker label ("Q:", "A:", "Background:"), a live blog's clock time
    ("10:15 -") or a dateline opening a paragraph ("LAE, Papua New Guinea --") is no part of the
    sentence's phrases, nor a party of what it tells. A label is at most a few words with no verb,
    then a colon right after a word (one word, or one in capitals: "Q:") or a spaced dash after a
    word in capitals or a number ("Residents - mostly farmers - fled" has none)."""
    starts = line_starts(doc)
    line = starts[bisect.bisect_right(starts, i) - 1]
    first = doc[line]
    # (mend14b) a date opening the line marks a list's label ("Feb 12 -", "March 5:")
    marked = first.text.isupper() or any(ch.isdigit() for ch in first.text) or date_word(doc, first)
    for k in range(line + 1, min(len(doc), line + _LABEL_WORDS + 1)):
        t = doc[k]
        if t.pos_ in ("VERB", "AUX") or (t.is_space and "\n" in t.text):
            break
        if t.text == ":" and not doc[k - 1].whitespace_ and (k == line + 1 or marked):
            return k + 1
        if t.text in _LABEL_DASHES and doc[k - 1].whitespace_ and t.whitespace_ and marked:
            return k + 1
    return line


def _outlets(span) -> list[str]:
    """Media outlets named in a span, canonical names, in order."""
    names: list[str] = []
    for ent in ents_in(span):  # not span.ents: that scans the whole document each time
        outlet = lexicon.media_outlet(ent.text)
        if outlet and outlet[0] not in names:
            names.append(outlet[0])
    whole = lexicon.media_outlet(span.text)
    if whole and whole[0] not in names and not names:
        names.append(whole[0])
    return names


class _Report:
    def __init__(self, verb, speaker_span, channel_span=None, indefinite: bool = False):
        self.verb = verb
        self.speaker = speaker_span
        self.channel = channel_span
        self.media = _outlets(speaker_span)
        self.indefinite = indefinite  # "a Russian minister said": someone not named (yet)

    @property
    def token_range(self):
        idx = [self.verb.i, self.speaker.start, self.speaker.end - 1]
        if self.channel is not None:
            idx += [self.channel.start, self.channel.end - 1]
        return min(idx), max(idx) + 1


def _reports_in(sent) -> list[_Report]:
    cues = attribution_cues()
    reporting, according, channel = set(cues["reporting"]), set(cues["according"]), set(cues["channel"])
    doc = sent.doc
    out = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") and lemma in reporting:
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            if not subj and any(c.dep_ == "nsubjpass" for c in tok.children):
                # (roles8) a passive's subject is what is told ("The duty was announced on Monday",
                # "The decision was confirmed by the ministry"): the speaker is its "by" agent, if any
                subj = [x for c in tok.children if c.dep_ == "agent" for x in c.children if x.dep_ == "pobj"]
            if not subj or subj[0].pos_ == "PRON" and subj[0].lower_ in ("it", "this", "that"):
                continue
            whole = doc[slice(*_subtree_span(subj[0]))]
            speaker = _strip_det(whole)
            indefinite = whole[0].lower_ in cues["cataphora"]["determiners"]
            chan = None
            for c in tok.children:
                if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in channel:
                    objs = [x for x in c.children if x.dep_ == "dobj"]
                    if objs:
                        a, b = _subtree_span(objs[0])
                        chan = doc[c.i:b]
            out.append(_Report(tok, speaker, chan, indefinite))
        elif lemma in according or tok.lower_ in according:
            for to in tok.children:
                if to.lower_ == "to":
                    objs = [x for x in to.children if x.dep_ == "pobj"]
                    if objs:
                        out.append(_Report(tok, _strip_det(doc[slice(*_subtree_span(objs[0]))])))
    return out


def _is_anaphoric(span) -> bool:
    anaphoric = {a.lower() for a in attribution_cues()["anaphoric"]}
    return span.text.lower() in anaphoric or (len(span) <= 2 and span.root.lemma_.lower() in anaphoric)


def attribution_for_sentence(sent, previous: Optional[Attribution]) -> Optional[Attribution]:
    return _attribution_and_report(sent, previous)[0]


def _attribution_and_report(sent, previous: Optional[Attribution]):
    """The sentence's attribution and the report its speaker comes from (None when inherited)."""
    reports = _reports_in(sent)
    if not reports:
        return None, None
    doc = sent.doc
    people = [r for r in reports if not r.media and not _is_anaphoric(r.speaker)]
    media = [r for r in reports if r.media]
    if not people and not media:
        # Only anaphoric speakers ("according to the reports"): the previous chain holds.
        return (previous.model_copy() if previous is not None else None), None
    main = people[0] if people else media[0]
    speaker = main.media[0] if main.media else main.speaker.text
    via: list[str] = []
    for r in ([m for m in media if m is not main]):
        via.extend(n for n in r.media if n != speaker)
    for r in reports:
        if r.channel is not None:
            for n in _outlets(r.channel) or [_strip_det(r.channel[1:]).text]:
                if n not in via and n != speaker:
                    via.append(n)
    lo = min(r.token_range[0] for r in reports)
    hi = max(r.token_range[1] for r in reports)
    text_span = doc[lo:hi]
    # One clause of evidence is enough when the reports are far apart.
    if len(reports) == 1:
        text_span = doc[slice(*main.token_range)]
    return Attribution(text=text_span.text, speaker=speaker, via=via,
                       start=text_span.start_char, end=text_span.end_char), main


def _names_person(span) -> bool:
    return any(e.label_ == "PERSON" for e in ents_in(span))


def _same_person(unnamed, named) -> bool:
    """"a Russian minister" can be "Deputy Foreign Minister Andrey Rudenko": the named speaker's
    words contain the unnamed one's head noun, and no country either names contradicts."""
    head = unnamed.speaker.root
    if head.pos_ not in ("NOUN", "PROPN") or _names_person(unnamed.speaker):
        return False
    if head.lemma_.lower() not in {t.lemma_.lower() for t in named.speaker}:
        return False
    theirs = {c for _, _, c in lexicon.find_countries(unnamed.speaker.text)}
    ours = {c for _, _, c in lexicon.find_countries(named.speaker.text)}
    return not theirs or not ours or bool(theirs & ours)


def _resolve_cataphora(found) -> None:
    """An unnamed speaker ("a Russian Minister said that ...") whom one of the next sentences names
    ("Deputy Foreign Minister Andrey Rudenko said ..., TASS reported") takes that speaker and their
    channels: news writing introduces a source vaguely, then names them. The evidence stays the
    sentence's own clause. Unresolved, the unnamed speaker stays as written."""
    window = int(attribution_cues()["cataphora"]["window_sentences"])
    for i, (att, main) in enumerate(found):
        if att is None or main is None or not main.indefinite or main.media:
            continue
        for later, report in found[i + 1:i + 1 + window]:
            if later is None or report is None:
                continue
            if not report.media and _names_person(report.speaker) and _same_person(main, report):
                att.speaker = later.speaker
                att.via = [v for v in later.via if v != later.speaker] + [v for v in att.via if v not in later.via]
                break


_SPEAKER_PRONOUNS = {"he", "she"}


def _resolve_pronoun_speakers(sents, found) -> None:
    """(roles8) A pronoun teller ("..., he said", "she told reporters") is the person named before
    it: the speaker of an attribution in one of the previous `window_sentences` sentences when it
    names a person ("..., Minister Ali Hassan said. ..., he told reporters"), else the one person
    the previous sentence names ("Minister Ali Hassan visited Kirkuk. Police arrested ..., he said").
    The evidence stays the pronoun's own clause; with no such person, or two, the pronoun stays."""
    window = int(attribution_cues()["cataphora"]["window_sentences"])
    for i, (att, main) in enumerate(found):
        if att is None or main is None or main.media or len(main.speaker) != 1 \
                or main.speaker[0].lower_ not in _SPEAKER_PRONOUNS:
            continue
        speaker = None
        for before, report in reversed(found[max(0, i - window):i]):
            if before is not None and report is not None and not report.media and _names_person(report.speaker):
                speaker = before.speaker
                break
        if speaker is None and i > 0:
            people = {e.text for e in ents_in(sents[i - 1]) if e.label_ == "PERSON"}
            people = {p for p in people if not any(p != q and p in q for q in people)}  # "Hassan" in "Ali Hassan"
            speaker = people.pop() if len(people) == 1 else None
        if speaker is not None:
            att.speaker = speaker


def attributions(doc) -> dict[int, Optional[Attribution]]:
    """sentence start char -> attribution of the events in that sentence."""
    sents = list(doc.sents)
    found = []
    previous: Optional[Attribution] = None
    for sent in sents:
        att, main = _attribution_and_report(sent, previous)
        found.append((att, main))
        if att is not None:
            previous = att
    _resolve_cataphora(found)
    _resolve_pronoun_speakers(sents, found)
    return {sent.start_char: att for sent, (att, _) in zip(sents, found)}


def reporting_tokens(doc) -> set[int]:
    """Tokens that are reporting verbs (their own 'events' are the saying, not the deed); a noun
    of the same lemma is no saying ("handed him a protest note")."""
    reporting = set(attribution_cues()["reporting"])
    return {t.i for t in doc if t.lemma_.lower() in reporting and t.pos_ not in ("NOUN", "PROPN")}
