package com.japanautoparts.kura.e2e;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The browsers of one test: opened on demand, closed after the test. When the test fails, every open browser's page is
 * kept first (screenshot and HTML, {@code target/screenshots/FAILED-<test>-<n>.*}).
 */
class Browsers implements TestExecutionExceptionHandler, AfterEachCallback {

    private final List<Browser> open = new ArrayList<>();

    Browser open() {
        Browser browser = Browser.open();
        open.add(browser);
        return browser;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        for (int n = 0; n < open.size(); n++) {
            open.get(n).keep("FAILED-" + context.getRequiredTestMethod().getName() + "-" + n);
        }
        throw failure;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        open.forEach(Browser::close);
        open.clear();
    }
}
