"""Runs the two-day workshop's room steps from phones in Chromium: the SWOT, the challenges, the
brainwriting, the matrix and the vote, with a facilitator's console and the wall in another browser.

Usage: workshop.py BASE_URL ROOM_CODE CONSOLE_URL SCREENSHOT_DIR WORKSHOP_JSON
Each person of WORKSHOP_JSON has their own browser (their own cookies), as their own phone would.
Prints each stage; on failure saves a screenshot of every browser into SCREENSHOT_DIR and exits 1.
"""
import json
import os
import sys
import traceback

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from browsing import browser, press, stage, waiter

base, code, console_url, shots, data_file = sys.argv[1:6]
with open(data_file, encoding="utf-8") as f:
    data = json.load(f)
names = {p["id"]: p["name"] for p in data["participants"]}
texts = {p["id"]: p["text"] for p in data["proposals"]}


browsers = {}
try:
    facilitator = browsers["facilitator"] = browser(1280, 900)
    facilitator.get(console_url)
    console_tab = facilitator.current_window_handle
    facilitator.switch_to.new_window("tab")
    facilitator.get(base + "/wall")
    wall_tab = facilitator.current_window_handle

    def console(action, step=None, kind=None):
        """Presses a console button: open STEP (with a card kind), close, run, round."""
        facilitator.switch_to.window(console_tab)
        facilitator.get(base + "/console")
        if action == "open":
            field = facilitator.find_element(By.CSS_SELECTOR, f"form[action='/console/open'] input[name='step'][value='{step}']")
            form = field.find_element(By.XPATH, "./ancestor::form")
            if kind:
                Select(form.find_element(By.TAG_NAME, "select")).select_by_value(kind)
            press(facilitator, form.find_element(By.TAG_NAME, "button"))
        else:
            press(facilitator, facilitator.find_element(By.CSS_SELECTOR, f"form[action='/console/{action}'] button"))
        problem = facilitator.find_elements(By.CSS_SELECTOR, ".problem")
        assert not problem, problem[0].text

    def wall(condition):
        facilitator.switch_to.window(wall_tab)
        waiter(facilitator).until(lambda d: condition(d.find_element(By.ID, "live").text))

    def phone(person):
        driver = browsers[person]
        driver.get(base + "/room")
        return driver

    def sent(driver, form_action):
        press(driver, driver.find_element(By.CSS_SELECTOR, f"form[action='{form_action}'] button"))
        problem = driver.find_elements(By.CSS_SELECTOR, ".problem")
        assert not problem, problem[0].text

    stage("each person joins from their phone by the join address, with their name")
    for person in names:
        driver = browsers[person] = browser(360, 740)
        driver.get(f"{base}/join?code={code}")
        form = driver.find_element(By.ID, "participant").find_element(By.XPATH, "./ancestor::form")
        Select(driver.find_element(By.ID, "participant")).select_by_value(person)
        press(driver, form.find_element(By.TAG_NAME, "button"))
        assert driver.current_url.endswith("/room"), driver.current_url

    stage("SWOT: cards by quadrant")
    console("open", "day1-swot")
    for card in data["swot"]:
        driver = phone(card["by"])
        driver.find_element(By.CSS_SELECTOR, f"input[name='kind'][value='{card['kind']}']").click()
        driver.find_element(By.ID, "text").send_keys(card["text"])
        sent(driver, "/room/cards")
    wall(lambda text: all(card["text"] in text for card in data["swot"]))
    console("close")
    console("run")

    stage("challenges: cards of the kind the facilitator chose")
    console("open", "day1-challenges", kind="challenge")
    for card in data["challenges"]:
        driver = phone(card["by"])
        driver.find_element(By.ID, "text").send_keys(card["text"])
        sent(driver, "/room/cards")
    console("close")

    stage("brainwriting: each round, ideas on the sheet held, then the sheet passed on")
    console("open", "day1-brainwriting")
    for number, ideas in enumerate(data["ideas"], start=1):
        wall(lambda text: f"Round {number} / 3" in text)
        for idea in ideas:
            driver = phone(idea["by"])
            assert f"Round {number} / 3" in driver.page_source, driver.page_source
            if number > 1:
                # The ideas of the round before are above the boxes.
                assert driver.find_elements(By.CSS_SELECTOR, "ol.sheet li"), "no idea above the boxes"
            driver.find_element(By.ID, "idea-1").send_keys(idea["text"])
            sent(driver, "/room/ideas")
        for idea in ideas:
            sent(phone(idea["by"]), "/room/pass")
    console("close")
    console("run")

    stage("matrix: each item scored on both criteria")
    console("open", "day2-matrix")
    for score in data["scores"]:
        driver = phone(score["by"])
        form = driver.find_element(By.XPATH, f"//h3[text()='{texts[score['item']]}']/following-sibling::form[1]")
        for criterion in ("impact", "feasibility"):
            form.find_element(By.CSS_SELECTOR, f"input[name='score-{criterion}']").send_keys(str(score[criterion]))
        press(driver, form.find_element(By.TAG_NAME, "button"))
    console("close")
    console("run")

    stage("vote: dots placed one tap at a time")
    console("open", "day2-vote")
    for ballot in data["dots"]:
        driver = phone(ballot["by"])
        for _ in range(ballot["dots"]):
            plus = driver.find_element(
                By.XPATH, f"//li[span[text()='{texts[ballot['item']]}']]//form[.//input[@name='change' and @value='1']]//button")
            press(driver, plus)
    voters = len({ballot["by"] for ballot in data["dots"]})
    wall(lambda _: facilitator.find_element(By.ID, "voters").text == str(voters))
    console("close")
    console("run")
    wall(lambda text: texts["P2"] in text)
    print("ok", flush=True)
except Exception as error:  # any failure: keep what each browser showed
    os.makedirs(shots, exist_ok=True)
    for name, driver in browsers.items():
        driver.save_screenshot(os.path.join(shots, f"workshop-{name}.png"))
    traceback.print_exc(file=sys.stdout)
    print(f"failed: {error!r}; screenshots in {shots}", flush=True)
    sys.exit(1)
finally:
    for driver in browsers.values():
        driver.quit()
