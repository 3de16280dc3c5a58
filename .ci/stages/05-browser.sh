# Stage "browser": the HTML timeline's browser tests (run in the tests stage) drive the system's Chromium, Debian's
# chromium package at /usr/bin/chromium, through Playwright. This installs it when it is missing. Where it cannot be
# installed, those tests are skipped, say why, and are counted as skipped; so this stage only warns.

install_browser() {
  if [ -x /usr/bin/chromium ]; then
    echo "  chromium is installed: $(/usr/bin/chromium --version 2>/dev/null)"
    return
  fi

  if ! command -v apt-get >/dev/null 2>&1; then
    echo "  warning: no apt-get to install chromium with; the browser tests will be skipped"
    return
  fi

  local log="$CI_LOGS/chromium.log"
  echo "  installing chromium with apt-get..."
  if { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >"$log" 2>&1; then
    echo "  installed: $(/usr/bin/chromium --version 2>/dev/null)"
  else
    tail -n 20 "$log" | sed 's/^/       /'
    echo "  warning: chromium could not be installed; the browser tests will be skipped"
  fi
}

ci_stage browser install_browser
