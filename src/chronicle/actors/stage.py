"""The ``actors`` stage: actor mentions -> canonical actors, and a token index for the role finder."""
from __future__ import annotations

from chronicle.actors.extract import ActorIndex, build_actors, dateline_end, find_actor_mentions
from chronicle.pipeline import DocState, stage


@stage("actors")
def actors_stage(state: DocState) -> None:
    mentions = find_actor_mentions(state.doc, state.options.get("actor_dictionary"), state.article.date)
    actors = build_actors(mentions)
    state.result.actors = actors
    state.actor_index = ActorIndex(mentions, actors, dateline_end(state.doc))
