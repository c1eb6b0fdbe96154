#!/usr/bin/env python3
"""Generate the networkx reference fixtures for the analytics unit tests.

    pip install -r tools/networkx/requirements.txt
    python3 tools/networkx/make_fixtures.py

For each graph writes test/fixtures/networkx/<graph>/{orgs.csv, ties.csv, expected.json}.
The expected values are computed by tools/networkx/analyse.py on the CSV files just written
(so the fixture is exactly what the TypeScript side reads). The files are committed; the tests
never run Python. Re-running this script must produce identical files.

Graphs:
- karate: Zachary's karate club (nx.karate_club_graph()); ids "0".."33"; sector = club
  ("Mr. Hi" / "Officer"), also kept as column `club`.
- florentine: Padgett's Florentine families (nx.florentine_families_graph(), 15 families);
  `faction` is MADE UP: families sorted alphabetically and given A, B, C, A, B, C, ... in turn
  (three groups, so every brokerage role occurs). sector = faction.
- disconnected: hand-made, 16 organisations, 3 components with ties + 2 isolates, sectors
  public / third / private.
- random: nx.gnm_random_graph(150, 400, seed=7) with sectors drawn from random.Random(7).
"""
from __future__ import annotations

import csv
import json
import os
import random
import sys

# networkx sums over Python sets in places (constraint, Louvain), whose order depends on string
# hashing: fix the hash seed so that re-running gives byte-identical files.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})

import networkx as nx  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from analyse import analyse, read_network  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "test", "fixtures", "networkx")
SEED = 42


def write_graph(name: str, G: nx.Graph, extra: list[str], by: str, partition_attr: str) -> None:
    d = os.path.join(OUT, name)
    os.makedirs(d, exist_ok=True)
    cols = ["id", "name", "sector", "area", *extra]
    with open(os.path.join(d, "orgs.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for v, data in G.nodes(data=True):
            w.writerow([str(v), *[data.get(c, "") for c in cols[1:]]])
    with open(os.path.join(d, "ties.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", "type"])
        for u, v in G.edges():
            w.writerow([str(u), str(v), "partner"])

    H = read_network(os.path.join(d, "orgs.csv"), os.path.join(d, "ties.csv"))
    expected = analyse(H, by=by, seed=SEED)
    groups: dict[str, list[str]] = {}
    for v in H:
        groups.setdefault(H.nodes[v][partition_attr], []).append(v)
    fixed = [sorted(g) for _, g in sorted(groups.items())]
    expected["fixedPartition"] = {
        "attribute": partition_attr,
        "communities": fixed,
        "modularity": nx.community.modularity(H, fixed) if H.number_of_edges() else None,
    }
    expected["louvainSeed"] = SEED
    expected["networkx"] = nx.__version__
    with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=1, sort_keys=False)
        f.write("\n")
    print(f"{name}: n={H.number_of_nodes()} m={H.number_of_edges()} -> {d}")


def karate() -> None:
    K = nx.karate_club_graph()
    G = nx.Graph()
    for v in K:
        club = K.nodes[v]["club"]
        G.add_node(str(v), name=f"Member {v}", sector=club, area="Karate club", club=club)
    G.add_edges_from((str(u), str(v)) for u, v in K.edges())
    write_graph("karate", G, ["club"], by="club", partition_attr="club")


def florentine() -> None:
    F = nx.florentine_families_graph()
    faction = {v: "ABC"[i % 3] for i, v in enumerate(sorted(F))}
    G = nx.Graph()
    for v in F:
        G.add_node(v, name=v, sector=faction[v], area="Florence", faction=faction[v])
    G.add_edges_from(F.edges())
    write_graph("florentine", G, ["faction"], by="faction", partition_attr="faction")


def disconnected() -> None:
    sectors = {
        "org01": "public", "org02": "public", "org03": "third", "org04": "third",
        "org05": "private", "org06": "public", "org07": "third", "org08": "third",
        "org09": "public", "org10": "private", "org11": "third", "org12": "public",
        "org13": "third", "org14": "private", "org15": "public", "org16": "third",
    }
    areas = ["Cardiff", "Swansea", "Gwynedd", "Powys"]
    G = nx.Graph()
    for i, (v, s) in enumerate(sectors.items()):
        G.add_node(v, name=f"Organisation {v[3:]}", sector=s, area=areas[i % 4], themes="F1;WG2" if i % 2 else "F3")
    G.add_edges_from([
        # component 1: two triangles joined by the bridge org03-org04
        ("org01", "org02"), ("org01", "org03"), ("org02", "org03"), ("org03", "org04"),
        ("org04", "org05"), ("org04", "org06"), ("org05", "org06"),
        # component 2: a square with a pendant org11 on org09
        ("org07", "org08"), ("org08", "org09"), ("org09", "org10"), ("org10", "org07"), ("org09", "org11"),
        # component 3: a path org12 - org13 - org14
        ("org12", "org13"), ("org13", "org14"),
        # org15, org16: isolates
    ])
    write_graph("disconnected", G, ["themes"], by="sector", partition_attr="sector")


def random_graph() -> None:
    R = nx.gnm_random_graph(150, 400, seed=7)
    rng = random.Random(7)
    G = nx.Graph()
    for v in R:
        s = rng.choice(["public", "third", "private", "education"])
        G.add_node(f"r{v:03d}", name=f"Random {v}", sector=s, area=rng.choice(["north", "mid", "south"]))
    G.add_edges_from((f"r{u:03d}", f"r{v:03d}") for u, v in R.edges())
    write_graph("random", G, [], by="sector", partition_attr="sector")


if __name__ == "__main__":
    karate()
    florentine()
    disconnected()
    random_graph()
