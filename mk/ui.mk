# Streamlit app and the browser for its end-to-end test.
#
#   make app         build the legal index if missing, then start the app on http://localhost:$(APP_PORT)
#   make chromium    install Debian's chromium + chromium-driver when /usr/bin/chromium is missing
#                    (used by tests/e2e/test_e2e_browser.py through Playwright; never downloads
#                    Playwright's own browser builds)

APP_PORT ?= 8501
CHROMIUM ?= /usr/bin/chromium

.PHONY: app chromium

app: install
	$(BIN)/screener index
	$(BIN)/streamlit run ui/app.py --server.port $(APP_PORT) --server.headless true

chromium:
	@if [ -x "$(CHROMIUM)" ]; then \
	  echo "chromium present: $(CHROMIUM)"; \
	elif command -v apt-get >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  ( $$SUDO apt-get update && \
	    DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y chromium chromium-driver ) \
	  || echo "warning: chromium could not be installed; the browser test will be skipped"; \
	else \
	  echo "warning: no apt-get here; install chromium at $(CHROMIUM) yourself or the browser test is skipped"; \
	fi
