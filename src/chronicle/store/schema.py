"""The store's tables, in SQLAlchemy Core, with portable types only.

Nothing here is SQLite-specific: the same metadata creates the schema on PostgreSQL.
Dates are ``Date``; JSON payloads (attribution chain, run stats) are ``Text`` holding JSON,
so no dialect JSON type is needed.
"""
from __future__ import annotations

from sqlalchemy import (
    Boolean, Column, Date, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
    UniqueConstraint, func,
)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)

_CASCADE = {"ondelete": "CASCADE"}

schema_migrations = Table(
    "schema_migrations", metadata,
    Column("name", String(200), primary_key=True),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

ingest_runs = Table(
    "ingest_runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("argv", Text),
    Column("stats", Text),  # JSON object
)

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("external_id", Text, nullable=False),  # Article.id
    Column("date", Date),
    Column("title", Text),
    Column("url", Text),
    Column("source", Text),
    Column("text", Text, nullable=False),
    Column("origin", Text),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("run_id", Integer, ForeignKey("ingest_runs.id", ondelete="SET NULL")),
)
Index("ix_articles_date", articles.c.date)
Index("ix_articles_external_id", articles.c.external_id)
Index("ix_articles_run_id", articles.c.run_id)

sentences = Table(
    "sentences", metadata,
    Column("article_id", Integer, ForeignKey("articles.id", **_CASCADE), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

timexes = Table(
    "timexes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id", **_CASCADE), nullable=False),
    Column("tid", Text, nullable=False),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("type", String(16), nullable=False),
    Column("value", Text),
    Column("mod", Text),
    Column("interval_start", Date),
    Column("interval_end", Date),
    Column("anchor", Text),
    UniqueConstraint("article_id", "tid"),
)

# Canonical actors, shared across articles. (name, country) is unique with NULL country
# treated as one value: an expression index, which SQLite and PostgreSQL both support.
actors = Table(
    "actors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("country", String(3)),
    Column("sector", Text),
    Column("kind", String(32)),
)
Index("uq_actors_name_country", actors.c.name, func.coalesce(actors.c.country, ""), unique=True)
Index("ix_actors_country", actors.c.country)

actor_aliases = Table(
    "actor_aliases", metadata,
    Column("actor_id", Integer, ForeignKey("actors.id", **_CASCADE), primary_key=True),
    Column("alias", Text, primary_key=True),
)
Index("ix_actor_aliases_alias", actor_aliases.c.alias)

# Which canonical actor each article-local actor (Actor.id) resolved to, with its evidence spans.
article_actors = Table(
    "article_actors", metadata,
    Column("article_id", Integer, ForeignKey("articles.id", **_CASCADE), primary_key=True),
    Column("local_id", Text, primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("spans", Text),  # JSON list of {text, start, end}
)
Index("ix_article_actors_actor_id", article_actors.c.actor_id)

mentions = Table(
    "mentions", metadata,
    Column("id", String(300), primary_key=True),  # "<articles.id>-<Mention.id>"
    Column("article_id", Integer, ForeignKey("articles.id", **_CASCADE), nullable=False),
    Column("mention_id", Text, nullable=False),  # Mention.id, article-scoped
    Column("position", Integer, nullable=False),
    Column("type", String(64), nullable=False),
    Column("mode", String(64)),
    Column("plover", String(64)),
    Column("cameo", String(16)),
    Column("status", String(16), nullable=False),
    Column("date_text", Text),
    Column("date_value", Text),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("date_source", String(16)),
    Column("date_timex_id", Text),
    Column("location_text", Text),
    Column("location_name", Text),
    Column("location_country", String(3)),
    Column("location_latitude", Float),
    Column("location_longitude", Float),
    Column("location_start", Integer),
    Column("location_end", Integer),
    Column("attribution_text", Text),
    Column("attribution_speaker", Text),
    Column("attribution_via", Text),  # JSON list of strings
    Column("attribution_start", Integer),
    Column("attribution_end", Integer),
    Column("trigger_text", Text, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
    UniqueConstraint("article_id", "mention_id"),
)
Index("ix_mentions_date_start", mentions.c.date_start)
Index("ix_mentions_date_end", mentions.c.date_end)
Index("ix_mentions_type", mentions.c.type)
Index("ix_mentions_status", mentions.c.status)

mention_roles = Table(
    "mention_roles", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("mention_id", String(300), ForeignKey("mentions.id", **_CASCADE), nullable=False),
    Column("role", String(16), nullable=False),  # 'actor' | 'recipient'
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("name", Text),
    Column("country", String(3)),
    Column("sector", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("local_actor_id", Text),  # RoleFiller.actor_id
    Column("actor_id", Integer, ForeignKey("actors.id", ondelete="SET NULL")),
)
Index("ix_mention_roles_mention_id_role", mention_roles.c.mention_id, mention_roles.c.role)
Index("ix_mention_roles_country", mention_roles.c.country)
Index("ix_mention_roles_name", mention_roles.c.name)
Index("ix_mention_roles_actor_id", mention_roles.c.actor_id)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("ingest_runs.id", **_CASCADE)),
    Column("origin", Text, nullable=False),
    Column("article_id", Text),
    Column("reason", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)
Index("ix_failures_run_id", failures.c.run_id)

# --- 0002_events: canonical events across mentions (chronicle.link) -----------------------------
# One row per real-world event; its mentions in event_mentions; plan -> realization in event_links.
events = Table(
    "events", metadata,
    Column("id", String(40), primary_key=True),       # "ev-" + hash of the founding mention: stable
    Column("block", Text, nullable=False),            # type|status group|actor countries|recipient countries
    Column("type", String(64), nullable=False),
    Column("status", String(16), nullable=False),     # reconciled across reports
    Column("date_start", Date),                       # most precise compatible interval
    Column("date_end", Date),
    Column("date_text_dated", Integer, nullable=False, default=0),
    # 0: the date comes from a stated report (occurred, planned); 1: only from speculation
    # (possible) -- a speculative date never overrides a stated one (chronicle.link.linker)
    Column("date_certainty", Integer, nullable=False, default=0),
    Column("date_value", Text),
    Column("precision", String(16)),
    Column("first_reported", Date),
    Column("last_reported", Date),
    Column("num_mentions", Integer, nullable=False, default=0),
    Column("num_articles", Integer, nullable=False, default=0),
    Column("num_sources", Integer, nullable=False, default=0),
    Column("people", Text),                           # JSON list of person identities
    Column("sources", Text),                          # JSON list
    Column("best_mention_id", String(300)),
    Column("updated_at", DateTime(timezone=True)),
)
Index("ix_events_block", events.c.block)
Index("ix_events_date_start", events.c.date_start)

event_mentions = Table(
    "event_mentions", metadata,
    Column("mention_id", String(300), ForeignKey("mentions.id", **_CASCADE), primary_key=True),
    Column("event_id", String(40), ForeignKey("events.id", **_CASCADE), nullable=False),
)
Index("ix_event_mentions_event_id", event_mentions.c.event_id)

event_links = Table(
    "event_links", metadata,
    Column("source_id", String(40), ForeignKey("events.id", **_CASCADE), primary_key=True),
    Column("target_id", String(40), ForeignKey("events.id", **_CASCADE), primary_key=True),
    Column("relation", String(32), primary_key=True),  # 'realizes': source realizes the plan target
)

# --- 0007_event_aliases: the ids of events merged into another (chronicle.link reconciliation) ---
# An event id stays resolvable after its event was merged: alias_id -> the event id kept.
event_aliases = Table(
    "event_aliases", metadata,
    Column("alias_id", String(40), primary_key=True),
    Column("event_id", String(40), ForeignKey("events.id", **_CASCADE), nullable=False),
)
Index("ix_event_aliases_event_id", event_aliases.c.event_id)

# --- 0008_event_blocks: the other blocks an event is linked under (chronicle.link) --------------
# A report of another block joined the event (one article's "Senegal and Mauritania signed" /
# "signed by ... his Mauritanian counterpart", a signing joined to its agreement, a report naming no
# recipient): the linker indexes the event under that block too, so a later ingest's reports of it
# find the event as one ingest's would.
event_blocks = Table(
    "event_blocks", metadata,
    Column("event_id", String(40), ForeignKey("events.id", **_CASCADE), primary_key=True),
    Column("block", Text, primary_key=True),
)
Index("ix_event_blocks_block", event_blocks.c.block)

# Cross-document actor identity: each actors row -> the canonical actors row it is the same as
# ("Kim Jong Un" -> "Kim Jong-un"); canonical rows point to themselves.
actor_identities = Table(
    "actor_identities", metadata,
    Column("actor_id", Integer, ForeignKey("actors.id", **_CASCADE), primary_key=True),
    Column("canonical_id", Integer, ForeignKey("actors.id", **_CASCADE), nullable=False),
)
Index("ix_actor_identities_canonical_id", actor_identities.c.canonical_id)

# --- 0004_failed_articles: articles a stage failed on, kept whole so they can be retried -------
# (`chronicle ingest --retry-failed`); a row goes away once its article is stored.
failed_articles = Table(
    "failed_articles", metadata,
    Column("content_hash", String(64), primary_key=True),
    Column("external_id", Text, nullable=False),
    Column("origin", Text),
    Column("article", Text, nullable=False),  # Article as JSON
    Column("stage", String(32), nullable=False),
    Column("error", Text, nullable=False),
    Column("attempts", Integer, nullable=False, default=1),
    Column("run_id", Integer, ForeignKey("ingest_runs.id", ondelete="SET NULL")),
    Column("failed_at", DateTime(timezone=True), nullable=False),
)

# --- 0006_actor_roles: the titles an article states for its actors (Actor.roles) -------------------
# One row per distinct role of one article actor: the title normalized and as written, the
# country and sector, whether it is stated as former (ended by the article date), and every
# span stating it. Rows go with their article (cascade), as article_actors.
actor_roles = Table(
    "actor_roles", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id", **_CASCADE), nullable=False),
    Column("local_id", Text, nullable=False),  # Actor.id in the article (article_actors.local_id)
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("title", Text, nullable=False),  # normalized ("Security Council Secretary")
    Column("text", Text, nullable=False),  # as first written ("Russia's Security Council Secretary")
    Column("country", String(3)),
    Column("sector", Text),
    Column("former", Boolean, nullable=False, default=False),
    Column("qualifier", String(16)),  # former / outgoing / acting
    Column("spans", Text, nullable=False),  # JSON list of {text, start, end}
    UniqueConstraint("article_id", "local_id", "position"),
)
Index("ix_actor_roles_actor_id", actor_roles.c.actor_id)
