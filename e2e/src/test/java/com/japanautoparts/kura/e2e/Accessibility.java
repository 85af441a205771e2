package com.japanautoparts.kura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks a page the way assistive technology meets it: axe-core's WCAG 2 A and AA rules (the library ships in a jar,
 * org.webjars.npm:axe-core, and runs inside the page; the page's CSP does not apply to WebDriver's scripts), and a few
 * checks of our own that say plainly what failed: a language, one h1, no skipped heading level, a label for every
 * field, alt text for every image, and nothing wider than the screen.
 */
final class Accessibility {

    private static final String AXE = readAxe();

    private Accessibility() {
    }

    static void check(Browser browser, String page) {
        List<?> violations = axe(browser);
        assertEquals(List.of(), violations, page + ": axe-core found WCAG 2 A/AA violations");
        assertTrue(String.valueOf(browser.js("return document.documentElement.lang")).matches("ja|en"), page + ": html lang");
        assertEquals(1L, browser.js("return document.querySelectorAll('h1').length"), page + ": one h1");
        assertEquals(List.of(), browser.js("""
                const skipped = []; let last = 0;
                for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
                  const level = Number(h.tagName.substring(1));
                  if (last && level > last + 1) { skipped.push(h.tagName + ' after h' + last + ': ' + h.textContent.trim()); }
                  last = level;
                }
                return skipped;"""), page + ": heading levels skipped");
        assertEquals(List.of(), browser.js("""
                return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                  .filter(f => !(f.labels && f.labels.length) && !f.getAttribute('aria-label') && !f.getAttribute('aria-labelledby'))
                  .map(f => f.outerHTML.substring(0, 120));"""), page + ": fields without a label");
        assertEquals(List.of(), browser.js("""
                return [...document.querySelectorAll('img')].filter(i => !i.hasAttribute('alt')).map(i => i.outerHTML);"""),
                page + ": images without alt");
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth"),
                page + ": wider than the window (horizontal scrolling)");
    }

    private static List<?> axe(Browser browser) {
        browser.js(AXE);
        Object result = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));""");
        return (List<?>) result;
    }

    private static String readAxe() {
        try (InputStream in = Accessibility.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/axe-core/" + System.getProperty("kura.e2e.axe-version", "4.6.3") + "/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test classpath (org.webjars.npm:axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
