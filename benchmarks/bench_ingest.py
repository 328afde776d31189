"""Benchmark document ingestion: pages per second and peak memory for a realistic 50-page PDF.

Usage:
    .venv/bin/python benchmarks/bench_ingest.py [--pages 50] [--runs 10] [--workers 1]

Generates (deterministically) a PDF of Dutch and English project-description text with headings,
bullet lists and full pages into a temporary directory, ingests it ``--runs`` times with
``ingest.ingest_file`` and prints throughput, a per-stage breakdown (PDF text extraction,
whole ingest, sentence splitting, chunking) and the peak RSS of the process (resource.getrusage).
With ``--workers N`` the runs are spread over N processes to show multi-core throughput.
Prints figures only; no assertions.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

NL_SENTENCES = [
    "De gemeente gebruikt een algoritme om aanvragen voor een bijstandsuitkering te beoordelen.",
    "Het systeem analyseert gegevens van burgers, bijv. inkomen, woonsituatie en eerdere aanvragen.",
    "Op basis daarvan berekent het model een risicoscore die aan de behandelend medewerker wordt getoond.",
    "De medewerker beslist zelf of een aanvraag nader wordt onderzocht; de score is slechts een hulpmiddel.",
    "Het model is getraind op historische dossiers uit de periode 2018 tot en met 2023.",
    "Er worden geen bijzondere persoonsgegevens verwerkt, zoals gegevens over gezondheid of etniciteit.",
    "De leverancier levert het model als dienst; de gemeente blijft verwerkingsverantwoordelijke.",
    "Burgers worden via de website en in de beschikking geïnformeerd over het gebruik van het algoritme.",
    "Een DPIA is uitgevoerd en wordt jaarlijks geactualiseerd door de functionaris gegevensbescherming.",
    "De nauwkeurigheid van het model wordt elk kwartaal gemeten op een onafhankelijke testset.",
    "Camerabeelden van de publiekshal worden niet gebruikt voor gezichtsherkenning of emotieherkenning.",
    "Bij twijfel over de uitkomst wordt de aanvraag altijd door twee medewerkers beoordeeld.",
    "De coördinatie ligt bij de afdeling Werk en Inkomen, i.s.m. de afdeling Informatievoorziening.",
    "Het algoritme is geregistreerd in het Algoritmeregister van de Nederlandse overheid.",
]
EN_SENTENCES = [
    "The municipality uses an algorithm to assess applications for social assistance benefits.",
    "The system analyses data about citizens, e.g. income, housing situation and previous applications.",
    "Based on these data the model computes a risk score that is shown to the case worker.",
    "The case worker decides whether an application is investigated further; the score is only an aid.",
    "The model was trained on historical case files from 2018 up to and including 2023.",
    "No special categories of personal data are processed, such as data about health or ethnicity.",
    "The vendor provides the model as a service; the municipality remains the controller.",
    "Citizens are informed about the use of the algorithm on the website and in the decision letter.",
    "A data protection impact assessment was carried out and is updated every year.",
    "Camera footage of the public hall is not used for facial recognition or emotion recognition.",
]
HEADINGS_NL = [
    "Doel van het systeem",
    "Werking en gegevens",
    "Menselijke tussenkomst",
    "Risicobeheersing",
    "Transparantie naar burgers",
    "Evaluatie en monitoring",
]
HEADINGS_EN = ["Purpose of the system", "Data and operation", "Human oversight", "Risk management"]


def page_text(rng: random.Random, page_no: int, target_chars: int = 3300) -> str:
    english = page_no % 5 == 4  # every fifth page in English (an appendix-like mix)
    sents = EN_SENTENCES if english else NL_SENTENCES
    heads = HEADINGS_EN if english else HEADINGS_NL
    parts: list[str] = [f"{page_no}. {rng.choice(heads)}"]
    size = len(parts[0])
    while size < target_chars:
        r = rng.random()
        if r < 0.12:
            items = [f"- {rng.choice(sents)[:-1].lower()}" for _ in range(rng.randint(2, 4))]
            block = ("The following applies:\n" if english else "Daarbij geldt het volgende:\n") + "\n".join(items)
        elif r < 0.18:
            block = f"{page_no}.{rng.randint(1, 5)} {rng.choice(heads)}"
        else:
            block = " ".join(rng.choice(sents) for _ in range(rng.randint(3, 6)))
        parts.append(block)
        size += len(block) + 1
    return "\n".join(parts)


def make_pdf(path: Path, pages: int, seed: int = 5) -> None:
    from fpdf import FPDF

    rng = random.Random(seed)
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=False)
    pdf.set_margins(18, 15, 18)
    pdf.set_font("Helvetica", size=9.5)
    for p in range(1, pages + 1):
        pdf.add_page()
        pdf.multi_cell(0, 4.6, page_text(rng, p))
    pdf.output(str(path))


def one_run(path: str) -> tuple[float, float, float, float, int, int]:
    """(t_pypdf_extract, t_ingest, t_sentences, t_chunks, n_sentences, n_chunks) for one file."""
    from pypdf import PdfReader

    from ingest import ingest_file
    from ingest.chunking import chunk_document
    from ingest.sentences import split_sentences

    t0 = time.perf_counter()
    reader = PdfReader(path)
    for page in reader.pages:
        page.extract_text()
    t1 = time.perf_counter()
    doc = ingest_file(path)
    t2 = time.perf_counter()
    sents = split_sentences(doc)
    t3 = time.perf_counter()
    chunks = chunk_document(doc)
    t4 = time.perf_counter()
    return t1 - t0, t2 - t1, t3 - t2, t4 - t3, len(sents), len(chunks)


def ingest_only(path: str) -> float:
    from ingest import ingest_file

    t = time.perf_counter()
    ingest_file(path)
    return time.perf_counter() - t


def peak_rss_mb() -> tuple[float, float]:
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return self_kb / 1024, child_kb / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=50)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--workers", type=int, default=1, help="processes for the throughput run (default 1)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        path = Path(tmp) / "projectbeschrijving.pdf"
        t = time.perf_counter()
        make_pdf(path, args.pages)
        gen_s = time.perf_counter() - t
        size_kb = path.stat().st_size / 1024

        from ingest import ingest_file

        doc = ingest_file(path)  # warm-up (imports) and facts about the document
        print(
            f"document: {args.pages} pages, {size_kb:.0f} KB, {len(doc.text):,} characters, "
            f"lang={doc.lang}, generated in {gen_s:.2f}s"
        )

        rows = [one_run(str(path)) for _ in range(args.runs)]
        med = [statistics.median(col) for col in zip(*rows, strict=True)]
        print(f"\nper-stage medians over {args.runs} runs (single process):")
        print(f"  pypdf text extraction only : {med[0] * 1000:8.1f} ms  ({args.pages / med[0]:6.1f} pages/s)")
        print(f"  ingest_file (full)         : {med[1] * 1000:8.1f} ms  ({args.pages / med[1]:6.1f} pages/s)")
        print(
            f"    of which ingest overhead : {(med[1] - med[0]) * 1000:8.1f} ms  (detection, checks, "
            "clean-up, language)"
        )
        print(f"  split_sentences            : {med[2] * 1000:8.1f} ms  ({int(med[4])} sentences)")
        print(f"  chunk_document             : {med[3] * 1000:8.1f} ms  ({int(med[5])} chunks)")

        n = args.runs
        t = time.perf_counter()
        c = time.process_time()
        if args.workers > 1:
            with ProcessPoolExecutor(max_workers=args.workers) as pool:
                list(pool.map(ingest_only, [str(path)] * n))
        else:
            for _ in range(n):
                ingest_only(str(path))
        wall = time.perf_counter() - t
        cpu = time.process_time() - c
        print(
            f"\nthroughput: {n} x ingest_file with {args.workers} worker(s): {wall:.2f}s wall, "
            f"{n * args.pages / wall:.1f} pages/s (target >= 50 pages/s)"
        )
        if args.workers == 1:
            print(
                f"  CPU time {cpu:.2f}s -> {n * args.pages / cpu:.1f} pages per CPU-second "
                "(independent of other load on the machine)"
            )
        try:
            load = os.getloadavg()[0]
            print(f"  1-min load average during the run: {load:.1f} on {os.cpu_count()} cores")
        except OSError:
            pass
        self_mb, child_mb = peak_rss_mb()
        workers = f", {child_mb:.0f} MB (largest worker)" if child_mb else ""
        print(f"peak RSS: {self_mb:.0f} MB (this process){workers}")


if __name__ == "__main__":
    main()
