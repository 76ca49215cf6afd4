"""A clerk and the coordinator in a real browser (headless Chromium through Selenium).

Run by browser.sh, which starts `plandb serve` and sets PLANDB_URL. Each check prints one line;
the last line is 'N passed, N failed' and the exit status is non-zero on any failure.
"""
import http.server
import os
import re
import sys
import tempfile
import threading
from urllib.parse import urlsplit

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait
from selenium.webdriver.common.keys import Keys

import a11y

URL = os.environ["PLANDB_URL"]
DOCS = os.path.join(os.path.dirname(__file__), "..", "..", "docs")
passed, failed = 0, 0


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


def browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1600", "--lang=ja"]:
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def text(driver, css):
    found = driver.find_elements(By.CSS_SELECTOR, css)
    return found[0].text if found else ""


def sign_in(driver, user, password):
    driver.delete_all_cookies()
    driver.get(URL + "/signin")
    driver.find_element(By.ID, "user").send_keys(user)
    driver.find_element(By.ID, "password").send_keys(password)
    send(driver, driver.find_element(By.ID, "signin"))


def row(driver, code):
    return driver.find_element(By.ID, "item-" + code)


def send(driver, element):
    """Clicks a form's button (or the button itself) and waits for the answer's page."""
    button = element if element.tag_name == "button" else element.find_element(By.CSS_SELECTOR, "button")
    button.click()
    WebDriverWait(driver, 20).until(lambda _: gone(button))


def gone(element):
    """True once the page holding `element` has been replaced. While Chromium swaps the document,
    chromedriver may answer "Node with given id does not belong to the document" instead of
    a stale-element error: that, too, means the old page is gone."""
    try:
        element.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise


def attacker_site():
    """Another site on loopback (localhost instead of 127.0.0.1, another port): its page posts
    the sign-in form of plandb with the attacker's account, and the API's sign-in as text/plain,
    the two ways a page may send to any address without asking."""
    page = f"""<!DOCTYPE html><html><body>
<form id="f" method="post" action="{URL}/signin">
<input name="user" value="tanaka"><input name="password" value="soumu-pass-2024"></form>
<script>
fetch("{URL}/api/v1/session", {{method: "POST", mode: "no-cors", credentials: "include",
  headers: {{"Content-Type": "text/plain"}}, body: JSON.stringify({{user: "tanaka", password: "soumu-pass-2024"}})}})
  .finally(() => document.getElementById("f").submit());
</script></body></html>""".encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://localhost:{server.server_address[1]}/"


def screenshot(driver, name):
    if os.environ.get("SCREENSHOTS") == "1":
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(os.path.join(DOCS, name))


def accessible(driver, page):
    """axe-core's wcag2a and wcag2aa rules on the page shown: no violation."""
    found = a11y.violations(driver)
    check(f"axe-core (wcag2a, wcag2aa) finds nothing on {page}", not found, "\n     " + "\n     ".join(found))


def wait_for_page(driver, old):
    """After a key that sends a form: waits until the page holding `old` is replaced."""
    WebDriverWait(driver, 20).until(lambda _: gone(old))


def keyboard_only(driver):
    """A clerk with the keyboard alone: the skip link, an actual, an initiative's evaluation, save,
    submit. Tab, Enter and typing only; the page counts any mouse press."""
    sign_in(driver, "sato", "kikaku-pass-2024")
    driver.get(URL + "/years/2024")
    a11y.count_mouse_events(driver)
    a11y.press(driver, Keys.TAB)
    skip = driver.switch_to.active_element
    check("the first Tab reaches the skip link, shown while it has the focus",
          skip.get_attribute("class") == "skip" and skip.rect["x"] >= 0 and a11y.focus_visible(driver), str(skip.rect))
    a11y.press(driver, Keys.ENTER)
    a11y.press(driver, Keys.TAB)
    inside = driver.execute_script("return document.querySelector('main').contains(document.activeElement)")
    check("the skip link passes the header", driver.current_url.endswith("#main") and inside, driver.current_url)

    reached = a11y.tab_to(driver, "item-6-5-I4-value")
    check("Tab reaches an indicator's value, its focus visible", reached and a11y.focus_visible(driver), a11y.focused_id(driver))
    old = driver.switch_to.active_element
    a11y.press(driver, "32,100", Keys.TAB, "キーボードで入力")
    check("no mouse event while entering the actual", a11y.mouse_events(driver) == 0)
    a11y.press(driver, Keys.ENTER)
    wait_for_page(driver, old)
    check("Enter in the field saves the actual", "保存しました" in text(driver, "#item-6-5-I4 .saved")
          and row(driver, "6-5-I4").find_element(By.NAME, "value").get_attribute("value") == "32100", text(driver, "#item-6-5-I4"))

    a11y.count_mouse_events(driver)
    reached = a11y.tab_to(driver, "item-6-2-1-1-2-grade")
    old = driver.switch_to.active_element
    a11y.press(driver, "a", Keys.TAB, Keys.DOWN, Keys.TAB, "キーボードだけで入力した実績", Keys.TAB, "次年度の課題", Keys.TAB)
    on_save = driver.switch_to.active_element
    check("Tab goes from the evaluation's fields to its save button", reached and on_save.tag_name == "button" and on_save.text == "保存",
          a11y.focused_id(driver))
    check("no mouse event while entering the evaluation", a11y.mouse_events(driver) == 0)
    a11y.press(driver, Keys.ENTER)
    wait_for_page(driver, old)
    item = row(driver, "6-2-1-1-2")
    check("Enter on 保存 saves the initiative's evaluation", "保存しました" in item.text
          and Select(item.find_element(By.NAME, "grade")).first_selected_option.get_attribute("value") == "A"
          and item.find_element(By.NAME, "result").get_attribute("value") == "キーボードだけで入力した実績", item.text)

    a11y.count_mouse_events(driver)
    old = driver.switch_to.active_element
    reached = a11y.tab_to(driver, "submit")
    check("no mouse event while reaching the submit button", reached and a11y.mouse_events(driver) == 0)
    a11y.press(driver, Keys.ENTER)
    wait_for_page(driver, old)
    check("Enter on the submit button submits the year", "提出しました" in text(driver, "#notice") and text(driver, "#state") == "提出済",
          text(driver, "#alert"))


def zoomed(driver, page):
    """At 200 % zoom every control of the page can be scrolled into view whole and is not covered."""
    a11y.zoom(driver, 2)
    try:
        cut = a11y.unreachable_controls(driver)
        check(f"at 200 % zoom every control of {page} is in reach", not cut, "\n     " + "\n     ".join(cut[:20]))
        if os.environ.get("SCREENSHOTS") == "1":
            driver.save_screenshot(os.path.join(tempfile.gettempdir(), "plandb-zoom-" + re.sub(r"[^a-z0-9]+", "-", page.lower()).strip("-") + ".png"))
    finally:
        a11y.zoom(driver, 1)


driver = browser()
try:
    # A clerk of 企画政策課 signs in.
    sign_in(driver, "sato", "wrong-password")
    check("a wrong password is refused", "アカウント名またはパスワードが違います" in text(driver, "#error"))
    accessible(driver, "the sign-in page with its error")
    zoomed(driver, "the sign-in page")
    sign_in(driver, "sato", "kikaku-pass-2024")
    check("signing in opens the department's year", "/years/" in driver.current_url and "企画政策課" in text(driver, "h1"))
    cookie = driver.get_cookie("plandb_session") or {}
    check("the session cookie is HttpOnly and SameSite=Strict", cookie.get("httpOnly") is True and cookie.get("sameSite") == "Strict", str(cookie))

    driver.get(URL + "/years/2024")
    # An actual: 6-7-I2 ふるさと納税受入額, surveyed by 企画政策課.
    item = row(driver, "6-7-I2")
    item.find_element(By.NAME, "value").send_keys("たくさん")
    send(driver, item)
    check("a value that does not parse shows its error beside the field", "6-7-I2 ふるさと納税受入額" in text(driver, "#item-6-7-I2 .error"))
    value = driver.find_element(By.ID, "item-6-7-I2-value")
    check("the error is tied to its field and linked from the top of the page",
          value.get_attribute("aria-describedby") == "item-6-7-I2-error" and value.get_attribute("aria-invalid") == "true"
          and driver.find_element(By.CSS_SELECTOR, "#error-summary a").get_attribute("href").endswith("#item-6-7-I2-value"))
    accessible(driver, "the department's page with a refused form")
    item = row(driver, "6-7-I2")
    field = item.find_element(By.NAME, "value")
    field.clear()
    field.send_keys("512,345")
    item.find_element(By.NAME, "note").send_keys("速報値")
    send(driver, item)
    check("an actual is saved", "保存しました" in text(driver, "#item-6-7-I2 .saved"))
    check("the saved actual is shown", row(driver, "6-7-I2").find_element(By.NAME, "value").get_attribute("value") == "512345")

    # An initiative's evaluation with drop-downs, and a comment holding markup.
    item = row(driver, "6-2-1-1-1")
    Select(item.find_element(By.NAME, "grade")).select_by_value("B")
    Select(item.find_element(By.NAME, "next")).select_by_value("継続")
    item.find_element(By.NAME, "result").send_keys('<script>alert("x")</script> 推進体制を整備した')
    send(driver, item)
    item = row(driver, "6-2-1-1-1")
    check("an initiative evaluation is saved", "保存しました" in item.text)
    check("the comment's <script> shows as text", item.find_element(By.NAME, "result").get_attribute("value").startswith('<script>alert("x")</script>'))
    check("no script element came from the comment", len(driver.find_elements(By.TAG_NAME, "script")) == 0)
    screenshot(driver, "server-department.png")
    accessible(driver, "the department's page")
    zoomed(driver, "the department's page")

    # A project's 人工 and 事務事業評価: a value that does not parse is tied to its field, then saved.
    project = driver.find_element(By.ID, "project-K001")
    staff = project.find_element(By.NAME, "staff:正職員")
    staff.send_keys("たくさん")
    send(driver, project)
    staff = driver.find_element(By.ID, "project-K001").find_element(By.NAME, "staff:正職員")
    check("a project's 人工 that does not parse shows its error tied to the field",
          staff.get_attribute("aria-describedby") == "project-K001-staff-error" and "人工になりません" in text(driver, "#project-K001-staff-error"))
    accessible(driver, "the department's page with a project's refused form")
    staff.clear()
    staff.send_keys("1.5")
    project = driver.find_element(By.ID, "project-K001")
    Select(project.find_element(By.NAME, "grade")).select_by_value("A")
    Select(project.find_element(By.NAME, "next")).select_by_value("拡充")
    project.find_element(By.NAME, "result").send_keys("計画の進行管理を実施")
    send(driver, project)
    project = driver.find_element(By.ID, "project-K001")
    # 1.50 × 8,400 = 12,600 千円 of 人件費 (no budget yet: the full cost is the 人件費).
    check("a project's year is saved with its cost", "保存しました" in project.text and "12600" in project.text
          and project.find_element(By.NAME, "staff:正職員").get_attribute("value") == "1.50", project.text)

    # Refusals: another department's item (the form altered by hand), no CSRF token, a locked year.
    item = row(driver, "6-7-I2")
    driver.execute_script("arguments[0].querySelector('input[name=code]').value = '6-1-I1'", item)
    send(driver, item)
    check("another department's item is refused with who is responsible", "市民協働課" in text(driver, "#alert"), text(driver, "#alert"))
    driver.get(URL + "/years/2024")
    item = row(driver, "6-7-I2")
    driver.execute_script("arguments[0].querySelector('input[name=csrf_token]').remove()", item)
    send(driver, item)
    check("a form without the CSRF token is refused", "CSRF トークン" in text(driver, "#alert"))
    driver.get(URL + "/years/2023")
    check("a frozen year says so", "確定しています" in driver.page_source)
    item = row(driver, "6-7-I2")
    item.find_element(By.NAME, "value").send_keys("1")
    send(driver, item)
    refusal = text(driver, "#alert") or text(driver, "#item-6-7-I2 .error")
    check("an entry in a frozen year is refused", "2023" in refusal and "保存しました" not in driver.page_source, refusal)

    # Submit the year.
    driver.get(URL + "/years/2024")
    send(driver, driver.find_element(By.ID, "submit"))
    check("submitting says so", "提出しました" in text(driver, "#notice") and text(driver, "#state") == "提出済",
          driver.current_url + " " + text(driver, "#notice") + " " + text(driver, "#state") + " " + text(driver, "#alert"))
    item = row(driver, "6-7-I2")
    field = item.find_element(By.NAME, "value")
    field.clear()
    field.send_keys("600,000")
    send(driver, item)
    check("after submitting, entries are refused until returned", "提出済み" in text(driver, "#alert"), text(driver, "#alert"))

    # The coordinator sees it and returns it.
    sign_in(driver, "tanaka", "soumu-pass-2024")
    driver.get(URL + "/years/2024/dashboard")
    department = driver.find_element(By.ID, "dept-企画政策課")
    check("the coordinator sees 企画政策課 提出済", "提出済" in department.text and "sato" in department.text, department.text)
    screenshot(driver, "server-dashboard.png")
    accessible(driver, "the dashboard")
    zoomed(driver, "the dashboard")
    department.find_element(By.NAME, "reason").send_keys("6-2-1-1-1 の実績をもう少し具体的に")
    send(driver, department)
    department = driver.find_element(By.ID, "dept-企画政策課")
    check("the return is recorded with its reason", "差し戻し" in department.text and "もう少し具体的に" in department.text, department.text)
    driver.get(URL + "/items/6-7-I2/history")
    check("the item's history names who entered it", "sato" in text(driver, "#history") and "512345" in text(driver, "#history"))
    check("the history shows Japan's time", re.fullmatch(r"20\d\d年\d{1,2}月\d{1,2}日 \d\d:\d\d", text(driver, "#history tr:nth-child(2) td")) is not None,
          text(driver, "#history tr:nth-child(2) td"))
    accessible(driver, "the history")
    driver.get(URL + "/projects/K001/history?year=2024")
    check("a project's history names who entered it", "sato" in text(driver, "#history") and "人工（正職員）" in text(driver, "#history"), text(driver, "#history"))
    screenshot(driver, "server-history.png")
    accessible(driver, "a project's history")
    driver.get(URL + "/items/9-9-X9/history")
    check("an unknown item is an error page", "ありません" in text(driver, "#alert"), text(driver, "main"))
    accessible(driver, "an error page (an unknown item, 422)")
    driver.get(URL + "/years/2024/nothing")
    check("an unknown address is an error page", text(driver, "h1") != "" and text(driver, "#alert") != "", driver.page_source[:300])
    accessible(driver, "an error page (404)")

    # The frozen year's report is the file `snapshot export --format html` writes: each policy
    # carries its outlook line (見通し), as the exported file does.
    driver.get(URL + "/years/2023/report")
    check("the frozen year's report shows each policy's outlook line",
          "評価結果報告書" in driver.title and driver.page_source.count("見通し：") == 7 and "見通し：6-7 1指標のうち" in driver.page_source,
          driver.title)
    accessible(driver, "the frozen year's report")

    # The exported reports, as files: `snapshot export --format html` and the period report.
    for path in os.environ.get("PLANDB_REPORTS", "").split():
        driver.get("file://" + os.path.abspath(path))
        accessible(driver, os.path.basename(path))

    keyboard_only(driver)

    # The next plan (2028–2032) is loaded beside the current one: a year of it shows its own plan
    # and items, where the same code 6-2 is another policy.
    driver.get(URL + "/years/2028")
    check("a year of the next plan shows that plan and its items",
          "第3次総合計画 前期基本計画" in driver.page_source and "持続可能なまちづくり" in driver.page_source
          and "SDGs" not in text(driver, "main"), driver.current_url)
    driver.get(URL + "/years/2027")
    check("the current plan's last year still shows the current plan",
          "第2次総合計画 後期基本計画" in driver.page_source and "持続可能なまちづくり" not in driver.page_source)
    # 2030 belongs to the next plan and to a third one (browser.sh): the page asks which, and each
    # choice opens that plan's year.
    driver.get(URL + "/years/2030")
    choices = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "#plans a")]
    check("a year of two plans asks which plan is meant",
          text(driver, "h1") == "2030（令和12）年度の計画を選んでください"
          and choices == ["第3次総合計画 前期基本計画（katori-3-zenki、2028–2032年度）", "第3次総合計画 見直し案（katori-3-minaoshi、2030–2034年度）"],
          f"{text(driver, 'h1')} {choices}")
    accessible(driver, "the page choosing a plan")
    screenshot(driver, "server-choose-plan.png")
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.PARTIAL_LINK_TEXT, "見直し案").click()
    wait_for_page(driver, old)
    check("choosing a plan opens its year", driver.current_url.endswith("/years/2030?plan=katori-3-minaoshi")
          and "第3次総合計画 見直し案" in driver.page_source, driver.current_url)

    # Login CSRF: another site's page posts plandb's sign-in form (and the API's sign-in as
    # text/plain) with the attacker's account. No session may come of it, for a browser signed
    # out or signed in as a clerk.
    attacker, attacker_url = attacker_site()
    try:
        driver.delete_all_cookies()
        driver.get(attacker_url)
        WebDriverWait(driver, 20).until(lambda d: urlsplit(d.current_url).port == urlsplit(URL).port)
        check("another site's sign-in form is refused", "サインイン画面から送られていません" in driver.page_source, driver.current_url)
        check("no session cookie came of another site's sign-in", driver.get_cookie("plandb_session") is None, str(driver.get_cookies()))
        sign_in(driver, "sato", "kikaku-pass-2024")
        before = (driver.get_cookie("plandb_session") or {}).get("value")
        driver.get(attacker_url)
        WebDriverWait(driver, 20).until(lambda d: urlsplit(d.current_url).port == urlsplit(URL).port)
        after = (driver.get_cookie("plandb_session") or {}).get("value")
        driver.get(URL + "/")
        check("a signed-in clerk stays signed in as herself", before is not None and before == after and "企画政策課" in text(driver, "h1"),
              text(driver, "h1"))
    finally:
        attacker.shutdown()
finally:
    driver.quit()

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
