#!/usr/bin/env python3
"""networkx reference for `cyswllt analyse`.

Reads the same organisations/ties CSV files as the TypeScript command, computes the same
metrics with networkx (brokerage with a direct implementation of the Gould & Fernandez 1989
roles as counted by R sna::brokerage) and writes the same JSON shape.

Used by tools/networkx/make_fixtures.py (expected values for the unit tests) and by
bench/analytics.ts (the networkx side of the benchmark).

    python3 tools/networkx/analyse.py --organisations orgs.csv --ties ties.csv \
        [--by sector] [--seed 42] [--out result.json]
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import sys
import time

import networkx as nx

ROLES = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")


def read_network(orgs_path: str, ties_path: str) -> nx.Graph:
    """Nodes in file order, edges in file order (duplicate pairs collapse into one tie)."""
    G = nx.Graph()
    with open(orgs_path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            G.add_node(row["id"], **{k: v for k, v in row.items() if k != "id"})
    with open(ties_path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            G.add_edge(row["source"], row["target"])
    return G


def role(ga, gb, gc) -> str:
    """Gould & Fernandez role of broker b on the path a -> b -> c."""
    if ga == gb and gb == gc:
        return "coordinator"  # w_I
    if ga == gc:
        return "itinerant"  # w_O: a and c together, b outside
    if ga == gb:
        return "representative"  # b_IO: b in the source's group
    if gb == gc:
        return "gatekeeper"  # b_OI: b in the destination's group
    return "liaison"  # b_O: all different


def brokerage(G: nx.Graph, attr: str) -> dict:
    """Raw counts on the symmetric digraph: every ordered pair (a, c) of distinct, untied
    neighbours of b is one path a -> b -> c (so each open triad counts in both directions)."""
    group = {v: G.nodes[v].get(attr, "") for v in G}
    out = {v: dict.fromkeys(ROLES, 0) for v in G}
    for b in G:
        nbrs = list(G[b])
        for a in nbrs:
            adj_a = G[a]
            for c in nbrs:
                if c == a or c in adj_a:
                    continue
                out[b][role(group[a], group[b], group[c])] += 1
    return out


def _check_brokerage() -> None:
    """Hand-made triads: one per role (path x - b - y, each counted in both directions)."""
    def path(gx, gb, gy):
        G = nx.Graph()
        G.add_node("x", g=gx)
        G.add_node("b", g=gb)
        G.add_node("y", g=gy)
        G.add_edges_from([("x", "b"), ("b", "y")])
        return brokerage(G, "g")["b"]

    assert path("A", "A", "A") == dict(coordinator=2, itinerant=0, representative=0, gatekeeper=0, liaison=0)
    assert path("A", "B", "A") == dict(coordinator=0, itinerant=2, representative=0, gatekeeper=0, liaison=0)
    # x->b->y: b with source x (A), y outside: representative; y->b->x: gatekeeper.
    assert path("A", "A", "B") == dict(coordinator=0, itinerant=0, representative=1, gatekeeper=1, liaison=0)
    assert path("A", "B", "C") == dict(coordinator=0, itinerant=0, representative=0, gatekeeper=0, liaison=2)
    # closed triad: no brokerage
    T = nx.complete_graph(3)
    nx.set_node_attributes(T, "A", "g")
    assert all(sum(r.values()) == 0 for r in brokerage(T, "g").values())


def nan_to_none(x):
    if x is None:
        return None
    x = float(x)
    return None if math.isnan(x) else x


def mixing_matrix(G: nx.Graph, attr: str) -> dict:
    values = sorted({G.nodes[v].get(attr, "") for v in G})
    idx = {v: i for i, v in enumerate(values)}
    counts = [[0] * len(values) for _ in values]
    for u, v in G.edges():
        i, j = idx[G.nodes[u].get(attr, "")], idx[G.nodes[v].get(attr, "")]
        counts[i][j] += 1
        if i != j:
            counts[j][i] += 1
    return {"values": values, "counts": counts}


def order_communities(parts) -> list[list[str]]:
    comms = [sorted(c) for c in parts]
    comms.sort(key=lambda c: (-len(c), c[0]))
    return comms


def analyse(G: nx.Graph, by: str = "sector", seed: int = 42, timings: dict | None = None) -> dict:
    t = timings if timings is not None else {}

    def timed(name, fn):
        t0 = time.perf_counter()
        r = fn()
        t[name] = time.perf_counter() - t0
        return r

    n, m = G.number_of_nodes(), G.number_of_edges()
    group = {v: G.nodes[v].get(by, "") for v in G}
    internal = sum(1 for u, v in G.edges() if group[u] == group[v])
    external = m - internal

    degree = dict(G.degree())
    betweenness = timed("betweenness", lambda: nx.betweenness_centrality(G, normalized=True))
    closeness = timed("closeness", lambda: nx.closeness_centrality(G, wf_improved=True))
    eig_converged = True
    try:
        eigenvector = timed("eigenvector", lambda: nx.eigenvector_centrality(G, max_iter=1000, tol=1e-6))
    except nx.PowerIterationFailedConvergence:
        eig_converged = False
        eigenvector = {v: None for v in G}
    clustering = timed("clustering", lambda: nx.clustering(G))
    constraint = timed("constraint", lambda: nx.constraint(G))
    effective_size = timed("effectiveSize", lambda: nx.effective_size(G))
    broker = timed("brokerage", lambda: brokerage(G, by))
    communities = timed("louvain", lambda: order_communities(nx.community.louvain_communities(G, seed=seed)))
    modularity = nx.community.modularity(G, communities) if m > 0 else None
    community_of = {v: i for i, c in enumerate(communities) for v in c}

    def assortativity():
        if m == 0:
            return None
        try:
            return nan_to_none(nx.attribute_assortativity_coefficient(G, by))
        except (ZeroDivisionError, ValueError):
            return None

    return {
        "organisations": n,
        "ties": m,
        "density": nx.density(G),
        "components": nx.number_connected_components(G),
        "eiIndex": (external - internal) / m if m else None,
        "crossSectorTieRatio": external / m if m else None,
        "assortativity": timed("assortativity", assortativity),
        "averageClustering": sum(clustering.values()) / n if n else 0.0,
        "articulationPoints": sorted(nx.articulation_points(G)),
        "bridges": sorted(sorted(e) for e in nx.bridges(G)),
        "communities": communities,
        "modularity": modularity,
        "mixingMatrix": mixing_matrix(G, by),
        "eigenvectorConverged": eig_converged,
        "by": by,
        "nodes": {
            v: {
                "degree": degree[v],
                "betweenness": betweenness[v],
                "closeness": closeness[v],
                "eigenvector": eigenvector[v],
                "clustering": clustering[v],
                "constraint": nan_to_none(constraint[v]),
                "effectiveSize": nan_to_none(effective_size[v]),
                "brokerage": broker[v],
                "community": community_of[v],
            }
            for v in G
        },
    }


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--organisations", required=True)
    p.add_argument("--ties", required=True)
    p.add_argument("--by", default="sector")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--out", help="write JSON here (default stdout)")
    p.add_argument("--timings", action="store_true", help="print per-metric seconds to stderr")
    args = p.parse_args(argv)
    G = read_network(args.organisations, args.ties)
    timings: dict = {}
    result = analyse(G, args.by, args.seed, timings)
    text = json.dumps(result)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text + "\n")
    if args.timings:
        print(json.dumps({k: round(v, 3) for k, v in timings.items()}), file=sys.stderr)
    return 0


_check_brokerage()

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
