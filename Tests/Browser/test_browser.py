"""The browser app in a real browser: headless Chromium (Debian's chromium and chromium-driver) driven by
Selenium, through the four steps as a person takes them, on a server run as an office runs it: on every
address (--host 0.0.0.0) with a password. Run by scripts/browser-test.sh (and so by scripts/test.sh and CI);
a screenshot of each step is kept under docs/browser/ for the README, at desktop and at phone width.

The server is the coopchart binary of the build (COOPCHART_BINARY), started on a free port and stopped with
SIGTERM, which must end it cleanly (exit status 0).
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
WAIT = 90
PASSWORD = "Hội nghị cụm 2017"
PHONE = (390, 844)


@pytest.fixture(scope="module")
def server():
    """`coopchart serve --host 0.0.0.0 --port 0 --password-file …`; yields the loopback address to open;
    SIGTERM at the end must exit 0."""
    with tempfile.TemporaryDirectory(prefix="coopchart-browser-pw-") as folder:
        password_file = Path(folder) / "coopchart.password"
        hashed = subprocess.run([str(BINARY), "serve", "--hash-password"], input=PASSWORD + "\n", capture_output=True, text=True, check=True)
        password_file.write_text(hashed.stdout)
        process = subprocess.Popen([str(BINARY), "serve", "--host", "0.0.0.0", "--port", "0", "--password-file", str(password_file)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        address, opened = None, []
        started = time.monotonic()
        while (address is None or not opened) and time.monotonic() - started < WAIT:
            line = process.stderr.readline()
            if not line:
                break
            match = re.search(r"listening on http://0\.0\.0\.0:(\d+)/", line)
            if match:
                address = "http://127.0.0.1:" + match.group(1)
            if "open http://" in line:
                opened.append(line)
        assert address, "the server did not say where it listens"
        assert opened and "0.0.0.0" not in opened[0], "the start line names addresses a colleague can open, not 0.0.0.0: " + (opened or [""])[0]
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


def shot(browser, name, width=1366):
    """A screenshot of the whole page (as tall as its content), for the README."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    height = browser.execute_script("return Math.max(document.body.scrollHeight, 768)")
    browser.set_window_size(width, min(height + 40, 3000))
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
    # A refused upload or scheme (422), a chart that cannot be drawn (400), a wrong password (401) is an
    # answer the page shows, not a failure; Chromium logs it anyway.
    problems = [entry for entry in browser.get_log("browser")
                if entry["level"] == "SEVERE" and "status of 422" not in entry["message"] and "status of 400" not in entry["message"]
                and not ("/login" in entry["message"] and "status of 401" in entry["message"])]
    assert problems == []


def preview_drawn(browser):
    preview = browser.find_element(By.ID, "preview")
    return preview.is_displayed() and browser.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", preview)


class State:
    dataset = None


def test_log_in_though_the_browser_asks_for_its_icon(server, browser):
    browser.get(server + "/")
    wait(browser, ready.url_contains("/login"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Đăng nhập"
    # What a browser does on its own, before the person types: ask for the icon, load the page again.
    status = browser.execute_script("return fetch('/favicon.ico').then(function (r) { return r.status; })")
    assert status == 200
    browser.execute_script("return fetch('/datasets/x/chart', {redirect: 'manual'}).then(function (r) { return r.type; })")
    browser.find_element(By.ID, "password").send_keys("sai mật khẩu")
    browser.find_element(By.CSS_SELECTOR, "#login-form button[type=submit]").click()
    wrong = wait(browser, ready.visibility_of_element_located((By.ID, "login-status")))
    assert "không đúng" in wrong.text
    time.sleep(1.2)  # the pause after a wrong password (this browser's address only)
    field = browser.find_element(By.ID, "password")
    field.clear()
    field.send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "#login-form button[type=submit]").click()
    wait(browser, lambda b: b.find_element(By.TAG_NAME, "h1").text == "Dữ liệu")
    assert browser.find_element(By.ID, "logout").is_displayed()


def test_upload_the_samples_and_see_the_figures_as_read(server, browser):
    browser.get(server + "/")
    files = ["dbsh-2017.csv", "dbsh-2017-illustrative.csv", "dbsh-2015-2019-illustrative.csv", "dbsh-2017-cluster-totals.csv"]
    browser.find_element(By.ID, "files").send_keys("\n".join(str(SAMPLES / name) for name in files))
    assert len(browser.find_elements(By.CSS_SELECTOR, "#chosen input[data-file-index]")) == 4, "each file gets its own period field"
    browser.find_element(By.ID, "upload-button").click()
    wait(browser, ready.url_contains("/data"))
    State.dataset = re.search(r"/datasets/([0-9a-f]{32})/data", browser.current_url).group(1)
    names = [cell.text for cell in browser.find_elements(By.CSS_SELECTOR, "table.files tbody th")]
    assert names == files
    # The figures as read, each with the file and line it came from; the latest year first, others a click away.
    browser.find_element(By.LINK_TEXT, "2017").click()
    wait(browser, ready.url_contains("year=2017"))
    grid = browser.find_element(By.ID, "figures")
    assert "Ninh Bình" in grid.text
    assert re.search(r"dbsh-2017(-illustrative)?\.csv:\d+", grid.text), "a figure names its file and line"
    assert browser.find_elements(By.CSS_SELECTOR, "#figures td.missing"), "a missing figure is marked, not a zero"
    findings = browser.find_elements(By.CSS_SELECTOR, "#findings tbody tr")
    assert findings and all(row.get_attribute("class") == "warning" for row in findings)
    shot(browser, "1-du-lieu.png")
    no_errors(browser)


def test_yearly_reports_without_a_year_column_each_keep_their_year(server, browser, tmp_path):
    for year, hanam in ((2022, 12), (2023, 21)):
        (tmp_path / f"bao-cao-{year}.csv").write_text(
            # A title that names no year (one that does is the file's period): only the page can give it.
            f"BÁO CÁO SỐ LIỆU HỢP TÁC XÃ\n\"Tỉnh, thành phố\",Số HTX,HTX thành lập mới\nHà Nam,{300 + hanam},{hanam}\nNam Định,420,15\n",
            encoding="utf-8")
    browser.get(server + "/")
    browser.find_element(By.ID, "files").send_keys("\n".join(str(tmp_path / f"bao-cao-{y}.csv") for y in (2022, 2023)))
    periods = browser.find_elements(By.CSS_SELECTOR, "#chosen input[data-file-index]")
    periods[0].send_keys("2022")
    browser.find_element(By.ID, "upload-button").click()
    # The 2023 report names no year and got none: refused, in Vietnamese, naming the page's field.
    refused = wait(browser, ready.visibility_of_element_located((By.CSS_SELECTOR, "#refused-files table")))
    assert "bao-cao-2023.csv" in refused.text and "“Kỳ”" in refused.text and "--year" not in refused.text
    periods = browser.find_elements(By.CSS_SELECTOR, "#chosen input[data-file-index]")
    periods[1].send_keys("2023")
    browser.find_element(By.ID, "upload-button").click()
    wait(browser, ready.url_contains("/data"))
    browser.get(browser.current_url.split("?")[0] + "?year=2022")
    assert "12" in browser.find_element(By.ID, "figures").text and "bao-cao-2022.csv:3" in browser.find_element(By.ID, "figures").text
    browser.get(browser.current_url.split("?")[0] + "?year=2023")
    assert "21" in browser.find_element(By.ID, "figures").text and "bao-cao-2023.csv:3" in browser.find_element(By.ID, "figures").text
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
    wait(browser, preview_drawn)
    preview = browser.find_element(By.ID, "preview")
    first = preview.get_attribute("src")
    Select(browser.find_element(By.ID, "kind")).select_by_value("line")
    Select(browser.find_element(By.ID, "indicator")).select_by_value("htx")
    wait(browser, lambda b: "line.svg" in (preview.get_attribute("data-chart") or "") and "indicator=htx" in preview.get_attribute("data-chart"))
    wait(browser, lambda b: preview.get_attribute("src") != first and preview_drawn(b))
    assert "kind=line" in browser.current_url, "the step stays linkable as the options change"
    # The grouped chart opens valid: one indicator over the years.
    Select(browser.find_element(By.ID, "kind")).select_by_value("grouped")
    wait(browser, lambda b: "grouped.svg" in (preview.get_attribute("data-chart") or "") and preview_drawn(b))
    assert not browser.find_element(By.ID, "preview-error").is_displayed()
    # A chart that cannot be drawn: the error in Vietnamese naming the field, the field marked, no downloads.
    Select(browser.find_element(By.ID, "kind")).select_by_value("bar")
    Select(browser.find_element(By.ID, "indicator")).select_by_value("credit_funds")
    Select(browser.find_element(By.ID, "year")).select_by_value("2018")
    error = wait(browser, ready.visibility_of_element_located((By.ID, "preview-error")))
    assert "không có số liệu credit_funds trong kỳ 2018" in error.text
    assert browser.find_elements(By.CSS_SELECTOR, "[data-parameter=year].at-fault"), "the field named is marked"
    assert all(link.get_attribute("aria-disabled") == "true" for link in browser.find_elements(By.CSS_SELECTOR, ".downloads a[data-format]"))
    assert browser.find_element(By.ID, "downloads-off").is_displayed()
    # Back to a chart that draws: the downloads come back, and the notes of the cluster show.
    Select(browser.find_element(By.ID, "indicator")).select_by_value("new_htx")
    Select(browser.find_element(By.ID, "year")).select_by_value("2017")
    Select(browser.find_element(By.ID, "cluster")).select_by_value("dbsh-2017")
    wait(browser, lambda b: "bar.svg" in (preview.get_attribute("data-chart") or "") and "cluster=dbsh-2017" in preview.get_attribute("data-chart"))
    wait(browser, preview_drawn)
    assert not browser.find_element(By.ID, "preview-error").is_displayed()
    assert all(link.get_attribute("aria-disabled") is None for link in browser.find_elements(By.CSS_SELECTOR, ".downloads a[data-format]"))
    shot(browser, "2-bieu-do.png")
    no_errors(browser)


def test_draw_the_province_map(server, browser):
    browser.get(f"{server}/datasets/{State.dataset}/chart")
    wait(browser, preview_drawn)
    preview = browser.find_element(By.ID, "preview")
    Select(browser.find_element(By.ID, "kind")).select_by_value("map")
    Select(browser.find_element(By.ID, "indicator")).select_by_value("new_htx")
    Select(browser.find_element(By.ID, "year")).select_by_value("2017")
    wait(browser, lambda b: "map.svg" in (preview.get_attribute("data-chart") or "") and preview_drawn(b))
    # The map's own fields show for the map only, and each reaches the API.
    assert browser.find_element(By.ID, "classes").is_displayed() and browser.find_element(By.ID, "zoom").is_displayed()
    Select(browser.find_element(By.ID, "classes")).select_by_value("3")
    wait(browser, lambda b: "classes=3" in (preview.get_attribute("data-chart") or "") and preview_drawn(b))
    Select(browser.find_element(By.ID, "cluster")).select_by_value("dbsh-2017")
    Select(browser.find_element(By.ID, "zoom")).select_by_value("cluster")
    wait(browser, lambda b: "zoom=cluster" in (preview.get_attribute("data-chart") or "") and preview_drawn(b))
    assert not browser.find_element(By.ID, "preview-error").is_displayed()
    # Breaks that are not ascending: the error names the page's field, in Vietnamese.
    breaks = browser.find_element(By.ID, "breaks")
    breaks.send_keys("50,20")
    breaks.send_keys("\t")
    error = wait(browser, ready.visibility_of_element_located((By.ID, "preview-error")))
    assert "50,20" in error.text and "--breaks" not in error.text
    breaks.clear()
    breaks.send_keys("\t")
    Select(browser.find_element(By.ID, "kind")).select_by_value("bar")
    assert not browser.find_element(By.ID, "classes").is_displayed()
    no_errors(browser)


def test_switching_the_language_keeps_the_chart(server, browser):
    browser.get(f"{server}/datasets/{State.dataset}/chart")
    wait(browser, preview_drawn)
    Select(browser.find_element(By.ID, "kind")).select_by_value("line")
    wait(browser, lambda b: "kind=line" in b.current_url)
    browser.find_element(By.CSS_SELECTOR, "a.lang-switch").click()
    wait(browser, ready.url_contains("lang=en"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Chart"
    assert Select(browser.find_element(By.ID, "kind")).first_selected_option.get_attribute("value") == "line"
    browser.find_element(By.CSS_SELECTOR, "a.lang-switch").click()
    wait(browser, ready.url_contains("lang=vi"))


def test_download_the_png_and_decode_it(server, browser, downloads):
    browser.get(f"{server}/datasets/{State.dataset}/chart?kind=bar&indicator=new_htx&year=2017&cluster=dbsh-2017")
    wait(browser, preview_drawn)
    browser.find_element(By.CSS_SELECTOR, ".downloads a[data-format=png]").click()
    path = downloaded(downloads, ".png")
    with Image.open(path) as image:
        image.load()
        assert image.format == "PNG"
        assert image.size == (1920, 1080)
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colours and len(colours) > 10, "a drawn chart, not a blank page"


def test_rank_from_the_example_scheme_and_read_the_scorecard(server, browser):
    browser.get(f"{server}/datasets/{State.dataset}/rank")
    scheme = browser.find_element(By.ID, "scheme")
    assert "criteria:" in scheme.get_attribute("value"), "the ranking step starts from the example scheme"
    example = scheme.get_attribute("value")
    scheme.clear()
    scheme.send_keys("criteria:\n  - id: new\n    indicator: atlantis\n")
    browser.find_element(By.ID, "score").click()
    errors = wait(browser, ready.visibility_of_element_located((By.ID, "scheme-errors")))
    assert "Dòng" in errors.text, "a scheme error is shown at its line"
    browser.find_element(By.ID, "use-example").click()
    assert scheme.get_attribute("value") == example
    browser.find_element(By.ID, "score").click()
    wait(browser, ready.visibility_of_element_located((By.ID, "scorecard")))
    rows = browser.find_elements(By.CSS_SELECTOR, "#scorecard tbody tr")
    assert len(rows) == 9
    assert rows[0].find_elements(By.CSS_SELECTOR, "td, th")[0].text == "1"
    provinces = {row.find_element(By.TAG_NAME, "th").text for row in rows}
    assert {"Ninh Bình", "Quảng Ninh", "Hà Nam"} <= provinces
    wait(browser, lambda b: len(b.find_elements(By.CSS_SELECTOR, "#explanation li")) > 0)
    # The explanation is drawn in a face with every Vietnamese letter.
    family = browser.execute_script("return getComputedStyle(document.getElementById('explanation')).fontFamily")
    assert "Mono" not in family or "DejaVu Sans Mono" in family
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


def test_make_the_conference_slides(server, browser, downloads):
    browser.get(f"{server}/datasets/{State.dataset}/report")
    Select(browser.find_element(By.ID, "report-year")).select_by_value("2017")
    browser.find_element(By.ID, "make-slides").click()
    deck = downloaded(downloads, ".pptx")
    from pptx import Presentation
    slides = Presentation(str(deck)).slides
    text = " ".join(shape.text_frame.text for slide in slides for shape in slide.shapes if shape.has_text_frame)
    charts = [shape.chart for slide in slides for shape in slide.shapes if shape.has_chart]
    assert len(slides) > 3 and charts, "a deck with native charts"
    assert any("Ninh Bình" in category for chart in charts for category in chart.plots[0].categories)
    assert "2017" in text
    no_errors(browser)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_step_fits_a_phone(server, browser, lang):
    """At 390 px wide nothing makes the page scroll sideways: the chart, the downloads and the tables fit or
    scroll inside their own box."""
    browser.set_window_size(*PHONE)
    try:
        steps = [("data", "figures"), ("chart", "preview"), ("rank", "scheme"), ("report", "report-scheme")]
        for step, element in steps:
            browser.get(f"{server}/datasets/{State.dataset}/{step}?lang={lang}&kind=bar&indicator=new_htx&year=2017")
            wait(browser, ready.presence_of_element_located((By.ID, element)))
            if step == "chart":
                wait(browser, preview_drawn)
            widths = browser.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
            assert widths[0] <= widths[1], f"{step} ({lang}) is {widths[0]} px wide in a {widths[1]} px window"
            for node in browser.find_elements(By.CSS_SELECTOR, "#preview, .downloads, .controls, main h1"):
                box = browser.execute_script("var r = arguments[0].getBoundingClientRect(); return [r.left, r.right]", node)
                assert box[0] >= -1 and box[1] <= widths[1] + 1, f"{step} ({lang}): an element leaves the screen: {box}"
            if lang == "vi":
                shot(browser, f"phone-{step}.png", width=PHONE[0])
                browser.set_window_size(*PHONE)
    finally:
        browser.set_window_size(1366, 768)


def test_log_out(server, browser):
    browser.get(f"{server}/datasets/{State.dataset}/data")
    browser.find_element(By.ID, "logout").click()
    wait(browser, ready.url_contains("/login"))
    browser.get(f"{server}/datasets/{State.dataset}/chart")
    wait(browser, ready.url_contains("/login"))
