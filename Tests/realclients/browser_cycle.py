"""The whole yearly cycle with nothing but a browser (issue 29), after browser.py, on the same
server: a clerk of 企画政策課 downloads the year's 評価シート, fills it in with openpyxl as Excel
would, uploads it, sees the refused cell named, fixes it and records it; the coordinator sees
what is missing, freezes the year and downloads the reports.

Run by browser.sh, which starts `plandb serve` and sets PLANDB_URL. The helpers (browser,
sign_in, send, check, screenshot …) are browser.py's own: its definitions are loaded without
running its steps. The last line is 'N passed, N failed'.
"""
import ast
import glob
import os
import sys
import tempfile
import time

from openpyxl import load_workbook
from selenium.webdriver.common.by import By

# browser.py's imports, constants and functions, without its steps (the try block) or its driver.
_source = os.path.join(os.path.dirname(__file__), "browser.py")
_tree = ast.parse(open(_source, encoding="utf-8").read())
_kept = [node for node in _tree.body
         if isinstance(node, (ast.Import, ast.ImportFrom, ast.FunctionDef))
         or (isinstance(node, ast.Assign) and not isinstance(node.value, ast.Call))
         or (isinstance(node, ast.Assign) and all(getattr(t, "id", "") in ("URL", "DOCS") for t in node.targets))]
helpers = {"__file__": _source}
exec(compile(ast.Module(body=_kept, type_ignores=[]), _source, "exec"), helpers)
URL, check, text, send, sign_in, row = helpers["URL"], helpers["check"], helpers["text"], helpers["send"], helpers["sign_in"], helpers["row"]
accessible = helpers["accessible"]
DOCS = helpers["DOCS"]
downloads = tempfile.mkdtemp(prefix="plandb-downloads-")


def downloaded(pattern, timeout=20):
    """The file the browser saved whose name matches `pattern`, once it is complete."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        found = [f for f in glob.glob(os.path.join(downloads, pattern)) if not f.endswith(".crdownload")]
        if found:
            return found[0]
        time.sleep(0.2)
    return None


def picture(driver, element_id, name):
    """A screenshot of the page scrolled to `element_id`, into docs/ when SCREENSHOTS=1."""
    if os.environ.get("SCREENSHOTS") == "1":
        driver.execute_script("document.getElementById(arguments[0]).scrollIntoView(); window.scrollBy(0, -120)", element_id)
        driver.save_screenshot(os.path.join(DOCS, name))


def fill(path, code, value):
    """Types `value` into the 実績値 cell of `code` on the 指標 sheet, as a clerk would in Excel."""
    book = load_workbook(path)
    sheet = book["指標"]
    header = next(r for r in sheet.iter_rows(min_row=1, max_row=10) if any(c.value == "コード" for c in r))
    columns = {c.value: c.column for c in header}
    for cells in sheet.iter_rows(min_row=header[0].row + 1):
        if cells[columns["コード"] - 1].value == code:
            cells[columns["実績値"] - 1].value = value
            cell = cells[columns["実績値"] - 1].coordinate
    book.save(path)
    return f"指標!{cell}"


def upload(driver, path):
    driver.find_element(By.ID, "workbook-file").send_keys(path)
    send(driver, driver.find_element(By.ID, "workbook-check"))


driver = helpers["browser"]()
driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
try:
    # browser.py may leave 2024 submitted: the coordinator returns it first, so that it is open.
    sign_in(driver, "tanaka", "soumu-pass-2024")
    driver.get(URL + "/years/2024/dashboard")
    department = driver.find_element(By.ID, "dept-企画政策課")
    if department.find_elements(By.NAME, "reason"):
        department.find_element(By.NAME, "reason").send_keys("評価シートで入力し直してください")
        send(driver, department)

    # The clerk downloads the year's 評価シート from the department's page.
    sign_in(driver, "sato", "kikaku-pass-2024")
    driver.get(URL + "/years/2024")
    check("the department's page offers the 評価シート", "評価シート" in text(driver, "#workbook-heading"))
    picture(driver, "workbook", "server-workbook.png")
    driver.find_element(By.ID, "workbook-download").click()
    sheet = downloaded("評価シート_企画政策課_2024*.xlsx")
    check("the 評価シート is downloaded", sheet is not None, str(os.listdir(downloads)))

    # Filled in with a value that is no number: the check names the cell, and records nothing.
    cell = fill(sheet, "6-5-I4", "たくさん")
    upload(driver, sheet)
    findings = text(driver, "#findings")
    check("the refused cell is named by sheet and cell", cell in findings and "6-5-I4" in findings, findings + text(driver, "#alert") + text(driver, "h1"))
    check("nothing can be recorded from a refused sheet", not driver.find_elements(By.ID, "workbook-record"))
    picture(driver, "findings", "server-workbook-check.png")
    accessible(driver, "the check page with a refused cell")

    # Fixed and checked again from the same page, then recorded.
    fill(sheet, "6-5-I4", 33120)
    upload(driver, sheet)
    check("the fixed sheet passes the check", "すべてのセルを記録できます" in text(driver, "#notice"), text(driver, "#notice") + text(driver, "#alert"))
    check("the check lists the change it will record", "6-5-I4" in text(driver, "#changes") and "33120" in text(driver, "#changes"), text(driver, "#changes"))
    accessible(driver, "the check page ready to record")
    send(driver, driver.find_element(By.ID, "workbook-record"))
    check("recording says what changed", "評価シートを記録しました：変更 1 件" in text(driver, "#notice"), text(driver, "#notice") + text(driver, "#alert"))
    check("the recorded value is on the page", row(driver, "6-5-I4").find_element(By.NAME, "value").get_attribute("value") == "33120")
    driver.get(URL + "/items/6-5-I4/history?year=2024")
    check("the history names the account that uploaded it", "sato" in text(driver, "#history") and "33120" in text(driver, "#history"),
          text(driver, "#history"))

    # The coordinator: what is missing first, a freeze refused while it is, then frozen anyway.
    sign_in(driver, "tanaka", "soumu-pass-2024")
    driver.get(URL + "/years/2024/dashboard")
    check("the dashboard lists what is missing before the freeze", "件" in text(driver, "#missing"), text(driver, "#missing"))
    send(driver, driver.find_element(By.ID, "freeze-button"))
    check("an incomplete year is not frozen without saying so", "未入力" in text(driver, "#alert"), text(driver, "#alert"))
    picture(driver, "freeze", "server-cycle-dashboard.png")
    accessible(driver, "the dashboard refusing an incomplete freeze")
    driver.find_element(By.ID, "allow-incomplete").click()
    send(driver, driver.find_element(By.ID, "freeze-button"))
    check("the year is frozen", "第 1 版として確定しました" in text(driver, "#notice"), text(driver, "#notice") + text(driver, "#alert"))
    picture(driver, "freeze", "server-cycle-frozen.png")
    accessible(driver, "the frozen year's dashboard")
    for format_, pattern in [("xlsx", "評価結果報告書_2024*.xlsx"), ("opendata", "*_評価結果オープンデータ_2024*.zip")]:
        driver.find_element(By.ID, "download-" + format_).click()
        check(f"the report downloads as {format_}", downloaded(pattern) is not None, str(os.listdir(downloads)))
    driver.find_element(By.ID, "period-html").click()
    check("the period report downloads", downloaded("期間評価報告書_2023-2024*.html") is not None, str(os.listdir(downloads)))

    # The clerk can no longer change the frozen year by a sheet either.
    sign_in(driver, "sato", "kikaku-pass-2024")
    driver.get(URL + "/years/2024")
    upload(driver, sheet)
    check("a sheet for a frozen year is refused", "2024" in text(driver, "#alert") and not driver.find_elements(By.ID, "workbook-record"),
          text(driver, "#alert"))
finally:
    driver.quit()

print(f"{helpers['passed']} passed, {helpers['failed']} failed")
sys.exit(1 if helpers["failed"] else 0)
