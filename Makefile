# TrustMetrics: two commands set everything up on a fresh machine.
#   make run   build (release) and run the main job on the bundled datasets
#   make test  build and run the whole test suite
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/trustmetrics

.PHONY: run test build deps lint clean

deps:
	@pkg-config --exists xlsxwriter || { \
	  echo "Installing libxlsxwriter-dev (apt)..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxlsxwriter-dev; }

build: deps
	$(SWIFT) build -c release --product trustmetrics

run: build
	@echo "== Figures extracted from the sources, with citations"
	@$(BIN) figures
	@$(MAKE) --no-print-directory run-extra

run-extra:
	@echo
	@echo "== Every trust's authority against England, its region and its statistical neighbours (latest year)"
	@$(BIN) compare --all-trusts
	@echo
	@echo "== Before and after the trust"
	@$(BIN) before-after

test: deps
	$(SWIFT) test

lint:
	$(SWIFT) format lint -r Sources Tests

clean:
	rm -rf .build
