"""What the browser scripts share: a headless Chromium of a given size, a wait that sees through a page
being replaced, and pressing a form's button."""
import shutil

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait


def browser(width, height):
    """A headless Chromium with its own profile (its own cookies), its window WIDTH x HEIGHT pixels."""
    options = Options()
    options.binary_location = shutil.which("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={width},{height}", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def stage(name):
    """Says which stage the script is at, so that a failure's output tells where it stopped."""
    print("stage:", name, flush=True)


def waiter(driver):
    """Waits up to 30 s; a page being replaced can answer any query with an error, so it waits through them."""
    return WebDriverWait(driver, 30, ignored_exceptions=(WebDriverException,))


def press(driver, button):
    """Clicks a button that submits a form, and waits for the answer's page to replace this one."""
    button.click()

    def replaced(_):
        try:
            button.is_enabled()
            return False
        except WebDriverException:
            return True

    waiter(driver).until(replaced)
