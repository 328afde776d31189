"""End to end in a real headless browser: Debian's chromium driven by Playwright.

Starts ``streamlit run ui/app.py`` as a subprocess on a free port (data dir and audit DB in a
temporary folder; the legal index is the shared one that ``screener index`` builds, built first
if missing), uploads a PDF describing social scoring, waits for the verdicts, checks the
prohibited card and a quote from the PDF, records a reviewer override and finds it in the audit
log. Screenshots go to ``test-artifacts/``. Also prints (does not assert) the time from upload to
verdicts for the 10-page benchmark PDF.

Needs ``/usr/bin/chromium`` (``make chromium`` installs it with apt-get) and the ``playwright``
package; Playwright's own browser download is never used.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("SCREENER_E2E_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = ROOT / "test-artifacts"
EXAMPLE_PDF = ROOT / "screener" / "examples" / "en-citizen-reliability-score.pdf"
TEN_PAGE = ROOT / "benchmarks" / "data" / "ten-page.pdf"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AS_OF = "2025-09-01"
REVIEWER = "E2E Reviewer"
REASON = "Pilot limited to anonymised test data; legal team to reassess before roll-out."
#: first screening includes loading the embedding model and the index into the app
VERDICT_TIMEOUT_MS = 15 * 60 * 1000

pytestmark = [pytest.mark.slow, pytest.mark.timeout(3600)]


def _ensure_chromium() -> None:
    """Skip (with the reason) only when chromium is missing and cannot be installed here."""
    if CHROMIUM.exists():
        return
    why = f"{CHROMIUM} is missing"
    if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        try:
            subprocess.run(["apt-get", "update"], check=True, capture_output=True, timeout=600, env=env)
            subprocess.run(["apt-get", "install", "-y", "chromium", "chromium-driver"], check=True,
                           capture_output=True, timeout=1200, env=env)
        except (subprocess.SubprocessError, OSError) as exc:
            why += f" and `apt-get install chromium` failed ({type(exc).__name__})"
    else:
        why += " and cannot be installed here (no apt-get or not root); run `make chromium`"
    if not CHROMIUM.exists():
        pytest.skip(why)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"streamlit exited with {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"streamlit did not answer on {url} within {timeout:.0f} s")


def _shared_chroma_path() -> Path:
    """The index `screener index` builds for this user (the app would build the same)."""
    from screener.config import load_settings

    return load_settings().chroma_dir


def _ten_page_pdf(tmp_path: Path) -> Path:
    if TEN_PAGE.exists():
        return TEN_PAGE
    out = tmp_path / "ten-page.pdf"
    subprocess.run(
        [sys.executable, "scripts/make_examples.py", "--only-ten-page", "--ten-page-out", str(out)],
        cwd=ROOT, check=True, timeout=600,
    )
    return out


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def app_server(tmp_path_factory):
    _ensure_chromium()
    pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed (test dependency)")
    tmp = tmp_path_factory.mktemp("e2e")
    ARTIFACTS.mkdir(exist_ok=True)
    chroma = Path(os.environ.get("SCREENER_CHROMA_PATH") or _shared_chroma_path())
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCREENER_LLM_")}
    env.update(
        SCREENER_DATA_DIR=str(tmp / "data"),
        SCREENER_AUDIT_DB=str(tmp / "audit.sqlite"),
        SCREENER_CHROMA_PATH=str(chroma),
        SCREENER_CONFIG=str(tmp / "no-config.toml"),
        SCREENER_EXTRACTOR="offline",
        SCREENER_UI_LANG="en",
        PYTHONUNBUFFERED="1",
    )
    # Build the shared legal index first if it is missing or stale, so that the timings below
    # measure screening, not indexing (a no-op when it is up to date).
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "screener.cli", "index"], cwd=ROOT, env=env, check=True,
                   timeout=3000, stdout=subprocess.DEVNULL)
    print(f"\n[e2e] legal index ready in {time.perf_counter() - started:.1f} s ({chroma})")

    port = _free_port()
    log = ARTIFACTS / "e2e-streamlit.log"
    with log.open("w") as fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "ui/app.py", "--server.port", str(port),
             "--server.headless", "true", "--server.address", "127.0.0.1"],
            cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc, log)
        yield {"url": url, "db": tmp / "audit.sqlite", "tmp": tmp}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def browser(app_server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


def _goto_page(page, label: str) -> None:
    page.get_by_test_id("stSidebar").get_by_text(label, exact=True).click()
    page.get_by_role("heading", name=label).first.wait_for(timeout=60_000)


def _set_as_of(page) -> None:
    """Type the as-of date into the date field's year, month and day segments."""
    field = page.locator(".st-key-as_of [data-testid=stDateInputField]")
    field.wait_for()
    for segment, value in zip(("year", "month", "day"), AS_OF.split("-")):
        field.locator(f"[data-type={segment}]").click()
        page.keyboard.type(value)
    page.keyboard.press("Tab")  # commit
    page.keyboard.press("Escape")  # close the calendar pop-over if it opened
    page.get_by_role("heading", name="Screen").first.click()
    page.locator("#stFloatingOverlayPortal table").wait_for(state="hidden")
    assert field.inner_text().replace("\n", "") == AS_OF


def _wait_idle(page, timeout_ms: int = 60_000) -> None:
    """Wait until the app is not running its script (the status widget disappears)."""
    page.wait_for_timeout(300)
    page.locator("[data-testid=stStatusWidget]").wait_for(state="hidden", timeout=timeout_ms)


def _upload_and_screen(page, pdf: Path) -> float:
    """Upload ``pdf`` on the Screen page, press Screen, wait for its result banner; seconds."""
    _goto_page(page, "Screen")
    _set_as_of(page)
    started = time.perf_counter()
    page.locator(".st-key-uploads input[type=file]").set_input_files(str(pdf))
    page.locator(f'.st-key-uploads [data-testid=stFileChipName][title="{pdf.name}"]').wait_for()  # listed
    _wait_idle(page)
    page.locator(".st-key-run_screen button").click()
    page.locator(".a5-overall", has_text=pdf.name).wait_for(timeout=VERDICT_TIMEOUT_MS)
    return time.perf_counter() - started


def test_upload_verdict_quote_override_audit(app_server, browser) -> None:
    from ingest import ingest_file

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(60_000)
    page.goto(app_server["url"])
    page.get_by_role("heading", name="Screen").first.wait_for()
    page.get_by_text("documents stay on this machine").first.wait_for()

    seconds = _upload_and_screen(page, EXAMPLE_PDF)
    print(f"[e2e] {EXAMPLE_PDF.name}: upload → verdicts {seconds:.1f} s (first screening, models loading)")

    # overall banner and the prohibited card of Art. 5(1)(c)
    banner = page.locator(".a5-overall")
    assert "Prohibited" in banner.inner_text()
    card = page.locator(".st-key-card-art5-1-c")
    card.wait_for()
    assert card.locator(".a5-badge.a5-prohibited").first.is_visible()
    assert "Prohibited" in card.locator(".a5-badge").first.inner_text()
    assert "As of " + AS_OF in page.locator("body").inner_text()

    # a quote from the PDF, highlighted in its context, with its page
    mark = card.locator(".a5-quote mark").first
    mark.wait_for()
    assert mark.is_visible()
    quote = _norm(mark.inner_text())
    assert len(quote) > 20
    assert quote in _norm(ingest_file(EXAMPLE_PDF).text)
    assert re.search(r"p\. [12]", card.locator(".a5-quote").first.inner_text())
    page.screenshot(path=str(ARTIFACTS / "e2e-result.png"), full_page=True)

    # reviewer override with a reason and a name
    _goto_page(page, "Decision")
    name = page.locator(".st-key-reviewer input")
    name.fill(REVIEWER)
    name.press("Enter")
    box = page.locator(".st-key-decide-art5-1-c")
    box.get_by_text("Override", exact=True).click()
    reason = box.locator("textarea")
    reason.wait_for()
    reason.fill(REASON)
    reason.press("Tab")  # a text area commits its value on blur
    page.wait_for_timeout(500)
    box.get_by_role("button", name="Sign and record").click()
    page.get_by_text(f"Decision recorded, signed by {REVIEWER}.").wait_for()
    page.screenshot(path=str(ARTIFACTS / "e2e-decision.png"), full_page=True)

    with sqlite3.connect(app_server["db"]) as db:
        rows = db.execute(
            "SELECT reviewer, document_name, practice_id, screener_verdict, decision, final_verdict, reason "
            "FROM decisions"
        ).fetchall()
        screenings = db.execute("SELECT document_name, overall FROM screenings").fetchall()
    assert rows == [(REVIEWER, EXAMPLE_PDF.name, "art5.1.c", "prohibited", "override", "needs_review", REASON)]
    assert screenings == [(EXAMPLE_PDF.name, "prohibited")]

    # exports: the report as PDF and the audit log as CSV, downloaded by the browser
    _goto_page(page, "Export")
    with page.expect_download() as dl:
        page.locator(".st-key-dl_pdf button").click()
    pdf_path = ARTIFACTS / "e2e-report.pdf"
    dl.value.save_as(pdf_path)
    assert pdf_path.read_bytes()[:5] == b"%PDF-"
    with page.expect_download() as dl:
        page.locator(".st-key-dl_audit_csv button").click()
    csv_path = app_server["tmp"] / "audit.csv"
    dl.value.save_as(csv_path)
    assert REVIEWER in csv_path.read_text(encoding="utf-8") and REASON in csv_path.read_text(encoding="utf-8")

    # the 10-page benchmark PDF: print the time from upload to verdicts (not asserted)
    ten = _ten_page_pdf(app_server["tmp"])
    seconds = _upload_and_screen(page, ten)
    print(f"[e2e] {ten.name} (10 pages): upload → verdicts {seconds:.1f} s")
    page.screenshot(path=str(ARTIFACTS / "e2e-ten-page.png"), full_page=True)
    page.close()
