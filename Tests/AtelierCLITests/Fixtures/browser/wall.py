"""Opens the wall in Chromium and waits until its live part shows a text.

Usage: wall.py BASE_URL TEXT SCREENSHOT_DIR
Prints ok once TEXT is on the wall; on failure saves a screenshot into SCREENSHOT_DIR and exits 1.
"""
import os
import sys
import traceback

from selenium.webdriver.common.by import By

from browsing import browser, stage, waiter

base, text, shots = sys.argv[1:4]
driver = browser(1280, 900)
try:
    stage("the wall opens")
    driver.get(base + "/wall")
    stage("the wall shows the text")
    waiter(driver).until(lambda d: text in d.find_element(By.ID, "live").text)
    print("ok", flush=True)
except Exception as error:
    os.makedirs(shots, exist_ok=True)
    driver.save_screenshot(os.path.join(shots, "wall.png"))
    traceback.print_exc(file=sys.stdout)
    print(f"failed: {error!r}; screenshot in {shots}", flush=True)
    sys.exit(1)
finally:
    driver.quit()
