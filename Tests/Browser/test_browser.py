"""The browser app in a real browser: headless Chromium (Debian's chromium and chromium-driver) driven by
Selenium, through the four steps as a person takes them. Run by scripts/browser-test.sh (and so by
scripts/test.sh and CI); a screenshot of each step is kept under docs/browser/ for the README.

The server is the coopchart binary of the build (COOPCHART_BINARY), started on a free loopback port and
stopped with SIGTERM, which must end it cleanly (exit status 0).
"""
import os
import re
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from PIL import Image
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
BINARY = Path(os.environ.get("COOPCHART_BINARY", ROOT / ".build" / "debug" / "coopchart"))
SHOTS = Path(os.environ.get("COOPCHART_SCREENSHOTS", ROOT / "docs" / "browser"))
WAIT = 60


@pytest.fixture(scope="module")
def server():
    """`coopchart serve --port 0` on loopback; yields its address; SIGTERM at the end must exit 0."""
    process = subprocess.Popen([str(BINARY), "serve", "--port", "0"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    address = None
    started = time.monotonic()
    while address is None and time.monotonic() - started < WAIT:
        line = process.stderr.readline()
        if not line:
            break
        match = re.search(r"listening on (http://127\.0\.0\.1:\d+)/", line)
        if match:
            address = match.group(1)
    assert address, "the server did not say where it listens"
    yield address
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=WAIT) == 0, "the server did not exit cleanly on SIGTERM"


@pytest.fixture(scope="module")
def downloads():
    with tempfile.TemporaryDirectory(prefix="coopchart-browser-") as folder:
        yield Path(folder)


@pytest.fixture(scope="module")
def browser(downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=vi"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads), "download.prompt_for_download": False, "safebrowsing.enabled": False,
    })
    driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
    driver.set_window_size(1366, 768)
    yield driver
    driver.quit()


def wait(browser, condition):
    return WebDriverWait(browser, WAIT).until(condition)


def shot(browser, name):
    """A screenshot of the whole page (as tall as its content), for the README."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    height = browser.execute_script("return Math.max(document.body.scrollHeight, 768)")
    browser.set_window_size(1366, min(height + 40, 2400))
    browser.execute_script("window.scrollTo(0, 0)")
    browser.save_screenshot(str(SHOTS / name))
    browser.set_window_size(1366, 768)


def downloaded(folder, suffix):
    """The file with `suffix` that the browser finished saving into `folder`."""
    def found(_):
        files = [f for f in folder.iterdir() if f.name.endswith(suffix)]
        return files[0] if files else False
    return WebDriverWait(None, WAIT).until(found)


def no_errors(browser):
    """Nothing the page did was refused by the Content-Security-Policy or failed in the script."""
    # A refused upload or scheme (422) is an answer the page shows, not a failure; Chromium logs it anyway.
    problems = [entry for entry in browser.get_log("browser")
                if entry["level"] == "SEVERE" and "favicon" not in entry["message"] and "status of 422" not in entry["message"]]
    assert problems == []


class State:
    dataset = None


def test_upload_the_samples_and_see_the_findings(server, browser):
    browser.get(server + "/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Dữ liệu"
    files = ["dbsh-2017.csv", "dbsh-2017-illustrative.csv", "dbsh-2015-2019-illustrative.csv", "dbsh-2017-cluster-totals.csv"]
    browser.find_element(By.ID, "files").send_keys("\n".join(str(SAMPLES / name) for name in files))
    assert len(browser.find_elements(By.CSS_SELECTOR, "#chosen li")) == 4
    browser.find_element(By.ID, "upload-button").click()
    wait(browser, ready.url_contains("/data"))
    State.dataset = re.search(r"/datasets/([0-9a-f]{32})/data", browser.current_url).group(1)
    names = [cell.text for cell in browser.find_elements(By.CSS_SELECTOR, "table.files tbody th")]
    assert names == files
    findings = browser.find_elements(By.CSS_SELECTOR, "#findings tbody tr")
    assert findings, "the samples give warnings (a half-year beside its full year), each shown with its location"
    assert all(row.get_attribute("class") == "warning" for row in findings)
    assert re.search(r"dbsh-2017\.csv:\d+", browser.find_element(By.ID, "findings").text), "a finding names its file and line"
    shot(browser, "1-du-lieu.png")
    no_errors(browser)


def test_a_file_that_cannot_be_read_shows_its_errors_and_keeps_nothing(server, browser, tmp_path):
    bad = tmp_path / "bao-cao-loi.csv"
    bad.write_text("province,year,indicator,value\nNinh Bình,2017,new_htx,12a\n", encoding="utf-8")
    browser.get(server + "/")
    browser.find_element(By.ID, "files").send_keys(str(bad))
    browser.find_element(By.ID, "upload-button").click()
    table = wait(browser, ready.visibility_of_element_located((By.CSS_SELECTOR, "#refused-files table")))
    assert "bao-cao-loi.csv:2" in table.text and "12a" in table.text
    assert "/data" not in browser.current_url


def test_draw_a_chart_and_watch_the_preview(server, browser):
    browser.get(f"{server}/datasets/{State.dataset}/chart")
    preview = wait(browser, ready.visibility_of_element_located((By.ID, "preview")))
    wait(browser, lambda b: b.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", preview))
    first = preview.get_attribute("src")
    Select(browser.find_element(By.ID, "kind")).select_by_value("line")
    Select(browser.find_element(By.ID, "indicator")).select_by_value("htx")
    wait(browser, lambda b: "line.svg" in (preview.get_attribute("data-chart") or "") and "indicator=htx" in preview.get_attribute("data-chart"))
    wait(browser, lambda b: preview.get_attribute("src") != first and b.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", preview))
    assert "kind=line" in browser.current_url, "the step stays linkable as the options change"
    Select(browser.find_element(By.ID, "kind")).select_by_value("bar")
    Select(browser.find_element(By.ID, "indicator")).select_by_value("new_htx")
    Select(browser.find_element(By.ID, "year")).select_by_value("2017")
    Select(browser.find_element(By.ID, "cluster")).select_by_value("dbsh-2017")
    wait(browser, lambda b: "bar.svg" in (preview.get_attribute("data-chart") or "") and "cluster=dbsh-2017" in preview.get_attribute("data-chart"))
    wait(browser, lambda b: b.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", preview))
    assert not browser.find_element(By.ID, "preview-error").is_displayed()
    shot(browser, "2-bieu-do.png")
    no_errors(browser)


def test_download_the_png_and_decode_it(browser, downloads):
    browser.find_element(By.CSS_SELECTOR, ".downloads a[data-format=png]").click()
    path = downloaded(downloads, ".png")
    with Image.open(path) as image:
        image.load()
        assert image.format == "PNG"
        assert image.size == (1920, 1080)
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colours and len(colours) > 10, "a drawn chart, not a blank page"


def test_rank_with_the_sample_scheme_and_read_the_scorecard(server, browser):
    browser.get(f"{server}/datasets/{State.dataset}/rank")
    scheme = browser.find_element(By.ID, "scheme")
    scheme.send_keys("criteria:\n  - id: new\n    indicator: atlantis\n")
    browser.find_element(By.ID, "score").click()
    errors = wait(browser, ready.visibility_of_element_located((By.ID, "scheme-errors")))
    assert "Dòng" in errors.text, "a scheme error is shown at its line"
    scheme.clear()
    browser.find_element(By.ID, "scheme-file").send_keys(str(SAMPLES / "scheme-dbsh-2017.yaml"))
    wait(browser, lambda b: "criteria:" in scheme.get_attribute("value"))
    browser.find_element(By.ID, "score").click()
    wait(browser, ready.visibility_of_element_located((By.ID, "scorecard")))
    rows = browser.find_elements(By.CSS_SELECTOR, "#scorecard tbody tr")
    assert len(rows) == 9
    first = rows[0].find_elements(By.CSS_SELECTOR, "td, th")
    assert first[0].text == "1"
    provinces = {row.find_element(By.TAG_NAME, "th").text for row in rows}
    assert {"Ninh Bình", "Quảng Ninh", "Hà Nam"} <= provinces
    wait(browser, lambda b: len(b.find_elements(By.CSS_SELECTOR, "#explanation li")) > 0)
    shot(browser, "3-xep-hang.png")
    no_errors(browser)


def test_make_the_report_and_read_it(server, browser, downloads):
    browser.get(f"{server}/datasets/{State.dataset}/report")
    assert "criteria:" in browser.find_element(By.ID, "report-scheme").get_attribute("value"), "the scheme carries over from the ranking"
    Select(browser.find_element(By.ID, "report-year")).select_by_value("2017")
    browser.find_element(By.ID, "make-report").click()
    wait(browser, ready.visibility_of_element_located((By.ID, "report-link")))
    shot(browser, "4-bao-cao.png")
    pdf = downloaded(downloads, ".pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert "Ninh Bình" in text
    assert "2017" in text
    no_errors(browser)


def test_switch_to_english(server, browser):
    browser.get(f"{server}/datasets/{State.dataset}/data")
    browser.find_element(By.CSS_SELECTOR, "a.lang-switch").click()
    wait(browser, ready.url_contains("lang=en"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Data"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
