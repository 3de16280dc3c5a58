#!/usr/bin/env python3
"""Re-test only the mutants a whole-folder Stryker.NET run left alive, and score the folder from both runs.

A whole folder takes Stryker about two hours on two cores; after adding tests, only the survivors need running again.
Run from tests/FollowUpRules.Tests in a copy of the commit (see docs/testing.md, "Mutation testing"):

  python3 stryker-survivors.py config FULL.json ROOT FILTER > stryker-survivors.json
      A Stryker config (this folder's stryker-config.json, plus FILTER as the test-case filter) whose `mutate` patterns
      cover, with Stryker's {start..end} character spans, every Survived and NoCoverage mutant of FULL.json (the
      whole-folder run's JSON report), mapped to ROOT's sources through a line diff, and every line changed since that
      run with three lines of context. Then: dotnet stryker --config-file stryker-survivors.json
  python3 stryker-survivors.py combine FULL.json RERUN.json ROOT [MERGED.json]
      The folder's score per file and in total: RERUN.json's status for each mutant it tested, FULL.json's elsewhere.
      A mutant killed in FULL.json stays killed as long as tests are only added; mutants on lines changed since are
      scored from RERUN.json only. ROOT is the copy RERUN.json ran on. MERGED.json, if given, is written as a report of
      ROOT's sources with the combined statuses, to serve as FULL.json for the next re-run.

The score is Stryker's: (killed + timeout) / (killed + timeout + survived + no coverage).
"""
import difflib, json, os, sys, collections

ALIVE = {"Survived", "NoCoverage"}
SCORED = {"Killed", "Timeout", "Survived", "NoCoverage"}
CONTEXT = 3


def rel(path):
    i = path.index("/src/FollowUpRules/")
    return path[i + 1:]


def offsets(text):
    starts, pos = [], 0
    for line in text.split("\n"):
        starts.append(pos)
        pos += len(line) + 1
    return starts


def line_map(old, new):
    """old line index (0-based) -> new line index, for lines in equal blocks."""
    m = {}
    sm = difflib.SequenceMatcher(None, old.split("\n"), new.split("\n"), autojunk=False)
    changed_new = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                m[i1 + k] = j1 + k
        else:
            changed_new.append((j1, j2))
    return m, changed_new


def read(root, relpath):
    p = os.path.join(root, relpath)
    return open(p, encoding="utf-8-sig").read() if os.path.exists(p) else None


def mapped_span(m, lmap, new_starts):
    s, e = m["location"]["start"], m["location"]["end"]
    a, b = s["line"] - 1, e["line"] - 1
    if a not in lmap or b not in lmap:
        return None
    return (new_starts[lmap[a]] + s["column"] - 1, new_starts[lmap[b]] + e["column"] - 1)


def patterns(old_path, root):
    old = json.load(open(old_path))
    out = []
    for path, f in sorted(old["files"].items()):
        if not f["mutants"] or all(m["status"] == "Ignored" for m in f["mutants"]):
            continue
        r = rel(path)
        new = read(root, r)
        if new is None:
            continue
        lmap, changed = line_map(f["source"], new)
        ns, new_lines = offsets(new), new.split("\n")
        spans = []
        for m in f["mutants"]:
            if m["status"] in ALIVE:
                sp = mapped_span(m, lmap, ns)
                if sp:
                    spans.append(sp)
        nlines = len(ns)
        for j1, j2 in changed:
            a, b = max(0, j1 - CONTEXT), min(nlines - 1, j2 + CONTEXT)
            spans.append((ns[a], ns[b] + len(new_lines[b])))
        if spans:
            out.append("**/" + r.split("src/FollowUpRules/", 1)[1]
                       + "".join("{%d..%d}" % s for s in sorted(spans)))
    return out


def config(old_path, root, test_filter):
    cfg = json.load(open("stryker-config.json"))
    section = cfg["stryker-config"]
    section["mutate"] = patterns(old_path, root)
    section["test-case-filter"] = test_filter
    json.dump(cfg, sys.stdout, indent=1)
    print()


def position(starts, offset):
    line = max(i for i, start in enumerate(starts) if start <= offset)
    return {"line": line + 1, "column": offset - starts[line] + 1}


def combine(old_path, new_path, root, merged_path=None):
    old, new = json.load(open(old_path)), json.load(open(new_path))
    merged = {"schemaVersion": old.get("schemaVersion"), "thresholds": old.get("thresholds"), "files": {}}
    newf = {rel(p): f for p, f in new["files"].items()}
    totals = collections.Counter()
    per_file = {}
    for path, f in sorted(old["files"].items()):
        r = rel(path)
        src = read(root, r)
        if src is None or not any(m["status"] in SCORED for m in f["mutants"]):
            continue
        lmap, _ = line_map(f["source"], src)
        ns = offsets(src)
        nf = newf.get(r)
        tested = {}
        if nf:
            nstarts = offsets(nf["source"])
            for m in nf["mutants"]:
                if m["status"] in SCORED:
                    s, e = m["location"]["start"], m["location"]["end"]
                    key = (nstarts[s["line"] - 1] + s["column"] - 1, nstarts[e["line"] - 1] + e["column"] - 1,
                           m["mutatorName"], m["replacement"])
                    tested[key] = m["status"]
        c = collections.Counter()
        seen = set()
        kept = []
        for m in f["mutants"]:
            if m["status"] not in SCORED:
                continue
            sp = mapped_span(m, lmap, ns)
            if sp is None:
                c["dropped"] += 1
                continue
            key = (sp[0], sp[1], m["mutatorName"], m["replacement"])
            if key in tested:
                status = tested[key]
                c["retested"] += 1
                seen.add(key)
            else:
                status = m["status"]
                if status in ALIVE:
                    c["alive-not-retested"] += 1
            c[status] += 1
            kept.append((key, status))
        for key, st in tested.items():
            if key not in seen:
                c[st] += 1
                c["new"] += 1
                kept.append((key, st))
        merged["files"][path] = {"language": "cs", "source": src, "mutants": [
            {"id": str(i), "mutatorName": key[2], "replacement": key[3], "status": status,
             "location": {"start": position(ns, key[0]), "end": position(ns, key[1])}}
            for i, (key, status) in enumerate(kept)]}
        per_file[r] = c
        totals.update(c)
    def score(c):
        det = c["Killed"] + c["Timeout"]
        und = c["Survived"] + c["NoCoverage"]
        return det, und, 100.0 * det / (det + und) if det + und else 100.0
    for r, c in per_file.items():
        det, und, s = score(c)
        print(f"{r}: {s:.2f}% (detected {det}, survived {c['Survived']}, no coverage {c['NoCoverage']}; "
              f"retested {c['retested']}, new {c['new']}, dropped {c['dropped']}, alive not retested {c['alive-not-retested']})")
    if merged_path:
        json.dump(merged, open(merged_path, "w"))
    det, und, s = score(totals)
    print(f"TOTAL: {s:.2f}% ({det + und} mutants: {det} detected ({totals['Timeout']} by timeout), "
          f"{totals['Survived']} survived, {totals['NoCoverage']} no coverage; retested {totals['retested']}, "
          f"new {totals['new']}, dropped {totals['dropped']}, alive not retested {totals['alive-not-retested']})")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "config":
        config(sys.argv[2], sys.argv[3], sys.argv[4])
    elif len(sys.argv) in (5, 6) and sys.argv[1] == "combine":
        combine(*sys.argv[2:])
    else:
        sys.exit(__doc__)
