#!/usr/bin/python3
"""A standard Python client of CDKG: Debian's rdflib (python3-rdflib), used as any researcher would.

    /usr/bin/python3 test/interop/rdflib-client.py <server URL> <mode>  < job.json

The job (JSON on stdin) says what to ask; the answer is JSON on stdout. The
tests (python-rdflib-*.test.ts) write the jobs and check the answers, so every
IRI comes from ontology/namespaces.ts, not from this file.

Modes:
  version   rdflib's version
  sparql    one query through rdflib's SPARQLStore
            job: {query, method: GET|POST|POST_FORM, returnFormat: xml|json|csv|tsv, graph?}
  store     SPARQLStore's triple-pattern API: triples(), len(), contexts()
            job: {subject, predicate, graphs: [IRI, ...]}
  parse     Graph().parse(URL, format=...) for each document
            job: {documents: [{path, format?}, ...]}
  dump      download a gzip dump with urllib, gunzip, parse with the given format
            job: {url, format}

Every job also carries publicBase (https://w3id.org/cdkg/). CDKG's IRIs are
meant to resolve through w3id.org, which redirects them to the server; a test
machine has no network, so requests to publicBase are sent to the server at
the same path, as the w3id.org redirect would, and listed in the answer
("fetchedFromPublicBase").
"""
import gzip
import hashlib
import json
import sys
import urllib.request

try:
    import rdflib
    from rdflib.compare import to_canonical_graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
except ImportError as e:  # the test turns this into its own message
    raise ImportError(f"rdflib is not installed for {sys.executable} ({e}): apt-get install -y python3-rdflib") from e


class PublicBaseToServer(urllib.request.BaseHandler):
    """Stands in for the w3id.org redirect: <publicBase>path is fetched from <server>/path."""

    handler_order = 100  # before urllib's own request processing, which then sets Host for the new URL

    def __init__(self, public_base, server):
        self.public_base = public_base
        self.server = server.rstrip("/") + "/"
        self.fetched = []

    def https_request(self, req):
        if req.full_url.startswith(self.public_base):
            self.fetched.append(req.full_url)
            req.full_url = self.server + req.full_url[len(self.public_base):]
        return req

    http_request = https_request


def term(t):
    """An rdflib term as SPARQL 1.1 JSON results write one."""
    if isinstance(t, rdflib.URIRef):
        return {"type": "uri", "value": str(t)}
    if isinstance(t, rdflib.BNode):
        return {"type": "bnode", "value": str(t)}
    out = {"type": "literal", "value": str(t)}
    if t.language:
        out["lang"] = t.language
    if t.datatype:
        out["datatype"] = str(t.datatype)
    return out


def triples(graph):
    return [[term(s), term(p), term(o)] for s, p, o in graph]


def canonical(graph):
    """SHA-256 of the graph in canonical form (rdflib.compare): equal for isomorphic graphs."""
    lines = to_canonical_graph(graph).serialize(format="nt").splitlines()
    return hashlib.sha256("\n".join(sorted(l for l in lines if l.strip())).encode()).hexdigest()


def sparql(base, job):
    store = SPARQLStore(base + "/sparql", method=job["method"], returnFormat=job["returnFormat"])
    graph = rdflib.Graph(store, identifier=rdflib.URIRef(job["graph"])) if job.get("graph") else rdflib.Graph(store)
    result = graph.query(job["query"])
    if result.type == "SELECT":
        names = [str(v) for v in result.vars]
        rows = [{n: term(row[n]) for n in names if row[n] is not None} for row in result]
        return {"type": "SELECT", "vars": names, "rows": rows}
    if result.type == "ASK":
        return {"type": "ASK", "boolean": result.askAnswer}
    return {"type": result.type, "triples": triples(result.graph)}


def store_api(base, job):
    store = SPARQLStore(base + "/sparql")
    graph = rdflib.Graph(store)
    found = graph.triples((rdflib.URIRef(job["subject"]), rdflib.URIRef(job["predicate"]), None))
    return {
        "objects": sorted(str(o) for _, _, o in found),
        "length": len(graph),
        # rdflib 6 yields graph names here (later versions yield Graph objects).
        "contexts": sorted(str(getattr(c, "identifier", c)) for c in store.contexts()),
        "lengths": {g: len(rdflib.Graph(store, identifier=rdflib.URIRef(g))) for g in job["graphs"]},
    }


def parse(base, job, redirect):
    out = []
    for doc in job["documents"]:
        redirect.fetched.clear()
        graph = rdflib.Graph()
        try:
            graph.parse(base + doc["path"], format=doc.get("format"))
        except Exception as e:  # reported per document, so the test names the format that failed
            out.append({"path": doc["path"], "format": doc.get("format"), "error": f"{type(e).__name__}: {e}"})
            continue
        out.append({
            "path": doc["path"],
            "format": doc.get("format"),
            "count": len(graph),
            "canonical": canonical(graph),
            "triples": triples(graph),
            "fetchedFromPublicBase": list(redirect.fetched),
        })
    return {"documents": out}


def dump(job, redirect):
    with urllib.request.urlopen(job["url"]) as res:
        headers = {"contentType": res.headers.get("Content-Type"), "contentEncoding": res.headers.get("Content-Encoding")}
        body = res.read()
    data = gzip.decompress(body)
    # Formats that carry named graphs (the JSON-LD dump keeps them as @id/@graph node objects).
    if job["format"] in ("nquads", "trig", "json-ld"):
        dataset = rdflib.ConjunctiveGraph()
        dataset.parse(data=data, format=job["format"])
        graphs = {str(c.identifier): len(c) for c in dataset.contexts()}
        merged = rdflib.Graph()
        for t in dataset.triples((None, None, None)):
            merged.add(t)
    else:
        merged = rdflib.Graph()
        merged.parse(data=data, format=job["format"])
        graphs = None
    return {
        **headers,
        "bytes": len(body),
        "sha256": hashlib.sha256(body).hexdigest(),
        "triples": len(merged),
        "quads": sum(graphs.values()) if graphs is not None else None,
        "graphs": graphs,
        "canonical": canonical(merged),
        "fetchedFromPublicBase": list(redirect.fetched),
    }


def main():
    base, mode = sys.argv[1].rstrip("/"), sys.argv[2]
    job = json.loads(sys.stdin.read() or "{}")
    redirect = PublicBaseToServer(job.get("publicBase", "\0"), base)
    urllib.request.install_opener(urllib.request.build_opener(redirect))
    if mode == "version":
        answer = {"rdflib": rdflib.__version__, "python": sys.version.split()[0]}
    elif mode == "sparql":
        answer = sparql(base, job)
    elif mode == "store":
        answer = store_api(base, job)
    elif mode == "parse":
        answer = parse(base, job, redirect)
    elif mode == "dump":
        answer = dump(job, redirect)
    else:
        raise ValueError(f"unknown mode {mode!r}")
    json.dump(answer, sys.stdout)


if __name__ == "__main__":
    main()
