#!/usr/bin/env python3
"""The web page in a real browser: headless Chromium (Debian's chromium and chromium-driver,
driven by python3-selenium) loads the served briefing of examples/briefing at a phone's size,
follows the first story's link, checks the rendered page (stories, perspectives, every article's
link) and saves a screenshot of the story page.

    tests/browser_test.py path/to/newsdesk examples/briefing docs/story-page.png
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By


def main():
    binary, pages, screenshot = sys.argv[1:4]
    work = tempfile.mkdtemp()
    server = None
    driver = None
    try:
        db = os.path.join(work, "news.db")
        subprocess.run([binary, "ingest", "--db", db, "--quiet", pages], check=True,
                       stderr=subprocess.DEVNULL)
        subprocess.run([binary, "stories", "--db", db, "--no-progress"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        log = open(os.path.join(work, "serve.log"), "w+")
        server = subprocess.Popen([binary, "serve", "--db", db, "--port", "0", "--quiet"],
                                  stderr=log)
        base = None
        for _ in range(100):  # at most 10 s to listen
            log.seek(0)
            m = re.search(r"http://127\.0\.0\.1:\d+", log.read())
            if m:
                base = m.group(0)
                break
            time.sleep(0.1)
        assert base, "the server did not start"

        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--window-size=412,1600", "--user-data-dir=" + os.path.join(work, "chrome")):
            options.add_argument(arg)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        driver.set_page_load_timeout(30)

        driver.get(base + "/")
        stories = driver.find_elements(By.CSS_SELECTOR, "main article")
        assert len(stories) >= 5, f"{len(stories)} stories on the front page"
        assert not driver.find_elements(By.TAG_NAME, "script")
        headings = [h.text for h in driver.find_elements(By.TAG_NAME, "h2")]
        assert "Bridge" in headings[0], headings[:3]
        assert driver.find_element(By.CSS_SELECTOR, "form[role=search] input[name=q]")

        link = driver.find_element(By.CSS_SELECTOR, "main article h2 a")
        target = link.get_attribute("href")
        link.click()
        for _ in range(100):
            if driver.current_url == target and driver.find_elements(By.ID, "all-articles"):
                break
            time.sleep(0.1)
        assert re.search(r"/story/\d+$", driver.current_url), driver.current_url
        h3 = [h.get_attribute("textContent").strip() for h in driver.find_elements(By.TAG_NAME, "h3")]
        assert "Perspectives" in h3 and "Summary" in h3, h3
        perspectives = driver.find_elements(By.XPATH, "//h3[.='Perspectives']/following-sibling::div")
        assert len(perspectives) >= 4, f"{len(perspectives)} perspectives"
        articles = driver.find_elements(By.CSS_SELECTOR, "#all-articles + ul li a[href^='/article/']")
        assert len(articles) >= 4, f"{len(articles)} articles listed"
        height = driver.execute_script("return document.body.scrollHeight")
        driver.set_window_size(412, min(max(height, 800), 6000))
        os.makedirs(os.path.dirname(os.path.abspath(screenshot)), exist_ok=True)
        driver.save_screenshot(screenshot)
        width = driver.execute_script("return document.documentElement.scrollWidth")
        wide = driver.execute_script(
            "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect()"
            ".right > document.documentElement.clientWidth + 1).slice(0, 3).map(e => e.tagName + "
            "' ' + e.textContent.slice(0, 60))")
        assert width <= 412, f"the page is {width} px wide on a 412 px screen: {wide}"
        assert os.path.getsize(screenshot) > 10000
        print(f"browser: ok: {len(stories)} stories, story page with {len(perspectives)} "
              f"perspectives and {len(articles)} articles; screenshot {screenshot}")
    finally:
        if driver:
            driver.quit()
        if server:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
