"""Drives the live room in Chromium as a facilitator, a wall and a phone would.

Usage: room.py BASE_URL ROOM_CODE CONSOLE_URL SCREENSHOT_DIR
Prints each stage; on failure saves a screenshot of every tab into SCREENSHOT_DIR and exits 1.
"""
import os
import sys
import traceback

from selenium.webdriver.common.by import By

from browsing import browser, press as press_in, stage, waiter

base, code, console, shots = sys.argv[1:5]

driver = browser(360, 740)
wait = waiter(driver)
tabs = {}


def tab(name, url=None):
    if name not in tabs:
        driver.switch_to.new_window("tab")
        tabs[name] = driver.current_window_handle
    driver.switch_to.window(tabs[name])
    if url:
        driver.get(url)


def press(button):
    press_in(driver, button)


def submit_for_step(step):
    """Presses the button of the console form that opens STEP."""
    field = driver.find_element(By.CSS_SELECTOR, f"form[action='/console/open'] input[name='step'][value='{step}']")
    press(field.find_element(By.XPATH, "./ancestor::form").find_element(By.TAG_NAME, "button"))


def live_text():
    return driver.find_element(By.ID, "live").text


try:
    stage("console opens the SWOT")
    tabs["console"] = driver.current_window_handle
    driver.get(console)
    submit_for_step("day1-swot")

    stage("the wall follows")
    tab("wall", base + "/wall")
    wait.until(lambda d: "SWOT" in live_text())

    stage("a phone joins with the code")
    tab("phone", base + "/")
    driver.find_element(By.ID, "code").send_keys(code)
    press(driver.find_element(By.CSS_SELECTOR, "form button"))
    press(driver.find_element(By.CSS_SELECTOR, "form[method='post'][action='/join'] button"))
    assert driver.current_url.endswith("/room"), driver.current_url

    stage("the phone writes a card")
    driver.find_element(By.CSS_SELECTOR, "input[name='kind'][value='threat']").click()
    driver.find_element(By.ID, "text").send_keys("Trop de formulaires papier")
    press(driver.find_element(By.CSS_SELECTOR, "form[action='/room/cards'] button"))
    wait.until(lambda d: "Card sent." in d.page_source)

    stage("the card appears on the wall without a reload")
    tab("wall")
    wait.until(lambda d: "Trop de formulaires papier" in live_text())

    stage("console opens the vote")
    tab("console", base + "/console")
    submit_for_step("day2-vote")

    stage("the phone places its dots until the budget refuses")
    tab("phone", base + "/room")
    first_plus = "form[action='/room/dots'] input[name='change'][value='1']"

    def plus_button():
        return driver.find_element(By.CSS_SELECTOR, first_plus).find_element(By.XPATH, "./ancestor::form").find_element(By.TAG_NAME, "button")

    placed = 0
    while plus_button().is_enabled() and placed < 100:
        if placed == 4:
            tab("stale", base + "/room")
            tab("phone")
        press(plus_button())
        placed += 1
        wait.until(lambda d: f"Dots left: {5 - placed} / 5" in d.page_source)
    assert placed == 5, f"placed {placed} dots, the budget is 5"
    tab("stale")
    press(plus_button())
    wait.until(lambda d: "all your 5 dots" in d.page_source)

    stage("the wall shows the vote")
    tab("wall")
    wait.until(lambda d: d.find_element(By.ID, "voters").text == "1")
    wait.until(lambda d: "Guichet unique" in live_text() and "5" in live_text())
    print("ok", flush=True)
except Exception as error:  # any failure: keep what each tab showed
    os.makedirs(shots, exist_ok=True)
    for name, handle in tabs.items():
        driver.switch_to.window(handle)
        driver.save_screenshot(os.path.join(shots, f"{name}.png"))
    traceback.print_exc(file=sys.stdout)
    print(f"failed: {error!r}; screenshots in {shots}", flush=True)
    sys.exit(1)
finally:
    driver.quit()
