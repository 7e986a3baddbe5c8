# Headless Chromium for the tests that render a page (html_chromium_test.sh,
# stats_html_chromium_test.sh). Source it:
#   . "${BASH_SOURCE[0]%/*}/chromium.sh" || exit 1
#   chromium_or_skip                  # sets $browser; exits 77 with a message without one
#   dump_dom PAGE DOM PROFILE_DIR     # the DOM of file PAGE after rendering, into DOM
chromium_or_skip() {
  browser=$(command -v chromium || command -v chromium-browser) || {
    echo "SKIP: chromium not installed"
    exit 77
  }
}

# Renders with no network and no background services; on failure prints the end of
# Chromium's log and returns 1.
dump_dom() {
  local page=$1 dom=$2 profile=$3 code
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --virtual-time-budget=3000 --dump-dom "file://$page" >"$dom" 2>"$profile.log"
  code=$?
  if [ "$code" -ne 0 ] || [ ! -s "$dom" ]; then
    echo "FAIL: chromium exited $code without a DOM; its log ends:"
    tail -n 5 "$profile.log"
    return 1
  fi
}
