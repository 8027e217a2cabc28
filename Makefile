# Induct: `make run` to try it, `make test` to check it, `make bench` to measure it, `make fuzz` to fuzz its parsers,
# `make soak` to watch memory and file descriptors under 10 minutes of mixed load.
SHELL := /bin/bash
SWIFT ?= swift
DB ?= data/induct.sqlite
PORT ?= 8080
FUZZ_SECONDS ?= 60
SOAK_SECONDS ?= 600
RUN_PACKAGES := libsqlite3-dev libsodium-dev
TEST_PACKAGES := $(RUN_PACKAGES) chromium chromium-driver caddy curl
BENCH_PACKAGES := $(RUN_PACKAGES) wrk curl nginx-light sqlite3
# axe-core for the accessibility check, from a PyPI package that ships it; pinned by version and checksum.
AXE_WHEEL := axe-playwright-python==0.1.8
AXE_SHA256 := 84494fec757e4710dc751c8d7a636e457f4532f08f85c86dc9070133fbff53bc
AXE_JS := .build/axe/axe.min.js
RELEASE_DIR := .build/induct-release

.PHONY: run test bench soak fuzz build release chroot-check deps test-deps bench-deps clean

run: release
	@mkdir -p $(dir $(DB))
	@.build/release/induct demo --db $(DB) --accounts-csv $(dir $(DB))demo-accounts.csv
	@echo
	@echo "Demo sign-ins (password induct-demo-2026; all in $(dir $(DB))demo-accounts.csv):"
	@awk -F, 'NR > 1 && !seen[$$1]++ { printf "  %-16s %s\n", $$1, $$2 }' $(dir $(DB))demo-accounts.csv
	@echo
	@echo "Open http://127.0.0.1:$(PORT) (Ctrl-C stops the server)"
	@.build/release/induct serve --db $(DB) --port $(PORT)

test: test-deps $(AXE_JS)
	@mkdir -p .build
	INDUCT_AXE_JS=$(CURDIR)/$(AXE_JS) $(SWIFT) test --disable-swift-testing 2>&1 | tee .build/test.log; status=$${PIPESTATUS[0]}; \
	  summary=$$(grep -E "^[[:space:]]*Executed [0-9]+ tests?, with [0-9]+ failures?" .build/test.log | tail -1); \
	  passed=$$(echo "$$summary" | awk '{print $$2 - $$5}'); failed=$$(echo "$$summary" | awk '{print $$5}'); \
	  echo "tests: $${passed:-0} passed, $${failed:-0} failed"; exit $$status

bench: bench-deps release
	@bash .ci/bench

# Mixed load for SOAK_SECONDS; fails if resident memory or open fds grow after the warm-up (docs/operations.md).
soak: bench-deps release
	@SOAK_SECONDS=$(SOAK_SECONDS) bash .ci/soak

# Each libFuzzer target in Tests/Fuzz for FUZZ_SECONDS (docs/fuzzing.md); not part of `make test`.
fuzz: deps
	@FUZZ_SECONDS=$(FUZZ_SECONDS) bash .ci/fuzz

build: deps
	$(SWIFT) build

# The Swift runtime linked in; libsqlite3.so.0 and libsodium.so.23 stay Debian's (docs/deployment.md).
release: deps
	$(SWIFT) build -c release --product induct --static-swift-stdlib
	@rm -rf $(RELEASE_DIR) && mkdir -p $(RELEASE_DIR)
	@cp .build/release/induct $(RELEASE_DIR)/induct
	@cp -R Templates Public $(RELEASE_DIR)/
	@mkdir -p $(RELEASE_DIR)/docs && cp -R docs/deployment.md docs/operations.md docs/deploy $(RELEASE_DIR)/docs/
	@if ldd $(RELEASE_DIR)/induct | grep -q libswift; then echo "induct links a Swift runtime library dynamically" >&2; exit 1; fi
	@echo "$(RELEASE_DIR): induct, Templates/, Public/, docs/"

# Runs the release in a bare Debian root without Swift (docs/deployment.md); needs root and the network.
chroot-check: release
	@bash .ci/install-packages debootstrap
	@bash .ci/chroot-check $(RELEASE_DIR)

deps:
	@bash .ci/install-packages $(RUN_PACKAGES)

test-deps:
	@bash .ci/install-packages $(TEST_PACKAGES)

bench-deps:
	@bash .ci/install-packages $(BENCH_PACKAGES)

$(AXE_JS):
	@mkdir -p .build/axe
	@python3 -m pip download --quiet --no-deps --dest .build/axe $(AXE_WHEEL)
	@python3 -c "import glob, zipfile; open('$(AXE_JS)', 'wb').write(zipfile.ZipFile(glob.glob('.build/axe/axe_playwright_python-*.whl')[0]).read('axe_playwright_python/axe.min.js'))"
	@echo "$(AXE_SHA256)  $(AXE_JS)" | sha256sum --check --quiet || (rm -f $(AXE_JS); echo "axe.min.js checksum mismatch" >&2; exit 1)

clean:
	rm -rf .build
