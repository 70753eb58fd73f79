# TrustMetrics: two commands set everything up on a fresh machine.
#   make run   build (release) and run the main job on the bundled datasets
#   make test  build and run the whole test suite
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/trustmetrics
FUZZ_SECONDS ?= 60

.PHONY: run run-extra test build deps lint verify-workbook fuzz bench bench-smoke clean

deps:
	@pkg-config --exists xlsxwriter || { \
	  echo "Installing libxlsxwriter-dev (apt)..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxlsxwriter-dev; }

build: deps
	$(SWIFT) build -c release --product trustmetrics

run: build
	@echo "== Every figure checked against its source, its claims and DfE"
	@$(BIN) check
	@echo
	@echo "== Figures extracted from the sources, with citations"
	@$(BIN) figures
	@$(MAKE) --no-print-directory run-extra

run-extra:
	@echo
	@echo "== Every trust's authority against England, its region and its statistical neighbours (latest year)"
	@$(BIN) compare --all-trusts
	@echo
	@echo "== Every trust's authority: children's services spend per child (DfE s251, MHCLG RO3, ONS), latest financial year"
	@$(BIN) compare --all-trusts --measure spend_per_child --measure csc_spend_per_child
	@echo
	@echo "== Before and after the trust"
	@$(BIN) before-after
	@$(BIN) before-after --measure spend_per_child
	@echo
	@echo "== Trend report: each authority's workforce with charts (DfE statistics)"
	@$(BIN) report
	@echo
	@echo "== The trend report as one HTML page for committee papers (opens offline, prints on A4)"
	@mkdir -p out
	@$(BIN) report --format html --output out/report.html --force
	@echo
	@echo "== Comparison workbook"
	@mkdir -p out
	@$(BIN) workbook --output out/trustmetrics.xlsx --force

test: deps
	$(SWIFT) test

lint:
	$(SWIFT) format lint --strict -r Sources Tests
	scripts/unsafe-count.sh

verify-workbook: build
	scripts/verify-workbook.sh $(BIN)

fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh

# Benchmarks (Benchmarks/ is its own package): 10k–1M figures, 5 runs, C floor and Python peer;
# writes BENCHMARKS.md (about an hour on two cores). bench-smoke: 2,000 figures of each corpus shape, one run.
bench: deps
	scripts/bench.sh

bench-smoke: deps
	scripts/bench.sh --smoke

clean:
	rm -rf .build out
