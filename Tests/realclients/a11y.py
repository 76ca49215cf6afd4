"""Accessibility checks for browser.py: axe-core's WCAG 2.0 A and AA rules on a page, the keyboard
alone (Tab, Enter, typing: no mouse event), and the page zoomed to 200 %.

axe-core comes with PyPI's axe-selenium-python (browser.sh installs it). Selenium runs its script
through the DevTools protocol, which the pages' Content-Security-Policy (script-src 'none') does
not govern.
"""
import json

from axe_selenium_python import Axe
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

WCAG_AA = json.dumps({"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa"]}})


def violations(driver):
    """axe-core's violations of wcag2a and wcag2aa on the page shown, each as 'rule-id: target, …'."""
    axe = Axe(driver)
    axe.inject()
    results = axe.run(options=WCAG_AA)
    return [f"{v['id']}: " + ", ".join(json.dumps(node["target"], ensure_ascii=False) for node in v["nodes"]) for v in results["violations"]]


def press(driver, *keys):
    """Keys sent to whatever has the focus, as a person types them."""
    ActionChains(driver).send_keys(*keys).perform()


def focused_id(driver):
    return driver.switch_to.active_element.get_attribute("id") or ""


def tab_to(driver, element_id, limit=600):
    """Presses Tab until the element with `element_id` has the focus; False when it never gets it."""
    for _ in range(limit):
        press(driver, Keys.TAB)
        if focused_id(driver) == element_id:
            return True
    return False


def count_mouse_events(driver):
    """From now on the page counts pointer and mouse presses (a keyboard's Enter fires none)."""
    driver.execute_script("""
        window.__mouseEvents = 0;
        for (const name of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick', 'contextmenu'])
            document.addEventListener(name, () => window.__mouseEvents++, true);""")


def mouse_events(driver):
    return driver.execute_script("return window.__mouseEvents")


def focus_visible(driver):
    """True when the focused element draws an outline (the :focus-visible style)."""
    return driver.execute_script("""
        const style = getComputedStyle(document.activeElement);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;""")


def zoom(driver, factor):
    """The page as at `factor` × zoom: the viewport's CSS pixels shrink by `factor` (1 restores)."""
    if factor == 1:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        return
    size = driver.execute_script("return [window.outerWidth, window.outerHeight]")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": int(size[0] / factor), "height": int(size[1] / factor), "deviceScaleFactor": factor, "mobile": False})


def unreachable_controls(driver):
    """Every form control a person can use that, scrolled into view, is not wholly inside the
    viewport or is covered or clipped at its centre; each as 'tag#id or name: why'."""
    return driver.execute_script("""
        const out = [];
        const controls = document.querySelectorAll('input:not([type=hidden]), select, textarea, button, a[href]');
        for (const control of controls) {
            if (control.classList.contains('skip')) continue;   // shown only while it has the focus
            control.scrollIntoView({block: 'center', inline: 'center'});
            const box = control.getBoundingClientRect();
            const name = control.tagName.toLowerCase() + (control.id ? '#' + control.id : '[' + (control.name || control.textContent.trim()) + ']');
            if (box.width === 0 || box.height === 0) { out.push(name + ': not shown'); continue; }
            if (box.left < 0 || box.right > window.innerWidth + 0.5 || box.top < 0 || box.bottom > window.innerHeight + 0.5) {
                out.push(name + ': cut off (' + Math.round(box.left) + '–' + Math.round(box.right) + ' of ' + window.innerWidth + ')');
                continue;
            }
            const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            if (!hit || !(hit === control || control.contains(hit) || (hit.tagName === 'LABEL' && hit.control === control)))
                out.push(name + ': covered by ' + (hit ? hit.tagName.toLowerCase() : 'nothing'));
        }
        window.scrollTo(0, 0);
        return out;""")
